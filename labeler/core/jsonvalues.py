"""Small predicates and path helpers for checking decoded JSON values.

JSON booleans decode to Python `bool`, which is an `int`; every check here
rejects them where a number is meant.
"""

from __future__ import annotations

import math
from typing import Any, TypeGuard


def is_int(value: object) -> TypeGuard[int]:
    """True for a JSON integer (not a boolean, not a float such as 3.0)."""
    return isinstance(value, int) and not isinstance(value, bool)


def is_number(value: object) -> TypeGuard[int | float]:
    """True for a finite JSON number (NaN and infinities are not numbers here)."""
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return True
    return isinstance(value, float) and math.isfinite(value)


def is_clean_str(value: object) -> TypeGuard[str]:
    """True for a string that can be stored anywhere: no lone surrogates, no NUL.

    Both can arrive through JSON escapes (`\\ud800`, `\\u0000`) and break UTF-8
    encoders and PostgreSQL text columns later on.
    """
    if not isinstance(value, str) or "\x00" in value:
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def string_problem(value: object) -> str | None:
    """Why `value` is not a clean string, or None when it is one."""
    if not isinstance(value, str):
        return f"must be a string, not {type_name(value)}"
    if not is_clean_str(value):
        return "must not contain NUL characters or unpaired surrogates"
    return None


def type_name(value: object) -> str:
    """The JSON name of a decoded value's type, for messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list | tuple):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def join(path: str, key: str | int) -> str:
    """Extend a path: `join("fields[1]", "labels")`, `join("fields", 1)`."""
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


def short(value: Any, limit: int = 40) -> str:
    """A value for a message, cut to `limit` characters."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"
