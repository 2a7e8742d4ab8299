"""A gold submission is decided by its verdict: passed is accepted and paid, failed is
rejected ("missed a control item") and unpaid, unless the project pays failed gold anyway.
A person's decision outranks the verdict; re-scoring and removing gold follow the rule."""

from __future__ import annotations

from typing import Any

from labeler.server.models import Submission
from tests.server.factories import BAD, GOOD, lease, make_project, submission

MISSED = {
    "decision": "reject",
    "reason": "missed a control item",
    "comment": None,
    "reviewer": None,
    "message": {"code": "missed_control_item", "params": {}},
}


def _world(database: Any, real: int = 1, gold: int = 2, **settings: Any) -> Any:
    settings.setdefault("reward_amount", "0.20")
    ratio = gold / (real + gold)
    return make_project(database, real=real, gold=gold, gold_ratio_new=ratio, **settings)


def _answer(api: Any, world: Any, answers: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Lease every item of the world and answer the gold ones as `answers` says (item id →
    answer, None for a skip); the real ones get a plain answer. Returns item id → result."""
    size = len(world.real_ids) + len(world.gold_ids)
    batch = lease(api, world.project_id, size)
    assert {i["id"] for i in batch["items"]} == set(world.real_ids + world.gold_ids)
    out = {}
    for item in batch["items"]:
        answer = answers.get(item["id"], {"sentiment": "neutral"})
        extra = {"skip_reason": "cannot read it"} if answer is None else {}
        r = api.post("/submissions", json=submission(batch, item["id"], answer, **extra))
        assert r.status_code == 201, r.text
        out[item["id"]] = r.json()
    return out


def _history(api: Any) -> dict[str, dict[str, Any]]:
    return {e["item_id"]: e for e in api.get("/submissions?mine=true").json()["submissions"]}


def _earnings(api: Any) -> dict[str, str]:
    return api.get("/me").json()["earnings"]  # type: ignore[no-any-return]


def test_a_failed_gold_answer_is_rejected_and_unpaid(database: Any, annotator: Any) -> None:
    world = _world(database, review_rate=0.0)
    failed, passed = world.gold_ids
    results = _answer(annotator, world, {failed: BAD, passed: GOOD})
    assert results[failed]["status"] == "rejected" and results[failed]["gold"]["passed"] is False
    assert results[passed]["status"] == "accepted" and results[passed]["gold"]["passed"] is True
    assert results[failed]["gold"]["withdrawn"] is False
    history = _history(annotator)
    assert history[failed]["status"] == "rejected" and history[failed]["review"] == MISSED
    assert history[passed]["status"] == "accepted" and history[passed]["review"] is None
    # Two answers accepted (the real one, not sampled for review, and the passed gold).
    assert _earnings(annotator) == {
        "currency": "USD",
        "approved": "0.40",
        "pending": "0.00",
        "rejected": "0.20",
    }
    rejected = annotator.get("/submissions?mine=true&status=rejected").json()["submissions"]
    assert [e["item_id"] for e in rejected] == [failed]


def test_a_project_may_pay_failed_gold_anyway(database: Any, annotator: Any, lead: Any) -> None:
    world = _world(database, review_rate=0.0, pay_failed_gold=True)
    project = lead.get(f"/projects/{world.project_id}").json()
    assert project["pay_failed_gold"] is True
    failed, passed = world.gold_ids
    results = _answer(annotator, world, {failed: BAD, passed: GOOD})
    assert results[failed]["status"] == "accepted" and results[failed]["gold"]["passed"] is False
    entry = _history(annotator)[failed]
    assert entry["review"]["decision"] == "accept" and entry["review"]["reviewer"] is None
    assert "missed a control item" in entry["review"]["comment"]
    assert _earnings(annotator)["approved"] == "0.60"
    # Still a miss for the skill.
    skill = annotator.get("/me").json()["skills"][world.project_id]
    assert (skill["gold_answered"], skill["gold_passed"]) == (2, 1)


def test_the_setting_is_a_project_setting(lead: Any) -> None:
    from tests.server.scenario import IMAGE_SCHEMA

    r = lead.post("/projects", json={"name": "Pay check", "schema": IMAGE_SCHEMA})
    assert r.status_code == 201 and r.json()["pay_failed_gold"] is False
    pid = r.json()["id"]
    r = lead.patch(f"/projects/{pid}", json={"pay_failed_gold": True})
    assert r.status_code == 200 and r.json()["pay_failed_gold"] is True
    r = lead.patch(f"/projects/{pid}", json={"pay_failed_gold": "yes"})
    assert r.status_code == 400 and r.json()["error"]["details"]["path"] == "pay_failed_gold"


def test_a_skipped_gold_item_is_accepted_and_earns_nothing(
    database: Any, annotator: Any, reviewer: Any
) -> None:
    world = _world(database, gold=1, review_rate=1.0)
    (gold,) = world.gold_ids
    results = _answer(annotator, world, {gold: None})
    assert results[gold] == {"id": results[gold]["id"], "status": "accepted", "gold": None}
    entry = _history(annotator)[gold]
    assert entry["reward"]["amount"] == "0" and entry["review"] is None
    pending = reviewer.get(f"/review/queue?project_id={world.project_id}").json()["submissions"]
    assert [e["item_id"] for e in pending] == world.real_ids  # gold is never pending
    r = annotator.post(f"/submissions/{results[gold]['id']}/contest", json={"reason": "skip"})
    assert r.status_code == 409


def test_training_verdicts_decide_status_too(database: Any, annotator: Any) -> None:
    world = _world(database, training=True, review_rate=0.0)
    failed, passed = world.gold_ids
    results = _answer(annotator, world, {failed: BAD, passed: GOOD})
    assert (results[failed]["status"], results[passed]["status"]) == ("rejected", "accepted")
    assert annotator.get("/me").json()["skills"] == {}  # training does not count


def test_the_review_queue_shows_failed_gold_as_rejected(
    database: Any, annotator: Any, reviewer: Any
) -> None:
    world = _world(database, review_rate=1.0)
    failed, passed = world.gold_ids
    _answer(annotator, world, {failed: BAD, passed: GOOD})
    queue = f"/review/queue?project_id={world.project_id}"
    pending = reviewer.get(queue).json()["submissions"]
    assert [e["item_id"] for e in pending] == world.real_ids
    low = reviewer.get(f"{queue}&status=any&max_gold_score=0.5").json()["submissions"]
    assert [(e["item_id"], e["status"]) for e in low] == [(failed, "rejected")]
    high = reviewer.get(f"{queue}&status=any&min_gold_score=0.5").json()["submissions"]
    assert [(e["item_id"], e["status"]) for e in high] == [(passed, "accepted")]


def test_a_correction_moves_status_and_pay_unless_a_person_decided(
    database: Any, annotator: Any, lead: Any, reviewer: Any
) -> None:
    world = _world(database, review_rate=0.0)
    first, second = world.gold_ids
    results = _answer(annotator, world, {first: BAD, second: BAD})
    # A reviewer accepts the second miss: a person decided, the verdict no longer does.
    r = reviewer.post(f"/submissions/{results[second]['id']}/review", json={"decision": "accept"})
    assert r.status_code == 200 and r.json()["status"] == "accepted"
    assert _earnings(annotator)["approved"] == "0.40"
    for item in (first, second):  # the lead accepts "positive" as right
        r = lead.put(f"/items/{item}/gold", json={"answer": BAD})
        assert r.status_code == 200 and r.json()["rescored"] == 1
    history = _history(annotator)
    assert history[first]["status"] == "accepted" and history[first]["review"] is None
    assert history[second]["status"] == "accepted"
    assert history[second]["review"]["reviewer"]["username"] == reviewer.user["username"]
    assert _earnings(annotator) == {
        "currency": "USD",
        "approved": "0.60",
        "pending": "0.00",
        "rejected": "0.00",
    }
    # Back to the first gold answer: the verdict decides the first again, not the second.
    for item in (first, second):
        assert lead.put(f"/items/{item}/gold", json={"answer": GOOD}).status_code == 200
    history = _history(annotator)
    assert history[first]["status"] == "rejected" and history[first]["review"] == MISSED
    assert history[second]["status"] == "accepted"
    skill = annotator.get("/me").json()["skills"][world.project_id]
    assert (skill["gold_answered"], skill["gold_passed"]) == (2, 0)


def test_removing_gold_withdraws_its_verdicts(
    database: Any, annotator: Any, lead: Any, make_api: Any
) -> None:
    world = _world(database, review_rate=0.0)
    failed, passed = world.gold_ids
    results = _answer(annotator, world, {failed: BAD, passed: GOOD})
    assert lead.delete(f"/items/{failed}/gold").status_code == 204
    entry = _history(annotator)[failed]
    assert entry["status"] == "accepted" and entry["review"] is None
    assert entry["gold"]["passed"] is False and entry["gold"]["withdrawn"] is True
    assert _earnings(annotator)["approved"] == "0.60"
    assert _earnings(annotator)["rejected"] == "0.00"
    skill = annotator.get("/me").json()["skills"][world.project_id]
    assert (skill["gold_answered"], skill["gold_passed"]) == (1, 1)
    r = annotator.post(f"/submissions/{results[failed]['id']}/contest", json={"reason": "why"})
    assert r.status_code == 409
    with database.transaction(write=False) as session:
        row = session.get(Submission, results[failed]["id"])
        assert (row.decided_by, row.counts_for_skill) == ("withdrawn", False)
