"""The outbox: every submission the annotator made, from the moment they made it.

A submission's id is made once, when the annotator submits, and stored with the exact
body; every upload attempt sends that body again, so the server stores it once (it
answers a replay with 200 and the same answer). States:

- `waiting`: stored, not yet accepted by the server;
- `uploading`: an attempt is under way (after a crash it is simply tried again);
- `uploaded`: the server stored it (201) or had it already (200); its answer is kept;
- `refused`: the server said no for good (403, 409 item_complete/conflict, 422, other
  4xx); its error is kept, and the entry stays visible.

Nothing leaves the outbox; uploaded and refused entries are the local history.

An amendment (`amending.py`) is an entry that names the one it replaces (`amends`, and
`amended_by` on the other): it is taken for upload only once the entry it replaces is
uploaded, and it is refused with it when that one is refused.
"""

from __future__ import annotations

import collections
import time
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, bindparam, delete, exists, func, insert, or_, select, update

from labeler.client import tables as t
from labeler.client import wire
from labeler.client.errors import AlreadySubmitted, ApiError, ClientError
from labeler.client.store import Store, record_event
from labeler.client.workqueue import ANSWERED

WAITING, UPLOADING, UPLOADED, REFUSED = "waiting", "uploading", "uploaded", "refused"
UNSENT = (WAITING, UPLOADING)


@dataclass(frozen=True)
class OutboxEntry:
    """One submission in the outbox."""

    id: str
    item_id: str
    batch_id: str
    project_id: str
    body: dict[str, Any]
    state: str
    attempts: int
    last_error: str | None
    created_at: float
    active_ms: int
    skipped: bool
    reward: wire.Reward
    status_code: int | None
    response: dict[str, Any] | None
    status: str | None
    gold: dict[str, Any] | None
    done_at: float | None
    #: The entry this one replaces (an amendment), and the entry that replaced this one.
    amends: str | None = None
    amended_by: str | None = None
    #: When its answer was last corrected (an amendment, or a rewrite in place).
    corrected_at: float | None = None


@dataclass(frozen=True)
class Verdict:
    """A gold verdict the workbench received with an upload."""

    submission_id: str
    item_id: str
    project_id: str
    skill: str
    counts_for_skill: bool
    passed: bool
    score: float
    received_at: float


def entry_from_row(row: Any) -> OutboxEntry:
    """An entry from a row of the outbox table (a mapping)."""
    return OutboxEntry(
        id=row["id"],
        item_id=row["item_id"],
        batch_id=row["batch_id"],
        project_id=row["project_id"],
        body=row["body"],
        state=row["state"],
        attempts=row["attempts"],
        last_error=row["last_error"],
        created_at=row["created_at"],
        active_ms=row["active_ms"],
        skipped=bool(row["skipped"]),
        reward=wire.Reward(Decimal(row["reward_amount"]), row["reward_currency"]),
        status_code=row["status_code"],
        response=row["response"],
        status=row["status"],
        gold=row["gold"],
        done_at=row["done_at"],
        amends=row["amends"],
        amended_by=row["amended_by"],
        corrected_at=row["corrected_at"],
    )


# A submit's statements, built once: the answer is stored while the next item waits.
_SUBMITTED = select(t.outbox.c.id).where(
    t.outbox.c.item_id == bindparam("item_id"), t.outbox.c.batch_id == bindparam("batch_id")
)
_ADD = insert(t.outbox)
_ANSWERED = (
    update(t.items)
    .where(t.items.c.batch_id == bindparam("of_batch"), t.items.c.item_id == bindparam("of_item"))
    .values(state=ANSWERED, submission_id=bindparam("answered_by"), answered_at=bindparam("at"))
)
_REPLACED = t.outbox.alias("replaced")
# An amendment waits until the entry it replaces is with the server.
_TAKEABLE = or_(
    t.outbox.c.amends.is_(None),
    exists().where(_REPLACED.c.id == t.outbox.c.amends, _REPLACED.c.state == "uploaded"),
)
_DROP_DRAFT = delete(t.drafts).where(t.drafts.c.item_id == bindparam("item_id"))


@dataclass(frozen=True)
class ItemStates:
    """The outbox by item: `unsent` has something waiting or uploading, `refused` has an
    entry the server refused. Keys are (batch_id, item_id)."""

    unsent: frozenset[tuple[str, str]]
    refused: frozenset[tuple[str, str]]

    def settled_since(self, before: ItemStates) -> tuple[int, int]:
        """Items that waited in `before` and wait no more: (uploaded, refused)."""
        gone = before.unsent - self.unsent
        refused = gone & (self.refused - before.refused)
        return len(gone - refused), len(refused)


class Outbox:
    """The outbox of one profile's store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def add(self, body: dict[str, Any], project_id: str, reward: wire.Reward) -> OutboxEntry:
        """Store a new submission, durably (fsync'd before this returns).

        In the same transaction the item stops being open and its draft is dropped.
        Raises AlreadySubmitted when the item of that batch already has a submission.
        """
        sub_id, item_id, batch_id = body["id"], body["item_id"], body["batch_id"]
        row = {
            "id": sub_id,
            "item_id": item_id,
            "batch_id": batch_id,
            "project_id": project_id,
            "body": body,
            "state": WAITING,
            "attempts": 0,
            "created_at": time.time(),
            "active_ms": int(body.get("active_ms") or 0),
            "skipped": body.get("answer") is None,
            "reward_amount": str(reward.amount),
            "reward_currency": reward.currency,
        }
        with self.store.write(durable=True) as conn:
            existing = conn.execute(
                _SUBMITTED, {"item_id": item_id, "batch_id": batch_id}
            ).scalar_one_or_none()
            if existing is not None:
                raise AlreadySubmitted("This item was submitted already.", existing)
            conn.execute(_ADD, row)
            answered = {
                "of_batch": batch_id,
                "of_item": item_id,
                "answered_by": sub_id,
                "at": row["created_at"],
            }
            conn.execute(_ANSWERED, answered)
            conn.execute(_DROP_DRAFT, {"item_id": item_id})
            record_event(conn, "submitted", project_id, item_id, sub_id, None, row["created_at"])
        # What the store now holds, without reading it back (every other column is empty).
        return entry_from_row(collections.defaultdict(lambda: None, row))

    def take(self, limit: int = 50) -> list[OutboxEntry]:
        """The oldest unsent entries, marked `uploading` (one more attempt each); an
        amendment only once the entry it replaces is uploaded."""
        with self.store.write() as conn:
            ids = list(
                conn.execute(
                    select(t.outbox.c.id)
                    .where(t.outbox.c.state.in_(UNSENT), _TAKEABLE)
                    .order_by(t.outbox.c.seq)
                    .limit(limit)
                ).scalars()
            )
            if not ids:
                return []
            conn.execute(
                update(t.outbox)
                .where(t.outbox.c.id.in_(ids))
                .values(
                    state=UPLOADING,
                    attempts=t.outbox.c.attempts + 1,
                    last_attempt_at=time.time(),
                )
            )
            rows = conn.execute(
                select(t.outbox).where(t.outbox.c.id.in_(ids)).order_by(t.outbox.c.seq)
            ).mappings()
            return [entry_from_row(r) for r in rows]

    def uploaded(
        self, entry: OutboxEntry, accepted: wire.Accepted, skill: str, counts_for_skill: bool
    ) -> bool:
        """The server has the submission. Returns True when it brought a new verdict."""
        now = time.time()
        with self.store.write() as conn:
            conn.execute(
                update(t.outbox)
                .where(t.outbox.c.id == entry.id)
                .values(
                    state=UPLOADED,
                    status_code=accepted.status_code,
                    response={"id": accepted.id, "status": accepted.status, "gold": accepted.gold},
                    status=accepted.status,
                    gold=accepted.gold,
                    last_error=None,
                    done_at=now,
                )
            )
            record_event(conn, "uploaded", entry.project_id, entry.item_id, entry.id, None, now)
            if entry.amends is not None:  # the server keeps the replaced one as `amended`
                conn.execute(
                    update(t.outbox).where(t.outbox.c.id == entry.amends).values(status="amended")
                )
            if accepted.gold is None:
                return False
            return _add_verdict(conn, entry, accepted.gold, skill, counts_for_skill, now)

    def refused(self, entry: OutboxEntry, error: ClientError) -> list[OutboxEntry]:
        """The server will not store the submission; keep why, visibly. An amendment
        waiting on it is refused with it (it can never upload); a refused amendment
        leaves the entry it would have replaced as the item's answer. Returns the
        amendments refused with it."""
        if isinstance(error, ApiError):
            status, body = error.status, error.to_json()
        else:
            status, body = None, {"error": {"code": "bad_response", "message": error.message}}
        cascaded: list[OutboxEntry] = []
        with self.store.write() as conn:
            _refuse(conn, entry.id, status, body, error.message)
            current = _read(conn, entry.id)
            while current is not None and current.amended_by is not None:
                follower = _read(conn, current.amended_by)
                if follower is None or follower.state not in UNSENT:
                    break
                message = f"The answer it corrects was refused: {error.message}"
                _refuse(conn, follower.id, None, _error("refused_with", message), message)
                cascaded.append(follower)
                current = follower
            if cascaded:  # the refused entry stays the item's answer, replaced by nothing
                conn.execute(
                    update(t.outbox).where(t.outbox.c.id == entry.id).values(amended_by=None)
                )
                conn.execute(
                    update(t.items)
                    .where(t.items.c.submission_id.in_([f.id for f in cascaded]))
                    .values(submission_id=entry.id)
                )
            if entry.amends is not None:
                _withdraw(conn, entry)
        return cascaded

    def unsent(self, entries: Iterable[OutboxEntry], message: str) -> None:
        """An attempt failed for a passing reason; the entries wait for the next one."""
        ids = [e.id for e in entries]
        with self.store.write() as conn:
            conn.execute(
                update(t.outbox)
                .where(t.outbox.c.id.in_(ids), t.outbox.c.state == UPLOADING)
                .values(state=WAITING, last_error=message)
            )

    def get(self, submission_id: str) -> OutboxEntry | None:
        """One entry by its submission id."""
        with self.store.read() as conn:
            row = (
                conn.execute(select(t.outbox).where(t.outbox.c.id == submission_id))
                .mappings()
                .first()
            )
        return entry_from_row(row) if row is not None else None

    def entries(
        self,
        states: Iterable[str] | None = None,
        *,
        project_id: str | None = None,
        since: float | None = None,
        limit: int | None = None,
    ) -> list[OutboxEntry]:
        """Entries, newest first, optionally filtered."""
        query = select(t.outbox).order_by(t.outbox.c.seq.desc()).limit(limit)
        if states is not None:
            query = query.where(t.outbox.c.state.in_(list(states)))
        if project_id is not None:
            query = query.where(t.outbox.c.project_id == project_id)
        if since is not None:
            query = query.where(t.outbox.c.created_at >= since)
        with self.store.read() as conn:
            return [entry_from_row(r) for r in conn.execute(query).mappings()]

    def counts(self) -> dict[str, int]:
        """How many entries are in each state (every state present, 0 when none)."""
        with self.store.read() as conn:
            rows = conn.execute(
                select(t.outbox.c.state, func.count()).group_by(t.outbox.c.state)
            ).all()
        counts = dict.fromkeys((WAITING, UPLOADING, UPLOADED, REFUSED), 0)
        counts.update({state: int(n) for state, n in rows})
        return counts

    def waiting_items(self) -> int:
        """How many items have something still to upload, as the annotator counts them:
        an answer and its correction waiting together are one item (one row of the
        history, one submission in the end), not two uploads."""
        items = (
            select(t.outbox.c.batch_id, t.outbox.c.item_id)
            .where(t.outbox.c.state.in_(UNSENT))
            .distinct()
            .subquery()
        )
        with self.store.read() as conn:
            return int(conn.execute(select(func.count()).select_from(items)).scalar_one())

    def item_states(self) -> ItemStates:
        """Which items have something still to upload and which have a refused entry,
        each item once (an answer and its correction are one item)."""
        key = (t.outbox.c.batch_id, t.outbox.c.item_id, t.outbox.c.state)
        with self.store.read() as conn:
            rows = conn.execute(
                select(*key).where(t.outbox.c.state.in_((*UNSENT, REFUSED))).distinct()
            ).all()
        unsent = frozenset((b, i) for b, i, state in rows if state in UNSENT)
        refused = frozenset((b, i) for b, i, state in rows if state == REFUSED)
        return ItemStates(unsent, refused)

    def verdicts(self, since: float = 0.0) -> list[Verdict]:
        """Verdicts received at or after `since`, oldest first."""
        query = (
            select(t.verdicts)
            .where(t.verdicts.c.received_at >= since)
            .order_by(t.verdicts.c.received_at)
        )
        with self.store.read() as conn:
            return [
                Verdict(
                    r["submission_id"],
                    r["item_id"],
                    r["project_id"],
                    r["skill"],
                    bool(r["counts_for_skill"]),
                    bool(r["passed"]),
                    r["score"],
                    r["received_at"],
                )  # fmt: skip
                for r in conn.execute(query).mappings()
            ]

    def learn(self, history: Iterable[wire.HistoryEntry]) -> None:
        """Take the newest status (reviews) and verdicts (re-scored) from server history."""
        with self.store.write() as conn:
            for h in history:
                conn.execute(
                    update(t.outbox)
                    .where(t.outbox.c.id == h.id, t.outbox.c.state == UPLOADED)
                    .values(status=h.status, gold=h.gold)
                )


def _read(conn: Connection, submission_id: str) -> OutboxEntry | None:
    row = conn.execute(select(t.outbox).where(t.outbox.c.id == submission_id)).mappings().first()
    return entry_from_row(row) if row is not None else None


def _error(code: str, message: str) -> dict[str, Any]:
    return {"error": {"code": code, "message": message}}


def _refuse(
    conn: Connection, submission_id: str, status: int | None, body: dict[str, Any], message: str
) -> None:
    conn.execute(
        update(t.outbox)
        .where(t.outbox.c.id == submission_id)
        .values(
            state=REFUSED,
            status_code=status,
            response=body,
            last_error=message,
            done_at=time.time(),
        )
    )


def _withdraw(conn: Connection, amendment: OutboxEntry) -> None:
    """A refused amendment replaces nothing: the entry it named is the item's answer again."""
    if amendment.amends is None:
        return
    conn.execute(
        update(t.outbox)
        .where(t.outbox.c.id == amendment.amends, t.outbox.c.amended_by == amendment.id)
        .values(amended_by=None)
    )
    conn.execute(
        update(t.items)
        .where(t.items.c.submission_id == amendment.id)
        .values(submission_id=amendment.amends)
    )


def _add_verdict(
    conn: Connection,
    entry: OutboxEntry,
    gold: dict[str, Any],
    skill: str,
    counts_for_skill: bool,
    now: float,
) -> bool:
    known = conn.execute(
        select(t.verdicts.c.submission_id).where(t.verdicts.c.submission_id == entry.id)
    ).first()
    if known is not None:
        return False
    conn.execute(
        insert(t.verdicts).values(
            submission_id=entry.id,
            item_id=entry.item_id,
            project_id=entry.project_id,
            skill=skill,
            counts_for_skill=counts_for_skill,
            passed=bool(gold.get("passed")),
            score=float(gold.get("score") or 0.0),
            verdict=gold,
            received_at=now,
        )
    )
    record_event(conn, "gold_feedback", entry.project_id, entry.item_id, entry.id, None, now)
    return True
