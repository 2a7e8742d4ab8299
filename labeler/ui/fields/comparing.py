"""The form's part for the comparison fields: building their groups, and the keys the
window sends them (a side of the pairwise, a candidate for the flags)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from labeler.core.schema import Field
from labeler.ui.fields import ranks
from labeler.ui.fields.compare import FlagsGroup, KeyedGroup, PairwiseGroup
from labeler.ui.fields.criteria import CriteriaGroup
from labeler.ui.fields.groups import FieldGroup
from labeler.ui.fields.ranking import RankingGroup
from labeler.ui.fields.record import RationaleGroup, RecordGroup
from labeler.ui.i18n import isolate, listed
from labeler.ui.itemdata import content
from labeler.ui.keymap import ShownKeys

if TYPE_CHECKING:
    from labeler.ui.fields.form import FieldsForm

#: The kinds of issue 17's comparisons (docs/protocol.md, "Field kinds").
COMPARISON_KINDS = frozenset({"pairwise", "ranking", "criteria", "rationale", "flags", "record"})
#: The ids of the pairwise keys (the window's actions), by what they ask for.
PAIRWISE_ACTIONS = {
    "left": "compare.left",
    "right": "compare.right",
    "left_much": "compare.left_much",
    "right_much": "compare.right_much",
    "tie": "compare.tie",
}


class ComparisonFields(QObject):
    """Builds the comparison fields' groups of one form and routes keys to them."""

    def __init__(self, form: FieldsForm) -> None:
        super().__init__(form)
        self.form = form

    def group(self, field: Field, keys: dict[tuple[str, str], str], parent: QWidget) -> FieldGroup:
        name = field.name
        group: FieldGroup
        if field.kind == "pairwise":
            group = PairwiseGroup(field, parent)
            for side, chip in group.chips.items():
                chip.clicked.connect(lambda _=False, n=name, s=side: self._set_winner(n, s, False))
            return group
        if field.kind == "rationale":
            text = RationaleGroup(field, parent)
            text.typed.connect(lambda value, n=name: self.form.apply(n, value or None, merge=True))
            text.left.connect(self.form.end_typing)
            return text
        if field.kind == "record":
            record = RecordGroup(field, parent)
            record.wanted.connect(
                lambda value, checked, merge, n=name: self.form.apply(
                    n, value, merge=merge, checked=checked
                )
            )
            record.left.connect(self.form.end_typing)
            record.checked_all.connect(self.form.checked_all)
            return record
        keyed: KeyedGroup
        if field.kind == "ranking":
            keyed = RankingGroup(field, parent)
        elif field.kind == "criteria":
            keyed = CriteriaGroup(field, parent)
        else:
            keyed = FlagsGroup(field, keys, parent, rationale_next=self._rationale_next(field))
        keyed.wanted.connect(lambda value, n=name: self.form.apply(n, value))
        keyed.candidate_focused.connect(self.form.candidate_focused)
        return keyed

    def _rationale_next(self, field: Field) -> bool:
        """Whether the form's field after `field` is a rationale (Tab goes into its box)."""
        from labeler.ui.fields.form import FORM_KINDS

        schema = self.form.schema
        if schema is None or field not in schema.fields:
            return False
        later = schema.fields[schema.fields.index(field) + 1 :]
        following = next((f for f in later if f.kind in FORM_KINDS), None)
        return following is not None and following.kind == "rationale"

    def _groups(self, kind: type[Any]) -> list[Any]:
        return [g for g in self.form.groups().values() if isinstance(g, kind)]

    # -- keys from the window -----------------------------------------------------------

    def choose(self, side: str, much: bool = False) -> bool:
        """A pairwise key: `side` is "left", "right" (where the candidate stands on
        screen) or "tie"; `much` for "much better". False when no pairwise field."""
        groups = self._groups(PairwiseGroup)
        if not groups:
            return False
        group = groups[0]
        if side == "tie":
            winner = "tie"
        else:
            mirrored = group.layoutDirection() == Qt.LayoutDirection.RightToLeft
            winner = "A" if (side == "left") != mirrored else "B"
        return self._set_winner(group.field.name, winner, much)

    def _set_winner(self, name: str, winner: str, much: bool) -> bool:
        field = self.form.groups()[name].field
        if winner == "tie" and not field.tie:
            return False
        value: dict[str, Any] = {"winner": winner}
        if winner != "tie":
            value["strength"] = 2 if much and field.strength else 1
        self.form.apply(name, value)
        return True

    def focus_candidate(self, key: str) -> bool:
        """Alt+letter: the flags' focus (and the keyboard) goes to candidate `key`."""
        for group in self._groups(FlagsGroup):
            if group.focus_candidate(key):
                group.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return True
        return False

    def follow_candidate(self, key: str) -> None:
        """The list of candidates moved to `key` by its own keys (a missed item looked at
        again): the rows of the flags and of criteria per candidate go with it, the
        keyboard staying in the list."""
        for group in self.form.groups().values():
            if isinstance(group, FlagsGroup | CriteriaGroup):
                group.focus_candidate(key)

    def pick_label(self, group: FieldGroup, label: str) -> bool:
        """A flags label's hotkey toggles it on the focused candidate."""
        return isinstance(group, FlagsGroup) and group.toggle(label)

    def focus_first(self, *, typing: bool = True) -> bool:
        """Give the keyboard to the first field that takes keys while focused (a
        ranking, criteria, flags or record; not a record's box unless `typing`); False
        when there is none. The candidate its focus is on is outlined from the start, as
        it is once the focus moves."""
        takers = (KeyedGroup, RecordGroup) if typing else (KeyedGroup,)
        for group in self.form.groups().values():
            if isinstance(group, takers) and group.isEnabled():
                group.setFocus(Qt.FocusReason.OtherFocusReason)
                key = getattr(group, "focused", None)
                if key in content.candidate_keys(self.form.shown_data):
                    self.form.candidate_focused.emit(key)
                return True
        return False

    # -- redrawing --------------------------------------------------------------------

    def after_change(self) -> None:
        """A rationale required `when_close` is marked required while the pairwise
        answer is close."""
        draft, schema = self.form.draft, self.form.schema
        if draft is None or schema is None:
            return
        from labeler.core.answers import rationale_required

        answer = draft.answer()
        for group in self._groups(RationaleGroup):
            if group.field.when_close and group.asked:
                group.show_required(rationale_required(schema, group.field, answer))
        for record in self._groups(RecordGroup):
            record.show_checked(draft.checked(record.field.name))

    def unfinished(self) -> dict[str, str]:
        """What is left to do before the answer can be sent, by field: a ranking's
        candidates not placed yet (once one is, or when it is required), a record's keys
        not yet confirmed or corrected."""
        draft = self.form.draft
        if draft is None:
            return {}
        left: dict[str, str] = {}
        for name, group in self.form.groups().items():
            title = isolate(name.replace("_", " "))
            if isinstance(group, RankingGroup) and group.keys:
                value = draft.value(name)
                open_ = ranks.unplaced(group.keys, value)
                if open_ and (group.field.required or ranks.placed(group.keys, value)):
                    left[name] = self.tr("Place {keys} in the ranking ({field})").format(
                        field=title, keys=listed(open_)
                    )
            elif isinstance(group, RecordGroup):
                keys = group.unchecked()
                if keys:
                    named = {row.value: row.text or row.value for row in group.field.keys}
                    left[name] = self.tr("Confirm or correct {keys} ({field})").format(
                        field=title, keys=listed([named.get(k, k) for k in keys])
                    )
        return left

    def focus_part(self, group: FieldGroup, part: str = "") -> bool:
        """After a refused submit: the keyboard to what the refusal names in `group`'s
        field: `part` (a record's key, a row, a candidate) when it is one of the field's,
        else the first thing left to do there (a key still to check, a candidate not
        placed, a row not rated); a rationale's box, so typing goes into it. False for a
        pairwise, whose keys are the window's."""
        draft = self.form.draft
        value = draft.value(group.field.name) if draft is not None else None
        if isinstance(group, RecordGroup):
            keys = [part] if part in group.boxes else group.unchecked() or list(group.boxes)
            if not keys:
                return False
            group.boxes[keys[0]].setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        if isinstance(group, RationaleGroup):
            group.box.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        if isinstance(group, RankingGroup):
            open_ = [part] if part in group.keys else ranks.unplaced(group.keys, value)
            group.setFocus(Qt.FocusReason.OtherFocusReason)
            if open_:
                group.focus_key(open_[0])
            return True
        if isinstance(group, CriteriaGroup):
            rows = [row for row, _ in group.rows]
            rated = value if isinstance(value, dict) else {}
            named = [part] if part in rows else [row for row in rows if row not in rated]
            group.setFocus(Qt.FocusReason.OtherFocusReason)
            if named:
                group.focus_row(named[0])
            return True
        if isinstance(group, FlagsGroup):
            group.setFocus(Qt.FocusReason.OtherFocusReason)
            group.focus_candidate(part if part in group.candidates else group.focused or "")
            return True
        return False

    def show_keys(self, keys: ShownKeys) -> None:
        shown = {what: keys.action(action) for what, action in PAIRWISE_ACTIONS.items()}
        for group in self._groups(PairwiseGroup):
            group.show_keys(shown)
        for flags in self._groups(FlagsGroup):
            flags.show_keys(keys.labels)
