"""Request dependencies: the database session and the signed-in user."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.routing import APIRoute
from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from labeler.server.config import Settings
from labeler.server.db import Database
from labeler.server.errors import ApiError, forbidden
from labeler.server.messages import say
from labeler.server.models import Token, User, utcnow
from labeler.server.security import token_hash
from labeler.server.tokenuse import TokenPolicy, TokenUse


def get_database(request: Request) -> Database:
    return request.app.state.database  # type: ignore[no-any-return]


def get_settings(request: Request) -> Settings:
    return request.app.state.settings  # type: ignore[no-any-return]


def get_session(request: Request) -> Iterator[Session]:
    """One transaction per request; GET and HEAD read, everything else writes."""
    database = get_database(request)
    write = request.method not in ("GET", "HEAD")
    with database.transaction(write=write) as session:
        yield session


# scope="function": the transaction commits before the response leaves.
DB = Annotated[Session, Depends(get_session, scope="function")]
AppSettings = Annotated[Settings, Depends(get_settings)]


@dataclass(frozen=True)
class Caller:
    """The signed-in user of a request."""

    id: str
    username: str
    roles: frozenset[str]
    token_hash: str

    def has(self, *roles: str) -> bool:
        return "admin" in self.roles or bool(self.roles.intersection(roles))

    def require(self, *roles: str) -> None:
        if not self.has(*roles):
            raise forbidden(say("needs_role", roles=", ".join(roles)))

    @property
    def manages(self) -> bool:
        """Leads and admins manage projects, items and gold."""
        return self.has("lead")

    @property
    def reviews(self) -> bool:
        return self.has("reviewer", "lead")


_USERS = User.__table__.c
_TOKENS = Token.__table__.c
_CALLER_QUERY = (
    select(
        _USERS.id,
        _USERS.username,
        _USERS.roles,
        _USERS.disabled_at,
        _TOKENS.created_at,
        _TOKENS.last_used_at,
        _TOKENS.replaces,
    )
    .select_from(User.__table__.join(Token.__table__, _TOKENS.user_id == _USERS.id))
    .where(_TOKENS.token_hash == bindparam("digest"))
)


def get_token_use(request: Request) -> TokenUse:
    return request.app.state.token_use  # type: ignore[no-any-return]


def get_token_policy(request: Request) -> TokenPolicy:
    return get_token_use(request).policy


Policy = Annotated[TokenPolicy, Depends(get_token_policy)]


def authenticate(request: Request, reader: Session | None = None) -> Caller:
    """The caller the request's `Authorization` header names, or the 401 ApiError.

    One query, in a read transaction of its own or `reader`'s, on Core columns (this runs
    on every request): a writing request takes the write lock only when its own work
    begins. The token's use is noted, and written later, off the request's path
    (labeler/server/tokenuse.py).
    """
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise ApiError(401, "unauthenticated", say("sign_in_first"))
    digest = token_hash(token.strip())
    if reader is not None:
        row = reader.connection().execute(_CALLER_QUERY, {"digest": digest}).first()
    else:
        with get_database(request).transaction(write=False) as session:
            row = session.connection().execute(_CALLER_QUERY, {"digest": digest}).first()
    if row is None:
        raise ApiError(401, "unauthenticated", say("token_invalid"))
    if row.disabled_at is not None:
        raise ApiError(
            401,
            "unauthenticated",
            say("account_disabled"),
            {"reason": "account_disabled"},
        )
    use, now = get_token_use(request), utcnow()
    if use.policy.expired(row.created_at, row.last_used_at, now):
        raise ApiError(
            401,
            "unauthenticated",
            say("token_expired"),
            {"reason": "token_expired"},
        )
    use.note(digest, row.id, row.last_used_at, row.replaces, now)
    return Caller(row.id, row.username, frozenset(row.roles), digest)


def get_caller(request: Request) -> Caller:
    return authenticate(request)


CurrentCaller = Annotated[Caller, Depends(get_caller)]


def require_roles(*roles: str):  # type: ignore[no-untyped-def]
    """A dependency that admits only callers with one of `roles` (admin always)."""

    def check(caller: CurrentCaller) -> Caller:
        caller.require(*roles)
        return caller

    return Depends(check)


def _committing(endpoint: Callable[..., Any]) -> Callable[..., Any]:
    """Commit the request's session in the endpoint's own worker thread.

    The SQLite write lock is held from a transaction's first statement to its commit; ending
    the transaction here, not in the dependency's exit one thread hop later, keeps the lock
    for the database work alone.
    """
    if inspect.iscoroutinefunction(endpoint):
        return endpoint

    @functools.wraps(endpoint)
    def run(*args: Any, **kwargs: Any) -> Any:
        result = endpoint(*args, **kwargs)
        for value in kwargs.values():
            if isinstance(value, Session):
                value.commit()
        return result

    return run


class TransactionalRoute(APIRoute):
    """The route class of every router: see `_committing`."""

    def __init__(self, path: str, endpoint: Callable[..., Any], **kwargs: Any) -> None:
        super().__init__(path, _committing(endpoint), **kwargs)
