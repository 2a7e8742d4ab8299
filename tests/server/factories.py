"""Test data built straight through the ORM, so tests of the work loop need no other routes."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, select, update

from labeler.core.schema import parse_schema
from labeler.server.db import Database
from labeler.server.models import Item, Lease, Media, Project, SchemaVersion

TEXT_SCHEMA: dict[str, Any] = {
    "title": "Reviews",
    "media": "text",
    "instructions": "Read the review; tag its sentiment.",
    "fields": [
        {
            "name": "sentiment",
            "kind": "choice",
            "labels": [
                {"value": "positive", "hotkey": "1"},
                {"value": "neutral", "hotkey": "2"},
                {"value": "negative", "hotkey": "3"},
            ],
        },
        {"name": "note", "kind": "text"},
        {"name": "entities", "kind": "spans", "labels": [{"value": "org", "hotkey": "o"}]},
    ],
}
IMAGE_SCHEMA: dict[str, Any] = {
    "title": "Cars",
    "media": "image",
    "fields": [
        {"name": "scene", "kind": "choice", "labels": [{"value": "urban"}, {"value": "rural"}]},
        {"name": "objects", "kind": "boxes", "labels": [{"value": "car"}]},
    ],
}
GOLD_ANSWER: dict[str, Any] = {"sentiment": "negative", "note": "tangerine harbour 9931"}
GOLD_HINT = "Sarcasm about the pelican-7741 means negative."
GOOD = {"sentiment": "negative", "note": "Tangerine  harbour 9931"}
BAD = {"sentiment": "positive"}
REAL_ANSWER = {"sentiment": "neutral"}


def iso_now(delta: float = 0.0) -> str:
    return (datetime.now(UTC) + timedelta(seconds=delta)).isoformat().replace("+00:00", "Z")


@dataclass
class World:
    project_id: str
    real_ids: list[str] = field(default_factory=list)
    gold_ids: list[str] = field(default_factory=list)


def make_project(
    database: Database,
    *,
    real: int = 4,
    gold: int = 0,
    schema: dict[str, Any] | None = None,
    media: Media | None = None,
    **settings: Any,
) -> World:
    """A project with `real` real and `gold` gold items (gold answer GOLD_ANSWER by default).

    Settings are Project columns (overlap, gold_ratio, review_rate, training, ...).
    """
    schema = schema or TEXT_SCHEMA
    body = parse_schema(schema).to_json()
    project_id = f"p-{uuid.uuid4().hex[:10]}"
    settings.setdefault("review_rate", 1.0)
    with database.transaction() as session:
        session.add(
            Project(
                id=project_id,
                name=f"Project {project_id}",
                media=body["media"],
                schema_version=1,
                skill=settings.pop("skill", project_id),
                **settings,
            )
        )
        session.flush()
        session.add(SchemaVersion(project_id=project_id, version=1, body=body))
    world = World(project_id)
    world.real_ids = add_items(database, project_id, real, media=media)
    world.gold_ids = add_items(database, project_id, gold, gold=True, media=media)
    return world


def add_items(
    database: Database,
    project_id: str,
    count: int,
    *,
    gold: bool = False,
    media: Media | None = None,
    answer: dict[str, Any] | None = None,
    hint: str | None = GOLD_HINT,
) -> list[str]:
    """Append items to a project; gold ones carry `answer` (GOLD_ANSWER) and `hint`."""
    ids = []
    with database.transaction() as session:
        last = session.execute(
            select(func.max(Item.seq)).where(Item.project_id == project_id)
        ).scalar_one()
        seq = int(last or 0)
        for n in range(count):
            seq += 1
            item = Item(
                project_id=project_id,
                seq=seq,
                text=None if media else f"Review {seq}: the service was fine, I think.",
                media_sha256=media.sha256 if media else None,
                data={"n": seq, "source": "factory"},
                prefill={"sentiment": "neutral"} if n % 2 else None,
                is_gold=gold,
                gold_answer=(answer or GOLD_ANSWER) if gold else None,
                gold_hint=hint if gold else None,
                done_count=0,
            )
            session.add(item)
            session.flush()
            ids.append(item.id)
    return ids


def make_media(database: Database, width: int = 640, height: int = 480) -> Media:
    """An image Media row (no file behind it: the work loop never reads the bytes)."""
    sha = hashlib.sha256(uuid.uuid4().bytes).hexdigest()
    media = Media(sha256=sha, mime="image/png", bytes=1234, width=width, height=height)
    with database.transaction() as session:
        session.add(media)
    return media


def expire_leases(database: Database, batch_id: str) -> None:
    """Move every lease of a batch (and the batch) into the past."""
    past = datetime.now(UTC) - timedelta(seconds=5)
    with database.transaction() as session:
        session.execute(update(Lease).where(Lease.batch_id == batch_id).values(expires_at=past))


def set_project(database: Database, project_id: str, **values: Any) -> None:
    with database.transaction() as session:
        session.execute(update(Project).where(Project.id == project_id).values(**values))


def submission(
    batch: dict[str, Any], item_id: str, answer: Any = REAL_ANSWER, **extra: Any
) -> dict[str, Any]:
    """A submission body for one item of a batch."""
    body = {
        "id": str(uuid.uuid4()),
        "batch_id": batch["id"],
        "item_id": item_id,
        "schema_version": batch["schema_version"],
        "answer": answer,
        "started_at": iso_now(-3),
        "submitted_at": iso_now(),
        "active_ms": 2500,
    }
    body.update(extra)
    return body


def lease(api: Any, project_id: str, size: int = 10) -> dict[str, Any]:
    r = api.post(f"/projects/{project_id}/batches", json={"size": size})
    assert r.status_code == 201, r.text
    return r.json()  # type: ignore[no-any-return]
