"""Migrations: the models and the migrated schema agree, and data migrations bring stored
rows in line with the rules of the server that runs them."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Connection, MetaData, insert, select

from labeler.server.db import Database, alembic_config
from labeler.server.models import Base, Contest, Project, Submission
from tests.server.factories import TEXT_SCHEMA


def _upgrade(database: Database, revision: str) -> None:
    with database.write_engine.connect() as conn:
        cfg = alembic_config(database.url)
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
        conn.commit()


def test_the_migrations_make_the_models_tables(database_url: str) -> None:
    database = Database.connect(database_url)
    try:
        database.migrate()
        with database.write_engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        database.dispose()


def _legacy_world(conn: Connection) -> dict[str, str]:
    """Rows as a server before the gold rule stored them: every gold answer accepted.
    Written to the tables as they were then (reflected), not as the models say now."""
    tables = MetaData()
    tables.reflect(conn)
    users, projects, schemas = (tables.tables[n] for n in ("users", "projects", "schema_versions"))
    batches, items, subs = (tables.tables[n] for n in ("batches", "items", "submissions"))
    reviews = tables.tables["reviews"]
    now = datetime.now(UTC).replace(tzinfo=None)
    ids = {name: str(uuid.uuid4()) for name in ("annotator", "reviewer", "batch", "tbatch")}
    for name in ("annotator", "reviewer"):
        conn.execute(
            insert(users).values(
                id=ids[name], username=name, password_hash="x", roles=[name], created_at=now
            )
        )
    for pid, training in (("work", False), ("practice", True)):
        conn.execute(
            insert(projects).values(
                id=pid,
                name=pid,
                media="text",
                schema_version=1,
                skill=pid,
                reward_amount="0.20",
                reward_currency="USD",
                overlap=1,
                gold_ratio=0.1,
                gold_ratio_new=0.3,
                calibration_gold=20,
                lease_seconds=1800,
                review_rate=1.0,
                training=training,
                active=True,
                created_at=now,
            )  # fmt: skip
        )
        conn.execute(
            insert(schemas).values(project_id=pid, version=1, body=TEXT_SCHEMA, created_at=now)
        )
    for batch, pid in (("batch", "work"), ("tbatch", "practice")):
        conn.execute(
            insert(batches).values(
                id=ids[batch],
                project_id=pid,
                user_id=ids["annotator"],
                schema_version=1,
                created_at=now,
                lease_expires_at=now,
            )  # fmt: skip
        )
    # name: (project, item is gold now, submission is gold, passed, counts for the skill)
    rows = {
        "passed": ("work", True, True, True, True),
        "failed": ("work", True, True, False, True),
        "reviewed": ("work", True, True, False, True),
        "skipped": ("work", True, True, None, False),
        "removed": ("work", False, True, False, False),
        "training": ("practice", True, True, False, False),
        "real": ("work", False, False, None, False),
    }
    for seq, (name, (pid, item_gold, sub_gold, passed, counts)) in enumerate(rows.items()):
        item_id, sub_id = str(uuid.uuid4()), str(uuid.uuid4())
        ids[name] = sub_id
        conn.execute(
            insert(items).values(
                id=item_id,
                project_id=pid,
                seq=seq,
                text="a text",
                data={},
                is_gold=item_gold,
                gold_answer={"sentiment": "negative"} if item_gold else None,
                done_count=0,
                complete=False,
                created_at=now,
            )  # fmt: skip
        )
        conn.execute(
            insert(subs).values(
                id=sub_id,
                batch_id=ids["tbatch" if pid == "practice" else "batch"],
                item_id=item_id,
                project_id=pid,
                user_id=ids["annotator"],
                schema_version=1,
                answer=None if name == "skipped" else {"sentiment": "positive"},
                started_at=now,
                submitted_at=now,
                received_at=now,
                active_ms=1000,
                body_digest="0" * 64,
                status="pending" if name == "real" else "accepted",
                late=False,
                skill=pid,
                counts_for_skill=counts,
                is_gold=sub_gold,
                gold_passed=passed,
                gold_score=None if passed is None else float(passed),
                reward_amount="0" if name == "skipped" else "0.20",
                reward_currency="USD",
            )  # fmt: skip
        )
    conn.execute(
        insert(reviews).values(
            submission_id=ids["reviewed"],
            reviewer_id=ids["reviewer"],
            decision="accept",
            created_at=now,
        )  # fmt: skip
    )
    # Contests an older server closed (by a correction, by removing gold) or left open.
    contests = tables.tables["contests"]
    items_of = dict(conn.execute(select(subs.c.id, subs.c.item_id)).all())
    for name, closed in (
        ("passed", True),
        ("failed", True),
        ("removed", True),
        ("training", False),
    ):
        ids[f"contest-{name}"] = str(uuid.uuid4())
        conn.execute(
            insert(contests).values(
                id=ids[f"contest-{name}"],
                submission_id=ids[name],
                item_id=items_of[ids[name]],
                user_id=ids["annotator"],
                reason="I disagree.",
                created_at=now,
                resolved_at=now if closed else None,
            )
        )
    return ids


def test_stored_gold_submissions_follow_the_rule_after_the_upgrade(database_url: str) -> None:
    database = Database.connect(database_url)
    try:
        _upgrade(database, "0001")
        with database.write_engine.connect() as conn:
            ids = _legacy_world(conn)
            conn.commit()
        _upgrade(database, "head")
        with database.transaction(write=False) as session:
            got: dict[str, Any] = {}
            for name in ("passed", "failed", "reviewed", "skipped", "removed", "training", "real"):
                sub = session.execute(
                    select(Submission).where(Submission.id == ids[name])
                ).scalar_one()
                got[name] = (sub.status, sub.decided_by, sub.gold_withdrawn)
            paying = session.execute(select(Project.pay_failed_gold)).scalars().all()
            outcomes = {
                name: tuple(
                    session.execute(
                        select(
                            Contest.state, Contest.resolved_at.is_not(None), Contest.reply
                        ).where(Contest.id == ids[f"contest-{name}"])
                    ).one()
                )
                for name in ("passed", "failed", "removed", "training")
            }
    finally:
        database.dispose()
    assert outcomes == {
        "passed": ("upheld", True, None),  # a correction made it pass
        "failed": ("open", False, None),  # closed unanswered: the lead owes a reply
        "removed": ("upheld", True, None),  # the item's gold was removed
        "training": ("open", False, None),
    }
    assert got == {
        "passed": ("accepted", "contest", False),
        "failed": ("rejected", "verdict", False),
        "reviewed": ("accepted", "review", False),  # a person decided
        "skipped": ("accepted", None, False),  # no verdict
        "removed": ("accepted", "contest", True),  # gold removed, its contest upheld
        "training": ("rejected", "verdict", False),
        "real": ("pending", None, False),
    }
    assert paying == [False, False]
