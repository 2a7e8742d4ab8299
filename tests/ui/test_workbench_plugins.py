"""The plugins in the workbench: loaded off the GUI thread once the first item shows, a
broken one kept with why; the About dialog lists them; plugin code runs within a time
limit on a thread of its own."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from labeler.client.settings import Settings
from labeler.client.trace import Trace
from labeler.core.plugins import Loaded, Plugin
from labeler.ui.tasks import Runner
from labeler.ui.window import MainWindow
from labeler.ui.workbench.about import AboutDialog
from tests.ui.test_workbench_assist import Tiny, Triangle


def _loaded() -> list[Loaded]:
    ok = Plugin("fake", "Fake plugin", assists=[Triangle()], checks=[Tiny()])
    return [
        Loaded("broken", "labeler-broken", "0.2", error="ModuleNotFoundError: No module named 'x'"),
        Loaded("fake", "labeler-fake", "1.0", plugin=ok),
    ]


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setenv("LABELER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("LABELER_CONFIG_DIR", str(tmp_path / "config"))
    window = MainWindow(Settings(), Trace())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_plugins_load_off_the_gui_thread_once_the_first_item_shows(
    qtbot: QtBot, window: MainWindow
) -> None:
    threads: list[threading.Thread] = []

    def discover() -> list[Loaded]:
        threads.append(threading.current_thread())
        return _loaded()

    window.plugins._discover = discover
    assert not window.plugins.ready and threads == []  # nothing before the first item
    with qtbot.waitSignal(window.plugins.loaded):
        window.first_item_shown.emit()
    assert threads and threads[0] is not threading.main_thread()
    assert [c.name for c in window.plugins.checks()] == ["tiny"]
    assert [a.name for a in window.plugins.fitting("image", "click", "polygons")] == ["triangle"]
    window.first_item_shown.emit()  # once only
    assert len(threads) == 1


def test_discovery_that_raises_leaves_a_working_window(qtbot: QtBot, window: MainWindow) -> None:
    def discover() -> list[Loaded]:
        raise RuntimeError("entry points unreadable")

    window.plugins._discover = discover
    with qtbot.waitSignal(window.plugins.loaded):
        window.plugins.load()
    assert window.plugins.ready and window.plugins.assists() == []
    assert "entry points unreadable" in window.plugins.problem


def test_the_about_dialog_lists_versions_plugins_and_failures(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.plugins._discover = _loaded
    keys = window.keymap.keys("app.about")
    assert keys == ("F1",)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), AboutDialog))
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(lambda: "Fake plugin" in dialog.text.toPlainText())
    dialog.copy.click()  # what Copy gives support: names as they are typed
    text = QApplication.clipboard().text()
    assert "labeler 0.1.0" in text and "Qt 6." in text and "PySide6" in text
    assert "fake: Fake plugin\nPackage: labeler-fake 1.0\nassists: triangle\nchecks: tiny" in text
    assert "broken (labeler-broken 0.2) did not load: ModuleNotFoundError" in text
    # On screen a name does not break at its hyphens.
    assert "labeler-\u2060fake 1.0" in dialog.text.toPlainText()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)


def test_the_installed_plugins_load_for_real(qtbot: QtBot) -> None:
    """Discovery as the workbench runs it, on what this environment has installed."""
    from labeler.ui.workbench.plugins import PluginShelf

    runner = Runner()
    shelf = PluginShelf(runner)
    with qtbot.waitSignal(shelf.loaded, timeout=60000):
        shelf.load()
    names = {e.entry_point for e in shelf.entries}
    assert "opencv-assist" in names, [(e.entry_point, e.error) for e in shelf.entries]
    assert shelf.fitting("image", "click", "polygons")[0].name == "opencv-click"
    runner.shutdown()


def test_a_limited_call_answers_fails_or_runs_late(qtbot: QtBot) -> None:
    runner = Runner()
    said: list[Any] = []
    release = threading.Event()
    runner.limited(lambda: 7, seconds=5, done=said.append)
    qtbot.waitUntil(lambda: said == [7])
    runner.limited(lambda: 1 / 0, seconds=5, failed=lambda e: said.append(type(e).__name__))
    qtbot.waitUntil(lambda: said == [7, "ZeroDivisionError"])

    def hang() -> str:
        release.wait(10)
        return "too late"

    runner.limited(hang, seconds=0.05, done=said.append, late=lambda: said.append("late"))
    qtbot.waitUntil(lambda: said[-1] == "late")
    release.set()
    done = runner.limited(lambda: "after", seconds=5, done=said.append)
    qtbot.waitUntil(lambda: said[-1] == "after")
    assert done.result() == "after" and "too late" not in said  # dropped, not delivered
    runner.shutdown()


def test_in_urdu_each_line_of_the_about_dialog_reads_from_the_right(
    qtbot: QtBot, window: MainWindow, urdu: None
) -> None:
    from labeler.ui.workbench.plugins import PluginShelf

    shelf = PluginShelf(window.runner, _loaded)
    with qtbot.waitSignal(shelf.loaded):
        shelf.load()
    dialog = AboutDialog(shelf, window)
    qtbot.addWidget(dialog)
    document = dialog.text.document()
    lines = [document.findBlockByNumber(i).text() for i in range(document.blockCount())]
    lines = [line for line in lines if line]
    # The heading lines, the broken plugin's, and the fake one's four (name and title,
    # package, assists, checks).
    assert len(lines) == 8 and "پلگ ان" in lines[2]
    assert all(line.startswith("\u200f") for line in lines), lines
    # Each name and version a left-to-right piece of its own, unbroken at its hyphens.
    assert "\u2068labeler-\u2060fake 1.0\u2069" in lines[5], lines[5]
    assert lines[6].endswith("\u2068triangle\u2069"), lines[6]
