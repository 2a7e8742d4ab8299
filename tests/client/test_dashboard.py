"""The annotator's dashboard figures: pure functions over made-up histories (days across
midnight and time zones, empty history, only skips, rejections without a reason, no
gold, the next pool to unlock, the CSV export), paging with a cap, and the whole thing
against the real task server."""

from __future__ import annotations

import csv
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from labeler.client import wire
from labeler.client.api import TaskServer
from labeler.client.dashboard import (
    CSV_COLUMNS,
    Entry,
    ProjectInfo,
    Requirement,
    by_day,
    by_project,
    export_csv,
    figures,
    gold_series,
    last_days,
    load_history,
    next_pool,
    project_info,
    projects_by_id,
    read,
    rejections,
    summarize,
)
from labeler.client.errors import BadResponse, Conflict, Offline, Unauthenticated
from labeler.client.history import History, HistoryRow, contest_refused, local_row, server_row
from labeler.client.outbox import OutboxEntry
from labeler.client.ownhistory import entry_from_row, entry_from_wire, is_skip
from labeler.client.reviewing import ReviewClient
from labeler.client.unlock import goal_text, more_gold_needed, requirement_line
from tests.client.conftest import LiveServer, User
from tests.server.scenario import now

USD = "USD"
KARACHI = ZoneInfo("Asia/Karachi")
NEW_YORK = ZoneInfo("America/New_York")


def at(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


def entry(
    when: str = "2026-03-02T10:00:00Z",
    *,
    status: str = "accepted",
    project: str = "street",
    active_ms: int = 6000,
    reward: str | None = "0.05",
    skipped: bool | None = False,
    gold: bool | None = None,
    reason: str | None = None,
    comment: str | None = None,
) -> Entry:
    return Entry(
        id=str(uuid.uuid4()),
        item_id=str(uuid.uuid4()),
        project_id=project,
        status=status,
        submitted_at=at(when),
        active_ms=active_ms,
        reward=wire.Reward(Decimal(reward), USD) if reward is not None else None,
        skipped=skipped,
        gold_passed=gold,
        gold_score=None if gold is None else float(gold),
        decision="reject" if status == "rejected" else None,
        reason=reason,
        comment=comment,
        reviewer="qa" if status == "rejected" else None,
    )


STREET = ProjectInfo("street", "Street scenes", "street", reward=wire.Reward(Decimal("0.05"), USD))
TRAINING = ProjectInfo("street-training", "Street — training", "street", training=True)
PRO = ProjectInfo(
    "street-pro",
    "Street scenes — pro",
    "street-pro",
    reward=wire.Reward(Decimal("0.06"), USD),
    requirement=Requirement("street", 0.92, 20),
    eligible=False,
    locked_reason="needs 92% accuracy on street over ≥ 20 control items",
)
PROJECTS = {p.id: p for p in (STREET, TRAINING, PRO)}


def me_with(skills: dict[str, tuple[int, int, float | None]]) -> wire.Me:
    return wire.Me(
        wire.User("u1", "demo", ("annotator",)),
        {s: wire.SkillInfo(n, p, a) for s, (n, p, a) in skills.items()},
        {},
    )


# -- days, time zones, figures -----------------------------------------------------------------


def test_days_follow_the_local_calendar_across_midnight() -> None:
    late = entry("2026-03-01T18:30:00Z")  # 23:30 in Karachi
    early = entry("2026-03-01T19:30:00Z")  # 00:30 the next day in Karachi
    in_karachi = by_day([late, early], PROJECTS, KARACHI)
    assert [d.day for d in in_karachi] == [date(2026, 3, 1), date(2026, 3, 2)]
    assert [d.figures.items for d in in_karachi] == [1, 1]
    in_utc = by_day([late, early], PROJECTS, UTC)
    assert [(d.day, d.figures.items) for d in in_utc] == [(date(2026, 3, 1), 2)]
    # New York is behind UTC: both are still on 1 March there.
    assert [d.day for d in by_day([late, early], PROJECTS, NEW_YORK)] == [date(2026, 3, 1)]
    # A fixed offset works as well as a named zone.
    plus14 = timezone(timedelta(hours=14))
    assert [d.day for d in by_day([late, early], PROJECTS, plus14)] == [date(2026, 3, 2)]


def test_today_is_the_local_day_of_now() -> None:
    entries = [entry("2026-03-01T19:30:00Z"), entry("2026-03-01T12:00:00Z")]
    shown = summarize(entries, PROJECTS, None, now=at("2026-03-02T08:00:00Z"), tz=KARACHI)
    assert shown.day == date(2026, 3, 2)
    assert shown.today.items == 1 and shown.totals.items == 2


def test_last_days_fill_the_days_without_work() -> None:
    days = by_day([entry("2026-03-01T10:00:00Z"), entry("2026-03-04T10:00:00Z")], PROJECTS, UTC)
    span = last_days(days, date(2026, 3, 5), 7)
    assert [d.day.day for d in span] == [27, 28, 1, 2, 3, 4, 5]
    assert [d.figures.items for d in span] == [0, 0, 1, 0, 0, 1, 0]


def test_items_active_hours_and_pace() -> None:
    entries = [entry(active_ms=1_800_000), entry(active_ms=1_800_000), entry(active_ms=0)]
    f = figures(entries, PROJECTS)
    assert f.items == 3 and f.active_ms == 3_600_000
    assert f.active_hours == pytest.approx(1.0)
    assert f.items_per_hour == pytest.approx(3.0)


def test_earnings_only_accepted_work_earns() -> None:
    entries = [
        entry(status="accepted", reward="0.05"),
        entry(status="accepted", reward="0.05"),
        entry(status="pending", reward="0.05"),
        entry(status="waiting", reward="0.05"),  # not uploaded yet: still pending
        entry(status="rejected", reward="0.05"),
        entry(status="refused", reward="0.05"),  # the server would not store it
        entry(status="accepted", reward="0", skipped=True),
    ]
    f = figures(entries, PROJECTS)
    money = f.money(USD)
    assert money.approved == Decimal("0.10")
    assert money.pending == Decimal("0.10")
    assert money.rejected == Decimal("0.05")
    assert (f.accepted, f.pending, f.rejected, f.refused, f.skips) == (3, 2, 1, 1, 1)


def test_empty_history() -> None:
    shown = summarize([], PROJECTS, None, now=at("2026-03-02T08:00:00Z"), tz=UTC)
    assert shown.today.items == 0 and shown.today.items_per_hour is None
    assert shown.today.gold_accuracy is None and shown.totals.earnings == {}
    assert shown.days == () and shown.projects == () and shown.rejections == ()
    assert shown.currency is None
    # The locked pool is still the next one, and it needs everything.
    assert shown.goal is not None and shown.goal.project_id == "street-pro"
    assert shown.goal.more_gold == 20
    assert shown.goal.text == "20 more control items at ≥ 92%; you have no control items yet."
    assert shown.skills == ("street",) and shown.series["street"] == ()
    assert shown.requirement["street"] == pytest.approx(0.92)


def test_only_skips() -> None:
    skips = [entry(skipped=True, reward="0", status="pending") for _ in range(3)]
    f = figures(skips, PROJECTS)
    assert f.items == 3 and f.skips == 3
    assert f.earnings == {}
    # The server's history does not say "skip": a paid project's zero reward does.
    unknown = [entry(skipped=None, reward="0", status="accepted") for _ in range(2)]
    assert figures(unknown, PROJECTS).skips == 2
    assert not is_skip(entry(skipped=None, reward="0", project="free"), PROJECTS)


def test_a_rejection_without_a_reason() -> None:
    entries = [
        entry("2026-03-01T10:00:00Z", status="rejected"),
        entry("2026-03-02T10:00:00Z", status="rejected", reason="  "),
        entry("2026-03-02T11:00:00Z", status="rejected", reason="Wrong label", comment="Rural."),
        entry("2026-03-02T12:00:00Z", status="rejected", reason="Wrong label"),
        entry("2026-03-02T13:00:00Z", status="rejected", reason="Wrong label", comment="Trees!"),
        entry(status="accepted", reason="ignored: not a rejection"),
    ]
    found = rejections(entries)
    assert [(r.reason, r.count) for r in found] == [("Wrong label", 3), ("No reason given", 2)]
    assert [c.text for c in found[0].comments] == ["Trees!", "Rural."]  # newest first
    assert found[0].last_at == at("2026-03-02T13:00:00Z")
    assert found[1].comments == ()
    assert len(rejections(entries * 2, comments=1)[0].comments) == 1


def test_gold_accuracy_with_no_gold() -> None:
    entries = [entry(), entry(status="pending")]
    shown = summarize(entries, PROJECTS, None, now=at("2026-03-02T12:00:00Z"), tz=UTC)
    assert shown.totals.gold_answered == 0 and shown.totals.gold_accuracy is None
    assert gold_series(entries, PROJECTS, "street") == []


def test_gold_series_is_a_rolling_window_and_leaves_out_training() -> None:
    start = at("2026-03-01T00:00:00Z")
    entries = [entry((start + timedelta(minutes=i)).isoformat(), gold=i >= 10) for i in range(60)]
    entries.append(entry("2026-03-01T00:30:00Z", project="street-training", gold=False))
    series = gold_series(entries, PROJECTS, "street", window=50)
    assert len(series) == 60
    assert series[0].accuracy == 0.0 and series[0].window == 1
    assert series[49].accuracy == pytest.approx(40 / 50)
    assert series[-1].accuracy == 1.0 and series[-1].window == 50
    assert [p.at for p in series] == sorted(p.at for p in series)


def test_per_project_figures_most_items_first() -> None:
    entries = [entry(project="street")] * 2 + [entry(project="gone-project", reward=None)]
    rows = by_project(entries, PROJECTS)
    assert [(r.project_id, r.name, r.figures.items) for r in rows] == [
        ("street", "Street scenes", 2),
        ("gone-project", "gone-project", 1),
    ]


# -- the next pool ------------------------------------------------------------------------------


def test_more_gold_needed_when_accuracy_is_short() -> None:
    req = Requirement("street", 0.92, 20)
    newest = [True] * 15 + [False] * 2  # 88.2 % over 17
    more, all_passed = more_gold_needed(req, newest, 17)
    # (15 + k) / (17 + k) ≥ 0.92 from k = 8 on.
    assert (more, all_passed) == (8, True)
    assert goal_text(req, 17, 15 / 17, more, all_passed, False) == (
        "8 more control items, all passed, to reach ≥ 92%; you are at 88.2% over 17."
    )


def test_more_gold_needed_when_only_the_count_is_short() -> None:
    req = Requirement("street", 0.92, 20)
    assert more_gold_needed(req, [True] * 17, 17) == (3, False)
    assert goal_text(req, 17, 1.0, 3, False, False) == (
        "3 more control items at ≥ 92%; you are at 100.0% over 17."
    )


def test_more_gold_needed_over_a_full_window_depends_on_what_drops_out() -> None:
    req = Requirement("street", 0.92, 20)
    # 45 of the newest 50 passed; the 5 misses are the OLDEST: 3 passes push 3 out…
    old_misses = [True] * 45 + [False] * 5
    assert more_gold_needed(req, old_misses, 80) == (1, True)  # 46/50 = 92 %
    # …but when they are the newest, every pass pushes out another pass.
    new_misses = [False] * 5 + [True] * 45
    assert more_gold_needed(req, new_misses, 80) == (46, True)


def test_the_closest_locked_pool_is_next() -> None:
    far = ProjectInfo(
        "audio-pro",
        "Audio — pro",
        "audio-pro",
        requirement=Requirement("audio", 0.95, 50),
        eligible=False,
    )
    open_pool = ProjectInfo(
        "easy-pro", "Easy", "easy", requirement=Requirement("street", 0.5, 1), eligible=True
    )
    projects = {**PROJECTS, far.id: far, open_pool.id: open_pool}
    history = [
        entry((at("2026-03-01T00:00:00Z") + timedelta(minutes=i)).isoformat(), gold=i % 9 != 0)
        for i in range(17)
    ]
    me = me_with({"street": (17, 15, 15 / 17)})
    goal = next_pool(projects, me, history)
    assert goal is not None and goal.project_id == "street-pro"
    assert goal.gold_answered == 17 and not goal.estimated
    assert goal.more_gold == 8 and goal.all_passed
    assert goal.locked_reason and "92%" in goal.locked_reason
    assert requirement_line(projects, "street", goal) == pytest.approx(0.92)
    assert requirement_line(projects, "nothing", goal) is None


def test_next_pool_without_history_is_an_estimate() -> None:
    me = me_with({"street": (80, 70, 0.88)})
    goal = next_pool(PROJECTS, me, [])
    assert goal is not None and goal.estimated and goal.all_passed
    assert goal.text.startswith("About ")
    assert "over your last 50 of 80" in goal.text


def test_no_locked_pool_no_goal() -> None:
    unlocked = {**PROJECTS, "street-pro": ProjectInfo("street-pro", "Pro", "p", eligible=True)}
    assert next_pool(unlocked, None, []) is None
    met = next_pool(PROJECTS, me_with({"street": (25, 25, 1.0)}), [])
    assert met is not None and met.more_gold == 0
    assert met.text.startswith("You meet it now")


def test_a_malformed_requirement_reads_as_none() -> None:
    raw = {
        "id": "p",
        "name": "P",
        "media": "image",
        "schema_version": 1,
        "requirement": {"skill": 7, "min_accuracy": "high", "min_gold": -1},
    }
    assert project_info(wire.parse_project(raw)).requirement is None
    raw["requirement"] = {"min_accuracy": 0.9, "min_gold": True}
    info = project_info(wire.parse_project(raw))
    assert info.requirement == Requirement("p", 0.9, 0)


# -- conversions -------------------------------------------------------------------------------


def test_entries_from_the_wire_and_the_outbox() -> None:
    page = wire.parse_history(
        {
            "submissions": [
                {
                    "id": "s1",
                    "item_id": "i1",
                    "project_id": "street",
                    "status": "rejected",
                    "review": {
                        "decision": "reject",
                        "reason": "Wrong label",
                        "comment": "ہ is a rural sign",
                        "reviewer": {"id": "r", "username": "qa"},
                    },
                    "reward": {"amount": "0.05", "currency": USD},
                    "gold": {"passed": False, "score": 0.5, "fields": {}},
                    "submitted_at": "2026-03-02T10:00:00Z",
                    "active_ms": 4200,
                }
            ],
            "next_cursor": None,
        }
    )
    e = entry_from_wire(page.entries[0])
    assert (e.reason, e.comment, e.reviewer) == ("Wrong label", "ہ is a rural sign", "qa")
    assert e.gold_passed is False and e.gold_score == 0.5 and e.skipped is None
    refused = HistoryRow(
        "s2", "i2", "street", "refused", at("2026-03-02T11:00:00Z"), 100, False,
        None, None, None, "The item is complete.",
    )  # fmt: skip
    r = entry_from_row(refused)
    assert r.status == "refused" and r.reason is None and r.skipped is False


# -- paging ------------------------------------------------------------------------------------


class PagedServer:
    """A `history` that pages through made-up submissions, newest first."""

    def __init__(self, count: int, fail_at: int | None = None) -> None:
        start = at("2026-03-01T00:00:00Z")
        self.entries = [
            wire.HistoryEntry(
                f"s{i:05d}", f"i{i}", "street", "accepted", None, None, None,
                start + timedelta(minutes=count - i), 1000,
            )
            for i in range(count)
        ]  # fmt: skip
        self.calls: list[tuple[int, str | None]] = []

    def history(self, *, limit: int = 50, cursor: str | None = None) -> wire.HistoryPage:
        self.calls.append((limit, cursor))
        start = int(cursor or 0)
        end = start + limit
        more = str(end) if end < len(self.entries) else None
        return wire.HistoryPage(tuple(self.entries[start:end]), more)


def test_load_history_pages_to_the_end_with_progress() -> None:
    source = PagedServer(450)
    seen: list[int] = []
    loaded = load_history(source, progress=seen.append)
    assert loaded.complete and not loaded.capped and loaded.online
    assert len(loaded.entries) == 450 and len({e.id for e in loaded.entries}) == 450
    assert seen == [200, 400, 450]
    assert [c[1] for c in source.calls] == [None, "200", "400"]


def test_load_history_stops_at_the_cap_and_when_asked() -> None:
    capped = load_history(PagedServer(450), cap=250)
    assert capped.capped and not capped.complete and len(capped.entries) == 250
    stopped = load_history(PagedServer(450), should_stop=lambda: True)
    assert not stopped.complete and not stopped.capped and len(stopped.entries) == 200
    with pytest.raises(ValueError):
        load_history(PagedServer(1), page_size=500)


class OfflineWorkspace:
    """A workspace whose server is gone: the outbox's rows only."""

    def history(self, *, limit: int = 50, cursor: str | None = None) -> History:
        row = HistoryRow(
            "s1", "i1", "street", "waiting", at("2026-03-02T11:00:00Z"), 100, False,
            wire.Reward(Decimal("0.05"), USD), None, None, None,
        )  # fmt: skip
        return History((row, row), None, False, None)


def test_load_history_from_an_offline_workspace() -> None:
    loaded = load_history(OfflineWorkspace())
    assert loaded.complete and not loaded.online
    assert [e.id for e in loaded.entries] == ["s1"]  # one row, however often it is seen
    assert figures(loaded.entries, PROJECTS).money(USD).pending == Decimal("0.05")


# -- CSV ---------------------------------------------------------------------------------------


def test_export_csv_writes_one_row_per_submission(tmp_path: Path) -> None:
    entries = [
        entry(status="accepted"),
        entry(status="rejected", reason="=HYPERLINK(1)", comment="اردو تبصرہ"),
        entry(status="pending", skipped=None, reward="0", project="gone"),
    ]
    path = tmp_path / "history.csv"
    assert export_csv(entries, path, PROJECTS) == 3
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")  # plain UTF-8
    rows = list(csv.DictReader(raw.decode("utf-8").splitlines()))
    assert list(rows[0]) == list(CSV_COLUMNS) and len(rows) == 3
    assert rows[0]["project"] == "Street scenes" and rows[0]["earned"] == "0.05"
    assert rows[1]["earned"] == "0" and rows[1]["review_reason"] == "'=HYPERLINK(1)"
    assert rows[1]["review_comment"] == "اردو تبصرہ" and rows[1]["reviewer"] == "qa"
    assert rows[2]["skipped"] == "" and rows[2]["project"] == ""  # unknown, not guessed
    assert rows[0]["submitted_at"] == "2026-03-02T10:00:00Z"


def test_export_csv_is_atomic(tmp_path: Path) -> None:
    path = tmp_path / "history.csv"
    path.write_text("the earlier export\n", encoding="utf-8")

    def broken() -> Iterator[Entry]:
        yield entry()
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        export_csv(broken(), path, PROJECTS)
    assert path.read_text(encoding="utf-8") == "the earlier export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["history.csv"]


def test_export_csv_with_no_submissions_is_a_header(tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    assert export_csv([], path) == 0
    assert path.read_text(encoding="utf-8").strip() == ",".join(CSV_COLUMNS)


# -- against the real server -------------------------------------------------------------------

CHOICE_SCHEMA: dict[str, Any] = {
    "title": "Scene",
    "media": "text",
    "fields": [
        {
            "name": "scene",
            "kind": "choice",
            "labels": [{"value": "urban", "hotkey": "1"}, {"value": "rural", "hotkey": "2"}],
        }
    ],
}


@pytest.mark.slow
def test_dashboard_against_the_real_server(server: LiveServer, tmp_path: Path) -> None:
    lead = User(server, ["lead"]).caller
    annotator = User(server, ["annotator"])
    reviewer = User(server, ["reviewer"])
    skill = f"scenes-{uuid.uuid4().hex[:6]}"
    r = lead.post(
        "/projects",
        json={
            "name": f"Scenes {skill}",
            "schema": CHOICE_SCHEMA,
            "skill": skill,
            "review_rate": 1.0,
            "gold_ratio": 0.5,
            "gold_ratio_new": 0.5,
            "calibration_gold": 0,
            "reward": {"amount": "0.05", "currency": USD},
        },
    )
    assert r.status_code == 201, r.text
    project = r.json()["id"]
    items = [{"text": f"Street {i}", "data": {}} for i in range(4)]
    items += [{"text": f"Gold {i}", "gold": {"answer": {"scene": "urban"}}} for i in range(3)]
    assert lead.post(f"/projects/{project}/items", json={"items": items}).status_code == 201
    r = lead.post(
        "/projects",
        json={
            "name": f"Scenes pro {skill}",
            "schema": CHOICE_SCHEMA,
            "requirement": {"skill": skill, "min_accuracy": 0.9, "min_gold": 5},
        },
    )
    assert r.status_code == 201, r.text
    pool = r.json()["id"]

    answered: list[str] = []
    served: list[str] = []
    for _ in range(10):
        got = annotator.caller.post(f"/projects/{project}/batches", json={"size": 3})
        if got.status_code == 204:
            break
        batch = got.json()
        for item in batch["items"]:
            text = item["text"]
            skip = text.startswith("Street") and not any(t.startswith("Street") for t in served)
            served.append(text)
            body = {
                "id": str(uuid.uuid4()),
                "batch_id": batch["id"],
                "item_id": item["id"],
                "schema_version": batch["schema_version"],
                "answer": None if skip else {"scene": "rural" if text == "Gold 0" else "urban"},
                "started_at": now(),
                "submitted_at": now(),
                "active_ms": 5000,
            }
            if skip:
                body["skip_reason"] = "Unreadable"
            posted = annotator.caller.post("/submissions", json=body)
            assert posted.status_code == 201, posted.text
            answered.append(body["id"])
    gold_served = [t for t in served if t.startswith("Gold")]
    assert len(gold_served) >= 1 and len(served) - len(gold_served) == 4

    review = ReviewClient(TaskServer(server.url, reviewer.token))
    pending = review.queue(project_id=project, limit=200).entries
    answers = [e for e in pending if e.answer is not None]
    assert len(answers) == 3
    review.decide(answers[0].id, "reject", "Wrong scene", "Look at the fields behind.")
    review.decide(answers[1].id, "accept")

    api = TaskServer(server.url, annotator.token)
    seen: list[int] = []
    loaded = load_history(api, page_size=2, progress=seen.append)
    assert loaded.complete and {e.id for e in loaded.entries} == set(answered)
    assert seen == [min(n, len(answered)) for n in range(2, len(answered) + 2, 2)]
    projects = projects_by_id(api.projects())
    shown = summarize(loaded.entries, projects, api.me())
    assert shown.today.items == len(served) and shown.today.skips == 1
    assert shown.today.active_ms == 5000 * len(served)
    missed = int("Gold 0" in gold_served)  # answered wrongly: rejected by its verdict
    assert shown.totals.rejected == 1 + missed
    assert shown.totals.pending == 2  # one answer, one skip
    assert shown.totals.gold_answered == len(gold_served)
    assert shown.totals.gold_passed == len(gold_served) - missed
    reasons = [("Wrong scene", 1)] + [("missed a control item", 1)] * missed
    assert sorted((r.reason, r.count) for r in shown.rejections) == sorted(reasons)
    wrong = next(r for r in shown.rejections if r.reason == "Wrong scene")
    assert wrong.comments[0].text == "Look at the fields behind."
    # Passed gold is accepted at once; one real answer was accepted by review.
    assert shown.totals.accepted == len(gold_served) - missed + 1
    assert shown.totals.money(USD).approved == Decimal("0.05") * (len(gold_served) - missed + 1)
    assert shown.totals.money(USD).pending == Decimal("0.05")  # the skip earns nothing
    assert shown.totals.money(USD).rejected == Decimal("0.05") * (1 + missed)
    goal = shown.goal
    assert goal is not None and goal.project_id == pool and not goal.estimated
    passed = shown.totals.gold_passed
    assert goal.gold_answered == len(gold_served)
    assert (
        goal.more_gold
        == more_gold_needed(
            Requirement(skill, 0.9, 5),
            [True] * passed + [False] * (len(gold_served) - passed),
            len(gold_served),
        )[0]
    )
    assert shown.skills[0] == skill and len(shown.series[skill]) == len(gold_served)
    assert shown.requirement[skill] == pytest.approx(0.9)
    assert [p.project_id for p in shown.projects] == [project]
    path = tmp_path / "mine.csv"
    assert export_csv(loaded.entries, path, projects) == len(served)


class HalfBrokenServer(PagedServer):
    """History works; the project list and `/me` do not."""

    def projects(self) -> list[wire.Project]:
        raise Offline("The task server did not answer.")

    def me(self) -> wire.Me:
        raise BadResponse("The task server sent a malformed /me answer: skills must be an object.")


def test_read_makes_the_figures_without_projects_or_me() -> None:
    seen: list[int] = []
    reading = read(HalfBrokenServer(3), progress=seen.append, now=at("2026-03-01T12:00:00Z"))
    assert len(reading.loaded.entries) == 3 and seen == [3]
    assert reading.projects == {} and reading.me is None
    assert reading.problems == (
        "The project list could not be read (The task server did not answer.).",
        "Your skills could not be read (The task server sent a malformed /me answer: "
        "skills must be an object.).",
    )
    assert reading.dashboard.totals.items == 3 and reading.dashboard.goal is None


def test_read_lets_a_failed_history_through() -> None:
    class Refused(PagedServer):
        def projects(self) -> list[wire.Project]:
            return []

        def me(self) -> None:
            return None

        def history(self, *, limit: int = 50, cursor: str | None = None) -> wire.HistoryPage:
            raise Unauthenticated(401, "unauthenticated", "Sign in again.", {})

    with pytest.raises(Unauthenticated):
        read(Refused(1))


def _history_entry(**extra: Any) -> dict[str, Any]:
    return {
        "id": "s1",
        "item_id": "i1",
        "project_id": "street",
        "status": "rejected",
        "review": {"decision": "reject", "reason": "missed a control item", "reviewer": None},
        "reward": {"amount": "0.05", "currency": USD},
        "gold": {"passed": False, "score": 0.1, "fields": {}},
        "submitted_at": "2026-03-02T10:00:00Z",
        "active_ms": 4200,
        **extra,
    }


def test_history_rows_carry_their_contest_and_whether_one_can_be_filed() -> None:
    contest = {
        "id": "c1",
        "submission_id": "s1",
        "state": "dismissed",
        "reason": "It is rural.",
        "reply": "The sign says city.",
        "created_at": "2026-03-02T11:00:00Z",
        "resolved_at": "2026-03-03T09:00:00Z",
        "resolved_by": {"id": "l", "username": "lead"},
    }
    page = wire.parse_history({"submissions": [_history_entry(contest=contest)]})
    row = server_row(page.entries[0], None)
    assert row.contest is not None and row.contest.state == "dismissed"
    assert (row.contest.reply, row.contest.resolved_by) == ("The sign says city.", "lead")
    assert row.contest_refusal() == "Contest dismissed"
    fresh = server_row(wire.parse_history({"submissions": [_history_entry()]}).entries[0], None)
    assert fresh.contest is None and fresh.contest_refusal() is None
    passed = {"passed": True, "score": 1.0, "fields": {}}
    ok = wire.parse_history({"submissions": [_history_entry(gold=passed, status="accepted")]})
    assert server_row(ok.entries[0], None).contest_refusal() == "Nothing to contest"
    gone = {"passed": False, "score": 0.1, "fields": {}, "withdrawn": True}
    void = wire.parse_history({"submissions": [_history_entry(gold=gone, status="accepted")]})
    assert server_row(void.entries[0], None).contest_refusal() == "No longer gold"
    with pytest.raises(BadResponse, match=r"contest.state"):
        wire.parse_history({"submissions": [_history_entry(contest={**contest, "state": "x"})]})


def test_a_refused_contest_says_why() -> None:
    contest = {"id": "c1", "state": "open", "reason": "Mine.", "created_at": "2026-03-02T11:00Z"}
    already = Conflict(409, "conflict", "Contested.", {"conflict": "already_contested",
                                                       "contest": contest})  # fmt: skip
    refused = contest_refused(already)
    assert refused is not None and refused.label == "Contested · open"
    assert refused.contest is not None and refused.contest.reason == "Mine."
    passed = contest_refused(Conflict(409, "conflict", "No.", {"conflict": "not_failed"}))
    assert passed is not None and passed.label == "Nothing to contest"
    older = contest_refused(Conflict(409, "conflict", "Contested."))  # a server that says less
    assert older is not None and (older.why, older.label) == ("conflict", "Already contested")
    assert contest_refused(Offline("gone")) is None


def test_a_missed_control_item_the_outbox_knows_says_why() -> None:
    entry = OutboxEntry(
        id="s1", item_id="i1", batch_id="b", project_id="street", body={}, state="uploaded",
        attempts=1, last_error=None, created_at=0.0, skipped=False, active_ms=1,
        reward=wire.Reward(Decimal("0.05"), USD), status_code=201, response=None,
        status="rejected", gold={"passed": False, "score": 0.0, "fields": {}}, done_at=1.0,
    )  # fmt: skip
    row = local_row(entry)
    assert (row.state, row.reason) == ("rejected", "missed a control item")
