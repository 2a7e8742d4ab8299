"""Label Studio results read into answers (`labelstudio_read` reads the tasks): one
result answers the field its `from_name` names, checked against the kinds of result that
field takes (`ACCEPTED`), with percent turned into the image's pixels."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any, Protocol, TypeGuard

from labeler.core.formats.base import Size
from labeler.core.formats.reading import AnswerBuilder
from labeler.core.i18n import QT_TRANSLATE_NOOP, Said
from labeler.core.jsonvalues import is_int, is_number, short, type_name
from labeler.core.lsconfig import field_name
from labeler.core.lsexport import rating_offset
from labeler.core.schema import Field, Schema

#: The result types that may answer a field of each kind.
ACCEPTED = {
    "boxes": ("rectanglelabels", "rectangle"),
    "polygons": ("polygonlabels", "polygon"),
    "points": ("keypointlabels", "keypoint"),
    "spans": ("labels",),
    "segments": ("labels",),
    "choice": ("choices",),
    "multichoice": ("choices",),
    "rating": ("rating",),
    "text": ("textarea",),
    "transcript": ("textarea",),
}
#: How far past 0–100 % a coordinate may lie (rounding in Label Studio's own files).
PERCENT_TOLERANCE = 1e-6


class _Refused(Said):
    """Why a result is not read (a reader's answer apart from a value that is text): a
    marked template and its values."""


#: What a kind's reader gives: the region or value, why not, or None (its problem is said).
_Got = dict[str, Any] | _Refused | None


def _pixels(percent: float, side: int) -> float | int:
    """Percent of `side` in pixels, 6 decimals (what every format here keeps)."""
    value = round(percent * side / 100, 6) + 0.0
    return int(value) if value.is_integer() else value


def whole(value: object) -> TypeGuard[int | float]:
    return is_number(value) and value > 0 and float(value).is_integer()


class TaskAt(Protocol):
    """The task a result belongs to, as its problems name it."""

    schema: Schema
    file: str
    key: str
    text: str | None


class Result:
    """One result: the field it answers, checked and put in pixels."""

    def __init__(
        self, task: TaskAt, builder: AnswerBuilder, at: str, raw: object, size: Size | None
    ) -> None:
        self.task = task
        self.b = builder
        self.at = at
        self.raw = raw
        self.size = size

    def problem(self, message: str) -> None:
        self.b.problem(self.task.file, self.at, message, self.task.key)

    def read(self) -> None:
        raw = self.raw
        if not isinstance(raw, dict):
            why = QT_TRANSLATE_NOOP("messages", "must be a result object, not {type}")
            self.problem(Said(why, type=type_name(raw)))
            return
        kind = str(raw.get("type", "")).lower()
        name = raw.get("from_name")
        f = self._field(name)
        if f is None:
            if kind == "relation":
                why = QT_TRANSLATE_NOOP(
                    "messages", "a relation between regions has no equivalent; left out"
                )
                self.problem(why)
            else:
                why = QT_TRANSLATE_NOOP("messages", "from_name {name} is not a field of the schema")
                self.problem(Said(why, name=short(name)))
            return
        if kind not in ACCEPTED.get(f.kind, ()):
            why = QT_TRANSLATE_NOOP(
                "messages", "a {kind} result cannot answer field '{field}' ({field_kind})"
            )
            self.problem(Said(why, kind=short(kind), field=f.name, field_kind=f.kind))
            return
        value = raw.get("value")
        if not isinstance(value, dict):
            why = QT_TRANSLATE_NOOP("messages", "value must be an object, not {type}")
            self.problem(Said(why, type=type_name(value)))
            return
        if not self._same_size(raw):
            return
        got = _READERS[f.kind](self, f, kind, value)
        if got is None:
            return  # its problem is said
        if isinstance(got, _Refused):
            self.problem(got)
        elif f.kind in _ONE_VALUE:
            self.b.value(self.task.key, f, got, self.task.file, self.at)
        else:
            self.b.region(self.task.key, f, got, self.task.file, self.at)

    def _field(self, name: object) -> Field | None:
        if not isinstance(name, str):
            return None
        for candidate in (name, field_name(name)):
            for f in self.task.schema.fields:
                if f.name == candidate:
                    return f
        return None

    def _same_size(self, raw: dict[str, Any]) -> bool:
        """Whether the size a result states (if any) is the image's; a percent of one
        size placed on another would land elsewhere."""
        w, h = raw.get("original_width"), raw.get("original_height")
        if self.size is None or (w in (None, self.size.width) and h in (None, self.size.height)):
            return True
        why = QT_TRANSLATE_NOOP(
            "messages",
            "gives the image as {width}×{height} px; it is {known_width}×{known_height} px with"
            " its EXIF orientation applied",
        )
        self.problem(
            Said(
                why,
                width=short(w),
                height=short(h),
                known_width=self.size.width,
                known_height=self.size.height,
            )
        )
        return False

    # -- the kinds -------------------------------------------------------------------------

    def label(self, f: Field, kind: str, value: dict[str, Any]) -> str | None:
        """The region's one label, or None with the problem said. A tool without labels
        (`rectangle`) gives the field's one label, as a config import makes it."""
        if not kind.endswith("labels"):
            if len(f.labels) != 1:
                why = QT_TRANSLATE_NOOP(
                    "messages", "a {kind} without a label; field '{field}' has several"
                )
                self.problem(Said(why, kind=kind, field=f.name))
                return None
            return f.labels[0].value
        labels = value.get(kind)
        if not isinstance(labels, list) or not all(isinstance(v, str) for v in labels):
            why = QT_TRANSLATE_NOOP("messages", "value.{kind} must be a list of labels")
            self.problem(Said(why, kind=kind))
            return None
        if len(labels) != 1:
            why = QT_TRANSLATE_NOOP("messages", "has {count} labels; a region here has one")
            self.problem(Said(why, count=len(labels)))
            return None
        return labels[0]

    def percent(self, value: dict[str, Any], keys: tuple[str, ...]) -> list[float] | None:
        """The numbers of `keys`, each a percent from 0 to 100, or None with the problem."""
        numbers = [value.get(key) for key in keys]
        for key, number in zip(keys, numbers, strict=True):
            if not is_number(number):
                why = QT_TRANSLATE_NOOP("messages", "value.{key} must be a number, not {type}")
                self.problem(Said(why, key=key, type=type_name(number)))
                return None
            if not -PERCENT_TOLERANCE <= number <= 100 + PERCENT_TOLERANCE:
                why = QT_TRANSLATE_NOOP(
                    "messages", "value.{key} is {number} %: outside the image (0 to 100 %)"
                )
                self.problem(Said(why, key=key, number=short(number)))
                return None
        return [float(n) for n in numbers if is_number(n)]

    def size_or_problem(self) -> Size | None:
        if self.size is None:
            why = QT_TRANSLATE_NOOP(
                "messages",
                "the image size is unknown (no original_width and original_height), so percent"
                " cannot become pixels",
            )
            self.problem(why)
        return self.size


def _box(r: Result, f: Field, kind: str, value: dict[str, Any]) -> _Got:
    label = r.label(f, kind, value)
    numbers = r.percent(value, ("x", "y", "width", "height")) if label is not None else None
    size = r.size_or_problem() if numbers is not None else None
    if label is None or numbers is None or size is None:
        return None
    rotation = value.get("rotation", 0)
    if not is_number(rotation) or not math.isclose(rotation % 360, 0, abs_tol=1e-9):
        why = QT_TRANSLATE_NOOP("messages", "a box rotated by {degrees}°: boxes here are upright")
        return _Refused(why, degrees=short(rotation))
    x, y, w, h = numbers
    for start, length, axis in ((x, w, "x"), (y, h, "y")):
        if start + length > 100 + PERCENT_TOLERANCE:
            side = "width" if axis == "x" else "height"
            why = QT_TRANSLATE_NOOP(
                "messages", "value.{axis} + value.{side} is {sum} %: past the image"
            )
            return _Refused(why, axis=axis, side=side, sum=f"{start + length:g}")
    return {
        "label": label,
        "x": _pixels(x, size.width),
        "y": _pixels(y, size.height),
        "w": _pixels(w, size.width),
        "h": _pixels(h, size.height),
    }


def _polygon(r: Result, f: Field, kind: str, value: dict[str, Any]) -> _Got:
    label = r.label(f, kind, value)
    points = value.get("points")
    if label is None:
        return None
    if not isinstance(points, list) or not all(isinstance(p, list) and len(p) == 2 for p in points):
        r.problem(QT_TRANSLATE_NOOP("messages", "value.points must be a list of [x, y] pairs"))
        return None
    pairs: list[list[float]] = []
    for p in points:
        pair = r.percent({"x": p[0], "y": p[1]}, ("x", "y"))
        if pair is None:
            return None
        pairs.append(pair)
    size = r.size_or_problem()
    if size is None:
        return None
    pixels = [[_pixels(x, size.width), _pixels(y, size.height)] for x, y in pairs]
    return {"label": label, "points": pixels}


def _point(r: Result, f: Field, kind: str, value: dict[str, Any]) -> _Got:
    label = r.label(f, kind, value)
    numbers = r.percent(value, ("x", "y")) if label is not None else None
    size = r.size_or_problem() if numbers is not None else None
    if label is None or numbers is None or size is None:
        return None
    x, y = numbers
    return {"label": label, "x": _pixels(x, size.width), "y": _pixels(y, size.height)}


def _span(r: Result, f: Field, kind: str, value: dict[str, Any]) -> _Got:
    label = r.label(f, kind, value)
    if label is None:
        return None
    start, end = value.get("start"), value.get("end")
    if f.kind == "segments":
        if not is_number(start) or not is_number(end):
            return _Refused(
                QT_TRANSLATE_NOOP("messages", "value.start and value.end must be seconds (numbers)")
            )
        return {"label": label, "start": start, "end": end}
    if not is_int(start) or not is_int(end):
        return _Refused(
            QT_TRANSLATE_NOOP(
                "messages", "value.start and value.end must be whole numbers (character offsets)"
            )
        )
    text = r.task.text or ""
    said = value.get("text")
    if said is not None and 0 <= start <= end <= len(text) and said != text[start:end]:
        why = QT_TRANSLATE_NOOP(
            "messages", "value.text is {said}, but the text from {start} to {end} is {text}"
        )
        return _Refused(why, said=short(said), start=start, end=end, text=short(text[start:end]))
    return {"label": label, "start": start, "end": end}


def _choices(r: Result, f: Field, kind: str, value: dict[str, Any]) -> Any:
    choices = value.get("choices")
    if not isinstance(choices, list) or not all(isinstance(c, str) for c in choices):
        return _Refused(QT_TRANSLATE_NOOP("messages", "value.choices must be a list of labels"))
    if f.kind == "multichoice":
        return list(choices)
    if len(choices) != 1:
        why = QT_TRANSLATE_NOOP("messages", "gives {count} choices; field '{field}' takes one")
        return _Refused(why, count=len(choices), field=f.name)
    return choices[0]


def _rating(r: Result, f: Field, kind: str, value: dict[str, Any]) -> Any:
    stars = value.get("rating")
    if not is_int(stars):
        why = QT_TRANSLATE_NOOP("messages", "value.rating must be a whole number, not {value}")
        return _Refused(why, value=short(stars))
    return stars - rating_offset(f)


def _textarea(r: Result, f: Field, kind: str, value: dict[str, Any]) -> Any:
    text = value.get("text")
    if isinstance(text, str):
        return text
    if not isinstance(text, list) or not all(isinstance(t, str) for t in text):
        return _Refused(QT_TRANSLATE_NOOP("messages", "value.text must be a list of texts"))
    return "\n".join(text)


_Read = Callable[[Result, Field, str, dict[str, Any]], Any]
_READERS: dict[str, _Read] = {
    "boxes": _box,
    "polygons": _polygon,
    "points": _point,
    "spans": _span,
    "segments": _span,
    "choice": _choices,
    "multichoice": _choices,
    "rating": _rating,
    "text": _textarea,
    "transcript": _textarea,
}
_ONE_VALUE = frozenset({"choice", "multichoice", "rating", "text", "transcript"})
