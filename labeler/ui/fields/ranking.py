"""The ranking field's group: the item's candidates, each placed at a rank by key.

Its keys are plain operations on the rank map (`labeler.ui.fields.ranks`); the group
shows the map and says which one a key asks for.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from labeler.core.schema import Field
from labeler.ui.fields import ranks
from labeler.ui.fields.compare import (
    MISSING,
    FittedLabel,
    KeyedGroup,
    RowName,
    candidate_step,
    candidate_words,
    key_digit,
    plain_key,
)
from labeler.ui.i18n import isolate, legend, number, paragraph
from labeler.ui.itemdata import content


class RankingGroup(KeyedGroup):
    """The item's candidates in the item's order (as their cards stand), each row with
    its rank or "–" while not placed, and the placed order on a line under them. The
    rows never move: ↑/↓ go to the next or previous row, and every other key acts on
    the focused candidate alone, the focus staying on it (a digit places it,
    Ctrl+↑/↓ move it a rank, = ties it with the rank before its own when ties are
    allowed, Backspace takes it out)."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # One row per candidate, in the item's order: its rank and letter, the words.
        self.box = QWidget(self)
        self.grid = QGridLayout(self.box)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setVerticalSpacing(1)
        self.grid.setColumnStretch(1, 1)
        self._layout.addWidget(self.box)
        self.places: list[tuple[RowName, FittedLabel]] = []
        self.order = QLabel(self)
        self.order.setWordWrap(True)
        self._layout.addWidget(self.order)
        self._add_legend()
        self.candidates: list[content.Candidate] = []
        self.focused: str | None = None
        # The ranks typed for candidates still placed better than that (`ranks.waiting`),
        # while the value shown is the one the keys gave (an undo forgets them).
        self.asked: dict[str, int] = {}
        self._emitted: Any = MISSING

    @property
    def keys(self) -> list[str]:
        return [c.key for c in self.candidates]

    def show_data(self, data: dict[str, Any] | None) -> None:
        self.candidates = content.candidates(data)
        self.asked, self._emitted = {}, MISSING
        while len(self.places) > len(self.candidates):
            name, words = self.places.pop()
            name.deleteLater()
            words.deleteLater()
        while len(self.places) < len(self.candidates):
            row = len(self.places)
            name, words = RowName("", self.box), FittedLabel("", self.box)
            words.setStyleSheet("color: #444;")
            self.grid.addWidget(name, row, 0)
            self.grid.addWidget(words, row, 1)
            self.places.append((name, words))
        self.focused = self.keys[0] if self.candidates else None
        keys = [
            self.tr("↑/↓ candidate · 1–{last} place it, the others move down").format(
                last=number(len(self.candidates))
            )
        ]
        if not self.candidates:  # no item yet (a preview): no digits to name
            keys = [self.tr("↑/↓ candidate · a digit places it, the others move down")]
        keys.append(self.tr("Ctrl+↑/↓ a rank better or worse · Backspace takes it out"))
        if self.field.ties:
            keys.append(self.tr("= ties it with the rank before its own"))
        said = (
            " · ".join(keys)
            + "<br>"
            + self.tr("– not placed yet: only what you place is ranked; place every one to send")
        )
        self.legend.setText(legend(said))

    def show_value(self, value: Any) -> None:
        if value != self._emitted:
            self.asked = {}
        super().show_value(value)

    def takes(self, e: QKeyEvent) -> bool:
        return self._wanted(e) is not MISSING

    def keyPressEvent(self, e: QKeyEvent) -> None:
        wanted = self._wanted(e)
        if wanted is MISSING:
            super().keyPressEvent(e)
        elif isinstance(wanted, str):  # the focus moved
            self.focus_key(wanted)
        elif isinstance(wanted, dict):
            # A digit's rank is kept while its candidate stands better than that (typed
            # while fewer were placed); any other key arranges what is shown.
            digit = key_digit(e)
            typed = {**self.asked, self.focused or "": digit} if digit is not None else {}
            self.asked = ranks.waiting(self.keys, wanted, typed)
            self._emitted = wanted or None
            self.wanted.emit(wanted or None)

    def focus_key(self, key: str) -> None:
        """Put the keyboard's row on candidate `key` (its card follows)."""
        self.focused = key
        self.redraw()
        self.candidate_focused.emit(key)

    def _wanted(self, e: QKeyEvent) -> object:
        """A key to focus (str), a rank map to set (empty: none placed), None (a key of
        ours that changes nothing) or MISSING (not ours)."""
        keys, key = self.keys, self.focused
        if not keys or key is None:
            return MISSING
        ctrl = (
            e.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            == Qt.KeyboardModifier.ControlModifier
        )
        step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(Qt.Key(e.key()))
        if step is not None and ctrl:
            return ranks.move(keys, self.value, key, step)
        step = candidate_step(e)
        if step:
            at = keys.index(key) + step
            return keys[at] if 0 <= at < len(keys) else None
        if e.key() == Qt.Key.Key_Backspace and plain_key(e):
            return ranks.take_out(keys, self.value, key)
        if e.text() == "=" and self.field.ties:
            return ranks.tie(keys, self.value, key)
        digit = key_digit(e)
        if digit is not None:
            return ranks.place(keys, self.value, key, digit, self.asked)
        return MISSING

    def redraw(self) -> None:
        keys = self.keys
        given = ranks.placed(keys, self.value)
        # Ranks are compared dense, as the keys give them: a gold map of 1, 1, 3 expects
        # the third candidate second.
        mine = ranks.dense(keys, self.value)
        expected = ranks.dense(keys, self.expected if isinstance(self.expected, dict) else {})
        by_key = {c.key: c for c in self.candidates}
        for (name, words), key in zip(self.places, keys, strict=False):
            rank = number(given[key]) if key in given else "–"
            name.setText(f"<b>{rank}</b>&nbsp;&nbsp;<b>{key}</b>")
            name.setToolTip("" if key in given else self.tr("not placed yet"))
            name.show_focus(key == self.focused, self.hasFocus())
            after = ("", "")
            if key in expected and mine.get(key) == expected[key]:
                after = (" <span style='color:#2e7d32'>✓</span>", " ✓")
            elif key in expected:
                said = self.tr("≠ expected {rank}").format(rank=number(expected[key]))
                after = (f" <b style='color:#c62828'>{html.escape(said)}</b>", f" {said}")
            # The words take the room the column leaves, shortened to fit.
            words.show_plain(candidate_words(by_key[key]), after, isolated=True)
        shown = ranks.order_words(keys, self.value)
        # Keys are Latin letters: kept left to right, best first, in any interface.
        said = html.escape(self.tr("Order: {order}").format(order=isolate(shown) if shown else "–"))
        goal = ranks.order_words(keys, self.expected) if isinstance(self.expected, dict) else ""
        if goal:  # a missed control item's: the order expected under the one given
            right = goal == shown
            color = "#2e7d32" if right else "#c62828"
            line = self.tr("expected ✓") if right else self.tr("expected: {order}")
            line = html.escape(line.format(order=isolate(goal)))
            said += f"<br><span style='color:{color}'>{line}</span>"
        self.order.setText(paragraph(said))
        self.order.setVisible(bool(keys))
