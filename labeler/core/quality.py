"""Annotator quality figures for leads and reviewers: confidence of a gold accuracy, answers
given too fast, runs of identical answers, and confusion of gold answers with given ones.

Everything here works on plain values fed one at a time, so a caller can stream a project's
submissions through it without holding them all.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from typing import Any

from labeler.core.schema import Field

#: The normal quantile of a two-sided 95 % interval.
Z95 = 1.959963984540054
#: No threshold of "too fast" is below this, however fast the project's median.
MIN_TOO_FAST_MS = 2000
#: Kinds whose answers a confusion matrix can count.
CONFUSION_KINDS = frozenset({"choice", "multichoice", "rating"})
#: The label that stands for "none" in a confusion matrix (a label value is never empty).
NO_LABEL = ""
# A rating scale wider than this lists only the values that occur.
_MAX_RATING_LABELS = 101


def wilson_interval(passed: int, total: int, z: float = Z95) -> tuple[float, float] | None:
    """The Wilson score interval of the proportion `passed / total`, or None when `total` is 0.

    Unlike the normal approximation it stays inside [0, 1] and is sensible for small totals
    and for proportions of 0 or 1.
    """
    if total <= 0:
        return None
    if not 0 <= passed <= total:
        raise ValueError("passed must lie between 0 and total")
    p = passed / total
    z2 = z * z
    denominator = 1 + z2 / total
    centre = (p + z2 / (2 * total)) / denominator
    spread = z * math.sqrt(p * (1 - p) / total + z2 / (4 * total * total)) / denominator
    # Exact at the ends (no rounding crumbs), and never excluding the observed proportion.
    low = 0.0 if passed == 0 else min(p, max(0.0, centre - spread))
    high = 1.0 if passed == total else max(p, min(1.0, centre + spread))
    return low, high


def too_fast_threshold(median_ms: float | None) -> float:
    """Submissions under this many active milliseconds count as too fast:
    max(2000, median ÷ 4); 2000 when there is no median yet."""
    if median_ms is None:
        return float(MIN_TOO_FAST_MS)
    return max(float(MIN_TOO_FAST_MS), median_ms / 4)


def longest_streak(answers: Iterable[Any]) -> int:
    """The longest run of equal answers, in the order given; None entries (skips) are left
    out and neither count nor break a run. 0 when there is no answer."""
    counter = StreakCounter()
    for answer in answers:
        counter.add(answer)
    return counter.longest


class StreakCounter:
    """`longest_streak` fed one answer at a time (for answers streamed from a database)."""

    def __init__(self) -> None:
        self.longest = 0
        self._run = 0
        self._previous: Any = None

    def add(self, answer: Any) -> None:
        """Count the next answer; None (a skip) is left out."""
        if answer is None:
            return
        self._run = self._run + 1 if self._run and answer == self._previous else 1
        self._previous = answer
        self.longest = max(self.longest, self._run)


class Confusion:
    """Counts of expected (gold, row) against given (column) values of one field.

    choice: one count per answer holding the field. rating: the same, the labels being the
    rating values as strings. multichoice: each label one-vs-rest, counted per label present
    in either answer: given and expected on the diagonal, expected but not given in the
    column `NO_LABEL`, given but not expected in the row `NO_LABEL`. A choice or rating the
    answer leaves out counts in the column `NO_LABEL`. Labels start with the field's labels
    in schema order; values no longer among them (older schema versions) follow, and
    `NO_LABEL` comes last when it is used (always for multichoice).
    """

    def __init__(self, field: Field) -> None:
        if field.kind not in CONFUSION_KINDS:
            raise ValueError(f"{field.kind} fields have no confusion matrix")
        self.field = field
        self._counts: Counter[tuple[str, str]] = Counter()
        self._seen: set[str] = set()

    def add(self, expected: Any, given: Any) -> None:
        """Count one gold answer's value (`expected`) against a submission's (`given`).

        Nothing is counted when the gold answer leaves the field out, or when a value has
        the wrong type (an answer stored under another schema).
        """
        if expected is None:
            return
        if self.field.kind == "multichoice":
            self._add_sets(expected, given)
            return
        row = self._key(expected)
        col = NO_LABEL if given is None else self._key(given)
        if row is None or col is None:
            return
        self._count(row, col)

    def _add_sets(self, expected: Any, given: Any) -> None:
        if given is None:
            given = []
        if not isinstance(expected, list) or not isinstance(given, list):
            return
        wanted = {v for v in expected if isinstance(v, str) and v}
        chosen = {v for v in given if isinstance(v, str) and v}
        for label in wanted | chosen:
            row = label if label in wanted else NO_LABEL
            col = label if label in chosen else NO_LABEL
            self._count(row, col)

    def _key(self, value: Any) -> str | None:
        if self.field.kind == "rating":
            if isinstance(value, bool) or not isinstance(value, int):
                return None
            return str(value)
        return value if isinstance(value, str) and value else None

    def _count(self, row: str, col: str) -> None:
        self._counts[(row, col)] += 1
        self._seen.update((row, col))

    def labels(self) -> list[str]:
        """The labels of the rows and columns, in order."""
        field = self.field
        if field.kind == "rating":
            assert field.min is not None and field.max is not None
            if field.max - field.min < _MAX_RATING_LABELS:
                base = [str(v) for v in range(field.min, field.max + 1)]
            else:
                base = []
        else:
            base = [label.value for label in field.labels]
        known = set(base)
        extra = sorted(v for v in self._seen if v not in known and v != NO_LABEL)
        if field.kind == "rating":
            extra.sort(key=int)
        out = base + extra
        if field.kind == "multichoice" or NO_LABEL in self._seen:
            out.append(NO_LABEL)
        return out

    def to_json(self) -> dict[str, Any]:
        """`{"labels": [...], "matrix": [[int]]}`, rows expected, columns given."""
        labels = self.labels()
        matrix = [[self._counts.get((row, col), 0) for col in labels] for row in labels]
        return {"labels": labels, "matrix": matrix}


def confusion_for(field: Field) -> Confusion | None:
    """A new `Confusion` for a field of a kind that has one, else None."""
    return Confusion(field) if field.kind in CONFUSION_KINDS else None
