"""A ranking's keys as plain operations on its rank map (`{"A": 1, "B": 3, "C": 2}`):
what the ranking group's keys ask for, free of widgets so that each is tested alone.

Every operation returns a whole rank map of the item's candidates: the first key that
changes anything turns the order on screen (the item's, while unranked) into ranks.
"""

from __future__ import annotations

from typing import Any


def order(keys: list[str], value: Any) -> list[str]:
    """The candidates best first: by rank, then in the item's order (all in the item's
    order while unranked)."""
    ranks = value if isinstance(value, dict) else {}
    position = {k: i for i, k in enumerate(keys)}

    def rank(key: str) -> tuple[int, int]:
        given = ranks.get(key)
        return (given if isinstance(given, int) else len(keys) + 1, position[key])

    return sorted(keys, key=rank)


def ranks_of(keys: list[str], value: Any) -> dict[str, int]:
    """The rank map shown: `value`'s ranks where it has them, the rest by position."""
    ranks = value if isinstance(value, dict) else {}
    shown = order(keys, value)
    return {k: ranks[k] if isinstance(ranks.get(k), int) else shown.index(k) + 1 for k in keys}


def _sequential(ordered: list[str]) -> dict[str, int]:
    return {k: i + 1 for i, k in enumerate(ordered)}


def place(keys: list[str], value: Any, key: str, rank: int) -> dict[str, int] | None:
    """`key` at `rank` (1 = best), the others keeping their order around it; None when
    the rank is out of range."""
    if key not in keys or not 1 <= rank <= len(keys):
        return None
    ordered = [k for k in order(keys, value) if k != key]
    ordered.insert(rank - 1, key)
    return _sequential(ordered)


def move(keys: list[str], value: Any, key: str, step: int) -> dict[str, int] | None:
    """`key` one place up (step -1, towards best) or down (1); None at an end."""
    ordered = order(keys, value)
    if key not in ordered:
        return None
    at = ordered.index(key)
    if not 0 <= at + step < len(ordered):
        return None
    return place(keys, value, key, at + step + 1)


def tie_with_above(keys: list[str], value: Any, key: str) -> dict[str, int] | None:
    """`key` shares the rank of the candidate just above it in the order (None for the
    first); the others keep theirs."""
    ordered = order(keys, value)
    if key not in ordered or ordered.index(key) == 0:
        return None
    ranks = ranks_of(keys, value)
    above = ordered[ordered.index(key) - 1]
    ranks[key] = ranks[above]
    return ranks
