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


#: The message codes of an unmet requirement (docs/protocol.md "Message codes"), by what
#: the annotator has so far: no gold answers in the skill, a few, more than the window.
REQUIREMENT_NO_GOLD_YET = "requirement_no_gold_yet"
REQUIREMENT_NOT_MET = "requirement_not_met"
REQUIREMENT_NOT_MET_RECENT = "requirement_not_met_recent"


@dataclass(frozen=True)
class Shortfall:
    """Why a requirement is not met: the sentence (`text`), and the same as a message code
    and its values, which a workbench words in its own language.

    `params`: `skill`, `min_accuracy` and `min_gold` (the requirement), and for an
    annotator with gold answers `accuracy` (as the sentence shows it: rounded to 0.1 %,
    never up to the bar) and `answered`; over more answers than the window, `window`.
    Fractions stay fractions (0.92), for the workbench to write as its language does."""

    code: str
    params: dict[str, Any]
    text: str


def requirement_shortfall(
    skill: str, min_accuracy: float, min_gold: int, summary: SkillSummary
) -> Shortfall | None:
    """None when `summary` meets the requirement, else why not (see `Shortfall`).

    `min_accuracy` is a fraction (0.92 for 92 %). Example: "needs 92% accuracy
    on street-scenes over ≥ 20 control items; you have 88.0% over 25".
    """
    accuracy = summary.accuracy
    met = summary.gold_answered >= min_gold and (
        min_accuracy <= 0 or (accuracy is not None and accuracy >= min_accuracy - _EPS)
    )
    if met:
        return None
    bar = round(min_accuracy * 100, 1)
    params: dict[str, Any] = {"skill": skill, "min_accuracy": bar / 100, "min_gold": min_gold}
    needs = f"needs {bar:g}% accuracy on {skill} over ≥ {min_gold} control items"
    if accuracy is None:
        text = f"{needs}; you have no control items yet"
        return Shortfall(REQUIREMENT_NO_GOLD_YET, params, text)
    have = percent(accuracy, bar=min_accuracy)  # a shortfall never reads as the bar
    answered = summary.gold_answered
    params |= {"accuracy": float(have.rstrip("%")) / 100, "answered": answered}
    if answered > SKILL_WINDOW:
        text = f"{needs}; you have {have} over your last {SKILL_WINDOW} of {answered}"
        params["window"] = SKILL_WINDOW
        return Shortfall(REQUIREMENT_NOT_MET_RECENT, params, text)
    return Shortfall(REQUIREMENT_NOT_MET, params, f"{needs}; you have {have} over {answered}")


def requirement_reason(
    skill: str, min_accuracy: float, min_gold: int, summary: SkillSummary
) -> str | None:
    """None when `summary` meets the requirement, else a sentence saying why not."""
    shortfall = requirement_shortfall(skill, min_accuracy, min_gold, summary)
    return shortfall.text if shortfall else None


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
