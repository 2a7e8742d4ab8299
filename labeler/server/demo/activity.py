"""A week of past work on the demo projects, so that every screen has something to show.

Three simulated annotators with different habits (see `answering`) lease batches and submit
answers in shifts over the last seven days, the reviewer `qa` decides part of what waits for
review, and two annotators contest a failed gold verdict; the lead dismisses the first
contest with a reply and leaves the other open, to be resolved in the demo. Everything goes
through the server's own services (leasing, submitting, reviewing, contests), so every
derived figure
(done counts, verdicts, skills, exposure, agreement) is what the server itself computed. The
private pool stays empty: nobody reaches its requirement in a week.

The demo annotator `demo` is never touched, and at least three quarters of every project's
real items stay open to it: a project's simulated annotators may fill (bring to `overlap`
answers) at most a fifth of its real items. Items leased in a shift and not answered are
released when the shift ends, as the workbench does when an annotator signs out.

One seed value gives one week: the same answers to the same real items, the same review
sample and decisions. Only which gold items the server mixes into each batch is its own
random draw (how many is not), so verdicts vary a little from one seeding to the next.
"""

from __future__ import annotations

import random
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from labeler.core.answers import ItemContext
from labeler.core.schema import Schema, parse_schema
from labeler.server.db import Database
from labeler.server.demo.answering import Annotator, Given, Habit, WorkItem
from labeler.server.demo.records import DemoProject
from labeler.server.models import Batch, Contest, Project, User, utcnow
from labeler.server.services import contests, leasing, reviewing, submitting
from labeler.server.services.serialize import iso

REVIEWER = "qa"
LEAD = "lead"
BATCH_SIZE = 10
MAX_BATCHES = 12  # per project in one shift: a bound, never reached by the plan below
FILL_SHARE = 5  # at most 1 / FILL_SHARE of a project's real items get all their answers
AUDITED = 3  # rushed answers accepted without review that the reviewer later rejects

HABITS = (
    Habit("amna", accuracy=0.95, pace=1.0, jitter=1.5, skip_rate=0.03),
    Habit("bilal", accuracy=0.80, pace=0.75, jitter=3.0, skip_rate=0.05),
    Habit("chen", accuracy=0.6, pace=0.45, jitter=6.0, skip_rate=0.03, streak=0.45),
)


@dataclass(frozen=True)
class Work:
    """Work on one project within a shift: real answers wanted, and gold answers wanted
    (training projects, whose batches are all gold)."""

    project: str
    real: int
    gold: int = 0


@dataclass(frozen=True)
class Shift:
    """One sitting of one annotator: a day before today, a start time (UTC), the work done."""

    username: str
    day: int
    start: time
    work: tuple[Work, ...]


S, T, N, R, C = (
    "street-scenes",
    "street-scenes-training",
    "news-entities",
    "review-sentiment",
    "call-snippets",
)
# The comparison projects: preferences, search relevance, product match, listings, ranks.
P, Q, M, L, K = (
    "compare-answers",
    "search-relevance",
    "product-match",
    "verify-listings",
    "rank-answers",
)
PLAN = (
    Shift("amna", 6, time(4, 5), (Work(T, 0, 8), Work(S, 4))),
    Shift("bilal", 6, time(9, 10), (Work(T, 0, 8), Work(S, 5))),
    Shift("amna", 5, time(5, 20), (Work(N, 4), Work(R, 6))),
    Shift("bilal", 5, time(10, 0), (Work(R, 8),)),
    Shift("chen", 5, time(13, 30), (Work(S, 6), Work(R, 10))),
    Shift("amna", 4, time(3, 40), (Work(S, 4), Work(C, 2))),
    Shift("bilal", 4, time(8, 30), (Work(N, 5), Work(C, 2))),
    Shift("chen", 4, time(14, 10), (Work(N, 4),)),
    Shift("amna", 3, time(6, 0), (Work(R, 6), Work(N, 3), Work(P, 5))),
    Shift("chen", 3, time(13, 0), (Work(R, 10), Work(C, 1))),
    Shift("amna", 2, time(4, 30), (Work(S, 3), Work(C, 1), Work(Q, 3))),
    Shift("bilal", 2, time(9, 45), (Work(S, 5), Work(R, 6), Work(P, 5))),
    Shift("chen", 2, time(15, 15), (Work(S, 6), Work(N, 3), Work(P, 20))),
    Shift("amna", 1, time(5, 15), (Work(R, 5), Work(M, 3), Work(L, 3), Work(K, 3))),
    Shift("bilal", 1, time(11, 0), (Work(N, 3), Work(Q, 3), Work(M, 3), Work(K, 3))),
    Shift("chen", 1, time(14, 40), (Work(R, 8), Work(Q, 3), Work(L, 3), Work(K, 2))),
)
CONTESTING = ("bilal", "amna")  # each contests their first failed gold verdict
# What an annotator says against a verdict, by what the reviewer would call the mistake.
CONTEST_REASONS = {
    "Wrong label": "I read it again and my label is what the instructions describe.",
    "Missed objects": "I marked all I could make out; the one counted missing is hardly there.",
    "Imprecise boxes": "My box covers the object as far as it can be seen.",
    "Incomplete transcript": "I listened three times; the words I typed are what is said.",
    "Did not follow instructions": "I did as the instructions say; please check the gold answer.",
}
CONTEST_REASON = "I think the expected answer is wrong here; please check it."
DISMISSAL = (
    "I checked the gold answer again and it stands: the hint says what to look for. "
    "Thank you for asking."
)


@dataclass
class ActivityReport:
    """What the simulated week added."""

    submissions: dict[str, int] = field(default_factory=dict)  # per annotator
    skips: int = 0
    accepted: int = 0
    rejected: int = 0
    pending: int = 0
    contests: int = 0
    dismissed: int = 0

    def text(self) -> str:
        who = ", ".join(f"{name} {count}" for name, count in self.submissions.items())
        return (
            f"Past week of work: {who} submissions ({self.skips} skips); "
            f"{REVIEWER} accepted {self.accepted} and rejected {self.rejected}, "
            f"{self.pending} wait for review; {self.contests} gold verdicts contested, "
            f"{self.dismissed} of them dismissed by {LEAD}."
        )


@dataclass
class _Record:
    """One simulated submission, with what the simulation knows of it."""

    id: str
    username: str
    project: str
    key: str
    gold: bool
    given: Given
    status: str
    passed: bool | None
    submitted_at: datetime


@dataclass
class _Catalogued:
    key: str
    schema: Schema
    gold: dict[str, Any] | None
    prefill: dict[str, Any] | None
    truth: dict[str, Any] | None


@dataclass
class _Ledger:
    """Answers per real item of one project, and how many more items may be filled."""

    overlap: int
    fill_budget: int
    answers: dict[str, int] = field(default_factory=dict)

    def may_answer(self, item_id: str) -> bool:
        fills = self.answers.get(item_id, 0) + 1 >= self.overlap
        return not fills or self.fill_budget > 0

    def answered(self, item_id: str) -> None:
        self.answers[item_id] = self.answers.get(item_id, 0) + 1
        if self.answers[item_id] >= self.overlap:
            self.fill_budget -= 1


class _Clock:
    """An annotator's time through one shift."""

    def __init__(self, start: datetime, rng: random.Random) -> None:
        self.at, self._rng = start, rng

    def submission(self, given: Given) -> tuple[datetime, datetime]:
        started = self.at + timedelta(seconds=self._rng.uniform(0.3, 1.0 if given.rushed else 5.0))
        idle = self._rng.uniform(0.1, 0.4) if given.rushed else self._rng.uniform(0.3, 3.0)
        self.at = started + timedelta(milliseconds=given.active_ms) + timedelta(seconds=idle)
        return started, self.at

    def pause(self) -> None:
        self.at += timedelta(seconds=self._rng.uniform(30, 150))


def simulate(
    database: Database, seed_value: int, created: dict[str, tuple[DemoProject, list[str]]]
) -> ActivityReport:
    """Add the past week's work to the projects just `created` (key -> project, item ids)."""
    catalogue = _catalogue(created)
    with database.transaction(write=False) as session:
        names = [h.username for h in HABITS] + [REVIEWER, LEAD]
        users = dict(
            session.execute(select(User.username, User.id).where(User.username.in_(names))).all()
        )
    ledgers = {key: _ledger(project) for key, (project, _) in created.items()}
    annotators = {h.username: Annotator(h, seed_value) for h in HABITS}
    planned: Counter[tuple[str, str]] = Counter()
    for shift in PLAN:
        for work in shift.work:
            planned[shift.username, work.project] += work.real
    for (username, project), real in planned.items():
        annotators[username].expect(project, real)
    midnight = utcnow().replace(hour=0, minute=0, second=0, microsecond=0)
    records: list[_Record] = []
    with _server_sampling(seed_value):
        for number, shift in enumerate(sorted(PLAN, key=lambda s: (-s.day, s.start))):
            start = datetime.combine((midnight - timedelta(days=shift.day)).date(), shift.start)
            clock = _Clock(start.replace(tzinfo=midnight.tzinfo), _rng(seed_value, "shift", number))
            for work in shift.work:
                if work.project not in created:
                    continue
                with database.transaction() as session:
                    records += _work(
                        session,
                        users[shift.username],
                        annotators[shift.username],
                        work,
                        catalogue,
                        ledgers[work.project],
                        clock,
                    )
                clock.pause()
    report = ActivityReport()
    for h in HABITS:
        report.submissions[h.username] = sum(r.username == h.username for r in records)
    report.skips = sum(r.given.answer is None for r in records)
    with database.transaction() as session:
        _review(session, users[REVIEWER], records, seed_value, report)
        training = {key for key, (project, _) in created.items() if project.settings["training"]}
        report.contests, report.dismissed = _contest(
            session, users, [r for r in records if r.project not in training]
        )
    return report


def _rng(seed_value: int, *parts: object) -> random.Random:
    return random.Random(":".join(str(p) for p in (seed_value, "activity", *parts)))


@contextmanager
def _server_sampling(seed_value: int) -> Iterator[None]:
    """The server samples submissions for review with the `random` module; it is seeded for
    the simulation, so that one seed value gives one demo, and put back afterwards."""
    state = random.getstate()
    random.seed(f"{seed_value}:review-sampling")
    try:
        yield
    finally:
        random.setstate(state)


def _catalogue(created: dict[str, tuple[DemoProject, list[str]]]) -> dict[str, _Catalogued]:
    out = {}
    for key, (project, ids) in created.items():
        schema = parse_schema(project.schema)
        for index, (item, item_id) in enumerate(zip(project.items, ids, strict=True)):
            gold = item.gold["answer"] if item.gold is not None else None
            out[item_id] = _Catalogued(f"{key}:{index}", schema, gold, item.prefill, item.truth)
    return out


def _ledger(project: DemoProject) -> _Ledger:
    real = sum(item.gold is None for item in project.items)
    return _Ledger(int(project.settings.get("overlap", 1)), real // FILL_SHARE)


def _work(
    session: Session,
    user_id: str,
    annotator: Annotator,
    work: Work,
    catalogue: dict[str, _Catalogued],
    ledger: _Ledger,
    clock: _Clock,
) -> list[_Record]:
    """One annotator's work on one project: lease, answer, and release what is left."""
    project = session.get_one(Project, work.project)
    if leasing.locked_reason(session, project, user_id) is not None:
        return []
    records: list[_Record] = []
    held: list[str] = []
    real = gold = 0
    for _ in range(MAX_BATCHES):
        if real >= work.real and gold >= work.gold:
            break
        batch = leasing.create_batch(session, project, user_id, BATCH_SIZE)
        if batch is None:
            break
        held.append(batch["id"])
        for entry in batch["items"]:
            known = catalogue[entry["id"]]
            # Every gold item leased is answered: how many there are then depends only on the
            # batches, not on where the server put them, and so does everything after.
            if known.gold is None and (real >= work.real or not ledger.may_answer(entry["id"])):
                continue  # left leased; released when the shift ends
            record = _submit(session, user_id, annotator, work.project, batch, entry, known, clock)
            records.append(record)
            if known.gold is not None:
                gold += 1
                continue
            real += 1
            if record.given.answer is not None:
                ledger.answered(entry["id"])
    for batch_id in held:
        leasing.release(session, session.get_one(Batch, batch_id))
    return records


def _submit(
    session: Session,
    user_id: str,
    annotator: Annotator,
    project_key: str,
    batch: dict[str, Any],
    entry: dict[str, Any],
    known: _Catalogued,
    clock: _Clock,
) -> _Record:
    media = entry.get("media") or {}
    context = ItemContext(
        text=entry.get("text"),
        width=media.get("width"),
        height=media.get("height"),
        duration=media.get("duration"),
    ).with_data(entry.get("data"))
    data = entry.get("data") or {}
    reading = sum(
        len(str(c.get("text") or "")) + len(str(c.get("title") or ""))
        for c in data.get("candidates") or []
    ) + sum(len(str(v)) for r in data.get("records") or [] for v in r.values())
    item = WorkItem(
        known.key, known.schema, context, known.gold, known.prefill, known.truth, reading
    )
    given = annotator.answer(project_key, item)
    started, submitted = clock.submission(given)
    body = {
        "id": str(uuid.uuid4()),
        "batch_id": batch["id"],
        "item_id": entry["id"],
        "schema_version": batch["schema_version"],
        "answer": given.answer,
        "started_at": iso(started),
        "submitted_at": iso(submitted),
        "active_ms": given.active_ms,
    }
    if given.skip_reason is not None:
        body["skip_reason"] = given.skip_reason
    outcome = submitting.submit(session, user_id, body)
    verdict = outcome.body.get("gold")
    return _Record(
        body["id"],
        annotator.habit.username,
        project_key,
        known.key,
        known.gold is not None,
        given,
        outcome.body["status"],
        verdict["passed"] if verdict else None,
        submitted,
    )


def _review(
    session: Session,
    reviewer_id: str,
    records: list[_Record],
    seed_value: int,
    report: ActivityReport,
) -> None:
    """The reviewer works through the older two thirds of each project's pending
    submissions, then every one of the annotator who fails most gold (the analytics point
    at them) and every rushed one, leaving the newest; rejects most flawed answers with the
    flaw's reason, accepts the rest. Then it audits that annotator's rushed answers that were
    accepted without review, and rejects a few of them."""
    failed = Counter(r.username for r in records if r.passed is False)
    suspect = failed.most_common(1)[0][0] if failed else None
    decisions: list[tuple[_Record, dict[str, Any]]] = []
    for project in sorted({r.project for r in records}):
        pending = sorted(
            (r for r in records if r.project == project and r.status == "pending"),
            key=lambda r: r.submitted_at,
        )
        older = pending[: len(pending) * 2 // 3]
        decided = [
            r
            for r in pending[:-1]  # the newest waits
            if r in older or r.username == suspect or r.given.rushed
        ]
        report.pending += len(pending) - len(decided)
        decisions += [
            (r, _decision(r, _rng(seed_value, "review", r.username, r.key))) for r in decided
        ]
    audited = [
        r
        for r in sorted(records, key=lambda r: r.submitted_at)
        if r.username == suspect and not r.gold and r.status == "accepted" and r.given.rushed
    ]
    for record in audited[:AUDITED]:
        flaw = record.given.flaws[0]
        decisions.append(
            (record, {"decision": "reject", "reason": flaw.reason, "comment": flaw.comment})
        )
    for record, body in decisions:
        reviewing.decide(session, reviewer_id, record.id, body)
        record.status = "accepted" if body["decision"] == "accept" else "rejected"
        report.accepted += body["decision"] == "accept"
        report.rejected += body["decision"] == "reject"


def _decision(record: _Record, rng: random.Random) -> dict[str, Any]:
    flaws = record.given.flaws
    if flaws and rng.random() < 0.85:
        return {"decision": "reject", "reason": flaws[0].reason, "comment": flaws[0].comment}
    if record.given.answer is not None and rng.random() < 0.2:
        return {"decision": "accept", "comment": "Clean work, thank you."}
    return {"decision": "accept"}


def _contest(session: Session, users: dict[str, str], records: list[_Record]) -> tuple[int, int]:
    """Contests on failed gold verdicts (training verdicts count for nothing: none there).
    When there are two, the lead dismisses the first; the last stays open."""
    filed: list[str] = []
    for username in CONTESTING:
        failed = [r for r in records if r.username == username and r.passed is False]
        if not failed:
            continue
        first = min(failed, key=lambda r: r.submitted_at)
        flaw = first.given.flaws[0].reason if first.given.flaws else ""
        reason = CONTEST_REASONS.get(flaw, CONTEST_REASON)
        filed.append(contests.file(session, users[username], first.id, {"reason": reason})["id"])
    if len(filed) < 2:
        return len(filed), 0
    contests.dismiss(session, session.get_one(Contest, filed[0]), users[LEAD], DISMISSAL)
    return len(filed), 1
