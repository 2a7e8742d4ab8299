"""End to end: the token expires while the annotator works. The answers made after it stay
in the outbox, the window asks for the password once (a card in it that leaves the
keyboard to the work until asked for), and once it is typed everything that waited
uploads, under the annotator's name."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import update

from labeler.server.db import Database
from labeler.server.models import Token
from tests.e2e.test_gui_labeling import _labeler, _mine
from tests.e2e.test_gui_offline import Server, _answer, server  # noqa: F401 (fixture)

pytestmark = pytest.mark.slow


def _expire(server: Server, token: str) -> None:  # noqa: F811
    """The server's 90 days are up for `token` (as if it had been made long ago)."""
    database = Database.connect(server.db)
    try:
        with database.transaction() as session:
            session.execute(
                update(Token)
                .where(Token.token_hash == hashlib.sha256(token.encode()).hexdigest())
                .values(created_at=datetime.now(UTC) - timedelta(days=100))
            )
    finally:
        database.dispose()


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """Tokens go to the private file in the test's data dir, never to a real keyring."""
    import keyring
    from keyring.backends.fail import Keyring as NoKeyring

    before = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    try:
        yield
    finally:
        keyring.set_keyring(before)


def test_an_expired_token_asks_for_the_password_once_and_what_waited_uploads(
    qtbot: Any,
    server: Server,  # noqa: F811
    no_keyring: None,
) -> None:
    from labeler.client.settings import load_settings
    from labeler.client.trace import open_trace
    from labeler.ui.pages.signin_again import PasswordPrompt
    from labeler.ui.window import MainWindow, Start

    window = MainWindow(load_settings().settings, open_trace())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.start(Start(server.url, server.token, None, "review-sentiment"))
    qtbot.waitUntil(
        lambda: window.labeling is not None and window.labeling.item is not None, timeout=30000
    )
    answered = [_answer(qtbot, window, Qt.Key.Key_1) for _ in range(2)]
    qtbot.waitUntil(lambda: len(_mine(server.url, server.token)) == 2, timeout=30000)

    _expire(server, server.token)
    answered += [_answer(qtbot, window, Qt.Key.Key_2) for _ in range(3)]
    flow = window.signin_again
    qtbot.waitUntil(lambda: flow.prompt is not None and flow.prompt.isVisible(), timeout=30000)
    prompt = flow.prompt
    assert isinstance(prompt, PasswordPrompt) and prompt.parentWidget() is window
    assert "expired" in prompt.reason.text()
    qtbot.waitUntil(lambda: "3 answers wait" in prompt.kept.text(), timeout=10000)
    # The three answers wait here: the server holds the first two only.
    look = _labeler("admin", "token", "demo", "--database", server.db).strip()
    assert len(_mine(server.url, look)) == 2
    # The card leaves the keyboard to the work: a label key still answers the item.
    assert not prompt.password.hasFocus()
    answered.append(_answer(qtbot, window, Qt.Key.Key_3))
    assert prompt.password.text() == ""

    # Ctrl+Shift+I: the keyboard goes to the password. A wrong one is said so in the card.
    qtbot.keyClick(
        window.workbench.editor,
        Qt.Key.Key_I,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(prompt.password.hasFocus, timeout=5000)
    # While the keyboard is in the card, the item's active time stands still.
    session = window.labeling
    qtbot.waitUntil(lambda: not session.clock.focused, timeout=5000)
    held = session.item_ms()
    qtbot.wait(1200)
    assert session.item_ms() == held
    qtbot.keyClicks(prompt.password, "not-my-password")
    qtbot.keyClick(prompt.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "not right" in prompt.note.text(), timeout=30000)
    assert flow.prompt is prompt and prompt.isVisible()

    prompt.password.clear()
    qtbot.keyClicks(prompt.password, "labeler-demo")
    qtbot.keyClick(prompt.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: flow.prompt is None, timeout=30000)
    editor, focus = window.workbench.editor, QApplication.focusWidget()
    assert focus is editor or editor.isAncestorOf(focus)  # the keyboard is back with the work
    qtbot.waitUntil(lambda: session.clock.focused, timeout=5000)  # and the time counts again
    token = window.workspace.api.token
    assert token and token != server.token
    qtbot.waitUntil(lambda: len(_mine(server.url, token)) == 6, timeout=30000)
    on_server = {s["item_id"] for s in _mine(server.url, token)}
    assert on_server == set(answered)
    assert flow.asked == 1  # every worker met the 401; the password was asked for once
    account = window.account
    assert account is not None
    # Kept for the next start (off the GUI thread: the keyring talks to other processes).
    qtbot.waitUntil(lambda: window.tokens.get(*account) == token, timeout=10000)
    window.close()
