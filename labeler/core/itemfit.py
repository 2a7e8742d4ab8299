"""Whether an item can be answered on every field of a schema: the comparison fields
look at what the item's `data` carries (PROTOCOL.md "Comparison fields", their "fits"
column). A pairwise, ranking or flags field, and a criteria field whose rows are the
item's candidates, need `data.candidates`; a record field needs `data.record`. An item
without them would reach annotators with nothing to compare or verify, so the task
server refuses it and an import leaves it out.
"""

from __future__ import annotations

from labeler.core.i18n import QT_TRANSLATE_NOOP
from labeler.core.itemdata import candidate_keys, record_keys
from labeler.core.problems import Problem
from labeler.core.schema import CANDIDATE_ROWS, Field, Schema

_NO_CANDIDATES = QT_TRANSLATE_NOOP(
    "messages",
    "has no candidates, and field {field} ({kind}) compares the item's candidates: give"
    " 2 to 10 under “candidates”",
)
_NO_RECORD = QT_TRANSLATE_NOOP(
    "messages",
    "has no record, and field {field} (record) verifies the item's record: give it under “record”",
)


def needs_candidates(field: Field) -> bool:
    """Whether `field` can only be answered on an item with candidates."""
    if field.kind in ("pairwise", "ranking", "flags"):
        return True
    return field.kind == "criteria" and field.rows == CANDIDATE_ROWS


def compares_candidates(schema: Schema) -> bool:
    """Whether some field of `schema` needs the item's candidates."""
    return any(needs_candidates(f) for f in schema.fields)


def item_fit_problems(schema: Schema, data: object, path: str = "data") -> list[Problem]:
    """One problem at `path` for the first field of `schema` that an item with this
    `data` cannot be answered on (nothing when every field fits)."""
    for field in schema.fields:
        if needs_candidates(field) and not candidate_keys(data):
            return [Problem.of(path, _NO_CANDIDATES, field=repr(field.name), kind=field.kind)]
        if field.kind == "record" and not record_keys(data):
            return [Problem.of(path, _NO_RECORD, field=repr(field.name))]
    return []
