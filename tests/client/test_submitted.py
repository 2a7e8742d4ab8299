"""What the history draws for one submission: from the local store for what this computer
submitted (at once, offline too), from `GET /submissions/{id}` for the rest; the media of
the item through the media cache."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from labeler.client.errors import BadResponse, NotFound
from labeler.client.submitted import LOCAL, SERVER, parse_own_submission
from labeler.client.workitem import WorkItem
from labeler.client.workspace import Workspace
from tests.client.conftest import Caller, LiveServer, Recorder, User, wait_for
from tests.server.scenario import build_world

pytestmark = pytest.mark.slow
Opener = Callable[..., tuple[Workspace, Recorder]]
ANSWER = {"scene": "urban", "objects": [{"label": "car", "x": 5, "y": 6, "w": 20, "h": 10}]}


def submit(ws: Workspace, item: WorkItem, answer: Any, **kw: Any) -> str:
    return ws.submit(item, answer, started_at=datetime.now(UTC), active_ms=1500, **kw)


def uploaded(ws: Workspace) -> bool:
    counts = ws.engine.outbox.counts()
    return counts["waiting"] + counts["uploading"] == 0


def test_this_computers_submissions_come_from_the_local_store(
    server: LiveServer, lead: Caller, annotator: User, open_workspace: Opener
) -> None:
    world = build_world(lead, real=3, gold=0)
    ws, _ = open_workspace(server, annotator)
    ws.open_project(world.project_id, batch_size=3)
    first: WorkItem = wait_for(ws.next_item, 15, "an item")
    answered = submit(ws, first, ANSWER)
    second: WorkItem = wait_for(
        lambda: next((i for i in ws.open_items() if i.id != first.id), None), 15, "another item"
    )
    skipped = submit(ws, second, None, skip_reason="Too dark to tell.")
    mine = ws.local_submission(answered)
    assert mine is not None and mine.source == LOCAL
    assert mine.answer == ANSWER and not mine.skipped
    assert mine.item.id == first.id and mine.item.media == first.media
    assert mine.schema.field("objects").kind == "boxes" and mine.schema_version == 1
    skip = ws.local_submission(skipped)
    assert skip is not None and skip.skipped and skip.skip_reason == "Too dark to tell."
    # The same, whatever the server says: it is not asked.
    assert ws.submission(answered) == mine
    assert ws.local_submission("00000000-0000-4000-8000-000000000000") is None


def test_another_computers_submissions_come_from_the_task_server(
    server: LiveServer, lead: Caller, annotator: User, open_workspace: Opener, tmp_path: Path
) -> None:
    world = build_world(lead, real=2, gold=1, gold_ratio_new=0.5)
    here, _ = open_workspace(server, annotator, data_dir=tmp_path / "here")
    here.open_project(world.project_id, batch_size=3)
    wait_for(lambda: here.queue_status().ready_items == 3, 15, "the batch")
    ids = {item.id: submit(here, item, ANSWER) for item in here.open_items()}
    wait_for(lambda: uploaded(here), 15, "the uploads")
    gold_item = world.gold_ids[0]

    there, rec = open_workspace(server, annotator, data_dir=tmp_path / "there")
    assert there.local_submission(ids[gold_item]) is None
    got = there.submission(ids[gold_item])
    assert got.source == SERVER and got.answer == ANSWER
    assert got.item.id == gold_item and got.item.media is not None
    assert got.item.media.sha256 == world.media_sha and got.item.training is None
    assert got.schema.field("scene").kind == "choice" and got.schema_version == 1

    # Its picture comes through the media cache: asked for, then ready.
    first = there.shown_media(got.item.media, world.project_id)
    assert first.path is None and first.error is None
    ready = wait_for(lambda: rec.calls("media_ready"), 15, "the picture")
    assert ready[0][0] == world.media_sha and ready[0][1] == "display"
    again = there.shown_media(got.item.media, world.project_id)
    assert again.path == ready[0][2] and again.path.is_file()

    with pytest.raises(NotFound):
        there.submission("00000000-0000-4000-8000-000000000000")


def test_another_users_submission_is_not_found(
    server: LiveServer, lead: Caller, annotator: User, open_workspace: Opener, tmp_path: Path
) -> None:
    world = build_world(lead, real=1, gold=0)
    ws, _ = open_workspace(server, annotator, data_dir=tmp_path / "a")
    ws.open_project(world.project_id, batch_size=1)
    sub = submit(ws, wait_for(ws.next_item, 15, "an item"), ANSWER)
    wait_for(lambda: uploaded(ws), 15, "the upload")
    other, _ = open_workspace(server, User(server, ["annotator"]), data_dir=tmp_path / "b")
    with pytest.raises(NotFound):
        other.submission(sub)


ENTRY = {
    "id": "s1",
    "item_id": "i1",
    "project_id": "p",
    "status": "accepted",
    "review": None,
    "reward": {"amount": "0.10", "currency": "USD"},
    "gold": None,
    "submitted_at": "2026-03-01T09:00:00Z",
    "active_ms": 1200,
}


@pytest.mark.parametrize(
    ("change", "said"),
    [
        ({"item": {"id": "i2", "data": {}}}, "item is another item"),
        ({"schema_version": "1"}, "schema_version must be an integer"),
        ({"answer": ["a"]}, "answer"),
        ({"item": {"id": "i1", "data": {}, "media": {"sha256": "../x"}}}, "item.media.sha256"),
    ],
)
def test_answers_off_the_protocol_are_bad_responses(change: dict[str, Any], said: str) -> None:
    body = {**ENTRY, "answer": {}, "skip_reason": None, "schema_version": 1}
    body["item"] = {"id": "i1", "data": {}}
    assert parse_own_submission(body).item.id == "i1"
    with pytest.raises(BadResponse, match=f"malformed submission: {re.escape(said)}"):
        parse_own_submission({**body, **change})
