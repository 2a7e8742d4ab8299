"""Amendments: an annotator corrects their own submission while its batch is leased.

Idempotent like a submission; refused with a reason once it was corrected already, its
gold verdict was shown, it was reviewed, or the lease ended; the replaced submission stays
as `amended` and counts nowhere (places, earnings, review, stats, export, history).
"""

from __future__ import annotations

import json
import threading
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import requests
from sqlalchemy import select, update

from labeler.server.models import Batch, Item, Submission
from labeler.server.services import intake
from tests.server.factories import (
    BAD,
    GOLD_ANSWER,
    GOOD,
    REAL_ANSWER,
    lease,
    make_project,
    submission,
)
from tests.server.test_concurrency import server_url  # noqa: F401 (a fixture)

CORRECTED = {"sentiment": "positive"}


def _stored(database: Any, sub_id: str) -> Submission:
    with database.transaction(write=False) as session:
        return session.get_one(Submission, sub_id)


def _item(database: Any, item_id: str) -> tuple[int, bool]:
    with database.transaction(write=False) as session:
        row = session.execute(
            select(Item.done_count, Item.complete).where(Item.id == item_id)
        ).one()
        return int(row[0]), bool(row[1])


def _amendment(first: dict[str, Any], answer: Any = CORRECTED, **extra: Any) -> dict[str, Any]:
    """An amendment body of `first`: a new id, the same item and batch."""
    body = submission(
        {"id": first["batch_id"], "schema_version": first["schema_version"]},
        first["item_id"],
        answer,
        amends=first["id"],
        active_ms=900,
    )
    body.update(extra)
    return body


def _end_lease(database: Any, batch_id: str, **values: Any) -> None:
    values = values or {"lease_expires_at": datetime.now(UTC) - timedelta(seconds=5)}
    with database.transaction() as session:
        session.execute(update(Batch).where(Batch.id == batch_id).values(**values))


def _refused(r: Any, reason: str) -> dict[str, Any]:
    assert r.status_code == 409, r.text
    error = r.json()["error"]
    assert error["code"] == "not_amendable" and error["details"]["reason"] == reason
    return error  # type: ignore[no-any-return]


def test_an_amendment_replaces_the_answer_and_keeps_the_trail(
    database: Any, annotator: Any
) -> None:
    world = make_project(database, real=1, review_rate=1.0, reward_amount="0.05")
    batch = lease(annotator, world.project_id, 1)
    first = submission(batch, world.real_ids[0])
    assert annotator.post("/submissions", json=first).status_code == 201
    fix = _amendment(first)
    r = annotator.post("/submissions", json=fix)
    assert r.status_code == 201, r.text
    assert r.json() == {"id": fix["id"], "status": "pending", "gold": None, "amends": first["id"]}
    old, new = _stored(database, first["id"]), _stored(database, fix["id"])
    assert (old.status, old.amended_by, old.answer) == ("amended", fix["id"], REAL_ANSWER)
    assert (new.status, new.amends, new.answer, new.active_ms) == (
        "pending",
        first["id"],
        CORRECTED,
        900,
    )
    assert new.reward_amount == "0.05" and new.late is False
    assert _item(database, world.real_ids[0]) == (1, True)  # the same place, not a second

    history = annotator.get("/submissions?mine=true").json()["submissions"]
    assert [(h["id"], h["amends"]) for h in history] == [(fix["id"], first["id"])]
    trail = annotator.get("/submissions?mine=true&status=amended").json()["submissions"]
    assert [(h["id"], h["amended_by"]) for h in trail] == [(first["id"], fix["id"])]


def test_an_amendment_is_idempotent_like_a_submission(database: Any, annotator: Any) -> None:
    world = make_project(database, real=1)
    batch = lease(annotator, world.project_id, 1)
    first = submission(batch, world.real_ids[0])
    annotator.post("/submissions", json=first)
    fix = _amendment(first)
    created = annotator.post("/submissions", json=fix)
    again = annotator.post("/submissions", json=fix)
    assert created.status_code == 201 and again.status_code == 200
    assert again.json() == created.json()
    other = dict(fix, answer={"sentiment": "negative"})
    r = annotator.post("/submissions", json=other)
    assert r.status_code == 409 and r.json()["error"]["code"] == "conflict"
    # The first submission's replay says what became of it.
    replay = annotator.post("/submissions", json=first)
    assert replay.status_code == 200 and replay.json()["status"] == "amended"
    # The same body without `amends` is another body.
    plain = {k: v for k, v in fix.items() if k != "amends"}
    assert annotator.post("/submissions", json=plain).status_code == 409


def test_a_chain_of_amendments_and_skips_both_ways(
    database: Any, annotator: Any, lead: Any
) -> None:
    world = make_project(database, real=1, overlap=1, review_rate=0.0)
    item_id = world.real_ids[0]
    batch = lease(annotator, world.project_id, 1)
    first = submission(batch, item_id)
    annotator.post("/submissions", json=first)
    skip = _amendment(first, None, skip_reason="the text is cut off")
    assert annotator.post("/submissions", json=skip).status_code == 201
    assert _item(database, item_id) == (0, False)  # a skip gives the place back
    answer = _amendment(skip, CORRECTED)
    r = annotator.post("/submissions", json=answer)
    assert r.status_code == 201 and r.json()["amends"] == skip["id"]
    assert _item(database, item_id) == (1, True)
    assert _stored(database, skip["id"]).reward_amount == "0"
    # Only the newest of the chain may be amended.
    _refused(annotator.post("/submissions", json=_amendment(first)), "amended")
    _refused(annotator.post("/submissions", json=_amendment(skip)), "amended")
    lines = lead.get(f"/projects/{world.project_id}/export").text.splitlines()
    exported = [json.loads(line) for line in lines]
    assert [a["submission_id"] for a in exported[0]["answers"]] == [answer["id"]]


def test_a_skip_amended_into_an_answer_needs_a_free_place(database: Any, make_api: Any) -> None:
    world = make_project(database, real=1, overlap=1)
    item_id = world.real_ids[0]
    one, two = make_api("annotator"), make_api("annotator")
    batch = lease(one, world.project_id, 1)
    skip = submission(batch, item_id, None, skip_reason="unsure")
    one.post("/submissions", json=skip)
    other = lease(two, world.project_id, 1)  # the freed place goes to another annotator
    assert [i["id"] for i in other["items"]] == [item_id]
    r = one.post("/submissions", json=_amendment(skip))
    assert r.status_code == 409 and r.json()["error"]["code"] == "item_complete"
    assert _stored(database, skip["id"]).status != "amended"


def test_what_cannot_be_amended_says_why(database: Any, annotator: Any, make_api: Any) -> None:
    world = make_project(database, real=4)
    batch = lease(annotator, world.project_id, 4)
    firsts = [submission(batch, item) for item in world.real_ids]
    for body in firsts:
        assert annotator.post("/submissions", json=body).status_code == 201
    reviewer = make_api("reviewer")
    r = reviewer.post(f"/submissions/{firsts[0]['id']}/review", json={"decision": "accept"})
    assert r.status_code == 200
    error = _refused(annotator.post("/submissions", json=_amendment(firsts[0])), "reviewed")
    assert "reviewed" in error["message"]

    stranger = make_api("annotator")
    r = stranger.post("/submissions", json=_amendment(firsts[1]))
    assert r.status_code == 404 and r.json()["error"]["code"] == "not_found"
    r = annotator.post("/submissions", json=_amendment(firsts[1], amends=str(uuid.uuid4())))
    assert r.status_code == 404
    elsewhere = _amendment(firsts[1], item_id=world.real_ids[2])
    r = annotator.post("/submissions", json=elsewhere)
    assert r.status_code == 400 and r.json()["error"]["details"]["errors"][0]["path"] == "amends"
    r = annotator.post("/submissions", json=_amendment(firsts[1], answer={"sentiment": "meh"}))
    assert r.status_code == 422 and r.json()["error"]["code"] == "invalid_answer"
    r = annotator.post("/submissions", json=_amendment(firsts[1], amends="nope"))
    assert r.status_code == 400

    _end_lease(database, batch["id"])
    error = _refused(annotator.post("/submissions", json=_amendment(firsts[1])), "lease_ended")
    assert "lease" in error["message"]
    _end_lease(database, batch["id"], lease_expires_at=datetime.now(UTC) + timedelta(hours=1))
    assert annotator.post(f"/batches/{batch['id']}/release").status_code == 204
    _refused(annotator.post("/submissions", json=_amendment(firsts[2])), "lease_ended")
    assert {_stored(database, b["id"]).status for b in firsts} == {"pending", "accepted"}


def test_a_gold_answer_cannot_be_changed_once_its_verdict_was_shown(
    database: Any, annotator: Any
) -> None:
    world = make_project(database, real=3, gold=2, gold_ratio_new=1.0, calibration_gold=5)
    batch = lease(annotator, world.project_id, 5)
    gold_ids = [i["id"] for i in batch["items"] if i["id"] in world.gold_ids]
    assert len(gold_ids) == 2
    answered = submission(batch, gold_ids[0], BAD)
    verdict = annotator.post("/submissions", json=answered).json()["gold"]
    assert verdict is not None and verdict["passed"] is False
    error = _refused(
        annotator.post("/submissions", json=_amendment(answered, GOOD)), "gold_verdict"
    )
    assert error["message"] == (
        "The answer to a control item cannot be changed once its verdict was shown."
    )
    assert _stored(database, answered["id"]).status != "amended"

    # A skip of a gold item had no verdict: it may become an answer, scored at once.
    skipped = submission(batch, gold_ids[1], None, skip_reason="unsure")
    assert annotator.post("/submissions", json=skipped).json()["gold"] is None
    fix = _amendment(skipped, GOOD)
    r = annotator.post("/submissions", json=fix)
    assert r.status_code == 201 and r.json()["gold"]["passed"] is True
    assert r.json()["gold"]["expected"] == GOLD_ANSWER
    row = _stored(database, fix["id"])
    assert row.is_gold and row.counts_for_skill and row.gold_passed
    me = annotator.get("/me").json()
    assert me["skills"][world.project_id]["gold_answered"] == 2  # the miss and the fix
    assert me["skills"][world.project_id]["gold_passed"] == 1
    _refused(annotator.post("/submissions", json=_amendment(fix, BAD)), "gold_verdict")


def test_the_replaced_answer_counts_nowhere(
    database: Any, make_api: Any, lead: Any, reviewer: Any
) -> None:
    world = make_project(database, real=2, overlap=2, review_rate=0.0, reward_amount="0.10")
    one, two = make_api("annotator"), make_api("annotator")
    item_id = world.real_ids[0]
    first_one = submission(lease(one, world.project_id, 2), item_id, REAL_ANSWER)
    batch_two = lease(two, world.project_id, 2)
    first_two = submission(batch_two, item_id, CORRECTED)
    for api, body in ((one, first_one), (two, first_two)):
        assert api.post("/submissions", json=body).status_code == 201
    assert one.post("/submissions", json=_amendment(first_one, CORRECTED)).status_code == 201

    assert one.get("/me").json()["earnings"]["approved"] == "0.10"
    stats = lead.get(f"/projects/{world.project_id}/stats").json()
    people = {a["user"]["username"]: a for a in stats["annotators"]}
    assert people[one.user["username"]]["submissions"] == 1
    assert people[one.user["username"]]["accepted"] == 1
    assert stats["submissions"] == 2
    assert stats["agreement"]["sentiment"]["value"] == 1.0  # both say positive now

    lines = lead.get(f"/projects/{world.project_id}/export").text.splitlines()
    answers = {json.loads(x)["item_id"]: json.loads(x)["answers"] for x in lines}
    assert sorted(a["answer"]["sentiment"] for a in answers[item_id]) == ["positive", "positive"]
    assert len(answers[item_id]) == 2

    detail = reviewer.get(f"/items/{item_id}").json()
    assert [s["answer"] for s in detail["submissions"]] == [CORRECTED, CORRECTED]
    trail = reviewer.get(f"/items/{item_id}?trail=true").json()["submissions"]
    statuses = sorted((s["status"], s["amended_by"] is not None) for s in trail)
    assert statuses == [("accepted", False), ("accepted", False), ("amended", True)]
    queue = reviewer.get(f"/review/queue?project_id={world.project_id}&status=any").json()
    assert first_one["id"] not in {s["id"] for s in queue["submissions"]}
    r = reviewer.post(f"/submissions/{first_one['id']}/review", json={"decision": "accept"})
    assert r.status_code == 409 and "correction" in r.json()["error"]["message"]
    listed = lead.get(f"/projects/{world.project_id}/items").json()["items"]
    assert {i["id"]: i["answers"] for i in listed}[item_id] == 2


def test_an_amendment_in_a_bulk_after_the_answer_it_corrects(database: Any, annotator: Any) -> None:
    world = make_project(database, real=1)
    batch = lease(annotator, world.project_id, 1)
    first = submission(batch, world.real_ids[0])
    fix = _amendment(first)
    r = annotator.post("/submissions/bulk", json={"submissions": [first, fix]})
    assert [x["status_code"] for x in r.json()["results"]] == [201, 201]
    assert _stored(database, first["id"]).status == "amended"


def test_two_amendments_of_one_submission_race_and_one_wins(database: Any, annotator: Any) -> None:
    """Both pass their checks before either is stored: the write phase settles it."""
    world = make_project(database, real=1)
    batch = lease(annotator, world.project_id, 1)
    first = submission(batch, world.real_ids[0])
    annotator.post("/submissions", json=first)
    bodies = [_amendment(first, CORRECTED), _amendment(first, {"sentiment": "negative"})]
    user_id = annotator.user["id"]
    checked = []
    for body in bodies:
        with database.transaction(write=False) as reader:
            checked.append(intake.check_in(reader, user_id, body))
    outcomes: list[Any] = []
    for one in checked:
        with database.transaction() as session:
            try:
                outcomes.append(intake.store(session, user_id, one).status_code)
            except Exception as exc:  # noqa: BLE001 (the ApiError is the point)
                outcomes.append(getattr(exc, "details", {}).get("reason"))
    assert outcomes == [201, "amended"]
    assert _stored(database, first["id"]).amended_by == bodies[0]["id"]


def test_two_amendments_posted_at_once_store_one(
    database: Any,
    annotator: Any,
    server_url: str,  # noqa: F811 (the fixture)
) -> None:
    world = make_project(database, real=1)
    batch = lease(annotator, world.project_id, 1)
    first = submission(batch, world.real_ids[0])
    annotator.post("/submissions", json=first)
    headers = {"Authorization": f"Bearer {annotator.token}"}
    for _ in range(5):
        bodies = [_amendment(first, {"sentiment": s}) for s in ("positive", "negative")]
        gate = threading.Barrier(len(bodies))
        codes: list[int] = []

        def post(body: dict[str, Any], gate: threading.Barrier, codes: list[int]) -> None:
            gate.wait()
            r = requests.post(f"{server_url}/submissions", json=body, headers=headers, timeout=30)
            codes.append(r.status_code)

        threads = [threading.Thread(target=post, args=(b, gate, codes)) for b in bodies]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert sorted(codes) == [201, 409]
        with database.transaction(write=False) as session:
            rows = session.execute(
                select(Submission).where(Submission.item_id == world.real_ids[0])
            ).scalars()
            final = [s for s in rows if s.status != "amended"]
        assert len(final) == 1
        first = {**bodies[0], "id": final[0].id}
    assert _item(database, world.real_ids[0]) == (1, True)
