"""What readers share: finding the item a file names, and building answers whose every
region is checked as a stored answer would be, each problem traced to its line or object.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from labeler.core.answers import ItemContext, validate_answer
from labeler.core.formats.base import ImportProblem, ImportResult, Size
from labeler.core.formats.numbers import pixel, span
from labeler.core.formats.paths import clean_path, split_extension
from labeler.core.formats.regions import bounds, first_field
from labeler.core.i18n import QT_TRANSLATE_NOOP, Said, problem_said
from labeler.core.jsonvalues import short, stored_json_problem
from labeler.core.problems import AnswerInvalid, Problem
from labeler.core.schema import Field, Schema

_PATH = re.compile(r"([a-z][a-z0-9_]*)\[(\d+)\]")
_VERTEX = re.compile(r"\.points\[(\d+)\]")
#: Why a file's region goes nowhere: no field of its kind has its label.
NO_POLYGONS_FIELD = QT_TRANSLATE_NOOP("messages", "no polygons or boxes field has this label")
NO_POINTS_FIELD = QT_TRANSLATE_NOOP("messages", "no points field has this label")
NO_BOXES_FIELD = QT_TRANSLATE_NOOP("messages", "no boxes field has this label")
_SEVERAL = QT_TRANSLATE_NOOP("messages", "{name} matches several images")
_NOT_AMONG = QT_TRANSLATE_NOOP("messages", "{name} is not among the project's images")
#: A second file for an image, by what the format's files do to an image.
_CLAIMED = {
    "labels": QT_TRANSLATE_NOOP(
        "messages", "labels the image {first} labels already; it is left out"
    ),
    "lists": QT_TRANSLATE_NOOP("messages", "lists the image {first} lists already; it is left out"),
    "annotates": QT_TRANSLATE_NOOP(
        "messages", "annotates the image {first} annotates already; it is left out"
    ),
}
_IN_FILE = QT_TRANSLATE_NOOP("messages", "{file}, {at}")
_ANSWERED = QT_TRANSLATE_NOOP("messages", "field '{field}' is answered already at {where}")
_CHOSEN = QT_TRANSLATE_NOOP("messages", "label {label} is chosen already; once is kept")
_FEW_POINTS = QT_TRANSLATE_NOOP("messages", "a polygon has 3 points or more, not {count}")
_THE_ANSWER = QT_TRANSLATE_NOOP("messages", "the answer {why}")
_TOO_MANY = QT_TRANSLATE_NOOP(
    "messages",
    "field '{field}' allows at most {limit} regions; this image has {count}, and the ones from"
    " here on are left out",
)
#: A region an answer's check refused, by what it is: its label and why.
_REGION_WHY = {
    "box": QT_TRANSLATE_NOOP("messages", "box {label}: {reason}"),
    "polygon": QT_TRANSLATE_NOOP("messages", "polygon {label}: {reason}"),
    "point": QT_TRANSLATE_NOOP("messages", "point {label}: {reason}"),
    "span": QT_TRANSLATE_NOOP("messages", "span {label}: {reason}"),
    "segment": QT_TRANSLATE_NOOP("messages", "segment {label}: {reason}"),
    "region": QT_TRANSLATE_NOOP("messages", "region {label}: {reason}"),
}
_VERTEX_WHY = QT_TRANSLATE_NOOP("messages", "polygon {label}, point {point}: {reason}")
_NOUN = {
    "boxes": "box",
    "polygons": "polygon",
    "points": "point",
    "spans": "span",
    "segments": "segment",
}
#: What the project knows of an item's media: an image's `Size`, an audio item's duration.
Known = TypeVar("Known")


def _stem(path: str) -> str:
    return split_extension(path)[0]


def _ends_with(longer: str, shorter: str) -> bool:
    return longer == shorter or longer.endswith("/" + shorter)


def box_around(label: str, points: list[list[float]]) -> dict[str, Any]:
    """The box of `label` around `points`, its size the exact difference of the numbers
    as the file writes them (a box's own two corners give that box)."""
    x, y, _, _ = bounds(points)
    w = span(x, max(p[0] for p in points))
    h = span(y, max(p[1] for p in points))
    return {"label": label, "x": pixel(x), "y": pixel(y), "w": w, "h": h}


def polygon_or_box(
    schema: Schema, label: str, points: list[list[float]]
) -> tuple[Field, dict[str, Any]] | None:
    """Where a polygon of `label` goes: the first polygons field with the label, else the
    first boxes field with it, as the box around it; None when neither has it."""
    f = first_field(schema, "polygons", label)
    if f is not None:
        return f, {"label": label, "points": [[x, y] for x, y in points]}
    f = first_field(schema, "boxes", label)
    if f is not None:
        return f, box_around(label, points)
    return None


class ImageIndex(Generic[Known]):
    """Finds the item a file names among the caller's item keys.

    A name matches a key exactly, or when one of them ends with the other at a folder
    boundary (`images/0001.jpg` and `0001.jpg`); a name two keys match is ambiguous.
    Matching reads the keys only, so audio items are found the same way; `images` keeps
    what the caller says of each (an image's `Size`, an audio item's duration).
    """

    def __init__(self, images: Mapping[str, Known]) -> None:
        self.images = images
        self._names: dict[str, list[str]] = {}
        self._stems: dict[str, list[str]] = {}
        for key in images:
            path = clean_path(key)
            self._names.setdefault(path.rsplit("/", 1)[-1], []).append(key)
            self._stems.setdefault(_stem(path).rsplit("/", 1)[-1], []).append(key)

    def find(self, name: str) -> list[str]:
        """The keys `name` may mean: one is a match, none missing, several ambiguous."""
        if name in self.images:
            return [name]
        path = clean_path(name)
        keys = self._names.get(path.rsplit("/", 1)[-1], [])
        return self._closest(path, keys, clean_path)

    def find_stem(self, stem: str) -> list[str]:
        """The keys whose name without its extension is `stem` (`night/0007`)."""
        path = clean_path(stem)
        keys = self._stems.get(path.rsplit("/", 1)[-1], [])
        return self._closest(path, keys, lambda key: _stem(clean_path(key)))

    @staticmethod
    def _closest(path: str, keys: list[str], form: Any) -> list[str]:
        exact = [k for k in keys if form(k) == path]
        if exact:
            return exact
        return [k for k in keys if _ends_with(form(k), path) or _ends_with(path, form(k))]


class ImageFiles:
    """Which item each file of a one-file-per-image format (VOC, labelme, YOLO) labels:
    the one its name matches among the caller's images (or the name itself when the caller
    gives none), and only one file per item."""

    def __init__(
        self, builder: AnswerBuilder, images: Mapping[str, Size] | ImageIndex | None
    ) -> None:
        """`images`: the caller's item keys and sizes, an index of them, or None."""
        self.b = builder
        if images is None or isinstance(images, ImageIndex):
            self.index = images
        else:
            self.index = ImageIndex(images)
        self.read_from: dict[str, str] = {}

    def key(self, file: str, at: str, shown: str, candidates: list[str]) -> str | None:
        """The item the first of `candidates` (paths, best first) that matches names;
        None, reported at `at` of `file` naming the image as `shown`, when none matches
        or one matches several."""
        if self.index is None:
            return candidates[0]
        for candidate in candidates:
            keys = self.index.find(candidate)
            if len(keys) == 1:
                return keys[0]
            if len(keys) > 1:
                self.b.problem(file, at, Said(_SEVERAL, name=short(shown)))
                return None
        self.b.problem(file, at, Said(_NOT_AMONG, name=short(shown)))
        return None

    def size(self, key: str) -> Size | None:
        """The caller's size of the item; None when the caller gave no images."""
        return self.index.images[key] if self.index is not None else None

    def claim(self, file: str, key: str, verb: str = "labels", at: str = "") -> bool:
        """Whether `file` (at `at` in it, for a file of many images) is the first to label
        item `key`; a later one is reported and left out (`b.json: labels the image a.json
        labels already`). `verb`: labels, lists or annotates."""
        if key in self.read_from:
            why = Said(_CLAIMED.get(verb, _CLAIMED["labels"]), first=self.read_from[key])
            self.b.problem(file, at, why, key)
            return False
        self.read_from[key] = Said(_IN_FILE, file=file, at=at) if at else file
        return True


@dataclass
class _Item:
    size: Size | None
    text: str | None = None
    duration: float | None = None
    values: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    origins: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    # Fields of one value (a choice, a rating, a text): the value and where it came from.
    scalars: dict[str, tuple[Any, str, str]] = field(default_factory=dict)


class AnswerBuilder:
    """Collects the regions and labels a file gives each item, with where each came from;
    `result()` checks them as a stored answer is checked and keeps problems apart from
    clean items."""

    def __init__(self, schema: Schema) -> None:
        self.schema = schema
        # Imports fill region fields; a required choice is still the annotator's to answer.
        self._relaxed = dataclasses.replace(
            schema, fields=tuple(dataclasses.replace(f, required=False) for f in schema.fields)
        )
        self._items: dict[str, _Item] = {}
        self.problems: list[ImportProblem] = []

    def problem(self, file: str, at: str, message: str, item: str | None = None) -> None:
        """Record what was not imported and why."""
        self.problems.append(ImportProblem(file, at, message, item))

    def image(self, key: str, size: Size | None) -> None:
        """The file lists this item (with nothing on it yet)."""
        self.item(key, size)

    def item(
        self,
        key: str,
        size: Size | None = None,
        text: str | None = None,
        duration: float | None = None,
    ) -> None:
        """The file lists this item, with what its answer is checked against: an image's
        size, a text (span offsets are code points into it), an audio item's duration in
        seconds (segments end by it)."""
        if key not in self._items:
            self._items[key] = _Item(size, text, duration)

    def region(self, key: str, f: Field, region: dict[str, Any], file: str, at: str) -> None:
        """A region of field `f` for item `key`, read at `at` of `file`."""
        item = self._items.setdefault(key, _Item(None))
        item.values.setdefault(f.name, []).append(region)
        item.origins.setdefault(f.name, []).append((file, at))

    def value(self, key: str, f: Field, value: Any, file: str, at: str) -> None:
        """The value of a field of one value (choice, multichoice, rating, text, transcript)
        for item `key`; a second one for the same field is a problem, and the first stays."""
        item = self._items.setdefault(key, _Item(None))
        if f.name in item.scalars:
            first = item.scalars[f.name]
            where = Said(_IN_FILE, file=first[1], at=first[2]) if first[1] != file else first[2]
            self.problem(file, at, Said(_ANSWERED, field=f.name, where=where), key)
            return
        item.scalars[f.name] = (value, file, at)

    def label(self, key: str, f: Field, label: str, file: str, at: str) -> None:
        """A label of choice or multichoice field `f` for item `key` (a tag): a choice takes
        one label (`value`); a multichoice gathers them in order, each once."""
        item = self._items.setdefault(key, _Item(None))
        if f.kind != "multichoice" or f.name not in item.scalars:
            self.value(key, f, [label] if f.kind == "multichoice" else label, file, at)
            return
        chosen = item.scalars[f.name][0]
        if label in chosen:
            self.problem(file, at, Said(_CHOSEN, label=short(label)), key)
            return
        chosen.append(label)

    def polygon(
        self, key: str, label: str, points: list[list[float]], file: str, at: str
    ) -> str | None:
        """A polygon of `label` for item `key`: into the first polygons field with the
        label, else as the box around it into the first boxes field with it; why not, when
        it goes nowhere."""
        if len(points) < 3:
            return Said(_FEW_POINTS, count=len(points))
        placed = polygon_or_box(self.schema, label, points)
        if placed is None:
            return NO_POLYGONS_FIELD
        self.region(key, *placed, file, at)
        return None

    def point(self, key: str, label: str, x: float, y: float, file: str, at: str) -> str | None:
        """A point of `label` for item `key`, into the first points field with the label;
        why not, when none has it."""
        f = first_field(self.schema, "points", label)
        if f is None:
            return NO_POINTS_FIELD
        self.region(key, f, {"label": label, "x": x, "y": y}, file, at)
        return None

    def result(self) -> ImportResult:
        """Every item checked: clean ones in `answers`, the others in `incomplete`. Called
        once, when the whole source is read (checking adds the problems it finds)."""
        answers: dict[str, dict[str, Any]] = {}
        for key, item in self._items.items():
            answers[key] = self._checked(key, item)
        troubled = {p.item for p in self.problems if p.item is not None}
        out = ImportResult(problems=list(self.problems))
        for key, answer in answers.items():
            (out.incomplete if key in troubled else out.answers)[key] = answer
        return out

    def _checked(self, key: str, item: _Item) -> dict[str, Any]:
        self._cap_counts(key, item)
        ctx = ItemContext(
            text=item.text,
            width=item.size.width if item.size else None,
            height=item.size.height if item.size else None,
            duration=item.duration,
        )
        answer: dict[str, Any] = {}
        for f in self.schema.fields:
            if f.name in item.scalars:
                answer[f.name] = item.scalars[f.name][0]
            elif item.values.get(f.name):
                answer[f.name] = item.values[f.name]
        try:
            validate_answer(self._relaxed, answer, ctx, proposal=True)
        except AnswerInvalid as exc:
            dropped: set[tuple[str, int]] = set()
            for p in exc.problems:
                dropped |= self._trace(key, item, p)
            answer = {
                name: (
                    value
                    if name in item.scalars
                    else [r for i, r in enumerate(value) if (name, i) not in dropped]
                )
                for name, value in answer.items()
                if (name, -1) not in dropped
            }
            answer = {name: value for name, value in answer.items() if value != []}
        too_big = stored_json_problem(answer)
        if too_big is not None:
            self.problem(self._file_of(item), "", Said(_THE_ANSWER, why=too_big), key)
        return answer

    def _cap_counts(self, key: str, item: _Item) -> None:
        for name, values in item.values.items():
            limit = self.schema.field(name).max_count
            if limit is not None and len(values) > limit:
                file, at = item.origins[name][limit]
                why = Said(_TOO_MANY, field=name, limit=limit, count=len(values))
                self.problem(file, at, why, key)
                del values[limit:]

    def _trace(self, key: str, item: _Item, problem: Problem) -> set[tuple[str, int]]:
        """Report a validation problem where its region (or value) came from; what to drop:
        `(field, index)` of a region, `(field, -1)` for a field's one value."""
        path = problem.path
        message = Said(problem.template, **problem.params)
        name = re.split(r"[.\[]", path, maxsplit=1)[0]
        if name in item.scalars:
            _, file, at = item.scalars[name]
            self.problem(file, at, problem_said(problem), key)
            return {(name, -1)}
        match = _PATH.match(path)
        if match is None or match[1] not in item.origins:
            self.problem(self._file_of(item), "", problem_said(problem), key)
            return set()
        name, index = match[1], int(match[2])
        file, at = item.origins[name][index]
        region = item.values[name][index]
        noun = _NOUN.get(self.schema.field(name).kind, "region")
        vertex = _VERTEX.match(path, match.end())
        label = short(region.get("label"))
        if vertex and noun == "polygon":
            why = Said(_VERTEX_WHY, label=label, point=int(vertex[1]) + 1, reason=message)
        else:
            why = Said(_REGION_WHY[noun], label=label, reason=message)
        self.problem(file, at, why, key)
        return {(name, index)}

    @staticmethod
    def _file_of(item: _Item) -> str:
        for origins in item.origins.values():
            if origins:
                return origins[0][0]
        for _, file, _ in item.scalars.values():
            return file
        return ""
