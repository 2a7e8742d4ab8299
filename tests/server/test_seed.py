"""`labeler seed-demo`: the demo catalogue lands through the server's own services."""

from __future__ import annotations

from typing import Any

import pytest

from labeler.server.demo import seed as seeding
from labeler.server.demo.catalog import demo_projects

pytestmark = pytest.mark.slow


def test_seed_creates_the_demo_and_is_idempotent(database: Any, settings: Any, client: Any) -> None:
    report = seeding.seed(database, settings)
    assert sorted(report.created) == sorted(p.key for p in demo_projects())
    assert sorted(seeding._keys()) == sorted(report.created)
    again = seeding.seed(database, settings)
    assert again.created == [] and sorted(again.existing) == sorted(report.created)

    token = client.post("/api/v1/auth/token", json={"username": "demo", "password": "labeler-demo"})
    assert token.status_code == 200
    headers = {"Authorization": f"Bearer {token.json()['token']}"}
    projects = {
        p["id"]: p for p in client.get("/api/v1/projects", headers=headers).json()["projects"]
    }
    assert projects["street-scenes-pro"]["eligible"] is False
    assert "92%" in projects["street-scenes-pro"]["locked_reason"]
    assert projects["street-scenes-training"]["training"] is True
    batch = client.post("/api/v1/projects/news-entities/batches", json={"size": 5}, headers=headers)
    assert batch.status_code == 201 and len(batch.json()["items"]) == 5
