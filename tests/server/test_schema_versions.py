"""`GET /projects/{id}/schema/versions`: every stored version, oldest first."""

from __future__ import annotations

import copy
from datetime import datetime
from typing import Any

from tests.server.factories import TEXT_SCHEMA


def _project(lead: Any) -> str:
    r = lead.post("/projects", json={"name": "Versions", "schema": TEXT_SCHEMA})
    assert r.status_code == 201, r.text
    return r.json()["id"]  # type: ignore[no-any-return]


def test_versions_are_listed_oldest_first(lead: Any, annotator: Any, reviewer: Any) -> None:
    project_id = _project(lead)
    changed = copy.deepcopy(TEXT_SCHEMA)
    for n in range(2):
        changed["instructions"] = f"Read it carefully ({n})."
        assert lead.put(f"/projects/{project_id}/schema", json=changed).status_code == 200
    # The same schema again keeps its version: nothing new is listed.
    assert lead.put(f"/projects/{project_id}/schema", json=changed).json()["version"] == 3
    for api in (lead, annotator, reviewer):
        r = api.get(f"/projects/{project_id}/schema/versions")
        assert r.status_code == 200, r.text
        versions = r.json()["versions"]
        assert [v["version"] for v in versions] == [1, 2, 3]
        assert all(set(v) == {"version", "created_at"} for v in versions)
        moments = [datetime.fromisoformat(v["created_at"]) for v in versions]
        assert all(m.tzinfo is not None for m in moments) and moments == sorted(moments)
        assert versions[0]["created_at"].endswith("Z")
    old = lead.get(f"/projects/{project_id}/schema?version=1").json()
    assert old["version"] == 1 and old["instructions"] == TEXT_SCHEMA["instructions"]


def test_versions_of_hidden_and_unknown_projects(lead: Any, annotator: Any, client: Any) -> None:
    project_id = _project(lead)
    assert lead.patch(f"/projects/{project_id}", json={"active": False}).status_code == 200
    r = annotator.get(f"/projects/{project_id}/schema/versions")
    assert r.status_code == 404 and r.json()["error"]["code"] == "not_found"
    assert lead.get(f"/projects/{project_id}/schema/versions").status_code == 200
    for bogus in ("nope", "x" * 300, "%C3%A9t%C3%A9"):
        r = lead.get(f"/projects/{bogus}/schema/versions")
        assert r.status_code == 404 and r.json()["error"]["code"] == "not_found"
    r = client.get(f"/api/v1/projects/{project_id}/schema/versions")
    assert r.status_code == 401 and r.json()["error"]["code"] == "unauthenticated"
