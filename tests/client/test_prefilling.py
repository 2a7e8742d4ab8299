"""A lead's pre-annotation run against a real `labeler serve`: a fake PreAnnotator sees
each unanswered item with its display variant and original size, its proposals land as
prefill with their confidence in chunks, answered items keep theirs, a proposal the
schema refuses is a problem of the run, and a cancel keeps what was sent."""

from __future__ import annotations

import io
import threading
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from labeler.client.api import TaskServer
from labeler.client.prefilling import RunFailed, run_preannotation
from labeler.core.plugins.api import ItemView, Prefill, Progress
from labeler.core.schema import Schema
from tests.client.conftest import Caller, LiveServer, User
from tests.server.scenario import IMAGE_SCHEMA, now

pytestmark = pytest.mark.slow


class FakeBoxes:
    """Proposes one car box at the picture's middle (original pixels), with a confidence
    that falls item by item; `bad` items get a label the schema does not have; it stops
    when told to, as a PreAnnotator must, and can fail after `fail_after` items."""

    name = "fake-boxes"
    title = "Fake boxes"
    media = frozenset({"image"})

    def __init__(self, bad: frozenset[int] = frozenset(), fail_after: int | None = None) -> None:
        self.seen: list[ItemView] = []
        self.bad = bad
        self.fail_after = fail_after
        self.on_item: Any = None

    def annotate(
        self, items: Iterable[ItemView], schema: Schema, progress: Progress
    ) -> Iterator[Prefill]:
        for n, item in enumerate(items):
            if self.fail_after is not None and n >= self.fail_after:
                raise RuntimeError("the model fell over")
            self.seen.append(item)
            assert item.path is not None and item.path.is_file()
            w, h = item.size or (0, 0)
            label = "bus" if n in self.bad else "car"
            box = {"label": label, "x": w / 4, "y": h / 4, "w": w / 2, "h": h / 2}
            yield Prefill(item.id, {"scene": "urban", "objects": [box]}, 0.9 - n / 10)
            if self.on_item is not None:
                self.on_item(n)
            if not progress(n + 1):
                return


def png(width: int, height: int) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (width, height), (90, 140, 200)).save(buf, format="PNG")
    return buf.getvalue()


def project_with_pictures(
    lead: Caller, count: int, size: tuple[int, int] = (320, 200)
) -> tuple[str, list[str]]:
    r = lead.post("/media", files={"file": ("p.png", png(*size), "image/png")})
    assert r.status_code in (200, 201), r.text
    sha = r.json()["sha256"]
    body = {"name": f"Prefill {uuid.uuid4().hex[:6]}", "schema": IMAGE_SCHEMA}
    r = lead.post("/projects", json={**body, "gold_ratio": 0.0, "gold_ratio_new": 0.0})
    assert r.status_code == 201, r.text
    pid = r.json()["id"]
    items = [{"media": sha, "data": {"n": i}} for i in range(count)]
    r = lead.post(f"/projects/{pid}/items", json={"items": items})
    assert r.status_code == 201, r.text
    return pid, list(r.json()["ids"])


def item_json(lead: Caller, item_id: str) -> dict[str, Any]:
    r = lead.get(f"/items/{item_id}")
    assert r.status_code == 200, r.text
    return dict(r.json()["item"])


def answer_first(user: User, pid: str) -> str:
    batch = user.caller.post(f"/projects/{pid}/batches", json={"size": 1}).json()
    item = batch["items"][0]
    body = {
        "id": str(uuid.uuid4()),
        "batch_id": batch["id"],
        "item_id": item["id"],
        "schema_version": batch["schema_version"],
        "answer": {"scene": "rural", "objects": []},
        "started_at": now(),
        "submitted_at": now(),
        "active_ms": 3000,
    }
    assert user.caller.post("/submissions", json=body).status_code == 201
    user.caller.post(f"/batches/{batch['id']}/release")
    return str(item["id"])


def test_a_run_fills_prefill_with_confidence_in_chunks(server: LiveServer, tmp_path: Path) -> None:
    lead = User(server, ["lead"])
    pid, ids = project_with_pictures(lead.caller, 5, size=(4096, 2048))
    answered = answer_first(User(server, ["annotator"]), pid)
    fake = FakeBoxes(bad=frozenset({1}))
    reports: list[tuple[int, int]] = []
    api = TaskServer(server.url, lead.token)
    summary = run_preannotation(
        api, pid, fake, report=lambda d, t: reports.append((d, t)), chunk=2, media_dir=tmp_path
    )
    assert (summary.items, summary.answered, summary.todo, summary.done) == (5, 1, 4, 4)
    assert summary.updated == 3 and summary.kept == [] and not summary.cancelled
    assert [p[0] for p in summary.problems] == [fake.seen[1].id]
    assert "does not fit the schema" in summary.problems[0][1]
    assert reports[0] == (0, 4) and reports[-1] == (4, 4)
    first = fake.seen[0]
    assert first.size == (4096, 2048) and first.display_size == (2048, 1024)
    assert first.scale == 2.0 and first.path is not None and first.path.suffix == ".display"
    assert answered not in {v.id for v in fake.seen}
    stored = item_json(lead.caller, first.id)
    assert stored["prefill_confidence"] == pytest.approx(0.9)
    assert stored["prefill"]["objects"][0]["w"] == 2048
    assert item_json(lead.caller, fake.seen[1].id).get("prefill") is None
    assert item_json(lead.caller, answered).get("prefill") is None
    api.close()


def test_cancel_keeps_what_was_proposed(server: LiveServer, tmp_path: Path) -> None:
    lead = User(server, ["lead"])
    pid, _ids = project_with_pictures(lead.caller, 6)
    cancel = threading.Event()
    fake = FakeBoxes()
    fake.on_item = lambda n: cancel.set() if n == 2 else None
    api = TaskServer(server.url, lead.token)
    summary = run_preannotation(api, pid, fake, cancel=cancel, chunk=100, media_dir=tmp_path)
    assert summary.cancelled and summary.done == 3 and summary.updated == 3
    have = [item_json(lead.caller, v.id).get("prefill") is not None for v in fake.seen]
    assert have == [True, True, True]
    api.close()


def test_a_failing_plugin_keeps_what_it_proposed(server: LiveServer, tmp_path: Path) -> None:
    lead = User(server, ["lead"])
    pid, _ids = project_with_pictures(lead.caller, 4)
    fake = FakeBoxes(fail_after=2)
    api = TaskServer(server.url, lead.token)
    with pytest.raises(RunFailed) as caught:
        run_preannotation(api, pid, fake, chunk=100, media_dir=tmp_path)
    assert caught.value.summary.updated == 2 and "fell over" in str(caught.value)
    text_only = FakeBoxes()
    text_only.media = frozenset({"text"})
    with pytest.raises(ValueError, match="does not take image items"):
        run_preannotation(api, pid, text_only, media_dir=tmp_path)
    api.close()
