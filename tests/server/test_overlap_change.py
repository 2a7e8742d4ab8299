"""Raising a project's overlap reopens items that were complete; lowering it closes them."""

from __future__ import annotations

from typing import Any

from tests.server.scenario import build_world, submission


def _answer_all(api: Any, project_id: str) -> int:
    batch = api.post(f"/projects/{project_id}/batches", json={"size": 10}).json()
    for item in batch["items"]:
        assert api.post("/submissions", json=submission(batch, item["id"])).status_code == 201
    return len(batch["items"])


def test_overlap_change_reopens_and_closes_items(make_api: Any, lead: Any) -> None:
    world = build_world(lead, real=3, gold=0, overlap=1)
    first, second, third = (make_api("annotator") for _ in range(3))
    assert _answer_all(first, world.project_id) == 3
    assert second.post(f"/projects/{world.project_id}/batches", json={"size": 5}).status_code == 204
    assert lead.get(f"/projects/{world.project_id}").json()["items_remaining"] == 0

    assert lead.patch(f"/projects/{world.project_id}", json={"overlap": 2}).status_code == 200
    assert lead.get(f"/projects/{world.project_id}").json()["items_remaining"] == 3
    assert _answer_all(second, world.project_id) == 3
    assert third.post(f"/projects/{world.project_id}/batches", json={"size": 5}).status_code == 204

    assert lead.patch(f"/projects/{world.project_id}", json={"overlap": 3}).status_code == 200
    assert lead.patch(f"/projects/{world.project_id}", json={"overlap": 1}).status_code == 200
    assert third.post(f"/projects/{world.project_id}/batches", json={"size": 5}).status_code == 204
