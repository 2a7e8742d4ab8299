"""The rules of project settings (docs/protocol.md): the task server enforces them, and
the lead's settings form says what is wrong beside the input before anything is sent."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation
from typing import Any

from labeler.core.i18n import QT_TRANSLATE_NOOP, Said

#: Settings a lead may give in `POST /projects` and change with `PATCH /projects/{id}`.
SETTINGS = (
    "name",
    "skill",
    "reward",
    "overlap",
    "gold_ratio",
    "gold_ratio_new",
    "calibration_gold",
    "lease_seconds",
    "review_rate",
    "training",
    "pay_failed_gold",
    "requirement",
    "active",
    "lease_order",
)
#: How leasing picks a project's next items: in import order, or the items whose prefill
#: has the lowest confidence first (then those without one, in import order).
LEASE_ORDERS = ("sequence", "least_confident")
MAX_NAME = 200
MAX_ID = 64
MAX_OVERLAP = 1000
MAX_COUNT = 1_000_000
MIN_LEASE, MAX_LEASE = 30, 86_400
MAX_REWARD = Decimal("1000000000")
MAX_DECIMALS = 12
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
SKILL_PATTERN = re.compile(r"^[^\s\x00-\x1f\x7f]{1,64}$")
CURRENCY_PATTERN = re.compile(r"^[A-Za-z]{3}$")


def name_problem(name: str) -> str | None:
    if not name.strip():
        return QT_TRANSLATE_NOOP("messages", "A project needs a name.")
    if len(name) > MAX_NAME:
        return Said(QT_TRANSLATE_NOOP("messages", "At most {count} characters."), count=MAX_NAME)
    if any(unicodedata.category(c) == "Cc" for c in name):
        return QT_TRANSLATE_NOOP("messages", "No control characters, please.")
    return None


def skill_problem(skill: str, *, optional: bool) -> str | None:
    if not skill and optional:
        return None
    if not skill:
        return QT_TRANSLATE_NOOP("messages", "Name the skill the requirement counts.")
    if not SKILL_PATTERN.match(skill):
        return QT_TRANSLATE_NOOP("messages", "1 to 64 characters, no spaces.")
    return None


def parse_amount(text: str) -> Decimal | None:
    """A reward amount as typed (`0.05`, `1,5` is not one), or None when it is not."""
    try:
        amount = Decimal(text.strip())
    except InvalidOperation:
        return None
    return amount if amount.is_finite() else None


def amount_problem(text: str) -> str | None:
    amount = parse_amount(text)
    if amount is None:
        return QT_TRANSLATE_NOOP("messages", "Must be a number, such as 0.05.")
    if amount < 0 or amount > MAX_REWARD:
        return QT_TRANSLATE_NOOP("messages", "Must be from 0 to 1,000,000,000.")
    exponent = amount.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -MAX_DECIMALS:
        return Said(
            QT_TRANSLATE_NOOP("messages", "Must have at most {count} decimals."), count=MAX_DECIMALS
        )
    return None


def currency_problem(text: str) -> str | None:
    if CURRENCY_PATTERN.match(text.strip()):
        return None
    return QT_TRANSLATE_NOOP("messages", "Three letters, such as USD or PKR.")


def check_settings(values: dict[str, Any]) -> dict[str, str]:
    """Problems of the typed settings, keyed by the server's path (`reward.amount`)."""
    problems: dict[str, str] = {}
    checks = [
        ("name", name_problem(str(values.get("name", "")))),
        ("skill", skill_problem(str(values.get("skill") or ""), optional=True)),
    ]
    reward = values.get("reward") or {}
    checks.append(("reward.amount", amount_problem(str(reward.get("amount", "")))))
    checks.append(("reward.currency", currency_problem(str(reward.get("currency", "")))))
    requirement = values.get("requirement")
    if isinstance(requirement, dict):
        skill = str(requirement.get("skill") or "")
        checks.append(("requirement.skill", skill_problem(skill, optional=False)))
    for path, problem in checks:
        if problem is not None:
            problems[path] = problem
    return problems


def publish_warnings(values: dict[str, Any], gold_skills: set[str]) -> list[tuple[str, str]]:
    """What annotators would not expect of an open project with these settings (the
    wire's shape), as (setting path, sentence), to confirm before it is published; none
    for a closed project. `gold_skills`: the skills other projects give gold answers in
    (their own, outside training), which a requirement needs to be met at all."""
    if not values.get("active", True):
        return []
    out: list[tuple[str, str]] = []
    reward = values.get("reward") or {}
    amount = parse_amount(str(reward.get("amount", "")))
    if amount is not None and amount == 0:
        currency = str(reward.get("currency") or "").upper()
        pays = f"0 {currency}" if currency else "nothing"
        sentence = f"This project pays {pays} per item. Annotators will see it as unpaid."
        out.append(("reward.amount", sentence))
    requirement = values.get("requirement")
    if isinstance(requirement, dict):
        skill = str(requirement.get("skill") or "")
        if skill and skill not in gold_skills:
            sentence = (
                f"Its requirement counts gold answers in “{skill}”, which no other project "
                "gives. Annotators will see it locked, with no way to unlock it."
            )
            out.append(("requirement.skill", sentence))
    return out


def lease_text(seconds: int) -> str:
    """`30 min`, `1 h 30 min`, `45 s`: a lease length as people say it."""
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    parts = [f"{hours} h"] if hours else []
    if minutes:
        parts.append(f"{minutes} min")
    if secs or not parts:
        parts.append(f"{secs} s")
    return " ".join(parts)
