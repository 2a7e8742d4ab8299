"""Group commit for SQLite: one writer thread per process stores waiting writes together.

SQLite takes one writer at a time, and a writer's lock spans its statements, its commit
and the thread switches in between. Requests that only need a few short writes (a
submission) hand them to this writer instead of opening a write transaction each: it
takes what is waiting, runs each in a savepoint of its own (one failing undoes only
itself), and commits them in one transaction, so the write lock is taken once per group.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

#: At most this many writes share one commit.
MAX_GROUP = 64

Write = Callable[[Session], Any]


class GroupWriter:
    """Runs `Write`s on one thread, many to a transaction, each in its own savepoint."""

    def __init__(self, open_session: Callable[[], Session]) -> None:
        self._open = open_session
        self._queue: queue.SimpleQueue[tuple[Write, bool, Future[Any]] | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._start_lock = threading.Lock()

    def submit(self, write: Write, savepoint: bool = True) -> Future[Any]:
        """Queue `write(session)` for the next group; the future holds its result, or its
        exception, once the group has committed (await it with `asyncio.wrap_future`).

        `savepoint=False` is for a write that opens a savepoint of its own and leaves the
        session as it found it when it raises (one statement fewer each way).
        """
        self._ensure_thread()
        future: Future[Any] = Future()
        self._queue.put((write, savepoint, future))
        return future

    def close(self) -> None:
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join(timeout=10)
            self._thread = None

    def _ensure_thread(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        with self._start_lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(
                    target=self._loop, name="labeler-group-writer", daemon=True
                )
                self._thread.start()

    def _loop(self) -> None:
        while True:
            first = self._queue.get()
            if first is None:
                return
            group = [first]
            while len(group) < MAX_GROUP:
                try:
                    more = self._queue.get_nowait()
                except queue.Empty:
                    break
                if more is None:
                    self._queue.put(None)
                    break
                group.append(more)
            self._run_group(group)

    def _run_group(self, group: list[tuple[Write, bool, Future[Any]]]) -> None:
        # A write whose caller gave up before it ran (a cancelled request) is not run at all;
        # the others then run, and their futures can no longer be cancelled.
        group = [entry for entry in group if entry[2].set_running_or_notify_cancel()]
        if not group:
            return
        results: list[tuple[Future[Any], bool, Any]] = []
        session = self._open()
        try:
            for write, savepoint, future in group:
                try:
                    if savepoint:
                        with session.begin_nested():
                            results.append((future, True, write(session)))
                    else:
                        results.append((future, True, write(session)))
                except BaseException as exc:  # this write only: its savepoint is undone
                    results.append((future, False, exc))
            session.commit()
        except BaseException as exc:  # the commit failed: nothing of the group is stored
            log.exception("a group of writes failed to commit")
            session.rollback()
            results = [(future, False, exc) for _, _, future in group]
        finally:
            session.close()
        for future, ok, value in results:
            if ok:
                future.set_result(value)
            else:
                future.set_exception(value)
