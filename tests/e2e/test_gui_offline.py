"""End to end: the network goes away mid-batch. The annotator keeps answering the items
fetched ahead, the window says it is offline and offers "Retry now", the history shows
what this workbench knows at once, and every answer reaches the server within seconds of
its return on the same address."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from PySide6.QtCore import Qt

from labeler.server.commands import free_port
from tests.e2e.test_gui_labeling import _labeler, _mine

pytestmark = pytest.mark.slow


class Server:
    def __init__(self, tmp: Path) -> None:
        self.db = f"sqlite:///{tmp / 'demo.sqlite3'}"
        self.media = str(tmp / "media")
        _labeler("seed-demo", "--database", self.db, "--media", self.media)
        self.token = _labeler("admin", "token", "demo", "--database", self.db).strip()
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "labeler.cli",
                "serve",
                "--database",
                self.db,
                "--media",
                self.media,
                "--port",
                str(self.port),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if requests.get(f"{self.url}/api/v1/health", timeout=1).ok:
                    return
            except requests.ConnectionError:
                time.sleep(0.1)
        raise AssertionError("server did not start")

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            self.proc.wait(timeout=20)
            self.proc = None


@pytest.fixture
def server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Server]:
    monkeypatch.setenv("LABELER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("LABELER_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.delenv("LABELER_TRACE", raising=False)
    running = Server(tmp_path)
    running.start()
    try:
        yield running
    finally:
        running.stop()


def _answer(qtbot: Any, window: Any, key: Qt.Key) -> str:
    session = window.labeling
    qtbot.waitUntil(lambda: session.item is not None and not session.submitting, timeout=15000)
    item_id = str(session.item.id)
    qtbot.keyClick(window.workbench.editor, key)
    qtbot.waitUntil(lambda: session.item is None or session.item.id != item_id, timeout=15000)
    return item_id


def test_answers_made_offline_upload_when_the_server_is_back(qtbot: Any, server: Server) -> None:
    from labeler.client.settings import load_settings
    from labeler.client.trace import open_trace
    from labeler.ui.window import MainWindow, Start

    window = MainWindow(load_settings().settings, open_trace())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.start(Start(server.url, server.token, None, "review-sentiment"))
    qtbot.waitUntil(
        lambda: window.labeling is not None and window.labeling.item is not None, timeout=30000
    )
    answered = [_answer(qtbot, window, Qt.Key.Key_1) for _ in range(3)]
    qtbot.waitUntil(lambda: len(_mine(server.url, server.token)) == 3, timeout=30000)

    server.stop()
    answered += [_answer(qtbot, window, Qt.Key.Key_2) for _ in range(4)]
    qtbot.waitUntil(lambda: not window.workspace.online, timeout=30000)
    feedback = window.workbench.feedback
    qtbot.waitUntil(lambda: "Offline" in feedback.connection.text(), timeout=10000)
    assert window.workspace.tally().uploads_waiting >= 1

    # Ctrl+H: the seven answers at once, from this workbench, said to be offline.
    qtbot.keyClick(window.workbench.editor, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    history = window.history
    qtbot.waitUntil(lambda: history.model.rowCount() == 7, timeout=2000)
    assert history.offline.isVisible() and history.count.text() == "7 submissions"
    qtbot.waitUntil(lambda: not history.busy.isVisible(), timeout=30000)
    assert history.model.rowCount() == 7 and history.offline.isVisible()
    qtbot.keyClick(history.table, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.workbench, timeout=5000)

    # "Retry now", by mouse, while the server is still away: it says why not.
    assert feedback.retry.isVisible()
    assert "app.retry_connection" in {a.id for a in window.all_actions()}  # `?` lists it
    qtbot.mouseClick(feedback.retry, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Still offline" in feedback.connection.text(), timeout=15000)
    assert "refused" in feedback.connection.text() and feedback.retry.isVisible()

    server.start()  # returns once the server answers /health
    # Found by the prober (at most 4 s between probes), then one upload; 10 s is generous.
    qtbot.waitUntil(lambda: len(_mine(server.url, server.token)) == len(answered), timeout=10000)
    mine = _mine(server.url, server.token)
    assert sorted(s["item_id"] for s in mine) == sorted(answered)
    assert len({s["id"] for s in mine}) == len(answered)
    qtbot.waitUntil(lambda: window.workspace.online and not feedback.retry.isVisible())

    # The key asks too (online now: nothing waits).
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.workbench.editor, Qt.Key.Key_R, ctrl_shift)
    qtbot.waitUntil(lambda: feedback.connection.text() == "Online · all uploaded", timeout=15000)
    window.close()
