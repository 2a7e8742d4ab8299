"""The task-server client against the real server (`labeler serve` on loopback)."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from labeler.client import wire
from labeler.client.api import TaskServer
from labeler.client.errors import (
    Conflict,
    Forbidden,
    InvalidAnswer,
    InvalidRequest,
    ItemComplete,
    NotFound,
    Unauthenticated,
)
from labeler.client.jsonread import iso
from tests.client.conftest import PASSWORD, Caller, LiveServer, User
from tests.server.scenario import GOLD_ANSWER, IMAGE_SCHEMA, build_world, now

pytestmark = pytest.mark.slow
ANSWER = {"scene": "urban", "objects": []}


@pytest.fixture
def api(server: LiveServer, annotator: User) -> Iterator[TaskServer]:
    client = TaskServer(server.url, annotator.token)
    yield client
    client.close()


def body_for(batch: wire.Batch, item_id: str, answer: Any = ANSWER, **extra: Any) -> dict[str, Any]:
    body = {
        "id": str(uuid.uuid4()),
        "batch_id": batch.id,
        "item_id": item_id,
        "schema_version": batch.schema_version,
        "answer": answer,
        "started_at": now(),
        "submitted_at": now(),
        "active_ms": 1500,
    }
    return {**body, **extra}


def test_sign_in_me_and_sign_out(server: LiveServer, annotator: User) -> None:
    api = TaskServer(server.url)
    with pytest.raises(Unauthenticated, match="Wrong username or password"):
        api.sign_in(annotator.username, "wrong-password")
    signed = api.sign_in(annotator.username, PASSWORD)
    assert signed.user.username == annotator.username and signed.user.roles == ("annotator",)
    me = api.me()
    assert me.user.id == signed.user.id and me.skills == {}
    assert set(me.earnings) == {"currency", "pending", "approved", "rejected"}
    assert me.earned == ()  # nothing earned yet, in any currency
    api.sign_out()
    assert api.token is None
    api.token = signed.token
    with pytest.raises(Unauthenticated):
        api.me()
    api.close()


def test_health_needs_no_token(server: LiveServer) -> None:
    api = TaskServer(server.url)
    health = api.health()
    assert health.status == "ok" and health.version
    api.close()


def test_projects_schema_and_versions(lead: Caller, api: TaskServer) -> None:
    world = build_world(lead, real=2, gold=1, reward={"amount": "0.05", "currency": "USD"})
    project = next(p for p in api.projects() if p.id == world.project_id)
    assert project.media == "image" and project.eligible and project.reward.currency == "USD"
    assert str(project.reward.amount) == "0.05"
    assert api.project(world.project_id) == project
    first = api.schema(world.project_id)
    assert first.version == 1 and first.schema.field("scene").kind == "choice"
    changed = {**IMAGE_SCHEMA, "title": "Street scenes, v2"}
    assert lead.put(f"/projects/{world.project_id}/schema", json=changed).status_code == 200
    assert api.schema(world.project_id).schema.title == "Street scenes, v2"
    assert api.schema(world.project_id, 1).schema.title == IMAGE_SCHEMA["title"]
    with pytest.raises(NotFound):
        api.schema(world.project_id, 7)
    with pytest.raises(NotFound):
        api.project("no-such-project")


def test_lease_heartbeat_release(lead: Caller, api: TaskServer) -> None:
    world = build_world(lead, real=3, gold=0)
    batch = api.lease(world.project_id, 3)
    assert batch is not None and len(batch.items) == 3
    assert {i.id for i in batch.items} == set(world.real_ids)
    assert all(i.batch_id == batch.id and i.media for i in batch.items)
    assert api.lease(world.project_id, 3) is None  # everything is leased to us
    expires = api.heartbeat(batch.id)
    assert expires >= batch.lease_expires_at
    api.release(batch.id)
    api.release(batch.id)  # idempotent
    with pytest.raises(Conflict):
        api.heartbeat(batch.id)
    again = api.lease(world.project_id, 3)
    assert again is not None and len(again.items) == 3


def test_submit_replay_conflict_bulk_history(lead: Caller, api: TaskServer) -> None:
    world = build_world(lead, real=5, gold=0, review_rate=0.0)
    batch = api.lease(world.project_id, 5)
    assert batch is not None
    ids = [i.id for i in batch.items]
    body = body_for(batch, ids[0])
    first = api.submit(body)
    assert (first.status_code, first.status, first.gold) == (201, "accepted", None)
    replay = api.submit(body)
    assert replay.status_code == 200 and replay.id == first.id
    with pytest.raises(Conflict):
        api.submit({**body, "active_ms": 99})
    with pytest.raises(Conflict):  # the same item again under a new id
        api.submit(body_for(batch, ids[0]))
    with pytest.raises(InvalidAnswer) as caught:
        api.submit(body_for(batch, ids[1], {"scene": "space"}))
    assert caught.value.problems[0]["path"] == "answer.scene"
    with pytest.raises(InvalidRequest):
        api.submit(body_for(batch, ids[1], None))  # a skip without a reason

    bodies = [body_for(batch, item_id) for item_id in ids[1:]]
    results = api.submit_bulk(bodies + [body])
    assert [r.status_code for r in results] == [201, 201, 201, 201, 200]
    assert all(r.accepted and r.error is None for r in results)

    page = api.history(limit=2)
    seen = [e.id for e in page.entries]
    while page.next_cursor:
        page = api.history(limit=2, cursor=page.next_cursor)
        seen += [e.id for e in page.entries]
    assert set(seen) == {b["id"] for b in bodies} | {body["id"]}
    assert len(seen) == 5


def test_forbidden_item_and_locked_project(lead: Caller, api: TaskServer) -> None:
    world = build_world(lead, real=1, gold=0)
    batch = api.lease(world.project_id, 1)
    assert batch is not None
    with pytest.raises(Forbidden):
        api.submit(body_for(batch, str(uuid.uuid4())))
    private = build_world(
        lead, real=1, gold=0, requirement={"skill": "x", "min_accuracy": 0.9, "min_gold": 5}
    )
    with pytest.raises(Forbidden) as caught:
        api.lease(private.project_id, 1)
    assert caught.value.locked_reason and "90%" in caught.value.locked_reason


def test_a_late_answer_to_a_full_item_is_item_complete(
    server: LiveServer, lead: Caller, api: TaskServer
) -> None:
    world = build_world(lead, real=1, gold=0)
    batch = api.lease(world.project_id, 1)
    assert batch is not None
    api.release(batch.id)
    other = TaskServer(server.url, User(server, ["annotator"]).token)
    theirs = other.lease(world.project_id, 1)
    assert theirs is not None
    other.submit(body_for(theirs, world.real_ids[0]))
    other.close()
    with pytest.raises(ItemComplete):
        api.submit(body_for(batch, world.real_ids[0]))


def test_gold_verdict_and_contest(lead: Caller, api: TaskServer) -> None:
    world = build_world(lead, real=2, gold=1, training=True)
    batch = api.lease(world.project_id, 3)
    assert batch is not None
    gold = next(i for i in batch.items if i.id == world.gold_ids[0])
    assert gold.training is not None and gold.training.answer == GOLD_ANSWER
    assert all(i.training is None for i in batch.items if i is not gold)
    accepted = api.submit(body_for(batch, world.gold_ids[0]))
    assert accepted.gold is not None and accepted.gold["passed"] is False
    assert accepted.gold["expected"] == GOLD_ANSWER
    contest = api.contest(accepted.id, "The car is a tractor.")
    assert contest["submission_id"] == accepted.id
    with pytest.raises(Conflict):
        api.contest(accepted.id, "Again.")


def test_media_downloads_verified(lead: Caller, api: TaskServer, tmp_path: Path) -> None:
    world = build_world(lead, real=1, gold=0)
    batch = api.lease(world.project_id, 1)
    assert batch is not None
    media = batch.items[0].media
    assert media is not None and media.display_url is not None
    path = api.download(media.url, tmp_path / media.sha256, sha256=media.sha256, size=media.bytes)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == media.sha256 == world.media_sha
    display = api.download(media.display_url, tmp_path / "display", size=media.display_bytes)
    assert display.stat().st_size == media.display_bytes
    with pytest.raises(NotFound):
        api.download(f"/api/v1/media/{'0' * 64}", tmp_path / "nothing")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([media.sha256, "display"])


def test_timestamps_round_trip() -> None:
    from datetime import UTC, datetime

    moment = datetime(2026, 3, 1, 12, 30, tzinfo=UTC)
    assert iso(moment) == "2026-03-01T12:30:00Z"
