"""Inter-annotator agreement per field, for project statistics.

Choice fields use Krippendorff's alpha (nominal); every other field the mean,
over all pairs of answers to the same item, of its gold metric's score.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Sequence
from itertools import combinations
from typing import Any

from labeler.core.schema import LIST_KINDS, Field, Schema
from labeler.core.scoring import score_field


def krippendorff_alpha_nominal(units: Iterable[Sequence[Hashable]]) -> float | None:
    """Krippendorff's alpha for nominal data, by the coincidence-matrix formula.

    `units` holds, per unit (item), the values the coders gave; missing values
    are simply left out. Units with fewer than two values are not pairable and
    are dropped. None when no unit is pairable. When the data holds a single
    category the expected disagreement is 0 and alpha is 1.0 (perfect agreement).
    """
    coincidences = _Coincidences()
    for values in units:
        coincidences.add(values)
    return coincidences.alpha()


class _Coincidences:
    """Krippendorff's coincidence matrix, filled one unit at a time."""

    def __init__(self) -> None:
        self.table: defaultdict[tuple[Hashable, Hashable], float] = defaultdict(float)

    def add(self, values: Sequence[Hashable]) -> None:
        m = len(values)
        if m < 2:
            return
        counts = Counter(values)
        for c, n_c in counts.items():
            for k, n_k in counts.items():
                pairs = n_c * (n_c - 1) if c == k else n_c * n_k
                if pairs:
                    self.table[(c, k)] += pairs / (m - 1)

    def alpha(self) -> float | None:
        if not self.table:
            return None
        totals: defaultdict[Hashable, float] = defaultdict(float)
        for (c, _k), o in self.table.items():
            totals[c] += o
        n = sum(totals.values())
        observed = sum(o for (c, k), o in self.table.items() if c != k)
        expected = (n * n - sum(t * t for t in totals.values())) / (n - 1)
        if expected == 0:
            return 1.0 if observed == 0 else 0.0
        return 1.0 - observed / expected


class _Pairwise:
    """The mean score over every pair of values of one unit, pooled across units."""

    def __init__(self, f: Field) -> None:
        self.field = f
        self.total = 0.0
        self.count = 0

    def add(self, values: Sequence[Any]) -> None:
        f = self.field
        for a, b in combinations(values, 2):
            score = score_field(f, a, b)
            if f.gold.metric == "wer":  # WER is not symmetric: average both ways
                score = (score + score_field(f, b, a)) / 2
            self.total += score
            self.count += 1

    def mean(self) -> float | None:
        return self.total / self.count if self.count else None


def field_agreement(
    schema: Schema, answers_per_item: Iterable[Sequence[dict[str, Any]]]
) -> dict[str, dict[str, Any]]:
    """Agreement for every field: `{name: {"metric", "value"}}`.

    `answers_per_item` yields, per item, the answers it received (non-dict
    entries such as skips are ignored); it is read once, one item at a time, so
    it may be a stream. Choice fields: metric `krippendorff_alpha`. Others:
    `mean_pairwise_<gold metric>`, the mean score over every pair of answers to
    one item, pooled across items; transcripts (`mean_pairwise_wer`) score a pair
    as the mean of 1 − WER both ways. A list field left out of an answer counts
    as an empty list; other fields left out do not take part. `value` is None
    when no item has two answers to compare.
    """
    choices = {f.name: _Coincidences() for f in schema.fields if f.kind == "choice"}
    others = {f.name: _Pairwise(f) for f in schema.fields if f.kind != "choice"}
    for answers in answers_per_item:
        dicts = [a for a in answers if isinstance(a, dict)]
        if len(dicts) < 2:
            continue  # nothing to compare
        for f in schema.fields:
            values = _values(f, dicts)
            if f.name in choices:
                choices[f.name].add([v for v in values if isinstance(v, Hashable)])
            else:
                others[f.name].add(values)
    result: dict[str, dict[str, Any]] = {}
    for f in schema.fields:
        if f.name in choices:
            result[f.name] = {"metric": "krippendorff_alpha", "value": choices[f.name].alpha()}
        else:
            result[f.name] = {
                "metric": f"mean_pairwise_{f.gold.metric}",
                "value": others[f.name].mean(),
            }
    return result


def _values(f: Field, answers: Sequence[dict[str, Any]]) -> list[Any]:
    if f.kind in LIST_KINDS:
        return [a.get(f.name) or [] for a in answers]
    return [a[f.name] for a in answers if a.get(f.name) is not None]
