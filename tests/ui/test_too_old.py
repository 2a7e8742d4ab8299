"""A workbench older than its task server takes says so in plain words, with what to do,
and goes no further: at sign-in (the password is not sent) and when it opens with a kept
token (no project opens, nothing uploads or leases)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from labeler.client import versions
from labeler.client.settings import Settings
from labeler.client.trace import Trace
from labeler.ui.window import MainWindow, Start
from tests.client.fakeserver import Canned, FakeServer, fake_server
from tests.client.test_sync_fake import PROJECT, SCHEMA, batch

SAID = (
    "This task server needs labeler 1.4 or newer; this is 1.2. Ask your team lead for the new"
    " version, or download it from https://tasks.example.org/labeler"
)


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[FakeServer]:
    monkeypatch.setenv("LABELER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("LABELER_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setattr(versions, "this_version", lambda: "1.2")
    with fake_server() as server:
        health = {
            "status": "ok",
            "version": "1.5",
            "min_workbench_version": "1.4",
            "workbench_download_url": "https://tasks.example.org/labeler",
        }
        server.route("GET", "/api/v1/health", Canned(200, health))
        server.route("GET", "/api/v1/projects", Canned(200, {"projects": [PROJECT]}))
        server.route("GET", "/api/v1/projects/p", Canned(200, PROJECT))
        server.route("GET", "/api/v1/projects/p/schema?version=1", Canned(200, SCHEMA))
        server.route("POST", "/api/v1/projects/p/batches", Canned(201, batch(3)))
        yield server


def _window(qtbot: QtBot) -> MainWindow:
    window = MainWindow(Settings(), Trace())
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_signing_in_says_the_workbench_is_too_old_and_sends_no_password(
    qtbot: QtBot, fake: FakeServer
) -> None:
    window = _window(qtbot)
    window.start(Start())
    assert window.pages.currentWidget() is window.signin
    window.signin.sign_in_requested.emit(fake.url, "amir", "a-password")
    qtbot.waitUntil(lambda: SAID in window.signin.note.text())
    assert window.pages.currentWidget() is window.signin and window.workspace is None
    assert fake.requests("POST", "/api/v1/auth/token") == []


def test_opening_with_a_kept_token_says_so_in_place_of_the_work(
    qtbot: QtBot, fake: FakeServer
) -> None:
    window = _window(qtbot)
    window.start(Start(fake.url, "tok", "amir", "p"))
    qtbot.waitUntil(lambda: window.too_old.text is not None, timeout=10_000)
    assert window.pages.currentWidget() is window.workbench
    assert window.workbench.message.text() == SAID
    assert window.workbench.stack.currentWidget() is window.workbench.message
    window.show_projects()  # the list of what this computer holds is still there …
    window.open_project("p")  # … but no project opens
    assert window.pages.currentWidget() is window.workbench
    assert window.workbench.message.text() == SAID
    qtbot.wait(300)
    assert fake.requests("POST", "/api/v1/projects/p/batches") == []
    assert fake.requests("POST", "/api/v1/submissions") == []


def test_a_server_that_takes_this_workbench_opens_as_ever(
    qtbot: QtBot, fake: FakeServer, monkeypatch: Any
) -> None:
    monkeypatch.setattr(versions, "this_version", lambda: "1.4")
    window = _window(qtbot)
    window.start(Start(fake.url, "tok", "amir", "p"))
    leased = "/api/v1/projects/p/batches"
    qtbot.waitUntil(lambda: bool(fake.requests("POST", leased)), timeout=10_000)
    assert window.too_old.text is None
