"""The OpenAPI document describes every operation: bodies, answers, errors, the token.

That the answers really fit it is checked on every request of the server tests
(`openapi_check.CheckedClient`); here, the document's own shape, and that the check bites.
"""

from __future__ import annotations

import json
import re
from types import SimpleNamespace
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from tests.server.openapi_check import Document

PUBLIC = {("post", "/api/v1/auth/token"), ("get", "/api/v1/health")}
NO_BODY = {"/heartbeat", "/release", "/disable", "/enable", "/renew"}


def _operations(doc: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [(m, p, op) for p, ops in doc["paths"].items() for m, op in ops.items()]


def test_served_without_a_token_and_complete(client: Any) -> None:
    r = client.get("/api/v1/openapi.json")
    assert r.status_code == 200
    doc = r.json()
    assert doc["openapi"].startswith("3.")
    assert doc["components"]["securitySchemes"]["bearer"] == {"type": "http", "scheme": "bearer"}
    assert doc["security"] == [{"bearer": []}]
    assert "HTTPValidationError" not in r.text  # FastAPI's 422 body is not what we answer
    assert len(_operations(doc)) >= 31
    for method, path, op in _operations(doc):
        where = f"{method} {path}"
        assert ("security" in op and op["security"] == []) == ((method, path) in PUBLIC), where
        writes = method in ("post", "put", "patch") and not path.endswith(tuple(NO_BODY))
        assert ("requestBody" in op) == writes, where
        errors = {s for s in op["responses"] if s >= "400"}
        assert "400" in errors and ((method, path) in PUBLIC or "401" in errors), where
        for status in errors:
            schema = op["responses"][status]["content"]["application/json"]["schema"]
            assert schema == {"$ref": "#/components/schemas/Error"}, where
        assert any(s < "300" for s in op["responses"]), where


def test_every_reference_resolves(client: Any) -> None:
    r = client.get("/api/v1/openapi.json")
    names = set(r.json()["components"]["schemas"])
    for name in re.findall(r'"#/components/schemas/([^"]+)"', r.text):
        assert name in names, name


def _fake(status: int, body: Any) -> Any:
    return SimpleNamespace(
        status_code=status,
        content=json.dumps(body).encode(),
        json=lambda: body,
        headers={"content-type": "application/json"},
    )


def test_the_answer_check_bites(app: Any) -> None:
    document = Document(app.openapi())
    document.check(
        "GET",
        "/api/v1/health",
        _fake(200, {"status": "ok", "version": "1", "min_workbench_version": "1"}),
    )
    with pytest.raises(AssertionError, match="status not in the OpenAPI document"):
        document.check("GET", "/api/v1/health", _fake(418, {}))
    with pytest.raises(AssertionError, match="'version' is a required property"):
        document.check(
            "GET", "/api/v1/health", _fake(200, {"status": "ok", "min_workbench_version": "1"})
        )
    error = {"error": {"code": "not_found", "message": "No project with that id."}}
    with pytest.raises(AssertionError, match="'details' is a required property"):
        document.check("GET", "/api/v1/projects/x", _fake(404, error))
    document.check("GET", "/api/v1/nowhere", _fake(404, {}))  # no operation: not held


def test_me_earnings_are_documented_per_currency(app: Any) -> None:
    document = Document(app.openapi())
    usd = {"currency": "USD", "pending": "0.00", "approved": "3.38", "rejected": "0.00"}
    pkr = {"currency": "PKR", "pending": "12.00", "approved": "0.00", "rejected": "0.00"}
    me = {"id": "u", "username": "amna", "roles": ["annotator"], "skills": {}}
    answer = {**me, "earnings": pkr, "earnings_by_currency": [pkr, usd]}
    document.check("GET", "/api/v1/me", _fake(200, answer))
    with pytest.raises(AssertionError, match="'earnings_by_currency' is a required property"):
        document.check("GET", "/api/v1/me", _fake(200, {**me, "earnings": pkr}))
    summed = {k: v for k, v in usd.items() if k != "currency"}
    with pytest.raises(AssertionError, match="'currency' is a required property"):
        document.check(
            "GET", "/api/v1/me", _fake(200, {**answer, "earnings_by_currency": [summed]})
        )


# (path, parameter, values the server takes, values it refuses): the document must say the
# same as the server, an enum where the server takes a few words and `required` where it
# refuses a request without the parameter.
PARAMETERS = [
    ("/api/v1/submissions", "mine", [True], [False, None, "yes"]),
    ("/api/v1/media/{sha256}", "variant", ["display"], ["thumbnail", "", "DISPLAY"]),
    ("/api/v1/projects/{project_id}/export", "format", ["jsonl", "coco", "voc"], ["gif", ""]),
    (
        "/api/v1/projects/{project_id}/export",
        "answers",
        ["accepted", "consensus", "gold", "all"],
        ["best", ""],
    ),
    ("/api/v1/projects/{project_id}/export/report", "format", ["coco"], [None, "jsonl"]),
    ("/api/v1/review/queue", "status", ["pending", "accepted", "rejected", "any"], ["lost"]),
    ("/api/v1/submissions", "status", ["pending", "accepted", "rejected", "amended"], ["any"]),
]


def _parameter(doc: dict[str, Any], path: str, name: str) -> dict[str, Any]:
    (found,) = [p for p in doc["paths"][path]["get"]["parameters"] if p["name"] == name]
    return found  # type: ignore[no-any-return]


@pytest.mark.parametrize(("path", "name", "taken", "refused"), PARAMETERS)
def test_query_parameters_admit_what_the_server_takes(
    client: Any, path: str, name: str, taken: list[Any], refused: list[Any]
) -> None:
    parameter = _parameter(client.get("/api/v1/openapi.json").json(), path, name)
    check = Draft202012Validator(parameter["schema"])
    for value in taken:
        assert check.is_valid(value), (name, value, parameter)
    for value in refused:
        if value is None and not parameter.get("required"):
            raise AssertionError(f"{name} is required by the server, optional in the document")
        if value is not None:
            assert not check.is_valid(value), (name, value, parameter)


def test_the_server_refuses_what_the_document_refuses(make_api: Any, lead: Any) -> None:
    annotator = make_api("annotator")
    assert annotator.get("/submissions?mine=true").status_code == 200
    for query in ("", "?mine=false", "?limit=5"):
        r = annotator.get(f"/submissions{query}")
        assert r.status_code == 400 and r.json()["error"]["code"] == "invalid_request", query
        assert "mine" in r.text, query
    r = lead.post("/projects", json={"name": "P", "schema": _SCHEMA})
    project_id = r.json()["id"]
    assert lead.get(f"/projects/{project_id}/export?format=jsonl").status_code == 200
    r = lead.get(f"/projects/{project_id}/export?format=xlsx")
    assert r.status_code == 400 and "format" in r.text
    r = lead.get(f"/media/{'0' * 64}?variant=thumbnail")
    assert r.status_code == 400 and "variant" in r.text
    assert lead.get("/review/queue?status=lost").status_code == 400


_SCHEMA = {
    "media": "text",
    "fields": [{"name": "tone", "kind": "choice", "labels": [{"value": "calm"}]}],
}


def test_the_document_describes_comparison_schemas_and_items(app: Any) -> None:
    """A schema with the comparison kinds (`"required": "when_close"` too) fits
    `LabelSchema`; an item's candidates carry media objects, never a bare sha256."""
    from labeler.core.schema import parse_schema

    document = Document(app.openapi())
    schema = parse_schema(
        {
            "media": "text",
            "fields": [
                {"name": "pref", "kind": "pairwise"},
                {"name": "why", "kind": "rationale", "required": "when_close"},
                {"name": "rel", "kind": "criteria", "rows": "candidates", "scale": ["a"] * 5},
                {"name": "shop", "kind": "record", "keys": [{"value": "name", "text": "Name"}]},
            ],
        }
    ).to_json()
    document.check("GET", "/api/v1/projects/p/schema", _fake(200, {**schema, "version": 1}))
    sha = "a" * 64
    media = {"sha256": sha, "url": f"/api/v1/media/{sha}", "mime": "image/png", "bytes": 9}
    candidates = [{"key": "A", "text": "x"}, {"key": "B", "media": media, "title": "t"}]
    batch = {
        "id": "b",
        "project_id": "p",
        "schema_version": 1,
        "lease_expires_at": "2026-12-07T12:00:00Z",
        "items": [
            {
                "id": "i",
                "text": "q",
                "data": {
                    "candidates": candidates,
                    "conversation": [{"role": "user", "text": "q"}],
                    "record": {"name": "Shop", "floor": 2},
                },
            }
        ],
    }
    document.check("POST", "/api/v1/projects/p/batches", _fake(201, batch))
    batch["items"][0]["data"]["candidates"][1]["media"] = sha
    with pytest.raises(AssertionError, match="is not of type 'object'"):
        document.check("POST", "/api/v1/projects/p/batches", _fake(201, batch))


def test_the_interactive_docs_load_nothing_from_elsewhere(client: Any) -> None:
    """`/api/v1/docs` works offline: every script, style sheet and icon it names is served
    by the task server itself, without a token."""
    r = client.get("/api/v1/docs")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    page = r.text
    assert "/api/v1/openapi.json" in page
    assets = re.findall(r'(?:src|href)="([^"]+)"', page)
    assert len(assets) >= 3, page
    for url in assets:
        assert url.startswith("/") and not url.startswith("//"), url
        got = client.get(url)
        assert got.status_code == 200 and len(got.content) > 0, url
    scripts = [client.get(u).text for u in re.findall(r'src="([^"]+)"', page)]
    assert any("SwaggerUIBundle" in s for s in scripts)
    assert not re.search(r"https?://", re.sub(r"<!--.*?-->", "", page)), page


def test_every_route_is_under_the_api_root(app: Any, client: Any) -> None:
    """Nothing answers outside `/api/v1`, the interactive docs' helper pages included."""
    paths = [route.path for route in app.routes if getattr(route, "path", "")]
    assert paths and all(p.startswith("/api/v1/") for p in paths), paths
    assert client.get("/docs/oauth2-redirect").status_code == 404
    assert client.get("/api/v1/docs/oauth2-redirect").status_code == 200
