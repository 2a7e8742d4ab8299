"""CSV: one row per export entry, every field in a column of its own, for any media.

The export is one file, `answers.csv`: RFC 4180 as Python's `csv` module writes it
(comma-separated, `"` quoting where a cell needs it, rows ending in `\\r\\n`), in UTF-8
**with a BOM**. Spreadsheets are what a CSV export is for, and Excel reads a CSV file
without a BOM in the machine's legacy code page, so Urdu and every other non-Latin text
comes out garbled; with the BOM it reads UTF-8. LibreOffice and Google Sheets take either;
Python reads it with `encoding="utf-8-sig"` (pandas strips the BOM by itself).

Columns, in order:

- `item_id`, `file_name` (the source name);
- `annotator`, when the first entry names one (an export of every submission names it on
  every entry; a later entry's annotator without the column is reported);
- `text`, for text items: the item's text;
- one column per field, in schema order, named by the field (`field.<name>` when the
  field's name is one of the columns above): choice → its label; multichoice → its labels
  joined by `;`; rating → the number; text and transcript → the string; boxes, polygons,
  points, spans and segments → the list of regions as compact JSON (`[{"label":"car",
  "x":10,…}]`), as the answer holds it; pairwise, ranking, criteria, flags and record →
  the answer's object as compact JSON (`{"winner":"A","strength":2}`); rationale → the
  string. An unanswered field is an empty cell.

An item with several submissions exported has a row per submission. Every value is written
as it is; the report lists what a reader may not get back: a value the field does not take
now (a label removed since; left out), a multichoice label that holds `;` (the cell cannot
be split back), a cell longer than the 32 767 characters a spreadsheet cell holds, and a
cell of free text (a file name, an item's text, a text or transcript answer) that a
spreadsheet may run as a formula (beginning with `=`, `+`, `-`, `@`, tab or CR): it is
not altered, so the file keeps the data, and the lead learns to open it with care.
"""

from __future__ import annotations

import csv
import dataclasses
import json
from collections.abc import Iterable
from itertools import chain
from typing import IO, Any

from labeler.core.answers import validate_answer
from labeler.core.formats.base import ExportEntry, ExportReport, Format, WriteOptions
from labeler.core.formats.regions import answered
from labeler.core.formats.streams import Sink
from labeler.core.problems import AnswerInvalid
from labeler.core.schema import Field, Schema

FILE_NAME = "answers.csv"
BOM = "\ufeff"
#: The columns before the fields'.
FIXED = ("item_id", "file_name", "annotator", "text")
#: The most characters a spreadsheet cell holds (Excel, LibreOffice Calc cut the rest).
MAX_CELL_CHARS = 32_767
#: What a spreadsheet may read as the start of a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_LIST_KINDS = ("multichoice", "boxes", "polygons", "points", "spans", "segments")
_JSON_KINDS = ("boxes", "polygons", "points", "spans", "segments")
#: Kinds whose answer is an object, written as compact JSON as the answer holds it.
_OBJECT_KINDS = ("pairwise", "ranking", "criteria", "flags", "record")


class _Utf8:
    """The text stream `csv.writer` writes to, encoding into the binary member."""

    def __init__(self, out: IO[bytes]) -> None:
        self._out = out

    def write(self, text: str) -> int:
        self._out.write(text.encode("utf-8"))
        return len(text)


def columns(schema: Schema, with_annotator: bool) -> list[str]:
    """The header: the fixed columns that apply, then one per field."""
    head = ["item_id", "file_name"]
    if with_annotator:
        head.append("annotator")
    if schema.media == "text":
        head.append("text")
    return head + [f"field.{f.name}" if f.name in FIXED else f.name for f in schema.fields]


def write_csv(
    entries: Iterable[ExportEntry], schema: Schema, sink: Sink, options: WriteOptions
) -> ExportReport:
    """Write a row per entry of `entries` to `answers.csv`."""
    report = ExportReport("csv")
    stream = iter(entries)
    first = next(stream, None)
    with_annotator = first is not None and first.annotator is not None
    cells = _Cells(schema, report)
    last_item: str | None = None
    with sink.open(FILE_NAME) as out:
        writer = csv.writer(_Utf8(out))
        out.write(BOM.encode("utf-8"))
        writer.writerow(columns(schema, with_annotator))
        for entry in chain([first], stream) if first is not None else ():
            report.entries += 1
            if entry.item_id != last_item:
                report.items += 1
                last_item = entry.item_id
            writer.writerow(cells.row(entry, with_annotator))
    return report


class _Cells:
    """Flattens entries into rows, reporting what a reader may not get back."""

    def __init__(self, schema: Schema, report: ExportReport) -> None:
        self.schema = schema
        self.report = report
        # Each field checked alone, as the schema is now; counts are no concern of a table.
        self._alone = {
            f.name: dataclasses.replace(
                schema, fields=(dataclasses.replace(f, required=False, max_count=None),)
            )
            for f in schema.fields
        }

    def row(self, entry: ExportEntry, with_annotator: bool) -> list[str]:
        item = entry.item_id
        out = [item, self._plain(entry.file_name, "", "file name", item)]
        if with_annotator:
            out.append(entry.annotator or "")
        elif entry.annotator is not None:
            why = "left out: the first entry named none, so the file has no annotator column"
            self.report.omit("", "annotator", why, item)
        if self.schema.media == "text":
            if entry.text is None:
                self.report.omit("", "text", "left out: the item's text is unknown", item)
            out.append(self._plain(entry.text or "", "", "text", item))
        present = {f.name for f in answered(entry, self.schema, self.report)}
        answer = entry.answer or {}
        for f in self.schema.fields:
            out.append(self._cell(f, answer[f.name], item) if f.name in present else "")
        return out

    def _cell(self, f: Field, value: Any, item: str) -> str:
        if f.kind in _OBJECT_KINDS:
            if not self._valid(f, value, item):
                return ""
            cell = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
            self._fits(cell, f.name, f.kind, item)
            return cell
        if f.kind not in _LIST_KINDS:
            if not self._valid(f, value, item):
                return ""
            if f.kind == "rating":
                return str(value)
            if f.kind == "choice":
                return self._label(value, f, item)
            return self._plain(value, f.name, f.kind, item)
        if not isinstance(value, list):
            self.report.omit(f.name, f.kind, "left out: the value is not a list", item)
            return ""
        kept = [v for v in value if self._valid(f, [v], item)]
        if not kept:
            return ""
        if f.kind == "multichoice":
            if any(";" in label for label in kept):
                why = "written joined by ';', but a label holds ';' itself: it cannot be split back"
                self.report.omit(f.name, f.kind, why, item)
            return self._label(";".join(kept), f, item)
        cell = json.dumps(kept, ensure_ascii=False, separators=(",", ":"))
        self._fits(cell, f.name, f.kind, item)
        return cell

    def _valid(self, f: Field, value: Any, item: str) -> bool:
        try:
            validate_answer(self._alone[f.name], {f.name: value})
        except AnswerInvalid as exc:
            why = exc.problems[0].message
            self.report.omit(f.name, f.kind, f"left out: {why}, as the schema is now", item)
            return False
        return True

    def _label(self, cell: str, f: Field, item: str) -> str:
        """A cell of the lead's labels: no formula to fear from them."""
        self._fits(cell, f.name, f.kind, item)
        return cell

    def _plain(self, text: str, name: str, kind: str, item: str) -> str:
        """A cell of free text (the item's, an annotator's): written as it is, what a
        spreadsheet makes of it reported."""
        if text.startswith(FORMULA_STARTS):
            why = "written as it is, but a spreadsheet may run it as a formula"
            self.report.omit(name, kind, why, item)
        self._fits(text, name, kind, item)
        return text

    def _fits(self, cell: str, name: str, kind: str, item: str) -> None:
        if len(cell) > MAX_CELL_CHARS:
            why = (
                f"written in full, but a spreadsheet cuts a cell after {MAX_CELL_CHARS} characters"
            )
            self.report.omit(name, kind, why, item)


FORMAT = Format(
    name="csv",
    title="CSV (one row per answer)",
    media=frozenset({"image", "text", "audio"}),
    multi_file=False,
    file_name=FILE_NAME,
    writer=write_csv,
)
