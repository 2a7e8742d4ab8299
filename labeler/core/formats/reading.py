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
from labeler.core.jsonvalues import short, stored_json_problem
from labeler.core.problems import AnswerInvalid
from labeler.core.schema import Field, Schema

_PATH = re.compile(r"([a-z][a-z0-9_]*)\[(\d+)\]")
_VERTEX = re.compile(r"\.points\[(\d+)\]")
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
                self.b.problem(file, at, f"{short(shown)} matches several images")
                return None
        self.b.problem(file, at, f"{short(shown)} is not among the project's images")
        return None

    def size(self, key: str) -> Size | None:
        """The caller's size of the item; None when the caller gave no images."""
        return self.index.images[key] if self.index is not None else None

    def claim(self, file: str, key: str, verb: str = "labels", at: str = "") -> bool:
        """Whether `file` (at `at` in it, for a file of many images) is the first to label
        item `key`; a later one is reported and left out (`b.json: labels the image a.json
        labels already`)."""
        if key in self.read_from:
            why = f"{verb} the image {self.read_from[key]} {verb} already; it is left out"
            self.b.problem(file, at, why, key)
            return False
        self.read_from[key] = f"{file}, {at}" if at else file
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
            where = f"{first[1]}, {first[2]}" if first[1] != file else first[2]
            self.problem(file, at, f"field {f.name!r} is answered already at {where}", key)
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
            self.problem(file, at, f"label {short(label)} is chosen already; once is kept", key)
            return
        chosen.append(label)

    def polygon(
        self, key: str, label: str, points: list[list[float]], file: str, at: str
    ) -> str | None:
        """A polygon of `label` for item `key`: into the first polygons field with the
        label, else as the box around it into the first boxes field with it; why not, when
        it goes nowhere."""
        if len(points) < 3:
            return f"a polygon has 3 points or more, not {len(points)}"
        placed = polygon_or_box(self.schema, label, points)
        if placed is None:
            return "no polygons or boxes field has this label"
        self.region(key, *placed, file, at)
        return None

    def point(self, key: str, label: str, x: float, y: float, file: str, at: str) -> str | None:
        """A point of `label` for item `key`, into the first points field with the label;
        why not, when none has it."""
        f = first_field(self.schema, "points", label)
        if f is None:
            return "no points field has this label"
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
            validate_answer(self._relaxed, answer, ctx)
        except AnswerInvalid as exc:
            dropped: set[tuple[str, int]] = set()
            for p in exc.problems:
                dropped |= self._trace(key, item, p.path, p.message)
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
            self.problem(self._file_of(item), "", f"the answer {too_big}", key)
        return answer

    def _cap_counts(self, key: str, item: _Item) -> None:
        for name, values in item.values.items():
            limit = self.schema.field(name).max_count
            if limit is not None and len(values) > limit:
                file, at = item.origins[name][limit]
                self.problem(
                    file,
                    at,
                    f"field {name!r} allows at most {limit} regions; this image has "
                    f"{len(values)}, and the ones from here on are left out",
                    key,
                )
                del values[limit:]

    def _trace(self, key: str, item: _Item, path: str, message: str) -> set[tuple[str, int]]:
        """Report a validation problem where its region (or value) came from; what to drop:
        `(field, index)` of a region, `(field, -1)` for a field's one value."""
        name = re.split(r"[.\[]", path, maxsplit=1)[0]
        if name in item.scalars:
            _, file, at = item.scalars[name]
            self.problem(file, at, f"{path}: {message}", key)
            return {(name, -1)}
        match = _PATH.match(path)
        if match is None or match[1] not in item.origins:
            self.problem(self._file_of(item), "", f"{path}: {message}", key)
            return set()
        name, index = match[1], int(match[2])
        file, at = item.origins[name][index]
        region = item.values[name][index]
        noun = _NOUN.get(self.schema.field(name).kind, "region")
        vertex = _VERTEX.match(path, match.end())
        where = f", point {int(vertex[1]) + 1}" if vertex else ""
        self.problem(file, at, f"{noun} {short(region.get('label'))}{where}: {message}", key)
        return {(name, index)}

    @staticmethod
    def _file_of(item: _Item) -> str:
        for origins in item.origins.values():
            if origins:
                return origins[0][0]
        for _, file, _ in item.scalars.values():
            return file
        return ""
