"""Work is never lost: a workbench killed with SIGKILL at any moment resumes its outbox
and the server ends with each answer exactly once; a server that goes away and comes
back on the same port gets every answer made meanwhile."""

from __future__ import annotations

import os
import queue
import random
import signal
import subprocess
import sys
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from labeler.client.outbox import UPLOADED
from labeler.client.workspace import Workspace
from tests.client.conftest import Caller, LiveServer, Recorder, User, wait_for
from tests.server.scenario import build_world

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]
Opener = Callable[..., tuple[Workspace, Recorder]]


def server_history(caller: Caller) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = []
    cursor = None
    while True:
        params = {"mine": "true", "limit": 200, **({"cursor": cursor} if cursor else {})}
        page = caller.get("/submissions", params=params).json()
        entries += page["submissions"]
        cursor = page["next_cursor"]
        if not cursor:
            return entries


class Child:
    """The submitter in its own process; its stdout lines arrive on a queue."""

    def __init__(self, *args: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.client.submitter", *args],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line.strip())

    def next_line(self, timeout: float = 30.0) -> str:
        try:
            return self.lines.get(timeout=timeout)
        except queue.Empty:
            err = (
                self.proc.stderr.read() if self.proc.poll() is not None and self.proc.stderr else ""
            )
            raise AssertionError(f"the submitter said nothing for {timeout} s: {err}") from None

    def kill(self) -> list[str]:
        """SIGKILL; returns the ids it reported that were not read yet."""
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=30)
        self.reader.join(timeout=30)  # the pipe ends with the process
        for pipe in (self.proc.stdout, self.proc.stderr):
            if pipe is not None:
                pipe.close()
        rest = []
        while not self.lines.empty():
            line = self.lines.get()
            if line.startswith("submitted "):
                rest.append(line.split()[1])
        return rest


def test_kill_9_loses_nothing_and_sends_nothing_twice(
    server: LiveServer, lead: Caller, annotator: User, tmp_path: Path, open_workspace: Opener
) -> None:
    world = build_world(lead, real=80, gold=4, review_rate=0.0)
    data_dir = tmp_path / "data"
    args = (server.url, annotator.username, annotator.token, str(data_dir), world.project_id)
    reported: list[str] = []
    rng = random.Random(1234)
    for _ in range(4):
        child = Child(*args)
        assert child.next_line() == "ready"
        for _ in range(rng.randint(3, 8)):
            line = child.next_line()
            assert line.startswith("submitted "), line
            reported.append(line.split()[1])
        # Somewhere in the middle of submitting, uploading, leasing or downloading.
        threading.Event().wait(rng.random() * 0.05)
        reported += child.kill()

    # The next start resumes the outbox: entries caught mid-upload go again, same id.
    ws, rec = open_workspace(server, annotator, data_dir=data_dir)
    wait_for(
        lambda: (c := ws.engine.outbox.counts())["waiting"] + c["uploading"] == 0,
        30,
        "the outbox to drain",
    )
    entries = ws.outbox()
    assert {e.state for e in entries} == {UPLOADED}
    local_ids = {e.id for e in entries}
    assert set(reported) <= local_ids  # every submit that returned is kept
    assert len({e.item_id for e in entries}) == len(entries)

    history = server_history(annotator.caller)
    server_ids = [h["id"] for h in history]
    assert sorted(server_ids) == sorted(local_ids)  # each answer exactly once, none lost
    assert len({h["item_id"] for h in history}) == len(history)
    assert rec.calls("submission_refused") == []
    assert len(reported) >= 12


def test_kill_9_while_correcting_keeps_each_final_answer_once(
    server: LiveServer, lead: Caller, annotator: User, tmp_path: Path, open_workspace: Opener
) -> None:
    """Corrections before and after upload, killed anywhere: the server ends with one final
    answer per item, the corrected one wherever a correction returned, and every replaced
    answer in the trail only."""
    world = build_world(lead, real=80, gold=0, review_rate=0.0)
    data_dir = tmp_path / "data"
    args = (server.url, annotator.username, annotator.token, str(data_dir), world.project_id)
    corrected: set[str] = set()
    rng = random.Random(4321)
    for _ in range(4):
        child = Child(*args, "correct")
        assert child.next_line() == "ready"
        for _ in range(rng.randint(4, 10)):
            line = child.next_line()
            if line.startswith("amended "):
                corrected.add(line.split()[2])
        threading.Event().wait(rng.random() * 0.05)
        child.kill()

    ws, rec = open_workspace(server, annotator, data_dir=data_dir)
    wait_for(
        lambda: (c := ws.engine.outbox.counts())["waiting"] + c["uploading"] == 0,
        30,
        "the outbox to drain",
    )
    entries = ws.outbox()
    assert {e.state for e in entries} == {UPLOADED}
    # Amendments of answers an upload was attempted for happened (the child waits for
    # those); answers rewritten before upload happen when the child wins the race with
    # the uploader, which drains without a pause while submits keep coming.
    assert any(e.amends for e in entries)
    heads = {e.id for e in entries if e.amended_by is None}
    replaced = {e.id for e in entries if e.amended_by is not None}
    final = server_history(annotator.caller)
    assert sorted(h["id"] for h in final) == sorted(heads)  # each exactly once
    assert len({h["item_id"] for h in final}) == len(final)  # one final answer per item
    trail = annotator.caller.get("/submissions", params={"mine": "true", "status": "amended"})
    assert {h["id"] for h in trail.json()["submissions"]} == replaced
    answers = {
        h["item_id"]: lead.get(f"/items/{h['item_id']}").json()["submissions"][0]["answer"]
        for h in final
    }
    assert corrected and corrected <= set(answers)
    assert all(answers[item]["scene"] == "rural" for item in corrected)
    assert rec.calls("submission_refused") == []


def test_work_goes_on_while_the_server_is_down(tmp_path: Path, open_workspace: Opener) -> None:
    live = LiveServer(tmp_path / "server")
    live.start()
    try:
        lead = User(live, ["lead"]).caller
        annotator = User(live, ["annotator"])
        world = build_world(lead, real=20, gold=0)
        ws, rec = open_workspace(live, annotator)
        ws.open_project(world.project_id, batch_size=4)
        item = wait_for(ws.next_item, what="an item")
        online_id = ws.submit(item, {"scene": "urban"}, started_at=datetime.now(UTC), active_ms=800)
        # One batch ahead: the next batch comes, with its media, before the server goes.
        wait_for(lambda: (s := ws.queue_status()).open_items == s.ready_items == 7)
        wait_for(lambda: ws.engine.outbox.counts()[UPLOADED] == 1)

        live.stop()
        offline_ids = []
        for _ in range(7):
            item = wait_for(ws.next_item, what="a prefetched item")
            offline_ids.append(
                ws.submit(item, {"scene": "rural"}, started_at=datetime.now(UTC), active_ms=900)
            )
        wait_for(lambda: (False,) in rec.calls("connection_changed"), what="offline")
        assert not ws.online and ws.next_item() is None
        assert ws.fetch_original(item) is None  # a zoom while offline: fetched when back
        figures = ws.tally()
        assert figures.uploads_waiting == 7 and not figures.online
        history = ws.history()
        assert not history.online and history.error is None
        # (One may still read `uploading` while its attempt finds the server gone.)
        assert {r.state for r in history.rows[:7]} <= {"waiting", "uploading"}
        assert {r.submission_id for r in history.rows} == {online_id, *offline_ids}
        assert world.project_id in {p.id for p in ws.projects()}  # from the cache

        live.start()  # the same port
        wait_for(lambda: (True,) in rec.calls("connection_changed"), 30, "back online")
        wait_for(lambda: ws.engine.outbox.counts()[UPLOADED] == 8, 30, "the uploads")
        wait_for(lambda: [c for c in rec.calls("media_ready") if c[1] == "original"])
        assert ws.fetch_original(item) is not None
        ids = [h["id"] for h in server_history(annotator.caller)]
        assert sorted(ids) == sorted([online_id, *offline_ids])
        # Prefetching picks up again too.
        wait_for(lambda: ws.queue_status().open_items >= 4, 30, "the next batch")
    finally:
        live.stop()
