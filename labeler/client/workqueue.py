"""Leased batches and their items in the local store, in lease order.

An item is `open` until it is answered (its submission goes to the outbox in the same
transaction) or its batch is released. Items keep the JSON the server sent; they are
parsed again when read, so a WorkItem always has the shape of `labeler.client.wire`.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, insert, select, update

from labeler.client import tables as t
from labeler.client import wire
from labeler.client.errors import BadResponse
from labeler.client.jsonread import Reader
from labeler.client.store import Store
from labeler.client.workitem import WorkItem

OPEN, ANSWERED, RELEASED = "open", "answered", "released"
LIVE = "live"


@dataclass(frozen=True)
class StoredItem:
    """An item of a leased batch as the store holds it."""

    seq: int
    item: WorkItem
    state: str
    submission_id: str | None


@dataclass(frozen=True)
class StoredBatch:
    """A batch and the number of its items still open."""

    id: str
    project_id: str
    schema_version: int
    lease_expires_at: float
    heartbeat_at: float | None
    leased_at: float
    open_items: int


class WorkQueue:
    """Batches and items of one profile's store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def add_batch(self, batch: wire.Batch) -> None:
        """Keep a newly leased batch and its items, in the server's order."""
        now = time.time()
        with self.store.write() as conn:
            if conn.execute(select(t.batches.c.id).where(t.batches.c.id == batch.id)).first():
                return
            conn.execute(
                insert(t.batches).values(
                    id=batch.id,
                    project_id=batch.project_id,
                    schema_version=batch.schema_version,
                    leased_at=now,
                    lease_expires_at=batch.lease_expires_at.timestamp(),
                    heartbeat_at=now,
                    state=LIVE,
                )
            )
            for position, raw in enumerate(batch.raw_items):
                conn.execute(
                    insert(t.items).values(
                        item_id=batch.items[position].id,
                        batch_id=batch.id,
                        project_id=batch.project_id,
                        position=position,
                        json=raw,
                        state=OPEN,
                    )
                )

    def open_items(self, project_id: str, limit: int | None = None) -> list[StoredItem]:
        """The open items of a project, in lease order."""
        query = (
            _item_query()
            .where(t.items.c.project_id == project_id, t.items.c.state == OPEN)
            .order_by(t.items.c.seq)
            .limit(limit)
        )
        with self.store.read() as conn:
            rows = conn.execute(query).all()
        return [s for s in (_stored(row) for row in rows) if s is not None]

    def open_count(self, project_id: str) -> int:
        """How many items of a project are leased and not answered yet."""
        with self.store.read() as conn:
            return int(
                conn.execute(
                    select(func.count())
                    .select_from(t.items)
                    .where(t.items.c.project_id == project_id, t.items.c.state == OPEN)
                ).scalar_one()
            )

    def item(self, batch_id: str, item_id: str) -> StoredItem | None:
        """One item of one batch, in any state."""
        query = _item_query().where(t.items.c.batch_id == batch_id, t.items.c.item_id == item_id)
        with self.store.read() as conn:
            row = conn.execute(query).first()
        return _stored(row) if row is not None else None

    def live_batches(self, project_id: str | None = None) -> list[StoredBatch]:
        """Batches still held that have open items (the ones worth a heartbeat)."""
        open_count = func.count(t.items.c.seq)
        query = (
            select(
                t.batches.c.id,
                t.batches.c.project_id,
                t.batches.c.schema_version,
                t.batches.c.lease_expires_at,
                t.batches.c.heartbeat_at,
                t.batches.c.leased_at,
                open_count,
            )
            .join(t.items, t.items.c.batch_id == t.batches.c.id)
            .where(t.batches.c.state == LIVE, t.items.c.state == OPEN)
            .group_by(t.batches.c.id)
            .order_by(t.batches.c.leased_at)
        )
        if project_id is not None:
            query = query.where(t.batches.c.project_id == project_id)
        with self.store.read() as conn:
            return [StoredBatch(*row) for row in conn.execute(query).all()]

    def extended(self, batch_id: str, expires_at: float) -> None:
        """Record a heartbeat's new lease expiry."""
        with self.store.write() as conn:
            conn.execute(
                update(t.batches)
                .where(t.batches.c.id == batch_id)
                .values(lease_expires_at=expires_at, heartbeat_at=time.time())
            )

    def released(self, batch_id: str) -> None:
        """The batch is no longer ours: its open items leave the queue."""
        with self.store.write() as conn:
            conn.execute(update(t.batches).where(t.batches.c.id == batch_id).values(state=RELEASED))
            conn.execute(
                update(t.items)
                .where(t.items.c.batch_id == batch_id, t.items.c.state == OPEN)
                .values(state=RELEASED)
            )


def _item_query() -> Any:
    return select(
        t.items.c.seq,
        t.items.c.json,
        t.items.c.state,
        t.items.c.submission_id,
        t.items.c.batch_id,
        t.items.c.project_id,
        t.batches.c.schema_version,
    ).join(t.batches, t.batches.c.id == t.items.c.batch_id)


def _stored(row: Any) -> StoredItem | None:
    seq, raw, state, submission_id, batch_id, project_id, version = row
    try:
        item = wire.parse_item(Reader(raw, "stored item"), batch_id, project_id, version)
    except BadResponse:
        return None  # checked on arrival; a row that no longer parses is skipped
    return StoredItem(seq, item, state, submission_id)
