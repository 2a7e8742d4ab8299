"""The fields of a comparison: pairwise and flags, and what the ranking and criteria
groups (`ranking`, `criteria`) share with them.

As every group, these show a value and say what the user asked for (`wanted`: the
field's whole new value); the form turns that into one draft operation, so each key
is one undo step. Pairwise takes the window's keys (←/→, Shift, T, through the form);
ranking, criteria and flags take keys while focused, as a rating does.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QEvent, QRect, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

from labeler.core.digits import ascii_int
from labeler.core.schema import Field
from labeler.ui.fields.chip import LabelChip
from labeler.ui.fields.flow import FlowLayout
from labeler.ui.fields.groups import FieldGroup
from labeler.ui.i18n import isolate, label_words, legend, paragraph
from labeler.ui.itemdata import content
from labeler.ui.keymap import shown_label_key

MISSING = object()
_FOCUS = "#dbe7fb"
_FOCUS_EDGE = "#2f6fd0"
_SIDE = QColor("#2f6fd0")


def candidate_words(candidate: content.Candidate, limit: int = 48) -> str:
    """A candidate in a few words: its title, else the start of its text."""
    words = candidate.title or " ".join((candidate.text or "").split())
    if not words and candidate.media is not None:
        return ""
    return words if len(words) <= limit else words[: limit - 1] + "…"


class KeyedGroup(FieldGroup):
    """A group that takes keys while focused, with a line saying which."""

    wanted = Signal(object)
    #: The candidate the group's focus is on (its key), for the comparison to outline.
    candidate_focused = Signal(str)

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet("color: gray;")
        self.value: Any = None
        self.expected: Any = MISSING

    def _add_legend(self) -> None:
        self._layout.addWidget(self.legend)

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ShortcutOverride and isinstance(e, QKeyEvent):
            if self.takes(e):
                e.accept()  # the group's key: not a label hotkey or the window's
                return True
        if e.type() == QEvent.Type.KeyPress and isinstance(e, QKeyEvent):
            if e.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and self.tab(e):
                return True
        return super().event(e)

    def takes(self, e: QKeyEvent) -> bool:
        """Whether the group handles `e` itself while focused."""
        return False

    def tab(self, e: QKeyEvent) -> bool:
        """Tab or Shift+Tab while focused; False lets it move the focus on."""
        return False

    def focusInEvent(self, e: QFocusEvent) -> None:
        self.redraw()
        super().focusInEvent(e)

    def focusOutEvent(self, e: QFocusEvent) -> None:
        self.redraw()
        super().focusOutEvent(e)

    def show_value(self, value: Any) -> None:
        self.value = value
        self.redraw()

    def show_expected(self, value: Any = MISSING) -> None:
        self.expected = value
        self.redraw()

    def redraw(self) -> None:
        raise NotImplementedError


def key_digit(e: QKeyEvent) -> int | None:
    if e.modifiers() & ~(Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier):
        return None
    text = e.text()
    return ascii_int(text) if len(text) == 1 else None


def plain_key(e: QKeyEvent) -> bool:
    return not e.modifiers() & ~Qt.KeyboardModifier.KeypadModifier


def candidate_step(e: QKeyEvent) -> int:
    """The step ↑/↓ or PgUp/PgDn (unmodified) make to the previous or next candidate or
    row, as the hint above a list of candidates names them; 0 for any other key."""
    steps = {
        Qt.Key.Key_Up: -1,
        Qt.Key.Key_Down: 1,
        Qt.Key.Key_PageUp: -1,
        Qt.Key.Key_PageDown: 1,
    }
    return steps.get(Qt.Key(e.key()), 0) if plain_key(e) else 0


class FittedLabel(QLabel):
    """A line of plain text that takes the room its row leaves it (no room of its own)
    and is cut short with "…" where it is wider, its whole text in its tooltip."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._words: str | None = None
        self._after = ("", "")
        self._isolated = False

    def show_plain(
        self, text: str, after: tuple[str, str] = ("", ""), *, isolated: bool = False
    ) -> None:
        """`text`, shortened to fit, then `after` (its rich text and its plain text, which
        is never cut); `isolated`: the text is its own run in the line's direction."""
        self._words, self._after, self._isolated = text, after, isolated
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setToolTip(text)
        self._fit()

    def resizeEvent(self, e: QResizeEvent) -> None:
        super().resizeEvent(e)
        self._fit()

    def _fit(self) -> None:
        if self._words is None:
            return
        metrics = self.fontMetrics()
        room = self.contentsRect().width() - self.indent() - 2 * self.margin() - 2
        if self._after[1]:  # measured bold, as a mark may be drawn
            bold = QFont(self.font())
            bold.setBold(True)
            room -= QFontMetrics(bold).horizontalAdvance(self._after[1])
        shown = html.escape(metrics.elidedText(self._words, Qt.TextElideMode.ElideRight, room))
        said = shown + self._after[0]
        self.setText(paragraph(isolate(said) if self._isolated else said))


class RowName(FittedLabel):
    """A row's name (a criterion, a candidate's letter): the focused row has a bar on
    its leading side, and a background while its field has the keyboard."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setIndent(9)
        self.focused = self.active = False

    def show_focus(self, focused: bool, active: bool) -> None:
        if (focused, active) != (self.focused, self.active):
            self.focused, self.active = focused, active
            self.update()

    def paintEvent(self, e: QPaintEvent) -> None:
        if self.focused:
            painter = QPainter(self)
            if self.active:
                painter.fillRect(self.rect(), QColor(_FOCUS))
            bar = QRect(0, 0, 3, self.height())
            if self.isRightToLeft():
                bar.moveRight(self.width() - 1)
            painter.fillRect(bar, QColor(_FOCUS_EDGE))
            painter.end()
        super().paintEvent(e)


class PairwiseGroup(FieldGroup):
    """Which of A and B is better, or a tie: a chip per side where its candidate stands
    on screen (A on the left, on the right in a right-to-left layout), the tie between.
    The window's arrows choose the side they point at."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        row = QWidget(self)
        flow = FlowLayout(row)
        highlight = self.palette().highlight().color()
        self.chips = {
            "A": LabelChip(self.tr("A is better"), "←", highlight, row),
            "tie": LabelChip(self.tr("Tie"), "t", QColor("#8a8a8a"), row),
            "B": LabelChip(self.tr("B is better"), "→", highlight, row),
        }
        for chip in self.chips.values():
            chip.tick_on_badge = True  # the sides keep their room when one is expected
            flow.addWidget(chip)
        self.chips["tie"].setVisible(field.tie)
        # What a side's chip says: "A is better", or "A is much better" when it is. Each
        # side's chip keeps the room of its longer text, so nothing moves when it changes.
        much = self.tr("{key} is much better")
        self._said = {side: (self.chips[side].text(), much.format(key=side)) for side in ("A", "B")}
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet("color: gray;")
        self._layout.addWidget(row)
        self._layout.addWidget(self.legend)
        self.value: Any = None
        self.expected: Any = MISSING
        self.show_keys({})

    def show_keys(self, keys: dict[str, str | None]) -> None:
        """The keys in effect: `left`, `right`, `left_much`, `right_much`, `tie`."""
        arrows = {"Left": "←", "Right": "→"}  # notr: key names
        left, right = (arrows.get(k or "", k) for k in (keys.get("left"), keys.get("right")))
        left, right = left or "←", right or "→"
        mirrored = self.isRightToLeft()
        self.chips["A"].set_key(right if mirrored else left)
        self.chips["B"].set_key(left if mirrored else right)
        # A letter as label keys show it: pressed without Shift.
        self.chips["tie"].set_key(shown_label_key(keys.get("tie") or "T"))
        parts = []
        if self.field.strength:
            parts.append(self.tr("Shift+arrow: much better"))
        self.legend.setText(legend(" · ".join(parts)))
        self.legend.setVisible(bool(parts))
        for side, (_, much) in self._said.items():
            chip = self.chips[side]
            shown = chip.text()
            chip.setMinimumWidth(0)
            chip.setText(much)
            width = chip.sizeHint().width()
            chip.setText(shown)
            chip.setMinimumWidth(width if self.field.strength else 0)

    def show_value(self, value: Any) -> None:
        self.value = value
        winner = value.get("winner") if isinstance(value, dict) else None
        for side, chip in self.chips.items():
            chip.setChecked(side == winner)
        self._say()

    def show_expected(self, value: Any = MISSING) -> None:
        self.expected = value
        self._say()

    def _say(self) -> None:
        """Each side's chip text as the answer reads it ("B is much better" when it is),
        a side that only the expected answer chose as that answer reads it; the expected
        side marked, with the expected strength when the answer chose it otherwise."""
        value = self.value if isinstance(self.value, dict) else {}
        expected = self.expected if isinstance(self.expected, dict) else {}
        winner, goal = value.get("winner"), expected.get("winner")
        much, goal_much = value.get("strength") == 2, expected.get("strength") == 2
        for side, chip in self.chips.items():
            note = ""
            if side == goal and side == winner and much != goal_much:
                note = (
                    self.tr("expected: much better")
                    if goal_much
                    else self.tr("expected: not much better")
                )
            chip.set_expected(self.expected is not MISSING and side == goal, note)
            if side not in self._said:
                continue
            strong = much if side == winner else goal_much and side == goal
            text = self._said[side][strong]
            if chip.text() != text:
                chip.setText(text)
                chip.set_key(chip.key)  # its tooltip says it too


class FlagsGroup(KeyedGroup):
    """Labels per candidate: one candidate focused (Alt+its letter, or ↑/↓ here), a
    label's hotkey toggles that label on it."""

    def __init__(
        self,
        field: Field,
        keys: dict[tuple[str, str], str],
        parent: QWidget | None = None,
        *,
        rationale_next: bool = False,
    ) -> None:
        super().__init__(field, parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.box = QWidget(self)
        self.grid = QGridLayout(self.box)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setVerticalSpacing(2)
        self._layout.addWidget(self.box)
        self._add_legend()
        # Said from the start, one line in the column's width in English and Urdu: the
        # rationale and instructions below stay where they are when an item shows. Tab is
        # the only key into a rationale's box that follows the flags.
        if rationale_next:
            said = self.tr("Alt+letter, ↑/↓: candidate · label key: flag · Tab: why")
        else:
            said = self.tr("Alt+letter or ↑/↓: candidate · a label's key flags it")
        self.legend.setText(legend(said))
        self._keys = dict(keys)
        self.candidates: list[str] = []
        self.names: dict[str, RowName] = {}
        self.chips: dict[str, dict[str, LabelChip]] = {}
        self.focused: str | None = None

    def show_data(self, data: dict[str, Any] | None) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.candidates = content.candidate_keys(data)
        self.names, self.chips = {}, {}
        for r, key in enumerate(self.candidates):
            name = RowName(f"<b>{key}</b>", self.box)
            self.grid.addWidget(name, r, 0)
            self.names[key] = name
            row = QWidget(self.box)
            flow = FlowLayout(row)
            chips = {}
            for label in self.field.labels:
                color = QColor(label.color) if label.color else self.palette().highlight().color()
                chip = LabelChip(
                    label_words(label.value),
                    self._keys.get((self.field.name, label.value)),
                    color,
                    row,
                )
                chip.clicked.connect(lambda _=False, k=key, v=label.value: self.toggle(v, k))
                flow.addWidget(chip)
                chips[label.value] = chip
            self.grid.addWidget(row, r, 1)
            self.chips[key] = chips
        self.grid.setColumnStretch(1, 1)
        self.focused = self.candidates[0] if self.candidates else None

    def show_keys(self, keys: dict[tuple[str, str], str]) -> None:
        self._keys = dict(keys)
        for chips in self.chips.values():
            for value, chip in chips.items():
                chip.set_key(keys.get((self.field.name, value)))

    def focus_candidate(self, key: str) -> bool:
        if key not in self.candidates:
            return False
        self.focused = key
        self.redraw()
        self.candidate_focused.emit(key)
        return True

    def toggle(self, label: str, key: str | None = None) -> bool:
        """Flag (or unflag) the focused candidate, or `key`, with `label`."""
        key = key or self.focused
        if key is None or label not in self.field.label_values():
            return False
        flags = (
            {k: list(v) for k, v in (self.value or {}).items()}
            if isinstance(self.value, dict)
            else {}
        )
        chosen = flags.get(key, [])
        if label in chosen:
            chosen.remove(label)
        else:
            chosen.append(label)
        flags[key] = chosen
        flags = {k: v for k, v in flags.items() if v}
        self.wanted.emit(flags or None)
        if key != self.focused:
            self.focus_candidate(key)
        return True

    def takes(self, e: QKeyEvent) -> bool:
        return candidate_step(e) != 0

    def keyPressEvent(self, e: QKeyEvent) -> None:
        if self.takes(e) and self.focused in self.candidates:
            at = self.candidates.index(self.focused) + candidate_step(e)
            if 0 <= at < len(self.candidates):
                self.focus_candidate(self.candidates[at])
            return
        super().keyPressEvent(e)

    def redraw(self) -> None:
        flags = self.value if isinstance(self.value, dict) else {}
        expected = self.expected if isinstance(self.expected, dict) else {}
        for key, chips in self.chips.items():
            for value, chip in chips.items():
                chip.setChecked(value in (flags.get(key) or []))
                chip.set_expected(value in (expected.get(key) or []))
            self.names[key].show_focus(key == self.focused, self.hasFocus())
