"""Token expiry, and a record of each token's use that costs no write per request.

A token stops working `token_idle_seconds` after its last use (or its making, before any)
and `token_max_age_seconds` after its making; a renewal (`POST /auth/token/renew`) makes a
new one. Authentication reads a token's times with its user in its one query and decides
there; it never writes. The last use is written by `TokenUse`, at most once per `touch`
seconds for a token and after the request has its answer: through the group writer on
SQLite, so a request never waits for the write lock on its account, and on a background
thread on PostgreSQL. `last_used_at` may so lag by `touch` (minutes), which an idle time
of days does not notice.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_all
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, delete, func, or_, update
from sqlalchemy.orm import Session

from labeler.server.config import Settings
from labeler.server.db import Database
from labeler.server.models import Token

log = logging.getLogger(__name__)

#: Tokens whose use this process remembers noting; past it, the oldest are forgotten (the
#: database's `last_used_at` still keeps them from being written twice in a row).
_REMEMBERED = 10_000
#: PostgreSQL's writes of token use, one at a time, for every app of the process.
_BACKGROUND = ThreadPoolExecutor(1, "labeler-token-use")


@dataclass(frozen=True)
class TokenPolicy:
    """How long tokens live, and how often their use is written."""

    idle: timedelta
    max_age: timedelta
    touch: timedelta

    @classmethod
    def of(cls, settings: Settings) -> TokenPolicy:
        idle = timedelta(seconds=settings.token_idle_seconds)
        # A token in use must never look idle: its use is written well within the idle time.
        touch = min(timedelta(seconds=settings.token_touch_seconds), idle / 4)
        return cls(idle, timedelta(seconds=settings.token_max_age_seconds), touch)

    def expires_at(self, created_at: datetime) -> datetime:
        """When the token stops working whatever its use."""
        return created_at + self.max_age

    def idle_expires_at(self, created_at: datetime, last_used_at: datetime | None) -> datetime:
        """When the token stops working if it is not used again before."""
        return (last_used_at or created_at) + self.idle

    def expired(self, created_at: datetime, last_used_at: datetime | None, now: datetime) -> bool:
        return now >= min(
            self.expires_at(created_at), self.idle_expires_at(created_at, last_used_at)
        )

    def expired_tokens(self, now: datetime) -> ColumnElement[bool]:
        """The condition of a token that no longer works."""
        return or_(
            Token.created_at <= now - self.max_age,
            func.coalesce(Token.last_used_at, Token.created_at) <= now - self.idle,
        )

    def due(self, last_used_at: datetime | None, now: datetime) -> bool:
        """Whether a use at `now` is worth writing."""
        return last_used_at is None or now - last_used_at >= self.touch


class TokenUse:
    """Notes each token's use, writing it off the request's path (see the module)."""

    def __init__(self, database: Database, policy: TokenPolicy) -> None:
        self.database = database
        self.policy = policy
        self._lock = threading.Lock()
        self._noted: dict[str, float] = {}  # token hash -> monotonic time its use was sent
        self._pending: set[Future[Any]] = set()

    def note(
        self,
        digest: str,
        user_id: str,
        last_used_at: datetime | None,
        replaces: str | None,
        now: datetime,
    ) -> None:
        """A request was authenticated by this token at `now`; `last_used_at` and
        `replaces` are what authentication read. Returns at once."""
        if not self.policy.due(last_used_at, now):
            return
        clock = time.monotonic()
        touch = self.policy.touch.total_seconds()
        with self._lock:
            sent = self._noted.get(digest)
            if sent is not None and clock - sent < touch:
                return  # written already, or on its way
            if len(self._noted) >= _REMEMBERED:
                self._noted = {k: v for k, v in self._noted.items() if clock - v < touch}
            self._noted[digest] = clock

        def write(session: Session) -> None:
            record_use(session, self.policy, digest, user_id, replaces, now)

        future = self._submit(write)
        with self._lock:
            self._pending.add(future)
        future.add_done_callback(self._done)

    def wait(self, timeout: float = 10.0) -> None:
        """Wait for the uses noted so far to be written (tests; shutting down)."""
        with self._lock:
            pending = list(self._pending)
        wait_all(pending, timeout)

    def _submit(self, write: Callable[[Session], None]) -> Future[Any]:
        writer = self.database.writer
        if writer is not None:
            return writer.submit(write)
        return _BACKGROUND.submit(self._write, write)

    def _write(self, write: Callable[[Session], None]) -> None:
        with self.database.transaction() as session:
            write(session)

    def _done(self, future: Future[Any]) -> None:
        with self._lock:
            self._pending.discard(future)
        error = None if future.cancelled() else future.exception()
        if error is not None:  # the next use tries again; the request was answered anyway
            log.warning("a token's use was not recorded: %s", error)


def record_use(
    session: Session,
    policy: TokenPolicy,
    digest: str,
    user_id: str,
    replaces: str | None,
    now: datetime,
) -> None:
    """Write a token's use: its `last_used_at`; the token it renewed goes on its first use;
    and the user's tokens that no longer work are cleared away."""
    session.execute(
        update(Token).where(Token.token_hash == digest).values(last_used_at=now, replaces=None)
    )
    if replaces is not None:
        session.execute(delete(Token).where(Token.token_hash == replaces))
    session.execute(delete(Token).where(Token.user_id == user_id, policy.expired_tokens(now)))
