"""The feedback-bar figures, from a store filled by hand."""

from __future__ import annotations

import time
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from labeler.client import tally, wire
from labeler.client.errors import ItemComplete
from labeler.client.outbox import Outbox
from labeler.client.store import Store, record_event
from labeler.client.wire import Reward, SkillInfo
from labeler.client.workqueue import WorkQueue
from tests.client.test_store import a_batch, a_body

USD = Reward(Decimal("0.05"), "USD")


@pytest.fixture
def store(tmp_path: Path) -> Any:
    s = Store.open(tmp_path / "p.sqlite3")
    s.set_profile("http://h/api/v1", "amir")
    WorkQueue(s).add_batch(a_batch(20))
    yield s
    s.close()


def test_fold_skill_without_new_verdicts_is_me() -> None:
    folded = tally.fold_skill("s", SkillInfo(80, 70, 0.9), [])
    assert folded == tally.SkillTally("s", 0.9, 80, 70, estimated=False)


def test_fold_skill_moves_the_window() -> None:
    # 50 in the window at 90 %; 10 new, all failed: 40 old at 90 % + 10 at 0 %.
    folded = tally.fold_skill("s", SkillInfo(60, 50, 0.9), [False] * 10)
    assert folded.accuracy == pytest.approx(36 / 50)
    assert (folded.gold_answered, folded.gold_passed, folded.estimated) == (70, 50, True)
    # Fewer than 50 before: nothing drops out.
    folded = tally.fold_skill("s", SkillInfo(4, 2, 0.5), [True, True])
    assert folded.accuracy == pytest.approx(4 / 6)
    # 50 new ones replace the whole window.
    folded = tally.fold_skill("s", SkillInfo(60, 0, 0.0), [True] * 55)
    assert folded.accuracy == 1.0 and not folded.estimated


def test_fold_skill_without_me() -> None:
    assert tally.fold_skill("s", None, []).accuracy is None
    assert tally.fold_skill("s", None, [True, False]).accuracy == 0.5


def _submit(outbox: Outbox, k: int, active_ms: int, answer: Any = "x", reward: Reward = USD) -> Any:
    body = a_body(f"b1-i{k}", answer={"scene": "urban"} if answer else None)
    body["active_ms"] = active_ms
    if not answer:
        body["answer"] = None
        body["skip_reason"] = "unreadable"
    return outbox.add(body, "p", reward)


def _set_created(store: Store, submission_id: str, at: float) -> None:
    with store.write() as conn:
        conn.execute("UPDATE outbox SET created_at = ? WHERE id = ?", (at, submission_id))


def test_the_figures(store: Store) -> None:
    outbox = Outbox(store)
    midnight = tally.local_midnight(time.time())
    now = midnight + 3600  # one in the morning, whatever the clock says
    yesterday = _submit(outbox, 0, 60_000)
    accepted = _submit(outbox, 1, 30_000)
    pending = _submit(outbox, 2, 30_000)
    skipped = _submit(outbox, 3, 20_000, answer=None)
    refused = _submit(outbox, 4, 10_000)
    waiting = _submit(outbox, 5, 10_000)
    for entry, status in ((accepted, "accepted"), (pending, "pending"), (skipped, "accepted")):
        outbox.uploaded(entry, wire.Accepted(201, entry.id, status, None), "p", True)
    outbox.refused(refused, ItemComplete(409, "item_complete", "Full.", {}))
    created = [midnight - 60, midnight + 100, midnight + 200, midnight + 1100, midnight + 1200]
    for entry, at in zip([yesterday, accepted, pending, skipped, refused], created, strict=True):
        _set_created(store, entry.id, at)
    _set_created(store, waiting.id, midnight + 1300)

    figures = tally.compute(
        outbox, store.profile(), session_started=midnight + 1000, online=False, now=now
    )
    assert figures.items_today == 5
    assert figures.active_ms_today == 100_000
    assert figures.pace_today == pytest.approx(5 * 3_600_000 / 100_000)
    assert figures.items_session == 3  # skipped, refused, waiting
    assert figures.pace_session == pytest.approx(3 * 3_600_000 / 40_000)
    # Accepted: one; pending: one under review and one not uploaded yet.
    assert figures.earnings_today == (tally.Earnings("USD", Decimal("0.05"), Decimal("0.10")),)
    assert figures.uploads_waiting == 2 and figures.refused == 1  # yesterday's still waits
    assert figures.online is False and figures.auth_needed is False
    assert figures.skills == {}


def test_skills_fold_verdicts_received_after_me(store: Store) -> None:
    outbox = Outbox(store)
    me = wire.parse_me(
        {
            "id": "u",
            "username": "amir",
            "roles": ["annotator"],
            "skills": {"streets": {"gold_answered": 2, "gold_passed": 2, "accuracy": 1.0}},
        }
    )
    store.save_me(me)
    time.sleep(0.01)  # verdicts strictly after the /me
    verdict = {"passed": False, "score": 0.2, "fields": {}}
    for k, (skill, counts) in enumerate([("streets", True), ("streets", False), ("audio", True)]):
        entry = _submit(outbox, k, 1000)
        outbox.uploaded(entry, wire.Accepted(201, entry.id, "accepted", verdict), skill, counts)
    figures = tally.compute(outbox, store.profile(), session_started=0, online=True)
    streets = figures.skills["streets"]
    assert streets.accuracy == pytest.approx(2 / 3) and streets.gold_answered == 3
    assert streets.estimated
    audio = figures.skills["audio"]
    assert audio.accuracy == 0.0 and audio.gold_answered == 1


def test_events_are_not_figures(store: Store) -> None:
    with store.write() as conn:
        record_event(conn, "item_shown", "p", "i", None, {"latency_ms": 12.5})
    events = store.events(kind="item_shown")
    assert events[0].data == {"latency_ms": 12.5} and events[0].item_id == "i"
    assert tally.pace(0, 0) is None


def test_an_answer_and_its_correction_waiting_together_are_one_item(store: Store) -> None:
    from labeler.client import amending
    from labeler.client.workitem import WorkItem

    outbox = Outbox(store)
    first = _submit(outbox, 1, 30_000)
    _submit(outbox, 2, 30_000)
    outbox.unsent(outbox.take(), "offline")  # tried offline: the first may have arrived

    def corrected(body: dict[str, Any], in_place: bool) -> dict[str, Any]:
        assert not in_place  # the server may hold the first: an amendment follows it
        return {**body, "id": "fix-1", "amends": body["id"], "answer": {"scene": "rural"}}

    amending.amend(store, first.id, corrected, WorkItem("b1-i1", "b1", "p", 1))
    assert len([e for e in outbox.entries() if e.state in ("waiting", "uploading")]) == 3
    figures = tally.compute(outbox, store.profile(), session_started=0, online=False)
    assert figures.uploads_waiting == 2  # two items: the corrected one and the other


def test_an_answer_and_its_correction_uploaded_together_are_one_item(store: Store) -> None:
    # What "Retry now" says it uploaded counts items as the waiting count does: an
    # answer and its correction are one ("Back online · 2 uploaded", not 3).
    from labeler.client import amending
    from labeler.client.workitem import WorkItem

    outbox = Outbox(store)
    first = _submit(outbox, 1, 30_000)
    _submit(outbox, 2, 30_000)
    outbox.unsent(outbox.take(), "offline")
    amending.amend(
        store,
        first.id,
        lambda body, _in_place: {**body, "id": "fix-1", "amends": body["id"]},
        WorkItem("b1-i1", "b1", "p", 1),
    )
    before = outbox.item_states()
    assert len(before.unsent) == outbox.waiting_items() == 2
    for entry in outbox.take():
        outbox.uploaded(entry, wire.Accepted(201, entry.id, "pending", None), "s", True)
    for entry in outbox.take():  # the correction goes once the answer it replaces is there
        outbox.uploaded(entry, wire.Accepted(201, entry.id, "pending", None), "s", True)
    after = outbox.item_states()
    assert after.unsent == frozenset() and after.settled_since(before) == (2, 0)
