"""One backend as the plugin uses it: its settings, a client per thread, the server of
items' files, and the problems of this thread's last call, each also logged."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

from labeler.core.plugins import ItemView
from labeler_labelstudio_ml.client import BackendClient, BackendError
from labeler_labelstudio_ml.config import PREFIX, BackendConfig
from labeler_labelstudio_ml.media import MediaServer

logger = logging.getLogger("labeler_labelstudio_ml")


@dataclass(frozen=True)
class Problem:
    """Something of a backend's answer left out, and why; `item` the item's id."""

    item: str
    message: str

    def __str__(self) -> str:
        return f"item {self.item}: {self.message}"


class Backend:
    """The backend `config` names, or the environment's at each call when none is given
    (so a lead's change of `LABELER_LSML_*` needs no restart of what loaded the plugin)."""

    def __init__(
        self,
        config: BackendConfig | None = None,
        on_problem: Callable[[Problem], None] | None = None,
    ) -> None:
        self._fixed = config
        self._on_problem = on_problem
        self._local = threading.local()
        self._media: MediaServer | None = None
        self._lock = threading.Lock()

    @property
    def problems(self) -> list[Problem]:
        """What this thread's last assist or pre-annotation left out, and why."""
        problems: list[Problem] | None = getattr(self._local, "problems", None)
        if problems is None:
            problems = self._local.problems = []
        return problems

    def start_call(self) -> None:
        """Forget the problems of this thread's previous call."""
        self._local.problems = []

    def config(self) -> BackendConfig:
        config = self._fixed or BackendConfig.from_env()
        if config is None:
            raise BackendError(
                f"No Label Studio ML backend is set: set {PREFIX}URL to its address "
                "(such as http://127.0.0.1:9090)"
            )
        return config

    def client(self) -> BackendClient:
        """This thread's client, made anew when the settings changed."""
        config = self.config()
        client: BackendClient | None = getattr(self._local, "client", None)
        if client is None or client.config != config:
            if client is not None:
                client.close()
            client = self._local.client = BackendClient(config)
        return client

    def media(self) -> MediaServer:
        config = self.config()
        with self._lock:
            media = self._media
            if media is None or (media.listen, media.configured_url) != (
                config.media_listen,
                config.media_url,
            ):
                if media is not None:
                    media.close()
                media = self._media = MediaServer(config.media_listen, config.media_url)
            return media

    def media_url(self, item: ItemView) -> str | None:
        """Where the backend fetches `item`'s file; None for a text or a missing file."""
        if item.media == "text" or item.path is None or not item.path.is_file():
            return None
        return self.media().url(item.path)

    def hostname(self) -> str:
        """What `/setup` names as the host of the tasks' files."""
        return self.media().base_url

    def report(self, item: str, message: str) -> None:
        problem = Problem(item, message)
        self.problems.append(problem)
        logger.warning("Label Studio ML backend: %s", problem)
        if self._on_problem is not None:
            self._on_problem(problem)

    def close(self) -> None:
        client: BackendClient | None = getattr(self._local, "client", None)
        if client is not None:
            client.close()
        with self._lock:
            if self._media is not None:
                self._media.close()
                self._media = None
