"""An annotator's biases on a pairwise field: position (how often they prefer A, the
candidate shown first) and length (how often they prefer the longer candidate).

An annotator who reads both candidates prefers A about as often as B over many items;
one who rushes tends to pick a side. Each share is tested against 50 % with an exact
two-sided binomial test, and flagged when it has at least `MIN_BIAS_ANSWERS`
preferences and the test's p-value is under `BIAS_P`. Ties take no part, nor (for
length) items whose candidates A and B are equally long or not both texts.

Fed one answer at a time, so a caller can stream a project's submissions through it.
"""

from __future__ import annotations

from dataclasses import dataclass
from math import comb
from typing import Any

from labeler.core.comparisonscores import winner

#: Fewer preferences than this are never flagged, however lopsided.
MIN_BIAS_ANSWERS = 20
#: A share is flagged when its two-sided binomial p-value is under this.
BIAS_P = 0.01


def binomial_p(successes: int, trials: int) -> float:
    """The exact two-sided p-value of `successes` in `trials` against a fair coin (p =
    ½): the probability of an outcome at most as likely as the one seen, which for a fair
    coin is twice the smaller tail, at most 1 (as `scipy.stats.binomtest` gives it). 1.0
    for no trials."""
    if trials <= 0:
        return 1.0
    if not 0 <= successes <= trials:
        raise ValueError("successes must lie between 0 and trials")
    low = min(successes, trials - successes)
    if 2 * low == trials:
        return 1.0
    tail = sum(comb(trials, i) for i in range(low + 1))
    return min(1.0, 2 * tail / 2**trials)


def candidate_lengths(data: Any) -> tuple[int, int] | None:
    """The lengths in characters of candidates A and B of an item's `data`, when both
    are texts; None otherwise."""
    if not isinstance(data, dict) or not isinstance(data.get("candidates"), list):
        return None
    texts: dict[str, str] = {}
    for n, one in enumerate(data["candidates"][:2]):
        if isinstance(one, dict) and isinstance(one.get("text"), str):
            key = one.get("key")
            texts[key if isinstance(key, str) else "AB"[n]] = one["text"]
    if "A" not in texts or "B" not in texts:
        return None
    return len(texts["A"]), len(texts["B"])


@dataclass
class PairwiseBias:
    """One annotator's preferences on one pairwise field, counted as they come."""

    prefers_a: int = 0
    prefers_b: int = 0
    ties: int = 0
    prefers_longer: int = 0
    prefers_shorter: int = 0

    def add(self, value: Any, lengths: tuple[int, int] | None) -> None:
        """Count one answer's value of the field (anything but a preference is ignored),
        with its item's candidate lengths (`candidate_lengths`)."""
        side = winner(value)
        if side is None:
            return
        if side == "tie":
            self.ties += 1
            return
        if side == "A":
            self.prefers_a += 1
        else:
            self.prefers_b += 1
        if lengths is not None and lengths[0] != lengths[1]:
            longer = "A" if lengths[0] > lengths[1] else "B"
            if side == longer:
                self.prefers_longer += 1
            else:
                self.prefers_shorter += 1

    @property
    def preferences(self) -> int:
        """Preferences for a side (ties left out)."""
        return self.prefers_a + self.prefers_b

    @property
    def compared_lengths(self) -> int:
        """Preferences between candidates of different lengths."""
        return self.prefers_longer + self.prefers_shorter

    def to_json(self) -> dict[str, Any]:
        """The figures as the task server's stats give them (docs/protocol.md)."""
        n, m = self.preferences, self.compared_lengths
        position_p = binomial_p(self.prefers_a, n)
        length_p = binomial_p(self.prefers_longer, m)
        return {
            "preferences": n,
            "ties": self.ties,
            "prefers_a": self.prefers_a,
            "a_share": self.prefers_a / n if n else None,
            "position_p": position_p if n else None,
            "position_flag": n >= MIN_BIAS_ANSWERS and position_p < BIAS_P,
            "compared_lengths": m,
            "prefers_longer": self.prefers_longer,
            "longer_share": self.prefers_longer / m if m else None,
            "length_p": length_p if m else None,
            "length_flag": m >= MIN_BIAS_ANSWERS and length_p < BIAS_P,
        }
