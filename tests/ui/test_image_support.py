"""Helpers shared by the image editor tests (this module holds no tests itself)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QKeySequence, QShortcut

from labeler.client.workitem import MediaInfo, WorkItem
from labeler.core.editing import Draft
from labeler.core.hotkeys import label_keys
from labeler.core.schema import Schema, parse_schema
from labeler.ui.actions import Action
from labeler.ui.image import ImageEditor
from labeler.ui.keymap import Keymap

#: Original pixels; the display variant written by `make_item` is half this size.
ORIGINAL = (1600, 1200)
DISPLAY = (800, 600)

SCHEMA_JSON: dict[str, Any] = {
    "title": "Streets",
    "media": "image",
    "fields": [
        {
            "name": "scene",
            "kind": "choice",
            "labels": [{"value": "urban", "hotkey": "1"}, {"value": "rural", "hotkey": "2"}],
        },
        {
            "name": "objects",
            "kind": "boxes",
            "max_count": 5,
            "labels": [
                {"value": "car", "hotkey": "c", "color": "#e6194b"},
                {"value": "person", "hotkey": "p"},
            ],
        },
        {"name": "areas", "kind": "polygons", "labels": [{"value": "road", "hotkey": "r"}]},
        {"name": "marks", "kind": "points", "labels": [{"value": "head", "hotkey": "h"}]},
    ],
}


def schema() -> Schema:
    return parse_schema(SCHEMA_JSON)


def write_image(path: Path, size: tuple[int, int], fmt: str = "JPEG", **save: Any) -> Path:
    """A picture with some structure (a gradient and shapes), as a real file."""
    image = Image.linear_gradient("L").resize(size).convert("RGB")
    draw = ImageDraw.Draw(image)
    w, h = size
    draw.rectangle((w // 8, h // 4, w // 2, h // 2), fill=(200, 40, 40))
    draw.ellipse((w // 2, h // 2, 7 * w // 8, 7 * h // 8), fill=(40, 160, 60))
    image.save(path, fmt, **save)
    return path


def make_item(
    tmp_path: Path,
    *,
    item_id: str = "item-1",
    display: Path | None = None,
    original: Path | None = None,
    size: tuple[int, int] | None = ORIGINAL,
) -> WorkItem:
    """An item whose display variant is a half-size JPEG of a 1600×1200 original."""
    if display is None:
        display = write_image(tmp_path / f"{item_id}-display.jpg", DISPLAY)
    width, height = size if size else (None, None)
    media = MediaInfo(
        sha256="0" * 64,
        mime="image/jpeg",
        bytes=1,
        url="",
        width=width,
        height=height,
        display_width=DISPLAY[0],
        display_height=DISPLAY[1],
    )
    return WorkItem(
        id=item_id,
        batch_id="batch-1",
        project_id="streets",
        schema_version=1,
        media=media,
        display_path=display,
        media_path=original,
    )


def open_editor(
    qtbot: Any,
    tmp_path: Path,
    answer: dict[str, Any] | None = None,
    *,
    size: tuple[int, int] = (800, 600),
    item: WorkItem | None = None,
    keymap: bool = False,
) -> tuple[ImageEditor, Draft]:
    """An editor on screen showing a prepared item, its shortcuts bound as the
    workbench binds them (with `keymap`, the label hotkeys too, through a `Keymap`)."""
    editor = ImageEditor()
    qtbot.addWidget(editor)
    editor.resize(*size)
    with qtbot.waitActive(editor):  # shortcuts fire only in the active window
        editor.show()
        editor.activateWindow()
    s = schema()
    editor.set_schema(s)
    item = item or make_item(tmp_path)
    draft = Draft(s, answer)
    editor.show_item(item, draft, ImageEditor.prepare(item, (1366, 768)))
    if keymap:
        bind_keymap(editor)
    else:
        bind_actions(editor)
    editor.canvas.setFocus()
    return editor, draft


def bind_keymap(editor: ImageEditor) -> Keymap:
    """The schema's label hotkeys and the editor's keys in one real `Keymap` on the
    editor, as the workbench installs them (label keys first: they win)."""
    s = editor.session.schema
    assert s is not None
    actions = [
        Action(
            f"label.{k.field}.{k.label}",
            k.label,
            (k.key,),
            lambda k=k: editor.pick_label(k.field, k.label),
            group="Labels",
        )
        for k in label_keys(s)
    ]
    keymap = Keymap(editor)
    keymap.set_actions(actions + editor.key_actions())
    editor._test_keymap = keymap  # type: ignore[attr-defined]
    return keymap


def bind_actions(editor: ImageEditor) -> list[QShortcut]:
    shortcuts = []
    for action in editor.key_actions():
        for key in action.keys:
            shortcut = QShortcut(QKeySequence(key), editor)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(action.callback)
            shortcuts.append(shortcut)
    editor._test_shortcuts = shortcuts  # keep them alive with the editor
    return shortcuts


def view_point(editor: ImageEditor, x: float, y: float) -> QPoint:
    """Where the original pixel (x, y) is on the canvas viewport."""
    return editor.canvas.mapFromScene(QPointF(x, y))


def drag(qtbot: Any, editor: ImageEditor, start: QPoint, end: QPoint) -> None:
    viewport = editor.canvas.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    middle = QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2)
    qtbot.mouseMove(viewport, pos=middle)
    qtbot.mouseMove(viewport, pos=end)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)


def click(qtbot: Any, editor: ImageEditor, at: QPoint) -> None:
    qtbot.mouseClick(editor.canvas.viewport(), Qt.MouseButton.LeftButton, pos=at)


def close_to(value: float, expected: float, tolerance: float = 2.0) -> bool:
    """One viewport pixel is two original pixels at the fitted zoom of these tests."""
    return abs(value - expected) <= tolerance
