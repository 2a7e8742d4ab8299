"""GET /submissions/{id}: one of the caller's own submissions with its answer, the schema
version it used and the item as it was served, for the history to draw; nobody else's, and
nothing about gold that the submission's verdict does not already say."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.server.factories import (
    BAD,
    GOLD_HINT,
    IMAGE_SCHEMA,
    REAL_ANSWER,
    add_items,
    lease,
    make_media,
    make_project,
    submission,
)

IMAGE_GOLD = {
    "scene": "rural",
    "objects": [{"label": "car", "x": 317.25, "y": 123.75, "w": 33.5, "h": 21.5}],
}
IMAGE_ANSWER = {
    "scene": "urban",
    "objects": [{"label": "car", "x": 300, "y": 120, "w": 40, "h": 20}],
}
SECRET = "317.25"


def _answer_all(api: Any, batch: dict[str, Any], answers: dict[str, Any]) -> dict[str, str]:
    """Submit each item of the batch (its answer from `answers` by item id, else the
    real answer); submission ids by item id."""
    ids = {}
    for item in batch["items"]:
        body = submission(batch, item["id"], answers.get(item["id"], REAL_ANSWER))
        r = api.post("/submissions", json=body)
        assert r.status_code == 201, r.text
        ids[item["id"]] = body["id"]
    return ids


def test_own_submission_has_the_answer_and_the_item_as_served(database: Any, annotator: Any):
    world = make_project(database, real=3)
    batch = lease(annotator, world.project_id, 3)
    served = {i["id"]: i for i in batch["items"]}
    ids = _answer_all(annotator, batch, {})
    history = {e["id"]: e for e in annotator.get("/submissions?mine=true").json()["submissions"]}
    for item_id, sub_id in ids.items():
        r = annotator.get(f"/submissions/{sub_id}")
        assert r.status_code == 200, r.text
        body = r.json()
        assert body["answer"] == REAL_ANSWER and body["skip_reason"] is None
        assert body["schema_version"] == batch["schema_version"]
        assert body["item"] == served[item_id]  # text, data, prefill: as in the batch
        # The rest is the history's entry, key for key.
        rest = {k: v for k, v in body.items() if k not in ("answer", "skip_reason", "item")}
        assert rest == {**history[sub_id], "schema_version": batch["schema_version"]}


def test_a_skip_has_its_reason_and_no_answer(database: Any, annotator: Any):
    world = make_project(database, real=1)
    batch = lease(annotator, world.project_id, 1)
    item_id = batch["items"][0]["id"]
    body = submission(batch, item_id, None, skip_reason="The text is in Welsh.")
    assert annotator.post("/submissions", json=body).status_code == 201
    got = annotator.get(f"/submissions/{body['id'].upper()}").json()
    assert got["id"] == body["id"]
    assert got["answer"] is None and got["skip_reason"] == "The text is in Welsh."


def test_an_image_item_has_its_media_reference(database: Any, annotator: Any):
    media = make_media(database, 640, 400)
    world = make_project(database, real=1, schema=IMAGE_SCHEMA, media=media)
    batch = lease(annotator, world.project_id, 1)
    ids = _answer_all(annotator, batch, {batch["items"][0]["id"]: IMAGE_ANSWER})
    got = annotator.get(f"/submissions/{next(iter(ids.values()))}").json()
    assert got["answer"] == IMAGE_ANSWER
    assert got["item"]["media"]["sha256"] == media.sha256
    assert got["item"]["media"]["width"] == 640 and got["item"]["media"]["height"] == 400
    assert got["item"]["media"]["url"] == f"/api/v1/media/{media.sha256}"
    assert "text" not in got["item"]


def test_gold_is_said_by_the_verdict_only(database: Any, make_api: Any):
    """A gold submission's item looks like a real one's (the verdict alone has the expected
    answer and hint); a training project's item never carries its `training` block here."""
    media = make_media(database)
    world = make_project(
        database, real=4, schema=IMAGE_SCHEMA, media=media, gold_ratio_new=0.5, training=True
    )
    gold = add_items(database, world.project_id, 2, gold=True, media=media, answer=IMAGE_GOLD)
    annotator = make_api("annotator")
    batch = lease(annotator, world.project_id, 6)
    served = {i["id"] for i in batch["items"]}
    assert set(gold) <= served
    ids = _answer_all(annotator, batch, {i: IMAGE_ANSWER for i in served})
    shapes = set()
    for item_id, sub_id in ids.items():
        got = annotator.get(f"/submissions/{sub_id}").json()
        item_text = json.dumps(got["item"]).lower()
        assert "gold" not in item_text and "training" not in item_text
        assert SECRET not in item_text and GOLD_HINT.lower() not in item_text
        shapes.add(tuple(k for k in got["item"] if k != "prefill"))  # the factory's, every other
        if item_id in gold:
            assert got["gold"]["expected"] == IMAGE_GOLD and got["gold"]["passed"] is False
        else:
            assert got["gold"] is None
    assert len(shapes) == 1


def test_nobody_else_reads_a_submission(database: Any, annotator: Any, make_api: Any):
    world = make_project(database, real=2)
    batch = lease(annotator, world.project_id, 2)
    ids = list(_answer_all(annotator, batch, {batch["items"][0]["id"]: BAD}).values())
    for other in (make_api("annotator"), make_api("reviewer"), make_api("lead")):
        r = other.get(f"/submissions/{ids[0]}")
        assert r.status_code == 404 and r.json()["error"]["code"] == "not_found"
        assert "positive" not in r.text
    # An unknown id reads the same as someone else's.
    unknown = annotator.get("/submissions/00000000-0000-4000-8000-000000000000")
    assert unknown.status_code == 404 and unknown.json() == r.json()


@pytest.mark.parametrize(
    "path", ["/submissions/" + "a" * 300, "/submissions/%E2%80%8F", "/submissions/bulk"]
)
def test_odd_ids_are_not_found(annotator: Any, path: str):
    r = annotator.get(path)
    assert r.status_code == 404 and r.json()["error"]["code"] == "not_found"


def test_needs_a_token(client: Any, database: Any, annotator: Any):
    world = make_project(database, real=1)
    batch = lease(annotator, world.project_id, 1)
    sub_id = next(iter(_answer_all(annotator, batch, {}).values()))
    r = client.get(f"/api/v1/submissions/{sub_id}")
    assert r.status_code == 401
