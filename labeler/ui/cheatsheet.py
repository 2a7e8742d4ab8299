"""The `?` overlay: every key of the current screen, grouped by `Action.group`.

Built from the screen's `Keymap`, so it shows the keys in effect (the user's, after
conflicts), not the defaults. It covers its window, takes the keyboard while open (no
action fires underneath) and closes on Escape, `?` or a click.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from labeler.ui.keymap import Keymap, display_key

#: How many actions a column holds before the next group starts a new column.
_COLUMN_ROWS = 12

_STYLE = """
#card { background: palette(window); border: 1px solid palette(mid); border-radius: 10px; }
#heading { font-size: 15pt; font-weight: 600; }
#hint { color: palette(placeholder-text); }
#group { font-weight: 600; color: palette(highlight); padding-top: 6px; }
#keycap {
  background: palette(base); border: 1px solid palette(mid); border-bottom-width: 2px;
  border-radius: 4px; padding: 0px 5px; font-family: monospace;
}
#none { color: palette(placeholder-text); }
"""


class CheatSheet(QWidget):
    """The overlay over `window` listing `keymap`'s actions and their effective keys."""

    #: The sheet closed (Escape, `?`, a click, or `hide_sheet`).
    closed = Signal()

    def __init__(self, keymap: Keymap, window: QWidget) -> None:
        super().__init__(window)
        self._keymap = keymap
        self._return_focus: QWidget | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet(_STYLE)
        self._card = QFrame(self)
        self._card.setObjectName("card")
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self._card)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)
        self._columns = QHBoxLayout()
        self._columns.setSpacing(28)
        card = QVBoxLayout(self._card)
        card.setContentsMargins(22, 16, 22, 18)
        header = QHBoxLayout()
        heading = QLabel(self.tr("Keyboard shortcuts"), objectName="heading")
        hint = QLabel(self.tr("Esc or ? to close"), objectName="hint")
        header.addWidget(heading)
        header.addStretch(1)
        header.addWidget(hint)
        card.addLayout(header)
        card.addLayout(self._columns)
        window.installEventFilter(self)
        keymap.changed.connect(self._refill)
        self.hide()

    def sections(self) -> list[tuple[str, list[tuple[str, tuple[str, ...]]]]]:
        """What the sheet lists: (group, [(title, effective keys as shown)]) in table
        order, groups in order of first appearance."""
        groups: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        for action in self._keymap.actions():
            keys = tuple(display_key(k) for k in self._keymap.keys(action.id))
            groups.setdefault(action.group, []).append((action.title, keys))
        return list(groups.items())

    def toggle(self) -> None:
        """Open the sheet, or close it when open."""
        if self.isVisible():
            self.hide_sheet()
        else:
            self.show_sheet()

    def show_sheet(self) -> None:
        """Cover the window and list the keys in effect now."""
        self._refill()
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        focused = QApplication.focusWidget()
        self._return_focus = focused if focused is not self else None
        self.show()
        self.raise_()
        self.setFocus(Qt.FocusReason.PopupFocusReason)

    def hide_sheet(self) -> None:
        """Close the sheet and give the keyboard back to where it was."""
        if not self.isVisible():
            return
        self.hide()
        if self._return_focus is not None:
            self._return_focus.setFocus(Qt.FocusReason.PopupFocusReason)
        self.closed.emit()

    def _refill(self) -> None:
        if not self.isVisible() and self.sender() is self._keymap:
            return  # rebuilt on open
        _clear(self._columns)
        column: QGridLayout | None = None
        rows = 0
        for group, entries in self.sections():
            if column is None or rows + len(entries) > _COLUMN_ROWS:
                column = QGridLayout()
                column.setHorizontalSpacing(10)
                column.setVerticalSpacing(4)
                self._columns.addLayout(column)
                rows = 0
            line = column.rowCount()
            column.addWidget(QLabel(group, objectName="group"), line, 0, 1, 2)
            for title, keys in entries:
                line += 1
                column.addLayout(_caps_row(keys), line, 0, Qt.AlignmentFlag.AlignRight)
                column.addWidget(QLabel(title), line, 1)
            rows += len(entries) + 1
            column.setRowStretch(line + 1, 1)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # the sheet has the keyboard: no action fires underneath
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt)
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Question):
            self.hide_sheet()
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt)
        self.hide_sheet()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt)
        QPainter(self).fillRect(self.rect(), QColor(0, 0, 0, 140))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False


def _caps_row(keys: tuple[str, ...]) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(3)
    row.addStretch(1)
    if not keys:
        row.addWidget(QLabel("—", objectName="none"))
    for n, key in enumerate(keys):
        if n:
            row.addWidget(QLabel("/", objectName="hint"))
        for chord in key.split(", "):
            cap = QLabel(chord, objectName="keycap")
            cap.setTextFormat(Qt.TextFormat.PlainText)
            row.addWidget(cap)
    return row


def _clear(layout: QHBoxLayout | QGridLayout | QVBoxLayout) -> None:
    while (child := layout.takeAt(0)) is not None:
        if (widget := child.widget()) is not None:
            widget.deleteLater()
        elif (inner := child.layout()) is not None:
            _clear(inner)  # type: ignore[arg-type]
            inner.deleteLater()
