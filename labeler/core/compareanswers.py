"""Answer checks of the comparison field kinds (PROTOCOL.md "Answers"): pairwise,
ranking, criteria, rationale, flags and record.

Candidate keys and record keys are checked against the item when the context knows
them (`ItemContext.candidates`, `.record_keys`); without them only the shape is: keys
are candidate letters (A..J), ranks run 1..N over the keys given.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from labeler.core.i18n import QT_TRANSLATE_NOOP
from labeler.core.itemdata import CANDIDATE_KEYS, MIN_CANDIDATES
from labeler.core.jsonvalues import is_int, join, short, string_problem_at, type_name
from labeler.core.problems import Problem
from labeler.core.schema import Field
from labeler.core.schemakeys import MAX_RATIONALE_CHARS

if TYPE_CHECKING:
    from labeler.core.answers import ItemContext

#: The longest value a record field's answer gives a key.
MAX_RECORD_VALUE_CHARS = 10_000
_PAIRWISE_KEYS = ("winner", "strength")
_SIDES = ("A", "B")
TIE = "tie"


def _object(value: Any, path: str, out: list[Problem]) -> bool:
    if isinstance(value, dict):
        return True
    out.append(
        Problem.of(
            path,
            QT_TRANSLATE_NOOP("messages", "must be an object, not {type}"),
            type=type_name(value),
        )
    )
    return False


def _candidate_keys(
    value: dict[str, Any], path: str, ctx: ItemContext, out: list[Problem], *, every: bool
) -> list[str]:
    """The keys of `value` that are candidates of the item (or, without a context, letters
    A..J); problems for the others and, when `every`, for each candidate left out."""
    known = ctx.candidates
    good: list[str] = []
    for key in value:
        if known is not None and key not in known:
            out.append(
                Problem.of(
                    join(path, str(key)),
                    QT_TRANSLATE_NOOP("messages", "{key} is not a candidate of this item"),
                    key=short(key),
                )
            )
        elif known is None and key not in CANDIDATE_KEYS:
            out.append(
                Problem.of(
                    join(path, str(key)),
                    QT_TRANSLATE_NOOP(
                        "messages", "{key} is not a candidate key (A, B, C… up to J)"
                    ),
                    key=short(key),
                )
            )
        else:
            good.append(key)
    if every and known is not None:
        for key in known:
            if key not in value:
                out.append(Problem(join(path, key), QT_TRANSLATE_NOOP("messages", "is required")))
    return good


def _integer_in(value: Any, low: int, high: int, path: str, out: list[Problem]) -> bool:
    if not is_int(value):
        out.append(
            Problem.of(
                path,
                QT_TRANSLATE_NOOP("messages", "must be an integer, not {type}"),
                type=type_name(value),
            )
        )
        return False
    if not low <= value <= high:
        out.append(
            Problem.of(
                path,
                QT_TRANSLATE_NOOP("messages", "must be from {min} to {max}"),
                min=low,
                max=high,
            )
        )
        return False
    return True


def check_pairwise(f: Field, value: Any, path: str, ctx: ItemContext, out: list[Problem]) -> None:
    if not _object(value, path, out):
        return
    for key in value:
        if key not in _PAIRWISE_KEYS:
            out.append(Problem(join(path, str(key)), QT_TRANSLATE_NOOP("messages", "unknown key")))
    if ctx.candidates is not None and len(ctx.candidates) < MIN_CANDIDATES:
        out.append(
            Problem(
                path, QT_TRANSLATE_NOOP("messages", "this item has no two candidates to compare")
            )
        )
    winner = value.get("winner")
    strength = value.get("strength")
    choices = (*_SIDES, TIE) if f.tie else _SIDES
    if winner is None:
        out.append(Problem(join(path, "winner"), QT_TRANSLATE_NOOP("messages", "is required")))
    elif winner not in choices:
        out.append(
            Problem.of(
                join(path, "winner"),
                QT_TRANSLATE_NOOP("messages", "must be one of {choices}"),
                choices=", ".join(choices),
            )
        )
    if strength is None:
        return
    if winner == TIE:
        out.append(
            Problem(join(path, "strength"), QT_TRANSLATE_NOOP("messages", "a tie has no strength"))
        )
    elif not is_int(strength) or strength not in ((1, 2) if f.strength else (1,)):
        out.append(
            Problem.of(
                join(path, "strength"),
                QT_TRANSLATE_NOOP("messages", "must be one of {choices}"),
                choices="1, 2" if f.strength else "1",
            )
        )


def check_ranking(f: Field, value: Any, path: str, ctx: ItemContext, out: list[Problem]) -> None:
    if not _object(value, path, out):
        return
    keys = _candidate_keys(value, path, ctx, out, every=True)
    count = len(ctx.candidates) if ctx.candidates is not None else len(value)
    if count < MIN_CANDIDATES:
        out.append(
            Problem(path, QT_TRANSLATE_NOOP("messages", "must rank at least two candidates"))
        )
        return
    taken: dict[int, str] = {}
    for key in keys:
        at = join(path, key)
        rank = value[key]
        if not _integer_in(rank, 1, count, at, out):
            continue
        if rank in taken and not f.ties:
            out.append(
                Problem.of(
                    at,
                    QT_TRANSLATE_NOOP(
                        "messages", "rank {rank} is already given to {other}; ties are not allowed"
                    ),
                    rank=rank,
                    other=taken[rank],
                )
            )
        taken.setdefault(rank, key)


def check_criteria(f: Field, value: Any, path: str, ctx: ItemContext, out: list[Problem]) -> None:
    if not _object(value, path, out):
        return
    rows = f.row_values()
    if rows is None:
        keys: Iterable[str] = _candidate_keys(value, path, ctx, out, every=True)
    else:
        keys = []
        for key in value:
            if key in rows:
                keys.append(key)
            else:
                out.append(
                    Problem.of(
                        join(path, str(key)),
                        QT_TRANSLATE_NOOP("messages", "unknown row {row}"),
                        row=short(key),
                    )
                )
        for row in rows:
            if row not in value:
                out.append(Problem(join(path, row), QT_TRANSLATE_NOOP("messages", "is required")))
    low = f.min if f.min is not None else 1
    high = f.max if f.max is not None else 5
    for key in keys:
        _integer_in(value[key], low, high, join(path, key), out)


def check_rationale(f: Field, value: Any, path: str, ctx: ItemContext, out: list[Problem]) -> None:
    if (why := string_problem_at(path, value)) is not None:
        out.append(why)
        return
    if len(value) > MAX_RATIONALE_CHARS:
        out.append(
            Problem.of(
                path,
                QT_TRANSLATE_NOOP("messages", "must be at most {limit} characters, not {count}"),
                limit=MAX_RATIONALE_CHARS,
                count=len(value),
            )
        )
        return
    given = len(value.strip())
    if given and given < f.min_length:
        out.append(
            Problem.of(
                path,
                QT_TRANSLATE_NOOP("messages", "must be at least {min} characters, not {count}"),
                min=f.min_length,
                count=given,
            )
        )


def check_flags(f: Field, value: Any, path: str, ctx: ItemContext, out: list[Problem]) -> None:
    if not _object(value, path, out):
        return
    labels = f.label_values()
    for key in _candidate_keys(value, path, ctx, out, every=False):
        at = join(path, key)
        flags = value[key]
        if not isinstance(flags, list):
            out.append(
                Problem.of(
                    at,
                    QT_TRANSLATE_NOOP("messages", "must be a list, not {type}"),
                    type=type_name(flags),
                )
            )
            continue
        seen: set[str] = set()
        for i, label in enumerate(flags):
            here = join(at, i)
            if not isinstance(label, str) or label not in labels:
                out.append(
                    Problem.of(
                        here,
                        QT_TRANSLATE_NOOP("messages", "unknown label {label}"),
                        label=short(label),
                    )
                )
            elif label in seen:
                out.append(
                    Problem.of(
                        here,
                        QT_TRANSLATE_NOOP("messages", "label {label} is chosen twice"),
                        label=short(label),
                    )
                )
            else:
                seen.add(label)


def check_record(f: Field, value: Any, path: str, ctx: ItemContext, out: list[Problem]) -> None:
    if not _object(value, path, out):
        return
    if ctx.record_keys is not None and not ctx.record_keys:
        out.append(
            Problem(path, QT_TRANSLATE_NOOP("messages", "this item has no record to verify"))
        )
    keys = f.key_values()
    for key, text in value.items():
        at = join(path, str(key))
        if key not in keys:
            out.append(
                Problem.of(
                    at,
                    QT_TRANSLATE_NOOP("messages", "{key} is not a key this field verifies"),
                    key=short(key),
                )
            )
        elif (why := string_problem_at(at, text)) is not None:
            out.append(why)
        elif len(text) > MAX_RECORD_VALUE_CHARS:
            out.append(
                Problem.of(
                    at,
                    QT_TRANSLATE_NOOP(
                        "messages", "must be at most {limit} characters, not {count}"
                    ),
                    limit=MAX_RECORD_VALUE_CHARS,
                    count=len(text),
                )
            )
    for key in keys:
        if key not in value:
            out.append(Problem(join(path, key), QT_TRANSLATE_NOOP("messages", "is required")))


def is_close(value: Any) -> bool:
    """Whether a pairwise answer is close: a tie, or a side without "much better"
    (strength 2). A missing or malformed answer is not close."""
    if not isinstance(value, dict):
        return False
    winner = value.get("winner")
    if winner == TIE:
        return True
    return winner in _SIDES and value.get("strength") != 2
