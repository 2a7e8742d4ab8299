"""The contest dialog: why the annotator thinks a failed gold verdict is wrong."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from labeler.ui.pages.common import PAGE_STYLE, label_room

#: The task server wants a reason a lead can act on, not "wrong".
MIN_REASON = 10


class ContestDialog(QDialog):
    """Asks for the reason (at least `MIN_REASON` characters); `contested(submission_id,
    reason)` on OK. Opened with `open()`: it never blocks the caller."""

    contested = Signal(str, str)

    def __init__(self, submission_id: str, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.submission_id = submission_id
        self.setWindowTitle(self.tr("Contest a gold verdict"))
        self.setStyleSheet(PAGE_STYLE + label_room())
        self.setMinimumWidth(460)
        intro = QLabel(
            self.tr(
                "Tell the lead why your answer to {what} should pass. They see your "
                "reason next to the gold answer and uphold it (your answer is then "
                "accepted and paid) or dismiss it with a reply; you read the outcome in "
                "History. A verdict is contested once. Ctrl+Enter sends."
            ).format(what=what),
            self,
        )
        intro.setWordWrap(True)
        self.reason = QPlainTextEdit(self)
        self.reason.setPlaceholderText(
            self.tr("What the gold answer gets wrong, or why your answer is right too")
        )
        self.reason.setTabChangesFocus(True)
        self.reason.installEventFilter(self)
        self.count = QLabel(self)
        self.count.setObjectName("muted")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Send contest"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addWidget(self.reason, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(self._check)
        self._check()
        self.reason.setFocus(Qt.FocusReason.OtherFocusReason)

    def text(self) -> str:
        """The reason as it will be sent (trimmed)."""
        return self.reason.toPlainText().strip()

    def _check(self) -> None:
        n = len(self.text())
        self.ok.setEnabled(n >= MIN_REASON)
        if n >= MIN_REASON:
            self.count.setText(self.tr("{n} characters").format(n=n))
        else:
            self.count.setText(
                self.tr("At least {min} characters ({left} more)").format(
                    min=MIN_REASON, left=MIN_REASON - n
                )
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        # Ctrl+Enter in the reason is the dialog's default button (plain Enter: a new line).
        if (
            watched is self.reason
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.accept()
            return True
        return super().eventFilter(watched, event)

    def accept(self) -> None:
        if len(self.text()) < MIN_REASON:
            return  # Ctrl+Enter or a stray Enter before the reason is long enough
        super().accept()
        self.contested.emit(self.submission_id, self.text())


def open_contest(parent: QWidget, submission_id: str, what: str) -> ContestDialog:
    """Open the window-modal dialog (deleted when closed) and return it. When it closes
    the keyboard goes back to where it was (the item), whatever the window manager does."""
    previous = QApplication.focusWidget()
    dialog = ContestDialog(submission_id, what, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.finished.connect(lambda _: _give_back(previous))
    dialog.open()
    return dialog


def _give_back(widget: QWidget | None) -> None:
    if widget is not None and isValid(widget) and widget.isVisible():
        widget.window().activateWindow()
        widget.setFocus(Qt.FocusReason.PopupFocusReason)
