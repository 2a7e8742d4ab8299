"""Leased batches and their items in the local store, in lease order.

An item is `open` until it is answered (its submission goes to the outbox in the same
transaction) or its batch is released. Items keep the JSON the server sent; they are
parsed again when read, so a WorkItem always has the shape of `labeler.client.wire`.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

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
            if conn.execute("SELECT id FROM batches WHERE id = ?", (batch.id,)).fetchone():
                return
            t.insert(
                conn,
                "batches",
                {
                    "id": batch.id,
                    "project_id": batch.project_id,
                    "schema_version": batch.schema_version,
                    "leased_at": now,
                    "lease_expires_at": batch.lease_expires_at.timestamp(),
                    "heartbeat_at": now,
                    "state": LIVE,
                },
            )
            conn.executemany(
                "INSERT INTO items (item_id, batch_id, project_id, position, json, state)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (item.id, batch.id, batch.project_id, position, t.dumps(raw), OPEN)
                    for position, (item, raw) in enumerate(
                        zip(batch.items, batch.raw_items, strict=True)
                    )
                ],
            )

    def open_items(self, project_id: str, limit: int | None = None) -> list[StoredItem]:
        """The open items of a project, in lease order."""
        query = (
            f"{_ITEMS} WHERE items.project_id = ? AND items.state = ? ORDER BY items.seq LIMIT ?"
        )
        args = (project_id, OPEN, -1 if limit is None else limit)  # -1: no limit
        with self.store.read() as conn:
            rows = conn.execute(query, args).fetchall()
        return [s for s in (_stored(row) for row in rows) if s is not None]

    def open_count(self, project_id: str) -> int:
        """How many items of a project are leased and not answered yet."""
        query = "SELECT count(*) FROM items WHERE project_id = ? AND state = ?"
        with self.store.read() as conn:
            return int(conn.execute(query, (project_id, OPEN)).fetchone()[0])

    def item(self, batch_id: str, item_id: str) -> StoredItem | None:
        """One item of one batch, in any state."""
        query = f"{_ITEMS} WHERE items.batch_id = ? AND items.item_id = ?"
        with self.store.read() as conn:
            row = conn.execute(query, (batch_id, item_id)).fetchone()
        return _stored(row) if row is not None else None

    def live_batches(self, project_id: str | None = None) -> list[StoredBatch]:
        """Batches still held that have open items (the ones worth a heartbeat)."""
        of_project = "" if project_id is None else " AND batches.project_id = ?"
        query = (
            "SELECT batches.id, batches.project_id, batches.schema_version,"
            " batches.lease_expires_at, batches.heartbeat_at, batches.leased_at,"
            " count(items.seq)"
            " FROM batches JOIN items ON items.batch_id = batches.id"
            f" WHERE batches.state = ? AND items.state = ?{of_project}"
            " GROUP BY batches.id ORDER BY batches.leased_at"
        )
        args = (LIVE, OPEN) if project_id is None else (LIVE, OPEN, project_id)
        with self.store.read() as conn:
            return [StoredBatch(*row) for row in conn.execute(query, args)]

    def extended(self, batch_id: str, expires_at: float) -> None:
        """Record a heartbeat's new lease expiry."""
        with self.store.write() as conn:
            conn.execute(
                "UPDATE batches SET lease_expires_at = ?, heartbeat_at = ? WHERE id = ?",
                (expires_at, time.time(), batch_id),
            )

    def released(self, batch_id: str) -> None:
        """The batch is no longer ours: its open items leave the queue."""
        with self.store.write() as conn:
            conn.execute("UPDATE batches SET state = ? WHERE id = ?", (RELEASED, batch_id))
            conn.execute(
                "UPDATE items SET state = ? WHERE batch_id = ? AND state = ?",
                (RELEASED, batch_id, OPEN),
            )


# An item with what it takes to parse it again; callers add WHERE and ORDER BY.
_ITEMS = (
    "SELECT items.seq, items.json, items.state, items.submission_id, items.batch_id,"
    " items.project_id, batches.schema_version"
    " FROM items JOIN batches ON batches.id = items.batch_id"
)


def _stored(row: Any) -> StoredItem | None:
    seq, raw, state, submission_id, batch_id, project_id, version = row
    try:
        reader = Reader(t.loads(raw), "stored item")
        item = wire.parse_item(reader, batch_id, project_id, version)
    except BadResponse:
        return None  # checked on arrival; a row that no longer parses is skipped
    return StoredItem(seq, item, state, submission_id)
