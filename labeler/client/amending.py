"""Amendments in the outbox: the annotator corrects an answer while its batch is leased.

A correction of the newest submission of an item (the head of its chain) is stored in one
fsync'd transaction, in one of two ways:

- the entry was never handed to the network (`waiting`, no attempt yet): its body is
  rewritten in place, under the same id, so the server only ever sees the corrected
  answer (one upload, never both); its active time is the sum of both efforts;
- otherwise the server may hold it already: a new entry with an id of its own `amends`
  it, and uploads only after it (`Outbox.take`); its active time is its own.

A refused entry, a gold answer whose verdict came back (or a training item, whose
verdict shows at once), and an item whose batch lease ended cannot be corrected
(`NotAmendable`, saying why); the task server has the last word on the rest (a review).
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from labeler.client import tables as t
from labeler.client.errors import BadResponse, NotAmendable
from labeler.client.jsonread import Reader
from labeler.client.outbox import REFUSED, UNSENT, WAITING, OutboxEntry, entry_from_row
from labeler.client.store import Store, record_event
from labeler.client.wire import parse_item
from labeler.client.workitem import WorkItem
from labeler.client.workqueue import ANSWERED, LIVE
from labeler.core.i18n import QT_TRANSLATE_NOOP

#: How far back the workbench lets an annotator go.
RECENT = 10
GOLD_SHOWN = "The answer to a control item cannot be changed once its verdict was shown."
LEASE_ENDED = (
    "The lease on this item has ended: it went back to the task server and its answer can "
    "no longer be changed."
)


@dataclass(frozen=True)
class Answered:
    """An item the annotator submitted, with its newest submission, and why it cannot be
    corrected (None when it can)."""

    item: WorkItem
    entry: OutboxEntry
    blocked: str | None
    #: The active time the item's answer took: its first submission's (with a rewrite in
    #: place, which adds to it), not the corrections sent after it, which keep their own.
    spent_ms: int = 0

    @property
    def answer(self) -> dict[str, Any] | None:
        """The answer as last submitted (None: a skip)."""
        answer = self.entry.body.get("answer")
        return answer if isinstance(answer, dict) else None

    @property
    def skip_reason(self) -> str | None:
        reason = self.entry.body.get("skip_reason")
        return reason if isinstance(reason, str) else None


def blocked(
    entry: OutboxEntry,
    item: WorkItem,
    batch_state: str,
    lease_expires_at: float,
    now: float,
) -> str | None:
    """Why this newest submission of an item cannot be corrected, or None."""
    if entry.state == REFUSED:
        why = entry.last_error or "no reason given"
        return f"The task server refused this answer ({why}): there is nothing to correct."
    if entry.gold is not None or (item.training is not None and entry.body.get("answer")):
        return GOLD_SHOWN
    if batch_state != LIVE or lease_expires_at <= now:
        return LEASE_ENDED
    return None


def recent(store: Store, project_id: str, limit: int = RECENT) -> list[Answered]:
    """The project's answered items of batches still held, newest first, each with its
    newest submission."""
    query = (
        "SELECT items.json, batches.schema_version, outbox.*,"
        " batches.state AS batch_state, batches.lease_expires_at"
        " FROM items JOIN batches ON batches.id = items.batch_id"
        " JOIN outbox ON outbox.id = items.submission_id"
        " WHERE items.project_id = ? AND items.state = ? AND batches.state = ?"
        " ORDER BY items.answered_at DESC NULLS LAST, items.seq DESC LIMIT ?"
    )
    spent = (
        "SELECT batch_id, item_id, sum(active_ms) FROM outbox"
        " WHERE project_id = ? AND amends IS NULL GROUP BY batch_id, item_id"
    )
    now = time.time()
    out = []
    with store.read() as conn:
        times = {(b, i): int(ms or 0) for b, i, ms in conn.execute(spent, (project_id,))}
        for row in conn.execute(query, (project_id, ANSWERED, LIVE, limit)):
            try:
                reader = Reader(t.loads(row["json"]), "stored item")
                item = parse_item(reader, row["batch_id"], project_id, row["schema_version"])
            except BadResponse:
                continue  # checked on arrival; a row that no longer parses is left out
            entry = entry_from_row(row)
            why = blocked(entry, item, row["batch_state"], row["lease_expires_at"], now)
            out.append(Answered(item, entry, why, times.get((entry.batch_id, entry.item_id), 0)))
    return out


def amend(
    store: Store,
    submission_id: str,
    change: Callable[[dict[str, Any], bool], dict[str, Any]],
    item: WorkItem,
) -> OutboxEntry:
    """Correct the newest submission of an item, durably (fsync'd before this returns).

    `change(body, in_place)` makes the new body from the stored one: in place it keeps
    the id (a rewrite of an entry never sent), else it is an amendment with a new id.
    Raises NotAmendable (why) for a submission that cannot be corrected.
    """
    now = time.time()
    with store.write(durable=True) as conn:
        row = _head(conn, submission_id)
        if row is None:
            raise NotAmendable(
                QT_TRANSLATE_NOOP("messages", "That submission is not in the outbox.")
            )
        entry = entry_from_row(row)
        if entry.amended_by is not None:
            raise NotAmendable(
                QT_TRANSLATE_NOOP(
                    "messages", "This answer was corrected already: correct the newest one."
                )
            )
        why = blocked(entry, item, row["batch_state"], row["lease_expires_at"], now)
        if why is not None:
            raise NotAmendable(why)
        if entry.state == WAITING and entry.attempts == 0:
            return _rewrite(conn, entry, change(dict(entry.body), True), now)
        return _append(conn, entry, change(dict(entry.body), False), now)


def _head(conn: sqlite3.Connection, submission_id: str) -> Any:
    query = (
        "SELECT outbox.*, batches.state AS batch_state, batches.lease_expires_at"
        " FROM outbox JOIN batches ON batches.id = outbox.batch_id WHERE outbox.id = ?"
    )
    return conn.execute(query, (submission_id,)).fetchone()


def _columns(body: dict[str, Any], now: float) -> dict[str, Any]:
    return {
        "body": t.dumps(body),
        "active_ms": int(body.get("active_ms") or 0),
        "skipped": body.get("answer") is None,
        "corrected_at": now,
    }


def _rewrite(
    conn: sqlite3.Connection, entry: OutboxEntry, body: dict[str, Any], now: float
) -> OutboxEntry:
    """Never sent: the entry itself takes the corrected body (same id, one upload)."""
    assert body["id"] == entry.id and entry.state in UNSENT
    t.update(conn, "outbox", _columns(body, now), "id = ?", entry.id)
    data = {"in_place": True}
    record_event(conn, "amended", entry.project_id, entry.item_id, entry.id, data, now)
    return entry_from_row(_head(conn, entry.id))


def _append(
    conn: sqlite3.Connection, entry: OutboxEntry, body: dict[str, Any], now: float
) -> OutboxEntry:
    """Maybe with the server already: a new entry amends it, and uploads after it."""
    assert body["id"] != entry.id and body.get("amends") == entry.id
    row = {
        "id": body["id"],
        "item_id": entry.item_id,
        "batch_id": entry.batch_id,
        "project_id": entry.project_id,
        "state": WAITING,
        "attempts": 0,
        "created_at": now,
        "reward_amount": str(entry.reward.amount),
        "reward_currency": entry.reward.currency,
        "amends": entry.id,
        **_columns(body, now),
    }
    t.insert(conn, "outbox", row)
    conn.execute("UPDATE outbox SET amended_by = ? WHERE id = ?", (body["id"], entry.id))
    conn.execute(
        "UPDATE items SET submission_id = ? WHERE batch_id = ? AND item_id = ?",
        (body["id"], entry.batch_id, entry.item_id),
    )
    record_event(conn, "amended", entry.project_id, entry.item_id, body["id"], None, now)
    return entry_from_row(_head(conn, body["id"]))
