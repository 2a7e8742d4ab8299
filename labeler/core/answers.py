"""Answer validation: does an answer fit its schema and its item?

An answer is a JSON object keyed by field name (PROTOCOL.md "Answers"). Every
problem is collected with a path relative to the answer (`objects[2].w`,
`scene`; the root is `""`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import Any

from labeler.core import compareanswers
from labeler.core.compareanswers import is_close
from labeler.core.comparisonscores import dense_ranks
from labeler.core.i18n import QT_TRANSLATE_NOOP
from labeler.core.itemdata import candidate_keys, record_keys
from labeler.core.jsonvalues import is_int, is_number, join, short, string_problem_at, type_name
from labeler.core.problems import AnswerInvalid, Problem
from labeler.core.schema import Field, Schema

MAX_TEXT_CHARS = 10_000
MAX_TRANSCRIPT_CHARS = 100_000
#: Boxes, polygons and points may overhang the image by this many pixels.
PIXEL_TOLERANCE = 1.0
#: Segments may end this many seconds past the known duration (players round it).
SECONDS_TOLERANCE = 0.001


@dataclass(frozen=True)
class ItemContext:
    """What is known of the item an answer is for; only known bounds are checked.

    `text` is the item text (span offsets are code points into it), `width`
    and `height` the original image size in pixels, `duration` the audio
    length in seconds. `candidates` are the keys of the item's candidates and
    `record_keys` the keys of its `data.record` (`()`: it has none; None: not
    known, only the answer's shape is checked); `with_data` fills both in from
    the item's `data` (`labeler.core.itemdata.item_data_parts`).
    """

    text: str | None = None
    width: int | None = None
    height: int | None = None
    duration: float | None = None
    candidates: tuple[str, ...] | None = None
    record_keys: tuple[str, ...] | None = None

    def with_data(self, data: object) -> ItemContext:
        """This context with the item's candidate keys and record keys from its `data`."""
        return replace(self, candidates=candidate_keys(data), record_keys=record_keys(data))


def validate_answer(
    schema: Schema,
    answer: object,
    context: ItemContext | None = None,
    *,
    proposal: bool = False,
) -> dict[str, Any]:
    """Check `answer` against `schema` and the item; return it when valid.

    Raises `AnswerInvalid` with every problem. A missing key and a null value
    mean the same: the field is not answered, which is a problem only for a
    required field. The returned dict is a copy without the null entries, a ranking's
    ranks made dense (`comparisonscores.dense_ranks`: 1, 1, 3 → 1, 1, 2, the same order).

    A `proposal` is an item's prefill or gold answer: no rationale is required of it,
    whatever its schema says, since the annotator completes a prefill and a gold
    answer's rationale is never scored (an imported preference has a winner, not a why).
    """
    ctx = context or ItemContext()
    if not isinstance(answer, dict):
        raise AnswerInvalid(
            [
                Problem.of(
                    "",
                    QT_TRANSLATE_NOOP("messages", "answer must be an object, not {type}"),
                    type=type_name(answer),
                )
            ]
        )
    problems: list[Problem] = []
    names = {f.name for f in schema.fields}
    for key in answer:
        if key not in names:
            problems.append(Problem(str(key), QT_TRANSLATE_NOOP("messages", "unknown field")))
    clean: dict[str, Any] = {}
    for f in schema.fields:
        value = answer.get(f.name)
        if f.kind == "rationale" and isinstance(value, str) and not value.strip():
            value = None  # a blank rationale is none: required or not, as for no text
        if value is None:
            if proposal and f.kind == "rationale":
                continue
            if f.required or (f.when_close and _close(schema, answer)):
                problems.append(Problem(f.name, QT_TRANSLATE_NOOP("messages", "is required")))
            continue
        _CHECKS[f.kind](f, value, f.name, ctx, problems)
        # A ranking is kept dense (1, 1, 3 → 1, 1, 2: the same order), as the workbench
        # numbers it, so a gold, an import and a submission number their ties alike.
        clean[f.name] = dense_ranks(value) if f.kind == "ranking" else value
    if problems:
        raise AnswerInvalid(problems)
    return clean


#: Kinds whose answers are checked against the item's `data` (its candidates, its record).
ITEM_DATA_KINDS = frozenset({"pairwise", "ranking", "criteria", "flags", "record"})


def needs_item_data(schema: Schema) -> bool:
    """Whether validating this schema's answers looks at the item's `data`
    (`ItemContext.with_data`): a field of a kind in `ITEM_DATA_KINDS`."""
    return any(f.kind in ITEM_DATA_KINDS for f in schema.fields)


def rationale_required(schema: Schema, f: Field, answer: dict[str, Any]) -> bool:
    """Whether rationale field `f` must be given with `answer`: when its schema says so,
    or (`"required": "when_close"`) when the schema's pairwise answer is close."""
    return f.required or (f.when_close and _close(schema, answer))


def _close(schema: Schema, answer: dict[str, Any]) -> bool:
    """The schema's (first) pairwise answer is a tie or a side without "much better"."""
    pairwise = next((f for f in schema.fields if f.kind == "pairwise"), None)
    return pairwise is not None and is_close(answer.get(pairwise.name))


_Check = Callable[[Field, Any, str, ItemContext, list[Problem]], None]


def _check_label(f: Field, value: object, path: str, problems: list[Problem]) -> bool:
    if not isinstance(value, str):
        problems.append(
            Problem.of(
                path,
                QT_TRANSLATE_NOOP("messages", "must be a label (a string), not {type}"),
                type=type_name(value),
            )
        )
        return False
    if value not in f.label_values():
        problems.append(
            Problem.of(
                path, QT_TRANSLATE_NOOP("messages", "unknown label {label}"), label=short(value)
            )
        )
        return False
    return True


def _check_choice(f: Field, value: Any, path: str, ctx: ItemContext, out: list[Problem]) -> None:
    _check_label(f, value, path, out)


def _check_multichoice(
    f: Field, value: Any, path: str, ctx: ItemContext, out: list[Problem]
) -> None:
    if not _check_list(f, value, path, out):
        return
    seen: set[str] = set()
    for i, item in enumerate(value):
        if _check_label(f, item, join(path, i), out):
            if item in seen:
                out.append(
                    Problem.of(
                        join(path, i),
                        QT_TRANSLATE_NOOP("messages", "label {label} is chosen twice"),
                        label=short(item),
                    )
                )
            seen.add(item)


def _check_rating(f: Field, value: Any, path: str, ctx: ItemContext, out: list[Problem]) -> None:
    if not is_int(value):
        out.append(
            Problem.of(
                path,
                QT_TRANSLATE_NOOP("messages", "must be an integer, not {type}"),
                type=type_name(value),
            )
        )
    elif f.min is not None and f.max is not None and not f.min <= value <= f.max:
        out.append(
            Problem.of(
                path,
                QT_TRANSLATE_NOOP("messages", "must be from {min} to {max}"),
                min=f.min,
                max=f.max,
            )
        )


def _check_text(f: Field, value: Any, path: str, ctx: ItemContext, out: list[Problem]) -> None:
    limit = MAX_TRANSCRIPT_CHARS if f.kind == "transcript" else MAX_TEXT_CHARS
    why = string_problem_at(path, value)
    if why is not None:
        out.append(why)
    elif len(value) > limit:
        out.append(
            Problem.of(
                path,
                QT_TRANSLATE_NOOP("messages", "must be at most {limit} characters, not {count}"),
                limit=limit,
                count=len(value),
            )
        )


def _check_list(f: Field, value: Any, path: str, out: list[Problem]) -> bool:
    if not isinstance(value, list):
        out.append(
            Problem.of(
                path,
                QT_TRANSLATE_NOOP("messages", "must be a list, not {type}"),
                type=type_name(value),
            )
        )
        return False
    if f.max_count is not None and len(value) > f.max_count:
        out.append(
            Problem.of(
                path,
                QT_TRANSLATE_NOOP("messages", "holds {count} entries; at most {max_count} allowed"),
                count=len(value),
                max_count=f.max_count,
            )
        )
    return True


def _objects(
    f: Field, value: Any, path: str, keys: tuple[str, ...], out: list[Problem]
) -> Iterator[tuple[str, dict[str, Any]]]:
    """Yield `(path, obj)` for each list entry that is an object with exactly `keys`."""
    if not _check_list(f, value, path, out):
        return
    for i, item in enumerate(value):
        at = join(path, i)
        if not isinstance(item, dict):
            out.append(
                Problem.of(
                    at,
                    QT_TRANSLATE_NOOP("messages", "must be an object, not {type}"),
                    type=type_name(item),
                )
            )
            continue
        complete = True
        for key in item:
            if key not in keys:
                out.append(
                    Problem(join(at, str(key)), QT_TRANSLATE_NOOP("messages", "unknown key"))
                )
        for key in keys:
            if key not in item:
                out.append(Problem(join(at, key), QT_TRANSLATE_NOOP("messages", "is required")))
                complete = False
        if complete:
            # Report an unknown label and still check the rest of the entry.
            _check_label(f, item["label"], join(at, "label"), out)
            yield at, item


def _numbers(item: dict[str, Any], at: str, keys: tuple[str, ...], out: list[Problem]) -> bool:
    ok = True
    for key in keys:
        if not is_number(item[key]):
            out.append(
                Problem.of(
                    join(at, key),
                    QT_TRANSLATE_NOOP("messages", "must be a finite number, not {type}"),
                    type=type_name(item[key]),
                )
            )
            ok = False
    return ok


def _check_axis(
    start: float,
    length: float,
    limit: int | None,
    at: str,
    keys: tuple[str, str],
    out: list[Problem],
) -> None:
    """One axis of a box: starts inside the image, ends inside it (1 px tolerance)."""
    if start < -PIXEL_TOLERANCE:
        out.append(
            Problem(join(at, keys[0]), QT_TRANSLATE_NOOP("messages", "lies outside the image"))
        )
    if limit is not None and start + length > limit + PIXEL_TOLERANCE:
        template = (
            QT_TRANSLATE_NOOP("messages", "reaches past the image width ({limit} px)")
            if keys[0] == "x"
            else QT_TRANSLATE_NOOP("messages", "reaches past the image height ({limit} px)")
        )
        out.append(Problem.of(join(at, keys[1]), template, limit=limit))


def _inside(
    x: float, y: float, ctx: ItemContext, paths: tuple[str, str], out: list[Problem]
) -> None:
    """A point lies inside the image (1 px tolerance); `paths` name where x and y are."""
    tol = PIXEL_TOLERANCE
    if x < -tol or (ctx.width is not None and x > ctx.width + tol):
        out.append(
            Problem.of(
                paths[0],
                QT_TRANSLATE_NOOP("messages", "x={value} lies outside the image"),
                value=short(x),
            )
        )
    if y < -tol or (ctx.height is not None and y > ctx.height + tol):
        out.append(
            Problem.of(
                paths[1],
                QT_TRANSLATE_NOOP("messages", "y={value} lies outside the image"),
                value=short(y),
            )
        )


def _check_boxes(f: Field, value: Any, path: str, ctx: ItemContext, out: list[Problem]) -> None:
    for at, box in _objects(f, value, path, ("label", "x", "y", "w", "h"), out):
        if not _numbers(box, at, ("x", "y", "w", "h"), out):
            continue
        for key in ("w", "h"):
            if box[key] <= 0:
                out.append(Problem(join(at, key), QT_TRANSLATE_NOOP("messages", "must be above 0")))
        _check_axis(box["x"], box["w"], ctx.width, at, ("x", "w"), out)
        _check_axis(box["y"], box["h"], ctx.height, at, ("y", "h"), out)


def _check_polygons(f: Field, value: Any, path: str, ctx: ItemContext, out: list[Problem]) -> None:
    for at, polygon in _objects(f, value, path, ("label", "points"), out):
        where = join(at, "points")
        points = polygon["points"]
        if not isinstance(points, list):
            out.append(
                Problem.of(
                    where,
                    QT_TRANSLATE_NOOP("messages", "must be a list of [x, y] points, not {type}"),
                    type=type_name(points),
                )
            )
            continue
        if len(points) < 3:
            out.append(Problem(where, QT_TRANSLATE_NOOP("messages", "needs at least 3 points")))
            continue
        ok = True
        for j, point in enumerate(points):
            here = join(where, j)
            if not (isinstance(point, list) and len(point) == 2 and all(map(is_number, point))):
                out.append(
                    Problem(
                        here,
                        QT_TRANSLATE_NOOP("messages", "must be [x, y] with two finite numbers"),
                    )
                )
                ok = False
            else:
                _inside(point[0], point[1], ctx, (here, here), out)
        if ok and not _has_area(points):
            out.append(Problem(where, QT_TRANSLATE_NOOP("messages", "encloses no area")))


def _has_area(points: list[list[float]]) -> bool:
    # Shapely (and NumPy under it) are imported by the first polygon checked, not by the
    # workbench's start: a project without a polygon field never needs them.
    from shapely.errors import GEOSException

    from labeler.core.geometry import polygon_shape

    try:
        return bool(polygon_shape(points).area > 0)
    except GEOSException:  # GEOS gave up on the ring: nothing usable is filled
        return False


def _check_points(f: Field, value: Any, path: str, ctx: ItemContext, out: list[Problem]) -> None:
    for at, point in _objects(f, value, path, ("label", "x", "y"), out):
        if _numbers(point, at, ("x", "y"), out):
            _inside(point["x"], point["y"], ctx, (join(at, "x"), join(at, "y")), out)


def _check_spans(f: Field, value: Any, path: str, ctx: ItemContext, out: list[Problem]) -> None:
    for at, span in _objects(f, value, path, ("label", "start", "end"), out):
        start, end = span["start"], span["end"]
        ok = True
        for key, offset in (("start", start), ("end", end)):
            if not is_int(offset):
                out.append(
                    Problem.of(
                        join(at, key),
                        QT_TRANSLATE_NOOP("messages", "must be an integer, not {type}"),
                        type=type_name(offset),
                    )
                )
                ok = False
        if not ok:
            continue
        if start < 0:
            out.append(
                Problem(join(at, "start"), QT_TRANSLATE_NOOP("messages", "must not be negative"))
            )
        if end <= start:
            out.append(
                Problem(
                    join(at, "end"), QT_TRANSLATE_NOOP("messages", "must be greater than start")
                )
            )
        if ctx.text is not None and end > len(ctx.text):
            out.append(
                Problem.of(
                    join(at, "end"),
                    QT_TRANSLATE_NOOP(
                        "messages", "lies past the end of the text ({count} characters)"
                    ),
                    count=len(ctx.text),
                )
            )


def _check_segments(f: Field, value: Any, path: str, ctx: ItemContext, out: list[Problem]) -> None:
    for at, segment in _objects(f, value, path, ("label", "start", "end"), out):
        if not _numbers(segment, at, ("start", "end"), out):
            continue
        start, end = segment["start"], segment["end"]
        if start < 0:
            out.append(
                Problem(join(at, "start"), QT_TRANSLATE_NOOP("messages", "must not be negative"))
            )
        if end <= start:
            out.append(
                Problem(
                    join(at, "end"), QT_TRANSLATE_NOOP("messages", "must be greater than start")
                )
            )
        if ctx.duration is not None and end > ctx.duration + SECONDS_TOLERANCE:
            out.append(
                Problem.of(
                    join(at, "end"),
                    QT_TRANSLATE_NOOP("messages", "lies past the end of the audio ({seconds} s)"),
                    seconds=f"{ctx.duration:g}",
                )
            )


_CHECKS: dict[str, _Check] = {
    "choice": _check_choice,
    "multichoice": _check_multichoice,
    "rating": _check_rating,
    "text": _check_text,
    "transcript": _check_text,
    "boxes": _check_boxes,
    "polygons": _check_polygons,
    "points": _check_points,
    "spans": _check_spans,
    "segments": _check_segments,
    "pairwise": compareanswers.check_pairwise,
    "ranking": compareanswers.check_ranking,
    "criteria": compareanswers.check_criteria,
    "rationale": compareanswers.check_rationale,
    "flags": compareanswers.check_flags,
    "record": compareanswers.check_record,
}
