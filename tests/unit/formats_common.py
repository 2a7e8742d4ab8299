"""What the tests of the formats share: a street-scene schema with a field of every kind the
image formats meet, the images it is labeled on, and writing and reading through a format."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from labeler.core import formats
from labeler.core.formats import (
    ExportEntry,
    ExportReport,
    ImportResult,
    MemorySink,
    MemorySource,
    Size,
    WriteOptions,
)
from labeler.core.schema import Schema, parse_schema

#: Two images, one in a folder, and one left without an answer.
SIZES = {
    "street/0001.jpg": Size(640, 480),
    "0002.png": Size(300, 200),
    "empty.jpg": Size(50, 40),
}
IDS = {"street/0001.jpg": "it1", "0002.png": "it2", "empty.jpg": "it3"}
#: A box's label and corners (left, top, right, bottom) as a file writes them, each wrong
#: in one way on `0002.png` (300 × 200): an unknown label, past the image's width,
#: inverted, not a number, not finite.
BAD_BOXES = [
    ("bus", "1", "1", "10", "10"),
    ("car", "1", "1", "400", "10"),
    ("car", "20", "1", "10", "10"),
    ("car", "a", "1", "10", "10"),
    ("car", "nan", "1", "10", "10"),
]


def labels(*values: str) -> list[dict[str, str]]:
    return [{"value": v} for v in values]


def schema_of(*fields: dict[str, Any]) -> Schema:
    return parse_schema({"media": "image", "fields": list(fields)})


def street_schema(*outlines: str) -> Schema:
    """Boxes (car, person), polygons (`outlines`), points (eye) and a choice (scene)."""
    return schema_of(
        {"name": "objects", "kind": "boxes", "labels": labels("car", "person")},
        {"name": "outlines", "kind": "polygons", "labels": labels(*outlines)},
        {"name": "spots", "kind": "points", "labels": labels("eye")},
        {"name": "scene", "kind": "choice", "labels": labels("day", "night")},
    )


def street_answer(person: dict[str, Any], eye: dict[str, Any]) -> dict[str, Any]:
    """The answer on `street/0001.jpg` (640 × 480): a car, a `person` box, a road, an
    `eye` point and the scene; each format's tests place the person and the eye."""
    return {
        "objects": [{"label": "car", "x": 10, "y": 20, "w": 100.5, "h": 50}, person],
        "outlines": [{"label": "road", "points": [[0, 400], [640, 380.25], [640, 480]]}],
        "spots": [eye],
        "scene": "day",
    }


def entries_of(
    given: Mapping[str, Any], sizes: Mapping[str, Size], ids: Mapping[str, str]
) -> list[ExportEntry]:
    """One entry per image name of `given`, with its answer, size and item id."""
    return [
        ExportEntry(ids[name], name, "image", answer, sizes[name].width, sizes[name].height)
        for name, answer in given.items()
    ]


def write(
    fmt: formats.Format, given: list[ExportEntry], schema: Schema, **options: Any
) -> tuple[dict[str, bytes], ExportReport]:
    """The files `fmt` writes of `given`, and its report."""
    sink = MemorySink()
    report = fmt.write(given, schema, sink, WriteOptions(**options))
    return sink.files, report


def read_with(
    fmt: formats.Format,
    files: dict[str, bytes],
    schema: Schema,
    images: Mapping[str, Size] | None,
) -> ImportResult:
    """What `fmt` reads of `files` for the project's `images` (None: sizes from the files)."""
    return fmt.read(MemorySource(files), schema, None if images is None else dict(images))


def problems(result: ImportResult) -> list[tuple[str, str, str]]:
    """Each problem as (file, where, message)."""
    return [(p.file, p.at, p.message) for p in result.problems]


class FormatRig:
    """One format's tests on one schema and set of images: entries, export, read."""

    def __init__(
        self,
        fmt: formats.Format,
        schema: Schema,
        sizes: Mapping[str, Size] = SIZES,
        ids: Mapping[str, str] = IDS,
    ) -> None:
        self.fmt = fmt
        self.schema = schema
        self.sizes = sizes
        self.ids = ids

    def entries(self, given: Mapping[str, Any]) -> list[ExportEntry]:
        """One entry per image name of `given`."""
        return entries_of(given, self.sizes, self.ids)

    def export(
        self, given: list[ExportEntry], schema: Schema | None = None
    ) -> tuple[dict[str, bytes], ExportReport]:
        """The files and report of exporting `given`."""
        return write(self.fmt, given, schema or self.schema)

    def read(
        self,
        files: dict[str, bytes],
        images: Mapping[str, Size] | None = None,
        schema: Schema | None = None,
    ) -> ImportResult:
        """What the format reads of `files` for `images` (by default the rig's)."""
        images = self.sizes if images is None else images
        return read_with(self.fmt, files, schema or self.schema, images)

    def round_trip(self, files: dict[str, bytes]) -> None:
        """Reading an export, with the rig's sizes and with the files' own, gives every
        image and no problem; exporting what was read gives the same files."""
        for images in (self.sizes, None):
            result = read_with(self.fmt, files, self.schema, images)
            assert result.problems == [] and result.incomplete == {}
            assert set(result.answers) == set(self.sizes)
            again, _ = self.export(self.entries(dict(result.answers)))
            assert again == files
