"""Criteria ratings as CSV (`criteria-csv`): one row per item × annotator × row of each
criteria field, then a median row per item and row, for spreadsheets and analysis.

The file is `criteria.csv`, written as `csv` writes its CSV (UTF-8 with a BOM, `\\r\\n`;
why: `labeler.core.formats.csvfile`). Columns:

- `item_id`, `file_name` (the source name);
- `field`: the criteria field; `row`: the criterion's value, or the candidate's key when
  the field's rows are the item's candidates; `row_text`: the criterion's text, or the
  candidate's title (else its text);
- `annotator`: who rated (empty on the median row and for gold);
- `rating`: the rating given; on the median row, the median of the item's ratings of that
  row (the lower middle one for an even count, as the consensus takes it);
- `median_of`: on the median row, how many ratings it is the median of; empty otherwise.

Rows of an item come in the field's order of rows, each annotator's in the order the
answers came, the median rows after them.
"""

from __future__ import annotations

import csv
import statistics
from collections.abc import Iterable
from typing import Any

from labeler.core.formats.base import ExportEntry, ExportReport, Format, WriteOptions
from labeler.core.formats.csvfile import BOM, FORMULA_STARTS, MAX_CELL_CHARS, _Utf8
from labeler.core.formats.preferences import candidates_of
from labeler.core.formats.regions import item_groups
from labeler.core.formats.streams import Sink
from labeler.core.i18n import QT_TRANSLATE_NOOP, Said
from labeler.core.jsonvalues import is_int
from labeler.core.schema import Field, Schema

NAME = "criteria-csv"
FILE_NAME = "criteria.csv"
COLUMNS = ("item_id", "file_name", "field", "row", "row_text", "annotator", "rating", "median_of")
NOT_HELD = QT_TRANSLATE_NOOP("messages", "not held: this format holds criteria fields only")
NO_RATING = QT_TRANSLATE_NOOP("messages", "left out: no annotator rated it")
FORMULA = QT_TRANSLATE_NOOP(
    "messages", "written as it is; a spreadsheet may run it as a formula (open it as text)"
)
LONG = Said(
    QT_TRANSLATE_NOOP(
        "messages", "written in full; longer than the {count} characters a spreadsheet cell holds"
    ),
    count=MAX_CELL_CHARS,
)


def write_criteria(
    entries: Iterable[ExportEntry], schema: Schema, sink: Sink, options: WriteOptions
) -> ExportReport:
    """Every criteria rating of every annotator, and the median per item and row."""
    report = ExportReport(NAME)
    fields = [f for f in schema.fields if f.kind == "criteria"]
    with sink.open(FILE_NAME) as out:
        out.write(BOM.encode("utf-8"))
        writer = csv.writer(_Utf8(out), lineterminator="\r\n")
        writer.writerow(COLUMNS)
        for group in item_groups(entries, report):
            _not_held(group, schema, report)
            wrote = False
            for f in fields:
                for row in _rows(group, f, report):
                    _check(row, group[0].item_id, f, report)
                    writer.writerow(row)
                    wrote = True
            if wrote:
                report.items += 1
    return report


def _not_held(group: list[ExportEntry], schema: Schema, report: ExportReport) -> None:
    for entry in group:
        for f in schema.fields:
            value = (entry.answer or {}).get(f.name)
            if f.kind != "criteria" and value not in (None, [], {}, ""):
                report.omit(f.name, f.kind, NOT_HELD, entry.item_id)


def _rows(group: list[ExportEntry], f: Field, report: ExportReport) -> list[list[Any]]:
    entry = group[0]
    candidates = candidates_of(entry)
    texts = _row_texts(f, candidates)
    rated: dict[str, list[int]] = {}
    out: list[list[Any]] = []
    given: list[tuple[str, dict[str, Any]]] = []
    for e in group:
        value = (e.answer or {}).get(f.name)
        if isinstance(value, dict):
            given.append((e.annotator or "", value))
    if not given:
        return []
    order = list(texts) + sorted({r for _, v in given for r in v if r not in texts})
    for row in order:
        for who, value in given:
            rating = value.get(row)
            if not is_int(rating):
                continue
            rated.setdefault(row, []).append(rating)
            out.append(_row(entry, f, row, texts.get(row, ""), who, rating, ""))
    if not rated:
        report.omit(f.name, f.kind, NO_RATING, entry.item_id)
        return []
    for row in order:
        if row in rated:
            median = statistics.median_low(rated[row])
            out.append(_row(entry, f, row, texts.get(row, ""), "", median, len(rated[row])))
    return out


def _row_texts(f: Field, candidates: dict[str, dict[str, Any]]) -> dict[str, str]:
    """Each row's text, in the field's order: a criterion's text, a candidate's title or
    text."""
    values = f.row_values()
    if values is None:
        out = {}
        for key, c in candidates.items():
            text = c.get("title") if isinstance(c.get("title"), str) else c.get("text")
            out[key] = text if isinstance(text, str) else ""
        return out
    rows = f.rows if not isinstance(f.rows, str) else ()
    return {row.value: row.text or "" for row in rows}


def _row(
    entry: ExportEntry, f: Field, row: str, text: str, who: str, rating: int, of: Any
) -> list[Any]:
    return [entry.item_id, entry.file_name, f.name, row, text, who, rating, of]


def _check(row: list[Any], item_id: str, f: Field, report: ExportReport) -> None:
    for cell in (row[1], row[4]):
        if isinstance(cell, str) and cell.startswith(FORMULA_STARTS):
            report.omit(f.name, f.kind, FORMULA, item_id)
        if isinstance(cell, str) and len(cell) > MAX_CELL_CHARS:
            report.omit(f.name, f.kind, LONG, item_id)


FORMAT = Format(
    name=NAME,
    title="Criteria ratings CSV (each annotator's, and the median)",
    media=frozenset({"text", "image", "audio"}),
    multi_file=False,
    file_name=FILE_NAME,
    writer=write_criteria,
    kinds=frozenset({"criteria"}),
    votes=True,
    item_data=True,
)
