"""Routes: sign-in, sign-out and the caller's own summary."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Response
from fastapi.responses import JSONResponse

from labeler.server.deps import DB, AppSettings, CurrentCaller, TransactionalRoute
from labeler.server.errors import error_response
from labeler.server.models import User
from labeler.server.services import accounts
from labeler.server.services.request_body import JsonObject, take_str
from labeler.server.services.users import user_json

router = APIRouter(tags=["auth"], route_class=TransactionalRoute)


@router.post("/auth/token", response_model=None)
def post_token(body: JsonObject, session: DB, settings: AppSettings) -> JSONResponse:
    """Sign in: 200 with a token; 401 on bad credentials; 429 while the username is locked."""
    username = take_str(body, "username", max_len=1024) or ""
    password = take_str(body, "password", max_len=accounts.MAX_PASSWORD) or ""
    outcome = accounts.login(session, settings, username, password)
    # Errors are returned, not raised, so that the recorded failure is committed.
    if outcome.retry_after is not None:
        return error_response(
            429,
            "rate_limited",
            "Too many failed sign-ins for this username; try again later.",
            {"retry_after": outcome.retry_after},
            headers={"Retry-After": str(outcome.retry_after)},
        )
    if not outcome.ok or outcome.user is None:
        return error_response(
            401,
            "unauthenticated",
            "Wrong username or password.",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return JSONResponse({"token": outcome.token, "user": user_json(outcome.user)})


@router.delete("/auth/token", status_code=204)
def delete_token(caller: CurrentCaller, session: DB) -> Response:
    """Revoke the calling token."""
    accounts.revoke_token(session, caller.token_hash)
    return Response(status_code=204)


@router.get("/me")
def get_me(caller: CurrentCaller, session: DB) -> dict[str, Any]:
    """The caller: roles, skills and earnings."""
    return accounts.me_json(session, session.get_one(User, caller.id))
