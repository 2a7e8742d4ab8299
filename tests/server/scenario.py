"""A small world built only through the public API, for tests that sweep many endpoints."""

from __future__ import annotations

import io
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from PIL import Image

IMAGE_SCHEMA: dict[str, Any] = {
    "title": "Street scenes",
    "media": "image",
    "instructions": "Box every car.",
    "fields": [
        {
            "name": "scene",
            "kind": "choice",
            "labels": [{"value": "urban", "hotkey": "1"}, {"value": "rural", "hotkey": "2"}],
        },
        {
            "name": "objects",
            "kind": "boxes",
            "labels": [{"value": "car", "hotkey": "c", "color": "#e6194b"}],
        },
    ],
}
GOLD_ANSWER = {"scene": "rural", "objects": [{"label": "car", "x": 11, "y": 12, "w": 33, "h": 21}]}
GOLD_HINT = "The tractor-shaped car behind the barn counts."


def now() -> str:
    return datetime.now(UTC).isoformat().replace("+00:00", "Z")


def png_bytes(
    width: int = 120, height: int = 80, color: tuple[int, int, int] = (90, 140, 200)
) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (width, height), color).save(buf, format="PNG")
    return buf.getvalue()


@dataclass
class World:
    project_id: str
    media_sha: str
    real_ids: list[str]
    gold_ids: list[str]


def build_world(lead: Any, real: int = 4, gold: int = 2, **settings: Any) -> World:
    """A lead creates an image project with real and gold items, through the API only."""
    body = {"name": f"Street scenes {uuid.uuid4().hex[:6]}", "schema": IMAGE_SCHEMA, **settings}
    r = lead.post("/projects", json=body)
    assert r.status_code == 201, r.text
    project_id = r.json()["id"]
    r = lead.post("/media", files={"file": ("scene.png", png_bytes(), "image/png")})
    assert r.status_code in (200, 201), r.text
    sha = r.json()["sha256"]
    items: list[dict[str, Any]] = [{"media": sha, "data": {"n": i}} for i in range(real)]
    items += [
        {"media": sha, "data": {"n": real + i}, "gold": {"answer": GOLD_ANSWER, "hint": GOLD_HINT}}
        for i in range(gold)
    ]
    r = lead.post(f"/projects/{project_id}/items", json={"items": items})
    assert r.status_code == 201, r.text
    ids = r.json()["ids"]
    return World(project_id, sha, ids[:real], ids[real:])


def submission(
    batch: dict[str, Any], item_id: str, answer: Any = None, **extra: Any
) -> dict[str, Any]:
    body = {
        "id": str(uuid.uuid4()),
        "batch_id": batch["id"],
        "item_id": item_id,
        "schema_version": batch["schema_version"],
        "answer": answer if answer is not None else {"scene": "urban", "objects": []},
        "started_at": now(),
        "submitted_at": now(),
        "active_ms": 2500,
    }
    body.update(extra)
    return body


def assert_protocol_answer(r: Any, where: Any) -> None:
    """No 5xx, and an error (if it is one) in the protocol's error body."""
    assert r.status_code < 500, (where, r.status_code, r.text[:300])
    if r.status_code >= 400:
        error = r.json()["error"]
        assert isinstance(error["code"], str) and error["code"], where
        assert isinstance(error["message"], str) and error["message"], where
        assert isinstance(error["details"], dict), where
