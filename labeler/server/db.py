"""Engines, sessions and migrations.

SQLite runs in WAL mode. Its write transactions start with BEGIN IMMEDIATE so that two
requests never both read, then both try to write (SQLite would refuse the second at once);
reads stay deferred and run beside the writer. Writers queue on a lock of our own (a thread
lock, then `flock` on a file beside the database for other server processes) rather than on
SQLite's busy handler, which polls with sleeps of up to 100 ms and makes a long tail of waits;
the lock spans the transaction only, from its first statement to COMMIT or ROLLBACK.
PostgreSQL uses ordinary transactions and row locks (`FOR UPDATE SKIP LOCKED` when leasing).
"""

from __future__ import annotations

import fcntl
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import Session, sessionmaker

from labeler.server.groupcommit import GroupWriter

MIGRATIONS = Path(__file__).with_name("migrations")


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def _sqlite_engine(url: str, immediate: bool, lock: WriteLock | None = None) -> Engine:
    parsed = make_url(url)
    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(
        url, connect_args={"timeout": 30, "check_same_thread": False}, pool_size=20, max_overflow=20
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _: Any) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        if lock is None:
            conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")
            return
        # The write lock is held from the transaction's first statement to its end, not for
        # the whole request, and is released the moment COMMIT or ROLLBACK returns.
        lock.acquire()
        conn.info["write_lock"] = True
        try:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        except BaseException:
            _release(conn)
            raise

    def _release(conn: Any) -> None:
        if lock is not None and conn.info.pop("write_lock", False):
            lock.release()

    @event.listens_for(engine, "commit")
    def _on_commit(conn: Any) -> None:
        try:
            conn.exec_driver_sql("COMMIT")  # the driver's own commit is then a no-op
        finally:
            _release(conn)

    @event.listens_for(engine, "rollback")
    def _on_rollback(conn: Any) -> None:
        try:
            if conn.connection.dbapi_connection.in_transaction:
                conn.exec_driver_sql("ROLLBACK")
        finally:
            _release(conn)

    return engine


class WriteLock:
    """Serialises SQLite writers of this process (thread lock) and of others (flock).

    Acquired and released from different threads (a request's transaction may end in
    another worker thread than it began in), hence a plain Lock and not an RLock.
    """

    def __init__(self, path: Path | None) -> None:
        self._thread_lock = threading.Lock()
        self._path = path
        self._fd: int | None = None
        self._pid = 0

    def acquire(self) -> None:
        self._thread_lock.acquire()
        if self._path is None:
            return
        try:
            fcntl.flock(self._lock_fd(), fcntl.LOCK_EX)
        except BaseException:
            self._thread_lock.release()
            raise

    def release(self) -> None:
        try:
            if self._fd is not None:
                fcntl.flock(self._fd, fcntl.LOCK_UN)
        finally:
            self._thread_lock.release()

    def _lock_fd(self) -> int:
        # One descriptor per process, opened once (the thread lock serialises its users);
        # a forked child opens its own, as flock locks belong to the open file.
        if self._fd is None or self._pid != os.getpid():
            assert self._path is not None
            self._fd = os.open(self._path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
            self._pid = os.getpid()
        return self._fd


@dataclass
class Database:
    """The read and write session factories of one database."""

    url: str
    read_engine: Engine
    write_engine: Engine

    @property
    def is_sqlite(self) -> bool:
        return is_sqlite(self.url)

    @classmethod
    def connect(cls, url: str) -> Database:
        if is_sqlite(url):
            path = make_url(url).database
            on_disk = bool(path) and path != ":memory:"
            lock = WriteLock(Path(f"{path}.write-lock") if on_disk else None)
            return cls(url, _sqlite_engine(url, False), _sqlite_engine(url, True, lock))
        engine = create_engine(url, pool_size=20, max_overflow=20, pool_pre_ping=True)
        return cls(url, engine, engine)

    @property
    def dialect(self) -> str:
        return self.write_engine.dialect.name

    def __post_init__(self) -> None:
        self._factories = {
            True: sessionmaker(bind=self.write_engine, expire_on_commit=False),
            False: sessionmaker(bind=self.read_engine, expire_on_commit=False),
        }
        # SQLite takes one writer at a time: short writes share commits (see groupcommit).
        self.writer = GroupWriter(self._factories[True]) if self.is_sqlite else None

    @contextmanager
    def transaction(self, write: bool = True) -> Iterator[Session]:
        """A session that commits when the block ends cleanly and rolls back otherwise."""
        session = self._factories[write]()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def migrate(self) -> None:
        """Bring the schema to the newest migration (creates the database when new)."""
        with self.write_engine.connect() as conn:
            cfg = alembic_config(self.url)
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            conn.commit()

    def dispose(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.read_engine.dispose()
        self.write_engine.dispose()


def alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg
