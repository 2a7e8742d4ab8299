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

Schema = dict[str, Any]

STR: Schema = {"type": "string"}
INT: Schema = {"type": "integer"}
NUM: Schema = {"type": "number"}
BOOL: Schema = {"type": "boolean"}
TIME: Schema = {"type": "string", "format": "date-time"}
OBJ: Schema = {"type": "object"}


def ref(name: str) -> Schema:
    return {"$ref": f"#/components/schemas/{name}"}


def nullable(schema: Schema) -> Schema:
    return {"anyOf": [schema, {"type": "null"}]}


def array(items: Schema) -> Schema:
    return {"type": "array", "items": items}


def obj(required: dict[str, Schema], optional: dict[str, Schema] | None = None) -> Schema:
    """An object with these keys (more are allowed: extensions)."""
    out: Schema = {"type": "object", "properties": {**required, **(optional or {})}}
    if required:
        out["required"] = list(required)
    return out


def page(key: str, entry: Schema) -> Schema:
    return obj({key: array(entry), "next_cursor": nullable(STR)})


USER_REF = obj({"id": STR, "username": STR})
MONEY = {"anyOf": [STR, NUM]}
VERDICT = obj(
    {
        "passed": BOOL,
        "score": NUM,
        "fields": {"type": "object", "additionalProperties": obj({"score": NUM, "passed": BOOL})},
    },
    {"expected": nullable(OBJ), "hint": nullable(STR), "withdrawn": BOOL},
)
REVIEW = obj(
    {"decision": {"enum": ["accept", "reject"]}},
    {"reason": nullable(STR), "comment": nullable(STR), "reviewer": nullable(USER_REF)},
)
SUBMISSION_ENTRY = obj(
    {
        "id": STR,
        "item_id": STR,
        "project_id": STR,
        "user": USER_REF,
        "status": STR,
        "answer": nullable(OBJ),
        "active_ms": INT,
        "submitted_at": TIME,
        "gold_score": nullable(NUM),
    },
    {
        "skip_reason": nullable(STR),
        "schema_version": INT,
        "review": nullable(ref("Review")),
        "is_gold": BOOL,
        "amends": nullable(STR),
        "amended_by": nullable(STR),
    },
)
MEDIA_REF = obj(
    {"sha256": STR, "url": STR, "mime": STR, "bytes": INT},
    {
        "width": nullable(INT),
        "height": nullable(INT),
        "duration": nullable(NUM),
        "variants": {
            "type": "object",
            "additionalProperties": obj({"url": STR, "bytes": INT, "width": INT, "height": INT}),
        },
    },
)
ITEM = obj(
    {"id": STR, "data": OBJ},
    {
        "text": STR,
        "prefill": nullable(OBJ),
        "media": ref("MediaRef"),
        "training": obj({"answer": OBJ}, {"hint": nullable(STR)}),
    },
)
GOLD = obj({"answer": OBJ}, {"hint": nullable(STR)})
LABEL_SCHEMA = obj(
    {
        "media": {"enum": ["image", "text", "audio"]},
        "fields": array(
            obj(
                {"name": STR, "kind": STR},
                {
                    "required": BOOL,
                    "labels": array(obj({"value": STR}, {"hotkey": STR, "color": STR})),
                    "min": INT,
                    "max": INT,
                    "max_count": nullable(INT),
                    "gold": obj({"metric": STR, "threshold": NUM}),
                },
            )
        ),
    },
    {"title": nullable(STR), "instructions": nullable(STR)},
)
# The settings a project object shows as they were given.
PLAIN_SETTINGS: dict[str, Schema] = {
    "overlap": INT,
    "gold_ratio": NUM,
    "gold_ratio_new": NUM,
    "calibration_gold": INT,
    "lease_seconds": INT,
    "review_rate": NUM,
    "training": BOOL,
    "pay_failed_gold": BOOL,
}
SETTINGS: dict[str, Schema] = {
    "name": STR,
    "skill": STR,
    "reward": obj({"amount": MONEY, "currency": STR}),
    **PLAIN_SETTINGS,
    "requirement": nullable(obj({"skill": STR, "min_accuracy": NUM}, {"min_gold": INT})),
    "active": BOOL,
}
PROJECT = obj(
    {
        "id": STR,
        "name": STR,
        "media": STR,
        "schema_version": INT,
        "skill": STR,
        "reward": obj({"amount": STR, "currency": STR}),
        **PLAIN_SETTINGS,
        "requirement": nullable(obj({"skill": STR, "min_accuracy": NUM, "min_gold": INT})),
        "items_total": INT,
        "items_remaining": INT,
        "eligible": BOOL,
        "locked_reason": nullable(STR),
    },
    {"active": BOOL},
)
SUBMISSION = obj(
    {
        "id": {"type": "string", "format": "uuid"},
        "batch_id": STR,
        "item_id": STR,
        "schema_version": INT,
        "answer": nullable(OBJ),
        "started_at": TIME,
        "submitted_at": TIME,
        "active_ms": INT,
    },
    # An amendment names the submission it replaces.
    {"skip_reason": nullable(STR), "amends": nullable({"type": "string", "format": "uuid"})},
)
# A contest as its annotator sees it; leads see `LeadContest`.
CONTEST = obj(
    {
        "id": STR,
        "submission_id": STR,
        "state": {"enum": ["open", "upheld", "dismissed"]},
        "reason": STR,
        "created_at": TIME,
    },
    {"reply": nullable(STR), "resolved_at": nullable(TIME), "resolved_by": nullable(USER_REF)},
)
LEAD_CONTEST = {
    "allOf": [
        ref("Contest"),
        obj(
            {
                "item_id": STR,
                "user": USER_REF,
                "resolved_at": nullable(TIME),
                "miss_rate": nullable(NUM),
            }
        ),
    ]
}
# One submission of the caller's history (`GET /submissions?mine=true`).
HISTORY_ENTRY = obj(
    {
        "id": STR,
        "item_id": STR,
        "project_id": STR,
        "status": STR,
        "review": nullable(ref("Review")),
        "reward": obj({"amount": STR, "currency": STR}),
        "gold": nullable(ref("Verdict")),
        "submitted_at": TIME,
        "active_ms": INT,
    },
    {
        "contest": nullable(ref("Contest")),
        "amends": nullable(STR),
        "amended_by": nullable(STR),
    },
)
ANNOTATOR_STATS = obj(
    {
        "user": USER_REF,
        "submissions": INT,
        "gold_answered": INT,
        "gold_accuracy": nullable(NUM),
        "median_active_ms": nullable(NUM),
        "accepted": INT,
        "rejected": INT,
    }
)
# A user as admins see it (`GET /users`).
ACCOUNT = obj(
    {
        "id": STR,
        "username": STR,
        "roles": array(STR),
        "state": {"enum": ["active", "disabled", "deleted"]},
        "created_at": TIME,
        "disabled_at": nullable(TIME),
        "deleted_at": nullable(TIME),
        "last_used_at": nullable(TIME),
        "tokens": INT,
    }
)
# A token as its user and admins see it: never the token itself.
TOKEN = obj(
    {
        "id": STR,
        "name": nullable(STR),
        "created_at": TIME,
        "last_used_at": nullable(TIME),
        "expires_at": TIME,
        "idle_expires_at": TIME,
        "current": BOOL,
    }
)
REVOKED = obj({"revoked": INT})

COMPONENTS: dict[str, Schema] = {
    "Error": obj(
        {
            "error": obj(
                {"code": STR, "message": STR, "details": OBJ},
            )
        }
    ),
    "User": obj({"id": STR, "username": STR, "roles": array(STR)}),
    "Account": ACCOUNT,
    "Token": TOKEN,
    "Review": REVIEW,
    "Verdict": VERDICT,
    "MediaRef": MEDIA_REF,
    "Item": ITEM,
    "Gold": GOLD,
    "LabelSchema": LABEL_SCHEMA,
    "StoredSchema": {"allOf": [ref("LabelSchema"), obj({"version": INT})]},
    "Project": PROJECT,
    "Submission": SUBMISSION,
    "SubmissionResult": obj(
        {
            "id": STR,
            # A replay of a submission replaced since answers `amended`.
            "status": {"enum": ["pending", "accepted", "rejected", "amended"]},
            "gold": nullable(ref("Verdict")),
        },
        {"amends": STR},
    ),
    "SubmissionEntry": SUBMISSION_ENTRY,
    "Contest": CONTEST,
    "LeadContest": LEAD_CONTEST,
    "HistoryEntry": HISTORY_ENTRY,
}

# -- operations ---------------------------------------------------------------------------


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

EXPORT_REPORT = obj(
    {
        "format": STR,
        "answers": {"enum": ["accepted", "consensus", "gold", "all"]},
        "entries": INT,
        "items": INT,
        "not_held": array(
            obj({"field": STR, "kind": STR, "why": STR, "count": INT, "examples": array(STR)})
        ),
        "lines": array(STR),
    }
)

OPERATIONS: dict[tuple[str, str], Operation] = {
    ("get", "/health"): {
        "public": True,
        "ok": {200: obj({"status": {"const": "ok"}, "version": STR})},
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
                    "earnings": obj(
                        {"currency": STR, "pending": STR, "approved": STR, "rejected": STR}
                    ),
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
                            }
                        ),
                    ]
                },
            )
        },
        "errors": [403, 404],
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
        "ok": {200: page("submissions", ref("SubmissionEntry"))},
        "errors": [403],
    },
    ("get", "/items/{item_id}"): {
        "ok": {
            200: obj(
                {
                    "item": {
                        "allOf": [ref("Item"), obj({"project_id": STR, "source": nullable(STR)})]
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
