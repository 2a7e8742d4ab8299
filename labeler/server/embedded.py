"""The task server in a thread of the workbench's process, for `labeler demo`."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import delete, select

from labeler.server.config import Settings
from labeler.server.db import Database
from labeler.server.models import Token, User
from labeler.server.services.users import issue_token, token_hash


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

    def token_for(self, username: str, name: str | None = None) -> str:
        """A new API token for an active user of this server's database; LookupError when
        there is none of that name."""
        with self.database.transaction() as session:
            user = session.execute(
                select(User).where(
                    User.username == username,
                    User.disabled_at.is_(None),
                    User.deleted_at.is_(None),
                )
            ).scalar_one_or_none()
            if user is None:
                raise LookupError(username)
            return issue_token(session, user, name)

    def first_admin(self) -> str | None:
        """The username of the database's first active admin, if any."""
        with self.database.transaction(write=False) as session:
            users = session.execute(
                select(User)
                .where(User.disabled_at.is_(None), User.deleted_at.is_(None))
                .order_by(User.created_at, User.username)
            ).scalars()
            return next((u.username for u in users if "admin" in u.roles), None)

    def revoke(self, token: str) -> None:
        """Withdraw a token `token_for` made."""
        with self.database.transaction() as session:
            session.execute(delete(Token).where(Token.token_hash == token_hash(token)))

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


class SessionError(Exception):
    """A database a command cannot work on, said in one line."""


@contextmanager
def lead_session(
    database_url: str | None, media_dir: Path | None, username: str | None
) -> Iterator[tuple[str, str]]:
    """The task server on a database, in this process on a loopback port, with a token of
    `username` (else the database's first admin) revoked at the end: `(url, token)`. For
    commands that work on a database as on a running server (`labeler export --database`).
    """
    from labeler.server import commands

    given = {"database_url": database_url, "media_dir": media_dir}
    try:
        settings = Settings.from_env(**{k: v for k, v in given.items() if v is not None})
        database = commands._database(settings.database_url)
    except (ValueError, commands.CommandError) as exc:
        raise SessionError(str(exc)) from None
    server = EmbeddedServer(settings, database, commands.free_port())
    server.start()
    try:
        name = username or server.first_admin()
        if name is None:
            raise SessionError("the database has no admin: name a lead with --user")
        try:
            token = server.token_for(name, "labeler export/import")
        except LookupError:
            raise SessionError(f"no active user {name!r} in the database") from None
        try:
            yield server.url, token
        finally:
            server.revoke(token)
    finally:
        server.stop()
