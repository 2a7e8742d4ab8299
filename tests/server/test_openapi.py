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
    return SimpleNamespace(status_code=status, content=json.dumps(body).encode(), json=lambda: body)


def test_the_answer_check_bites(app: Any) -> None:
    document = Document(app.openapi())
    document.check("GET", "/api/v1/health", _fake(200, {"status": "ok", "version": "1"}))
    with pytest.raises(AssertionError, match="status not in the OpenAPI document"):
        document.check("GET", "/api/v1/health", _fake(418, {}))
    with pytest.raises(AssertionError, match="'version' is a required property"):
        document.check("GET", "/api/v1/health", _fake(200, {"status": "ok"}))
    error = {"error": {"code": "not_found", "message": "No project with that id."}}
    with pytest.raises(AssertionError, match="'details' is a required property"):
        document.check("GET", "/api/v1/projects/x", _fake(404, error))
    document.check("GET", "/api/v1/nowhere", _fake(404, {}))  # no operation: not held
