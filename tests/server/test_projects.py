"""Projects: creation, settings, ids, versioned schemas and what annotators see."""

from __future__ import annotations

import copy
import re
from typing import Any

import pytest

from tests.server.factory import add_submission
from tests.server.scenario import IMAGE_SCHEMA, build_world

PROJECT_KEYS = {
    "id", "name", "media", "schema_version", "skill", "reward", "overlap", "gold_ratio",
    "gold_ratio_new", "calibration_gold", "lease_seconds", "review_rate", "training",
    "requirement", "items_total", "items_remaining", "eligible", "locked_reason", "locked",
}  # fmt: skip


def _error(r: Any, status: int, code: str) -> dict[str, Any]:
    assert r.status_code == status, r.text[:300]
    error = r.json()["error"]
    assert error["code"] == code and error["message"] and isinstance(error["details"], dict)
    return error


def _create(lead: Any, name: str = "Street scenes", **extra: Any) -> dict[str, Any]:
    r = lead.post("/projects", json={"name": name, "schema": IMAGE_SCHEMA, **extra})
    assert r.status_code == 201, r.text
    return r.json()  # type: ignore[no-any-return]


def test_create_with_defaults(lead: Any) -> None:
    p = _create(lead)
    assert PROJECT_KEYS <= set(p)
    assert p["id"] == "street-scenes" and p["skill"] == "street-scenes"
    assert p["media"] == "image" and p["schema_version"] == 1
    assert p["reward"] == {"amount": "0", "currency": "USD"}
    assert (p["overlap"], p["gold_ratio"], p["gold_ratio_new"]) == (1, 0.1, 0.3)
    assert (p["calibration_gold"], p["lease_seconds"], p["review_rate"]) == (20, 1800, 1.0)
    assert p["training"] is False and p["requirement"] is None
    assert (p["items_total"], p["items_remaining"]) == (0, 0)
    assert p["eligible"] is True and p["locked_reason"] is None
    assert lead.get(f"/projects/{p['id']}").json() == p


def test_ids_are_unique_slugs(lead: Any) -> None:
    assert _create(lead, "Street scenes")["id"] == "street-scenes"
    assert _create(lead, "Street  Scenes!")["id"] == "street-scenes-2"
    assert _create(lead, "Café déjà vu")["id"] == "cafe-deja-vu"
    urdu = _create(lead, "اردو خبریں")["id"]
    assert re.fullmatch(r"project-[0-9a-f]{8}", urdu)
    assert _create(lead, "Mixed اردو news")["id"] == "mixed-news"
    assert _create(lead, "x", id="my-id", skill="shared-skill")["skill"] == "shared-skill"
    _error(lead.post("/projects", json={"name": "y", "id": "my-id", "schema": IMAGE_SCHEMA}), 409,
           "conflict")  # fmt: skip
    _error(lead.post("/projects", json={"name": "y", "id": "Bad Id", "schema": IMAGE_SCHEMA}), 400,
           "invalid_request")  # fmt: skip


def test_settings_are_stored(lead: Any) -> None:
    p = _create(
        lead,
        reward={"amount": 0.05, "currency": "pkr"},
        overlap=3,
        gold_ratio=0.2,
        gold_ratio_new=0.5,
        calibration_gold=0,
        lease_seconds=30,
        review_rate=0,
        training=True,
        requirement={"skill": "street-scenes", "min_accuracy": 0.92, "min_gold": 20},
    )
    assert p["reward"] == {"amount": "0.05", "currency": "PKR"}
    assert (p["overlap"], p["gold_ratio"], p["gold_ratio_new"]) == (3, 0.2, 0.5)
    assert (p["calibration_gold"], p["lease_seconds"], p["review_rate"]) == (0, 30, 0.0)
    assert p["training"] is True
    assert p["requirement"] == {"skill": "street-scenes", "min_accuracy": 0.92, "min_gold": 20}


BAD_SETTINGS = [
    ("overlap", 0), ("overlap", 1.5), ("overlap", True), ("overlap", 10**30),
    ("gold_ratio", 1.5), ("gold_ratio", -0.1), ("gold_ratio", "0.1"),
    ("gold_ratio_new", 2), ("calibration_gold", -1), ("calibration_gold", 2.0),
    ("lease_seconds", 29), ("lease_seconds", 86401), ("review_rate", 1.01),
    ("training", "yes"), ("reward", {"amount": "-1", "currency": "USD"}),
    ("reward", {"amount": "abc", "currency": "USD"}), ("reward", {"amount": "1", "currency": "US"}),
    ("reward", {"amount": "NaN", "currency": "USD"}), ("reward", {"amount": "1e-40"}),
    ("reward", "free"), ("requirement", {"skill": "x", "min_accuracy": 1.2}),
    ("requirement", {"skill": "", "min_accuracy": 0.5}),
    ("requirement", {"skill": "x", "min_accuracy": 0.5, "min_gold": -1}),
    ("requirement", {"skill": "x", "min_accuracy": 0.5, "other": 1}), ("requirement", []),
    ("skill", "two words"), ("name", ""), ("name", "x" * 201), ("colour", "red"),
]  # fmt: skip


@pytest.mark.parametrize(("key", "value"), BAD_SETTINGS)
def test_bad_settings_name_the_setting(lead: Any, key: str, value: Any) -> None:
    body = {"name": "Bad", "schema": IMAGE_SCHEMA, key: value}
    error = _error(lead.post("/projects", json=body), 400, "invalid_request")
    assert error["details"]["path"].split(".")[0] == key
    assert key in error["message"] or "setting" in error["message"]


def test_invalid_schema_on_create(lead: Any) -> None:
    schema = copy.deepcopy(IMAGE_SCHEMA)
    schema["fields"][1]["labels"][0]["hotkey"] = "1"  # clashes with "urban"
    schema["fields"][0]["name"] = "Bad Name"
    error = _error(lead.post("/projects", json={"name": "S", "schema": schema}), 422,
                   "invalid_schema")  # fmt: skip
    paths = {e["path"] for e in error["details"]["errors"]}
    assert "schema.fields[0].name" in paths
    assert "schema.fields[1].labels[0].hotkey" in paths
    _error(lead.post("/projects", json={"name": "S", "schema": "nope"}), 422, "invalid_schema")
    _error(lead.post("/projects", json={"name": "S"}), 400, "invalid_request")
    _error(lead.post("/projects", json={"schema": IMAGE_SCHEMA}), 400, "invalid_request")


def test_patch_settings(lead: Any) -> None:
    p = _create(lead)
    r = lead.patch(f"/projects/{p['id']}", json={"overlap": 2, "name": "Renamed", "reward":
                   {"amount": "1.5", "currency": "EUR"}})  # fmt: skip
    assert r.status_code == 200, r.text
    assert (r.json()["overlap"], r.json()["name"]) == (2, "Renamed")
    assert r.json()["reward"] == {"amount": "1.5", "currency": "EUR"}
    assert r.json()["id"] == p["id"]
    _error(lead.patch(f"/projects/{p['id']}", json={"lease_seconds": 5}), 400, "invalid_request")
    _error(lead.patch(f"/projects/{p['id']}", json={"schema": IMAGE_SCHEMA}), 400,
           "invalid_request")  # fmt: skip
    _error(lead.patch("/projects/nope", json={"overlap": 2}), 404, "not_found")


def test_schema_versions(lead: Any, annotator: Any) -> None:
    p = _create(lead)
    v1 = lead.get(f"/projects/{p['id']}/schema").json()
    assert v1["version"] == 1 and v1["title"] == "Street scenes"
    changed = copy.deepcopy(IMAGE_SCHEMA)
    changed["fields"][0]["labels"].append({"value": "desert", "hotkey": "3"})
    r = lead.put(f"/projects/{p['id']}/schema", json=changed)
    assert r.status_code == 200, r.text
    assert r.json()["version"] == 2
    assert [label["value"] for label in r.json()["fields"][0]["labels"]][-1] == "desert"
    # The same schema again changes nothing.
    assert lead.put(f"/projects/{p['id']}/schema", json=changed).json()["version"] == 2
    assert lead.get(f"/projects/{p['id']}").json()["schema_version"] == 2
    assert annotator.get(f"/projects/{p['id']}/schema").json()["version"] == 2
    old = annotator.get(f"/projects/{p['id']}/schema?version=1").json()
    assert old == v1
    for bad in ("3", "0", "-1", "99999999999999999999999"):
        _error(lead.get(f"/projects/{p['id']}/schema?version={bad}"), 404, "not_found")
    _error(lead.get(f"/projects/{p['id']}/schema?version=two"), 400, "invalid_request")
    _error(lead.get("/projects/nope/schema"), 404, "not_found")


def test_schema_put_rules(lead: Any) -> None:
    p = _create(lead)
    text_schema = {
        "title": "T", "media": "text",
        "fields": [{"name": "mood", "kind": "choice", "labels": [{"value": "ok"}]}],
    }  # fmt: skip
    error = _error(lead.put(f"/projects/{p['id']}/schema", json=text_schema), 422,
                   "invalid_schema")  # fmt: skip
    assert error["details"]["errors"][0]["path"] == "media"
    bad = copy.deepcopy(IMAGE_SCHEMA)
    bad["fields"][0]["labels"][0]["hotkey"] = " "
    error = _error(lead.put(f"/projects/{p['id']}/schema", json=bad), 422, "invalid_schema")
    assert error["details"]["errors"][0]["path"].startswith("fields[0].labels[0]")
    _error(lead.put("/projects/nope/schema", json=IMAGE_SCHEMA), 404, "not_found")
    assert lead.get(f"/projects/{p['id']}").json()["schema_version"] == 1


def test_annotators_see_active_projects_with_eligibility(
    lead: Any, annotator: Any, database: Any
) -> None:
    open_world = build_world(lead, real=3, gold=2)
    private = _create(
        lead, "Private pool",
        requirement={"skill": open_world.project_id, "min_accuracy": 0.9, "min_gold": 2},
    )  # fmt: skip
    hidden = _create(lead, "Hidden", active=False)
    listed = {p["id"]: p for p in annotator.get("/projects").json()["projects"]}
    assert hidden["id"] not in listed
    assert listed[open_world.project_id]["eligible"] is True
    assert listed[open_world.project_id]["items_total"] == 5
    assert listed[open_world.project_id]["items_remaining"] == 3
    locked = listed[private["id"]]
    assert locked["eligible"] is False
    assert "90% accuracy" in locked["locked_reason"]
    _error(annotator.get(f"/projects/{hidden['id']}"), 404, "not_found")
    _error(annotator.get(f"/projects/{hidden['id']}/schema"), 404, "not_found")
    _error(annotator.get("/projects/no-such-project"), 404, "not_found")
    # Leads see everything, always eligible.
    lead_view = {p["id"]: p for p in lead.get("/projects").json()["projects"]}
    assert hidden["id"] in lead_view and lead_view[private["id"]]["eligible"] is True
    assert lead_view[private["id"]]["locked_reason"] is None
    # Passing two gold items unlocks the private pool.
    for item in open_world.gold_ids:
        add_submission(
            database, annotator.user["id"], open_world.project_id, item, {"scene": "rural"},
            skill=open_world.project_id, is_gold=True, gold_passed=True,
        )  # fmt: skip
    unlocked = annotator.get(f"/projects/{private['id']}").json()
    assert unlocked["eligible"] is True and unlocked["locked_reason"] is None


def test_only_leads_change_projects(annotator: Any, reviewer: Any, lead: Any) -> None:
    p = _create(lead)
    for api in (annotator, reviewer):
        _error(api.post("/projects", json={"name": "x", "schema": IMAGE_SCHEMA}), 403, "forbidden")
        _error(api.patch(f"/projects/{p['id']}", json={"overlap": 2}), 403, "forbidden")
        _error(api.put(f"/projects/{p['id']}/schema", json=IMAGE_SCHEMA), 403, "forbidden")
