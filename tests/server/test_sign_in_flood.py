"""Submissions keep being served while strangers flood the sign-in with wrong passwords.

A real server on loopback, a production-cost password hash (n = 2^17), and limits raised so
that every flooding sign-in is hashed: the flood may take CPU, but never the write lock that
submissions need. Measured as a ratio of submissions served in the same run, with and
without the flood, so the machine's speed does not matter.
"""

from __future__ import annotations

import dataclasses
import threading
import time
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
import requests

from labeler.server import security
from labeler.server.app import create_app
from labeler.server.config import Settings
from labeler.server.db import Database
from tests.server.factories import REAL_ANSWER, iso_now, make_project
from tests.server.test_concurrency import serving

pytestmark = pytest.mark.slow

SUBMITTERS = 3
FLOODERS = 6
PHASE_SECONDS = 3.0


@pytest.fixture
def flood_url(settings: Settings, database: Database) -> Iterator[str]:
    if not database.is_sqlite:
        pytest.skip("the write lock is SQLite's; PostgreSQL writers do not queue on one")
    # Every flooding sign-in is hashed: no limit refuses it first.
    settings = dataclasses.replace(
        settings, login_max_failures=10**6, login_client_max_failures=10**6, login_hash_workers=1
    )
    with serving(create_app(settings, database, migrate=False)) as url:
        yield url


def _submit_for(url: str, token: str, project_id: str, until: float, served: list[int]) -> None:
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {token}"
    count = 0
    while time.monotonic() < until:
        r = session.post(f"{url}/projects/{project_id}/batches", json={"size": 50}, timeout=60)
        assert r.status_code == 201, r.text[:200]
        batch = r.json()
        for item in batch["items"]:
            if time.monotonic() >= until:
                break
            body = {
                "id": str(uuid.uuid4()),
                "batch_id": batch["id"],
                "item_id": item["id"],
                "schema_version": batch["schema_version"],
                "answer": REAL_ANSWER,
                "started_at": iso_now(-1),
                "submitted_at": iso_now(),
                "active_ms": 900,
            }
            r = session.post(f"{url}/submissions", json=body, timeout=60)
            assert r.status_code == 201, r.text[:200]
            count += 1
    served.append(count)


def _flood(url: str, username: str, until: float, tries: list[int]) -> None:
    session = requests.Session()
    count = 0
    while time.monotonic() < until:
        r = session.post(
            f"{url}/auth/token", json={"username": username, "password": "not-it-at-all"}
        )
        assert r.status_code == 401, r.text[:200]
        count += 1
    tries.append(count)


def _phase(url: str, tokens: list[str], project_id: str, flood: bool) -> tuple[int, int]:
    until = time.monotonic() + PHASE_SECONDS
    served: list[int] = []
    tries: list[int] = []
    threads = [
        threading.Thread(target=_submit_for, args=(url, token, project_id, until, served))
        for token in tokens
    ]
    if flood:
        threads += [
            threading.Thread(target=_flood, args=(url, "target", until, tries))
            for _ in range(FLOODERS)
        ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=PHASE_SECONDS + 60)
    assert len(served) == len(tokens)  # every submitter ran to the end without an error
    assert len(tries) == (FLOODERS if flood else 0)
    return sum(served), sum(tries)


def test_a_sign_in_flood_does_not_starve_submissions(
    flood_url: str, database: Database, make_api: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    world = make_project(database, real=3000, overlap=SUBMITTERS, review_rate=0.0)
    tokens = [make_api("annotator").token for _ in range(SUBMITTERS)]
    monkeypatch.setattr(security, "COST", security.ScryptCost(n=2**17, r=8, p=1))
    make_api("annotator", username="target", password="the-real-password")

    baseline, _ = _phase(flood_url, tokens, world.project_id, flood=False)
    during, tries = _phase(flood_url, tokens, world.project_id, flood=True)
    print(f"submissions in {PHASE_SECONDS} s: {baseline} alone, {during} with {tries} sign-ins")
    assert tries >= PHASE_SECONDS  # the flood ran: about one production-cost hash a second
    # Without the flood's hashes holding the write lock, submissions keep most of their pace;
    # while they held it, about 3 % of it was left.
    assert during >= 0.3 * baseline, (baseline, during)
