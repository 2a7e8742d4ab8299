"""The sign-in page: a task server's address, a username and a password, or a known
profile to start from. It checks what was typed and asks; the window signs in."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from labeler.core.hosts import cleartext_host
from labeler.ui.i18n import translate
from labeler.ui.pages.common import PAGE_STYLE, NoteLine, busy_bar, label_room

_ACCOUNT_ROLE = Qt.ItemDataRole.UserRole + 1
_API_ROOT = "/api/v1"  # what the client adds; shown without it, it reads as typed

_STYLE = (
    PAGE_STYLE
    + """
QFrame#card { background: palette(base); border: 1px solid palette(mid); border-radius: 8px; }
QListWidget { border: 1px solid palette(mid); border-radius: 4px; padding: 2px; }
QListWidget::item { padding: 5px 6px; }
"""
)


def check_server_url(text: str) -> tuple[str | None, str | None]:
    """(the address to use, None) or (None, what is wrong). Adds `http://` when the
    scheme is missing: people type `tasks.example.org:8470`."""
    text = text.strip()
    if not text:
        return None, translate("pages.signin", "Enter the task server's address.")
    if "://" not in text:
        text = "http://" + text
    parts = urlsplit(text)
    if parts.scheme.lower() not in ("http", "https"):
        return None, translate("pages.signin", "The address must start with http:// or https://.")
    if not parts.hostname or " " in text:
        return None, translate(
            "pages.signin", "That is not a task server address (e.g. https://tasks.example.org)."
        )
    return text, None


def cleartext_warning(host: str) -> str:
    """What the workbench says before it sends a password or token over plain HTTP."""
    return translate(
        "pages.signin",
        "Not encrypted: this address starts with http://, so your password, and then your "
        "token with every request, cross the network to {host} readable by anyone on the "
        "way. Ask the server's owner for its https:// address.",
    ).format(host=host)


class CleartextBadge(QLabel):
    """The window's reminder, in its status bar, while the open profile's token goes to
    another machine over plain http:// with every request; hidden otherwise."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(
            "color: #8a4b00; background: #fff3df; border: 1px solid #f0d4a8;"
            " border-radius: 3px; padding: 1px 8px; font-weight: 600;"
        )
        self.hide()

    def show_for(self, server_url: str | None) -> None:
        host = cleartext_host(server_url) if server_url else None
        if host is not None:
            self.setText(self.tr("Not encrypted: http:// to {host}").format(host=host))
            self.setToolTip(cleartext_warning(host))
        self.setVisible(host is not None)


def shown_url(url: str) -> str:
    """A stored server address as a person would type it."""
    url = url.rstrip("/")
    return url[: -len(_API_ROOT)] if url.endswith(_API_ROOT) else url


class SignInPage(QWidget):
    """Server address, username and password; known profiles to pick from.

    Emits `sign_in_requested(server_url, username, password)` after basic checks; the
    window signs in off the GUI thread and answers with `set_busy`, `show_error` or
    `show_notice` (e.g. that the token is kept in a private file, not the keyring).
    """

    sign_in_requested = Signal(str, str, str)
    #: A known profile was picked (Enter or a click): the window opens it at once when
    #: it still holds its token, else the password is asked for.
    profile_picked = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(_STYLE + label_room())
        card = QFrame(self)
        card.setObjectName("card")
        card.setFixedWidth(460)
        heading = QLabel(self.tr("Sign in"), card)
        heading.setObjectName("heading")
        sub = QLabel(self.tr("to a task server, to pull items and label them."), card)
        sub.setObjectName("muted")

        self.profiles_title = QLabel(self.tr("Known profiles"), card)
        self.profiles = QListWidget(card)
        self.profiles.currentItemChanged.connect(self._fill_from)
        self.profiles.itemActivated.connect(self._pick)
        self.profiles.itemClicked.connect(self._pick)

        self.server = QLineEdit(card)
        self.server.setPlaceholderText("https://tasks.example.org")  # notr: an address
        self.username = QLineEdit(card)
        self.password = QLineEdit(card)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        for edit in (self.server, self.username, self.password):
            edit.returnPressed.connect(self.submit)
            edit.setMinimumHeight(30)
        # A password typed for one account is never offered to another.
        self.username.textChanged.connect(self.password.clear)
        form = QFormLayout()
        form.setSpacing(10)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for title, edit in (
            (self.tr("Server"), self.server),
            (self.tr("Username"), self.username),
            (self.tr("Password"), self.password),
        ):
            label = QLabel(title, card)
            label.setMinimumHeight(30)  # centred on its field
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            label.setBuddy(edit)
            form.addRow(label, edit)

        # Said before the password leaves: shown while the address is plain http:// to
        # another machine.
        self.cleartext = QLabel(card)
        self.cleartext.setObjectName("banner")
        self.cleartext.setWordWrap(True)
        self.cleartext.hide()
        self.server.textChanged.connect(self._check_transport)
        self.note = NoteLine(card)
        self.busy = busy_bar(card)
        self.button = QPushButton(self.tr("Sign in"), card)
        self.button.setDefault(True)
        self.button.setMinimumHeight(32)
        self.button.clicked.connect(self.submit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.button)

        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(12)
        inner.addWidget(heading)
        inner.addWidget(sub)
        inner.addSpacing(4)
        inner.addWidget(self.profiles_title)
        inner.addWidget(self.profiles)
        inner.addLayout(form)
        inner.addWidget(self.cleartext)
        inner.addWidget(self.note)
        inner.addWidget(self.busy)
        inner.addLayout(buttons)

        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self._form = (self.profiles, self.server, self.username, self.password, self.button)
        self.set_profiles([])

    # What the window calls

    def set_profiles(self, profiles: Iterable[Any]) -> None:
        """Known accounts: `ProfileInfo`s (from `known_profiles`) or settings `Profile`s,
        anything with `server_url` and `username`."""
        self.profiles.blockSignals(True)  # filling must not overwrite what was typed
        self.profiles.clear()
        for p in profiles:
            url, user = shown_url(str(p.server_url)), str(p.username)
            host = urlsplit(url).netloc or url
            item = QListWidgetItem(f"{user}  ·  {host}")
            item.setToolTip(url)
            item.setData(_ACCOUNT_ROLE, (url, user))
            self.profiles.addItem(item)
        self.profiles.blockSignals(False)
        has = self.profiles.count() > 0
        if has:  # as tall as its rows, up to five
            rows = min(self.profiles.count(), 5)
            row = self.profiles.fontMetrics().height() + 12  # the style sheet's padding
            self.profiles.setFixedHeight(rows * row + 2 * self.profiles.frameWidth() + 8)
            policy = Qt.ScrollBarPolicy
            self.profiles.setVerticalScrollBarPolicy(
                policy.ScrollBarAsNeeded if self.profiles.count() > 5 else policy.ScrollBarAlwaysOff
            )
        self.profiles_title.setVisible(has)
        self.profiles.setVisible(has)

    def set_account(self, server_url: str, username: str) -> None:
        """Fill the address and username (e.g. to sign in again) and ask for the password."""
        self.server.setText(shown_url(server_url))
        self.username.setText(username)
        self.password.clear()
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_error(self, message: str) -> None:
        self.note.show_error(message)

    def show_notice(self, message: str) -> None:
        self.note.show_notice(message)

    def set_busy(self, busy: bool) -> None:
        """While signing in: the form is disabled and the busy bar runs."""
        for widget in self._form:
            widget.setEnabled(not busy)
        self.busy.setVisible(busy)
        if busy:
            self.note.clear_note()
        else:
            self._focus_first_empty()

    # Inside

    def submit(self) -> None:
        """Check the form and emit `sign_in_requested` (Enter in any field, the button)."""
        if not self.button.isEnabled():
            return
        url, problem = check_server_url(self.server.text())
        if problem or url is None:
            return self._refuse(self.server, problem or "")
        username = self.username.text().strip()
        if not username:
            return self._refuse(self.username, self.tr("Enter your username."))
        if not self.password.text():
            return self._refuse(self.password, self.tr("Enter your password."))
        self.server.setText(url)
        self.note.clear_note()
        self.sign_in_requested.emit(url, username, self.password.text())

    def _check_transport(self) -> None:
        url, _ = check_server_url(self.server.text())
        host = cleartext_host(url) if url else None
        if host is not None:
            self.cleartext.setText(cleartext_warning(host))
        self.cleartext.setVisible(host is not None)

    def _refuse(self, field: QLineEdit, message: str) -> None:
        self.note.show_error(message)
        field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill_from(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            url, user = item.data(_ACCOUNT_ROLE)
            self.server.setText(url)
            self.username.setText(user)

    def _pick(self, item: QListWidgetItem) -> None:
        self._fill_from(item)
        self.password.clear()
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)
        url, user = item.data(_ACCOUNT_ROLE)
        self.profile_picked.emit(url, user)

    def _focus_first_empty(self) -> None:
        for edit in (self.server, self.username, self.password):
            if not edit.text():
                edit.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt)
        super().showEvent(event)
        if not event.spontaneous():
            # Shown for another sign-in (a sign-out, a switch of profile): the password
            # typed for the last one is not kept, whoever signs in now.
            self.password.clear()
        if self.profiles.count() and not self.server.text():
            self.profiles.setFocus(Qt.FocusReason.OtherFocusReason)
            self.profiles.setCurrentRow(0)
        else:
            self._focus_first_empty()
