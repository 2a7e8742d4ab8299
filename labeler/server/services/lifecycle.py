"""Accounts with a lifecycle: an admin lists users, disables, enables and deletes them, sets
their passwords and revokes their tokens; a user lists and revokes their own tokens.

A deleted account is not removed from the database. Its submissions, reviews, contests,
batches and leases refer to it with ON DELETE CASCADE, so removing the row would remove its
work; changing those foreign keys to keep the work would mean copying the largest tables
on SQLite. The row stays, so everything the user did still names them, and deletion takes
what makes it an account: its tokens, its password (replaced by the hash of a secret nobody
knows) and its live leases. Its username stays taken: an export or a review that names it
must never be read as someone new.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import ColumnElement, delete, func, select, update
from sqlalchemy.orm import Session

from labeler.server.errors import ApiError, bad_request, conflict
from labeler.server.messages import say
from labeler.server.models import Batch, Lease, LoginFailure, Token, User, utcnow
from labeler.server.security import new_token, token_hash
from labeler.server.services.payload import decode_cursor, encode_cursor
from labeler.server.services.serialize import iso
from labeler.server.services.users import user_json
from labeler.server.tokenuse import TokenPolicy

#: A token is named by this many leading hex digits of its stored SHA-256: enough to tell a
#: user's tokens apart, too few to be the token or its hash.
TOKEN_ID_LENGTH = 16
_TOKEN_ID = re.compile(f"^[0-9a-f]{{{TOKEN_ID_LENGTH}}}$")
STATES = ("active", "disabled", "deleted")


def token_id(digest: str) -> str:
    """The public id of a token: a prefix of its stored hash."""
    return digest[:TOKEN_ID_LENGTH]


def state(user: User) -> str:
    """`deleted`, `disabled` or `active`."""
    if user.deleted_at is not None:
        return "deleted"
    return "disabled" if user.disabled_at is not None else "active"


# -- reading --------------------------------------------------------------------------------


def _last_used(policy: TokenPolicy) -> Any:
    """Per user: when one of their tokens last authenticated a request, and how many of
    them still work."""
    return (
        select(
            Token.user_id,
            func.max(Token.last_used_at).label("last_used_at"),
            func.count().label("tokens"),
        )
        .where(~policy.expired_tokens(utcnow()))
        .group_by(Token.user_id)
        .subquery()
    )


def account_json(user: User, last_used_at: datetime | None, tokens: int) -> dict[str, Any]:
    """A user as admins see it."""
    return {
        **user_json(user),
        "state": state(user),
        "created_at": iso(user.created_at),
        "disabled_at": iso(user.disabled_at),
        "deleted_at": iso(user.deleted_at),
        "last_used_at": iso(_aware(last_used_at)),
        "tokens": tokens,
    }


def _aware(value: datetime | None) -> datetime | None:
    # SQLite aggregates lose the column type: max() of a UTC column comes back naive.
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=UTC)


def _state_condition(wanted: str) -> ColumnElement[bool] | None:
    if wanted == "any":
        return None
    if wanted == "deleted":
        return User.deleted_at.is_not(None)
    if wanted == "disabled":
        return User.deleted_at.is_(None) & User.disabled_at.is_not(None)
    if wanted == "active":
        return User.deleted_at.is_(None) & User.disabled_at.is_(None)
    return User.deleted_at.is_(None)  # "current": everyone but the deleted


def list_accounts(
    session: Session, policy: TokenPolicy, wanted: str | None, limit: int, cursor: str | None
) -> dict[str, Any]:
    """`GET /users`: by username, a page at a time; deleted accounts only when asked."""
    wanted = wanted or "current"
    if wanted not in (*STATES, "current", "any"):
        raise bad_request(
            "state must be one of active, disabled, deleted, current or any.", path="state"
        )
    used = _last_used(policy)
    query = select(User, used.c.last_used_at, used.c.tokens).outerjoin(
        used, used.c.user_id == User.id
    )
    condition = _state_condition(wanted)
    if condition is not None:
        query = query.where(condition)
    if cursor is not None:
        (after,) = decode_cursor(cursor, 1)
        query = query.where(User.username > after)
    rows = session.execute(query.order_by(User.username).limit(limit + 1)).all()
    page = rows[:limit]
    return {
        "users": [account_json(user, last, count or 0) for user, last, count in page],
        "next_cursor": encode_cursor([page[-1][0].username]) if len(rows) > limit else None,
    }


def account(session: Session, policy: TokenPolicy, user_id: str) -> dict[str, Any]:
    """`GET /users/{id}`."""
    user = find(session, user_id)
    used = _last_used(policy)
    last, count = session.execute(
        select(used.c.last_used_at, used.c.tokens).where(used.c.user_id == user.id)
    ).one_or_none() or (None, 0)
    return account_json(user, last, count)


def find(session: Session, user_id: str) -> User:
    """A user by id, deleted or not; 404 when unknown."""
    user = session.get(User, user_id) if len(user_id) <= 36 else None
    if user is None:
        raise ApiError(404, "not_found", "No user with that id.")
    return user


def by_username(session: Session, username: str) -> User | None:
    return session.execute(select(User).where(User.username == username)).scalar_one_or_none()


def living(user: User) -> User:
    """The user, unless deleted (409 `account_deleted`: nothing about it can change)."""
    if user.deleted_at is not None:
        raise conflict(
            f"The account {user.username!r} was deleted; it cannot change.",
            code="account_deleted",
        )
    return user


# -- changing -------------------------------------------------------------------------------


def disable(session: Session, user: User) -> None:
    """No sign-in and no token works until enabled; the user's live leases are released,
    so their items go to others. Disabling a disabled user changes nothing."""
    living(user)
    if user.disabled_at is None:
        user.disabled_at = utcnow()
        release_leases(session, user.id)
    session.flush()


def enable(session: Session, user: User) -> None:
    """Sign-in and the user's unexpired tokens work again."""
    living(user)
    user.disabled_at = None
    session.flush()


def delete_account(session: Session, user: User, unusable_hash: str) -> None:
    """Delete an account (see the module's docstring); repeating it changes nothing.

    `unusable_hash` is a password hash of a secret nobody knows, made before the write
    transaction (hashing is slow): signing in as the account costs the same as with any
    wrong password, and never succeeds.
    """
    if user.deleted_at is not None:
        return
    now = utcnow()
    user.deleted_at = now
    user.disabled_at = user.disabled_at or now
    user.password_hash = unusable_hash
    revoke_all(session, user.id)
    release_leases(session, user.id)
    session.flush()


def set_password(session: Session, user: User, new_hash: str, keep: str | None = None) -> int:
    """Store a new password hash and revoke every token of the user but `keep` (the one
    the user changed their own password with). Returns how many were revoked."""
    living(user)
    user.password_hash = new_hash
    revoked = revoke_all(session, user.id, keep=keep)
    session.flush()
    return revoked


def release_leases(session: Session, user_id: str) -> None:
    """Give back every unanswered item the user holds, as a release of each batch would."""
    session.execute(
        update(Lease)
        .where(Lease.user_id == user_id, Lease.state == "leased")
        .values(state="released")
    )
    session.execute(
        update(Batch)
        .where(Batch.user_id == user_id, Batch.released_at.is_(None))
        .values(released_at=utcnow())
    )


# -- a user's own password ------------------------------------------------------------------


def wrong_password(session: Session, username: str, client: str) -> None:
    """A wrong current password counts as a failed sign-in of the username from `client`:
    a token in the wrong hands guesses no faster than sign-in allows."""
    session.add(LoginFailure(username=username[:255], at=utcnow(), client=client))


# -- tokens ---------------------------------------------------------------------------------


def token_json(token: Token, policy: TokenPolicy, current: str | None = None) -> dict[str, Any]:
    """One token as its user and admins see it (never the token, never its hash)."""
    return {
        "id": token_id(token.token_hash),
        "name": token.name,
        "created_at": iso(token.created_at),
        "last_used_at": iso(token.last_used_at),
        "expires_at": iso(policy.expires_at(token.created_at)),
        "idle_expires_at": iso(policy.idle_expires_at(token.created_at, token.last_used_at)),
        "current": token.token_hash == current,
    }


def tokens(
    session: Session, user_id: str, policy: TokenPolicy, current: str | None = None
) -> dict[str, Any]:
    """`{"tokens": [...]}`, newest first: those that still work."""
    rows = session.execute(
        select(Token)
        .where(Token.user_id == user_id, ~policy.expired_tokens(utcnow()))
        .order_by(Token.created_at.desc(), Token.token_hash)
    ).scalars()
    return {"tokens": [token_json(t, policy, current) for t in rows]}


def renew(session: Session, digest: str, policy: TokenPolicy) -> tuple[str, Token]:
    """A new token for the holder of a valid one, with its name (`POST /auth/token/renew`).

    The old token keeps working until the new one is first used (tokenuse.record_use), so
    an answer lost on the way leaves the holder signed in: they renew again, and the new
    token made for them before, never used, is dropped.
    """
    old = session.get(Token, digest)
    if old is None:  # revoked since the request was authenticated
        raise ApiError(401, "unauthenticated", say("token_invalid"))
    session.execute(delete(Token).where(Token.replaces == digest, Token.last_used_at.is_(None)))
    token = new_token()
    row = Token(token_hash=token_hash(token), user_id=old.user_id, name=old.name, replaces=digest)
    session.add(row)
    session.flush()
    return token, row


def revoke(session: Session, user_id: str, public_id: str) -> None:
    """Revoke the user's token with this id; 404 when they have none."""
    if not _TOKEN_ID.match(public_id):
        raise ApiError(404, "not_found", "No token with that id.")
    # The id is hex: nothing in it is a LIKE wildcard.
    found = session.execute(
        delete(Token).where(Token.user_id == user_id, Token.token_hash.startswith(public_id))
    )
    if found.rowcount == 0:  # type: ignore[attr-defined]
        raise ApiError(404, "not_found", "No token with that id.")


def revoke_all(session: Session, user_id: str, keep: str | None = None) -> int:
    """Revoke every token of the user (but `keep`); how many were revoked."""
    condition = Token.user_id == user_id
    if keep is not None:
        condition = condition & (Token.token_hash != keep)
    result = session.execute(delete(Token).where(condition))
    return int(result.rowcount)  # type: ignore[attr-defined]
