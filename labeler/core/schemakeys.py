"""The schema keys of the comparison field kinds (PROTOCOL.md "Field kinds"):
`tie`/`strength` of a pairwise field, `ties` of a ranking, `rows`/`scale` of criteria,
`min_length` of a rationale, `keys` of a record field."""

from __future__ import annotations

from typing import Any

from labeler.core.i18n import QT_TRANSLATE_NOOP
from labeler.core.jsonvalues import is_int, join, string_problem_at, type_name
from labeler.core.labels import Row, parse_rows
from labeler.core.problems import Problem

#: The value of a criteria field's `rows` that makes one row per candidate of the item.
CANDIDATE_ROWS = "candidates"
#: The value of a rationale's `required` that requires it only when the pairwise answer
#: is close (a tie, or not "much better").
WHEN_CLOSE = "when_close"
#: The longest `min_length` a rationale may ask for (a rationale holds at most this much).
MAX_RATIONALE_CHARS = 10_000

#: The kind-specific keys each kind takes, besides the common ones.
KIND_KEYS: dict[str, frozenset[str]] = {
    "pairwise": frozenset({"tie", "strength"}),
    "ranking": frozenset({"ties"}),
    "criteria": frozenset({"rows", "scale"}),
    "rationale": frozenset({"min_length"}),
    "record": frozenset({"keys"}),
}
ALL_KIND_KEYS = frozenset().union(*KIND_KEYS.values())


def parse_kind_keys(
    kind: str, raw: dict[str, Any], path: str, span: int | None, problems: list[Problem]
) -> dict[str, Any]:
    """The `Field` attributes of `kind`'s own keys, defaults filled in; appends problems.

    `span` is the number of points of a criteria field's scale (max − min + 1) when its
    range is valid, else None (the scale's length is then not checked)."""
    mine = KIND_KEYS.get(kind, frozenset())
    for key in sorted(ALL_KIND_KEYS - mine):
        if raw.get(key) is not None:
            problems.append(
                Problem.of(
                    join(path, key),
                    QT_TRANSLATE_NOOP("messages", "{kind} fields take no {key}"),
                    kind=kind,
                    key=key,
                )
            )
    out: dict[str, Any] = {}
    if kind == "pairwise":
        out["tie"] = _flag(raw, "tie", True, path, problems)
        out["strength"] = _flag(raw, "strength", True, path, problems)
    elif kind == "ranking":
        out["ties"] = _flag(raw, "ties", False, path, problems)
    elif kind == "criteria":
        out["rows"] = _criteria_rows(raw.get("rows"), join(path, "rows"), problems)
        out["scale"] = _scale(raw.get("scale"), join(path, "scale"), span, problems)
    elif kind == "rationale":
        out["min_length"] = _min_length(raw.get("min_length"), join(path, "min_length"), problems)
    elif kind == "record":
        out["keys"] = parse_rows(raw.get("keys"), join(path, "keys"), problems)
    return out


def _flag(raw: dict[str, Any], key: str, default: bool, path: str, out: list[Problem]) -> bool:
    value = raw.get(key)
    if value is None:
        return default
    if not isinstance(value, bool):
        out.append(Problem(join(path, key), QT_TRANSLATE_NOOP("messages", "must be true or false")))
        return default
    return value


def _criteria_rows(value: object, where: str, out: list[Problem]) -> tuple[Row, ...] | str:
    if value == CANDIDATE_ROWS:
        return CANDIDATE_ROWS
    if value is None or isinstance(value, str):
        out.append(
            Problem.of(
                where,
                QT_TRANSLATE_NOOP(
                    "messages", "must be a list of rows or {candidates} (one row per candidate)"
                ),
                candidates=repr(CANDIDATE_ROWS),
            )
        )
        return ()
    return parse_rows(value, where, out)


def _scale(value: object, where: str, span: int | None, out: list[Problem]) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        out.append(
            Problem.of(
                where,
                QT_TRANSLATE_NOOP("messages", "must be a list, not {type}"),
                type=type_name(value),
            )
        )
        return ()
    texts: list[str] = []
    for j, text in enumerate(value):
        if (why := string_problem_at(join(where, j), text)) is not None:
            out.append(why)
        else:
            assert isinstance(text, str)
            texts.append(text)
    if len(texts) != len(value):
        return ()
    if span is not None and len(texts) != span:
        out.append(
            Problem.of(
                where,
                QT_TRANSLATE_NOOP(
                    "messages", "holds {count} texts; the scale from min to max has {points}"
                ),
                count=len(texts),
                points=span,
            )
        )
        return ()
    return tuple(texts)


def _min_length(value: object, where: str, out: list[Problem]) -> int:
    if value is None:
        return 0
    if not is_int(value) or not 0 <= value <= MAX_RATIONALE_CHARS:
        out.append(
            Problem.of(
                where,
                QT_TRANSLATE_NOOP("messages", "must be an integer from 0 to {max}"),
                max=MAX_RATIONALE_CHARS,
            )
        )
        return 0
    return value
