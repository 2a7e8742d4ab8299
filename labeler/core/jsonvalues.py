"""Small predicates and path helpers for checking decoded JSON values.

JSON booleans decode to Python `bool`, which is an `int`; every check here
rejects them where a number is meant.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from typing import Any, TypeGuard

from labeler.core.i18n import QT_TRANSLATE_NOOP, Said
from labeler.core.problems import Problem


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
    problem = string_problem_at("", value)
    return None if problem is None else problem.message


def string_problem_at(path: str, value: object) -> Problem | None:
    """The problem of `value` at `path` when it is not a clean string, else None."""
    if not isinstance(value, str):
        return Problem.of(
            path,
            QT_TRANSLATE_NOOP("messages", "must be a string, not {type}"),
            type=type_name(value),
        )
    if not is_clean_str(value):
        return Problem(
            path,
            QT_TRANSLATE_NOOP("messages", "must not contain NUL characters or unpaired surrogates"),
        )
    return None


def type_name(value: object) -> str:
    """The JSON name of a decoded value's type, for messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return QT_TRANSLATE_NOOP("messages", "a boolean")
    if isinstance(value, int | float):
        return QT_TRANSLATE_NOOP("messages", "a number")
    if isinstance(value, str):
        return QT_TRANSLATE_NOOP("messages", "a string")
    if isinstance(value, list | tuple):
        return QT_TRANSLATE_NOOP("messages", "a list")
    if isinstance(value, dict):
        return QT_TRANSLATE_NOOP("messages", "an object")
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


#: How deep the JSON the task server stores may nest: an object or a list inside at most
#: 31 others (`{"a": [1]}` is 2 deep; a string or a number alone, 0). Answers nest 5 deep
#: at most; the limit leaves room for an item's `data` and keeps every stored value well
#: within what the server's JSON encoder serves (it stops near 254 levels).
MAX_STORED_DEPTH = 32
#: How large a JSON value the task server stores may be: its compact UTF-8 encoding.
MAX_STORED_BYTES = 1024 * 1024


def stored_json_problem(value: object) -> str | None:
    """Why the task server would not store `value` (an item's data or prefill, an answer, a
    gold answer, a schema), or None when it may. One rule for every stored JSON value, so
    that whatever is stored can always be served back: at most `MAX_STORED_DEPTH` deep and
    `MAX_STORED_BYTES` long."""
    if json_depth(value, MAX_STORED_DEPTH) > MAX_STORED_DEPTH:
        return Said(
            QT_TRANSLATE_NOOP("messages", "nests objects and lists more than {depth} deep"),
            depth=MAX_STORED_DEPTH,
        )
    size = json_size(value)
    if size > MAX_STORED_BYTES:
        return Said(
            QT_TRANSLATE_NOOP("messages", "takes {size} bytes as JSON; at most {limit} are stored"),
            size=size,
            limit=MAX_STORED_BYTES,
        )
    return None


def json_depth(value: object, stop_after: int | None = None) -> int:
    """How many objects and lists nest in `value` at its deepest (`[[1]]` is 2). Walks
    without recursion, so a value deeper than Python's stack is measured too; with
    `stop_after`, stops as soon as the depth passes it."""
    deepest = 0
    stack: list[tuple[object, int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict):
            children: Iterable[object] = node.values()
        elif isinstance(node, list | tuple):
            children = node
        else:
            continue
        deepest = max(deepest, depth)
        if stop_after is not None and deepest > stop_after:
            break
        stack.extend(
            (child, depth + 1) for child in children if isinstance(child, dict | list | tuple)
        )
    return deepest


def json_size(value: object) -> int:
    """The bytes of `value` as compact UTF-8 JSON, as the limits count them."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return len(text.encode("utf-8", "surrogatepass"))
