"""Work off the GUI thread: ONE worker for the local store, a small pool for the network,
a pool for decoding. Results come back to the GUI thread as queued signals.

A callback raising is logged and reported through `problem`, never left inside Qt's
event loop (an exception in a slot can hang it).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)

Done = Callable[[Any], object]
Failed = Callable[[BaseException], object]


class Runner(QObject):
    """Runs callables on worker threads and calls back on the GUI thread."""

    #: A failure nobody handled, as a sentence for the status line.
    problem = Signal(str)
    _finished = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pools = {
            "db": ThreadPoolExecutor(1, "labeler-db"),
            "net": ThreadPoolExecutor(4, "labeler-net"),
            "decode": ThreadPoolExecutor(2, "labeler-decode"),
        }
        self._closed = False
        self._finished.connect(self._deliver)

    def db(
        self,
        fn: Callable[..., Any],
        *args: Any,
        done: Done | None = None,
        failed: Failed | None = None,
    ) -> Future[Any]:
        """Run on the one local-store worker (calls run in order)."""
        return self._run("db", fn, args, done, failed)

    def net(
        self,
        fn: Callable[..., Any],
        *args: Any,
        done: Done | None = None,
        failed: Failed | None = None,
    ) -> Future[Any]:
        """Run on the network pool."""
        return self._run("net", fn, args, done, failed)

    def decode(
        self,
        fn: Callable[..., Any],
        *args: Any,
        done: Done | None = None,
        failed: Failed | None = None,
    ) -> Future[Any]:
        """Run on the decoding pool."""
        return self._run("decode", fn, args, done, failed)

    def shutdown(self, wait: bool = True) -> None:
        """Stop taking work; with `wait`, let what is queued finish (the store's writes)."""
        self._closed = True
        for pool in self._pools.values():
            pool.shutdown(wait=wait, cancel_futures=not wait)

    def _run(
        self,
        pool: str,
        fn: Callable[..., Any],
        args: tuple[Any, ...],
        done: Done | None,
        failed: Failed | None,
    ) -> Future[Any]:
        if self._closed:  # late signals while the window closes: nothing more runs
            dropped: Future[Any] = Future()
            dropped.cancel()
            return dropped
        future = self._pools[pool].submit(fn, *args)

        def finished(f: Future[Any]) -> None:
            if self._closed or f.cancelled():
                return
            self._finished.emit((f, done, failed))

        future.add_done_callback(finished)
        return future

    @Slot(object)
    def _deliver(self, packet: tuple[Future[Any], Done | None, Failed | None]) -> None:
        future, done, failed = packet
        error = future.exception()
        try:
            if error is None:
                if done is not None:
                    done(future.result())
            elif failed is not None:
                failed(error)
            else:
                log.error("background work failed", exc_info=error)
                self.problem.emit(str(error) or type(error).__name__)
        except Exception as exc:  # a broken callback must not hang the event loop
            log.exception("a callback failed")
            self.problem.emit(f"Something went wrong: {exc}")
