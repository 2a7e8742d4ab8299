"""Every JSON value the task server stores (an item's data, prefill and gold answer, an
answer, an amendment's answer, a schema) is at most MAX_STORED_DEPTH deep and
MAX_STORED_BYTES long, refused with a 422 naming it when it is not; so whatever is stored
can always be served back."""

from __future__ import annotations

import json
from typing import Any

import pytest

from labeler.core.jsonvalues import MAX_STORED_BYTES, MAX_STORED_DEPTH, json_depth, json_size
from tests.server.scenario import IMAGE_SCHEMA, build_world, png_bytes, submission


def nested(depth: int) -> dict[str, Any]:
    """An object `depth` deep: {"a": {"a": … {}}}."""
    value: dict[str, Any] = {}
    for _ in range(depth - 1):
        value = {"a": value}
    assert json_depth(value) == depth
    return value


def sized(size: int) -> dict[str, Any]:
    """An object of exactly `size` bytes as compact JSON."""
    value = {"note": ""}
    value["note"] = "x" * (size - json_size(value))
    assert json_size(value) == size
    return value


BOX = {"label": "car", "x": 11, "y": 12, "w": 33, "h": 21}


def boxes(size: int) -> dict[str, Any]:
    """A valid answer of the image schema, as many boxes as make it about `size` bytes
    (within one box's bytes, and never over `size`)."""
    bare = {"scene": "urban", "objects": []}
    count = (size - json_size(bare)) // (json_size(BOX) + 1)
    answer = {**bare, "objects": [BOX] * count}
    assert size - json_size(BOX) - 1 <= json_size(answer) <= size
    return answer


TOO_LARGE_ANSWER = boxes(MAX_STORED_BYTES + 1000)


def _empty_project(lead: Any) -> tuple[str, str]:
    """A new image project without items, and the sha256 of a picture for them."""
    r = lead.post("/projects", json={"name": "Limits", "schema": IMAGE_SCHEMA})
    assert r.status_code == 201, r.text
    media = lead.post("/media", files={"file": ("p.png", png_bytes(), "image/png")})
    return r.json()["id"], media.json()["sha256"]


def _refused(r: Any, code: str, path: str, words: str) -> None:
    assert r.status_code == 422, r.text[:300]
    error = r.json()["error"]
    assert error["code"] == code
    assert [e["path"] for e in error["details"]["errors"]] == [path]
    assert words in error["details"]["errors"][0]["message"]


def test_data_nested_too_deep_is_refused_at_import(lead: Any) -> None:
    """Data 260 deep used to be imported, and then every page holding it answered 500."""
    world = build_world(lead, real=1, gold=0)
    items = [
        {"media": world.media_sha, "data": {"fine": True}},
        {"media": world.media_sha, "data": nested(260)},
    ]
    r = lead.post(f"/projects/{world.project_id}/items", json={"items": items})
    _refused(r, "invalid_item", "items[1].data", f"more than {MAX_STORED_DEPTH} deep")
    assert lead.get(f"/projects/{world.project_id}").json()["items_total"] == 1
    assert lead.get(f"/projects/{world.project_id}/items").status_code == 200


def test_data_one_past_the_limits_is_refused(lead: Any) -> None:
    pid, sha = _empty_project(lead)
    for data, words in (
        (nested(MAX_STORED_DEPTH + 1), "deep"),
        (sized(MAX_STORED_BYTES + 1), f"at most {MAX_STORED_BYTES}"),
    ):
        r = lead.post(f"/projects/{pid}/items", json={"items": [{"media": sha, "data": data}]})
        _refused(r, "invalid_item", "items[0].data", words)


@pytest.mark.parametrize("data", ["deepest", "largest"])
def test_data_at_the_limits_is_stored_and_served_everywhere(
    lead: Any, annotator: Any, data: str
) -> None:
    value = nested(MAX_STORED_DEPTH) if data == "deepest" else sized(MAX_STORED_BYTES)
    pid, sha = _empty_project(lead)
    r = lead.post(f"/projects/{pid}/items", json={"items": [{"media": sha, "data": value}]})
    assert r.status_code == 201, r.text[:300]
    (item_id,) = r.json()["ids"]

    r = lead.get(f"/projects/{pid}/items")
    assert r.status_code == 200 and r.json()["items"][0]["data"] == value
    r = lead.get(f"/items/{item_id}")
    assert r.status_code == 200 and r.json()["item"]["data"] == value
    r = annotator.post(f"/projects/{pid}/batches", json={"size": 1})
    assert r.status_code == 201 and r.json()["items"][0]["data"] == value
    answer = submission(r.json(), item_id)
    assert annotator.post("/submissions", json=answer).status_code == 201
    r = annotator.get(f"/submissions/{answer['id']}")
    assert r.status_code == 200 and r.json()["item"]["data"] == value
    r = lead.get(f"/projects/{pid}/export")
    assert r.status_code == 200 and json.loads(r.text.splitlines()[0])["data"] == value


def test_prefill_and_gold_answers_past_the_limits_are_refused(lead: Any) -> None:
    world = build_world(lead, real=1, gold=0)
    pid, sha = world.project_id, world.media_sha
    r = lead.post(
        f"/projects/{pid}/items", json={"items": [{"media": sha, "prefill": nested(300)}]}
    )
    _refused(r, "invalid_answer", "items[0].prefill", "deep")
    gold = {"answer": TOO_LARGE_ANSWER, "hint": "h"}
    r = lead.post(f"/projects/{pid}/items", json={"items": [{"media": sha, "gold": gold}]})
    _refused(r, "invalid_answer", "items[0].gold.answer", f"at most {MAX_STORED_BYTES}")
    (item_id,) = world.real_ids
    r = lead.put(f"/items/{item_id}/gold", json=gold)
    _refused(r, "invalid_answer", "answer", f"at most {MAX_STORED_BYTES}")
    assert lead.get(f"/items/{item_id}").json()["gold"] is None


def test_answers_and_amendments_past_the_limits_are_refused(lead: Any, annotator: Any) -> None:
    """An answer of 24 000 boxes fits the schema; but more than 1 MiB is not stored."""
    world = build_world(lead, real=1, gold=0)
    batch = annotator.post(f"/projects/{world.project_id}/batches", json={"size": 1}).json()
    (item_id,) = world.real_ids
    r = annotator.post("/submissions", json=submission(batch, item_id, TOO_LARGE_ANSWER))
    _refused(r, "invalid_answer", "answer", f"at most {MAX_STORED_BYTES}")
    r = annotator.post("/submissions", json=submission(batch, item_id, nested(400)))
    _refused(r, "invalid_answer", "answer", "deep")

    first = submission(batch, item_id)
    assert annotator.post("/submissions", json=first).status_code == 201
    amendment = submission(batch, item_id, TOO_LARGE_ANSWER, amends=first["id"])
    r = annotator.post("/submissions/bulk", json={"submissions": [amendment]})
    (result,) = r.json()["results"]
    assert result["status_code"] == 422
    assert result["body"]["error"]["details"]["errors"][0]["path"] == "answer"
    largest = boxes(MAX_STORED_BYTES)
    amendment = submission(batch, item_id, largest, amends=first["id"])
    assert annotator.post("/submissions", json=amendment).status_code == 201
    r = lead.get(f"/items/{item_id}")
    assert r.status_code == 200 and r.json()["submissions"][0]["answer"] == largest


def test_a_schema_past_the_limits_is_refused(lead: Any) -> None:
    """A schema is stored whole as each version's body, and served with every batch."""
    long = {**IMAGE_SCHEMA, "instructions": "x" * MAX_STORED_BYTES}
    r = lead.post("/projects", json={"name": "Long", "schema": long})
    _refused(r, "invalid_schema", "schema", f"at most {MAX_STORED_BYTES}")
    pid, _ = _empty_project(lead)
    r = lead.put(f"/projects/{pid}/schema", json=long)
    _refused(r, "invalid_schema", "", f"at most {MAX_STORED_BYTES}")
    deep = {**IMAGE_SCHEMA, "instructions": nested(500)}
    r = lead.put(f"/projects/{pid}/schema", json=deep)
    _refused(r, "invalid_schema", "", "deep")
    assert lead.get(f"/projects/{pid}").json()["schema_version"] == 1


def test_a_body_too_deep_to_read_is_refused_in_plain_words(lead: Any) -> None:
    deep = "[" * 100_000 + "]" * 100_000
    r = lead.post("/projects", content=deep.encode(), headers={"Content-Type": "application/json"})
    assert r.status_code == 400
    message = r.json()["error"]["message"]
    assert "nests objects and lists too deeply" in message and "recursion" not in message
