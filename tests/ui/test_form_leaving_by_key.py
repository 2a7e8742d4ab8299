"""Leaving the answer form by keyboard: Escape in a record's line or the rationale's box,
and Shift+Tab from the record's first line, give the keyboard to the item's editor, where
the window's plain keys work again; what was typed stays."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from labeler.ui.keymap import is_text_input
from tests.ui.test_window_keys_in_boxes import BOXES, _text


def _in_editor(session: object) -> bool:
    focused = QApplication.focusWidget()
    editor = session.editor  # type: ignore[attr-defined]
    return (
        focused is not None
        and (focused is editor or editor.isAncestorOf(focused))
        and not is_text_input(focused)
    )


@pytest.mark.parametrize("box_kind", list(BOXES))
def test_escape_in_a_form_box_gives_the_keyboard_to_the_item(
    qtbot: QtBot, tmp_path: Path, box_kind: str
) -> None:
    window, session, box = BOXES[box_kind](qtbot, tmp_path)
    qtbot.keyClicks(box, "ab")
    before = _text(box)
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: _in_editor(session))
    assert _text(box) == before  # nothing typed is lost
    # The window's plain keys are back: `?` opens the keys sheet.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Question)
    qtbot.waitUntil(window.cheatsheet.isVisible)
    assert _text(box) == before


def test_shift_tab_from_the_record_s_first_line_leaves_the_form(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window, session, box = BOXES["record"](qtbot, tmp_path)
    qtbot.keyClick(box, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: _in_editor(session))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Question)
    qtbot.waitUntil(window.cheatsheet.isVisible)
    assert _text(box) == "Fresh Fruits Corner"


def test_the_keys_sheet_says_how_to_leave_the_record(qtbot: QtBot, tmp_path: Path) -> None:
    window, _session, box = BOXES["record"](qtbot, tmp_path)
    window.cheatsheet.show_sheet()
    rows = dict(dict(window.cheatsheet.sections())["Comparison"])
    assert rows["Record: the next or previous key"] == ("Tab", "Shift+Tab")
    assert rows["Record: leave the form for the picture (Shift+Tab from the first key)"] == ("Esc",)
    assert not window.keymap.conflicts()
