"""Annotator statistics: skill accuracy on gold, requirements, gold mixing."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from labeler.core.figures import percent

#: Accuracy is taken over this many most recent gold answers.
SKILL_WINDOW = 50

# Accuracies equal to a requirement pass even after float rounding.
_EPS = 1e-9


@dataclass(frozen=True)
class SkillSummary:
    """Gold answers in one skill: totals, and accuracy over the newest `SKILL_WINDOW`."""

    gold_answered: int
    gold_passed: int
    accuracy: float | None

    def to_json(self) -> dict[str, Any]:
        """`{"gold_answered", "gold_passed", "accuracy"}` as in `GET /me`."""
        return {
            "gold_answered": self.gold_answered,
            "gold_passed": self.gold_passed,
            "accuracy": self.accuracy,
        }


def skill_summary(results_newest_first: Sequence[bool]) -> SkillSummary:
    """Summarise gold verdicts (newest first): totals over all, accuracy over the newest 50.

    Accuracy is None before the first gold answer.
    """
    results = list(results_newest_first)
    recent = results[:SKILL_WINDOW]
    accuracy = sum(map(bool, recent)) / len(recent) if recent else None
    return SkillSummary(len(results), sum(map(bool, results)), accuracy)


def requirement_reason(
    skill: str, min_accuracy: float, min_gold: int, summary: SkillSummary
) -> str | None:
    """None when `summary` meets the requirement, else a sentence saying why not.

    `min_accuracy` is a fraction (0.92 for 92 %). Example: "needs 92% accuracy
    on street-scenes over ≥ 20 control items; you have 88.0% over 25".
    """
    accuracy = summary.accuracy
    met = summary.gold_answered >= min_gold and (
        min_accuracy <= 0 or (accuracy is not None and accuracy >= min_accuracy - _EPS)
    )
    if met:
        return None
    needs = f"needs {_percent(min_accuracy)}% accuracy on {skill} over ≥ {min_gold} control items"
    if accuracy is None:
        return f"{needs}; you have no control items yet"
    have = percent(accuracy, bar=min_accuracy)  # a shortfall never reads as the bar
    answered = summary.gold_answered
    if answered > SKILL_WINDOW:
        return f"{needs}; you have {have} over your last {SKILL_WINDOW} of {answered}"
    return f"{needs}; you have {have} over {answered}"


def _percent(fraction: float) -> str:
    return f"{round(fraction * 100, 1):g}"


def gold_count(size: int, ratio: float, gold_available: int) -> int:
    """How many gold items a batch of `size` gets at `ratio`.

    `round(size × ratio)`, halves rounded up; at least 1 when gold exists and
    size ≥ 3 (unless `ratio` is 0); never more than `gold_available` or `size`.
    """
    if size <= 0 or gold_available <= 0 or ratio <= 0:
        return 0  # a ratio of 0 switches gold mixing off
    count = math.floor(size * ratio + 0.5 + _EPS)
    if size >= 3:
        count = max(count, 1)
    return max(0, min(count, gold_available, size))
