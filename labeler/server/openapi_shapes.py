"""The shapes of the protocol's JSON, as OpenAPI schemas: the builders (`obj`, `array`,
`page`, …) and the named objects (users, items, submissions, projects, …) that
`labeler.server.openapi` puts in the document's components and operations.
"""

from __future__ import annotations

from typing import Any

from labeler.core.projectsettings import LEASE_ORDERS

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
#: A sentence as a message code and its values (docs/protocol.md "Message codes").
MESSAGE = obj(
    {
        "code": {"type": "string", "pattern": "^[a-z][a-z0-9_]*$"},
        "params": {
            "type": "object",
            "additionalProperties": {"type": ["string", "number", "boolean", "null"]},
        },
    }
)
MONEY = {"anyOf": [STR, NUM]}
#: What a user earned in one currency (`GET /me`), amounts as decimal strings.
EARNINGS = obj({"currency": STR, "pending": STR, "approved": STR, "rejected": STR})
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
    {
        "reason": nullable(STR),
        "comment": nullable(STR),
        "reviewer": nullable(USER_REF),
        "message": nullable(ref("Message")),
    },
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
# An item's `data` as served: free keys, and the comparison shapes of docs/protocol.md
# "Item data" (a candidate's media sha256 expanded into its media object).
ITEM_DATA = obj(
    {},
    {
        "candidates": array(
            obj(
                {"key": STR},
                {"text": STR, "media": ref("MediaRef"), "title": STR, "url": STR},
            )
        ),
        "conversation": array(obj({"role": STR, "text": STR})),
        "record": OBJ,
        "records": array(OBJ),
    },
)
ITEM = obj(
    {"id": STR, "data": ITEM_DATA},
    {
        "text": STR,
        "prefill": nullable(OBJ),
        "media": ref("MediaRef"),
        "training": obj({"answer": OBJ}, {"hint": nullable(STR)}),
    },
)
GOLD = obj({"answer": OBJ}, {"hint": nullable(STR)})
# A criterion of a criteria field, a key of a record field.
ROW = obj({"value": STR}, {"text": STR})
LABEL_SCHEMA = obj(
    {
        "media": {"enum": ["image", "text", "audio"]},
        "fields": array(
            obj(
                {"name": STR, "kind": STR},
                {
                    # true, false, or (a rationale) "when_close"
                    "required": {"anyOf": [BOOL, {"enum": ["when_close"]}]},
                    "labels": array(obj({"value": STR}, {"hotkey": STR, "color": STR})),
                    "min": INT,
                    "max": INT,
                    "max_count": nullable(INT),
                    "gold": obj({"metric": STR, "threshold": NUM}),
                    "tie": BOOL,
                    "strength": BOOL,
                    "ties": BOOL,
                    "rows": {"anyOf": [array(ROW), {"enum": ["candidates"]}]},
                    "scale": array(STR),
                    "min_length": INT,
                    "keys": array(ROW),
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
    "lease_order": {"type": "string", "enum": list(LEASE_ORDERS)},
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
        "locked": nullable(ref("Message")),
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
                {"code": STR, "message": STR, "details": obj({}, {"message": ref("Message")})},
            )
        }
    ),
    "Message": MESSAGE,
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
    },
    # Each line's words, for a workbench to say it in its language (a value that is a
    # sentence is such an object too).
    {"said": array(obj({"template": STR, "params": {"type": "object"}}))},
)
