"""labelme JSON: one file per image, `<stem>.json` beside the image, as labelme 5.x writes it.

The keys are labelme's own (`LabelFile.save` and `_load_shape_json_obj` in
`labelme/_label_file.py` of wkentaro/labelme): `version`, `flags` {}, `shapes`,
`imagePath` (the image's name relative to the JSON file), `imageData` (null: the image is
never embedded), `imageHeight`, `imageWidth`; each shape has `label`, `points` ([x, y]
pairs), `group_id` null, `description` "", `shape_type` and `flags` {}. labelme writes with
`json.dump(..., ensure_ascii=False, indent=2)`, and so does this module.

What maps to what, in pixels of the original image (labelme's are the same: it applies
the EXIF orientation when it loads an image, continuous from 0 at the left edge):

- box `{x, y, w, h}`: `rectangle`, points [[x, y], [x + w, y + h]];
- polygon `{points}`: `polygon`, its points;
- point `{x, y}`: `point`, [[x, y]].

Coordinates keep 6 decimals, so an export read back and exported again gives the same
bytes. Not held (the export report lists them): choice, rating and text fields; the
annotator (an item's submissions share its one file); items whose size is unknown.
Images are not written here: `WriteOptions.on_image` is called with the source name.

Reading: every `.json` member with `shapes` and `imagePath`. A rectangle's two corners may
come in any order. A polygon whose label only a boxes field has becomes the box around
it. `circle`, `line`, `linestrip` and `mask` shapes are reported: no field kind holds them.
"""

from __future__ import annotations

import json
from typing import Any, TypeGuard

from labeler.core.formats.base import (
    ExportEntry,
    Format,
    Size,
    at_line,
)
from labeler.core.formats.members import NOT_JSON, member_text
from labeler.core.formats.paths import clean_path, split_extension
from labeler.core.formats.perimage import ImageFileReader, ImageFileWriter
from labeler.core.formats.reading import NO_BOXES_FIELD, box_around
from labeler.core.formats.regions import REGION_KINDS, answered, first_field, regions
from labeler.core.formats.streams import Source
from labeler.core.i18n import QT_TRANSLATE_NOOP, Said
from labeler.core.jsonvalues import is_number, short

#: The labelme version the files say they are (the keys are those of 5.x).
VERSION = "5.5.0"
#: A labelme file without embedded image is small; this is ample.
MAX_JSON_BYTES = 64 << 20
#: Shapes labelme draws that no field kind holds.
NOT_IMPORTABLE = ("circle", "line", "linestrip", "mask")
_SHAPE = {"boxes": "rectangle", "polygons": "polygon", "points": "point"}


def label_member(name: str) -> str:
    """The JSON file of an image written under `name`: `<stem>.json` beside it."""
    return f"{split_extension(name)[0]}.json"


def _number(value: float) -> float | int:
    """6 decimals at most; a whole number as an int, as JSON writes it shortest."""
    rounded = round(value, 6) + 0.0
    return int(rounded) if rounded.is_integer() else rounded


def _points(kind: str, region: dict[str, Any]) -> list[list[float | int]]:
    if kind == "boxes":
        x, y, w, h = region["x"], region["y"], region["w"], region["h"]
        corners = [[x, y], [x + w, y + h]]
    elif kind == "points":
        corners = [[region["x"], region["y"]]]
    else:
        corners = region["points"]
    return [[_number(px), _number(py)] for px, py in corners]


def shape(kind: str, region: dict[str, Any]) -> dict[str, Any]:
    """One labelme shape of a region of a field of `kind`."""
    return {
        "label": region["label"],
        "points": _points(kind, region),
        "group_id": None,
        "description": "",
        "shape_type": _SHAPE[kind],
        "flags": {},
    }


def label_file(name: str, size: Size, shapes: list[dict[str, Any]]) -> bytes:
    """The labelme JSON of the image written under `name`."""
    doc: dict[str, Any] = {
        "version": VERSION,
        "flags": {},
        "shapes": shapes,
        "imagePath": name.rsplit("/", 1)[-1],
        "imageData": None,
        "imageHeight": size.height,
        "imageWidth": size.width,
    }
    return (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


class _Writer(ImageFileWriter):
    """One labelme export: a JSON file per item."""

    merged = "merged: labelme keeps no annotator, so every submission shares one file"

    def item(self, group: list[ExportEntry], size: Size) -> None:
        shapes = [s for entry in group for s in self._shapes(entry)]
        name = self.name(group[0])
        self.save(group[0], label_member(name), label_file(name, size, shapes), name)

    def _shapes(self, entry: ExportEntry) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for f in answered(entry, self.schema, self.report):
            if f.kind not in REGION_KINDS:
                why = "left out: labelme holds shapes only"
                self.report.omit(f.name, f.kind, why, entry.item_id)
                continue
            for region in regions(entry, f, self.report):
                self.owners.check(f, region["label"], entry.item_id, self.report)
                out.append(shape(f.kind, region))
        return out


# -- reading ---------------------------------------------------------------------------------


class _Reader(ImageFileReader):
    suffix = ".json"

    def file(self, source: Source, name: str) -> None:
        doc = self._load(source, name)
        if doc is None:
            return
        image_path = doc.get("imagePath")
        if not isinstance(image_path, str) or not clean_path(image_path):
            why = QT_TRANSLATE_NOOP("messages", "is missing: the image it labels is unknown")
            self.b.problem(name, "imagePath", why)
            return
        # imagePath is relative to the JSON file's folder; else the image is found by name.
        folder = clean_path(name).rpartition("/")[0]
        path = clean_path(image_path)
        candidates = [clean_path(f"{folder}/{path}"), path]
        key = self.images.key(name, "imagePath", image_path, candidates)
        if key is None:
            return
        size = self._size(name, doc, key)
        if size is None or not self.images.claim(name, key):
            return
        self.b.image(key, size)
        shapes = doc.get("shapes")
        if not isinstance(shapes, list):
            why = QT_TRANSLATE_NOOP("messages", "is not a list of shapes; none is imported")
            self.b.problem(name, "shapes", why, key)
            return
        for i, raw in enumerate(shapes):
            self._shape(name, f"shapes[{i}]", raw, key)

    def _load(self, source: Source, name: str) -> dict[str, Any] | None:
        text = member_text(source, name, self.b, MAX_JSON_BYTES)
        if text is None:
            return None
        try:
            doc = json.loads(text)
        except json.JSONDecodeError as exc:
            self.b.problem(name, at_line(exc.lineno), Said(NOT_JSON, error=exc.msg))
            return None
        except RecursionError:
            self.b.problem(
                name, "", QT_TRANSLATE_NOOP("messages", "nests too deep to be a labelme file")
            )
            return None
        if not isinstance(doc, dict) or "shapes" not in doc:
            why = QT_TRANSLATE_NOOP("messages", "is not a labelme file: it has no shapes")
            self.b.problem(name, "", why)
            return None
        return doc

    def _size(self, name: str, doc: dict[str, Any], key: str) -> Size | None:
        known = self.images.size(key)
        if known is not None:
            return known
        width, height = doc.get("imageWidth"), doc.get("imageHeight")
        if not (_whole(width) and _whole(height)):
            why = QT_TRANSLATE_NOOP(
                "messages",
                "imageWidth and imageHeight must be positive whole numbers: shapes cannot be"
                " checked",
            )
            self.b.problem(name, "", why, key)
            return None
        return Size(width, height)

    def _shape(self, name: str, at: str, raw: object, key: str) -> None:
        if not isinstance(raw, dict):
            self.b.problem(name, at, QT_TRANSLATE_NOOP("messages", "is not a shape"), key)
            return
        label, kind, points = raw.get("label"), raw.get("shape_type"), raw.get("points")
        if not isinstance(label, str):
            self.b.problem(name, at, QT_TRANSLATE_NOOP("messages", "has no label"), key)
            return
        if kind in NOT_IMPORTABLE:
            why = QT_TRANSLATE_NOOP(
                "messages", "{label} is a {tag}, which no field kind holds: not imported"
            )
            self.b.problem(name, at, Said(why, label=short(label), tag=kind), key)
            return
        if kind not in ("rectangle", "polygon", "point"):
            why = QT_TRANSLATE_NOOP("messages", "{label}: unknown shape_type {kind}")
            self.b.problem(name, at, Said(why, label=short(label), kind=short(kind)), key)
            return
        if not isinstance(points, list) or not all(_pair(p) for p in points):
            why = QT_TRANSLATE_NOOP("messages", "{label}: points must be [x, y] pairs")
            self.b.problem(name, at, Said(why, label=short(label)), key)
            return
        refused = self._place(name, at, key, label, kind, points)
        if refused is not None:
            why = QT_TRANSLATE_NOOP("messages", "{tag} {label}: {reason}")
            self.b.problem(name, at, Said(why, tag=kind, label=short(label), reason=refused), key)

    def _place(
        self, name: str, at: str, key: str, label: str, kind: str, points: list[list[float]]
    ) -> str | None:
        """Add the shape to its field; why not, when it cannot be."""
        if kind == "point":
            if len(points) != 1:
                why = QT_TRANSLATE_NOOP("messages", "a point has one [x, y], not {count}")
                return Said(why, count=len(points))
            x, y = points[0]
            return self.b.point(key, label, x, y, name, at)
        if kind == "polygon":
            return self.b.polygon(key, label, points, name, at)
        if len(points) != 2:
            why = QT_TRANSLATE_NOOP("messages", "a rectangle has two corners, not {count}")
            return Said(why, count=len(points))
        f = first_field(self.schema, "boxes", label)
        if f is None:
            return NO_BOXES_FIELD
        self.b.region(key, f, box_around(label, points), name, at)
        return None


def _pair(p: object) -> bool:
    return isinstance(p, list) and len(p) == 2 and all(is_number(v) for v in p)


def _whole(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool) and value > 0


FORMAT = Format(
    name="labelme",
    title="labelme JSON",
    media=frozenset({"image"}),
    multi_file=True,
    file_name="labelme",
    writer=_Writer.writer("labelme"),
    reader=_Reader.read,
    holds=frozenset(REGION_KINDS),
)
