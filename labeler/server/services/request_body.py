"""Strict JSON request bodies: malformed, non-finite or absurdly deep JSON is a 400."""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import Depends, Request

from labeler.server.errors import bad_request


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def parse_json(raw: bytes) -> Any:
    """Decode a request body; 400 `invalid_request` when it is not strict JSON."""
    if not raw.strip():
        raise bad_request("The request needs a JSON body.")
    try:
        return json.loads(raw.decode("utf-8"), parse_constant=_refuse_constant)
    except RecursionError:
        raise bad_request(
            "The body nests objects and lists too deeply to read (what the task server "
            "stores may nest at most 32 deep)."
        ) from None
    except (UnicodeDecodeError, ValueError) as exc:
        raise bad_request(f"The body is not valid JSON: {str(exc)[:200]}") from None


async def json_body(request: Request) -> Any:
    """The decoded JSON body of the request (the size limit is enforced by middleware)."""
    return parse_json(await request.body())


async def json_object(request: Request) -> dict[str, Any]:
    """The JSON body, which must be an object."""
    body = parse_json(await request.body())
    if not isinstance(body, dict):
        raise bad_request("The body must be a JSON object.")
    return body


JsonBody = Annotated[Any, Depends(json_body)]
JsonObject = Annotated[dict[str, Any], Depends(json_object)]


def take_str(
    body: dict[str, Any], key: str, *, required: bool = True, max_len: int = 10_000
) -> str | None:
    """`body[key]` as a string; 400 naming the key when it is missing or not a string."""
    value = body.get(key)
    if value is None:
        if required:
            raise bad_request(f"{key} is required.", path=key)
        return None
    if not isinstance(value, str):
        raise bad_request(f"{key} must be a string.", path=key)
    if len(value) > max_len:
        raise bad_request(f"{key} must be at most {max_len} characters.", path=key)
    return value
