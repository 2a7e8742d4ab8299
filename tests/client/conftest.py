"""Fixtures for client tests: `labeler serve` as a process on loopback, users made
through its API, workspaces with a recording listener, and a polling helper."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from labeler.client.listener import SyncListener
from labeler.client.workspace import Workspace
from labeler.server.commands import free_port
from labeler.server.db import Database
from labeler.server.services.users import create_user, issue_token

PASSWORD = "pass-word-1"
# Fast probing and retries, so tests about going offline and back take seconds.
FAST_ENGINE = {"probe_first_delay": 0.1, "probe_max_delay": 0.5, "upload_backoff": 0.2}
FAST_API = {"retries": 1, "backoff": 0.05, "timeout": (2.0, 10.0)}


def wait_for(
    condition: Callable[[], Any], timeout: float = 15.0, what: str = "the condition"
) -> Any:
    """Poll `condition` until it returns something truthy; fail after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(0.02)


class LiveServer:
    """`labeler serve` on a fixed loopback port; stop and start it again on that port."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.database = f"sqlite:///{root / 'server.sqlite3'}"
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/api/v1"
        self.proc: subprocess.Popen[bytes] | None = None
        db = Database.connect(self.database)
        db.migrate()
        with db.transaction() as session:
            self.root_token = issue_token(
                session, create_user(session, "root", PASSWORD, ["admin"])
            )
        db.dispose()

    def start(self) -> None:
        args = [sys.executable, "-m", "labeler.cli", "serve", "--database", self.database]
        args += ["--media", str(self.root / "media"), "--port", str(self.port)]
        self.proc = subprocess.Popen(
            args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ}
        )

        def healthy() -> bool:
            assert self.proc is not None and self.proc.poll() is None, "server exited"
            try:
                return requests.get(f"{self.url}/health", timeout=1).ok
            except requests.RequestException:
                return False

        wait_for(healthy, 30, "the server to start")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=20)
        self.proc = None


class Caller:
    """`caller.post("/projects", json=...)` under /api/v1 with a token."""

    def __init__(self, url: str, token: str | None = None) -> None:
        self.url = url
        self.session = requests.Session()
        if token:
            self.session.headers["Authorization"] = f"Bearer {token}"

    def __getattr__(self, method: str) -> Any:
        def call(path: str, **kw: Any) -> requests.Response:
            return self.session.request(method.upper(), f"{self.url}{path}", timeout=30, **kw)

        return call


class User:
    """A user of the live server with a token."""

    def __init__(self, server: LiveServer, roles: list[str]) -> None:
        self.username = f"{roles[0]}-{uuid.uuid4().hex[:8]}"
        root = Caller(server.url, server.root_token)
        r = root.post(
            "/users", json={"username": self.username, "password": PASSWORD, "roles": roles}
        )
        assert r.status_code == 201, r.text
        r = requests.post(
            f"{server.url}/auth/token",
            json={"username": self.username, "password": PASSWORD},
            timeout=30,
        )
        assert r.status_code == 200, r.text
        self.token: str = r.json()["token"]
        self.caller = Caller(server.url, self.token)


class Recorder(SyncListener):
    """A listener that records every callback (from whichever thread)."""

    def __init__(self) -> None:
        self.events: list[tuple[str, tuple[Any, ...]]] = []
        self._lock = threading.Lock()

    def _add(self, name: str, *args: Any) -> None:
        with self._lock:
            self.events.append((name, args))

    def calls(self, name: str) -> list[tuple[Any, ...]]:
        with self._lock:
            return [args for n, args in self.events if n == name]

    def connection_changed(self, online: bool) -> None:
        self._add("connection_changed", online)

    def auth_required(self, message: str) -> None:
        self._add("auth_required", message)

    def token_renewed(self, token: str) -> None:
        self._add("token_renewed", token)

    def items_changed(self, project_id: str, open_items: int) -> None:
        self._add("items_changed", project_id, open_items)

    def no_more_work(self, project_id: str) -> None:
        self._add("no_more_work", project_id)

    def project_locked(self, project_id: str, reason: str, said: Any = None) -> None:
        self._add("project_locked", project_id, reason)

    def media_progress(self, sha256: str, variant: str, done: int, total: int | None) -> None:
        self._add("media_progress", sha256, variant, done, total)

    def media_ready(self, sha256: str, variant: str, path: Path) -> None:
        self._add("media_ready", sha256, variant, path)

    def media_failed(self, sha256: str, variant: str, message: str) -> None:
        self._add("media_failed", sha256, variant, message)

    def outbox_changed(self, counts: dict[str, int]) -> None:
        self._add("outbox_changed", counts)

    def submission_uploaded(self, submission_id: str, item_id: str, status: str) -> None:
        self._add("submission_uploaded", submission_id, item_id, status)

    def submission_refused(self, submission_id: str, item_id: str, code: str, message: str) -> None:
        self._add("submission_refused", submission_id, item_id, code, message)

    def gold_verdict(self, submission_id: str, item_id: str, verdict: dict[str, Any]) -> None:
        self._add("gold_verdict", submission_id, item_id, verdict)

    def problem(self, message: str) -> None:
        self._add("problem", message)

    def workbench_too_old(self, needed: str, ours: str, download_url: str) -> None:
        self._add("workbench_too_old", needed, ours, download_url)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    live = LiveServer(tmp_path_factory.mktemp("server"))
    live.start()
    try:
        yield live
    finally:
        live.stop()


@pytest.fixture
def lead(server: LiveServer) -> Caller:
    return User(server, ["lead"]).caller


@pytest.fixture
def annotator(server: LiveServer) -> User:
    return User(server, ["annotator"])


@pytest.fixture
def open_workspace(
    tmp_path: Path,
) -> Iterator[Callable[..., tuple[Workspace, Recorder]]]:
    """open_workspace(server, user) -> (workspace, recorder); closed at the end."""
    opened: list[Workspace] = []

    def make(server: LiveServer, user: User, **kw: Any) -> tuple[Workspace, Recorder]:
        recorder = Recorder()
        kw.setdefault("data_dir", tmp_path / "data")
        kw.setdefault("engine_options", FAST_ENGINE)
        kw.setdefault("api_options", FAST_API)
        ws = Workspace.open(server.url, user.username, user.token, listener=recorder, **kw)
        opened.append(ws)
        return ws, recorder

    yield make
    for ws in opened:
        ws.close()
