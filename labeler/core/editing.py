"""Drafts: the answer an annotator is building, changed only through operations.

Every change is an `Operation` that knows its inverse, so undo and redo are
domain concepts (STYLE.md 3): a drag that moves a box is ONE `UpdateRegion`
from where the drag started to where it ended, whatever the widget showed in
between. Each `apply` returns a `Change` naming the field (and region) it
touched, so a view redraws only that.

Region fields (boxes, polygons, points, spans, segments) hold lists of plain
JSON objects; the other kinds hold one value. The draft never validates: the
same `validate_answer` as the server does that when the annotator submits.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from labeler.core.schema import Schema

#: Field kinds whose value is a list of regions.
REGION_KINDS = frozenset({"boxes", "polygons", "points", "spans", "segments"})
#: The field of a `Change` that touched every field (the whole answer was replaced).
EVERY_FIELD = "*"
#: Where a draft keeps which keys of a field the annotator checked (a record's keys
#: confirmed or corrected): beside the field's value, never part of the answer.
_CHECKED = "~checked~"


@dataclass(frozen=True)
class Change:
    """What an operation touched: a field, and a region index for region fields.

    `index` is None when the whole field changed (a value set, or a region
    inserted or removed, which shifts the indices after it). `field` is
    `EVERY_FIELD` when the whole answer was replaced.
    """

    field: str
    index: int | None = None


class Operation:
    """A change to a draft's answer that can be applied and reverted."""

    #: Short human title, shown in the undo menu ("move box").
    title = "edit"

    def apply(self, answer: dict[str, Any]) -> Change:
        raise NotImplementedError

    def revert(self, answer: dict[str, Any]) -> Change:
        raise NotImplementedError


@dataclass
class SetValue(Operation):
    """Set a field's whole value (None clears it), and with `checked` (a list of its
    keys, None: leave them) which of its keys the annotator has checked."""

    field: str
    new: Any
    old: Any
    title: str = "set value"
    checked: list[str] | None = None
    was_checked: list[str] | None = None

    def apply(self, answer: dict[str, Any]) -> Change:
        _put(answer, self.field, self.new)
        if self.checked is not None:
            _put(answer, _CHECKED + self.field, self.checked or None)
        return Change(self.field)

    def revert(self, answer: dict[str, Any]) -> Change:
        _put(answer, self.field, self.old)
        if self.checked is not None:
            _put(answer, _CHECKED + self.field, self.was_checked or None)
        return Change(self.field)


@dataclass
class InsertRegion(Operation):
    """Insert a region at `index` of a region field."""

    field: str
    index: int
    region: dict[str, Any]
    title: str = "add region"

    def apply(self, answer: dict[str, Any]) -> Change:
        answer.setdefault(self.field, []).insert(self.index, copy.deepcopy(self.region))
        return Change(self.field)

    def revert(self, answer: dict[str, Any]) -> Change:
        regions = answer[self.field]
        del regions[self.index]
        if not regions:
            del answer[self.field]
        return Change(self.field)


@dataclass
class RemoveRegion(Operation):
    """Remove the region at `index`; `region` keeps it for undo."""

    field: str
    index: int
    region: dict[str, Any]
    title: str = "delete region"

    def apply(self, answer: dict[str, Any]) -> Change:
        return InsertRegion(self.field, self.index, self.region).revert(answer)

    def revert(self, answer: dict[str, Any]) -> Change:
        return InsertRegion(self.field, self.index, self.region).apply(answer)


@dataclass
class UpdateRegion(Operation):
    """Replace the region at `index` (a move, a resize, a new label)."""

    field: str
    index: int
    new: dict[str, Any]
    old: dict[str, Any]
    title: str = "change region"

    def apply(self, answer: dict[str, Any]) -> Change:
        answer[self.field][self.index] = copy.deepcopy(self.new)
        return Change(self.field, self.index)

    def revert(self, answer: dict[str, Any]) -> Change:
        answer[self.field][self.index] = copy.deepcopy(self.old)
        return Change(self.field, self.index)


@dataclass
class ReplaceAnswer(Operation):
    """Replace the whole answer (discarding a draft: back to the item as it came)."""

    new: dict[str, Any]
    old: dict[str, Any]
    title: str = "discard the draft"

    def apply(self, answer: dict[str, Any]) -> Change:
        answer.clear()
        answer.update(copy.deepcopy(self.new))
        return Change(EVERY_FIELD)

    def revert(self, answer: dict[str, Any]) -> Change:
        answer.clear()
        answer.update(copy.deepcopy(self.old))
        return Change(EVERY_FIELD)


def _put(answer: dict[str, Any], name: str, value: Any) -> None:
    if value is None:
        answer.pop(name, None)
    else:
        answer[name] = copy.deepcopy(value)


def all_checked(schema: Schema, answer: dict[str, Any] | None) -> dict[str, Any] | None:
    """`answer` with every key its record fields hold checked: an answer confirmed
    before (a stored gold answer, an accepted submission), for a `Draft` that edits it."""
    if answer is None:
        return None
    marked = dict(answer)
    for f in schema.fields:
        value = answer.get(f.name)
        if f.kind == "record" and isinstance(value, dict) and value:
            marked[_CHECKED + f.name] = sorted(k for k in value if isinstance(k, str))
    return marked


class Draft:
    """The answer being built for one item, with its undo history.

    `revision` grows with every do, undo and redo, so an autosave can tell
    whether anything changed since it last wrote. Text typed into one field
    in a row merges into a single undo step (`merge=True`).
    """

    def __init__(self, schema: Schema, answer: dict[str, Any] | None = None) -> None:
        self.schema = schema
        self._answer: dict[str, Any] = copy.deepcopy(answer) if answer else {}
        self._done: list[Operation] = []
        self._undone: list[Operation] = []
        self._merging: str | None = None
        self.revision = 0

    # -- reading --------------------------------------------------------------

    def answer(self) -> dict[str, Any]:
        """A copy of the answer as it stands, without empty region lists."""
        return {
            k: copy.deepcopy(v)
            for k, v in self._answer.items()
            if v not in (None, []) and not k.startswith(_CHECKED)
        }

    def value(self, field: str) -> Any:
        """The field's current value (a list for region fields), never shared."""
        found = self._answer.get(field)
        if found is None and self.schema.field(field).kind in REGION_KINDS:
            return []
        return copy.deepcopy(found)

    def kept(self) -> dict[str, Any]:
        """What the draft store keeps: `answer()` with which keys of each field the
        annotator has checked, so a draft brought back (after a restart, or from another
        item) shows a record's keys confirmed, corrected or still to check as they were
        left. A new `Draft` of it reads them back; `answer()` never sends them."""
        kept = self.answer()
        for k, v in self._answer.items():
            if k.startswith(_CHECKED) and v:
                kept[k] = copy.deepcopy(v)
        return kept

    def checked(self, field: str) -> set[str]:
        """The keys of `field` the annotator has checked (a record's keys confirmed or
        corrected); a prefill checks none, a draft brought back (`kept`) what it had."""
        found = self._answer.get(_CHECKED + field)
        return {k for k in found if isinstance(k, str)} if isinstance(found, list) else set()

    def regions(self, field: str) -> list[dict[str, Any]]:
        """The regions of a region field (a copy)."""
        return list(self.value(field))

    @property
    def can_undo(self) -> bool:
        return bool(self._done)

    @property
    def can_redo(self) -> bool:
        return bool(self._undone)

    # -- changing -------------------------------------------------------------

    def do(self, op: Operation, *, merge: bool = False) -> Change:
        """Apply `op` and record it; `merge` folds it into the previous SetValue
        of the same field (typing)."""
        change = op.apply(self._answer)
        self._undone.clear()
        self.revision += 1
        last = self._done[-1] if self._done else None
        if (
            merge
            and isinstance(op, SetValue)
            and isinstance(last, SetValue)
            and self._merging == op.field == last.field
        ):
            last.new = copy.deepcopy(op.new)
            if op.checked is not None:
                if last.checked is None:
                    last.was_checked = op.was_checked
                last.checked = list(op.checked)
        else:
            self._done.append(op)
        self._merging = op.field if merge and isinstance(op, SetValue) else None
        return change

    def undo(self) -> Change | None:
        """Revert the last operation; None when there is nothing to undo."""
        if not self._done:
            return None
        op = self._done.pop()
        self._undone.append(op)
        self._merging = None
        self.revision += 1
        return op.revert(self._answer)

    def redo(self) -> Change | None:
        """Apply the last undone operation again; None when there is none."""
        if not self._undone:
            return None
        op = self._undone.pop()
        self._done.append(op)
        self._merging = None
        self.revision += 1
        return op.apply(self._answer)

    def end_merge(self) -> None:
        """Stop merging typed text: the next edit starts a new undo step."""
        self._merging = None

    # -- shorthands used by the tools -------------------------------------------

    def set_value(
        self, field: str, value: Any, *, merge: bool = False, checked: set[str] | None = None
    ) -> Change | None:
        """Set a field's value (and with `checked`, which of its keys are checked); None
        (no change) when it already has them."""
        old = self._answer.get(field)
        was = self.checked(field)
        if old == value and (checked is None or checked == was):
            return None
        op = SetValue(field, copy.deepcopy(value), copy.deepcopy(old))
        if checked is not None:
            op.checked, op.was_checked = sorted(checked), sorted(was)
        return self.do(op, merge=merge)

    def add_region(self, field: str, region: dict[str, Any]) -> int:
        """Append a region; returns its index."""
        index = len(self._answer.get(field) or [])
        self.do(InsertRegion(field, index, copy.deepcopy(region), title=f"add {_one(field)}"))
        return index

    def remove_region(self, field: str, index: int) -> Change:
        """Delete the region at `index`."""
        region = self._answer[field][index]
        return self.do(RemoveRegion(field, index, copy.deepcopy(region)))

    def replace_answer(self, answer: dict[str, Any]) -> Change | None:
        """Replace the whole answer as one undo step; None when it is already that."""
        new = {k: copy.deepcopy(v) for k, v in answer.items() if v not in (None, [])}
        if new == self.answer():
            return None
        return self.do(ReplaceAnswer(new, copy.deepcopy(self._answer)))

    def update_region(self, field: str, index: int, region: dict[str, Any]) -> Change | None:
        """Replace the region at `index`; None when it is unchanged."""
        old = self._answer[field][index]
        if old == region:
            return None
        return self.do(UpdateRegion(field, index, copy.deepcopy(region), copy.deepcopy(old)))


def _one(field: str) -> str:
    return field[:-1] if field.endswith("s") else field
