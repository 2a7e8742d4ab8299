"""Review: the queue, the side-by-side view of an item, decisions."""

from __future__ import annotations

import heapq
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal, get_args

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from labeler.server.errors import conflict, forbidden, not_found
from labeler.server.messages import say
from labeler.server.models import AMENDED, Item, Media, Review, Submission, User, counted, utcnow
from labeler.server.services import verdicts
from labeler.server.services.answerable import Viewer, shown
from labeler.server.services.candidates import media_of_candidates
from labeler.server.services.history import check_status, review_json, user_ref
from labeler.server.services.payload import (
    decode_cursor,
    encode_cursor,
    get_str,
    invalid,
    require_object,
)
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
        "is_gold": sub.is_gold,
        "review": review_json(review, reviewer),
        "amends": sub.amends,
        "amended_by": sub.amended_by,
    }


#: The queue's `status` filter: a status, or any of them (the route's type, so the OpenAPI
#: document lists the words).
QueueStatus = Literal["pending", "accepted", "rejected", "any"]
QUEUE_STATUSES: tuple[str, ...] = tuple(s for s in get_args(QueueStatus) if s != "any")


@dataclass(frozen=True)
class QueueFilter:
    """What `GET /review/queue` keeps: every given condition must hold."""

    project_id: str | None = None
    user: str | None = None  # a username
    status: str = "pending"  # one of QUEUE_STATUSES, or "any"
    gold: bool | None = None
    min_gold_score: float | None = None
    max_gold_score: float | None = None
    #: Submissions to items whose prefill's confidence is at most this (none without one).
    max_confidence: float | None = None

    def check(self) -> None:
        if self.status != "any":
            check_status(self.status)
        low, high = self.min_gold_score, self.max_gold_score
        if low is not None and high is not None and low > high:
            raise invalid("min_gold_score", "must not be above max_gold_score")


def queue(
    session: Session,
    viewer: Viewer,
    wanted: QueueFilter,
    *,
    limit: int,
    cursor: str | None = None,
) -> dict[str, Any]:
    """One page of submissions, oldest first by time received; never the reviewer's own,
    nor any to an item the reviewer may still answer (services/answerable.py).

    Each status is read on its own and the pages merged: (project, status, received_at) is
    the index that keeps every page of a large project a short range scan.
    """
    wanted.check()
    reviewer_id = viewer.user_id
    after = _queue_position(cursor) if cursor is not None else None
    author_id = None
    if wanted.user is not None:
        author_id = session.execute(
            select(User.id).where(User.username == wanted.user)
        ).scalar_one_or_none()
        if author_id is None or author_id == reviewer_id:
            return {"submissions": [], "next_cursor": None}
    statuses = QUEUE_STATUSES if wanted.status == "any" else (wanted.status,)
    pages = [
        session.execute(
            _queue_query(viewer, wanted, status, author_id, after).limit(limit + 1)
        ).all()
        for status in statuses
    ]
    rows = list(heapq.merge(*pages, key=lambda row: (row[0].received_at, row[0].id)))
    page = rows[:limit]
    next_cursor = None
    if len(rows) > limit:
        last = page[-1][0]
        next_cursor = encode_cursor([last.received_at.isoformat(), last.id])
    reviews = _reviews(session, [sub.id for sub, _, _ in page])
    return {
        "submissions": [
            submission_json(sub, author, *reviews.get(sub.id, (None, None)))
            | {"prefill_confidence": confidence}
            for sub, author, confidence in page
        ],
        "next_cursor": next_cursor,
    }


def _queue_query(
    viewer: Viewer,
    wanted: QueueFilter,
    status: str,
    author_id: str | None,
    after: tuple[datetime, str] | None,
) -> Select[tuple[Submission, User, float | None]]:
    query = (
        select(Submission, User, Item.prefill_confidence)
        .join(User, User.id == Submission.user_id)
        .join(Item, Item.id == Submission.item_id)
        .where(
            Submission.status == status,
            Submission.user_id != viewer.user_id,
            shown(viewer),
        )
        .order_by(Submission.received_at, Submission.id)
    )
    if wanted.project_id is not None:
        query = query.where(Submission.project_id == wanted.project_id)
    if author_id is not None:
        query = query.where(Submission.user_id == author_id)
    if wanted.gold is not None:
        query = query.where(Submission.is_gold.is_(wanted.gold))
    if wanted.min_gold_score is not None or wanted.max_gold_score is not None:
        query = query.where(Submission.gold_score.is_not(None))
    if wanted.min_gold_score is not None:
        query = query.where(Submission.gold_score >= wanted.min_gold_score)
    if wanted.max_gold_score is not None:
        query = query.where(Submission.gold_score <= wanted.max_gold_score)
    if wanted.max_confidence is not None:
        query = query.where(Item.prefill_confidence <= wanted.max_confidence)
    if after is not None:
        at, last_id = after
        query = query.where(
            Submission.received_at >= at,
            or_(Submission.received_at > at, Submission.id > last_id),
        )
    return query


def _queue_position(cursor: str) -> tuple[datetime, str]:
    at_text, last_id = decode_cursor(cursor, 2)
    try:
        at = datetime.fromisoformat(at_text)
        if at.tzinfo is None:
            raise ValueError("no zone")
        return at.astimezone(UTC), last_id
    except (ValueError, OverflowError):
        raise invalid("cursor", "is not a cursor this server made") from None


def _reviews(session: Session, ids: list[str]) -> dict[str, tuple[Review, User]]:
    if not ids:
        return {}
    rows = session.execute(
        select(Review, User)
        .join(User, User.id == Review.reviewer_id)
        .where(Review.submission_id.in_(ids))
    ).all()
    return {review.submission_id: (review, who) for review, who in rows}


def item_detail(session: Session, item_id: str, trail: bool = False) -> dict[str, Any]:
    """An item with its gold and every submission to it that counts, for a side-by-side
    view: the final answers. `trail` adds the submissions replaced by amendments."""
    row = session.execute(
        select(Item, Media)
        .outerjoin(Media, Media.sha256 == Item.media_sha256)
        .where(Item.id == item_id)
    ).first()
    if row is None:
        raise not_found("item")
    item, media = row
    body = item_json(item, media, False, media_of_candidates(session, [item]))
    body["project_id"] = item.project_id
    body["source"] = item.source  # reviewers and leads only (the route checks)
    body["prefill_confidence"] = item.prefill_confidence
    gold = {"answer": item.gold_answer, "hint": item.gold_hint} if item.is_gold else None
    query = (
        select(Submission, User)
        .join(User, User.id == Submission.user_id)
        .where(Submission.item_id == item.id)
        .order_by(Submission.received_at, Submission.id)
    )
    subs = session.execute(query if trail else query.where(counted())).all()
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
    if not isinstance(decision, str) or decision not in DECISIONS:
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
        raise forbidden(say("review_own"))
    if sub.status == AMENDED:
        raise conflict(say("review_amended"), amended_by=sub.amended_by)
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
    sub.decided_by = verdicts.REVIEW  # re-scoring a gold answer never overrides it
    session.flush()
    author = session.get(User, sub.user_id)
    reviewer = session.get(User, reviewer_id)
    return submission_json(sub, author, review, reviewer)
