"""The task server in a thread of the workbench's process, for `labeler demo`."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from sqlalchemy import select

from labeler.server.config import Settings
from labeler.server.db import Database
from labeler.server.models import User
from labeler.server.services.users import issue_token


class EmbeddedServer:
    """uvicorn serving `create_app` on a loopback port, in a daemon thread."""

    def __init__(self, settings: Settings, database: Database, port: int) -> None:
        import uvicorn

        from labeler.server.app import create_app

        self.database = database
        self.url = f"http://127.0.0.1:{port}"
        config = uvicorn.Config(
            create_app(settings, database, migrate=False),
            host="127.0.0.1",
            port=port,
            proxy_headers=False,  # the server's `trusted_proxies` decides, as in `serve`
            log_level="warning",
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, name="labeler-server", daemon=True)

    def start(self, timeout: float = 30.0) -> None:
        """Serve, and return once the port answers."""
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the embedded task server did not start")
            time.sleep(0.02)

    def token_for(self, username: str) -> str:
        """A new API token for a user of this server's database."""
        with self.database.transaction() as session:
            user = session.execute(select(User).where(User.username == username)).scalar_one()
            return issue_token(session, user)

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)
        self.database.dispose()


def demo_settings(data_dir: Path) -> Settings:
    """The demo's settings: its database and media in its data folder, and the other
    `LABELER_*` settings from the environment, as for `labeler serve`."""
    return Settings.from_env(
        database_url=f"sqlite:///{data_dir / 'labeler.sqlite3'}", media_dir=data_dir / "media"
    )
