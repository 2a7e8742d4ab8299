"""What every format shares: the entries a writer reads, the export report it returns, and
the import result a reader builds.

A writer reads entries once, in order, and writes to a `Sink`; a reader reads a `Source`.
Neither touches anything else, so the task server, the command line and the workbench
all run the same code, and a project of 100 000 items streams through a writer.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple

from labeler.core.formats.streams import Sink, Source
from labeler.core.i18n import QT_TRANSLATE_NOOP, Said
from labeler.core.jsonvalues import short
from labeler.core.schema import Schema

#: How many example item ids a line of the export report names.
EXAMPLES = 5
#: What the report counts of a field kind whose value is a list of regions.
_UNITS = {
    "boxes": "region",
    "polygons": "region",
    "points": "region",
    "spans": "span",
    "segments": "segment",
}
#: How a line of the export report counts what it left out: one, and more than one.
_COUNTED = {
    "item": (
        QT_TRANSLATE_NOOP("messages", "{count} item"),
        QT_TRANSLATE_NOOP("messages", "{count} items"),
    ),
    "answer": (
        QT_TRANSLATE_NOOP("messages", "{count} answer"),
        QT_TRANSLATE_NOOP("messages", "{count} answers"),
    ),
    "region": (
        QT_TRANSLATE_NOOP("messages", "{count} region"),
        QT_TRANSLATE_NOOP("messages", "{count} regions"),
    ),
    "span": (
        QT_TRANSLATE_NOOP("messages", "{count} span"),
        QT_TRANSLATE_NOOP("messages", "{count} spans"),
    ),
    "segment": (
        QT_TRANSLATE_NOOP("messages", "{count} segment"),
        QT_TRANSLATE_NOOP("messages", "{count} segments"),
    ),
}
#: What a line of the report is about when it is no field's (`NotHeld.kind`), as said.
KINDS = (
    QT_TRANSLATE_NOOP("messages", "item"),
    QT_TRANSLATE_NOOP("messages", "image"),
    QT_TRANSLATE_NOOP("messages", "file name"),
    QT_TRANSLATE_NOOP("messages", "annotator"),
    QT_TRANSLATE_NOOP("messages", "text"),
)
#: What the choice of answers (not the format) leaves out of an export, as its report says.
SEVERAL_ACCEPTED = QT_TRANSLATE_NOOP(
    "messages",
    "several accepted answers: the latest is exported (export the consensus to merge them,"
    " or every submission)",
)
WAITING_FOR_REVIEW = QT_TRANSLATE_NOOP(
    "messages",
    "left out: its answers wait for review (export the consensus or every submission to take them)",
)
STILL_ANSWERABLE = QT_TRANSLATE_NOOP(
    "messages",
    "left out: you may still answer it, so its answers are not yours to see until you do"
    " (export as a lead who does not label)",
)
_FIELD = QT_TRANSLATE_NOOP("messages", "field {field} ({kind})")
_LINE = QT_TRANSLATE_NOOP("messages", "{what}, {counted}: {why} (e.g. {examples})")


class FormatError(ValueError):
    """A format cannot be used as asked (unknown name, a schema of media it does not fit,
    bad options); the message says why. Hostile files never raise it: readers report."""


class Size(NamedTuple):
    """An image's original size in pixels, with its EXIF orientation applied."""

    width: int
    height: int


@dataclass(frozen=True)
class ExportEntry:
    """One item with one answer, as a writer reads it.

    `file_name` is the item's source name, or a name made from its id when it has none
    (`default_file_name`); `width` and `height` are the original image's, EXIF orientation
    applied, which every coordinate refers to; `duration` is an audio item's length in
    seconds, when known. An item exported with every submission gives one entry per
    submission, one after another, each naming its `annotator`. An item with no answer to
    export has `answer` None: it is listed, with nothing on it.
    """

    item_id: str
    file_name: str
    media: str
    answer: Mapping[str, Any] | None = None
    width: int | None = None
    height: int | None = None
    text: str | None = None
    annotator: str | None = None
    duration: float | None = None
    #: The item's `data` (its candidates, its conversation), for formats that ask for it
    #: (`Format.item_data`); None otherwise.
    data: Mapping[str, Any] | None = None

    def size(self) -> Size | None:
        """The image size, when both sides are known and positive."""
        if self.width and self.height and self.width > 0 and self.height > 0:
            return Size(self.width, self.height)
        return None


def default_file_name(item_id: str, extension: str = "") -> str:
    """The name an item without a source name is exported under: its id and extension."""
    return f"{item_id}{extension}"


@dataclass
class NotHeld:
    """What a format could not hold of one field and kind: how many, why, a few items."""

    field: str
    kind: str
    why: str
    count: int = 0
    examples: list[str] = dataclasses.field(default_factory=list)

    def line(self, names: Mapping[str, str] | None = None) -> Said:
        """One plain sentence for the lead; `names` gives the examples' names to show
        (their source names) instead of their item ids. Its words are kept (`Said`), so
        that the workbench says it in its language: a marked `why` is said too."""
        what: str
        if self.field:
            what = Said(_FIELD, field=repr(self.field), kind=self.kind)
            unit = _UNITS.get(self.kind, "answer")
        else:
            what, unit = Said(self.kind), "item"
        one, more = _COUNTED[unit]
        counted = Said(one if self.count == 1 else more, count=self.count)
        shown = ", ".join((names or {}).get(e, e) for e in self.examples)
        why = self.why if isinstance(self.why, Said) else Said(self.why)
        return Said(_LINE, what=what, counted=counted, why=why, examples=shown)

    def to_json(self) -> dict[str, Any]:
        """The wire form of this line of the report."""
        return {
            "field": self.field,
            "kind": self.kind,
            "why": self.why,
            "count": self.count,
            "examples": list(self.examples),
        }


@dataclass
class ExportReport:
    """What an export wrote and what its format could not hold, never dropped in silence."""

    format: str
    entries: int = 0
    items: int = 0
    not_held: list[NotHeld] = dataclasses.field(default_factory=list)
    _index: dict[tuple[str, str, str], NotHeld] = dataclasses.field(
        default_factory=dict, repr=False
    )

    def omit(self, field_name: str, kind: str, why: str, item_id: str, count: int = 1) -> None:
        """Count `count` values of a field that the format leaves out, for one item."""
        key = (field_name, kind, why)
        line = self._index.get(key)
        if line is None:
            line = self._index[key] = NotHeld(field_name, kind, why)
            self.not_held.append(line)
        line.count += count
        if len(line.examples) < EXAMPLES and item_id not in line.examples:
            line.examples.append(item_id)

    def lines(self, names: Mapping[str, str] | None = None) -> list[Said]:
        """The report as plain sentences, one per field, kind and reason; `names` as for
        `NotHeld.line`."""
        return [line.line(names) for line in self.not_held]

    def example_ids(self) -> set[str]:
        """Every item the report names as an example."""
        return {e for line in self.not_held for e in line.examples}

    def to_json(self) -> dict[str, Any]:
        """The report's wire form."""
        return {
            "format": self.format,
            "entries": self.entries,
            "items": self.items,
            "not_held": [line.to_json() for line in self.not_held],
        }


_IN_FILE_AT = QT_TRANSLATE_NOOP("messages", "{file}, {at}: {reason}")
_AT = QT_TRANSLATE_NOOP("messages", "{where}: {reason}")


def at_line(number: int) -> Said:
    """Where in a file: `line 4`, said in the workbench's language too."""
    return Said(QT_TRANSLATE_NOOP("messages", "line {line}"), line=number)


@dataclass(frozen=True)
class ImportProblem:
    """One thing of a file that was not imported: in which file, where in it, and why.

    `at` is a line (`line 4`) or an object's place (`annotations[12]`), empty for the
    whole file; `item` is the item key the problem concerns, None for the file itself.
    """

    file: str
    at: str
    message: str
    item: str | None = None

    def where(self) -> str:
        """`instances.json, annotations[12]`."""
        return f"{self.file}, {self.at}" if self.at else self.file

    def __str__(self) -> str:
        where = self.where()
        return f"{where}: {self.message}" if where else self.message

    def said(self) -> str:
        """`str(self)` with its words kept (the message's template and values, the place's
        own: `line 4`), so that the workbench says it in its language."""
        if self.file and self.at:
            return Said(_IN_FILE_AT, file=self.file, at=self.at, reason=self.message)
        if self.file or self.at:
            return Said(_AT, where=self.file or self.at, reason=self.message)
        return self.message

    def to_json(self) -> dict[str, Any]:
        """The wire form: `{"file", "at", "message", "item"}`."""
        return {"file": self.file, "at": self.at, "message": self.message, "item": self.item}


@dataclass
class ImportResult:
    """What a reader made of its files, keyed by item key (the image's file name, or the
    key a text format gives each item it carries).

    `answers` holds the items read in full and nothing else; `incomplete` holds what could
    be read of the items that have a problem, kept apart so nothing is half-imported by
    accident; `problems` says what was left out, where and why. The caller decides: import
    `answers` only, take `incomplete` too, or nothing.
    """

    answers: dict[str, dict[str, Any]] = dataclasses.field(default_factory=dict)
    incomplete: dict[str, dict[str, Any]] = dataclasses.field(default_factory=dict)
    problems: list[ImportProblem] = dataclasses.field(default_factory=list)
    #: The item's text, per key, for formats that carry their items (CoNLL, a Label
    #: Studio text task): the import creates these items; other formats leave it empty.
    texts: dict[str, str] = dataclasses.field(default_factory=dict)
    #: Answers a model proposed (Label Studio's `predictions`), per key: always prefill,
    #: never gold, whatever the lead chooses for `answers`.
    predictions: dict[str, dict[str, Any]] = dataclasses.field(default_factory=dict)
    #: The item's `data`, per key, for formats that carry their items with more than a
    #: text (candidates to compare, a conversation: `labeler.core.itemdata`).
    data: dict[str, dict[str, Any]] = dataclasses.field(default_factory=dict)
    #: Items that came with an answer of which nothing could be read (a preference the
    #: schema cannot hold): never made, even when items with a problem are taken with what
    #: could be read, since their answer could not be added to them afterwards.
    lost: set[str] = dataclasses.field(default_factory=set)


@dataclass(frozen=True)
class WriteOptions:
    """What a writer may be told besides its entries and schema.

    `seed` and `val_fraction` choose a train/val split where a format has one (each item
    on its own, so the same seed puts an item in the same split every time); `on_image`
    is called after each item's files with the entry, the member its image belongs at and
    the sink, so a caller can add the image to the same archive.
    """

    seed: int = 0
    val_fraction: float = 0.2
    on_image: Callable[[ExportEntry, str, Sink], None] | None = None

    def __post_init__(self) -> None:
        if not 0.0 <= self.val_fraction <= 1.0:
            raise FormatError(f"val_fraction must be from 0 to 1, not {short(self.val_fraction)}")


#: What a reader is told of the project's items, per item key: an image's `Size`; an
#: audio item's duration in seconds, None when unknown.
Items = Mapping[str, Size] | Mapping[str, float | None]
Writer = Callable[[Iterable[ExportEntry], Schema, Sink, WriteOptions], ExportReport]
#: The items' mapping is typed loosely here so that an image reader may take
#: `Mapping[str, Size]` and an audio reader `Mapping[str, float | None]`: `Format.read`
#: gives each only the schemas of its own media, whose items the caller describes so.
Reader = Callable[[Source, Schema, Mapping[str, Any] | None], ImportResult]


@dataclass(frozen=True)
class Format:
    """A registered format: its name, title, the media it fits, and its writer and reader.

    A one-file format writes the single member `file_name` (the caller may stream it as it
    is); a format of several files writes many members, which the caller puts in a zip,
    and `file_name` is its main one (YOLO's `data.yaml`).
    A reader is given the item keys it may match (`images`), with each image's size or
    each audio item's duration (None when unknown), or None to take what the file says.

    `kinds`, when not empty, are the field kinds a format is for: it fits a schema with a
    field of one of them (preference pairs need a pairwise field). A writer that merges an
    item's answers itself (`votes`) is given each of them, one entry per annotator, one
    after another, whichever answers are exported: `accepted` gives every accepted one,
    `consensus` the accepted and pending ones the consensus is made of. `item_data` asks
    for each entry's item `data`.
    """

    name: str
    title: str
    media: frozenset[str]
    multi_file: bool
    file_name: str
    writer: Writer | None = None
    reader: Reader | None = None
    kinds: frozenset[str] = frozenset()
    votes: bool = False
    item_data: bool = False
    #: The field kinds the writer holds (CoNLL: spans; COCO: regions); empty for a format
    #: that writes every kind (CSV, Label Studio) and, for one with `kinds`, those.
    holds: frozenset[str] = frozenset()
    #: Files read with a one-file source from the folder it is in, when there (Label
    #: Studio's tasks read with the `config.xml` beside them, as its exports hold it).
    companions: tuple[str, ...] = ()

    def held_kinds(self) -> frozenset[str]:
        """The field kinds this format writes; empty: every kind."""
        return self.holds or self.kinds

    def fields_held(self, schema: Schema) -> int | None:
        """How many of `schema`'s fields this format writes; None for a format that
        writes every kind."""
        held = self.held_kinds()
        if not held:
            return None
        return sum(1 for f in schema.fields if f.kind in held)

    def fits(self, schema: Schema) -> bool:
        """Whether this format can hold anything of a schema of this media (and with a
        field of its `kinds`, when it names some)."""
        if schema.media not in self.media:
            return False
        return not self.kinds or any(f.kind in self.kinds for f in schema.fields)

    def write(
        self,
        entries: Iterable[ExportEntry],
        schema: Schema,
        sink: Sink,
        options: WriteOptions | None = None,
    ) -> ExportReport:
        """Write `entries` to `sink`; the report lists what the format could not hold."""
        if self.writer is None:
            raise FormatError(f"{self.title} is read only; it cannot be exported")
        self._check(schema)
        return self.writer(entries, schema, sink, options or WriteOptions())

    def read(self, source: Source, schema: Schema, images: Items | None = None) -> ImportResult:
        """Read `source` into answers for `schema`; problems are reported, never raised."""
        if self.reader is None:
            raise FormatError(f"{self.title} is written only; it cannot be imported")
        self._check(schema)
        return self.reader(source, schema, images)

    def _check(self, schema: Schema) -> None:
        if schema.media not in self.media:
            kinds = ", ".join(sorted(self.media))
            raise FormatError(f"{self.title} holds {kinds} items, not {schema.media} items")
        if not self.fits(schema):
            raise FormatError(self.lacking())

    def lacking(self) -> str:
        """Why a schema of the right media does not fit: the field kinds it needs."""
        kinds = " or ".join(sorted(self.kinds))
        return f"{self.title} needs a {kinds} field; the schema has none"
