"""Skill summaries, requirement sentences and gold mixing counts."""

from __future__ import annotations

import pytest

from labeler.core.stats import (
    SKILL_WINDOW,
    SkillSummary,
    gold_count,
    requirement_reason,
    skill_summary,
)


def test_skill_summary_empty() -> None:
    assert skill_summary([]) == SkillSummary(0, 0, None)
    assert skill_summary([]).to_json() == {"gold_answered": 0, "gold_passed": 0, "accuracy": None}


def test_skill_summary_window_is_newest_fifty() -> None:
    assert SKILL_WINDOW == 50
    # 50 newest all passed, 30 older all failed.
    summary = skill_summary([True] * 50 + [False] * 30)
    assert summary == SkillSummary(80, 50, 1.0)
    summary = skill_summary([False] * 10 + [True] * 60)
    assert summary.gold_answered == 70 and summary.gold_passed == 60
    assert summary.accuracy == pytest.approx(40 / 50)
    assert skill_summary([True, False, True, True]).accuracy == 0.75


def test_requirement_reason_matches_protocol_example() -> None:
    summary = SkillSummary(25, 22, 0.88)
    assert requirement_reason("street-scenes", 0.92, 20, summary) == (
        "needs 92% accuracy on street-scenes over ≥ 20 control items; you have 88.0% over 25"
    )


def test_requirement_met() -> None:
    assert requirement_reason("s", 0.92, 20, SkillSummary(25, 23, 23 / 25)) is None
    assert requirement_reason("s", 0.0, 0, SkillSummary(0, 0, None)) is None


def test_requirement_reasons() -> None:
    few = requirement_reason("s", 0.9, 20, SkillSummary(10, 10, 1.0))
    assert few == "needs 90% accuracy on s over ≥ 20 control items; you have 100.0% over 10"
    none = requirement_reason("s", 0.925, 20, SkillSummary(0, 0, None))
    assert (
        none == "needs 92.5% accuracy on s over ≥ 20 control items; you have no control items yet"
    )
    # Never shows the required number for a shortfall: 91.99% reads 91.9%.
    close = requirement_reason("s", 0.92, 20, SkillSummary(30, 27, 0.9199))
    assert close is not None and close.endswith("you have 91.9% over 30")
    many = requirement_reason("s", 0.95, 20, SkillSummary(120, 100, 0.9))
    assert many is not None and many.endswith("you have 90.0% over your last 50 of 120")
    # 0.57 * 1000 is 569.99… in floating point; still reads 57.0%.
    low = requirement_reason("s", 0.6, 1, SkillSummary(40, 0, 0.57))
    assert low is not None and low.endswith("you have 57.0% over 40")


@pytest.mark.parametrize(
    ("size", "ratio", "available", "expected"),
    [
        (10, 0.1, 100, 1),
        (10, 0.3, 100, 3),
        (20, 0.1, 100, 2),
        (25, 0.1, 100, 3),  # 2.5 rounds half up
        (15, 0.3, 100, 5),  # 4.5 rounds half up despite float error
        (3, 0.1, 100, 1),  # at least 1 when size ≥ 3
        (2, 0.1, 100, 0),
        (2, 0.3, 100, 1),
        (10, 0.5, 2, 2),  # never more than available
        (10, 0.1, 0, 0),
        (5, 2.0, 100, 5),  # never more than size
        (0, 0.5, 10, 0),
        (10, 0.0, 10, 0),  # a ratio of 0 switches gold off
    ],
)
def test_gold_count(size: int, ratio: float, available: int, expected: int) -> None:
    assert gold_count(size, ratio, available) == expected
