"""Fixtures of the GUI tests: the main window on a labeling screen, without a server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from labeler.client.settings import Settings
from labeler.client.trace import Trace
from labeler.core.schema import parse_schema
from labeler.server.demo import calls, news, street
from labeler.ui import i18n
from labeler.ui.bridge import QtSyncListener
from labeler.ui.window import MainWindow
from labeler.ui.workbench.session import LabelingSession
from tests.client.conftest import LiveServer, User

#: The demo's schemas, one per media kind.
SCHEMAS = {"image": street.SCHEMA, "text": news.SCHEMA, "audio": calls.SCHEMA}


@pytest.fixture
def labeling_window(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """`make(media, size, settings=None)`: the main window on the labeling screen of a
    demo schema, with the keys a real session installs, the user's from `settings`
    (listing and showing keys needs no server and no item)."""
    monkeypatch.setenv("LABELER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("LABELER_CONFIG_DIR", str(tmp_path / "config"))

    def make(
        media: str, size: tuple[int, int] = (1366, 768), settings: Settings | None = None
    ) -> MainWindow:
        window = MainWindow(settings or Settings(), Trace())
        qtbot.addWidget(window)
        schema = parse_schema(SCHEMAS[media])
        session = LabelingSession(
            window.workbench,
            window.runner,
            None,  # type: ignore[arg-type]
            QtSyncListener(window),
            Trace(),
        )
        session.schema = schema
        session.editor = window.workbench.set_schema(schema, schema.title)
        session.actions_changed.connect(window._install_keys)  # as the window wires it
        window.labeling = session
        window.pages.setCurrentWidget(window.workbench)
        window.workbench.stack.setCurrentWidget(session.editor)
        session.actions_changed.emit()  # what opening a project does once its schema is in
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        return window

    yield make


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """A task server (`labeler serve`) on loopback, one per test module that asks."""
    live = LiveServer(tmp_path_factory.mktemp("server"))
    live.start()
    try:
        yield live
    finally:
        live.stop()


@pytest.fixture
def lead(server: LiveServer) -> User:
    """A lead of that server."""
    return User(server, ["lead"])


ROOT = Path(__file__).resolve().parents[2]


def compile_translations() -> None:
    """Compile the translations if a `.ts` file is newer than the `.qm` (a checkout
    where `make translations` has not run since)."""
    qm = ROOT / "labeler" / "ui" / "translations" / i18n.qm_name("ur")
    sources = list((ROOT / "resources" / "translations").rglob("*.ts"))
    if qm.exists() and all(ts.stat().st_mtime <= qm.stat().st_mtime for ts in sources):
        return
    import subprocess
    import sys

    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "translations.py"), "release"], check=True
    )


@pytest.fixture
def urdu(qapp: Any) -> Iterator[None]:
    """The interface in Urdu (translations, right to left, the Urdu locale) for one test;
    English again after it."""
    compile_translations()
    assert i18n.install(qapp, "ur")
    try:
        yield
    finally:
        i18n.install(qapp, "en")
