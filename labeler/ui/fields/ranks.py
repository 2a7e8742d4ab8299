"""A ranking's keys as plain operations on its rank map (`{"A": 1, "B": 3, "C": 2}`):
what the ranking group's keys ask for, free of widgets so that each is tested alone.

The map holds only the candidates the annotator placed; the others are not ranked yet,
and the answer is whole once every candidate is placed. The placed ones stand in
*tiers*, best first, the candidates of one tier tied. Every operation acts on one
candidate and gives dense ranks (1..k, tied ones sharing theirs, the next tier the
next rank): a rank is never left empty under a worse one.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from labeler.core.comparisonscores import dense_ranks

Tiers = list[list[str]]


def placed(keys: list[str], value: Any) -> dict[str, int]:
    """The ranks the annotator gave, of the item's candidates."""
    ranks = value if isinstance(value, dict) else {}
    return {
        k: r
        for k, r in ranks.items()
        if k in keys and isinstance(r, int) and not isinstance(r, bool)
    }


def unplaced(keys: list[str], value: Any) -> list[str]:
    """The candidates not placed yet, in the item's order."""
    given = placed(keys, value)
    return [k for k in keys if k not in given]


def tiers(keys: list[str], value: Any) -> Tiers:
    """The placed candidates best first, one list per rank (tied ones together, in the
    item's order)."""
    given = placed(keys, value)
    out: dict[int, list[str]] = {}
    for key in sorted(given, key=lambda k: (given[k], keys.index(k))):
        out.setdefault(given[key], []).append(key)
    return list(out.values())


def ranked(tiered: Tiers) -> dict[str, int]:
    """`tiered` as a dense rank map: the first tier 1, the next 2, …"""
    return {key: at + 1 for at, tier in enumerate(tiered) for key in tier}


def dense(keys: list[str], value: Any) -> dict[str, int]:
    """The placed candidates' ranks made dense (1, 1, 3 → 1, 1, 2): what a rank is
    compared by, whatever numbering the map came with."""
    return dense_ranks(placed(keys, value))


def _without(keys: list[str], value: Any, key: str) -> tuple[Tiers, int | None]:
    """The tiers with `key` taken out (an emptied tier closes up), and the index of the
    tier it stood in (None when it was not placed)."""
    tiered, at = tiers(keys, value), None
    for i, tier in enumerate(tiered):
        if key in tier:
            at = i
            tier.remove(key)
    return [t for t in tiered if t], at


def _changed(keys: list[str], value: Any, tiered: Tiers) -> dict[str, int] | None:
    out = ranked(tiered)
    return None if out == placed(keys, value) else out


def place(
    keys: list[str], value: Any, key: str, rank: int, asked: Mapping[str, int] | None = None
) -> dict[str, int] | None:
    """`key` placed alone at `rank` (1 = best): those at that rank and after move one
    down; a rank past the last one given puts it last. `asked`: the ranks typed for
    candidates still standing better than that (typed while fewer were placed); each
    keeps its claim, so 3 on A, 2 on B, 1 on C ranks C, B, A. None when `rank` is out
    of the item's range or nothing changes."""
    if key not in keys or not 1 <= rank <= len(keys):
        return None
    tiered, _ = _without(keys, value, key)
    claims = asked or {}
    before = sum(
        1 for at, tier in enumerate(tiered) if max(at + 1, *(claims.get(k, 0) for k in tier)) < rank
    )
    tiered.insert(before, [key])
    return _changed(keys, value, tiered)


def waiting(keys: list[str], value: Any, asked: Mapping[str, int]) -> dict[str, int]:
    """Of the ranks typed (`asked`), those of candidates placed better than that: the
    claims `place` keeps for them."""
    now = dense(keys, value)
    return {k: r for k, r in asked.items() if k in now and now[k] < r}


def move(keys: list[str], value: Any, key: str, step: int) -> dict[str, int] | None:
    """`key` one rank better (step -1) or worse (1): alone, it changes places with the
    rank next to it; tied, it leaves its tie to stand just before or after it; not
    placed, -1 places it last. None at an end, or when nothing changes."""
    if key not in keys:
        return None
    rest, at = _without(keys, value, key)
    if at is None:
        if step > 0:
            return None
        return _changed(keys, value, [*rest, [key]])
    alone = len(rest) < len(tiers(keys, value))
    if alone:
        to = at + step
        if not 0 <= to <= len(rest):
            return None
    else:
        to = at if step < 0 else at + 1
    rest.insert(to, [key])
    return _changed(keys, value, rest)


def tie(keys: list[str], value: Any, key: str) -> dict[str, int] | None:
    """`key` shares the rank just better than its own (one not placed: the last rank
    given), the ranks after it closing up. None when it is first, or nothing is placed
    besides it."""
    if key not in keys:
        return None
    rest, at = _without(keys, value, key)
    # The tiers before its own are where they were, whether its own emptied or not.
    to = len(rest) - 1 if at is None else at - 1
    if to < 0:
        return None
    rest[to].append(key)
    rest[to].sort(key=keys.index)
    return _changed(keys, value, rest)


def take_out(keys: list[str], value: Any, key: str) -> dict[str, int] | None:
    """`key` not placed any more, the ranks after it closing up; None when it was not
    placed."""
    rest, at = _without(keys, value, key)
    return None if at is None else ranked(rest)


def order_words(keys: list[str], value: Any) -> str:
    """The placed candidates best first, as the review writes a ranking: `A › C = B`."""
    return " › ".join(" = ".join(tier) for tier in tiers(keys, value))
