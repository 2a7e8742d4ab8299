"""A background thread that does one step at a time, sleeps, and can be woken early."""

from __future__ import annotations

import logging
import threading

from labeler.client.listener import SyncListener

log = logging.getLogger(__name__)

IDLE = 60.0  # seconds a worker sleeps when it has nothing to do and nobody wakes it


class Worker:
    """Runs `step()` in a daemon thread; `step` returns the seconds until the next step.

    `wake()` makes the next step start now. An unexpected exception in a step is logged,
    reported once per message to the listener, and the worker carries on after a pause.
    """

    name = "worker"
    error_pause = 5.0
    #: Seconds a `wake(settle=True)` waits before the step: a submit wakes the uploader
    #: and the lease keeper that way, so that their work does not compete for the CPU
    #: with the window showing the next item, and a burst of submits is one upload.
    settle = 0.25

    def __init__(self, listener: SyncListener) -> None:
        self.listener = listener
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._last_problem = ""
        self._now = threading.Event()

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name=f"labeler-{self.name}")
            self._thread.daemon = True  # a hung request never keeps the app from exiting
            self._thread.start()

    def wake(self, settle: bool = False) -> None:
        """Step now; with `settle`, `settle` seconds from now (a wake without it in
        between, or stopping, ends the wait)."""
        if not settle:
            self._now.set()
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        """Ask the worker to stop and wait for its current step to end."""
        self._stopping.set()
        self._now.set()
        self._wake.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout)

    @property
    def stopping(self) -> bool:
        return self._stopping.is_set()

    def step(self) -> float:
        raise NotImplementedError

    def _run(self) -> None:
        while not self._stopping.is_set():
            self._wake.clear()
            self._now.clear()
            try:
                delay = self.step()
                self._last_problem = ""
            except Exception as exc:
                log.exception("%s failed", self.name)
                message = f"{self.name}: {exc}"
                if message != self._last_problem:
                    self._last_problem = message
                    self.listener.problem(message)
                delay = self.error_pause
            if delay > 0 and self._wake.wait(delay):
                self._now.wait(self.settle)
