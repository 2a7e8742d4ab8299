"""The figures of the feedback bar, from the local store alone (no network, no Qt).

- active time today: the sum of `active_ms` of today's submissions (local midnight);
- pace: submissions per hour of active time, for this session and for today;
- accuracy per skill: the server's `/me` (accuracy over the newest 50 gold answers),
  with the verdicts received since that `/me` folded in as the newest answers; the
  older part of the window is assumed to keep `/me`'s rate (`estimated` says so);
  training projects do not count, as on the server;
- earnings today: reward × today's answers that are accepted, and separately those
  pending (waiting for review, or not uploaded yet); skips, refused and rejected
  submissions earn nothing;
- a corrected item counts once (its first submission) and earns once (its newest);
  the time spent correcting it counts as active time;
- uploads waiting, refused submissions, online/offline.
"""

from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from labeler.client.outbox import REFUSED, UNSENT, Outbox, OutboxEntry
from labeler.client.store import ProfileInfo
from labeler.client.wire import SkillInfo
from labeler.core.stats import SKILL_WINDOW


@dataclass(frozen=True)
class SkillTally:
    """Gold accuracy in one skill (None before the first gold answer)."""

    skill: str
    accuracy: float | None
    gold_answered: int
    gold_passed: int
    estimated: bool


@dataclass(frozen=True)
class Earnings:
    """Today's earnings in one currency."""

    currency: str
    accepted: Decimal
    pending: Decimal


@dataclass(frozen=True)
class Tally:
    """Everything the feedback bar shows."""

    active_ms_today: int
    items_today: int
    items_session: int
    pace_today: float | None
    pace_session: float | None
    skills: dict[str, SkillTally]
    earnings_today: tuple[Earnings, ...]
    #: Items with something still to upload (an answer and its correction: one).
    uploads_waiting: int
    refused: int
    online: bool
    auth_needed: bool


def local_midnight(now: float) -> float:
    """The start of the local day `now` falls in, in epoch seconds."""
    day = datetime.fromtimestamp(now).astimezone()
    return day.replace(hour=0, minute=0, second=0, microsecond=0).timestamp()


def pace(items: int, active_ms: int) -> float | None:
    """Items per hour of active time; None before any active time."""
    return items * 3_600_000 / active_ms if active_ms > 0 else None


def fold_skill(skill: str, known: SkillInfo | None, newest: list[bool]) -> SkillTally:
    """`/me`'s figures for a skill with later verdicts (oldest first) folded in."""
    answered = known.gold_answered if known else 0
    passed = known.gold_passed if known else 0
    old_window = min(answered, SKILL_WINDOW)
    recent = newest[-SKILL_WINDOW:]
    kept = min(old_window, SKILL_WINDOW - len(recent))
    old_rate = known.accuracy if known and known.accuracy is not None else 0.0
    total = len(recent) + kept
    accuracy = (sum(recent) + old_rate * kept) / total if total else None
    return SkillTally(
        skill,
        accuracy,
        answered + len(newest),
        passed + sum(newest),
        estimated=bool(recent) and kept > 0,
    )


def _earnings(entries: list[OutboxEntry]) -> tuple[Earnings, ...]:
    accepted: dict[str, Decimal] = defaultdict(Decimal)
    pending: dict[str, Decimal] = defaultdict(Decimal)
    for e in entries:
        if e.skipped or e.state == REFUSED or not e.reward.currency:
            continue
        if e.amended_by is not None:  # replaced: its correction earns instead
            continue
        if e.state in UNSENT or e.status == "pending":
            pending[e.reward.currency] += e.reward.amount
        elif e.status == "accepted":
            accepted[e.reward.currency] += e.reward.amount
    currencies = sorted(set(accepted) | set(pending))
    return tuple(Earnings(c, accepted[c], pending[c]) for c in currencies)


def compute(
    outbox: Outbox,
    profile: ProfileInfo | None,
    *,
    session_started: float,
    online: bool,
    auth_needed: bool = False,
    now: float | None = None,
) -> Tally:
    """The feedback-bar figures as of `now` (default: the current time)."""
    now = time.time() if now is None else now
    midnight = local_midnight(now)
    today = outbox.entries(since=min(midnight, session_started))
    day = [e for e in today if e.created_at >= midnight]
    session = [e for e in today if e.created_at >= session_started]
    active_today = sum(e.active_ms for e in day)
    active_session = sum(e.active_ms for e in session)
    # An amendment is no new item: the item counts once, from its first submission.
    day_items = sum(1 for e in day if e.amends is None)
    session_items = sum(1 for e in session if e.amends is None)

    me = profile.me if profile else None
    since = profile.me_fetched_at if profile and profile.me_fetched_at else 0.0
    newest: dict[str, list[bool]] = defaultdict(list)
    for verdict in outbox.verdicts(since=since):
        if verdict.counts_for_skill and verdict.received_at > since:
            newest[verdict.skill].append(verdict.passed)
    known = me.skills if me else {}
    skills = {s: fold_skill(s, known.get(s), newest.get(s, [])) for s in set(known) | set(newest)}

    counts = outbox.counts()
    return Tally(
        active_ms_today=active_today,
        items_today=day_items,
        items_session=session_items,
        pace_today=pace(day_items, active_today),
        pace_session=pace(session_items, active_session),
        skills=skills,
        earnings_today=_earnings(day),
        uploads_waiting=outbox.waiting_items(),
        refused=counts[REFUSED],
        online=online,
        auth_needed=auth_needed,
    )
