"""Ultralytics YOLO datasets, detect and segment: `data.yaml` and one label file per image.

What maps to what:

- `data.yaml`: `names` maps class index to label: the distinct labels of the schema's
  boxes fields (detect), or of its boxes and polygons fields (segment), in schema order.
  `train` and `val` name `images/train` and `images/val` (a split with no image names the
  other); `path` is empty, which Ultralytics reads as "the folder of this file", wherever
  the archive is unpacked (`check_det_dataset` in `ultralytics/data/utils.py`).
- `labels/<split>/<stem>.txt`, one per image, `<stem>` its source name without extension:
  detect lines `class cx cy w h` (a box's centre and size), segment lines
  `class x1 y1 x2 y2 …` (a polygon's corners); every coordinate divided by the original
  image's width or height (EXIF orientation applied, as Ultralytics measures images),
  6 decimals. An image with nothing on it gets an empty file.
- The split: each item on its own, by a hash of the seed and its id against
  `val_fraction`, so the same seed puts an item in the same split whatever else is
  exported.
- Images are not written here. `image_member(name, split)` is where Ultralytics looks for
  an image (`images/<split>/<source name>`); `WriteOptions.on_image` is called with it
  after each label file, so the caller can add the image to the same archive.

Not held (the export report lists them): points; polygons in detect; choice, rating and
text fields. In segment a box is written as its four corners, which reads back as a
polygon where a polygons field has its label.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Any

from labeler.core.formats.base import (
    ExportEntry,
    ExportReport,
    Format,
    Size,
    WriteOptions,
    Writer,
)
from labeler.core.formats.paths import clean_path, split_extension
from labeler.core.formats.regions import (
    REGION_KINDS,
    UniqueNames,
    answered,
    box_corners,
    labels_of,
    regions,
)
from labeler.core.formats.streams import Sink
from labeler.core.formats.yolo_read import read_yolo
from labeler.core.schema import Field, Schema

DATA_YAML = "data.yaml"
#: The region kinds each task writes.
TASKS: dict[str, tuple[str, ...]] = {"detect": ("boxes",), "segment": ("boxes", "polygons")}


def split_of(item_id: str, seed: int, val_fraction: float) -> str:
    """`"val"` or `"train"` for an item: stable for the same seed, whatever the order."""
    digest = hashlib.sha256(f"{seed}\x00{item_id}".encode()).digest()
    return "val" if int.from_bytes(digest[:8], "big") / 2**64 < val_fraction else "train"


def image_member(name: str, split: str) -> str:
    """Where Ultralytics looks for an image written under `name`: `images/<split>/<name>`."""
    return f"images/{split}/{name}"


def label_member(name: str, split: str) -> str:
    """The label file of an image written under `name`: `labels/<split>/<stem>.txt`."""
    return f"labels/{split}/{split_extension(name)[0]}.txt"


def data_yaml(names: list[str], splits: set[str]) -> bytes:
    """`data.yaml` for class `names`; a split without images names the other one."""
    import yaml

    train = "train" if "train" in splits or not splits else "val"
    val = "val" if "val" in splits else train
    doc = {
        "path": "",
        "train": f"images/{train}",
        "val": f"images/{val}",
        "names": dict(enumerate(names)),
    }
    head = "# path is empty: Ultralytics takes this file's folder as the dataset root.\n"
    body = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, default_flow_style=False)
    return (head + body).encode("utf-8")


def _number(value: float) -> str:
    return f"{round(value, 6) + 0.0:.6f}"  # + 0.0: no "-0.000000"


class _Writer:
    """One YOLO export: a label file per item, then `data.yaml`."""

    def __init__(self, task: str, schema: Schema, sink: Sink, options: WriteOptions) -> None:
        self.task = task
        self.schema = schema
        self.sink = sink
        self.options = options
        self.kinds = TASKS[task]
        self.classes = labels_of(schema, self.kinds)
        self.index = {label: i for i, label in enumerate(self.classes)}
        # Where a class reads back: the first field of the kind that has the label.
        self.owners: dict[tuple[str, str], str] = {}
        for f in schema.fields:
            for label in f.label_values():
                self.owners.setdefault((f.kind, label), f.name)
        self.report = ExportReport(f"yolo-{task}")
        self.names = UniqueNames(key=lambda name: split_extension(name)[0].casefold())
        self.splits: set[str] = set()
        self.done: set[str] = set()

    def run(self, entries: Iterable[ExportEntry]) -> ExportReport:
        group: list[ExportEntry] = []
        for entry in entries:
            self.report.entries += 1
            if group and entry.item_id != group[0].item_id:
                self._item(group)
                group = []
            group.append(entry)
        if group:
            self._item(group)
        with self.sink.open(DATA_YAML) as out:
            out.write(data_yaml(self.classes, self.splits))
        return self.report

    def _item(self, group: list[ExportEntry]) -> None:
        """One item's label file, from every entry of it (one per submission)."""
        first = group[0]
        item_id = first.item_id
        if item_id in self.done:
            why = "left out: its entries did not come one after another, as a writer reads them"
            self.report.omit("", "item", why, item_id, len(group))
            return
        self.done.add(item_id)
        size = first.size()
        if size is None:
            why = "left out: the image size is unknown, so nothing can be placed on it"
            self.report.omit("", "image", why, item_id)
            return
        if len(group) > 1:
            why = "merged: YOLO keeps no annotator, so every submission's regions share one file"
            self.report.omit("", "item", why, item_id)
        lines = [line for entry in group for line in self._lines(entry, size)]
        split = split_of(item_id, self.options.seed, self.options.val_fraction)
        self.splits.add(split)
        self.report.items += 1
        name = self.names.take(clean_path(first.file_name) or item_id, item_id, self.report)
        with self.sink.open(label_member(name, split)) as out:
            out.write("".join(line + "\n" for line in lines).encode("utf-8"))
        if self.options.on_image is not None:
            self.options.on_image(first, image_member(name, split), self.sink)

    def _lines(self, entry: ExportEntry, size: Size) -> list[str]:
        out: list[str] = []
        for f in answered(entry, self.schema, self.report):
            why = self._not_held(f)
            if why is not None:
                self.report.omit(f.name, f.kind, why, entry.item_id)
                continue
            for region in regions(entry, f, self.report):
                out.append(self._line(f, region, size, entry.item_id))
        return out

    def _not_held(self, f: Field) -> str | None:
        if f.kind in self.kinds:
            return None
        if f.kind in REGION_KINDS:
            return f"left out: YOLO {self.task} holds {' and '.join(self.kinds)} only"
        return "left out: YOLO holds regions only"

    def _line(self, f: Field, region: dict[str, Any], size: Size, item_id: str) -> str:
        label = region["label"]
        owner = self.owners[f.kind, label]
        if owner != f.name:
            why = f"written as class {label!r}, which field {owner!r} has too: it reads back there"
            self.report.omit(f.name, f.kind, why, item_id)
        head = str(self.index[label])
        w, h = size.width, size.height
        if f.kind == "boxes" and self.task == "detect":
            cx = (region["x"] + region["w"] / 2) / w
            cy = (region["y"] + region["h"] / 2) / h
            numbers = [cx, cy, region["w"] / w, region["h"] / h]
            return " ".join([head, *map(_number, numbers)])
        if f.kind == "boxes":
            why = "written as four-corner polygons: YOLO segment holds polygons only"
            self.report.omit(f.name, f.kind, why, item_id)
            points = box_corners(region)
        else:
            points = region["points"]
        return " ".join([head, *(_number(c) for x, y in points for c in (x / w, y / h))])


def _writer(task: str) -> Writer:
    def write(
        entries: Iterable[ExportEntry], schema: Schema, sink: Sink, options: WriteOptions
    ) -> ExportReport:
        return _Writer(task, schema, sink, options).run(entries)

    write.__doc__ = f"Write a YOLO {task} dataset of `entries` (labels and data.yaml) to `sink`."
    return write


DETECT = Format(
    name="yolo-detect",
    title="Ultralytics YOLO (detect)",
    media=frozenset({"image"}),
    multi_file=True,
    file_name=DATA_YAML,
    writer=_writer("detect"),
    reader=read_yolo,
)
SEGMENT = Format(
    name="yolo-segment",
    title="Ultralytics YOLO (segment)",
    media=frozenset({"image"}),
    multi_file=True,
    file_name=DATA_YAML,
    writer=_writer("segment"),
    reader=read_yolo,
)
