"""Comparison exports from the task server: preference pairs, rankings and criteria
ratings, each merged from every annotator's answer, offered only for a schema with the
field they hold."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest
from sqlalchemy import update

from labeler.server.models import Item
from tests.server.factories import make_project
from tests.server.factory import add_submission

SCHEMA = {
    "title": "Answers",
    "media": "text",
    "fields": [
        {"name": "better", "kind": "pairwise"},
        {"name": "order", "kind": "ranking", "required": False},
        {"name": "quality", "kind": "criteria", "required": False, "rows": [{"value": "help"}]},
    ],
}
DATA = {
    "candidates": [
        {"key": "A", "text": "Paris is the capital."},
        {"key": "B", "text": "Lyon, I think."},
    ],
    "model": "m-7",
}


@pytest.fixture
def voted(database: Any, make_api: Any) -> dict[str, Any]:
    """Two items with two candidates: the first chosen A by two annotators (one much
    better) and B by one, all accepted; the second split A/B, one of them pending."""
    world = make_project(database, real=2, schema=SCHEMA)
    with database.transaction() as session:
        session.execute(update(Item).where(Item.id.in_(world.real_ids)).values(data=DATA))
    a, b, c = make_api("annotator"), make_api("annotator"), make_api("annotator")
    first, second = world.real_ids
    skill = world.project_id

    def submit(api: Any, item: str, answer: dict[str, Any], status: str = "accepted") -> None:
        add_submission(
            database, api.user["id"], world.project_id, item, answer, skill=skill, status=status
        )

    submit(
        a,
        first,
        {
            "better": {"winner": "A", "strength": 2},
            "order": {"A": 1, "B": 2},
            "quality": {"help": 5},
        },
    )
    submit(b, first, {"better": {"winner": "A"}, "order": {"A": 1, "B": 2}, "quality": {"help": 4}})
    submit(c, first, {"better": {"winner": "B"}, "order": {"A": 2, "B": 1}, "quality": {"help": 1}})
    submit(a, second, {"better": {"winner": "A"}})
    submit(b, second, {"better": {"winner": "B"}}, status="pending")
    return {"world": world, "names": [x.user["username"] for x in (a, b, c)]}


def _get(lead: Any, project_id: str, query: str) -> Any:
    r = lead.get(f"/projects/{project_id}/export?{query}")
    assert r.status_code == 200, r.text
    return r


def test_preference_pairs_of_accepted_votes(voted: dict[str, Any], lead: Any) -> None:
    world = voted["world"]
    r = _get(lead, world.project_id, "format=preference-jsonl")
    assert r.headers["content-type"].startswith("application/x-ndjson")
    assert (
        f'filename="{world.project_id}-preference-jsonl.jsonl"' in r.headers["content-disposition"]
    )
    line, second = [json.loads(x) for x in r.text.splitlines()]
    assert line == {
        "prompt": "Review 1: the service was fine, I think.",
        "chosen": "Paris is the capital.",
        "rejected": "Lyon, I think.",
        "margin": pytest.approx((2 + 1 - 1) / 3, abs=1e-6),
        "agreement": pytest.approx(2 / 3, abs=1e-6),
    }
    # The second item's pending vote waits for review: its one accepted vote decides.
    assert (second["chosen"], second["margin"], second["agreement"]) == (
        "Paris is the capital.",
        1.0,
        1.0,
    )
    report = lead.get(f"/projects/{world.project_id}/export/report?format=preference-jsonl")
    assert report.json()["items"] == 2 and report.json()["entries"] == 4


def test_the_consensus_choice_takes_pending_votes_too(voted: dict[str, Any], lead: Any) -> None:
    world = voted["world"]
    query = "format=preference-jsonl&answers=consensus"
    assert len(_get(lead, world.project_id, query).text.splitlines()) == 1
    report = lead.get(f"/projects/{world.project_id}/export/report?{query}").json()
    (tied,) = [n for n in report["not_held"] if "tie" in n["why"]]
    assert tied["examples"] == [world.real_ids[1]]


def test_rankings_name_each_annotator(voted: dict[str, Any], lead: Any) -> None:
    world = voted["world"]
    (line,) = [
        json.loads(x)
        for x in _get(lead, world.project_id, "format=ranking-jsonl").text.splitlines()
    ]
    assert [c["key"] for c in line["candidates"]] == ["A", "B"]
    assert sorted(r["annotator"] for r in line["rankings"]) == sorted(voted["names"])


def test_criteria_csv_with_the_median(voted: dict[str, Any], lead: Any) -> None:
    world = voted["world"]
    r = _get(lead, world.project_id, "format=criteria-csv")
    assert r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.content.decode("utf-8-sig"))))
    ratings = sorted((row["annotator"], row["rating"]) for row in rows if row["annotator"])
    assert ratings == sorted(zip(voted["names"], ["5", "4", "1"], strict=True))
    (median,) = [row for row in rows if row["median_of"]]
    assert (median["rating"], median["median_of"]) == ("4", "3")


def test_a_schema_without_the_field_is_refused(database: Any, lead: Any) -> None:
    world = make_project(database, real=1)  # a text project with a choice field
    for fmt in ("preference-jsonl", "ranking-jsonl", "criteria-csv"):
        for path in ("export", "export/report"):
            r = lead.get(f"/projects/{world.project_id}/{path}?format={fmt}")
            assert r.status_code == 400, r.text
            assert "needs a" in r.text and "field" in r.text
