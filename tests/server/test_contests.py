"""Contests end: a lead upholds one (with a corrected gold answer, or by removing the item's
gold) or dismisses it with a reply; the annotator reads the outcome in their history."""

from __future__ import annotations

from typing import Any

import pytest

from tests.server.factories import BAD, GOLD_ANSWER, GOOD, lease, make_project, submission

OTHER = {"sentiment": "neutral"}


@pytest.fixture
def contested(database: Any, make_api: Any) -> dict[str, Any]:
    """One gold item (answer: negative) missed by `a` (positive, contested) and `b`
    (neutral, contested too), passed by `c`; and a second gold item `a` missed without
    contesting it."""
    world = make_project(
        database, real=3, gold=2, gold_ratio_new=0.4, overlap=3, reward_amount="0.20"
    )
    item, other_item = world.gold_ids
    a, b, c = (make_api("annotator") for _ in range(3))
    subs: dict[str, str] = {}
    for name, api, answer in (("a", a, BAD), ("b", b, OTHER), ("c", c, GOOD)):
        batch = lease(api, world.project_id, 5)
        gold_in_batch = {i["id"] for i in batch["items"]} & set(world.gold_ids)
        assert gold_in_batch == {item, other_item}
        for item_id in sorted(gold_in_batch):
            body = submission(batch, item_id, answer if item_id == item else BAD)
            r = api.post("/submissions", json=body)
            assert r.status_code == 201, r.text
            if item_id == item:
                subs[name] = body["id"]
    contests = {}
    for name, api in (("a", a), ("b", b)):
        r = api.post(f"/submissions/{subs[name]}/contest", json={"reason": f"{name} disagrees"})
        assert r.status_code == 201, r.text
        contests[name] = r.json()["id"]
    people = {"a": a, "b": b, "c": c}
    return {"world": world, "item": item, "subs": subs, "contests": contests, **people}


def _entry(api: Any, sub_id: str) -> dict[str, Any]:
    entries = api.get("/submissions?mine=true").json()["submissions"]
    return next(e for e in entries if e["id"] == sub_id)


def _skill(api: Any, skill: str) -> tuple[int, int]:
    s = api.get("/me").json()["skills"][skill]
    return s["gold_answered"], s["gold_passed"]


def _contests(lead: Any, project_id: str) -> dict[str, dict[str, Any]]:
    body = lead.get(f"/projects/{project_id}/contests").json()
    return {c["id"]: c for c in body["contests"]}


def test_uphold_with_a_corrected_gold_answer(contested: dict[str, Any], lead: Any) -> None:
    a, b, c, subs = contested["a"], contested["b"], contested["c"], contested["subs"]
    pid = contested["world"].project_id
    assert _entry(a, subs["a"])["status"] == "rejected"
    assert a.get("/me").json()["earnings"]["rejected"] == "0.40"
    r = lead.post(
        f"/contests/{contested['contests']['a']}/resolve",
        json={
            "decision": "uphold",
            "gold": {"answer": BAD, "hint": "The praise is sincere."},
            "reply": "You are right: the review is positive.",
        },
    )
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["rescored"] == 3 and body["gold"] == {
        "answer": BAD,
        "hint": "The praise is sincere.",
    }
    resolved = body["contest"]
    assert resolved["state"] == "upheld" and resolved["resolved_at"].endswith("Z")
    assert resolved["reply"] == "You are right: the review is positive."
    assert resolved["resolved_by"]["username"] == lead.user["username"]
    # The annotator reads the outcome in history; the answer is accepted and paid now.
    entry = _entry(a, subs["a"])
    assert entry["status"] == "accepted" and entry["gold"]["passed"] is True
    assert entry["contest"]["state"] == "upheld"
    assert entry["contest"]["reply"] == "You are right: the review is positive."
    assert entry["contest"]["reason"] == "a disagrees"
    assert a.get("/me").json()["earnings"]["approved"] == "0.20"
    assert a.get("/me").json()["earnings"]["rejected"] == "0.20"  # the other item's miss
    assert _skill(a, pid) == (2, 1)
    # b's answer still misses the corrected gold: its contest stays open; c's pass turned
    # into a miss, decided by the verdict.
    assert _entry(b, subs["b"])["contest"]["state"] == "open"
    assert _entry(c, subs["c"])["status"] == "rejected" and _skill(c, pid) == (2, 0)
    listed = _contests(lead, pid)
    assert listed[contested["contests"]["a"]]["state"] == "upheld"
    assert listed[contested["contests"]["b"]]["state"] == "open"
    # A resolved contest is not resolved again.
    r = lead.post(
        f"/contests/{contested['contests']['a']}/resolve",
        json={"decision": "dismiss", "reply": "Changed my mind."},
    )
    assert r.status_code == 409 and r.json()["error"]["details"]["state"] == "upheld"
    # Nor contested again: the button can say so from the conflict.
    r = a.post(f"/submissions/{subs['a']}/contest", json={"reason": "again"})
    assert r.status_code == 409
    assert r.json()["error"]["details"]["contest"]["state"] == "upheld"


def test_an_uphold_pays_even_when_the_correction_still_misses(
    contested: dict[str, Any], lead: Any
) -> None:
    b, subs, pid = contested["b"], contested["subs"], contested["world"].project_id
    # The lead corrects the hint only: b's answer still misses, but the lead upholds it.
    r = lead.post(
        f"/contests/{contested['contests']['b']}/resolve",
        json={"decision": "uphold", "gold": {"answer": GOLD_ANSWER, "hint": "Mixed, but sour."}},
    )
    assert r.status_code == 200, r.text
    assert r.json()["contest"]["state"] == "upheld" and r.json()["contest"]["reply"] is None
    entry = _entry(b, subs["b"])
    assert entry["status"] == "accepted" and entry["gold"]["passed"] is False
    assert entry["review"] is None  # accepted by the contest, not the verdict
    assert _skill(b, pid) == (2, 0)  # still a miss for the skill
    # A person decided: putting the gold answer back does not reject it again.
    assert (
        lead.put(f"/items/{contested['item']}/gold", json={"answer": GOLD_ANSWER}).status_code
        == 200
    )
    assert _entry(b, subs["b"])["status"] == "accepted"
    # a's contest was not settled by that correction.
    assert _contests(lead, pid)[contested["contests"]["a"]]["state"] == "open"


def test_uphold_by_removing_the_items_gold(contested: dict[str, Any], lead: Any) -> None:
    a, b, c, subs = contested["a"], contested["b"], contested["c"], contested["subs"]
    pid = contested["world"].project_id
    r = lead.post(
        f"/contests/{contested['contests']['a']}/resolve",
        json={"decision": "uphold", "gold": None, "reply": "Too ambiguous to be gold."},
    )
    assert r.status_code == 200, r.text
    assert r.json()["gold"] is None and r.json()["rescored"] == 0
    assert lead.get(f"/items/{contested['item']}").json()["gold"] is None
    for api, name in ((a, "a"), (b, "b")):  # every open contest on the item is upheld
        entry = _entry(api, subs[name])
        assert entry["status"] == "accepted" and entry["gold"]["withdrawn"] is True
        assert entry["contest"]["state"] == "upheld"
        assert entry["contest"]["reply"] == "Too ambiguous to be gold."
        assert _skill(api, pid) == (1, 0)  # the other item's miss is all that counts
    assert _entry(c, subs["c"])["status"] == "accepted" and _skill(c, pid) == (1, 0)


def test_dismiss_with_a_reply(contested: dict[str, Any], lead: Any) -> None:
    a, subs, pid = contested["a"], contested["subs"], contested["world"].project_id
    url = f"/contests/{contested['contests']['a']}/resolve"
    for body in ({"decision": "dismiss"}, {"decision": "dismiss", "reply": "   "}):
        r = lead.post(url, json=body)
        assert r.status_code == 400 and r.json()["error"]["details"]["errors"][0]["path"] == "reply"
    r = lead.post(url, json={"decision": "dismiss", "reply": "The last line is sarcastic."})
    assert r.status_code == 200, r.text
    assert r.json()["contest"]["state"] == "dismissed" and r.json()["rescored"] == 0
    assert r.json()["gold"]["answer"] == GOLD_ANSWER
    entry = _entry(a, subs["a"])
    assert entry["status"] == "rejected" and entry["review"]["reason"] == "missed a control item"
    assert entry["contest"]["state"] == "dismissed"
    assert entry["contest"]["reply"] == "The last line is sarcastic."
    assert entry["contest"]["resolved_by"]["username"] == lead.user["username"]
    assert _skill(a, pid) == (2, 0)
    assert _contests(lead, pid)[contested["contests"]["b"]]["state"] == "open"


def test_resolutions_are_checked_before_anything_changes(
    contested: dict[str, Any], lead: Any, reviewer: Any
) -> None:
    a, pid = contested["a"], contested["world"].project_id
    url = f"/contests/{contested['contests']['a']}/resolve"
    for body, path in (
        ({"decision": "keep"}, "decision"),
        ({"decision": "uphold"}, "gold"),
        ({"decision": "uphold", "gold": [1]}, "gold"),
        ({"decision": "dismiss", "reply": "no", "gold": None}, "gold"),
        ({"decision": "dismiss", "reply": "no", "why": "x"}, "why"),
        ({"decision": "dismiss", "reply": 5}, "reply"),
    ):
        r = lead.post(url, json=body)
        assert r.status_code == 400 and r.json()["error"]["details"]["errors"][0]["path"] == path, (
            body
        )
    r = lead.post(url, json={"decision": "uphold", "gold": {"answer": {"sentiment": "odd"}}})
    assert r.status_code == 422 and r.json()["error"]["code"] == "invalid_answer"
    for who in (a, reviewer):
        assert who.post(url, json={"decision": "dismiss", "reply": "no"}).status_code == 403
    missing = lead.post("/contests/nope/resolve", json={"decision": "dismiss", "reply": "no"})
    assert missing.status_code == 404
    assert _contests(lead, pid)[contested["contests"]["a"]]["state"] == "open"
    assert lead.get(f"/items/{contested['item']}").json()["gold"]["answer"] == GOLD_ANSWER
