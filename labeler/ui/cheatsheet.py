"""The `?` overlay: every key of the current screen, grouped by `Action.group`.

Built from the screen's `Keymap`, so it shows the keys in effect (the user's, after
conflicts), not the defaults. It covers its window, takes the keyboard while open (no
action fires underneath) and closes on Escape, `?` or a click beside its card.

Groups go into as many columns as the window's width holds (a group is never split)
and every title and keycap keeps its whole width; what the window's height cannot hold
scrolls, by arrows, PageUp/PageDown, Home/End and the wheel.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from labeler.ui.actions import group_title
from labeler.ui.keymap import Keymap, chord_caps, chords, display_key, key_sequence
from labeler.ui.pages.common import label_room

#: Between the window's edge and the card, and inside the card, in pixels.
_MARGIN = 12
_CARD_MARGINS = (22, 14, 22, 16)
#: Between two columns, and between a row's keycaps and its title.
_COLUMN_GAP = 28
_CELL_GAP = 10
_ROW_GAP = 3

_STYLE = """
#card { background: palette(window); border: 1px solid palette(mid); border-radius: 10px; }
#body, QScrollArea { background: transparent; }
#heading { font-size: 15pt; font-weight: 600; }
#hint { color: palette(placeholder-text); }
#group { font-weight: 600; color: palette(highlight); padding-top: 6px; }
#keycap {
  background: palette(base); border: 1px solid palette(mid); border-bottom-width: 2px;
  border-radius: 4px; padding: 0px 5px; font-family: monospace;
}
#none { color: palette(placeholder-text); }
"""

_Section = tuple[str, list[tuple[str, tuple[str, ...]]]]
_W = TypeVar("_W", bound=QWidget)


@dataclass
class _Block:
    """One group's widgets and the room they need."""

    heading: QLabel
    rows: list[tuple[QWidget, QLabel]]
    caps_width: int
    title_width: int
    height: int


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
        self.setStyleSheet(_STYLE + label_room())
        self._card = QFrame(self)
        self._card.setObjectName("card")
        self._body = QWidget()
        self._body.setObjectName("body")
        self._columns = QHBoxLayout(self._body)
        self._columns.setContentsMargins(0, 0, 6, 0)  # titles clear of the scroll bar
        self._columns.setSpacing(_COLUMN_GAP)
        self.area = QScrollArea(self._card)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the sheet keeps the keyboard
        self.area.setWidgetResizable(True)
        self.area.setWidget(self._body)
        self.area.viewport().setAutoFillBackground(False)
        card = QVBoxLayout(self._card)
        card.setContentsMargins(*_CARD_MARGINS)
        card.setSpacing(8)
        header = QHBoxLayout()
        self._heading = _label(self.tr("Keyboard shortcuts"), "heading")
        self._hint = _label("", "hint")
        header.addWidget(self._heading)
        header.addStretch(1)
        header.addWidget(self._hint)
        card.addLayout(header)
        card.addWidget(self.area, 1)
        window.installEventFilter(self)
        keymap.changed.connect(self._refill)
        self.hide()

    def sections(self) -> list[_Section]:
        """What the sheet lists: (group, [(title, effective keys as shown)]) in table
        order, groups in order of first appearance."""
        return [
            (group, [(title, _shown(keys, run)) for title, keys, run in entries])
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

    def _groups(self) -> list[tuple[str, list[tuple[str, tuple[str, ...], bool]]]]:
        groups: dict[str, list[tuple[str, tuple[str, ...], bool]]] = {}
        keymaps = [k for k in (self._page_keymap, self._keymap) if k is not None]
        for keymap in keymaps:
            for action in keymap.actions():
                keys = keymap.keys(action.id)
                if keys and (action.listed is None or action.listed()):
                    group = group_title(action.group)
                    run = action.run and len(keys) >= 2
                    groups.setdefault(group, []).append((action.title, keys, run))
        return list(groups.items())

    def toggle(self) -> None:
        """Open the sheet, or close it when open."""
        if self.isVisible():
            self.hide_sheet()
        else:
            self.show_sheet()

    def show_sheet(self) -> None:
        """Cover the window and list the keys in effect now."""
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self._refill()
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

    # -- filling ---------------------------------------------------------------------

    def _refill(self) -> None:
        sender = self.sender()
        if not self.isVisible() and sender is not None and sender in self._keymaps():
            return  # rebuilt on open
        _clear(self._columns)
        blocks = [self._block(group, entries) for group, entries in self._groups()]
        for run in self._runs(blocks):
            column = QGridLayout()
            column.setHorizontalSpacing(_CELL_GAP)
            column.setVerticalSpacing(_ROW_GAP)
            column.setColumnStretch(1, 1)
            for block in (blocks[i] for i in run):
                line = column.rowCount()
                column.addWidget(block.heading, line, 0, 1, 2)
                for caps, title in block.rows:
                    line += 1
                    column.addWidget(caps, line, 0, self._toward_title())
                    column.addWidget(title, line, 1)
            column.setRowStretch(column.rowCount(), 1)  # rows stay at the top
            self._columns.addLayout(column)
        self._place()
        self.area.verticalScrollBar().setValue(0)

    def _keymaps(self) -> tuple[Keymap, ...]:
        return tuple(k for k in (self._keymap, self._page_keymap) if k is not None)

    def _toward_title(self) -> Qt.AlignmentFlag:
        # Caps hug their title: right of the cell, or left when the layout is mirrored.
        side = Qt.AlignmentFlag.AlignLeft if self.isRightToLeft() else Qt.AlignmentFlag.AlignRight
        return Qt.AlignmentFlag.AlignAbsolute | side | Qt.AlignmentFlag.AlignVCenter

    def _from_start(self) -> Qt.AlignmentFlag:
        # A title lines up with its caps whatever script it is in (a label's English
        # value in an Urdu sheet, an Urdu label in an English one).
        side = Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        return Qt.AlignmentFlag.AlignAbsolute | side | Qt.AlignmentFlag.AlignVCenter

    def _block(self, group: str, entries: list[tuple[str, tuple[str, ...], bool]]) -> _Block:
        heading = self._own(_label(group, "group"))
        heading.setAlignment(self._from_start())
        rows = []
        for title, keys, run in entries:
            words = QLabel(title, textFormat=Qt.TextFormat.PlainText)
            words.setAlignment(self._from_start())
            rows.append((self._own(_caps_row(keys, run)), self._own(words)))
        caps_width = max((c.sizeHint().width() for c, _ in rows), default=0)
        title_width = max((t.sizeHint().width() for _, t in rows), default=0)
        height = heading.sizeHint().height() + sum(
            max(c.sizeHint().height(), t.sizeHint().height()) + _ROW_GAP for c, t in rows
        )
        title_width = max(title_width, heading.sizeHint().width() - caps_width - _CELL_GAP)
        return _Block(heading, rows, caps_width, title_width, height)

    def _own(self, widget: _W) -> _W:
        """Parent `widget` to the body and give it the sheet's style, so it measures
        as it will show."""
        widget.setParent(self._body)
        widget.setVisible(True)  # reparenting hides it, and a layout leaves hidden ones out
        widget.ensurePolished()
        for child in widget.findChildren(QWidget):
            child.ensurePolished()
        return widget

    def _runs(self, blocks: list[_Block]) -> list[list[int]]:
        """The blocks cut into columns, in order: as many columns as the width holds
        (one at least), each as short as the cut allows."""
        room = self._room().width()
        for count in range(len(blocks), 1, -1):
            runs = _partition([b.height for b in blocks], count)
            widths = [
                max(blocks[i].caps_width for i in run)
                + _CELL_GAP
                + max(blocks[i].title_width for i in run)
                for run in runs
            ]
            if sum(widths) + _COLUMN_GAP * (len(runs) - 1) <= room:
                return runs
        return [list(range(len(blocks)))] if blocks else []

    def _room(self) -> QSize:
        """The room the columns may take in the window: inside the card's margins and
        under its header, with a vertical scroll bar's width kept free."""
        left, top, right, bottom = self._chrome()
        return QSize(
            self.width() - 2 * _MARGIN - left - right - self._bar_width(),
            self.height() - 2 * _MARGIN - top - bottom - self._header_height(),
        )

    def _chrome(self) -> tuple[int, int, int, int]:
        """The card's margins and its border, around the header and the columns."""
        self._card.ensurePolished()  # the border comes with the style
        border = self._card.frameWidth()
        return tuple(m + border for m in _CARD_MARGINS)  # type: ignore[return-value]

    def _bar_width(self) -> int:
        return self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)

    def _header_height(self) -> int:
        """The header's height and the gap under it, in the sheet's style."""
        self._card.ensurePolished()  # the heading's larger font comes with the style too
        card = self._card.layout()
        gap = card.spacing() if card is not None else 0
        return max(self._heading.sizeHint().height(), self._hint.sizeHint().height()) + gap

    def _place(self) -> None:
        """Size the card to its columns, no larger than the window, and centre it."""
        self._columns.activate()
        wanted = self._body.sizeHint()
        room = self._room()
        scrolls = wanted.height() > room.height()
        self._hint.setText(
            self.tr("↑ ↓ PgUp PgDn Home End scroll · Esc or ? to close")
            if scrolls
            else self.tr("Esc or ? to close")
        )
        left, top, right, bottom = self._chrome()
        header = self._heading.sizeHint().width() + 24 + self._hint.sizeHint().width()
        width = max(wanted.width() + (self._bar_width() if scrolls else 0), header)
        width = min(width + left + right, self.width() - 2 * _MARGIN)
        height = min(wanted.height(), room.height()) + top + bottom + self._header_height()
        card = QRect(0, 0, max(1, width), max(1, height))
        card.moveCenter(self.rect().center())
        self._card.setGeometry(card)

    # -- events ----------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # the sheet has the keyboard: no action fires underneath
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt)
        key = event.key()
        bar = self.area.verticalScrollBar()
        if key in (Qt.Key.Key_Escape, Qt.Key.Key_Question):
            self.hide_sheet()
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = bar.singleStep() * 3
            bar.setValue(bar.value() + (step if key == Qt.Key.Key_Down else -step))
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            step = bar.pageStep()
            bar.setValue(bar.value() + (step if key == Qt.Key.Key_PageDown else -step))
        elif key == Qt.Key.Key_Home:
            bar.setValue(bar.minimum())
        elif key == Qt.Key.Key_End:
            bar.setValue(bar.maximum())
        event.accept()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt)
        # The wheel scrolls the list wherever the pointer is, beside the card too.
        bar = self.area.verticalScrollBar()
        bar.setValue(bar.value() - round(event.angleDelta().y() / 120 * bar.singleStep() * 3))
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt)
        if not self._card.geometry().contains(event.position().toPoint()):
            self.hide_sheet()
        event.accept()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt)
        QPainter(self).fillRect(self.rect(), QColor(0, 0, 0, 140))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt)
        super().resizeEvent(event)
        if self.isVisible():
            self._refill()  # the columns the new width holds

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        parent = self.parentWidget()
        if watched is parent and parent is not None and event.type() == QEvent.Type.Resize:
            self.setGeometry(parent.rect())
        return False


def _partition(heights: list[int], count: int) -> list[list[int]]:
    """Indices of `heights` cut into `count` runs (fewer when there are fewer items),
    in order, with the tallest run as short as it can be."""
    n = len(heights)
    count = min(count, n)
    if count <= 1:
        return [list(range(n))] if n else []
    total = [0]
    for h in heights:
        total.append(total[-1] + h)
    inf = float("inf")
    # best[j][i]: the tallest run when the first i items make j runs; cut: where the
    # last of those runs starts.
    best = [[inf] * (n + 1) for _ in range(count + 1)]
    cut = [[0] * (n + 1) for _ in range(count + 1)]
    best[0][0] = 0
    for j in range(1, count + 1):
        for i in range(j, n + 1):
            for m in range(j - 1, i):
                tallest = max(best[j - 1][m], total[i] - total[m])
                if tallest < best[j][i]:
                    best[j][i], cut[j][i] = tallest, m
    runs: list[list[int]] = []
    end = n
    for j in range(count, 0, -1):
        start = cut[j][end]
        runs.insert(0, list(range(start, end)))
        end = start
    return runs


def _label(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)  # the style sheet styles by name
    return label


def _shown(keys: tuple[str, ...], run: bool) -> tuple[str, ...]:
    """Keys as the sheet shows them, a run's two ends as one ("1–9")."""
    shown = tuple(display_key(k) for k in keys)
    return (f"{shown[0]}–{shown[1]}", *shown[2:]) if run else shown


def _caps_row(keys: tuple[str, ...], run: bool = False) -> QWidget:
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
            # A run's ends read as one range; other keys are each a key of their own.
            row.addWidget(_label("–" if run and n == 1 else "/", "hint"))
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
