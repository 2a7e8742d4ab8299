"""Region arithmetic of the image tools (Qt-free)."""

from __future__ import annotations

from labeler.ui.image import geometry as g

SIZE = (1000.0, 800.0)
BOX = {"label": "car", "x": 100.0, "y": 100.0, "w": 200.0, "h": 100.0}


def test_box_from_corners_orders_clamps_and_snaps():
    box = g.box_from_corners("car", (300.4, 250.6), (-20, 90.2), SIZE)
    assert box == {"label": "car", "x": 0.0, "y": 90.0, "w": 300.0, "h": 161.0}
    assert g.box_from_corners("car", (5, 5), (5.2, 90), SIZE) is None


def test_translate_stops_at_the_edges_and_keeps_other_keys():
    moved = g.translate("boxes", {**BOX, "note": 1}, -500, 5000, SIZE)
    assert moved == {"label": "car", "x": 0.0, "y": 700.0, "w": 200.0, "h": 100.0, "note": 1}
    polygon = {"label": "road", "points": [[10, 10], [50, 10], [30, 40]]}
    assert g.translate("polygons", polygon, -30, 0, SIZE)["points"][0] == [0.0, 10.0]
    assert g.translate("points", {"label": "x", "x": 990, "y": 5}, 50, -50, SIZE) == {
        "label": "x",
        "x": 1000.0,
        "y": 0.0,
    }


def test_an_overhanging_region_is_not_pushed_by_a_zero_move():
    over = {**BOX, "x": -3.0}
    assert g.translate("boxes", over, 0, 0, SIZE) == over
    assert g.translate("boxes", over, -10, 0, SIZE)["x"] == -3.0
    assert g.translate("boxes", over, 10, 0, SIZE)["x"] == 7.0


def test_resize_box_by_each_handle():
    assert g.resize_box(BOX, "se", 400, 300, SIZE) == {**BOX, "w": 300.0, "h": 200.0}
    assert g.resize_box(BOX, "n", 0, 50, SIZE) == {**BOX, "y": 50.0, "h": 150.0}
    assert g.resize_box(BOX, "w", 350, 0, SIZE) == {**BOX, "x": 300.0, "w": 50.0}  # flipped
    assert g.resize_box(BOX, "e", 100, 0, SIZE)["w"] == 1.0  # never empty
    assert g.resize_box({**BOX, "x": 999.0, "w": 1.0}, "w", 1000, 0, SIZE)["x"] == 999.0
    assert g.resize_box(BOX, "ne", 5000, -9, SIZE) == {**BOX, "y": 0.0, "w": 900.0, "h": 200.0}


def test_polygon_helpers():
    assert g.polygon_region("road", [(0, 0), (10, 0), (20, 0)]) is None  # no area
    assert g.polygon_region("road", [(0, 0), (10, 0)]) is None
    ring = g.polygon_region("road", [(0.4, 0), (10, 0), (10, 10.6)])
    assert ring == {"label": "road", "points": [[0.0, 0.0], [10.0, 0.0], [10.0, 11.0]]}
    moved = g.move_vertex(ring, 2, 2000, -5, SIZE)
    assert moved["points"][2] == [1000.0, 0.0]
    assert g.polygon_area([[0, 0], [4, 0], [4, 3]]) == 6.0


def test_whole_numbers_are_integers_and_prefill_fractions_stay():
    moved = g.translate("boxes", {**BOX, "x": 10.5}, 1, 0, SIZE)
    assert moved["x"] == 11.5 and type(moved["y"]) is int
    ring = g.move_vertex({"label": "road", "points": [[0.5, 1.0], [9, 0], [5, 5]]}, 2, 6, 6, SIZE)
    assert ring["points"] == [[0.5, 1], [9, 0], [6, 6]]
    assert type(ring["points"][0][1]) is int


def test_drag_moves_by_whole_pixels():
    moved = g.drag("boxes", BOX, (10.0, 10.0), (15.6, 9.7), SIZE)
    assert (moved["x"], moved["y"]) == (106.0, 100.0)
    point = g.point_region("head", -4, 900, SIZE)
    assert point == {"label": "head", "x": 0.0, "y": 800.0}
