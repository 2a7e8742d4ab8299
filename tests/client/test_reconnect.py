"""A task server stopped and started again on the same port: with the engine's own
policy (no test speed-ups), the answers made meanwhile are on the server within seconds
of its return, and "Retry now" says why it is still offline or what it uploaded."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from labeler.client.outbox import UPLOADED
from labeler.client.workspace import Workspace
from tests.client.conftest import LiveServer, Recorder, User, wait_for
from tests.server.scenario import build_world

pytestmark = pytest.mark.slow
#: From the server's return to every answer on it: the longest wait between probes
#: (`ProbePolicy.max_delay`, 4 s), then one upload, with room for a busy machine.
BOUND = 10.0
Opener = Callable[..., tuple[Workspace, Recorder]]


@pytest.fixture
def live(tmp_path: Path) -> Iterator[LiveServer]:
    server = LiveServer(tmp_path / "server")
    server.start()
    try:
        yield server
    finally:
        server.stop()


class Probes:
    """Counts the prober's `/health` calls that failed (wraps the workspace's API)."""

    def __init__(self, ws: Workspace) -> None:
        self.failed = 0
        health = ws.api.health

        def counted(*args: Any, **kw: Any) -> Any:
            try:
                return health(*args, **kw)
            except Exception:
                self.failed += 1
                raise

        ws.api.health = counted  # type: ignore[method-assign]


def _work_offline(live: LiveServer, ws: Workspace, rec: Recorder, project_id: str) -> list[str]:
    """One answer uploaded, the server stopped, three answers made while it is away."""
    ws.open_project(project_id, batch_size=4)
    item = wait_for(ws.next_item, what="an item")
    ids = [ws.submit(item, {"scene": "urban"}, started_at=datetime.now(UTC), active_ms=800)]
    wait_for(lambda: (s := ws.queue_status()).open_items == s.ready_items == 7, 30)
    wait_for(lambda: ws.engine.outbox.counts()[UPLOADED] == 1, 30, "the first upload")
    live.stop()
    for _ in range(3):
        item = wait_for(ws.next_item, what="a prefetched item")
        ids.append(ws.submit(item, {"scene": "rural"}, started_at=datetime.now(UTC), active_ms=900))
    wait_for(lambda: (False,) in rec.calls("connection_changed"), 30, "offline")
    return ids


def test_the_outbox_is_on_the_server_within_seconds_of_its_return(
    live: LiveServer, open_workspace: Opener
) -> None:
    world = build_world(User(live, ["lead"]).caller, real=20, gold=0)
    annotator = User(live, ["annotator"])
    # The workbench's own timings: the prober's policy, the uploader's backoff, the API's
    # retries and timeouts.
    ws, rec = open_workspace(live, annotator, engine_options={}, api_options={})
    probes = Probes(ws)
    ids = _work_offline(live, ws, rec, world.project_id)
    # Away long enough for the waits between probes to reach their longest, and stay.
    wait_for(lambda: probes.failed >= 7, 90, "seven failed probes")

    live.start()  # returns once the server answers /health
    back_at = time.monotonic()
    wait_for(lambda: ws.engine.outbox.counts()[UPLOADED] == 4, 60, "the uploads")
    took = time.monotonic() - back_at
    assert took < BOUND, f"{took:.1f} s from the server's return to all uploaded"
    assert (True,) in rec.calls("connection_changed")
    mine = annotator.caller.get("/submissions", params={"mine": "true", "limit": 50}).json()
    assert sorted(s["id"] for s in mine["submissions"]) == sorted(ids)


def test_retry_now_says_why_it_is_still_offline_then_uploads_at_once(
    live: LiveServer, open_workspace: Opener
) -> None:
    world = build_world(User(live, ["lead"]).caller, real=20, gold=0)
    annotator = User(live, ["annotator"])
    # A prober that waits a minute between probes: only "Retry now" can find the server.
    slow = {"probe_first_delay": 60.0, "probe_max_delay": 60.0}
    ws, rec = open_workspace(live, annotator, engine_options=slow, api_options={})
    ids = _work_offline(live, ws, rec, world.project_id)

    outcome = ws.retry_now()
    assert not outcome.online and outcome.was_offline
    assert outcome.reason and "refused" in outcome.reason
    assert outcome.uploaded == 0 and outcome.waiting == 3

    live.start()
    outcome = ws.retry_now()
    assert outcome.online and outcome.was_offline and outcome.reason is None
    assert (outcome.uploaded, outcome.refused, outcome.waiting) == (3, 0, 0)
    assert ws.online and rec.calls("connection_changed")[-1] == (True,)
    mine = annotator.caller.get("/submissions", params={"mine": "true", "limit": 50}).json()
    assert sorted(s["id"] for s in mine["submissions"]) == sorted(ids)

    outcome = ws.retry_now()  # online, nothing waiting
    assert outcome.online and not outcome.was_offline and outcome.uploaded == 0
