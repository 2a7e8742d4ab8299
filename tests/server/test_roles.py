"""Role × endpoint matrix: every endpoint answers 401 without a token, 403 outside the
caller's roles, and something other than 401/403 inside them (admin may do everything)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.server.scenario import GOLD_ANSWER, IMAGE_SCHEMA, build_world, png_bytes, submission

ROLES = ("annotator", "reviewer", "lead", "admin")
ANY = set(ROLES)
LEADS = {"lead", "admin"}
REVIEWERS = {"reviewer", "lead", "admin"}
ANNOTATORS = {"annotator", "admin"}


def _endpoints(ctx: dict[str, Any]) -> list[tuple[str, str, dict[str, Any], set[str]]]:
    p, item, sha = ctx["project"], ctx["item"], ctx["sha"]
    return [
        ("DELETE", "/auth/token", {}, ANY),
        ("GET", "/me", {}, ANY),
        (
            "POST",
            "/users",
            {"json": {"username": "x-{role}", "password": "longpassword", "roles": ["annotator"]}},
            {"admin"},
        ),
        ("GET", "/projects", {}, ANY),
        ("GET", f"/projects/{p}", {}, ANY),
        ("GET", f"/projects/{p}/schema", {}, ANY),
        ("GET", f"/projects/{p}/schema/versions", {}, ANY),
        ("POST", "/projects", {"json": {"name": "P {role}", "schema": IMAGE_SCHEMA}}, LEADS),
        ("PATCH", f"/projects/{p}", {"json": {"overlap": 2}}, LEADS),
        ("PUT", f"/projects/{p}/schema", {"json": IMAGE_SCHEMA}, LEADS),
        ("POST", "/media", {"files": {"file": ("a.png", png_bytes(), "image/png")}}, LEADS),
        ("POST", f"/projects/{p}/items", {"json": {"items": [{"media": sha}]}}, LEADS),
        ("GET", f"/projects/{p}/items?gold=false&limit=3", {}, REVIEWERS),
        ("PUT", f"/items/{item}/gold", {"json": {"answer": GOLD_ANSWER, "hint": "h"}}, LEADS),
        ("DELETE", f"/items/{item}/gold", {}, LEADS),
        ("POST", f"/projects/{p}/batches", {"json": {"size": 1}}, ANNOTATORS),
        ("GET", "/submissions?mine=true", {}, ANY),
        ("GET", f"/review/queue?project_id={p}", {}, REVIEWERS),
        ("GET", f"/review/queue?project_id={p}&status=any&gold=true&limit=5", {}, REVIEWERS),
        # A gold item: an admin, who may lease, could still be given a real item short of
        # answers, and would rightly be refused its view (services/answerable.py).
        ("GET", f"/items/{ctx['gold']}", {}, REVIEWERS),
        ("GET", f"/projects/{p}/stats", {}, REVIEWERS),
        ("GET", f"/projects/{p}/export?format=jsonl", {}, REVIEWERS),
    ]


@pytest.fixture
def ctx(lead: Any) -> dict[str, Any]:
    world = build_world(lead, real=6, gold=2)
    return {
        "project": world.project_id,
        "item": world.real_ids[0],
        "gold": world.gold_ids[0],
        "sha": world.media_sha,
    }


def _call(api: Any, method: str, path: str, kw: dict[str, Any], role: str) -> Any:
    kw = dict(kw)
    if "json" in kw:
        kw["json"] = _fill(kw["json"], role)
    return api.request(method, path, **kw)


def _fill(value: Any, role: str) -> Any:
    if isinstance(value, str):
        return value.replace("{role}", role)
    if isinstance(value, dict):
        return {k: _fill(v, role) for k, v in value.items()}
    if isinstance(value, list):
        return [_fill(v, role) for v in value]
    return value


def test_every_endpoint_needs_a_token(client: Any, ctx: dict[str, Any]) -> None:
    for method, path, kw, _ in _endpoints(ctx):
        r = client.request(method, f"/api/v1{path}", **kw)
        assert r.status_code == 401, (method, path, r.status_code)
        assert r.json()["error"]["code"] == "unauthenticated"


@pytest.mark.slow
@pytest.mark.parametrize("role", ROLES)
def test_role_matrix(make_api: Any, ctx: dict[str, Any], role: str) -> None:
    failures = []
    for method, path, kw, allowed in _endpoints(ctx):
        api = make_api(role)  # a fresh caller each time: DELETE /auth/token revokes its token
        r = _call(api, method, path, kw, role)
        if role in allowed:
            ok = r.status_code not in (401, 403) and r.status_code < 500
        else:
            ok = r.status_code == 403 and r.json()["error"]["code"] == "forbidden"
        if not ok:
            failures.append((method, path, r.status_code, r.text[:200]))
    assert failures == []


def test_batch_endpoints_belong_to_their_owner(make_api: Any, lead: Any) -> None:
    world = build_world(lead, real=4, gold=0)
    owner, other = make_api("annotator"), make_api("annotator")
    batch = owner.post(f"/projects/{world.project_id}/batches", json={"size": 2}).json()
    for path in (f"/batches/{batch['id']}/heartbeat", f"/batches/{batch['id']}/release"):
        r = other.post(path)
        assert r.status_code in (403, 404), path
    r = other.post("/submissions", json=submission(batch, batch["items"][0]["id"]))
    assert r.status_code == 403
    assert r.json()["error"]["code"] == "forbidden"


def test_media_only_for_items_an_annotator_may_see(make_api: Any, lead: Any, reviewer: Any) -> None:
    world = build_world(lead, real=2, gold=0)
    stranger = make_api("annotator")
    assert stranger.get(f"/media/{world.media_sha}").status_code == 404
    assert reviewer.get(f"/media/{world.media_sha}").status_code == 200
    holder = make_api("annotator")
    assert holder.post(f"/projects/{world.project_id}/batches", json={"size": 1}).status_code == 201
    assert holder.get(f"/media/{world.media_sha}").status_code == 200
