"""Inter-annotator agreement per field, for project statistics.

Choice fields use Krippendorff's alpha (nominal), pairwise fields the same on the
winner; ratings alpha ordinal, criteria alpha ordinal with one unit per (item, row);
rankings the mean of Kendall's W over items; a rationale none; every other field the
mean, over all pairs of answers to the same item, of its gold metric's score.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence
from itertools import combinations
from typing import Any

from labeler.core.comparisonscores import rank_map, winner
from labeler.core.jsonvalues import is_int
from labeler.core.schema import LIST_KINDS, UNSCORED_KINDS, Field, Schema
from labeler.core.scoring import score_field

#: The metric each kind's agreement uses, where it is not the mean pairwise gold metric.
ALPHA = "krippendorff_alpha"
ALPHA_ORDINAL = "krippendorff_alpha_ordinal"
KENDALL_W = "kendall_w"
_ALPHA_KINDS = {
    "choice": ALPHA,
    "pairwise": ALPHA,
    "rating": ALPHA_ORDINAL,
    "criteria": ALPHA_ORDINAL,
}


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


def krippendorff_alpha_ordinal(units: Iterable[Sequence[float]]) -> float | None:
    """Krippendorff's alpha for ordinal data (ratings), by the coincidence matrix with the
    ordinal difference: δ²(c, k) = (Σ n_g for g from c to k − (n_c + n_k) / 2)², n_g the
    number of pairable values g. Units and edge cases as `krippendorff_alpha_nominal`."""
    coincidences = _Coincidences()
    for values in units:
        coincidences.add(values)
    return coincidences.alpha(ordinal=True)


def kendall_w(rankings: Sequence[Mapping[str, float]]) -> float | None:
    """Kendall's coefficient of concordance W of m rankings of the same candidates, with
    the correction for ties (tied candidates get their mean rank).

    Only candidates every ranking ranks count. None when fewer than two rankings or two
    candidates are left, or when every ranking ties everything (nothing to concord)."""
    m = len(rankings)
    if m < 2:
        return None
    keys = [k for k in rankings[0] if all(k in r for r in rankings[1:])]
    n = len(keys)
    if n < 2:
        return None
    totals = dict.fromkeys(keys, 0.0)
    tie_sum = 0.0
    for ranking in rankings:
        ranks, ties = mid_ranks([ranking[k] for k in keys])
        tie_sum += ties
        for key, rank in zip(keys, ranks, strict=True):
            totals[key] += rank
    mean = m * (n + 1) / 2
    s = sum((total - mean) ** 2 for total in totals.values())
    denominator = m * m * (n**3 - n) - m * tie_sum
    if denominator <= 0:
        return None
    return 12 * s / denominator


def mid_ranks(values: Sequence[float]) -> tuple[list[float], float]:
    """Ranks 1..n of `values` (smaller first) with ties at their mean rank, and Σ (t³ − t)
    over the groups of t tied values."""
    order = sorted(range(len(values)), key=lambda i: values[i])
    ranks = [0.0] * len(values)
    ties = 0.0
    start = 0
    while start < len(order):
        end = start
        while end + 1 < len(order) and values[order[end + 1]] == values[order[start]]:
            end += 1
        t = end - start + 1
        for position in range(start, end + 1):
            ranks[order[position]] = (start + end) / 2 + 1
        ties += t**3 - t
        start = end + 1
    return ranks, ties


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

    def alpha(self, *, ordinal: bool = False) -> float | None:
        if not self.table:
            return None
        totals: defaultdict[Hashable, float] = defaultdict(float)
        for (c, _k), o in self.table.items():
            totals[c] += o
        n = sum(totals.values())
        if ordinal:
            delta = _ordinal_delta(totals)
            observed = sum(o * delta(c, k) for (c, k), o in self.table.items())
            expected = sum(
                nc * nk * delta(c, k) for c, nc in totals.items() for k, nk in totals.items()
            )
            expected /= n - 1
        else:
            observed = sum(o for (c, k), o in self.table.items() if c != k)
            expected = (n * n - sum(t * t for t in totals.values())) / (n - 1)
        if expected == 0:
            return 1.0 if observed == 0 else 0.0
        return 1.0 - observed / expected


def _ordinal_delta(totals: Mapping[Any, float]) -> Any:
    """The squared ordinal difference of two values, from the values' totals."""
    values = sorted(totals)
    cumulative: dict[Any, float] = {}
    running = 0.0
    for value in values:
        running += totals[value]
        cumulative[value] = running  # Σ n_g for g up to value

    def delta(c: Any, k: Any) -> float:
        low, high = (c, k) if c <= k else (k, c)
        between = cumulative[high] - cumulative[low] + totals[low]
        return (between - (totals[c] + totals[k]) / 2) ** 2

    return delta


class _Ranks:
    """The mean of Kendall's W over the items with at least two rankings."""

    def __init__(self) -> None:
        self.total = 0.0
        self.count = 0

    def add(self, values: Sequence[Any]) -> None:
        maps = [m for m in (rank_map(v) for v in values) if len(m) >= 2]
        w = kendall_w(maps)
        if w is not None:
            self.total += w
            self.count += 1

    def mean(self) -> float | None:
        return self.total / self.count if self.count else None


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
    it may be a stream. Choice fields, and pairwise fields on their winner:
    metric `krippendorff_alpha` (nominal). Ratings, and criteria with one unit
    per (item, row): `krippendorff_alpha_ordinal`. Rankings: `kendall_w`, the
    mean of Kendall's W over items. Rationales: left out. Others:
    `mean_pairwise_<gold metric>`, the mean score over every pair of answers to
    one item, pooled across items; transcripts (`mean_pairwise_wer`) score a pair
    as the mean of 1 − WER both ways. A list field left out of an answer counts
    as an empty list, a flags field left out as no flags; other fields left out
    do not take part. `value` is None when no item has two answers to compare.
    """
    fields = [f for f in schema.fields if f.kind not in UNSCORED_KINDS]
    alphas = {f.name: _Coincidences() for f in fields if f.kind in _ALPHA_KINDS}
    ranks = {f.name: _Ranks() for f in fields if f.kind == "ranking"}
    others = {f.name: _Pairwise(f) for f in fields if f.name not in alphas and f.name not in ranks}
    for answers in answers_per_item:
        dicts = [a for a in answers if isinstance(a, dict)]
        if len(dicts) < 2:
            continue  # nothing to compare
        for f in fields:
            values = _values(f, dicts)
            if f.kind == "criteria":
                for unit in _criteria_units(values):
                    alphas[f.name].add(unit)
            elif f.kind == "pairwise":
                alphas[f.name].add([w for w in map(winner, values) if w is not None])
            elif f.kind == "rating":
                alphas[f.name].add([v for v in values if is_int(v)])
            elif f.name in alphas:
                alphas[f.name].add([v for v in values if isinstance(v, Hashable)])
            elif f.name in ranks:
                ranks[f.name].add(values)
            else:
                others[f.name].add(values)
    result: dict[str, dict[str, Any]] = {}
    for f in fields:
        if f.name in alphas:
            metric = _ALPHA_KINDS[f.kind]
            value = alphas[f.name].alpha(ordinal=metric == ALPHA_ORDINAL)
            result[f.name] = {"metric": metric, "value": value}
        elif f.name in ranks:
            result[f.name] = {"metric": KENDALL_W, "value": ranks[f.name].mean()}
        else:
            result[f.name] = {
                "metric": f"mean_pairwise_{f.gold.metric}",
                "value": others[f.name].mean(),
            }
    return result


def _criteria_units(values: Sequence[Any]) -> list[list[int]]:
    """One unit per row of a criteria field: the ratings the answers gave that row."""
    rows: defaultdict[str, list[int]] = defaultdict(list)
    for value in values:
        if isinstance(value, dict):
            for row, rating in value.items():
                if is_int(rating):
                    rows[row].append(rating)
    return list(rows.values())


def _values(f: Field, answers: Sequence[dict[str, Any]]) -> list[Any]:
    if f.kind in LIST_KINDS:
        return [a.get(f.name) or [] for a in answers]
    if f.kind == "flags":
        return [a.get(f.name) or {} for a in answers]
    return [a[f.name] for a in answers if a.get(f.name) is not None]
