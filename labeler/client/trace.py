"""Timing events for benchmarks and bug reports: `LABELER_TRACE=FILE`.

Each event is one JSON line with its name, a wall-clock `t` (Unix seconds) and its own
fields, flushed as it is written so a crash loses nothing before it:

    {"event": "startup", "ms": 812.4, "t": 1767225600.123}
    {"event": "item_shown", "item_id": "i-7", "latency_ms": 41.0, "t": 1767225601.5}

Tracing is a side channel: a failing write turns it off with one logged warning and
never raises into the workbench. With the variable unset, `open_trace` returns a
`Trace` that does nothing, so callers need no `if`.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import IO, Any

log = logging.getLogger(__name__)

ENV_VAR = "LABELER_TRACE"


class Trace:
    """Writes timing events as JSON lines; a closed or disabled trace does nothing.

    Thread-safe: the GUI thread and the sync workers write to the same trace.
    """

    def __init__(self, stream: IO[str] | None = None, clock: Callable[[], float] = time.time):
        self._stream = stream
        self._clock = clock
        self._lock = threading.Lock()

    @property
    def enabled(self) -> bool:
        """Whether events are still being written."""
        return self._stream is not None

    def event(self, name: str, **fields: Any) -> None:
        """Write one event. Values JSON cannot hold are written as strings."""
        if self._stream is None:
            return
        record = {"event": name, **fields, "t": round(self._clock(), 3)}
        try:
            line = json.dumps(record, ensure_ascii=False, default=str)
        except (TypeError, ValueError) as exc:  # a caller's bug; drop the event, not the app
            log.warning("trace: event %r not written: %s", name, exc)
            return
        with self._lock:
            stream = self._stream
            if stream is None:
                return
            try:
                stream.write(line + "\n")
                stream.flush()
            except (OSError, ValueError) as exc:
                # ValueError: the file was closed under us.
                self._stream = None
                log.warning("trace: writing failed, tracing is off: %s", exc)
                _close_quietly(stream)

    def startup(self, ms: float) -> None:
        """The workbench is ready for input, `ms` after the process started."""
        self.event("startup", ms=_ms(ms))

    def launch(self, phase: str, launched: float) -> None:
        """A step of the start on the way to the first item (`imported`, `window`,
        `workspace`, `project`), `launched` being `time.perf_counter()` at the start."""
        self.event("launch", phase=phase, ms=_ms((time.perf_counter() - launched) * 1000))

    def item_shown(self, item_id: str, latency_ms: float, **fields: Any) -> None:
        """An item's content is on screen (its picture, its text, its first waveform),
        `latency_ms` after the previous one was submitted (or after it was asked for)."""
        self.event("item_shown", item_id=item_id, latency_ms=_ms(latency_ms), **fields)

    def placeholder_shown(self, item_id: str, latency_ms: float) -> None:
        """An item's placeholder painted while its media was still being decoded or
        fetched, `latency_ms` after the switch began; `item_shown` follows with the media."""
        self.event("placeholder_shown", item_id=item_id, latency_ms=_ms(latency_ms))

    def submitted(self, item_id: str, submission_id: str, **fields: Any) -> None:
        """A submission is stored locally (fsync'd) and queued in the outbox."""
        self.event("submitted", item_id=item_id, submission_id=submission_id, **fields)

    def amended(self, item_id: str, submission_id: str, **fields: Any) -> None:
        """A correction of an earlier answer is stored locally (fsync'd)."""
        self.event("amended", item_id=item_id, submission_id=submission_id, **fields)

    def uploaded(self, submission_id: str, **fields: Any) -> None:
        """The task server accepted a submission from the outbox."""
        self.event("uploaded", submission_id=submission_id, **fields)

    def gold_feedback(self, item_id: str, passed: bool, **fields: Any) -> None:
        """A verdict on a gold item was shown to the annotator."""
        self.event("gold_feedback", item_id=item_id, passed=passed, **fields)

    def close(self) -> None:
        """Stop tracing and close the file."""
        with self._lock:
            stream, self._stream = self._stream, None
        if stream is not None:
            _close_quietly(stream)


def open_trace(environ: Mapping[str, str] | None = None) -> Trace:
    """The trace `LABELER_TRACE` names (appended to), or a no-op trace when unset or
    when the file cannot be opened (then with one logged warning)."""
    env = os.environ if environ is None else environ
    target = env.get(ENV_VAR)
    if not target:
        return Trace()
    try:
        path = Path(target)
        if path.parent != Path():
            path.parent.mkdir(parents=True, exist_ok=True)
        # Line-buffered: a line reaches the OS as soon as it is written.
        stream = open(path, "a", buffering=1, encoding="utf-8")
    except OSError as exc:
        log.warning("trace: cannot open %s, tracing is off: %s", target, exc)
        return Trace()
    return Trace(stream)


def _ms(value: float) -> float:
    return round(float(value), 1)


def _close_quietly(stream: IO[str]) -> None:
    try:
        stream.close()
    except (OSError, ValueError):
        pass
