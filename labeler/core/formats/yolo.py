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
- The split: each image on its own, by a hash of the seed and the name it is written
  under against `val_fraction`, so the same seed puts an image in the same split whatever
  else is exported, from this project or from another that imported it.
- Images are not written here. `image_member(name, split)` is where Ultralytics looks for
  an image (`images/<split>/<source name>`); `WriteOptions.on_image` is called with it
  after each label file, so the caller can add the image to the same archive.

Not held (the export report lists them): points; polygons in detect; choice, rating and
text fields. In segment a box is written as its four corners, which reads back as a
polygon where a polygons field has its label.
"""

from __future__ import annotations

import dataclasses
import hashlib
from typing import Any

from labeler.core.formats.base import (
    ExportEntry,
    Format,
    Size,
    WriteOptions,
)
from labeler.core.formats.paths import clean_path, split_extension
from labeler.core.formats.perimage import ImageFileWriter
from labeler.core.formats.regions import REGION_KINDS, answered, box_corners, labels_of, regions
from labeler.core.formats.streams import Sink
from labeler.core.formats.yolo_read import read_yolo
from labeler.core.schema import Field, Schema

DATA_YAML = "data.yaml"
#: The region kinds each task writes.
TASKS: dict[str, tuple[str, ...]] = {"detect": ("boxes",), "segment": ("boxes", "polygons")}


def split_of(name: str, seed: int, val_fraction: float) -> str:
    """`"val"` or `"train"` for an image written under `name`: stable for the same seed,
    whatever the order."""
    digest = hashlib.sha256(f"{seed}\x00{name}".encode()).digest()
    return "val" if int.from_bytes(digest[:8], "big") / 2**64 < val_fraction else "train"


def layout_name(name: str) -> str:
    """`name` without folders called `images` or `labels`: Ultralytics finds an image's
    labels by putting `labels` for the last `images` folder of its path, so a source name
    `images/0001.jpg` written as `images/train/images/0001.jpg` would have its labels looked
    for in `images/train/labels/`. (`images/0001.jpg` is how a folder holding a COCO
    dataset names its pictures.)"""
    parts = clean_path(name).split("/")
    kept = [p for p in parts[:-1] if p not in ("images", "labels")] + parts[-1:]
    return "/".join(kept)


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


class _Writer(ImageFileWriter):
    """One YOLO export: a label file per item, then `data.yaml`."""

    merged = "merged: YOLO keeps no annotator, so every submission's regions share one file"

    def __init__(self, fmt: str, schema: Schema, sink: Sink, options: WriteOptions) -> None:
        super().__init__(fmt, schema, sink, options)
        self.task = task = fmt.removeprefix("yolo-")
        self.kinds = TASKS[task]
        self.classes = labels_of(schema, self.kinds)
        self.index = {label: i for i, label in enumerate(self.classes)}
        self.splits: set[str] = set()

    def finish(self) -> None:
        with self.sink.open(DATA_YAML) as out:
            out.write(data_yaml(self.classes, self.splits))

    def item(self, group: list[ExportEntry], size: Size) -> None:
        """One item's label file, from every entry of it (one per submission)."""
        first = group[0]
        lines = [line for entry in group for line in self._lines(entry, size)]
        name = self.name(dataclasses.replace(first, file_name=layout_name(first.file_name)))
        split = split_of(name, self.options.seed, self.options.val_fraction)
        self.splits.add(split)
        data = "".join(line + "\n" for line in lines).encode("utf-8")
        self.save(first, label_member(name, split), data, image_member(name, split))

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
        self.owners.check(f, label, item_id, self.report, written_as=f"class {label!r}")
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


def _format(task: str) -> Format:
    return Format(
        name=f"yolo-{task}",
        title=f"Ultralytics YOLO ({task})",
        media=frozenset({"image"}),
        multi_file=True,
        file_name=DATA_YAML,
        writer=_Writer.writer(f"yolo-{task}"),
        reader=read_yolo,
        holds=frozenset(TASKS[task]),
    )


DETECT = _format("detect")
SEGMENT = _format("segment")
