"""The reject dialog: a reason from a short list (the annotator reads it), an optional
comment. Digits pick a reason, Enter rejects, Escape cancels."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
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
from labeler.ui.pages.common import NoteLine

#: The reasons a reviewer picks from, in order (digits 1–7).
REASONS = (
    "Wrong label",
    "Missed objects",
    "Imprecise boxes",
    "Incomplete transcript",
    "Did not follow instructions",
    "Spam or random answers",
    "Other",
)
OTHER = "Other"
MAX_COMMENT = 10_000


class RejectDialog(QDialog):
    """Asks why; `rejected_with(reason, comment)` when the reviewer confirms."""

    rejected_with = Signal(str, str)

    def __init__(self, who: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rejectDialog")
        self.setWindowTitle(self.tr("Reject submission"))
        self.setModal(True)
        self.heading = QLabel(
            self.tr("Why is the submission by <b>%s</b> rejected?") % _html(who), self
        )
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.reasons = QListWidget(self)
        self.reasons.setObjectName("rejectReasons")
        self.reasons.setStyleSheet("QListWidget::item { padding: 3px 4px; }")
        for n, reason in enumerate(REASONS, start=1):
            item = QListWidgetItem(f"{n}   {self.tr(reason)}", self.reasons)
            item.setData(Qt.ItemDataRole.UserRole, reason)
        self.reasons.setCurrentRow(0)
        self.reasons.installEventFilter(self)
        rows = len(REASONS)
        frame = 2 * self.reasons.frameWidth()
        self.reasons.setFixedHeight(self.reasons.sizeHintForRow(0) * rows + frame + 2)
        self.comment = QLineEdit(self)
        self.comment.setObjectName("rejectComment")
        self.comment.setMaxLength(MAX_COMMENT)
        self.comment.setPlaceholderText(self.tr("Comment for the annotator (optional)"))
        self.note = NoteLine(self)
        hint = QLabel(self.tr("1–7 pick a reason · Enter rejects · Escape cancels"), self)
        hint.setObjectName("muted")
        buttons = QDialogButtonBox(self)
        self.reject_button = buttons.addButton(
            self.tr("Reject"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.reject_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.reasons.itemActivated.connect(lambda _item: self.accept())

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.reasons)
        layout.addWidget(QLabel(self.tr("Comment"), self))
        layout.addWidget(self.comment)
        layout.addWidget(self.note)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(440, self.sizeHint().height())
        self.reasons.setFocus()

    def reason(self) -> str:
        item = self.reasons.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else REASONS[0]

    def choose(self, reason: str) -> None:
        """Select `reason` (one of `REASONS`)."""
        self.reasons.setCurrentRow(REASONS.index(reason))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        # Digits pick a reason in the list (a list would search its rows instead).
        if watched is self.reasons and isinstance(event, QKeyEvent):
            if event.type() == QEvent.Type.KeyPress and self._pick(event.text()):
                return True
        return super().eventFilter(watched, event)

    def _pick(self, text: str) -> bool:
        number = ascii_int(text)
        if number is None or not 1 <= number <= len(REASONS):
            return False
        self.reasons.setCurrentRow(number - 1)
        if REASONS[number - 1] == OTHER:
            self.comment.setFocus()
        return True

    def accept(self) -> None:
        reason, comment = self.reason(), self.comment.text().strip()
        if reason == OTHER and not comment:
            self.note.show_error(self.tr("Say in the comment what was wrong."))
            self.comment.setFocus()
            return
        self.rejected_with.emit(reason, comment)
        super().accept()


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
