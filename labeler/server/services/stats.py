"""Project statistics for leads and reviewers: progress, agreement, annotators."""

from __future__ import annotations

import statistics
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from labeler.core.agreement import field_agreement
from labeler.server.models import Item, Project, Submission, User
from labeler.server.services.history import user_ref
from labeler.server.services.projects import get_schema


@dataclass
class _Annotator:
    submissions: int = 0
    gold_answered: int = 0
    gold_passed: int = 0
    accepted: int = 0
    rejected: int = 0
    active_ms: list[int] = field(default_factory=list)


def project_stats(session: Session, project: Project) -> dict[str, Any]:
    """`{"items_total", "items_done", "submissions", "agreement", "annotators"}`.

    Items count real items only; an item is done once it has `overlap` answers.
    Agreement is over non-skip answers to real items, grouped by item, by the fields
    of the current schema.
    """
    total, done = session.execute(
        select(
            func.count(),
            func.sum(case((Item.done_count >= project.overlap, 1), else_=0)),
        ).where(Item.project_id == project.id, Item.is_gold.is_(False))
    ).one()
    rows = session.execute(
        select(
            Submission.user_id,
            Submission.item_id,
            Submission.is_gold,
            Submission.answer,
            Submission.status,
            Submission.gold_passed,
            Submission.active_ms,
        ).where(Submission.project_id == project.id)
    ).all()
    people: dict[str, _Annotator] = defaultdict(_Annotator)
    answers: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for user_id, item_id, is_gold, answer, status, passed, active_ms in rows:
        one = people[user_id]
        one.submissions += 1
        one.active_ms.append(active_ms)
        one.accepted += status == "accepted"
        one.rejected += status == "rejected"
        if is_gold and passed is not None:
            one.gold_answered += 1
            one.gold_passed += bool(passed)
        if not is_gold and answer is not None:
            answers[item_id].append(answer)
    schema = get_schema(session, project.id, project.schema_version)
    users = {
        u.id: u for u in session.execute(select(User).where(User.id.in_(list(people)))).scalars()
    }
    annotators = [
        {
            "user": user_ref(users.get(user_id)),
            "submissions": one.submissions,
            "gold_answered": one.gold_answered,
            "gold_accuracy": one.gold_passed / one.gold_answered if one.gold_answered else None,
            "median_active_ms": statistics.median(one.active_ms) if one.active_ms else None,
            "accepted": one.accepted,
            "rejected": one.rejected,
        }
        for user_id, one in people.items()
    ]
    annotators.sort(key=lambda a: (a["user"] or {}).get("username", ""))
    return {
        "items_total": int(total or 0),
        "items_done": int(done or 0),
        "submissions": len(rows),
        "agreement": field_agreement(schema, list(answers.values())),
        "annotators": annotators,
    }
