"""Drawing by keyboard: the label key, a crosshair moved by arrows, Space for each corner.

Every key goes through a real `Keymap` holding the schema's label hotkeys and the
editor's actions, as the workbench installs them, and every key press is counted.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent

from labeler.ui.image import ImageEditor
from tests.ui.test_image_support import drag, make_item, open_editor, view_point

Key = Qt.Key
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier
NONE = Qt.KeyboardModifier.NoModifier

#: The picture: 960×640 (display variant and original alike), one dark 40×30 object.
SIZE = (960, 640)
#: The object's pixels: x 480..519, y 320..349, so its box is x 480, y 320, w 40, h 30.
OBJECT = (480, 320, 40, 30)
#: A second object, to the right of the first and a little higher.
SECOND = (570, 340, 40, 30)


def _picture(path: Path, objects: tuple[tuple[int, int, int, int], ...]) -> Path:
    image = Image.linear_gradient("L").resize(SIZE).convert("RGB")
    draw = ImageDraw.Draw(image)
    for x, y, w, h in objects:
        draw.rectangle((x, y, x + w - 1, y + h - 1), fill=(20, 20, 30))
    image.save(path, "PNG")
    return path


def _open(qtbot: Any, tmp_path: Path, *objects: tuple[int, int, int, int]):
    path = _picture(tmp_path / "objects.png", objects or (OBJECT,))
    item = make_item(tmp_path, display=path, size=SIZE)
    return open_editor(qtbot, tmp_path, item=item, size=(1000, 720), keymap=True)


class Keys:
    """Presses keys on the canvas, as a person would, and counts them."""

    def __init__(self, qtbot: Any, editor: ImageEditor) -> None:
        self.qtbot, self.editor, self.count = qtbot, editor, 0

    def __call__(self, key: Key | str, mods: Any = NONE, times: int = 1) -> None:
        if not self.editor.isActiveWindow():  # shortcuts fire in the active window only
            self.editor.activateWindow()
            self.qtbot.waitUntil(self.editor.isActiveWindow)
        for _ in range(times):
            self.qtbot.keyClick(self.editor.canvas, key, mods)
            self.count += 1


def _box(region: dict[str, Any]) -> tuple[int, int, int, int]:
    return region["x"], region["y"], region["w"], region["h"]


def _within_one(got: tuple[int, ...], want: tuple[int, ...]) -> bool:
    return all(abs(a - b) <= 1 for a, b in zip(got, want, strict=True))


def test_a_box_around_a_40x30_object_takes_at_most_8_keystrokes(qtbot, tmp_path):
    editor, draft = _open(qtbot, tmp_path)
    press = Keys(qtbot, editor)
    # The label key arms the car box and shows the crosshair at the view's centre,
    # which is where this object's top-left corner lies.
    press("c")
    press(Key.Key_Space)  # corner one
    press(Key.Key_Right, CTRL)  # 50 px
    press(Key.Key_Left, SHIFT)  # back 10: 40 wide
    press(Key.Key_Down, SHIFT, times=3)  # 30 high
    press(Key.Key_Space)  # corner two: the box
    assert press.count <= 8
    [box] = draft.regions("objects")
    assert box["label"] == "car"
    assert _within_one(_box(box), OBJECT), box
    # One undo step takes the whole box away.
    editor.refresh(draft.undo())
    assert draft.regions("objects") == []


def test_the_next_box_starts_where_the_last_one_ended(qtbot, tmp_path):
    editor, draft = _open(qtbot, tmp_path, OBJECT, SECOND)
    press = Keys(qtbot, editor)
    press("c")
    press(Key.Key_Space)
    press(Key.Key_Right, CTRL)
    press(Key.Key_Left, SHIFT)
    press(Key.Key_Down, SHIFT, times=3)
    press(Key.Key_Space)
    assert editor.keydraw.at == (520, 350)  # where the first box ended
    second = Keys(qtbot, editor)  # the tool stays armed: no label key
    second(Key.Key_Right, CTRL)  # 570
    second(Key.Key_Up, SHIFT)  # 340
    second(Key.Key_Space)
    second(Key.Key_Right, CTRL)
    second(Key.Key_Left, SHIFT)
    second(Key.Key_Down, SHIFT, times=3)
    second(Key.Key_Space)
    assert second.count == 9
    boxes = [_box(b) for b in draft.regions("objects")]
    assert len(boxes) == 2 and _within_one(boxes[1], SECOND), boxes


def test_plain_arrows_step_one_image_pixel_at_any_zoom(qtbot, tmp_path):
    editor, draft = _open(qtbot, tmp_path)
    press = Keys(qtbot, editor)
    editor.canvas.zoom_to(0.4)  # one screen pixel is 2.5 image pixels here
    press("c")
    start = editor.keydraw.at
    press(Key.Key_Right)
    press(Key.Key_Down, SHIFT)
    press(Key.Key_Left, CTRL)
    assert editor.keydraw.at == (start[0] + 1 - 50, start[1] + 10)
    assert draft.regions("objects") == []  # moving the crosshair changes no answer


def test_the_crosshair_stays_inside_the_image(qtbot, tmp_path):
    editor, _ = _open(qtbot, tmp_path)
    press = Keys(qtbot, editor)
    press("c")
    press(Key.Key_Left, CTRL, times=12)
    press(Key.Key_Up, CTRL, times=8)
    assert editor.keydraw.at == (0, 0)
    press(Key.Key_Right, CTRL, times=30)
    press(Key.Key_Down, CTRL, times=30)
    assert editor.keydraw.at == SIZE


def test_escape_drops_a_half_drawn_box_then_hides_the_crosshair(qtbot, tmp_path):
    editor, draft = _open(qtbot, tmp_path)
    press = Keys(qtbot, editor)
    press("c")
    press(Key.Key_Space)
    press(Key.Key_Right, SHIFT)
    assert editor.session.preview.isVisible()  # the rubber band
    escape = QKeyEvent(QEvent.Type.KeyPress, Key.Key_Escape, NONE)
    assert editor.wants_key(escape)  # the workbench's own Escape must not act
    press(Key.Key_Escape)
    assert editor.keydraw.anchor is None and editor.keydraw.shown
    assert not editor.session.preview.isVisible()
    press(Key.Key_Escape)
    assert not editor.keydraw.shown and not editor.magnifier.isVisible()
    assert not editor.wants_key(escape)
    assert draft.regions("objects") == []
    assert editor.tool() == "boxes"  # still armed for the mouse


def test_enter_finishes_a_box_being_drawn_rather_than_submitting(qtbot, tmp_path):
    editor, draft = _open(qtbot, tmp_path)
    press = Keys(qtbot, editor)
    enter = QKeyEvent(QEvent.Type.KeyPress, Key.Key_Return, NONE)
    press("c")
    assert not editor.wants_key(enter)  # nothing half-drawn: Enter submits
    press(Key.Key_Space)
    press(Key.Key_Right, SHIFT)
    press(Key.Key_Down, SHIFT)
    assert editor.wants_key(enter)
    press(Key.Key_Return)
    assert [_box(b) for b in draft.regions("objects")] == [(480, 320, 10, 10)]


def test_points_and_polygons_by_keyboard(qtbot, tmp_path):
    editor, draft = _open(qtbot, tmp_path)
    press = Keys(qtbot, editor)
    press("h")  # the head point
    press(Key.Key_Space)
    press(Key.Key_Right, SHIFT)
    press(Key.Key_Space)
    assert [(p["x"], p["y"]) for p in draft.regions("marks")] == [(480, 320), (490, 320)]

    press("r")  # the road polygon: the crosshair stays where it was
    assert editor.keydraw.at == (490, 320)
    press(Key.Key_Space)
    press(Key.Key_Right, CTRL)
    press(Key.Key_Space)
    press(Key.Key_Down, CTRL)
    press(Key.Key_Space)
    press(Key.Key_Left, CTRL)
    press(Key.Key_Space)
    press(Key.Key_Backspace)  # takes the last vertex back
    assert len(editor.keydraw.vertices) == 3
    press(Key.Key_Return)
    [road] = draft.regions("areas")
    assert road["label"] == "road"
    assert road["points"] == [[490, 320], [540, 320], [540, 370]]
    editor.refresh(draft.undo())
    assert draft.regions("areas") == [] and len(draft.regions("marks")) == 2


def test_the_armed_tool_legend_and_magnifier_show_without_moving_the_image(qtbot, tmp_path):
    editor, _ = _open(qtbot, tmp_path)
    press = Keys(qtbot, editor)
    legend = editor.legend.text()
    for words in ("car", "person", "road", "head", "Space"):
        assert words in legend
    assert editor.legend.isVisible()
    assert not editor.magnifier.isVisible()
    before = (editor.canvas.geometry(), editor.canvas.mapFromScene(0, 0))

    press("p")
    assert (editor.canvas.geometry(), editor.canvas.mapFromScene(0, 0)) == before
    chip = editor.chip.text()
    assert "person" in chip and "Box" in chip and ">p<" in chip
    assert editor.chip.isVisible() and editor.magnifier.isVisible()
    # The magnifier shows the pixels round the crosshair, larger than the view does.
    mag = editor.magnifier
    centre = mag.mapToScene(mag.viewport().rect().center())
    assert abs(centre.x() - 480) <= 1 and abs(centre.y() - 320) <= 1
    assert mag.transform().m11() >= 4 * editor.canvas.transform().m11()
    # It sits beside the crosshair, never on it.
    spot = editor.canvas.mapFromScene(480, 320)
    assert not mag.geometry().adjusted(-4, -4, 4, 4).contains(spot)

    press(Key.Key_Space)
    press(Key.Key_Right, SHIFT)
    assert "10 × 0" in editor.chip.text()
    press("c")  # another label mid-box: the box being drawn takes it
    assert "car" in editor.chip.text() and editor.keydraw.anchor == (480, 320)


def test_the_legend_marks_the_armed_label(qtbot, tmp_path):
    editor, _ = _open(qtbot, tmp_path)
    Keys(qtbot, editor)("p")
    assert "font-weight:600" in editor.legend.chip_html("objects", "person")
    assert "font-weight:600" not in editor.legend.chip_html("objects", "car")


def test_moving_the_mouse_hands_drawing_back_to_it(qtbot, tmp_path):
    editor, draft = _open(qtbot, tmp_path)
    press = Keys(qtbot, editor)
    press("c")
    viewport = editor.canvas.viewport()
    qtbot.mouseMove(viewport, pos=QPoint(100, 100))
    qtbot.mouseMove(viewport, pos=QPoint(160, 140))
    assert not editor.keydraw.shown
    # The mouse draws as it always did.
    drag(qtbot, editor, view_point(editor, 100, 100), view_point(editor, 300, 200))
    assert len(draft.regions("objects")) == 1
    # And a key brings the crosshair back.
    press("c")
    assert editor.keydraw.shown


def test_a_mouse_press_drops_a_half_drawn_keyboard_box(qtbot, tmp_path):
    editor, draft = _open(qtbot, tmp_path)
    press = Keys(qtbot, editor)
    press("c")
    press(Key.Key_Space)
    drag(qtbot, editor, view_point(editor, 100, 100), view_point(editor, 300, 200))
    [box] = draft.regions("objects")
    assert _within_one(_box(box), (100, 100, 200, 100))
    assert not editor.keydraw.shown and editor.keydraw.anchor is None


def test_a_new_item_starts_at_the_centre_again(qtbot, tmp_path):
    editor, draft = _open(qtbot, tmp_path)
    press = Keys(qtbot, editor)
    press("c")
    press(Key.Key_Right, CTRL)
    press(Key.Key_Space)
    editor.show_item(editor._item, draft, None)
    assert not editor.keydraw.shown and editor.keydraw.anchor is None
    press("c")
    assert editor.keydraw.at == (480, 320)


def test_tab_selects_a_region_and_arrows_move_it_not_the_crosshair(qtbot, tmp_path):
    editor, draft = _open(qtbot, tmp_path)
    press = Keys(qtbot, editor)
    press("c")
    press(Key.Key_Space)
    press(Key.Key_Right, CTRL)
    press(Key.Key_Down, CTRL)
    press(Key.Key_Space)
    [box] = draft.regions("objects")
    press(Key.Key_Tab)
    assert editor.selected == ("objects", 0)
    assert not editor.keydraw.shown
    press(Key.Key_Right)
    assert draft.regions("objects")[0]["x"] == box["x"] + 1


def test_the_magnifier_asks_for_the_whole_display_variant(qtbot, tmp_path):
    item = make_item(tmp_path)  # a 800×600 display variant of a 1600×1200 original
    editor, _ = open_editor(qtbot, tmp_path, size=(420, 330), keymap=True)
    editor.show_item(item, editor.session.draft, ImageEditor.prepare(item, (400, 300)))
    assert editor.loader.level == 0  # a small view: the screen-sized copy is enough
    Keys(qtbot, editor)("c")
    qtbot.waitUntil(lambda: editor.loader.level == 1)


def test_the_action_table_says_the_step_in_image_pixels(qtbot, tmp_path):
    editor, _ = _open(qtbot, tmp_path)
    actions = {a.id: a for a in editor.key_actions()}
    for mod, step in (("", 1), ("Shift+", 10), ("Ctrl+", 50)):
        [move] = [a for a in actions.values() if a.keys == (f"{mod}Left",)]
        assert f"{step} image px" in move.title
    for mod, step in (("Alt+", 1), ("Alt+Shift+", 10)):
        [size] = [a for a in actions.values() if a.keys == (f"{mod}Right",)]
        assert f"wider by {step} image px" in size.title
    assert actions["image.mark"].keys == ("Space",)


def test_the_legend_and_the_chip_name_the_keys_in_effect(qtbot, tmp_path):
    editor, _ = _open(qtbot, tmp_path)
    assert "Space: corner" in editor.legend.text()
    assert "arrows 1 px, Shift 10, Ctrl 50" in editor.legend.text()
    keymap = editor._test_keymap
    keymap.rebind("image.mark", ["F2"])
    keymap.rebind("label.objects.car", ["x"])
    keymap.rebind("image.nudge_left_far", ["Shift+H"])
    editor.show_keys(keymap.shown(editor.session.schema))
    legend = editor.legend.text()
    assert "F2: corner" in legend and "Space: corner" not in legend
    assert "<b>x</b> car" in legend
    assert "arrows 1 px" not in legend  # a rebound step is left to the `?` sheet
    Keys(qtbot, editor)("x")
    assert ">x<" in editor.chip.text() and "car" in editor.chip.text()
    Keys(qtbot, editor)(Key.Key_F2)
    assert editor.keydraw.anchor == (480, 320)


def test_the_chip_says_how_to_arm_a_tool_with_the_keys_there_are(qtbot, tmp_path):
    editor, _ = _open(qtbot, tmp_path)
    assert "a label key arms its tool" in editor.chip.text()
    keymap = editor._test_keymap
    schema = editor.session.schema
    for field in ("marks", "areas", "objects"):
        for label in schema.field(field).labels:
            keymap.rebind(f"label.{field}.{label.value}", [])
    editor.show_keys(keymap.shown(schema))
    chip = editor.chip.text()
    assert "label key" not in chip  # no label has one
    assert "Ctrl+2: Box tool" in chip and "Ctrl+3: Polygon tool" in chip
