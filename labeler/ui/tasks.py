"""Work off the GUI thread: ONE worker for the local store's writes, one for its reads, a
small pool for the network, one pool for all decoding, and a thread of its own for each
call into a plugin (`limited`). Results come back to the GUI thread as queued signals.

Reads have a worker of their own so that a durable submit never waits behind a slow read
(the queue's items, the tally): each read first waits for the writes queued before it, so
it sees them, and a write queued after it does not wait for it.

A callback raising is logged and reported through `problem`, never left inside Qt's
event loop (an exception in a slot can hang it).
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal, Slot

log = logging.getLogger(__name__)

#: Decoding threads: one per core. The GUI thread is idle while the annotator waits for
#: a picture, and batch scheduling (`yield_to_gui`) lets it go first when it is not.
DECODE_WORKERS = max(1, os.cpu_count() or 1)
#: `decode_pool` priorities: the item on screen first, then what is prepared ahead.
SHOWN, AHEAD = 1, 0
_decode_pool: QThreadPool | None = None
_batch = threading.local()


def decode_pool() -> QThreadPool:
    """The one pool every decode runs on (pictures, audio peaks, items prepared ahead,
    previews): `DECODE_WORKERS` threads, each giving way to the GUI thread."""
    global _decode_pool
    if _decode_pool is None:
        _decode_pool = QThreadPool()
        _decode_pool.setMaxThreadCount(DECODE_WORKERS)
    return _decode_pool


def yield_to_gui() -> None:
    """Mark the calling worker thread as batch work once (Linux: SCHED_BATCH; elsewhere
    nothing): the scheduler lets the GUI thread, which wakes for input and paints, go
    first, while the decode keeps its full share of the CPU against other processes (a
    lower nice value would starve it behind a busy neighbour on one core)."""
    if getattr(_batch, "done", False):
        return
    _batch.done = True
    try:
        os.sched_setscheduler(threading.get_native_id(), os.SCHED_BATCH, os.sched_param(0))
    except (AttributeError, OSError):  # no such policy here: run as is
        pass


def on_decode_pool(job: Callable[[], Any], priority: int = AHEAD) -> None:
    """Run `job` on `decode_pool`, at its lowered priority."""

    def run() -> None:
        yield_to_gui()
        job()

    decode_pool().start(run, priority)


def _after(before: Future[Any] | None, fn: Callable[..., Any], args: tuple[Any, ...]) -> Any:
    """A job that runs `fn(*args)` once `before` (queued on another worker) is done."""

    def job() -> Any:
        if before is not None:
            wait([before])
        return fn(*args)

    return job


Done = Callable[[Any], object]
Failed = Callable[[BaseException], object]
Late = Callable[[], object]


class Runner(QObject):
    """Runs callables on worker threads and calls back on the GUI thread."""

    #: A failure nobody handled, as a sentence for the status line.
    problem = Signal(str)
    _finished = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pools = {
            "db": ThreadPoolExecutor(1, "labeler-db"),
            "read": ThreadPoolExecutor(1, "labeler-read"),
            "net": ThreadPoolExecutor(4, "labeler-net"),
        }
        # The newest job queued on each store worker: what a read, or an exclusive
        # write, waits for first (each worker runs its jobs in order).
        self._last: dict[str, Future[Any] | None] = {"db": None, "read": None}
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
        future = self._run("db", fn, args, done, failed)
        self._last["db"] = future
        return future

    def read(
        self,
        fn: Callable[..., Any],
        *args: Any,
        done: Done | None = None,
        failed: Failed | None = None,
    ) -> Future[Any]:
        """Run a read of the local store on its own worker, once the writes queued before
        it are done (it sees them); writes queued after it do not wait for it."""
        future = self._run("read", _after(self._last["db"], fn, args), (), done, failed)
        self._last["read"] = future
        return future

    def db_after_reads(
        self,
        fn: Callable[..., Any],
        *args: Any,
        done: Done | None = None,
        failed: Failed | None = None,
    ) -> Future[Any]:
        """Like `db`, once the reads queued before it are done too (closing the store)."""
        return self.db(_after(self._last["read"], fn, args), done=done, failed=failed)

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
        priority: int = AHEAD,
    ) -> Future[Any]:
        """Run on the decoding pool (`decode_pool`); `priority` SHOWN goes before AHEAD."""
        return self._run("decode", fn, args, done, failed, priority)

    def limited(
        self,
        fn: Callable[..., Any],
        *args: Any,
        seconds: float,
        done: Done | None = None,
        failed: Failed | None = None,
        late: Late | None = None,
    ) -> Future[Any]:
        """Run `fn` (a plugin's code) on a thread of its own, within a time limit: past
        `seconds` without an answer, `late()` is called instead of `done` or `failed`, and
        what comes after is dropped. A Python thread cannot be stopped, so one that hangs
        is left to finish on its own: a daemon, holding no pool's worker and never
        holding up the exit."""
        if self._closed:
            dropped: Future[Any] = Future()
            dropped.cancel()
            return dropped
        future: Future[Any] = Future()
        answered = [False]  # on the GUI thread: the answer, or the time limit, came first
        timer = QTimer(self)
        timer.setSingleShot(True)

        def first(then: Callable[..., object] | None) -> Callable[..., None]:
            def call(*result: Any) -> None:
                if answered[0]:
                    return
                answered[0] = True
                timer.stop()
                timer.deleteLater()
                if then is not None:
                    then(*result)

            return call

        timer.timeout.connect(first(late))
        timer.start(max(0, round(seconds * 1000)))

        def job() -> None:
            if not future.set_running_or_notify_cancel():
                return
            try:
                future.set_result(fn(*args))
            except BaseException as exc:
                future.set_exception(exc)

        def finished(f: Future[Any]) -> None:
            if self._closed:
                return
            try:
                self._finished.emit((f, first(done), first(failed or self._unhandled)))
            except RuntimeError:  # the window went while the plugin worked: nobody to tell
                log.debug("a plugin's answer came after its window closed")

        future.add_done_callback(finished)
        threading.Thread(target=job, name="labeler-plugin", daemon=True).start()
        return future

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
        priority: int = AHEAD,
    ) -> Future[Any]:
        if self._closed:  # late signals while the window closes: nothing more runs
            dropped: Future[Any] = Future()
            dropped.cancel()
            return dropped
        if pool == "decode":
            future: Future[Any] = Future()

            def job() -> None:
                if not future.set_running_or_notify_cancel():
                    return
                try:
                    future.set_result(fn(*args))
                except BaseException as exc:
                    future.set_exception(exc)

            on_decode_pool(job, priority)
        else:
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
                self._unhandled(error)
        except Exception as exc:  # a broken callback must not hang the event loop
            log.exception("a callback failed")
            self.problem.emit(self.tr("Something went wrong: {error}").format(error=_said(exc)))

    def _unhandled(self, error: BaseException) -> None:
        log.error("background work failed", exc_info=error)
        self.problem.emit(_said(error))


def _said(error: BaseException) -> str:
    """An error in the interface's language (imported here: the runner starts before the
    rest of the interface, and imports none of it)."""
    from labeler.ui.messages import error_text

    return error_text(error)
