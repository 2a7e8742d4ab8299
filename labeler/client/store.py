"""The local store: one SQLite file per profile, in WAL mode, shared by the workbench's
threads.

Reads run in their own connections and never wait for a writer (WAL). Writes are
serialised by a lock of the store's own and start with `BEGIN IMMEDIATE`, so a write
never fails half-way on a lock upgrade; `busy_timeout` covers a second process on the
same file. A durable write (`write(durable=True)`, used for the outbox) runs with
`PRAGMA synchronous=FULL`, so the commit is fsync'd before it returns; other writes
(drafts, media, timing) use NORMAL, which survives a crash of the process but may lose
the newest commits on a power cut.

The outbox, the work queue (batches and items) and the media index live in their own
modules and use `read()`/`write()` from here.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, delete, event, insert, select, update
from sqlalchemy.exc import SQLAlchemyError

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


def _engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _connect(dbapi: Any, _record: Any) -> None:
        dbapi.isolation_level = None  # transactions are begun below, not by the driver
        dbapi.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        dbapi.execute("PRAGMA journal_mode=WAL")
        dbapi.execute("PRAGMA foreign_keys=ON")

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN " + conn.get_execution_options().get("begin", "DEFERRED"))

    return engine


class Store:
    """The local store of one profile. Safe to share between threads."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._write_lock = threading.RLock()
        # Schema versions never change once made: each is parsed once (every submit
        # checks its answer against one).
        self._schemas: dict[tuple[str, int], wire.SchemaVersion] = {}
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._engine = _engine(path)
            self._writer = self._engine.execution_options(begin="IMMEDIATE")
            self._prepare()
        except (SQLAlchemyError, OSError) as exc:
            raise StoreError(f"Cannot open the local store {path}: {exc}") from exc

    @classmethod
    def open(cls, path: Path) -> Store:
        """Open (creating or upgrading) the store file at `path`; StoreError if it cannot."""
        return cls(path)

    def close(self) -> None:
        """Close every pooled connection (the file stays consistent at any moment)."""
        self._engine.dispose()

    def _prepare(self) -> None:
        with self.write(durable=True) as conn:
            version = int(conn.exec_driver_sql("PRAGMA user_version").scalar_one())
            if version > t.SCHEMA_VERSION:
                raise StoreError(
                    f"The local store {self.path} was made by a newer workbench "
                    f"(layout {version}, this one knows {t.SCHEMA_VERSION}); update labeler."
                )
            if version:  # 0: a new file, made at the current layout by create_all
                for step in range(version + 1, t.SCHEMA_VERSION + 1):
                    t.MIGRATIONS[step](conn)
            t.metadata.create_all(conn)
            if version != t.SCHEMA_VERSION:
                conn.exec_driver_sql(f"PRAGMA user_version={t.SCHEMA_VERSION}")

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A read-only snapshot (a deferred transaction, rolled back at the end)."""
        try:
            with self._engine.connect() as conn:
                yield conn
        except SQLAlchemyError as exc:
            raise StoreError(f"The local store could not be read: {exc}") from exc

    @contextmanager
    def write(self, durable: bool = False) -> Iterator[Connection]:
        """A write transaction, committed when the block ends without an exception.

        `durable=True`: fsync'd before this returns (PRAGMA synchronous=FULL).
        """
        try:
            with self._write_lock, self._writer.connect() as conn:
                raw = conn.connection.dbapi_connection
                assert raw is not None
                # Outside the transaction: SQLite refuses to change it inside one.
                raw.execute(f"PRAGMA synchronous={'FULL' if durable else 'NORMAL'}")
                with conn.begin():
                    yield conn
        except SQLAlchemyError as exc:
            raise StoreError(f"The local store could not be written: {exc}") from exc

    # Profile

    def set_profile(self, server_url: str, username: str, user_id: str | None = None) -> None:
        """Name the profile this file belongs to (once; later calls update the user id)."""
        with self.write() as conn:
            row = conn.execute(select(t.profile.c.id)).first()
            if row is None:
                conn.execute(
                    insert(t.profile).values(
                        id=1,
                        server_url=server_url,
                        username=username,
                        user_id=user_id,
                        created_at=time.time(),
                    )
                )
            elif user_id is not None:
                conn.execute(update(t.profile).values(user_id=user_id))

    def profile(self) -> ProfileInfo | None:
        """The profile, or None in a new file."""
        with self.read() as conn:
            row = conn.execute(select(t.profile)).mappings().first()
        if row is None:
            return None
        me = _reparse(wire.parse_me, row["me"])
        return ProfileInfo(
            row["server_url"], row["username"], row["user_id"], me, row["me_fetched_at"]
        )

    def save_me(self, me: wire.Me) -> None:
        """Keep the newest `/me` (skills and earnings show offline from it)."""
        with self.write() as conn:
            conn.execute(
                update(t.profile).values(me=me.raw, me_fetched_at=time.time(), user_id=me.user.id)
            )

    # Projects and schemas

    def save_projects(self, projects: list[wire.Project]) -> None:
        """Cache a full project list; projects no longer in it stop being listed."""
        now = time.time()
        with self.write() as conn:
            conn.execute(update(t.projects).values(listed=False))
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
            rows = conn.execute(
                select(t.projects.c.json).where(t.projects.c.listed).order_by(t.projects.c.id)
            ).scalars()
            return [p for p in (_reparse(wire.parse_project, r) for r in rows) if p]

    def project(self, project_id: str) -> wire.Project | None:
        """One cached project, or None."""
        with self.read() as conn:
            raw = conn.execute(
                select(t.projects.c.json).where(t.projects.c.id == project_id)
            ).scalar_one_or_none()
        return _reparse(wire.parse_project, raw)

    def save_schema(self, project_id: str, schema: wire.SchemaVersion) -> None:
        """Cache a schema version (versions never change once made)."""
        with self.write() as conn:
            conn.execute(
                delete(t.schemas).where(
                    t.schemas.c.project_id == project_id, t.schemas.c.version == schema.version
                )
            )
            conn.execute(
                insert(t.schemas).values(
                    project_id=project_id, version=schema.version, json=schema.raw
                )
            )
        self._schemas[(project_id, schema.version)] = schema

    def schema(self, project_id: str, version: int) -> wire.SchemaVersion | None:
        """A cached schema version, or None."""
        known = self._schemas.get((project_id, version))
        if known is not None:
            return known
        with self.read() as conn:
            raw = conn.execute(
                select(t.schemas.c.json).where(
                    t.schemas.c.project_id == project_id, t.schemas.c.version == version
                )
            ).scalar_one_or_none()
        found = _reparse(wire.parse_schema_version, {**raw, "version": version} if raw else None)
        if found is not None:
            self._schemas[(project_id, version)] = found
        return found

    # Drafts

    def save_draft(self, item_id: str, answer: dict[str, Any], active_ms: int = 0) -> None:
        """Autosave the answer being worked on and the active time spent on its item so
        far (replaces the previous draft)."""
        with self.write() as conn:
            conn.execute(delete(t.drafts).where(t.drafts.c.item_id == item_id))
            conn.execute(
                insert(t.drafts).values(
                    item_id=item_id,
                    answer=answer,
                    saved_at=time.time(),
                    active_ms=max(0, int(active_ms)),
                )
            )

    def draft(self, item_id: str) -> dict[str, Any] | None:
        """The autosaved draft of an item, or None."""
        with self.read() as conn:
            value = conn.execute(
                select(t.drafts.c.answer).where(t.drafts.c.item_id == item_id)
            ).scalar_one_or_none()
        return value if isinstance(value, dict) else None

    def drafts(self, item_ids: list[str]) -> dict[str, dict[str, Any]]:
        """The autosaved drafts of these items, by item id (items without one are absent)."""
        found: dict[str, dict[str, Any]] = {}
        with self.read() as conn:
            for start in range(0, len(item_ids), 500):  # SQLite's bound-parameter limit
                chunk = item_ids[start : start + 500]
                rows = conn.execute(
                    select(t.drafts.c.item_id, t.drafts.c.answer).where(
                        t.drafts.c.item_id.in_(chunk)
                    )
                )
                found.update((i, a) for i, a in rows if isinstance(a, dict))
        return found

    def draft_times(self, item_ids: list[str]) -> dict[str, int]:
        """The active milliseconds already spent on these items, kept with their drafts
        (items without a draft, or without time, are absent)."""
        found: dict[str, int] = {}
        with self.read() as conn:
            for start in range(0, len(item_ids), 500):  # SQLite's bound-parameter limit
                chunk = item_ids[start : start + 500]
                rows = conn.execute(
                    select(t.drafts.c.item_id, t.drafts.c.active_ms).where(
                        t.drafts.c.item_id.in_(chunk), t.drafts.c.active_ms > 0
                    )
                )
                found.update((i, int(ms)) for i, ms in rows)
        return found

    def discard_draft(self, item_id: str) -> None:
        """Forget an item's draft (the annotator discarded it; a submit drops it too)."""
        with self.write() as conn:
            conn.execute(delete(t.drafts).where(t.drafts.c.item_id == item_id))

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
        query = select(t.timing).where(t.timing.c.at >= since).order_by(t.timing.c.seq)
        if kind is not None:
            query = query.where(t.timing.c.kind == kind)
        with self.read() as conn:
            rows = conn.execute(query).mappings().all()
        return [
            TimingEvent(
                r["at"],
                r["kind"],
                r["project_id"],
                r["item_id"],
                r["submission_id"],
                r["data"] or {},
            )  # fmt: skip
            for r in rows
        ]


_RECORD = insert(t.timing)


def record_event(
    conn: Connection,
    kind: str,
    project_id: str | None,
    item_id: str | None,
    submission_id: str | None,
    data: dict[str, Any] | None,
    at: float | None = None,
) -> None:
    """Insert a timing event inside a write transaction someone else holds."""
    conn.execute(
        _RECORD,
        {
            "at": time.time() if at is None else at,
            "kind": kind,
            "project_id": project_id,
            "item_id": item_id,
            "submission_id": submission_id,
            "data": data,
        },
    )


def _upsert_project(conn: Connection, project: wire.Project, now: float) -> None:
    conn.execute(delete(t.projects).where(t.projects.c.id == project.id))
    conn.execute(
        insert(t.projects).values(id=project.id, json=project.raw, fetched_at=now, listed=True)
    )


def _reparse(parse: Any, raw: Any) -> Any:
    """Stored JSON was checked on arrival; a row that no longer parses reads as absent."""
    if raw is None:
        return None
    try:
        return parse(raw)
    except BadResponse:
        return None
