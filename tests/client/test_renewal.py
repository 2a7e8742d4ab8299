"""Token renewal: the workbench renews its token before it expires, against the real server;
a request sent with the token just renewed goes again with the new one; a server without
renewal is left alone."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import requests
from sqlalchemy import update

from labeler.client import wire
from labeler.client.api import TaskServer
from labeler.client.connectivity import AuthGate, Connectivity
from labeler.client.renewal import UNSUPPORTED, TokenRenewer, renew_at
from labeler.client.workspace import Workspace
from labeler.server.db import Database
from labeler.server.models import Token
from tests.client.conftest import Caller, LiveServer, Recorder, User, wait_for
from tests.client.fakeserver import Canned, FakeServer, Seen, fake_server
from tests.client.test_sync import drained, next_item, submit
from tests.server.scenario import build_world

Opener = Callable[..., tuple[Workspace, Recorder]]
DAY = timedelta(days=1)
T0 = datetime(2026, 12, 1, tzinfo=UTC)


def test_renewal_comes_a_third_of_a_lifetime_before_either_expiry() -> None:
    fresh = wire.TokenLife(T0, None, T0 + 90 * DAY, T0 + 14 * DAY)
    assert renew_at(fresh) == T0 + 14 * DAY - 14 * DAY / 3  # unused: the idle time comes first
    used = wire.TokenLife(T0, T0 + 80 * DAY, T0 + 90 * DAY, T0 + 94 * DAY)
    assert renew_at(used) == T0 + 60 * DAY  # used daily: the maximum age comes first


def _age(server: LiveServer, token: str, age: timedelta) -> None:
    """Make a token of the live server `age` old (and just used)."""
    now = datetime.now(UTC)
    database = Database.connect(server.database)
    try:
        with database.transaction() as session:
            session.execute(
                update(Token)
                .where(Token.token_hash == hashlib.sha256(token.encode()).hexdigest())
                .values(created_at=now - age, last_used_at=now)
            )
    finally:
        database.dispose()


def _me(server: LiveServer, token: str) -> int:
    r = requests.get(f"{server.url}/me", headers={"Authorization": f"Bearer {token}"}, timeout=30)
    return r.status_code


@pytest.mark.slow
def test_a_token_near_its_maximum_age_is_renewed_and_work_goes_on(
    server: LiveServer, lead: Caller, annotator: User, open_workspace: Opener
) -> None:
    world = build_world(lead, real=4, gold=0)
    _age(server, annotator.token, 70 * DAY)  # past two thirds of 90 days
    ws, rec = open_workspace(server, annotator)
    wait_for(lambda: rec.calls("token_renewed"), what="the renewal")
    ((new,),) = rec.calls("token_renewed")
    assert new != annotator.token and ws.api.token == new
    # The new token's first use retires the old one; the new one is good for months.
    wait_for(lambda: _me(server, annotator.token) == 401, what="the old token to go")
    assert _me(server, new) == 200
    wait_for(lambda: ws.engine.renewer.next_renewal is not None, what="the new token's life")
    assert ws.engine.renewer.next_renewal > datetime.now(UTC) + 9 * DAY
    # Work goes on with the new token.
    ws.open_project(world.project_id, batch_size=2)
    sub_id = submit(ws, next_item(ws))
    wait_for(lambda: drained(ws), what="the upload")
    entry = ws.engine.outbox.get(sub_id)
    assert entry is not None and entry.state == "uploaded"
    assert not rec.calls("auth_required") and ws.engine.renewer.renewals == 1


@pytest.mark.slow
def test_a_fresh_token_is_left_as_it_is(
    server: LiveServer, annotator: User, open_workspace: Opener
) -> None:
    ws, rec = open_workspace(server, annotator)
    wait_for(lambda: ws.engine.renewer.next_renewal is not None, what="the token's life")
    assert ws.engine.renewer.next_renewal > datetime.now(UTC) + 9 * DAY
    assert ws.engine.renewer.renewals == 0 and not rec.calls("token_renewed")
    assert ws.api.token == annotator.token and _me(server, annotator.token) == 200


@pytest.fixture
def fake() -> Iterator[FakeServer]:
    with fake_server() as server:
        yield server


def test_a_request_refused_for_a_token_renewed_meanwhile_goes_again_with_the_new_one(
    fake: FakeServer,
) -> None:
    api = TaskServer(fake.url, "old-token", retries=0)

    def answer(seen: Seen) -> Canned:
        if seen.headers.get("Authorization") == "Bearer new-token":
            return Canned(200, {"projects": []})
        api.token = "new-token"  # the renewer swapped it while this request was out
        return Canned(401, {"error": {"code": "unauthenticated", "message": "Gone."}})

    fake.route("GET", "/api/v1/projects", answer)
    try:
        assert api.projects() == []
    finally:
        api.close()
    sent = [s.headers.get("Authorization") for s in fake.requests("GET", "/api/v1/projects")]
    assert sent == ["Bearer old-token", "Bearer new-token"]


def test_a_401_for_the_token_in_use_is_not_sent_again(fake: FakeServer) -> None:
    from labeler.client.errors import Unauthenticated

    fake.route(
        "GET",
        "/api/v1/projects",
        Canned(401, {"error": {"code": "unauthenticated", "message": "Expired."}}),
    )
    api = TaskServer(fake.url, "the-token", retries=0)
    try:
        with pytest.raises(Unauthenticated):
            api.projects()
    finally:
        api.close()
    assert len(fake.requests("GET", "/api/v1/projects")) == 1


def test_a_server_without_renewal_is_asked_again_a_day_later(
    fake: FakeServer, tmp_path: Path
) -> None:
    fake.route(
        "GET", "/api/v1/auth/token", Canned(404, {"error": {"code": "not_found", "message": "No."}})
    )
    api = TaskServer(fake.url, "tok", retries=0)
    listener = Recorder()
    auth = AuthGate(listener)
    connectivity = Connectivity(api, listener)  # no thread: its first check by hand
    assert connectivity.probe() is None and connectivity.usable
    renewer = TokenRenewer(api, listener, connectivity, auth)
    try:
        assert renewer.step() == UNSUPPORTED
    finally:
        api.close()
    assert not listener.events and not auth.needed and api.token == "tok"
