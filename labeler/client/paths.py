"""Where the workbench keeps its local store and media cache.

One SQLite file per profile (a server URL and a username) under `profiles/`, and one
content-addressed media cache shared by all profiles under `media/` (a file named by its
SHA-256 is the same file whichever server sent it).
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path
from urllib.parse import urlsplit


def data_dir() -> Path:
    """`LABELER_DATA_DIR` if set, else `$XDG_DATA_HOME/labeler`, else
    `~/.local/share/labeler`."""
    explicit = os.environ.get("LABELER_DATA_DIR")
    if explicit:
        return Path(explicit)
    xdg = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(xdg) / "labeler"


def profile_name(server_url: str, username: str) -> str:
    """A file name for a profile: readable host, port and user, plus a hash that keeps
    two profiles apart whatever characters they use."""
    parts = urlsplit(server_url)
    readable = f"{parts.hostname or 'server'}-{parts.port or ''}-{username}"
    readable = re.sub(r"[^A-Za-z0-9._-]+", "_", readable).strip("._-")[:60] or "profile"
    digest = hashlib.sha256(f"{server_url}\n{username}".encode()).hexdigest()[:12]
    return f"{readable}-{digest}"


def profiles_dir(root: Path) -> Path:
    """The folder of the profiles' store files under a data dir."""
    return root / "profiles"


def profile_path(root: Path, server_url: str, username: str) -> Path:
    """The store file of one profile under a data dir."""
    return profiles_dir(root) / f"{profile_name(server_url, username)}.sqlite3"


def media_root(root: Path) -> Path:
    """The media cache under a data dir."""
    return root / "media"
