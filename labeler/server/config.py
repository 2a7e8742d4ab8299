"""Server settings: where the database and media live, and the protocol's limits.

`Settings.from_env()` is the one way a server process reads its settings, whether
`labeler serve` runs one process or many (each worker builds its own) or the demo embeds it:
every `LABELER_*` setting means the same in all of them.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from packaging.version import InvalidVersion, Version

from labeler.server.addresses import check_trusted_proxies

MIB = 1024 * 1024
DAY = 24 * 60 * 60

#: The protocol this server speaks: its routes are under `/api/v<PROTOCOL_VERSION>`.
PROTOCOL_VERSION = 1
#: The oldest workbench that speaks the protocol as this server does; `GET /health` says
#: it (`min_workbench_version`), and an older workbench tells its user to update rather
#: than fail on what changed. Raise it with a change an older workbench would get wrong.
MIN_WORKBENCH_VERSION = "0.1.0"


def default_data_dir() -> Path:
    """The user's data folder for the server (SQLite file and media store)."""
    base = os.environ.get("LABELER_SERVER_DIR")
    if base:
        return Path(base)
    xdg = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(xdg) / "labeler" / "server"


class SettingError(ValueError):
    """A setting in the environment that cannot be used, said in one line."""


def _env(name: str) -> dict[str, Any]:
    """Field metadata: the environment variable a setting is read from."""
    return {"env": name}


@dataclass(frozen=True)
class Settings:
    """Everything the server needs to run; one instance per app.

    A field whose metadata names an `env` variable can be set through the environment
    (`from_env`); the others are the protocol's limits.
    """

    database_url: str = field(
        default_factory=lambda: f"sqlite:///{default_data_dir() / 'labeler.sqlite3'}",
        metadata=_env("LABELER_DATABASE_URL"),
    )
    media_dir: Path = field(
        default_factory=lambda: default_data_dir() / "media", metadata=_env("LABELER_MEDIA_DIR")
    )
    max_json_bytes: int = 10 * MIB
    max_media_bytes: int = field(default=512 * MIB, metadata=_env("LABELER_MAX_MEDIA_BYTES"))
    max_item_text_chars: int = MIB
    max_batch_size: int = 200
    #: Failed sign-ins per username in the window before the username is locked (for the
    #: clients that failed on it).
    login_max_failures: int = field(default=10, metadata=_env("LABELER_LOGIN_MAX_FAILURES"))
    #: Failed sign-ins per client address (IPv6: per /64) in the window, any usernames.
    login_client_max_failures: int = field(
        default=30, metadata=_env("LABELER_LOGIN_CLIENT_MAX_FAILURES")
    )
    login_window_seconds: int = field(default=600, metadata=_env("LABELER_LOGIN_WINDOW_SECONDS"))
    #: Password hashes run at most this many at a time; beyond `login_queue` sign-ins
    #: waiting for one, a sign-in is answered 429 at once.
    login_hash_workers: int = 2
    login_queue: int = 32
    #: Addresses (or networks) of reverse proxies whose `X-Forwarded-For` names the client;
    #: empty: the connecting address is the client, and the header is ignored.
    trusted_proxies: tuple[str, ...] = field(default=(), metadata=_env("LABELER_TRUSTED_PROXIES"))
    display_long_edge: int = 2048
    #: A token stops working when unused this long (seconds; 14 days) …
    token_idle_seconds: int = field(default=14 * DAY, metadata=_env("LABELER_TOKEN_IDLE_SECONDS"))
    #: … and this long after it was made, used or not (90 days); renewal makes a new one.
    token_max_age_seconds: int = field(
        default=90 * DAY, metadata=_env("LABELER_TOKEN_MAX_AGE_SECONDS")
    )
    #: A token's `last_used_at` is written at most this often (seconds), off the request.
    token_touch_seconds: int = 300
    #: The oldest workbench this server takes (a team may require a newer one than the
    #: protocol does), and where its annotators download a new one (none: ask the lead).
    min_workbench_version: str = field(
        default=MIN_WORKBENCH_VERSION, metadata=_env("LABELER_MIN_WORKBENCH_VERSION")
    )
    workbench_download_url: str = field(default="", metadata=_env("LABELER_WORKBENCH_DOWNLOAD_URL"))

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **given: Any) -> Settings:
        """The settings of a server process: each `LABELER_*` variable set in `environ`
        (default `os.environ`), and the rest by default. `given` values (command-line
        options) win over the environment. Raises SettingError for a value that cannot be
        used, naming the variable."""
        environ = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for setting in dataclasses.fields(cls):
            name = setting.metadata.get("env")
            if name is None or setting.name in given or not environ.get(name, "").strip():
                continue
            values[setting.name] = _convert(name, environ[name].strip(), str(setting.type))
        return cls(**{**values, **given})

    def to_env(self) -> dict[str, str]:
        """The environment that makes `from_env` build these settings again: how
        `labeler serve --workers N` hands its settings to each worker process."""
        out = {}
        for setting in dataclasses.fields(self):
            name = setting.metadata.get("env")
            if name is not None:
                value = getattr(self, setting.name)
                out[name] = ",".join(value) if isinstance(value, tuple) else str(value)
        return out


def _convert(name: str, raw: str, kind: str) -> Any:
    """A variable's text as its setting's type (`kind`, the field's annotation)."""
    if kind == "int":
        try:
            number = int(raw)
        except ValueError:
            number = 0
        if number <= 0:
            raise SettingError(f"{name} must be a positive whole number, not {raw!r}")
        return number
    if kind == "Path":
        return Path(raw)
    if name == "LABELER_MIN_WORKBENCH_VERSION":
        return _version(name, raw)
    if kind == "tuple[str, ...]":  # addresses or networks, separated by commas
        try:
            return check_trusted_proxies(raw.split(","))
        except ValueError as exc:
            raise SettingError(f"{name}: {exc}") from None
    return raw


def _version(name: str, raw: str) -> str:
    """A workbench version as set, once it reads as one (`1.4`, `1.4.2`); never below the
    protocol's own minimum, which older workbenches cannot speak."""
    try:
        version = Version(raw)
    except InvalidVersion:
        raise SettingError(f"{name} must be a version such as 1.4 or 1.4.2, not {raw!r}") from None
    if version < Version(MIN_WORKBENCH_VERSION):
        raise SettingError(
            f"{name} cannot be below {MIN_WORKBENCH_VERSION}, the oldest workbench that speaks"
            " this server's protocol"
        )
    return raw
