"""Amendments: an annotator corrects their own submission while its batch is leased.

An amendment is a submission with an id of its own that names the one it replaces
(`"amends"`). It is idempotent like any submission (same id and body: a replay), and it
is refused, 409 `not_amendable` with `details.reason`, when the replaced submission was
corrected already (`amended`), is a gold answer whose verdict was returned (`gold_verdict`),
was reviewed (`reviewed`), or its batch's lease ended (`lease_ended`).

The replaced submission stays (the audit trail) with the status `amended` and a link to
its replacement, and counts nowhere. The amendment keeps the item's place: an answer
corrected into an answer holds the place it had, a skip corrected into an answer takes one
like a late answer (or is `item_complete`), an answer corrected into a skip gives its
place back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, exists, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from labeler.core.answers import ItemContext
from labeler.core.scoring import score_answer
from labeler.server.errors import ApiError, conflict, not_found
from labeler.server.messages import say
from labeler.server.models import (
    AMENDED,
    Batch,
    Item,
    Media,
    Project,
    Review,
    Submission,
    utcnow,
)
from labeler.server.services.payload import invalid
from labeler.server.services.submitting import (
    Incoming,
    Outcome,
    ProjectFacts,
    claim_place,
    first_status,
    replay,
    schema_for,
    submission_row,
    validated_answer,
    verdict_body,
    with_item_data,
)

LEASE_ENDED, REVIEWED, GOLD_VERDICT, ALREADY_AMENDED = (
    "lease_ended",
    "reviewed",
    "gold_verdict",
    "amended",
)
#: The message code of each reason (`amend_<reason>`).
_MESSAGES = {
    reason: f"amend_{reason}" for reason in (LEASE_ENDED, REVIEWED, GOLD_VERDICT, ALREADY_AMENDED)
}


def refusal(reason: str, **details: Any) -> ApiError:
    """The 409 of an amendment the server will not store, saying why."""
    return conflict(say(_MESSAGES[reason]), code="not_amendable", reason=reason, **details)


@dataclass(frozen=True)
class Target:
    """The submission an amendment replaces, as the checks found it."""

    id: str
    status: str
    was_answer: bool
    is_gold: bool


@dataclass(frozen=True)
class Prepared:
    """What the read phase of an amendment found and decided."""

    target: Target
    batch_id: str
    item_id: str
    project: ProjectFacts
    gold: bool
    expected: dict[str, Any] | None
    hint: str | None
    answer: dict[str, Any] | None
    verdict: dict[str, Any] | None


_S = Submission.__table__.c
_B = Batch.__table__.c
_I = Item.__table__.c
_P = Project.__table__.c
_M = Media.__table__.c
_R = Review.__table__.c
_PROJECT_COLUMNS = [_P[name] for name in ProjectFacts._fields]
_REVIEWED = exists().where(_R.submission_id == _S.id)
# Everything the read phase needs, in one round trip.
_TARGET = (
    select(
        _S.user_id,
        _S.batch_id,
        _S.item_id,
        _S.status,
        _S.amended_by,
        _S.answer,
        _S.is_gold,
        _S.gold_passed,
        _REVIEWED,
        _B.released_at,
        _B.lease_expires_at,
        _I.text,
        _I.is_gold,
        _I.gold_answer,
        _I.gold_hint,
        _M.width,
        _M.height,
        _M.duration,
        *_PROJECT_COLUMNS,
    )
    .select_from(
        Submission.__table__.join(Batch.__table__, _B.id == _S.batch_id)
        .join(Item.__table__, _I.id == _S.item_id)
        .join(Project.__table__, _P.id == _S.project_id)
        .outerjoin(Media.__table__, _M.sha256 == _I.media_sha256)
    )
    .where(_S.id == bindparam("target_id"))
)
# The write phase: the replaced row locked first (PostgreSQL), so that a second amendment
# or a reviewer's decision waits for this one and then sees it; what else it re-checks is
# read by statements of their own after the lock, which see what committed meanwhile.
_LOCK_TARGET = select(_S.amended_by).where(_S.id == bindparam("target_id")).with_for_update()
_STILL = (
    select(
        exists().where(_R.submission_id == bindparam("target_id")),
        _B.released_at,
        _B.lease_expires_at,
        _I.done_count,
    )
    .select_from(Batch.__table__.join(Item.__table__, _I.id == bindparam("item_id")))
    .where(_B.id == bindparam("batch_id"))
)
_GIVE_BACK_PLACE = (
    update(Item.__table__)
    .where(_I.id == bindparam("item_id"), _I.done_count > 0)
    .values(done_count=_I.done_count - 1, complete=_I.done_count - 1 >= bindparam("overlap"))
)
_REPLACE = (
    update(Submission.__table__)
    .where(_S.id == bindparam("target_id"), _S.amended_by.is_(None))
    .values(status=AMENDED, amended_by=bindparam("new_id"), counts_for_skill=False)
)
_INSERT = insert(Submission.__table__)


def check(reader: Session, user_id: str, incoming: Incoming) -> tuple[Incoming, Prepared] | Outcome:
    """The read phase of an amendment: a replay (the Outcome), or what `store` writes.
    Raises the ApiError of one the server will not store."""
    assert incoming.amends is not None
    known = reader.get(Submission, incoming.id)
    if known is not None:
        return replay(reader, known, user_id, incoming)
    if incoming.amends == incoming.id:
        raise invalid("amends", "names this submission itself")
    row = reader.connection().execute(_TARGET, {"target_id": incoming.amends}).first()
    if row is None or row[0] != user_id:
        raise not_found("submission to amend")
    (_, batch_id, item_id, status, amended_by, old_answer, was_gold, passed, reviewed) = row[:9]
    released_at, expires_at = row[9:11]
    text, item_gold, expected, hint, width, height, duration = row[11:18]
    project = ProjectFacts(*row[18:])
    if batch_id != incoming.batch_id or item_id != incoming.item_id:
        raise invalid("amends", "names a submission of another item or batch")
    _refuse_if_closed(amended_by, bool(was_gold) and passed is not None, reviewed)
    _refuse_if_lease_ended(released_at, expires_at, utcnow())
    schema = schema_for(reader, project, incoming.schema_version)
    context = ItemContext(text=text, width=width, height=height, duration=duration)
    context = with_item_data(reader, schema, context, item_id)
    answer = validated_answer(schema, context, incoming.answer)
    # Scored as gold only when what it replaces was: a real item's place stays a place.
    gold = bool(was_gold) and bool(item_gold) and expected is not None
    verdict = None
    if gold and answer is not None:
        verdict = score_answer(schema, answer, expected).to_json()
    target = Target(incoming.amends, status, old_answer is not None, bool(was_gold))
    prepared = Prepared(target, batch_id, item_id, project, gold, expected, hint, answer, verdict)
    return incoming, prepared


def store(session: Session, user_id: str, incoming: Incoming, prepared: Prepared) -> Outcome:
    """The write phase, in a savepoint of its own; an identical amendment that raced it to
    the database ends as its replay."""
    try:
        with session.begin_nested():
            return _store(session, user_id, incoming, prepared)
    except IntegrityError:
        existing = session.execute(
            select(Submission)
            .where(Submission.id == incoming.id)
            .execution_options(populate_existing=True)
        ).scalar_one_or_none()
        if existing is not None:
            return replay(session, existing, user_id, incoming)
        raise refusal(ALREADY_AMENDED) from None


def _store(session: Session, user_id: str, incoming: Incoming, prepared: Prepared) -> Outcome:
    conn = session.connection()
    target, project = prepared.target, prepared.project
    amended_by = conn.execute(_LOCK_TARGET, {"target_id": target.id}).scalar_one()
    if amended_by == incoming.id:  # the same amendment, stored a moment ago
        return replay(session, session.get_one(Submission, incoming.id), user_id, incoming)
    reviewed, released_at, expires_at, done_count = conn.execute(
        _STILL,
        {"target_id": target.id, "batch_id": prepared.batch_id, "item_id": prepared.item_id},
    ).one()
    _refuse_if_closed(amended_by, False, reviewed)
    now = utcnow()
    _refuse_if_lease_ended(released_at, expires_at, now)
    if not target.is_gold:
        _move_place(session, prepared, done_count, user_id, now)
    if conn.execute(_REPLACE, {"target_id": target.id, "new_id": incoming.id}).rowcount != 1:
        raise refusal(ALREADY_AMENDED)
    # A real item keeps the review sampling of the answer it corrects.
    status, decided_by = target.status, None
    if prepared.gold:
        status, decided_by = first_status(project, True, prepared.verdict)
    row = submission_row(user_id, incoming, prepared, now, status, decided_by, late=False)
    conn.execute(_INSERT, {**row, "amends": target.id})
    gold = verdict_body(prepared)
    return Outcome(201, {"id": incoming.id, "status": status, "gold": gold, "amends": target.id})


def _move_place(
    session: Session, prepared: Prepared, done_count: int, user_id: str, now: datetime
) -> None:
    """The amendment keeps the item's place: never a second one."""
    was, now_answer = prepared.target.was_answer, prepared.answer is not None
    if was and not now_answer:
        session.connection().execute(
            _GIVE_BACK_PLACE,
            {"item_id": prepared.item_id, "overlap": prepared.project.overlap},
        )
    elif now_answer and not was:
        # The skip held no place; others may have taken it since, as for a late answer.
        claim_place(
            session, prepared.project, prepared.item_id, done_count, user_id, False, True, now
        )


def _refuse_if_closed(amended_by: str | None, verdict_shown: bool, reviewed: bool) -> None:
    if amended_by is not None:
        raise refusal(ALREADY_AMENDED, amended_by=amended_by)
    if verdict_shown:
        raise refusal(GOLD_VERDICT)
    if reviewed:
        raise refusal(REVIEWED)


def _refuse_if_lease_ended(
    released_at: datetime | None, expires_at: datetime, now: datetime
) -> None:
    if released_at is not None or expires_at <= now:
        raise refusal(LEASE_ENDED)
