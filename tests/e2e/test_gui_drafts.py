"""End to end: a draft comes back as it was left, whatever happened in between (a quit
and a relaunch, the project list, a sign-out and sign-in), until it is submitted or
discarded. The window runs against `labeler serve` with the demo data."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from labeler.ui.window import Start
from tests.e2e.test_gui_labeling import _mine, _open_window, demo_server, isolated

__all__ = ["demo_server", "isolated"]  # fixtures

pytestmark = pytest.mark.slow

PROJECT = "news-entities"  # spans (PER/ORG/LOC on keys p/o/l) and a sentiment


def _settled(qtbot: Any, window: Any) -> Any:
    qtbot.waitUntil(lambda: window.labeling is not None and window.labeling.settled, timeout=30000)
    return window.labeling


def _mark_a_span(qtbot: Any, window: Any) -> tuple[str, dict[str, Any]]:
    """Shift+End then O: the first line becomes an ORG span (whichever way it runs)."""
    session = _settled(qtbot, window)
    view = window.workbench.editor.view
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(view, Qt.Key.Key_O)
    answer = session.draft.answer()
    assert [s["label"] for s in answer.get("entities", [])] == ["ORG"]
    return session.item.id, answer


def _saved(qtbot: Any, window: Any, item_id: str, answer: dict[str, Any]) -> None:
    """Wait until the autosave has the draft in the local store."""
    qtbot.waitUntil(lambda: window.workspace.draft(item_id) == answer, timeout=10000)


def _shown_with(qtbot: Any, window: Any, item_id: str) -> dict[str, Any]:
    session = _settled(qtbot, window)
    assert session.item.id == item_id  # the item left unfinished comes first again
    return session.draft.answer()


def test_a_draft_survives_quit_relaunch_project_list_and_sign_out(
    qtbot: Any, demo_server: tuple[str, str], isolated: Path
) -> None:
    url, token = demo_server
    window, _ = _open_window(qtbot, url, token, PROJECT)
    item_id, answer = _mark_a_span(qtbot, window)
    _saved(qtbot, window, item_id, answer)
    window.close()

    window, _ = _open_window(qtbot, url, token, PROJECT)
    assert _shown_with(qtbot, window, item_id) == answer

    window.show_projects()  # Ctrl+P, then the same project again
    window.open_project(PROJECT)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.workbench, timeout=30000)
    assert _shown_with(qtbot, window, item_id) == answer

    window.account_flow.sign_out()
    qtbot.waitUntil(lambda: window.workspace is None)
    window.start(Start(url, token, None, PROJECT))
    assert _shown_with(qtbot, window, item_id) == answer

    # Submitting sends the draft (with the sentiment it needs), and only then is it gone.
    qtbot.keyClick(window.workbench.editor.view, Qt.Key.Key_2)
    qtbot.keyClick(window.workbench.editor.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(s["item_id"] == item_id for s in _mine(url, token)), timeout=30000)
    with sqlite3.connect(window.workspace.store.path) as raw:
        (body,) = raw.execute("SELECT body FROM outbox WHERE item_id = ?", (item_id,)).fetchone()
    assert json.loads(body)["answer"] == {**answer, "sentiment": "neutral"}
    assert window.workspace.draft(item_id) is None
    window.close()


def test_discarding_a_draft_forgets_it_and_undo_brings_it_back(
    qtbot: Any, demo_server: tuple[str, str], isolated: Path
) -> None:
    url, token = demo_server
    window, _ = _open_window(qtbot, url, token, PROJECT)
    item_id, answer = _mark_a_span(qtbot, window)
    _saved(qtbot, window, item_id, answer)
    session = window.labeling
    view = window.workbench.editor.view
    qtbot.keyClick(
        view,
        Qt.Key.Key_Backspace,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert session.draft.answer() == {}
    qtbot.waitUntil(lambda: window.workspace.draft(item_id) is None, timeout=10000)
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert session.draft.answer() == answer
    _saved(qtbot, window, item_id, answer)
    window.close()


def test_a_draft_brought_back_after_a_relaunch_keeps_its_item_time(
    qtbot: Any, demo_server: tuple[str, str], isolated: Path
) -> None:
    from labeler.client.activetime import ActiveClock

    url, token = demo_server
    window, _ = _open_window(qtbot, url, token, PROJECT)
    item_id, answer = _mark_a_span(qtbot, window)
    session = window.labeling
    now = [100.0]
    session.clock = ActiveClock(60, clock=lambda: now[0])
    session.clock.start()
    now[0] = 145.0  # 45 s on the item, then Ctrl+Q
    window.close()

    window, _ = _open_window(qtbot, url, token, PROJECT)
    assert _shown_with(qtbot, window, item_id) == answer
    assert window.workbench.feedback.time.text().startswith("Item 0:4")  # not 0:00
    assert window.labeling.item_ms() >= 45_000
    window.close()
