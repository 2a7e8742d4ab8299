"""The consensus of several answers of the comparison kinds (PROTOCOL.md "Agreement and
consensus"): the majority winner of a pairwise field, the Borda count of rankings, the
median per row of criteria, the majority value per key of a record, and per candidate the
flags more than half gave. Pure functions of JSON values; malformed entries take no part.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import Any

from labeler.core.agreement import mid_ranks
from labeler.core.comparisonscores import rank_map, winner
from labeler.core.jsonvalues import is_int
from labeler.core.textnorm import normalize_value

TIE = "tie"


def majority_winner(values: Sequence[Any], *, ties: bool = True) -> dict[str, str] | None:
    """`{"winner": …}` that most pairwise answers give; a tie when the top is split (or
    when "tie" itself is the most given). None without answers, or on a split when the
    field allows no tie (`ties` False)."""
    counts = Counter(w for w in map(winner, values) if w is not None)
    top = counts.most_common(2)
    if not top:
        return None
    if len(top) == 2 and top[0][1] == top[1][1]:
        return {"winner": TIE} if ties else None
    return {"winner": top[0][0]}


def borda_ranking(values: Sequence[Any], *, ties: bool = True) -> dict[str, int] | None:
    """The Borda count of rankings as a rank map: in a ranking of N candidates, rank r
    scores N − r (tied candidates share their places' points: they score at their mean
    rank); the most points rank 1. Equal totals share a rank when `ties`, else the
    earlier candidate key goes first; ranks are dense ("1, 1, 2", as `dense_ranks`). A
    candidate a ranking leaves out scores nothing from it. None without rankings."""
    maps = [m for m in map(rank_map, values) if m]
    if not maps:
        return None
    points: defaultdict[str, float] = defaultdict(float)
    for ranking in maps:
        keys = list(ranking)
        ranks, _ = mid_ranks([ranking[k] for k in keys])
        for key, rank in zip(keys, ranks, strict=True):
            points[key] += len(keys) - rank
    order = sorted(points, key=lambda k: (-points[k], k))
    result: dict[str, int] = {}
    for at, key in enumerate(order):
        previous = order[at - 1] if at else None
        if ties and previous is not None and points[previous] == points[key]:
            result[key] = result[previous]
        else:
            result[key] = len(set(result.values())) + 1
    return dict(sorted(result.items()))


def median_per_row(values: Sequence[Any]) -> dict[str, int] | None:
    """Criteria: per row, the median of the ratings given (the lower middle one for an
    even count, so it stays a rating). None without ratings."""
    rows: defaultdict[str, list[int]] = defaultdict(list)
    for value in values:
        if isinstance(value, dict):
            for row, rating in value.items():
                if isinstance(row, str) and is_int(rating):
                    rows[row].append(rating)
    if not rows:
        return None
    return {row: statistics.median_low(ratings) for row, ratings in rows.items()}


def majority_per_key(values: Sequence[Any]) -> dict[str, str] | None:
    """Record: per key, the value most answers give (compared after normalisation, kept
    in its first spelling); a key whose top is split is left out. None when no key has a
    majority."""
    spellings: defaultdict[str, list[str]] = defaultdict(list)
    for value in values:
        if isinstance(value, dict):
            for key, text in value.items():
                if isinstance(key, str) and isinstance(text, str):
                    spellings[key].append(text)
    result: dict[str, str] = {}
    for key, texts in spellings.items():
        top = Counter(normalize_value(t) for t in texts).most_common(2)
        if len(top) == 2 and top[0][1] == top[1][1]:
            continue
        result[key] = next(t for t in texts if normalize_value(t) == top[0][0])
    return result or None


def vote_flags(values: Sequence[Any], voters: int) -> dict[str, list[str]]:
    """Flags: per candidate, the labels more than half of `voters` gave it (label order
    as first given); candidates with none are left out."""
    counts: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for value in values:
        if isinstance(value, dict):
            for key, labels in value.items():
                if isinstance(key, str) and isinstance(labels, list):
                    counts[key].update({s for s in labels if isinstance(s, str)})
    result: dict[str, list[str]] = {}
    for key in sorted(counts):
        kept = [label for label, n in counts[key].items() if 2 * n > voters]
        if kept:
            result[key] = sorted(kept)
    return result
