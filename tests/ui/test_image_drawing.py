"""Drawing regions with the mouse: boxes, polygons, points, in original pixels."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from labeler.core.editing import Change
from tests.ui.test_image_support import (
    ORIGINAL,
    click,
    close_to,
    drag,
    open_editor,
    view_point,
)


def test_a_dragged_box_is_stored_in_original_pixels(qtbot, tmp_path):
    editor, draft = open_editor(qtbot, tmp_path)
    assert editor.pick_label("objects", "car")
    assert editor.tool() == "boxes"
    # The display variant is 800×600; these corners lie far outside it in its own pixels.
    with qtbot.waitSignal(editor.changed) as signal:
        drag(qtbot, editor, view_point(editor, 200, 150), view_point(editor, 1400, 1000))
    assert signal.args == [Change("objects")]
    [box] = draft.regions("objects")
    assert box["label"] == "car"
    assert close_to(box["x"], 200) and close_to(box["y"], 150)
    assert close_to(box["w"], 1200) and close_to(box["h"], 850)
    assert all(type(box[k]) is int for k in ("x", "y", "w", "h"))  # 200, not 200.0, in JSON
    assert editor.layer.keys() == [("objects", 0)]
    assert editor.selected is None  # the tool stays armed for the next car


def test_a_box_dragged_past_the_edge_is_clamped_inside(qtbot, tmp_path):
    editor, draft = open_editor(qtbot, tmp_path)
    editor.canvas.zoom_to(0.3)  # leaves a margin around the image
    editor.pick_label("objects", "person")
    drag(qtbot, editor, view_point(editor, 1200, 900), view_point(editor, 1750, 1400))
    [box] = draft.regions("objects")
    assert box["x"] + box["w"] == ORIGINAL[0] and box["y"] + box["h"] == ORIGINAL[1]
    assert box["label"] == "person"


def test_a_click_with_the_box_tool_draws_nothing(qtbot, tmp_path):
    answer = {"objects": [{"label": "car", "x": 100, "y": 100, "w": 400, "h": 300}]}
    editor, draft = open_editor(qtbot, tmp_path, answer)
    editor.pick_label("objects", "car")
    click(qtbot, editor, view_point(editor, 300, 250))
    assert len(draft.regions("objects")) == 1
    assert editor.selected == ("objects", 0)  # a click selects instead


def test_polygon_by_clicks_and_enter(qtbot, tmp_path):
    editor, draft = open_editor(qtbot, tmp_path)
    editor.pick_label("areas", "road")
    for x, y in ((100, 1100), (800, 500), (1500, 1100)):
        click(qtbot, editor, view_point(editor, x, y))
    assert draft.regions("areas") == []
    with qtbot.waitSignal(editor.changed):
        qtbot.keyClick(editor.canvas, Qt.Key.Key_Return)
    [polygon] = draft.regions("areas")
    assert polygon["label"] == "road"
    expected = ((100, 1100), (800, 500), (1500, 1100))
    for (x, y), (ex, ey) in zip(polygon["points"], expected, strict=True):
        assert close_to(x, ex) and close_to(y, ey)


def test_polygon_backspace_takes_back_a_vertex_and_escape_drops_it(qtbot, tmp_path):
    editor, draft = open_editor(qtbot, tmp_path)
    editor.pick_label("areas", "road")
    for x, y in ((100, 100), (900, 100), (1400, 1100), (300, 900)):
        click(qtbot, editor, view_point(editor, x, y))
    qtbot.keyClick(editor.canvas, Qt.Key.Key_Backspace)
    qtbot.keyClick(editor.canvas, Qt.Key.Key_Enter)
    [polygon] = draft.regions("areas")
    assert len(polygon["points"]) == 3
    for x, y in ((100, 100), (900, 100)):
        click(qtbot, editor, view_point(editor, x, y))
    qtbot.keyClick(editor.canvas, Qt.Key.Key_Escape)
    qtbot.keyClick(editor.canvas, Qt.Key.Key_Return)
    assert len(draft.regions("areas")) == 1
    assert not editor.session.preview.isVisible()


def test_polygon_closes_on_its_first_vertex_or_a_double_click(qtbot, tmp_path):
    editor, draft = open_editor(qtbot, tmp_path)
    editor.pick_label("areas", "road")
    ring = ((200, 200), (700, 200), (700, 700))
    for x, y in ring:
        click(qtbot, editor, view_point(editor, x, y))
    click(qtbot, editor, view_point(editor, 201, 201))
    assert len(draft.regions("areas")) == 1
    assert len(draft.regions("areas")[0]["points"]) == 3
    for x, y in ((900, 200), (1400, 200)):
        click(qtbot, editor, view_point(editor, x, y))
    last = view_point(editor, 1400, 900)
    click(qtbot, editor, last)
    qtbot.mouseDClick(editor.canvas.viewport(), Qt.MouseButton.LeftButton, pos=last)
    assert len(draft.regions("areas")) == 2
    assert len(draft.regions("areas")[1]["points"]) == 3


def test_polygon_in_progress_claims_enter_before_a_workbench_shortcut(qtbot, tmp_path):
    editor, draft = open_editor(qtbot, tmp_path)
    submitted = []
    from PySide6.QtGui import QKeySequence, QShortcut

    submit = QShortcut(QKeySequence("Return"), editor)
    submit.activated.connect(lambda: submitted.append(True))
    editor.pick_label("areas", "road")
    for x, y in ((100, 100), (900, 100), (900, 900)):
        click(qtbot, editor, view_point(editor, x, y))
    qtbot.keyClick(editor.canvas, Qt.Key.Key_Return)
    assert len(draft.regions("areas")) == 1 and not submitted
    qtbot.keyClick(editor.canvas, Qt.Key.Key_Return)  # nothing in progress: the workbench's
    assert submitted == [True]


def test_a_polygon_without_area_stays_open(qtbot, tmp_path):
    editor, draft = open_editor(qtbot, tmp_path)
    editor.pick_label("areas", "road")
    for x, y in ((100, 100), (500, 100), (900, 100)):
        click(qtbot, editor, view_point(editor, x, y))
    qtbot.keyClick(editor.canvas, Qt.Key.Key_Return)
    assert draft.regions("areas") == []
    assert editor.canvas.tool.busy()


def test_point_by_click(qtbot, tmp_path):
    editor, draft = open_editor(qtbot, tmp_path)
    editor.pick_label("marks", "head")
    with qtbot.waitSignal(editor.changed) as signal:
        click(qtbot, editor, view_point(editor, 1234, 567))
    assert signal.args == [Change("marks")]
    [point] = draft.regions("marks")
    assert point["label"] == "head"
    assert close_to(point["x"], 1234) and close_to(point["y"], 567)


def test_point_clicked_beside_the_image_is_ignored(qtbot, tmp_path):
    editor, draft = open_editor(qtbot, tmp_path)
    editor.canvas.zoom_to(0.3)
    editor.pick_label("marks", "head")
    click(qtbot, editor, view_point(editor, -60, 300))
    assert draft.regions("marks") == []


def test_max_count_is_respected(qtbot, tmp_path):
    boxes = [{"label": "car", "x": 10 * i, "y": 10, "w": 5, "h": 5} for i in range(5)]
    editor, draft = open_editor(qtbot, tmp_path, {"objects": boxes})
    editor.pick_label("objects", "car")
    drag(qtbot, editor, view_point(editor, 400, 400), view_point(editor, 800, 800))
    assert len(draft.regions("objects")) == 5


def test_pan_by_dragging_empty_image_in_select_mode(qtbot, tmp_path):
    editor, draft = open_editor(qtbot, tmp_path)
    editor.canvas.zoom_to(2.0)
    bar = editor.canvas.horizontalScrollBar()
    before = bar.value()
    drag(qtbot, editor, QPoint(400, 300), QPoint(200, 300))
    assert bar.value() == before + 200
    assert draft.answer() == {}
