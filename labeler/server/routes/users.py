"""Routes: user accounts and their tokens (admin)."""

from __future__ import annotations

import secrets
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response
from fastapi.responses import JSONResponse

from labeler.server.deps import (
    DB,
    Caller,
    Policy,
    TransactionalRoute,
    get_database,
    require_roles,
)
from labeler.server.errors import bad_request, conflict
from labeler.server.security import hash_password
from labeler.server.services import lifecycle
from labeler.server.services.accounts import add_user
from labeler.server.services.request_body import JsonObject
from labeler.server.services.users import check_password, user_json

router = APIRouter(tags=["users"], route_class=TransactionalRoute)

Admin = Annotated[Caller, require_roles("admin")]


@router.post("/users", status_code=201, response_model=None)
def post_user(caller: Admin, session: DB, body: JsonObject) -> JSONResponse:
    """Create a user (admin only): 201 with the user, 409 when the username is taken."""
    return JSONResponse(user_json(add_user(session, body)), status_code=201)


@router.get("/users")
def list_users(
    caller: Admin,
    session: DB,
    policy: Policy,
    state: str | None = None,
    limit: int = Query(100, ge=1, le=500),
    cursor: str | None = None,
) -> dict[str, Any]:
    """Accounts by username, a page at a time; deleted ones only with `state`."""
    return lifecycle.list_accounts(session, policy, state, limit, cursor)


@router.get("/users/{user_id}")
def get_user(user_id: str, caller: Admin, session: DB, policy: Policy) -> dict[str, Any]:
    """One account, deleted or not."""
    return lifecycle.account(session, policy, user_id)


@router.post("/users/{user_id}/disable")
def disable_user(user_id: str, caller: Admin, session: DB, policy: Policy) -> dict[str, Any]:
    """No sign-in, no working token, live leases released; 200 with the account."""
    _not_self(caller, user_id, "disable")
    lifecycle.disable(session, lifecycle.find(session, user_id))
    return lifecycle.account(session, policy, user_id)


@router.post("/users/{user_id}/enable")
def enable_user(user_id: str, caller: Admin, session: DB, policy: Policy) -> dict[str, Any]:
    """Sign-in and unexpired tokens work again; 200 with the account."""
    lifecycle.enable(session, lifecycle.find(session, user_id))
    return lifecycle.account(session, policy, user_id)


@router.delete("/users/{user_id}", status_code=204, response_class=Response)
def delete_user(user_id: str, caller: Admin, request: Request) -> Response:
    """Delete an account; its work stays, attributed to it (see services/lifecycle.py)."""
    _not_self(caller, user_id, "delete")
    # Hashing is slow: done before the write transaction takes the database's write lock.
    unusable = hash_password(secrets.token_urlsafe(32))
    with get_database(request).transaction() as session:
        lifecycle.delete_account(session, lifecycle.find(session, user_id), unusable)
    return Response(status_code=204)


@router.put("/users/{user_id}/password")
def put_password(user_id: str, caller: Admin, request: Request, body: JsonObject) -> dict[str, Any]:
    """Set a user's password; every token of theirs is revoked. 200 `{"revoked": n}`."""
    _only(body, {"password"})
    new_hash = hash_password(check_password(body.get("password")))  # before the write lock
    with get_database(request).transaction() as session:
        user = lifecycle.find(session, user_id)
        return {"revoked": lifecycle.set_password(session, user, new_hash)}


@router.get("/users/{user_id}/tokens")
def user_tokens(user_id: str, caller: Admin, session: DB, policy: Policy) -> dict[str, Any]:
    """The user's tokens, newest first (ids, names and times; never a token)."""
    user = lifecycle.find(session, user_id)
    return lifecycle.tokens(session, user.id, policy, caller.token_hash)


@router.delete("/users/{user_id}/tokens")
def revoke_user_tokens(user_id: str, caller: Admin, session: DB) -> dict[str, Any]:
    """Revoke every token of the user: 200 `{"revoked": n}`."""
    user = lifecycle.find(session, user_id)
    return {"revoked": lifecycle.revoke_all(session, user.id)}


@router.delete("/users/{user_id}/tokens/{token_id}", status_code=204, response_class=Response)
def revoke_user_token(user_id: str, token_id: str, caller: Admin, session: DB) -> Response:
    """Revoke one token of the user."""
    user = lifecycle.find(session, user_id)
    lifecycle.revoke(session, user.id, token_id)
    return Response(status_code=204)


def _not_self(caller: Caller, user_id: str, what: str) -> None:
    """An admin cannot lock themselves out (the last admin could not undo it)."""
    if caller.id == user_id:
        raise conflict(
            f"You cannot {what} your own account; another admin or `labeler admin` can.",
            reason="own_account",
        )


def _only(body: dict[str, Any], keys: set[str]) -> None:
    unknown = sorted(set(body) - keys)
    if unknown:
        raise bad_request(f"Unknown keys: {', '.join(unknown)}.", path=unknown[0])
