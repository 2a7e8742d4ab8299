"""A record as a form (the record being verified), and a record pair side by side with
the values that differ highlighted (matching).

Laid out as grids of labels, not HTML tables: a grid mirrors in a right-to-left layout
(the keys at the right in Urdu), a rich-text table does not.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from labeler.ui.i18n import number, paragraph
from labeler.ui.itemdata.content import same_value, shown_value
from labeler.ui.text.panels import _shown_value

#: Background of a differing row of a record pair.
DIFFERS = QColor("#ffe9b3")


def _value_cell(value: Any, parent: QWidget, *, differs: bool = False) -> Cell:
    """A value's cell, the whole value in its tooltip (a cell scrolled out of sight or a
    value shortened still says it)."""
    cell = Cell(_cell(value), parent, differs=differs)
    cell.setToolTip(shown_value(value))
    return cell


def _cell(value: Any) -> str:
    text = shown_value(value)
    if not text:
        return "<span style='color:gray'>—</span>"
    return _shown_value(text)


class Cell(QLabel):
    """One cell of a record: selectable text, on the highlight when its row differs."""

    def __init__(self, text: str, parent: QWidget | None = None, *, differs: bool = False) -> None:
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setWordWrap(True)
        self.setMargin(3)
        # The leading side (the right in Urdu), whatever the value's own script.
        side = Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        self.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
        self.differs = differs

    def paintEvent(self, e: QPaintEvent) -> None:
        if self.differs:
            painter = QPainter(self)
            painter.fillRect(self.rect(), DIFFERS)
            painter.end()
        super().paintEvent(e)


class _Grid(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 6, 6, 6)
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        column.addWidget(self.title)
        self.body = QWidget()
        rows = QVBoxLayout(self.body)
        rows.setContentsMargins(0, 0, 0, 0)
        self.grid = QGridLayout()
        rows.addLayout(self.grid)
        rows.addStretch(1)  # the rows at the top, what is left under them
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(0)
        self.grid.setVerticalSpacing(0)
        # Lower than its rows need (a long prompt above, many keys, Nastaliq's tall
        # lines), the grid scrolls: squeezed, a wrapped value kept its first line and
        # lost the rest with nothing to say so, where the two records differed.
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(self.body)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        column.addWidget(self.scroll, 1)
        self.note = QLabel(self)
        self.note.setStyleSheet("color: #555;")
        self.note.hide()
        column.addWidget(self.note)

    def _clear(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def text(self) -> str:
        """Every cell's text and the note (for tests)."""
        cells = [self.grid.itemAt(i).widget() for i in range(self.grid.count())]
        texts = [w.text() for w in cells if isinstance(w, QLabel)]
        return "\n".join([self.title.text(), *texts, self.note.text()])

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        """The height that shows every row whole at `width` (the grid's rows are in a
        scroll area, which says none of its own)."""
        column = self.layout()
        if column is None:
            return 0
        margins = column.contentsMargins()
        inner = width - margins.left() - margins.right() - 2 * self.frameWidth()
        parts = [w for w in (self.title, self.note) if not w.isHidden()]
        height = sum(
            w.heightForWidth(inner) if w.wordWrap() else w.sizeHint().height() for w in parts
        )
        grid = self.grid.heightForWidth(inner) if self.grid.count() else 0
        height += grid if grid >= 0 else self.grid.sizeHint().height()
        height += column.spacing() * len(parts)
        return height + margins.top() + margins.bottom() + 2 * self.frameWidth()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.heightForWidth(max(self.width(), hint.width())))


class RecordView(_Grid):
    """The record's keys and values, one row each."""

    def show_record(self, record: dict[str, Any]) -> None:
        said = self.tr("Record")
        self.title.setText(paragraph(f"<b>{html.escape(said)}</b>"))
        self._clear()
        for row, (key, value) in enumerate(record.items()):
            name = Cell(f"<b style='color:#555'>{_shown_value(str(key))}</b>", self.body)
            self.grid.addWidget(name, row, 0)
            self.grid.addWidget(_value_cell(value, self.body), row, 1)
        self.grid.setColumnStretch(1, 1)


class RecordPairView(_Grid):
    """Two records in two columns, every key of either in a row; the rows whose values
    differ on a coloured background and marked ≠ (not by colour alone)."""

    def show_pair(self, first: dict[str, Any], second: dict[str, Any]) -> None:
        keys = list(first) + [k for k in second if k not in first]
        self.differing = [k for k in keys if not same_value(first.get(k), second.get(k))]
        self.title.clear()
        self.title.hide()
        self._clear()
        heads = ("", self.tr("First record"), self.tr("Second record"), "")
        for c, head in enumerate(heads):
            self.grid.addWidget(Cell(f"<b>{html.escape(head)}</b>", self.body), 0, c)
        for row, key in enumerate(keys, start=1):
            differs = key in self.differing
            cells = (
                Cell(f"<b>{_shown_value(str(key))}</b>", self.body, differs=differs),
                _value_cell(first.get(key), self.body, differs=differs),
                _value_cell(second.get(key), self.body, differs=differs),
                Cell(
                    "<b style='color:#8a5a00'>≠</b>" if differs else "", self.body, differs=differs
                ),
            )
            for c, cell in enumerate(cells):
                self.grid.addWidget(cell, row, c)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        said = self.tr("{count} of {total} values differ").format(
            count=number(len(self.differing)), total=number(len(keys))
        )
        self.note.setText(paragraph(html.escape(said)))
        self.note.show()
