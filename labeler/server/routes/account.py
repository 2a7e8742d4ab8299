"""Routes: the caller's own tokens and password."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse

from labeler.server.addresses import client_address
from labeler.server.deps import (
    DB,
    CurrentCaller,
    Policy,
    TransactionalRoute,
    get_database,
    get_settings,
)
from labeler.server.errors import ApiError, bad_request, error_response
from labeler.server.messages import say
from labeler.server.models import Token, User
from labeler.server.security import hash_password, verify_password
from labeler.server.services import lifecycle
from labeler.server.services.accounts import client_key, locked_out
from labeler.server.services.request_body import JsonObject, take_str
from labeler.server.services.users import MAX_PASSWORD, check_password, user_json

router = APIRouter(tags=["account"], route_class=TransactionalRoute)


@router.get("/auth/token")
def get_token(caller: CurrentCaller, session: DB, policy: Policy) -> dict[str, Any]:
    """The calling token: its id, name, times and when it expires."""
    return lifecycle.token_json(
        session.get_one(Token, caller.token_hash), policy, caller.token_hash
    )


@router.post("/auth/token/renew")
def renew_token(caller: CurrentCaller, session: DB, policy: Policy) -> dict[str, Any]:
    """A new token for this one, which keeps working until the new one is first used."""
    token, row = lifecycle.renew(session, caller.token_hash, policy)
    info = lifecycle.token_json(row, policy)
    user = user_json(session.get_one(User, caller.id))
    return {"token": token, "user": user, **{k: info[k] for k in ("expires_at", "idle_expires_at")}}


@router.get("/me/tokens")
def my_tokens(caller: CurrentCaller, session: DB, policy: Policy) -> dict[str, Any]:
    """The caller's tokens, newest first; `current` marks the one this request used."""
    return lifecycle.tokens(session, caller.id, policy, caller.token_hash)


@router.delete("/me/tokens")
def revoke_my_tokens(caller: CurrentCaller, session: DB) -> dict[str, Any]:
    """Sign out everywhere else: every token of the caller's but this one is revoked."""
    return {"revoked": lifecycle.revoke_all(session, caller.id, keep=caller.token_hash)}


@router.delete("/me/tokens/{token_id}", status_code=204, response_class=Response)
def revoke_my_token(token_id: str, caller: CurrentCaller, session: DB) -> Response:
    """Revoke one of the caller's tokens (this one too, when named)."""
    lifecycle.revoke(session, caller.id, token_id)
    return Response(status_code=204)


@router.put("/me/password", response_model=None)
def put_my_password(caller: CurrentCaller, request: Request, body: JsonObject) -> Any:
    """Change one's own password, with the current one: 200 `{"revoked": n}`, every other
    token of the caller's revoked. A wrong current password is 403 and counts as a failed
    sign-in of the username (429 once too many have failed)."""
    unknown = sorted(set(body) - {"current_password", "password"})
    if unknown:
        raise bad_request(f"Unknown keys: {', '.join(unknown)}.", path=unknown[0])
    current = take_str(body, "current_password", max_len=MAX_PASSWORD) or ""
    new = check_password(body.get("password"))
    database, settings = get_database(request), get_settings(request)
    client = client_key(client_address(request, settings.trusted_proxies))
    # The hashes are slow: checked and made outside any transaction, so that no write
    # lock waits on them.
    with database.transaction(write=False) as reader:
        stored = reader.get_one(User, caller.id).password_hash
        wait = locked_out(reader, settings, caller.username, client)
    if wait is not None:
        return error_response(
            429,
            "rate_limited",
            say("locked_out_password"),
            {"retry_after": wait},
            headers={"Retry-After": str(wait)},
        )
    if not verify_password(current, stored):
        with database.transaction() as session:
            lifecycle.wrong_password(session, caller.username, client)
        raise ApiError(
            403, "forbidden", say("wrong_current_password"), {"path": "current_password"}
        )
    new_hash = hash_password(new)
    with database.transaction() as session:
        user = session.get_one(User, caller.id)
        revoked = lifecycle.set_password(session, user, new_hash, keep=caller.token_hash)
    return JSONResponse({"revoked": revoked})
