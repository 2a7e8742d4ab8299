"""Sign-in with a database-backed rate limit, token revocation, and the caller's summary."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from labeler.server.config import Settings
from labeler.server.errors import bad_request, conflict
from labeler.server.models import LoginFailure, Submission, Token, User, utcnow
from labeler.server.security import DUMMY_HASH, verify_password
from labeler.server.services.skills import user_skills
from labeler.server.services.users import create_user, issue_token, user_json

MAX_USERNAME = 64
MIN_PASSWORD = 8
MAX_PASSWORD = 1024
# Earnings are summed per status; the protocol's "approved" is the stored "accepted".
_EARNING_KEYS = {"pending": "pending", "accepted": "approved", "rejected": "rejected"}
_CENT = Decimal("0.01")


@dataclass(frozen=True)
class LoginOutcome:
    """What a sign-in attempt came to: a token, bad credentials, or a lock-out."""

    token: str | None = None
    user: User | None = None
    retry_after: int | None = None

    @property
    def ok(self) -> bool:
        return self.token is not None


def login(session: Session, settings: Settings, username: str, password: str) -> LoginOutcome:
    """Check the credentials; failures are stored so every server process counts them.

    Unknown usernames cost the same hash as known ones. While locked out even a good
    password is refused. A success clears the username's failures.
    """
    if "\x00" in username:  # no user has one, and PostgreSQL text cannot hold it
        verify_password(password, DUMMY_HASH)
        return LoginOutcome()
    now = utcnow()
    window_start = now - timedelta(seconds=settings.login_window_seconds)
    key = username[:255]
    session.execute(
        delete(LoginFailure).where(LoginFailure.username == key, LoginFailure.at < window_start)
    )
    count, oldest = session.execute(
        select(func.count(), func.min(LoginFailure.at)).where(
            LoginFailure.username == key, LoginFailure.at >= window_start
        )
    ).one()
    if count >= settings.login_max_failures:
        return LoginOutcome(retry_after=_retry_after(oldest, now, settings))
    user = session.execute(select(User).where(User.username == username)).scalar_one_or_none()
    valid = verify_password(password, user.password_hash if user else DUMMY_HASH)
    if user is None or not valid:
        session.add(LoginFailure(username=key, at=now))
        session.flush()
        return LoginOutcome()
    session.execute(delete(LoginFailure).where(LoginFailure.username == key))
    return LoginOutcome(token=issue_token(session, user), user=user)


def _retry_after(oldest: datetime | None, now: datetime, settings: Settings) -> int:
    if oldest is None:
        return settings.login_window_seconds
    if oldest.tzinfo is None:  # SQLite aggregates lose the column type
        oldest = oldest.replace(tzinfo=now.tzinfo)
    free_at = oldest + timedelta(seconds=settings.login_window_seconds)
    return max(1, math.ceil((free_at - now).total_seconds()))


def revoke_token(session: Session, digest: str) -> None:
    """Forget one token; the next request with it answers 401."""
    session.execute(delete(Token).where(Token.token_hash == digest))


def check_new_user(body: dict[str, Any]) -> tuple[str, str, Any]:
    """Validate `POST /users`: username 1–64 characters without whitespace, password ≥ 8."""
    unknown = sorted(set(body) - {"username", "password", "roles"})
    if unknown:
        raise bad_request(f"Unknown keys: {', '.join(unknown)}.", path=unknown[0])
    username, password = body.get("username"), body.get("password")
    if not isinstance(username, str) or not 1 <= len(username) <= MAX_USERNAME:
        raise bad_request(f"username must be a string of 1 to {MAX_USERNAME} characters.")
    if any(c.isspace() or not c.isprintable() for c in username):
        raise bad_request("username must not contain whitespace or control characters.")
    if not isinstance(password, str) or not MIN_PASSWORD <= len(password) <= MAX_PASSWORD:
        raise bad_request(
            f"password must be a string of {MIN_PASSWORD} to {MAX_PASSWORD} characters."
        )
    return username, password, body.get("roles")


def add_user(session: Session, body: dict[str, Any]) -> User:
    """Create a user from a `POST /users` body; 409 when the username is taken."""
    username, password, roles = check_new_user(body)
    try:
        with session.begin_nested():
            return create_user(session, username, password, roles)
    except IntegrityError:  # a concurrent request took the name first
        raise conflict(f"The username {username!r} is taken.") from None


def me_json(session: Session, user: User) -> dict[str, Any]:
    """`GET /me`: identity, skills and earnings."""
    out = user_json(user)
    out["skills"] = {name: s.to_json() for name, s in user_skills(session, user.id).items()}
    out["earnings"] = earnings(session, user.id)
    return out


def earnings(session: Session, user_id: str) -> dict[str, str]:
    """Rewards by status in the currency of the caller's newest submission ("USD" when none).

    Submissions in another currency (a project changed it) are left out of the sums.
    """
    currency = session.execute(
        select(Submission.reward_currency)
        .where(Submission.user_id == user_id)
        .order_by(Submission.received_at.desc())
        .limit(1)
    ).scalar_one_or_none()
    currency = currency or "USD"
    sums = {key: Decimal(0) for key in _EARNING_KEYS.values()}
    rows = session.execute(
        select(Submission.status, Submission.reward_amount, func.count())
        .where(Submission.user_id == user_id, Submission.reward_currency == currency)
        .group_by(Submission.status, Submission.reward_amount)
    )
    for status, amount, count in rows:
        key = _EARNING_KEYS.get(status)
        if key is None:
            continue
        try:
            sums[key] += Decimal(amount) * count
        except InvalidOperation:
            continue
    return {"currency": currency, **{k: str(v.quantize(_CENT)) for k, v in sums.items()}}
