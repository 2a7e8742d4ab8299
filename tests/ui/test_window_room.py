"""The main window on a 1366×768 screen: no page, shown or built before, makes it taller
than the screen, in Urdu (Nastaliq's lines are twice as tall as Latin ones) too. A page
too tall for the screen used to grow the window past its bottom edge, and the status bar
(timer, pace, upload state) stayed below it on every page after."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from labeler.client.api import TaskServer
from labeler.client.settings import Settings
from labeler.client.trace import Trace
from labeler.core.lsconfig import import_labelstudio
from labeler.ui.lead.workspace import PROJECTS, SCHEMA, SETTINGS, VERSIONS, LeadWorkspace
from labeler.ui.tasks import Runner
from labeler.ui.window import MainWindow

NOWHERE = TaskServer("http://127.0.0.1:9")
#: The Label Studio ranker template: a comparison whose preview shows candidates, a
#: ranking and (in Nastaliq) tall lines.
RANKER = (
    '<View><Text name="query" value="$query"/>'
    '<List name="results" value="$items" title="Search results"/>'
    '<Ranker name="rank" toName="results"/></View>'
)


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


def test_a_new_projects_pages_fit_a_768_pixel_window_in_urdu(
    qtbot: QtBot, window: MainWindow, urdu: None
) -> None:
    """Lead → New project → a Label Studio config: the schema editor's preview (the
    sample candidates, the ranking, the instructions) asked for all its fields' height
    and the new project's pages for 880 pixels in Nastaliq."""
    ws = LeadWorkspace(Runner(), NOWHERE, "lead")
    window.pages.addWidget(ws)
    window.pages.setCurrentWidget(ws)
    ws.begin_new("Ranker trial", import_labelstudio(RANKER))
    preview = ws.schema_editor.preview
    qtbot.waitUntil(lambda: preview.form.fields() == ["rank"], timeout=10_000)
    room = 768 - window._chrome().height()
    for page in (SCHEMA, SETTINGS, PROJECTS, VERSIONS):
        ws.show_page(page)
        QApplication.processEvents()
        assert ws.minimumSizeHint().height() <= room, page
        assert window.height() <= 768 and window.width() <= 1366, page
    # The preview's fields scroll with its instructions rather than push the page down.
    assert preview.side.minimumSizeHint().height() < preview.form.sizeHint().height()


def test_no_page_grows_the_window_past_the_screen(qtbot: QtBot, window: MainWindow) -> None:
    """Whatever a page asks for, the window's least size stays within the screen's room,
    and leaving the page gives it back."""
    tall = QWidget()
    tall.setMinimumSize(600, 2000)
    window.pages.addWidget(tall)
    window.pages.setCurrentWidget(tall)
    QApplication.processEvents()
    area = window.screen().availableGeometry()
    assert window.minimumSizeHint().height() <= area.height()
    assert window.height() <= area.height()
    window.pages.setCurrentWidget(window.projects)
    QApplication.processEvents()
    assert window.height() <= area.height()
