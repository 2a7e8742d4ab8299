"""History offline (Ctrl+H): what this workbench knows shows at once, from one read of the
local store, never "0 submissions" while the server is asked; the server's answer merges
in when it comes, and when it cannot come the page says it shows what is known here.

A real `Workspace` against a scripted server that hangs like a mobile link with no route;
the window's history flow on a small host with the same parts as the window."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from labeler.client.workspace import Workspace
from labeler.ui.pages.history import HistoryPage
from labeler.ui.pages.history_flow import HistoryFlow
from labeler.ui.tasks import Runner
from tests.client.conftest import FAST_API, FAST_ENGINE, Recorder, wait_for
from tests.client.fakeserver import Canned, FakeServer, fake_server
from tests.client.test_sync_fake import PROJECT, SCHEMA, batch

HISTORY = "/api/v1/submissions?mine=true&limit=50"
HANG = 3.0  # seconds the server takes to answer the history: far more than one store read
BUSY = Canned(503, {"error": {"code": "unavailable", "message": "Busy."}}, {"Retry-After": "300"})
OLD = {
    "id": "s-old",
    "item_id": "i-old",
    "project_id": "p",
    "status": "accepted",
    "submitted_at": "2026-03-01T09:00:00Z",
    "active_ms": 5000,
}


class Host(QWidget):
    """What `HistoryFlow` uses of the window: pages, the history page, a runner."""

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self.runner = Runner(self)
        self.project_names = {"p": "Sentiment"}
        self.projects = QWidget()
        self.history = HistoryPage()
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.projects)
        self.pages.addWidget(self.history)
        QVBoxLayout(self).addWidget(self.pages)


@pytest.fixture
def fake() -> Iterator[FakeServer]:
    with fake_server() as server:
        server.route("GET", "/api/v1/health", Canned(200, {"status": "ok", "version": "x"}))
        server.route("GET", "/api/v1/projects/p", Canned(200, PROJECT))
        server.route("GET", "/api/v1/projects/p/schema?version=1", Canned(200, SCHEMA))
        server.route("POST", "/api/v1/projects/p/batches", Canned(201, batch(3)), Canned(204))
        yield server


@pytest.fixture
def offline_with_two_answers(fake: FakeServer, tmp_path: Path) -> Iterator[Workspace]:
    """A workspace whose server went away after two answers: they wait in the outbox."""
    ws = Workspace.open(
        fake.url,
        "amir",
        "tok",
        listener=Recorder(),
        data_dir=tmp_path / "data",
        api_options=FAST_API,
        engine_options=FAST_ENGINE,
    )
    try:
        ws.open_project("p", batch_size=3)
        wait_for(lambda: ws.queue_status().ready_items == 3, what="the batch")
        fake.route("GET", "/api/v1/health", BUSY)  # the prober finds no way back
        ws.engine.connectivity.lost()
        wait_for(lambda: not ws.online)
        for _ in range(2):
            item = wait_for(ws.next_item, what="an item")
            ws.submit(item, {"mood": "good"}, started_at=datetime.now(UTC), active_ms=700)
        yield ws
    finally:
        ws.close()


def open_history(qtbot: Any, ws: Workspace) -> tuple[Host, list[str]]:
    host = Host(ws)
    qtbot.addWidget(host)
    host.resize(1366, 700)
    host.show()
    counts: list[str] = []
    set_text = host.history.count.setText
    host.history.count.setText = lambda text: (counts.append(text), set_text(text))[1]
    HistoryFlow(host).show()  # type: ignore[arg-type]
    return host, counts


def test_offline_the_local_history_shows_at_once_then_the_servers_merges_in(
    qtbot: Any, fake: FakeServer, offline_with_two_answers: Workspace
) -> None:
    ws = offline_with_two_answers
    page_json = {"submissions": [OLD], "next_cursor": None}
    fake.route("GET", HISTORY, Canned(200, page_json, delay=HANG))
    host, counts = open_history(qtbot, ws)
    page = host.history
    assert host.pages.currentWidget() is page

    # Long before the server answers: the two answers waiting here, said to be offline.
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=int(HANG * 1000 / 2))
    assert page.count.text() == "2 submissions"
    assert page.offline.isVisible() and page.busy.isVisible()  # the server is still asked
    assert not any(text.startswith("0 submissions") for text in counts), counts

    # The server's answer merges in: its own submission under the ones only here.
    qtbot.waitUntil(lambda: not page.busy.isVisible(), timeout=int(HANG * 1000 * 3))
    assert page.model.rowCount() == 3 and page.count.text() == "3 submissions"
    assert not page.offline.isVisible()
    assert page.selected_row() is not None and page.selected_row().state == "waiting"
    assert not any(text.startswith("0 submissions") for text in counts), counts


def test_offline_when_the_server_cannot_answer_what_is_known_here_stays(
    qtbot: Any, fake: FakeServer, offline_with_two_answers: Workspace
) -> None:
    ws = offline_with_two_answers
    fake.route("GET", HISTORY, Canned(502, b"<html>Bad gateway</html>", delay=HANG / 3))
    host, counts = open_history(qtbot, ws)
    page = host.history
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=int(HANG * 1000 / 3))
    page.table.selectRow(1)  # the annotator looks at the older one meanwhile
    chosen = page.selected_row()
    qtbot.waitUntil(lambda: not page.busy.isVisible(), timeout=int(HANG * 1000 * 3))
    assert page.model.rowCount() == 2 and page.offline.isVisible()
    assert "showing what this workbench knows" in page.offline.text()
    assert page.selected_row() == chosen  # the answer did not move the selection
    assert not any(text.startswith("0 submissions") for text in counts), counts


def test_history_names_the_projects_when_the_list_was_never_read(
    qtbot: Any, fake: FakeServer, offline_with_two_answers: Workspace
) -> None:
    """A start straight back into a project (a restart, a language change) reads no
    project list, so History showed projects by their keys ("search-relevance"): it reads
    their names itself."""
    ws = offline_with_two_answers
    fake.route("GET", "/api/v1/projects", Canned(200, {"projects": [PROJECT]}))
    fake.route("GET", HISTORY, Canned(502, b"<html>Bad gateway</html>"))
    host = Host(ws)
    host.project_names = {}  # no list read since the start
    qtbot.addWidget(host)
    host.show()
    HistoryFlow(host).show()  # type: ignore[arg-type]
    page = host.history
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    qtbot.waitUntil(lambda: page.model.project_name("p") == "P")
    assert host.project_names == {"p": "P"}
