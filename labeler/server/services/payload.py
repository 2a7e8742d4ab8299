"""Typed reads of JSON request bodies and query values: every mistake becomes a 400."""

from __future__ import annotations

import base64
import json
import re
import uuid
from datetime import UTC, datetime
from typing import Any

from labeler.server.errors import ApiError, bad_request

# Ceiling of integers the database columns take (BigInteger), far beyond any honest value.
MAX_INT = 2**53
MAX_NOTE_CHARS = 10_000
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")


def invalid(path: str, message: str) -> ApiError:
    """A 400 `invalid_request` naming the offending place of the body."""
    return bad_request(f"{path}: {message}", errors=[{"path": path, "message": message}])


def require_object(body: object, path: str = "body") -> dict[str, Any]:
    if not isinstance(body, dict):
        raise invalid(path, "must be a JSON object")
    return body


def get_int(body: dict[str, Any], key: str, low: int = 0, high: int = MAX_INT) -> int:
    """An integer (never a bool or a float) in [low, high]."""
    value = body.get(key)
    if isinstance(value, bool) or not isinstance(value, int):
        raise invalid(key, "must be an integer")
    if not low <= value <= high:
        raise invalid(key, f"must be between {low} and {high}")
    return value


def get_str(
    body: dict[str, Any], key: str, *, required: bool = True, max_chars: int = MAX_NOTE_CHARS
) -> str | None:
    """A string without NUL or lone surrogates (neither fits a database text column)."""
    value = body.get(key)
    if value is None:
        if required:
            raise invalid(key, "is required")
        return None
    if not isinstance(value, str):
        raise invalid(key, "must be a string")
    if len(value) > max_chars:
        raise invalid(key, f"must be at most {max_chars} characters")
    check_text(value, key)
    return value


def get_uuid(body: dict[str, Any], key: str) -> str:
    """A UUID in its 36-character form, normalised to lower case."""
    value = body.get(key)
    if not isinstance(value, str) or not _UUID.match(value):
        raise invalid(key, "must be a UUID string")
    return str(uuid.UUID(value))


def get_time(body: dict[str, Any], key: str) -> datetime:
    """An ISO 8601 timestamp with a zone (Z or an offset), as UTC."""
    value = body.get(key)
    if not isinstance(value, str) or len(value) > 64:
        raise invalid(key, "must be an ISO 8601 timestamp with a zone")
    try:
        parsed = datetime.fromisoformat(value)
        if parsed.tzinfo is None:
            raise ValueError("no zone")
        return parsed.astimezone(UTC)
    except (ValueError, OverflowError):
        raise invalid(key, "must be an ISO 8601 timestamp with a zone") from None


def check_text(value: str, path: str) -> None:
    if "\x00" in value:
        raise invalid(path, "must not contain NUL characters")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise invalid(path, "must be valid Unicode (no lone surrogates)") from None


def check_json_text(value: Any, path: str = "answer") -> None:
    """Every string (keys too) inside a JSON value is storable text."""
    if isinstance(value, str):
        check_text(value, path)
    elif isinstance(value, dict):
        for key, item in value.items():
            check_text(str(key), path)
            check_json_text(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            check_json_text(item, f"{path}[{index}]")


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def encode_cursor(values: list[Any]) -> str:
    """An opaque keyset cursor."""
    raw = json.dumps(values, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str, size: int) -> list[Any]:
    """The values of a cursor made by `encode_cursor`; 400 when it is not one."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        values = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise invalid("cursor", "is not a cursor this server made") from None
    if not isinstance(values, list) or len(values) != size:
        raise invalid("cursor", "is not a cursor this server made")
    if not all(isinstance(v, str) and len(v) <= 64 for v in values):
        raise invalid("cursor", "is not a cursor this server made")
    return values
