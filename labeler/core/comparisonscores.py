"""Gold metrics of the comparison field kinds (PROTOCOL.md "Gold scoring"): `preference`
(pairwise), `kendall_tau` (ranking), `within` (criteria), per-candidate `jaccard` (flags)
and `record_fields` (record). Like every metric they take JSON of any shape: malformed
values or entries count as absent, nothing raises."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from labeler.core.gold import TIE_SCORES
from labeler.core.jsonvalues import is_int, is_number
from labeler.core.schema import Field
from labeler.core.textnorm import normalize_value


def winner(value: Any) -> str | None:
    """The winner of a pairwise answer ("A", "B" or "tie"), or None."""
    if isinstance(value, dict) and value.get("winner") in ("A", "B", "tie"):
        return str(value["winner"])
    return None


def preference(field: Field, a: Any, b: Any) -> float:
    """1 for the same winner, 0 for opposite sides; a tie against a side scores by the
    gold rule's `tie` ("zero" or "half"). Strength is not scored."""
    wa, wb = winner(a), winner(b)
    if wa == wb:
        return 1.0
    if wa is None or wb is None or "tie" not in (wa, wb):
        return 0.0
    return TIE_SCORES.get(field.gold.params.get("tie", "zero"), 0.0)


def rank_map(value: Any) -> dict[str, int]:
    """The entries of a ranking that are integer ranks."""
    if not isinstance(value, dict):
        return {}
    return {k: v for k, v in value.items() if isinstance(k, str) and is_int(v)}


def dense_ranks(value: Any) -> dict[str, int]:
    """A ranking's integer ranks numbered dense, the one way the product writes and
    compares a ranking: tied candidates share a rank and the next tier takes the next
    number, so 1, 1, 3 becomes 1, 1, 2 (the same order). Keys in the map's order."""
    ranks = rank_map(value)
    tier = {r: n for n, r in enumerate(sorted(set(ranks.values())), start=1)}
    return {k: tier[r] for k, r in ranks.items()}


def kendall_tau_b(a: Mapping[str, float], b: Mapping[str, float]) -> float | None:
    """Kendall's tau-b between two rank maps over the keys they share (ties handled as
    tau-b does). 1.0 when both are constant; None when fewer than two keys are shared or
    one map alone is constant (no association can be measured)."""
    keys = [k for k in a if k in b]
    if len(keys) < 2:
        return None
    concordant = discordant = ties_a = ties_b = pairs = 0
    for i, first in enumerate(keys):
        for second in keys[i + 1 :]:
            pairs += 1
            da = (a[first] > a[second]) - (a[first] < a[second])
            db = (b[first] > b[second]) - (b[first] < b[second])
            if da == 0:
                ties_a += 1
            if db == 0:
                ties_b += 1
            if da * db > 0:
                concordant += 1
            elif da * db < 0:
                discordant += 1
    if ties_a == pairs and ties_b == pairs:
        return 1.0
    denominator = math.sqrt((pairs - ties_a) * (pairs - ties_b))
    if denominator == 0:
        return None
    return (concordant - discordant) / denominator


def kendall_tau(field: Field, a: Any, b: Any) -> float:
    """(τ_b + 1) / 2 between two rankings. A candidate only one of them ranks counts as
    a disagreement: the score is scaled by the share of candidates both rank. Two empty
    rankings (or two equal ones) score 1; when only one map is constant, τ_b is taken as 0."""
    ra, rb = rank_map(a), rank_map(b)
    union = set(ra) | set(rb)
    if ra == rb:
        return 1.0
    shared = [k for k in union if k in ra and k in rb]
    if len(shared) < 2:
        return 0.0
    tau = kendall_tau_b(ra, rb)
    score = ((tau if tau is not None else 0.0) + 1) / 2
    return score * len(shared) / len(union)


def _ratings(value: Any) -> dict[str, float]:
    if not isinstance(value, dict):
        return {}
    return {k: v for k, v in value.items() if isinstance(k, str) and is_number(v)}


def within(field: Field, a: Any, b: Any) -> float:
    """The share of rows (of either answer) rated by both with |a − b| ≤ `tolerance`."""
    ra, rb = _ratings(a), _ratings(b)
    rows = set(ra) | set(rb)
    if not rows:
        return 1.0
    tolerance = field.gold.params.get("tolerance", 1)
    close = sum(1 for r in rows if r in ra and r in rb and abs(ra[r] - rb[r]) <= tolerance)
    return close / len(rows)


def _flag_sets(value: Any) -> dict[str, set[str]]:
    if not isinstance(value, dict):
        return {}
    return {
        k: {s for s in v if isinstance(s, str)}
        for k, v in value.items()
        if isinstance(k, str) and isinstance(v, list)
    }


def flags_jaccard(a: Any, b: Any) -> float:
    """The mean, over the candidates either answer names, of the Jaccard of their flags
    (a candidate left out has none; both empty score 1)."""
    fa, fb = _flag_sets(a), _flag_sets(b)
    keys = set(fa) | set(fb)
    if not keys:
        return 1.0
    total = 0.0
    for key in keys:
        sa, sb = fa.get(key, set()), fb.get(key, set())
        union = sa | sb
        total += len(sa & sb) / len(union) if union else 1.0
    return total / len(keys)


def _record_value(value: Any, key: str) -> str | None:
    text = value.get(key) if isinstance(value, dict) else None
    return normalize_value(text) if isinstance(text, str) else None


def record_fields(field: Field, a: Any, b: Any) -> float:
    """The share of the field's keys whose values are equal after normalisation (NFKC,
    casefold, whitespace collapsed, digits of any script in ASCII)."""
    keys = field.key_values()
    if not keys:
        return 1.0
    same = sum(1 for k in keys if _record_value(a, k) == _record_value(b, k))
    return same / len(keys)
