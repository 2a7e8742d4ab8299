"""Pascal VOC: one XML file per image, `Annotations/<stem>.xml`, boxes only.

What maps to what:

- item: `<annotation>` with `folder` (the folders of its source name, empty when none),
  `filename` (the name itself), `size` (`width`, `height`, `depth` 3) and one `object`
  per box; `<stem>` is the source name without extension, folders kept.
- images are not written here: `WriteOptions.on_image` is called with
  `JPEGImages/<source name>` (`image_member`) after each annotation file.
- box `{label, x, y, w, h}`: `object` with `name` (the label), `pose` Unspecified,
  `truncated` 0, `difficult` 0 and `bndbox` (`xmin`, `ymin`, `xmax`, `ymax`).

**Pixel coordinates.** VOC's are 1-based pixel indices, inclusive: the VOC devkit's
annotations say "Top left pixel co-ordinates : (1, 1)", and a box of `xmin` 1 and `xmax` W
covers the whole image. Ours are continuous, 0 at the image's left edge, so pixel `i`
(1-based) spans `[i - 1, i]`. Hence `xmin = x + 1`, `ymin = y + 1`, `xmax = x + w`,
`ymax = y + h`, and on the way in `x = xmin - 1`, `w = xmax - xmin + 1`: the mapping
detectron2 uses (`detectron2/data/datasets/pascal_voc.py` subtracts 1 from `xmin` and
`ymin` only). Integer boxes give integer pixels; a fractional box keeps 6 decimals, so an
export read back and exported again gives the same bytes.

Not held (the export report lists them): polygons, points, choice, rating and text
fields; the annotator (with every submission exported, an item's submissions share its
one file); items whose size is unknown. A label two boxes fields share reads back into
the first of them.

Reading parses with defusedxml (no DTD, no entities, no external anything). Every `.xml`
member whose root is `annotation` is an image; it matches the project's image named
`folder/filename`, else `filename`.
"""

from __future__ import annotations

import dataclasses
import xml.etree.ElementTree as ET
from typing import Any

from labeler.core.formats.base import (
    ExportEntry,
    Format,
    Size,
)
from labeler.core.formats.members import member_xml
from labeler.core.formats.numbers import count, exact, pixel, written
from labeler.core.formats.paths import clean_path, split_extension
from labeler.core.formats.perimage import ImageFileReader, ImageFileWriter
from labeler.core.formats.reading import NO_BOXES_FIELD
from labeler.core.formats.regions import answered, first_field, regions
from labeler.core.formats.streams import Source
from labeler.core.formats.xmltext import UNWRITABLE, xml_file_name, xml_safe
from labeler.core.i18n import QT_TRANSLATE_NOOP, Said
from labeler.core.jsonvalues import short

#: An annotation file is a few kilobytes; this is ample.
MAX_XML_BYTES = 16 << 20
_CORNERS = ("xmin", "ymin", "xmax", "ymax")


def annotation_member(name: str) -> str:
    """The XML file of an image written under `name`: `Annotations/<stem>.xml`."""
    return f"Annotations/{split_extension(name)[0]}.xml"  # notr: a path in the dataset


def image_member(name: str) -> str:
    """Where VOC keeps the image written under `name`: `JPEGImages/<name>`. The core writes
    no image; `WriteOptions.on_image` is called with this after each annotation file."""
    return f"JPEGImages/{name}"


def _sub(parent: ET.Element, tag: str, text: str | None = None) -> ET.Element:
    element = ET.SubElement(parent, tag)
    if text is not None:
        element.text = text
    return element


def annotation_xml(name: str, size: Size, boxes: list[dict[str, Any]]) -> bytes:
    """The `<annotation>` of one image written under `name`, with its `boxes`."""
    root = ET.Element("annotation")
    folder, _, filename = name.rpartition("/")
    _sub(root, "folder", folder)
    _sub(root, "filename", filename)
    size_el = _sub(root, "size")
    _sub(size_el, "width", str(size.width))
    _sub(size_el, "height", str(size.height))
    _sub(size_el, "depth", "3")
    for box in boxes:
        obj = _sub(root, "object")
        _sub(obj, "name", box["label"])
        _sub(obj, "pose", "Unspecified")
        _sub(obj, "truncated", "0")
        _sub(obj, "difficult", "0")
        bndbox = _sub(obj, "bndbox")
        corners = (box["x"] + 1, box["y"] + 1, box["x"] + box["w"], box["y"] + box["h"])
        for tag, value in zip(_CORNERS, corners, strict=True):
            _sub(bndbox, tag, written(value))
    ET.indent(root, space="  ")
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


class _Writer(ImageFileWriter):
    """One VOC export: an XML file per item."""

    merged = "merged: VOC keeps no annotator, so every submission's boxes share one file"

    def item(self, group: list[ExportEntry], size: Size) -> None:
        boxes = [box for entry in group for box in self._boxes(entry)]
        first = group[0]
        name = self.name(dataclasses.replace(first, file_name=xml_file_name(first, self.report)))
        data = annotation_xml(name, size, boxes)
        self.save(group[0], annotation_member(name), data, image_member(name))

    def _boxes(self, entry: ExportEntry) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for f in answered(entry, self.schema, self.report):
            if f.kind != "boxes":
                self.report.omit(f.name, f.kind, "left out: VOC holds boxes only", entry.item_id)
                continue
            for box in regions(entry, f, self.report):
                if not xml_safe(box["label"]):
                    self.report.omit(f.name, f.kind, UNWRITABLE, entry.item_id)
                    continue
                self.owners.check(f, box["label"], entry.item_id, self.report)
                out.append(box)
        return out


# -- reading ---------------------------------------------------------------------------------

_BOX = QT_TRANSLATE_NOOP("messages", "box {label}: {reason}")


class _Reader(ImageFileReader):
    suffix = ".xml"

    def file(self, source: Source, name: str) -> None:
        what = QT_TRANSLATE_NOOP("messages", "a VOC annotation")
        root = member_xml(source, name, self.b, MAX_XML_BYTES, "annotation", what)
        if root is None:
            return
        filename = _text(root, "filename")
        if not filename:
            why = QT_TRANSLATE_NOOP("messages", "is missing: the image it annotates is unknown")
            self.b.problem(name, "filename", why)
            return
        folder = _text(root, "folder") or ""
        candidates = [clean_path(f"{folder}/{filename}"), clean_path(filename)]
        key = self.images.key(name, "filename", filename, candidates)
        if key is None:
            return
        size = self._size(name, root, key)
        if size is None or not self.images.claim(name, key, "annotates"):
            return
        self.b.image(key, size)
        for n, obj in enumerate(root.findall("object"), start=1):
            self._object(name, f"object {n}", obj, key)

    def _size(self, name: str, root: ET.Element, key: str) -> Size | None:
        """The project's size of the image, else the file's; None (reported) when the file
        gives none and the project does not either."""
        known = self.images.size(key)
        if known is not None:
            return known
        size = root.find("size")
        width = count(_text(size, "width")) if size is not None else None
        height = count(_text(size, "height")) if size is not None else None
        if width is None or height is None:
            why = QT_TRANSLATE_NOOP(
                "messages", "is missing or not positive whole numbers: boxes cannot be checked"
            )
            self.b.problem(name, "size", why, key)
            return None
        return Size(width, height)

    def _object(self, name: str, at: str, obj: ET.Element, key: str) -> None:
        label = _text(obj, "name")
        if not label:
            why = QT_TRANSLATE_NOOP("messages", "has no name: its label is unknown")
            self.b.problem(name, at, why, key)
            return
        f = first_field(self.schema, "boxes", label)
        if f is None:
            self.b.problem(name, at, Said(_BOX, label=short(label), reason=NO_BOXES_FIELD), key)
            return
        bndbox = obj.find("bndbox")
        if bndbox is None:
            why = QT_TRANSLATE_NOOP("messages", "has no bndbox")
            self.b.problem(name, at, Said(_BOX, label=short(label), reason=why), key)
            return
        corners = [exact(_text(bndbox, tag)) for tag in _CORNERS]
        if any(c is None for c in corners):
            why = QT_TRANSLATE_NOOP("messages", "xmin, ymin, xmax and ymax must all be numbers")
            self.b.problem(name, at, Said(_BOX, label=short(label), reason=why), key)
            return
        xmin, ymin, xmax, ymax = (c for c in corners if c is not None)
        if xmax < xmin or ymax < ymin:
            why = QT_TRANSLATE_NOOP(
                "messages", "is inverted: xmax is before xmin or ymax before ymin"
            )
            self.b.problem(name, at, Said(_BOX, label=short(label), reason=why), key)
            return
        box = {
            "label": label,
            "x": pixel(xmin - 1),
            "y": pixel(ymin - 1),
            "w": pixel(xmax - xmin + 1),
            "h": pixel(ymax - ymin + 1),
        }
        self.b.region(key, f, box, name, at)


def _text(parent: ET.Element | None, tag: str) -> str | None:
    if parent is None:
        return None
    child = parent.find(tag)
    if child is None or child.text is None:
        return None
    return child.text.strip()


FORMAT = Format(
    name="voc",
    title="Pascal VOC",
    media=frozenset({"image"}),
    multi_file=True,
    file_name="Annotations",
    writer=_Writer.writer("voc"),
    reader=_Reader.read,
    holds=frozenset({"boxes"}),
)
