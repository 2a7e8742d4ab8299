"""Review: the queue, the side-by-side view of an item, decisions, contested gold."""

from __future__ import annotations

from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from labeler.server.errors import forbidden, not_found
from labeler.server.models import Contest, Item, Media, Project, Review, Submission, User, utcnow
from labeler.server.services.history import check_status, review_json, user_ref
from labeler.server.services.payload import get_str, invalid, require_object
from labeler.server.services.serialize import iso, item_json

DECISIONS = {"accept": "accepted", "reject": "rejected"}
MAX_REASON = 2_000
MAX_COMMENT = 10_000


def submission_json(
    sub: Submission, author: User | None, review: Review | None = None, reviewer: User | None = None
) -> dict[str, Any]:
    """A submission as reviewers see it."""
    return {
        "id": sub.id,
        "item_id": sub.item_id,
        "project_id": sub.project_id,
        "user": user_ref(author),
        "status": sub.status,
        "schema_version": sub.schema_version,
        "answer": sub.answer,
        "skip_reason": sub.skip_reason,
        "active_ms": sub.active_ms,
        "submitted_at": iso(sub.submitted_at),
        "gold_score": sub.gold_score,
        "review": review_json(review, reviewer),
    }


def queue(
    session: Session, reviewer_id: str, *, project_id: str | None, status: str, limit: int
) -> dict[str, Any]:
    """Submissions waiting for a decision, oldest first; never the reviewer's own."""
    check_status(status)
    query = (
        select(Submission, User)
        .join(User, User.id == Submission.user_id)
        .where(Submission.status == status, Submission.user_id != reviewer_id)
        .order_by(Submission.received_at, Submission.id)
        .limit(limit)
    )
    if project_id is not None:
        query = query.where(Submission.project_id == project_id)
    rows = session.execute(query).all()
    reviews = _reviews(session, [sub.id for sub, _ in rows])
    return {
        "submissions": [
            submission_json(sub, author, *reviews.get(sub.id, (None, None))) for sub, author in rows
        ]
    }


def _reviews(session: Session, ids: list[str]) -> dict[str, tuple[Review, User]]:
    if not ids:
        return {}
    rows = session.execute(
        select(Review, User)
        .join(User, User.id == Review.reviewer_id)
        .where(Review.submission_id.in_(ids))
    ).all()
    return {review.submission_id: (review, who) for review, who in rows}


def item_detail(session: Session, item_id: str) -> dict[str, Any]:
    """An item with its gold and every submission to it, for a side-by-side view."""
    row = session.execute(
        select(Item, Media)
        .outerjoin(Media, Media.sha256 == Item.media_sha256)
        .where(Item.id == item_id)
    ).first()
    if row is None:
        raise not_found("item")
    item, media = row
    body = item_json(item, media, training=False)
    body["project_id"] = item.project_id
    gold = {"answer": item.gold_answer, "hint": item.gold_hint} if item.is_gold else None
    subs = session.execute(
        select(Submission, User)
        .join(User, User.id == Submission.user_id)
        .where(Submission.item_id == item.id)
        .order_by(Submission.received_at, Submission.id)
    ).all()
    reviews = _reviews(session, [sub.id for sub, _ in subs])
    return {
        "item": body,
        "gold": gold,
        "submissions": [
            submission_json(sub, author, *reviews.get(sub.id, (None, None))) for sub, author in subs
        ],
    }


def decide(session: Session, reviewer_id: str, submission_id: str, body: object) -> dict[str, Any]:
    """Accept or reject a submission; a later decision replaces an earlier one."""
    body = require_object(body)
    decision = body.get("decision")
    if decision not in DECISIONS:
        raise invalid("decision", "must be accept or reject")
    reason = get_str(body, "reason", required=False, max_chars=MAX_REASON)
    comment = get_str(body, "comment", required=False, max_chars=MAX_COMMENT)
    if decision == "reject" and not (reason or "").strip():
        raise invalid("reason", "a reject needs a reason the annotator can read")
    # The row lock serialises two reviewers deciding on one submission (PostgreSQL).
    sub = session.execute(
        select(Submission).where(Submission.id == submission_id).with_for_update()
    ).scalar_one_or_none()
    if sub is None:
        raise not_found("submission")
    if sub.user_id == reviewer_id:
        raise forbidden("You cannot review your own submission.")
    review = session.get(Review, sub.id)
    if review is None:
        review = Review(submission_id=sub.id, reviewer_id=reviewer_id, decision=decision)
        session.add(review)
    review.reviewer_id = reviewer_id
    review.decision = decision
    review.reason = reason
    review.comment = comment
    review.created_at = utcnow()
    sub.status = DECISIONS[decision]
    session.flush()
    author = session.get(User, sub.user_id)
    reviewer = session.get(User, reviewer_id)
    return submission_json(sub, author, review, reviewer)


def contests(session: Session, project: Project) -> dict[str, Any]:
    """Contested gold verdicts of a project, oldest first, with each item's miss rate."""
    rows = session.execute(
        select(Contest, User)
        .join(User, User.id == Contest.user_id)
        .join(Item, Item.id == Contest.item_id)
        .where(Item.project_id == project.id)
        .order_by(Contest.created_at, Contest.id)
    ).all()
    item_ids = sorted({c.item_id for c, _ in rows})
    rates: dict[str, float | None] = {}
    if item_ids:
        scored = func.count(Submission.gold_passed)
        failed = func.sum(case((Submission.gold_passed.is_(False), 1), else_=0))
        for item_id, n, misses in session.execute(
            select(Submission.item_id, scored, failed)
            .where(Submission.item_id.in_(item_ids), Submission.is_gold.is_(True))
            .group_by(Submission.item_id)
        ):
            rates[item_id] = (int(misses or 0) / n) if n else None
    return {
        "contests": [
            {
                "id": c.id,
                "submission_id": c.submission_id,
                "item_id": c.item_id,
                "user": user_ref(who),
                "reason": c.reason,
                "created_at": iso(c.created_at),
                "resolved_at": iso(c.resolved_at),
                "miss_rate": rates.get(c.item_id),
            }
            for c, who in rows
        ]
    }
