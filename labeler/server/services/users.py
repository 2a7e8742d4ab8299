"""Users and their tokens."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from labeler.server.errors import bad_request, conflict
from labeler.server.models import Token, User
from labeler.server.security import hash_password, new_token, token_hash

ROLES = ("annotator", "reviewer", "lead", "admin")
MAX_USERNAME = 64
MIN_PASSWORD = 8
MAX_PASSWORD = 1024


def check_username(username: object) -> str:
    """1–64 printable characters without whitespace; 400 naming `username` otherwise."""
    if not isinstance(username, str) or not 1 <= len(username) <= MAX_USERNAME:
        raise bad_request(
            f"username must be a string of 1 to {MAX_USERNAME} characters.", path="username"
        )
    if any(c.isspace() or not c.isprintable() for c in username):
        raise bad_request(
            "username must not contain whitespace or control characters.", path="username"
        )
    return username


def check_password(password: object) -> str:
    """The one password rule, wherever a password is set (API, command line, demo):
    8 to 1024 characters; 400 naming `password` otherwise."""
    if not isinstance(password, str) or not MIN_PASSWORD <= len(password) <= MAX_PASSWORD:
        raise bad_request(
            f"password must be a string of {MIN_PASSWORD} to {MAX_PASSWORD} characters.",
            path="password",
        )
    return password


def check_roles(roles: object) -> list[str]:
    if not isinstance(roles, list) or not roles or not all(isinstance(r, str) for r in roles):
        raise bad_request("roles must be a non-empty list of role names.")
    unknown = sorted(set(roles) - set(ROLES))
    if unknown:
        raise bad_request(f"Unknown roles: {', '.join(unknown)}; use {', '.join(ROLES)}.")
    return sorted(set(roles), key=ROLES.index)


def create_user(
    session: Session,
    username: str,
    password: str,
    roles: list[str],
    *,
    password_hash: str | None = None,
) -> User:
    """A new user; 409 when the name is taken. `password_hash` is the password's hash when
    the caller made it already (outside the transaction: a hash takes ~0.4 s)."""
    check_username(username)
    check_password(password)
    roles = check_roles(roles)
    if session.execute(select(User.id).where(User.username == username)).first():
        raise conflict(f"The username {username!r} is taken.")
    user = User(
        username=username, password_hash=password_hash or hash_password(password), roles=roles
    )
    session.add(user)
    session.flush()
    return user


def set_user(
    session: Session,
    username: str,
    password: str,
    roles: list[str],
    *,
    password_hash: str | None = None,
) -> User:
    """Create the user, or update the password and roles of an existing one."""
    user = session.execute(select(User).where(User.username == username)).scalar_one_or_none()
    if user is None:
        return create_user(session, username, password, roles, password_hash=password_hash)
    check_password(password)
    user.password_hash = password_hash or hash_password(password)
    user.roles = check_roles(roles)
    session.flush()
    return user


def issue_token(session: Session, user: User, name: str | None = None) -> str:
    """A new API token for `user`, named for what it is for; only its hash is stored."""
    token = new_token()
    session.add(Token(token_hash=token_hash(token), user_id=user.id, name=name))
    session.flush()
    return token


def user_json(user: User) -> dict[str, object]:
    return {"id": user.id, "username": user.username, "roles": list(user.roles)}
