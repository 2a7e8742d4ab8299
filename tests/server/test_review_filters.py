"""The review queue's filters (annotator, status, gold, gold score) and its keyset pages."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import update

from labeler.server.models import Submission
from labeler.server.services.payload import encode_cursor
from tests.server.factories import GOOD, REAL_ANSWER, make_project
from tests.server.factory import add_submission

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def queue_world(database: Any, make_api: Any, reviewer: Any) -> dict[str, Any]:
    """Two annotators' submissions in one project (plus one elsewhere and the reviewer's
    own), with known statuses, gold scores and times (some times shared)."""
    world = make_project(database, real=6, gold=3)
    other = make_project(database, real=1)
    a, b = make_api("annotator"), make_api("annotator")
    skill = world.project_id
    made: dict[str, dict[str, Any]] = {}

    def add(name: str, who: Any, item: str, minute: int, **kw: Any) -> None:
        rescore = "score" in kw
        score = kw.pop("score", None)
        answer = kw.pop("answer", REAL_ANSWER)
        sub_id = add_submission(
            database,
            who.user["id"],
            kw.pop("project", world.project_id),
            item,
            answer,
            skill=skill,
            at=T0 + timedelta(minutes=minute),
            **kw,
        )
        if rescore:
            with database.transaction() as session:
                session.execute(
                    update(Submission).where(Submission.id == sub_id).values(gold_score=score)
                )
        made[name] = {"id": sub_id, "minute": minute, "user": who.user["username"], **kw}

    real, gold = world.real_ids, world.gold_ids
    add("a_real_pending", a, real[0], 1, status="pending")
    add("b_real_pending", b, real[0], 1, status="pending")  # the same moment as the last
    add("a_real_accepted", a, real[1], 2, status="accepted")
    add("b_real_rejected", b, real[1], 3, status="rejected")
    add("a_gold_1", a, gold[0], 4, is_gold=True, gold_passed=True, score=1.0, answer=GOOD)
    add("b_gold_half", b, gold[0], 5, is_gold=True, gold_passed=False, score=0.5)
    add("a_gold_0", a, gold[1], 6, is_gold=True, gold_passed=False, score=0.0)
    add(
        "b_gold_pending", b, gold[2], 7, is_gold=True, gold_passed=True, score=0.8, status="pending"
    )
    add("b_gold_skip", b, gold[1], 8, is_gold=True, answer=None, score=None)  # a skip
    add("a_real_pending_2", a, real[2], 9, status="pending")
    add("elsewhere", a, other.real_ids[0], 0, status="pending", project=other.project_id)
    add("own", reviewer, real[3], 0, status="pending")
    return {"world": world, "made": made, "a": a, "b": b}


def _ids(reviewer: Any, query: str) -> list[str]:
    r = reviewer.get(f"/review/queue?{query}")
    assert r.status_code == 200, r.text
    body = r.json()
    assert set(body) == {"submissions", "next_cursor"}
    return [s["id"] for s in body["submissions"]]


def _names(made: dict[str, Any], *names: str) -> list[str]:
    """Ids in queue order: by time received, then id."""
    chosen = sorted((made[n]["minute"], made[n]["id"]) for n in names)
    return [sub_id for _, sub_id in chosen]


def test_filters_pick_what_they_name(queue_world: dict[str, Any], reviewer: Any) -> None:
    made, p = queue_world["made"], queue_world["world"].project_id
    a, b = queue_world["a"].user["username"], queue_world["b"].user["username"]
    in_p = f"project_id={p}"
    pending = ["a_real_pending", "b_real_pending", "b_gold_pending", "a_real_pending_2"]
    assert _ids(reviewer, in_p) == _names(made, *pending)
    assert _ids(reviewer, f"{in_p}&status=pending") == _names(made, *pending)
    accepted = ["a_real_accepted", "a_gold_1", "b_gold_half", "a_gold_0", "b_gold_skip"]
    assert _ids(reviewer, f"{in_p}&status=accepted") == _names(made, *accepted)
    assert _ids(reviewer, f"{in_p}&status=rejected") == _names(made, "b_real_rejected")
    everything = [n for n in made if n not in ("elsewhere", "own")]
    assert _ids(reviewer, f"{in_p}&status=any") == _names(made, *everything)
    assert _ids(reviewer, f"{in_p}&status=any&user={a}") == _names(
        made, *[n for n in everything if made[n]["user"] == a]
    )
    assert _ids(reviewer, f"{in_p}&user={b}") == _names(made, "b_real_pending", "b_gold_pending")
    gold = [n for n in everything if made[n].get("is_gold")]
    assert _ids(reviewer, f"{in_p}&status=any&gold=true") == _names(made, *gold)
    assert _ids(reviewer, f"{in_p}&status=any&gold=false") == _names(
        made, *[n for n in everything if n not in gold]
    )
    # Scores are inclusive at both ends, and only scored gold submissions take part.
    assert _ids(reviewer, f"{in_p}&status=any&min_gold_score=0.5") == _names(
        made, "a_gold_1", "b_gold_half", "b_gold_pending"
    )
    assert _ids(reviewer, f"{in_p}&status=any&max_gold_score=0.5") == _names(
        made, "b_gold_half", "a_gold_0"
    )
    assert _ids(reviewer, f"{in_p}&status=any&min_gold_score=0.5&max_gold_score=0.8") == _names(
        made, "b_gold_half", "b_gold_pending"
    )
    assert _ids(reviewer, f"{in_p}&status=accepted&gold=true&user={b}&max_gold_score=1") == (
        _names(made, "b_gold_half")
    )
    # Without a project: every project, still never the reviewer's own.
    every = _ids(reviewer, "status=any&limit=200")
    assert made["elsewhere"]["id"] in every and made["own"]["id"] not in every
    # An unknown annotator, or the reviewer asking for their own, is an empty page.
    assert _ids(reviewer, f"{in_p}&user=nobody-at-all") == []
    assert _ids(reviewer, f"user={reviewer.user['username']}&status=any") == []


def test_entries_say_whether_the_item_is_gold(queue_world: dict[str, Any], reviewer: Any) -> None:
    made, p = queue_world["made"], queue_world["world"].project_id
    entries = reviewer.get(f"/review/queue?project_id={p}&status=any").json()["submissions"]
    by_id = {e["id"]: e for e in entries}
    expected_keys = {
        "id",
        "item_id",
        "project_id",
        "user",
        "status",
        "answer",
        "skip_reason",
        "active_ms",
        "submitted_at",
        "gold_score",
        "schema_version",
        "review",
        "is_gold",
        "amends",
        "amended_by",
        "prefill_confidence",
    }
    assert all(set(e) == expected_keys for e in entries)
    assert by_id[made["a_gold_1"]["id"]]["is_gold"] is True
    assert by_id[made["a_gold_1"]["id"]]["gold_score"] == 1.0
    assert by_id[made["a_real_pending"]["id"]]["is_gold"] is False
    assert by_id[made["b_gold_skip"]["id"]]["gold_score"] is None
    item = by_id[made["a_gold_1"]["id"]]["item_id"]
    assert all("is_gold" in s for s in reviewer.get(f"/items/{item}").json()["submissions"])


def test_pages_follow_the_cursor_to_the_end(queue_world: dict[str, Any], reviewer: Any) -> None:
    made, p = queue_world["made"], queue_world["world"].project_id
    everything = [n for n in made if n not in ("elsewhere", "own")]
    for size in (1, 2, 3, 10):
        seen: list[str] = []
        cursor = None
        for _ in range(20):
            query = f"/review/queue?project_id={p}&status=any&limit={size}"
            body = reviewer.get(query + (f"&cursor={cursor}" if cursor else "")).json()
            assert len(body["submissions"]) <= size
            seen += [s["id"] for s in body["submissions"]]
            cursor = body["next_cursor"]
            if cursor is None:
                break
        assert seen == _names(made, *everything), size
    # A cursor keeps its place when the filters narrow: pending after the shared moment.
    first = reviewer.get(f"/review/queue?project_id={p}&limit=1").json()
    rest = _ids(reviewer, f"project_id={p}&cursor={first['next_cursor']}")
    pending = ["a_real_pending", "b_real_pending", "b_gold_pending", "a_real_pending_2"]
    assert [first["submissions"][0]["id"], *rest] == _names(made, *pending)


def test_a_decision_moves_a_submission_between_statuses(
    queue_world: dict[str, Any], reviewer: Any
) -> None:
    made, p = queue_world["made"], queue_world["world"].project_id
    target = made["a_real_pending"]["id"]
    r = reviewer.post(f"/submissions/{target}/review", json={"decision": "accept"})
    assert r.status_code == 200 and r.json()["is_gold"] is False
    assert target not in _ids(reviewer, f"project_id={p}")
    assert target in _ids(reviewer, f"project_id={p}&status=accepted&gold=false")


BAD_QUERIES = [
    "status=lost",
    "status=ANY",
    "gold=maybe",
    "min_gold_score=-0.1",
    "max_gold_score=1.5",
    "min_gold_score=nan",
    "max_gold_score=inf",
    "min_gold_score=abc",
    "min_gold_score=0.9&max_gold_score=0.1",
    "limit=0",
    "limit=201",
    "limit=100000000000000000000000",
    "limit=2.5",
    "cursor=%%%",
    "cursor=bm90IGpzb24",
    f"cursor={encode_cursor(['yesterday', 'x'])}",
    f"cursor={encode_cursor(['2026-03-01T12:00:00', 'x'])}",
    f"cursor={encode_cursor(['99999-01-01T00:00:00+00:00', 'x'])}",
    f"cursor={encode_cursor(['2026-03-01T12:00:00+00:00'])}",
]


@pytest.mark.parametrize("query", BAD_QUERIES)
def test_bad_queries_answer_400(reviewer: Any, query: str) -> None:
    r = reviewer.get(f"/review/queue?{query}")
    assert r.status_code == 400, (query, r.status_code, r.text[:200])
    error = r.json()["error"]
    assert error["code"] == "invalid_request" and error["message"]


def test_odd_but_harmless_values(reviewer: Any, annotator: Any) -> None:
    for query in ("user=" + "x" * 5000, "project_id=" + "y" * 5000, "user=%C3%A9%F0%9F%98%80"):
        r = reviewer.get(f"/review/queue?{query}")
        assert r.status_code == 200 and r.json() == {"submissions": [], "next_cursor": None}
    assert reviewer.get("/review/queue?min_gold_score=0&max_gold_score=1").status_code == 200
    assert reviewer.get("/review/queue?gold=false&status=any&limit=200").status_code == 200
    r = annotator.get("/review/queue?status=any&gold=true")
    assert r.status_code == 403 and r.json()["error"]["code"] == "forbidden"
