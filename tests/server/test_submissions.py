"""Submissions: validation, ownership, idempotency, late answers, gold verdicts, bulk."""

from __future__ import annotations

import asyncio
import json
import uuid
from typing import Any

import pytest
from sqlalchemy import select

from labeler.server.models import Item, Submission
from labeler.server.services import intake, submitting
from tests.server.factories import (
    BAD,
    GOLD_ANSWER,
    GOLD_HINT,
    GOOD,
    IMAGE_SCHEMA,
    REAL_ANSWER,
    expire_leases,
    lease,
    make_media,
    make_project,
    submission,
)


def _stored(database: Any, sub_id: str) -> Submission | None:
    with database.transaction(write=False) as session:
        return session.get(Submission, sub_id)


def _done(database: Any, item_id: str) -> int:
    with database.transaction(write=False) as session:
        return session.execute(select(Item.done_count).where(Item.id == item_id)).scalar_one()


def test_a_real_answer_is_stored_pending_or_accepted_by_review_rate(
    database: Any, annotator: Any
) -> None:
    world = make_project(database, real=2, review_rate=1.0, reward_amount="0.05")
    batch = lease(annotator, world.project_id, 2)
    body = submission(batch, world.real_ids[0])
    r = annotator.post("/submissions", json=body)
    assert r.status_code == 201
    assert r.json() == {"id": body["id"], "status": "pending", "gold": None}
    row = _stored(database, body["id"])
    assert row is not None and row.skill == world.project_id and row.received_at is not None
    assert row.reward_amount == "0.05" and row.late is False and row.is_gold is False
    assert _done(database, world.real_ids[0]) == 1

    other = make_project(database, real=1, review_rate=0.0)
    batch = lease(annotator, other.project_id, 1)
    r = annotator.post("/submissions", json=submission(batch, other.real_ids[0]))
    assert r.json()["status"] == "accepted"


def test_a_skip_needs_a_reason_earns_nothing_and_leaves_the_item_open(
    database: Any, annotator: Any
) -> None:
    world = make_project(database, real=1, reward_amount="0.05")
    batch = lease(annotator, world.project_id, 1)
    item_id = world.real_ids[0]
    for reason in (None, "", "   "):
        body = submission(batch, item_id, None, skip_reason=reason)
        r = annotator.post("/submissions", json=body)
        assert r.status_code == 400 and r.json()["error"]["code"] == "invalid_request"
    body = submission(batch, item_id, None, skip_reason="text is cut off")
    assert annotator.post("/submissions", json=body).status_code == 201
    row = _stored(database, body["id"])
    assert row is not None and row.reward_amount == "0" and row.answer is None
    assert _done(database, item_id) == 0


BAD_FIELDS: list[dict[str, Any]] = [
    {"id": "not-a-uuid"},
    {"id": 12},
    {"batch_id": 5},
    {"item_id": None},
    {"schema_version": "1"},
    {"schema_version": 0},
    {"schema_version": 10**30},
    {"started_at": "yesterday"},
    {"started_at": "2026-01-01T10:00:00"},
    {"submitted_at": "2026-13-45T99:99:99Z"},
    {"submitted_at": "0001-01-01T00:00:00+14:00"},
    {"active_ms": -1},
    {"active_ms": 1.5},
    {"active_ms": True},
    {"active_ms": 10**30},
    {"skip_reason": 5},
    {"skip_reason": "bad\x00byte"},
    {"answer": {"note": "lone \ud800 surrogate", "sentiment": "neutral"}},
    {"answer": {"sentiment": "neutral", "note": "\ud800"}},
]


@pytest.mark.parametrize("change", BAD_FIELDS)
def test_wrong_types_are_invalid_requests(database: Any, annotator: Any, change: Any) -> None:
    world = make_project(database, real=1)
    batch = lease(annotator, world.project_id, 1)
    body = submission(batch, world.real_ids[0])
    body.update(change)
    # ASCII JSON: lone surrogates travel as escapes, as a hostile client would send them
    r = annotator.post(
        "/submissions",
        content=json.dumps(body),
        headers={"Content-Type": "application/json"},
    )
    assert r.status_code == 400, r.text
    assert r.json()["error"]["code"] == "invalid_request"
    assert r.json()["error"]["details"]["errors"][0]["path"].startswith(next(iter(change)))


@pytest.mark.parametrize("answer", [[1], "neutral", 3, True])
def test_an_answer_that_is_no_object_is_an_invalid_answer(
    database: Any, annotator: Any, answer: Any
) -> None:
    world = make_project(database, real=1)
    batch = lease(annotator, world.project_id, 1)
    r = annotator.post(
        "/submissions", json={**submission(batch, world.real_ids[0]), "answer": answer}
    )
    assert r.status_code == 422, r.text
    error = r.json()["error"]
    assert error["code"] == "invalid_answer"
    assert error["details"]["errors"] == [
        {"path": "answer", "message": "must be an object, or null for a skip"}
    ]


def test_missing_keys_and_non_objects_are_invalid_requests(database: Any, annotator: Any) -> None:
    world = make_project(database, real=1)
    batch = lease(annotator, world.project_id, 1)
    for key in ("id", "batch_id", "item_id", "schema_version", "answer", "started_at"):
        body = submission(batch, world.real_ids[0])
        del body[key]
        assert annotator.post("/submissions", json=body).status_code == 400, key
    for body in ([], "x", None, 3):
        assert annotator.post("/submissions", json=body).status_code == 400


def test_an_unknown_schema_version_is_refused(database: Any, annotator: Any) -> None:
    world = make_project(database, real=1)
    batch = lease(annotator, world.project_id, 1)
    r = annotator.post("/submissions", json=submission(batch, world.real_ids[0], schema_version=2))
    assert r.status_code == 400
    assert r.json()["error"]["details"]["errors"][0]["path"] == "schema_version"


def test_invalid_answers_name_their_paths_under_answer(database: Any, annotator: Any) -> None:
    media = make_media(database, 100, 50)
    world = make_project(database, real=1, schema=IMAGE_SCHEMA, media=media)
    batch = lease(annotator, world.project_id, 1)
    answer = {
        "scene": "desert",
        "objects": [{"label": "car", "x": 90, "y": 10, "w": 40, "h": 10}],
        "extra": 1,
    }
    r = annotator.post("/submissions", json=submission(batch, world.real_ids[0], answer))
    assert r.status_code == 422
    error = r.json()["error"]
    assert error["code"] == "invalid_answer"
    paths = {e["path"] for e in error["details"]["errors"]}
    assert "answer.scene" in paths and "answer.extra" in paths
    assert any(p.startswith("answer.objects[0]") for p in paths)  # outside the 100 px image
    ok = {"scene": "urban", "objects": [{"label": "car", "x": 50, "y": 10, "w": 40, "h": 10}]}
    assert (
        annotator.post("/submissions", json=submission(batch, world.real_ids[0], ok)).status_code
        == 201
    )


def test_span_offsets_are_checked_against_the_item_text(database: Any, annotator: Any) -> None:
    world = make_project(database, real=1)
    batch = lease(annotator, world.project_id, 1)
    text = batch["items"][0]["text"]
    answer = {
        "sentiment": "neutral",
        "entities": [{"label": "org", "start": 0, "end": len(text) + 1}],
    }
    r = annotator.post("/submissions", json=submission(batch, world.real_ids[0], answer))
    assert r.status_code == 422
    assert r.json()["error"]["details"]["errors"][0]["path"].startswith("answer.entities[0]")


def test_only_items_of_ones_own_batch(database: Any, make_api: Any) -> None:
    world = make_project(database, real=3)
    a, b = make_api("annotator"), make_api("annotator")
    batch = lease(a, world.project_id, 1)
    for api, body in (
        (b, submission(batch, world.real_ids[0])),  # another user's batch
        (a, submission(batch, world.real_ids[2])),  # not in the batch
        (a, submission({**batch, "id": str(uuid.uuid4())}, world.real_ids[0])),  # no batch
    ):
        r = api.post("/submissions", json=body)
        assert r.status_code == 403 and r.json()["error"]["code"] == "forbidden"


def test_the_same_id_and_body_replays_another_body_conflicts(database: Any, make_api: Any) -> None:
    world = make_project(database, real=2, gold=1, gold_ratio_new=0.5)
    a, b = make_api("annotator"), make_api("annotator")
    batch = lease(a, world.project_id, 3)
    for item_id in (world.real_ids[0], world.gold_ids[0]):
        body = submission(batch, item_id, GOOD if item_id in world.gold_ids else REAL_ANSWER)
        first = a.post("/submissions", json=body)
        assert first.status_code == 201
        again = a.post("/submissions", json=body)
        assert again.status_code == 200 and again.json() == first.json()
        # Timestamps in another zone spelling are the same body.
        same = {**body, "submitted_at": body["submitted_at"].replace("Z", "+00:00")}
        assert a.post("/submissions", json=same).status_code == 200
        changed = {**body, "active_ms": body["active_ms"] + 1}
        r = a.post("/submissions", json=changed)
        assert r.status_code == 409 and r.json()["error"]["code"] == "conflict"
        r = b.post("/submissions", json=body)
        assert r.status_code == 409
    assert _done(database, world.real_ids[0]) == 1


def test_a_second_answer_to_one_item_is_a_conflict(database: Any, annotator: Any) -> None:
    world = make_project(database, real=1, overlap=3)
    batch = lease(annotator, world.project_id, 1)
    assert (
        annotator.post("/submissions", json=submission(batch, world.real_ids[0])).status_code == 201
    )
    r = annotator.post("/submissions", json=submission(batch, world.real_ids[0]))
    assert r.status_code == 409 and r.json()["error"]["code"] == "conflict"
    assert _done(database, world.real_ids[0]) == 1


def test_a_racing_duplicate_ends_as_a_replay(
    database: Any, annotator: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two identical posts at once: the primary key refuses the second, which replays."""
    world = make_project(database, real=1)
    batch = lease(annotator, world.project_id, 1)
    body = submission(batch, world.real_ids[0])
    first = annotator.post("/submissions", json=body)
    # The second request looked before the first was committed: it saw nothing.
    monkeypatch.setattr(submitting, "_existing", lambda session, sub_id: None)
    with database.transaction() as session:
        outcome = submitting.submit(session, annotator.user["id"], body)
    assert outcome.status_code == 200 and outcome.body == first.json()
    assert _done(database, world.real_ids[0]) == 1


def test_late_answers_are_stored_while_the_item_needs_them(database: Any, make_api: Any) -> None:
    world = make_project(database, real=2, gold=1, gold_ratio_new=0.5)
    a, b = make_api("annotator"), make_api("annotator")
    batch = lease(a, world.project_id, 3)
    expire_leases(database, batch["id"])
    # Nobody else took the first item: the late answer is stored.
    body = submission(batch, world.real_ids[0])
    assert a.post("/submissions", json=body).status_code == 201
    row = _stored(database, body["id"])
    assert row is not None and row.late is True
    # b leases the second item and answers it: a's late answer comes too late.
    taken = lease(b, world.project_id, 3)
    assert [i["id"] for i in taken["items"] if i["id"] in world.real_ids] == [world.real_ids[1]]
    r = a.post("/submissions", json=submission(batch, world.real_ids[1]))
    assert r.status_code == 409 and r.json()["error"]["code"] == "item_complete"
    assert b.post("/submissions", json=submission(taken, world.real_ids[1])).status_code == 201
    r = a.post("/submissions", json=submission(batch, world.real_ids[1]))
    assert r.status_code == 409 and r.json()["error"]["code"] == "item_complete"
    # Gold is always stored, however late.
    r = a.post("/submissions", json=submission(batch, world.gold_ids[0], GOOD))
    assert r.status_code == 201 and r.json()["gold"]["passed"] is True


def test_answers_after_release_are_late_but_kept_when_needed(database: Any, make_api: Any) -> None:
    world = make_project(database, real=2)
    a = make_api("annotator")
    batch = lease(a, world.project_id, 2)
    assert a.post(f"/batches/{batch['id']}/release").status_code == 204
    body = submission(batch, world.real_ids[0])
    assert a.post("/submissions", json=body).status_code == 201
    assert _stored(database, body["id"]).late is True  # type: ignore[union-attr]
    skip = submission(batch, world.real_ids[1], None, skip_reason="unclear")
    assert a.post("/submissions", json=skip).status_code == 201


def test_gold_is_scored_at_once_with_expected_answer_and_hint(
    database: Any, annotator: Any
) -> None:
    world = make_project(database, real=4, gold=2, gold_ratio_new=0.5, review_rate=1.0)
    batch = lease(annotator, world.project_id, 4)
    good, bad = world.gold_ids
    r = annotator.post("/submissions", json=submission(batch, good, GOOD))
    assert r.status_code == 201
    body = r.json()
    assert body["status"] == "accepted"
    verdict = body["gold"]
    assert verdict["passed"] is True and verdict["score"] == 1.0
    assert verdict["fields"] == {
        "sentiment": {"score": 1.0, "passed": True},
        "note": {"score": 1.0, "passed": True},
    }
    assert verdict["expected"] == GOLD_ANSWER and verdict["hint"] == GOLD_HINT
    r = annotator.post("/submissions", json=submission(batch, bad, BAD))
    verdict = r.json()["gold"]
    assert verdict["passed"] is False and verdict["score"] == 0.0
    assert verdict["fields"]["sentiment"] == {"score": 0.0, "passed": False}
    row = _stored(database, r.json()["id"])
    assert row is not None and row.is_gold and row.counts_for_skill and row.gold_passed is False


def test_a_skipped_gold_item_gets_no_verdict_and_does_not_count(
    database: Any, annotator: Any
) -> None:
    world = make_project(database, real=4, gold=1, gold_ratio_new=0.5)
    batch = lease(annotator, world.project_id, 4)
    body = submission(batch, world.gold_ids[0], None, skip_reason="unsure")
    r = annotator.post("/submissions", json=body)
    assert r.status_code == 201 and r.json()["gold"] is None and r.json()["status"] == "accepted"
    row = _stored(database, body["id"])
    assert row is not None and row.counts_for_skill is False and row.gold_passed is None


def test_training_gold_does_not_count_for_the_skill(database: Any, annotator: Any) -> None:
    world = make_project(database, real=2, gold=1, gold_ratio_new=0.5, training=True)
    batch = lease(annotator, world.project_id, 2)
    body = submission(batch, world.gold_ids[0], GOOD)
    assert annotator.post("/submissions", json=body).json()["gold"]["passed"] is True
    row = _stored(database, body["id"])
    assert row is not None and row.is_gold and not row.counts_for_skill


def test_bulk_answers_each_as_if_posted_alone(database: Any, annotator: Any) -> None:
    world = make_project(database, real=4, gold=1, gold_ratio_new=0.3)
    batch = lease(annotator, world.project_id, 5)
    good = submission(batch, world.real_ids[0])
    replayed = submission(batch, world.real_ids[1])
    assert annotator.post("/submissions", json=replayed).status_code == 201
    entries = [
        good,
        submission(batch, world.real_ids[2], {"sentiment": "furious"}),
        replayed,
        {**replayed, "active_ms": 1},
        {"id": "nope"},
        "not an object",
        submission(batch, world.gold_ids[0], GOOD),
        good,
    ]
    r = annotator.post("/submissions/bulk", json={"submissions": entries})
    assert r.status_code == 200
    results = r.json()["results"]
    assert [x["status_code"] for x in results] == [201, 422, 200, 409, 400, 400, 201, 200]
    assert results[0]["id"] == good["id"] and results[0]["body"]["status"] == "pending"
    assert results[1]["body"]["error"]["code"] == "invalid_answer"
    assert results[5]["id"] is None
    assert results[6]["body"]["gold"]["passed"] is True
    assert results[7]["body"] == results[0]["body"]
    assert _stored(database, good["id"]) is not None
    assert _done(database, world.real_ids[2]) == 0


@pytest.mark.parametrize(
    "body", [{"submissions": []}, {"submissions": [{}] * 201}, {"submissions": "all"}, [], None]
)
def test_bulk_needs_one_to_two_hundred(database: Any, annotator: Any, body: Any) -> None:
    r = annotator.post("/submissions/bulk", json=body)
    assert r.status_code == 400 and r.json()["error"]["code"] == "invalid_request"


def test_on_sqlite_a_large_answer_is_checked_off_the_event_loop(
    database: Any, annotator: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not database.is_sqlite:
        pytest.skip("PostgreSQL checks every submission in a worker thread")
    on_loop: list[bool] = []
    check_in = intake.check_in

    def watched(*args: Any) -> Any:
        try:
            asyncio.get_running_loop()
            on_loop.append(True)
        except RuntimeError:
            on_loop.append(False)
        return check_in(*args)

    monkeypatch.setattr(intake, "check_in", watched)
    world = make_project(database, real=2)
    batch = lease(annotator, world.project_id, 2)
    small = submission(batch, world.real_ids[0])
    assert annotator.post("/submissions", json=small).status_code == 201
    # Over 64 KiB of spans: validating it may take a while, so a worker thread does it.
    spans = [{"label": "org", "start": 0, "end": 1}] * 3000
    large = submission(batch, world.real_ids[1], {"sentiment": "neutral", "entities": spans})
    assert len(json.dumps(large)) > 64 * 1024
    assert annotator.post("/submissions", json=large).status_code == 201
    assert on_loop == [True, False]
