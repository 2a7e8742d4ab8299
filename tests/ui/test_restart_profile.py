"""A language change restarts the workbench in the profile in use (switched to with
Ctrl+Shift+O), not the one its command line named, back in the project left open."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from keyring.backends.fail import Keyring as NoKeyring
from pytestqt.qtbot import QtBot

from labeler.client.credentials import TokenStore
from labeler.client.settings import Profile, Settings
from labeler.client.trace import Trace
from labeler.ui import preferences
from labeler.ui.preferences import RESUME_PROFILE
from labeler.ui.window import MainWindow, Start

SERVER = "http://127.0.0.1:39299"
DEMO = f"demo on {SERVER}"


def _window(qtbot: QtBot, tmp_path: Path) -> tuple[MainWindow, list[tuple[str, str, str]]]:
    settings = Settings(
        profiles=[
            Profile(f"lead on {SERVER}", SERVER, "lead"),
            Profile(DEMO, SERVER, "demo"),
        ],
        last_project={DEMO: "compare-answers"},
    )
    window = MainWindow(settings, Trace())
    qtbot.addWidget(window)
    window.account_flow.tokens = TokenStore(tmp_path, NoKeyring())
    window.tokens.set(SERVER, "demo", "token-of-demo")
    opened: list[tuple[str, str, str]] = []
    window.account_flow.open_workspace = lambda *args: opened.append(args)  # type: ignore[method-assign]
    return window, opened


def test_the_restart_names_the_profile_in_use(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, _opened = _window(qtbot, tmp_path)
    window.account_flow.account = (SERVER, "demo")  # switched to from lead, the command line's
    asked: list[str | None] = []
    monkeypatch.setattr(preferences, "start_again", lambda profile=None: asked.append(profile))
    monkeypatch.setattr(window, "close", lambda: True)
    window.account_flow.restart()
    assert asked == [DEMO]


def test_the_new_process_is_told_the_profile(monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[dict[str, Any]] = []

    class Process:
        def setProgram(self, program: str) -> None:  # noqa: N802 (Qt)
            self.program = program

        def setArguments(self, arguments: list[str]) -> None:  # noqa: N802 (Qt)
            self.arguments = arguments

        def setProcessEnvironment(self, environment: Any) -> None:  # noqa: N802 (Qt)
            self.environment = environment

        def startDetached(self) -> bool:  # noqa: N802 (Qt): as PySide6 gives it
            started.append({"env": self.environment.value(RESUME_PROFILE), "args": self.arguments})
            return True

    monkeypatch.setattr(preferences, "QProcess", Process)
    monkeypatch.setattr(
        preferences, "restart_command", lambda: ("python", ["demo", "--user", "lead"])
    )
    assert preferences.start_again(DEMO)
    assert started == [{"env": DEMO, "args": ["demo", "--user", "lead"]}]


def test_started_again_it_opens_that_profile_not_the_command_line_s(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, opened = _window(qtbot, tmp_path)
    monkeypatch.setenv(RESUME_PROFILE, DEMO)
    window.start(Start(SERVER, "token-of-lead", "lead"))
    assert opened == [(SERVER, "demo", "token-of-demo")]
    assert window._pending_project == "compare-answers"  # back in the project left open
    assert window.settings.last_profile == DEMO
    assert RESUME_PROFILE not in os.environ  # a later start of its own is not resumed


def test_a_profile_without_its_token_starts_as_the_command_line_says(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, opened = _window(qtbot, tmp_path)
    monkeypatch.setenv(RESUME_PROFILE, f"qa on {SERVER}")  # not a known profile
    window.start(Start())
    assert opened == []
    assert window.pages.currentWidget() is window.signin


def test_the_new_process_really_starts(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With Qt's own QProcess (a stand-in once hid that PySide6's startDetached() returns a
    bool, and unpacking it raised TypeError: the language change never restarted)."""
    marker = tmp_path / "started"
    monkeypatch.setattr(
        preferences,
        "restart_command",
        lambda: ("/bin/sh", ["-c", f'echo "${RESUME_PROFILE}" > {marker}']),
    )
    assert preferences.start_again(DEMO) is True
    qtbot.waitUntil(lambda: marker.is_file() and marker.read_text().strip() == DEMO, timeout=10_000)
