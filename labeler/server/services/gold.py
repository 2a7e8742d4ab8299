"""Gold curation: marking, correcting and unmarking gold answers of items.

Skills are derived from the gold columns of Submission rows, so correcting a gold answer
re-scores every earlier gold answer to the item (each against the schema version it used)
and each status follows its new verdict unless a person decided it (`verdicts`); unmarking
withdraws those verdicts: they stop counting, and what they rejected is accepted.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from labeler.core.problems import Problem
from labeler.core.scoring import score_answer
from labeler.server.config import Settings
from labeler.server.errors import ApiError, bad_request, not_found
from labeler.server.models import Item, Media, Submission
from labeler.server.services import contests, verdicts
from labeler.server.services.items import check_answer, check_hint, item_context
from labeler.server.services.projects import get_project, get_schema

MAX_ITEM_ID = 64


def _item(session: Session, item_id: str) -> Item:
    if len(item_id) > MAX_ITEM_ID or "\x00" in item_id:
        raise not_found("item")
    query = select(Item).where(Item.id == item_id).with_for_update()
    item = session.execute(query).scalar_one_or_none()
    if item is None:
        raise not_found("item")
    return item


def put_gold(
    session: Session,
    settings: Settings,
    item_id: str,
    body: dict[str, Any],
    resolver_id: str | None = None,
    reply: str | None = None,
) -> dict[str, Any]:
    """`PUT /items/{id}/gold`: mark a real item gold, or correct a gold item's answer.

    A correction re-scores earlier gold submissions and upholds (for `resolver_id`, the lead,
    with `reply`) the item's open contests whose verdict now passes; marking a real item
    keeps its earlier (real) submissions as they were.
    """
    if set(body) - {"answer", "hint"} or "answer" not in body:
        raise bad_request('The body must be {"answer", "hint"?}.')
    item = _item(session, item_id)
    project = get_project(session, item.project_id)
    schema = get_schema(session, project.id, project.schema_version)
    media = session.get(Media, item.media_sha256) if item.media_sha256 else None
    answer_problems: list[Problem] = []
    other: list[Problem] = []
    answer = check_answer(
        schema,
        body["answer"],
        item_context(item.text, media, item.data or {}),
        "answer",
        answer_problems,
    )
    hint = check_hint(body.get("hint"), "hint", other)
    if answer_problems or other:
        raise ApiError(
            422,
            "invalid_item" if other else "invalid_answer",
            "The gold answer is not valid.",
            {"errors": [p.to_json() for p in other + answer_problems]},
        )
    was_gold = item.is_gold
    item.is_gold, item.gold_answer, item.gold_hint = True, answer, hint
    rescored = upheld = 0
    if was_gold:
        assert answer is not None
        rescored = _rescore(session, item.id, answer, project.pay_failed_gold)
        session.flush()
        upheld = contests.uphold_settled(session, item.id, resolver_id, reply)
    session.flush()
    return {
        "item_id": item.id,
        "gold": {"answer": answer, "hint": hint},
        "rescored": rescored,
        "upheld": upheld,
    }


def _rescore(
    session: Session, item_id: str, expected: dict[str, Any], pay_failed_gold: bool
) -> int:
    """Score every gold answer to the item again (skips have no verdict to score)."""
    subs = session.execute(
        select(Submission)
        .where(
            Submission.item_id == item_id,
            Submission.is_gold.is_(True),
            Submission.gold_passed.is_not(None),
            Submission.gold_withdrawn.is_(False),
        )
        .with_for_update()
    ).scalars()
    count = 0
    for sub in subs:
        schema = get_schema(session, sub.project_id, sub.schema_version)
        verdict = score_answer(schema, sub.answer, expected)
        sub.gold_passed = verdict.passed
        sub.gold_score = verdict.score
        sub.gold_fields = verdict.to_json()["fields"]
        verdicts.follow_verdict(sub, pay_failed_gold)
        count += 1
    return count


def delete_gold(
    session: Session, item_id: str, resolver_id: str | None = None, reply: str | None = None
) -> int:
    """`DELETE /items/{id}/gold`: the item is real again; its verdicts are withdrawn (they
    stop counting, and what they rejected is accepted) and its open contests upheld (for
    `resolver_id`, the lead, with `reply`). How many contests it upheld."""
    item = _item(session, item_id)
    if not item.is_gold:
        return 0
    item.is_gold, item.gold_answer, item.gold_hint = False, None, None
    subs = session.execute(
        select(Submission)
        .where(Submission.item_id == item.id, Submission.is_gold.is_(True))
        .with_for_update()
    ).scalars()
    for sub in subs:
        verdicts.withdraw(sub)
    session.flush()
    upheld = contests.uphold_all(session, item.id, resolver_id, reply)
    session.flush()
    return upheld
