"""Batches: choosing items for an annotator, leasing them, and giving them back.

A lease is live while its state is `leased` and `expires_at` is ahead; liveness is decided
when a query runs, so expired and released leases return their items to the pool without
any background job. A real item is available to a user while its stored answers plus the
live leases of others stay under the project's `overlap`, and the user has neither answered
it nor holds a live lease on it. A gold item is never served twice to one user: not after
an answer, and not after a lease that expired or was released unanswered either, and never
to a user who reads every gold answer (leads and admins: `answerable.serves_gold`).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy import Integer, and_, bindparam, exists, func, insert, or_, select, update
from sqlalchemy.orm import Session, aliased

from labeler.core.stats import gold_count, requirement_shortfall
from labeler.server.errors import ApiError, conflict, not_found
from labeler.server.messages import Said, say, shortfall
from labeler.server.models import (
    Batch,
    Item,
    Lease,
    Media,
    Project,
    Submission,
    User,
    counted,
    new_id,
    utcnow,
)
from labeler.server.services.candidates import media_of_candidates
from labeler.server.services.serialize import iso, item_json
from labeler.server.services.skills import user_skill

# Extra real candidates locked on PostgreSQL, for those that fail the re-check.
_SPARE = 8
# Gold positions and choices must not be guessable.
_rng = random.SystemRandom()


@dataclass(frozen=True)
class Plan:
    """How many gold and real items a batch gets."""

    gold: int
    real: int


def live(now: datetime, lease: Any = Lease) -> Any:
    """The SQL condition of a live lease."""
    return and_(lease.state == "leased", lease.expires_at > now)


def _seen_by(user_id: str, now: datetime) -> Any:
    """The item was answered by the user, or is leased to them right now."""
    other = aliased(Lease)
    return (
        exists()
        .where(
            other.item_id == Item.id,
            other.user_id == user_id,
            or_(other.state == "answered", live(now, other)),
        )
        .correlate(Item)
    )


def _served_to(user_id: str) -> Any:
    """The item was ever leased to the user, whatever became of the lease."""
    other = aliased(Lease)
    return exists().where(other.item_id == Item.id, other.user_id == user_id).correlate(Item)


def _live_others(user_id: str, now: datetime) -> Any:
    """Live leases of other users on the item (a correlated count)."""
    other = aliased(Lease)
    return (
        select(func.count())
        .select_from(other)
        .where(other.item_id == Item.id, other.user_id != user_id, live(now, other))
        .correlate(Item)
        .scalar_subquery()
    )


def calibration_answers(session: Session, project: Project, user_id: str) -> int:
    """Gold answers that count towards leaving calibration (`gold_ratio_new`)."""
    query = select(func.count()).select_from(Submission).where(Submission.user_id == user_id)
    if project.training:
        query = query.where(
            Submission.project_id == project.id,
            Submission.is_gold.is_(True),
            Submission.gold_passed.is_not(None),  # scored: a skip is not a gold answer
            counted(),
        )
    else:
        query = query.where(
            Submission.skill == project.skill, Submission.counts_for_skill.is_(True)
        )
    return int(session.execute(query).scalar_one())


def locked_reason(session: Session, project: Project, user_id: str) -> Said | None:
    """Why the user may not work on the project yet, or None."""
    if not project.requirement_skill:
        return None
    summary = user_skill(session, user_id, project.requirement_skill)
    found = requirement_shortfall(
        project.requirement_skill,
        float(project.requirement_min_accuracy or 0.0),
        int(project.requirement_min_gold or 0),
        summary,
    )
    return shortfall(found) if found is not None else None


def plan(size: int, ratio: float, gold_available: int, real_available: int, training: bool) -> Plan:
    """Gold and real counts of a batch.

    Gold is `gold_count(size, ...)`. When real items are short, the batch shrinks and its
    gold shrinks with it (outside training projects), so a short batch never carries a
    telling share of gold; a batch is never padded with extra gold.
    """
    gold = gold_count(size, ratio, gold_available)
    if real_available >= size - gold or training:
        return Plan(gold, min(real_available, size - gold))
    for smaller in range(size - 1, 0, -1):
        gold = gold_count(smaller, ratio, gold_available)
        if smaller - gold <= real_available:
            return Plan(gold, smaller - gold)
    return Plan(0, 0)


def _available_gold(session: Session, project: Project, user_id: str, wanted: int) -> list[str]:
    """Gold items never served to the user: at least `wanted` of them when there are that many.

    A random sample of the project's gold is checked first (one small query instead of a
    correlated check of every gold item); only when too much of it was served is every gold
    item checked.
    """
    limit = max(4 * wanted, 16)
    sample = list(
        session.execute(
            select(Item.id)
            .where(Item.project_id == project.id, Item.is_gold.is_(True))
            .order_by(func.random())
            .limit(limit)
        ).scalars()
    )
    if not sample:
        return []
    served = set(
        session.execute(
            select(Lease.item_id).where(Lease.user_id == user_id, Lease.item_id.in_(sample))
        ).scalars()
    )
    free = [item_id for item_id in sample if item_id not in served]
    if len(free) >= wanted or len(sample) < limit:
        return free
    query = select(Item.id).where(
        Item.project_id == project.id, Item.is_gold.is_(True), ~_served_to(user_id)
    )
    return list(session.execute(query).scalars())


@lru_cache(maxsize=1)
def _statements() -> dict[str, Any]:
    """The leasing queries, built once with bind parameters: SQLAlchemy then reuses their
    cache keys and compiled SQL instead of rebuilding them on every lease."""
    user = bindparam("user_id")
    now = bindparam("now", type_=Lease.__table__.c.expires_at.type)
    free = Item.done_count + _live_others(user, now) < bindparam("overlap")
    open_items = select(Item.id).where(
        Item.project_id == bindparam("project_id"),
        Item.is_gold.is_(False),
        Item.complete.is_(False),
        free,
        ~_seen_by(user, now),
    )
    limit = bindparam("limit", type_=Integer)
    return {
        "candidates": open_items.order_by(Item.seq).limit(limit),
        # `least_confident`: rated items by confidence (ix_items_open_confidence), then
        # the unrated in import order; two ranges of one index, no sort of the project.
        "rated": open_items.where(Item.prefill_confidence.is_not(None))
        .order_by(Item.prefill_confidence, Item.seq)
        .limit(limit),
        "unrated": open_items.where(Item.prefill_confidence.is_(None))
        .order_by(Item.seq)
        .limit(limit),
        "free_real": select(Item.id).where(
            Item.id.in_(bindparam("ids", expanding=True)), free, ~_seen_by(user, now)
        ),
        "free_gold": select(Item.id).where(
            Item.id.in_(bindparam("ids", expanding=True)), ~_served_to(user)
        ),
    }


def _real_candidates(
    session: Session, project: Project, user_id: str, now: datetime, limit: int, postgres: bool
) -> list[str]:
    params = {
        "project_id": project.id,
        "user_id": user_id,
        "now": now,
        "overlap": project.overlap,
        "limit": limit,
    }
    statements = _statements()
    if project.lease_order == "least_confident":
        queries = [statements["rated"], statements["unrated"]]
    else:
        queries = [statements["candidates"]]
    if not postgres:
        return _in_order(session, queries, params, limit)
    # Lock candidates so concurrent leasers skip them, then re-check with a fresh snapshot:
    # a leaser that committed after this statement's snapshot is invisible to its subquery.
    locked = _in_order(
        session, [q.with_for_update(of=Item, skip_locked=True) for q in queries], params, limit
    )
    if not locked:
        return []
    recheck = select(Item.id).where(
        Item.id.in_(locked), Item.done_count + _live_others(user_id, now) < project.overlap
    )
    still = set(session.execute(recheck).scalars())
    return [item_id for item_id in locked if item_id in still]


def _in_order(
    session: Session, queries: list[Any], params: dict[str, Any], limit: int
) -> list[str]:
    """Up to `limit` ids from `queries` in turn, each asked only for what is still wanted."""
    found: list[str] = []
    for query in queries:
        if len(found) >= limit:
            break
        wanted = {**params, "limit": limit - len(found)}
        found.extend(session.execute(query, wanted).scalars())
    return found


def create_batch(
    session: Session, project: Project, user_id: str, size: int, serve_gold: bool = True
) -> dict[str, Any] | None:
    """Lease a new batch to the user in one transaction; None when no work is left. Without
    `serve_gold` the batch holds real items only.

    Raises 403 with the locked reason when the project's requirement is not met.
    """
    postgres = session.get_bind().dialect.name == "postgresql"
    if postgres:
        # One batch at a time per user, so two parallel requests never share a gold item.
        session.execute(select(User.id).where(User.id == user_id).with_for_update())
    choice = _choose(
        session, project, user_id, size, spare=_SPARE if postgres else 0, serve_gold=serve_gold
    )
    if choice is None:
        return None
    order = _mix(choice.real_ids[: choice.counts.real], choice.chosen_gold)
    return _insert_batch(session, project, user_id, order, choice.now, None)


@dataclass
class Choice:
    """Items chosen for a batch in a read transaction, to confirm under the write lock."""

    user_id: str
    size: int
    ratio: float
    now: datetime
    gold_ids: list[str]
    real_ids: list[str]
    wanted_real: int
    counts: Plan
    chosen_gold: list[str]
    items: dict[str, dict[str, Any]]
    serve_gold: bool = True


def choose_batch(
    reader: Session, project: Project, user_id: str, size: int, serve_gold: bool = True
) -> Choice | None:
    """SQLite: choose a batch in a read transaction (no write lock); None when no work is
    left. `confirm_batch` then re-checks the choice and writes it, so the write lock spans
    two statements and the inserts instead of every query of the choice. Raises 403 with
    the locked reason when the project's requirement is not met. Without `serve_gold` the
    batch holds real items only."""
    choice = _choose(reader, project, user_id, size, spare=_SPARE, serve_gold=serve_gold)
    if choice is not None:
        ids = [*choice.real_ids, *choice.chosen_gold]
        choice.items = _items_json(reader, ids, project.training)
    return choice


def confirm_batch(session: Session, project: Project, choice: Choice) -> dict[str, Any] | None:
    """The write phase of `choose_batch`: lease what is still free, or choose again under
    the write lock when another leaser took some of it, so a busy project never answers
    "no work" while work is left."""
    user_id, wanted = choice.user_id, choice.counts
    now = utcnow()
    free_gold, free_real = _still_free(
        session, project, user_id, now, choice.chosen_gold, choice.real_ids
    )
    items: dict[str, dict[str, Any]] | None = choice.items
    if len(free_gold) >= wanted.gold and len(free_real) >= wanted.real:
        chosen_gold, real_ids, counts = free_gold[: wanted.gold], free_real, wanted
    else:
        gold_ids = (
            _available_gold(session, project, user_id, wanted.gold) if choice.serve_gold else []
        )
        real_ids = _real_candidates(session, project, user_id, now, choice.wanted_real, False)
        counts = plan(choice.size, choice.ratio, len(gold_ids), len(real_ids), project.training)
        if counts.gold + counts.real == 0:
            return None
        chosen_gold = _rng.sample(gold_ids, counts.gold)
        items = None
    order = _mix(real_ids[: counts.real], chosen_gold)
    return _insert_batch(session, project, user_id, order, now, items)


def _choose(
    look: Session, project: Project, user_id: str, size: int, spare: int, serve_gold: bool
) -> Choice | None:
    reason = locked_reason(look, project, user_id)
    if reason is not None:
        raise ApiError(403, "forbidden", reason, {"locked_reason": reason.text})
    postgres = look.get_bind().dialect.name == "postgresql"
    now = utcnow()
    calibrated = calibration_answers(look, project, user_id) >= project.calibration_gold
    ratio = project.gold_ratio if calibrated else project.gold_ratio_new
    gold_ids = (
        _available_gold(look, project, user_id, gold_count(size, ratio, size)) if serve_gold else []
    )
    wanted_real = size - gold_count(size, ratio, len(gold_ids))
    real_ids = _real_candidates(look, project, user_id, now, wanted_real + spare, postgres)
    counts = plan(size, ratio, len(gold_ids), len(real_ids), project.training)
    if counts.gold + counts.real == 0:
        return None
    chosen_gold = _rng.sample(gold_ids, counts.gold)
    return Choice(
        user_id,
        size,
        ratio,
        now,
        gold_ids,
        real_ids,
        wanted_real,
        counts,
        chosen_gold,
        {},
        serve_gold,
    )


def _insert_batch(
    session: Session,
    project: Project,
    user_id: str,
    order: list[str],
    now: datetime,
    items: dict[str, dict[str, Any]] | None,
) -> dict[str, Any]:
    if items is None:
        items = _items_json(session, order, project.training)
    expires = now + timedelta(seconds=project.lease_seconds)
    batch_id = new_id()
    session.execute(
        insert(Batch.__table__),
        {
            "id": batch_id,
            "project_id": project.id,
            "user_id": user_id,
            "schema_version": project.schema_version,
            "created_at": now,
            "lease_expires_at": expires,
        },
    )
    session.execute(
        insert(Lease.__table__),
        [
            {
                "batch_id": batch_id,
                "item_id": item_id,
                "user_id": user_id,
                "position": position,
                "state": "leased",
                "expires_at": expires,
            }
            for position, item_id in enumerate(order)
        ],
    )
    return {
        "id": batch_id,
        "project_id": project.id,
        "schema_version": project.schema_version,
        "lease_expires_at": iso(expires),
        "items": [items[item_id] for item_id in order],
    }


def _still_free(
    session: Session,
    project: Project,
    user_id: str,
    now: datetime,
    gold_ids: list[str],
    real_ids: list[str],
) -> tuple[list[str], list[str]]:
    """The chosen items still free for the user, in their order (write transaction)."""
    statements = _statements()
    params = {"user_id": user_id, "now": now, "overlap": project.overlap}
    free_real = set(session.execute(statements["free_real"], {**params, "ids": real_ids}).scalars())
    gold_params = {"user_id": user_id, "ids": gold_ids}
    free_gold = set(session.execute(statements["free_gold"], gold_params).scalars())
    return (
        [i for i in gold_ids if i in free_gold],
        [i for i in real_ids if i in free_real],
    )


def _mix(real: list[str], gold: list[str]) -> list[str]:
    """Real items in their order, gold items at random positions among them."""
    total = len(real) + len(gold)
    gold_at = set(_rng.sample(range(total), len(gold)))
    real_iter, gold_iter = iter(real), iter(gold)
    return [next(gold_iter) if i in gold_at else next(real_iter) for i in range(total)]


def _items_json(session: Session, ids: list[str], training: bool) -> dict[str, dict[str, Any]]:
    rows = session.execute(
        select(Item, Media)
        .outerjoin(Media, Media.sha256 == Item.media_sha256)
        .where(Item.id.in_(ids))
    ).all()
    shown = media_of_candidates(session, [item for item, _ in rows])
    return {item.id: item_json(item, media, training, shown) for item, media in rows}


def owned_batch(session: Session, batch_id: str, user_id: str) -> Batch:
    """The caller's batch, or 404 (another user's batch is not theirs to know of)."""
    batch = session.get(Batch, batch_id) if len(batch_id) <= 36 else None
    if batch is None or batch.user_id != user_id:
        raise not_found("batch")
    return batch


def heartbeat(session: Session, batch: Batch, project: Project) -> dict[str, Any]:
    """Extend the batch and its unanswered leases by the project's lease time from now.

    Live leases are extended. Expired ones come back only when their item is still free
    for this user (a gold item always; a real item while under `overlap`).
    """
    if batch.released_at is not None:
        raise conflict(say("batch_released"))
    now = utcnow()
    expires = now + timedelta(seconds=project.lease_seconds)
    revivable = _revivable(session, batch, project, now)
    condition = Lease.expires_at > now
    if revivable:
        condition = or_(condition, Lease.item_id.in_(revivable))
    session.execute(
        update(Lease)
        .where(Lease.batch_id == batch.id, Lease.state == "leased", condition)
        .values(expires_at=expires)
    )
    batch.lease_expires_at = expires
    return {"lease_expires_at": iso(expires)}


def _revivable(session: Session, batch: Batch, project: Project, now: datetime) -> list[str]:
    query = (
        select(Item.id)
        .join(Lease, Lease.item_id == Item.id)
        .where(
            Lease.batch_id == batch.id,
            Lease.state == "leased",
            Lease.expires_at <= now,
            ~_seen_by(batch.user_id, now),
            or_(
                Item.is_gold.is_(True),
                Item.done_count + _live_others(batch.user_id, now) < project.overlap,
            ),
        )
    )
    return list(session.execute(query).scalars())


def release(session: Session, batch: Batch) -> None:
    """Give back every unanswered item of the batch (idempotent)."""
    session.execute(
        update(Lease)
        .where(Lease.batch_id == batch.id, Lease.state == "leased")
        .values(state="released")
    )
    if batch.released_at is None:
        batch.released_at = utcnow()
