"""Fixtures for server tests: every test runs on SQLite and, when
LABELER_TEST_POSTGRES_URL is set (CI), on PostgreSQL too."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from labeler.server.app import create_app
from labeler.server.config import Settings
from labeler.server.db import Database
from labeler.server.services.users import create_user, issue_token
from tests.server.openapi_check import CheckedClient

POSTGRES_URL = os.environ.get("LABELER_TEST_POSTGRES_URL", "")
BACKENDS = ["sqlite"] + (["postgres"] if POSTGRES_URL else [])


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'server.sqlite3'}"
        return
    name = f"labeler_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def settings(database_url: str, tmp_path: Path) -> Settings:
    return Settings(database_url=database_url, media_dir=tmp_path / "media")


@pytest.fixture
def database(settings: Settings) -> Iterator[Database]:
    db = Database.connect(settings.database_url)
    yield db
    db.dispose()


@pytest.fixture
def app(settings: Settings, database: Database):  # type: ignore[no-untyped-def]
    return create_app(settings, database)


@pytest.fixture
def client(app) -> Iterator[TestClient]:  # type: ignore[no-untyped-def]
    with CheckedClient(app, raise_server_exceptions=False) as c:
        yield c


@dataclass
class Api:
    """A signed-in caller: `api.post("/projects", json=...)` under /api/v1."""

    client: TestClient
    token: str
    user: dict[str, Any]

    def _headers(self, kw: dict[str, Any]) -> dict[str, Any]:
        headers = dict(kw.pop("headers", None) or {})
        headers.setdefault("Authorization", f"Bearer {self.token}")
        return headers

    def request(self, method: str, path: str, **kw: Any) -> Any:
        headers = self._headers(kw)
        return self.client.request(method, f"/api/v1{path}", headers=headers, **kw)

    def get(self, path: str, **kw: Any) -> Any:
        return self.request("GET", path, **kw)

    def post(self, path: str, **kw: Any) -> Any:
        return self.request("POST", path, **kw)

    def put(self, path: str, **kw: Any) -> Any:
        return self.request("PUT", path, **kw)

    def patch(self, path: str, **kw: Any) -> Any:
        return self.request("PATCH", path, **kw)

    def delete(self, path: str, **kw: Any) -> Any:
        return self.request("DELETE", path, **kw)


@pytest.fixture
def make_api(client: TestClient, database: Database):  # type: ignore[no-untyped-def]
    """make_api("lead") -> an Api for a new user with those roles."""
    counter = iter(range(1_000_000))

    def make(*roles: str, username: str | None = None, password: str = "pw-123456") -> Api:
        name = username or f"{'-'.join(roles) or 'user'}{next(counter)}"
        with database.transaction() as session:
            user = create_user(session, name, password, list(roles))
            token = issue_token(session, user)
            info = {"id": user.id, "username": user.username, "roles": list(user.roles)}
        return Api(client, token, info)

    return make


@pytest.fixture
def admin(make_api) -> Api:  # type: ignore[no-untyped-def]
    return make_api("admin")


@pytest.fixture
def lead(make_api) -> Api:  # type: ignore[no-untyped-def]
    return make_api("lead")


@pytest.fixture
def annotator(make_api) -> Api:  # type: ignore[no-untyped-def]
    return make_api("annotator")


@pytest.fixture
def reviewer(make_api) -> Api:  # type: ignore[no-untyped-def]
    return make_api("reviewer")
