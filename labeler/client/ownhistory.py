"""The annotator's own history, whole: every submission as a plain `Entry`, the
project list as `ProjectInfo`, `load_history` (page after page, with progress and a
cap) and `export_csv` (one row per submission, UTF-8, written atomically).

Qt-free; `load_history` calls the network, the rest is pure.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from labeler.client import wire
from labeler.client.history import History, HistoryRow
from labeler.client.jsonread import iso

#: Submissions read at most when loading the whole history.
DEFAULT_CAP = 20_000
PAGE_SIZE = 200
_ZERO = Decimal(0)


@dataclass(frozen=True)
class Entry:
    """One of the annotator's submissions, as the dashboard counts it.

    `status`: the server's `pending`, `accepted`, `rejected`, or what only the
    workbench knows (`waiting`, `uploading`, `refused`). `skipped` is None when unknown
    (the server's history does not say). `gold_passed` is None unless it got a verdict;
    `gold_withdrawn` once the item's gold was removed (the verdict counts nowhere).
    """

    id: str
    item_id: str
    project_id: str
    status: str
    submitted_at: datetime
    active_ms: int
    reward: wire.Reward | None = None
    skipped: bool | None = None
    gold_passed: bool | None = None
    gold_score: float | None = None
    gold_withdrawn: bool = False
    decision: str | None = None
    reason: str | None = None
    comment: str | None = None
    reviewer: str | None = None

    @property
    def gold_counts(self) -> bool:
        """A verdict that counts for accuracy: given and not withdrawn."""
        return self.gold_passed is not None and not self.gold_withdrawn


@dataclass(frozen=True)
class Requirement:
    """What a private pool needs: accuracy over the newest 50 in a skill, and a count."""

    skill: str
    min_accuracy: float
    min_gold: int


@dataclass(frozen=True)
class ProjectInfo:
    """A project as the dashboard needs it."""

    id: str
    name: str
    skill: str
    training: bool = False
    reward: wire.Reward | None = None
    requirement: Requirement | None = None
    eligible: bool = True
    locked_reason: str | None = None
    locked: wire.MessageCode | None = None


@dataclass(frozen=True)
class Loaded:
    """The history as loaded: `complete` unless the cap stopped it or it was stopped;
    `online` False when the server's part could not be had (`error` says why)."""

    entries: tuple[Entry, ...]
    complete: bool
    capped: bool
    online: bool = True
    error: str | None = None


# -- from the wire ------------------------------------------------------------------------------


def _text(mapping: Mapping[str, Any] | None, key: str) -> str | None:
    value = (mapping or {}).get(key)
    return value if isinstance(value, str) and value.strip() else None


def _who(review: Mapping[str, Any] | None) -> str | None:
    value = (review or {}).get("reviewer")
    if isinstance(value, dict):
        value = value.get("username")
    return value if isinstance(value, str) and value else None


def _withdrawn(gold: Mapping[str, Any] | None) -> bool:
    return gold is not None and gold.get("withdrawn") is True


def _verdict(gold: Mapping[str, Any] | None) -> tuple[bool | None, float | None]:
    if not gold or not isinstance(gold.get("passed"), bool):
        return None, None
    score = gold.get("score")
    if isinstance(score, bool) or not isinstance(score, int | float):
        return gold["passed"], None
    return gold["passed"], float(score)


def entry_from_wire(e: wire.HistoryEntry) -> Entry:
    """A server history entry."""
    passed, score = _verdict(e.gold)
    return Entry(
        id=e.id,
        item_id=e.item_id,
        project_id=e.project_id,
        status=e.status,
        submitted_at=e.submitted_at,
        active_ms=max(0, e.active_ms),
        reward=e.reward,
        skipped=None,
        gold_passed=passed,
        gold_score=score,
        gold_withdrawn=_withdrawn(e.gold),
        decision=_text(e.review, "decision"),
        reason=_text(e.review, "reason"),
        comment=_text(e.review, "comment"),
        reviewer=_who(e.review),
    )


def entry_from_row(row: HistoryRow) -> Entry:
    """A workspace history row (server entries and what only the outbox knows)."""
    passed, score = _verdict(row.gold)
    refused = row.state == "refused"
    return Entry(
        id=row.submission_id,
        item_id=row.item_id,
        project_id=row.project_id,
        status=row.state,
        submitted_at=row.submitted_at,
        active_ms=max(0, row.active_ms),
        reward=row.reward,
        skipped=row.skipped,
        gold_passed=passed,
        gold_score=score,
        gold_withdrawn=row.withdrawn,
        decision=_text(row.review, "decision"),
        # A refusal's reason is the server's message, not a review's.
        reason=None if refused else (row.reason or _text(row.review, "reason")),
        comment=_text(row.review, "comment"),
        reviewer=_who(row.review),
    )


def _requirement(raw: Mapping[str, Any], skill: str) -> Requirement | None:
    value = raw.get("requirement")
    if not isinstance(value, dict):
        return None
    accuracy, count = value.get("min_accuracy"), value.get("min_gold", 0)
    if isinstance(accuracy, bool) or not isinstance(accuracy, int | float):
        return None
    if not 0.0 <= accuracy <= 1.0:
        return None
    if isinstance(count, bool) or not isinstance(count, int) or count < 0:
        count = 0
    named = value.get("skill")
    return Requirement(named if isinstance(named, str) and named else skill, accuracy, count)


def project_info(p: wire.Project) -> ProjectInfo:
    """A project of the annotator's list; a malformed requirement reads as none."""
    return ProjectInfo(
        id=p.id,
        name=p.name,
        skill=p.skill,
        training=p.training,
        reward=p.reward,
        requirement=_requirement(p.raw or {}, p.skill),
        eligible=p.eligible,
        locked_reason=p.locked_reason,
        locked=p.locked,
    )


def projects_by_id(projects: Iterable[wire.Project | ProjectInfo]) -> dict[str, ProjectInfo]:
    out: dict[str, ProjectInfo] = {}
    for p in projects:
        info = p if isinstance(p, ProjectInfo) else project_info(p)
        out[info.id] = info
    return out


# -- loading -----------------------------------------------------------------------------------


def _page(source: Any, cursor: str | None, limit: int) -> tuple[list[Entry], str | None, History]:
    got = source.history(limit=limit, cursor=cursor)
    if isinstance(got, History):
        return [entry_from_row(r) for r in got.rows], got.next_cursor, got
    if isinstance(got, wire.HistoryPage):
        online = History((), got.next_cursor, True)
        return [entry_from_wire(e) for e in got.entries], got.next_cursor, online
    raise TypeError(f"history() gave {type(got).__name__}")


def load_history(
    source: Any,
    *,
    cap: int = DEFAULT_CAP,
    page_size: int = PAGE_SIZE,
    progress: Callable[[int], object] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> Loaded:
    """Every submission of the signed-in annotator, newest first, page after page.

    `source` is a `TaskServer` (`history` gives server pages) or a `Workspace` (pages
    with what only the outbox knows on top; offline, the outbox's). Stops at `cap`
    submissions (`capped`) or when `should_stop()` says so. `progress(count)` after
    each page. Errors of the first page propagate; a later failure raises too (nothing
    half-known is shown as whole).
    """
    if cap < 1 or not 1 <= page_size <= 200:
        raise ValueError("cap must be at least 1 and page_size 1..200")
    entries: list[Entry] = []
    seen: set[str] = set()
    cursor: str | None = None
    online, error = True, None
    while True:
        page, cursor, history = _page(source, cursor, min(page_size, cap - len(entries)))
        online, error = online and history.online, error or history.error
        for entry in page:
            if entry.id not in seen:
                seen.add(entry.id)
                entries.append(entry)
        if progress is not None:
            progress(len(entries))
        if cursor is None:
            return Loaded(tuple(entries), True, False, online, error)
        if len(entries) >= cap:
            return Loaded(tuple(entries[:cap]), False, True, online, error)
        if should_stop is not None and should_stop():
            return Loaded(tuple(entries), False, False, online, error)


def is_skip(entry: Entry, projects: Mapping[str, ProjectInfo]) -> bool:
    """Whether a submission was a skip. The server's history does not say: a paid
    project's submission that earns nothing is one (a skip's reward is 0)."""
    if entry.skipped is not None:
        return entry.skipped
    project = projects.get(entry.project_id)
    paid = project is not None and project.reward is not None and project.reward.amount > 0
    return paid and entry.reward is not None and entry.reward.amount == 0


def skill_of(entry: Entry, projects: Mapping[str, ProjectInfo]) -> str | None:
    """The skill a gold answer counts towards; None in a training project."""
    project = projects.get(entry.project_id)
    if project is None:
        return entry.project_id  # the protocol's default skill
    return None if project.training else project.skill


def gold_results(
    entries: Iterable[Entry], projects: Mapping[str, ProjectInfo]
) -> dict[str, list[Entry]]:
    """Gold answers with a verdict that counts, per skill, oldest first (training and
    withdrawn verdicts left out)."""
    out: dict[str, list[Entry]] = defaultdict(list)
    for e in entries:
        skill = skill_of(e, projects) if e.gold_counts else None
        if skill is not None:
            out[skill].append(e)
    for results in out.values():
        results.sort(key=lambda e: (e.submitted_at, e.id))
    return dict(out)


# -- export ------------------------------------------------------------------------------------

CSV_COLUMNS = (
    "submission_id",
    "item_id",
    "project_id",
    "project",
    "status",
    "submitted_at",
    "active_ms",
    "skipped",
    "reward_amount",
    "reward_currency",
    "earned",
    "gold_passed",
    "gold_score",
    "review_decision",
    "review_reason",
    "review_comment",
    "reviewer",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _safe(text: str | None) -> str:
    """Free text as a spreadsheet cell that is never run as a formula."""
    if not text:
        return ""
    return "'" + text if text.startswith(_FORMULA_START) else text


def _flag(value: bool | None) -> str:
    return "" if value is None else ("yes" if value else "no")


def csv_row(e: Entry, projects: Mapping[str, ProjectInfo]) -> list[str]:
    """One submission as a CSV row (`CSV_COLUMNS`)."""
    skip = e.skipped
    if skip is None and e.project_id in projects:
        skip = is_skip(e, projects)
    earned = e.reward.amount if e.reward and e.status == "accepted" and not skip else _ZERO
    project = projects.get(e.project_id)
    return [
        e.id,
        e.item_id,
        e.project_id,
        _safe(project.name if project else ""),
        e.status,
        iso(e.submitted_at),
        str(e.active_ms),
        _flag(skip),
        f"{e.reward.amount:f}" if e.reward else "",
        e.reward.currency if e.reward else "",
        f"{earned:f}",
        _flag(e.gold_passed),
        "" if e.gold_score is None else f"{e.gold_score:.4g}",
        e.decision or "",
        _safe(e.reason),
        _safe(e.comment),
        _safe(e.reviewer),
    ]


def export_csv(
    entries: Iterable[Entry],
    path: Path | str,
    projects: Mapping[str, ProjectInfo] | None = None,
) -> int:
    """Write one's own history to `path`: a header, one row per submission, UTF-8.

    Atomic: written to a temporary file beside it, flushed to disk, then moved into
    place; a failure leaves any earlier file untouched and no temporary file behind.
    Returns the number of rows written."""
    target = Path(path)
    known = projects or {}
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    rows = 0
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(CSV_COLUMNS)
            for e in entries:
                writer.writerow(csv_row(e, known))
                rows += 1
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return rows
