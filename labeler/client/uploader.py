"""The uploader: sends the outbox to the server, oldest first, until it is empty.

Each entry is sent with the body and id stored when the annotator submitted, however
many times it takes, so the server stores it once. Several waiting entries go in one
`POST /submissions/bulk` (each result counts alone); one goes by `POST /submissions`.

What an answer means for an entry:

- 200/201: `uploaded`, with the server's status and any gold verdict;
- Offline: back to `waiting`; uploads pause until the prober finds the server again;
- 401: back to `waiting`; uploads pause until a new token (`auth_required`);
- 429, 5xx, a garbled answer: back to `waiting`; retried with backoff (1 s … 60 s, or
  the `Retry-After` of a 429 or 503); when the server is back after being offline, the
  backoff is forgotten and the outbox goes at once;
- any other 4xx (403, 404, 409 item_complete or conflict, 413, 422, 400): `refused`,
  with the server's message, visible in the history.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence

from labeler.client import wire
from labeler.client.api import TaskServer
from labeler.client.connectivity import AuthGate, Connectivity
from labeler.client.errors import (
    ApiError,
    BadResponse,
    ClientError,
    NotFound,
    Offline,
    RateLimited,
    ServerError,
    Unauthenticated,
)
from labeler.client.listener import SyncListener
from labeler.client.outbox import Outbox, OutboxEntry, refused_with
from labeler.client.store import Store
from labeler.client.worker import IDLE, Worker

Outcome = wire.Accepted | ClientError


def transient(error: ClientError) -> bool:
    """Whether an upload that failed this way is tried again (else it is refused)."""
    if isinstance(error, Offline | Unauthenticated | RateLimited | ServerError | BadResponse):
        return True
    return isinstance(error, ApiError) and error.status in (408, 425)


class Uploader(Worker):
    """The thread that empties the outbox."""

    name = "uploader"

    def __init__(
        self,
        api: TaskServer,
        store: Store,
        outbox: Outbox,
        listener: SyncListener,
        connectivity: Connectivity,
        auth: AuthGate,
        *,
        bulk_size: int = 50,
        backoff: float = 1.0,
        max_backoff: float = 60.0,
    ) -> None:
        super().__init__(listener)
        self.api = api
        self.store = store
        self.outbox = outbox
        self.connectivity = connectivity
        self.auth = auth
        self.bulk_size = bulk_size
        self.backoff = backoff
        self.max_backoff = max_backoff
        self._bulk = True
        self._failures = 0
        self._counts: dict[str, int] | None = None
        self._resume_at = 0.0
        # Steps begun, and the number of the newest one that ended with nothing to send
        # now (`wait_idle`).
        self._steps = threading.Condition()
        self._begun = 0
        self._idle_at = 0

    def resume(self) -> None:
        """The server is back (or a new token, or the annotator asked to retry): forget
        the backoff of earlier failures and upload now."""
        self._failures = 0
        self._resume_at = 0.0
        self.wake()

    def steps_begun(self) -> int:
        """How many steps have begun (a mark for `wait_idle`)."""
        with self._steps:
            return self._begun

    def wait_idle(self, mark: int, timeout: float) -> bool:
        """Wait until a step begun after `mark` ends with nothing more to send now (the
        outbox is empty, or uploads pause: offline, 401, backoff); False on timeout."""
        with self._steps:
            return self._steps.wait_for(lambda: self._idle_at > mark, timeout)

    def step(self) -> float:
        with self._steps:
            self._begun += 1
            number = self._begun
        try:
            delay = self._step()
        except BaseException:
            self._ended_idle(number)  # the worker pauses after a failed step
            raise
        if delay > 0:
            self._ended_idle(number)
        return delay

    def _ended_idle(self, number: int) -> None:
        with self._steps:
            self._idle_at = number
            self._steps.notify_all()

    def _step(self) -> float:
        if self.auth.needed or not self.connectivity.usable:
            self._report()  # new submissions still show while uploads wait
            return IDLE
        backing_off = self._resume_at - time.monotonic()
        if backing_off > 0:  # a submit's nudge does not cut a backoff short
            self._report()
            return backing_off
        entries = self.outbox.take(self.bulk_size)
        if not entries:
            self._report()
            return IDLE
        try:
            setback = self._upload(entries)
        finally:
            self._report()
        if setback is None:
            self._failures = 0
            return 0.0  # more may be waiting
        pause = self._pause(setback)
        if not isinstance(setback, Offline | Unauthenticated):  # those wait to be woken
            self._resume_at = time.monotonic() + pause
        return pause

    def _report(self) -> None:
        counts = self.outbox.counts()
        if counts != self._counts:
            self._counts = counts
            self.listener.outbox_changed(dict(counts))

    def _upload(self, entries: Sequence[OutboxEntry]) -> ClientError | None:
        """Send the entries; returns the error that should pause uploads, if any."""
        if len(entries) > 1 and self._bulk:
            try:
                results = self.api.submit_bulk([e.body for e in entries])
            except ClientError as exc:
                if not _no_bulk(exc):
                    self.outbox.unsent(entries, exc.message)
                    return exc
                self._bulk = False  # a server without the bulk route: one at a time
            else:
                setback = None
                for entry, result in zip(entries, results, strict=True):
                    answered = result.accepted or result.error
                    assert answered is not None
                    setback = self._record(entry, answered) or setback
                return setback
        for index, entry in enumerate(entries):
            outcome: Outcome
            try:
                outcome = self.api.submit(entry.body)
            except ClientError as exc:
                outcome = exc
            setback = self._record(entry, outcome)
            if setback is not None:
                self.outbox.unsent(entries[index + 1 :], setback.message)
                return setback
        return None

    def _record(self, entry: OutboxEntry, outcome: Outcome) -> ClientError | None:
        if isinstance(outcome, wire.Accepted):
            self._accepted(entry, outcome)
            return None
        if transient(outcome):
            self.outbox.unsent([entry], outcome.message)
            return outcome
        cascaded = self.outbox.refused(entry, outcome)
        code = outcome.code if isinstance(outcome, ApiError) else "bad_response"
        self.listener.submission_refused(entry.id, entry.item_id, code, outcome.message)
        for follower in cascaded:  # amendments of it, which can never upload now
            message, _ = refused_with(outcome.message)
            self.listener.submission_refused(follower.id, follower.item_id, code, message)
        return None

    def _accepted(self, entry: OutboxEntry, accepted: wire.Accepted) -> None:
        project = self.store.project(entry.project_id)
        skill = project.skill if project else entry.project_id
        counts = not project.training if project else True
        new_verdict = self.outbox.uploaded(entry, accepted, skill, counts)
        self.listener.submission_uploaded(entry.id, entry.item_id, accepted.status)
        if new_verdict and accepted.gold is not None:
            self.listener.gold_verdict(entry.id, entry.item_id, dict(accepted.gold))

    def _pause(self, error: ClientError) -> float:
        if isinstance(error, Offline):
            self.connectivity.lost(error)
            return IDLE  # woken when the server is back
        if isinstance(error, Unauthenticated):
            self.auth.lost(error.message)
            return IDLE  # woken by a new token
        self._failures += 1
        if isinstance(error, ApiError) and error.retry_after is not None:  # 429, 503
            return min(error.retry_after, 600.0)
        return min(self.max_backoff, self.backoff * 2 ** (self._failures - 1))


def _no_bulk(error: ClientError) -> bool:
    return isinstance(error, NotFound) or (isinstance(error, ApiError) and error.status == 405)
