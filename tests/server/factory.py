"""Rows made straight through the ORM, for tests of endpoints whose inputs other
endpoints (batches, submissions) normally create."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from labeler.server.db import Database
from labeler.server.models import Batch, Lease, Submission


def lease_item(
    database: Database, user_id: str, project_id: str, item_id: str, state: str = "leased"
) -> str:
    """A batch holding one item for the user; returns the batch id."""
    now = datetime.now(UTC)
    with database.transaction() as session:
        batch = Batch(
            project_id=project_id,
            user_id=user_id,
            schema_version=1,
            lease_expires_at=now + timedelta(minutes=30),
        )
        session.add(batch)
        session.flush()
        session.add(
            Lease(
                batch_id=batch.id,
                item_id=item_id,
                user_id=user_id,
                position=0,
                state=state,
                expires_at=now + timedelta(minutes=30),
            )
        )
        return batch.id


def add_submission(
    database: Database,
    user_id: str,
    project_id: str,
    item_id: str,
    answer: dict[str, Any] | None,
    *,
    skill: str,
    schema_version: int = 1,
    is_gold: bool = False,
    gold_passed: bool | None = None,
    status: str = "accepted",
    reward: str = "0",
    currency: str = "USD",
    at: datetime | None = None,
) -> str:
    """A stored submission row (with its batch); returns its id."""
    batch_id = lease_item(database, user_id, project_id, item_id, state="answered")
    when = at or datetime.now(UTC)
    sub_id = str(uuid.uuid4())
    with database.transaction() as session:
        session.add(
            Submission(
                id=sub_id,
                batch_id=batch_id,
                item_id=item_id,
                project_id=project_id,
                user_id=user_id,
                schema_version=schema_version,
                answer=answer,
                started_at=when - timedelta(seconds=5),
                submitted_at=when,
                received_at=when,
                active_ms=4000,
                body_digest="0" * 64,
                status=status,
                skill=skill,
                counts_for_skill=is_gold,
                is_gold=is_gold,
                gold_passed=gold_passed,
                gold_score=1.0 if gold_passed else 0.0 if is_gold else None,
                reward_amount=reward,
                reward_currency=currency,
            )
        )
    return sub_id
