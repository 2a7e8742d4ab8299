"""Server settings: where the database and media live, and the protocol's limits."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

MIB = 1024 * 1024


def default_data_dir() -> Path:
    """The user's data folder for the server (SQLite file and media store)."""
    base = os.environ.get("LABELER_SERVER_DIR")
    if base:
        return Path(base)
    xdg = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(xdg) / "labeler" / "server"


@dataclass(frozen=True)
class Settings:
    """Everything the server needs to run; one instance per app."""

    database_url: str = field(
        default_factory=lambda: f"sqlite:///{default_data_dir() / 'labeler.sqlite3'}"
    )
    media_dir: Path = field(default_factory=lambda: default_data_dir() / "media")
    max_json_bytes: int = 10 * MIB
    max_media_bytes: int = 512 * MIB
    max_item_text_chars: int = MIB
    max_batch_size: int = 200
    login_max_failures: int = 10
    login_window_seconds: int = 600
    display_long_edge: int = 2048
