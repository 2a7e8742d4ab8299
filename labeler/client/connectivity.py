"""Whether the task server answers, and finding out when it is back.

Workers report `Offline` here; while offline, the prober calls `GET /health` (one try
each, no token) with exponential backoff — 0.5 s, 1 s, 2 s … up to 30 s — and, when it
answers, marks the server online and wakes every worker that waits for it.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Callable

from labeler.client.api import TaskServer
from labeler.client.errors import ApiError, BadResponse, Offline
from labeler.client.listener import SyncListener
from labeler.client.worker import IDLE, Worker


class Connectivity(Worker):
    """The online/offline state of one task server, and the prober thread."""

    name = "prober"

    def __init__(
        self,
        api: TaskServer,
        listener: SyncListener,
        *,
        first_delay: float = 0.5,
        max_delay: float = 30.0,
    ) -> None:
        super().__init__(listener)
        self.api = api
        self.first_delay = first_delay
        self.max_delay = max_delay
        self._online = threading.Event()
        self._online.set()  # until a call says otherwise
        self._lock = threading.Lock()
        self._delay = first_delay
        self._on_back: list[Callable[[], None]] = []
        self._announced = True

    @property
    def online(self) -> bool:
        return self._online.is_set()

    def when_back(self, callback: Callable[[], None]) -> None:
        """Call `callback` (on the prober's thread) each time the server is back."""
        self._on_back.append(callback)

    def lost(self, error: Offline | None = None) -> None:
        """A call found the server unreachable: go offline and start probing. The
        listener hears of it from the prober's thread."""
        with self._lock:
            if not self._online.is_set():
                return
            self._online.clear()
            self._delay = self.first_delay
        self.wake()

    def probe_now(self) -> None:
        """Probe at once and restart the backoff (a "try again" button)."""
        with self._lock:
            self._delay = self.first_delay
        self.wake()

    def wait_online(self, timeout: float | None = None) -> bool:
        """Block until the server is online (or the timeout passes); True when online."""
        return self._online.wait(timeout)

    def step(self) -> float:
        self._announce()
        if self._online.is_set():
            return IDLE
        try:
            self.api.health(retries=0)
        except (Offline, BadResponse, ApiError):
            # Anything but a proper health answer: a proxy page, a half-started server.
            with self._lock:
                delay = self._delay
                self._delay = min(self.max_delay, self._delay * 2)
            return delay * (0.8 + 0.4 * random.random())
        self._online.set()
        self._announce()
        for callback in self._on_back:
            callback()
        return IDLE

    def _announce(self) -> None:
        state = self._online.is_set()
        if state != self._announced:
            self._announced = state
            self.listener.connection_changed(state)


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
