"""Routes: sign-in, sign-out and the caller's own summary."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse

from labeler.server.addresses import client_address
from labeler.server.deps import (
    DB,
    CurrentCaller,
    TransactionalRoute,
    get_database,
    get_settings,
)
from labeler.server.errors import error_response
from labeler.server.messages import say
from labeler.server.models import User
from labeler.server.services import accounts
from labeler.server.services.request_body import JsonObject, take_str
from labeler.server.services.users import MAX_PASSWORD, user_json

router = APIRouter(tags=["auth"], route_class=TransactionalRoute)


@router.post("/auth/token", response_model=None)
async def post_token(request: Request, body: JsonObject) -> JSONResponse:
    """Sign in: 200 with a token; 401 on bad credentials; 403 for a disabled account; 429
    while the client or the username is locked out, or too many sign-ins wait."""
    settings = get_settings(request)
    username = take_str(body, "username", max_len=1024) or ""
    password = take_str(body, "password", max_len=MAX_PASSWORD) or ""
    name = take_str(body, "name", required=False, max_len=100)  # what the token is for
    client = accounts.client_key(client_address(request, settings.trusted_proxies))
    outcome = await accounts.login(
        get_database(request), settings, username, password, client, name=name
    )
    if outcome.retry_after is not None:
        return error_response(
            429,
            "rate_limited",
            say(_LOCKED[outcome.locked or "username"]),
            {"retry_after": outcome.retry_after},
            headers={"Retry-After": str(outcome.retry_after)},
        )
    if outcome.disabled:
        return error_response(403, "forbidden", say("account_disabled"))
    if not outcome.ok or outcome.user is None:
        return error_response(
            401,
            "unauthenticated",
            say("wrong_credentials"),
            headers={"WWW-Authenticate": "Bearer"},
        )
    return JSONResponse({"token": outcome.token, "user": user_json(outcome.user)})


#: Why a sign-in is held back, by what is locked out: its message code.
_LOCKED = {
    "username": "locked_out_username",
    "client": "locked_out_client",
    "busy": "sign_in_busy",
}


@router.delete("/auth/token", status_code=204)
def delete_token(caller: CurrentCaller, session: DB) -> Response:
    """Revoke the calling token."""
    accounts.revoke_token(session, caller.token_hash)
    return Response(status_code=204)


@router.get("/me")
def get_me(caller: CurrentCaller, session: DB) -> dict[str, Any]:
    """The caller: roles, skills and earnings."""
    return accounts.me_json(session, session.get_one(User, caller.id))
