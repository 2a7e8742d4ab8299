"""Pre-annotation from the lead workspace against a real `labeler serve`: Ctrl+Shift+M
opens the dialog over the project picked, the installed pre-annotations (a fake plugin
here) are offered by the project's media, Ctrl+Enter runs one off the GUI thread with a
progress bar, the summary says what was sent and what was kept, and Cancel stops the
run with what was proposed sent."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from labeler.client.api import TaskServer
from labeler.core.plugins import Loaded, Plugin
from labeler.ui.lead import preannotate
from labeler.ui.lead.preannotate import PreannotateDialog
from labeler.ui.lead.workspace import LeadWorkspace
from labeler.ui.tasks import Runner
from tests.client.conftest import LiveServer, User
from tests.client.test_prefilling import FakeBoxes, answer_first, item_json, project_with_pictures

pytestmark = pytest.mark.slow
WAIT = 15_000


@pytest.fixture
def runner() -> Iterator[Runner]:
    r = Runner()
    yield r
    r.shutdown(wait=True)


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> FakeBoxes:
    """The one installed plugin: a fake pre-annotation of images (and a broken plugin)."""
    boxes = FakeBoxes(bad=frozenset({1}))
    plugin = Plugin("fake", "Fake models", preannotators=(boxes,))
    loaded = [
        Loaded("broken", "labeler-broken", "0.1", error="ImportError: no module"),
        Loaded("fake", "labeler-fake", "1.0", plugin=plugin),
    ]
    monkeypatch.setattr(preannotate, "loaded_plugins", lambda: loaded)
    monkeypatch.setenv("LABELER_DATA_DIR", str(tmp_path / "data"))
    return boxes


@pytest.fixture
def ws(qtbot: QtBot, runner: Runner, server: LiveServer, lead: User) -> Iterator[LeadWorkspace]:
    api = TaskServer(server.url, lead.token)
    widget = LeadWorkspace(runner, api, lead.username)
    qtbot.addWidget(widget)
    widget.resize(1366, 740)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    yield widget
    api.close()


def opened(qtbot: QtBot, ws: LeadWorkspace, project_id: str) -> PreannotateDialog:
    ws.activate()
    qtbot.waitUntil(lambda: ws.project_list.busy.isHidden() and ws._loaded, timeout=WAIT)
    ws.project_list.select(project_id)
    ws.choose_project(project_id)
    ws.project_list.focus_list()
    qtbot.keyClick(
        ws.project_list.table,
        Qt.Key.Key_M,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = ws.preannotate_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.run_button.isEnabled(), timeout=WAIT)
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT)
    assert dialog.plugin_box.hasFocus()
    return dialog


def test_a_run_by_keys_with_progress_and_a_summary(
    qtbot: QtBot, ws: LeadWorkspace, lead: User, server: LiveServer, fake: FakeBoxes
) -> None:
    project_id, _ids = project_with_pictures(lead.caller, 4)
    answered = answer_first(User(server, ["annotator"]), project_id)
    dialog = opened(qtbot, ws, project_id)
    assert [dialog.plugin_box.itemText(i) for i in range(dialog.plugin_box.count())] == [
        "Fake boxes (Fake models)"
    ]
    progress: list[tuple[int, int]] = []
    dialog.progressed.connect(lambda d, t: progress.append((d, t)))
    ran: list[Any] = []
    dialog.finished_run.connect(ran.append)
    qtbot.keyClick(dialog.plugin_box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(ran), timeout=WAIT)
    summary = ran[0]
    assert progress[-1] == (3, 3) and not dialog.running
    assert (summary.updated, summary.answered, summary.problem_count) == (2, 1, 1)
    assert dialog.result.text() == (
        "2 items got a proposal. Of the 4 items: got a proposal: 2; skipped, answered: 1; "
        "failed (problems below): 1."
    )
    assert dialog.problems.count() == 1 and fake.seen[1].id in dialog.problems.item(0).text()
    assert dialog.cancel_button.text() == "Close" and dialog.cancel_button.hasFocus()
    assert item_json(lead.caller, fake.seen[0].id)["prefill_confidence"] == pytest.approx(0.9)
    assert item_json(lead.caller, answered).get("prefill") is None
    qtbot.keyClick(dialog.cancel_button, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: ws.preannotate_dialog is None, timeout=WAIT)


def test_cancel_stops_the_run_and_keeps_what_was_sent(
    qtbot: QtBot, ws: LeadWorkspace, lead: User, fake: FakeBoxes
) -> None:
    fake.bad = frozenset()
    project_id, _ids = project_with_pictures(lead.caller, 6)
    reached, go = threading.Event(), threading.Event()

    def hold(n: int) -> None:
        if n == 1:
            reached.set()
            go.wait(WAIT / 1000)

    fake.on_item = hold
    dialog = opened(qtbot, ws, project_id)
    ran: list[Any] = []
    dialog.finished_run.connect(ran.append)
    dialog.run_button.click()
    qtbot.waitUntil(reached.is_set, timeout=WAIT)
    assert dialog.running and dialog.cancel_button.text() == "Cancel"
    assert not dialog.plugin_box.isEnabled() and not dialog.run_button.isEnabled()
    dialog.cancel_button.click()
    assert dialog.done_label.text() == "Cancelling: sending what was proposed…"
    go.set()
    qtbot.waitUntil(lambda: bool(ran), timeout=WAIT)
    summary = ran[0]
    assert summary.cancelled and summary.updated == 2 and summary.done == 2
    assert dialog.result.text() == (
        "2 items got a proposal. Of the 6 items: got a proposal: 2; not reached: 4. "
        "Cancelled after 2 of 6 items; the proposals made were sent."
    )
    sent = [item_json(lead.caller, v.id).get("prefill") is not None for v in fake.seen]
    assert sent == [True, True]


@pytest.mark.parametrize("how", ["escape", "close"])
def test_escape_or_closing_cancels_the_run_and_shows_its_summary(
    qtbot: QtBot, ws: LeadWorkspace, lead: User, fake: FakeBoxes, how: str
) -> None:
    """Esc (or the window's close) during a run asks nothing: the run is cancelled, what
    it proposed is kept, the dialog stays with a summary whose counts add up and match
    the progress shown; the next Esc closes it."""
    fake.bad = frozenset()
    project_id, _ids = project_with_pictures(lead.caller, 8)
    reached, go = threading.Event(), threading.Event()

    def hold(n: int) -> None:
        if n == 2:
            reached.set()
            go.wait(WAIT / 1000)

    fake.on_item = hold
    dialog = opened(qtbot, ws, project_id)
    shown: list[str] = []
    dialog.progressed.connect(lambda d, t: shown.append(dialog.done_label.text()))
    ran: list[Any] = []
    dialog.finished_run.connect(ran.append)
    qtbot.keyClick(dialog.plugin_box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(reached.is_set, timeout=WAIT)
    qtbot.waitUntil(lambda: dialog.done_label.text() == "2 of 8 items", timeout=WAIT)
    if how == "escape":
        qtbot.keyClick(dialog.cancel_button, Qt.Key.Key_Escape)
    else:
        dialog.close()
    assert dialog.isVisible() and ws.preannotate_dialog is dialog
    assert dialog.done_label.text() == "Cancelling: sending what was proposed…"
    go.set()
    qtbot.waitUntil(lambda: bool(ran), timeout=WAIT)
    summary = ran[0]
    # The third item's proposal came as Esc was pressed: it is sent, and counted reached.
    assert (summary.updated, summary.done, summary.not_reached) == (3, 3, 5)
    assert sum(summary.partition().values()) == summary.items == 8
    assert dialog.result.text() == (
        "3 items got a proposal. Of the 8 items: got a proposal: 3; not reached: 5. "
        "Cancelled after 3 of 8 items; the proposals made were sent."
    )
    assert dialog.isVisible() and not dialog.running and dialog.cancel_button.hasFocus()
    sent = [item_json(lead.caller, v.id).get("prefill") is not None for v in fake.seen]
    assert sent == [True, True, True]
    qtbot.keyClick(dialog.cancel_button, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: ws.preannotate_dialog is None, timeout=WAIT)


def test_a_run_that_proposes_nothing_says_why(
    qtbot: QtBot, ws: LeadWorkspace, lead: User, server: LiveServer, fake: FakeBoxes
) -> None:
    """Every item answered: the summary says nothing was left and what to do."""
    project_id, _ids = project_with_pictures(lead.caller, 1)
    answer_first(User(server, ["annotator"]), project_id)
    dialog = opened(qtbot, ws, project_id)
    ran: list[Any] = []
    dialog.finished_run.connect(ran.append)
    dialog.run_button.click()
    qtbot.waitUntil(lambda: bool(ran), timeout=WAIT)
    assert dialog.result.text().startswith(
        "No item got a proposal. Every item is answered or a gold item"
    )
    assert dialog.result.text().endswith("Of the 1 item: skipped, answered: 1.")
    assert fake.seen == []
    dialog.reject()


def test_no_pre_annotation_for_the_media_says_so(
    qtbot: QtBot, ws: LeadWorkspace, lead: User, fake: FakeBoxes
) -> None:
    fake.media = frozenset({"audio"})
    project_id, _ids = project_with_pictures(lead.caller, 1)
    ws.activate()
    qtbot.waitUntil(lambda: ws.project_list.busy.isHidden() and ws._loaded, timeout=WAIT)
    ws.choose_project(project_id)
    ws.preannotate_project()
    dialog = ws.preannotate_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: bool(dialog.note.text()), timeout=WAIT)
    assert dialog.loading.isHidden()
    assert dialog.note.text().startswith("No installed plugin offers pre-annotation of image")
    assert not dialog.run_button.isEnabled()
    dialog.reject()


def test_its_key_is_the_workspaces_own(ws: LeadWorkspace, runner: Runner) -> None:
    """The gold page hosted beside the pages has Ctrl+Shift+P (promote): pre-annotation
    takes a key of its own, so each key does one thing wherever the keyboard is."""
    from labeler.ui.lead.gold.page import GoldPage

    gold = GoldPage(runner, ws.client.server)
    keys = {k for a in ws.actions() for k in a.keys}
    page_keys = {k for a in gold.page_actions() for k in a.keys}
    assert "Ctrl+Shift+M" in keys and "Ctrl+Shift+M" not in page_keys
    gold.deleteLater()
