"""Whether the task server answers, and finding out when it is back.

Workers report `Offline` here; while offline, the prober calls `GET /health` (one try
each, no token) and, when it answers, marks the server online and wakes every worker
that waits for it. How long it waits between probes is `ProbePolicy`:

- unreachable (refused, timed out, no route; a proxy's 502 or 504 for a server behind
  it): 0.5 s, 1 s, 2 s, then every 4 s, each cut short by up to a quarter at random, so
  a server that comes back is noticed within 4 s, and workbenches that lost it together
  do not probe in step. Nothing answers those probes, so they load no server;
- answering but unwell (429, 503, other 5xx, not a health answer): the `Retry-After` it
  sent, when it sent one (within 0.5 s … 5 min), else 0.5 s doubling up to 30 s. A
  server under load is not hammered.

`probe()` asks at once on the caller's thread ("Retry now") and says why not.

Every health answer also says which workbenches the server takes (`labeler.client.versions`).
The workers call the server only once one has said this workbench is new enough
(`usable`): the prober asks as soon as the engine starts, so the outbox of an earlier run
waits one round trip rather than reach a server whose protocol this workbench does not
speak. One that is too old is told once (`SyncListener.workbench_too_old`) and never calls
again; offline, nothing is known and nothing changes until the server answers.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Callable
from dataclasses import dataclass

from labeler.client import versions, wire
from labeler.client.api import TaskServer
from labeler.client.errors import (
    ApiError,
    BadResponse,
    ClientError,
    Offline,
    ServerError,
    WorkbenchTooOld,
)
from labeler.client.listener import SyncListener
from labeler.client.worker import IDLE, Worker


def unreachable(error: ClientError) -> bool:
    """Whether nothing of the task server answered: no connection, or a proxy in front
    of it saying so (502, 504). Any other answer comes from a server that is there."""
    if isinstance(error, Offline):
        return True
    return isinstance(error, ServerError) and error.status in (502, 504)


@dataclass(frozen=True)
class ProbePolicy:
    """The seconds between probes while the server is offline (see the module)."""

    first_delay: float = 0.5
    #: The longest wait while nothing answers: a server that is back is seen this soon.
    max_delay: float = 4.0
    #: The longest wait while a server answers unwell without a `Retry-After`.
    busy_max_delay: float = 30.0
    #: A longer `Retry-After` is cut to this ("Retry now" is always there).
    max_retry_after: float = 300.0
    #: Each wait is cut short by up to this fraction, at random.
    jitter: float = 0.25

    def delay(self, failures: int, error: ClientError, rand: float) -> float:
        """Seconds before the next probe, after `failures` failed probes in a row (1
        after the first) the last of which failed with `error`; `rand` is in [0, 1)."""
        after = error.retry_after if isinstance(error, ApiError) else None
        if after is not None:  # the server said when: no sooner, a little later at random
            wait = min(self.max_retry_after, max(self.first_delay, after))
            return wait * (1.0 + self.jitter * rand)
        cap = self.max_delay if unreachable(error) else self.busy_max_delay
        base = min(cap, self.first_delay * 2.0 ** min(max(failures, 1) - 1, 32))
        return base * (1.0 - self.jitter * rand)


class Connectivity(Worker):
    """The online/offline state of one task server, and the prober thread."""

    name = "prober"

    def __init__(
        self,
        api: TaskServer,
        listener: SyncListener,
        *,
        first_delay: float = 0.5,
        max_delay: float = 4.0,
        busy_max_delay: float = 30.0,
        rand: Callable[[], float] | None = None,
    ) -> None:
        super().__init__(listener)
        self.api = api
        self.policy = ProbePolicy(first_delay, max_delay, max(busy_max_delay, max_delay))
        self._rand = rand
        self._online = threading.Event()
        self._online.set()  # until a call says otherwise
        self._lock = threading.Lock()
        self._failures = 0
        self._on_back: list[Callable[[], None]] = []
        self._announced = True
        #: A health answer said the server takes this workbench (cleared when one says not).
        self._checked = threading.Event()
        #: Set once the server said this workbench is too old: nothing is sent any more.
        self.too_old: WorkbenchTooOld | None = None

    @property
    def online(self) -> bool:
        return self._online.is_set()

    @property
    def usable(self) -> bool:
        """Whether the workers may call the server: it answers, and it takes this
        workbench (see the module)."""
        return self._online.is_set() and self._checked.is_set()

    def when_back(self, callback: Callable[[], None]) -> None:
        """Call `callback` each time the server is back (on the prober's thread, or on
        the thread of the `probe()` that found it)."""
        self._on_back.append(callback)

    def lost(self, error: Offline | None = None) -> None:
        """A call found the server unreachable: go offline and start probing. The
        listener hears of it from the prober's thread."""
        with self._lock:
            if not self._online.is_set():
                return
            self._online.clear()
            self._failures = 0
        self.wake()

    def probe_now(self) -> None:
        """Probe at once on the prober's thread and restart the backoff."""
        with self._lock:
            self._failures = 0
        self.wake()

    def probe(self) -> ClientError | None:
        """Ask `/health` now, on the calling thread (a "Retry now"). None when the server
        answered: it is online, and whatever waited for it is woken before this returns.
        Else the error (unreachable: the server is offline from now on); the prober
        keeps its own schedule."""
        try:
            health = self.api.health(retries=0)
        except (Offline, BadResponse, ApiError) as exc:
            if unreachable(exc):
                self.lost()
            elif _no_health(exc):
                self._back(None)
                return None
            return exc
        return self._back(health)

    def wait_online(self, timeout: float | None = None) -> bool:
        """Block until the server is online (or the timeout passes); True when online."""
        return self._online.wait(timeout)

    def step(self) -> float:
        self._announce()
        if self.too_old is not None or (self._online.is_set() and self._checked.is_set()):
            return IDLE
        try:
            health = self.api.health(retries=0)
        except (Offline, BadResponse, ApiError) as exc:
            if _no_health(exc):  # a server without /health: nothing to check, nor to probe
                self._back(None)
                return IDLE
            # Anything but a proper health answer: a proxy page, a half-started server.
            with self._lock:
                if unreachable(exc):
                    self._online.clear()
                self._failures += 1
                failures = self._failures
            self._announce()
            return self.policy.delay(failures, exc, (self._rand or random.random)())
        self._back(health)
        return IDLE

    def _back(self, health: wire.Health | None) -> WorkbenchTooOld | None:
        """The server answered (`health`, or None from one without /health): it is online,
        and when it takes this workbench whatever waited for it is woken."""
        try:
            if health is not None:
                versions.check(health)
        except WorkbenchTooOld as exc:
            self._refuse(exc)
            return exc
        with self._lock:
            was_usable = self._online.is_set() and self._checked.is_set()
            self._online.set()
            self._checked.set()
        if was_usable:
            return None
        self._announce()
        for callback in self._on_back:
            callback()
        return None

    def _refuse(self, too_old: WorkbenchTooOld) -> None:
        """The server takes only newer workbenches: the workers stop calling it, and the
        listener hears of it once."""
        with self._lock:
            self._checked.clear()
            self._online.set()  # it answers: this is no connection problem
            told, self.too_old = self.too_old is not None, too_old
        self._announce()
        if not told:
            self.listener.workbench_too_old(
                too_old.needed, too_old.ours, too_old.download_url or ""
            )

    def _announce(self) -> None:
        with self._lock:
            state = self._online.is_set()
            if state == self._announced:
                return
            self._announced = state
        self.listener.connection_changed(state)


def _no_health(error: ClientError) -> bool:
    """A server that has no `/health` (404, 405): another server's, through a connector."""
    return isinstance(error, ApiError) and error.status in (404, 405)


class AuthGate:
    """Whether the server accepts the token; a 401 closes the gate until a new token."""

    def __init__(self, listener: SyncListener) -> None:
        self.listener = listener
        self._needed = threading.Event()
        self._on_restored: list[Callable[[], None]] = []

    @property
    def needed(self) -> bool:
        return self._needed.is_set()

    def when_restored(self, callback: Callable[[], None]) -> None:
        """Call `callback` (on the caller of `restored`) when a new token arrives."""
        self._on_restored.append(callback)

    def lost(self, message: str) -> None:
        """A 401: stop calling the server, ask for a sign-in (once). The listener hears
        of it on the calling thread (a worker, or the thread of a Workspace call)."""
        if self._needed.is_set():
            return
        self._needed.set()
        self.listener.auth_required(message)

    def restored(self) -> None:
        """A new token: calls may go out again."""
        self._needed.clear()
        for callback in self._on_restored:
            callback()
