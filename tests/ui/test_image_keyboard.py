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

    qtbot.keyClick(editor.canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(editor.canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(
        editor.canvas,
        Qt.Key.Key_Up,
        Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    moved = draft.regions("objects")[0]
    assert moved["x"] == box["x"] + 10
    assert moved["w"] == box["w"] + 10
    assert moved["h"] == box["h"] - 1
    for _ in range(3):  # each key was one undo step
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
