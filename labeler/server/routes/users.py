"""Routes: user accounts (admin)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from labeler.server.deps import DB, Caller, TransactionalRoute, require_roles
from labeler.server.services.accounts import add_user
from labeler.server.services.request_body import JsonObject
from labeler.server.services.users import user_json

router = APIRouter(tags=["users"], route_class=TransactionalRoute)


@router.post("/users", status_code=201, response_model=None)
def post_user(
    caller: Annotated[Caller, require_roles("admin")], session: DB, body: JsonObject
) -> JSONResponse:
    """Create a user (admin only): 201 with the user, 409 when the username is taken."""
    return JSONResponse(user_json(add_user(session, body)), status_code=201)
