"""The record field (each key of the item's record confirmed as shown or corrected) and
the rationale (a text with its length counted against the minimum)."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QEvent, QRect, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QWidget

from labeler.core.schema import Field
from labeler.ui.fields.groups import FieldGroup, TextGroup
from labeler.ui.i18n import isolate, legend, number, paragraph
from labeler.ui.itemdata import content
from labeler.ui.text.fonts import text_font

_MISSING = object()
_CONFIRMED, _CORRECTED = "✓", "✎"
# Focus reasons that keep the cursor where it was: a click places it, and coming back
# to the window or from a menu returns to where the annotator left it.
_KEEPS_CURSOR = (
    Qt.FocusReason.MouseFocusReason,
    Qt.FocusReason.ActiveWindowFocusReason,
    Qt.FocusReason.PopupFocusReason,
)


class RecordLine(QLineEdit):
    """A record value's box. Undo/Redo keys go to the workbench (the draft holds the
    history); leaving it ends the typed run's undo step. The keyboard coming to it (an
    item opening, Enter on the key above, Tab) selects the value, so typing replaces it
    ("typing corrects it"); only a click places the cursor."""

    left = Signal()

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ShortcutOverride and isinstance(e, QKeyEvent):
            if e.matches(QKeySequence.StandardKey.Undo) or e.matches(QKeySequence.StandardKey.Redo):
                e.ignore()  # not ours: let the workbench's undo shortcut fire
                return True
        return super().event(e)

    def focusInEvent(self, e: QFocusEvent) -> None:
        super().focusInEvent(e)
        if e.reason() not in _KEEPS_CURSOR:
            self.selectAll()

    def focusOutEvent(self, e: QFocusEvent) -> None:
        self.left.emit()
        super().focusOutEvent(e)

    def show_text(self, text: str) -> None:
        """A new value (another item's, an undo's): selected while the box has the
        keyboard, as when the keyboard comes to it."""
        self.setText(text)
        if self.hasFocus():
            self.selectAll()


class RecordGroup(FieldGroup):
    """One row per key to verify: its name, a box with the value proposed (the prefill's,
    else the record's), and whether it is still to check, confirmed (✓, Enter on it) or
    corrected (✎, typed over); Tab goes from key to key. Only the annotator checks a key:
    a proposed value starts "to check". `wanted(value, checked, merge)`: the keys checked
    go with the value; merge while typing, so a typed run is one undo step."""

    wanted = Signal(object, object, bool)
    left = Signal()
    # Enter on a key left every key checked: Enter confirms here, it never sends, so
    # the screen says which key does.
    checked_all = Signal()

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        box = QWidget(self)
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(3)
        self.boxes: dict[str, RecordLine] = {}
        self.marks: dict[str, QLabel] = {}
        self.expected_marks: dict[str, QLabel] = {}
        self.shown: dict[str, str] = {}
        self.value: dict[str, str] = {}
        self.checked: set[str] = set()
        self._to_check = self.tr("to check")
        grid.setHorizontalSpacing(6)
        # Each key: its name and its state on one line, the value's box under them across
        # the column: the value being verified gets the column's whole width (an Urdu
        # name or state beside it left it ~190 px), and a state changing ("to check" to
        # ✓) moves nothing, its place on the line being its own.
        for r, key in enumerate(field.keys):
            name = QLabel(paragraph(f"<b>{html.escape(key.text or key.value)}</b>"), box)
            line = RecordLine(box)
            line.setFont(text_font(11))
            line.textEdited.connect(lambda text, k=key.value: self._typed(k, text))
            line.returnPressed.connect(lambda k=key.value: self._confirm(k))
            line.left.connect(self.left)
            mark = QLabel(self._to_check, box)
            mark.setAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
            expected = QLabel(box)
            expected.setStyleSheet("color: #b8860b;")
            expected.setWordWrap(True)
            expected.hide()
            grid.addWidget(name, 3 * r, 0)
            grid.addWidget(mark, 3 * r, 1)
            grid.addWidget(line, 3 * r + 1, 0, 1, 2)
            grid.addWidget(expected, 3 * r + 2, 0, 1, 2)
            self.boxes[key.value], self.marks[key.value] = line, mark
            self.expected_marks[key.value] = expected
        grid.setColumnStretch(0, 1)
        self._layout.addWidget(box)
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet("color: gray;")
        self._layout.addWidget(self.legend)
        self.show_finish(None)
        if self.boxes:
            self.setFocusProxy(next(iter(self.boxes.values())))

    def show_finish(self, key: str | None, *, saves: bool = False) -> None:
        """Name in the legend the key that ends the work where the form is shown: it
        sends the answer on the labeling screen, saves the gold answer in the gold
        editor (`saves`); None: no key does, the legend names none."""
        if key is None:
            said = self.tr(
                "Tab: next key · Enter: confirm as shown · type to correct · every key "
                "confirmed or corrected before the answer is sent"
            )
        elif saves:
            said = self.tr(
                "Tab: next key · Enter: confirm as shown · type to correct · every key "
                "confirmed or corrected before {key} saves it as the gold answer"
            ).format(key=key)
        else:
            said = self.tr(
                "Tab: next key · Enter: confirm as shown · type to correct · every key "
                "confirmed or corrected before {key} sends it"
            ).format(key=key)
        self.legend.setText(legend(html.escape(said)))

    def show_data(self, data: dict[str, Any] | None) -> None:
        record = content.record(data) or {}
        self.shown = {key: content.shown_value(record.get(key)) for key in self.boxes}

    def show_value(self, value: Any) -> None:
        self.value = dict(value) if isinstance(value, dict) else {}
        self.redraw()

    def show_checked(self, checked: set[str]) -> None:
        """The keys the annotator has checked (the draft keeps them beside the value)."""
        self.checked = set(checked)
        self.redraw()

    def unchecked(self) -> list[str]:
        """The keys still to check, in the form's order."""
        return [key for key in self.boxes if key not in self.checked]

    def redraw(self) -> None:
        for key, line in self.boxes.items():
            # Each state as big as "to check" in the font the label has now (an Urdu
            # state is taller than ✓): its line keeps its height as keys are checked.
            room = (
                self.marks[key]
                .fontMetrics()
                .boundingRect(QRect(0, 0, 10_000, 1_000), 0, self._to_check)
            )
            self.marks[key].setMinimumSize(self.marks[key].minimumSize().expandedTo(room.size()))
            given = self.value.get(key)
            text = given if isinstance(given, str) else self.shown.get(key, "")
            if line.text() != text:
                line.show_text(text)
            if key not in self.checked or not isinstance(given, str):
                mark, tip = (
                    self._to_check,
                    self.tr("not checked yet: Enter confirms it, typing corrects it"),
                )
                self.marks[key].setStyleSheet("color: #8a5a00;")
            elif given == self.shown.get(key, ""):
                mark, tip = _CONFIRMED, self.tr("confirmed as shown")
            else:
                mark, tip = (
                    _CORRECTED,
                    self.tr("corrected (was: {value})").format(value=self.shown.get(key, "")),
                )
            if mark != self._to_check:
                self.marks[key].setStyleSheet("")
            self.marks[key].setText(mark)
            self.marks[key].setToolTip(tip)

    def show_expected(self, value: Any = _MISSING) -> None:
        """Under each key, the gold answer's value: a key whose value differs from it
        (as scoring compares them) is marked ≠ in red, the others quietly ✓."""
        expected = value if isinstance(value, dict) else {}
        for key, label in self.expected_marks.items():
            if key in expected:
                given, shown = self.boxes[key].text(), isolate(str(expected[key]))
                if content.same_value(given, expected[key]):
                    label.setText(self.tr("expected ✓ {value}").format(value=shown))
                    label.setStyleSheet("color: #2e7d32;")
                else:
                    said = self.tr("≠ expected: {value}").format(value=shown)
                    label.setText(paragraph(f"<b>{html.escape(said)}</b>"))
                    label.setStyleSheet("color: #c62828;")
            label.setVisible(key in expected)

    def _proposed(self) -> dict[str, str]:
        """The value as the boxes show it: every key, checked or not."""
        return {key: line.text() for key, line in self.boxes.items()}

    def _typed(self, key: str, text: str) -> None:
        self.wanted.emit({**self._proposed(), key: text}, self.checked | {key}, True)

    def _confirm(self, key: str) -> None:
        self.left.emit()  # the typed run ends: confirming is a step of its own
        value = {**self._proposed(), key: self.boxes[key].text()}
        self.wanted.emit(value, self.checked | {key}, False)
        keys = list(self.boxes)
        at = keys.index(key)
        if at + 1 < len(keys):
            self.boxes[keys[at + 1]].setFocus(Qt.FocusReason.TabFocusReason)
        if not self.unchecked():  # the form redrew the keys the draft holds checked
            self.checked_all.emit()


class RationaleGroup(TextGroup):
    """A text field with its length (after trimming) counted against `min_length`."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.count = QLabel(self)
        self.count.setStyleSheet("color: gray;")
        self._layout.insertWidget(2, self.count)
        self.box.textChanged.connect(self._count)
        # False in the gold editor: a gold rationale is never asked for, so neither
        # its least length nor a required mark is shown there.
        self.asked = True
        self._count()

    def set_asked(self, asked: bool) -> None:
        self.asked = asked
        self.show_required(self.field.required and asked)
        self._count()

    def show_value(self, value: Any) -> None:
        super().show_value(value)
        self._count()  # a draft brought back fills the box without a keystroke

    def _count(self) -> None:
        length = len(self.box.toPlainText().strip())
        least = self.field.min_length if self.asked else 0
        if least:
            said = self.tr("{count} of at least {least} characters").format(
                count=number(length), least=number(least)
            )
            colour = "#2e7d32" if length >= least else "#8a5a00"
        else:
            said = self.tr("{count} characters").format(count=number(length))
            colour = "gray"
        self.count.setText(paragraph(said))
        self.count.setStyleSheet(f"color: {colour};")
