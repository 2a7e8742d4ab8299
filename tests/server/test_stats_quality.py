"""Project statistics' quality figures: active-time median and too-fast threshold, gold
intervals, acceptance, streaks, and confusion matrices per field."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import update

from labeler.core.agreement import field_agreement
from labeler.core.quality import NO_LABEL, wilson_interval
from labeler.core.schema import parse_schema
from labeler.server.db import Database
from labeler.server.models import Batch, Item, Submission
from tests.server.factories import World, add_items, make_project

SCHEMA: dict[str, Any] = {
    "title": "Moods",
    "media": "text",
    "fields": [
        {
            "name": "mood",
            "kind": "choice",
            "labels": [{"value": "happy"}, {"value": "sad"}, {"value": "calm"}],
        },
        {
            "name": "tags",
            "kind": "multichoice",
            "labels": [{"value": "a"}, {"value": "b"}, {"value": "c"}],
        },
        {"name": "stars", "kind": "rating", "min": 1, "max": 3, "required": False},
        {"name": "note", "kind": "text"},
    ],
}
GOLD = {"mood": "happy", "tags": ["a", "b"], "stars": 3}
T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


class Rows:
    """Submission rows written straight to the database, many in one transaction."""

    def __init__(self, database: Database, project_id: str) -> None:
        self.database = database
        self.project_id = project_id
        self.pending: list[dict[str, Any]] = []

    def add(
        self,
        user: Any,
        item_id: str,
        answer: dict[str, Any] | None,
        *,
        minute: float,
        received: float | None = None,
        active_ms: int = 5000,
        status: str = "accepted",
        gold: bool | None = None,
    ) -> None:
        self.pending.append(
            {
                "user_id": user.user["id"],
                "item_id": item_id,
                "answer": answer,
                "submitted_at": T0 + timedelta(minutes=minute),
                "received_at": T0 + timedelta(minutes=minute if received is None else received),
                "active_ms": active_ms,
                "status": status,
                "is_gold": gold is not None,
                "gold_passed": gold,
                "gold_score": None if gold is None else float(gold),
            }
        )

    def write(self) -> None:
        with self.database.transaction() as session:
            batches: dict[str, str] = {}
            for row in self.pending:
                if row["user_id"] not in batches:
                    batch = Batch(
                        project_id=self.project_id,
                        user_id=row["user_id"],
                        schema_version=1,
                        lease_expires_at=T0,
                    )
                    session.add(batch)
                    session.flush()
                    batches[row["user_id"]] = batch.id
                session.add(
                    Submission(
                        id=str(uuid.uuid4()),
                        batch_id=batches[row["user_id"]],
                        project_id=self.project_id,
                        schema_version=1,
                        skip_reason=None if row["answer"] is not None else "unreadable",
                        started_at=row["submitted_at"] - timedelta(seconds=5),
                        body_digest="0" * 64,
                        skill=self.project_id,
                        counts_for_skill=row["is_gold"],
                        **row,
                    )
                )
        self.pending.clear()


def _world(database: Database, real: int, gold: int, **settings: Any) -> World:
    world = make_project(database, real=real, schema=SCHEMA, **settings)
    world.gold_ids = add_items(database, world.project_id, gold, gold=True, answer=GOLD)
    return world


def _stats(api: Any, project_id: str) -> dict[str, Any]:
    r = api.get(f"/projects/{project_id}/stats")
    assert r.status_code == 200, r.text
    return r.json()  # type: ignore[no-any-return]


def _by_user(stats: dict[str, Any], api: Any) -> dict[str, Any]:
    return next(a for a in stats["annotators"] if a["user"]["id"] == api.user["id"])


def test_quality_figures_per_annotator(database: Any, make_api: Any, lead: Any) -> None:
    world = _world(database, real=6, gold=2)
    a, b = make_api("annotator"), make_api("annotator")
    rows = Rows(database, world.project_id)
    happy, sad = {"mood": "happy", "tags": []}, {"mood": "sad", "tags": []}
    r = world.real_ids
    # a, in submission order: happy, happy, (skip), happy, sad, gold, sad; received in
    # another order (happy, sad, skip, happy, happy, ...), where the longest run is 2.
    rows.add(a, r[0], happy, minute=1, received=9, active_ms=40_000, status="pending")
    rows.add(a, r[1], happy, minute=2, received=5, active_ms=40_000, status="rejected")
    rows.add(a, r[2], None, minute=3, received=7, active_ms=100)
    rows.add(a, r[3], {"tags": [], "mood": "happy"}, minute=4, received=8, active_ms=9_000)
    rows.add(a, r[4], sad, minute=5, received=6, active_ms=9_500)
    rows.add(a, world.gold_ids[0], GOLD, minute=10, active_ms=12_000, gold=True)
    rows.add(a, world.gold_ids[1], sad, minute=11, active_ms=12_000, gold=False)
    # b: two answers, both too fast, nothing decided or gold.
    rows.add(b, r[0], sad, minute=1, active_ms=100, status="pending")
    rows.add(b, r[1], happy, minute=2, active_ms=2_999, status="pending")
    rows.write()
    stats = _stats(lead, world.project_id)
    times = sorted([40_000, 40_000, 100, 9_000, 9_500, 12_000, 12_000, 100, 2_999])
    assert stats["median_active_ms"] == 9_500
    assert stats["too_fast_ms"] == 9_500 / 4 == 2375
    first = _by_user(stats, a)
    assert first["submissions"] == 7 and first["gold_answered"] == 2 and first["gold_passed"] == 1
    assert first["gold_accuracy"] == 0.5
    assert first["gold_accuracy_ci"] == pytest.approx(list(wilson_interval(1, 2) or ()))
    assert (first["accepted"], first["rejected"]) == (5, 1)
    assert first["acceptance_rate"] == pytest.approx(5 / 6)
    assert first["too_fast"] == 1  # the 100 ms skip counts too
    assert first["longest_streak"] == 3  # happy, happy, (skip), happy: key order aside
    assert first["median_active_ms"] == 12_000
    second = _by_user(stats, b)
    assert second["acceptance_rate"] is None and second["gold_accuracy_ci"] is None
    assert second["gold_accuracy"] is None and second["gold_passed"] == 0
    assert (second["too_fast"], second["longest_streak"]) == (1, 1)  # 2 999 ms is not too fast
    assert len(stats["annotators"]) == 2
    assert stats["submissions"] == len(times)


def test_the_too_fast_floor_and_an_empty_project(database: Any, make_api: Any, lead: Any) -> None:
    world = _world(database, real=2, gold=1)
    stats = _stats(lead, world.project_id)
    assert stats["median_active_ms"] is None and stats["too_fast_ms"] == 2000
    assert stats["annotators"] == [] and stats["submissions"] == 0
    fields = stats["fields"]
    assert list(fields) == ["mood", "tags", "stars", "note"]
    assert fields["mood"] == {
        "kind": "choice",
        "confusion": {"labels": ["happy", "sad", "calm"], "matrix": [[0] * 3] * 3},
    }
    assert fields["tags"]["confusion"]["labels"] == ["a", "b", "c", NO_LABEL]
    assert fields["stars"]["confusion"]["labels"] == ["1", "2", "3"]
    assert fields["note"] == {"kind": "text", "confusion": None}
    a = make_api("annotator")
    rows = Rows(database, world.project_id)
    rows.add(a, world.real_ids[0], {"mood": "sad"}, minute=1, active_ms=1_999)
    rows.add(a, world.real_ids[1], {"mood": "sad"}, minute=2, active_ms=6_000)
    rows.write()
    stats = _stats(lead, world.project_id)
    assert stats["median_active_ms"] == 3_999.5 and stats["too_fast_ms"] == 2000
    assert _by_user(stats, a)["too_fast"] == 1


def test_confusion_matrices_compare_gold_with_given_answers(
    database: Any, make_api: Any, lead: Any
) -> None:
    world = _world(database, real=1, gold=3)
    g0, g1, g2 = world.gold_ids
    a, b = make_api("annotator"), make_api("annotator")
    rows = Rows(database, world.project_id)
    rows.add(a, g0, {"mood": "happy", "tags": ["a", "c"], "stars": 2}, minute=1, gold=False)
    rows.add(b, g0, {"mood": "sad", "tags": ["a", "b"]}, minute=2, gold=False)
    rows.add(a, g1, {"mood": "happy", "tags": ["b"], "stars": 3}, minute=3, gold=True)
    rows.add(b, g1, None, minute=4, gold=None)  # a skip of a gold item: no verdict
    rows.add(a, g2, {"mood": "calm", "tags": []}, minute=5, gold=False)
    rows.add(a, world.real_ids[0], {"mood": "calm", "tags": ["c"]}, minute=6)  # a real item
    rows.write()
    fields = _stats(lead, world.project_id)["fields"]
    assert fields["mood"]["confusion"] == {
        "labels": ["happy", "sad", "calm"],
        "matrix": [[2, 1, 1], [0, 0, 0], [0, 0, 0]],
    }
    # a: a hit, b missed, c extra; b: a and b hit; a: b hit, a missed; a: a and b missed.
    assert fields["tags"]["confusion"] == {
        "labels": ["a", "b", "c", NO_LABEL],
        "matrix": [[2, 0, 0, 2], [0, 2, 0, 2], [0, 0, 0, 0], [0, 0, 1, 0]],
    }
    # b left the optional rating out twice: the column of none.
    assert fields["stars"]["confusion"] == {
        "labels": ["1", "2", "3", NO_LABEL],
        "matrix": [[0] * 4, [0] * 4, [0, 1, 1, 2], [0] * 4],
    }
    # A corrected gold answer is what later matrices compare with; an item made real again
    # leaves them.
    r = lead.put(f"/items/{g2}/gold", json={"answer": {"mood": "calm", "tags": []}})
    assert r.status_code == 200
    assert lead.delete(f"/items/{g1}/gold").status_code == 204
    fields = _stats(lead, world.project_id)["fields"]
    assert fields["mood"]["confusion"]["matrix"] == [[1, 1, 0], [0, 0, 0], [0, 0, 1]]
    assert fields["stars"]["confusion"]["matrix"] == [[0] * 4, [0] * 4, [0, 1, 0, 1], [0] * 4]


def test_many_submissions_stream_in_chunks(database: Any, make_api: Any, lead: Any) -> None:
    """More rows than one chunk, over several annotators: figures match a plain count."""
    world = _world(database, real=0, gold=0, overlap=3)
    items = add_items(database, world.project_id, 900)
    gold = add_items(database, world.project_id, 3, gold=True, answer=GOLD)
    people = [make_api("annotator") for _ in range(3)]
    rows = Rows(database, world.project_id)
    moods = ("happy", "sad", "calm")
    given: list[list[dict[str, Any]]] = [[] for _ in items]
    for n, item_id in enumerate(items):
        for k, who in enumerate(people):
            answer = {"mood": moods[(n // 7 + k * (n % 2)) % 3], "tags": []}
            given[n].append(answer)
            rows.add(who, item_id, answer, minute=n + k / 10, active_ms=1000 + n)
    for k, who in enumerate(people):
        rows.add(who, gold[k], {"mood": moods[k], "tags": ["a"]}, minute=2000, gold=k == 0)
    rows.write()
    with database.transaction() as session:  # as submitting would have counted them
        session.execute(update(Item).where(Item.id.in_(items)).values(done_count=3))
    stats = _stats(lead, world.project_id)
    assert stats["submissions"] == 3 * 900 + 3
    expected = field_agreement(parse_schema(SCHEMA), given)
    assert stats["agreement"]["mood"]["value"] == pytest.approx(expected["mood"]["value"])
    assert stats["agreement"]["tags"]["value"] == pytest.approx(expected["tags"]["value"])
    assert stats["fields"]["mood"]["confusion"]["matrix"] == [[1, 1, 1], [0, 0, 0], [0, 0, 0]]
    streaks = {a["user"]["id"]: a["longest_streak"] for a in stats["annotators"]}
    assert streaks[people[0].user["id"]] == 7  # moods change every 7 items for the first
    assert all(a["submissions"] == 901 for a in stats["annotators"])
