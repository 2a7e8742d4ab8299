"""Every answer the server tests get is checked against the server's OpenAPI document:
its status is one the operation declares, and a JSON body fits the declared schema."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient
from jsonschema import Draft202012Validator


@dataclass(frozen=True)
class Route:
    pattern: re.Pattern[str]
    template: str
    operations: dict[str, Any]


@cache
def _document(app_id: int, app: FastAPI) -> tuple[dict[str, Any], tuple[Route, ...]]:
    doc = app.openapi()
    routes = tuple(
        Route(re.compile("^" + re.sub(r"\{[^}]+\}", "[^/]+", path) + "$"), path, ops)
        for path, ops in doc["paths"].items()
    )
    return doc, routes


def check_answer(app: FastAPI, method: str, path: str, response: Any) -> None:
    """Fail when `response` is not what the document declares for `method path`."""
    doc, routes = _document(id(app), app)
    matches = [r for r in routes if r.pattern.match(path)]
    # The most literal template wins (/projects/{id}/items/... over /items/{id}).
    route = min(matches, key=lambda r: r.template.count("{"), default=None)
    operation = route.operations.get(method.lower()) if route else None
    if operation is None:
        return  # an unknown route (404) or method (405): no operation to hold it to
    where = f"{method} {route.template if route else path} → {response.status_code}"
    declared = operation["responses"].get(str(response.status_code))
    assert declared is not None, f"{where}: status not in the OpenAPI document"
    content = declared.get("content", {})
    if "application/json" not in content or not response.content:
        return
    schema = {**content["application/json"]["schema"], "components": doc["components"]}
    errors = sorted(Draft202012Validator(schema).iter_errors(response.json()), key=str)
    assert not errors, f"{where}: {errors[0].message} at {list(errors[0].absolute_path)}"


class CheckedClient(TestClient):
    """A TestClient that checks every answer against the app's OpenAPI document."""

    def request(self, method: str, url: Any, *args: Any, **kwargs: Any) -> Any:
        response = super().request(method, url, *args, **kwargs)
        check_answer(self.app, method, response.request.url.path, response)  # type: ignore[arg-type]
        return response
