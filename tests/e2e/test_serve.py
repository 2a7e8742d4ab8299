"""End to end: `labeler serve` as one process and as two, driven over HTTP by a scenario
written from the protocol alone (lead sets up, annotator works, reviewer decides, lead reads
stats)."""

from __future__ import annotations

import io
import os
import random
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import requests
from PIL import Image

from labeler.server.commands import free_port
from tests.server.openapi_check import Document
from tests.server.scenario import GOLD_ANSWER, GOLD_HINT, IMAGE_SCHEMA, png_bytes, submission

pytestmark = pytest.mark.slow


def _labeler(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "labeler.cli", *args], check=True, capture_output=True, text=True
    )


@contextmanager
def _serving(
    tmp_path: Path, workers: int, env: dict[str, str] | None = None
) -> Iterator[tuple[str, str]]:
    """`labeler serve --workers N` on a free port, with `env` added to its environment;
    yields the API's URL and an admin's token."""
    db = f"sqlite:///{tmp_path / 'e2e.sqlite3'}"
    _labeler(
        "admin",
        "create-user",
        "root",
        "--role",
        "admin",
        "--password",
        "root-pw-1",
        "--database",
        db,
    )
    token = _labeler("admin", "token", "root", "--database", db).stdout.strip()
    port = free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "labeler.cli",
            "serve",
            "--database",
            db,
            "--media",
            str(tmp_path / "media"),
            "--port",
            str(port),
            "--workers",
            str(workers),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, **(env or {})},
    )
    url = f"http://127.0.0.1:{port}/api/v1"
    try:
        for _ in range(100):
            try:
                if requests.get(f"{url}/health", timeout=1).ok:
                    break
            except requests.ConnectionError:
                time.sleep(0.1)
        else:
            raise AssertionError("server did not start")
        yield url, token
    finally:
        proc.terminate()
        proc.wait(timeout=20)


@pytest.fixture(params=[1, 2], ids=["1-process", "2-processes"])
def server(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[tuple[str, str]]:
    with _serving(tmp_path, request.param) as served:
        yield served


class Caller:
    """A signed-in caller; every answer is held to the server's OpenAPI document."""

    documents: dict[str, Document] = {}

    def __init__(self, url: str, token: str | None = None) -> None:
        self.url, self.s = url, requests.Session()
        if token:
            self.s.headers["Authorization"] = f"Bearer {token}"

    def __getattr__(self, method: str) -> Any:
        def call(path: str, **kw: Any) -> requests.Response:
            r = self.s.request(method.upper(), f"{self.url}{path}", timeout=30, **kw)
            document = self.documents.get(self.url)
            if document is None:
                doc = requests.get(f"{self.url}/openapi.json", timeout=30).json()
                document = self.documents[self.url] = Document(doc)
            document.check(method.upper(), r.request.path_url.split("?")[0], r)
            return r

        return call


def _login(url: str, root: Caller, name: str, roles: list[str]) -> Caller:
    assert (
        root.post(
            "/users", json={"username": name, "password": "pass-word-1", "roles": roles}
        ).status_code
        == 201
    )
    r = requests.post(
        f"{url}/auth/token", json={"username": name, "password": "pass-word-1"}, timeout=30
    )
    assert r.status_code == 200
    assert r.json()["user"]["roles"] == roles
    return Caller(url, r.json()["token"])


def test_a_day_of_work(server: tuple[str, str]) -> None:
    url, root_token = server
    root = Caller(url, root_token)
    lead = _login(url, root, "lena", ["lead"])
    ann = _login(url, root, "amir", ["annotator"])
    qa = _login(url, root, "quinn", ["reviewer"])

    project = lead.post(
        "/projects",
        json={
            "name": "Streets",
            "schema": IMAGE_SCHEMA,
            "review_rate": 1.0,
            "reward": {"amount": "0.05", "currency": "USD"},
        },
    ).json()
    pid = project["id"]
    media = lead.post("/media", files={"file": ("s.png", png_bytes(640, 480), "image/png")}).json()
    assert (media["width"], media["height"]) == (640, 480)
    items = [{"media": media["sha256"]} for _ in range(5)]
    items.append({"media": media["sha256"], "gold": {"answer": GOLD_ANSWER, "hint": GOLD_HINT}})
    assert lead.post(f"/projects/{pid}/items", json={"items": items}).status_code == 201

    batch = ann.post(f"/projects/{pid}/batches", json={"size": 6}).json()
    assert len(batch["items"]) == 6
    image = ann.get(batch["items"][0]["media"]["url"].removeprefix("/api/v1"))
    assert image.status_code == 200 and image.headers["ETag"].strip('"').startswith(media["sha256"])
    verdicts = []
    for item in batch["items"]:
        r = ann.post("/submissions", json=submission(batch, item["id"]))
        assert r.status_code == 201, r.text
        verdicts.append(r.json()["gold"])
    failed = [v for v in verdicts if v is not None]
    assert len(failed) == 1 and failed[0]["passed"] is False and failed[0]["hint"] == GOLD_HINT

    queue = qa.get(f"/review/queue?project_id={pid}&status=pending").json()["submissions"]
    assert len(queue) == 5
    assert (
        qa.post(f"/submissions/{queue[0]['id']}/review", json={"decision": "accept"}).status_code
        == 200
    )
    r = qa.post(
        f"/submissions/{queue[1]['id']}/review",
        json={"decision": "reject", "reason": "missed cars", "comment": "two by the kerb"},
    )
    assert r.status_code == 200

    history = ann.get("/submissions?mine=true").json()["submissions"]
    rejected = [h for h in history if h["status"] == "rejected"]
    # The reviewer's rejection, and the missed control item's.
    reasons = {h["review"]["reason"] for h in rejected}
    assert reasons == {"missed cars", "missed a control item"}
    me = ann.get("/me").json()
    assert me["earnings"]["approved"] == "0.05"  # the accepted item
    assert me["earnings"]["rejected"] == "0.10" and me["earnings"]["pending"] == "0.15"
    assert me["skills"][pid]["gold_answered"] == 1

    stats = lead.get(f"/projects/{pid}/stats").json()
    assert stats["submissions"] == 6
    export = lead.get(f"/projects/{pid}/export?format=jsonl")
    assert export.status_code == 200 and len(export.text.strip().splitlines()) == 5


@pytest.mark.parametrize("workers", [1, 2], ids=["1-process", "2-processes"])
def test_a_setting_in_the_environment_holds_with_any_number_of_processes(
    tmp_path: Path, workers: int
) -> None:
    """LABELER_MAX_MEDIA_BYTES limits uploads whether one process serves or several (one
    process used to leave it unread)."""
    small = png_bytes(8, 8)
    noise = Image.frombytes("RGB", (300, 300), random.Random(7).randbytes(300 * 300 * 3))
    buf = io.BytesIO()
    noise.save(buf, format="PNG")
    large, limit = buf.getvalue(), 100_000
    assert len(large) > limit + 64 * 1024  # past the allowance for multipart framing too
    with _serving(tmp_path, workers, {"LABELER_MAX_MEDIA_BYTES": str(limit)}) as (url, token):
        root = Caller(url, token)
        r = root.post("/media", files={"file": ("big.png", large, "image/png")})
        assert r.status_code == 413, r.text
        r = root.post("/media", files={"file": ("small.png", small, "image/png")})
        assert r.status_code == 201, r.text


def test_a_setting_that_cannot_be_used_stops_the_server_with_its_name(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "labeler.cli", "serve", "--database", "sqlite://"],
        capture_output=True,
        text=True,
        env={**os.environ, "LABELER_MAX_MEDIA_BYTES": "lots"},
        timeout=60,
    )
    assert done.returncode == 2
    assert "LABELER_MAX_MEDIA_BYTES must be a positive whole number, not 'lots'" in done.stderr
