"""Nothing an annotator can fetch before answering tells a production gold item apart.

The annotator collects every response body it can get (projects, project, schema, /me,
history, batches, heartbeats, the media objects inside items) and we look for the gold
answers' distinctive values, the hints, the words "gold" and "training" where the protocol
has no such key, and any difference in shape between gold and real items.
"""

from __future__ import annotations

import json
import re
import uuid
from typing import Any

from tests.server.factories import (
    GOLD_HINT,
    IMAGE_SCHEMA,
    add_items,
    make_media,
    make_project,
)

IMAGE_GOLD = {
    "scene": "rural",
    "objects": [{"label": "car", "x": 317.25, "y": 123.75, "w": 33.5, "h": 21.5}],
}
IMAGE_HINT = "The cormorant-5518 behind the barn is a car."
_HEX_IDS = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{64}")
SECRETS = ("tangerine", "9931", "pelican", GOLD_HINT, "317.25", "123.75", "cormorant", IMAGE_HINT)
# Keys of the protocol's project object and of /me carry these words; items never do.
WORDS = ("gold", "training")


def _shape(value: Any) -> Any:
    """Key names in order, and value types, all the way down."""
    if isinstance(value, dict):
        return tuple((k, _shape(v)) for k, v in value.items())
    if isinstance(value, list):
        return ("list", tuple(sorted({repr(_shape(v)) for v in value})))
    return type(value).__name__


class Collector:
    """Every body the annotator received; `items` groups the served items."""

    def __init__(self, api: Any) -> None:
        self.api = api
        self.bodies: list[tuple[str, str, bool]] = []  # (where, text, item-level)
        self.items: list[dict[str, Any]] = []
        self.batches: list[dict[str, Any]] = []

    def get(self, path: str, item_level: bool = False) -> Any:
        r = self.api.get(path)
        assert r.status_code == 200, (path, r.status_code, r.text[:200])
        self.bodies.append((path, r.text, item_level))
        return r.json()

    def lease_all(self, project_id: str, size: int) -> None:
        while True:
            r = self.api.post(f"/projects/{project_id}/batches", json={"size": size})
            assert r.status_code in (201, 204), r.text
            self.bodies.append(("batch", r.text, True))
            if r.status_code == 204:
                return
            batch = r.json()
            self.batches.append(batch)
            self.items += batch["items"]
            beat = self.api.post(f"/batches/{batch['id']}/heartbeat")
            assert beat.status_code == 200
            self.bodies.append(("heartbeat", beat.text, True))

    def check(self) -> None:
        for where, raw, item_level in self.bodies:
            # Random ids and hashes may hold a digit secret by chance; they tell nothing.
            text = _HEX_IDS.sub("<id>", raw)
            for secret in SECRETS:
                assert secret not in text, (where, secret)
            if item_level:
                lowered = text.lower()
                for word in WORDS:
                    assert word not in lowered, (where, word)


def _world(database: Any) -> tuple[str, list[str], str, list[str]]:
    text = make_project(database, real=24, gold=8, gold_ratio_new=0.3)
    media = make_media(database)
    image = make_project(database, real=12, schema=IMAGE_SCHEMA, media=media, gold_ratio_new=0.3)
    image_gold = add_items(
        database, image.project_id, 4, gold=True, media=media, answer=IMAGE_GOLD, hint=IMAGE_HINT
    )
    return text.project_id, text.gold_ids, image.project_id, image_gold


def test_nothing_before_answering_tells_gold_apart(database: Any, annotator: Any) -> None:
    text_project, text_gold, image_project, image_gold = _world(database)
    seen = Collector(annotator)
    seen.get("/me", item_level=False)
    seen.get("/projects")
    for project_id in (text_project, image_project):
        seen.get(f"/projects/{project_id}")
        seen.get(f"/projects/{project_id}/schema")
        seen.get(f"/projects/{project_id}/schema?version=1")
        seen.get(f"/projects/{project_id}/schema/versions")
        seen.lease_all(project_id, 5)
        seen.get(f"/projects/{project_id}")  # counts after leasing
    seen.get("/projects")
    seen.get("/me")
    seen.get("/submissions?mine=true", item_level=True)
    seen.check()

    gold_ids = set(text_gold) | set(image_gold)
    served_gold = [i for i in seen.items if i["id"] in gold_ids]
    served_real = [i for i in seen.items if i["id"] not in gold_ids]
    assert len(served_gold) == len(gold_ids) and served_real
    # Same keys, in the same order, with the same value types, media objects included.
    real_shapes = {_shape(i) for i in served_real}
    assert {_shape(i) for i in served_gold} <= real_shapes
    for batch in seen.batches:
        assert set(batch) == {"id", "project_id", "schema_version", "lease_expires_at", "items"}


def test_lead_and_review_calls_are_closed_to_annotators(
    database: Any, annotator: Any, make_api: Any
) -> None:
    """The calls that show gold (item list, queue, item view, stats) answer a bare 403 that
    names no item; the same calls do show gold to a lead, so the 403 is what keeps it."""
    text_project, text_gold, image_project, image_gold = _world(database)
    Collector(annotator).lease_all(text_project, 5)  # the annotator has held gold items
    gold_ids = text_gold + image_gold
    paths = [
        "/review/queue",
        "/review/queue?status=any&gold=true",
        "/review/queue?status=any&min_gold_score=0",
        f"/review/queue?project_id={text_project}&status=any",
        f"/items/{text_gold[0]}",
        f"/items/{image_gold[0]}",
    ]
    for project_id in (text_project, image_project):
        paths += [
            f"/projects/{project_id}/items",
            f"/projects/{project_id}/items?gold=true",
            f"/projects/{project_id}/items?contested=true",
            f"/projects/{project_id}/stats",
            f"/projects/{project_id}/contests",
            f"/projects/{project_id}/export",
        ]
    for path in paths:
        r = annotator.get(path)
        assert r.status_code == 403, (path, r.status_code)
        assert set(r.json()) == {"error"} and r.json()["error"]["code"] == "forbidden"
        for secret in (*SECRETS, *gold_ids):
            assert secret not in r.text, (path, secret)
    lead = make_api("lead")
    listed = lead.get(f"/projects/{text_project}/items?gold=true").json()["items"]
    assert {i["id"] for i in listed} == set(text_gold)
    assert all(i["gold"]["hint"] == GOLD_HINT for i in listed)


def test_the_checks_would_catch_a_training_item(database: Any, annotator: Any) -> None:
    """The same detector flags the deliberate gold of a training project."""
    world = make_project(database, real=6, gold=2, gold_ratio_new=0.3, training=True)
    seen = Collector(annotator)
    seen.lease_all(world.project_id, 4)
    gold = [i for i in seen.items if i["id"] in world.gold_ids]
    real = [i for i in seen.items if i["id"] not in world.gold_ids]
    assert gold and real
    assert not {_shape(i) for i in gold} <= {_shape(i) for i in real}
    texts = json.dumps(seen.items)
    assert "training" in texts and GOLD_HINT in texts


def test_the_names_items_were_imported_from_never_reach_annotators(
    annotator: Any, lead: Any
) -> None:
    """A lead's file names say which items are gold (`gold_07.jpg`): the task server keeps
    them for leads and reviewers, and nothing an annotator fetches, before or after
    answering, carries them."""
    from tests.server.factories import GOLD_ANSWER
    from tests.server.factories import TEXT_SCHEMA as SCHEMA

    r = lead.post("/projects", json={"name": "Named", "schema": SCHEMA, "gold_ratio_new": 0.3})
    assert r.status_code == 201, r.text
    project_id = r.json()["id"]
    real = [{"text": f"Review {n}: fine.", "source": f"street_{n:02d}.jpg"} for n in range(8)]
    marked = {"answer": GOLD_ANSWER}
    gold = [{"text": f"Check {n}.", "source": f"gold_{n:02d}.jpg", "gold": marked} for n in (1, 2)]
    r = lead.post(f"/projects/{project_id}/items", json={"items": real + gold})
    assert r.status_code == 201, r.text
    listed = lead.get(f"/projects/{project_id}/items").json()["items"]
    assert {i["source"] for i in listed} == {i["source"] for i in real + gold}

    seen = Collector(annotator)
    seen.get("/projects")
    seen.get(f"/projects/{project_id}")
    seen.lease_all(project_id, 4)
    assert any(i["text"].startswith("Check") for i in seen.items)  # gold was served
    for item in seen.items:  # answered, so history and the submission itself are fetched
        body = {
            "id": str(uuid.uuid4()),
            "batch_id": next(b["id"] for b in seen.batches if item in b["items"]),
            "item_id": item["id"],
            "schema_version": 1,
            "answer": {"sentiment": "neutral"},
            "started_at": "2026-12-06T10:00:00Z",
            "submitted_at": "2026-12-06T10:00:05Z",
            "active_ms": 5000,
        }
        r = annotator.post("/submissions", json=body)
        assert r.status_code == 201, r.text
        seen.bodies.append(("submission", r.text, True))
        seen.get(f"/submissions/{body['id']}", item_level=True)
    seen.get("/submissions?mine=true", item_level=True)
    for where, text, _ in seen.bodies:
        for word in ("street_", "gold_0", ".jpg", "source"):
            assert word not in text, (where, word)
