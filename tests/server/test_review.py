"""History, contests, the review queue, the side-by-side item view and decisions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import update

from labeler.server.models import Contest
from tests.server.factories import (
    BAD,
    GOLD_ANSWER,
    GOLD_HINT,
    GOOD,
    REAL_ANSWER,
    lease,
    make_project,
    submission,
)


def _at(minutes: int) -> str:
    t = datetime(2026, 3, 1, 12, 0, tzinfo=UTC) + timedelta(minutes=minutes)
    return t.isoformat().replace("+00:00", "Z")


def _submit_all(api: Any, batch: dict[str, Any], answer: Any = REAL_ANSWER) -> list[str]:
    ids = []
    for n, item in enumerate(batch["items"]):
        body = submission(batch, item["id"], answer, submitted_at=_at(n))
        r = api.post("/submissions", json=body)
        assert r.status_code == 201, r.text
        ids.append(body["id"])
    return ids


# --- history ---------------------------------------------------------------------------


def test_history_is_newest_first_with_keyset_pages(database: Any, annotator: Any) -> None:
    world = make_project(database, real=7, reward_amount="0.05", reward_currency="EUR")
    ids = _submit_all(annotator, lease(annotator, world.project_id, 7))
    seen: list[str] = []
    cursor = None
    pages = 0
    while True:
        query = "/submissions?mine=true&limit=3" + (f"&cursor={cursor}" if cursor else "")
        r = annotator.get(query)
        assert r.status_code == 200
        body = r.json()
        assert set(body) == {"submissions", "next_cursor"}
        seen += [s["id"] for s in body["submissions"]]
        pages += 1
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert pages == 3 and seen == list(reversed(ids))
    entry = annotator.get("/submissions?mine=true&limit=1").json()["submissions"][0]
    assert set(entry) == {
        "id",
        "item_id",
        "project_id",
        "status",
        "review",
        "reward",
        "gold",
        "submitted_at",
        "active_ms",
        "contest",
        "amends",
        "amended_by",
    }
    assert entry["reward"] == {"amount": "0.05", "currency": "EUR"}
    assert entry["amends"] is None and entry["amended_by"] is None
    assert entry["submitted_at"] == _at(6) and entry["active_ms"] == 2500
    assert entry["review"] is None and entry["gold"] is None and entry["status"] == "pending"


def test_history_filters_and_never_shows_others(database: Any, make_api: Any) -> None:
    one = make_project(database, real=2)
    two = make_project(database, real=2, review_rate=0.0)
    three = make_project(database, real=2)
    a, b = make_api("annotator"), make_api("annotator")
    mine = _submit_all(a, lease(a, one.project_id, 2))
    mine += _submit_all(a, lease(a, two.project_id, 2))
    theirs = _submit_all(b, lease(b, three.project_id, 2))
    assert {s["id"] for s in a.get("/submissions?mine=true").json()["submissions"]} == set(mine)
    assert {s["id"] for s in b.get("/submissions?mine=true").json()["submissions"]} == set(theirs)
    only = a.get(f"/submissions?mine=true&project_id={two.project_id}").json()["submissions"]
    assert {s["project_id"] for s in only} == {two.project_id} and len(only) == 2
    pending = a.get("/submissions?mine=true&status=pending").json()["submissions"]
    assert {s["project_id"] for s in pending} == {one.project_id}


@pytest.mark.parametrize(
    "query",
    [
        "",
        "?mine=false",
        "?mine=true&status=lost",
        "?mine=true&limit=0",
        "?mine=true&limit=201",
        "?mine=true&limit=abc",
        "?mine=true&cursor=%00%ff",
        "?mine=true&cursor=bm90LWEtY3Vyc29y",
        "?mine=true&cursor=WyJ4IiwieSJd",
    ],
)
def test_history_refuses_bad_queries(annotator: Any, query: str) -> None:
    r = annotator.get(f"/submissions{query}")
    assert r.status_code == 400 and r.json()["error"]["code"] == "invalid_request"


def test_history_shows_gold_verdicts_and_reviews(
    database: Any, annotator: Any, reviewer: Any
) -> None:
    world = make_project(database, real=3, gold=1, gold_ratio_new=0.3)
    batch = lease(annotator, world.project_id, 4)
    for item in batch["items"]:
        answer = BAD if item["id"] in world.gold_ids else REAL_ANSWER
        r = annotator.post("/submissions", json=submission(batch, item["id"], answer))
        assert r.status_code == 201
    history = annotator.get("/submissions?mine=true").json()["submissions"]
    gold = [h for h in history if h["gold"] is not None]
    # A missed control item is rejected at once with the reason the annotator reads.
    assert len(gold) == 1 and gold[0]["status"] == "rejected"
    assert gold[0]["review"] == {
        "decision": "reject",
        "reason": "missed a control item",
        "comment": None,
        "reviewer": None,
        "message": {"code": "missed_control_item", "params": {}},
    }
    assert gold[0]["gold"]["passed"] is False and gold[0]["gold"]["expected"] == GOLD_ANSWER
    assert gold[0]["gold"]["hint"] == GOLD_HINT
    target = next(h for h in history if h["gold"] is None)
    r = reviewer.post(
        f"/submissions/{target['id']}/review",
        json={"decision": "reject", "reason": "wrong sentiment", "comment": "read the end"},
    )
    assert r.status_code == 200
    entry = next(
        h
        for h in annotator.get("/submissions?mine=true").json()["submissions"]
        if h["id"] == target["id"]
    )
    assert entry["status"] == "rejected"
    assert entry["review"]["decision"] == "reject"
    assert entry["review"]["reason"] == "wrong sentiment"
    assert entry["review"]["comment"] == "read the end"
    assert entry["review"]["reviewer"]["username"] == reviewer.user["username"]


def test_other_roles_list_their_own_history(reviewer: Any, lead: Any) -> None:
    for api in (reviewer, lead):
        r = api.get("/submissions?mine=true")
        assert r.status_code == 200 and r.json() == {"submissions": [], "next_cursor": None}


# --- contests ----------------------------------------------------------------------------


def test_only_a_failed_gold_verdict_of_ones_own_can_be_contested(
    database: Any, make_api: Any
) -> None:
    world = make_project(database, real=3, gold=2, gold_ratio_new=0.5)
    a, b = make_api("annotator"), make_api("annotator")
    batch = lease(a, world.project_id, 4)
    failed = submission(batch, world.gold_ids[0], BAD)
    passed = submission(batch, world.gold_ids[1], GOOD)
    real = submission(batch, world.real_ids[0])
    for body in (failed, passed, real):
        assert a.post("/submissions", json=body).status_code == 201
    for bad_body in ({}, {"reason": ""}, {"reason": 5}, [], {"reason": "x" * 3000}):
        r = a.post(f"/submissions/{failed['id']}/contest", json=bad_body)
        assert r.status_code == 400, bad_body
    r = b.post(f"/submissions/{failed['id']}/contest", json={"reason": "mine too"})
    assert r.status_code == 404
    assert a.post("/submissions/nope/contest", json={"reason": "?"}).status_code == 404
    for body in (passed, real):
        r = a.post(f"/submissions/{body['id']}/contest", json={"reason": "disagree"})
        assert r.status_code == 409 and r.json()["error"]["code"] == "conflict"
    r = a.post(f"/submissions/{failed['id']}/contest", json={"reason": "It reads as ironic."})
    assert r.status_code == 201
    contest = r.json()
    assert set(contest) == {
        "id",
        "submission_id",
        "state",
        "reason",
        "reply",
        "created_at",
        "resolved_at",
        "resolved_by",
    }
    assert contest["submission_id"] == failed["id"] and contest["created_at"].endswith("Z")
    assert (contest["state"], contest["reply"], contest["resolved_at"]) == ("open", None, None)
    r = a.post(f"/submissions/{failed['id']}/contest", json={"reason": "again"})
    assert r.status_code == 409
    # The conflict says why, and carries the contest, so a workbench can say so in place.
    assert r.json()["error"]["details"] == {
        "conflict": "already_contested",
        "contest": contest,
        "message": {"code": "contest_already", "params": {}},
    }
    for body in (passed, real):
        r = a.post(f"/submissions/{body['id']}/contest", json={"reason": "disagree"})
        assert r.json()["error"]["details"] == {
            "conflict": "not_failed",
            "message": {"code": "contest_not_failed", "params": {}},
        }


def test_leads_see_contests_with_the_items_miss_rate(
    database: Any, make_api: Any, lead: Any, reviewer: Any
) -> None:
    world = make_project(database, real=12, gold=1, gold_ratio_new=0.3)
    people = [make_api("annotator") for _ in range(4)]
    contested = None
    for n, api in enumerate(people):
        batch = lease(api, world.project_id, 3)
        body = submission(batch, world.gold_ids[0], BAD if n < 3 else GOOD)
        assert api.post("/submissions", json=body).status_code == 201
        if n == 0:
            contested = body["id"]
            api.post(f"/submissions/{body['id']}/contest", json={"reason": "ambiguous"})
    r = lead.get(f"/projects/{world.project_id}/contests")
    assert r.status_code == 200
    (entry,) = r.json()["contests"]
    assert entry["submission_id"] == contested and entry["item_id"] == world.gold_ids[0]
    assert entry["user"]["username"] == people[0].user["username"]
    assert entry["reason"] == "ambiguous" and entry["resolved_at"] is None
    assert entry["miss_rate"] == pytest.approx(0.75)
    assert reviewer.get(f"/projects/{world.project_id}/contests").status_code == 403
    assert people[0].get(f"/projects/{world.project_id}/contests").status_code == 403
    assert lead.get("/projects/none/contests").status_code == 404
    with database.transaction() as session:
        session.execute(update(Contest).values(resolved_at=datetime.now(UTC)))
    (entry,) = lead.get(f"/projects/{world.project_id}/contests").json()["contests"]
    assert entry["resolved_at"].endswith("Z")


# --- review --------------------------------------------------------------------------------


def test_the_queue_is_oldest_first_and_for_reviewers(
    database: Any, make_api: Any, reviewer: Any, lead: Any
) -> None:
    world = make_project(database, real=4)
    other = make_project(database, real=2)
    a = make_api("annotator")
    ids = _submit_all(a, lease(a, world.project_id, 4))
    _submit_all(a, lease(a, other.project_id, 2))
    r = reviewer.get(f"/review/queue?project_id={world.project_id}")
    assert r.status_code == 200
    queue = r.json()["submissions"]
    assert [s["id"] for s in queue] == ids
    entry = queue[0]
    for key in (
        "id",
        "item_id",
        "project_id",
        "status",
        "answer",
        "skip_reason",
        "active_ms",
        "submitted_at",
        "gold_score",
    ):
        assert key in entry
    assert entry["user"] == {"id": a.user["id"], "username": a.user["username"]}
    assert entry["answer"] == REAL_ANSWER and entry["status"] == "pending"
    assert len(lead.get("/review/queue").json()["submissions"]) == 6
    limited = reviewer.get(f"/review/queue?project_id={world.project_id}&limit=2").json()
    assert [s["id"] for s in limited["submissions"]] == ids[:2]
    assert a.get("/review/queue").status_code == 403
    for query in ("?status=lost", "?limit=0", "?limit=500"):
        assert reviewer.get(f"/review/queue{query}").status_code == 400


def test_decisions_change_status_and_can_be_replaced(
    database: Any, annotator: Any, reviewer: Any, lead: Any
) -> None:
    world = make_project(database, real=2)
    first, second = _submit_all(annotator, lease(annotator, world.project_id, 2))
    r = reviewer.post(f"/submissions/{first}/review", json={"decision": "accept"})
    assert r.status_code == 200
    body = r.json()
    assert body["id"] == first and body["status"] == "accepted"
    assert body["review"]["decision"] == "accept" and body["review"]["reason"] is None
    queue = reviewer.get(f"/review/queue?project_id={world.project_id}").json()["submissions"]
    assert [s["id"] for s in queue] == [second]
    r = reviewer.post(f"/submissions/{second}/review", json={"decision": "reject"})
    assert r.status_code == 400  # a reject needs a reason
    r = lead.post(
        f"/submissions/{first}/review",
        json={"decision": "reject", "reason": "missed sarcasm", "comment": "see line 2"},
    )
    assert r.status_code == 200 and r.json()["status"] == "rejected"
    assert r.json()["review"]["reviewer"]["id"] == lead.user["id"]
    accepted = reviewer.get(f"/review/queue?project_id={world.project_id}&status=rejected")
    assert [s["id"] for s in accepted.json()["submissions"]] == [first]


def test_review_refusals(database: Any, make_api: Any, reviewer: Any) -> None:
    world = make_project(database, real=1)
    both = make_api("annotator", "reviewer")
    (own,) = _submit_all(both, lease(both, world.project_id, 1))
    r = both.post(f"/submissions/{own}/review", json={"decision": "accept"})
    assert r.status_code == 403
    assert own not in [s["id"] for s in both.get("/review/queue").json()["submissions"]]
    annotator = make_api("annotator")
    assert (
        annotator.post(f"/submissions/{own}/review", json={"decision": "accept"}).status_code == 403
    )
    assert reviewer.post("/submissions/nope/review", json={"decision": "accept"}).status_code == 404
    for body in ({"decision": "maybe"}, {}, [], {"decision": "reject", "reason": 5}):
        assert reviewer.post(f"/submissions/{own}/review", json=body).status_code == 400


def test_the_item_view_shows_gold_and_every_answer(
    database: Any, make_api: Any, reviewer: Any
) -> None:
    world = make_project(database, real=1, gold=1, overlap=2, gold_ratio_new=0.5)
    a, b = make_api("annotator"), make_api("annotator")
    for api, answer in ((a, GOOD), (b, BAD)):
        batch = lease(api, world.project_id, 2)
        _submit_all(api, batch, answer)
    r = reviewer.get(f"/items/{world.gold_ids[0]}")
    assert r.status_code == 200
    body = r.json()
    assert body["item"]["id"] == world.gold_ids[0] and "training" not in body["item"]
    assert body["gold"] == {"answer": GOLD_ANSWER, "hint": GOLD_HINT}
    subs = body["submissions"]
    assert [s["user"]["id"] for s in subs] == [a.user["id"], b.user["id"]]
    assert [s["gold_score"] for s in subs] == [1.0, 0.0]
    assert {"id", "user", "answer", "status", "active_ms", "gold_score"} <= set(subs[0])
    real = reviewer.get(f"/items/{world.real_ids[0]}").json()
    assert real["gold"] is None and len(real["submissions"]) == 2
    assert a.get(f"/items/{world.real_ids[0]}").status_code == 403
    assert reviewer.get("/items/nope").status_code == 404
    assert reviewer.get(f"/items/{'x' * 300}").status_code == 404
