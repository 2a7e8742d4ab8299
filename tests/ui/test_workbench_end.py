"""The end of a project in the workbench window, against `labeler serve`: once the task
server has no item left for the annotator (204), the last answer, a submit or a skip,
leaves the window saying so, whatever news came between the server's answer and that
last answer (here a picture's original, fetched for a zoom past 100 %, that arrives
after the 204 as the items' pictures often do)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from labeler.client.settings import Settings
from labeler.client.trace import Trace
from labeler.ui.window import MainWindow, Start
from labeler.ui.workbench.skipping import SkipDialog
from tests.client.conftest import LiveServer, User
from tests.server.scenario import IMAGE_SCHEMA, png_bytes

pytestmark = pytest.mark.slow

NO_ITEMS_LEFT = "No items left for you in this project. Thank you!"


def _project(lead: User, count: int) -> str:
    """An image project of `count` items whose picture is larger than its display
    variant (the original is fetched only for a zoom past 100 %)."""
    body = {"name": "Last items", "schema": IMAGE_SCHEMA}
    r = lead.caller.post("/projects", json=body)
    assert r.status_code == 201, r.text
    project_id: str = r.json()["id"]
    r = lead.caller.post("/media", files={"file": ("big.png", png_bytes(3000, 2000), "image/png")})
    assert r.status_code in (200, 201), r.text
    items = [{"media": r.json()["sha256"], "data": {"n": n}} for n in range(count)]
    r = lead.caller.post(f"/projects/{project_id}/items", json={"items": items})
    assert r.status_code == 201, r.text
    return project_id


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    monkeypatch.setenv("LABELER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("LABELER_CONFIG_DIR", str(tmp_path / "config"))
    window = MainWindow(Settings(), Trace())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    yield window
    window.close()


def _press(qtbot: QtBot, key: Qt.Key, modifier: Any = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def _answer_shown(qtbot: QtBot, session: Any, last: str) -> None:
    """Answer the item on screen by keys: the scene (1) and Enter, or a skip (Ctrl+K, a
    reason, Enter)."""
    answered = session.item.id
    qtbot.waitUntil(lambda: session.editor.hasFocus(), timeout=10000)
    if last == "skip":
        _press(qtbot, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), SkipDialog))
        qtbot.waitUntil(lambda: QApplication.activeModalWidget().reasons.hasFocus())
        _press(qtbot, Qt.Key.Key_2)
    else:
        _press(qtbot, Qt.Key.Key_1)
    _press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: not session.submitting and (session.item is None or session.item.id != answered),
        timeout=10000,
    )


@pytest.mark.parametrize("last", ["submit", "skip"])
def test_the_last_answer_says_no_items_are_left(
    qtbot: QtBot, server: LiveServer, lead: User, window: Any, last: str
) -> None:
    project_id = _project(lead, 2)
    annotator = User(server, ["annotator"])
    told: list[str] = []
    window.listener.no_more_work_.connect(told.append)
    changed: list[str] = []
    window.listener.items_changed_.connect(lambda project, _open: changed.append(project))
    window.activateWindow()
    window.start(Start(server.url.removesuffix("/api/v1"), annotator.token, None, project_id))
    qtbot.waitUntil(lambda: window.labeling is not None and window.labeling.settled, timeout=30000)
    session = window.labeling
    qtbot.waitUntil(lambda: told == [project_id], timeout=15000)  # the server's 204

    # News after the 204: the original of the picture shown arrives (a zoom past 100 %).
    before = len(changed)
    assert window.workspace.fetch_original(session.item) is None  # not here yet: fetched
    qtbot.waitUntil(lambda: len(changed) > before, timeout=15000)

    _answer_shown(qtbot, session, "submit")
    qtbot.waitUntil(lambda: session.settled, timeout=10000)
    _answer_shown(qtbot, session, last)
    message = window.workbench.message

    def said() -> None:
        assert message.isVisible() and message.text() == NO_ITEMS_LEFT, message.text()

    qtbot.waitUntil(said, timeout=10000)
    assert session.item is None
