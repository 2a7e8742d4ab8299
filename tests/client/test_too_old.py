"""A workbench older than its task server takes sends it nothing: no password, no upload,
no lease; what it holds stays, and offline it works on as before."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from labeler.client import versions
from labeler.client.errors import WorkbenchTooOld
from labeler.client.outbox import WAITING
from labeler.client.profiles import sign_in
from labeler.client.workspace import Workspace
from tests.client.conftest import FAST_API, FAST_ENGINE, Recorder, wait_for
from tests.client.fakeserver import Canned, FakeServer, fake_server
from tests.client.test_sync_fake import PROJECT, SCHEMA, batch

HEALTH = "/api/v1/health"
OLDER = {"status": "ok", "version": "1.5", "min_workbench_version": "1.4"}


@pytest.fixture(autouse=True)
def workbench_1_2(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(versions, "this_version", lambda: "1.2")


@pytest.fixture
def fake() -> Iterator[FakeServer]:
    with fake_server() as server:
        server.route("GET", HEALTH, Canned(200, {"status": "ok", "version": "1.3"}))
        server.route("GET", "/api/v1/projects/p", Canned(200, PROJECT))
        server.route("GET", "/api/v1/projects/p/schema?version=1", Canned(200, SCHEMA))
        server.route("POST", "/api/v1/projects/p/batches", Canned(201, batch(3)), Canned(204))
        server.route("POST", "/api/v1/submissions", Canned(503, b"down for the upgrade"))
        yield server


def _open(fake: FakeServer, tmp_path: Path, recorder: Recorder) -> Workspace:
    return Workspace.open(
        fake.url,
        "amir",
        "tok",
        listener=recorder,
        data_dir=tmp_path / "data",
        api_options=FAST_API,
        engine_options=FAST_ENGINE,
    )


def _answer_one(ws: Workspace) -> str:
    item = wait_for(ws.next_item, what="an item")
    return ws.submit(item, {"mood": "good"}, started_at=datetime.now(UTC), active_ms=700)


def test_the_password_is_not_sent_to_a_server_that_needs_a_newer_workbench(
    fake: FakeServer,
) -> None:
    fake.route("GET", HEALTH, Canned(200, {**OLDER, "workbench_download_url": "https://t/get"}))
    with pytest.raises(WorkbenchTooOld) as caught:
        sign_in(fake.url, "amir", "secret-password")
    assert (caught.value.needed, caught.value.ours) == ("1.4", "1.2")
    assert caught.value.download_url == "https://t/get"
    assert fake.requests("POST", "/api/v1/auth/token") == []


def test_answers_kept_from_before_are_not_uploaded_nor_new_items_leased(
    fake: FakeServer, tmp_path: Path
) -> None:
    recorder = Recorder()
    ws = _open(fake, tmp_path, recorder)
    try:
        ws.open_project("p", batch_size=3)
        kept = _answer_one(ws)  # the server is being upgraded: it waits in the outbox
        wait_for(lambda: fake.requests("POST", "/api/v1/submissions"), what="an upload")
    finally:
        ws.close()
    # The upgraded server takes workbenches from 1.4 on; this one is 1.2.
    fake.route("GET", HEALTH, Canned(200, OLDER))
    fake.route("POST", "/api/v1/submissions", Canned(400, {"error": {"code": "invalid_request"}}))
    uploads = len(fake.requests("POST", "/api/v1/submissions"))
    leases = len(fake.requests("POST", "/api/v1/projects/p/batches"))
    recorder = Recorder()
    ws = _open(fake, tmp_path, recorder)
    try:
        ws.open_project("p", batch_size=3)
        wait_for(lambda: recorder.calls("workbench_too_old"), what="the server's word")
        assert recorder.calls("workbench_too_old") == [("1.4", "1.2", "")]
        ws.engine.nudge()
        ws.check_connection()
        assert ws.retry_now(wait=0.5).reason == WorkbenchTooOld("1.4", "1.2").message
        assert len(fake.requests("POST", "/api/v1/submissions")) == uploads
        assert len(fake.requests("POST", "/api/v1/projects/p/batches")) == leases
        (entry,) = ws.outbox()
        assert entry.id == kept and entry.state == WAITING  # kept for the new version
        assert ws.online and recorder.calls("workbench_too_old") == [("1.4", "1.2", "")]
    finally:
        ws.close()


def test_offline_the_workbench_works_from_what_it_holds(fake: FakeServer, tmp_path: Path) -> None:
    recorder = Recorder()
    ws = _open(fake, tmp_path, recorder)
    try:
        ws.open_project("p", batch_size=3)
        wait_for(lambda: ws.queue_status().ready_items == 3, what="the batch")
    finally:
        ws.close()
    url = fake.url
    fake.stop()  # nothing answers: whether the server takes this workbench is not known
    recorder = Recorder()
    ws = Workspace.open(
        url,
        "amir",
        "tok",
        listener=recorder,
        data_dir=tmp_path / "data",
        api_options=FAST_API,
        engine_options=FAST_ENGINE,
    )
    try:
        held: Any = ws.open_held_project("p", batch_size=3)
        assert held is not None and len(held.items) == 3
        _answer_one(ws)
        wait_for(lambda: not ws.online, what="the workbench to know it is offline")
        assert [e.state for e in ws.outbox()] == [WAITING]
        assert len(ws.local_history().rows) == 1
        assert recorder.calls("workbench_too_old") == []
    finally:
        ws.close()
