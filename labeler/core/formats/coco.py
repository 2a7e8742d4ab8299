"""COCO instances: the boxes, polygons and points of image items, in one JSON file.

What maps to what:

- `images`: one per item, `id` 1, 2, … in export order, `file_name` the item's source
  name, `width` and `height` the original image's with its EXIF orientation applied.
- `categories`: one per distinct label of the schema's region fields (boxes, polygons,
  points), in schema order, `id` 1, 2, …: the same schema always gives the same ids. A
  label some points field has carries `keypoints: ["point"]` and `skeleton: []`.
- `annotations`, each with `iscrowd` 0:
  a box is `bbox` [x, y, w, h] with `area` w·h and an empty `segmentation`;
  a polygon is `segmentation` [[x1, y1, x2, y2, …]] with its filled `area` and its `bbox`;
  a point is `keypoints` [x, y, 2] with `num_keypoints` 1, `bbox` [x, y, 0, 0], `area` 0.
- Several region fields: a category is named by its label alone, so training code sees
  one class per label; each annotation keeps its field's name in `labeler_field` (and,
  when every submission is exported, its annotator in `labeler_annotator`), keys other
  readers ignore. Reading puts an annotation back in that field; without the key, in the
  first field of its kind that has the label.
- Choice, rating and text fields have no place in COCO instances: the export report
  lists them.

The file streams: `annotations` are written as entries come, before `images` (JSON
readers do not mind the order), so only one short line per image is held until the end.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable
from typing import Any

from labeler.core.formats.base import ExportEntry, ExportReport, Format, WriteOptions
from labeler.core.formats.coco_read import read_coco
from labeler.core.formats.regions import (
    REGION_KINDS,
    UniqueNames,
    answered,
    bounds,
    labels_of,
    polygon_area,
    regions,
)
from labeler.core.formats.streams import Sink
from labeler.core.schema import Field, Schema

NAME = "coco"
FILE_NAME = "instances.json"
#: The key that keeps an annotation's field (and one that keeps its annotator).
FIELD_KEY = "labeler_field"
ANNOTATOR_KEY = "labeler_annotator"
_NOT_HELD = "left out: COCO instances hold regions only (boxes, polygons, points)"


def categories(schema: Schema) -> list[dict[str, Any]]:
    """The categories of a schema: one per distinct label of its region fields."""
    pointed = set(labels_of(schema, ("points",)))
    out: list[dict[str, Any]] = []
    for i, label in enumerate(labels_of(schema, REGION_KINDS), start=1):
        category: dict[str, Any] = {"id": i, "name": label, "supercategory": ""}
        if label in pointed:
            category["keypoints"] = ["point"]
            category["skeleton"] = []
        out.append(category)
    return out


def annotation(f: Field, region: dict[str, Any]) -> dict[str, Any]:
    """The geometry of one region as COCO has it (without ids)."""
    if f.kind == "boxes":
        x, y, w, h = region["x"], region["y"], region["w"], region["h"]
        return {"bbox": [x, y, w, h], "area": w * h, "iscrowd": 0, "segmentation": []}
    if f.kind == "polygons":
        points = region["points"]
        flat = [c for point in points for c in point]
        return {
            "segmentation": [flat],
            "area": polygon_area(points),
            "bbox": bounds(points),
            "iscrowd": 0,
        }
    x, y = region["x"], region["y"]
    return {
        "keypoints": [x, y, 2],
        "num_keypoints": 1,
        "bbox": [x, y, 0, 0],
        "area": 0,
        "iscrowd": 0,
        "segmentation": [],
    }


#: One encoder for the whole export: `json.dumps` with options builds one per call, which
#: costs more than encoding an annotation.
_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False).encode


def write_coco(
    entries: Iterable[ExportEntry], schema: Schema, sink: Sink, options: WriteOptions
) -> ExportReport:
    """Write one COCO instances file of `entries`; the report lists what it cannot hold."""
    report = ExportReport(NAME)
    cats = categories(schema)
    category_ids = {c["name"]: c["id"] for c in cats}
    image_ids: dict[str, int] = {}
    images: list[str] = []
    names = UniqueNames()
    annotation_id = 0
    with sink.open(FILE_NAME) as raw, io.TextIOWrapper(raw, "utf-8", newline="\n") as out:
        head = {"info": {"description": schema.title}, "licenses": [], "categories": cats}
        out.write(_dumps(head)[:-1] + ',\n"annotations":[')
        for entry in entries:
            report.entries += 1
            image_id = image_ids.get(entry.item_id)
            if image_id is None:
                size = entry.size()
                if size is None:
                    why = "left out: the image size is unknown, so nothing can be placed on it"
                    report.omit("", "image", why, entry.item_id)
                    continue
                image_id = image_ids[entry.item_id] = len(image_ids) + 1
                report.items += 1
                image = {
                    "id": image_id,
                    "file_name": names.take(entry.file_name, entry.item_id, report),
                    "width": size.width,
                    "height": size.height,
                }
                images.append(_dumps(image))
            for f in answered(entry, schema, report):
                if f.kind not in REGION_KINDS:
                    report.omit(f.name, f.kind, _NOT_HELD, entry.item_id)
                    continue
                for region in regions(entry, f, report):
                    annotation_id += 1
                    ann = {
                        "id": annotation_id,
                        "image_id": image_id,
                        "category_id": category_ids[region["label"]],
                        **annotation(f, region),
                        FIELD_KEY: f.name,
                    }
                    if entry.annotator is not None:
                        ann[ANNOTATOR_KEY] = entry.annotator
                    out.write(("\n" if annotation_id == 1 else ",\n") + _dumps(ann))
        out.write('],\n"images":[')
        for i, image_line in enumerate(images):
            out.write(("\n" if i == 0 else ",\n") + image_line)
        out.write("]}\n")
    return report


FORMAT = Format(
    name=NAME,
    title="COCO instances",
    media=frozenset({"image"}),
    multi_file=False,
    file_name=FILE_NAME,
    writer=write_coco,
    reader=read_coco,
    holds=frozenset(REGION_KINDS),
)
