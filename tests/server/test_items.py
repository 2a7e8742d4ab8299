"""Item import: rules per media kind, answer validation, all or nothing."""

from __future__ import annotations

import io
import json
from typing import Any

import numpy as np
import soundfile
from sqlalchemy import select

from labeler.server.models import Item
from labeler.server.services.serialize import item_json
from tests.server.scenario import GOLD_ANSWER, GOLD_HINT, IMAGE_SCHEMA, build_world, png_bytes

TEXT_SCHEMA = {
    "title": "News entities",
    "media": "text",
    "fields": [
        {"name": "tone", "kind": "choice", "labels": [{"value": "calm"}, {"value": "alarm"}]},
        {"name": "entities", "kind": "spans", "labels": [{"value": "PER"}, {"value": "LOC"}]},
    ],
}
URDU = "عمران خان لاہور گئے 🇵🇰"


def _error(r: Any, status: int, code: str) -> dict[str, Any]:
    assert r.status_code == status, r.text[:300]
    error = r.json()["error"]
    assert error["code"] == code and error["message"] and isinstance(error["details"], dict)
    return error


def _project(lead: Any, schema: dict[str, Any], **extra: Any) -> str:
    r = lead.post("/projects", json={"name": schema["title"], "schema": schema, **extra})
    assert r.status_code == 201, r.text
    return r.json()["id"]  # type: ignore[no-any-return]


def _items(database: Any, project_id: str) -> list[Item]:
    with database.transaction(write=False) as session:
        query = select(Item).where(Item.project_id == project_id).order_by(Item.seq)
        return list(session.execute(query).scalars())


def test_import_text_items(lead: Any, database: Any) -> None:
    pid = _project(lead, TEXT_SCHEMA)
    spans = [{"label": "PER", "start": 0, "end": 9}, {"label": "LOC", "start": 10, "end": 15}]
    body = {
        "items": [
            {"text": URDU, "data": {"source": "Dawn"}},
            {"text": URDU, "prefill": {"tone": "calm", "entities": spans}},
            {"text": URDU, "gold": {"answer": {"tone": "calm", "entities": spans}, "hint": "h"}},
        ]
    }
    r = lead.post(f"/projects/{pid}/items", json=body)
    assert r.status_code == 201, r.text
    ids = r.json()["ids"]
    assert len(ids) == 3 and len(set(ids)) == 3 and all(len(i) == 36 for i in ids)
    rows = _items(database, pid)
    assert [row.id for row in rows] == ids
    assert [row.seq for row in rows] == [1, 2, 3]
    assert rows[0].text == URDU and rows[0].data == {"source": "Dawn"}
    assert rows[1].prefill == {"tone": "calm", "entities": spans} and not rows[1].is_gold
    assert rows[2].is_gold and rows[2].gold_hint == "h"
    r = lead.post(f"/projects/{pid}/items", json={"items": [{"text": "later"}]})
    assert _items(database, pid)[-1].seq == 4
    project = lead.get(f"/projects/{pid}").json()
    assert (project["items_total"], project["items_remaining"]) == (4, 3)


def test_items_keep_the_name_they_were_imported_from(
    lead: Any, reviewer: Any, annotator: Any, database: Any
) -> None:
    """`source` is stored as given and shown to leads and reviewers (the item list, the
    item view, the export); an item without one has null. Annotators never get it."""
    pid = _project(lead, TEXT_SCHEMA)
    long_name = "folder/" * 100 + "gold_07.txt"
    body = {
        "items": [
            {"text": "one", "source": "reviews.csv:2"},
            {"text": "two"},
            {"text": URDU, "source": "جائزے.jsonl:4"},
            {"text": "four", "source": long_name[-1024:]},
        ]
    }
    r = lead.post(f"/projects/{pid}/items", json=body)
    assert r.status_code == 201, r.text
    ids = r.json()["ids"]
    expected = ["reviews.csv:2", None, "جائزے.jsonl:4", long_name[-1024:]]
    assert [row.source for row in _items(database, pid)] == expected
    listed = lead.get(f"/projects/{pid}/items").json()["items"]
    assert [i["source"] for i in listed] == expected
    for who in (lead, reviewer):
        detail = who.get(f"/items/{ids[0]}").json()
        assert detail["item"]["source"] == "reviews.csv:2"
    assert lead.get(f"/items/{ids[1]}").json()["item"]["source"] is None
    lines = [line for line in lead.get(f"/projects/{pid}/export").text.splitlines() if line]
    assert [json.loads(line).get("source") for line in lines] == expected
    batch = annotator.post(f"/projects/{pid}/batches", json={"size": 10}).json()
    assert batch["items"] and all("source" not in i for i in batch["items"])
    assert "reviews.csv" not in json.dumps(batch, ensure_ascii=False)


def test_a_source_name_that_cannot_be_stored_is_refused(lead: Any, database: Any) -> None:
    pid = _project(lead, TEXT_SCHEMA)
    for source in ("", 7, ["a.txt"], "x" * 1025, "a\x00b", "\ud800.txt"):
        body = {"items": [{"text": "fine", "source": "ok.csv:2"}, {"text": "t", "source": source}]}
        raw = json.dumps(body)  # ASCII escapes: a lone surrogate travels as \ud800
        headers = {"Content-Type": "application/json"}
        r = lead.post(f"/projects/{pid}/items", content=raw.encode(), headers=headers)
        error = _error(r, 422, "invalid_item")
        assert [e["path"] for e in error["details"]["errors"]] == ["items[1].source"], source
    assert _items(database, pid) == []


def test_all_or_nothing_with_paths(lead: Any, database: Any) -> None:
    world = build_world(lead, real=1, gold=0)
    bad_box = {"scene": "urban", "objects": [{"label": "car", "x": 5000, "y": 1, "w": 5, "h": 5}]}
    body = {
        "items": [
            {"media": world.media_sha},
            {"media": world.media_sha, "gold": {"answer": GOLD_ANSWER}},
            {"media": world.media_sha, "prefill": {"scene": "mars"}},
            {"media": world.media_sha, "gold": {"answer": bad_box, "hint": None}},
        ]
    }
    error = _error(lead.post(f"/projects/{world.project_id}/items", json=body), 422,
                   "invalid_answer")  # fmt: skip
    paths = [e["path"] for e in error["details"]["errors"]]
    assert "items[2].prefill.scene" in paths
    assert any(p.startswith("items[3].gold.answer.objects[0].") for p in paths)
    assert not any(p.startswith(("items[0]", "items[1]")) for p in paths)
    assert len(_items(database, world.project_id)) == 1  # nothing created


def test_structural_problems(lead: Any, database: Any) -> None:
    world = build_world(lead, real=1, gold=0)
    pid = world.project_id
    wav = io.BytesIO()
    soundfile.write(wav, np.zeros(8000), 8000, format="WAV")
    audio_sha = lead.post("/media", files={"file": ("a.wav", wav.getvalue())}).json()["sha256"]
    cases = [
        ({}, "items[0].media"),
        ({"media": "0" * 64}, "items[0].media"),
        ({"media": audio_sha}, "items[0].media"),
        ({"media": world.media_sha, "text": "caption"}, "items[0].text"),
        ({"media": world.media_sha, "data": [1, 2]}, "items[0].data"),
        ({"media": world.media_sha, "colour": "red"}, "items[0].colour"),
        ({"media": world.media_sha, "gold": {"hint": "no answer"}}, "items[0].gold"),
        ({"media": world.media_sha, "gold": {"answer": GOLD_ANSWER, "hint": 5}},
         "items[0].gold.hint"),
        ("not an object", "items[0]"),
    ]  # fmt: skip
    for item, path in cases:
        error = _error(lead.post(f"/projects/{pid}/items", json={"items": [item]}), 422,
                       "invalid_item")  # fmt: skip
        assert path in [e["path"] for e in error["details"]["errors"]], (item, error)
    for body in ({"items": []}, {"items": "many"}, {}, {"items": [{}] * 10_001}):
        _error(lead.post(f"/projects/{pid}/items", json=body), 400, "invalid_request")
    _error(lead.post("/projects/nope/items", json={"items": [{}]}), 404, "not_found")
    assert len(_items(database, pid)) == 1


def test_text_project_rules(lead: Any, settings: Any) -> None:
    pid = _project(lead, TEXT_SCHEMA)
    sha = lead.post("/media", files={"file": ("a.png", png_bytes())}).json()["sha256"]
    too_long = "x" * (settings.max_item_text_chars + 1)
    for item, path in (
        ({}, "items[0].text"),
        ({"text": ""}, "items[0].text"),
        ({"text": too_long}, "items[0].text"),
        ({"text": "ok", "media": sha}, "items[0].media"),
    ):
        error = _error(lead.post(f"/projects/{pid}/items", json={"items": [item]}), 422,
                       "invalid_item")  # fmt: skip
        assert error["details"]["errors"][0]["path"] == path
    # Spans are code point offsets: the flag emoji is two code points.
    flag = {"tone": "calm", "entities": [{"label": "LOC", "start": 20, "end": 22}]}
    r = lead.post(f"/projects/{pid}/items", json={"items": [{"text": URDU, "prefill": flag}]})
    assert r.status_code == 201, r.text
    past_end = {"tone": "calm", "entities": [{"label": "LOC", "start": 20, "end": 23}]}
    r = lead.post(f"/projects/{pid}/items", json={"items": [{"text": URDU, "prefill": past_end}]})
    _error(r, 422, "invalid_answer")


def test_answers_use_the_current_schema(lead: Any) -> None:
    world = build_world(lead, real=1, gold=0)
    schema = {**IMAGE_SCHEMA, "fields": [IMAGE_SCHEMA["fields"][0]]}  # no boxes any more
    assert lead.put(f"/projects/{world.project_id}/schema", json=schema).status_code == 200
    item = {"media": world.media_sha, "gold": {"answer": GOLD_ANSWER}}
    error = _error(lead.post(f"/projects/{world.project_id}/items", json={"items": [item]}), 422,
                   "invalid_answer")  # fmt: skip
    assert error["details"]["errors"][0]["path"] == "items[0].gold.answer.objects"


def test_only_leads_import(annotator: Any, reviewer: Any, lead: Any) -> None:
    world = build_world(lead, real=1, gold=0)
    for api in (annotator, reviewer):
        r = api.post(f"/projects/{world.project_id}/items", json={"items": [{}]})
        _error(r, 403, "forbidden")


def test_no_gold_in_what_annotators_see(lead: Any, annotator: Any, database: Any) -> None:
    world = build_world(lead, real=2, gold=2)
    training = build_world(lead, real=1, gold=1, training=True)
    texts = [
        annotator.get("/projects").text,
        annotator.get(f"/projects/{world.project_id}").text,
        annotator.get(f"/projects/{world.project_id}/schema").text,
    ]
    for text in texts:
        assert GOLD_HINT not in text and "tractor" not in text and '"is_gold"' not in text
    rows = {row.id: row for row in _items(database, world.project_id)}
    gold_view = item_json(rows[world.gold_ids[0]], None, training=False)
    real_view = item_json(rows[world.real_ids[0]], None, training=False)
    assert set(gold_view) == set(real_view) == {"id", "data"}
    training_rows = {row.id: row for row in _items(database, training.project_id)}
    shown = item_json(training_rows[training.gold_ids[0]], None, training=True)
    assert shown["training"] == {"answer": GOLD_ANSWER, "hint": GOLD_HINT}


def test_nul_characters_are_refused_not_crashed(lead: Any, client: Any) -> None:
    """PostgreSQL text cannot hold NUL: every place one can arrive answers 4xx."""
    pid = _project(lead, TEXT_SCHEMA)
    r = lead.post(f"/projects/{pid}/items", json={"items": [{"text": "a\x00b"}]})
    _error(r, 422, "invalid_item")
    gold = {"answer": {"tone": "calm", "entities": []}, "hint": "\x00"}
    r = lead.post(f"/projects/{pid}/items", json={"items": [{"text": "ab", "gold": gold}]})
    _error(r, 422, "invalid_item")
    r = lead.post("/projects", json={"name": "a\x00", "schema": TEXT_SCHEMA})
    _error(r, 400, "invalid_request")
    r = lead.post("/projects", json={"name": "a", "skill": "s\x00", "schema": TEXT_SCHEMA})
    _error(r, 400, "invalid_request")
    for path in ("/projects/%00", "/projects/%00/schema", "/items/%00/gold"):
        assert lead.get(path).status_code in (400, 404, 405)
    _error(lead.delete("/items/%00/gold"), 400, "invalid_request")
    _error(lead.patch("/projects/%00", json={"overlap": 2}), 400, "invalid_request")
    _error(
        lead.post("/projects/%00/items", json={"items": [{"text": "x"}]}), 400, "invalid_request"
    )
    r = client.post("/api/v1/auth/token", json={"username": "a\x00", "password": "whatever1"})
    _error(r, 401, "unauthenticated")


def test_a_large_import_gives_the_planner_fresh_statistics(lead: Any, database: Any) -> None:
    """PostgreSQL: leasing's query is planned from the items table as it now is, not as
    autovacuum last saw it (it would plan a full scan and a sort, a second per lease)."""
    project_id = _project(lead, TEXT_SCHEMA)
    for rounds in range(2):
        r = lead.post(
            f"/projects/{project_id}/items",
            json={"items": [{"text": f"item {rounds}-{i}"} for i in range(300)]},
        )
        assert r.status_code == 201, r.text
        if database.is_sqlite:
            continue
        with database.write_engine.connect() as conn:
            known = conn.exec_driver_sql(
                "SELECT reltuples FROM pg_class WHERE oid = 'items'::regclass"
            ).scalar_one()
            sampled = conn.exec_driver_sql(
                "SELECT count(*) FROM pg_stats WHERE tablename = 'items'"
            ).scalar_one()
        assert known == 300 * (rounds + 1) and sampled > 0
    assert len(_items(database, project_id)) == 600
