"""What an item's `data` may carry for comparisons (PROTOCOL.md "Item data"): the
candidates to compare, a conversation, a record to verify or a record pair.

`item_data_problems` checks those shapes (the task server calls it on every item it
creates); `keyed_candidates` gives candidates without a `key` theirs (A, B, C… in
order); `item_data_parts` gives what answer validation needs to know of the item
(`ItemContext(candidates=…, record_keys=…)`). Anything else in `data` is free.
"""

from __future__ import annotations

import re
from typing import Any

from labeler.core.i18n import QT_TRANSLATE_NOOP
from labeler.core.jsonvalues import is_number, join, string_problem_at, type_name
from labeler.core.problems import Problem

#: The keys of candidates, in order: the first candidate is A.
CANDIDATE_KEYS = tuple("ABCDEFGHIJ")
MIN_CANDIDATES = 2
MAX_CANDIDATES = len(CANDIDATE_KEYS)
MAX_TURNS = 200
_CANDIDATE_FIELDS = {"key", "text", "media", "title", "url"}
_TURN_FIELDS = {"role", "text"}
_SHA256 = re.compile(r"[0-9a-f]{64}")


def candidate_keys(data: object) -> tuple[str, ...]:
    """The keys of the item's candidates, in order; () when it has none.

    A candidate without a `key` has its position's letter, as `keyed_candidates`
    gives it."""
    candidates = data.get("candidates") if isinstance(data, dict) else None
    if not isinstance(candidates, list):
        return ()
    keys = []
    for i, candidate in enumerate(candidates[:MAX_CANDIDATES]):
        key = candidate.get("key") if isinstance(candidate, dict) else None
        keys.append(key if isinstance(key, str) else CANDIDATE_KEYS[i])
    return tuple(keys)


def record_keys(data: object) -> tuple[str, ...]:
    """The keys of the item's `data.record`, in order; () when it has none."""
    record = data.get("record") if isinstance(data, dict) else None
    return tuple(record) if isinstance(record, dict) else ()


def item_data_parts(data: object) -> dict[str, tuple[str, ...]]:
    """`{"candidates": …, "record_keys": …}` of an item's `data`, for
    `ItemContext(text=…, **item_data_parts(data))`: what item-aware answer validation
    checks (an item without candidates or record has `()`, which is known: none)."""
    return {"candidates": candidate_keys(data), "record_keys": record_keys(data)}


def candidate_media(data: object) -> list[str]:
    """The sha256 of every candidate's `media`, in order (well-formed ones only)."""
    candidates = data.get("candidates") if isinstance(data, dict) else None
    if not isinstance(candidates, list):
        return []
    out = []
    for candidate in candidates:
        sha = candidate.get("media") if isinstance(candidate, dict) else None
        if isinstance(sha, str) and _SHA256.fullmatch(sha):
            out.append(sha)
    return out


def keyed_candidates(data: dict[str, Any]) -> dict[str, Any]:
    """`data` with a `key` given to every candidate object that has none (its position's
    letter: A first). Returns `data` itself when nothing changes; never raises."""
    candidates = data.get("candidates")
    if not isinstance(candidates, list) or not any(
        isinstance(c, dict) and "key" not in c for c in candidates[:MAX_CANDIDATES]
    ):
        return data
    keyed = [
        {"key": CANDIDATE_KEYS[i], **c}
        if i < MAX_CANDIDATES and isinstance(c, dict) and "key" not in c
        else c
        for i, c in enumerate(candidates)
    ]
    return {**data, "candidates": keyed}


def item_data_problems(data: object, path: str = "data") -> list[Problem]:
    """Every problem of the comparison shapes in an item's `data`, with paths under
    `path` (`data.candidates[2].key`). Other keys of `data` are not looked at."""
    out: list[Problem] = []
    if not isinstance(data, dict):
        return out
    if "candidates" in data:
        _check_candidates(data["candidates"], join(path, "candidates"), out)
    if "conversation" in data:
        _check_conversation(data["conversation"], join(path, "conversation"), out)
    if "record" in data:
        _check_record(data["record"], join(path, "record"), out)
    if "records" in data:
        where = join(path, "records")
        records = data["records"]
        if not isinstance(records, list) or len(records) != 2:
            out.append(
                Problem(where, QT_TRANSLATE_NOOP("messages", "must be a list of two records"))
            )
        else:
            for i, record in enumerate(records):
                _check_record(record, join(where, i), out)
    return out


def _check_candidates(value: object, where: str, out: list[Problem]) -> None:
    if not isinstance(value, list) or not MIN_CANDIDATES <= len(value) <= MAX_CANDIDATES:
        out.append(
            Problem.of(
                where,
                QT_TRANSLATE_NOOP("messages", "must be a list of {min} to {max} candidates"),
                min=MIN_CANDIDATES,
                max=MAX_CANDIDATES,
            )
        )
        return
    for i, candidate in enumerate(value):
        at = join(where, i)
        if not isinstance(candidate, dict):
            out.append(
                Problem.of(
                    at,
                    QT_TRANSLATE_NOOP("messages", "must be an object, not {type}"),
                    type=type_name(candidate),
                )
            )
            continue
        for key in candidate:
            if key not in _CANDIDATE_FIELDS:
                out.append(
                    Problem(join(at, str(key)), QT_TRANSLATE_NOOP("messages", "unknown key"))
                )
        key = candidate.get("key", CANDIDATE_KEYS[i])
        if key != CANDIDATE_KEYS[i]:
            out.append(
                Problem.of(
                    join(at, "key"),
                    QT_TRANSLATE_NOOP(
                        "messages", "must be {key}: candidates are keyed A, B, C… in order"
                    ),
                    key=repr(CANDIDATE_KEYS[i]),
                )
            )
        has_text = candidate.get("text") is not None
        has_media = candidate.get("media") is not None
        if has_text == has_media:
            out.append(
                Problem(at, QT_TRANSLATE_NOOP("messages", "needs exactly one of text and media"))
            )
        if has_text and (why := string_problem_at(join(at, "text"), candidate["text"])):
            out.append(why)
        if has_media:
            sha = candidate["media"]
            if not isinstance(sha, str) or not _SHA256.fullmatch(sha):
                out.append(
                    Problem(
                        join(at, "media"),
                        QT_TRANSLATE_NOOP(
                            "messages", "must be a media sha256 (64 lowercase hex digits)"
                        ),
                    )
                )
        for key in ("title", "url"):
            if candidate.get(key) is not None:
                if (why := string_problem_at(join(at, key), candidate[key])) is not None:
                    out.append(why)


def _check_conversation(value: object, where: str, out: list[Problem]) -> None:
    if not isinstance(value, list) or not 1 <= len(value) <= MAX_TURNS:
        out.append(
            Problem.of(
                where,
                QT_TRANSLATE_NOOP("messages", "must be a list of 1 to {max} turns"),
                max=MAX_TURNS,
            )
        )
        return
    for i, turn in enumerate(value):
        at = join(where, i)
        if not isinstance(turn, dict):
            out.append(
                Problem.of(
                    at,
                    QT_TRANSLATE_NOOP("messages", "must be an object, not {type}"),
                    type=type_name(turn),
                )
            )
            continue
        for key in turn:
            if key not in _TURN_FIELDS:
                out.append(
                    Problem(join(at, str(key)), QT_TRANSLATE_NOOP("messages", "unknown key"))
                )
        for key in ("role", "text"):
            if (why := string_problem_at(join(at, key), turn.get(key))) is not None:
                out.append(why)


def _check_record(value: object, where: str, out: list[Problem]) -> None:
    if not isinstance(value, dict):
        out.append(
            Problem.of(
                where,
                QT_TRANSLATE_NOOP("messages", "must be an object, not {type}"),
                type=type_name(value),
            )
        )
        return
    for key, scalar in value.items():
        at = join(where, str(key))
        if scalar is None or is_number(scalar):
            continue
        if isinstance(scalar, str):
            if (why := string_problem_at(at, scalar)) is not None:
                out.append(why)
            continue
        out.append(
            Problem.of(
                at,
                QT_TRANSLATE_NOOP("messages", "must be a string, a number or null, not {type}"),
                type=type_name(scalar),
            )
        )
