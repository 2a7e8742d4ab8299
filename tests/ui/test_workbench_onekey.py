"""A one-key project (a label key answers and submits): what sends a correction is what
the banner says, and an Enter on an item with nothing answered reports no failed
submission; what it says goes as soon as it no longer applies."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from labeler.server.demo.reviews import SCHEMA as REVIEWS
from tests.ui.conftest import SCHEMAS
from tests.ui.labeling import open_labeling


@pytest.fixture
def one_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(SCHEMAS, "text", REVIEWS)  # Product reviews — sentiment


def _next(qtbot: QtBot, session, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    done = session.item.id
    qtbot.keyClick(session.editor.view, key)
    qtbot.waitUntil(lambda: session.settled and session.item.id != done)


def test_the_correction_banner_names_the_label_keys_that_send_it(
    qtbot: QtBot, tmp_path: Path, one_key: None
) -> None:
    window, session, workspace = open_labeling(qtbot, "text", tmp_path)
    _next(qtbot, session, Qt.Key.Key_1)
    current = session.item.id
    qtbot.keyClick(session.editor.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: session.back.active)
    banner = session.page.correction.text()
    assert "1, 2 or 3 sends the correction" in banner and "Enter" not in banner
    qtbot.keyClick(session.editor.view, Qt.Key.Key_3)  # what the banner says: sent at once
    qtbot.waitUntil(lambda: not session.back.active)
    assert session.item.id == current and workspace.sent[-1].amends is not None


def test_an_enter_on_an_unanswered_item_reports_no_failure_and_the_note_goes(
    qtbot: QtBot, tmp_path: Path, one_key: None
) -> None:
    window, session, workspace = open_labeling(qtbot, "text", tmp_path)
    page = session.page
    qtbot.keyClick(session.editor.view, Qt.Key.Key_Return)
    assert page.problems.isVisible()
    assert "Not submitted" not in page.problems.text()
    assert page.problems.text() == "Nothing answered yet: 1, 2 or 3 answers this item and sends it."
    assert workspace.sent == []
    _next(qtbot, session, Qt.Key.Key_2)  # the answer, and the next item
    assert not page.problems.isVisible()
    # Going back and returning with Esc: nothing of it comes back either.
    qtbot.keyClick(session.editor.view, Qt.Key.Key_Return)
    assert page.problems.isVisible()
    qtbot.keyClick(session.editor.view, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: session.back.active)
    assert not page.problems.isVisible()
    qtbot.keyClick(session.editor.view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not session.back.active)
    assert not page.problems.isVisible()
