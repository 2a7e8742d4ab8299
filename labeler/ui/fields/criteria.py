"""The criteria field's group: a rating per row, named criteria or the item's
candidates, each row rated by a digit."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from labeler.core.schema import Field
from labeler.ui.fields.chip import LabelChip
from labeler.ui.fields.compare import (
    KeyedGroup,
    RowName,
    candidate_step,
    candidate_words,
    key_digit,
    plain_key,
)
from labeler.ui.i18n import isolate, legend, number
from labeler.ui.itemdata import content


def _unbroken(text: str) -> str:
    """A point of a scale and its words ("2 Relevant") kept on one line: a line that
    wraps does so between points, never between a digit and its words (in Urdu "2"
    ended one line and "Relevant" began the next, so it read as 3's). A long text keeps
    its own spaces past its first word."""
    if len(text) <= _UNBROKEN_CHARS:
        return text.replace(" ", "\u00a0")
    digit, _, words = text.partition(" ")
    first, space, rest = words.partition(" ")
    return f"{digit}\u00a0{first}{space}{rest}"


# The longest point of a scale kept whole on one line.
_UNBROKEN_CHARS = 28


class CriteriaGroup(KeyedGroup):
    """A rating per row (named criteria, or the item's candidates): one row focused,
    a digit rates it, Tab and Shift+Tab move between rows (on from the last)."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.low = field.min if field.min is not None else 1
        self.high = field.max if field.max is not None else 5
        self.grid_box = QWidget(self)
        self.grid = QGridLayout(self.grid_box)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(4)
        self.grid.setVerticalSpacing(2)
        self._layout.addWidget(self.grid_box)
        self.scale = QLabel(self)
        self.scale.setWordWrap(True)
        self.scale.setStyleSheet("color: #555;")
        self._layout.addWidget(self.scale)
        self._add_legend()
        self.rows: list[tuple[str, str]] = []
        self.names: dict[str, RowName] = {}
        self.chips: dict[str, dict[int, LabelChip]] = {}
        self.focused: str | None = None
        if field.scale:
            points = range(self.low, self.high + 1)
            said = " · ".join(
                isolate(_unbroken(f"{number(p)} {t}"))
                for p, t in zip(points, field.scale, strict=False)
            )
            self.scale.setText(legend(html.escape(said)))
        self.scale.setVisible(bool(field.scale))
        self.legend.setText(
            legend(
                self.tr("Tab/Shift+Tab row · {low}–{high} rate it").format(
                    low=number(self.low), high=number(self.high)
                )
            )
        )
        if field.row_values() is not None:
            self._build([(r.value, r.text or r.value) for r in field.rows])  # type: ignore[union-attr]

    @property
    def by_candidate(self) -> bool:
        return self.field.row_values() is None

    def show_data(self, data: dict[str, Any] | None) -> None:
        if self.by_candidate:
            self._build(
                [
                    (c.key, f"{c.key}  \u2068{candidate_words(c, 28)}\u2069")
                    for c in content.candidates(data)
                ]
            )

    def _build(self, rows: list[tuple[str, str]]) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.rows, self.names, self.chips = rows, {}, {}
        texts = list(self.field.scale)
        for r, (value, text) in enumerate(rows):
            # A row's name takes the room its chips leave (shortened where the column is
            # narrow, as in Urdu): the chips are what the keys and the eye look for.
            name = RowName("", self.grid_box)
            name.show_plain(text)
            self.grid.addWidget(name, r, 0)
            self.names[value] = name
            chips = {}
            for c, point in enumerate(range(self.low, self.high + 1)):
                chip = LabelChip(
                    number(point), None, self.palette().highlight().color(), self.grid_box
                )
                if c < len(texts):
                    chip.setToolTip(texts[c])
                chip.clicked.connect(lambda _=False, v=value, p=point: self._rate(v, p))
                self.grid.addWidget(chip, r, c + 1)
                chips[point] = chip
            self.chips[value] = chips
        self.grid.setColumnStretch(0, 1)
        self.focused = rows[0][0] if rows else None

    def _rate(self, row: str, point: int | None) -> None:
        rated = dict(self.value) if isinstance(self.value, dict) else {}
        if point is None:
            rated.pop(row, None)
        else:
            rated[row] = point
        self.wanted.emit(rated or None)

    def _point(self, e: QKeyEvent) -> int | None:
        digit = key_digit(e)
        if digit is None:
            return None
        if digit == 0 and self.low <= 10 <= self.high and self.low > 0:
            return 10
        return digit

    def takes(self, e: QKeyEvent) -> bool:
        point = self._point(e)
        return bool(self.rows) and (
            (point is not None and self.low <= point <= self.high)
            or (e.key() == Qt.Key.Key_Backspace and plain_key(e))
            or candidate_step(e) != 0
        )

    def keyPressEvent(self, e: QKeyEvent) -> None:
        point = self._point(e)
        if self.focused is None:
            super().keyPressEvent(e)
        elif point is not None and self.low <= point <= self.high:
            self._rate(self.focused, point)
        elif e.key() == Qt.Key.Key_Backspace and plain_key(e):
            self._rate(self.focused, None)
        elif candidate_step(e):
            self._step(candidate_step(e))
        else:
            super().keyPressEvent(e)

    def tab(self, e: QKeyEvent) -> bool:
        back = e.key() == Qt.Key.Key_Backtab or bool(
            e.modifiers() & Qt.KeyboardModifier.ShiftModifier
        )
        if e.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            return False
        return self._step(-1 if back else 1)

    def focus_candidate(self, key: str) -> bool:
        """Focus the row of candidate `key` (rows per candidate); False: none is its."""
        if not self.by_candidate or key not in self.chips:
            return False
        self.focused = key
        self.redraw()
        return True

    def focus_row(self, row: str) -> None:
        """Put the keyboard's row on `row` (a criterion, or a candidate, whose card
        follows), as ↑/↓ would."""
        if row not in self.chips:
            return
        self.focused = row
        self.redraw()
        if self.by_candidate:
            self.candidate_focused.emit(row)

    def _step(self, step: int) -> bool:
        values = [v for v, _ in self.rows]
        if self.focused not in values:
            return False
        at = values.index(self.focused) + step
        if not 0 <= at < len(values):
            return False  # past the last row: the focus moves on
        self.focused = values[at]
        self.redraw()
        if self.by_candidate:
            self.candidate_focused.emit(self.focused)
        return True

    def redraw(self) -> None:
        rated = self.value if isinstance(self.value, dict) else {}
        expected = self.expected if isinstance(self.expected, dict) else {}
        for value, chips in self.chips.items():
            for point, chip in chips.items():
                chip.setChecked(rated.get(value) == point)
                chip.set_expected(expected.get(value) == point)
            self.names[value].show_focus(value == self.focused, self.hasFocus())
