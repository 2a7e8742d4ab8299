"""Every answer the server tests get is checked against the server's OpenAPI document:
its status is one the operation declares, and a JSON body fits the declared schema."""

from __future__ import annotations

import re
from typing import Any

from fastapi.testclient import TestClient
from jsonschema import Draft202012Validator


class Document:
    """An OpenAPI document that answers can be held to."""

    def __init__(self, doc: dict[str, Any]) -> None:
        self.doc = doc
        self.routes = [
            (re.compile("^" + re.sub(r"\{[^}]+\}", "[^/]+", path) + "$"), path, operations)
            for path, operations in doc["paths"].items()
        ]
        self.validators: dict[tuple[str, str, str], Draft202012Validator] = {}

    def check(self, method: str, path: str, response: Any) -> None:
        """Fail when `response` is not what the document declares for `method path`."""
        matches = [(template, ops) for pattern, template, ops in self.routes if pattern.match(path)]
        if not matches:
            return  # an unknown route (404): no operation to hold it to
        # The most literal template wins (/projects/{id}/schema/versions over .../{x}).
        template, operations = min(matches, key=lambda match: match[0].count("{"))
        operation = operations.get(method.lower())
        if operation is None:
            return  # a wrong method (405)
        where = f"{method} {template} → {response.status_code}"
        declared = operation["responses"].get(str(response.status_code))
        assert declared is not None, f"{where}: status not in the OpenAPI document"
        content = declared.get("content", {})
        if "application/json" not in content or not response.content:
            return
        if not response.headers.get("content-type", "").startswith("application/json"):
            return  # another of the declared types (an export's CSV or zip)
        key = (method.lower(), template, str(response.status_code))
        validator = self.validators.get(key)
        if validator is None:
            schema = content["application/json"]["schema"]
            validator = Draft202012Validator({**schema, "components": self.doc["components"]})
            self.validators[key] = validator
        errors = sorted(validator.iter_errors(response.json()), key=str)
        assert not errors, f"{where}: {errors[0].message} at {list(errors[0].absolute_path)}"


class CheckedClient(TestClient):
    """A TestClient that checks every answer against the app's OpenAPI document."""

    _document: Document | None = None

    def request(self, method: str, url: Any, *args: Any, **kwargs: Any) -> Any:
        response = super().request(method, url, *args, **kwargs)
        if self._document is None:
            self._document = Document(self.app.openapi())  # type: ignore[attr-defined]
        self._document.check(method, response.request.url.path, response)
        return response
