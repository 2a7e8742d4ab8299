"""The sync engine against a scripted server: corrupt media, hostile answers, upload
retries with backoff under one id, a server without the bulk route, the prober."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from labeler.client.api import TaskServer
from labeler.client.connectivity import Connectivity
from labeler.client.errors import BadResponse
from labeler.client.outbox import UPLOADED, WAITING
from labeler.client.workspace import Workspace
from tests.client.conftest import FAST_API, FAST_ENGINE, Recorder, wait_for
from tests.client.fakeserver import Canned, FakeServer, Seen, fake_server

SHA = "cd" * 32
SCHEMA = {
    "version": 1,
    "title": "Sentiment",
    "media": "text",
    "fields": [{"name": "mood", "kind": "choice", "labels": [{"value": "good"}, {"value": "bad"}]}],
}
PROJECT = {"id": "p", "name": "P", "media": "text", "schema_version": 1, "lease_seconds": 600}


def batch(n: int, media: bool = False) -> dict[str, Any]:
    items: list[dict[str, Any]] = []
    for k in range(n):
        item: dict[str, Any] = {"id": f"i{k}", "text": f"text {k}", "data": {}}
        if media:
            item["media"] = {
                "sha256": SHA,
                "url": f"/api/v1/media/{SHA}",
                "mime": "audio/ogg",
                "bytes": 12,
            }
        items.append(item)
    return {
        "id": "b1",
        "project_id": "p",
        "schema_version": 1,
        "lease_expires_at": "2030-01-01T00:00:00Z",
        "items": items,
    }


def echo(seen: Seen) -> Canned:
    """A stored submission: 201 with the id that was sent."""
    return Canned(201, {"id": seen.json()["id"], "status": "accepted", "gold": None})


@pytest.fixture
def fake() -> Iterator[FakeServer]:
    with fake_server() as server:
        server.route("GET", "/api/v1/health", Canned(200, {"status": "ok", "version": "x"}))
        server.route("GET", "/api/v1/projects/p", Canned(200, PROJECT))
        server.route("GET", "/api/v1/projects/p/schema?version=1", Canned(200, SCHEMA))
        yield server


@pytest.fixture
def workspace(fake: FakeServer, tmp_path: Path) -> Iterator[tuple[Workspace, Recorder]]:
    recorder = Recorder()
    ws = Workspace.open(
        fake.url,
        "amir",
        "tok",
        listener=recorder,
        data_dir=tmp_path / "data",
        api_options=FAST_API,
        engine_options=FAST_ENGINE,
    )
    yield ws, recorder
    ws.close()


def _submit(ws: Workspace) -> str:
    item = wait_for(ws.next_item, what="an item")
    return ws.submit(item, {"mood": "good"}, started_at=datetime.now(UTC), active_ms=700)


def test_corrupt_media_is_reported_and_the_item_can_still_be_skipped(
    fake: FakeServer, workspace: tuple[Workspace, Recorder], tmp_path: Path
) -> None:
    ws, rec = workspace
    fake.route("POST", "/api/v1/projects/p/batches", Canned(201, batch(1, media=True)), Canned(204))
    fake.route("GET", f"/api/v1/media/{SHA}", Canned(200, b"twelve bytes"))  # not that hash
    fake.route("POST", "/api/v1/submissions", echo)
    ws.open_project("p", batch_size=1)

    def failed() -> Any:
        ws.engine.keeper.wake()  # the keeper asks again at once rather than in 20 s
        return rec.calls("media_failed")

    (failure,) = wait_for(failed, what="the media to fail for good")
    assert failure[:2] == (SHA, "original") and "does not match" in failure[2]
    assert len(fake.requests("GET", f"/api/v1/media/{SHA}")) == 3
    assert [p for p in (tmp_path / "data" / "media").rglob("*") if p.is_file()] == []
    item = ws.next_item()
    assert item is not None and item.display_path is None
    assert item.media_error is not None and "does not match" in item.media_error
    ws.submit(item, None, "audio would not load", started_at=datetime.now(UTC), active_ms=10)
    wait_for(lambda: ws.engine.outbox.counts()[UPLOADED] == 1)


def test_a_hostile_batch_is_reported_once_and_work_goes_on(
    fake: FakeServer, workspace: tuple[Workspace, Recorder]
) -> None:
    ws, rec = workspace
    garbled = {**batch(1), "items": [{"id": 7}]}
    fake.route("POST", "/api/v1/projects/p/batches", Canned(201, garbled))
    ws.open_project("p", batch_size=1)

    def attempts() -> bool:
        ws.engine.keeper.wake()
        return len(fake.requests("POST", "/api/v1/projects/p/batches")) >= 3

    wait_for(attempts, what="three lease attempts")
    problems = rec.calls("problem")
    assert len(problems) == 1 and "items[0].id" in problems[0][0]
    assert ws.next_item() is None and ws.online
    fake.route("POST", "/api/v1/projects/p/batches", Canned(201, batch(1)), Canned(204))
    fake.route("POST", "/api/v1/submissions", echo)
    ws.engine.keeper.wake()
    _submit(ws)
    wait_for(lambda: ws.engine.outbox.counts()[UPLOADED] == 1)


def test_hostile_answers_to_facade_calls_are_clear_errors(
    fake: FakeServer, workspace: tuple[Workspace, Recorder]
) -> None:
    ws, _ = workspace
    fake.route("GET", "/api/v1/projects", Canned(200, {"projects": {"p": 1}}))
    with pytest.raises(BadResponse, match="projects"):
        ws.projects()
    fake.route("GET", "/api/v1/submissions?mine=true&limit=50", Canned(200, b"<html>"))
    history = ws.history()  # the outbox's part still shows
    assert not history.online and history.error and "not JSON" in history.error
    fake.route("GET", "/api/v1/me", Canned(200, {"id": "u", "username": "amir", "roles": "all"}))
    with pytest.raises(BadResponse):
        ws.me()


def test_uploads_retry_with_backoff_under_one_id(
    fake: FakeServer, workspace: tuple[Workspace, Recorder]
) -> None:
    ws, rec = workspace
    fake.route("POST", "/api/v1/projects/p/batches", Canned(201, batch(3)), Canned(204))
    unavailable = Canned(503, {"error": {"code": "unavailable", "message": "Busy."}})
    garbled = Canned(201, {"id": 5})
    fake.route(
        "POST", "/api/v1/submissions", unavailable, unavailable, garbled, garbled, unavailable, echo
    )
    fake.route("POST", "/api/v1/submissions/bulk", Canned(404, {"error": {"code": "not_found"}}))
    ws.open_project("p", batch_size=3)
    first = _submit(ws)
    wait_for(lambda: len(fake.requests("POST", "/api/v1/submissions")) >= 2)
    others = [_submit(ws), _submit(ws)]
    wait_for(lambda: ws.engine.outbox.counts()[UPLOADED] == 3, what="three uploads")

    sent = fake.requests("POST", "/api/v1/submissions")
    by_id: dict[str, set[bytes]] = {}
    for seen in sent:
        by_id.setdefault(seen.json()["id"], set()).add(seen.body)
    assert set(by_id) == {first, *others}
    assert all(len(bodies) == 1 for bodies in by_id.values())  # never another body
    assert len(fake.requests("POST", "/api/v1/submissions/bulk")) == 1  # then one at a time
    # The uploader waits longer after each failed attempt (1 API retry per attempt).
    # An attempt is a burst of requests (the API's own quick retry); between attempts
    # the uploader waits 0.2 s, 0.4 s, 0.8 s …
    times = [s.at for s in sent if json.loads(s.body)["id"] == first]
    attempts = [t for k, t in enumerate(times) if k == 0 or t - times[k - 1] > 0.15]
    gaps = [b - a for a, b in zip(attempts, attempts[1:], strict=False)]
    assert len(gaps) >= 3 and gaps == sorted(gaps) and gaps[0] >= 0.15
    assert rec.calls("submission_refused") == []
    entry = ws.engine.outbox.get(first)
    assert entry is not None and entry.attempts >= 3 and entry.last_error is None


def test_a_garbled_answer_keeps_the_submission_waiting(
    fake: FakeServer, workspace: tuple[Workspace, Recorder]
) -> None:
    ws, _ = workspace
    fake.route("POST", "/api/v1/projects/p/batches", Canned(201, batch(1)), Canned(204))
    fake.route("POST", "/api/v1/submissions", Canned(201, {"id": 5}))
    ws.open_project("p", batch_size=1)
    sub_id = _submit(ws)

    def failed_twice() -> bool:
        entry = ws.engine.outbox.get(sub_id)
        return entry is not None and entry.attempts >= 2 and entry.state == WAITING

    wait_for(failed_twice)
    entry = ws.engine.outbox.get(sub_id)
    assert entry is not None and "malformed" in (entry.last_error or "")
    empty = Canned(200, {"submissions": [], "next_cursor": None})
    fake.route("GET", "/api/v1/submissions?mine=true&limit=50", empty)
    history = ws.history()
    assert history.online and [r.state for r in history.rows] == [WAITING]
    fake.route("POST", "/api/v1/submissions", echo)
    ws.engine.nudge()
    wait_for(lambda: ws.engine.outbox.counts()[UPLOADED] == 1)


def test_the_prober_backs_off_until_the_server_answers(fake: FakeServer) -> None:
    down = Canned(503, b"starting")
    fake.route("GET", "/api/v1/health", down, down, down, down, Canned(200, {"status": "ok"}))
    rec = Recorder()
    api = TaskServer(fake.url)
    connectivity = Connectivity(api, rec, first_delay=0.1, max_delay=1.0)
    back: list[bool] = []
    connectivity.when_back(lambda: back.append(True))
    connectivity.lost()  # before it starts: its first probe is not a check of its own
    connectivity.start()
    try:
        wait_for(lambda: back, what="the server to be back")
        assert rec.calls("connection_changed") == [(False,), (True,)]
        probes = [s.at for s in fake.requests("GET", "/api/v1/health")]
        gaps = [b - a for a, b in zip(probes, probes[1:], strict=False)]
        assert len(probes) == 5 and gaps == sorted(gaps) and gaps[0] >= 0.05
        assert connectivity.online
    finally:
        connectivity.stop()
        api.close()


def test_a_server_back_from_offline_gets_the_outbox_at_once_whatever_the_backoff(
    fake: FakeServer, workspace: tuple[Workspace, Recorder]
) -> None:
    ws, rec = workspace
    fake.route("POST", "/api/v1/projects/p/batches", Canned(201, batch(2)), Canned(204))
    slow_down = {"error": {"code": "rate_limited", "message": "Slow down."}}
    fake.route("POST", "/api/v1/submissions", Canned(429, slow_down, {"Retry-After": "120"}), echo)
    fake.route("POST", "/api/v1/submissions/bulk", Canned(404, {"error": {"code": "not_found"}}))
    ws.open_project("p", batch_size=2)
    sub_id = _submit(ws)
    wait_for(lambda: len(fake.requests("POST", "/api/v1/submissions")) == 1)
    # The uploader now waits the 2 minutes it was asked to; a submit does not cut it short.
    mark = ws.engine.uploader.steps_begun()
    second = _submit(ws)
    assert ws.engine.uploader.wait_idle(mark, 5)  # the submit's step ran, and sent nothing
    assert len(fake.requests("POST", "/api/v1/submissions")) == 1

    # The connection drops and the prober finds the server back: a new start.
    ws.engine.connectivity.lost()
    wait_for(lambda: (True,) in rec.calls("connection_changed"), 5, "back online")
    wait_for(lambda: ws.engine.outbox.counts()[UPLOADED] == 2, 3, "the uploads, at once")
    sent = [s.json()["id"] for s in fake.requests("POST", "/api/v1/submissions")]
    assert sent[0] == sub_id and sorted(sent[1:]) == sorted([sub_id, second])
