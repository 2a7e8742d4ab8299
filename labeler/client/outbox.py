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
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from labeler.client import tables as t
from labeler.client import wire
from labeler.client.errors import AlreadySubmitted, ApiError, ClientError
from labeler.client.store import Store, record_event
from labeler.client.workqueue import ANSWERED
from labeler.core.i18n import QT_TRANSLATE_NOOP

WAITING, UPLOADING, UPLOADED, REFUSED = "waiting", "uploading", "uploaded", "refused"
UNSENT = (WAITING, UPLOADING)
#: Why a correction can never upload: the answer it corrects was refused (`reason`, the
#: server's words); kept as the message code `refused_with`.
REFUSED_WITH = QT_TRANSLATE_NOOP("messages", "The answer it corrects was refused: {reason}")


def refused_with(reason: str) -> tuple[str, dict[str, Any]]:
    """The message of a correction refused with the answer it corrects, and its error."""
    message = REFUSED_WITH.format(reason=reason)
    said = {"code": "refused_with", "params": {"reason": reason}}
    return message, {
        "error": {"code": "refused_with", "message": message, "details": {"message": said}}
    }


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
    """An entry from a row of the outbox table (a mapping, its JSON columns as stored)."""
    return OutboxEntry(
        id=row["id"],
        item_id=row["item_id"],
        batch_id=row["batch_id"],
        project_id=row["project_id"],
        body=t.loads(row["body"]),
        state=row["state"],
        attempts=row["attempts"],
        last_error=row["last_error"],
        created_at=row["created_at"],
        active_ms=row["active_ms"],
        skipped=bool(row["skipped"]),
        reward=wire.Reward(Decimal(row["reward_amount"]), row["reward_currency"]),
        status_code=row["status_code"],
        response=t.loads(row["response"]),
        status=row["status"],
        gold=t.loads(row["gold"]),
        done_at=row["done_at"],
        amends=row["amends"],
        amended_by=row["amended_by"],
        corrected_at=row["corrected_at"],
    )


# A submit's statements (SQLite keeps them prepared): the answer is stored while the next
# item waits.
_SUBMITTED = "SELECT id FROM outbox WHERE item_id = ? AND batch_id = ?"
_ANSWERED = (
    "UPDATE items SET state = ?, submission_id = ?, answered_at = ?"
    " WHERE batch_id = ? AND item_id = ?"
)
_DROP_DRAFT = "DELETE FROM drafts WHERE item_id = ?"
# An amendment waits until the entry it replaces is with the server.
_TAKEABLE = (
    "(outbox.amends IS NULL OR EXISTS (SELECT 1 FROM outbox AS replaced"
    " WHERE replaced.id = outbox.amends AND replaced.state = 'uploaded'))"
)


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
            "body": t.dumps(body),
            "state": WAITING,
            "attempts": 0,
            "created_at": time.time(),
            "active_ms": int(body.get("active_ms") or 0),
            "skipped": body.get("answer") is None,
            "reward_amount": str(reward.amount),
            "reward_currency": reward.currency,
        }
        with self.store.write(durable=True) as conn:
            existing = conn.execute(_SUBMITTED, (item_id, batch_id)).fetchone()
            if existing is not None:
                raise AlreadySubmitted(
                    QT_TRANSLATE_NOOP("messages", "This item was submitted already."), existing[0]
                )
            t.insert(conn, "outbox", row)
            conn.execute(_ANSWERED, (ANSWERED, sub_id, row["created_at"], batch_id, item_id))
            conn.execute(_DROP_DRAFT, (item_id,))
            record_event(conn, "submitted", project_id, item_id, sub_id, None, row["created_at"])
        # What the store now holds, without reading it back (every other column is empty).
        return entry_from_row(collections.defaultdict(lambda: None, row))

    def take(self, limit: int = 50) -> list[OutboxEntry]:
        """The oldest unsent entries, marked `uploading` (one more attempt each); an
        amendment only once the entry it replaces is uploaded."""
        with self.store.write() as conn:
            rows = conn.execute(
                f"SELECT id FROM outbox WHERE state IN (?, ?) AND {_TAKEABLE} ORDER BY seq LIMIT ?",
                (*UNSENT, limit),
            )
            ids = [sub_id for (sub_id,) in rows]
            if not ids:
                return []
            conn.execute(
                "UPDATE outbox SET state = ?, attempts = attempts + 1, last_attempt_at = ?"
                f" WHERE id IN ({t.marks(ids)})",
                (UPLOADING, time.time(), *ids),
            )
            rows = conn.execute(
                f"SELECT * FROM outbox WHERE id IN ({t.marks(ids)}) ORDER BY seq", ids
            )
            return [entry_from_row(r) for r in rows]

    def uploaded(
        self, entry: OutboxEntry, accepted: wire.Accepted, skill: str, counts_for_skill: bool
    ) -> bool:
        """The server has the submission. Returns True when it brought a new verdict."""
        now = time.time()
        response = {"id": accepted.id, "status": accepted.status, "gold": accepted.gold}
        with self.store.write() as conn:
            t.update(
                conn,
                "outbox",
                {
                    "state": UPLOADED,
                    "status_code": accepted.status_code,
                    "response": t.dumps(response),
                    "status": accepted.status,
                    "gold": t.dumps(accepted.gold),
                    "last_error": None,
                    "done_at": now,
                },
                "id = ?",
                entry.id,
            )
            record_event(conn, "uploaded", entry.project_id, entry.item_id, entry.id, None, now)
            if entry.amends is not None:  # the server keeps the replaced one as `amended`
                conn.execute("UPDATE outbox SET status = 'amended' WHERE id = ?", (entry.amends,))
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
                message, body = refused_with(error.message)
                _refuse(conn, follower.id, None, body, message)
                cascaded.append(follower)
                current = follower
            if cascaded:  # the refused entry stays the item's answer, replaced by nothing
                conn.execute("UPDATE outbox SET amended_by = NULL WHERE id = ?", (entry.id,))
                gone = [f.id for f in cascaded]
                conn.execute(
                    f"UPDATE items SET submission_id = ? WHERE submission_id IN ({t.marks(gone)})",
                    (entry.id, *gone),
                )
            if entry.amends is not None:
                _withdraw(conn, entry)
        return cascaded

    def unsent(self, entries: Iterable[OutboxEntry], message: str) -> None:
        """An attempt failed for a passing reason; the entries wait for the next one."""
        ids = [e.id for e in entries]
        with self.store.write() as conn:
            conn.execute(
                "UPDATE outbox SET state = ?, last_error = ?"
                f" WHERE id IN ({t.marks(ids)}) AND state = ?",
                (WAITING, message, *ids, UPLOADING),
            )

    def get(self, submission_id: str) -> OutboxEntry | None:
        """One entry by its submission id."""
        with self.store.read() as conn:
            return _read(conn, submission_id)

    def entries(
        self,
        states: Iterable[str] | None = None,
        *,
        project_id: str | None = None,
        since: float | None = None,
        limit: int | None = None,
    ) -> list[OutboxEntry]:
        """Entries, newest first, optionally filtered."""
        conditions: list[str] = []
        args: list[Any] = []
        if states is not None:
            wanted = list(states)
            conditions.append(f"state IN ({t.marks(wanted)})")
            args.extend(wanted)
        if project_id is not None:
            conditions.append("project_id = ?")
            args.append(project_id)
        if since is not None:
            conditions.append("created_at >= ?")
            args.append(since)
        where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
        query = f"SELECT * FROM outbox{where} ORDER BY seq DESC LIMIT ?"
        args.append(-1 if limit is None else limit)  # -1: no limit
        with self.store.read() as conn:
            rows = conn.execute(query, args)
            return [entry_from_row(r) for r in rows]

    def counts(self) -> dict[str, int]:
        """How many entries are in each state (every state present, 0 when none)."""
        with self.store.read() as conn:
            rows = conn.execute("SELECT state, count(*) FROM outbox GROUP BY state").fetchall()
        counts = dict.fromkeys((WAITING, UPLOADING, UPLOADED, REFUSED), 0)
        counts.update({state: int(n) for state, n in rows})
        return counts

    def waiting_items(self) -> int:
        """How many items have something still to upload, as the annotator counts them:
        an answer and its correction waiting together are one item (one row of the
        history, one submission in the end), not two uploads."""
        query = (
            "SELECT count(*) FROM"
            " (SELECT DISTINCT batch_id, item_id FROM outbox WHERE state IN (?, ?))"
        )
        with self.store.read() as conn:
            return int(conn.execute(query, UNSENT).fetchone()[0])

    def item_states(self) -> ItemStates:
        """Which items have something still to upload and which have a refused entry,
        each item once (an answer and its correction are one item)."""
        with self.store.read() as conn:
            rows = conn.execute(
                "SELECT DISTINCT batch_id, item_id, state FROM outbox WHERE state IN (?, ?, ?)",
                (*UNSENT, REFUSED),
            ).fetchall()
        unsent = frozenset((b, i) for b, i, state in rows if state in UNSENT)
        refused = frozenset((b, i) for b, i, state in rows if state == REFUSED)
        return ItemStates(unsent, refused)

    def verdicts(self, since: float = 0.0) -> list[Verdict]:
        """Verdicts received at or after `since`, oldest first."""
        query = "SELECT * FROM verdicts WHERE received_at >= ? ORDER BY received_at"
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
                for r in conn.execute(query, (since,))
            ]

    def learn(self, history: Iterable[wire.HistoryEntry]) -> None:
        """Take the newest status (reviews) and verdicts (re-scored) from server history."""
        with self.store.write() as conn:
            for h in history:
                conn.execute(
                    "UPDATE outbox SET status = ?, gold = ? WHERE id = ? AND state = ?",
                    (h.status, t.dumps(h.gold), h.id, UPLOADED),
                )


def _read(conn: sqlite3.Connection, submission_id: str) -> OutboxEntry | None:
    row = conn.execute("SELECT * FROM outbox WHERE id = ?", (submission_id,)).fetchone()
    return entry_from_row(row) if row is not None else None


def _refuse(
    conn: sqlite3.Connection,
    submission_id: str,
    status: int | None,
    body: dict[str, Any],
    message: str,
) -> None:
    t.update(
        conn,
        "outbox",
        {
            "state": REFUSED,
            "status_code": status,
            "response": t.dumps(body),
            "last_error": message,
            "done_at": time.time(),
        },
        "id = ?",
        submission_id,
    )


def _withdraw(conn: sqlite3.Connection, amendment: OutboxEntry) -> None:
    """A refused amendment replaces nothing: the entry it named is the item's answer again."""
    if amendment.amends is None:
        return
    conn.execute(
        "UPDATE outbox SET amended_by = NULL WHERE id = ? AND amended_by = ?",
        (amendment.amends, amendment.id),
    )
    conn.execute(
        "UPDATE items SET submission_id = ? WHERE submission_id = ?",
        (amendment.amends, amendment.id),
    )


def _add_verdict(
    conn: sqlite3.Connection,
    entry: OutboxEntry,
    gold: dict[str, Any],
    skill: str,
    counts_for_skill: bool,
    now: float,
) -> bool:
    known = conn.execute(
        "SELECT submission_id FROM verdicts WHERE submission_id = ?", (entry.id,)
    ).fetchone()
    if known is not None:
        return False
    t.insert(
        conn,
        "verdicts",
        {
            "submission_id": entry.id,
            "item_id": entry.item_id,
            "project_id": entry.project_id,
            "skill": skill,
            "counts_for_skill": counts_for_skill,
            "passed": bool(gold.get("passed")),
            "score": float(gold.get("score") or 0.0),
            "verdict": t.dumps(gold),
            "received_at": now,
        },
    )
    record_event(conn, "gold_feedback", entry.project_id, entry.item_id, entry.id, None, now)
    return True
