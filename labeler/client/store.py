"""The local store: one SQLite file per profile, in WAL mode, shared by the workbench's
threads, on Python's own `sqlite3` (docs/adr/0005-client-store-on-sqlite3.md).

Reads run in a transaction of their own and never wait for a writer (WAL): a snapshot.
Writes are serialised by a lock of the store's own and start with `BEGIN IMMEDIATE`, so
a write never fails half-way on a lock upgrade; `busy_timeout` covers a second process
on the same file. A durable write (`write(durable=True)`, used for the outbox) runs with
`PRAGMA synchronous=FULL`, so the commit is fsync'd before it returns; other writes
(drafts, media, timing) use NORMAL, which survives a crash of the process but may lose
the newest commits on a power cut.

Connections come from a small connection pool rather than one per thread: a connection
serves one `read()` or `write()` at a time, on the thread that took it (so it is made
with `check_same_thread=False`, and only the connection pool hands it over), a read
inside a write gets a connection of its own, a thread that ends leaves nothing open, and
`close()` can close them all from any thread. The connection pool keeps as many as were
ever in use at once (a few).

The outbox, the work queue (batches and items) and the media index live in their own
modules and use `read()`/`write()` from here: each yields a `sqlite3.Connection` whose
rows are `sqlite3.Row` (by name or by position); `tables.py` has the layout and the
helpers for JSON columns and plain inserts.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from labeler.client import tables as t
from labeler.client import wire
from labeler.client.errors import BadResponse, StoreError

BUSY_TIMEOUT_MS = 15_000


@dataclass(frozen=True)
class ProfileInfo:
    """Who this store belongs to, and the newest `/me` the server sent."""

    server_url: str
    username: str
    user_id: str | None
    me: wire.Me | None
    me_fetched_at: float | None


@dataclass(frozen=True)
class TimingEvent:
    """One timing event (`item_shown`, `submitted`, `uploaded`, `gold_feedback`, ...)."""

    at: float
    kind: str
    project_id: str | None
    item_id: str | None
    submission_id: str | None
    data: dict[str, Any]


def _connect(path: Path) -> sqlite3.Connection:
    # Autocommit at the driver (isolation_level None): transactions are begun below.
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    try:
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA foreign_keys=ON")
    except BaseException:
        conn.close()
        raise
    return conn


def _rolled_back(conn: sqlite3.Connection) -> bool:
    """End the transaction a block left open, if any; False when that failed (the
    connection is then closed, not used again)."""
    if not conn.in_transaction:
        return True
    try:
        conn.execute("ROLLBACK")
    except sqlite3.Error:
        return False
    return True


class Store:
    """The local store of one profile. Safe to share between threads."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._write_lock = threading.RLock()
        self._pool_lock = threading.Lock()
        self._idle: list[sqlite3.Connection] = []
        self._generation = 0  # close() starts a new one: older connections are closed
        # Schema versions never change once made: each is parsed once (every submit
        # checks its answer against one).
        self._schemas: dict[tuple[str, int], wire.SchemaVersion] = {}
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._prepare()
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(f"Cannot open the local store {path}: {exc}") from exc

    @classmethod
    def open(cls, path: Path) -> Store:
        """Open (creating or upgrading) the store file at `path`; StoreError if it cannot."""
        return cls(path)

    def close(self) -> None:
        """Close every pooled connection (the file stays consistent at any moment); one
        in use now is closed when its read or write ends."""
        with self._pool_lock:
            self._generation += 1
            idle, self._idle = self._idle, []
        for conn in idle:
            conn.close()

    def _prepare(self) -> None:
        with self.write(durable=True) as conn:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if version > t.SCHEMA_VERSION:
                raise StoreError(
                    f"The local store {self.path} was made by a newer workbench "
                    f"(layout {version}, this one knows {t.SCHEMA_VERSION}); update labeler."
                )
            if version:  # 0: a new file, made at the current layout by create_missing
                for step in range(version + 1, t.SCHEMA_VERSION + 1):
                    t.MIGRATIONS[step](conn)
            t.create_missing(conn)
            if version != t.SCHEMA_VERSION:
                conn.execute(f"PRAGMA user_version={t.SCHEMA_VERSION}")

    @contextmanager
    def _connection(self) -> Iterator[sqlite3.Connection]:
        """A connection from the connection pool for one block; any transaction the
        block leaves open is rolled back before the connection goes back."""
        with self._pool_lock:
            generation = self._generation
            conn = self._idle.pop() if self._idle else None
        if conn is None:
            conn = _connect(self.path)
        try:
            yield conn
        finally:
            usable = _rolled_back(conn)
            with self._pool_lock:
                keep = usable and generation == self._generation
                if keep:
                    self._idle.append(conn)
            if not keep:
                conn.close()

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """A read-only snapshot (a deferred transaction, rolled back at the end)."""
        try:
            with self._connection() as conn:
                conn.execute("BEGIN DEFERRED")
                yield conn
        except sqlite3.Error as exc:
            raise StoreError(f"The local store could not be read: {exc}") from exc

    @contextmanager
    def write(self, durable: bool = False) -> Iterator[sqlite3.Connection]:
        """A write transaction, committed when the block ends without an exception.

        `durable=True`: fsync'd before this returns (PRAGMA synchronous=FULL).
        """
        try:
            with self._write_lock, self._connection() as conn:
                # Outside the transaction: SQLite refuses to change it inside one.
                conn.execute(f"PRAGMA synchronous={'FULL' if durable else 'NORMAL'}")
                conn.execute("BEGIN IMMEDIATE")
                yield conn
                conn.execute("COMMIT")
        except sqlite3.Error as exc:
            raise StoreError(f"The local store could not be written: {exc}") from exc

    # Profile

    def set_profile(self, server_url: str, username: str, user_id: str | None = None) -> None:
        """Name the profile this file belongs to (once; later calls update the user id)."""
        with self.write() as conn:
            if conn.execute("SELECT id FROM profile").fetchone() is None:
                t.insert(
                    conn,
                    "profile",
                    {
                        "id": 1,
                        "server_url": server_url,
                        "username": username,
                        "user_id": user_id,
                        "created_at": time.time(),
                    },
                )
            elif user_id is not None:
                conn.execute("UPDATE profile SET user_id = ?", (user_id,))

    def profile(self) -> ProfileInfo | None:
        """The profile, or None in a new file."""
        with self.read() as conn:
            row = conn.execute("SELECT * FROM profile").fetchone()
        if row is None:
            return None
        me = _reparse(wire.parse_me, t.loads(row["me"]))
        return ProfileInfo(
            row["server_url"], row["username"], row["user_id"], me, row["me_fetched_at"]
        )

    def save_me(self, me: wire.Me) -> None:
        """Keep the newest `/me` (skills and earnings show offline from it)."""
        with self.write() as conn:
            conn.execute(
                "UPDATE profile SET me = ?, me_fetched_at = ?, user_id = ?",
                (t.dumps(me.raw), time.time(), me.user.id),
            )

    # Projects and schemas

    def save_projects(self, projects: list[wire.Project]) -> None:
        """Cache a full project list; projects no longer in it stop being listed."""
        now = time.time()
        with self.write() as conn:
            conn.execute("UPDATE projects SET listed = 0")
            for project in projects:
                _upsert_project(conn, project, now)

    def save_project(self, project: wire.Project) -> None:
        """Cache one project (as `GET /projects/{id}` sent it); the server just showed
        it to the user, so it is listed until the next full list says otherwise."""
        with self.write() as conn:
            _upsert_project(conn, project, time.time())

    def projects(self) -> list[wire.Project]:
        """The cached project list (by id)."""
        with self.read() as conn:
            rows = conn.execute("SELECT json FROM projects WHERE listed ORDER BY id")
            found = (_reparse(wire.parse_project, t.loads(raw)) for (raw,) in rows)
            return [p for p in found if p]

    def project(self, project_id: str) -> wire.Project | None:
        """One cached project, or None."""
        with self.read() as conn:
            row = conn.execute("SELECT json FROM projects WHERE id = ?", (project_id,)).fetchone()
        return _reparse(wire.parse_project, t.loads(row[0]) if row else None)

    def save_schema(self, project_id: str, schema: wire.SchemaVersion) -> None:
        """Cache a schema version (versions never change once made)."""
        with self.write() as conn:
            conn.execute(
                "DELETE FROM schemas WHERE project_id = ? AND version = ?",
                (project_id, schema.version),
            )
            row = {"project_id": project_id, "version": schema.version, "json": t.dumps(schema.raw)}
            t.insert(conn, "schemas", row)
        self._schemas[(project_id, schema.version)] = schema

    def schema(self, project_id: str, version: int) -> wire.SchemaVersion | None:
        """A cached schema version, or None."""
        known = self._schemas.get((project_id, version))
        if known is not None:
            return known
        with self.read() as conn:
            row = conn.execute(
                "SELECT json FROM schemas WHERE project_id = ? AND version = ?",
                (project_id, version),
            ).fetchone()
        raw = t.loads(row[0]) if row else None
        found = _reparse(wire.parse_schema_version, {**raw, "version": version} if raw else None)
        if found is not None:
            self._schemas[(project_id, version)] = found
        return found

    # Drafts

    def save_draft(self, item_id: str, answer: dict[str, Any], active_ms: int = 0) -> None:
        """Autosave the answer being worked on and the active time spent on its item so
        far (replaces the previous draft)."""
        with self.write() as conn:
            conn.execute("DELETE FROM drafts WHERE item_id = ?", (item_id,))
            t.insert(
                conn,
                "drafts",
                {
                    "item_id": item_id,
                    "answer": t.dumps(answer),
                    "saved_at": time.time(),
                    "active_ms": max(0, int(active_ms)),
                },
            )

    def draft(self, item_id: str) -> dict[str, Any] | None:
        """The autosaved draft of an item, or None."""
        with self.read() as conn:
            row = conn.execute("SELECT answer FROM drafts WHERE item_id = ?", (item_id,)).fetchone()
        value = t.loads(row[0]) if row else None
        return value if isinstance(value, dict) else None

    def drafts(self, item_ids: list[str]) -> dict[str, dict[str, Any]]:
        """The autosaved drafts of these items, by item id (items without one are absent)."""
        found: dict[str, dict[str, Any]] = {}
        with self.read() as conn:
            for chunk in _chunks(item_ids):
                rows = conn.execute(
                    f"SELECT item_id, answer FROM drafts WHERE item_id IN ({t.marks(chunk)})",
                    chunk,
                )
                answers = ((i, t.loads(a)) for i, a in rows)
                found.update((i, a) for i, a in answers if isinstance(a, dict))
        return found

    def draft_times(self, item_ids: list[str]) -> dict[str, int]:
        """The active milliseconds already spent on these items, kept with their drafts
        (items without a draft, or without time, are absent)."""
        found: dict[str, int] = {}
        with self.read() as conn:
            for chunk in _chunks(item_ids):
                rows = conn.execute(
                    "SELECT item_id, active_ms FROM drafts"
                    f" WHERE item_id IN ({t.marks(chunk)}) AND active_ms > 0",
                    chunk,
                )
                found.update((i, int(ms)) for i, ms in rows)
        return found

    def discard_draft(self, item_id: str) -> None:
        """Forget an item's draft (the annotator discarded it; a submit drops it too)."""
        with self.write() as conn:
            conn.execute("DELETE FROM drafts WHERE item_id = ?", (item_id,))

    # Timing events

    def record(
        self,
        kind: str,
        *,
        project_id: str | None = None,
        item_id: str | None = None,
        submission_id: str | None = None,
        data: dict[str, Any] | None = None,
        at: float | None = None,
    ) -> None:
        """Store a timing event."""
        with self.write() as conn:
            record_event(conn, kind, project_id, item_id, submission_id, data, at)

    def events(self, since: float = 0.0, kind: str | None = None) -> list[TimingEvent]:
        """Timing events at or after `since`, oldest first."""
        of_kind = "" if kind is None else " AND kind = ?"
        args = (since,) if kind is None else (since, kind)
        with self.read() as conn:
            rows = conn.execute(
                f"SELECT * FROM timing WHERE at >= ?{of_kind} ORDER BY seq", args
            ).fetchall()
        return [
            TimingEvent(
                r["at"],
                r["kind"],
                r["project_id"],
                r["item_id"],
                r["submission_id"],
                t.loads(r["data"]) or {},
            )  # fmt: skip
            for r in rows
        ]


_RECORD = (
    "INSERT INTO timing (at, kind, project_id, item_id, submission_id, data)"
    " VALUES (?, ?, ?, ?, ?, ?)"
)


def record_event(
    conn: sqlite3.Connection,
    kind: str,
    project_id: str | None,
    item_id: str | None,
    submission_id: str | None,
    data: dict[str, Any] | None,
    at: float | None = None,
) -> None:
    """Insert a timing event inside a write transaction someone else holds."""
    at = time.time() if at is None else at
    conn.execute(_RECORD, (at, kind, project_id, item_id, submission_id, t.dumps(data)))


def _upsert_project(conn: sqlite3.Connection, project: wire.Project, now: float) -> None:
    conn.execute("DELETE FROM projects WHERE id = ?", (project.id,))
    row = {"id": project.id, "json": t.dumps(project.raw), "fetched_at": now, "listed": True}
    t.insert(conn, "projects", row)


def _chunks(ids: list[str], size: int = 500) -> Iterator[list[str]]:
    """`ids` in slices that stay under SQLite's limit on bound parameters."""
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _reparse(parse: Any, raw: Any) -> Any:
    """Stored JSON was checked on arrival; a row that no longer parses reads as absent."""
    if raw is None:
        return None
    try:
        return parse(raw)
    except BadResponse:
        return None
