"""Active time on the current item: the clock annotators see and submissions carry.

Time counts while the item is shown, the window has focus and the annotator did
something in the last `idle_seconds`. Reading an item without touching a key still
counts up to that limit; past it the clock stops at "last input + idle_seconds" and
starts again at the next input. Losing focus stops it at once: the workbench reports a
modal dialog over the window (a contest, a skip's reason) as lost focus, and starts the
clock of an item when its media is on screen, not while it is decoded.

The clock is fed events rather than polling Qt, so it is Qt-free and tests drive it
with plain numbers. Every method takes `now` (seconds, monotonic); leave it out to
read the injected clock.
"""

from __future__ import annotations

import time
from collections.abc import Callable


class ActiveClock:
    """Counts the active milliseconds spent on one item at a time."""

    def __init__(
        self, idle_seconds: float = 30.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        #: Seconds without input after which time stops counting (0: never stops).
        self.idle_seconds = idle_seconds
        self._clock = clock
        self._focused = True
        self._running = False
        self._banked = 0.0  # seconds counted in closed stretches
        self._since: float | None = None  # start of the open stretch, if counting
        self._last_input = 0.0
        self._latest = float("-inf")  # latest `now` seen; time never runs backwards

    @property
    def running(self) -> bool:
        """An item is shown (between `start` and `stop`)."""
        return self._running

    @property
    def focused(self) -> bool:
        """The window has focus, as last reported."""
        return self._focused

    def start(self, now: float | None = None, already_ms: int = 0) -> None:
        """A new item is shown: begin again from zero, or from `already_ms` spent on it
        before (a draft brought back after a quit keeps its time)."""
        now = self._now(now)
        self._banked = max(0, already_ms) / 1000
        self.resume(now)

    def resume(self, now: float | None = None) -> None:
        """Count on from what was counted (the submit that stopped the clock failed)."""
        now = self._now(now)
        self._running = True
        self._last_input = now
        self._since = now if self._focused else None

    def stop(self, now: float | None = None) -> int:
        """The item is submitted or skipped: freeze the count and return it (ms)."""
        now = self._now(now)
        self._close(now)
        self._running = False
        return self._ms(self._banked)

    def activity(self, now: float | None = None) -> None:
        """The annotator pressed a key, moved or clicked the mouse, scrolled."""
        now = self._now(now)
        if not self._running or not self._focused:
            return
        if self._since is not None and self._idle_after(now):
            self._close(now)  # the stretch ended while idle; a new one starts here
        if self._since is None:
            self._since = now
        self._last_input = now

    def focus(self, focused: bool, now: float | None = None) -> None:
        """The window gained or lost focus. Gaining it counts as input."""
        now = self._now(now)
        if focused == self._focused:
            if focused:
                self.activity(now)
            return
        self._focused = focused
        if not focused:
            self._close(now)
        elif self._running:
            self._since = now
            self._last_input = now

    def active_ms(self, now: float | None = None) -> int:
        """Active milliseconds on the current (or last stopped) item so far."""
        now = self._now(now)
        return self._ms(self._banked + self._open_seconds(now))

    def paused(self, now: float | None = None) -> bool:
        """Whether time is not counting right now (idle, unfocused or stopped)."""
        now = self._now(now)
        return self._since is None or self._idle_after(now)

    def _now(self, now: float | None) -> float:
        now = self._clock() if now is None else float(now)
        # A clock that jumps back must not make time negative.
        self._latest = max(self._latest, now)
        return self._latest

    def _idle_after(self, now: float) -> bool:
        return self.idle_seconds > 0 and now - self._last_input > self.idle_seconds

    def _open_seconds(self, now: float) -> float:
        if self._since is None:
            return 0.0
        end = now
        if self.idle_seconds > 0:
            end = min(end, self._last_input + self.idle_seconds)
        return max(0.0, end - self._since)

    def _close(self, now: float) -> None:
        self._banked += self._open_seconds(now)
        self._since = None

    @staticmethod
    def _ms(seconds: float) -> int:
        return int(round(seconds * 1000))
