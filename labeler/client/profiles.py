"""Profiles: signing in to a server, and the profiles this machine already has.

A profile is a server URL and a username; each has its own store file (see
`labeler.client.paths`). Tokens are kept by the GUI (the keyring), not in the store.
"""

from __future__ import annotations

from pathlib import Path

from labeler.client import paths, wire
from labeler.client.api import TaskServer
from labeler.client.errors import StoreError
from labeler.client.store import ProfileInfo, Store


def sign_in(server_url: str, username: str, password: str) -> wire.SignIn:
    """Exchange a password for a token (network). Keep the token (e.g. in the keyring)
    and pass it to `Workspace.open`."""
    api = TaskServer(server_url)
    try:
        return api.sign_in(username, password)
    finally:
        api.close()


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
