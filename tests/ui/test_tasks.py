"""The runner's store workers: writes in order on one worker, reads on another that see
the writes queued before them and never hold up a write queued after them."""

from __future__ import annotations

import threading

from labeler.ui.tasks import Runner


def test_a_read_sees_the_writes_queued_before_it(qtbot):
    runner = Runner()
    written: list[int] = []
    release = threading.Event()

    def write() -> None:
        release.wait(5)
        written.append(1)

    runner.db(write)
    seen = runner.read(lambda: list(written))
    release.set()
    assert seen.result(timeout=5) == [1]
    runner.shutdown()


def test_a_write_does_not_wait_for_a_slow_read_queued_before_it(qtbot):
    # A durable submit must not sit behind a read of every open item.
    runner = Runner()
    reading = threading.Event()
    release = threading.Event()

    def slow_read() -> str:
        reading.set()
        release.wait(5)
        return "read"

    read = runner.read(slow_read)
    assert reading.wait(5)
    written = runner.db(lambda: "written")
    assert written.result(timeout=5) == "written"
    assert not read.done()
    release.set()
    assert read.result(timeout=5) == "read"
    runner.shutdown()


def test_closing_the_store_waits_for_the_reads_queued_before_it(qtbot):
    runner = Runner()
    order: list[str] = []
    release = threading.Event()

    def slow_read() -> None:
        release.wait(5)
        order.append("read")

    runner.read(slow_read)
    closed = runner.db_after_reads(lambda: order.append("closed"))
    release.set()
    closed.result(timeout=5)
    assert order == ["read", "closed"]
    runner.shutdown()


def test_results_come_back_on_the_gui_thread(qtbot):
    runner = Runner()
    got: list[tuple[str, bool]] = []
    gui = threading.current_thread()
    runner.read(lambda: "r", done=lambda v: got.append((v, threading.current_thread() is gui)))
    runner.db(lambda: "w", done=lambda v: got.append((v, threading.current_thread() is gui)))
    qtbot.waitUntil(lambda: len(got) == 2, timeout=5000)
    assert sorted(got) == [("r", True), ("w", True)]
    runner.shutdown()
