"""`seed-demo`'s week of past work: simulated annotators, reviews and contests, all through
the server's services, leaving the demo annotator untouched with most of the work open."""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from labeler.client.analytics import LONG_STREAK, TOO_FAST_SHARE
from labeler.core.answers import ItemContext, validate_answer
from labeler.core.schema import parse_schema
from labeler.server.app import create_app
from labeler.server.config import Settings
from labeler.server.db import Database
from labeler.server.demo import seed as seeding
from labeler.server.demo.activity import HABITS, REVIEWER
from labeler.server.demo.answering import REVIEW_REASONS
from labeler.server.models import (
    Contest,
    Item,
    Lease,
    Media,
    Project,
    Review,
    SchemaVersion,
    Submission,
    User,
    utcnow,
)
from labeler.server.services.users import issue_token
from tests.server.conftest import BACKENDS, POSTGRES_URL

pytestmark = pytest.mark.slow

ANNOTATORS = [h.username for h in HABITS]
OPEN = ["street-scenes", "news-entities", "review-sentiment", "call-snippets"]
TRAINING = "street-scenes-training"
PRIVATE = "street-scenes-pro"


@dataclass
class Seeded:
    database: Database
    settings: Settings
    report: seeding.SeedReport
    client: TestClient

    def headers(self, username: str) -> dict[str, str]:
        with self.database.transaction() as session:
            user = session.execute(select(User).where(User.username == username)).scalar_one()
            return {"Authorization": f"Bearer {issue_token(session, user)}"}

    def submissions(self) -> list[tuple[Submission, str, Item]]:
        with self.database.transaction(write=False) as session:
            rows = session.execute(
                select(Submission, User.username, Item)
                .join(User, User.id == Submission.user_id)
                .join(Item, Item.id == Submission.item_id)
            ).all()
            return [(sub, name, item) for sub, name, item in rows]


def _database_url(backend: str, folder: Path) -> Iterator[str]:
    if backend == "sqlite":
        yield f"sqlite:///{folder / 'server.sqlite3'}"
        return
    name = f"labeler_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _seeded(backend: str, folder: Path) -> Iterator[Seeded]:
    for url in _database_url(backend, folder):
        settings = Settings(database_url=url, media_dir=folder / "media")
        database = Database.connect(url)
        try:
            database.migrate()
            report = seeding.seed(database, settings)
            app = create_app(settings, database, migrate=False)
            with TestClient(app, raise_server_exceptions=False) as client:
                yield Seeded(database, settings, report, client)
        finally:
            database.dispose()


@pytest.fixture(scope="module", params=BACKENDS)
def seeded(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    yield from _seeded(request.param, tmp_path_factory.mktemp(f"demo-{request.param}"))


def test_every_annotator_worked_through_part_of_every_open_project(seeded: Seeded) -> None:
    counts: Counter[tuple[str, str]] = Counter()
    for sub, username, _ in seeded.submissions():
        counts[username, sub.project_id] += 1
    for username in ANNOTATORS:
        for project in OPEN:
            assert counts[username, project] >= 2, (username, project)
    assert counts["amna", TRAINING] == counts["bilal", TRAINING] == 8  # every training item
    assert not any(project == PRIVATE for _, project in counts)  # nobody meets its requirement
    assert not any(username == "demo" for username, _ in counts)
    report = seeded.report.activity
    assert report is not None
    assert report.submissions == {
        name: sum(n for (who, _), n in counts.items() if who == name) for name in ANNOTATORS
    }
    assert "Past week of work" in seeded.report.text() and "chen" in seeded.report.text()


def test_gold_verdicts_follow_each_annotators_habits(seeded: Seeded) -> None:
    passed: Counter[str] = Counter()
    scored: Counter[str] = Counter()
    for sub, username, _ in seeded.submissions():
        if sub.counts_for_skill:
            scored[username] += 1
            passed[username] += bool(sub.gold_passed)
    accuracy = {name: passed[name] / scored[name] for name in ANNOTATORS}
    assert all(scored[name] >= 15 for name in ANNOTATORS), scored
    assert accuracy["amna"] >= 0.88
    assert 0.6 <= accuracy["bilal"] <= 0.92
    assert accuracy["chen"] <= 0.72
    assert accuracy["amna"] > accuracy["bilal"] > accuracy["chen"]

    lead = seeded.headers("lead")
    skills = {}
    for name in ANNOTATORS:
        me = seeded.client.get("/api/v1/me", headers=seeded.headers(name)).json()
        skills[name] = me["skills"]
    # The server's own skill figures agree with the verdicts stored.
    assert skills["amna"]["street-scenes"]["gold_answered"] == sum(
        1
        for sub, who, _ in seeded.submissions()
        if who == "amna" and sub.skill == "street-scenes" and sub.counts_for_skill
    )
    demo = seeded.client.get("/api/v1/projects", headers=seeded.headers("demo")).json()
    private = next(p for p in demo["projects"] if p["id"] == PRIVATE)
    assert private["eligible"] is False and "92%" in private["locked_reason"]
    assert seeded.client.get(f"/api/v1/projects/{PRIVATE}", headers=lead).status_code == 200


def test_the_careless_annotator_lights_up_the_quality_flags(seeded: Seeded) -> None:
    lead = seeded.headers("lead")
    stats = seeded.client.get("/api/v1/projects/review-sentiment/stats", headers=lead).json()
    people = {a["user"]["username"]: a for a in stats["annotators"]}
    assert set(people) == set(ANNOTATORS)
    # What the lead's analytics flag.
    assert people["chen"]["too_fast"] >= TOO_FAST_SHARE * people["chen"]["submissions"]
    assert people["chen"]["longest_streak"] >= LONG_STREAK
    assert people["amna"]["too_fast"] == 0
    assert people["chen"]["longest_streak"] > people["amna"]["longest_streak"]
    assert people["chen"]["median_active_ms"] < people["bilal"]["median_active_ms"]
    assert people["bilal"]["median_active_ms"] < people["amna"]["median_active_ms"]
    street = seeded.client.get("/api/v1/projects/street-scenes/stats", headers=lead).json()
    assert street["agreement"]["objects"]["value"] is not None  # some items answered twice
    assert street["items_done"] >= 1


def test_every_stored_answer_is_valid_and_timed_like_a_person(seeded: Seeded) -> None:
    with seeded.database.transaction(write=False) as session:
        schemas = {
            (v.project_id, v.version): parse_schema(v.body)
            for v in session.execute(select(SchemaVersion)).scalars()
        }
        media = {m.sha256: m for m in session.execute(select(Media)).scalars()}
    now = utcnow()
    days: defaultdict[str, set[Any]] = defaultdict(set)
    skips = 0
    for sub, username, item in seeded.submissions():
        if sub.answer is None:
            skips += 1
            assert sub.skip_reason and sub.skip_reason.strip()
        else:
            m = media.get(item.media_sha256 or "")
            context = ItemContext(
                text=item.text,
                width=m.width if m else None,
                height=m.height if m else None,
                duration=m.duration if m else None,
            )
            schema = schemas[sub.project_id, sub.schema_version]
            assert validate_answer(schema, sub.answer, context) == sub.answer
        assert now - timedelta(days=7) < sub.started_at < sub.submitted_at < now
        assert sub.active_ms <= (sub.submitted_at - sub.started_at) / timedelta(milliseconds=1)
        assert 400 <= sub.active_ms <= 180_000
        assert not sub.late
        days[username].add(sub.submitted_at.date())
    assert skips >= 1
    assert all(len(days[name]) >= 4 for name in ANNOTATORS), days


def test_figures_the_server_derives_match_the_submissions(seeded: Seeded) -> None:
    answers: Counter[str] = Counter()
    for sub, _, item in seeded.submissions():
        if sub.answer is not None and not item.is_gold:
            answers[item.id] += 1
    with seeded.database.transaction(write=False) as session:
        items = session.execute(select(Item, Project.overlap).join(Project)).all()
        live = session.execute(
            select(func.count()).select_from(Lease).where(Lease.state == "leased")
        ).scalar_one()
    assert live == 0  # every shift gave back what it left unanswered
    for item, overlap in items:
        if not item.is_gold:
            assert item.done_count == answers[item.id]
            assert item.complete == (item.done_count >= overlap)


def test_the_reviewer_decided_part_of_the_pending_work(seeded: Seeded) -> None:
    with seeded.database.transaction(write=False) as session:
        reviews = session.execute(
            select(Review, User.username, Submission.status)
            .join(Submission, Submission.id == Review.submission_id)
            .join(User, User.id == Review.reviewer_id)
        ).all()
    assert {name for _, name, _ in reviews} == {REVIEWER}
    decisions = Counter(review.decision for review, _, _ in reviews)
    assert decisions["accept"] > decisions["reject"] >= 2
    for review, _, status in reviews:
        assert status == {"accept": "accepted", "reject": "rejected"}[review.decision]
        if review.decision == "reject":
            assert review.reason in REVIEW_REASONS and review.comment
    qa = seeded.headers(REVIEWER)
    for project in OPEN:
        queue = seeded.client.get(
            "/api/v1/review/queue", params={"project_id": project}, headers=qa
        ).json()["submissions"]
        assert queue, f"nothing left to review in {project}"
    report = seeded.report.activity
    assert report is not None
    assert (report.accepted, report.rejected) == (decisions["accept"], decisions["reject"])


def test_the_review_reasons_are_the_review_workspaces_own() -> None:
    pytest.importorskip("PySide6")
    from labeler.ui.review.reject import EVERY_REASON

    assert REVIEW_REASONS == EVERY_REASON


def test_failed_gold_verdicts_are_contested(seeded: Seeded) -> None:
    with seeded.database.transaction(write=False) as session:
        contests = session.execute(
            select(Contest, Submission)
            .join(Submission, Submission.id == Contest.submission_id)
            .order_by(Contest.created_at)
        ).all()
    assert 1 <= len(contests) <= 2
    # The lead dismissed the first with a reply; the last is open, for the demo's lead.
    states = [c.state for c, _ in contests]
    assert states == (["dismissed", "open"] if len(contests) == 2 else ["open"])
    lead = seeded.headers("lead")
    for contest, sub in contests:
        assert sub.is_gold and sub.gold_passed is False and sub.status == "rejected"
        assert (contest.resolved_at is None) == (contest.state == "open")
        assert (contest.reply is None) == (contest.state == "open")
        assert sub.project_id != TRAINING and contest.reason.strip()
        listed = seeded.client.get(f"/api/v1/projects/{sub.project_id}/contests", headers=lead)
        assert contest.id in {c["id"] for c in listed.json()["contests"]}
        items = seeded.client.get(
            f"/api/v1/projects/{sub.project_id}/items",
            params={"contested": "true"},
            headers=lead,
        ).json()["items"]
        # Listed while any contest on the item is open (two annotators may have missed,
        # and contested, the same control item).
        open_here = any(c.state == "open" and s.item_id == sub.item_id for c, s in contests)
        assert (sub.item_id in {i["id"] for i in items}) == open_here


def test_gold_submissions_follow_the_gold_rule(seeded: Seeded) -> None:
    for sub, _, _ in seeded.submissions():
        if not sub.is_gold:
            continue
        if sub.gold_passed is None:  # a skip
            assert sub.status == "accepted" and sub.reward_amount == "0"
        elif sub.decided_by == "verdict":
            assert sub.status == ("accepted" if sub.gold_passed else "rejected")
        else:  # the reviewer decided it
            assert sub.decided_by == "review"


def test_reseeding_adds_nothing(seeded: Seeded) -> None:
    def counts() -> tuple[int, ...]:
        with seeded.database.transaction(write=False) as session:
            return tuple(
                session.execute(select(func.count()).select_from(table)).scalar_one()
                for table in (Submission, Review, Contest, Lease, Item)
            )

    before = counts()
    again = seeding.seed(seeded.database, seeded.settings)
    assert again.created == [] and again.activity is None
    assert "Past week" not in again.text()
    assert counts() == before


def test_demo_is_untouched_and_most_work_stays_open_to_it(seeded: Seeded) -> None:
    with seeded.database.transaction(write=False) as session:
        demo_id = session.execute(select(User.id).where(User.username == "demo")).scalar_one()
        touched = session.execute(
            select(func.count()).select_from(Lease).where(Lease.user_id == demo_id)
        ).scalar_one()
        real = dict(
            session.execute(
                select(Item.project_id, func.count())
                .where(Item.is_gold.is_(False))
                .group_by(Item.project_id)
            ).all()
        )
    assert touched == 0
    demo = seeded.headers("demo")
    locked = seeded.client.post(
        f"/api/v1/projects/{PRIVATE}/batches", json={"size": 5}, headers=demo
    )
    assert locked.status_code == 403
    for project in [*OPEN, TRAINING]:
        open_items: set[str] = set()
        batches = []
        while True:
            answer = seeded.client.post(
                f"/api/v1/projects/{project}/batches", json={"size": 50}, headers=demo
            )
            if answer.status_code == 204:
                break
            assert answer.status_code == 201
            batch = answer.json()
            batches.append(batch["id"])
            fresh = {i["id"] for i in batch["items"]} - open_items
            assert fresh, "the same items served twice"
            open_items |= fresh
        for batch_id in batches:
            seeded.client.post(f"/api/v1/batches/{batch_id}/release", headers=demo)
        with seeded.database.transaction(write=False) as session:
            served_real = session.execute(
                select(func.count())
                .select_from(Item)
                .where(Item.id.in_(open_items), Item.is_gold.is_(False))
            ).scalar_one()
        assert served_real >= 0.75 * real[project], (project, served_real, real[project])


def test_the_same_seed_gives_the_same_week(seeded: Seeded, tmp_path: Path) -> None:
    if seeded.database.dialect != "sqlite":
        pytest.skip("compared once, on SQLite")

    def week(s: Seeded) -> dict[tuple[str, str, int], tuple[Any, ...]]:
        with s.database.transaction(write=False) as session:
            decisions = dict(session.execute(select(Review.submission_id, Review.decision)).all())
        return {
            (username, sub.project_id, item.seq): (sub.answer, sub.skip_reason, sub.status)
            + (decisions.get(sub.id),)
            for sub, username, item in s.submissions()
            if not item.is_gold
        }

    for other in _seeded("sqlite", tmp_path):
        assert week(other) == week(seeded)
