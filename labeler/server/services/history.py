"""An annotator's own submissions: history with reviews, verdicts and contests."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, Literal, get_args

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session, aliased

from labeler.server.errors import not_found
from labeler.server.models import AMENDED, Contest, Item, Media, Review, Submission, User
from labeler.server.services import verdicts
from labeler.server.services.candidates import media_of_candidates
from labeler.server.services.payload import decode_cursor, encode_cursor, invalid
from labeler.server.services.serialize import iso, item_json
from labeler.server.services.submitting import gold_json

STATUSES = ("pending", "accepted", "rejected")
#: What the annotator's history may ask for: the statuses, and the submissions they
#: replaced by an amendment (left out otherwise). The route's type: the OpenAPI document
#: lists these words.
HistoryStatus = Literal["pending", "accepted", "rejected", "amended"]
HISTORY_STATUSES: tuple[str, ...] = get_args(HistoryStatus)


def user_ref(user: User | None) -> dict[str, Any] | None:
    """How a user appears inside other objects."""
    if user is None:
        return None
    return {"id": user.id, "username": user.username}


def review_json(review: Review | None, reviewer: User | None) -> dict[str, Any] | None:
    if review is None:
        return None
    return {
        "decision": review.decision,
        "reason": review.reason,
        "comment": review.comment,
        "reviewer": user_ref(reviewer),
        "message": None,  # a person's own words: no message code
    }


def check_status(status: str | None) -> None:
    if status is not None and status not in STATUSES:
        raise invalid("status", f"must be one of {', '.join(STATUSES)}")


def history(
    session: Session,
    user_id: str,
    *,
    status: str | None,
    project_id: str | None,
    limit: int,
    cursor: str | None,
) -> dict[str, Any]:
    """The user's submissions, newest first (by submitted_at, then id), one page; those
    replaced by an amendment only when `status` asks for them."""
    if status is not None and status not in HISTORY_STATUSES:
        raise invalid("status", f"must be one of {', '.join(HISTORY_STATUSES)}")
    query = _entries().where(Submission.user_id == user_id)
    if status is not None:
        query = query.where(Submission.status == status)
    else:
        query = query.where(Submission.status != AMENDED)
    if project_id is not None:
        query = query.where(Submission.project_id == project_id)
    if cursor is not None:
        at_text, last_id = decode_cursor(cursor, 2)
        try:
            at = datetime.fromisoformat(at_text).astimezone(UTC)
        except (ValueError, OverflowError):
            raise invalid("cursor", "is not a cursor this server made") from None
        query = query.where(
            or_(
                Submission.submitted_at < at,
                and_(Submission.submitted_at == at, Submission.id < last_id),
            )
        )
    query = query.order_by(Submission.submitted_at.desc(), Submission.id.desc()).limit(limit + 1)
    rows = session.execute(query).all()
    page = rows[:limit]
    next_cursor = None
    if len(rows) > limit:
        last = page[-1][0]
        next_cursor = encode_cursor([last.submitted_at.isoformat(), last.id])
    return {
        "submissions": [_entry(*row) for row in page],
        "next_cursor": next_cursor,
    }


def own_submission(session: Session, user_id: str, submission_id: str) -> dict[str, Any]:
    """One of the user's submissions as its history entry, with the answer (or the skip's
    reason), the schema version it used and the item as it was served (never its gold:
    that is the verdict's). Another user's submission is not found, like an unknown one."""
    if len(submission_id) > 64:
        raise not_found("submission")
    row = session.execute(
        _entries()
        .add_columns(Media)
        .outerjoin(Media, Media.sha256 == Item.media_sha256)
        .where(Submission.id == submission_id.lower(), Submission.user_id == user_id)
    ).first()
    if row is None:
        raise not_found("submission")
    sub, item, media = row[0], row[1], row[-1]
    return {
        **_entry(*row[:-1]),
        "answer": sub.answer,
        "skip_reason": sub.skip_reason,
        "schema_version": sub.schema_version,
        "item": item_json(item, media, False, media_of_candidates(session, [item])),
    }


def _entries() -> Any:
    """Submissions with their item, review (and reviewer), contest (and who resolved it)."""
    reviewer, resolver = aliased(User), aliased(User)
    return (
        select(Submission, Item, Review, reviewer, Contest, resolver)
        .join(Item, Item.id == Submission.item_id)
        .outerjoin(Review, Review.submission_id == Submission.id)
        .outerjoin(reviewer, reviewer.id == Review.reviewer_id)
        .outerjoin(Contest, Contest.submission_id == Submission.id)
        .outerjoin(resolver, resolver.id == Contest.resolved_by)
    )


def _entry(
    sub: Submission,
    item: Item,
    review: Review | None,
    who: User | None,
    contest: Contest | None,
    resolver: User | None,
) -> dict[str, Any]:
    return {
        "id": sub.id,
        "item_id": sub.item_id,
        "project_id": sub.project_id,
        "status": sub.status,
        # A human review, else what a gold verdict decided ("missed a control item").
        "review": review_json(review, who) or verdicts.decision_json(sub),
        "reward": {"amount": sub.reward_amount, "currency": sub.reward_currency},
        "gold": gold_json(sub, item),
        "submitted_at": iso(sub.submitted_at),
        "active_ms": sub.active_ms,
        "contest": contest_json(contest, resolver) if contest is not None else None,
        # A correction names what it replaced; its submitted_at is when it was made.
        "amends": sub.amends,
        "amended_by": sub.amended_by,
    }


def contest_json(contest: Contest, resolver: User | None) -> dict[str, Any]:
    """A contest as its annotator sees it (history, and the answer to filing one)."""
    return {
        "id": contest.id,
        "submission_id": contest.submission_id,
        "state": contest.state,
        "reason": contest.reason,
        "reply": contest.reply,
        "created_at": iso(contest.created_at),
        "resolved_at": iso(contest.resolved_at),
        "resolved_by": user_ref(resolver),
    }
