"""Request size limits, enforced while the body streams in (413 `too_large`)."""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote_to_bytes

from labeler.server.config import Settings
from labeler.server.errors import error_response

Scope = dict[str, Any]


class BodyLimit:
    """ASGI middleware: JSON bodies up to `max_json_bytes`, uploads up to `max_media_bytes`."""

    def __init__(self, app: Any, settings: Settings) -> None:
        self.app = app
        self.settings = settings

    def _limit(self, scope: Scope) -> int:
        path = scope.get("path", "")
        if scope.get("method") == "POST" and path.rstrip("/").endswith("/api/v1/media"):
            return self.settings.max_media_bytes + 64 * 1024  # multipart framing
        return self.settings.max_json_bytes

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if _has_nul(scope):
            response = error_response(
                400, "invalid_request", "The URL contains a NUL character.", {"path": "url"}
            )
            await response(scope, receive, send)
            return
        limit = self._limit(scope)
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = 0
                if declared > limit:
                    await _too_large(scope, receive, send, limit)
                    return
        seen = 0

        async def limited_receive() -> Any:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise _TooLarge()
            return message

        try:
            await self.app(scope, limited_receive, send)
        except _TooLarge:
            await _too_large(scope, receive, send, limit)


def _has_nul(scope: Scope) -> bool:
    """No id or query value may hold NUL (PostgreSQL cannot even compare with one)."""
    query = unquote_to_bytes(scope.get("query_string", b""))
    return "\x00" in scope.get("path", "") or b"\x00" in query


class _TooLarge(Exception):
    pass


async def _too_large(scope: Scope, receive: Any, send: Any, limit: int) -> None:
    response = error_response(
        413, "too_large", f"The request body is larger than {limit} bytes.", {"limit": limit}
    )
    await response(scope, receive, send)
