"""The view: gold overlay, zoom and pan, the action table, and item switch speed."""

from __future__ import annotations

from itertools import combinations

import numpy as np
from PIL import Image
from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from labeler.core.editing import Draft
from labeler.core.schema import parse_schema
from labeler.ui.image import ImageEditor
from tests.ui.test_image_support import (
    SCHEMA_JSON,
    click,
    make_item,
    open_editor,
    schema,
    view_point,
)

GOLD = {
    "scene": "urban",
    "objects": [{"label": "car", "x": 100, "y": 100, "w": 500, "h": 400}],
    "areas": [{"label": "road", "points": [[900, 300], [1300, 300], [1100, 700]]}],
    "marks": [{"label": "head", "x": 1400, "y": 1000}],
}


def test_gold_overlay_is_drawn_dashed_and_cannot_be_selected(qtbot, tmp_path):
    editor, draft = open_editor(qtbot, tmp_path)
    editor.show_expected(GOLD)
    assert editor.layer.gold_count() == 3
    gold = [i for i in editor.canvas.scene().items() if getattr(i, "gold", False) and i.isVisible()]
    assert {i.kind for i in gold if i is not editor.session.preview} == {
        "boxes",
        "polygons",
        "points",
    }
    click(qtbot, editor, view_point(editor, 300, 300))
    assert editor.selected is None
    assert draft.answer() == {}
    editor.show_expected(None)
    assert editor.layer.gold_count() == 0


def test_gold_overlay_is_cleared_by_the_next_item_and_skips_malformed_regions(qtbot, tmp_path):
    editor, _ = open_editor(qtbot, tmp_path)
    editor.show_expected({"objects": [{"label": "car", "x": 1}, "nonsense"], "marks": 3})
    assert editor.layer.gold_count() == 0
    editor.show_expected(GOLD)
    item = make_item(tmp_path, item_id="item-2")
    editor.show_item(item, Draft(schema()), ImageEditor.prepare(item, (1366, 768)))
    assert editor.layer.gold_count() == 0


def test_keys_zoom_and_fit(qtbot, tmp_path):
    editor, _ = open_editor(qtbot, tmp_path)
    fitted = editor.canvas.scale_value()
    qtbot.keyClick(editor.canvas, Qt.Key.Key_Plus)
    assert editor.canvas.scale_value() > fitted
    qtbot.keyClick(editor.canvas, Qt.Key.Key_Minus)
    qtbot.keyClick(editor.canvas, Qt.Key.Key_Minus)
    assert editor.canvas.scale_value() < fitted
    qtbot.keyClick(editor.canvas, Qt.Key.Key_0)
    assert editor.canvas.scale_value() == fitted


def test_wheel_zooms_about_the_pointer(qtbot, tmp_path):
    editor, _ = open_editor(qtbot, tmp_path)
    fitted = editor.canvas.scale_value()
    at = view_point(editor, 1200, 900)
    before = editor.canvas.mapToScene(at)
    event = QWheelEvent(
        QPointF(at),
        QPointF(editor.canvas.viewport().mapToGlobal(at)),
        QPoint(0, 0),
        QPoint(0, 240),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(editor.canvas.viewport(), event)
    assert editor.canvas.scale_value() > fitted * 1.4  # two steps of 1.2
    after = editor.canvas.mapToScene(at)
    assert abs(after.x() - before.x()) < 3 and abs(after.y() - before.y()) < 3


def test_middle_drag_and_space_drag_pan(qtbot, tmp_path):
    editor, _ = open_editor(qtbot, tmp_path, {"objects": [GOLD["objects"][0]]})
    editor.canvas.zoom_to(2.0)
    bar = editor.canvas.verticalScrollBar()
    viewport = editor.canvas.viewport()
    start = bar.value()
    qtbot.mousePress(viewport, Qt.MouseButton.MiddleButton, pos=QPoint(400, 300))
    qtbot.mouseMove(viewport, pos=QPoint(400, 200))
    qtbot.mouseRelease(viewport, Qt.MouseButton.MiddleButton, pos=QPoint(400, 200))
    assert bar.value() == start + 100
    # Space held: a left drag pans even from inside a box, with a drawing tool armed.
    editor.pick_label("objects", "car")
    editor.canvas.centerOn(300, 300)
    start = bar.value()
    qtbot.keyPress(editor.canvas, Qt.Key.Key_Space)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=QPoint(400, 300))
    qtbot.mouseMove(viewport, pos=QPoint(400, 250))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=QPoint(400, 250))
    qtbot.keyRelease(editor.canvas, Qt.Key.Key_Space)
    assert bar.value() == start + 50
    assert len(editor.session.draft.regions("objects")) == 1


def test_actions_leave_label_hotkeys_alone(qtbot):
    data = dict(SCHEMA_JSON)
    data["fields"] = [
        *SCHEMA_JSON["fields"][:2],
        {"name": "zoomy", "kind": "points", "labels": [{"value": "x", "hotkey": "+"}]},
    ]
    editor = ImageEditor()
    qtbot.addWidget(editor)
    editor.set_schema(parse_schema(data))
    actions = {a.id: a for a in editor.key_actions()}
    assert len(actions) == len(editor.key_actions())  # ids are unique
    assert "+" not in actions["image.zoom_in"].keys
    assert "Ctrl++" in actions["image.zoom_in"].keys
    assert "image.tool_polygon" not in actions  # no polygon field in this schema
    assert actions["image.tool_box"].keys == ("Ctrl+2",)
    assert all(a.group == "Image" for a in actions.values())
    hotkeys = {"1", "2", "c", "p", "+"}
    for action in actions.values():
        assert not {k.lower() for k in action.keys} & hotkeys


def test_tool_keys_arm_the_last_label(qtbot, tmp_path):
    editor, _ = open_editor(qtbot, tmp_path)
    qtbot.keyClick(editor.canvas, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert editor.tool() == "boxes" and editor.session.armed("boxes") == ("objects", "car")
    editor.pick_label("objects", "person")
    qtbot.keyClick(editor.canvas, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert editor.tool() == "select"
    qtbot.keyClick(editor.canvas, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert editor.session.armed("boxes") == ("objects", "person")


def test_item_switch_with_a_prepared_image_shows_its_regions(qtbot, tmp_path):
    # How long a switch takes is measured by benchmarks/gui_switch.py.
    editor, _ = open_editor(qtbot, tmp_path)
    boxes = [{"label": "car", "x": 10 * i, "y": 10 * i, "w": 50, "h": 40} for i in range(40)]
    items = [make_item(tmp_path, item_id=f"item-{i}") for i in range(2)]
    prepared = [ImageEditor.prepare(item, (1366, 768)) for item in items]
    for n in range(6):
        item, ready = items[n % 2], prepared[n % 2]
        editor.show_item(item, Draft(schema(), {"objects": boxes[: 20 + n]}), ready)
        QApplication.processEvents()
        assert editor.session.draft.regions("objects") == boxes[: 20 + n]


def shown_tags(editor: ImageEditor) -> list[tuple[str, QRectF]]:
    """The label tags drawn, each with its rectangle on the canvas viewport."""
    from labeler.ui.image.items import RegionItem

    out = []
    for item in editor.canvas.scene().items():
        if isinstance(item, RegionItem) and item.tag_shown() and item.kind != "points":
            anchor = editor.canvas.mapFromScene(item.mapToScene(item.tag.pos()))
            rect = item.tag.shown_rect().translated(anchor.x(), anchor.y())
            out.append((str(item.region["label"]), rect))
    return out


def test_label_tags_of_crowded_boxes_do_not_cover_each_other(qtbot, tmp_path):
    """Two cars side by side read "ca car": each tag sat above its box's corner, the
    second over the first. A tag whose place is taken moves (below, inside, beside);
    alone, a tag keeps its place above its box."""
    cars = [
        {"label": "car", "x": 600, "y": 500, "w": 80, "h": 50},
        {"label": "car", "x": 630, "y": 495, "w": 80, "h": 50},
        {"label": "bus", "x": 650, "y": 490, "w": 60, "h": 40},
        {"label": "car", "x": 100, "y": 900, "w": 200, "h": 150},
    ]
    editor, _ = open_editor(qtbot, tmp_path, {"objects": cars})
    tags = shown_tags(editor)
    assert sorted(label for label, _ in tags) == ["bus", "car", "car", "car"]
    for (a, ra), (b, rb) in combinations(tags, 2):
        assert not ra.intersects(rb), (a, ra, b, rb)
    alone = next(r for label, r in tags if r.left() < view_point(editor, 400, 0).x())
    corner = view_point(editor, 100, 900)
    assert abs(alone.left() - corner.x()) <= 1 and abs(alone.bottom() - corner.y()) <= 1
    # Zoomed in, the tags are placed again and still cover none.
    qtbot.keyClick(editor.canvas, Qt.Key.Key_Plus)
    for (a, ra), (b, rb) in combinations(shown_tags(editor), 2):
        assert not ra.intersects(rb), (a, ra, b, rb)


def test_a_picture_prepared_for_the_view_paints_pixel_for_pixel(qtbot, tmp_path):
    # Noise: any filtering between the prepared picture and the screen changes pixels.
    noise = np.random.default_rng(3).integers(0, 255, (1200, 1600, 3), dtype=np.uint8)
    display = tmp_path / "noise.png"
    Image.fromarray(noise).save(display)
    item = make_item(tmp_path, display=display, item_id="noise")
    editor, _ = open_editor(qtbot, tmp_path, item=item, size=(900, 640))
    canvas = editor.canvas
    # A height whose fit makes the picture a fraction of a pixel narrower than the
    # prepared one (the common case): Qt would scale it by 0.9996, filtering every pixel.
    for height in range(640, 700):
        editor.resize(900, height)
        QApplication.processEvents()
        fit = canvas.viewportTransform().mapRect(canvas.image_item.boundingRect())
        if abs(fit.width() - round(fit.width())) > 0.2:
            break
    prepared = ImageEditor.prepare(item, editor.prepare_box())
    editor.show_item(item, Draft(schema()), prepared)
    qtbot.waitUntil(lambda: not editor.loading)
    target = canvas.viewportTransform().mapRect(canvas.image_item.boundingRect())
    assert abs(target.width() - round(target.width())) > 0.2
    picture = prepared.image
    # Prepared for the canvas at fit: as many pixels as it spans there.
    assert abs(target.width() - picture.width()) <= 1
    assert abs(target.height() - picture.height()) <= 1
    shot = canvas.viewport().grab().toImage().convertToFormat(picture.format())
    at = QPoint(round(target.x()), round(target.y()))
    assert shot.copy(QRect(at, picture.size())) == picture
