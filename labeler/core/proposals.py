"""How annotators treat proposals: per field, how often an answer differs from the item's
prefill, and by how much.

A model whose proposals are kept as they are saves work, or is rubber-stamped; one whose
proposals are mostly redrawn costs the annotators more than it gives. "By how much" is
1 minus the field's own similarity (`labeler.core.scoring.score_field`, what gold is
scored by: F1 of regions matched by IoU, of spans and segments, word error for text, the
share of labels changed for a multichoice), so a box redrawn elsewhere counts whole; the
figures name that measure (`measure`, the field's gold metric) so it can be said what
the number is.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from labeler.core.schema import Schema
from labeler.core.scoring import score_field

#: A similarity at least this close to 1 is no change (floating point of region IoUs).
_SAME = 1e-9


@dataclass
class FieldChanges:
    """One field's answers to items whose prefill gave it a value."""

    answers: int = 0
    changed: int = 0
    change_total: float = 0.0
    #: The gold metric the change is 1 minus (`box_f1`, `jaccard`, `wer`, …).
    measure: str = ""

    def add(self, change: float) -> None:
        self.answers += 1
        self.changed += change > _SAME
        self.change_total += change

    def to_json(self) -> dict[str, Any]:
        return {
            "answers": self.answers,
            "changed": self.changed,
            "changed_share": self.changed / self.answers if self.answers else None,
            "mean_change": self.change_total / self.answers if self.answers else None,
            "measure": self.measure,
        }


def proposal_changes(
    schema: Schema, pairs: Iterable[tuple[Mapping[str, Any], Mapping[str, Any]]]
) -> dict[str, FieldChanges]:
    """Per field of `schema`, over `(answer, prefill)` pairs: the fields a prefill gave a
    value are counted, each as changed when the answer's value is not the same."""
    out = {f.name: FieldChanges(measure=f.gold.metric) for f in schema.fields}
    for answer, prefill in pairs:
        for f in schema.fields:
            proposed = prefill.get(f.name)
            if proposed is None:
                continue
            out[f.name].add(1.0 - score_field(f, answer.get(f.name), proposed))
    return out
