"""Reading COCO instances files (see `labeler.core.formats.coco` for the mapping).

Every JSON member of the source is read. Categories map to the schema's labels by name;
an annotation goes to its `labeler_field` when that field has its label, else to the
first field that has it, by its geometry: `segmentation` polygons to a polygons field,
then `keypoints` to a points field, then `bbox` to a boxes field (so a file with boxes
and masks fills a boxes-only schema from its boxes). An object of several polygons gives
one polygon per part. Crowd regions (RLE masks) have no field kind and are reported.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, TypeGuard

from labeler.core.formats.base import ImportResult, Size
from labeler.core.formats.members import NOT_READ, member_json
from labeler.core.formats.reading import AnswerBuilder, ImageIndex
from labeler.core.formats.regions import REGION_KINDS, first_field
from labeler.core.formats.streams import Source
from labeler.core.i18n import QT_TRANSLATE_NOOP, Said
from labeler.core.jsonvalues import is_clean_str, is_int, is_number, short, type_name
from labeler.core.schema import Field, Schema

_IN_FILE = QT_TRANSLATE_NOOP("messages", "{file}, {at}")
_IMAGE_NOT_AMONG = QT_TRANSLATE_NOOP(
    "messages", "image {name} ({on_it}) is not among the project's images"
)
_IMAGE_ANY_OF = QT_TRANSLATE_NOOP("messages", "image {name} ({on_it}) may be any of {some}")
_IMAGE_LISTED = QT_TRANSLATE_NOOP("messages", "image {name} ({on_it}) is listed already at {first}")
_OTHER_SIZE = QT_TRANSLATE_NOOP(
    "messages",
    "gives the image as {width}×{height} px; it is {known_width}×{known_height} px with its EXIF"
    " orientation applied",
)
_OTHER_ANNOTATOR = QT_TRANSLATE_NOOP(
    "messages",
    "is by {annotator}, and this image's answer is by {first}: one answer per image is"
    " imported, and annotators' answers are not merged",
)
_FIELD_KEY = "labeler_field"
_ANNOTATOR_KEY = "labeler_annotator"
_WHY_CROWD = QT_TRANSLATE_NOOP(
    "messages", "a crowd region (an RLE mask) cannot be imported: no field kind holds masks"
)
_MUST_BE_A_LIST = QT_TRANSLATE_NOOP("messages", "must be a list, not {type}")
_MUST_BE_AN_OBJECT = QT_TRANSLATE_NOOP("messages", "must be an object, not {type}")
_ON_IT = {
    True: QT_TRANSLATE_NOOP("messages", "1 annotation on it"),
    False: QT_TRANSLATE_NOOP("messages", "{count} annotations on it"),
}


@dataclass(frozen=True)
class _Category:
    name: str
    keypoints: int  # how many keypoints its objects have (0: none declared)


@dataclass(frozen=True)
class _Image:
    key: str | None  # None: the image is left out (its problem is reported already)
    at: str


def read_coco(source: Source, schema: Schema, images: Mapping[str, Size] | None) -> ImportResult:
    """Answers per image from every JSON member of `source`; problems, never exceptions."""
    builder = AnswerBuilder(schema)
    members = [n for n in source.names() if n.lower().endswith(".json")]
    if not members:
        builder.problem(
            "",
            "",
            QT_TRANSLATE_NOOP(
                "messages", "no JSON file to read: COCO instances are one .json file"
            ),
        )
    index = ImageIndex(images) if images is not None else None
    listed: dict[str, str] = {}
    for name in members:
        doc = _load(source, name, builder)
        if doc is not None:
            _FileReader(name, schema, builder, index, listed).run(doc)
    return builder.result()


def _load(source: Source, name: str, builder: AnswerBuilder) -> dict[str, Any] | None:
    """The decoded file, or None with its problem recorded."""
    doc = member_json(source, name, builder, "COCO")
    if doc is NOT_READ:
        return None
    if not isinstance(doc, dict):
        builder.problem(
            name,
            "",
            Said(
                QT_TRANSLATE_NOOP("messages", "must be a JSON object, not {type}"),
                type=type_name(doc),
            ),
        )
        return None
    return doc


class _FileReader:
    """One COCO file: its categories, images and annotations, in that order."""

    def __init__(
        self,
        name: str,
        schema: Schema,
        builder: AnswerBuilder,
        index: ImageIndex | None,
        listed: dict[str, str],
    ) -> None:
        self.name = name
        self.schema = schema
        self.b = builder
        self.index = index
        self.listed = listed
        self.categories: dict[Any, _Category] = {}
        self.images: dict[Any, _Image] = {}
        #: Whose annotations an image's answer is made of, when the file says
        #: (`labeler_annotator`, an export of every submission).
        self.annotators: dict[str, str] = {}

    def problem(self, at: str, message: str, item: str | None = None) -> None:
        self.b.problem(self.name, at, message, item)

    def run(self, doc: dict[str, Any]) -> None:
        cats = self._list(doc, "categories")
        images = self._list(doc, "images")
        anns = self._list(doc, "annotations")
        for i, raw in enumerate(cats):
            self._category(f"categories[{i}]", raw)
        counts = Counter(_id(a.get("image_id")) for a in anns if isinstance(a, dict))
        for i, raw in enumerate(images):
            self._image(f"images[{i}]", raw, counts)
        for i, raw in enumerate(anns):
            self._annotation(f"annotations[{i}]", raw)

    def _list(self, doc: dict[str, Any], key: str) -> list[Any]:
        value = doc.get(key)
        if isinstance(value, list):
            return value
        self.problem(
            key,
            QT_TRANSLATE_NOOP("messages", "is missing")
            if value is None
            else Said(_MUST_BE_A_LIST, type=type_name(value)),
        )
        return []

    def _category(self, at: str, raw: object) -> None:
        if not isinstance(raw, dict):
            self.problem(at, Said(_MUST_BE_AN_OBJECT, type=type_name(raw)))
            return
        cid, name = raw.get("id"), raw.get("name")
        if not is_int(cid) or not is_clean_str(name):
            self.problem(at, QT_TRANSLATE_NOOP("messages", "needs an integer id and a name"))
        elif cid in self.categories:
            self.problem(
                at,
                Said(
                    QT_TRANSLATE_NOOP(
                        "messages", "repeats category id {id}; the first one is kept"
                    ),
                    id=cid,
                ),
            )
        else:
            keypoints = raw.get("keypoints")
            self.categories[cid] = _Category(
                name, len(keypoints) if isinstance(keypoints, list) else 0
            )

    def _image(self, at: str, raw: object, counts: Counter[Any]) -> None:
        if not isinstance(raw, dict):
            self.problem(at, Said(_MUST_BE_AN_OBJECT, type=type_name(raw)))
            return
        iid, name = raw.get("id"), raw.get("file_name")
        if not (is_int(iid) or is_clean_str(iid)) or not is_clean_str(name) or not name:
            self.problem(at, QT_TRANSLATE_NOOP("messages", "needs an id and a file_name"))
            return
        if iid in self.images:
            self.problem(
                at,
                Said(
                    QT_TRANSLATE_NOOP("messages", "repeats image id {id}; the first one is kept"),
                    id=short(iid),
                ),
            )
            return
        key = self._key(at, name, counts[iid])
        self.images[iid] = _Image(key, at)
        if key is not None:
            self.b.image(key, self._size(at, raw, key))

    def _key(self, at: str, name: str, annotations: int) -> str | None:
        """The item an image entry means, or None with the reason reported."""
        on_it = Said(_ON_IT[annotations == 1], count=annotations)
        shown = short(name)
        if self.index is None:
            key = name
        else:
            keys = self.index.find(name)
            if not keys:
                self.problem(at, Said(_IMAGE_NOT_AMONG, name=shown, on_it=on_it))
                return None
            if len(keys) > 1:
                some = ", ".join(short(k) for k in keys[:3])
                self.problem(at, Said(_IMAGE_ANY_OF, name=shown, on_it=on_it, some=some))
                return None
            key = keys[0]
        here = Said(_IN_FILE, file=self.name, at=at)
        first = self.listed.setdefault(key, here)
        if first != here:
            self.problem(at, Said(_IMAGE_LISTED, name=shown, on_it=on_it, first=first), key)
            return None
        return key

    def _size(self, at: str, raw: dict[str, Any], key: str) -> Size | None:
        w, h = raw.get("width"), raw.get("height")
        stated = Size(int(w), int(h)) if _whole(w) and _whole(h) else None
        if self.index is None:
            if stated is None:
                why = QT_TRANSLATE_NOOP(
                    "messages", "needs a width and a height of whole pixels above 0"
                )
                self.problem(at, why, key)
            return stated
        known = self.index.images[key]
        if stated is not None and stated != known:
            why = Said(
                _OTHER_SIZE,
                width=stated.width,
                height=stated.height,
                known_width=known.width,
                known_height=known.height,
            )
            self.problem(at, why, key)
        return known

    def _annotation(self, at: str, raw: object) -> None:
        if not isinstance(raw, dict):
            self.problem(at, Said(_MUST_BE_AN_OBJECT, type=type_name(raw)))
            return
        image = self.images.get(_id(raw.get("image_id")))
        if image is None:
            iid = short(raw.get("image_id"))
            self.problem(
                at,
                Said(
                    QT_TRANSLATE_NOOP(
                        "messages", "refers to image id {id}, which images does not list"
                    ),
                    id=iid,
                ),
            )
            return
        if image.key is None:
            return  # left out with its image, whose problem says how many annotations it had
        key = image.key
        category = self.categories.get(_id(raw.get("category_id")))
        if category is None:
            cid = short(raw.get("category_id"))
            why = Said(
                QT_TRANSLATE_NOOP(
                    "messages", "refers to category id {id}, which categories does not list"
                ),
                id=cid,
            )
            self.problem(at, why, key)
            return
        if raw.get("iscrowd") or isinstance(raw.get("segmentation"), dict):
            self.problem(at, _WHY_CROWD, key)
            return
        if not self._same_annotator(at, raw, key):
            return
        placed = self._place(raw, category)
        if isinstance(placed, str):
            self.problem(at, placed, key)
            return
        f, shapes = placed
        for shape in shapes:
            self.b.region(key, f, {"label": category.name, **shape}, self.name, at)

    def _same_annotator(self, at: str, raw: dict[str, Any], key: str) -> bool:
        """Whether an annotation is by the annotator whose answer the image takes: an
        export of every submission holds several answers per image, and one is imported;
        the others are reported, never merged into it."""
        annotator = raw.get(_ANNOTATOR_KEY)
        if not isinstance(annotator, str):
            return True
        first = self.annotators.setdefault(key, annotator)
        if first == annotator:
            return True
        why = Said(_OTHER_ANNOTATOR, annotator=short(annotator), first=short(first))
        self.problem(at, why, key)
        return False

    def _place(
        self, raw: dict[str, Any], category: _Category
    ) -> tuple[Field, list[dict[str, Any]]] | str:
        """The field and regions of an annotation, or why it has none."""
        label = category.name
        has = {
            "polygons": bool(raw.get("segmentation")),
            "points": bool(raw.get("keypoints")),
            "boxes": raw.get("bbox") is not None,
        }
        hinted = raw.get(_FIELD_KEY)
        target = _field_named(self.schema, hinted, label)
        if target is not None and has[target.kind]:
            kinds: tuple[str, ...] = (target.kind,)
        else:
            target, kinds = None, tuple(k for k in REGION_KINDS if has[k])
        for kind in ("polygons", "points", "boxes"):
            if kind not in kinds:
                continue
            f = target or first_field(self.schema, kind, label)
            if f is not None:
                shapes = _SHAPES[kind](raw, category)
                return (f, shapes) if isinstance(shapes, list) else shapes
        return _no_field(self.schema, label, kinds)


def _field_named(schema: Schema, name: object, label: str) -> Field | None:
    for f in schema.fields:
        if f.name == name and f.kind in REGION_KINDS and label in f.label_values():
            return f
    return None


def _no_field(schema: Schema, label: str, kinds: tuple[str, ...]) -> str:
    if not kinds:
        return QT_TRANSLATE_NOOP("messages", "has no bbox, segmentation or keypoints to import")
    holders = sorted(
        {f.kind for f in schema.fields if f.kind in REGION_KINDS and label in f.label_values()}
    )
    if not holders:
        return Said(
            QT_TRANSLATE_NOOP("messages", "category {label} is not a label of the schema"),
            label=short(label),
        )
    return Said(
        QT_TRANSLATE_NOOP(
            "messages", "has {kinds}, but only the schema's {holders} fields have label {label}"
        ),
        kinds=", ".join(kinds),
        holders=", ".join(holders),
        label=short(label),
    )


def _id(value: object) -> int | str | None:
    """An id to look up: ids are integers or strings; anything else finds nothing."""
    return value if is_int(value) or isinstance(value, str) else None


def _whole(value: object) -> TypeGuard[int | float]:
    return is_number(value) and value > 0 and float(value).is_integer()


def _polygons(raw: dict[str, Any], category: _Category) -> list[dict[str, Any]] | str:
    out = []
    for i, ring in enumerate(raw["segmentation"]):
        ok = isinstance(ring, list) and len(ring) >= 6 and len(ring) % 2 == 0
        if not ok or not all(map(is_number, ring)):
            return Said(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "segmentation[{index}] must list x, y pairs of finite numbers, 3 pairs at"
                    " least",
                ),
                index=i,
            )
        out.append({"points": [[ring[j], ring[j + 1]] for j in range(0, len(ring), 2)]})
    return out


def _points(raw: dict[str, Any], category: _Category) -> list[dict[str, Any]] | str:
    values = raw["keypoints"]
    if not isinstance(values, list) or len(values) % 3 or not all(map(is_number, values)):
        return QT_TRANSLATE_NOOP(
            "messages", "keypoints must list x, y, v triples of finite numbers"
        )
    if len(values) != 3 or category.keypoints > 1:
        n = max(len(values) // 3, category.keypoints)
        return Said(
            QT_TRANSLATE_NOOP(
                "messages",
                "has {count} keypoints per object; only objects of one keypoint are read as points",
            ),
            count=n,
        )
    x, y, visible = values
    if visible <= 0:
        return QT_TRANSLATE_NOOP("messages", "its keypoint is not labelled (v is 0)")
    return [{"x": x, "y": y}]


def _boxes(raw: dict[str, Any], category: _Category) -> list[dict[str, Any]] | str:
    bbox = raw["bbox"]
    if not isinstance(bbox, list) or len(bbox) != 4 or not all(map(is_number, bbox)):
        return QT_TRANSLATE_NOOP("messages", "bbox must be [x, y, w, h] of finite numbers")
    x, y, w, h = bbox
    return [{"x": x, "y": y, "w": w, "h": h}]


_SHAPES = {"polygons": _polygons, "points": _points, "boxes": _boxes}
