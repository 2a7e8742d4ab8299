"""What the formats of one file per image (VOC, labelme, YOLO) share. On the way out: each
item's entries taken together, the name its file is written under, and the file itself
followed by the caller's image. On the way in: every member of the format's kind read as
one image's file, matched to one item (`ImageFiles`).

An item's entries (one per submission exported) come one after another; they share the
item's one file, since these formats keep no annotator, and the report says so. An item
whose size is unknown has nothing placed on it, and one whose entries did not come
together is left out: a writer reads its entries once.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import ClassVar

from labeler.core.formats.base import (
    ExportEntry,
    ExportReport,
    ImportResult,
    Size,
    WriteOptions,
    Writer,
)
from labeler.core.formats.paths import clean_path, split_extension
from labeler.core.formats.reading import AnswerBuilder, ImageFiles
from labeler.core.formats.regions import Owners, UniqueNames, item_groups
from labeler.core.formats.streams import Sink, Source
from labeler.core.schema import Schema

NO_SIZE = "left out: the image size is unknown, so nothing can be placed on it"


def image_groups(
    entries: Iterable[ExportEntry], report: ExportReport, merged: str
) -> Iterator[tuple[list[ExportEntry], Size]]:
    """Each item's entries with its image size, counting every entry in `report`; `merged`
    says why an item's submissions share its one file (the format keeps no annotator)."""
    for group in item_groups(entries, report):
        item_id = group[0].item_id
        size = group[0].size()
        if size is None:
            report.omit("", "image", NO_SIZE, item_id)
            continue
        if len(group) > 1:
            report.omit("", "item", merged, item_id)
        yield group, size


def stem_key(name: str) -> str:
    """When two file names clash here: the same name without extension, in any case (the
    files are `<stem>.xml`, `<stem>.json`, `<stem>.txt` on any file system)."""
    return split_extension(name)[0].casefold()


class ImageFileWriter:
    """One export of a format of one file per image: its report, the names its files take,
    where each label reads back, and the saving of each file. A format says why its items'
    submissions are `merged`, and writes each item's file in `item`."""

    #: Why every submission of an item goes in its one file (the format keeps no annotator).
    merged: ClassVar[str] = ""

    def __init__(self, fmt: str, schema: Schema, sink: Sink, options: WriteOptions) -> None:
        self.schema = schema
        self.sink = sink
        self.options = options
        self.report = ExportReport(fmt)
        self.names = UniqueNames(key=stem_key)
        self.owners = Owners(schema)

    @classmethod
    def writer(cls, fmt: str) -> Writer:
        """The format's writer: each export a new one of these, reporting as `fmt`."""

        def write(
            entries: Iterable[ExportEntry], schema: Schema, sink: Sink, options: WriteOptions
        ) -> ExportReport:
            return cls(fmt, schema, sink, options).run(entries)

        write.__doc__ = f"Write one {fmt} file per item of `entries` to `sink`."
        return write

    def run(self, entries: Iterable[ExportEntry]) -> ExportReport:
        """Write each item's file, then whatever the format writes last (`finish`)."""
        for group, size in image_groups(entries, self.report, self.merged):
            self.item(group, size)
        self.finish()
        return self.report

    def item(self, group: list[ExportEntry], size: Size) -> None:
        """Write the file of one item from its entries (one per submission)."""
        raise NotImplementedError

    def finish(self) -> None:
        """Write what follows the items' files (YOLO's `data.yaml`); nothing by default."""

    def name(self, entry: ExportEntry) -> str:
        """The name the entry's item is written under (its source name, or its id), a name
        another item took already made unique; the item counts as written."""
        self.report.items += 1
        wanted = clean_path(entry.file_name) or entry.item_id
        return self.names.take(wanted, entry.item_id, self.report)

    def save(self, entry: ExportEntry, member: str, data: bytes, image: str) -> None:
        """Write the item's file `member`, then tell the caller where its image belongs."""
        with self.sink.open(member) as out:
            out.write(data)
        if self.options.on_image is not None:
            self.options.on_image(entry, image, self.sink)


class ImageFileReader:
    """One import of a format of one file per image: every member whose name ends with
    `suffix` is read by `file`, into one builder of answers."""

    #: The ending of the members read (`.xml`), in any case.
    suffix: ClassVar[str] = ""

    def __init__(self, schema: Schema, images: Mapping[str, Size] | None) -> None:
        self.schema = schema
        self.b = AnswerBuilder(schema)
        self.images = ImageFiles(self.b, images)

    @classmethod
    def read(
        cls, source: Source, schema: Schema, images: Mapping[str, Size] | None
    ) -> ImportResult:
        """The format's reader: answers per image from its files; problems, never
        exceptions."""
        return cls(schema, images).run(source)

    def run(self, source: Source) -> ImportResult:
        """Read every member of the format's kind; problems, never exceptions."""
        for name in source.names():
            if name.lower().endswith(self.suffix):
                self.file(source, name)
        return self.b.result()

    def file(self, source: Source, name: str) -> None:
        """Read one member into the builder."""
        raise NotImplementedError
