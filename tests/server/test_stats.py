"""Project statistics and the JSON-lines export."""

from __future__ import annotations

import json
from typing import Any

import pytest

from labeler.core.agreement import field_agreement
from labeler.core.schema import parse_schema
from tests.server.factories import (
    BAD,
    GOOD,
    IMAGE_SCHEMA,
    TEXT_SCHEMA,
    lease,
    make_media,
    make_project,
    submission,
)

A_ANSWERS = [{"sentiment": "neutral"}, {"sentiment": "neutral"}, {"sentiment": "neutral"}]
B_ANSWERS: list[Any] = [{"sentiment": "neutral"}, {"sentiment": "positive"}, None]


@pytest.fixture
def worked(database: Any, make_api: Any, reviewer: Any) -> dict[str, Any]:
    """Two annotators on 3 real items (overlap 2) and one gold item; some reviews."""
    world = make_project(database, real=3, gold=1, overlap=2, gold_ratio_new=0.3)
    a, b = make_api("annotator"), make_api("annotator")
    subs: dict[str, list[str]] = {}
    for name, api, answers, gold_answer, times in (
        ("a", a, A_ANSWERS, GOOD, [1000, 2000, 3000]),
        ("b", b, B_ANSWERS, BAD, [500, 700, 900]),
    ):
        batch = lease(api, world.project_id, 4)
        ids = []
        for item_id, answer, ms in zip(world.real_ids, answers, times, strict=True):
            extra = {"skip_reason": "unreadable"} if answer is None else {}
            body = submission(batch, item_id, answer, active_ms=ms, **extra)
            assert api.post("/submissions", json=body).status_code == 201
            ids.append(body["id"])
        body = submission(batch, world.gold_ids[0], gold_answer, active_ms=4000)
        assert api.post("/submissions", json=body).status_code == 201
        subs[name] = ids
    accept = {"decision": "accept"}
    reject = {"decision": "reject", "reason": "wrong"}
    assert reviewer.post(f"/submissions/{subs['a'][0]}/review", json=accept).status_code == 200
    assert reviewer.post(f"/submissions/{subs['b'][0]}/review", json=accept).status_code == 200
    assert reviewer.post(f"/submissions/{subs['b'][1]}/review", json=reject).status_code == 200
    return {"world": world, "a": a, "b": b, "subs": subs}


def test_stats_count_items_submissions_agreement_and_annotators(
    worked: dict[str, Any], lead: Any, reviewer: Any
) -> None:
    world = worked["world"]
    r = lead.get(f"/projects/{world.project_id}/stats")
    assert r.status_code == 200
    stats = r.json()
    assert stats["items_total"] == 3
    assert stats["items_done"] == 2  # the third has one answer and one skip
    assert stats["submissions"] == 8
    expected = field_agreement(
        parse_schema(TEXT_SCHEMA),
        [[A_ANSWERS[0], B_ANSWERS[0]], [A_ANSWERS[1], B_ANSWERS[1]], [A_ANSWERS[2]]],
    )
    assert stats["agreement"] == expected
    assert stats["agreement"]["sentiment"]["metric"] == "krippendorff_alpha"
    by_name = {x["user"]["username"]: x for x in stats["annotators"]}
    a = by_name[worked["a"].user["username"]]
    b = by_name[worked["b"].user["username"]]
    assert a == {
        "user": {"id": worked["a"].user["id"], "username": worked["a"].user["username"]},
        "submissions": 4,
        "gold_answered": 1,
        "gold_accuracy": 1.0,
        "gold_passed": 1,
        "gold_accuracy_ci": [pytest.approx(0.2065, abs=1e-4), 1.0],
        "median_active_ms": 2500,
        "too_fast": 1,  # under 2000 ms (the project's median is 1500)
        "accepted": 2,
        "rejected": 0,
        "acceptance_rate": 1.0,
        "longest_streak": 3,
        "pairwise_bias": {},  # no pairwise field
    }
    assert (b["gold_answered"], b["gold_accuracy"], b["median_active_ms"]) == (1, 0.0, 800)
    # b's missed control item is rejected by its verdict: one accepted, two rejected.
    assert (b["accepted"], b["rejected"]) == (1, 2)
    assert reviewer.get(f"/projects/{world.project_id}/stats").status_code == 200


def test_stats_of_an_empty_project_and_refusals(database: Any, lead: Any, annotator: Any) -> None:
    world = make_project(database, real=2)
    stats = lead.get(f"/projects/{world.project_id}/stats").json()
    assert stats["items_total"] == 2 and stats["items_done"] == 0 and stats["submissions"] == 0
    assert stats["annotators"] == []
    assert all(v["value"] is None for v in stats["agreement"].values())
    assert annotator.get(f"/projects/{world.project_id}/stats").status_code == 403
    assert lead.get("/projects/nope/stats").status_code == 404


def _lines(response: Any) -> list[dict[str, Any]]:
    return [json.loads(line) for line in response.text.splitlines()]


def test_export_streams_one_line_per_real_item_with_accepted_answers(
    worked: dict[str, Any], lead: Any
) -> None:
    world = worked["world"]
    r = lead.get(f"/projects/{world.project_id}/export?format=jsonl")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/x-ndjson")
    lines = _lines(r)
    assert [x["item_id"] for x in lines] == world.real_ids
    first = lines[0]
    assert set(first) == {"item_id", "text", "data", "answers"}
    assert first["text"].startswith("Review") and first["data"]["source"] == "factory"
    assert {a["submission_id"] for a in first["answers"]} == {
        worked["subs"]["a"][0],
        worked["subs"]["b"][0],
    }
    assert first["answers"][0]["answer"] == {"sentiment": "neutral"}
    assert set(first["answers"][0]["user"]) == {"id", "username"}
    assert lines[1]["answers"] == [] and lines[2]["answers"] == []  # pending or rejected


def test_export_of_image_items_names_their_media(database: Any, lead: Any) -> None:
    media = make_media(database)
    world = make_project(database, real=2, schema=IMAGE_SCHEMA, media=media)
    lines = _lines(lead.get(f"/projects/{world.project_id}/export"))
    assert [x["media"] for x in lines] == [media.sha256] * 2
    assert all("text" not in x for x in lines)


def test_export_pages_through_large_projects(database: Any, lead: Any) -> None:
    world = make_project(database, real=1203, review_rate=0.0)
    lines = _lines(lead.get(f"/projects/{world.project_id}/export?format=jsonl"))
    assert [x["item_id"] for x in lines] == world.real_ids


def test_export_refusals(database: Any, lead: Any, annotator: Any, reviewer: Any) -> None:
    world = make_project(database, real=1)
    r = lead.get(f"/projects/{world.project_id}/export?format=xml")
    assert r.status_code == 400 and r.json()["error"]["code"] == "invalid_request"
    assert annotator.get(f"/projects/{world.project_id}/export").status_code == 403
    assert reviewer.get(f"/projects/{world.project_id}/export").status_code == 200
    assert lead.get("/projects/nope/export").status_code == 404
