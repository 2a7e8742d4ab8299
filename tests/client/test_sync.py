"""The sync engine and the workspace against the real server: prefetching, media,
uploads, gold verdicts, refusals that stay visible, 401, heartbeats, release."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest

from labeler.client.api import TaskServer
from labeler.client.errors import AlreadySubmitted
from labeler.client.outbox import REFUSED, UPLOADED
from labeler.client.workitem import WorkItem
from labeler.client.workspace import Workspace
from labeler.core.problems import AnswerInvalid
from tests.client.conftest import (
    FAST_ENGINE,
    PASSWORD,
    Caller,
    LiveServer,
    Recorder,
    User,
    wait_for,
)
from tests.client.test_store import a_body
from tests.server.scenario import GOLD_ANSWER, build_world

pytestmark = pytest.mark.slow
ANSWER = {"scene": "urban", "objects": []}
Opener = Callable[..., tuple[Workspace, Recorder]]


def submit(ws: Workspace, item: WorkItem, answer: Any = ANSWER, **kw: Any) -> str:
    return ws.submit(item, answer, started_at=datetime.now(UTC), active_ms=1500, **kw)


def next_item(ws: Workspace) -> WorkItem:
    item: WorkItem = wait_for(ws.next_item, 15, "an item to show")
    return item


def drained(ws: Workspace) -> bool:
    counts = ws.engine.outbox.counts()
    return counts["waiting"] + counts["uploading"] == 0


def test_prefetch_keeps_one_batch_ahead(
    server: LiveServer, lead: Caller, annotator: User, open_workspace: Opener
) -> None:
    world = build_world(lead, real=12, gold=0)
    ws, rec = open_workspace(server, annotator)
    opened = ws.open_project(world.project_id, batch_size=3)
    assert opened.schema.field("scene").kind == "choice" and opened.schema_version == 1
    wait_for(lambda: ws.queue_status().open_items == 3, what="the first batch")
    assert len(ws.engine.work.live_batches(world.project_id)) == 1
    assert rec.calls("items_changed")[0] == (world.project_id, 3)
    submit(ws, next_item(ws))
    # Two open: below one batch, so another batch is leased at once.
    wait_for(lambda: ws.queue_status().open_items == 5, what="the next batch")
    assert len(ws.engine.work.live_batches(world.project_id)) == 2
    wait_for(lambda: drained(ws))
    # Items come in lease order and each is shown until answered.
    order = [i.id for i in ws.open_items()]
    assert next_item(ws).id == order[0]


def test_display_media_first_original_on_request(
    server: LiveServer, lead: Caller, annotator: User, open_workspace: Opener
) -> None:
    world = build_world(lead, real=2, gold=0)
    ws, rec = open_workspace(server, annotator)
    ws.open_project(world.project_id, batch_size=2)
    item = next_item(ws)
    assert item.media is not None and item.display_path is not None
    assert item.display_path.name.endswith(".display")
    assert item.display_path.stat().st_size == item.media.display_bytes
    assert item.media_path is None  # the original waits for a zoom past 100 %
    assert any(c[1] == "display" for c in rec.calls("media_ready"))
    assert not any(c[1] == "original" for c in rec.calls("media_progress"))

    assert ws.fetch_original(item) is None
    wait_for(lambda: any(c[1] == "original" for c in rec.calls("media_ready")))
    path = ws.fetch_original(item)
    assert path is not None and hashlib.sha256(path.read_bytes()).hexdigest() == world.media_sha
    shown = next_item(ws)
    assert shown.media_path == path
    progress = [c for c in rec.calls("media_progress") if c[1] == "original"]
    assert progress[-1][2] == progress[-1][3] == item.media.bytes


def test_uploads_bring_gold_verdicts_and_the_tally(
    server: LiveServer, lead: Caller, annotator: User, open_workspace: Opener
) -> None:
    world = build_world(lead, real=4, gold=2, reward={"amount": "0.05", "currency": "USD"})
    ws, rec = open_workspace(server, annotator)
    ws.open_project(world.project_id, batch_size=6)
    wait_for(lambda: ws.queue_status().ready_items == 6, what="six items with media")
    ids = [submit(ws, next_item(ws)) for _ in range(6)]
    wait_for(lambda: len(rec.calls("submission_uploaded")) == 6, what="six uploads")
    verdicts = rec.calls("gold_verdict")
    assert {v[1] for v in verdicts} == set(world.gold_ids)
    assert all(v[2]["passed"] is False and v[2]["expected"] == GOLD_ANSWER for v in verdicts)
    assert {c[0] for c in rec.calls("submission_uploaded")} == set(ids)
    # The counts are reported after the step's last upload callback, not before it.
    wait_for(lambda: rec.calls("outbox_changed")[-1][0]["uploaded"] == 6, what="the counts")

    figures = ws.tally()
    assert figures.items_session == 6 and figures.uploads_waiting == 0
    skill = figures.skills[world.project_id]
    assert skill.accuracy == 0.0 and skill.gold_answered == 2
    earned = figures.earnings_today[0]
    # The two missed control items are rejected and earn nothing; the four real answers
    # wait for review or are accepted.
    assert earned.currency == "USD" and earned.accepted + earned.pending == Decimal("0.20")
    statuses = {e.id: e.status for e in ws.outbox()}
    gold_ids = {v[0] for v in verdicts}
    assert {statuses[i] for i in gold_ids} == {"rejected"}
    me = ws.me()
    assert me is not None and me.skills[world.project_id].gold_answered == 2
    assert ws.tally().skills[world.project_id].gold_answered == 2  # not counted twice

    history = ws.history()
    assert history.online and {r.submission_id for r in history.rows} >= set(ids)


def test_submit_checks_the_answer_and_stores_once(
    server: LiveServer, lead: Caller, annotator: User, open_workspace: Opener
) -> None:
    world = build_world(lead, real=3, gold=0)
    ws, _ = open_workspace(server, annotator)
    ws.open_project(world.project_id, batch_size=3)
    item = next_item(ws)
    with pytest.raises(AnswerInvalid):
        submit(ws, item, {"scene": "moon"})
    outside = {"label": "car", "x": 100, "y": 1, "w": 90, "h": 5}  # the image is 120 × 80
    with pytest.raises(AnswerInvalid):
        submit(ws, item, {"scene": "urban", "objects": [outside]})
    with pytest.raises(ValueError):
        ws.submit(item, None, "  ", started_at=datetime.now(UTC), active_ms=1)
    assert ws.outbox() == []
    ws.save_draft(item.id, {"scene": "rural"})
    assert ws.draft(item.id) == {"scene": "rural"}
    first = submit(ws, item)
    assert ws.draft(item.id) is None
    with pytest.raises(AlreadySubmitted) as caught:
        submit(ws, item)
    assert caught.value.submission_id == first
    skipped = submit(ws, next_item(ws), None, skip_reason="too blurry")
    wait_for(lambda: drained(ws))
    entry = ws.engine.outbox.get(skipped)
    assert entry is not None and entry.state == UPLOADED and entry.skipped
    assert entry.body["skip_reason"] == "too blurry" and entry.body["answer"] is None


def test_a_late_answer_to_a_full_item_is_refused_and_stays_visible(
    server: LiveServer, lead: Caller, annotator: User, open_workspace: Opener
) -> None:
    world = build_world(lead, real=1, gold=0)
    ws, rec = open_workspace(server, annotator)
    ws.open_project(world.project_id, batch_size=1)
    item = next_item(ws)
    # The lease is lost (released elsewhere), another annotator answers first.
    TaskServer(server.url, annotator.token).release(item.batch_id)
    other = TaskServer(server.url, User(server, ["annotator"]).token)
    batch = other.lease(world.project_id, 1)
    assert batch is not None
    other.submit(a_body(item.id, batch.id, ANSWER))
    other.close()

    sub_id = submit(ws, item)
    refused = wait_for(lambda: rec.calls("submission_refused"), what="the refusal")
    assert refused[0][:3] == (sub_id, item.id, "item_complete")
    entry = ws.engine.outbox.get(sub_id)
    assert entry is not None and entry.state == REFUSED and entry.status_code == 409
    row = ws.history().rows[0]
    assert (row.submission_id, row.state) == (sub_id, "refused")
    assert row.reason == "This item has all the answers it needs."
    assert ws.tally().refused == 1
    assert [e.id for e in ws.outbox((REFUSED,))] == [sub_id]


def test_an_invalid_answer_is_refused_with_the_servers_reason(
    server: LiveServer, lead: Caller, annotator: User, open_workspace: Opener
) -> None:
    world = build_world(lead, real=1, gold=0)
    ws, rec = open_workspace(server, annotator)
    ws.open_project(world.project_id, batch_size=1)
    item = next_item(ws)
    # Past the workbench's own check (as an older workbench, or another schema, might be).
    body = a_body(item.id, item.batch_id, {"scene": "moon"})
    project = ws.store.project(world.project_id)
    assert project is not None
    ws.engine.outbox.add(body, world.project_id, project.reward)
    ws.engine.nudge()
    refused = wait_for(lambda: rec.calls("submission_refused"), what="the refusal")
    assert refused[0][2] == "invalid_answer"
    entry = ws.engine.outbox.get(body["id"])
    assert entry is not None and entry.state == REFUSED
    assert entry.response is not None
    assert entry.response["error"]["details"]["errors"][0]["path"] == "answer.scene"
    row = ws.history().rows[0]
    assert row.state == "refused" and row.reason == "The answer does not fit the schema."


def test_a_revoked_token_pauses_uploads_until_signed_in_again(
    server: LiveServer, lead: Caller, annotator: User, open_workspace: Opener
) -> None:
    world = build_world(lead, real=2, gold=0)
    ws, rec = open_workspace(server, annotator)
    ws.open_project(world.project_id, batch_size=2)
    item = next_item(ws)
    assert annotator.caller.delete("/auth/token").status_code == 204
    sub_id = submit(ws, item)
    wait_for(lambda: rec.calls("auth_required"), what="the sign-in request")
    assert ws.auth_needed and ws.tally().auth_needed
    # Any worker's 401 may ask for the sign-in first: the upload under way then ends in
    # its own 401 and goes back to waiting.

    def waiting() -> bool:
        entry = ws.engine.outbox.get(sub_id)
        return entry is not None and entry.state == "waiting" and entry.attempts >= 1

    wait_for(waiting, what="the answer back in the outbox")
    token = ws.sign_in_again(PASSWORD)
    assert token != annotator.token and not ws.auth_needed
    wait_for(lambda: drained(ws), what="the upload after signing in")
    assert len(rec.calls("auth_required")) == 1
    entry = ws.engine.outbox.get(sub_id)
    assert entry is not None and entry.state == UPLOADED


def test_heartbeats_extend_live_batches(
    server: LiveServer, lead: Caller, annotator: User, open_workspace: Opener
) -> None:
    world = build_world(lead, real=2, gold=0)
    ws, _ = open_workspace(server, annotator)
    ws.open_project(world.project_id, batch_size=2)
    next_item(ws)
    (batch,) = ws.engine.work.live_batches(world.project_id)
    with ws.store.write() as conn:  # as if the last heartbeat were long ago
        conn.execute(
            "UPDATE batches SET heartbeat_at = 0, lease_expires_at = 0 WHERE id = ?", (batch.id,)
        )
    ws.engine.nudge()

    def beaten() -> bool:
        (now,) = ws.engine.work.live_batches(world.project_id)
        return bool(now.heartbeat_at) and now.lease_expires_at > batch.leased_at

    wait_for(beaten, what="a heartbeat")


def test_release_gives_the_items_back(
    server: LiveServer, lead: Caller, annotator: User, open_workspace: Opener
) -> None:
    world = build_world(lead, real=3, gold=0)
    ws, _ = open_workspace(server, annotator)
    ws.open_project(world.project_id, batch_size=3)
    wait_for(lambda: ws.queue_status().open_items == 3)
    ws.close_project()
    assert ws.release_project(world.project_id) == 3
    assert ws.open_items() == [] and ws.next_item() is None
    other = TaskServer(server.url, User(server, ["annotator"]).token)
    batch = other.lease(world.project_id, 3)
    assert batch is not None and len(batch.items) == 3
    other.close()


def test_locked_and_exhausted_projects_are_reported(
    server: LiveServer, lead: Caller, annotator: User, open_workspace: Opener
) -> None:
    private = build_world(
        lead, real=1, gold=0, requirement={"skill": "x", "min_accuracy": 0.9, "min_gold": 5}
    )
    ws, rec = open_workspace(server, annotator)
    listed = {p.id: p for p in ws.projects()}
    assert listed[private.project_id].eligible is False
    ws.open_project(private.project_id, batch_size=2)
    (locked,) = wait_for(lambda: rec.calls("project_locked"), what="the lock")
    assert locked[0] == private.project_id and "90%" in locked[1]
    assert ws.queue_status().locked and ws.next_item() is None

    empty = build_world(lead, real=1, gold=0)
    TaskServer(server.url, User(server, ["annotator"]).token).lease(empty.project_id, 1)
    ws.open_project(empty.project_id, batch_size=2)
    wait_for(lambda: rec.calls("no_more_work"), what="no work")
    status = ws.queue_status()
    assert status.no_more_work and status.open_items == 0


def test_no_work_left_holds_until_a_batch_comes(
    server: LiveServer, lead: Caller, annotator: User, open_workspace: Opener
) -> None:
    """The server's "no item left" stands while it is asked again and says the same,
    whatever else happens meanwhile (a picture's original arriving), and is told once;
    a batch that comes later ends it, and the next "no item left" is told again."""
    world = build_world(lead, real=1, gold=0)
    engine = {**FAST_ENGINE, "no_work_retry": 0.1}
    ws, rec = open_workspace(server, annotator, engine_options=engine)
    leases: list[int] = []
    lease = ws.api.lease
    ws.api.lease = lambda *a, **kw: (leases.append(1), lease(*a, **kw))[1]  # type: ignore[method-assign]
    ws.open_project(world.project_id, batch_size=2)
    item = next_item(ws)
    wait_for(lambda: rec.calls("no_more_work"), what="no work")
    assert ws.no_more_work() and ws.queue_status().no_more_work
    submit(ws, item)
    assert ws.fetch_original(item) is None
    wait_for(lambda: any(c[1] == "original" for c in rec.calls("media_ready")), what="the original")
    asked = len(leases)
    wait_for(lambda: len(leases) > asked + 1, what="the server asked again")
    assert ws.no_more_work() and len(rec.calls("no_more_work")) == 1

    more = {"items": [{"media": world.media_sha}]}
    r = lead.post(f"/projects/{world.project_id}/items", json=more)
    assert r.status_code == 201, r.text
    wait_for(lambda: ws.open_items(), what="the new item")
    # Asked again at once (one item is less than a batch): no more after it, said anew.
    wait_for(lambda: len(rec.calls("no_more_work")) == 2, what="no more work again")
    assert ws.no_more_work() and len(ws.open_items()) == 1


def test_projects_and_schema_open_from_the_cache_offline(
    server: LiveServer, lead: Caller, annotator: User, open_workspace: Opener, tmp_path: Any
) -> None:
    world = build_world(lead, real=1, gold=0)
    ws, _ = open_workspace(server, annotator)
    assert world.project_id in {p.id for p in ws.projects()}
    ws.open_project(world.project_id, batch_size=1)
    ws.close()
    from labeler.client.profiles import known_profiles

    (profile,) = known_profiles(tmp_path / "data")
    assert profile.username == annotator.username and profile.server_url == server.url
    offline = Workspace.open(
        "http://127.0.0.1:9/api/v1",  # nothing listens on port 9
        annotator.username,
        annotator.token,
        data_dir=tmp_path / "other",
        api_options={"retries": 0},
    )
    try:
        assert offline.projects() == []
        wait_for(lambda: not offline.online, what="offline")
    finally:
        offline.close()


def test_a_draft_outlives_a_heartbeat_and_a_release_and_comes_back_with_its_item(
    server: LiveServer, lead: Caller, annotator: User, open_workspace: Opener
) -> None:
    world = build_world(lead, real=2, gold=0)
    ws, _ = open_workspace(server, annotator)
    ws.open_project(world.project_id, batch_size=2)
    wait_for(lambda: ws.queue_status().open_items == 2)
    item = next_item(ws)
    ws.save_draft(item.id, {"scene": "rural"})
    (batch,) = ws.engine.work.live_batches(world.project_id)
    with ws.store.write() as conn:  # a heartbeat is due: the lease is renewed
        conn.execute("UPDATE batches SET heartbeat_at = 0 WHERE id = ?", (batch.id,))
    ws.engine.nudge()
    wait_for(lambda: ws.engine.work.live_batches(world.project_id)[0].heartbeat_at)
    assert ws.open_project(world.project_id, batch_size=2).drafts == {item.id: {"scene": "rural"}}

    # Given back and leased again (a new batch, the same item): the draft is still its own.
    ws.close_project()
    assert ws.release_project(world.project_id) == 2
    again = ws.open_project(world.project_id, batch_size=2)
    wait_for(lambda: ws.queue_status().open_items == 2, what="the items leased again")
    (renewed,) = ws.engine.work.live_batches(world.project_id)
    assert renewed.id != batch.id
    assert ws.drafts(ws.open_items()) == {item.id: {"scene": "rural"}}
    assert again.schema_version == 1


def test_a_project_held_here_opens_from_the_store_without_asking_the_server(
    server: LiveServer, lead: Caller, annotator: User, open_workspace: Opener
) -> None:
    world = build_world(lead, real=6, gold=0)
    ws, _ = open_workspace(server, annotator)
    assert ws.open_held_project(world.project_id) is None  # nothing held: ask the server
    first = ws.open_project(world.project_id, batch_size=3)
    wait_for(lambda: ws.queue_status().open_items == 3, what="the first batch")
    ws.close_project()

    def no_network(*_args: Any) -> Any:
        raise AssertionError("the server was asked")

    asked_project, asked_schema = ws.api.project, ws.api.schema
    ws.api.project = no_network  # type: ignore[method-assign]
    ws.api.schema = no_network  # type: ignore[method-assign]
    held = ws.open_held_project(world.project_id, batch_size=3)
    assert held is not None
    assert held.project.id == world.project_id and held.schema_version == first.schema_version
    assert held.schema.field("scene").kind == "choice"
    assert [i.id for i in held.items] == [i.id for i in ws.open_items()] and len(held.items) == 3
    assert ws.engine.keeper.current is not None  # work is kept ahead again

    ws.api.project, ws.api.schema = asked_project, asked_schema
    assert ws.refresh_project(world.project_id).id == world.project_id
