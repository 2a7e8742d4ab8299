"""Contests: an annotator objects to a failed gold verdict; a lead upholds or dismisses it.

A contest is `open` until resolved. **Upheld**: the lead agreed (corrected the gold answer,
or removed the item's gold); the contested submission is then `accepted` and paid, by the
contest (a person's decision, which later re-scoring never overrides). **Dismissed**: the
verdict stands; the lead's `reply` says why. A correction upholds every open contest on the
item whose verdict it turns into a pass; removing the gold upholds them all; the rest stay
open for the lead's reply. Resolving (`resolving.py`) is the lead's endpoint.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from labeler.server.errors import ApiError, conflict, not_found
from labeler.server.messages import Said, say
from labeler.server.models import Contest, Item, Project, Submission, User, counted, utcnow
from labeler.server.services import verdicts
from labeler.server.services.answerable import Viewer, shown
from labeler.server.services.history import contest_json, user_ref
from labeler.server.services.payload import get_str, invalid
from labeler.server.services.payload import require_object as _object

OPEN, UPHELD, DISMISSED = "open", "upheld", "dismissed"
MAX_CONTEST_REASON = 2_000
MAX_REPLY = 10_000


def lead_json(
    contest: Contest, author: User | None, resolver: User | None, miss_rate: float | None
) -> dict[str, Any]:
    """A contest as leads see it: whose it is, and the item's miss rate."""
    return {
        **contest_json(contest, resolver),
        "item_id": contest.item_id,
        "user": user_ref(author),
        "miss_rate": miss_rate,
    }


def _refused(message: Said, why: str, contest: dict[str, Any] | None = None) -> ApiError:
    """409 with `details.conflict` saying why, so a workbench can say it on the button."""
    if contest is None:
        return conflict(message, conflict=why)
    return conflict(message, conflict=why, contest=contest)


def file(session: Session, user_id: str, submission_id: str, body: object) -> dict[str, Any]:
    """`POST /submissions/{id}/contest`: object to a failed gold verdict of one's own."""
    reason = get_str(_object(body), "reason", max_chars=MAX_CONTEST_REASON)
    if reason is None or not reason.strip():
        raise invalid("reason", "must say why the verdict is wrong")
    sub = session.get(Submission, submission_id) if len(submission_id) <= 64 else None
    if sub is None or sub.user_id != user_id:
        raise not_found("submission")
    existing = session.execute(
        select(Contest).where(Contest.submission_id == sub.id)
    ).scalar_one_or_none()
    if existing is not None:
        raise _already(session, existing)
    if not sub.is_gold or sub.gold_passed is None or sub.gold_passed:
        raise _refused(say("contest_not_failed"), "not_failed")
    if sub.gold_withdrawn:
        raise _refused(say("contest_withdrawn"), "withdrawn")
    row = Contest(submission_id=sub.id, item_id=sub.item_id, user_id=user_id, reason=reason)
    try:
        with session.begin_nested():
            session.add(row)
    except IntegrityError:  # the same contest posted twice at once
        raise _already(session, None) from None
    return contest_json(row, None)


def _already(session: Session, contest: Contest | None) -> ApiError:
    shown = None
    if contest is not None:
        resolver = session.get(User, contest.resolved_by) if contest.resolved_by else None
        shown = contest_json(contest, resolver)
    return _refused(say("contest_already"), "already_contested", shown)


def uphold(session: Session, contest: Contest, resolver_id: str | None, reply: str | None) -> None:
    """The contest is upheld: its submission is accepted and paid, by the contest."""
    contest.state, contest.reply = UPHELD, reply
    contest.resolved_at, contest.resolved_by = utcnow(), resolver_id
    sub = session.get_one(Submission, contest.submission_id)
    sub.status, sub.decided_by = "accepted", verdicts.CONTEST


def dismiss(session: Session, contest: Contest, resolver_id: str, reply: str) -> None:
    """The contest is dismissed: the verdict stands; the reply tells the annotator why."""
    contest.state, contest.reply = DISMISSED, reply
    contest.resolved_at, contest.resolved_by = utcnow(), resolver_id
    session.flush()


def open_contests(session: Session, item_id: str) -> list[Contest]:
    """The item's open contests, locked against a second resolution (PostgreSQL)."""
    return list(
        session.execute(
            select(Contest)
            .where(Contest.item_id == item_id, Contest.state == OPEN)
            .order_by(Contest.created_at, Contest.id)
            .with_for_update()
        ).scalars()
    )


def uphold_settled(
    session: Session, item_id: str, resolver_id: str | None, reply: str | None = None
) -> int:
    """After a correction: uphold the open contests whose verdict now passes. How many."""
    count = 0
    for contest in open_contests(session, item_id):
        if session.get_one(Submission, contest.submission_id).gold_passed:
            uphold(session, contest, resolver_id, reply)
            count += 1
    return count


def uphold_all(
    session: Session, item_id: str, resolver_id: str | None, reply: str | None = None
) -> int:
    """After the item's gold was removed: every open contest is upheld. How many."""
    contests = open_contests(session, item_id)
    for contest in contests:
        uphold(session, contest, resolver_id, reply)
    return len(contests)


def of_project(session: Session, project: Project, viewer: Viewer) -> dict[str, Any]:
    """`GET /projects/{id}/contests`: open and resolved, oldest first, with miss rates;
    none of an item the viewer may still answer (a reason may spell out the gold)."""
    rows = session.execute(
        select(Contest, User)
        .join(User, User.id == Contest.user_id)
        .join(Item, Item.id == Contest.item_id)
        .where(Item.project_id == project.id, shown(viewer))
        .order_by(Contest.created_at, Contest.id)
    ).all()
    item_ids = sorted({c.item_id for c, _ in rows})
    resolver_ids = sorted({c.resolved_by for c, _ in rows if c.resolved_by})
    resolvers = {
        u.id: u for u in session.execute(select(User).where(User.id.in_(resolver_ids))).scalars()
    }
    rates = miss_rates(session, item_ids)
    return {
        "contests": [
            lead_json(c, who, resolvers.get(c.resolved_by or ""), rates.get(c.item_id))
            for c, who in rows
        ]
    }


def miss_rates(session: Session, item_ids: list[str]) -> dict[str, float | None]:
    """Failed ÷ scored gold answers per item (None when none is scored)."""
    if not item_ids:
        return {}
    scored = func.count(Submission.gold_passed)
    failed = func.sum(case((Submission.gold_passed.is_(False), 1), else_=0))
    rates: dict[str, float | None] = {}
    for item_id, n, misses in session.execute(
        select(Submission.item_id, scored, failed)
        .where(Submission.item_id.in_(item_ids), Submission.is_gold.is_(True), counted())
        .group_by(Submission.item_id)
    ):
        rates[item_id] = (int(misses or 0) / n) if n else None
    return rates
