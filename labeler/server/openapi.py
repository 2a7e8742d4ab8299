"""The OpenAPI document: FastAPI's paths, with the protocol's bodies, answers and errors.

The routes read their JSON bodies themselves (strict JSON, a 400 naming the place of any
mistake), so FastAPI cannot see what they take or give. This module says it: for every
operation its request body, its success answers, the error statuses it may answer (all in
the protocol's error body) and whether it needs a bearer token. The schemas name what the
protocol names and allow more (a server may add keys); `tests/server` checks every answer
of the test suite against them.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from labeler.server.openapi_shapes import (
    ANNOTATOR_STATS,
    COMPONENTS,
    EARNINGS,
    EXPORT_REPORT,
    INT,
    NUM,
    OBJ,
    REVOKED,
    SETTINGS,
    STR,
    TIME,
    Schema,
    array,
    nullable,
    obj,
    page,
    ref,
)


def _json(schema: Schema) -> Schema:
    return {"application/json": {"schema": schema}}


_DESCRIPTIONS = {
    200: "OK",
    201: "Created",
    204: "No content",
    206: "Partial content (a `Range` request)",
    304: "Not modified (`If-None-Match`)",
    400: "Invalid request",
    401: "Not signed in: no token, or an unknown, revoked or expired one (or a disabled account's)",
    403: "Outside the caller's roles, or not theirs (sign-in: the account is disabled)",
    404: "Not found",
    409: "Conflict",
    413: "Body or upload too large",
    416: "Range not satisfiable",
    422: "Not valid for the schema, or not decodable media",
    429: "Too many failed sign-ins (or wrong current passwords)",
}

# (method, path) → what the operation takes and answers. `ok` maps success statuses to a
# JSON schema (None: no body), `ok_content` to the content of other types (one of the two
# at least); `errors` lists
# the error statuses beyond 400 (any request can be malformed) and 401 (unless public).
Operation = dict[str, Any]
_BINARY: Schema = {"type": "string", "format": "binary"}

OPERATIONS: dict[tuple[str, str], Operation] = {
    ("get", "/health"): {
        "public": True,
        "ok": {
            200: obj(
                {"status": {"const": "ok"}, "version": STR, "min_workbench_version": STR},
                {"workbench_download_url": STR},
            )
        },
        "errors": [],
    },
    ("post", "/auth/token"): {
        "public": True,
        "body": obj({"username": STR, "password": STR}, {"name": STR}),
        "ok": {200: obj({"token": STR, "user": ref("User")})},
        "errors": [401, 403, 413, 429],
    },
    ("delete", "/auth/token"): {"ok": {204: None}, "errors": []},
    ("get", "/auth/token"): {"ok": {200: ref("Token")}, "errors": []},
    ("post", "/auth/token/renew"): {
        "ok": {
            200: obj(
                {"token": STR, "user": ref("User"), "expires_at": TIME, "idle_expires_at": TIME}
            )
        },
        "errors": [],
    },
    ("get", "/me"): {
        "ok": {
            200: obj(
                {
                    "id": STR,
                    "username": STR,
                    "roles": array(STR),
                    "skills": {
                        "type": "object",
                        "additionalProperties": obj(
                            {"gold_answered": INT, "gold_passed": INT, "accuracy": nullable(NUM)}
                        ),
                    },
                    "earnings": EARNINGS,
                    "earnings_by_currency": array(EARNINGS),
                }
            )
        },
        "errors": [],
    },
    ("post", "/users"): {
        "body": obj({"username": STR, "password": STR, "roles": array(STR)}),
        "ok": {201: ref("User")},
        "errors": [403, 409, 413],
    },
    ("get", "/users"): {
        "ok": {200: page("users", ref("Account"))},
        "errors": [403],
    },
    ("get", "/users/{user_id}"): {"ok": {200: ref("Account")}, "errors": [403, 404]},
    ("post", "/users/{user_id}/disable"): {
        "ok": {200: ref("Account")},
        "errors": [403, 404, 409],
    },
    ("post", "/users/{user_id}/enable"): {
        "ok": {200: ref("Account")},
        "errors": [403, 404, 409],
    },
    ("delete", "/users/{user_id}"): {"ok": {204: None}, "errors": [403, 404, 409]},
    ("put", "/users/{user_id}/password"): {
        "body": obj({"password": STR}),
        "ok": {200: REVOKED},
        "errors": [403, 404, 409, 413],
    },
    ("get", "/users/{user_id}/tokens"): {
        "ok": {200: obj({"tokens": array(ref("Token"))})},
        "errors": [403, 404],
    },
    ("delete", "/users/{user_id}/tokens"): {"ok": {200: REVOKED}, "errors": [403, 404]},
    ("delete", "/users/{user_id}/tokens/{token_id}"): {
        "ok": {204: None},
        "errors": [403, 404],
    },
    ("get", "/me/tokens"): {"ok": {200: obj({"tokens": array(ref("Token"))})}, "errors": []},
    ("delete", "/me/tokens"): {"ok": {200: REVOKED}, "errors": []},
    ("delete", "/me/tokens/{token_id}"): {"ok": {204: None}, "errors": [404]},
    ("put", "/me/password"): {
        "body": obj({"current_password": STR, "password": STR}),
        "ok": {200: REVOKED},
        "errors": [403, 413, 429],
    },
    ("get", "/projects"): {"ok": {200: obj({"projects": array(ref("Project"))})}, "errors": []},
    ("post", "/projects"): {
        "body": obj({"name": STR, "schema": ref("LabelSchema")}, {"id": STR, **SETTINGS}),
        "ok": {201: ref("Project")},
        "errors": [403, 409, 413, 422],
    },
    ("get", "/projects/{project_id}"): {"ok": {200: ref("Project")}, "errors": [404]},
    ("patch", "/projects/{project_id}"): {
        "body": obj({}, SETTINGS),
        "ok": {200: ref("Project")},
        "errors": [403, 404, 413],
    },
    ("get", "/projects/{project_id}/schema"): {
        "ok": {200: ref("StoredSchema")},
        "errors": [404],
    },
    ("put", "/projects/{project_id}/schema"): {
        "body": ref("LabelSchema"),
        "ok": {200: ref("StoredSchema")},
        "errors": [403, 404, 413, 422],
    },
    ("get", "/projects/{project_id}/schema/versions"): {
        "ok": {200: obj({"versions": array(obj({"version": INT, "created_at": TIME}))})},
        "errors": [404],
    },
    ("post", "/media"): {
        "body_content": {"multipart/form-data": {"schema": obj({"file": _BINARY}), "encoding": {}}},
        "ok": {
            201: obj(
                {
                    "sha256": STR,
                    "mime": STR,
                    "bytes": INT,
                    "width": nullable(INT),
                    "height": nullable(INT),
                    "duration": nullable(NUM),
                }
            )
        },
        "errors": [403, 413, 422],
    },
    ("get", "/media/{sha256}"): {
        "ok": {304: None},
        "ok_content": {200: {"*/*": {"schema": _BINARY}}, 206: {"*/*": {"schema": _BINARY}}},
        "errors": [404, 416],
    },
    ("post", "/projects/{project_id}/items"): {
        "body": obj(
            {
                "items": array(
                    obj(
                        {},
                        {
                            "text": STR,
                            "media": STR,
                            "data": OBJ,
                            "prefill": nullable(OBJ),
                            "prefill_confidence": nullable(NUM),
                            "gold": nullable(ref("Gold")),
                            "source": nullable(STR),
                        },
                    )
                )
            }
        ),
        "ok": {201: obj({"ids": array(STR)})},
        "errors": [403, 404, 413, 422],
    },
    ("get", "/projects/{project_id}/items"): {
        "ok": {
            200: page(
                "items",
                {
                    "allOf": [
                        ref("Item"),
                        obj(
                            {
                                "source": nullable(STR),
                                "gold": nullable(ref("Gold")),
                                "exposure": INT,
                                "answers": INT,
                                "accepted": INT,
                                "gold_answered": INT,
                                "gold_missed": INT,
                                "miss_rate": nullable(NUM),
                                "open_contests": INT,
                                "prefill_confidence": nullable(NUM),
                            }
                        ),
                    ]
                },
            )
        },
        "errors": [403, 404],
    },
    ("put", "/projects/{project_id}/prefill"): {
        "body": obj(
            {
                "items": array(
                    obj(
                        {"id": STR, "prefill": nullable(OBJ)},
                        {"confidence": nullable(NUM)},
                    )
                )
            }
        ),
        "ok": {200: obj({"updated": INT, "answered": array(STR)})},
        "errors": [403, 404, 413, 422],
    },
    ("put", "/items/{item_id}/gold"): {
        "body": ref("Gold"),
        "ok": {200: obj({"item_id": STR, "gold": ref("Gold"), "rescored": INT}, {"upheld": INT})},
        "errors": [403, 404, 413, 422],
    },
    ("delete", "/items/{item_id}/gold"): {"ok": {204: None}, "errors": [403, 404]},
    ("post", "/projects/{project_id}/batches"): {
        "body": obj({"size": {"type": "integer", "minimum": 1, "maximum": 200}}),
        "ok": {
            201: obj(
                {
                    "id": STR,
                    "project_id": STR,
                    "schema_version": INT,
                    "lease_expires_at": TIME,
                    "items": array(ref("Item")),
                }
            ),
            204: None,
        },
        "errors": [403, 404, 413],
    },
    ("post", "/batches/{batch_id}/heartbeat"): {
        "ok": {200: obj({"lease_expires_at": TIME})},
        "errors": [403, 404, 409],
    },
    ("post", "/batches/{batch_id}/release"): {"ok": {204: None}, "errors": [403, 404]},
    ("post", "/submissions"): {
        "body": ref("Submission"),
        "ok": {
            200: ref("SubmissionResult"),
            201: ref("SubmissionResult"),
        },
        "errors": [403, 404, 409, 413, 422],
    },
    ("get", "/submissions"): {
        "ok": {200: page("submissions", ref("HistoryEntry"))},
        "errors": [],
    },
    ("get", "/submissions/{submission_id}"): {
        "ok": {
            200: {
                "allOf": [
                    ref("HistoryEntry"),
                    obj(
                        {
                            "answer": nullable(OBJ),
                            "skip_reason": nullable(STR),
                            "schema_version": INT,
                            "item": ref("Item"),
                        }
                    ),
                ]
            }
        },
        "errors": [404],
    },
    ("post", "/submissions/bulk"): {
        "body": obj({"submissions": array(ref("Submission"))}),
        "ok": {
            200: obj(
                {"results": array(obj({"id": nullable(STR), "status_code": INT, "body": OBJ}))}
            )
        },
        "errors": [403, 413],
    },
    ("post", "/submissions/{submission_id}/contest"): {
        "body": obj({"reason": STR}),
        "ok": {201: ref("Contest")},
        "errors": [403, 404, 409, 413],
    },
    ("get", "/review/queue"): {
        "ok": {
            200: page(
                "submissions",
                {
                    "allOf": [
                        ref("SubmissionEntry"),
                        obj({"prefill_confidence": nullable(NUM)}),
                    ]
                },
            )
        },
        "errors": [403],
    },
    ("get", "/items/{item_id}"): {
        "ok": {
            200: obj(
                {
                    "item": {
                        "allOf": [
                            ref("Item"),
                            obj(
                                {
                                    "project_id": STR,
                                    "source": nullable(STR),
                                    "prefill_confidence": nullable(NUM),
                                }
                            ),
                        ]
                    },
                    "gold": nullable(ref("Gold")),
                    "submissions": array(ref("SubmissionEntry")),
                }
            )
        },
        "errors": [403, 404],
    },
    ("post", "/submissions/{submission_id}/review"): {
        "body": obj(
            {"decision": {"enum": ["accept", "reject"]}},
            {"reason": nullable(STR), "comment": nullable(STR)},
        ),
        "ok": {200: ref("SubmissionEntry")},
        "errors": [403, 404, 409, 413],
    },
    ("get", "/projects/{project_id}/contests"): {
        "ok": {200: obj({"contests": array(ref("LeadContest"))})},
        "errors": [403, 404],
    },
    ("post", "/contests/{contest_id}/resolve"): {
        "body": obj(
            {"decision": {"enum": ["uphold", "dismiss"]}},
            {"reply": nullable(STR), "gold": nullable(ref("Gold"))},
        ),
        "ok": {
            200: obj(
                {"contest": ref("LeadContest"), "rescored": INT, "gold": nullable(ref("Gold"))}
            )
        },
        "errors": [403, 404, 409, 413, 422],
    },
    ("get", "/projects/{project_id}/stats"): {
        "ok": {
            200: obj(
                {
                    "items_total": INT,
                    "items_done": INT,
                    "submissions": INT,
                    "agreement": {
                        "type": "object",
                        "additionalProperties": obj({"metric": STR, "value": nullable(NUM)}),
                    },
                    "annotators": array(ANNOTATOR_STATS),
                    "proposals": {
                        "type": "object",
                        "additionalProperties": obj(
                            {
                                "answers": INT,
                                "changed": INT,
                                "changed_share": nullable(NUM),
                                "mean_change": nullable(NUM),
                            },
                            {"measure": STR},
                        ),
                    },
                }
            )
        },
        "errors": [403, 404],
    },
    ("get", "/projects/{project_id}/export"): {
        "ok_content": {
            200: {
                "application/x-ndjson": {"schema": STR},
                "application/json": {"schema": {}},
                "text/csv": {"schema": STR},
                "text/plain": {"schema": STR},
                "text/vtt": {"schema": STR},
                "application/xml": {"schema": STR},
                "application/zip": {"schema": _BINARY},
            }
        },
        "errors": [403, 404],
    },
    ("get", "/projects/{project_id}/export/report"): {
        "ok": {200: EXPORT_REPORT},
        "errors": [403, 404],
    },
}


def install(app: FastAPI, prefix: str) -> None:
    """Serve `describe(app, prefix)` as the app's OpenAPI document (built once)."""

    def openapi() -> Schema:
        if app.openapi_schema is None:
            app.openapi_schema = describe(app, prefix)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def describe(app: FastAPI, prefix: str) -> Schema:
    """FastAPI's document of `app` with every operation described as above."""
    doc = get_openapi(
        title=app.title,
        version=app.version,
        openapi_version=app.openapi_version,
        description=app.description,
        routes=app.routes,
    )
    components = doc.setdefault("components", {})
    schemas = components.setdefault("schemas", {})
    for name in ("HTTPValidationError", "ValidationError"):
        schemas.pop(name, None)
    schemas.update(COMPONENTS)
    components["securitySchemes"] = {"bearer": {"type": "http", "scheme": "bearer"}}
    doc["security"] = [{"bearer": []}]
    for path, methods in doc["paths"].items():
        for method, operation in methods.items():
            spec = OPERATIONS.get((method, path.removeprefix(prefix)))
            if spec is None:
                raise LookupError(f"{method.upper()} {path} has no entry in OPERATIONS")
            _apply(operation, spec)
    return doc


def _apply(operation: Schema, spec: Operation) -> None:
    if spec.get("public"):
        operation["security"] = []
    if "body" in spec:
        operation["requestBody"] = {"required": True, "content": _json(spec["body"])}
    elif "body_content" in spec:
        operation["requestBody"] = {"required": True, "content": spec["body_content"]}
    responses: dict[str, Schema] = {}
    for status, body in spec.get("ok", {}).items():
        answer: Schema = {"description": _DESCRIPTIONS[status]}
        if body is not None:
            answer["content"] = _json(body)
        responses[str(status)] = answer
    for status, content in spec.get("ok_content", {}).items():
        responses[str(status)] = {"description": _DESCRIPTIONS[status], "content": content}
    errors = [400] + ([] if spec.get("public") else [401]) + list(spec["errors"])
    for status in sorted(errors):
        responses[str(status)] = {
            "description": _DESCRIPTIONS[status],
            "content": _json(ref("Error")),
        }
    operation["responses"] = responses
