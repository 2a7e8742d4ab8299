"""The next private pool to unlock: the locked pool closest to its requirement, and
what it still needs in plain words ("3 more control items at ≥ 92%; you are at 88.0%
over 17"). Pure; Qt-free.

Accuracy is over the newest 50 gold answers in a skill (`SKILL_WINDOW`), as the task
server counts it; passing never lowers it, so the first count of passes that meets the
requirement is what is needed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from labeler.client import wire
from labeler.client.ownhistory import Entry, ProjectInfo, Requirement, gold_results
from labeler.core.stats import SKILL_WINDOW, skill_summary


@dataclass(frozen=True)
class PoolGoal:
    """The locked private pool closest to its requirement, and what it needs.

    `more_gold`: gold answers still needed, all passed when accuracy is short
    (`estimated` when the order of the older answers in the window is not known);
    `text`: the same in one plain sentence.
    """

    project_id: str
    name: str
    requirement: Requirement
    gold_answered: int
    accuracy: float | None
    more_gold: int
    all_passed: bool
    estimated: bool
    text: str
    locked_reason: str | None
    #: `locked_reason` as a message code, when the server gave one.
    locked: wire.MessageCode | None = None


# -- the next pool --------------------------------------------------------------------------------


def _met(req: Requirement, newest_first: Sequence[bool], answered: int) -> bool:
    summary = skill_summary(newest_first)
    accuracy = summary.accuracy
    return answered >= req.min_gold and (
        req.min_accuracy <= 0 or (accuracy is not None and accuracy >= req.min_accuracy - 1e-9)
    )


def _spread(answered: int, accuracy: float | None) -> list[bool]:
    """A stand-in for the newest results when only the rate is known: passes spread
    evenly over the window."""
    n = min(answered, SKILL_WINDOW)
    passed = round((accuracy or 0.0) * n)
    return [(i + 1) * passed // n > i * passed // n for i in range(n)] if n else []


def more_gold_needed(
    req: Requirement, newest_first: Sequence[bool], answered: int
) -> tuple[int, bool]:
    """How many more gold answers, all passed, meet `req`; and whether accuracy (not
    only the count) is what is short. Passing never lowers the accuracy, so the first
    count that meets it is the answer (at most a full window past the count needed)."""
    base = max(0, req.min_gold - answered)
    for k in range(base, base + SKILL_WINDOW + 1):
        if _met(req, [True] * k + list(newest_first), answered + k):
            return k, k > base
    return base + SKILL_WINDOW, True


def _pct(fraction: float) -> str:
    return f"{round(fraction * 100, 1):g}%"


def _have(fraction: float) -> str:
    # Rounded down, so a shortfall never reads as the bar.
    return f"{int(fraction * 1000 + 1e-9) / 10:.1f}%"


def goal_text(
    req: Requirement,
    answered: int,
    accuracy: float | None,
    more: int,
    all_passed: bool,
    estimated: bool,
) -> str:
    """One plain sentence: what a pool still needs."""
    if accuracy is None or answered == 0:
        have = "you have no control items yet"
    elif answered > SKILL_WINDOW:
        have = f"you are at {_have(accuracy)} over your last {SKILL_WINDOW} of {answered}"
    else:
        have = f"you are at {_have(accuracy)} over {answered}"
    if more == 0:
        return f"You meet it now ({have}); refresh the project list."
    items = "control item" if more == 1 else "control items"
    about = "about " if estimated else ""
    if all_passed:
        need = f"{about}{more} more {items}, all passed, to reach ≥ {_pct(req.min_accuracy)}"
    else:
        need = f"{more} more {items} at ≥ {_pct(req.min_accuracy)}"
    return f"{need[0].upper()}{need[1:]}; {have}."


def next_pool(
    projects: Mapping[str, ProjectInfo],
    me: wire.Me | None,
    entries: Iterable[Entry] = (),
) -> PoolGoal | None:
    """The locked private pool closest to its requirement (fewest gold answers still
    needed, then the smaller accuracy gap); None when no pool is locked.

    The skill's figures are `/me`'s; the newest results in the window come from the
    history when it has them all (exact), else passes are assumed spread evenly
    (`estimated`)."""
    results = gold_results(entries, projects)
    best: tuple[tuple[int, float, str], PoolGoal] | None = None
    for p in projects.values():
        req = p.requirement
        if req is None or p.eligible:
            continue
        skill = me.skills.get(req.skill) if me is not None else None
        known = [bool(e.gold_passed) for e in reversed(results.get(req.skill, []))]
        # The history may be newer than `/me`: it is never behind it.
        answered = max(skill.gold_answered if skill else 0, len(known))
        accuracy = skill.accuracy if skill and answered == skill.gold_answered else None
        exact = len(known) >= min(answered, SKILL_WINDOW)
        if accuracy is None and known:
            accuracy = skill_summary(known).accuracy
        newest = known[:SKILL_WINDOW] if exact else _spread(answered, accuracy)
        more, all_passed = more_gold_needed(req, newest, answered)
        estimated = not exact and all_passed and answered > 0
        goal = PoolGoal(
            project_id=p.id,
            name=p.name,
            requirement=req,
            gold_answered=answered,
            accuracy=accuracy,
            more_gold=more,
            all_passed=all_passed,
            estimated=estimated,
            text=goal_text(req, answered, accuracy, more, all_passed, estimated),
            locked_reason=p.locked_reason,
            locked=p.locked,
        )
        gap = max(0.0, req.min_accuracy - (accuracy or 0.0))
        key = (more, gap, p.name.casefold())
        if best is None or key < best[0]:
            best = (key, goal)
    return best[1] if best else None


def requirement_line(
    projects: Mapping[str, ProjectInfo], skill: str, goal: PoolGoal | None
) -> float | None:
    """The accuracy to draw on a skill's chart: the next pool's when it is on this
    skill, else the highest requirement of a locked pool on it, else of any pool."""
    if goal is not None and goal.requirement.skill == skill:
        return goal.requirement.min_accuracy
    reqs = [
        (p.eligible, p.requirement.min_accuracy)
        for p in projects.values()
        if p.requirement and p.requirement.skill == skill
    ]
    locked = [a for eligible, a in reqs if not eligible]
    pool = locked or [a for _, a in reqs]
    return max(pool) if pool else None
