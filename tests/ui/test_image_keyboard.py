"""Drawing boxes and points by keyboard alone: add in the middle, move, resize."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from tests.ui.test_image_support import ORIGINAL, open_editor


def test_a_box_added_moved_and_resized_by_keys(qtbot: Any, tmp_path: Path) -> None:
    editor, draft = open_editor(qtbot, tmp_path)
    editor.pick_label("objects", "car")  # arms the box tool with a label
    qtbot.keyClick(editor.canvas, Qt.Key.Key_Insert)
    boxes = draft.regions("objects")
    assert len(boxes) == 1 and boxes[0]["label"] == "car"
    box = boxes[0]
    assert 0 <= box["x"] and box["x"] + box["w"] <= ORIGINAL[0]
    assert 0 <= box["y"] and box["y"] + box["h"] <= ORIGINAL[1]
    assert editor.selected == ("objects", 0)

    # One rule for every modifier: plain 1 px, Shift 10, Ctrl 50; Alt sizes by the same
    # (but for Ctrl+Alt, which desktops take).
    alt, shift, ctrl = (
        Qt.KeyboardModifier.AltModifier,
        Qt.KeyboardModifier.ShiftModifier,
        Qt.KeyboardModifier.ControlModifier,
    )
    qtbot.keyClick(editor.canvas, Qt.Key.Key_Right, shift)
    qtbot.keyClick(editor.canvas, Qt.Key.Key_Left, ctrl)
    qtbot.keyClick(editor.canvas, Qt.Key.Key_Down)
    qtbot.keyClick(editor.canvas, Qt.Key.Key_Right, alt)
    qtbot.keyClick(editor.canvas, Qt.Key.Key_Up, alt | shift)
    qtbot.keyClick(editor.canvas, Qt.Key.Key_Right, alt | shift)
    moved = draft.regions("objects")[0]
    assert moved["x"] == box["x"] + 10 - 50
    assert moved["y"] == box["y"] + 1
    assert moved["w"] == box["w"] + 1 + 10
    assert moved["h"] == box["h"] - 10
    for _ in range(6):  # each key was one undo step
        change = draft.undo()
        assert change is not None
        editor.refresh(change)
    assert draft.regions("objects")[0] == box


def test_a_resize_stays_inside_the_image(qtbot: Any, tmp_path: Path) -> None:
    editor, draft = open_editor(
        qtbot, tmp_path, {"objects": [{"label": "car", "x": 1500, "y": 1100, "w": 50, "h": 50}]}
    )
    editor.select_next(1)
    for _ in range(30):
        editor.resize_selected(10, 10)
    box = draft.regions("objects")[0]
    assert box["x"] + box["w"] <= ORIGINAL[0] and box["y"] + box["h"] <= ORIGINAL[1]
    for _ in range(30):
        editor.resize_selected(-10, -10)
    assert draft.regions("objects")[0]["w"] >= 1


def _key(editor: Any, qtbot: Any, key: Qt.Key, mods: Any = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(editor.canvas, key, mods)


def test_a_polygon_drawn_and_reshaped_by_keys_alone(qtbot: Any, tmp_path: Path) -> None:
    editor, draft = open_editor(qtbot, tmp_path)
    editor.pick_label("areas", "road")  # arms the polygon tool
    _key(editor, qtbot, Qt.Key.Key_Insert)
    [polygon] = draft.regions("areas")
    assert polygon["label"] == "road" and len(polygon["points"]) == 4
    for x, y in polygon["points"]:
        assert 0 <= x <= ORIGINAL[0] and 0 <= y <= ORIGINAL[1]
    assert editor.selected == ("areas", 0)
    start = [list(p) for p in polygon["points"]]

    # Arrows with no vertex current move the whole polygon.
    _key(editor, qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert draft.regions("areas")[0]["points"] == [[x + 10, y] for x, y in start]

    # `]` makes vertex 0 current: arrows move that vertex alone.
    _key(editor, qtbot, Qt.Key.Key_BracketRight)
    _key(editor, qtbot, Qt.Key.Key_Up, Qt.KeyboardModifier.ShiftModifier)
    points = draft.regions("areas")[0]["points"]
    assert points[0] == [start[0][0] + 10, start[0][1] - 10]
    assert points[1:] == [[x + 10, y] for x, y in start[1:]]

    # Insert adds a vertex halfway to the next one and makes it current.
    _key(editor, qtbot, Qt.Key.Key_Insert)
    points = draft.regions("areas")[0]["points"]
    assert len(points) == 5 and len(draft.regions("areas")) == 1
    assert editor.layer.vertex == 1
    _key(editor, qtbot, Qt.Key.Key_Down)
    assert draft.regions("areas")[0]["points"][1][1] == points[1][1] + 1

    # `[` goes back to vertex 0; Delete removes the current vertex, not the polygon.
    _key(editor, qtbot, Qt.Key.Key_BracketLeft)
    assert editor.layer.vertex == 0
    _key(editor, qtbot, Qt.Key.Key_Delete)
    assert len(draft.regions("areas")) == 1 and len(draft.regions("areas")[0]["points"]) == 4

    # Every key was one undo step, back to the empty answer.
    for _ in range(6):
        change = draft.undo()
        assert change is not None
        editor.refresh(change)
    assert draft.regions("areas") == []


def test_deleting_vertices_stops_at_a_triangle_then_removes_the_polygon(
    qtbot: Any, tmp_path: Path
) -> None:
    square = [[100, 100], [300, 100], [300, 300], [100, 300]]
    editor, draft = open_editor(qtbot, tmp_path, {"areas": [{"label": "road", "points": square}]})
    editor.select_next(1)
    editor.select_vertex(1)  # the first vertex
    editor.select_vertex(1)  # the second
    assert editor.layer.vertex == 1
    editor.delete_selected()
    assert draft.regions("areas")[0]["points"] == [[100, 100], [300, 300], [100, 300]]
    editor.delete_selected()  # a triangle cannot lose a vertex: the polygon goes
    assert draft.regions("areas") == []


def test_vertex_keys_do_nothing_without_a_polygon_selected(qtbot: Any, tmp_path: Path) -> None:
    box = {"label": "car", "x": 10, "y": 10, "w": 50, "h": 50}
    editor, draft = open_editor(qtbot, tmp_path, {"objects": [box]})
    editor.select_vertex(1)  # nothing selected
    editor.select_next(1)
    editor.select_vertex(1)  # a box has no vertices to pick
    assert editor.layer.vertex is None
    editor.nudge(1, 0)
    assert draft.regions("objects")[0]["x"] == 11
