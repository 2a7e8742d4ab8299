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
    coincidence: defaultdict[tuple[Hashable, Hashable], float] = defaultdict(float)
    for values in units:
        m = len(values)
        if m < 2:
            continue
        counts = Counter(values)
        for c, n_c in counts.items():
            for k, n_k in counts.items():
                pairs = n_c * (n_c - 1) if c == k else n_c * n_k
                if pairs:
                    coincidence[(c, k)] += pairs / (m - 1)
    if not coincidence:
        return None
    totals: defaultdict[Hashable, float] = defaultdict(float)
    for (c, _k), o in coincidence.items():
        totals[c] += o
    n = sum(totals.values())
    observed = sum(o for (c, k), o in coincidence.items() if c != k)
    expected = (n * n - sum(t * t for t in totals.values())) / (n - 1)
    if expected == 0:
        return 1.0 if observed == 0 else 0.0
    return 1.0 - observed / expected


def field_agreement(
    schema: Schema, answers_per_item: Iterable[Sequence[dict[str, Any]]]
) -> dict[str, dict[str, Any]]:
    """Agreement for every field: `{name: {"metric", "value"}}`.

    `answers_per_item` yields, per item, the answers it received (non-dict
    entries such as skips are ignored). Choice fields: metric
    `krippendorff_alpha`. Others: `mean_pairwise_<gold metric>`, the mean score
    over every pair of answers to one item, pooled across items; transcripts
    (`mean_pairwise_wer`) score a pair as the mean of 1 − WER both ways. A list
    field left out of an answer counts as an empty list; other fields left out
    do not take part. `value` is None when no item has two answers to compare.
    """
    items = [[a for a in answers if isinstance(a, dict)] for answers in answers_per_item]
    result: dict[str, dict[str, Any]] = {}
    for f in schema.fields:
        per_item = [_values(f, answers) for answers in items]
        if f.kind == "choice":
            hashable = [[v for v in vs if isinstance(v, Hashable)] for vs in per_item]
            value = krippendorff_alpha_nominal(hashable)
            result[f.name] = {"metric": "krippendorff_alpha", "value": value}
        else:
            result[f.name] = {
                "metric": f"mean_pairwise_{f.gold.metric}",
                "value": _mean_pairwise(f, per_item),
            }
    return result


def _values(f: Field, answers: Sequence[dict[str, Any]]) -> list[Any]:
    if f.kind in LIST_KINDS:
        return [a.get(f.name) or [] for a in answers]
    return [a[f.name] for a in answers if a.get(f.name) is not None]


def _mean_pairwise(f: Field, per_item: list[list[Any]]) -> float | None:
    total = 0.0
    count = 0
    for values in per_item:
        for a, b in combinations(values, 2):
            score = score_field(f, a, b)
            if f.gold.metric == "wer":  # WER is not symmetric: average both ways
                score = (score + score_field(f, b, a)) / 2
            total += score
            count += 1
    return total / count if count else None
