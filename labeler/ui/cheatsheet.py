"""The `?` overlay: every key of the current screen, grouped by `Action.group`.

Built from the screen's `Keymap`, so it shows the keys in effect (the user's, after
conflicts), not the defaults. It covers its window, takes the keyboard while open (no
action fires underneath) and closes on Escape, `?` or a click.
"""

from __future__ import annotations

import math

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

from labeler.ui.keymap import Keymap, chord_caps, chords, display_key, key_sequence

#: The narrowest a column of the sheet gets, in pixels: how many fit side by side.
_COLUMN_WIDTH = 320

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
        #: The shown page's own keymap (the lead workspace, the project list…), listed
        #: before the window's keys.
        self._page_keymap: Keymap | None = None
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
        heading = _label(self.tr("Keyboard shortcuts"), "heading")
        hint = _label(self.tr("Esc or ? to close"), "hint")
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
        return [
            (group, [(title, tuple(display_key(k) for k in keys)) for title, keys in entries])
            for group, entries in self._groups()
        ]

    def set_page_keymap(self, keymap: Keymap | None) -> None:
        """The keymap of the page shown, if it has one of its own."""
        if keymap is self._page_keymap:
            return
        if self._page_keymap is not None:
            self._page_keymap.changed.disconnect(self._refill)
        self._page_keymap = keymap
        if keymap is not None:
            keymap.changed.connect(self._refill)
        if self.isVisible():
            self._refill()

    def _groups(self) -> list[tuple[str, list[tuple[str, tuple[str, ...]]]]]:
        groups: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        keymaps = [k for k in (self._page_keymap, self._keymap) if k is not None]
        for keymap in keymaps:
            for action in keymap.actions():
                keys = keymap.keys(action.id)
                if keys:
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
        sender = self.sender()
        if (
            not self.isVisible()
            and sender is not None
            and sender
            in (
                self._keymap,
                self._page_keymap,
            )
        ):
            return  # rebuilt on open
        _clear(self._columns)
        groups = self._groups()
        # Caps hug their title: right of the cell, or left when the layout is mirrored.
        toward_title = Qt.AlignmentFlag.AlignAbsolute | (
            Qt.AlignmentFlag.AlignLeft if self.isRightToLeft() else Qt.AlignmentFlag.AlignRight
        )
        per_column = self._rows_per_column(sum(len(e) + 1 for _, e in groups), len(groups))
        column: QGridLayout | None = None
        rows = 0
        for group, entries in groups:
            if column is None or rows + len(entries) + 1 > per_column:
                column = QGridLayout()
                column.setHorizontalSpacing(10)
                column.setVerticalSpacing(4)
                self._columns.addLayout(column)
                rows = 0
            line = column.rowCount()
            column.addWidget(_label(group, "group"), line, 0, 1, 2)
            for title, keys in entries:
                line += 1
                # Rows without caps ("—") as tall as rows with them: columns stay level.
                column.setRowMinimumHeight(line, self.fontMetrics().height() + 7)
                column.addWidget(_caps_row(keys), line, 0, toward_title)
                column.addWidget(QLabel(title), line, 1)
            rows += len(entries) + 1
            column.setRowStretch(line + 1, 1)

    def _rows_per_column(self, rows: int, groups: int) -> int:
        """Spread the rows over as many columns as the window's width holds, and over
        more when its height asks for it (a group is never split)."""
        parent = self.parentWidget()
        width, height = (parent.width(), parent.height()) if parent else (1024, 640)
        fit_rows = max(6, (height - 150) // (self.fontMetrics().height() + 9))
        columns = max(math.ceil(rows / fit_rows), min(groups, max(1, width // _COLUMN_WIDTH)))
        return math.ceil(rows / max(columns, 1))

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
        parent = self.parentWidget()
        if watched is parent and parent is not None and event.type() == QEvent.Type.Resize:
            self.setGeometry(parent.rect())
        return False


def _label(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)  # the style sheet styles by name
    return label


def _caps_row(keys: tuple[str, ...]) -> QWidget:
    box = QWidget()
    # A shortcut reads left to right even in Urdu; the grid still mirrors its place.
    box.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(3)
    if not keys:
        row.addWidget(_label("—", "none"))
    for n, key in enumerate(keys):
        if n:
            row.addWidget(_label("/", "hint"))
        for i, chord in enumerate(chords(key_sequence(key))):
            if i:
                row.addWidget(_label(",", "hint"))
            for text in chord_caps(chord):
                cap = _label(text, "keycap")
                cap.setTextFormat(Qt.TextFormat.PlainText)
                row.addWidget(cap)
    return box


def _clear(layout: QHBoxLayout | QGridLayout | QVBoxLayout) -> None:
    while (child := layout.takeAt(0)) is not None:
        if (widget := child.widget()) is not None:
            widget.setParent(None)  # gone from the sheet now, not at the next loop turn
            widget.deleteLater()
        elif (inner := child.layout()) is not None:
            _clear(inner)  # type: ignore[arg-type]
            inner.deleteLater()
