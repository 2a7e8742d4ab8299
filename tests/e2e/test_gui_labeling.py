"""End to end: the workbench window against `labeler serve` with the demo data.

The window opens straight into a project (`--server/--token/--project`), the annotator
answers items by keyboard alone, and the server ends with exactly those submissions.
"""

from __future__ import annotations

import json
import os
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

pytestmark = pytest.mark.slow


def _labeler(*args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "labeler.cli", *args], check=True, capture_output=True, text=True
    )
    return done.stdout


@pytest.fixture
def demo_server(tmp_path: Path) -> Iterator[tuple[str, str]]:
    db = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    media = str(tmp_path / "media")
    _labeler("seed-demo", "--database", db, "--media", media)
    token = _labeler("admin", "token", "demo", "--database", db).strip()
    port = free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "labeler.cli",
            "serve",
            "--database",
            db,
            "--media",
            media,
            "--port",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if requests.get(f"{url}/api/v1/health", timeout=1).ok:
                    break
            except requests.ConnectionError:
                time.sleep(0.1)
        yield url, token
    finally:
        proc.terminate()
        proc.wait(timeout=20)


@pytest.fixture
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("LABELER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("LABELER_CONFIG_DIR", str(tmp_path / "config"))
    trace = tmp_path / "trace.jsonl"
    monkeypatch.setenv("LABELER_TRACE", str(trace))
    return trace


def _mine(url: str, token: str) -> list[dict[str, Any]]:
    r = requests.get(
        f"{url}/api/v1/submissions",
        params={"mine": "true", "limit": 200},
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    )
    r.raise_for_status()
    return list(r.json()["submissions"])


def _open_window(qtbot: Any, url: str, token: str, project: str) -> tuple[Any, Any]:
    """The workbench window at 1366x768, opened straight into `project`, and its trace."""
    from labeler.client.settings import load_settings
    from labeler.client.trace import open_trace
    from labeler.ui.window import MainWindow, Start

    trace = open_trace()
    window = MainWindow(load_settings().settings, trace)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.start(Start(url, token, None, project))
    return window, trace


def test_one_keystroke_per_item_reaches_the_server(
    qtbot: Any, demo_server: tuple[str, str], isolated: Path
) -> None:
    url, token = demo_server
    window, trace = _open_window(qtbot, url, token, "review-sentiment")
    labeling = lambda: window.labeling  # noqa: E731
    qtbot.waitUntil(lambda: labeling() is not None and labeling().item is not None, timeout=30000)

    answered = []
    for key in (Qt.Key.Key_1, Qt.Key.Key_3, Qt.Key.Key_2, Qt.Key.Key_1, Qt.Key.Key_3):
        session = labeling()
        qtbot.waitUntil(lambda s=session: s.item is not None and not s.submitting, timeout=15000)
        answered.append(session.item.id)
        qtbot.keyClick(window.workbench.editor, key)
        qtbot.waitUntil(
            lambda s=session, done=answered[-1]: s.item is None or s.item.id != done,
            timeout=15000,
        )

    qtbot.waitUntil(lambda: len(_mine(url, token)) >= len(answered), timeout=30000)
    mine = _mine(url, token)
    assert sorted(s["item_id"] for s in mine) == sorted(answered)
    window.close()
    trace.close()
    events = [json.loads(line) for line in isolated.read_text().splitlines()]
    kinds = [e["event"] for e in events]
    assert "startup" in kinds and kinds.count("submitted") == len(answered)
    shown = [e for e in events if e["event"] == "item_shown"]
    assert len(shown) >= len(answered) and all(e["latency_ms"] >= 0 for e in shown)
    assert os.environ["LABELER_TRACE"]


def test_a_second_project_is_traced_and_timed_like_the_first(
    qtbot: Any, demo_server: tuple[str, str], isolated: Path
) -> None:
    """After the project list, the next project still traces its paints, hears keys for
    the active clock, and shows no banner left over from the project before."""
    url, token = demo_server
    window, trace = _open_window(qtbot, url, token, "review-sentiment")
    qtbot.waitUntil(
        lambda: window.labeling is not None and window.labeling.item is not None, timeout=30000
    )
    session = window.labeling
    answered = session.item.id
    qtbot.keyClick(window.workbench.editor, Qt.Key.Key_1)  # one answer for the history
    qtbot.waitUntil(lambda: session.item is None or session.item.id != answered, timeout=15000)
    session.page.gold.show_verdict("s1", "an-item", {"passed": False, "score": 0.0}, False)
    assert not session.page.gold.isHidden()

    window.show_projects()
    window.open_project("news-entities")
    qtbot.waitUntil(
        lambda: (
            session.project is not None
            and session.project.project.id == "news-entities"
            and session.item is not None
        ),
        timeout=30000,
    )
    assert session.page.gold.isHidden()  # the other project's banner is gone
    first = session.item.id
    qtbot.waitUntil(
        lambda: any(
            json.loads(line).get("item_id") == first
            for line in isolated.read_text().splitlines()
            if '"item_shown"' in line
        ),
        timeout=15000,
    )
    heard: list[int] = []
    original = session.clock.activity
    session.clock.activity = lambda *args: (heard.append(1), original(*args))[1]
    qtbot.keyClick(window.workbench.editor, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert heard, "the active clock heard no key in the second project"

    window.show_history()  # the history reads the first project's answer, then goes back
    assert window.pages.currentWidget() is window.history
    qtbot.waitUntil(lambda: window.history.model.rowCount() > 0, timeout=15000)
    window.history.back_requested.emit()
    assert window.pages.currentWidget() is window.workbench
    window.close()
    trace.close()


def test_a_key_before_the_last_paint_never_shortens_a_traced_switch(
    qtbot: Any, demo_server: tuple[str, str], isolated: Path
) -> None:
    """A key that comes while the switch before it has not painted yet keeps that
    switch's start: the trace may overstate a switch, never hide one."""
    url, token = demo_server
    window, trace = _open_window(qtbot, url, token, "review-sentiment")
    qtbot.waitUntil(lambda: window.labeling is not None and window.labeling.settled, timeout=30000)
    session = window.labeling
    # As if the last switch, asked for 0.5 s ago, had not painted yet.
    session.watch.asked_at = time.perf_counter() - 0.5
    session.watch.paint_pending = True
    answered = session.item.id
    qtbot.keyClick(window.workbench.editor, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: session.settled and session.item.id != answered, timeout=15000)
    shown = session.item.id
    window.close()
    trace.close()
    events = [json.loads(line) for line in isolated.read_text().splitlines()]
    latency = [e["latency_ms"] for e in events if e["event"] == "item_shown"]
    mine = [e for e in events if e["event"] == "item_shown" and e["item_id"] == shown]
    assert mine and mine[-1]["latency_ms"] >= 500, latency
