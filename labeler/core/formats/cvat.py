"""CVAT for images 1.1 XML: one `annotations.xml` for every image, as CVAT exports a task.

What maps to what (the element and attribute names of CVAT's own exporter,
`dump_as_cvat_annotation` in `cvat/apps/dataset_manager/formats/cvat.py` of cvat-ai/cvat):

- `<annotations>`, `<version>1.1</version>`, then `<meta><task>` with `<mode>annotation`
  and `<labels>`: one `<label>` (`name`, `type` any) per distinct label of the schema's
  boxes, polygons, points, choice and multichoice fields, in schema order.
- item: `<image id name width height>`, `id` 0, 1, … in export order, `name` its source
  name, which CVAT matches to the task's images. The images do not come with the file
  (CVAT takes `annotations.xml` alone, into the task that has them); asked for, the report
  says so for each item.
- box `{x, y, w, h}`: `<box label source="manual" occluded="0" xtl ytl xbr ybr z_order="0">`
  with xtl = x, ytl = y, xbr = x + w, ybr = y + h;
- polygon `{points}`: `<polygon label … points="x1,y1;x2,y2;…">`;
- point `{x, y}`: `<points label … points="x,y">`, one element per point;
- a choice field's label, each label of a multichoice field: `<tag label source="manual">`,
  after the image's shapes. A tag reads back into the first choice or multichoice field
  with its label, in schema order.

**Coordinates** are CVAT's as they are ours: continuous pixels from the image's top-left
corner, so nothing is shifted. CVAT's own reader makes `Bbox(xtl, ytl, xbr − xtl,
ybr − ytl)` of a box (`_parse_shape_ann`), and its COCO export writes that box as it is.
Numbers keep 6 decimals, so an export read back and exported again gives the same bytes.

Not held (the export report lists them): rating and text fields; the annotator (an item's
submissions share its one `<image>`); items whose size is unknown; a label with a
character XML 1.0 cannot hold (its regions and tags are left out); such a source name
(the item is written under its id).

Reading: `labeler.core.formats.cvat_read`.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable
from typing import IO, Any

from labeler.core.formats.base import (
    ExportEntry,
    ExportReport,
    Format,
    Size,
    WriteOptions,
)
from labeler.core.formats.cvat_read import CORNERS, FILE, TAG_KINDS, read_cvat
from labeler.core.formats.numbers import written
from labeler.core.formats.perimage import image_groups
from labeler.core.formats.regions import (
    REGION_KINDS,
    Owners,
    UniqueNames,
    answered,
    labels_of,
    regions,
)
from labeler.core.formats.streams import Sink
from labeler.core.formats.xmltext import UNWRITABLE, xml_file_name, xml_safe
from labeler.core.jsonvalues import short
from labeler.core.schema import Field, Schema

VERSION = "1.1"
MERGED = "merged: CVAT keeps no annotator, so every submission's regions and tags share one image"
#: Why asking for the images brings none.
NO_IMAGES = (
    "not in the file: CVAT for images is annotations.xml alone, imported into the task that "
    "holds the images"
)
_SHAPE = {"boxes": "box", "polygons": "polygon", "points": "points"}


def _element(tag: str, **attributes: str) -> ET.Element:
    return ET.Element(tag, attributes)


def _text(element: ET.Element, level: int) -> bytes:
    """An element as indented UTF-8 at its depth in the file, with its line's end."""
    ET.indent(element, space="  ", level=level)
    return b"  " * level + ET.tostring(element, encoding="utf-8") + b"\n"


def meta_xml(schema: Schema) -> ET.Element:
    """`<meta>` with the task's labels: every label a field written here has."""
    meta = _element("meta")
    task = ET.SubElement(meta, "task")
    if schema.title and xml_safe(schema.title):
        ET.SubElement(task, "name").text = schema.title
    ET.SubElement(task, "mode").text = "annotation"
    labels = ET.SubElement(task, "labels")
    for value in filter(xml_safe, labels_of(schema, REGION_KINDS + TAG_KINDS)):
        label = ET.SubElement(labels, "label")
        ET.SubElement(label, "name").text = value
        ET.SubElement(label, "type").text = "any"
    return meta


def _shape(kind: str, region: dict[str, Any]) -> ET.Element:
    """The CVAT shape of a region of a field of `kind`."""
    head = {"label": region["label"], "source": "manual", "occluded": "0"}
    if kind == "boxes":
        x, y, w, h = region["x"], region["y"], region["w"], region["h"]
        corners = dict(zip(CORNERS, map(written, (x, y, x + w, y + h)), strict=True))
        return _element("box", **head, **corners, z_order="0")
    points = region["points"] if kind == "polygons" else [[region["x"], region["y"]]]
    text = ";".join(f"{written(px)},{written(py)}" for px, py in points)
    return _element(_SHAPE[kind], **head, points=text, z_order="0")


class _Writer:
    """One CVAT export: the head, an `<image>` per item as it comes, the end."""

    def __init__(self, schema: Schema, out: IO[bytes], options: WriteOptions) -> None:
        self.schema = schema
        self.out = out
        self.options = options
        self.report = ExportReport("cvat")
        self.names = UniqueNames(key=str.casefold)
        # A tag reads back into the first choice or multichoice field with its label.
        self.owners = Owners(schema, alike={"multichoice": "choice"})

    def run(self, entries: Iterable[ExportEntry]) -> ExportReport:
        """Write the head, an `<image>` per item as it comes, and the end."""
        self.out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<annotations>\n')
        self.out.write(f"  <version>{VERSION}</version>\n".encode())
        self.out.write(_text(meta_xml(self.schema), 1))
        for image_id, (group, size) in enumerate(image_groups(entries, self.report, MERGED)):
            first = group[0]
            self.report.items += 1
            name = self.names.take(xml_file_name(first, self.report), first.item_id, self.report)
            self.out.write(_text(self._image(image_id, name, size, group), 1))
            if self.options.on_image is not None:
                self.report.omit("", "image", NO_IMAGES, first.item_id)
        self.out.write(b"</annotations>\n")
        return self.report

    def _image(self, image_id: int, name: str, size: Size, group: list[ExportEntry]) -> ET.Element:
        image = _element(
            "image", id=str(image_id), name=name, width=str(size.width), height=str(size.height)
        )
        shapes: list[ET.Element] = []
        tags: list[ET.Element] = []
        for entry in group:
            for f in answered(entry, self.schema, self.report):
                if f.kind in REGION_KINDS:
                    shapes.extend(self._shapes(entry, f))
                elif f.kind in TAG_KINDS:
                    tags.extend(self._tags(entry, f))
                else:
                    why = "left out: CVAT for images holds regions and tags only"
                    self.report.omit(f.name, f.kind, why, entry.item_id)
        image.extend(shapes + tags)
        return image

    def _shapes(self, entry: ExportEntry, f: Field) -> list[ET.Element]:
        out = []
        for region in regions(entry, f, self.report):
            if not xml_safe(region["label"]):
                self.report.omit(f.name, f.kind, UNWRITABLE, entry.item_id)
                continue
            self.owners.check(f, region["label"], entry.item_id, self.report)
            out.append(_shape(f.kind, region))
        return out

    def _tags(self, entry: ExportEntry, f: Field) -> list[ET.Element]:
        value = (entry.answer or {})[f.name]
        chosen = [value] if f.kind == "choice" else value
        if not isinstance(chosen, list):
            why = "left out: the value is not a list of labels"
            self.report.omit(f.name, f.kind, why, entry.item_id)
            return []
        out = []
        for label in chosen:
            if not isinstance(label, str) or label not in f.label_values():
                why = f"left out: {short(label)} is not one of the field's labels"
                self.report.omit(f.name, f.kind, why, entry.item_id)
                continue
            if not xml_safe(label):
                self.report.omit(f.name, f.kind, UNWRITABLE, entry.item_id)
                continue
            written_as = f"tag {label!r}"
            self.owners.check(f, label, entry.item_id, self.report, written_as=written_as)
            out.append(_element("tag", label=label, source="manual"))
        return out


def write_cvat(
    entries: Iterable[ExportEntry], schema: Schema, sink: Sink, options: WriteOptions
) -> ExportReport:
    """Write `annotations.xml` of `entries` to `sink`."""
    with sink.open(FILE) as out:
        return _Writer(schema, out, options).run(entries)


FORMAT = Format(
    name="cvat",
    title="CVAT for images 1.1 XML",
    media=frozenset({"image"}),
    multi_file=False,
    file_name=FILE,
    writer=write_cvat,
    reader=read_cvat,
    holds=frozenset(REGION_KINDS + TAG_KINDS),
)
