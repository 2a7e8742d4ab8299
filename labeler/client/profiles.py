"""Profiles: signing in to a server, and the profiles this machine already has.

A profile is a server URL and a username; each has its own store file (see
`labeler.client.paths`). Tokens are kept by the GUI (the keyring), not in the store.
"""

from __future__ import annotations

from pathlib import Path

from labeler.client import paths, versions, wire
from labeler.client.api import TaskServer, normalize_server_url
from labeler.client.errors import ApiError, BadResponse, StoreError
from labeler.client.store import ProfileInfo, Store


def sign_in(server_url: str, username: str, password: str) -> wire.SignIn:
    """Exchange a password for a token (network). Keep the token (e.g. in the keyring)
    and pass it to `Workspace.open`. A server that takes only newer workbenches is told
    nothing, not even the password: `WorkbenchTooOld` says what to do."""
    api = TaskServer(server_url)
    try:
        check_version(api)
        return api.sign_in(username, password)
    finally:
        api.close()


def check_version(api: TaskServer) -> None:
    """Raise `WorkbenchTooOld` when the server needs a newer workbench. A server without
    `/health` (404, 405) or with a garbled one says nothing about it (the sync engine asks
    again before it sends anything); no connection is the caller's to hear."""
    try:
        health = api.health()
    except BadResponse:
        return
    except ApiError as exc:
        if exc.status in (404, 405):
            return
        raise
    versions.check(health)


def known_profiles(data_dir: Path | None = None) -> list[ProfileInfo]:
    """Every profile with a store under the data dir (for a profile picker)."""
    root = paths.profiles_dir(data_dir or paths.data_dir())
    found = []
    for path in sorted(root.glob("*.sqlite3")) if root.is_dir() else []:
        try:
            store = Store.open(path)
        except StoreError:
            continue
        try:
            info = store.profile()
        finally:
            store.close()
        if info is not None:
            found.append(info)
    return found


def username_for(server_url: str, data_dir: Path | None = None) -> str | None:
    """The username of this machine's profile on a server, however its address is written
    (`host:port`, with or without `/api/v1`): how the workbench opens offline from a server
    and a token alone. Of several, the one that heard from the server last; None if none."""
    try:
        wanted = normalize_server_url(server_url)
    except ValueError:
        return None
    mine = [p for p in known_profiles(data_dir) if _same_server(p.server_url, wanted)]
    mine.sort(key=lambda p: p.me_fetched_at or 0.0, reverse=True)
    return mine[0].username if mine else None


def _same_server(url: str, wanted: str) -> bool:
    try:
        return normalize_server_url(url) == wanted
    except ValueError:
        return False
