"""Reading CVAT for images 1.1 XML (see `labeler.core.formats.cvat` for the mapping).

Parsed with defusedxml. Every `.xml` member whose root is `annotations` is read; an
`<image>` matches the project's image `<subset>/<name>` (a project export keeps each
subset's images apart), else `<name>`. A polygon whose label only a boxes field has
becomes the box around it; a `<points>` of several points becomes one point each; a tag
goes to the first choice or multichoice field with its label. Reported, not imported:
tracks (CVAT for video), polylines, ellipses, cuboids, masks and skeletons (no field kind
holds them), rotated boxes, and what a shape carries besides its geometry (its
`<attribute>`s, `occluded="1"`), which keeps the image out of the clean answers.
`z_order`, `source` and `group_id` are not kept.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from labeler.core.formats.base import ImportResult, Size
from labeler.core.formats.members import member_xml
from labeler.core.formats.numbers import count, finite, pixel, written
from labeler.core.formats.paths import clean_path
from labeler.core.formats.perimage import ImageFileReader
from labeler.core.formats.reading import NO_BOXES_FIELD, box_around
from labeler.core.formats.regions import first_field
from labeler.core.formats.streams import MAX_MEMBER_BYTES, Source
from labeler.core.i18n import QT_TRANSLATE_NOOP, Said
from labeler.core.jsonvalues import short

FILE = "annotations.xml"
#: The field kinds CVAT holds as tags.
TAG_KINDS = ("choice", "multichoice")
#: A box's corners, as CVAT names them.
CORNERS = ("xtl", "ytl", "xbr", "ybr")
#: CVAT's shapes that no field kind holds.
NOT_IMPORTABLE = ("polyline", "ellipse", "cuboid", "mask", "skeleton")


class _Reader(ImageFileReader):
    """One import: every `.xml` member, each `<image>` of it matched to one item."""

    suffix = ".xml"

    def run(self, source: Source) -> ImportResult:
        if not any(name.lower().endswith(self.suffix) for name in source.names()):
            why = QT_TRANSLATE_NOOP(
                "messages", "no XML file to read: CVAT for images is one {file}"
            )
            self.b.problem("", "", Said(why, file=FILE))
        return super().run(source)

    def file(self, source: Source, name: str) -> None:
        root = member_xml(source, name, self.b, MAX_MEMBER_BYTES, "annotations", "CVAT XML")
        if root is None:
            return
        seen = {"image": 0, "track": 0}
        for child in root:
            if child.tag in ("version", "meta"):
                continue
            if child.tag not in seen:
                why = QT_TRANSLATE_NOOP("messages", "has an unknown element {tag}, not read")
                self.b.problem(name, "", Said(why, tag=short(child.tag)))
                continue
            seen[child.tag] += 1
            at = f"{child.tag} {seen[child.tag]}"
            if child.tag == "image":
                self._image(name, at, child)
            else:
                why = QT_TRANSLATE_NOOP(
                    "messages",
                    "is CVAT for video, which is not read: export the task as CVAT for images",
                )
                self.b.problem(name, at, why)

    def _image(self, file: str, at: str, image: ET.Element) -> None:
        name = image.get("name") or ""
        if not clean_path(name):
            why = QT_TRANSLATE_NOOP("messages", "has no name: the image it annotates is unknown")
            self.b.problem(file, at, why)
            return
        subset = clean_path(image.get("subset") or "")
        candidates = [clean_path(f"{subset}/{name}"), clean_path(name)]
        key = self.images.key(file, at, name, candidates if subset else candidates[1:])
        if key is None:
            return
        size = self._size(file, at, image, key)
        if size is None or not self.images.claim(file, key, "lists", at):
            return
        self.b.image(key, size)
        count_of: dict[str, int] = {}
        for element in image:
            count_of[element.tag] = count_of.get(element.tag, 0) + 1
            self._element(file, f"{at}, {element.tag} {count_of[element.tag]}", element, key)

    def _size(self, file: str, at: str, image: ET.Element, key: str) -> Size | None:
        """The project's size of the image, else the file's; None (reported) when neither
        gives one."""
        known = self.images.size(key)
        if known is not None:
            return known
        width, height = count(image.get("width")), count(image.get("height"))
        if width is None or height is None:
            why = QT_TRANSLATE_NOOP(
                "messages",
                "width and height must be positive whole numbers: shapes cannot be checked",
            )
            self.b.problem(file, at, why, key)
            return None
        return Size(width, height)

    def _element(self, file: str, at: str, element: ET.Element, key: str) -> None:
        tag, label = element.tag, element.get("label") or ""
        if tag in NOT_IMPORTABLE:
            template = _HELD_BY_NONE_AN if tag[0] in "aeiou" else _HELD_BY_NONE_A
            self.b.problem(file, at, Said(template, label=short(label), tag=tag), key)
            return
        if tag not in ("box", "polygon", "points", "tag"):
            why = QT_TRANSLATE_NOOP("messages", "unknown element {tag}, not imported")
            self.b.problem(file, at, Said(why, tag=short(tag)), key)
            return
        if not label:
            self.b.problem(file, at, QT_TRANSLATE_NOOP("messages", "has no label"), key)
            return
        refused = self._place(file, at, element, key, label)
        if refused is not None:
            why = Said(_REFUSED, tag=tag, label=short(label), reason=refused)
            self.b.problem(file, at, why, key)
            return
        unheld = _unheld(element)
        if unheld:
            why = Said(_UNHELD, tag=tag, label=short(label), unheld=unheld)
            self.b.problem(file, at, why, key)

    def _place(self, file: str, at: str, element: ET.Element, key: str, label: str) -> str | None:
        """Add the shape or tag to its field; why not, when it cannot be."""
        if element.tag == "tag":
            f = first_field(self.schema, TAG_KINDS, label)
            if f is None:
                return QT_TRANSLATE_NOOP(
                    "messages", "no choice or multichoice field has this label"
                )
            self.b.label(key, f, label, file, at)
            return None
        if element.tag == "box":
            return self._box(file, at, element, key, label)
        points = _pairs(element.get("points"))
        if points is None:
            return QT_TRANSLATE_NOOP("messages", "points must be x,y pairs separated by ;")
        if element.tag == "polygon":
            return self.b.polygon(key, label, points, file, at)
        for x, y in points:
            refused = self.b.point(key, label, x, y, file, at)
            if refused is not None:
                return refused
        return None

    def _box(self, file: str, at: str, element: ET.Element, key: str, label: str) -> str | None:
        corners = [finite(element.get(name)) for name in CORNERS]
        xtl, ytl, xbr, ybr = (pixel(c) if c is not None else None for c in corners)
        if xtl is None or ytl is None or xbr is None or ybr is None:
            return QT_TRANSLATE_NOOP("messages", "xtl, ytl, xbr and ybr must all be numbers")
        if xbr < xtl or ybr < ytl:
            return QT_TRANSLATE_NOOP("messages", "is inverted: xbr is left of xtl or ybr above ytl")
        rotation = finite(element.get("rotation") or "0")
        if rotation is None:
            return QT_TRANSLATE_NOOP("messages", "rotation must be a number")
        if rotation % 360:
            why = QT_TRANSLATE_NOOP(
                "messages", "is rotated by {degrees}°, and a box here is upright"
            )
            return Said(why, degrees=written(rotation))
        f = first_field(self.schema, "boxes", label)
        if f is None:
            return NO_BOXES_FIELD
        self.b.region(key, f, box_around(label, [[xtl, ytl], [xbr, ybr]]), file, at)
        return None


def _pairs(text: str | None) -> list[list[float | int]] | None:
    """`x1,y1;x2,y2;…` as [[x1, y1], …]; None unless every pair is two finite numbers."""
    if not text or not text.strip():
        return None
    out = []
    for pair in text.split(";"):
        numbers = [finite(part) for part in pair.split(",")]
        if len(numbers) != 2 or None in numbers:
            return None
        out.append([pixel(n) for n in numbers if n is not None])
    return out


def _unheld(element: ET.Element) -> str:
    """What a shape carries that no answer holds (`occluded flag and attributes a1, a2`)."""
    occluded = element.get("occluded") == "1"
    names = [short(a.get("name")) for a in element.findall("attribute")]
    if not names:
        return Said(_OCCLUDED) if occluded else ""
    attributes = Said(_ATTRIBUTES[len(names) == 1], names=", ".join(names))
    return Said(_OCCLUDED_AND, attributes=attributes) if occluded else attributes


_OCCLUDED = QT_TRANSLATE_NOOP("messages", "occluded flag")
_OCCLUDED_AND = QT_TRANSLATE_NOOP("messages", "occluded flag and {attributes}")
_ATTRIBUTES = {
    True: QT_TRANSLATE_NOOP("messages", "attribute {names}"),
    False: QT_TRANSLATE_NOOP("messages", "attributes {names}"),
}
_HELD_BY_NONE_A = QT_TRANSLATE_NOOP(
    "messages", "{label} is a {tag}, which no field kind holds: not imported"
)
_HELD_BY_NONE_AN = QT_TRANSLATE_NOOP(
    "messages", "{label} is an {tag}, which no field kind holds: not imported"
)
_REFUSED = QT_TRANSLATE_NOOP("messages", "{tag} {label}: {reason}")
_UNHELD = QT_TRANSLATE_NOOP(
    "messages", "{tag} {label}: imported without its {unheld}, which no field holds"
)


read_cvat = _Reader.read
