"""The fields of a comparison: pairwise, ranking, criteria and flags.

As every group, these show a value and say what the user asked for (`wanted`: the
field's whole new value); the form turns that into one draft operation, so each key
is one undo step. Pairwise takes the window's keys (←/→, Shift, T, through the form);
ranking, criteria and flags take keys while focused, as a rating does.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QEvent, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

from labeler.core.digits import ascii_int
from labeler.core.schema import Field
from labeler.ui.fields import ranks
from labeler.ui.fields.chip import LabelChip
from labeler.ui.fields.flow import FlowLayout
from labeler.ui.fields.groups import FieldGroup
from labeler.ui.i18n import isolate, label_words, number, paragraph
from labeler.ui.itemdata import content
from labeler.ui.keymap import shown_label_key

_MISSING = object()
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
        self.expected: Any = _MISSING

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

    def show_expected(self, value: Any = _MISSING) -> None:
        self.expected = value
        self.redraw()

    def redraw(self) -> None:
        raise NotImplementedError


def _digit(e: QKeyEvent) -> int | None:
    if e.modifiers() & ~(Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier):
        return None
    text = e.text()
    return ascii_int(text) if len(text) == 1 else None


def _plain(e: QKeyEvent) -> bool:
    return not e.modifiers() & ~Qt.KeyboardModifier.KeypadModifier


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
        room -= metrics.horizontalAdvance(self._after[1]) if self._after[1] else 0
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
        self.expected: Any = _MISSING
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
        self.legend.setText(paragraph(" · ".join(parts)))
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

    def show_expected(self, value: Any = _MISSING) -> None:
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
            chip.set_expected(self.expected is not _MISSING and side == goal, note)
            if side not in self._said:
                continue
            strong = much if side == winner else goal_much and side == goal
            text = self._said[side][strong]
            if chip.text() != text:
                chip.setText(text)
                chip.set_key(chip.key)  # its tooltip says it too


class RankingGroup(KeyedGroup):
    """The candidates best first, one focused: ↑/↓ move the focus, Ctrl+↑/↓ move the
    focused candidate in the order, a digit places it at that rank, = (when ties are
    allowed) gives it the rank of the one above. A candidate not placed yet shows "–"
    (it stands in the item's order and is no part of the answer)."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # One row per place in the order (best first): its rank and letter, the words.
        self.box = QWidget(self)
        self.grid = QGridLayout(self.box)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setVerticalSpacing(1)
        self.grid.setColumnStretch(1, 1)
        self._layout.addWidget(self.box)
        self.places: list[tuple[RowName, FittedLabel]] = []
        self._add_legend()
        self.candidates: list[content.Candidate] = []
        self.focused: str | None = None

    @property
    def keys(self) -> list[str]:
        return [c.key for c in self.candidates]

    def show_data(self, data: dict[str, Any] | None) -> None:
        self.candidates = content.candidates(data)
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
            self.tr("↑/↓ candidate · Ctrl+↑/↓ move it · 1–{last} place it").format(
                last=len(self.candidates)
            )
        ]
        if not self.candidates:  # no item yet (a preview): no digits to name
            keys = [self.tr("↑/↓ candidate · Ctrl+↑/↓ move it · a digit places it")]
        if self.field.ties:
            keys.append(self.tr("= tie with the one above"))
        said = (
            " · ".join(keys)
            + "<br>"
            + self.tr("– not placed yet: only what you place is ranked; place every one to send")
        )
        self.legend.setText(paragraph(said))

    def takes(self, e: QKeyEvent) -> bool:
        return self._wanted(e) is not _MISSING

    def keyPressEvent(self, e: QKeyEvent) -> None:
        wanted = self._wanted(e)
        if wanted is _MISSING:
            super().keyPressEvent(e)
        elif isinstance(wanted, str):  # the focus moved
            self.focused = wanted
            self.redraw()
            self.candidate_focused.emit(wanted)
        elif wanted is not None:
            self.wanted.emit(wanted)

    def _wanted(self, e: QKeyEvent) -> object:
        """A key to focus (str), a rank map to set, None (a key of ours that changes
        nothing) or _MISSING (not ours)."""
        keys, key = self.keys, self.focused
        if not keys or key is None:
            return _MISSING
        ctrl = (
            e.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            == Qt.KeyboardModifier.ControlModifier
        )
        step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(Qt.Key(e.key()))
        if step is not None and ctrl:
            return ranks.move(keys, self.value, key, step)
        if step is not None and _plain(e):
            ordered = ranks.order(keys, self.value)
            at = ordered.index(key) + step
            return ordered[at] if 0 <= at < len(ordered) else None
        if e.text() == "=" and self.field.ties:
            return ranks.tie_with_above(keys, self.value, key)
        digit = _digit(e)
        if digit is not None:
            return ranks.place(keys, self.value, key, digit)
        return _MISSING

    def redraw(self) -> None:
        keys = self.keys
        given = ranks.placed(keys, self.value)
        expected = self.expected if isinstance(self.expected, dict) else {}
        by_key = {c.key: c for c in self.candidates}
        for (name, words), key in zip(self.places, ranks.order(keys, self.value), strict=False):
            rank = number(given[key]) if key in given else "–"
            name.setText(f"<b>{rank}</b>&nbsp;&nbsp;<b>{key}</b>")
            name.setToolTip("" if key in given else self.tr("not placed yet"))
            name.show_focus(key == self.focused, self.hasFocus())
            after = ("", "")
            if key in expected:
                mark = f" ✓ {number(expected[key])}"
                after = (f"<span style='color:#b8860b'>{mark}</span>", mark)
            # The words take the room the column leaves, shortened to fit.
            words.show_plain(candidate_words(by_key[key]), after, isolated=True)


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
            self.scale.setText(paragraph(html.escape(said)))
        self.scale.setVisible(bool(field.scale))
        self.legend.setText(
            paragraph(
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
        digit = _digit(e)
        if digit is None:
            return None
        if digit == 0 and self.low <= 10 <= self.high and self.low > 0:
            return 10
        return digit

    def takes(self, e: QKeyEvent) -> bool:
        point = self._point(e)
        return bool(self.rows) and (
            (point is not None and self.low <= point <= self.high)
            or (e.key() == Qt.Key.Key_Backspace and _plain(e))
            or (e.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and _plain(e))
        )

    def keyPressEvent(self, e: QKeyEvent) -> None:
        point = self._point(e)
        if self.focused is None:
            super().keyPressEvent(e)
        elif point is not None and self.low <= point <= self.high:
            self._rate(self.focused, point)
        elif e.key() == Qt.Key.Key_Backspace and _plain(e):
            self._rate(self.focused, None)
        elif e.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and _plain(e):
            self._step(-1 if e.key() == Qt.Key.Key_Up else 1)
        else:
            super().keyPressEvent(e)

    def tab(self, e: QKeyEvent) -> bool:
        back = e.key() == Qt.Key.Key_Backtab or bool(
            e.modifiers() & Qt.KeyboardModifier.ShiftModifier
        )
        if e.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            return False
        return self._step(-1 if back else 1)

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
        self.legend.setText(paragraph(said))
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
        return e.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and _plain(e)

    def keyPressEvent(self, e: QKeyEvent) -> None:
        if self.takes(e) and self.focused in self.candidates:
            at = self.candidates.index(self.focused) + (-1 if e.key() == Qt.Key.Key_Up else 1)
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
