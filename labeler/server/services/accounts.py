"""Sign-in with a database-backed rate limit, token revocation, and the caller's summary."""

from __future__ import annotations

import asyncio
import ipaddress
import math
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from labeler.server.config import Settings
from labeler.server.db import Database
from labeler.server.errors import bad_request, conflict
from labeler.server.models import LoginFailure, Submission, Token, User, utcnow
from labeler.server.security import dummy_hash, hash_password, needs_rehash, verify_password
from labeler.server.services.skills import user_skills
from labeler.server.services.users import (
    check_password,
    check_username,
    create_user,
    issue_token,
    user_json,
)

# Earnings are summed per status; the protocol's "approved" is the stored "accepted".
_EARNING_KEYS = {"pending": "pending", "accepted": "approved", "rejected": "rejected"}
_CENT = Decimal("0.01")
#: The currency `GET /me` names in `earnings` before the user earned anything.
DEFAULT_CURRENCY = "USD"
#: When too many sign-ins wait for a hash, the client is asked to come back after this.
BUSY_RETRY_AFTER = 2
T = TypeVar("T")


@dataclass(frozen=True)
class LoginOutcome:
    """What a sign-in attempt came to: a token, bad credentials, a lock-out or a disabled
    account."""

    token: str | None = None
    user: User | None = None
    retry_after: int | None = None
    #: Who the lock-out is about: "username", "client" or "busy" (too many sign-ins waiting).
    locked: str | None = None
    disabled: bool = False

    @property
    def ok(self) -> bool:
        return self.token is not None


@dataclass(frozen=True)
class _Attempt:
    """What a sign-in reads before it hashes: the user and the failures that count."""

    user_id: str | None
    password_hash: str
    disabled: bool
    username_failures: int
    username_oldest: datetime | None
    client_failures: int
    client_oldest: datetime | None
    client_failed_username: bool


def client_key(address: str | None) -> str:
    """The key failed sign-ins of one client are counted under: its IPv4 address, or the
    /64 network of an IPv6 address (one subscriber's block, which it can rotate through)."""
    if not address:
        return "unknown"
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address[:64]
    if isinstance(parsed, ipaddress.IPv6Address):
        if parsed.ipv4_mapped is not None:
            return str(parsed.ipv4_mapped)
        return str(ipaddress.IPv6Network((parsed, 64), strict=False))
    return str(parsed)


def _read_attempt(
    session: Session, settings: Settings, username: str, client: str, now: datetime
) -> _Attempt:
    window_start = now - timedelta(seconds=settings.login_window_seconds)
    key = username[:255]
    recent = LoginFailure.at >= window_start
    by_username = session.execute(
        select(func.count(), func.min(LoginFailure.at)).where(LoginFailure.username == key, recent)
    ).one()
    by_client = session.execute(
        select(func.count(), func.min(LoginFailure.at)).where(LoginFailure.client == client, recent)
    ).one()
    failed_here = session.execute(
        select(LoginFailure.id)
        .where(LoginFailure.username == key, LoginFailure.client == client, recent)
        .limit(1)
    ).first()
    user = session.execute(
        select(User.id, User.password_hash, User.disabled_at).where(User.username == username)
    ).first()
    return _Attempt(
        user_id=user.id if user else None,
        password_hash=user.password_hash if user else dummy_hash(),
        disabled=bool(user and user.disabled_at is not None),
        username_failures=by_username[0],
        username_oldest=by_username[1],
        client_failures=by_client[0],
        client_oldest=by_client[1],
        client_failed_username=failed_here is not None,
    )


def _locked(attempt: _Attempt, settings: Settings, now: datetime) -> LoginOutcome | None:
    """The lock-out that refuses this attempt before any hashing, if one does.

    A client is refused after `login_client_max_failures` failures in the window, whatever
    usernames it tried. A username is locked after `login_max_failures` failures, but only
    for clients that have failed on it themselves: strangers guessing a user's password do
    not lock the user out of a client of their own.
    """
    if attempt.client_failures >= settings.login_client_max_failures:
        wait = _retry_after(attempt.client_oldest, now, settings)
        return LoginOutcome(retry_after=wait, locked="client")
    if attempt.username_failures >= settings.login_max_failures and attempt.client_failed_username:
        wait = _retry_after(attempt.username_oldest, now, settings)
        return LoginOutcome(retry_after=wait, locked="username")
    return None


class _Hashing:
    """At most `workers` password hashes at a time (each takes ~128 MiB and a core for
    ~0.4 s), with at most `queue` sign-ins waiting for one; waiting holds no thread."""

    def __init__(self, workers: int, queue: int) -> None:
        self.workers, self.queue = workers, queue
        self._semaphores: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, Any] = (
            weakref.WeakKeyDictionary()
        )
        self.waiting = 0

    def _semaphore(self) -> asyncio.Semaphore:
        loop = asyncio.get_running_loop()
        semaphore = self._semaphores.get(loop)
        if semaphore is None:
            semaphore = self._semaphores[loop] = asyncio.Semaphore(self.workers)
        return semaphore

    async def verify(self, password: str, stored: str) -> bool | None:
        """Whether `password` matches; None when too many sign-ins are already waiting."""
        if self.waiting >= self.queue:
            return None
        self.waiting += 1
        try:
            async with self._semaphore():
                return await run_in_threadpool(verify_password, password, stored)
        finally:
            self.waiting -= 1


_hashing: dict[tuple[int, int], _Hashing] = {}


def _hasher(settings: Settings) -> _Hashing:
    key = (settings.login_hash_workers, settings.login_queue)
    if key not in _hashing:
        _hashing[key] = _Hashing(*key)
    return _hashing[key]


async def login(
    database: Database,
    settings: Settings,
    username: str,
    password: str,
    client: str,
    name: str | None = None,
) -> LoginOutcome:
    """Check the credentials of a sign-in from `client` (see `client_key`).

    Failures are stored, so every server process counts them. The password is hashed
    outside any transaction (a hash takes a core for ~0.4 s; SQLite's write lock must not
    wait on it), and what the attempt changes is then written in one short write (SQLite:
    through the group writer). Unknown usernames cost the same hash as known ones.
    """
    if "\x00" in username:  # no user has one, and PostgreSQL text cannot hold it
        await _hasher(settings).verify(password, dummy_hash())
        return LoginOutcome()
    now = utcnow()

    def read() -> _Attempt:
        with database.transaction(write=False) as session:
            return _read_attempt(session, settings, username, client, now)

    attempt = await run_in_threadpool(read)
    locked = _locked(attempt, settings, now)
    if locked is not None:
        return locked
    valid = await _hasher(settings).verify(password, attempt.password_hash)
    if valid is None:
        return LoginOutcome(retry_after=BUSY_RETRY_AFTER, locked="busy")
    if attempt.user_id is None or not valid:
        failure = LoginFailure(username=username[:255], at=now, client=client)
        await _write(database, lambda session: session.add(failure))
        return LoginOutcome()
    if attempt.disabled:
        return LoginOutcome(disabled=True)
    new_hash = None
    if needs_rehash(attempt.password_hash):
        # A hash takes ~0.4 s of a core: in a worker thread, never on the event loop.
        new_hash = await run_in_threadpool(hash_password, password)
    user_id = attempt.user_id

    def succeed(session: Session) -> tuple[str, User]:
        session.execute(
            delete(LoginFailure).where(
                LoginFailure.username == username[:255], LoginFailure.client == client
            )
        )
        user = session.get_one(User, user_id)
        if new_hash is not None and user.password_hash == attempt.password_hash:
            user.password_hash = new_hash  # the current cost, from this sign-in on
        return issue_token(session, user, name), user

    token, user = await _write(database, succeed)
    return LoginOutcome(token=token, user=user)


def locked_out(session: Session, settings: Settings, username: str, client: str) -> int | None:
    """Seconds before `client` may try a password of `username` again under the sign-in
    limits (a user changing their own password shares them), or None when it may now."""
    now = utcnow()
    locked = _locked(_read_attempt(session, settings, username, client, now), settings, now)
    return None if locked is None else locked.retry_after


def _retry_after(oldest: datetime | None, now: datetime, settings: Settings) -> int:
    if oldest is None:
        return settings.login_window_seconds
    if oldest.tzinfo is None:  # SQLite aggregates lose the column type
        oldest = oldest.replace(tzinfo=now.tzinfo)
    free_at = oldest + timedelta(seconds=settings.login_window_seconds)
    return max(1, math.ceil((free_at - now).total_seconds()))


async def _write(database: Database, write: Callable[[Session], T]) -> T:
    """One short write: through SQLite's group writer, or a transaction of its own."""
    if database.writer is not None:
        return await asyncio.wrap_future(database.writer.submit(write))

    def run() -> T:
        with database.transaction() as session:
            return write(session)

    return await run_in_threadpool(run)


def revoke_token(session: Session, digest: str) -> None:
    """Forget one token; the next request with it answers 401."""
    session.execute(delete(Token).where(Token.token_hash == digest))


def check_new_user(body: dict[str, Any]) -> tuple[str, str, Any]:
    """Validate `POST /users`: the username and password rules (see `users`), and roles."""
    unknown = sorted(set(body) - {"username", "password", "roles"})
    if unknown:
        raise bad_request(f"Unknown keys: {', '.join(unknown)}.", path=unknown[0])
    username = check_username(body.get("username"))
    password = check_password(body.get("password"))
    return username, password, body.get("roles")


def add_user(session: Session, body: dict[str, Any]) -> User:
    """Create a user from a `POST /users` body; 409 when the username is taken."""
    username, password, roles = check_new_user(body)
    hashed = hash_password(password)  # before the first statement: no lock waits on it
    try:
        with session.begin_nested():
            return create_user(session, username, password, roles, password_hash=hashed)
    except IntegrityError:  # a concurrent request took the name first
        raise conflict(f"The username {username!r} is taken.") from None


def me_json(session: Session, user: User) -> dict[str, Any]:
    """`GET /me`: identity, skills and earnings."""
    out = user_json(user)
    out["skills"] = {name: s.to_json() for name, s in user_skills(session, user.id).items()}
    by_currency, newest = earnings_by_currency(session, user.id)
    out["earnings"] = next(
        (e for e in by_currency if e["currency"] == newest), _no_earnings(DEFAULT_CURRENCY)
    )
    out["earnings_by_currency"] = by_currency
    return out


def _no_earnings(currency: str) -> dict[str, str]:
    return {"currency": currency, **{k: "0.00" for k in _EARNING_KEYS.values()}}


def earnings_by_currency(session: Session, user_id: str) -> tuple[list[dict[str, str]], str]:
    """The caller's rewards by status, one entry per currency they earned in (a counted
    submission that pays more than 0), by currency code; and the currency of the newest
    such submission, which `earnings` reports for workbenches that read one currency
    ("USD" before any). Amounts are never added across currencies."""
    sums: dict[str, dict[str, Decimal]] = {}
    latest: dict[str, datetime] = {}
    rows = session.execute(
        select(
            Submission.reward_currency,
            Submission.status,
            Submission.reward_amount,
            func.count(),
            func.max(Submission.received_at),
        )
        .where(Submission.user_id == user_id, Submission.status.in_(list(_EARNING_KEYS)))
        .group_by(Submission.reward_currency, Submission.status, Submission.reward_amount)
    )
    for currency, status, amount, count, received in rows:
        try:
            value = Decimal(amount)
        except InvalidOperation:
            continue
        if not value.is_finite() or value <= 0:
            continue  # a skip, an unpaid project: no earning in that currency
        figures = sums.setdefault(currency, {k: Decimal(0) for k in _EARNING_KEYS.values()})
        figures[_EARNING_KEYS[status]] += value * count
        if currency not in latest or received > latest[currency]:
            latest[currency] = received
    out = [
        {"currency": c, **{k: str(v.quantize(_CENT)) for k, v in sums[c].items()}}
        for c in sorted(sums)
    ]
    newest = max(latest, key=lambda c: (latest[c], c)) if latest else DEFAULT_CURRENCY
    return out, newest
