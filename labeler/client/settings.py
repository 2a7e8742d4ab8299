"""The workbench's settings: typed, versioned, in a human-readable `settings.json`.

The file lives in the config dir (`LABELER_CONFIG_DIR`, else `$XDG_CONFIG_HOME/labeler`,
else `~/.config/labeler`). Loading never fails: a missing file gives the defaults, a
corrupt one is kept aside as `settings.json.bad` and reported as a message the GUI can
show; keys this version does not know are kept and written back, so an older workbench
does not erase what a newer one saved. `QSettings` keeps only window geometry.
"""

from __future__ import annotations

import json
import logging
import math
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

#: The interface's languages: English, the source, and its translations
#: (`resources/translations/`).
LANGUAGES = ("en", "ur")

#: The format version this workbench writes.
VERSION = 1
FILE_NAME = "settings.json"

#: Steps from one version of the file to the next: `_MIGRATIONS[n]` turns a version-n
#: dict into a version-(n+1) dict. Version 0 is a file without a `version` key
#: (hand-written); it has the shape of version 1.
_MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {
    0: lambda raw: raw,
}


@dataclass
class Profile:
    """One account on one task server (the token is in the keyring, not here)."""

    name: str
    server_url: str
    username: str


@dataclass
class Settings:
    """Everything the user chose that outlives a session.

    `last_project` maps a profile name to the project open when the workbench was closed
    (the next start opens it again; leaving the project forgets it); `keymap`
    holds only the user's key overrides (action id → key strings; `[]` unbinds).
    """

    version: int = VERSION
    profiles: list[Profile] = field(default_factory=list)
    last_profile: str | None = None
    last_project: dict[str, str] = field(default_factory=dict)
    keymap: dict[str, list[str]] = field(default_factory=dict)
    #: Active time on an item pauses after this many seconds without input.
    idle_seconds: float = 30.0
    #: Multiplies the interface's sizes (1.0: as the system says).
    ui_scale: float = 1.0
    #: Point size of item text (None: the system font).
    font_size: float | None = None
    #: The interface's language (`LANGUAGES`); None: the system's, where there is one.
    language: str | None = None
    #: Keys this version does not know, kept so saving does not drop them.
    extra: dict[str, Any] = field(default_factory=dict)

    def profile(self, name: str | None) -> Profile | None:
        """The profile called `name`, if there is one."""
        return next((p for p in self.profiles if p.name == name), None)


@dataclass
class Loaded:
    """What `load_settings` found: the settings and problems to show the user."""

    settings: Settings
    problems: list[str] = field(default_factory=list)


def config_dir() -> Path:
    """`LABELER_CONFIG_DIR` if set, else `$XDG_CONFIG_HOME/labeler`, else
    `~/.config/labeler`."""
    explicit = os.environ.get("LABELER_CONFIG_DIR")
    if explicit:
        return Path(explicit)
    xdg = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(xdg) / "labeler"


def settings_path() -> Path:
    """Where the settings file is."""
    return config_dir() / FILE_NAME


def load_settings(path: Path | None = None) -> Loaded:
    """Read the settings file; never raises. Problems come back as messages."""
    path = path or settings_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Loaded(Settings())
    except (OSError, UnicodeDecodeError) as exc:
        # Unreadable is not corrupt: leave it alone; saving may still fail later.
        return Loaded(Settings(), [f"Could not read the settings file {path}: {exc}"])
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        bad = _keep_bad_copy(path)
        return Loaded(
            Settings(),
            [f"The settings file {path} is damaged ({exc}); using defaults. {bad}"],
        )
    if not isinstance(raw, dict):
        bad = _keep_bad_copy(path)
        return Loaded(Settings(), [f"The settings file {path} is not an object; {bad}"])
    problems: list[str] = []
    settings = _from_dict(_migrate(raw, problems), problems)
    if problems:
        problems.append(_keep_bad_copy(path))
    return Loaded(settings, problems)


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write the settings atomically: a temp file, fsync, then replace.

    Raises OSError when the disk refuses; the old file is then left as it was.
    """
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(to_dict(settings), indent=2, ensure_ascii=False) + "\n"
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)


def to_dict(settings: Settings) -> dict[str, Any]:
    """The JSON shape of `settings` (unknown keys from the file included)."""
    out: dict[str, Any] = dict(settings.extra)
    out.update(
        version=settings.version,
        profiles=[
            {"name": p.name, "server_url": p.server_url, "username": p.username}
            for p in settings.profiles
        ],
        last_profile=settings.last_profile,
        last_project=dict(settings.last_project),
        keymap={k: list(v) for k, v in settings.keymap.items()},
        idle_seconds=settings.idle_seconds,
        ui_scale=settings.ui_scale,
        font_size=settings.font_size,
        language=settings.language,
    )
    return out


def _migrate(raw: dict[str, Any], problems: list[str]) -> dict[str, Any]:
    version = raw.get("version", 0)
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        problems.append(f"Unknown settings version {version!r}; read as version {VERSION}.")
        version = VERSION
    while version < VERSION:
        raw = _MIGRATIONS[version](dict(raw))
        version += 1
    # A newer workbench wrote this file: keep its number so it does not migrate again.
    raw["version"] = version
    return raw


def _from_dict(raw: dict[str, Any], problems: list[str]) -> Settings:
    """Each field is checked on its own: one bad value costs only that value."""
    defaults = Settings()

    def bad(name: str, value: Any) -> None:
        problems.append(f"Ignored the setting {name!r}: {value!r} is not valid.")

    known = {"version", "profiles", "last_profile", "last_project", "keymap"}
    known |= {"idle_seconds", "ui_scale", "font_size", "language"}
    s = Settings(version=raw["version"], extra={k: v for k, v in raw.items() if k not in known})
    profiles = raw.get("profiles", [])
    if isinstance(profiles, list):
        for p in profiles:
            if isinstance(p, dict) and all(
                isinstance(p.get(k), str) for k in ("name", "server_url", "username")
            ):
                s.profiles.append(Profile(p["name"], p["server_url"], p["username"]))
            else:
                bad("profiles", p)
    else:
        bad("profiles", profiles)
    value = raw.get("last_profile")
    if value is None or isinstance(value, str):
        s.last_profile = value
    else:
        bad("last_profile", value)
    value = raw.get("last_project", {})
    if isinstance(value, dict):
        s.last_project = {k: v for k, v in value.items() if isinstance(v, str)}
        if len(s.last_project) != len(value):
            bad("last_project", value)
    else:
        bad("last_project", value)
    value = raw.get("keymap", {})
    if isinstance(value, dict):
        for action_id, keys in value.items():
            if isinstance(keys, str):  # a hand-edited single key
                keys = [keys]
            if isinstance(keys, list) and all(isinstance(k, str) for k in keys):
                s.keymap[action_id] = list(keys)
            else:
                bad(f"keymap.{action_id}", keys)
    else:
        bad("keymap", value)
    s.idle_seconds = _number(raw, "idle_seconds", defaults.idle_seconds, 1.0, 3600.0, bad)
    s.ui_scale = _number(raw, "ui_scale", defaults.ui_scale, 0.5, 3.0, bad)
    if raw.get("font_size") is not None:
        s.font_size = _number(raw, "font_size", 0.0, 6.0, 72.0, bad) or None
    value = raw.get("language")
    if value is None or value in LANGUAGES:
        s.language = value
    else:
        bad("language", value)
    return s


def _number(
    raw: dict[str, Any],
    name: str,
    default: float,
    low: float,
    high: float,
    bad: Callable[[str, Any], None],
) -> float:
    value = raw.get(name, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        bad(name, value)
        return default
    return float(min(max(value, low), high))


def _keep_bad_copy(path: Path) -> str:
    """Copy the file aside before a save overwrites it; say where it went."""
    bad = path.with_name(path.name + ".bad")
    try:
        shutil.copyfile(path, bad)
    except OSError as exc:
        log.warning("could not keep a copy of %s: %s", path, exc)
        return "The damaged file could not be copied aside."
    return f"A copy of the damaged file is in {bad}."


def _fsync_dir(directory: Path) -> None:
    # The rename itself reaches the disk only once the directory is synced (POSIX).
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
