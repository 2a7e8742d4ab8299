"""End to end: the network goes away mid-batch. The annotator keeps answering the items
fetched ahead, the window says it is offline, and every answer reaches the server once it
is back on the same address."""

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
    qtbot.waitUntil(lambda: session.item is not None and not session._submitting, timeout=15000)
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

    server.start()
    qtbot.waitUntil(lambda: window.workspace.online, timeout=60000)
    qtbot.waitUntil(lambda: len(_mine(server.url, server.token)) == len(answered), timeout=60000)
    mine = _mine(server.url, server.token)
    assert sorted(s["item_id"] for s in mine) == sorted(answered)
    assert len({s["id"] for s in mine}) == len(answered)
    window.close()
