"""The protocol's error body, and the handlers that make every error use it."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from labeler.server.messages import Said, say

if TYPE_CHECKING:
    from labeler.core.problems import Problem

log = logging.getLogger(__name__)

_STATUS_CODES = {
    400: "invalid_request",
    401: "unauthenticated",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "too_large",
    415: "unsupported_media_type",
    422: "invalid_request",
    429: "rate_limited",
}


class ApiError(Exception):
    """An answer the protocol defines: status, snake_case code, human message, details.

    A message that is `Said` (`labeler.server.messages`) is sent as its English, with its
    message code and values in `details.message`."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str | Said,
        details: dict[str, Any] | None = None,
    ) -> None:
        self.status = status
        self.code = code
        self.message, self.details = _said(message, details)
        super().__init__(self.message)

    def response(self) -> JSONResponse:
        headers = {"WWW-Authenticate": "Bearer"} if self.status == 401 else None
        return error_response(self.status, self.code, self.message, self.details, headers)


def error_response(
    status: int,
    code: str,
    message: str | Said,
    details: dict[str, Any] | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    text, details = _said(message, details)
    body = {"error": {"code": code, "message": text, "details": details}}
    return JSONResponse(body, status_code=status, headers=headers)


def _said(message: str | Said, details: dict[str, Any] | None) -> tuple[str, dict[str, Any]]:
    """The English of a message, and the details with its code when it has one."""
    details = dict(details or {})
    if isinstance(message, Said):
        details["message"] = message.json()
        return message.text, details
    return message, details


def bad_request(message: str, **details: Any) -> ApiError:
    return ApiError(400, "invalid_request", message, details)


#: What `not_found` names, by the message code annotators may meet it under.
_NOT_FOUND_CODES = {"project", "batch", "item", "submission"}


def not_found(what: str) -> ApiError:
    if what in _NOT_FOUND_CODES:
        return ApiError(404, "not_found", say(f"no_{what}"))
    return ApiError(404, "not_found", f"No {what} with that id.")


def forbidden(message: str | Said = "Your roles do not allow this.") -> ApiError:
    return ApiError(403, "forbidden", message)


def conflict(message: str | Said, code: str = "conflict", **details: Any) -> ApiError:
    return ApiError(409, code, message, details)


def problems_error(
    code: str, message: str | Said, problems: Sequence[Problem], prefix: str = ""
) -> ApiError:
    """A 422 listing each problem with its path, optionally under a prefix path."""
    errors = [{"path": _join(prefix, p.path), "message": p.message} for p in problems]
    return ApiError(422, code, message, {"errors": errors})


def _join(prefix: str, path: str) -> str:
    if not prefix:
        return path
    if not path:
        return prefix
    return f"{prefix}{path}" if path.startswith("[") else f"{prefix}.{path}"


def _loc_path(loc: Sequence[Any]) -> str:
    parts = [p for p in loc if p not in ("body", "query", "path", "header")]
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def install_handlers(app: FastAPI) -> None:
    """Route FastAPI's own errors, and anything unexpected, through the protocol body."""

    @app.exception_handler(ApiError)
    async def _api_error(_: Request, exc: ApiError) -> JSONResponse:
        return exc.response()

    @app.exception_handler(RequestValidationError)
    async def _validation(_: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [
            {"path": _loc_path(e.get("loc", ())), "message": str(e.get("msg", "invalid"))}
            for e in exc.errors()
        ]
        return error_response(
            400, "invalid_request", "The request is not valid.", {"errors": errors}
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = _STATUS_CODES.get(exc.status_code, "error")
        if exc.status_code == 404:
            message = "No such resource."
        elif exc.status_code == 405:
            message = "That method is not allowed here."
        else:
            message = str(exc.detail)
        return error_response(exc.status_code, code, message, headers=getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def _unexpected(_: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error", exc_info=exc)
        return error_response(500, "internal_error", "The server failed; this is a bug.")
