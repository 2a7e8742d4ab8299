"""Skill summaries: gold results per skill, newest first, outside training projects."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from labeler.core.stats import SkillSummary, skill_summary
from labeler.server.models import Submission


def _results(session: Session, user_id: str, skill: str | None) -> dict[str, list[bool]]:
    query = select(Submission.skill, Submission.gold_passed).where(
        Submission.user_id == user_id, Submission.counts_for_skill.is_(True)
    )
    if skill is not None:
        query = query.where(Submission.skill == skill)
    query = query.order_by(Submission.submitted_at.desc(), Submission.received_at.desc())
    out: dict[str, list[bool]] = defaultdict(list)
    for row_skill, passed in session.execute(query):
        out[row_skill].append(bool(passed))
    return out


def user_skills(session: Session, user_id: str) -> dict[str, SkillSummary]:
    """Every skill the user has gold answers in."""
    return {name: skill_summary(r) for name, r in _results(session, user_id, None).items()}


def user_skill(session: Session, user_id: str, skill: str) -> SkillSummary:
    return skill_summary(_results(session, user_id, skill).get(skill, []))
