"""Submissions: validating, storing exactly once, scoring gold at once.

A submission id is made by the client, so a retry of the same body answers 200 with the
stored result, and the same id with another body is a conflict. Each submission is stored
inside its own savepoint: a failure undoes only that submission (bulk posts rely on it),
and a race of two identical posts (the primary key refuses the second) ends as a replay.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple, Protocol

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from labeler.core.answers import ItemContext, needs_item_data, validate_answer
from labeler.core.jsonvalues import stored_json_problem
from labeler.core.problems import AnswerInvalid, Problem
from labeler.core.schema import Schema
from labeler.core.scoring import score_answer
from labeler.server.db import Database
from labeler.server.errors import ApiError, conflict, forbidden, problems_error
from labeler.server.messages import say
from labeler.server.models import Batch, Item, Lease, Media, Project, Submission, utcnow
from labeler.server.services import verdicts
from labeler.server.services.leasing import live
from labeler.server.services.payload import (
    canonical_json,
    check_json_text,
    get_int,
    get_str,
    get_time,
    get_uuid,
    invalid,
    require_object,
)
from labeler.server.services.projects import get_schema

MAX_BULK = 200
MAX_SKIP_REASON = 2_000
_ID_CHARS = 64
_SCHEMAS: dict[tuple[str, int, datetime], Schema] = {}


@dataclass(frozen=True)
class Incoming:
    """A submission body, checked for types, with the digest that makes retries safe."""

    id: str
    batch_id: str
    item_id: str
    schema_version: int
    answer: Any
    skip_reason: str | None
    started_at: datetime
    submitted_at: datetime
    active_ms: int
    digest: str
    #: The id of the submission this one replaces (an amendment), else None.
    amends: str | None = None


@dataclass(frozen=True)
class Outcome:
    """The status code and body a submission answers with."""

    status_code: int
    body: dict[str, Any]


def parse(body: object) -> Incoming:
    """Check the types of a submission body (400 on any mistake; 422 `invalid_answer` for an
    answer that is not an object)."""
    body = require_object(body)
    sub_id = get_uuid(body, "id")
    batch_id = get_str(body, "batch_id", max_chars=_ID_CHARS)
    item_id = get_str(body, "item_id", max_chars=_ID_CHARS)
    version = get_int(body, "schema_version", low=1, high=2**31 - 1)
    if "answer" not in body:
        raise invalid("answer", "is required (null for a skip)")
    answer = body["answer"]
    if answer is not None and not isinstance(answer, dict):
        problem = Problem("", "must be an object, or null for a skip")
        raise problems_error("invalid_answer", say("answer_does_not_fit"), [problem], "answer")
    too_big = stored_json_problem(answer)
    if too_big is not None:
        problem = Problem("", too_big)
        raise problems_error("invalid_answer", say("answer_too_large"), [problem], "answer")
    check_json_text(answer)
    skip_reason = get_str(body, "skip_reason", required=False, max_chars=MAX_SKIP_REASON)
    if answer is None and not (skip_reason or "").strip():
        raise invalid("skip_reason", "is required when the answer is null (a skip)")
    started_at = get_time(body, "started_at")
    submitted_at = get_time(body, "submitted_at")
    active_ms = get_int(body, "active_ms")
    amends = get_uuid(body, "amends") if body.get("amends") is not None else None
    canonical = {
        "id": sub_id,
        "batch_id": batch_id,
        "item_id": item_id,
        "schema_version": version,
        "answer": answer,
        "skip_reason": skip_reason,
        "started_at": started_at.isoformat(),
        "submitted_at": submitted_at.isoformat(),
        "active_ms": active_ms,
    }
    if amends is not None:  # absent from a first submission's fingerprint, as before
        canonical["amends"] = amends
    digest = hashlib.sha256(canonical_json(canonical).encode()).hexdigest()
    assert batch_id is not None and item_id is not None
    return Incoming(
        sub_id,
        batch_id,
        item_id,
        version,
        answer,
        skip_reason,
        started_at,
        submitted_at,
        active_ms,
        digest,
        amends,
    )


class ProjectFacts(NamedTuple):
    """The project columns a submission needs (in the order of `_PROJECT_COLUMNS`)."""

    id: str
    schema_version: int
    created_at: datetime
    skill: str
    training: bool
    overlap: int
    review_rate: float
    reward_amount: str
    reward_currency: str
    pay_failed_gold: bool


class Checked(Protocol):
    """What the read phase of a submission or an amendment decided, as a row needs it."""

    @property
    def batch_id(self) -> str: ...
    @property
    def item_id(self) -> str: ...
    @property
    def project(self) -> ProjectFacts: ...
    @property
    def gold(self) -> bool: ...
    @property
    def expected(self) -> dict[str, Any] | None: ...
    @property
    def hint(self) -> str | None: ...
    @property
    def answer(self) -> dict[str, Any] | None: ...
    @property
    def verdict(self) -> dict[str, Any] | None: ...


@dataclass(frozen=True)
class Prepared:
    """What the read phase found and decided: the lease, the item, the checked answer."""

    lease_id: int
    batch_id: str
    item_id: str
    project: ProjectFacts
    gold: bool
    expected: dict[str, Any] | None
    hint: str | None
    answer: dict[str, Any] | None
    verdict: dict[str, Any] | None


def submit(
    session: Session, user_id: str, body: object, database: Database | None = None
) -> Outcome:
    """Store one submission (201), replay a stored one (200), or raise the ApiError.

    With `database`, the checks (lookups, answer validation, gold scoring) run in a read
    transaction of their own (`check`), and `session` writes only: on SQLite the write lock
    then spans a few statements instead of the whole submission. It is stored in a
    savepoint of its own (`store`), so that a failure undoes only this submission (bulk
    posts).
    """
    if database is not None:
        found = check(database, user_id, body)
    else:
        found = checked(session, user_id, parse(body))
    if isinstance(found, Outcome):
        return found
    return store(session, user_id, *found)


def check(database: Database, user_id: str, body: object) -> tuple[Incoming, Prepared] | Outcome:
    """The read phase of one submission, in a read transaction of its own: a replay (the
    Outcome), or the checked submission for `store`. Raises the ApiError of a bad one."""
    incoming = parse(body)
    with database.transaction(write=False) as reader:
        return checked(reader, user_id, incoming)


def check_in(reader: Session, user_id: str, body: object) -> tuple[Incoming, Prepared] | Outcome:
    """`check` in the caller's read transaction."""
    return checked(reader, user_id, parse(body))


def checked(
    reader: Session, user_id: str, incoming: Incoming
) -> tuple[Incoming, Prepared] | Outcome:
    """The read phase of a parsed first submission (`intake` sends amendments elsewhere)."""
    try:
        prepared = _prepare(reader, user_id, incoming)
    except ApiError as exc:
        if exc.code != "conflict":
            raise
        # Already answered: by this very submission (a replay), or by another one.
        existing = reader.get(Submission, incoming.id)
        if existing is None:
            raise
        return replay(reader, existing, user_id, incoming)
    if isinstance(prepared, Outcome):
        return prepared
    return incoming, prepared


def store(session: Session, user_id: str, incoming: Incoming, prepared: Prepared) -> Outcome:
    """The write phase of a checked submission, in a savepoint of its own; a duplicate that
    raced it to the database ends as its replay."""
    try:
        with session.begin_nested():
            return _store(session, user_id, incoming, prepared)
    except (IntegrityError, ApiError) as exc:
        if isinstance(exc, ApiError) and exc.code != "conflict":
            raise
        existing = session.execute(
            select(Submission)
            .where(Submission.id == incoming.id)
            .execution_options(populate_existing=True)
        ).scalar_one_or_none()
        if existing is not None:
            return replay(session, existing, user_id, incoming)
        if isinstance(exc, ApiError):
            raise
        raise conflict(say("submission_not_stored")) from None


def replay(session: Session, sub: Submission, user_id: str, incoming: Incoming) -> Outcome:
    if sub.user_id != user_id or sub.body_digest != incoming.digest:
        raise conflict(say("submission_id_taken"))
    item = session.get(Item, sub.item_id)
    return Outcome(200, response_body(sub, item))


# The hot path runs on Core columns, not ORM entities: a submission is the request a
# server answers most, and loading entities costs more than the statements themselves.
_S = Submission.__table__.c
_L = Lease.__table__.c
_I = Item.__table__.c
_P = Project.__table__.c
_B = Batch.__table__.c
_M = Media.__table__.c
_PROJECT_COLUMNS = (
    _P.id,
    _P.schema_version,
    _P.created_at,
    _P.skill,
    _P.training,
    _P.overlap,
    _P.review_rate,
    _P.reward_amount,
    _P.reward_currency,
    _P.pay_failed_gold,
)
_KNOWN = select(_S.id).where(_S.id == bindparam("sub_id"))
_ITEM_DATA = select(_I.data).where(_I.id == bindparam("item_id"))
# The checks' one query, built once: everything the read phase needs about the item, its
# lease, its project and its media, and whether the caller answered the item before.
_CHECKS = (
    select(
        _L.id,
        _L.state,
        _B.user_id,
        _I.id,
        _I.text,
        _I.is_gold,
        _I.gold_answer,
        _I.gold_hint,
        _M.width,
        _M.height,
        _M.duration,
        select(_S.id).where(_S.item_id == _I.id, _S.user_id == bindparam("caller_id")).exists(),
        *_PROJECT_COLUMNS,
    )
    .select_from(
        Lease.__table__.join(Batch.__table__, _B.id == _L.batch_id)
        .join(Item.__table__, _I.id == _L.item_id)
        .join(Project.__table__, _P.id == _B.project_id)
        .outerjoin(Media.__table__, _M.sha256 == _I.media_sha256)
    )
    .where(_L.batch_id == bindparam("batch_id"), _L.item_id == bindparam("item_id"))
)
# The write phase's statements, built once: building a statement costs more than SQLite
# takes to run it, and the write phase runs while every other writer waits.
_LEASE_STATE = (
    select(
        _L.state,
        _L.expires_at,
        _I.done_count,
        select(_S.id).where(_S.item_id == _I.id, _S.user_id == bindparam("user_id")).exists(),
    )
    .select_from(Lease.__table__.join(Item.__table__, _I.id == _L.item_id))
    .where(_L.id == bindparam("lease_id"))
    .with_for_update(of=Lease.__table__)  # PostgreSQL: one answer per lease
)
_LIVE_ELSEWHERE = (
    select(func.count())
    .select_from(Lease.__table__)
    .where(
        _L.item_id == bindparam("item_id"),
        _L.user_id != bindparam("user_id"),
        live(bindparam("now"), _L),
    )
)
_CLAIM_PLACE = (
    update(Item.__table__)
    .where(_I.id == bindparam("item_id"), _I.done_count < bindparam("limit"))
    .values(done_count=_I.done_count + 1, complete=_I.done_count + 1 >= bindparam("overlap"))
)
_INSERT = insert(Submission.__table__)
_ANSWERED = update(Lease.__table__).where(_L.id == bindparam("lease_id")).values(state="answered")


def _existing(session: Session, submission_id: str) -> bool:
    return session.connection().execute(_KNOWN, {"sub_id": submission_id}).first() is not None


def _prepare(session: Session, user_id: str, incoming: Incoming) -> Prepared | Outcome:
    """Everything that needs no write: a replay, the ownership check, the answer, gold."""
    conn = session.connection()
    if _existing(session, incoming.id):
        existing = session.get_one(Submission, incoming.id)
        return replay(session, existing, user_id, incoming)
    # One round trip for everything the checks need.
    row = conn.execute(
        _CHECKS,
        {"batch_id": incoming.batch_id, "item_id": incoming.item_id, "caller_id": user_id},
    ).first()
    if row is None or row[2] != user_id:
        raise forbidden(say("not_your_batch"))
    (lease_id, state, _, item_id, text, is_gold, expected, hint, width, height, duration) = row[:11]
    seen = row[11]
    project = ProjectFacts(*row[12:])
    schema = schema_for(session, project, incoming.schema_version)
    context = ItemContext(text=text, width=width, height=height, duration=duration)
    context = with_item_data(session, schema, context, item_id)
    answer = validated_answer(schema, context, incoming.answer)
    # An answer in another batch: a late one, stored after the item came back to this user.
    if state == "answered" or seen:
        raise conflict(say("already_answered"))
    gold = bool(is_gold) and expected is not None
    verdict = None
    if gold and answer is not None:
        verdict = score_answer(schema, answer, expected).to_json()
    return Prepared(
        lease_id, incoming.batch_id, item_id, project, gold, expected, hint, answer, verdict
    )


def _store(session: Session, user_id: str, incoming: Incoming, prepared: Prepared) -> Outcome:
    """The write phase: re-check what may have changed since the read, then store."""
    project, answer = prepared.project, prepared.answer
    conn = session.connection()
    state, expires_at, done_count, seen = conn.execute(
        _LEASE_STATE, {"lease_id": prepared.lease_id, "user_id": user_id}
    ).one()
    if state == "answered" or seen:
        raise conflict(say("already_answered"))

    now = utcnow()
    is_live = state == "leased" and expires_at > now
    if not prepared.gold:
        counts = answer is not None
        claim_place(session, project, prepared.item_id, done_count, user_id, is_live, counts, now)

    status, decided_by = first_status(project, prepared.gold, prepared.verdict)
    row = submission_row(user_id, incoming, prepared, now, status, decided_by, late=not is_live)
    conn.execute(_INSERT, row)
    conn.execute(_ANSWERED, {"lease_id": prepared.lease_id})
    return Outcome(201, {"id": incoming.id, "status": status, "gold": verdict_body(prepared)})


def submission_row(
    user_id: str,
    incoming: Incoming,
    prepared: Checked,
    now: datetime,
    status: str,
    decided_by: str | None,
    *,
    late: bool,
) -> dict[str, Any]:
    """The submissions row of a checked submission (a first one or an amendment)."""
    project, answer, verdict = prepared.project, prepared.answer, prepared.verdict
    return {
        "id": incoming.id,
        "batch_id": prepared.batch_id,
        "item_id": prepared.item_id,
        "project_id": project.id,
        "user_id": user_id,
        "schema_version": incoming.schema_version,
        "answer": answer,
        "skip_reason": incoming.skip_reason,
        "started_at": incoming.started_at,
        "submitted_at": incoming.submitted_at,
        "received_at": now,
        "active_ms": incoming.active_ms,
        "body_digest": incoming.digest,
        "status": status,
        "decided_by": decided_by,
        "late": late,
        "skill": project.skill,
        "counts_for_skill": verdict is not None and not project.training,
        "is_gold": prepared.gold,
        "gold_passed": verdict["passed"] if verdict else None,
        "gold_score": verdict["score"] if verdict else None,
        "gold_fields": verdict["fields"] if verdict else None,
        "reward_amount": project.reward_amount if answer is not None else "0",
        "reward_currency": project.reward_currency,
    }


def verdict_body(prepared: Checked) -> dict[str, Any] | None:
    """The `gold` of a submission's answer: the verdict with the expected answer and hint."""
    if prepared.verdict is None:
        return None
    return {
        **prepared.verdict,
        "expected": prepared.expected,
        "hint": prepared.hint,
        "withdrawn": False,
    }


def first_status(
    project: ProjectFacts, gold: bool, verdict: dict[str, Any] | None
) -> tuple[str, str | None]:
    """The status a new answer to an item is stored with, and who decided it (`decided_by`):
    a gold answer is decided by its verdict at once, never sampled for review; a real item
    is sampled for review at the project's `review_rate` (decided by the server: None)."""
    if gold:
        passed = verdict["passed"] if verdict else None
        status = verdicts.status_for(passed, project.pay_failed_gold)
        return status, verdicts.decided_by_verdict(passed)
    return ("pending" if random.random() < project.review_rate else "accepted"), None


def schema_for(session: Session, project: ProjectFacts, version: int) -> Schema:
    """The schema version a submission names (400 naming `schema_version` when the
    project has no such version); cached, as a stored version never changes."""
    if version > project.schema_version:
        raise invalid("schema_version", "is not a version of this project's schema")
    # A stored version never changes; created_at tells a re-created project id apart.
    key = (project.id, version, project.created_at)
    schema = _SCHEMAS.get(key)
    if schema is None:
        try:
            schema = get_schema(session, project.id, version)
        except ApiError:
            raise invalid("schema_version", "is not a version of this project's schema") from None
        if len(_SCHEMAS) >= 1024:
            _SCHEMAS.clear()
        _SCHEMAS[key] = schema
    return schema


def with_item_data(
    session: Session, schema: Schema, context: ItemContext, item_id: str
) -> ItemContext:
    """`context` with the item's candidate and record keys, read only when the schema has
    a field that checks them (the item's `data` may be large; most schemas never look)."""
    if not needs_item_data(schema):
        return context
    data = session.connection().execute(_ITEM_DATA, {"item_id": item_id}).scalar_one_or_none()
    return context.with_data(data)


def validated_answer(schema: Schema, context: ItemContext, answer: Any) -> dict[str, Any] | None:
    if answer is None:
        return None
    try:
        return validate_answer(schema, answer, context)
    except AnswerInvalid as exc:
        raise problems_error(
            "invalid_answer", say("answer_does_not_fit"), exc.problems, "answer"
        ) from None


def claim_place(
    session: Session,
    project: ProjectFacts,
    item_id: str,
    done_count: int,
    user_id: str,
    is_live: bool,
    counts: bool,
    now: datetime,
) -> None:
    """Take a place among the item's `overlap` answers, or raise item_complete.

    A live lease holds its place. A late answer may take only a place that nobody else
    holds a live lease for.
    """
    limit = project.overlap
    conn = session.connection()
    if not is_live:
        others = conn.execute(
            _LIVE_ELSEWHERE, {"item_id": item_id, "user_id": user_id, "now": now}
        ).scalar_one()
        limit -= int(others)
    if not counts:
        if not is_live and done_count >= limit:
            raise _complete()
        return
    # Atomic: two answers racing for the last place cannot both win it.
    done = conn.execute(
        _CLAIM_PLACE, {"item_id": item_id, "limit": limit, "overlap": project.overlap}
    )
    if done.rowcount == 0:
        raise _complete()


def _complete() -> ApiError:
    return conflict(say("item_complete"), code="item_complete")


def gold_json(sub: Submission, item: Item | None) -> dict[str, Any] | None:
    """The verdict on a scored gold answer, with the expected answer and hint."""
    if not sub.is_gold or sub.gold_passed is None:
        return None
    return {
        "passed": bool(sub.gold_passed),
        "score": sub.gold_score,
        "fields": sub.gold_fields or {},
        "expected": item.gold_answer if item is not None else None,
        "hint": item.gold_hint if item is not None else None,
        "withdrawn": bool(sub.gold_withdrawn),
    }


def response_body(sub: Submission, item: Item | None) -> dict[str, Any]:
    """The body of POST /submissions (and of its replays); an amendment names the
    submission it replaced."""
    body = {"id": sub.id, "status": sub.status, "gold": gold_json(sub, item)}
    if sub.amends is not None:
        body["amends"] = sub.amends
    return body
