"""What the audio formats share (WebVTT, SRT, Audacity labels): one file per audio item
whose **cues** hold the item's segments and its transcript, with times rounded one way
going out and read exactly coming in.

The mapping, the same for every such format (`docs/formats.md` says it per format):

- the schema's first segments field: one cue per segment, its label the cue's label
  (WebVTT and SRT: a voice span `<v label>`; Audacity: the label column), ordered by
  start, then end. Its other segments fields are not held.
- the schema's first transcript field (not in Audacity labels): when it has as many
  non-blank lines as the item has segments, line *i* is the text of the *i*-th segment's
  cue; otherwise it is the text of one cue of its own, without label, from 0 to the
  item's duration (else to the last segment's end), before the segments' cues. Blank
  lines are left out either way: a cue cannot hold one.
- reading takes every cue: a label makes a segment of the first segments field that has
  it; the texts of all cues, in file order, joined by line breaks, make the transcript. So
  what was written reads back as it was, and a file another tool made (a transcript with
  a time per line, speakers as voices) reads as its cues say.

**Times** are written rounded half up to the format's precision (the millisecond, the
microsecond), from the shortest decimal form of the stored number, so `1.0005` s is
`00:00:01.001`; a cue's time reads back as that decimal exactly (`1.001`). Export, import
and export again hence give the same bytes. A segment that rounding changes or empties
is counted in the export report.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Context, Decimal
from typing import Any, NamedTuple

from labeler.core.formats.base import (
    ExportEntry,
    ExportReport,
    Format,
    ImportResult,
    WriteOptions,
    at_line,
)
from labeler.core.formats.members import member_text
from labeler.core.formats.paths import clean_path, split_extension
from labeler.core.formats.perimage import stem_key
from labeler.core.formats.reading import AnswerBuilder, ImageIndex
from labeler.core.formats.regions import UniqueNames, answered, first_field, item_groups, regions
from labeler.core.formats.streams import Sink, Source
from labeler.core.i18n import QT_TRANSLATE_NOOP, Said
from labeler.core.jsonvalues import is_number, short
from labeler.core.schema import Field, Schema

#: A subtitle or label file of one item is small; this is ample.
MAX_FILE_BYTES = 64 << 20
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_FOR_SEVERAL = QT_TRANSLATE_NOOP(
    "messages", "is for {name}, which matches several of the project's items"
)
_FOR_NONE = QT_TRANSLATE_NOOP("messages", "is for {name}, which is not among the project's items")
_UNIT = {3: "millisecond", 6: "microsecond"}


@dataclass(frozen=True)
class Cue:
    """One timed piece of a file: a segment (its label) with or without text, or text
    alone (`label` None). Times are seconds, as the file writes them."""

    start: Decimal
    end: Decimal
    label: str | None = None
    text: str = ""


class ReadCue(NamedTuple):
    """A cue as read, with the line its times are on (1-based)."""

    line: int
    cue: Cue


class Trouble(NamedTuple):
    """Something of a file that is not a cue it can read, at a line (1-based)."""

    line: int
    message: str


@dataclass(frozen=True)
class Style:
    """How one format writes and reads cues; the rest is this module's.

    `noun` names one of its files in the export report ("a WebVTT file"); `places` is its
    precision in decimals of a second; `transcript` whether it holds one; `render` writes
    an item's cues as a file, `parse` reads a file's text back.
    """

    name: str
    noun: str
    extension: str
    places: int
    transcript: bool
    render: Callable[[list[Cue]], bytes]
    parse: Callable[[str], Iterator[ReadCue | Trouble]]


def lines_of(text: str) -> list[str]:
    """The lines of `text`, split at CR LF, CR or LF only (not at U+2028 and the other
    breaks `str.splitlines` knows, which a transcript may hold as text)."""
    return _LINE_BREAK.split(text)


def decimal(seconds: float) -> Decimal:
    """A stored time as the decimal it was written as: its shortest form (`0.1`, not the
    binary `0.1000000000000000055…`)."""
    return Decimal(seconds) if isinstance(seconds, int) else Decimal(repr(float(seconds)))


def rounded(seconds: float, places: int) -> Decimal:
    """`seconds` to `places` decimals, half up, from its shortest decimal form (with as
    many digits as that takes, however large the number)."""
    exact = decimal(seconds)
    digits = Context(prec=max(exact.adjusted(), 0) + places + 2, rounding=ROUND_HALF_UP)
    return exact.quantize(Decimal(1).scaleb(-places), context=digits)


def seconds(value: Decimal) -> float | int:
    """A time read from a file as an answer holds it; whole seconds as int."""
    number = float(value)
    return int(number) if number.is_integer() else number


def one_line(label: str) -> bool:
    """Whether a label can be a cue's voice or an Audacity label as it is: one line, no
    tab, no space at either end (readers trim them)."""
    return label == label.strip() and not any(c in label for c in "\r\n\t")


def timed_format(style: Style, title: str) -> Format:
    """The registered format of `style`: audio items, one file each, written and read
    here."""

    def write(
        entries: Iterable[ExportEntry], schema: Schema, sink: Sink, options: WriteOptions
    ) -> ExportReport:
        return write_timed(style, entries, schema, sink, options)

    def read(source: Source, schema: Schema, items: Mapping[str, Any] | None) -> ImportResult:
        return read_timed(style, source, schema, items)

    write.__doc__ = f"Write {style.noun} per item of `entries` to `sink`."
    read.__doc__ = f"Answers per audio item from {style.noun} each; problems, never exceptions."
    held = frozenset({"segments", "transcript"} if style.transcript else {"segments"})
    media = frozenset({"audio"})
    return Format(style.name, title, media, True, style.name, write, read, holds=held)


# -- writing -----------------------------------------------------------------------------------


def write_timed(
    style: Style,
    entries: Iterable[ExportEntry],
    schema: Schema,
    sink: Sink,
    options: WriteOptions,
) -> ExportReport:
    """Write one file of `style` per item of `entries` to `sink`."""
    writer = _Writer(style, schema, sink, options)
    for group in item_groups(entries, writer.report):
        writer.item(group)
    return writer.report


class _Writer:
    def __init__(self, style: Style, schema: Schema, sink: Sink, options: WriteOptions) -> None:
        self.style = style
        self.schema = schema
        self.sink = sink
        self.options = options
        self.report = ExportReport(style.name)
        self.names = UniqueNames(key=stem_key)
        self.segments = _first(schema, "segments")
        self.transcript = _first(schema, "transcript") if style.transcript else None

    def item(self, group: list[ExportEntry]) -> None:
        first = group[0]
        if len(group) > 1:
            why = f"merged: {self.style.noun} keeps no annotator, so the submissions share one"
            self.report.omit("", "item", why, first.item_id)
        segments: list[Cue] = []
        texts: list[str] = []
        for entry in group:
            self._answer(entry, segments, texts)
        cues = self._cues(first, segments, texts)
        data = self.style.render(cues)
        self._check_reads_back(first.item_id, cues, data)
        self.report.items += 1
        name = self.names.take(
            clean_path(first.file_name) or first.item_id, first.item_id, self.report
        )
        with self.sink.open(split_extension(name)[0] + self.style.extension) as out:
            out.write(data)
        if self.options.on_image is not None:
            self.options.on_image(first, name, self.sink)

    def _answer(self, entry: ExportEntry, segments: list[Cue], texts: list[str]) -> None:
        """Collect what the format holds of one entry; report the rest."""
        for f in answered(entry, self.schema, self.report):
            if f is self.segments:
                segments.extend(self._segments(entry, f))
            elif f is self.transcript:
                self._transcript(entry, f, texts)
            else:
                self.report.omit(f.name, f.kind, f"left out: {self._holds(f)}", entry.item_id)

    def _holds(self, f: Field) -> str:
        """Why field `f` is not held, in one phrase."""
        noun = self.style.noun
        if f.kind == "segments" and self.segments is not None:
            return f"{noun} holds one segments field, {self.segments.name!r}"
        if f.kind == "transcript" and self.transcript is not None:
            return f"{noun} holds one transcript field, {self.transcript.name!r}"
        return f"{noun} holds segments{' and a transcript' if self.style.transcript else ''} only"

    def _segments(self, entry: ExportEntry, f: Field) -> Iterator[Cue]:
        places, unit = self.style.places, _UNIT[self.style.places]
        for segment in regions(entry, f, self.report):
            label = segment["label"]
            if not one_line(label):
                why = f"left out: label {short(label)} is not one line without tabs or end spaces"
                self.report.omit(f.name, f.kind, why, entry.item_id)
                continue
            start, end = rounded(segment["start"], places), rounded(segment["end"], places)
            if end <= start:
                why = f"left out: shorter than a {unit}, it has no length once rounded"
                self.report.omit(f.name, f.kind, why, entry.item_id)
                continue
            if start != decimal(segment["start"]) or end != decimal(segment["end"]):
                why = f"written with its times rounded to the {unit}"
                self.report.omit(f.name, f.kind, why, entry.item_id)
            yield Cue(start, end, label)

    def _transcript(self, entry: ExportEntry, f: Field, texts: list[str]) -> None:
        value = (entry.answer or {})[f.name]
        if not isinstance(value, str):
            self.report.omit(f.name, f.kind, "left out: the value is not text", entry.item_id)
            return
        if texts:
            why = "left out: a file holds one transcript, the item's first submission's"
            self.report.omit(f.name, f.kind, why, entry.item_id)
            return
        kept = [line for line in lines_of(value) if line.strip()]
        if "\n".join(kept) != value:
            why = "written without blank lines and with line feeds: a cue holds no blank line"
            self.report.omit(f.name, f.kind, why, entry.item_id)
        texts.append("\n".join(kept))

    def _cues(self, entry: ExportEntry, segments: list[Cue], texts: list[str]) -> list[Cue]:
        """The item's cues in file order: a transcript paired line by line with the
        segments when it can be, else as a cue of its own before them."""
        segments.sort(key=lambda cue: (cue.start, cue.end))
        text = texts[0] if texts else ""
        lines = text.split("\n") if text else []
        if segments and len(lines) == len(segments):
            return [
                Cue(c.start, c.end, c.label, line) for c, line in zip(segments, lines, strict=True)
            ]
        if not text:
            return segments
        if is_number(entry.duration) and entry.duration > 0:
            end = rounded(entry.duration, self.style.places)
        else:
            end = max((c.end for c in segments), default=Decimal(0))
        if end == 0 and self.transcript is not None:
            why = "written as a cue of no length: the item has no duration known, no segment"
            self.report.omit(self.transcript.name, "transcript", why, entry.item_id)
        return [Cue(Decimal(0), end, None, text), *segments]

    def _check_reads_back(self, item_id: str, cues: list[Cue], data: bytes) -> None:
        """Count what the file does not give back as it was meant: SRT has no escapes, so
        a text with a tag such as `<i>` in it reads back without; a time of more hours than
        a reader takes reads back as none."""
        back = [
            got.cue for got in self.style.parse(data.decode("utf-8")) if isinstance(got, ReadCue)
        ]
        if len(back) != len(cues):
            back = []
        for i, cue in enumerate(cues):
            again = back[i] if back else None
            why = f"written as it is, but it reads back otherwise from {self.style.noun}"
            if again is None or again.label != cue.label:
                field = self.segments if cue.label is not None else self.transcript
                if field is not None:
                    self.report.omit(field.name, field.kind, why, item_id)
            elif again.text != cue.text and self.transcript is not None:
                self.report.omit(self.transcript.name, "transcript", why, item_id)


def _first(schema: Schema, kind: str) -> Field | None:
    return next((f for f in schema.fields if f.kind == kind), None)


# -- reading -----------------------------------------------------------------------------------


def read_timed(
    style: Style, source: Source, schema: Schema, items: Mapping[str, Any] | None
) -> ImportResult:
    """Answers per audio item from the files of `style` in `source`; problems, never
    exceptions. `items` maps the project's item keys to their durations (None when
    unknown), or is None: then a file's name without extension is its item's key."""
    reader = _Reader(style, schema, items)
    for name in source.names():
        if name.lower().endswith(style.extension):
            reader.file(source, name)
    return reader.b.result()


class _Reader:
    def __init__(self, style: Style, schema: Schema, items: Mapping[str, Any] | None) -> None:
        self.style = style
        self.schema = schema
        self.b = AnswerBuilder(schema)
        self.index = ImageIndex(items) if items is not None else None
        self.transcript = _first(schema, "transcript")
        self.read_from: dict[str, str] = {}

    def file(self, source: Source, name: str) -> None:
        key = self._key(name)
        if key is None:
            return
        if key in self.read_from:
            why = QT_TRANSLATE_NOOP("messages", "is for the same item as {first}: it is left out")
            self.b.problem(name, "", Said(why, first=self.read_from[key]), key)
            return
        self.read_from[key] = name
        text = member_text(source, name, self.b, MAX_FILE_BYTES)
        if text is None:
            return
        self.b.item(key, duration=self._duration(key))
        texts: list[tuple[int, str]] = []
        for got in self.style.parse(text):
            if isinstance(got, Trouble):
                self.b.problem(name, at_line(got.line), got.message, key)
            else:
                self._cue(name, key, got, texts)
        if not texts:
            return
        if self.transcript is None:
            why = QT_TRANSLATE_NOOP(
                "messages",
                "has text in its cues, and the schema has no transcript field to take it",
            )
            self.b.problem(name, at_line(texts[0][0]), why, key)
            return
        transcript = "\n".join(text for _, text in texts)
        self.b.value(key, self.transcript, transcript, name, at_line(texts[0][0]))

    def _key(self, name: str) -> str | None:
        stem = clean_path(split_extension(name)[0])
        if self.index is None:
            return stem
        keys = self.index.find_stem(stem)
        if len(keys) == 1:
            return keys[0]
        why = _FOR_SEVERAL if keys else _FOR_NONE
        self.b.problem(name, "", Said(why, name=short(stem)))
        return None

    def _duration(self, key: str) -> float | None:
        known = self.index.images[key] if self.index is not None else None
        if isinstance(known, int | float) and not isinstance(known, bool):
            return float(known)
        return None

    def _cue(self, name: str, key: str, got: ReadCue, texts: list[tuple[int, str]]) -> None:
        at, cue = at_line(got.line), got.cue
        if cue.end < cue.start:
            why = QT_TRANSLATE_NOOP(
                "messages",
                "ends before it starts ({end} s < {start} s): nothing of it is imported",
            )
            self.b.problem(name, at, Said(why, end=str(cue.end), start=str(cue.start)), key)
            return
        if cue.label is not None:
            self._segment(name, at, key, cue)
        if cue.text:
            texts.append((got.line, cue.text))
        elif cue.label is None:
            why = QT_TRANSLATE_NOOP("messages", "has neither text nor a label: nothing to import")
            self.b.problem(name, at, why, key)

    def _segment(self, name: str, at: str, key: str, cue: Cue) -> None:
        label = cue.label or ""
        f = first_field(self.schema, "segments", label)
        if f is None:
            why = QT_TRANSLATE_NOOP(
                "messages", "{label} is not a label of a segments field: no segment is imported"
            )
            self.b.problem(name, at, Said(why, label=short(label)), key)
        elif cue.end == cue.start:
            why = QT_TRANSLATE_NOOP(
                "messages", "segment {label} ends where it starts: a segment needs a length"
            )
            self.b.problem(name, at, Said(why, label=short(label)), key)
        else:
            segment = {"label": label, "start": seconds(cue.start), "end": seconds(cue.end)}
            self.b.region(key, f, segment, name, at)
