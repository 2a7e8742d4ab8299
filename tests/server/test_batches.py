"""Leasing batches: assembly, gold mixing, overlap, expiry, heartbeat and release."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.server.factories import (
    GOOD,
    REAL_ANSWER,
    add_items,
    expire_leases,
    lease,
    make_project,
    set_project,
    submission,
)


def _ids(batch: dict[str, Any]) -> list[str]:
    return [item["id"] for item in batch["items"]]


def _time(value: str) -> datetime:
    assert value.endswith("Z")
    return datetime.fromisoformat(value)


def test_a_batch_has_the_protocol_shape_and_real_items_in_order(
    database: Any, annotator: Any
) -> None:
    world = make_project(database, real=5, lease_seconds=600)
    r = annotator.post(f"/projects/{world.project_id}/batches", json={"size": 3})
    assert r.status_code == 201, r.text
    batch = r.json()
    assert set(batch) == {"id", "project_id", "schema_version", "lease_expires_at", "items"}
    assert batch["project_id"] == world.project_id and batch["schema_version"] == 1
    assert _ids(batch) == world.real_ids[:3]
    left = (_time(batch["lease_expires_at"]) - datetime.now(UTC)).total_seconds()
    assert 590 < left <= 600
    item = batch["items"][0]
    assert item["text"].startswith("Review") and item["data"]["source"] == "factory"


@pytest.mark.parametrize(
    "body",
    [
        {"size": 0},
        {"size": 201},
        {"size": "3"},
        {"size": True},
        {"size": 2.5},
        {},
        [],
        None,
        {"size": 10**40},
    ],
)
def test_bad_sizes_are_invalid_requests(database: Any, annotator: Any, body: Any) -> None:
    world = make_project(database, real=2)
    r = annotator.post(f"/projects/{world.project_id}/batches", json=body)
    assert r.status_code == 400, r.text
    assert r.json()["error"]["code"] == "invalid_request"


def test_unknown_and_inactive_projects_are_not_found(database: Any, annotator: Any) -> None:
    assert annotator.post("/projects/nope/batches", json={"size": 1}).status_code == 404
    world = make_project(database, real=2)
    set_project(database, world.project_id, active=False)
    r = annotator.post(f"/projects/{world.project_id}/batches", json={"size": 1})
    assert r.status_code == 404 and r.json()["error"]["code"] == "not_found"


def test_only_annotators_lease(database: Any, reviewer: Any, lead: Any) -> None:
    world = make_project(database, real=2)
    for api in (reviewer, lead):
        r = api.post(f"/projects/{world.project_id}/batches", json={"size": 1})
        assert r.status_code == 403 and r.json()["error"]["code"] == "forbidden"


def test_gold_is_mixed_at_the_new_ratio_until_calibrated(database: Any, annotator: Any) -> None:
    world = make_project(
        database, real=60, gold=20, gold_ratio_new=0.5, gold_ratio=0.1, calibration_gold=3
    )
    gold = set(world.gold_ids)
    first = lease(annotator, world.project_id, 10)
    served = [i for i in _ids(first) if i in gold]
    assert len(served) == 5 and len(first["items"]) == 10
    # Two gold answers: still calibrating.
    for item_id in served[:2]:
        assert (
            annotator.post("/submissions", json=submission(first, item_id, GOOD)).status_code == 201
        )
    second = lease(annotator, world.project_id, 10)
    assert len([i for i in _ids(second) if i in gold]) == 5
    # The third gold answer ends calibration: the ratio drops to gold_ratio.
    assert (
        annotator.post("/submissions", json=submission(first, served[2], GOOD)).status_code == 201
    )
    third = lease(annotator, world.project_id, 10)
    assert len([i for i in _ids(third) if i in gold]) == 1
    # Skips on gold do not count towards calibration.
    assert third["items"]


def test_gold_skips_do_not_calibrate(database: Any, make_api: Any) -> None:
    world = make_project(
        database, real=40, gold=10, gold_ratio_new=0.5, gold_ratio=0.0, calibration_gold=1
    )
    ann = make_api("annotator")
    first = lease(ann, world.project_id, 4)
    gold_item = next(i for i in _ids(first) if i in world.gold_ids)
    skip = submission(first, gold_item, None, skip_reason="cannot read it")
    assert ann.post("/submissions", json=skip).status_code == 201
    second = lease(ann, world.project_id, 4)
    assert len(set(_ids(second)) & set(world.gold_ids)) == 2


def test_training_projects_calibrate_on_their_own_gold(database: Any, annotator: Any) -> None:
    world = make_project(
        database,
        real=20,
        gold=10,
        gold_ratio_new=0.5,
        gold_ratio=0.2,
        calibration_gold=1,
        training=True,
    )
    first = lease(annotator, world.project_id, 10)
    gold_items = [i for i in first["items"] if i["id"] in world.gold_ids]
    assert len(gold_items) == 5
    assert all(i["training"]["hint"] for i in gold_items)
    r = annotator.post("/submissions", json=submission(first, gold_items[0]["id"], GOOD))
    assert r.status_code == 201 and r.json()["gold"]["passed"] is True
    second = lease(annotator, world.project_id, 10)
    assert len([i for i in _ids(second) if i in world.gold_ids]) == 2


def test_gold_is_never_served_twice_to_one_user(database: Any, make_api: Any) -> None:
    world = make_project(database, real=40, gold=4, gold_ratio_new=0.5, gold_ratio=0.5)
    ann, other = make_api("annotator"), make_api("annotator")
    seen: list[str] = []
    for _ in range(4):  # live leases: the held gold is not served again
        r = ann.post(f"/projects/{world.project_id}/batches", json={"size": 4})
        assert r.status_code == 201
        seen += [i for i in _ids(r.json()) if i in world.gold_ids]
    assert sorted(seen) == sorted(world.gold_ids)
    # Another user gets the same gold items: gold has no overlap limit.
    batch = lease(other, world.project_id, 4)
    assert len(set(_ids(batch)) & set(world.gold_ids)) == 2


def test_gold_never_comes_back_after_an_answer_an_expiry_or_a_release(
    database: Any, make_api: Any
) -> None:
    """Answered, expired unanswered or released unanswered: a gold item does not come back to
    that user, though real items do and other users still get the gold."""
    world = make_project(database, real=40, gold=3, gold_ratio_new=0.5, gold_ratio=0.5)
    annotator, other = make_api("annotator"), make_api("annotator")
    first = lease(annotator, world.project_id, 6)
    gold = [i for i in _ids(first) if i in world.gold_ids]
    real = [i for i in _ids(first) if i not in world.gold_ids]
    assert len(gold) == 3
    assert annotator.post("/submissions", json=submission(first, gold[0], GOOD)).status_code == 201
    expire_leases(database, first["id"])
    second = lease(annotator, world.project_id, 6)
    assert not set(_ids(second)) & set(world.gold_ids)
    assert set(real) <= set(_ids(second))  # unanswered real items do come back
    assert annotator.post(f"/batches/{second['id']}/release").status_code == 204
    later = [i for _ in range(3) for i in _ids(lease(annotator, world.project_id, 6))]
    assert not set(later) & set(world.gold_ids)
    assert set(_ids(lease(other, world.project_id, 6))) >= set(world.gold_ids)


def test_gold_short_is_filled_with_real_items_never_more_gold(
    database: Any, annotator: Any
) -> None:
    world = make_project(database, real=20, gold=1, gold_ratio_new=0.5)
    batch = lease(annotator, world.project_id, 10)
    assert len(batch["items"]) == 10
    assert len(set(_ids(batch)) & set(world.gold_ids)) == 1


def test_a_short_batch_carries_no_telling_share_of_gold(database: Any, make_api: Any) -> None:
    world = make_project(database, real=2, gold=10, gold_ratio_new=0.3)
    ann = make_api("annotator")
    batch = lease(ann, world.project_id, 10)
    ids = _ids(batch)
    assert len(ids) == 3 and len(set(ids) & set(world.gold_ids)) == 1
    # No real item left for this user: gold alone is no work.
    assert ann.post(f"/projects/{world.project_id}/batches", json={"size": 10}).status_code == 204


def test_gold_positions_are_random_and_real_items_keep_their_order(
    database: Any, make_api: Any
) -> None:
    world = make_project(database, real=200, gold=60, gold_ratio_new=0.3)
    positions = set()
    for _ in range(12):
        batch = lease(make_api("annotator"), world.project_id, 10)
        ids = _ids(batch)
        real = [i for i in ids if i in world.real_ids]
        assert real == sorted(real, key=world.real_ids.index)
        positions |= {n for n, i in enumerate(ids) if i in world.gold_ids}
    assert len(positions) > 3


def test_overlap_counts_live_leases_and_release_returns_items(database: Any, make_api: Any) -> None:
    world = make_project(database, real=3, overlap=2)
    a, b, c = (make_api("annotator") for _ in range(3))
    first = lease(a, world.project_id, 5)
    assert _ids(first) == world.real_ids
    assert _ids(lease(b, world.project_id, 5)) == world.real_ids
    assert c.post(f"/projects/{world.project_id}/batches", json={"size": 5}).status_code == 204
    assert a.post(f"/batches/{first['id']}/release").status_code == 204
    assert _ids(lease(c, world.project_id, 5)) == world.real_ids


def test_a_real_item_never_goes_back_to_who_answered_or_skipped_it(
    database: Any, make_api: Any
) -> None:
    world = make_project(database, real=2, overlap=2)
    a, b = make_api("annotator"), make_api("annotator")
    batch = lease(a, world.project_id, 2)
    answered, skipped = _ids(batch)
    assert a.post("/submissions", json=submission(batch, answered)).status_code == 201
    skip = submission(batch, skipped, None, skip_reason="blurred")
    assert a.post("/submissions", json=skip).status_code == 201
    assert a.post(f"/batches/{batch['id']}/release").status_code == 204
    assert a.post(f"/projects/{world.project_id}/batches", json={"size": 2}).status_code == 204
    assert _ids(lease(b, world.project_id, 2)) == world.real_ids


def test_no_work_left_is_204_with_an_empty_body(database: Any, make_api: Any) -> None:
    world = make_project(database, real=2)
    a, b = make_api("annotator"), make_api("annotator")
    batch = lease(a, world.project_id, 5)
    for item_id in _ids(batch):
        assert a.post("/submissions", json=submission(batch, item_id)).status_code == 201
    for api in (a, b):
        r = api.post(f"/projects/{world.project_id}/batches", json={"size": 5})
        assert r.status_code == 204 and r.content == b""
    add_items(database, world.project_id, 1)
    assert len(lease(b, world.project_id, 5)["items"]) == 1


def test_requirement_locks_with_its_reason_until_met(database: Any, annotator: Any) -> None:
    locked = make_project(
        database,
        real=3,
        requirement_skill="reviews",
        requirement_min_accuracy=0.9,
        requirement_min_gold=2,
    )
    r = annotator.post(f"/projects/{locked.project_id}/batches", json={"size": 2})
    assert r.status_code == 403
    error = r.json()["error"]
    assert error["code"] == "forbidden"
    assert error["message"].startswith("needs 90% accuracy on reviews over ≥ 2 control items")
    assert error["details"]["locked_reason"] == error["message"]
    # Two passed gold answers in the skill unlock it.
    pool = make_project(database, real=10, gold=2, skill="reviews", gold_ratio_new=0.5)
    batch = lease(annotator, pool.project_id, 4)
    for item_id in set(_ids(batch)) & set(pool.gold_ids):
        assert (
            annotator.post("/submissions", json=submission(batch, item_id, GOOD)).status_code == 201
        )
    assert lease(annotator, locked.project_id, 2)["items"]


def test_expired_leases_return_items_to_the_pool(database: Any, make_api: Any) -> None:
    world = make_project(database, real=2)
    a, b = make_api("annotator"), make_api("annotator")
    batch = lease(a, world.project_id, 2)
    assert b.post(f"/projects/{world.project_id}/batches", json={"size": 2}).status_code == 204
    expire_leases(database, batch["id"])
    assert _ids(lease(b, world.project_id, 2)) == world.real_ids


def test_heartbeat_extends_live_leases(database: Any, make_api: Any) -> None:
    world = make_project(database, real=2, lease_seconds=120)
    a, b = make_api("annotator"), make_api("annotator")
    batch = lease(a, world.project_id, 2)
    set_project(database, world.project_id, lease_seconds=900)
    r = a.post(f"/batches/{batch['id']}/heartbeat")
    assert r.status_code == 200 and set(r.json()) == {"lease_expires_at"}
    left = (_time(r.json()["lease_expires_at"]) - datetime.now(UTC)).total_seconds()
    assert 890 < left <= 900
    assert b.post(f"/projects/{world.project_id}/batches", json={"size": 2}).status_code == 204


def test_heartbeat_revives_expired_leases_only_while_their_items_are_free(
    database: Any, make_api: Any
) -> None:
    world = make_project(database, real=2)
    a, b = make_api("annotator"), make_api("annotator")
    batch = lease(a, world.project_id, 2)
    expire_leases(database, batch["id"])
    assert a.post(f"/batches/{batch['id']}/heartbeat").status_code == 200
    assert b.post(f"/projects/{world.project_id}/batches", json={"size": 2}).status_code == 204
    # Expired again, and this time b takes one item first: only the other comes back to a.
    expire_leases(database, batch["id"])
    taken = lease(b, world.project_id, 1)
    assert a.post(f"/batches/{batch['id']}/heartbeat").status_code == 200
    r = a.post("/submissions", json=submission(batch, _ids(taken)[0]))
    assert r.status_code == 409 and r.json()["error"]["code"] == "item_complete"
    free = next(i for i in _ids(batch) if i not in _ids(taken))
    assert a.post("/submissions", json=submission(batch, free)).status_code == 201


def test_heartbeat_and_release_belong_to_the_owner(database: Any, make_api: Any) -> None:
    world = make_project(database, real=2)
    a, b = make_api("annotator"), make_api("annotator")
    batch = lease(a, world.project_id, 2)
    for path in ("heartbeat", "release"):
        r = b.post(f"/batches/{batch['id']}/{path}")
        assert r.status_code == 404 and r.json()["error"]["code"] == "not_found"
        assert a.post(f"/batches/no-such-batch/{path}").status_code == 404
        assert a.post(f"/batches/{'x' * 500}/{path}").status_code == 404


def test_release_is_idempotent_and_ends_heartbeats(database: Any, make_api: Any) -> None:
    world = make_project(database, real=3)
    a, b = make_api("annotator"), make_api("annotator")
    batch = lease(a, world.project_id, 3)
    first = _ids(batch)[0]
    assert a.post("/submissions", json=submission(batch, first, REAL_ANSWER)).status_code == 201
    assert a.post(f"/batches/{batch['id']}/release").status_code == 204
    assert a.post(f"/batches/{batch['id']}/release").status_code == 204
    r = a.post(f"/batches/{batch['id']}/heartbeat")
    assert r.status_code == 409 and r.json()["error"]["code"] == "conflict"
    # The answered item stays done; the other two are back in the pool.
    assert _ids(lease(b, world.project_id, 3)) == world.real_ids[1:]
