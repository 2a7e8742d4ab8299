"""The annotator's dashboard: their own figures, computed from their history.

Pure functions over `Entry` values (one per submission, `labeler.client.ownhistory`)
and `ProjectInfo` values (the project list as the annotator sees it). The whole history
is read by `load_history` and written out by `export_csv` (both re-exported here); the
next pool to unlock is `labeler.client.unlock`.

Rules the figures follow (the task server's):

- an item counts once per submission, skips included (as the feedback bar counts);
  active time is the sum of `active_ms`; items per hour is items over active hours;
- only accepted work earns: accepted submissions are *approved* earnings, those waiting
  for review or not uploaded yet are *pending*, rejected ones are what a rejection cost;
  skips and refused submissions earn nothing;
- gold accuracy is over the newest 50 gold answers in a skill (`SKILL_WINDOW`);
  training projects do not count, a skipped gold item has no verdict, and a withdrawn
  verdict (the item's gold removed) counts nowhere;
- days are local calendar days (`tz`, the machine's zone by default).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from decimal import Decimal
from typing import Any

from labeler.client import wire
from labeler.client.errors import ClientError
from labeler.client.ownhistory import (
    CSV_COLUMNS,
    DEFAULT_CAP,
    Entry,
    Loaded,
    ProjectInfo,
    Requirement,
    export_csv,
    gold_results,
    is_skip,
    load_history,
    project_info,
    projects_by_id,
)
from labeler.client.unlock import PoolGoal, next_pool, requirement_line
from labeler.core.stats import SKILL_WINDOW

__all__ = [
    "CSV_COLUMNS",
    "DEFAULT_CAP",
    "Dashboard",
    "DayFigures",
    "Entry",
    "Figures",
    "GoldPoint",
    "Loaded",
    "Money",
    "PoolGoal",
    "ProjectFigures",
    "ProjectInfo",
    "Reading",
    "Rejection",
    "Requirement",
    "by_day",
    "by_project",
    "export_csv",
    "figures",
    "gold_series",
    "last_days",
    "load_history",
    "next_pool",
    "project_info",
    "projects_by_id",
    "read",
    "rejections",
    "summarize",
]

#: States that will still earn once accepted: under review, or not with the server yet.
PENDING_STATES = frozenset({"pending", "waiting", "uploading"})
NO_REASON = "No reason given"
_ZERO = Decimal(0)


@dataclass(frozen=True)
class Money:
    """Earnings in one currency: approved (accepted work), pending, and rejected."""

    approved: Decimal = _ZERO
    pending: Decimal = _ZERO
    rejected: Decimal = _ZERO


@dataclass(frozen=True)
class Figures:
    """Counts and sums over some submissions."""

    items: int = 0
    skips: int = 0
    active_ms: int = 0
    pending: int = 0
    accepted: int = 0
    rejected: int = 0
    refused: int = 0
    gold_answered: int = 0
    gold_passed: int = 0
    earnings: Mapping[str, Money] = field(default_factory=dict)

    @property
    def active_hours(self) -> float:
        return self.active_ms / 3_600_000

    @property
    def items_per_hour(self) -> float | None:
        """Items per hour of active time; None before any active time."""
        return self.items * 3_600_000 / self.active_ms if self.active_ms > 0 else None

    @property
    def gold_accuracy(self) -> float | None:
        """Passed over answered gold items (all of them, not a window); None without."""
        return self.gold_passed / self.gold_answered if self.gold_answered else None

    def money(self, currency: str) -> Money:
        return self.earnings.get(currency, Money())


@dataclass(frozen=True)
class DayFigures:
    """One local calendar day."""

    day: date
    figures: Figures


@dataclass(frozen=True)
class ProjectFigures:
    """One project."""

    project_id: str
    name: str
    figures: Figures


@dataclass(frozen=True)
class GoldPoint:
    """Accuracy over the newest `window` gold answers, just after the answer at `at`."""

    at: datetime
    accuracy: float
    window: int
    passed: bool


@dataclass(frozen=True)
class Comment:
    """A reviewer's comment on a rejected submission."""

    at: datetime
    project_id: str
    item_id: str
    text: str
    reviewer: str | None


@dataclass(frozen=True)
class Rejection:
    """One rejection reason: how often, when last, the newest comments given with it."""

    reason: str
    count: int
    last_at: datetime
    comments: tuple[Comment, ...]


def local_day(moment: datetime, tz: tzinfo | None = None) -> date:
    """The calendar day of a moment in `tz` (the machine's zone when None)."""
    return moment.astimezone(tz).date()


def figures(entries: Iterable[Entry], projects: Mapping[str, ProjectInfo]) -> Figures:
    """Counts, active time, gold answers and earnings of some submissions."""
    counts: Counter[str] = Counter()
    active = 0
    money: dict[str, list[Decimal]] = defaultdict(lambda: [_ZERO, _ZERO, _ZERO])
    for e in entries:
        skip = is_skip(e, projects)
        counts["items"] += 1
        counts["skips"] += skip
        active += e.active_ms
        state = "pending" if e.status in PENDING_STATES else e.status
        counts[state] += 1
        if e.gold_counts:
            counts["gold_answered"] += 1
            counts["gold_passed"] += bool(e.gold_passed)
        if skip or e.reward is None or not e.reward.currency:
            continue
        slot = {"accepted": 0, "pending": 1, "rejected": 2}.get(state)
        if slot is not None:
            money[e.reward.currency][slot] += e.reward.amount
    return Figures(
        items=counts["items"],
        skips=counts["skips"],
        active_ms=active,
        pending=counts["pending"],
        accepted=counts["accepted"],
        rejected=counts["rejected"],
        refused=counts["refused"],
        gold_answered=counts["gold_answered"],
        gold_passed=counts["gold_passed"],
        earnings={c: Money(*v) for c, v in sorted(money.items())},
    )


def by_day(
    entries: Iterable[Entry], projects: Mapping[str, ProjectInfo], tz: tzinfo | None = None
) -> list[DayFigures]:
    """Figures per local calendar day with work, oldest first."""
    days: dict[date, list[Entry]] = defaultdict(list)
    for e in entries:
        days[local_day(e.submitted_at, tz)].append(e)
    return [DayFigures(d, figures(days[d], projects)) for d in sorted(days)]


def last_days(days: Sequence[DayFigures], today: date, count: int) -> list[DayFigures]:
    """The `count` calendar days up to `today`, days without work as empty figures."""
    known = {d.day: d for d in days}
    span = [today - timedelta(days=i) for i in range(count - 1, -1, -1)]
    return [known.get(d, DayFigures(d, Figures())) for d in span]


def by_project(
    entries: Iterable[Entry], projects: Mapping[str, ProjectInfo]
) -> list[ProjectFigures]:
    """Figures per project, most items first; unknown projects by their id."""
    groups: dict[str, list[Entry]] = defaultdict(list)
    for e in entries:
        groups[e.project_id].append(e)
    out = []
    for pid, group in groups.items():
        name = projects[pid].name if pid in projects else pid
        out.append(ProjectFigures(pid, name, figures(group, projects)))
    out.sort(key=lambda p: (-p.figures.items, p.name.casefold()))
    return out


def main_currency(totals: Figures) -> str | None:
    """The currency most of the money is in (the charts show that one)."""
    if not totals.earnings:
        return None

    def size(c: str) -> Decimal:
        m = totals.earnings[c]
        return m.approved + m.pending + m.rejected

    return max(sorted(totals.earnings), key=size)


def gold_series(
    entries: Iterable[Entry],
    projects: Mapping[str, ProjectInfo],
    skill: str,
    window: int = SKILL_WINDOW,
) -> list[GoldPoint]:
    """Accuracy in `skill` over the newest `window` gold answers after each one."""
    results = gold_results(entries, projects).get(skill, [])
    points, recent = [], []
    for e in results:
        recent.append(bool(e.gold_passed))
        recent = recent[-window:]
        points.append(
            GoldPoint(e.submitted_at, sum(recent) / len(recent), len(recent), bool(e.gold_passed))
        )
    return points


def rejections(entries: Iterable[Entry], comments: int = 3) -> list[Rejection]:
    """Rejection reasons, most frequent first, with the newest `comments` of each."""
    groups: dict[str, list[Entry]] = defaultdict(list)
    for e in entries:
        if e.status == "rejected":
            groups[(e.reason or "").strip() or NO_REASON].append(e)
    out = []
    for reason, group in groups.items():
        group.sort(key=lambda e: e.submitted_at, reverse=True)
        said = [
            Comment(e.submitted_at, e.project_id, e.item_id, e.comment, e.reviewer)
            for e in group
            if e.comment
        ]
        out.append(Rejection(reason, len(group), group[0].submitted_at, tuple(said[:comments])))
    out.sort(key=lambda r: (-r.count, -r.last_at.timestamp(), r.reason))
    return out


# -- everything at once ---------------------------------------------------------------------


@dataclass(frozen=True)
class Dashboard:
    """Every figure of the dashboard, computed off the GUI thread."""

    today: Figures
    totals: Figures
    days: tuple[DayFigures, ...]
    projects: tuple[ProjectFigures, ...]
    rejections: tuple[Rejection, ...]
    skills: tuple[str, ...]
    series: Mapping[str, tuple[GoldPoint, ...]]
    requirement: Mapping[str, float | None]
    goal: PoolGoal | None
    currency: str | None
    day: date
    #: Every currency there is money in, by code: amounts are shown per currency, never
    #: added up across them.
    currencies: tuple[str, ...] = ()


def summarize(
    entries: Sequence[Entry],
    projects: Mapping[str, ProjectInfo],
    me: wire.Me | None,
    *,
    now: datetime | None = None,
    tz: tzinfo | None = None,
) -> Dashboard:
    """The whole dashboard from the history, the project list and `/me`."""
    moment = now or datetime.now().astimezone()
    day = local_day(moment, tz)
    days = by_day(entries, projects, tz)
    today = next((d.figures for d in days if d.day == day), Figures())
    totals = figures(entries, projects)
    goal = next_pool(projects, me, entries)
    results = gold_results(entries, projects)
    # The next pool's skill first when there are answers in it, then by how many gold
    # answers each has; the next pool's skill last when it has none yet.
    aim = goal.requirement.skill if goal is not None else None
    skills = sorted(results, key=lambda s: (s != aim, -len(results[s]), s))
    if aim is not None and aim not in skills:
        skills.append(aim)
    return Dashboard(
        today=today,
        totals=totals,
        days=tuple(days),
        projects=tuple(by_project(entries, projects)),
        rejections=tuple(rejections(entries)),
        skills=tuple(skills),
        series={s: tuple(gold_series(entries, projects, s)) for s in skills},
        requirement={s: requirement_line(projects, s, goal) for s in skills},
        goal=goal,
        currency=main_currency(totals),
        day=day,
        currencies=tuple(sorted(totals.earnings)),
    )


@dataclass(frozen=True)
class Reading:
    """What `read` found: the history, the projects, `/me`, the figures, and what could
    not be had besides the history (`problems`, sentences)."""

    loaded: Loaded
    projects: Mapping[str, ProjectInfo]
    me: wire.Me | None
    dashboard: Dashboard
    problems: tuple[str, ...]


def read(
    source: Any,
    *,
    cap: int = DEFAULT_CAP,
    progress: Callable[[int], object] | None = None,
    should_stop: Callable[[], bool] | None = None,
    now: datetime | None = None,
    tz: tzinfo | None = None,
) -> Reading:
    """Everything the dashboard shows (network; off the GUI thread): the whole history
    (`load_history`), the project list and `/me` from `source` (a `Workspace` or a
    `TaskServer`), and the figures. A failure of the history raises; without the
    project list or `/me` the figures are still made, and `problems` says what is
    missing."""
    problems = []
    projects: list[wire.Project] = []
    me: wire.Me | None = None
    try:
        projects = list(source.projects())
    except ClientError as exc:
        problems.append(f"The project list could not be read ({exc.message}).")
    try:
        me = source.me()
    except ClientError as exc:
        problems.append(f"Your skills could not be read ({exc.message}).")
    loaded = load_history(source, cap=cap, progress=progress, should_stop=should_stop)
    known = projects_by_id(projects)
    shown = summarize(loaded.entries, known, me, now=now, tz=tz)
    return Reading(loaded, known, me, shown, tuple(problems))
