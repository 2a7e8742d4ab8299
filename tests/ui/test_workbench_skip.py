"""Skipping an item: Ctrl+K asks why with numbered reasons (as the reviewer's reject
dialog does), digits pick one, Enter skips, Escape cancels, "Other" needs a comment; the
reason sent is the chosen one, then the comment."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from labeler.ui.workbench.skipping import SkipDialog, reason_text, skip_reasons
from tests.ui.labeling import open_labeling


def _ask(qtbot: QtBot, window: Any, session: Any) -> SkipDialog:
    """Ctrl+K on the item, as the annotator presses it; the dialog, its list focused."""
    qtbot.waitUntil(lambda: window.isActiveWindow() and session.editor.hasFocus())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), SkipDialog))
    dialog = QApplication.activeModalWidget()
    assert dialog is session.skip_dialog
    qtbot.waitUntil(dialog.reasons.hasFocus)
    return dialog


def _key(qtbot: QtBot, key: Qt.Key) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key)


@pytest.mark.parametrize("media", ["image", "text"])
def test_a_digit_picks_a_reason_and_enter_skips_the_item(
    qtbot: QtBot, tmp_path: Path, media: str
) -> None:
    window, session, workspace = open_labeling(qtbot, media, tmp_path)
    first = session.item.id
    dialog = _ask(qtbot, window, session)
    assert [dialog.reasons.item(i).text() for i in range(5)][1:] == [
        "2   Cannot tell",
        "3   Not in my language",
        "4   Offensive or unsafe content",
        "5   Other…",
    ]
    _key(qtbot, Qt.Key.Key_2)
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.settled and session.item.id != first)
    assert [(s.item_id, s.answer, s.skip_reason) for s in workspace.sent] == [
        (first, None, "Cannot tell")
    ]
    assert QApplication.activeModalWidget() is None  # gone, the keyboard back on the item


def test_the_comment_follows_the_reason_and_escape_sends_nothing(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window, session, workspace = open_labeling(qtbot, "image", tmp_path)
    first = session.item.id
    _ask(qtbot, window, session)
    _key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert workspace.sent == [] and session.item.id == first

    dialog = _ask(qtbot, window, session)
    _key(qtbot, Qt.Key.Key_1)
    assert dialog.reason() == "Image does not load"
    dialog.comment.setFocus()
    qtbot.keyClicks(dialog.comment, " only half of it shows ")
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.settled and session.item.id != first)
    assert workspace.sent[0].skip_reason == "Image does not load: only half of it shows"


def test_other_needs_a_comment(qtbot: QtBot, tmp_path: Path) -> None:
    window, session, workspace = open_labeling(qtbot, "text", tmp_path)
    first = session.item.id
    dialog = _ask(qtbot, window, session)
    _key(qtbot, Qt.Key.Key_5)
    assert dialog.reason() == "Other" and dialog.comment.hasFocus()
    _key(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.note.kind == "error" and workspace.sent == []
    qtbot.keyClicks(dialog.comment, "The sentence is two sentences glued together")
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.settled and session.item.id != first)
    assert workspace.sent[0].skip_reason == "Other: The sentence is two sentences glued together"


def test_an_earlier_item_brought_back_is_corrected_into_a_skip(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window, session, workspace = open_labeling(qtbot, "text", tmp_path)
    first = session.item.id
    qtbot.keyClick(session.editor.view, Qt.Key.Key_2)  # neutral
    qtbot.keyClick(session.editor.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.settled and session.item.id != first)
    current = session.item.id
    qtbot.keyClick(session.editor.view, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: session.back.active)
    _ask(qtbot, window, session)
    _key(qtbot, Qt.Key.Key_3)
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not session.back.active and session.item.id == current)
    assert [(s.item_id, s.skip_reason, s.amends) for s in workspace.sent] == [
        (first, None, None),
        (first, "Not in my language", "sub-1"),
    ]


def test_reasons_keep_their_digits_across_media() -> None:
    image, text, audio = (skip_reasons(m) for m in ("image", "text", "audio"))
    assert image[0] == "Image does not load" and audio[0] == "Audio does not play"
    assert image[1:] == text[1:] == audio[1:]
    assert reason_text("Cannot tell", "") == "Cannot tell"


def test_an_item_whose_media_failed_starts_on_that_reason(qtbot: QtBot) -> None:
    dialog = SkipDialog("image", "The image file is damaged (sha256 mismatch).")
    qtbot.addWidget(dialog)
    assert dialog.reason() == "Image does not load"
    assert dialog.comment.text() == "The image file is damaged (sha256 mismatch)."
