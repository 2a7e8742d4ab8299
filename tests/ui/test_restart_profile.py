"""A language change builds the window again, in this process, in the profile in use
(switched to with Ctrl+Shift+O), not the one its command line named, back in the project
left open. (`tests/e2e/test_window_language_restart.py` runs it in a real process.)"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from keyring.backends.fail import Keyring as NoKeyring
from pytestqt.qtbot import QtBot

from labeler.client.credentials import TokenStore
from labeler.client.settings import Profile, Settings
from labeler.client.trace import Trace
from labeler.ui import i18n
from labeler.ui.app import Restarts
from labeler.ui.window import MainWindow, Start
from tests.ui.conftest import compile_translations

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


def test_the_restart_names_the_profile_in_use(qtbot: QtBot, tmp_path: Path) -> None:
    window, _opened = _window(qtbot, tmp_path)
    window.account_flow.account = (SERVER, "demo")  # switched to from lead, the command line's
    asked: list[str] = []
    window.restart_wanted.connect(asked.append)
    window.account_flow.restart()
    assert asked == [DEMO]


def test_built_again_it_opens_that_profile_not_the_command_line_s(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window, opened = _window(qtbot, tmp_path)
    window.start(Start(SERVER, "token-of-lead", "lead", profile=DEMO))
    assert opened == [(SERVER, "demo", "token-of-demo")]
    assert window._pending_project == "compare-answers"  # back in the project left open
    assert window.settings.last_profile == DEMO


def test_a_start_on_a_server_and_token_goes_back_into_the_project_left_open_there(
    qtbot: QtBot, tmp_path: Path
) -> None:
    # `labeler demo` (and --server/--token): its profile is in no list of profiles; closed
    # (Ctrl+Q) or built again for a language change inside a project, it comes back to it.
    window, opened = _window(qtbot, tmp_path)
    window.settings.profiles = []
    window.start(Start(SERVER, "token-of-demo", "demo"))
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    assert opened == [(SERVER, "demo", "token-of-demo")]
    assert window._pending_project == "compare-answers"


def test_the_project_the_command_line_names_comes_first(qtbot: QtBot, tmp_path: Path) -> None:
    window, opened = _window(qtbot, tmp_path)
    window.start(Start(SERVER, "token-of-demo", "demo", "rank-answers"))
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    assert window._pending_project == "rank-answers"


def test_a_profile_without_its_token_starts_as_the_command_line_says(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window, opened = _window(qtbot, tmp_path)
    window.start(Start(profile=f"qa on {SERVER}"))  # not a known profile
    assert opened == []
    assert window.pages.currentWidget() is window.signin


def test_the_window_is_built_again_in_this_process_in_the_new_language(
    qtbot: QtBot, qapp: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    compile_translations()
    window, _opened = _window(qtbot, tmp_path)
    window.show()
    window.account_flow.account = (SERVER, "demo")
    quits: list[bool] = []
    monkeypatch.setattr(qapp, "quit", lambda: quits.append(True))
    # The command line named a project; the annotator has moved on to another since.
    restarts = Restarts(qapp, window, Start(SERVER, "token-of-lead", "lead", "street-scenes"))
    started: list[Start] = []
    monkeypatch.setattr(MainWindow, "start", lambda self, start: started.append(start))
    window.settings.language = "ur"
    try:
        window.account_flow.restart()
        rebuilt = restarts.window
        qtbot.addWidget(rebuilt)
        assert rebuilt is not window and rebuilt.isVisible() and not window.isVisible()
        assert i18n.language() == "ur"
        assert rebuilt.settings is window.settings
        # The profile in use, into the project in use (kept under it), not the start's.
        assert started == [Start(SERVER, "token-of-lead", "lead", profile=DEMO)]
        assert quits == []  # the old window closing does not end the application
        rebuilt.close()
        assert quits == [True]  # the one shown does
    finally:
        i18n.install(qapp, "en")
        qapp.setQuitOnLastWindowClosed(True)
