"""One group per field: its name, required marker, and the widgets for its value.

Groups never touch the draft. They show a value and say what the user asked for
(`picked`, `rated`, `typed`); the form turns that into a draft operation.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QKeySequence, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QLabel, QSpinBox, QTextEdit, QVBoxLayout, QWidget

from labeler.core.digits import ascii_int
from labeler.core.schema import Field
from labeler.ui.fields.chip import EXPECTED_COLOR, LabelChip
from labeler.ui.fields.flow import FlowLayout
from labeler.ui.i18n import paragraph
from labeler.ui.text.fonts import ArabicSizer, text_font

#: A rating range up to this many values gets one chip per value, else a spin box.
MAX_RATING_CHIPS = 11
_MISSING = object()


class FieldGroup(QWidget):
    """The part of the form for one field."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(3)
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.show_required(field.required)
        self._layout.addWidget(self.title)

    def show_required(self, required: bool) -> None:
        """Mark the field required (or not): a rationale is, once the comparison is
        close."""
        said = self.tr("required")
        marker = f" <span style='color:#c62828' title='{html.escape(said)}'>*</span>"
        hint = ""
        if self.field.kind == "multichoice":
            any_number = html.escape(self.tr("(any number)"))
            hint = f" <span style='color:gray'>{any_number}</span>"
        self.title.setText(
            paragraph(
                f"<b>{html.escape(self.field.name.replace('_', ' '))}</b>"
                + (marker if required else "")
                + hint
            )
        )
        self.title.setToolTip(said if required else self.tr("optional"))

    def show_data(self, data: dict[str, Any] | None) -> None:
        """The item's `data` (its candidates, its record), before its value shows."""
        del data  # most fields ask nothing of the item

    def show_value(self, value: Any) -> None:
        """Show the field's value in the draft (None when unanswered)."""
        raise NotImplementedError

    def show_expected(self, value: Any = _MISSING) -> None:
        """Mark the expected value; no argument clears the mark."""
        raise NotImplementedError


class ChipGroup(FieldGroup):
    """A row of chips: the labels of a choice or multichoice field, or the values of a
    short rating range. Emits `picked` with the chip's value when clicked."""

    picked = Signal(object)

    def __init__(
        self,
        field: Field,
        choices: list[tuple[Any, str, str | None]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(field, parent)
        row = QWidget(self)
        flow = FlowLayout(row)
        self.chips: dict[Any, LabelChip] = {}
        given = {label.value: label.color for label in field.labels}
        for value, text, key in choices:
            # A schema colour when there is one; a choice needs no palette colour.
            color = QColor(given[value]) if given.get(value) else self.palette().highlight().color()
            chip = LabelChip(text, key, color, row)
            chip.clicked.connect(lambda _=False, v=value: self._clicked(v))
            flow.addWidget(chip)
            self.chips[value] = chip
        self._layout.addWidget(row)

    def _clicked(self, value: Any) -> None:
        self.picked.emit(value)

    def show_value(self, value: Any) -> None:
        chosen = set(value) if isinstance(value, list) else {value}
        for key, chip in self.chips.items():
            chip.setChecked(key in chosen)

    def show_expected(self, value: Any = _MISSING) -> None:
        expected = set(value) if isinstance(value, list) else {value}
        for key, chip in self.chips.items():
            chip.set_expected(value is not _MISSING and key in expected)


class RatingGroup(ChipGroup):
    """A rating: one chip per value, set by click, or, while the group has focus, by a
    digit (0 stands for 10), Left/Right to step and Backspace to clear."""

    rated = Signal(object)

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        low, high = field.min or 0, field.max or 0
        super().__init__(field, [(v, str(v), None) for v in range(low, high + 1)], parent)
        self.low, self.high = low, high
        self.value: int | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setToolTip(
            self.tr("{low}–{high}: click, or focus and type a digit; ←/→ step").format(
                low=low, high=high
            )
        )
        self.picked.connect(self.rated)

    def show_value(self, value: Any) -> None:
        self.value = value if isinstance(value, int) else None
        super().show_value(value)

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ShortcutOverride and isinstance(e, QKeyEvent):
            if self._wanted(e) is not _MISSING:
                e.accept()  # a digit here rates: it must not fire a choice hotkey
                return True
        return super().event(e)

    def keyPressEvent(self, e: QKeyEvent) -> None:
        wanted = self._wanted(e)
        if wanted is _MISSING:
            super().keyPressEvent(e)
        elif wanted is None or (isinstance(wanted, int) and self.low <= wanted <= self.high):
            self.rated.emit(wanted)

    def _wanted(self, e: QKeyEvent) -> object:
        """The rating key `e` asks for, None to clear, or _MISSING for other keys."""
        if e.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return _MISSING
        text = e.text()
        wanted: int | None | object = _MISSING
        digit = ascii_int(text) if len(text) == 1 else None
        if digit is not None:
            wanted = 10 if digit == 0 and self.low <= 10 <= self.high and self.low > 0 else digit
        elif e.key() == self._up_key():
            wanted = self.low if self.value is None else self.value + 1
        elif e.key() == self._down_key():
            wanted = self.high if self.value is None else self.value - 1
        elif e.key() == Qt.Key.Key_Backspace:
            wanted = None
        return wanted

    def _up_key(self) -> Qt.Key:
        """The arrow towards higher values: the chips run from the right in a
        right-to-left layout, as a slider's arrows do."""
        return Qt.Key.Key_Left if self.isRightToLeft() else Qt.Key.Key_Right

    def _down_key(self) -> Qt.Key:
        return Qt.Key.Key_Right if self.isRightToLeft() else Qt.Key.Key_Left

    def paintEvent(self, e: QPaintEvent) -> None:
        super().paintEvent(e)
        if self.hasFocus():  # digits go here now: say so
            painter = QPainter(self)
            painter.setPen(QPen(self.palette().highlight().color(), 2))
            painter.drawRect(self.rect().adjusted(1, 1, -1, -1))
            painter.end()

    def focusInEvent(self, e: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(e)

    def focusOutEvent(self, e: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(e)


class SpinRatingGroup(FieldGroup):
    """A rating over a long range: a spin box (empty below `min` means unanswered)."""

    rated = Signal(object)

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        low, high = field.min or 0, field.max or 0
        self.box = QSpinBox(self)
        self.box.setRange(low - 1, high)
        self.box.setSpecialValueText("–")  # shown at low - 1: no rating yet
        self.box.valueChanged.connect(self._changed)
        self.expected = QLabel(self)
        self.expected.setStyleSheet(f"color: {EXPECTED_COLOR.name()}")
        self.expected.hide()
        self._layout.addWidget(self.box)
        self._layout.addWidget(self.expected)
        self.setFocusProxy(self.box)

    def _changed(self, value: int) -> None:
        self.rated.emit(None if value < self.box.minimum() + 1 else value)

    def show_value(self, value: Any) -> None:
        self.box.blockSignals(True)
        self.box.setValue(value if isinstance(value, int) else self.box.minimum())
        self.box.blockSignals(False)

    def show_expected(self, value: Any = _MISSING) -> None:
        self.expected.setText(self.tr("expected ✓ {value}").format(value=value))
        self.expected.setVisible(value is not _MISSING)


class AnswerTextBox(QTextEdit):
    """The box of a text field. Undo/Redo keys go to the workbench (the draft holds
    the history); leaving the box ends the typed run's undo step. A QTextEdit, not a
    QPlainTextEdit: only it aligns an Urdu paragraph to the right."""

    left = Signal()

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ShortcutOverride and isinstance(e, QKeyEvent):
            if e.matches(QKeySequence.StandardKey.Undo) or e.matches(QKeySequence.StandardKey.Redo):
                e.ignore()  # not ours: let the workbench's undo shortcut fire
                return True
        return super().event(e)

    def focusOutEvent(self, e: QFocusEvent) -> None:
        self.left.emit()
        super().focusOutEvent(e)


class TextGroup(FieldGroup):
    """A free-text field; emits `typed` with the whole text on every keystroke."""

    typed = Signal(str)
    left = Signal()

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.box = AnswerTextBox(self)
        self.box.setAcceptRichText(False)
        self.box.setUndoRedoEnabled(False)
        self.box.setTabChangesFocus(True)
        self.box.setFont(text_font(11))
        self._sizer = ArabicSizer(self.box.document(), 11)
        self.box.setFixedHeight(self.box.fontMetrics().lineSpacing() * 3 + 12)
        self.box.textChanged.connect(lambda: self.typed.emit(self.box.toPlainText()))
        self.box.left.connect(self.left)
        self.expected = QLabel(self)
        self.expected.setWordWrap(True)
        self.expected.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.expected.setStyleSheet(f"color: {EXPECTED_COLOR.name()}")
        self.expected.hide()
        self._layout.addWidget(self.box)
        self._layout.addWidget(self.expected)
        self.setFocusProxy(self.box)

    def show_value(self, value: Any) -> None:
        text = value if isinstance(value, str) else ""
        if self.box.toPlainText() == text:
            return  # our own keystroke coming back: keep the caret where it is
        self.box.blockSignals(True)
        self.box.setPlainText(text)
        self.box.moveCursor(self.box.textCursor().MoveOperation.End)
        self.box.blockSignals(False)

    def show_expected(self, value: Any = _MISSING) -> None:
        shown = self.tr("expected ✓ {value}").format(value=value)
        self.expected.setText(shown if value is not _MISSING else "")
        self.expected.setVisible(value is not _MISSING)
