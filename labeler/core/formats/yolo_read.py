"""Reading Ultralytics YOLO datasets (see `labeler.core.formats.yolo` for the mapping).

`data.yaml` gives the class names (a mapping or a list); every `.txt` file under a
`labels` folder is an image's labels: `labels/<split>/night/0007.txt` (this project's and
Ultralytics' layout) and `<split>/labels/0007.txt` are both read. Coordinates are
fractions of the image size, so the caller must give the images' sizes; a label file
matches the image whose name without extension it has.

Each line is read by its length, whatever the task: a class and 4 numbers is a box, a
class and 6 or more (x, y pairs) a polygon. A box goes to the first boxes field with its
label; a polygon to the first polygons field with it, else to a boxes field as the box
around it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from labeler.core.formats.base import ImportResult, Size, at_line
from labeler.core.formats.members import member_text
from labeler.core.formats.numbers import finite
from labeler.core.formats.paths import clean_path, split_extension
from labeler.core.formats.reading import (
    NO_BOXES_FIELD,
    NO_POLYGONS_FIELD,
    AnswerBuilder,
    ImageFiles,
    ImageIndex,
)
from labeler.core.formats.regions import bounds, first_field
from labeler.core.formats.streams import Source
from labeler.core.i18n import QT_TRANSLATE_NOOP, Said
from labeler.core.jsonvalues import short
from labeler.core.schema import Schema

#: `data.yaml` is a few lines; a label file, one line per object.
MAX_YAML_BYTES = 1 << 20
MAX_LABEL_BYTES = 64 << 20
_SPLITS = {"train", "val", "valid", "validation", "test"}


_LABELS_NO_IMAGE = QT_TRANSLATE_NOOP(
    "messages", "labels image {name}, which is not among the project's images"
)
_LABELS_SEVERAL = QT_TRANSLATE_NOOP("messages", "labels image {name}, which matches several images")
_NOT_A_CLASS = QT_TRANSLATE_NOOP(
    "messages", "class {name} is not one of data.yaml's names (0 to {last})"
)
_NOT_A_CLASS_NONE = QT_TRANSLATE_NOOP(
    "messages", "class {name} is not one of data.yaml's names (none)"
)
_COUNT = QT_TRANSLATE_NOOP(
    "messages",
    "has {count} numbers after the class: a box has 4 (cx cy w h), a polygon 6 or more (x y pairs)",
)
_NOT_NAMES = QT_TRANSLATE_NOOP("messages", "must map class numbers to names, or list the names")
_NOT_FINITE = QT_TRANSLATE_NOOP("messages", "holds something that is not a finite number")
_BOX_NOWHERE = QT_TRANSLATE_NOOP("messages", "box {label}: {reason}")
_POLYGON_NOWHERE = QT_TRANSLATE_NOOP("messages", "polygon {label}: {reason}")


def read_yolo(source: Source, schema: Schema, images: Mapping[str, Size] | None) -> ImportResult:
    """Answers per image from a YOLO dataset's label files; problems, never exceptions."""
    b = AnswerBuilder(schema)
    names = source.names()
    yaml_name = _find_yaml(names)
    if yaml_name is None:
        b.problem(
            "",
            "",
            QT_TRANSLATE_NOOP("messages", "no data.yaml: without it the classes have no names"),
        )
        return b.result()
    read = _read_yaml(source, yaml_name, b)
    if read is None:
        return b.result()
    classes, splits = read
    if images is None:
        why = QT_TRANSLATE_NOOP(
            "messages", "coordinates are fractions of each image's size, and no sizes were given"
        )
        b.problem(yaml_name, "", why)
        return b.result()
    labels = _LabelReader(schema, b, classes, ImageIndex(images), splits)
    for name in names:
        labels.file(source, name)
    return b.result()


def _find_yaml(names: list[str]) -> str | None:
    """`data.yaml` nearest the top, else the YAML file nearest the top."""
    yamls = [n for n in names if n.lower().endswith((".yaml", ".yml"))]
    preferred = [n for n in yamls if n.rsplit("/", 1)[-1] == "data.yaml"] or yamls
    return min(preferred, key=lambda n: (n.count("/"), n), default=None)


def _read_yaml(
    source: Source, name: str, b: AnswerBuilder
) -> tuple[dict[int, str], set[str]] | None:
    """The class names and the split folder names of `data.yaml`, or None with why."""
    import yaml

    text = member_text(source, name, b, MAX_YAML_BYTES)
    if text is None:
        return None
    try:
        # Every scalar as the text it is (a class called `yes` or `1` stays that name); the
        # base loader builds no Python objects, so it is as safe as safe_load.
        doc = yaml.load(text, Loader=yaml.BaseLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = at_line(mark.line + 1) if mark is not None else ""
        why = Said(
            QT_TRANSLATE_NOOP("messages", "is not valid YAML: {error}"),
            error=str(getattr(exc, "problem", None) or exc),
        )
        b.problem(name, at, why)
        return None
    except RecursionError:
        b.problem(name, "", QT_TRANSLATE_NOOP("messages", "nests too deep to be a data.yaml"))
        return None
    if not isinstance(doc, dict) or "names" not in doc:
        b.problem(name, "", QT_TRANSLATE_NOOP("messages", "has no names: the classes are unknown"))
        return None
    classes = _names(doc["names"])
    if classes is None:
        b.problem(name, "names", _NOT_NAMES)
        return None
    return classes, _split_folders(doc)


def _names(raw: Any) -> dict[int, str] | None:
    if isinstance(raw, list) and all(isinstance(v, str) for v in raw):
        return dict(enumerate(raw))
    if isinstance(raw, dict):
        out: dict[int, str] = {}
        for key, value in raw.items():
            if not (isinstance(key, str) and key.isdigit() and isinstance(value, str)):
                return None
            out[int(key)] = value
        return out
    return None


def _split_folders(doc: dict[str, Any]) -> set[str]:
    """Folder names the split paths use (`images/train` gives `train`)."""
    out = set(_SPLITS)
    for key in ("train", "val", "test"):
        paths = doc.get(key)
        for path in paths if isinstance(paths, list) else [paths]:
            if isinstance(path, str):
                out |= {p for p in clean_path(path).split("/") if p != "images"}
    return out


class _LabelReader:
    """The label files: each matched to an image, each line a region."""

    def __init__(
        self,
        schema: Schema,
        builder: AnswerBuilder,
        classes: dict[int, str],
        index: ImageIndex,
        splits: set[str],
    ) -> None:
        self.schema = schema
        self.b = builder
        self.classes = classes
        self.index = index
        self.splits = splits
        self.files = ImageFiles(builder, index)

    def file(self, source: Source, name: str) -> None:
        stem = self._stem(name)
        if stem is None:
            return
        keys = self.index.find_stem(stem)
        if len(keys) != 1:
            template = _LABELS_NO_IMAGE if not keys else _LABELS_SEVERAL
            self.b.problem(name, "", Said(template, name=short(stem)))
            return
        key = keys[0]
        if not self.files.claim(name, key):
            return
        text = member_text(source, name, self.b, MAX_LABEL_BYTES)
        self.b.image(key, self.index.images[key])
        if text is None:
            self.b.problem(name, "", QT_TRANSLATE_NOOP("messages", "its labels are left out"), key)
            return
        for n, line in enumerate(text.splitlines(), start=1):
            if line.strip():
                self._line(name, at_line(n), line.split(), key)

    def _stem(self, name: str) -> str | None:
        """`night/0007` for `labels/train/night/0007.txt`; None for other files."""
        stem, ext = split_extension(clean_path(name))
        parts = stem.split("/")
        if ext.lower() != ".txt" or "labels" not in parts[:-1]:
            return None
        rest = parts[len(parts) - parts[::-1].index("labels") :]
        if len(rest) > 1 and rest[0] in self.splits:
            rest = rest[1:]
        return "/".join(rest)

    def _line(self, file: str, at: str, words: list[str], key: str) -> None:
        size = self.index.images[key]
        cls = _class(words[0])
        numbers = [finite(w) for w in words[1:]]
        if cls is None or cls not in self.classes:
            if self.classes:
                why = Said(_NOT_A_CLASS, name=short(words[0]), last=max(self.classes))
            else:
                why = Said(_NOT_A_CLASS_NONE, name=short(words[0]))
            self.b.problem(file, at, why, key)
            return
        if any(v is None for v in numbers):
            self.b.problem(file, at, _NOT_FINITE, key)
            return
        values = [v for v in numbers if v is not None]
        if len(values) != 4 and (len(values) < 6 or len(values) % 2):
            why = Said(_COUNT, count=len(values))
            self.b.problem(file, at, why, key)
            return
        self._place(file, at, self.classes[cls], values, size, key)

    def _place(
        self, file: str, at: str, label: str, values: list[float], size: Size, key: str
    ) -> None:
        w, h = size.width, size.height
        if len(values) == 4:
            cx, cy, bw, bh = values
            box = {"label": label, "x": _px((cx - bw / 2) * w), "y": _px((cy - bh / 2) * h)}
            box |= {"w": _px(bw * w), "h": _px(bh * h)}
            f = first_field(self.schema, "boxes", label)
            if f is None:
                why = Said(_BOX_NOWHERE, label=short(label), reason=NO_BOXES_FIELD)
                self.b.problem(file, at, why, key)
            else:
                self.b.region(key, f, box, file, at)
            return
        points = [[_px(values[i] * w), _px(values[i + 1] * h)] for i in range(0, len(values), 2)]
        f = first_field(self.schema, "polygons", label)
        if f is not None:
            self.b.region(key, f, {"label": label, "points": points}, file, at)
            return
        f = first_field(self.schema, "boxes", label)
        if f is None:
            why = Said(_POLYGON_NOWHERE, label=short(label), reason=NO_POLYGONS_FIELD)
            self.b.problem(file, at, why, key)
            return
        x, y, bw, bh = bounds(points)
        self.b.region(key, f, {"label": label, "x": x, "y": y, "w": bw, "h": bh}, file, at)


def _px(value: float) -> float:
    """A pixel coordinate without the float noise of the division (`1.0000000000000009`):
    ten significant digits, far finer than the 6 decimals of a fraction of the size."""
    return float(f"{value:.10g}")


def _class(word: str) -> int | None:
    """A class number: `3`, or `3.0` as some tools write it."""
    value = finite(word)
    if value is None or value < 0 or not value.is_integer():
        return None
    return int(value)
