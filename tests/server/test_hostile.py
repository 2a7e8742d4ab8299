"""Hostile input never gets a 5xx, and every error uses the protocol's error body."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.server.scenario import assert_protocol_answer, build_world

HOSTILE_BODIES: list[Any] = [
    None,
    [],
    "text",
    12,
    {"": ""},
    {"size": 10**400},
    {"size": -1, "name": ["x"], "schema": "nope"},
    {"items": [None, 1, "x", {"text": {"a": 1}}]},
    {"items": "many"},
    {"id": "not-a-uuid", "batch_id": 5, "item_id": None, "answer": [1], "active_ms": "fast"},
    {
        "id": "6f1c7a3e-1f0b-4d7e-9d8a-2b8e7c1f0a11",
        "batch_id": "x" * 5000,
        "item_id": "\x00",
        "schema_version": 10**30,
        "answer": {"scene": {"$gt": ""}},
        "started_at": "yesterday",
        "submitted_at": "2026-13-45T99:99:99Z",
        "active_ms": 1e308,
    },
    {"submissions": [{}] * 3},
    {"submissions": "all"},
    {"decision": "maybe", "reason": 5},
    {"decision": ["accept"], "reason": {"why": 1}},
    {"username": "", "password": None, "roles": ["emperor"]},
    {"answer": {"scene": "urban"}, "hint": ["a"]},
    {"reason": ""},
    {"title": 1, "media": "smell", "fields": [{"name": "Bad Name!", "kind": "lasers"}]},
    {"overlap": "lots", "gold_ratio": 7, "lease_seconds": -5, "reward": {"amount": "-1"}},
    {"a": {"b": {"c": {"d": {"e": [[[[[[[[[[]]]]]]]]]]}}}}},
]
RAW_BODIES = [b"{", b"\xff\xfe\x00", b"NaN", b'{"size": Infinity}', b"[" * 5000 + b"]" * 5000]


def _paths(world: Any) -> list[tuple[str, str]]:
    p, item, sha = world.project_id, world.real_ids[0], world.media_sha
    bogus = "00000000-0000-4000-8000-000000000000"
    return [
        ("POST", "/auth/token"),
        ("POST", "/users"),
        ("POST", "/projects"),
        ("PATCH", f"/projects/{p}"),
        ("PUT", f"/projects/{p}/schema"),
        ("POST", f"/projects/{p}/items"),
        ("POST", f"/projects/{p}/batches"),
        ("POST", f"/projects/{bogus}/batches"),
        ("PUT", f"/items/{item}/gold"),
        ("POST", f"/batches/{bogus}/heartbeat"),
        ("POST", "/submissions"),
        ("POST", "/submissions/bulk"),
        ("POST", f"/submissions/{bogus}/review"),
        ("POST", f"/submissions/{bogus}/contest"),
        ("GET", f"/media/{sha}?variant=thumbnail"),
        ("GET", "/media/../../etc/passwd"),
        ("GET", f"/projects/{p}/schema?version=-1"),
        ("GET", f"/projects/{p}/schema?version=99999999999999999999999"),
        ("GET", f"/projects/{p}/schema/versions?version=x"),
        ("GET", "/projects/%ff%fe/schema/versions"),
        ("GET", "/submissions?mine=true&limit=abc&cursor=%00%ff"),
        ("GET", "/submissions?mine=true&limit=100000000000000000000"),
        ("GET", f"/review/queue?project_id={p}&limit=-5&status=lost"),
        ("GET", "/review/queue?status=any&min_gold_score=1e999&max_gold_score=-0&gold=2"),
        ("GET", "/review/queue?user=%00&cursor=W10"),
        ("GET", f"/review/queue?project_id={p}&cursor={'A' * 5000}&user={'u' * 5000}"),
        ("GET", f"/projects/{p}/export?format=xml"),
        ("GET", f"/projects/{p}/stats?limit=-1"),
        ("GET", f"/projects/{'s' * 300}/stats"),
        ("GET", f"/projects/{p}/items?limit=1e3&gold=yes&contested=2&cursor=%ff"),
        ("GET", f"/projects/{p}/items?cursor=WyIxIiwiMiJd&limit=-1"),
        ("GET", f"/projects/{'p' * 300}/items"),
        ("GET", f"/items/{'x' * 300}"),
        ("DELETE", f"/projects/{p}"),
        ("GET", "/projects/a%00b"),
        ("POST", "/projects/a%00b/batches"),
        ("GET", "/items/%00"),
        ("GET", f"/review/queue?project_id={p}%00"),
        ("GET", "/media/%00?variant=display"),
    ]


@pytest.mark.slow
def test_hostile_json_bodies(admin: Any, lead: Any) -> None:
    world = build_world(lead, real=2, gold=1)
    for method, path in _paths(world):
        for body in HOSTILE_BODIES:
            assert_protocol_answer(admin.request(method, path, json=body), (method, path, body))
        for raw in RAW_BODIES:
            r = admin.request(
                method,
                path,
                content=raw,
                headers={
                    "Authorization": f"Bearer {admin.token}",
                    "Content-Type": "application/json",
                },
            )
            assert_protocol_answer(r, (method, path, raw[:20]))


def test_unknown_routes_and_methods_use_the_error_body(client: Any, admin: Any) -> None:
    r = admin.get("/no/such/thing")
    assert r.status_code == 404 and r.json()["error"]["code"] == "not_found"
    r = admin.request("PATCH", "/me")
    assert r.status_code == 405 and r.json()["error"]["code"]
    r = client.get("/api/v1/health")
    assert r.json()["status"] == "ok"
    assert client.get("/api/v1/openapi.json").json()["openapi"].startswith("3.")


def test_a_trailing_slash_is_an_unknown_route_not_a_redirect(client: Any, admin: Any) -> None:
    """A redirect would build its `Location` from the request's `Host` header
    (`Host: evil.example` → `http://evil.example/…`); the protocol says 404."""
    for path in ("/api/v1/health/", "/api/v1/projects/", "/api/v1/me/", "/api/v1/openapi.json/"):
        r = client.get(path, headers={"Host": "evil.example"}, follow_redirects=False)
        assert r.status_code == 404, (path, r.status_code, r.headers.get("location"))
        assert "location" not in r.headers
        assert r.json()["error"]["code"] == "not_found"
    r = admin.post("/projects/", json={"name": "x"}, headers={"Host": "evil.example"})
    assert r.status_code == 404 and "location" not in r.headers


def test_bodies_over_the_limit_are_refused(admin: Any) -> None:
    big = json.dumps({"items": [{"text": "x" * 1024}] * (11 * 1024)})
    r = admin.post(
        "/projects/whatever/items",
        content=big,
        headers={"Authorization": f"Bearer {admin.token}", "Content-Type": "application/json"},
    )
    assert r.status_code == 413
    assert r.json()["error"]["code"] == "too_large"


def test_bad_tokens(client: Any) -> None:
    for header in ("Bearer", "Bearer ", "Basic abc", "Bearer " + "x" * 5000, "Bearer \u0100"):
        try:
            r = client.get("/api/v1/me", headers={"Authorization": header})
        except UnicodeEncodeError:
            continue
        assert r.status_code == 401, header
        assert r.json()["error"]["code"] == "unauthenticated"
