"""A ranking's keys as plain operations on its rank map (`{"A": 1, "B": 3, "C": 2}`):
what the ranking group's keys ask for, free of widgets so that each is tested alone.

The map holds only the candidates the annotator placed (a digit, Ctrl+↑/↓, =). The
others are not ranked: they stand in the free places in the item's order, shown
without a rank, and the answer is whole only once every candidate is placed.
"""

from __future__ import annotations

from typing import Any


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


def order(keys: list[str], value: Any) -> list[str]:
    """The candidates best first: the placed ones at their ranks, the others in the free
    places in the item's order (all in the item's order while none is placed)."""
    given = placed(keys, value)
    position = {k: i for i, k in enumerate(keys)}
    ranked = sorted(given, key=lambda k: (given[k], position[k]))
    rest = [k for k in keys if k not in given]
    out: list[str] = []
    while ranked or rest:
        if ranked and (not rest or given[ranked[0]] <= len(out) + 1):
            out.append(ranked.pop(0))
        else:
            out.append(rest.pop(0))
    return out


def ranks_of(keys: list[str], value: Any) -> dict[str, int]:
    """Every candidate's rank: the given one where placed, else its place in the order."""
    given = placed(keys, value)
    shown = order(keys, value)
    return {k: given.get(k, shown.index(k) + 1) for k in keys}


def _kept(ordered: list[str], value: Any, moved: str) -> dict[str, int]:
    """`ordered`'s places as ranks, of the candidates placed before and `moved`. Two
    candidates placed at one rank and still next to each other keep sharing it (the
    first's), so placing or moving another never undoes a tie; `moved` is tied to none."""
    given = placed(ordered, value)
    out: dict[str, int] = {}
    previous: str | None = None
    for i, k in enumerate(ordered):
        if k == moved or k in given:
            tied = (
                previous is not None
                and k != moved
                and previous != moved
                and given.get(previous) == given[k]
            )
            out[k] = out[previous] if tied and previous is not None else i + 1
        previous = k
    return out


def place(keys: list[str], value: Any, key: str, rank: int) -> dict[str, int] | None:
    """`key` placed at `rank` (1 = best), the others keeping their order around it;
    None when the rank is out of range."""
    if key not in keys or not 1 <= rank <= len(keys):
        return None
    ordered = [k for k in order(keys, value) if k != key]
    ordered.insert(rank - 1, key)
    return _kept(ordered, value, key)


def move(keys: list[str], value: Any, key: str, step: int) -> dict[str, int] | None:
    """`key` one place up (step -1, towards best) or down (1), and placed there; None
    at an end."""
    ordered = order(keys, value)
    if key not in ordered:
        return None
    at = ordered.index(key)
    if not 0 <= at + step < len(ordered):
        return None
    return place(keys, value, key, at + step + 1)


def tie_with_above(keys: list[str], value: Any, key: str) -> dict[str, int] | None:
    """`key` shares the rank of the candidate just above it in the order, once that one
    is placed (None for the first, or above one not placed yet: a key pressed on one
    candidate never places another the annotator has not judged); the others keep
    theirs."""
    ordered = order(keys, value)
    if key not in ordered or ordered.index(key) == 0:
        return None
    above = ordered[ordered.index(key) - 1]
    if above not in placed(keys, value):
        return None
    ranks = ranks_of(keys, value)
    ranks[key] = ranks[above]
    keep = set(placed(keys, value)) | {key, above}
    return {k: r for k, r in ranks.items() if k in keep}
