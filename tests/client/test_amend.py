"""Corrections in the workspace and the outbox, against the real server: a correction of
an answer never sent rewrites it in place (one upload), a later one is an amendment that
uploads after the answer it corrects; what cannot be corrected says why."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest

from labeler.client import amending
from labeler.client.errors import ApiError, NotAmendable
from labeler.client.outbox import REFUSED, UPLOADED, UPLOADING, WAITING
from labeler.client.workitem import WorkItem
from labeler.client.workspace import Workspace
from tests.client.conftest import Caller, LiveServer, Recorder, User, wait_for
from tests.server.scenario import GOLD_ANSWER, build_world

pytestmark = pytest.mark.slow
WRONG = {"scene": "urban", "objects": []}
RIGHT = {"scene": "rural", "objects": []}
Opener = Callable[..., tuple[Workspace, Recorder]]


def _start(ws: Workspace, project_id: str, hold: bool = False) -> WorkItem:
    if hold:  # the uploader waits: what is submitted stays `waiting`, never attempted
        ws.engine.uploader.settle = 60.0
    ws.open_project(project_id, batch_size=3)
    item: WorkItem = wait_for(ws.next_item, 15, "an item")
    return item


def _submit(ws: Workspace, item: WorkItem, answer: Any = WRONG) -> str:
    return ws.submit(item, answer, started_at=datetime.now(UTC), active_ms=700)


def _amend(ws: Workspace, sub_id: str, item: WorkItem, answer: Any = RIGHT, **kw: Any) -> str:
    return ws.amend(sub_id, item, answer, started_at=datetime.now(UTC), active_ms=400, **kw)


def _uploaded(ws: Workspace, sub_id: str) -> None:
    wait_for(lambda: (e := ws.engine.outbox.get(sub_id)) is not None and e.state == UPLOADED)


def _on_server(lead: Caller, item_id: str, trail: bool = False) -> list[dict[str, Any]]:
    query = "?trail=true" if trail else ""
    r = lead.get(f"/items/{item_id}{query}")
    assert r.status_code == 200, r.text
    return r.json()["submissions"]  # type: ignore[no-any-return]


def test_a_correction_before_upload_rewrites_the_entry_in_place(
    server: LiveServer, lead: Caller, annotator: User, open_workspace: Opener
) -> None:
    world = build_world(lead, real=3, gold=0, review_rate=0.0)
    ws, rec = open_workspace(server, annotator)
    item = _start(ws, world.project_id, hold=True)
    first = _submit(ws, item)
    assert _amend(ws, first, item) == first  # the same id: one upload, never both
    entries = ws.outbox()
    assert [(e.id, e.state, e.attempts) for e in entries] == [(first, WAITING, 0)]
    assert entries[0].body["answer"] == RIGHT and entries[0].active_ms == 1100
    assert entries[0].corrected_at is not None and entries[0].amends is None
    ws.engine.uploader.settle = 0.0
    ws.engine.nudge()
    _uploaded(ws, first)
    assert [s["answer"] for s in _on_server(lead, item.id, trail=True)] == [RIGHT]
    assert ws.tally().items_today == 1
    row = ws.history().rows[0]
    assert row.submission_id == first and row.corrected_at is not None


def test_a_correction_after_upload_is_an_amendment(
    server: LiveServer, lead: Caller, annotator: User, open_workspace: Opener
) -> None:
    reward = {"amount": "0.10", "currency": "USD"}
    world = build_world(lead, real=3, gold=0, review_rate=0.0, reward=reward)
    ws, rec = open_workspace(server, annotator)
    item = _start(ws, world.project_id)
    first = _submit(ws, item)
    _uploaded(ws, first)
    recent = ws.answered()
    assert [(a.item.id, a.entry.id, a.answer, a.blocked) for a in recent] == [
        (item.id, first, WRONG, None)
    ]
    fix = _amend(ws, first, item)
    assert fix != first
    _uploaded(ws, fix)
    old, new = ws.engine.outbox.get(first), ws.engine.outbox.get(fix)
    assert old is not None and new is not None
    assert (old.amended_by, old.status) == (fix, "amended")
    assert (new.amends, new.body["amends"], new.active_ms) == (first, first, 400)
    assert [(s["id"], s["answer"]) for s in _on_server(lead, item.id)] == [(fix, RIGHT)]
    trail = {s["id"]: s["status"] for s in _on_server(lead, item.id, trail=True)}
    assert trail == {first: "amended", fix: "accepted"}
    # The item counts once, earns once; the history shows the correction with when.
    figures = ws.tally()
    assert figures.items_today == 1 and figures.active_ms_today == 1100
    assert [e.accepted for e in figures.earnings_today] == [Decimal("0.10")]
    rows = ws.history().rows
    assert [(r.submission_id, r.corrected_at is not None) for r in rows] == [(fix, True)]
    assert ws.answered()[0].entry.id == fix
    # What the answer took, without its correction's time (the server keeps them apart).
    assert ws.answered()[0].spent_ms == 700
    # A correction of the correction: the newest only.
    with pytest.raises(NotAmendable, match="corrected already"):
        _amend(ws, first, item)
    again = _amend(ws, fix, item, None, skip_reason="the picture is blank")
    _uploaded(ws, again)
    assert _on_server(lead, item.id)[0]["skip_reason"] == "the picture is blank"
    assert rec.calls("submission_refused") == []


def test_an_amendment_waits_for_the_answer_it_corrects(
    server: LiveServer, lead: Caller, annotator: User, open_workspace: Opener
) -> None:
    world = build_world(lead, real=3, gold=0)
    ws, _ = open_workspace(server, annotator)
    item = _start(ws, world.project_id, hold=True)
    outbox = ws.engine.outbox
    first = _submit(ws, item)
    [taken] = outbox.take()  # an attempt under way: the server may hold it already
    fix = _amend(ws, first, item)
    assert fix != first
    # Taken again (a crash would leave it `uploading`), its amendment not yet.
    assert [e.id for e in outbox.take()] == [first]
    outbox.unsent([taken], "offline")
    ws.engine.uploader.settle = 0.0
    ws.engine.nudge()
    _uploaded(ws, fix)
    assert [s["answer"] for s in _on_server(lead, item.id)] == [RIGHT]


def test_a_refused_answer_cannot_be_corrected_and_takes_its_amendment_with_it(
    server: LiveServer, lead: Caller, annotator: User, open_workspace: Opener
) -> None:
    world = build_world(lead, real=3, gold=0)
    ws, _ = open_workspace(server, annotator)
    item = _start(ws, world.project_id, hold=True)
    outbox = ws.engine.outbox
    first = _submit(ws, item)
    [taken] = outbox.take()
    fix = _amend(ws, first, item)
    complete = ApiError(409, "item_complete", "This item has all the answers it needs.")
    cascaded = outbox.refused(taken, complete)
    assert [e.id for e in cascaded] == [fix]
    refused = outbox.get(fix)
    assert refused is not None and refused.state == REFUSED
    assert refused.last_error == (
        "The answer it corrects was refused: This item has all the answers it needs."
    )
    [back] = ws.answered()
    assert back.entry.id == first and back.entry.amended_by is None
    assert back.blocked is not None and "refused" in back.blocked
    with pytest.raises(NotAmendable, match="refused"):
        _amend(ws, first, item)
    rows = ws.history().rows
    assert {r.submission_id for r in rows} == {first, fix}


def test_the_server_refusal_of_an_amendment_is_kept_and_undone_locally(
    server: LiveServer, lead: Caller, annotator: User, open_workspace: Opener
) -> None:
    world = build_world(lead, real=3, gold=0, review_rate=1.0)
    ws, rec = open_workspace(server, annotator)
    item = _start(ws, world.project_id)
    first = _submit(ws, item)
    _uploaded(ws, first)
    r = lead.post(f"/submissions/{first}/review", json={"decision": "accept"})
    assert r.status_code == 200
    fix = _amend(ws, first, item)
    wait_for(lambda: rec.calls("submission_refused"), what="the refusal")
    [(sub_id, item_id, code, message)] = rec.calls("submission_refused")
    assert (sub_id, item_id, code) == (fix, item.id, "not_amendable")
    assert "reviewed" in message
    kept = ws.engine.outbox.get(first)
    assert kept is not None and kept.amended_by is None
    assert ws.answered()[0].entry.id == first
    assert [s["answer"] for s in _on_server(lead, item.id)] == [WRONG]


def test_gold_with_a_verdict_and_an_ended_lease_cannot_be_corrected(
    server: LiveServer, lead: Caller, annotator: User, open_workspace: Opener
) -> None:
    world = build_world(lead, real=0, gold=2, gold_ratio_new=1.0, training=True)
    ws, _ = open_workspace(server, annotator)
    item = _start(ws, world.project_id)
    assert item.training is not None
    first = _submit(ws, item, GOLD_ANSWER)
    [shown] = ws.answered()
    assert shown.blocked == amending.GOLD_SHOWN  # the training verdict shows at once
    with pytest.raises(NotAmendable) as refused:
        _amend(ws, first, item)
    assert refused.value.message == (
        "The answer to a control item cannot be changed once its verdict was shown."
    )

    other = build_world(lead, real=3, gold=0)
    ws.close_project()
    item = _start(ws, other.project_id)
    sub_id = _submit(ws, item)
    _uploaded(ws, sub_id)
    ws.release_project(other.project_id)
    with pytest.raises(NotAmendable, match="lease on this item has ended"):
        _amend(ws, sub_id, item)
    assert ws.answered() == []  # a released batch is not gone back to


def test_a_correction_is_checked_like_an_answer(
    server: LiveServer, lead: Caller, annotator: User, open_workspace: Opener
) -> None:
    world = build_world(lead, real=3, gold=0)
    ws, _ = open_workspace(server, annotator)
    item = _start(ws, world.project_id, hold=True)
    first = _submit(ws, item)
    with pytest.raises(ValueError, match="reason"):
        _amend(ws, first, item, None)
    with pytest.raises(Exception, match="scene"):
        _amend(ws, first, item, {"scene": "mars", "objects": []})
    entry = ws.engine.outbox.get(first)
    assert (
        entry is not None
        and entry.body["answer"] == WRONG
        and entry.state
        in (
            WAITING,
            UPLOADING,
        )
    )
