"""`labeler admin …`: users and tokens from the command line, on the database itself.

The same rules as the admin API (services/lifecycle.py), without a running server: the way
back in when no admin can sign in. Passwords are hashed before a write transaction begins,
so a server on the same SQLite database never waits on a hash for its write lock.
"""

from __future__ import annotations

import argparse
import getpass
import secrets
import sys
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy.orm import Session

from labeler.server.db import Database
from labeler.server.errors import ApiError
from labeler.server.models import User
from labeler.server.security import hash_password, verify_password
from labeler.server.services import lifecycle
from labeler.server.services.users import check_password, issue_token, set_user
from labeler.server.tokenuse import TokenPolicy


class AdminError(Exception):
    """What went wrong, in one line."""


def run(database: Database, args: argparse.Namespace, policy: TokenPolicy) -> None:
    """Carry out one `labeler admin` subcommand; AdminError says why it could not."""
    args.policy = policy
    try:
        COMMANDS[args.admin_command](database, args)
    except ApiError as exc:
        raise AdminError(exc.message) from exc


def _user(session: Session, name: str) -> User:
    user = lifecycle.by_username(session, name)
    if user is None:
        raise AdminError(f"no user named {name!r}")
    return user


def _living(session: Session, name: str) -> User:
    return lifecycle.living(_user(session, name))


def create_user(database: Database, args: argparse.Namespace) -> None:
    """Create the user, or update the roles and password of one; a new password revokes
    every token of theirs (a reset must shut out whoever held one)."""
    with database.transaction(write=False) as session:
        existing = lifecycle.by_username(session, args.name)
        if existing is not None:
            lifecycle.living(existing)  # a deleted account's name stays taken
    # The rules first, then the hash (~0.4 s), before a write transaction takes the lock.
    hashed = hash_password(check_password(args.password))
    changed = existing is not None and not verify_password(args.password, existing.password_hash)
    with database.transaction() as session:
        user = set_user(session, args.name, args.password, args.role, password_hash=hashed)
        revoked = lifecycle.revoke_all(session, user.id) if changed else 0
        print(f"user {user.username} ({', '.join(user.roles)})")
    if changed:
        print(f"a new password: {_tokens(revoked)} revoked")


def token(database: Database, args: argparse.Namespace) -> None:
    with database.transaction() as session:
        user = _living(session, args.name)
        if user.disabled_at is not None:
            raise AdminError(f"{args.name} is disabled; `labeler admin enable {args.name}` first")
        print(issue_token(session, user, name=args.token_name))


def users(database: Database, args: argparse.Namespace) -> None:
    wanted = "any" if args.all else "current"
    rows: list[dict[str, Any]] = []
    cursor = None
    with database.transaction(write=False) as session:
        while True:
            page = lifecycle.list_accounts(session, args.policy, wanted, 500, cursor)
            rows += page["users"]
            cursor = page["next_cursor"]
            if cursor is None:
                break
    table = [("username", "state", "roles", "tokens", "last used")]
    for row in rows:
        roles = ",".join(row["roles"])
        last = row["last_used_at"] or "never"
        table.append((row["username"], row["state"], roles, str(row["tokens"]), last))
    _print_table(table)


def disable(database: Database, args: argparse.Namespace) -> None:
    with database.transaction() as session:
        lifecycle.disable(session, _user(session, args.name))
    print(f"{args.name} is disabled: no sign-in, no token works, leased items went back")


def enable(database: Database, args: argparse.Namespace) -> None:
    with database.transaction() as session:
        lifecycle.enable(session, _user(session, args.name))
    print(f"{args.name} is enabled")


def delete(database: Database, args: argparse.Namespace) -> None:
    if not args.yes:
        raise AdminError(
            f"deleting {args.name} cannot be undone: their tokens and password go, their work "
            "stays under their name; add --yes to delete"
        )
    unusable = hash_password(secrets.token_urlsafe(32))
    with database.transaction() as session:
        lifecycle.delete_account(session, _user(session, args.name), unusable)
    print(f"{args.name} is deleted; their submissions and reviews stay, under their name")


def set_password(database: Database, args: argparse.Namespace) -> None:
    password = check_password(args.password if args.password is not None else _read_password())
    with database.transaction(write=False) as session:
        _living(session, args.name)
    new_hash = hash_password(password)
    with database.transaction() as session:
        revoked = lifecycle.set_password(session, _living(session, args.name), new_hash)
    print(f"the password of {args.name} is set; {_tokens(revoked)} revoked")


def tokens(database: Database, args: argparse.Namespace) -> None:
    with database.transaction(write=False) as session:
        found = lifecycle.tokens(session, _user(session, args.name).id, args.policy)["tokens"]
    if not found:
        print(f"{args.name} has no tokens")
        return
    # The sooner of the idle expiry (moved on by use) and the maximum age.
    table = [("id", "name", "created", "last used", "expires if unused")]
    for t in found:
        last = t["last_used_at"] or "never"
        expires = min(t["expires_at"], t["idle_expires_at"])  # ISO times in UTC sort as text
        table.append((t["id"], t["name"] or "", t["created_at"], last, expires))
    _print_table(table)


def revoke(database: Database, args: argparse.Namespace) -> None:
    if bool(args.all) == bool(args.token_id):
        raise AdminError("name one token id, or --all")
    with database.transaction() as session:
        user = _user(session, args.name)
        if args.all:
            revoked = lifecycle.revoke_all(session, user.id)
        else:
            lifecycle.revoke(session, user.id, args.token_id)
            revoked = 1
    print(f"{_tokens(revoked)} of {args.name} revoked")


COMMANDS: dict[str, Callable[[Database, argparse.Namespace], None]] = {
    "create-user": create_user,
    "token": token,
    "users": users,
    "disable": disable,
    "enable": enable,
    "delete": delete,
    "set-password": set_password,
    "tokens": tokens,
    "revoke": revoke,
}


def _read_password() -> str:
    """The new password: asked twice at a terminal, else one line of standard input."""
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("New password: ")
    if getpass.getpass("The same again: ") != first:
        raise AdminError("the two passwords differ; nothing changed")
    return first


def _tokens(count: int) -> str:
    return f"{count} token" + ("" if count == 1 else "s")


def _print_table(rows: Sequence[Sequence[str]]) -> None:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        print(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        )
