"""Users and their tokens."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from labeler.server.errors import bad_request, conflict
from labeler.server.models import Token, User
from labeler.server.security import hash_password, new_token, token_hash

ROLES = ("annotator", "reviewer", "lead", "admin")


def check_roles(roles: object) -> list[str]:
    if not isinstance(roles, list) or not roles or not all(isinstance(r, str) for r in roles):
        raise bad_request("roles must be a non-empty list of role names.")
    unknown = sorted(set(roles) - set(ROLES))
    if unknown:
        raise bad_request(f"Unknown roles: {', '.join(unknown)}; use {', '.join(ROLES)}.")
    return sorted(set(roles), key=ROLES.index)


def create_user(session: Session, username: str, password: str, roles: list[str]) -> User:
    """A new user; 409 when the name is taken."""
    roles = check_roles(roles)
    if session.execute(select(User.id).where(User.username == username)).first():
        raise conflict(f"The username {username!r} is taken.")
    user = User(username=username, password_hash=hash_password(password), roles=roles)
    session.add(user)
    session.flush()
    return user


def set_user(session: Session, username: str, password: str, roles: list[str]) -> User:
    """Create the user, or update the password and roles of an existing one."""
    user = session.execute(select(User).where(User.username == username)).scalar_one_or_none()
    if user is None:
        return create_user(session, username, password, roles)
    user.password_hash = hash_password(password)
    user.roles = check_roles(roles)
    session.flush()
    return user


def issue_token(session: Session, user: User) -> str:
    """A new API token for `user`; only its hash is stored."""
    token = new_token()
    session.add(Token(token_hash=token_hash(token), user_id=user.id))
    session.flush()
    return token


def user_json(user: User) -> dict[str, object]:
    return {"id": user.id, "username": user.username, "roles": list(user.roles)}
