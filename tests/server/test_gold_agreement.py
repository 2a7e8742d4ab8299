"""One set of submissions read by every reader the workbench has: `/me` earnings, the
client's ledger and dashboard tiles and day chart, History's words and rewards, the review
queue, the lead's gold page (item detail and item figures) and the analytics. They must
all say the same about what was accepted, rejected and paid, under the gold rule."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

import pytest

from labeler.client import analytics, dashboard, reviewing, wire
from labeler.client.curation import parse_item_detail, parse_item_page
from labeler.client.history import server_row
from labeler.client.ownhistory import entry_from_row
from tests.server.factories import BAD, GOOD, lease, make_project, submission

pytest.importorskip("PySide6")

from labeler.ui.dashboard.charts import day_tip  # noqa: E402
from labeler.ui.dashboard.tiles import Tiles  # noqa: E402
from labeler.ui.pages.history_model import reward_text, state_text  # noqa: E402

REWARD = Decimal("0.20")
WORDS = {"accepted": "✓ Accepted", "rejected": "✕ Rejected", "pending": "Pending review"}


def _walk(database: Any, annotator: Any, reviewer: Any, lead: Any) -> tuple[str, dict[str, str]]:
    """Four real answers (one rejected by review, one left pending) and four gold ones:
    passed, missed, missed and contested (upheld), missed and contested (dismissed)."""
    world = make_project(
        database, real=4, gold=4, gold_ratio_new=0.5, review_rate=1.0, reward_amount="0.20"
    )
    batch = lease(annotator, world.project_id, 8)
    gold = world.gold_ids
    answers = {gold[0]: GOOD, gold[1]: BAD, gold[2]: BAD, gold[3]: BAD}
    ids = {}
    for item in batch["items"]:
        body = submission(batch, item["id"], answers.get(item["id"], {"sentiment": "neutral"}))
        assert annotator.post("/submissions", json=body).status_code == 201
        ids[item["id"]] = body["id"]
    real = [ids[i] for i in world.real_ids]
    for sub_id, decision in zip(real[:3], ("accept", "accept", "reject"), strict=True):
        body = {"decision": decision, "reason": "wrong sentiment"}
        assert reviewer.post(f"/submissions/{sub_id}/review", json=body).status_code == 200
    for item_id, decision in ((gold[2], "uphold"), (gold[3], "dismiss")):
        r = annotator.post(f"/submissions/{ids[item_id]}/contest", json={"reason": "It is."})
        assert r.status_code == 201
        body: dict[str, Any] = {"decision": decision, "reply": "Looked again."}
        if decision == "uphold":
            body["gold"] = {"answer": {"sentiment": "negative"}, "hint": "Still negative."}
        assert lead.post(f"/contests/{r.json()['id']}/resolve", json=body).status_code == 200
    expected = {
        real[0]: "accepted",
        real[1]: "accepted",
        real[2]: "rejected",
        real[3]: "pending",
        ids[gold[0]]: "accepted",
        ids[gold[1]]: "rejected",
        ids[gold[2]]: "accepted",  # upheld: accepted and paid though it still misses
        ids[gold[3]]: "rejected",
    }
    return world.project_id, expected


def test_every_reader_agrees_on_status_and_pay(
    database: Any, annotator: Any, reviewer: Any, lead: Any, qtbot: Any
) -> None:
    project_id, expected = _walk(database, annotator, reviewer, lead)
    counts = {s: sum(v == s for v in expected.values()) for s in WORDS}
    assert counts == {"accepted": 4, "rejected": 3, "pending": 1}
    money = {s: f"{REWARD * counts[s]:.2f}" for s in WORDS}

    # The task server's own: /me earnings.
    me = annotator.get("/me").json()
    assert me["earnings"] == {
        "currency": "USD",
        "approved": money["accepted"],
        "pending": money["pending"],
        "rejected": money["rejected"],
    }

    # History, as the workbench reads and shows it.
    page = wire.parse_history(annotator.get("/submissions?mine=true&limit=200").json())
    rows = {e.id: server_row(e, None) for e in page.entries}
    assert {i: r.state for i, r in rows.items()} == expected
    for sub_id, row in rows.items():
        assert state_text(row) == WORDS[expected[sub_id]]
        paid = {"accepted": "0.20 USD", "pending": "0.20 USD pending", "rejected": "not paid"}
        assert reward_text(row) == paid[expected[sub_id]], state_text(row)

    # The client's ledger, the dashboard's tiles and its day chart.
    projects = dashboard.projects_by_id(
        [wire.parse_project(p) for p in annotator.get("/projects").json()["projects"]]
    )
    entries = [entry_from_row(r) for r in rows.values()]
    shown = dashboard.summarize(
        entries, projects, wire.parse_me(me), now=datetime.now().astimezone()
    )
    totals = shown.totals
    assert (totals.accepted, totals.rejected, totals.pending) == (4, 3, 1)
    assert totals.money("USD") == dashboard.Money(
        Decimal(money["accepted"]), Decimal(money["pending"]), Decimal(money["rejected"])
    )
    tiles = Tiles()
    qtbot.addWidget(tiles)
    tiles.show_dashboard(shown)
    assert tiles.earned.value.text() == f"{money['accepted']} USD"
    assert tiles.waiting.value.text() == "1"
    assert tiles.rejected.value.text() == "3"
    assert tiles.rejected.note.text() == f"{money['rejected']} USD not earned"
    tip = day_tip(shown.days[-1])
    assert "4 approved, 1 pending, 3 rejected" in tip
    assert f"{money['accepted']} USD earned, {money['pending']} USD pending" in tip
    missed = [r for r in shown.rejections if r.reason == "missed a control item"]
    assert missed and missed[0].count == 2

    # The review queue: nothing gold waits; every status as above.
    queue = reviewing.parse_queue(
        reviewer.get(f"/review/queue?project_id={project_id}&status=any&limit=200").json()
    )
    assert {e.id: e.status for e in queue.entries} == expected
    pending = reviewer.get(f"/review/queue?project_id={project_id}").json()["submissions"]
    assert [e["id"] for e in pending] == [i for i, s in expected.items() if s == "pending"]

    # The lead's gold page: each item's submissions and its accepted count.
    items = parse_item_page(lead.get(f"/projects/{project_id}/items?limit=500").json())
    for curated in items.items:
        detail = parse_item_detail(lead.get(f"/items/{curated.id}").json())
        statuses = {s.id: s.status for s in detail.submissions}
        assert statuses == {i: expected[i] for i in statuses}
        assert curated.accepted == sum(s == "accepted" for s in statuses.values())

    # The analytics: accepted, rejected and the acceptance rate.
    stats = analytics.parse_stats(lead.get(f"/projects/{project_id}/stats").json())
    figures = stats.annotator(annotator.user["username"])
    assert figures is not None
    assert (figures.accepted, figures.rejected) == (4, 3)
    assert figures.acceptance_rate == pytest.approx(4 / 7)


def test_gold_accuracy_leaves_out_withdrawn_verdicts(
    database: Any, annotator: Any, lead: Any
) -> None:
    """Gold accuracy counts the verdicts that still count, as they stand now: a withdrawn
    verdict (the item's gold removed, by an uphold or by the lead) counts nowhere, and a
    re-scored one counts as re-scored. `/me`, the analytics and the dashboard agree."""
    world = make_project(database, real=4, gold=4, gold_ratio_new=0.5, reward_amount="0.20")
    batch = lease(annotator, world.project_id, 8)
    gold = world.gold_ids
    answers = {gold[0]: GOOD, gold[1]: BAD, gold[2]: BAD, gold[3]: BAD}
    ids = {}
    for item in batch["items"]:
        body = submission(batch, item["id"], answers.get(item["id"], {"sentiment": "neutral"}))
        assert annotator.post("/submissions", json=body).status_code == 201
        ids[item["id"]] = body["id"]
    # Upheld by removing the item's gold; removed by the lead; upheld by a correction.
    resolutions: list[tuple[str, Any]] = [(gold[1], None), (gold[3], {"sentiment": "positive"})]
    for item_id, answer in resolutions:
        r = annotator.post(f"/submissions/{ids[item_id]}/contest", json={"reason": "It is."})
        assert r.status_code == 201
        body = {"decision": "uphold", "gold": answer and {"answer": answer}}
        assert lead.post(f"/contests/{r.json()['id']}/resolve", json=body).status_code == 200
    assert lead.delete(f"/items/{gold[2]}/gold").status_code == 204
    # What still counts: gold[0] passed, gold[3] passes the corrected answer.
    counted, passed = 2, 2

    me = wire.parse_me(annotator.get("/me").json())
    skill = me.skills[world.project_id]
    assert (skill.gold_answered, skill.gold_passed) == (counted, passed)
    assert skill.accuracy == pytest.approx(passed / counted)

    stats = analytics.parse_stats(lead.get(f"/projects/{world.project_id}/stats").json())
    figures = stats.annotator(annotator.user["username"])
    assert figures is not None
    assert (figures.gold_answered, figures.gold_passed) == (counted, passed)
    assert figures.gold_accuracy == pytest.approx(passed / counted)

    page = wire.parse_history(annotator.get("/submissions?mine=true&limit=200").json())
    entries = [entry_from_row(server_row(e, None)) for e in page.entries]
    projects = dashboard.projects_by_id(
        [wire.parse_project(p) for p in annotator.get("/projects").json()["projects"]]
    )
    shown = dashboard.summarize(entries, projects, me, now=datetime.now().astimezone())
    assert (shown.totals.gold_answered, shown.totals.gold_passed) == (counted, passed)
    assert shown.totals.gold_accuracy == pytest.approx(passed / counted)
    (project,) = shown.projects
    assert project.figures.gold_accuracy == pytest.approx(passed / counted)
    series = shown.series[world.project_id]
    assert len(series) == counted
    assert series[-1].accuracy == pytest.approx(skill.accuracy)
