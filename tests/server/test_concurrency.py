"""A real server on loopback and 16 annotators leasing and submitting at once.

Short leases make some answers late while others lease the same items again, and some
submissions are posted twice at the same moment (a client retrying), so the overlap limit,
one answer per user and item, and exactly-once storage are all tested under contention.
"""

from __future__ import annotations

import socket
import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import pytest
import requests
import uvicorn
from sqlalchemy import select

from labeler.server.models import Item, Submission
from tests.server.factories import GOOD, iso_now, make_project

pytestmark = pytest.mark.slow

ANNOTATORS = 16
OVERLAP = 2
DEADLINE_SECONDS = 20.0


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def serving(app: Any) -> Iterator[str]:
    """`app` served by uvicorn on a free loopback port in a thread: its API root URL."""
    port = _free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(200):
        if server.started:
            break
        time.sleep(0.05)
    assert server.started, "the server did not start"
    try:
        yield f"http://127.0.0.1:{port}/api/v1"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture
def server_url(app: Any) -> Iterator[str]:
    with serving(app) as url:
        yield url


@dataclass
class Log:
    """What every annotator posted and what came back."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    codes: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def add(self, sub_id: str, code: int, error: str) -> None:
        with self.lock:
            self.codes.setdefault(sub_id, []).append((code, error))


def _post(session: requests.Session, url: str, body: dict[str, Any], log: Log) -> None:
    r = session.post(f"{url}/submissions", json=body, timeout=60)
    error = r.json()["error"]["code"] if r.status_code >= 400 else ""
    log.add(body["id"], r.status_code, error)


def _annotate(url: str, token: str, project_id: str, log: Log, seed: int) -> None:
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {token}"
    deadline = time.monotonic() + DEADLINE_SECONDS
    n = seed
    while time.monotonic() < deadline:
        r = session.post(f"{url}/projects/{project_id}/batches", json={"size": 8}, timeout=60)
        if r.status_code == 204:
            return
        if r.status_code != 201:
            log.errors.append(f"lease {r.status_code} {r.text[:100]}")
            return
        batch = r.json()
        for item in batch["items"]:
            n += 1
            body = {
                "id": str(uuid.uuid4()),
                "batch_id": batch["id"],
                "item_id": item["id"],
                "schema_version": batch["schema_version"],
                "answer": None if n % 9 == 0 else GOOD,
                "started_at": iso_now(),
                "submitted_at": iso_now(),
                "active_ms": 100 + n,
            }
            if body["answer"] is None:
                body["skip_reason"] = "unclear"
            if n % 5 == 0:  # a retry racing the original
                twins = [
                    threading.Thread(target=_post, args=(session_copy(token), url, body, log))
                    for _ in range(2)
                ]
                for t in twins:
                    t.start()
                for t in twins:
                    t.join()
            else:
                _post(session, url, body, log)
        if n % 4 == 0:
            session.post(f"{url}/batches/{batch['id']}/release", timeout=60)


def session_copy(token: str) -> requests.Session:
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {token}"
    return session


def test_sixteen_annotators_at_once(server_url: str, database: Any, make_api: Any) -> None:
    world = make_project(
        database, real=120, gold=12, overlap=OVERLAP, lease_seconds=2, gold_ratio_new=0.2
    )
    tokens = [make_api("annotator").token for _ in range(ANNOTATORS)]
    log = Log()
    started = time.monotonic()
    threads = [
        threading.Thread(target=_annotate, args=(server_url, token, world.project_id, log, n * 7))
        for n, token in enumerate(tokens)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=DEADLINE_SECONDS + 30)
    elapsed = time.monotonic() - started
    assert not any(t.is_alive() for t in threads)
    assert log.errors == []

    outcomes = {
        sub_id: sorted(code for code, _ in results) for sub_id, results in log.codes.items()
    }
    assert all(code < 500 for codes in outcomes.values() for code in codes)
    stored_ids = {sub_id for sub_id, codes in outcomes.items() if 201 in codes}
    for sub_id, codes in outcomes.items():
        # Exactly one post stores; its twin replays (200) or, when late, may be refused for
        # a place another annotator's live lease held: that lease can end (or be released)
        # between the twins, and the later twin then takes the place.
        assert codes in ([201], [200, 201], [201, 409], [409], [409, 409]), (
            sub_id,
            log.codes[sub_id],
        )
        if 409 in codes:
            assert {error for code, error in log.codes[sub_id] if code == 409} == {"item_complete"}

    with database.transaction(write=False) as session:
        rows = session.execute(
            select(Submission.id, Submission.user_id, Submission.item_id, Submission.answer)
        ).all()
        done = {
            item_id: count for item_id, count in session.execute(select(Item.id, Item.done_count))
        }
    assert {row.id for row in rows} == stored_ids
    pairs = Counter((row.user_id, row.item_id) for row in rows)
    assert max(pairs.values()) == 1
    answers = Counter(row.item_id for row in rows if row.answer is not None)
    for item_id in world.real_ids:
        assert answers[item_id] <= OVERLAP
        assert done[item_id] == answers[item_id]
    assert sum(answers[i] for i in world.real_ids) >= len(world.real_ids)  # real progress
    print(
        f"{len(rows)} submissions stored in {elapsed:.1f} s", Counter(map(tuple, outcomes.values()))
    )
