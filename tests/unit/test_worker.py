"""The background worker: woken now, or woken to settle first."""

from __future__ import annotations

import threading
import time

from labeler.client.listener import SyncListener
from labeler.client.worker import IDLE, Worker


class Counting(Worker):
    name = "counting"
    settle = 0.4

    def __init__(self) -> None:
        super().__init__(SyncListener())
        self.steps: list[float] = []
        self.stepped = threading.Event()

    def step(self) -> float:
        self.steps.append(time.monotonic())
        self.stepped.set()
        return IDLE


def _started() -> Counting:
    worker = Counting()
    worker.start()
    assert worker.stepped.wait(5)  # the first step runs at once
    worker.stepped.clear()
    return worker


def test_a_wake_steps_at_once() -> None:
    worker = _started()
    try:
        woken = time.monotonic()
        worker.wake()
        assert worker.stepped.wait(5)
        assert worker.steps[-1] - woken < worker.settle
    finally:
        worker.stop()


def test_a_settling_wake_waits_and_a_burst_is_one_step() -> None:
    worker = _started()
    try:
        woken = time.monotonic()
        for _ in range(5):
            worker.wake(settle=True)
        assert worker.stepped.wait(5)
        assert worker.steps[-1] - woken >= worker.settle
        time.sleep(0.2)
        assert len(worker.steps) == 2  # the first step, then one for the burst
    finally:
        worker.stop()


def test_a_wake_without_settle_keeps_now() -> None:
    worker = _started()
    try:
        # Whichever order they come in, a wake that wants "now" is not held back.
        for first, second in ((True, False), (False, True)):
            woken = time.monotonic()
            worker.wake(settle=first)
            worker.wake(settle=second)
            assert worker.stepped.wait(5)
            worker.stepped.clear()
            assert worker.steps[-1] - woken < worker.settle
    finally:
        worker.stop()


def test_stop_ends_a_settling_wait() -> None:
    worker = Counting()
    worker.settle = 30.0
    worker.start()
    assert worker.stepped.wait(5)
    worker.wake(settle=True)
    time.sleep(0.05)
    began = time.monotonic()
    worker.stop()
    assert time.monotonic() - began < 5
