"""Validation of project settings, and project ids made from names.

Every setting gets a 400 `invalid_request` naming it (`details.path`) when wrong. The
limits are `labeler.core.projectsettings`, which the lead's settings form shows too.
"""

from __future__ import annotations

import math
import re
import unicodedata
import uuid
from decimal import Decimal, InvalidOperation
from typing import Any

from labeler.core.projectsettings import (
    CURRENCY_PATTERN,
    ID_PATTERN,
    LEASE_ORDERS,
    MAX_COUNT,
    MAX_LEASE,
    MAX_NAME,
    MAX_OVERLAP,
    MAX_REWARD,
    MIN_LEASE,
    SETTINGS,
    SKILL_PATTERN,
)
from labeler.server.errors import bad_request


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _int(name: str, value: object, low: int, high: int) -> int:
    if not _is_int(value) or not low <= value <= high:  # type: ignore[operator]
        raise bad_request(f"{name} must be an integer from {low} to {high}.", path=name)
    return value  # type: ignore[return-value]


def _fraction(name: str, value: object) -> float:
    if not (_is_int(value) or isinstance(value, float)):
        raise bad_request(f"{name} must be a number from 0 to 1.", path=name)
    if _is_int(value) and not 0 <= value <= 1:  # type: ignore[operator]
        raise bad_request(f"{name} must be a number from 0 to 1.", path=name)
    number = float(value)  # type: ignore[arg-type]
    if not math.isfinite(number) or not 0.0 <= number <= 1.0:
        raise bad_request(f"{name} must be a number from 0 to 1.", path=name)
    return number


def _bool(name: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise bad_request(f"{name} must be true or false.", path=name)
    return value


def check_name(value: object) -> str:
    """A project name: 1–200 characters, not blank."""
    if (
        not isinstance(value, str)
        or not value.strip()
        or len(value) > MAX_NAME
        or any(unicodedata.category(c) == "Cc" for c in value)
    ):
        raise bad_request(
            f"name must be a non-blank string of at most {MAX_NAME} characters.", path="name"
        )
    return value.strip()


def check_skill(value: object, name: str = "skill") -> str:
    if not isinstance(value, str) or not SKILL_PATTERN.match(value):
        raise bad_request(f"{name} must be 1 to 64 characters without whitespace.", path=name)
    return value


def check_reward(value: object) -> tuple[str, str]:
    """`{"amount": decimal ≥ 0 (string or number), "currency": three letters}` → columns."""
    if not isinstance(value, dict) or set(value) - {"amount", "currency"}:
        raise bad_request('reward must be {"amount", "currency"}.', path="reward")
    raw = value.get("amount", "0")
    amount: Decimal | None = None
    if isinstance(raw, str) and len(raw) <= 32:
        try:
            amount = Decimal(raw.strip())
        except InvalidOperation:
            amount = None
    elif _is_int(raw):
        amount = Decimal(raw)
    elif isinstance(raw, float):
        amount = Decimal(str(raw)) if math.isfinite(raw) else None
    exponent = amount.as_tuple().exponent if amount is not None else 0
    if isinstance(exponent, int) and exponent < -12:
        amount = None  # more than 12 decimal places
    if amount is None or not amount.is_finite() or amount < 0 or amount > MAX_REWARD:
        raise bad_request(
            "reward.amount must be a decimal number from 0 to 1000000000 (a string such as "
            '"0.05", or a number).',
            path="reward.amount",
        )
    text = format(amount.normalize(), "f") if amount else "0"
    if len(text) > 32:
        raise bad_request("reward.amount has too many digits.", path="reward.amount")
    currency = value.get("currency", "USD")
    if not isinstance(currency, str) or not CURRENCY_PATTERN.match(currency):
        raise bad_request(
            "reward.currency must be three letters, e.g. USD.", path="reward.currency"
        )
    return text, currency.upper()


def check_requirement(value: object) -> tuple[str, float, int] | None:
    """None, or `{"skill", "min_accuracy" in [0, 1], "min_gold" int ≥ 0 (default 0)}`."""
    if value is None:
        return None
    if not isinstance(value, dict) or set(value) - {"skill", "min_accuracy", "min_gold"}:
        raise bad_request(
            'requirement must be null or {"skill", "min_accuracy", "min_gold"}.', path="requirement"
        )
    skill = check_skill(value.get("skill"), "requirement.skill")
    accuracy = _fraction("requirement.min_accuracy", value.get("min_accuracy"))
    min_gold = _int("requirement.min_gold", value.get("min_gold", 0), 0, MAX_COUNT)
    return skill, accuracy, min_gold


def check_settings(body: dict[str, Any]) -> dict[str, Any]:
    """Validated settings as Project column values (only the keys present in `body`)."""
    out: dict[str, Any] = {}
    for key, value in body.items():
        if key not in SETTINGS:
            raise bad_request(f"Unknown setting {key!r}.", path=key)
        if key == "name":
            out["name"] = check_name(value)
        elif key == "skill":
            out["skill"] = check_skill(value)
        elif key == "reward":
            out["reward_amount"], out["reward_currency"] = check_reward(value)
        elif key == "overlap":
            out["overlap"] = _int(key, value, 1, MAX_OVERLAP)
        elif key in ("gold_ratio", "gold_ratio_new", "review_rate"):
            out[key] = _fraction(key, value)
        elif key == "calibration_gold":
            out[key] = _int(key, value, 0, MAX_COUNT)
        elif key == "lease_seconds":
            out[key] = _int(key, value, MIN_LEASE, MAX_LEASE)
        elif key in ("training", "active", "pay_failed_gold"):
            out[key] = _bool(key, value)
        elif key == "lease_order":
            if value not in LEASE_ORDERS:
                raise bad_request(
                    f"lease_order must be one of {', '.join(LEASE_ORDERS)}.", path=key
                )
            out[key] = value
        elif key == "requirement":
            req = check_requirement(value)
            out["requirement_skill"] = req[0] if req else None
            out["requirement_min_accuracy"] = req[1] if req else None
            out["requirement_min_gold"] = req[2] if req else None
    return out


def storable_id(value: str) -> bool:
    """False for path ids no row can have (too long, or a NUL that PostgreSQL refuses)."""
    return len(value) <= 255 and "\x00" not in value


def check_project_id(value: object) -> str:
    """An explicit project id: lowercase letters, digits, '-' and '_', at most 64."""
    if not isinstance(value, str) or not ID_PATTERN.match(value):
        raise bad_request(
            "id must be 1 to 64 lowercase letters, digits, '-' or '_', starting with a letter "
            "or digit.",
            path="id",
        )
    return value


def slugify(name: str) -> str:
    """A URL-friendly id from a name ("Street scenes!" → "street-scenes").

    Accents are dropped; a name with no Latin letters or digits (e.g. Urdu) gets
    "project-" and eight random hex digits.
    """
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:48].strip("-")
    return slug or f"project-{uuid.uuid4().hex[:8]}"
