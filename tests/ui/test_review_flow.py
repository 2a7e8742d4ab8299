"""The review workspace against a real `labeler serve`: the queue loads and filters, the
side-by-side view follows the selection, and the keyboard flow (J/K/Down/Up, A, R with a
reason) ends with the decisions on the server; a decision made while the server is down
waits and is sent once it is back; a refused one is shown, never lost."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from labeler.client.api import TaskServer
from labeler.ui.review import ReviewWorkspace
from labeler.ui.review.decisions import Decision
from labeler.ui.review.filters import remembered
from labeler.ui.review.model import COLUMNS
from labeler.ui.review.reject import RejectDialog
from labeler.ui.tasks import Runner
from tests.client.conftest import LiveServer, User
from tests.client.test_reviewing import ReviewWorld, review_world

pytestmark = pytest.mark.slow
WAIT = 20_000
STATUS = COLUMNS.index("Status")


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    server = LiveServer(tmp_path_factory.mktemp("review-server"))
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def world(live: LiveServer) -> ReviewWorld:
    return review_world(live)


@pytest.fixture
def open_workspace(qtbot, tmp_path: Path, live: LiveServer) -> Iterator[Any]:
    made: list[tuple[ReviewWorkspace, Runner]] = []

    def make(user: User) -> ReviewWorkspace:
        runner = Runner()
        workspace = ReviewWorkspace(
            runner,
            TaskServer(live.url, user.token, retries=0, timeout=(2.0, 10.0)),
            user.username,
            media_root=tmp_path / "media",
        )
        qtbot.addWidget(workspace)
        workspace.install_keys()  # the main window puts them on its own keymap
        workspace.resize(1366, 768)
        workspace.show()
        qtbot.waitExposed(workspace)
        workspace.activateWindow()
        qtbot.waitUntil(lambda: is_active(workspace))
        made.append((workspace, runner))
        return workspace

    yield make
    for workspace, runner in made:
        workspace.hide()
        runner.shutdown(wait=True)


def is_active(widget: QWidget) -> bool:
    """Whether `widget`'s window is the active one, with the keyboard focus inside it."""
    focus = QApplication.focusWidget()
    window = widget.window()
    return QApplication.activeWindow() is window and focus is not None and focus.window() is window


def submissions_of(live: LiveServer, world: ReviewWorld, item_id: str) -> dict[str, Any]:
    r = requests.get(
        f"{live.url}/items/{item_id}",
        headers={"Authorization": f"Bearer {world.reviewer.token}"},
        timeout=10,
    )
    r.raise_for_status()
    return {s["user"]["username"]: s for s in r.json()["submissions"]}


def choose(combo: Any, value: Any) -> None:
    combo.setCurrentIndex(combo.findData(value))


def loaded_for(workspace: ReviewWorkspace, project_id: str) -> bool:
    loaded = workspace.side.loaded
    return loaded is not None and loaded.project_id == project_id and workspace._busy == 0


def current_user(workspace: ReviewWorkspace) -> str:
    row = workspace.queue.current()
    return row.entry.user if row else ""


def test_queue_and_side_by_side_follow_the_filters(
    qtbot, live: LiveServer, world: ReviewWorld, open_workspace: Any
) -> None:
    workspace = open_workspace(world.reviewer)
    workspace.activate()
    qtbot.waitUntil(lambda: workspace.queue.project.count() >= 4, timeout=WAIT)
    choose(workspace.queue.project, world.image_project)
    qtbot.waitUntil(lambda: loaded_for(workspace, world.image_project), timeout=WAIT)
    assert workspace.queue.model.rowCount() == 3
    assert [p.spec.title for p in workspace.side.panes][0] == "Consensus (suggested)"
    assert len(workspace.side.panes) == 4
    qtbot.waitUntil(
        lambda: not workspace.side.zoom.canvases()[0].image_item.image().isNull(), timeout=WAIT
    )
    names = {u.username for u in world.annotators}
    qtbot.waitUntil(lambda: workspace.queue.annotator.count() == 4, timeout=WAIT)
    offered = {workspace.queue.annotator.itemData(i) for i in range(1, 4)}
    assert offered == names
    choose(workspace.queue.status, "accepted")
    qtbot.waitUntil(
        lambda: (
            workspace.side.loaded is not None
            and workspace.side.loaded.detail.item.id == world.gold_item
        ),
        timeout=WAIT,
    )
    assert workspace.side.panes[0].spec.title == "Gold"
    assert remembered(live.url, world.reviewer.username).status == "accepted"
    # A new workspace in the same session starts with the same filters.
    again = open_workspace(world.reviewer)
    assert again.queue.filters().status == "accepted"
    assert again.queue.filters().project_id == world.image_project
    choose(workspace.queue.status, "pending")


def test_keyboard_flow_accept_reject_next_previous(
    qtbot, live: LiveServer, world: ReviewWorld, open_workspace: Any
) -> None:
    workspace = open_workspace(world.reviewer)
    workspace.queue.set_filters(workspace.queue.filters().with_project(world.image_project))
    workspace.activate()
    qtbot.waitUntil(lambda: loaded_for(workspace, world.image_project), timeout=WAIT)
    table = workspace.queue.table
    first, second, third = (u.username for u in world.annotators)
    assert current_user(workspace) == first
    assert workspace.side.panes[1].current
    qtbot.keyClick(table, Qt.Key.Key_J)
    assert current_user(workspace) == second and workspace.side.panes[2].current
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert current_user(workspace) == third
    qtbot.keyClick(table, Qt.Key.Key_K)
    qtbot.keyClick(table, Qt.Key.Key_Up)
    assert current_user(workspace) == first

    qtbot.keyClick(table, Qt.Key.Key_A)  # accept, and on to the next pending
    assert current_user(workspace) == second
    qtbot.waitUntil(
        lambda: submissions_of(live, world, world.image_item)[first]["status"] == "accepted",
        timeout=WAIT,
    )
    qtbot.waitUntil(lambda: "Accepted the submission" in workspace.status_line.text(), timeout=WAIT)

    qtbot.keyClick(table, Qt.Key.Key_R)
    dialog = workspace.reject_dialog
    assert isinstance(dialog, RejectDialog)
    # Keys go to the dialog only once it is the active window; offscreen, its activation
    # comes as a queued event that would otherwise land after the dialog is gone.
    qtbot.waitUntil(lambda: is_active(dialog))
    qtbot.keyClick(dialog.reasons, Qt.Key.Key_2)
    dialog.comment.setFocus()
    qtbot.keyClicks(dialog.comment, "The yellow bus is no car")
    qtbot.keyClick(dialog.comment, Qt.Key.Key_Return)
    assert current_user(workspace) == third
    # Its keys need it active again: a window manager would hand the activation back,
    # offscreen there is none.
    workspace.activateWindow()
    qtbot.waitUntil(lambda: is_active(workspace))

    def rejected() -> bool:
        sub = submissions_of(live, world, world.image_item)[second]
        return sub["status"] == "rejected"

    qtbot.waitUntil(rejected, timeout=WAIT)
    review = submissions_of(live, world, world.image_item)[second]["review"]
    assert (review["reason"], review["comment"]) == ("Missed objects", "The yellow bus is no car")

    qtbot.keyClick(table, Qt.Key.Key_R)
    escaped = workspace.reject_dialog
    assert escaped is not None
    qtbot.waitUntil(lambda: is_active(escaped))
    qtbot.keyClick(escaped.reasons, Qt.Key.Key_Escape)  # cancelled: nothing sent
    assert current_user(workspace) == third
    assert submissions_of(live, world, world.image_item)[third]["status"] == "pending"
    rows = workspace.queue.model.rows()
    qtbot.waitUntil(lambda: workspace.queue.model.rows()[1].entry.status == "rejected")
    assert [r.entry.status for r in workspace.queue.model.rows()][:1] == ["accepted"]
    assert len(rows) == 3 and workspace.queue.model.pending_count() == 1
    assert workspace.side.panes[1].info.text().startswith("accepted")


def test_a_decision_waits_while_the_server_is_down(
    qtbot, live: LiveServer, world: ReviewWorld, open_workspace: Any
) -> None:
    workspace = open_workspace(world.reviewer)
    workspace.queue.set_filters(workspace.queue.filters().with_project(world.text_project))
    workspace.activate()
    qtbot.waitUntil(lambda: loaded_for(workspace, world.text_project), timeout=WAIT)
    row = workspace.queue.current()
    assert row is not None
    target = row.entry
    live.stop()
    try:
        qtbot.keyClick(workspace.queue.table, Qt.Key.Key_A)
        qtbot.waitUntil(lambda: "not sent yet" in workspace.status_line.text(), timeout=WAIT)
        index = workspace.queue.model.find(target.id)
        assert workspace.queue.model.index(index, STATUS).data() == "Accept waiting to send"
        assert workspace.decisions.unsent() == 1
    finally:
        live.start()
    qtbot.keyClick(workspace.queue.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: workspace.decisions.unsent() == 0, timeout=WAIT)
    assert submissions_of(live, world, world.text_item)[target.user]["status"] == "accepted"
    assert workspace.queue.model.index(index, STATUS).data() == "✓ Accepted"


def test_reviewing_ones_own_submission_is_refused_and_shown(
    qtbot, live: LiveServer, world: ReviewWorld, open_workspace: Any
) -> None:
    workspace = open_workspace(world.both)
    workspace.queue.set_filters(workspace.queue.filters().with_project(world.audio_project))
    workspace.activate()
    qtbot.waitUntil(lambda: loaded_for(workspace, world.audio_project), timeout=WAIT)
    assert world.both.username not in {r.entry.user for r in workspace.queue.model.rows()}
    own = world.submissions[(world.both.username, world.audio_item)]
    refused: list[str] = []
    workspace.decisions.refused.connect(lambda _d, message: refused.append(message))
    workspace.decisions.send(Decision(own, "accept"))
    qtbot.waitUntil(lambda: bool(refused), timeout=WAIT)
    assert "your own submission" in workspace.status_line.text()
    assert submissions_of(live, world, world.audio_item)[world.both.username]["status"] == (
        "pending"
    )
