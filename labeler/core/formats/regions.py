"""Regions on the way out: the answered fields of an entry and their well-formed regions,
everything else counted in the export report; and the geometry formats write.

Answers were checked when they were stored, but against the schema of their day: a label
or a field removed since is reported here, like anything a format cannot hold.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from itertools import chain
from typing import Any

from labeler.core.formats.base import ExportEntry, ExportReport
from labeler.core.formats.paths import split_extension
from labeler.core.jsonvalues import is_int, short
from labeler.core.schema import Field, Schema

REGION_KINDS = ("boxes", "polygons", "points")
#: Why an item's later entries are left out when they did not come together.
SCATTERED = "left out: its entries did not come one after another, as a writer reads them"
_KEYS = {
    "boxes": ("x", "y", "w", "h"),
    "points": ("x", "y"),
    "segments": ("start", "end"),
}
_ONE = {
    "boxes": "box",
    "polygons": "polygon",
    "points": "point",
    "segments": "segment",
}


def labels_of(schema: Schema, kinds: Sequence[str]) -> list[str]:
    """The distinct labels of the schema's fields of `kinds`, in schema order."""
    seen: dict[str, None] = {}
    for f in schema.fields:
        if f.kind in kinds:
            for label in f.labels:
                seen.setdefault(label.value)
    return list(seen)


def first_field(schema: Schema, kind: str | tuple[str, ...], label: str) -> Field | None:
    """The first field of `kind` (or of any of several kinds) that has `label`: where an
    import puts a region or tag of it."""
    kinds = (kind,) if isinstance(kind, str) else kind
    for f in schema.fields:
        if f.kind in kinds and label in f.label_values():
            return f
    return None


class Owners:
    """Where each label of a field reads back: the first field of its kind that has it
    (`first_field`). A region of a later field with the same label is written as that
    label all the same, and the report says where it will read back. `alike` makes kinds
    one for this (`{"multichoice": "choice"}`: a tag reads back into either)."""

    def __init__(self, schema: Schema, alike: Mapping[str, str] | None = None) -> None:
        self._alike = dict(alike or {})
        self._first: dict[tuple[str, str], str] = {}
        for f in schema.fields:
            for label in f.label_values():
                self._first.setdefault((self._kind(f.kind), label), f.name)

    def _kind(self, kind: str) -> str:
        return self._alike.get(kind, kind)

    def check(
        self, f: Field, label: str, item_id: str, report: ExportReport, written_as: str = ""
    ) -> None:
        """Report a region of `f` with `label` that reads back into another field;
        `written_as` is how the file names the label (`class 'car'`), its repr by default."""
        owner = self._first.get((self._kind(f.kind), label))
        if owner is not None and owner != f.name:
            what = written_as or repr(label)
            why = f"written as {what}, which field {owner!r} has too: it reads back there"
            report.omit(f.name, f.kind, why, item_id)


def item_groups(
    entries: Iterable[ExportEntry], report: ExportReport
) -> Iterator[list[ExportEntry]]:
    """The entries of each item, together: one, or one per submission when every submission
    is exported, which come one after another. Counts `report.entries`; an item whose
    entries come apart is reported, and its later ones are left out."""
    done: set[str] = set()
    group: list[ExportEntry] = []
    for entry in chain(entries, [None]):
        if entry is not None:
            report.entries += 1
        if group and (entry is None or entry.item_id != group[0].item_id):
            item_id = group[0].item_id
            if item_id in done:
                report.omit("", "item", SCATTERED, item_id, len(group))
            else:
                done.add(item_id)
                yield group
            group = []
        if entry is not None:
            group.append(entry)


def answered(entry: ExportEntry, schema: Schema, report: ExportReport) -> Iterator[Field]:
    """The fields an entry's answer gives a value for; keys the schema lacks are reported."""
    answer = entry.answer or {}
    names = set(schema.field_names())
    for key in answer:
        if key not in names and answer[key] is not None:
            report.omit(str(key), "unknown", "left out: not a field of the schema", entry.item_id)
    for f in schema.fields:
        value = answer.get(f.name)
        if value is not None and value != []:
            yield f


def regions(entry: ExportEntry, f: Field, report: ExportReport) -> Iterator[dict[str, Any]]:
    """The well-formed regions of a region field's value (boxes, polygons, points, spans,
    segments), with a label the field has; the rest is reported."""
    value = (entry.answer or {}).get(f.name)
    if not isinstance(value, list):
        report.omit(f.name, f.kind, "left out: the value is not a list of regions", entry.item_id)
        return
    labels = f.label_values()
    for region in value:
        why = _malformed(f.kind, region)
        if why is None and region["label"] not in labels:
            why = f"label {short(region['label'])} is not one of the field's labels"
        if why is None:
            yield region
        else:
            report.omit(f.name, f.kind, f"left out: {why}", entry.item_id)


def _finite(value: object) -> bool:
    """`is_number` for values decoded from JSON (exactly int or float), in the few
    operations an export of a million regions can afford."""
    kind = type(value)
    return kind is int or (kind is float and value - value == 0.0)  # type: ignore[operator]


def _malformed(kind: str, region: object) -> str | None:
    if not isinstance(region, dict) or not isinstance(region.get("label"), str):
        return "not a region with a label"
    if kind == "spans":
        start, end = region.get("start"), region.get("end")
        if not (is_int(start) and is_int(end) and 0 <= start < end):
            return "not a span of whole code point offsets, start before end"
        return None
    if kind == "polygons":
        points = region.get("points")
        if not isinstance(points, list) or len(points) < 3:
            return "not a polygon of 3 points or more"
        for p in points:
            if not (isinstance(p, list) and len(p) == 2 and _finite(p[0]) and _finite(p[1])):
                return "a polygon point is not [x, y]"
        return None
    for key in _KEYS[kind]:
        if not _finite(region.get(key)):
            return f"not a {_ONE[kind]} of finite numbers"
    if kind == "boxes" and (region["w"] <= 0 or region["h"] <= 0):
        return "a box without area"
    if kind == "segments" and not 0 <= region["start"] < region["end"]:
        return "a segment that ends where it starts or before, or starts before 0"
    return None


def polygon_area(points: Sequence[Sequence[float]]) -> float:
    """The filled area of a polygon, a bow tie repaired as answer checks do."""
    from labeler.core.geometry import polygon_shape

    return float(polygon_shape(points).area)


def bounds(points: Sequence[Sequence[float]]) -> list[float]:
    """The box `[x, y, w, h]` around `points`."""
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    return [min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)]


def box_corners(box: dict[str, Any]) -> list[list[float]]:
    """A box's four corners, clockwise from its top left (in image coordinates)."""
    x, y, w, h = box["x"], box["y"], box["w"], box["h"]
    return [[x, y], [x + w, y], [x + w, y + h], [x, y + h]]


class UniqueNames:
    """Export file names, one per item: a name another item took already gets the item's
    id before its extension (`0001.<id>.jpg`), and the report says so. `key` says when
    two names clash (YOLO: the same name without extension, in any case)."""

    WHY = "written under another name: another item has the same file name, so its id is added"

    def __init__(self, key: Callable[[str], str] = str) -> None:
        self._taken: dict[str, str] = {}
        self._key = key

    def take(self, name: str, item_id: str, report: ExportReport) -> str:
        """The name item `item_id` is written under."""
        owner = self._taken.setdefault(self._key(name), item_id)
        if owner == item_id:
            return name
        stem, ext = split_extension(name)
        unique = f"{stem}.{item_id}{ext}"
        self._taken[self._key(unique)] = item_id
        report.omit("", "file name", self.WHY, item_id)
        return unique
