"""Project statistics for leads and reviewers: progress, agreement, annotators, confusion.

Counts come from aggregate SQL. What needs the answers themselves (streaks, agreement,
confusion matrices) streams the rows in chunks, so a project of a million submissions never
sits in memory at once; the only per-submission values held are active times (integers).
"""

from __future__ import annotations

import statistics
from array import array
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import groupby
from typing import Any

from sqlalchemy import Select, Text, case, cast, func, select
from sqlalchemy.orm import Session

from labeler.core.agreement import field_agreement
from labeler.core.bias import PairwiseBias, candidate_lengths
from labeler.core.proposals import proposal_changes
from labeler.core.quality import (
    Confusion,
    StreakCounter,
    confusion_for,
    too_fast_threshold,
    wilson_interval,
)
from labeler.core.schema import Schema
from labeler.server.models import Item, Project, Submission, User, counted
from labeler.server.services.answerable import Viewer, shown
from labeler.server.services.history import user_ref
from labeler.server.services.items import answered
from labeler.server.services.projects import get_schema

_CHUNK = 1000


@dataclass
class _Annotator:
    submissions: int = 0
    gold_answered: int = 0
    gold_passed: int = 0
    accepted: int = 0
    rejected: int = 0
    active_ms: array[int] = field(default_factory=lambda: array("q"))
    streak: StreakCounter = field(default_factory=StreakCounter)
    #: Per pairwise field of the schema: position and length bias.
    bias: dict[str, PairwiseBias] = field(default_factory=dict)


def project_stats(session: Session, project: Project, viewer: Viewer) -> dict[str, Any]:
    """`GET /projects/{id}/stats`.

    Items count real items only; an item is done once it has `overlap` answers. Agreement is
    over non-skip answers to real items, grouped by item, by the fields of the current
    schema; confusion matrices compare gold submissions with their item's gold answer. Both
    leave out the items the viewer may still answer: their answers and gold stay unseen.
    """
    total, done = session.execute(
        select(
            func.count(),
            _sum(Item.done_count >= project.overlap),
        ).where(Item.project_id == project.id, Item.is_gold.is_(False))
    ).one()
    people = _annotators(session, project.id)
    _stream_times_and_streaks(session, project.id, people)
    everyone = array("q")
    for one in people.values():
        everyone.extend(one.active_ms)
    median = statistics.median(everyone) if everyone else None
    threshold = too_fast_threshold(median)
    schema = get_schema(session, project.id, project.schema_version)
    _stream_pairwise_bias(session, project.id, schema, people)
    users = {
        u.id: u for u in session.execute(select(User).where(User.id.in_(list(people)))).scalars()
    }
    annotators = [
        _annotator_json(one, user_ref(users.get(user_id)), threshold)
        for user_id, one in people.items()
    ]
    annotators.sort(key=lambda a: (a["user"] or {}).get("username", ""))
    return {
        "items_total": int(total or 0),
        "items_done": int(done or 0),
        "submissions": sum(one.submissions for one in people.values()),
        "median_active_ms": median,
        "too_fast_ms": threshold,
        "agreement": field_agreement(schema, _answers_per_item(session, project.id, viewer)),
        "annotators": annotators,
        "fields": _fields(session, project.id, schema, viewer),
        "proposals": _proposals(session, project.id, schema, viewer),
    }


def _annotators(session: Session, project_id: str) -> dict[str, _Annotator]:
    # Verdicts that still count: a withdrawn one (the item's gold removed) counts nowhere.
    gold = (
        Submission.is_gold.is_(True)
        & Submission.gold_passed.is_not(None)
        & Submission.gold_withdrawn.is_(False)
    )
    rows = session.execute(
        select(
            Submission.user_id,
            func.count(),
            _sum(gold),
            _sum(gold & Submission.gold_passed.is_(True)),
            _sum(Submission.status == "accepted"),
            _sum(Submission.status == "rejected"),
        )
        .where(Submission.project_id == project_id, counted())
        .group_by(Submission.user_id)
    )
    return {
        user_id: _Annotator(int(n), int(g or 0), int(p or 0), int(a or 0), int(r or 0))
        for user_id, n, g, p, a, r in rows
    }


def _sum(condition: Any) -> Any:
    return func.sum(case((condition, 1), else_=0))


def _streamed(session: Session, query: Select[Any]) -> Iterator[Any]:
    """The rows of a query, fetched `_CHUNK` at a time (a server-side cursor on PostgreSQL)."""
    yield from session.execute(query.execution_options(yield_per=_CHUNK))


def _stream_times_and_streaks(
    session: Session, project_id: str, people: dict[str, _Annotator]
) -> None:
    """Each annotator's active times, and their longest run of identical answers in their
    own submission order (skips left out)."""
    query = (
        select(Submission.user_id, Submission.active_ms, Submission.answer)
        .where(Submission.project_id == project_id, counted())
        .order_by(Submission.user_id, Submission.submitted_at, Submission.id)
    )
    for user_id, active_ms, answer in _streamed(session, query):
        one = people.get(user_id)
        if one is None:  # submitted between the two reads
            continue
        one.active_ms.append(active_ms)
        one.streak.add(answer)


def _stream_pairwise_bias(
    session: Session, project_id: str, schema: Schema, people: dict[str, _Annotator]
) -> None:
    """Each annotator's preferences on the schema's pairwise fields, with the lengths of
    the candidates they chose between (`core.bias`); not read without such a field."""
    names = [f.name for f in schema.fields if f.kind == "pairwise"]
    if not names:
        return
    for one in people.values():
        one.bias = {name: PairwiseBias() for name in names}
    query = (
        select(Submission.user_id, Submission.answer, Item.data)
        .join(Item, Item.id == Submission.item_id)
        .where(Submission.project_id == project_id, answered(), counted())
    )
    for user_id, answer, data in _streamed(session, query):
        one = people.get(user_id)
        if one is None or not isinstance(answer, dict):
            continue
        lengths = candidate_lengths(data)
        for name in names:
            one.bias[name].add(answer.get(name), lengths)


def _annotator_json(one: _Annotator, user: Any, threshold: float) -> dict[str, Any]:
    decided = one.accepted + one.rejected
    interval = wilson_interval(one.gold_passed, one.gold_answered)
    return {
        "user": user,
        "submissions": one.submissions,
        "gold_answered": one.gold_answered,
        "gold_passed": one.gold_passed,
        "gold_accuracy": one.gold_passed / one.gold_answered if one.gold_answered else None,
        "gold_accuracy_ci": list(interval) if interval is not None else None,
        "median_active_ms": statistics.median(one.active_ms) if one.active_ms else None,
        "too_fast": sum(1 for ms in one.active_ms if ms < threshold),
        "accepted": one.accepted,
        "rejected": one.rejected,
        "acceptance_rate": one.accepted / decided if decided else None,
        "longest_streak": one.streak.longest,
        "pairwise_bias": {name: bias.to_json() for name, bias in one.bias.items()},
    }


def _answers_per_item(
    session: Session, project_id: str, viewer: Viewer
) -> Iterator[list[dict[str, Any]]]:
    """Non-skip answers given to real items, one list per item; only items with two or more
    such answers (`done_count`) can show agreement, so the others are not read at all."""
    query = (
        select(Submission.item_id, Submission.answer)
        .join(Item, Item.id == Submission.item_id)
        .where(
            Submission.project_id == project_id,
            Submission.is_gold.is_(False),
            Item.done_count >= 2,
            answered(),
            counted(),
            shown(viewer),
        )
        .order_by(Submission.item_id)
    )
    for _, rows in groupby(_streamed(session, query), key=lambda row: row[0]):
        yield [answer for _, answer in rows if isinstance(answer, dict)]


def _fields(session: Session, project_id: str, schema: Schema, viewer: Viewer) -> dict[str, Any]:
    """Per field of the current schema: its kind and, for choice, multichoice and rating
    fields, the confusion of gold answers (rows) with given answers (columns)."""
    confusions: dict[str, Confusion] = {}
    for f in schema.fields:
        confusion = confusion_for(f)
        if confusion is not None:
            confusions[f.name] = confusion
    if confusions:
        query = (
            select(Submission.answer, Item.gold_answer)
            .join(Item, Item.id == Submission.item_id)
            .where(
                Submission.project_id == project_id,
                Submission.is_gold.is_(True),
                Item.is_gold.is_(True),
                answered(),
                counted(),
                shown(viewer),
            )
        )
        for given, expected in _streamed(session, query):
            if not isinstance(given, dict) or not isinstance(expected, dict):
                continue
            for name, confusion in confusions.items():
                confusion.add(expected.get(name), given.get(name))
    return {
        f.name: {
            "kind": f.kind,
            "confusion": confusions[f.name].to_json() if f.name in confusions else None,
        }
        for f in schema.fields
    }


def _proposals(session: Session, project_id: str, schema: Schema, viewer: Viewer) -> Any:
    """Per field, how annotators changed the prefill of real items (`core.proposals`)."""
    query = (
        select(Submission.answer, Item.prefill)
        .join(Item, Item.id == Submission.item_id)
        .where(
            Submission.project_id == project_id,
            Submission.is_gold.is_(False),
            Item.prefill.is_not(None),
            cast(Item.prefill, Text) != "null",
            answered(),
            counted(),
            shown(viewer),
        )
    )
    pairs = (
        (answer, prefill)
        for answer, prefill in _streamed(session, query)
        if isinstance(answer, dict) and isinstance(prefill, dict)
    )
    changes = proposal_changes(schema, pairs)
    return {name: c.to_json() for name, c in changes.items() if c.answers}
