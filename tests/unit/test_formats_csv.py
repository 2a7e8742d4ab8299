"""CSV export: a row per entry, every field kind flattened, read back with Python's own
`csv` reader (the reader every spreadsheet-minded script uses); Urdu, quotes and line
breaks inside cells; the BOM; what the report says a reader may not get back."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any

from labeler.core import formats
from labeler.core.formats import ExportEntry, ExportReport, MemorySink
from labeler.core.formats.csvfile import FILE_NAME, MAX_CELL_CHARS
from labeler.core.schema import Schema, parse_schema

CSV = formats.get("csv")


def labels(*values: str) -> list[dict[str, str]]:
    return [{"value": v} for v in values]


def schema_of(media: str, *fields: dict[str, Any]) -> Schema:
    return parse_schema({"media": media, "fields": list(fields)})


IMAGE = schema_of(
    "image",
    {"name": "scene", "kind": "choice", "labels": labels("day", "night")},
    {"name": "tags", "kind": "multichoice", "labels": labels("rain", "fog", "snow")},
    {"name": "quality", "kind": "rating", "min": -2, "max": 2},
    {"name": "note", "kind": "text"},
    {"name": "objects", "kind": "boxes", "labels": labels("car", "گاڑی")},
    {"name": "outlines", "kind": "polygons", "labels": labels("road")},
    {"name": "spots", "kind": "points", "labels": labels("eye")},
)
TEXT = schema_of(
    "text",
    {"name": "entities", "kind": "spans", "labels": labels("PER", "LOC")},
    {"name": "text", "kind": "text"},  # a field named as a fixed column
)
AUDIO = schema_of(
    "audio",
    {"name": "speech", "kind": "segments", "labels": labels("speaker")},
    {"name": "words", "kind": "transcript"},
)

STREET = {
    "scene": "night",
    "tags": ["rain", "fog"],
    "quality": -1,
    "note": 'a "quoted", comma\nand a line break',
    "objects": [
        {"label": "گاڑی", "x": 10, "y": 20.5, "w": 100, "h": 50},
        {"label": "car", "x": 0.1, "y": 7.25, "w": 3.3, "h": 1},
    ],
    "outlines": [{"label": "road", "points": [[0, 400], [640, 380.25], [640, 480]]}],
    "spots": [{"label": "eye", "x": 3, "y": 4.5}],
}
URDU = 'علامہ اقبال سیالکوٹ میں پیدا ہوئے۔\r\nدوسری سطر، "اقتباس" کے ساتھ'


def export(entries: Any, schema: Schema) -> tuple[bytes, ExportReport]:
    sink = MemorySink()
    report = CSV.write(entries, schema, sink)
    assert list(sink.files) == [FILE_NAME]
    return sink.files[FILE_NAME], report


def read_rows(data: bytes) -> list[dict[str, str]]:
    """As the `csv` documentation says to read a file: `newline=""`, the BOM left out."""
    with io.TextIOWrapper(io.BytesIO(data), encoding="utf-8-sig", newline="") as text:
        return list(csv.DictReader(text))


def image_entries() -> list[ExportEntry]:
    return [
        ExportEntry("it1", "street/0001.jpg", "image", STREET, 640, 480),
        ExportEntry("it2", "0002.png", "image", {"scene": "day"}, 300, 200),
        ExportEntry("it3", "0003.png", "image", None, 300, 200),
    ]


def answer_of(row: dict[str, str], schema: Schema) -> dict[str, Any]:
    """The answer a row flattens, rebuilt by its kinds: what a reader of the file does."""
    out: dict[str, Any] = {}
    for f in schema.fields:
        column = f"field.{f.name}" if f.name in ("item_id", "file_name", "text") else f.name
        cell = row[column]
        if cell == "":
            continue
        if f.kind == "multichoice":
            out[f.name] = cell.split(";")
        elif f.kind == "rating":
            out[f.name] = int(cell)
        elif f.kind in ("boxes", "polygons", "points", "spans", "segments"):
            out[f.name] = json.loads(cell)
        else:
            out[f.name] = cell
    return out


# -- what is written ---------------------------------------------------------------------------


def test_every_field_kind_reads_back_from_its_column() -> None:
    data, report = export(image_entries(), IMAGE)
    rows = read_rows(data)
    assert list(rows[0]) == [
        "item_id",
        "file_name",
        "scene",
        "tags",
        "quality",
        "note",
        "objects",
        "outlines",
        "spots",
    ]
    assert [answer_of(row, IMAGE) for row in rows] == [STREET, {"scene": "day"}, {}]
    assert [(r["item_id"], r["file_name"]) for r in rows] == [
        ("it1", "street/0001.jpg"),
        ("it2", "0002.png"),
        ("it3", "0003.png"),
    ]
    assert rows[0]["tags"] == "rain;fog" and rows[0]["quality"] == "-1"
    assert rows[0]["objects"].startswith('[{"label":"گاڑی","x":10,"y":20.5,')
    assert report.not_held == [] and report.entries == 3 and report.items == 3


def test_export_read_back_and_exported_again_gives_the_same_bytes() -> None:
    first, _ = export(image_entries(), IMAGE)
    again = [
        ExportEntry(r["item_id"], r["file_name"], "image", answer_of(r, IMAGE) or None)
        for r in read_rows(first)
    ]
    assert export(again, IMAGE)[0] == first


def test_urdu_text_with_quotes_and_line_breaks_survives_with_a_bom_and_crlf() -> None:
    entries = [
        ExportEntry(
            "t1",
            "reviews.csv:12",
            "text",
            {"entities": [{"label": "PER", "start": 0, "end": 11}], "text": "رائے: اچھا"},
            text=URDU,
        ),
        ExportEntry("t2", "reviews.csv:13", "text", None, text="plain"),
    ]
    data, report = export(entries, TEXT)
    assert data.startswith("\ufeffitem_id,file_name,text,entities,field.text\r\n".encode())
    rows = read_rows(data)
    assert rows[0]["text"] == URDU  # CRLF, quotes and commas inside the cell kept
    assert rows[0]["field.text"] == "رائے: اچھا"
    assert json.loads(rows[0]["entities"]) == [{"label": "PER", "start": 0, "end": 11}]
    assert rows[1] == {
        "item_id": "t2",
        "file_name": "reviews.csv:13",
        "text": "plain",
        "entities": "",
        "field.text": "",
    }
    assert report.not_held == []


def test_audio_segments_and_transcripts_have_their_columns() -> None:
    answer = {
        "speech": [{"label": "speaker", "start": 0.5, "end": 2.25}],
        "words": "السلام علیکم",
    }
    data, _ = export([ExportEntry("a1", "clip.wav", "audio", answer)], AUDIO)
    (row,) = read_rows(data)
    assert list(row) == ["item_id", "file_name", "speech", "words"]
    assert answer_of(row, AUDIO) == answer


def test_every_submission_gives_a_row_with_its_annotator() -> None:
    entries = [
        ExportEntry("it1", "a.jpg", "image", {"scene": "day"}, annotator="ayesha"),
        ExportEntry("it1", "a.jpg", "image", {"scene": "night"}, annotator="bilal"),
        ExportEntry("it2", "b.jpg", "image", None, annotator="ayesha"),
    ]
    data, report = export(iter(entries), IMAGE)  # read once, as a stream
    rows = read_rows(data)
    assert list(rows[0])[:3] == ["item_id", "file_name", "annotator"]
    assert [(r["item_id"], r["annotator"], r["scene"]) for r in rows] == [
        ("it1", "ayesha", "day"),
        ("it1", "bilal", "night"),
        ("it2", "ayesha", ""),
    ]
    assert report.entries == 3 and report.items == 2


def test_no_entries_give_the_header_alone() -> None:
    data, report = export([], TEXT)
    assert data == "\ufeffitem_id,file_name,text,entities,field.text\r\n".encode()
    assert report.entries == 0


# -- what the report says ------------------------------------------------------------------------


def lines_of(report: ExportReport) -> list[tuple[str, str, int, str]]:
    return [(n.field, n.kind, n.count, n.why) for n in report.not_held]


def test_values_the_field_does_not_take_now_are_left_out_and_reported() -> None:
    stale = {
        "scene": "dusk",  # a label removed since
        "tags": ["rain", "hail", "fog"],
        "quality": 7,
        "objects": [{"label": "bus", "x": 1, "y": 1, "w": 2, "h": 2}, STREET["objects"][1]],
        "spots": "not a list",
        "gone": "a field removed since",
    }
    data, report = export([ExportEntry("it1", "a.jpg", "image", stale)], IMAGE)
    (row,) = read_rows(data)
    assert answer_of(row, IMAGE) == {"tags": ["rain", "fog"], "objects": [STREET["objects"][1]]}
    got = lines_of(report)
    assert ("gone", "unknown", 1, "left out: not a field of the schema") in got
    assert ("scene", "choice", 1, "left out: unknown label 'dusk', as the schema is now") in got
    assert ("tags", "multichoice", 1, "left out: unknown label 'hail', as the schema is now") in got
    assert ("quality", "rating", 1, "left out: must be from -2 to 2, as the schema is now") in got
    assert ("objects", "boxes", 1, "left out: unknown label 'bus', as the schema is now") in got
    assert ("spots", "points", 1, "left out: the value is not a list") in got


def test_what_a_spreadsheet_or_a_reader_may_not_get_back_is_reported_but_written() -> None:
    schema = schema_of(
        "text",
        {"name": "topics", "kind": "multichoice", "labels": labels("a;b", "c")},
        {"name": "comment", "kind": "text"},
    )
    long_text = "ا" * (MAX_CELL_CHARS + 1)
    entries = [
        ExportEntry("t1", "=cmd.csv", "text", {"topics": ["a;b", "c"]}, text=long_text),
        ExportEntry("t2", "b.csv", "text", {"comment": "@SUM(A1:A9)"}, text="+92 300"),
        ExportEntry("t3", "c.csv", "text", None, text=None, annotator="x"),
    ]
    data, report = export(entries, schema)
    rows = read_rows(data)
    assert rows[0]["topics"] == "a;b;c" and rows[0]["text"] == long_text
    assert rows[0]["file_name"] == "=cmd.csv" and rows[1]["comment"] == "@SUM(A1:A9)"
    assert rows[2]["text"] == ""
    formula = "written as it is, but a spreadsheet may run it as a formula"
    assert lines_of(report) == [
        ("", "file name", 1, formula),
        (
            "",
            "text",
            1,
            f"written in full, but a spreadsheet cuts a cell after {MAX_CELL_CHARS} characters",
        ),
        (
            "topics",
            "multichoice",
            1,
            "written joined by ';', but a label holds ';' itself: it cannot be split back",
        ),
        ("", "text", 1, formula),
        ("comment", "text", 1, formula),
        (
            "",
            "annotator",
            1,
            "left out: the first entry named none, so the file has no annotator column",
        ),
        ("", "text", 1, "left out: the item's text is unknown"),
    ]


def _stream() -> Iterator[ExportEntry]:
    for i in range(3):
        yield ExportEntry(f"it{i}", f"{i}.jpg", "image", {"quality": i - 1})


def test_a_generator_of_entries_streams_through() -> None:
    data, report = export(_stream(), IMAGE)
    assert [r["quality"] for r in read_rows(data)] == ["-1", "0", "1"]
    assert report.entries == 3
