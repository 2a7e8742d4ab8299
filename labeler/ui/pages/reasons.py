"""A dialog that asks why: numbered reasons picked by digit keys, a comment (required for
the reason that says nothing by itself, "Other"), Enter confirms, Escape cancels. The
review's reject dialog and the workbench's skip dialog are two of them."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from labeler.core.digits import ascii_int
from labeler.ui.i18n import number
from labeler.ui.pages.common import NoteLine, label_room

#: The reason that says nothing by itself (sent in English; shown translated).
OTHER = QT_TRANSLATE_NOOP("ReasonDialog", "Other")


class ReasonDialog(QDialog):
    """`chosen(reason, comment)` when confirmed: `reason` one of `reasons` as given, the
    comment stripped. `OTHER` (when listed) needs a comment. Subclasses say their words
    with `set_words`. A reason is sent as given (English) and shown through `tr`, which
    looks under the subclass's name first (where it marks its reasons), then here."""

    chosen = Signal(str, str)

    def __init__(
        self, reasons: Sequence[str], max_comment: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setModal(True)
        self.setStyleSheet(label_room())
        self.choices = tuple(reasons)
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        self.reasons = QListWidget(self)
        self.reasons.setStyleSheet("QListWidget::item { padding: 3px 4px; }")
        for n, reason in enumerate(self.choices, start=1):
            shown = self.tr(reason) + ("…" if reason == OTHER else "")
            item = QListWidgetItem(f"{number(n)}   {shown}", self.reasons)
            item.setData(Qt.ItemDataRole.UserRole, reason)
        self.reasons.setCurrentRow(0)
        self.reasons.installEventFilter(self)
        frame = 2 * self.reasons.frameWidth()
        self.reasons.setFixedHeight(self.reasons.sizeHintForRow(0) * len(self.choices) + frame + 2)
        self.comment_title = QLabel(self.tr("Comment"), self)
        self.comment = QLineEdit(self)
        self.comment.setMaxLength(max_comment)
        self.note = NoteLine(self)
        self.hint = QLabel(self)
        self.hint.setObjectName("muted")
        buttons = QDialogButtonBox(self)
        self.confirm_button = buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.reasons.itemActivated.connect(lambda _item: self.accept())
        self._needs_comment = self.tr("Say in the comment why.")

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        for widget in (self.heading, self.reasons, self.comment_title, self.comment):
            layout.addWidget(widget)
        layout.addWidget(self.note)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self.reasons.setFocus()

    def set_words(
        self, title: str, heading: str, confirm: str, confirms: str, placeholder: str, why: str
    ) -> None:
        """The dialog's words: its title, the question (rich text), the button, what Enter
        does ("rejects"), the comment's placeholder and what "Other" without a comment
        is told."""
        self.setWindowTitle(title)
        self.heading.setText(heading)
        self.confirm_button.setText(confirm)
        self.comment.setPlaceholderText(placeholder)
        self._needs_comment = why
        last = len(self.choices)
        self.hint.setText(
            self.tr("1–{last} pick a reason · Enter {confirms} · Escape cancels").format(
                last=number(last), confirms=confirms
            )
        )
        self.resize(440, self.sizeHint().height())

    def reason(self) -> str:
        item = self.reasons.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else self.choices[0]

    def choose(self, reason: str) -> None:
        """Select `reason` (one of the dialog's reasons)."""
        self.reasons.setCurrentRow(self.choices.index(reason))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        # Digits pick a reason in the list (a list would search its rows instead).
        if watched is self.reasons and isinstance(event, QKeyEvent):
            if event.type() == QEvent.Type.KeyPress and self._pick(event.text()):
                return True
        return super().eventFilter(watched, event)

    def _pick(self, text: str) -> bool:
        number = ascii_int(text)
        if number is None or not 1 <= number <= len(self.choices):
            return False
        self.reasons.setCurrentRow(number - 1)
        if self.choices[number - 1] == OTHER:
            self.comment.setFocus()
        return True

    def accept(self) -> None:
        reason, comment = self.reason(), self.comment.text().strip()
        if reason == OTHER and not comment:
            self.note.show_error(self._needs_comment)
            self.comment.setFocus()
            return
        self.chosen.emit(reason, comment)
        super().accept()


def html(text: str) -> str:
    """`text` safe inside rich text."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
