"""Signing in again without leaving the work: when the task server refuses the token (it
expired, or was revoked), a card in the window asks for the password, once; the answers
made meanwhile wait in the outbox and upload as soon as the new token is in.

The card floats over the window's lower right corner and never takes the keyboard by
itself: an annotator pressing label keys when it appears goes on labeling (the answers
wait), rather than typing them into a password box. A click on it, the feedback bar's
"sign in again" or Ctrl+Shift+I puts the keyboard in its password field; signed in, the
keyboard goes back to the work. The flow also keeps every new token of the open profile
(signed in again, or renewed by the sync engine) where the old one was kept."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from labeler.client.errors import Offline, RateLimited, Unauthenticated
from labeler.core.hosts import cleartext_host
from labeler.ui.actions import Action, general
from labeler.ui.i18n import number, translate
from labeler.ui.keymap import display_key
from labeler.ui.messages import error_text
from labeler.ui.pages.common import PAGE_STYLE, NoteLine, busy_bar, interface_rtl, label_room
from labeler.ui.pages.signin import cleartext_warning, shown_url

if TYPE_CHECKING:
    from labeler.client.tally import Tally
    from labeler.client.workspace import Workspace
    from labeler.ui.window import MainWindow

ACTION_ID = "app.sign_in_again"
WIDTH = 360
MARGIN = 12
#: Room left under the card for the feedback bar, which says "Signed out" too.
FOOT = 40

_STYLE = (
    PAGE_STYLE
    + """
QFrame#prompt { background: palette(window); border: 1px solid palette(mid);
                border-radius: 8px; }
QLabel#title { font-size: 12pt; font-weight: 600; }
"""
)


def waiting_text(waiting: int | None) -> str:
    """What the card says about the work kept here."""
    if not waiting:
        return translate(
            "pages.signin_again",
            "Nothing is lost: keep working, your answers are kept on this computer.",
        )
    if waiting == 1:
        return translate(
            "pages.signin_again",
            "Nothing is lost: 1 answer waits on this computer and uploads once you sign in.",
        )
    return translate(
        "pages.signin_again",
        "Nothing is lost: {count} answers wait on this computer and upload once you sign in.",
    ).format(count=number(waiting))


def locked_text(message: str, retry_after: float | None) -> str:
    """A lock-out in the card's words: the server's reason, when to try again, and that
    only this computer is held back."""
    reason = message.split(";")[0].rstrip(".")
    held = "failed" in reason  # a username's lock-out: only the computers that failed wait
    reason = reason or translate("pages.signin_again", "Too many sign-ins")
    minutes = math.ceil(retry_after / 60) if retry_after and retry_after >= 60 else 0
    if not minutes:
        text = translate(
            "pages.signin_again",
            "{reason}: try again in a moment; your answers stay here meanwhile.",
        )
    elif minutes == 1:
        text = translate(
            "pages.signin_again",
            "{reason}: try again in about 1 minute; your answers stay here meanwhile.",
        )
    else:
        text = translate(
            "pages.signin_again",
            "{reason}: try again in about {minutes} minutes; your answers stay here meanwhile.",
        )
    text = text.format(reason=reason, minutes=number(minutes))
    if held:
        more = translate("pages.signin_again", "Sign-ins from other computers are not held back.")
        text = f"{text} {more}"
    return text


def failure_text(error: BaseException) -> str:
    """Why signing in again did not work, in the card's words."""
    if isinstance(error, Unauthenticated):
        return translate("pages.signin_again", "That password is not right; try again.")
    if isinstance(error, Offline):
        return translate(
            "pages.signin_again",
            "The task server cannot be reached; your answers stay here. Try again soon.",
        )
    if isinstance(error, RateLimited) and error.said is None:  # an older server's words
        return locked_text(error.message, error.retry_after)
    return error_text(error)  # a lock-out, a disabled account: the server's, worded


class PasswordPrompt(QFrame):
    """The password of the open profile, asked in a card over the window; `entered(password)`
    when the user signs in, `dismissed()` on Later (or Escape). The flow answers with
    `set_busy`, `show_error` or closing it."""

    entered = Signal(str)
    dismissed = Signal()

    def __init__(self, username: str, server_url: str, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("prompt")
        # While the keyboard is here, the item's active time does not count.
        self.setProperty("awayFromItem", True)
        self.setStyleSheet(_STYLE + label_room())
        self.setFixedWidth(WIDTH)
        title = QLabel(self.tr("Signed out"), self)
        title.setObjectName("title")
        self.reason = _wrapped(self)
        self.kept = _wrapped(self, waiting_text(None))
        who = QLabel(
            self.tr("Password of {user} on {server}").format(
                user=username, server=shown_url(server_url)
            ),
            self,
        )
        who.setObjectName("muted")
        who.setWordWrap(True)
        # Said before the password leaves, as on the sign-in screen.
        host = cleartext_host(server_url)
        self.cleartext = _wrapped(self, cleartext_warning(host) if host else "")
        self.cleartext.setObjectName("banner")
        self.cleartext.setVisible(host is not None)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self._enter)
        self.password.textChanged.connect(lambda _text: self.note.clear())
        self.password.installEventFilter(self)
        self.hint = _wrapped(self)
        self.hint.setObjectName("muted")
        self.note = NoteLine(self)
        self.busy = busy_bar(self)
        self.sign_in = QPushButton(self.tr("Sign in"), self)
        self.later = QPushButton(self.tr("Later"), self)
        for button in (self.sign_in, self.later):
            button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.sign_in.clicked.connect(self._enter)
        self.later.clicked.connect(self.dismissed)
        row = QHBoxLayout()
        row.addWidget(self.password, 1)
        row.addWidget(self.sign_in)
        row.addWidget(self.later)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(6)
        for widget in (title, self.reason, self.kept, who, self.cleartext):
            layout.addWidget(widget)
        layout.addLayout(row)
        layout.addWidget(self.busy)
        layout.addWidget(self.note)
        layout.addWidget(self.hint)
        self.set_key(None)
        window.installEventFilter(self)
        self.hide()

    def set_reason(self, message: str) -> None:
        """The server's word on why the token was refused."""
        self.reason.setText(message or self.tr("The task server no longer accepts this sign-in."))
        self.place()

    def set_waiting(self, waiting: int) -> None:
        self.kept.setText(waiting_text(waiting))
        self.place()

    def set_key(self, key: str | None) -> None:
        """The key that puts the keyboard in the password field, as the hint names it."""
        if key:
            hint = self.tr(
                "To type your password, click it or press {key}. Keep working meanwhile."
            )
        else:
            hint = self.tr("To type your password, click it. Keep working meanwhile.")
        self.hint.setText(hint.format(key=key))
        self.place()

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.sign_in.setEnabled(not busy)
        # Read-only, not disabled: a disabled field would hand the keyboard to whatever
        # widget comes next, maybe in the work behind the card.
        self.password.setReadOnly(busy)
        self.place()

    def show_error(self, message: str) -> None:
        self.set_busy(False)
        self.note.show_error(message)
        self.place()
        self.password.selectAll()
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def type_password(self) -> None:
        """Put the keyboard in the password field."""
        self.show()
        self.raise_()
        self.password.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def place(self) -> None:
        """Over the window's lower right corner (lower left right to left), clear of the
        feedback bar, on top."""
        parent = self.parentWidget()
        if parent is None:
            return
        self.adjustSize()
        bottom = parent.height() - FOOT
        status = getattr(parent, "statusBar", None)
        if callable(status) and status().isVisible():
            bottom -= status().height()
        # Over the corner the work reads away from: the lower left in Urdu.
        left = MARGIN if interface_rtl() else max(0, parent.width() - WIDTH - MARGIN)
        self.move(left, max(0, bottom - self.height()))
        self.raise_()

    def _enter(self) -> None:
        if not self.sign_in.isEnabled():
            return  # signing in already
        if not self.password.text():
            self.show_error(self.tr("Enter your password."))
            return
        self.set_busy(True)
        self.entered.emit(self.password.text())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.place()
        elif (
            watched is self.password
            and event.type() == QEvent.Type.KeyPress
            and getattr(event, "key", lambda: None)() == Qt.Key.Key_Escape
        ):
            self.dismissed.emit()
            return True
        return super().eventFilter(watched, event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt)
        self.type_password()
        super().mousePressEvent(event)


def _wrapped(parent: QWidget, text: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


class SignInAgainFlow:
    """For one window: shows the password card once when the token is refused (again on
    request), signs in off the GUI thread, and keeps every new token of the open profile
    (signed in again, or renewed)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.prompt: PasswordPrompt | None = None
        #: How many times the password was asked for (a card shown).
        self.asked = 0
        self._return_to: QWidget | None = None
        window.listener.auth_required_.connect(self.ask)
        window.listener.token_renewed_.connect(self._keep)
        window.workbench.feedback.sign_in_requested.connect(self.type_password)
        window.keymap.changed.connect(self._show_key)

    def action(self) -> Action:
        """The window-wide key that puts the keyboard in the card (also while typing)."""
        return Action(
            ACTION_ID,
            translate(
                "pages.signin_again", "Sign in again: type the password (answers wait meanwhile)"
            ),
            ("Ctrl+Shift+I",),
            self.type_password,
            group=general(),
            while_typing=True,
        )

    def ask(self, message: str) -> None:
        """Show the card (once however many calls met the 401); the keyboard stays where
        it is."""
        w = self.window
        if w.workspace is None or w.account is None:
            return
        if self.prompt is None:
            self.prompt = self._new_prompt(*w.account)
            self.asked += 1
        if message:
            self.prompt.set_reason(message)
        w.refresh_tally()  # the card says how many answers wait (`tally_changed`)
        self.prompt.show()
        self.prompt.place()

    def type_password(self) -> None:
        """The card, with the keyboard in its password field (a click, or the key)."""
        if self.window.workspace is None:
            return
        if self.prompt is None:
            self.ask("")
        if self.prompt is not None:
            focus = QApplication.focusWidget()
            if focus is not None and not self.prompt.isAncestorOf(focus):
                self._return_to = focus
            self.prompt.type_password()

    def close(self) -> None:
        """Take the card away (signed in, Later, or the profile closed)."""
        prompt, self.prompt = self.prompt, None
        if prompt is not None:
            focus = QApplication.focusWidget()
            had_keyboard = focus is not None and prompt.isAncestorOf(focus)
            prompt.hide()
            prompt.deleteLater()
            if had_keyboard:
                self._give_back()

    def _new_prompt(self, server_url: str, username: str) -> PasswordPrompt:
        prompt = PasswordPrompt(username, server_url, self.window)
        prompt.entered.connect(lambda password: self._sign_in(prompt, password))
        prompt.dismissed.connect(self.close)
        keys = self.window.keymap.keys(ACTION_ID)
        prompt.set_key(display_key(keys[0]) if keys else None)
        return prompt

    def tally_changed(self, tally: Tally) -> None:
        """The window read the feedback figures: the card's count of answers follows."""
        if self.prompt is not None:
            self.prompt.set_waiting(tally.uploads_waiting)

    def _sign_in(self, prompt: PasswordPrompt, password: str) -> None:
        workspace = self.window.workspace
        if workspace is None:
            self.close()
            return
        self.window.runner.net(
            workspace.sign_in_again,
            password,
            done=lambda token: self._signed_in(workspace, token),
            failed=lambda error: self._failed(prompt, error),
        )

    def _signed_in(self, workspace: Workspace, token: str) -> None:
        if workspace is not self.window.workspace:
            return  # another profile was opened meanwhile
        self._keep(token)
        self.close()
        self.window.show_status(
            translate("pages.signin_again", "Signed in again; what waited is uploading.")
        )
        self.window.trace.event("signed_in_again")
        self.window.refresh_tally()

    def _failed(self, prompt: PasswordPrompt, error: BaseException) -> None:
        if self.prompt is prompt:
            prompt.show_error(failure_text(error))

    def _give_back(self) -> None:
        widget, self._return_to = self._return_to, None
        if widget is not None and isValid(widget) and widget.isVisible():
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _keep(self, token: str) -> None:
        """Keep the open profile's new token where its old one was (the keyring talks to
        other processes: off the GUI thread)."""
        account = self.window.account
        if account is not None:
            self.window.runner.net(self.window.tokens.set, account[0], account[1], token)

    def _show_key(self) -> None:
        if self.prompt is not None:
            keys = self.window.keymap.keys(ACTION_ID)
            self.prompt.set_key(display_key(keys[0]) if keys else None)
