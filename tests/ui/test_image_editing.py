"""Selecting and changing regions: move, resize, vertices, nudge, delete, relabel, undo."""

from __future__ import annotations

from PySide6.QtCore import Qt

from labeler.core.editing import Change, Draft
from tests.ui.test_image_support import (
    ORIGINAL,
    click,
    close_to,
    drag,
    open_editor,
    view_point,
)

CAR = {"label": "car", "x": 200, "y": 200, "w": 400, "h": 300}
ROAD = {"label": "road", "points": [[900, 300], [1300, 300], [1100, 700]]}
HEAD = {"label": "head", "x": 300, "y": 900}
ANSWER = {"objects": [CAR], "areas": [ROAD], "marks": [HEAD]}


def test_click_selects_and_drag_moves_in_one_operation(qtbot, tmp_path):
    editor, draft = open_editor(qtbot, tmp_path, ANSWER)
    changes = []
    editor.changed.connect(changes.append)
    drag(qtbot, editor, view_point(editor, 400, 350), view_point(editor, 700, 450))
    assert editor.selected == ("objects", 0)
    box = draft.regions("objects")[0]
    assert close_to(box["x"], 500, 3) and close_to(box["y"], 300, 3)
    assert (box["w"], box["h"]) == (400, 300)
    assert changes == [Change("objects", 0)]
    draft.undo()
    assert draft.regions("objects") == [CAR]  # one drag, one undo step


def test_click_on_empty_image_clears_the_selection(qtbot, tmp_path):
    editor, draft = open_editor(qtbot, tmp_path, ANSWER)
    click(qtbot, editor, view_point(editor, 400, 350))
    assert editor.selected == ("objects", 0)
    assert editor.layer.item(("objects", 0))._selected
    click(qtbot, editor, view_point(editor, 1400, 1100))
    assert editor.selected is None
    assert draft.answer() == ANSWER


def test_resize_a_box_by_its_corner_handle(qtbot, tmp_path):
    editor, draft = open_editor(qtbot, tmp_path, ANSWER)
    click(qtbot, editor, view_point(editor, 400, 350))
    corner = view_point(editor, 600, 500)
    assert editor.session.handle_at(corner) == "se"
    drag(qtbot, editor, corner, view_point(editor, 800, 700))
    box = draft.regions("objects")[0]
    assert (box["x"], box["y"]) == (200, 200)
    assert close_to(box["w"], 600, 3) and close_to(box["h"], 500, 3)


def test_resize_past_the_opposite_edge_flips_and_clamps(qtbot, tmp_path):
    editor, draft = open_editor(qtbot, tmp_path, ANSWER)
    editor.canvas.zoom_to(0.3)
    click(qtbot, editor, view_point(editor, 400, 350))
    drag(qtbot, editor, view_point(editor, 200, 350), view_point(editor, 1700, 350))
    box = draft.regions("objects")[0]
    assert close_to(box["x"], 600, 4) and box["x"] + box["w"] == ORIGINAL[0]


def test_move_a_polygon_vertex_by_its_handle(qtbot, tmp_path):
    editor, draft = open_editor(qtbot, tmp_path, ANSWER)
    click(qtbot, editor, view_point(editor, 1100, 450))
    assert editor.selected == ("areas", 0)
    tip = view_point(editor, 1100, 700)
    assert editor.session.handle_at(tip) == 2
    drag(qtbot, editor, tip, view_point(editor, 1100, 1000))
    points = draft.regions("areas")[0]["points"]
    assert points[:2] == ROAD["points"][:2]
    assert close_to(points[2][0], 1100, 3) and close_to(points[2][1], 1000, 3)


def test_move_a_point_and_a_region_never_leaves_the_image(qtbot, tmp_path):
    editor, draft = open_editor(qtbot, tmp_path, ANSWER)
    editor.canvas.zoom_to(0.3)
    drag(qtbot, editor, view_point(editor, 300, 900), view_point(editor, -300, 1500))
    assert draft.regions("marks")[0] == {"label": "head", "x": 0, "y": ORIGINAL[1]}
    drag(qtbot, editor, view_point(editor, 400, 350), view_point(editor, -400, -300))
    box = draft.regions("objects")[0]
    assert (box["x"], box["y"], box["w"], box["h"]) == (0, 0, 400, 300)


def test_tab_cycles_regions_and_arrows_nudge(qtbot, tmp_path):
    editor, draft = open_editor(qtbot, tmp_path, ANSWER)
    qtbot.keyClick(editor.canvas, Qt.Key.Key_Tab)
    assert editor.selected == ("objects", 0)
    qtbot.keyClick(editor.canvas, Qt.Key.Key_Tab)
    assert editor.selected == ("areas", 0)
    qtbot.keyClick(editor.canvas, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert editor.selected == ("objects", 0)
    qtbot.keyClick(editor.canvas, Qt.Key.Key_Right)
    qtbot.keyClick(editor.canvas, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    box = draft.regions("objects")[0]
    assert (box["x"], box["y"]) == (201, 210)
    qtbot.keyClick(editor.canvas, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert editor.selected == ("marks", 0)  # wraps round
    qtbot.keyClick(editor.canvas, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert draft.regions("marks")[0]["x"] == 290
    draft.undo()
    assert draft.regions("marks")[0]["x"] == 300


def test_nudge_stops_at_the_edge(qtbot, tmp_path):
    editor, draft = open_editor(qtbot, tmp_path, {"objects": [{**CAR, "x": 5}]})
    qtbot.keyClick(editor.canvas, Qt.Key.Key_Tab)
    qtbot.keyClick(editor.canvas, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert draft.regions("objects")[0]["x"] == 0
    changes = []
    editor.changed.connect(changes.append)
    qtbot.keyClick(editor.canvas, Qt.Key.Key_Left)
    assert changes == []  # nothing moved, nothing to undo


def test_arrows_pan_when_nothing_is_selected(qtbot, tmp_path):
    editor, draft = open_editor(qtbot, tmp_path, ANSWER)
    editor.canvas.zoom_to(2.0)
    bar = editor.canvas.horizontalScrollBar()
    before = bar.value()
    qtbot.keyClick(editor.canvas, Qt.Key.Key_Right)
    assert bar.value() > before
    assert draft.answer() == ANSWER


def test_delete_removes_the_selection_and_tab_goes_on(qtbot, tmp_path):
    boxes = [{**CAR, "x": 100 * i} for i in range(3)]
    editor, draft = open_editor(qtbot, tmp_path, {"objects": boxes})
    qtbot.keyClick(editor.canvas, Qt.Key.Key_Tab)
    qtbot.keyClick(editor.canvas, Qt.Key.Key_Tab)
    with qtbot.waitSignal(editor.changed) as signal:
        qtbot.keyClick(editor.canvas, Qt.Key.Key_Delete)
    assert signal.args == [Change("objects")]
    assert draft.regions("objects") == [boxes[0], boxes[2]]
    assert editor.selected is None
    assert len(editor.layer.keys()) == 2
    qtbot.keyClick(editor.canvas, Qt.Key.Key_Tab)
    assert editor.selected == ("objects", 1)  # the box that took the deleted one's place


def test_pick_label_relabels_the_selection_in_one_step(qtbot, tmp_path):
    editor, draft = open_editor(qtbot, tmp_path, ANSWER)
    click(qtbot, editor, view_point(editor, 400, 350))
    with qtbot.waitSignal(editor.changed) as signal:
        assert editor.pick_label("objects", "person")
    assert signal.args == [Change("objects", 0)]
    assert draft.regions("objects")[0] == {**CAR, "label": "person"}
    assert editor.selected == ("objects", 0)
    assert editor.tool() == "select"
    draft.undo()
    assert draft.regions("objects")[0] == CAR


def test_pick_label_without_a_selection_arms_the_tool(qtbot, tmp_path):
    editor, draft = open_editor(qtbot, tmp_path, ANSWER)
    with qtbot.waitSignal(editor.tool_changed) as signal:
        assert editor.pick_label("marks", "head")
    assert signal.args == ["points", "marks", "head"]
    assert not editor.pick_label("scene", "urban")  # a choice field is not the editor's
    assert not editor.pick_label("objects", "tractor")
    # With a box selected, a polygon label arms the polygon tool and drops the selection.
    editor.set_tool("select")
    click(qtbot, editor, view_point(editor, 400, 350))
    assert editor.pick_label("areas", "road")
    assert editor.selected is None and editor.tool() == "polygons"
    assert draft.answer() == ANSWER


def test_undo_then_refresh_redraws_the_field(qtbot, tmp_path):
    editor, draft = open_editor(qtbot, tmp_path, ANSWER)
    editor.pick_label("objects", "car")
    drag(qtbot, editor, view_point(editor, 800, 800), view_point(editor, 1200, 1100))
    assert editor.layer.keys().count(("objects", 1)) == 1
    editor.refresh(draft.undo())
    assert [k for k in editor.layer.keys() if k[0] == "objects"] == [("objects", 0)]
    editor.refresh(draft.redo())
    item = editor.layer.item(("objects", 1))
    assert item is not None and item.isVisible()
    assert item.region == draft.regions("objects")[1]
    # A move undone: the one item goes back where it was.
    editor.set_tool("select")
    drag(qtbot, editor, view_point(editor, 400, 350), view_point(editor, 600, 350))
    editor.refresh(draft.undo())
    assert editor.layer.item(("objects", 0)).region == CAR
    assert editor.selected == ("objects", 0)


def test_show_item_reuses_graphics_items(qtbot, tmp_path):
    editor, draft = open_editor(qtbot, tmp_path, ANSWER)
    first = editor.layer.item(("objects", 0))

    editor.show_item(editor._item, Draft(draft.schema, {"objects": [CAR, CAR]}), None)
    assert editor.layer.item(("objects", 0)) is first
    assert len(editor.layer.keys()) == 2
    qtbot.waitUntil(lambda: editor.loader.level >= 0)  # decoded off the GUI thread


def test_an_undo_in_the_middle_of_a_drag_drops_the_drag(qtbot, tmp_path):
    editor, draft = open_editor(qtbot, tmp_path)
    editor.pick_label("objects", "car")
    drag(qtbot, editor, view_point(editor, 200, 200), view_point(editor, 600, 500))
    editor.set_tool("select")
    viewport = editor.canvas.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=view_point(editor, 400, 350))
    qtbot.mouseMove(viewport, pos=view_point(editor, 700, 350))
    editor.refresh(draft.undo())  # Ctrl+Z while the button is still down
    changes = []
    editor.changed.connect(changes.append)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=view_point(editor, 800, 350))
    assert draft.answer() == {} and changes == []
    assert editor.layer.keys() == []


def test_wants_key_tells_the_workbench_what_a_gesture_needs(qtbot, tmp_path):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    editor, _ = open_editor(qtbot, tmp_path)

    def key(k):
        return QKeyEvent(QEvent.Type.KeyPress, k, Qt.KeyboardModifier.NoModifier)

    assert not editor.wants_key(key(Qt.Key.Key_Return))
    editor.pick_label("areas", "road")
    click(qtbot, editor, view_point(editor, 100, 100))
    assert editor.wants_key(key(Qt.Key.Key_Return))
    assert editor.wants_key(key(Qt.Key.Key_Escape))
    assert editor.wants_key(key(Qt.Key.Key_Backspace))
    assert not editor.wants_key(key(Qt.Key.Key_Delete))
