"""The status line speaks of the screen shown, and goes with it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.labeling import open_labeling


def test_a_status_message_goes_with_its_screen(labeling_window: Any) -> None:
    window = labeling_window("text")
    window.show_status("Draft discarded: Ctrl+Z brings it back.")
    assert window.status_line.text().startswith("Draft discarded")
    window.pages.setCurrentWidget(window.workbench)  # the same screen: it stays
    assert window.status_line.text().startswith("Draft discarded")
    window.pages.setCurrentWidget(window.history)
    assert window.status_line.text() == ""
    window.show_status("Could not read your history: offline")
    window.pages.setCurrentWidget(window.projects)
    assert window.status_line.text() == ""


def _key(qtbot: QtBot, session: Any, key: Qt.Key, mods: Any = Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(session.editor.view, key, mods)


def _answer(qtbot: QtBot, session: Any) -> None:
    done = session.item.id
    _key(qtbot, session, Qt.Key.Key_2)
    _key(qtbot, session, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.settled and session.item.id != done)


def test_a_status_message_goes_with_its_item(qtbot: QtBot, tmp_path: Path) -> None:
    window, session, workspace = open_labeling(qtbot, "text", tmp_path, count=8)
    session.status.connect(window.show_status)  # as the window wires its own session
    line = window.status_line
    _answer(qtbot, session)

    # A correction is saved: said over the current item, gone once the next one shows.
    _key(qtbot, session, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: session.back.active)
    _key(qtbot, session, Qt.Key.Key_3)
    _key(qtbot, session, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not session.back.active and session.settled)
    assert line.text() == "Correction saved: it replaces your earlier answer."
    _answer(qtbot, session)
    assert line.text() == ""

    # A contest sent: gone at the next item too.
    session.page.gold.contest_requested.emit(workspace.sent[0].id, "The captain is neutral.")
    qtbot.waitUntil(lambda: line.text() == "Your contest was sent to the project's lead.")
    _answer(qtbot, session)
    assert line.text() == ""

    # An earlier item brought back, and the current one again: each move clears it.
    window.show_status("Draft discarded: Ctrl+Z brings it back.")
    _key(qtbot, session, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: session.back.active)
    assert line.text() == ""


class _OpenedWorkspace:
    """What the window keeps of an opened workspace, without a server or a store."""

    def close(self) -> None:
        pass


def test_the_window_says_while_its_token_goes_in_the_clear(
    qtbot: QtBot, tmp_path: Path, monkeypatch: Any
) -> None:
    """Signed in to another machine over plain http://, the status bar says so for as long
    as the profile is open; https:// and this machine's own server say nothing."""
    from labeler.client.settings import Settings
    from labeler.client.trace import Trace
    from labeler.client.workspace import Workspace
    from labeler.ui.window import MainWindow

    monkeypatch.setenv("LABELER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("LABELER_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setattr(Workspace, "open", classmethod(lambda cls, *a, **k: _OpenedWorkspace()))
    window = MainWindow(Settings(), Trace())
    qtbot.addWidget(window)
    monkeypatch.setattr(window, "refresh_projects", lambda: None)  # nothing goes out
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    for url, host in (
        ("http://tasks.example.org:8470", "tasks.example.org"),
        ("https://tasks.example.org", None),
        ("http://127.0.0.1:8470", None),
    ):
        window.account_flow.open_workspace(url, "amina", "lbl_token")
        qtbot.waitUntil(lambda: window.workspace is not None)
        assert window.cleartext.isVisible() == (host is not None), url
        if host is not None:
            assert host in window.cleartext.text() and "Not encrypted" in window.cleartext.text()
            assert "token" in window.cleartext.toolTip()
        window.account_flow.close_workspace()
        assert not window.cleartext.isVisible()


def test_a_start_with_a_token_says_it_connects_instead_of_showing_the_sign_in_form(
    qtbot: QtBot, tmp_path: Path, monkeypatch: Any
) -> None:
    from labeler.client.settings import Settings
    from labeler.client.trace import Trace
    from labeler.server.commands import free_port
    from labeler.ui.window import MainWindow, Start

    monkeypatch.setenv("LABELER_DATA_DIR", str(tmp_path / "data"))
    window = MainWindow(Settings(), Trace())
    qtbot.addWidget(window)
    window.show()
    url = f"http://127.0.0.1:{free_port()}"  # nobody there
    window.start(Start(url, "lbl_token", None, "some-project"))
    assert window.pages.currentWidget() is window.workbench
    assert window.workbench.message.text().startswith(f"Connecting to {url}")
    # Nothing known of that server here: the sign-in form, saying why.
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.signin, timeout=30000)
    assert "Could not open that server" in window.signin.note.text()


def test_a_history_on_screen_is_read_again_when_the_outbox_or_connection_changes(
    qtbot: QtBot, monkeypatch: Any
) -> None:
    from labeler.client.settings import Settings
    from labeler.client.trace import Trace
    from labeler.ui import window as window_module
    from labeler.ui.pages.history_flow import HistoryFlow
    from labeler.ui.window import MainWindow

    monkeypatch.setattr(window_module, "HISTORY_REREAD_MS", 10)
    readings: list[str] = []
    monkeypatch.setattr(HistoryFlow, "refresh", lambda self: readings.append("read"))
    window = MainWindow(Settings(), Trace())
    qtbot.addWidget(window)
    window._history_reread.setInterval(10)
    window.listener.outbox_changed_.emit({"waiting": 0})  # no history shown: nothing read
    qtbot.wait(50)
    assert readings == []
    window.pages.setCurrentWidget(window.history)
    for _ in range(3):  # a burst of uploads is one reading
        window.listener.outbox_changed_.emit({"waiting": 0})
    qtbot.waitUntil(lambda: readings == ["read"], timeout=2000)
    window.listener.connection_changed_.emit(True)
    qtbot.waitUntil(lambda: readings == ["read", "read"], timeout=2000)


def test_a_dashboard_on_screen_is_read_again_when_the_connection_comes_back(
    qtbot: QtBot,
) -> None:
    from PySide6.QtWidgets import QWidget

    from labeler.client.settings import Settings
    from labeler.client.trace import Trace
    from labeler.ui.window import MainWindow

    class Dashboard(QWidget):
        readings = 0

        def refresh(self) -> None:
            self.readings += 1

    window = MainWindow(Settings(), Trace())
    qtbot.addWidget(window)
    dashboard = Dashboard()
    window.spaces["dashboard"] = dashboard
    window.pages.addWidget(dashboard)
    window.listener.connection_changed_.emit(True)  # not on screen: nothing read
    window.pages.setCurrentWidget(dashboard)
    window.listener.connection_changed_.emit(False)  # gone: what is known stays
    assert dashboard.readings == 0
    window.listener.connection_changed_.emit(True)
    assert dashboard.readings == 1
