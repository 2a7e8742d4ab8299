"""The fields form: the choice, multichoice, rating and text fields of any schema.

Region fields and transcripts belong to the media editors; everything else is here,
one group per field, built from the schema. Every click, key and keystroke becomes a
Draft operation; the form redraws from the draft, never from its own widgets.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from labeler.core.digits import ascii_int
from labeler.core.editing import EVERY_FIELD, Change, Draft
from labeler.core.schema import Field, Schema
from labeler.ui.fields.comparing import COMPARISON_KINDS, ComparisonFields
from labeler.ui.fields.groups import (
    MAX_RATING_CHIPS,
    ChipGroup,
    FieldGroup,
    RatingGroup,
    SpinRatingGroup,
    TextGroup,
)
from labeler.ui.fields.record import RationaleGroup, RecordGroup
from labeler.ui.i18n import label_words
from labeler.ui.keymap import ShownKeys

#: The field kinds this form edits.
FORM_KINDS = frozenset({"choice", "multichoice", "rating", "text", *COMPARISON_KINDS})


class FieldsForm(QWidget):
    """Edits the non-region, non-transcript fields of a draft.

    `changed` carries the `Change` of every draft operation the form made. Label
    hotkeys arrive through `pick_label`; a rating also takes digits while it has
    focus, and a text field merges the keystrokes of one visit into one undo step.
    """

    changed = Signal(object)
    #: A comparison field's focus is on a candidate (its key): the view outlines it.
    candidate_focused = Signal(str)
    #: Escape in one of the form's text boxes (a record's line, a rationale, a text
    #: field): the keyboard leaves the form for the item.
    escaped = Signal()
    #: Enter on a record's key left every key checked: the screen says which key sends
    #: the answer (Enter there only confirms).
    checked_all = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, scrolls: bool = True, saves: bool = False
    ) -> None:
        """`scrolls=False`: the fields are laid out at their full height, for a form put in
        a scroll area of its own (the labeling screen's answer column): a scroll area
        inside another showed a second scroll bar and cut the fields off. `saves`: the
        form edits a gold answer, which its key saves rather than sends (the legends
        say so)."""
        super().__init__(parent)
        self._saves = saves
        #: The key that sends (or saves) the answer as the legends name it; None: none.
        self._finish_key: str | None = None
        self._draft: Draft | None = None
        #: The `data` of the item shown (its candidates, its record), None before one.
        self.shown_data: dict[str, Any] | None = None
        self._schema: Schema | None = None
        self._groups: dict[str, FieldGroup] = {}
        self.comparison = ComparisonFields(self)
        self._body = QWidget()
        self._rows = QVBoxLayout(self._body)
        self._rows.setContentsMargins(6, 6, 6, 6)
        self._rows.setSpacing(10)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._scroll: QScrollArea | None = None
        if not scrolls:
            outer.addWidget(self._body)
            return
        # The fields' height changes (built, shown, wrapped): the form's too.
        self._body.installEventFilter(self)
        scroll = QScrollArea(self)
        self._scroll = scroll
        scroll.setWidget(self._body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(scroll)

    # -- building ----------------------------------------------------------------------

    def set_schema(self, schema: Schema) -> None:
        """Build one group per form field of `schema` (a project or version opened)."""
        for group in self._groups.values():
            group.hide()
            group.deleteLater()
        self._groups.clear()
        while self._rows.count():
            self._rows.takeAt(0)
        keys = dict(ShownKeys.defaults(schema).labels)  # until the window says otherwise
        self._schema = schema
        for field in schema.fields:
            if field.kind in FORM_KINDS:
                group = self._group(field, keys)
                if isinstance(group, RecordGroup):
                    group.show_finish(self._finish_key, saves=self._saves)
                if isinstance(group, RationaleGroup) and self._saves:
                    group.set_asked(False)
                self._groups[field.name] = group
                self._rows.addWidget(group)
        self._rows.addStretch(1)
        self._draft = None
        self.shown_data = None
        self.updateGeometry()  # as tall as the new fields

    def _group(self, field: Field, keys: dict[tuple[str, str], str]) -> FieldGroup:
        name = field.name
        if field.kind in COMPARISON_KINDS:
            return self.comparison.group(field, keys, self._body)
        if field.kind in ("choice", "multichoice"):
            choices = [
                (lb.value, label_words(lb.value), keys.get((name, lb.value))) for lb in field.labels
            ]
            chips = ChipGroup(field, choices, self._body)
            chips.picked.connect(lambda label, n=name: self.pick_label(n, label))
            return chips
        if field.kind == "rating":
            span = (field.max or 0) - (field.min or 0) + 1
            rating: RatingGroup | SpinRatingGroup
            if span <= MAX_RATING_CHIPS:
                rating = RatingGroup(field, self._body)
            else:
                rating = SpinRatingGroup(field, self._body)
            rating.rated.connect(lambda value, n=name: self.set_rating(n, value))
            return rating
        text = TextGroup(field, self._body)
        text.typed.connect(lambda value, n=name: self._typed(n, value))
        text.left.connect(self._end_typing)
        return text

    def sizeHint(self) -> QSize:
        """As tall as the fields need at the width the form has: a scroll area keeps the
        first size hint of what it holds, taken before any field was built, and a form
        that small cut its chips off (Urdu's Nastaliq lines are twice as tall)."""
        if self._scroll is None:
            return super().sizeHint()
        body = self._body.sizeHint()
        frame = 2 * self._scroll.frameWidth()
        height = body.height()
        if self._body.hasHeightForWidth() and self.width() > frame:
            height = self._body.heightForWidth(self.width() - frame)
        return QSize(body.width() + frame, height + frame)

    def minimumSizeHint(self) -> QSize:
        if self._scroll is None:
            return super().minimumSizeHint()
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._scroll is not None and self.sizeHint().height() != self.height():
            self.updateGeometry()  # labels wrapped onto more rows, or fewer

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt)
        # A text box leaves Escape to its parents (the window's keymap gives the box the
        # plain keys); the other groups never see it (it is the window's shortcut there).
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            self.escaped.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        if watched is self._body and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return False

    def show_keys(self, keys: ShownKeys) -> None:
        """Badge each label chip with its key in effect (after the user's rebinding)."""
        for name, group in self._groups.items():
            if isinstance(group, ChipGroup) and not isinstance(group, RatingGroup):
                for value, chip in group.chips.items():
                    chip.set_key(keys.label(name, value))
        self.comparison.show_keys(keys)

    def show_finish_key(self, key: str | None) -> None:
        """The key that sends the answer (in the gold editor: saves it), as the screen
        showing the form has it bound, for the legends that name it (a record's)."""
        self._finish_key = key
        for group in self._groups.values():
            if isinstance(group, RecordGroup):
                group.show_finish(key, saves=self._saves)

    def enter_confirms(self) -> bool:
        """Whether Enter confirms a key here (a record's), where the keyboard is as an item
        opens: the key that sends is then the one that works while typing."""
        return any(isinstance(g, RecordGroup) for g in self._groups.values())

    def fields(self) -> list[str]:
        """The names of the fields this form edits, in schema order."""
        return list(self._groups)

    def group(self, field: str) -> FieldGroup:
        """The group of `field` (to focus it, or for tests)."""
        return self._groups[field]

    def focus_problem(self, path: str) -> bool:
        """After a refused send: the keyboard to what the refusal's line at `path` (a
        field, or a part of it: `relevance.C`, `listing.phone`) names, so the next key
        acts on it: typing goes into a text's or a rationale's box, a digit rates the row
        named. False when the field is not the form's, or its keys are the window's (a
        pairwise, labels), which work wherever no box takes them."""
        name, _, part = path.partition(".")
        group = self._groups.get(name)
        if group is None or not group.isEnabled() or self._draft is None:
            return False
        if group.field.kind in COMPARISON_KINDS:
            return self.comparison.focus_part(group, part)
        if isinstance(group, TextGroup | RatingGroup | SpinRatingGroup):
            group.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return False

    # -- showing -------------------------------------------------------------------------

    def show_item(self, draft: Draft, data: dict[str, Any] | None = None) -> None:
        """Edit `draft` (its prefill already in it) of an item with `data` (its
        candidates, its record); clears any expected marks."""
        self._draft = draft
        self.shown_data = data
        for name, group in self._groups.items():
            group.show_data(data)
            group.show_value(draft.value(name))
            group.show_expected()
        self.comparison.after_change()

    def refresh(self, change: Change) -> None:
        """Redraw the field `change` names (after undo or redo)."""
        if change.field == EVERY_FIELD and self._draft is not None:
            for name, group in self._groups.items():
                group.show_value(self._draft.value(name))
        group = self._groups.get(change.field)
        if group is not None and self._draft is not None:
            group.show_value(self._draft.value(change.field))
        self.comparison.after_change()

    @property
    def draft(self) -> Draft | None:
        return self._draft

    @property
    def schema(self) -> Schema | None:
        return self._schema

    def groups(self) -> dict[str, FieldGroup]:
        """The groups by field name (the comparison fields' helper reads them)."""
        return self._groups

    def show_expected(self, expected: dict[str, Any] | None) -> None:
        """Mark the gold answer's values (None clears the marks)."""
        for name, group in self._groups.items():
            if expected is not None and name in expected:
                group.show_expected(expected[name])
            else:
                group.show_expected()

    # -- changing the draft ----------------------------------------------------------------

    def pick_label(self, field: str, label: str) -> bool:
        """A label hotkey (or click): set a choice, toggle a multichoice label, or set a
        rating given as digits. False when the field or label is not this form's."""
        group = self._groups.get(field)
        if group is None or self._draft is None:
            return False
        kind = group.field.kind
        if kind in COMPARISON_KINDS:
            return self.comparison.pick_label(group, label)
        if kind == "rating":
            rating = ascii_int(label)
            return rating is not None and self.set_rating(field, rating)
        if kind not in ("choice", "multichoice") or label not in group.field.label_values():
            return False
        if kind == "choice":
            self._apply(field, label)
            return True
        chosen = list(self._draft.value(field) or [])
        if label in chosen:
            chosen.remove(label)
        else:
            chosen.append(label)
        self._apply(field, chosen or None)
        return True

    def set_rating(self, field: str, value: int | None) -> bool:
        """Set a rating field (None clears it); False when out of range."""
        group = self._groups.get(field)
        if group is None or self._draft is None or group.field.kind != "rating":
            return False
        low, high = group.field.min or 0, group.field.max or 0
        if value is not None and not low <= value <= high:
            return False
        self._apply(field, value)
        return True

    def _typed(self, field: str, text: str) -> None:
        self._apply(field, text or None, merge=True)

    def _end_typing(self) -> None:
        if self._draft is not None:
            self._draft.end_merge()

    def apply(
        self, field: str, value: Any, *, merge: bool = False, checked: set[str] | None = None
    ) -> None:
        """Set `field` to `value` as one draft operation (a typed run merges into one);
        `checked`: which of its keys the annotator has checked (a record's)."""
        self._apply(field, value, merge=merge, checked=checked)

    def end_typing(self) -> None:
        self._end_typing()

    def _apply(
        self, field: str, value: Any, *, merge: bool = False, checked: set[str] | None = None
    ) -> None:
        if self._draft is None:
            return
        change = self._draft.set_value(field, value, merge=merge, checked=checked)
        if change is not None:
            self.refresh(change)
            self.changed.emit(change)
