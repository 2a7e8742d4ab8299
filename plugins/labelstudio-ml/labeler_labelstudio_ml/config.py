"""Where the Label Studio ML backend is and how to talk to it: read from the environment
(`BackendConfig.from_env`), so a lead points a workbench or a task server at a backend
without touching the project; code that knows better builds a `BackendConfig` itself."""

from __future__ import annotations

import json
import math
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

PREFIX = "LABELER_LSML_"
DEFAULT_TIMEOUT = 100.0
DEFAULT_CONNECT_TIMEOUT = 3.0
DEFAULT_BATCH = 1
MAX_BATCH = 100


class ConfigError(ValueError):
    """A setting that cannot be used, named with its variable."""


@dataclass(frozen=True)
class BackendConfig:
    """One backend.

    `url`: where it listens (`http://gpu-box:9090`). `username` and `password`: the HTTP
    Basic authentication the backend asks for (its `BASIC_AUTH_USER`, `BASIC_AUTH_PASS`);
    `token`: sent as `Authorization: Token …` to a backend behind a gateway that wants
    one. `timeout`: seconds a prediction may take (Label Studio waits 100);
    `connect_timeout`: seconds to reach the backend. `batch`: items per `/predict` in a
    pre-annotation run (several backends read only a request's first task, so 1).
    `label_config`: a labeling config to send instead of the one made from the schema,
    for a backend that needs tags of its own (its controls named as the schema's fields).
    `extra_params`: given to `/setup` as Label Studio gives a backend's extra parameters.
    `media_listen` and `media_url`: where this computer serves an item's file to the
    backend, and the address the backend reaches it by (see `media.MediaServer`).
    """

    url: str
    username: str | None = None
    password: str | None = None
    token: str | None = None
    timeout: float = DEFAULT_TIMEOUT
    connect_timeout: float = DEFAULT_CONNECT_TIMEOUT
    batch: int = DEFAULT_BATCH
    label_config: str | None = None
    extra_params: Mapping[str, Any] = field(default_factory=dict)
    media_listen: str = "127.0.0.1"
    media_url: str | None = None

    def __post_init__(self) -> None:
        _check_url(self.url, f"{PREFIX}URL")
        if (self.username is None) != (self.password is None):
            raise ConfigError(f"{PREFIX}USER and {PREFIX}PASSWORD go together: set both or none")
        for name, value in (("TIMEOUT", self.timeout), ("CONNECT_TIMEOUT", self.connect_timeout)):
            if not math.isfinite(value) or value <= 0:
                raise ConfigError(f"{PREFIX}{name} must be a number of seconds above 0")
        if not 1 <= self.batch <= MAX_BATCH:
            raise ConfigError(f"{PREFIX}BATCH must be a whole number from 1 to {MAX_BATCH}")
        if self.media_url is not None:
            _check_url(self.media_url, f"{PREFIX}MEDIA_URL")

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> BackendConfig | None:
        """The backend the environment names, or None when `LABELER_LSML_URL` is unset.
        A setting that is there but wrong raises `ConfigError` naming it."""
        env = os.environ if env is None else env

        def get(name: str) -> str | None:
            value = env.get(PREFIX + name, "").strip()
            return value or None

        url = get("URL")
        if url is None:
            return None
        config_file = get("LABEL_CONFIG")
        return cls(
            url=url,
            username=get("USER"),
            password=get("PASSWORD"),
            token=get("TOKEN"),
            timeout=_number(get("TIMEOUT"), "TIMEOUT", DEFAULT_TIMEOUT),
            connect_timeout=_number(
                get("CONNECT_TIMEOUT"), "CONNECT_TIMEOUT", DEFAULT_CONNECT_TIMEOUT
            ),
            batch=int(_number(get("BATCH"), "BATCH", DEFAULT_BATCH, whole=True)),
            label_config=_read_config(config_file) if config_file else None,
            extra_params=_extra(get("EXTRA_PARAMS")),
            media_listen=get("MEDIA_LISTEN") or "127.0.0.1",
            media_url=get("MEDIA_URL"),
        )


def _check_url(url: str, name: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(f"{name} must be an http:// or https:// address, not {url!r}")


def _number(text: str | None, name: str, default: float, whole: bool = False) -> float:
    if text is None:
        return default
    try:
        value = int(text) if whole else float(text)
    except ValueError:
        kind = "a whole number" if whole else "a number"
        raise ConfigError(f"{PREFIX}{name} must be {kind}, not {text!r}") from None
    return value


def _read_config(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{PREFIX}LABEL_CONFIG: cannot read {path}: {exc}") from None


def _extra(text: str | None) -> dict[str, Any]:
    if text is None:
        return {}
    try:
        value = json.loads(text)
    except ValueError:
        value = None
    if not isinstance(value, dict):
        raise ConfigError(f'{PREFIX}EXTRA_PARAMS must be a JSON object, such as {{"k": 1}}')
    return value
