"""The item timer in the feedback bar: a new item shows its own time (0:00) from its first
paint, never the time of the item before it, also after going back to an earlier item and
forward again; the first item's media on its way says how far it has come."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from labeler.client.activetime import ActiveClock
from tests.ui.labeling import open_labeling


class PaintWatch(QObject):
    """What the item timer reads at every paint of the editor."""

    def __init__(self, session: Any) -> None:
        super().__init__()
        self.session, self.seen = session, []
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        editor = self.session.editor
        if (
            event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and (watched is editor or editor.isAncestorOf(watched))
        ):
            item = self.session.item.id if self.session.item else None
            self.seen.append((item, self.session.page.feedback.time.text()))
        return False


def _seven_seconds_in(session: Any) -> None:
    """The item on screen has 7 s of active time, and the bar says so; the bar's own
    second tick is stopped, so only showing an item can change what it reads."""
    session._tick.stop()
    now = [100.0]
    clock = ActiveClock(30, clock=lambda: now[0])
    clock.start()
    now[0] = 107.0
    session.clock = clock
    session.show_clock()
    assert session.page.feedback.time.text() == "Item 0:07"


def test_the_next_item_paints_with_its_own_time(qtbot: QtBot, tmp_path: Path) -> None:
    window, session, workspace = open_labeling(qtbot, "text", tmp_path)
    first = session.item.id
    _seven_seconds_in(session)
    watch = PaintWatch(session)
    qtbot.keyClick(session.editor.view, Qt.Key.Key_2)
    qtbot.keyClick(session.editor.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.settled and session.item.id != first)
    after = [text for item, text in watch.seen if item not in (None, first)]
    assert after and set(after) == {"Item 0:00"}, watch.seen


def test_an_earlier_item_and_the_current_one_again_show_their_own_time(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window, session, workspace = open_labeling(qtbot, "text", tmp_path)
    first = session.item.id
    _seven_seconds_in(session)
    qtbot.keyClick(session.editor.view, Qt.Key.Key_2)
    qtbot.keyClick(session.editor.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.settled and session.item.id != first)
    assert workspace.sent[0].active_ms == 7000
    _seven_seconds_in(session)
    qtbot.keyClick(session.editor.view, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: session.back.active)
    # The correction's own time (sent with it), and what the answer took, not "Item 0:00".
    assert session.page.feedback.time.text() == "Correction 0:00 · answered in 0:07"
    qtbot.keyClick(session.editor.view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not session.back.active)
    assert session.page.feedback.time.text().startswith("Item 0:07")  # counts on from there


def test_media_on_its_way_says_its_size_in_digits_that_say_something(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window, session, workspace = open_labeling(qtbot, "image", tmp_path, count=0)
    listener = workspace.listener
    listener.media_progress_.emit("ab" * 32, "display", 34_000, 180_000)
    assert session.page.message.text() == "Fetching media… 34 KB of 180 KB"
    listener.media_progress_.emit("ab" * 32, "display", 1_250_000, None)
    assert session.page.message.text() == "Fetching media… 1.2 MB"


def test_with_no_item_left_nothing_of_the_last_one_stays(qtbot: QtBot, tmp_path: Path) -> None:
    """The last item answered: the timer, the answer form and the count say no item."""
    window, session, workspace = open_labeling(qtbot, "text", tmp_path, count=2)
    page = session.page
    assert page.progress.text() == "2 items ready"
    first = session.item.id
    qtbot.keyClick(session.editor.view, Qt.Key.Key_2)
    qtbot.keyClick(session.editor.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.settled and session.item.id != first)
    qtbot.waitUntil(lambda: page.progress.text() == "1 item ready")
    qtbot.keyClick(session.editor.view, Qt.Key.Key_1)
    qtbot.keyClick(session.editor.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.item is None and page.stack.currentWidget() is page.message)
    session.show_clock()  # the bar's second tick
    assert page.feedback.time.text() == "Item —"
    assert page.progress.text() == ""
    chips = page.form.group("sentiment").chips
    assert not any(chip.isChecked() for chip in chips.values())  # not the last answer
    assert not page.form.isEnabled()


def test_time_on_an_item_starts_when_its_picture_is_shown(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An item shown before its picture is decoded: nothing counts until the picture is
    on screen (the decode is held back here until the test lets it go)."""
    from labeler.ui.image import loader
    from labeler.ui.image.editor import ImageEditor

    let_go = threading.Event()
    decode = loader.prepare_image

    def held(*args: Any) -> Any:
        let_go.wait(30)
        return decode(*args)

    monkeypatch.setattr(ImageEditor, "prepare", staticmethod(lambda item, box: None))
    monkeypatch.setattr(loader, "prepare_image", held)
    try:
        window, session, workspace = open_labeling(qtbot, "image", tmp_path, count=2, content=False)
        editor = session.editor
        assert editor.loader.level < 0  # the picture is on its way
        assert not session.clock.running and session.clock.paused()
        session.clock.activity()  # a key pressed while it loads does not start it either
        assert not session.clock.running
        assert session.page.feedback.time.text() == "Item 0:00"
        let_go.set()
        qtbot.waitUntil(lambda: editor.loader.level >= 0)
        assert session.clock.running and not session.clock.paused()
    finally:
        let_go.set()


def test_time_stops_while_a_dialog_stands_over_the_item(qtbot: QtBot, tmp_path: Path) -> None:
    window, session, workspace = open_labeling(qtbot, "text", tmp_path)
    assert not session.clock.paused()
    qtbot.keyClick(session.editor.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = session.skip_dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    qtbot.waitUntil(session.clock.paused)
    qtbot.keyClick(dialog.reasons, Qt.Key.Key_Down)  # keys in the dialog count nothing
    assert session.clock.paused()
    qtbot.keyClick(dialog.reasons, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: not session.clock.paused())

    # The contest dialog too.
    session.page.gold.show_verdict("s1", session.item.id, {"passed": False, "score": 0.0}, False)
    qtbot.mouseClick(session.page.gold.contest_button, Qt.MouseButton.LeftButton)
    contest = session.page.gold.contest_dialog
    qtbot.waitUntil(lambda: contest is not None and contest.isVisible())
    qtbot.waitUntil(session.clock.paused)
    contest.reject()
    qtbot.waitUntil(lambda: not session.clock.paused())


def test_a_draft_brought_back_keeps_its_time_and_its_submission_counts_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Quit with a draft shown 45 s, relaunch: the item timer goes on from 0:45, and the
    answer sent carries the time of both sittings."""
    window, session, workspace = open_labeling(qtbot, "text", tmp_path)
    first = session.item.id
    session._tick.stop()
    now = [100.0]
    clock = ActiveClock(60, clock=lambda: now[0])
    clock.start()
    now[0] = 145.0
    session.clock = clock
    session.close()  # Ctrl+Q: the draft is saved with the time spent on its item
    qtbot.waitUntil(lambda: first in workspace.draft_ms)
    assert workspace.draft_ms[first] == 45_000

    window2, again, _ = open_labeling(qtbot, "text", tmp_path)
    again.workspace = workspace  # the same local store, read as the workspace reads it
    kept = {"drafts": dict(workspace.drafts_saved), "draft_times": workspace.draft_times(None)}
    again.open(replace(again.project, **kept))
    qtbot.waitUntil(lambda: again.settled and again.item.id == first)
    assert again.page.feedback.time.text().startswith("Item 0:45")
    qtbot.keyClick(again.editor.view, Qt.Key.Key_2)
    qtbot.keyClick(again.editor.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(workspace.sent))
    assert workspace.sent[0].item_id == first and workspace.sent[0].active_ms >= 45_000
