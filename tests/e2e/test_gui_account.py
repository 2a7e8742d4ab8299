"""End to end: signing in by the form, coming back without a password, signing out."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.e2e.test_gui_labeling import demo_server  # noqa: F401 (fixture)

pytestmark = pytest.mark.slow


def _window(qtbot: Any) -> Any:
    from labeler.client.settings import load_settings
    from labeler.client.trace import Trace
    from labeler.ui.window import MainWindow, Start

    window = MainWindow(load_settings().settings, Trace())
    qtbot.addWidget(window)
    window.show()
    window.start(Start())
    return window


@pytest.fixture
def url(
    demo_server: tuple[str, str],  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> str:
    """The demo server's URL, with a private data and config folder and no keyring (the
    token goes to the private file)."""
    import keyring
    from keyring.backends.fail import Keyring as NoKeyring

    monkeypatch.setenv("LABELER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("LABELER_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.delenv("LABELER_TRACE", raising=False)
    keyring.set_keyring(NoKeyring())
    return demo_server[0]


def test_sign_in_remember_and_sign_out(qtbot: Any, url: str) -> None:

    window = _window(qtbot)
    assert window.pages.currentWidget() is window.signin
    window.signin.sign_in_requested.emit(url, "demo", "wrong-password")
    qtbot.waitUntil(lambda: "Wrong" in window.signin.note.text(), timeout=15000)
    window.signin.sign_in_requested.emit(url, "demo", "labeler-demo")
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.projects, timeout=15000)
    qtbot.waitUntil(lambda: window.projects.current_project() is not None, timeout=15000)
    qtbot.keyClick(window.projects.list, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: window.labeling is not None and window.labeling.item is not None, timeout=30000
    )
    item_id = window.labeling.item.id
    window.close()

    # The token was kept: no sign-in screen, and straight back into the project left open,
    # on the same item.
    again = _window(qtbot)
    qtbot.waitUntil(lambda: again.labeling is not None and again.labeling.settled, timeout=30000)
    assert again.pages.currentWidget() is again.workbench
    assert again.labeling.item.id == item_id
    again.show_projects()  # Ctrl+P: the project is left, and the next start shows the list
    again.close()

    third = _window(qtbot)
    qtbot.waitUntil(lambda: third.pages.currentWidget() is third.projects, timeout=15000)
    third.account_flow.sign_out()
    assert third.pages.currentWidget() is third.signin
    third.close()

    fourth = _window(qtbot)
    assert fourth.pages.currentWidget() is fourth.signin
    fourth.close()


def test_two_profiles_switched_without_a_password(qtbot: Any, url: str) -> None:

    window = _window(qtbot)
    window.signin.sign_in_requested.emit(url, "demo", "labeler-demo")
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.projects, timeout=15000)
    assert "demo on" in window.windowTitle()

    window.account_flow.switch_profile()  # a second profile: another user of the same server
    assert window.pages.currentWidget() is window.signin
    assert window.signin.profiles.count() == 1
    window.signin.sign_in_requested.emit(url, "qa", "labeler-qa")
    qtbot.waitUntil(lambda: "qa on" in window.windowTitle(), timeout=15000)
    # A reviewer opens on Review.
    qtbot.waitUntil(
        lambda: window.pages.currentWidget() is window.spaces.get("review"), timeout=15000
    )

    window.account_flow.switch_profile()  # back to the first by picking it: its token was kept
    assert window.signin.profiles.count() == 2
    demo = next(
        window.signin.profiles.item(i)
        for i in range(window.signin.profiles.count())
        if "demo" in window.signin.profiles.item(i).text()
    )
    window.signin.profiles.setCurrentItem(demo)
    qtbot.keyClick(window.signin.profiles, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "demo on" in window.windowTitle(), timeout=15000)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.projects, timeout=15000)
    assert window.account == (url, "demo")
    window.close()
