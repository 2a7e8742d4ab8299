"""The format registry, the sinks and sources formats write and read, and the export report."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable

import pytest

from labeler.core import formats
from labeler.core.formats import (
    FORMATS,
    ExportEntry,
    ExportReport,
    Format,
    FormatError,
    MemorySink,
    MemorySource,
    Sink,
    StreamSink,
    WriteOptions,
    ZipSink,
    ZipSource,
)
from labeler.core.formats.streams import TooLarge, read_member
from labeler.core.schema import Schema, parse_schema

TEXT_SCHEMA = parse_schema(
    {"media": "text", "fields": [{"name": "tone", "kind": "choice", "labels": [{"value": "ok"}]}]}
)


def test_builtin_formats_are_registered_by_name() -> None:
    assert list(FORMATS) == [
        "coco",
        "yolo-detect",
        "yolo-segment",
        "voc",
        "labelme",
        "conll",
        "csv",
        "labelstudio",
        "webvtt",
        "srt",
        "audacity",
        "cvat",
        "prompts-jsonl",
        "preference-jsonl",
        "ranking-jsonl",
        "criteria-csv",
    ]
    assert formats.get("coco") is FORMATS["coco"]
    assert formats.get("coco").media == frozenset({"image"})
    assert not formats.get("coco").multi_file and formats.get("yolo-segment").multi_file


def test_an_unknown_format_is_refused_naming_the_known_ones() -> None:
    with pytest.raises(FormatError) as caught:
        formats.get("pascal")
    assert "'pascal'" in str(caught.value)
    assert "coco" in str(caught.value)


def _plain_writer(
    entries: Iterable[ExportEntry], schema: Schema, sink: Sink, options: WriteOptions
) -> ExportReport:
    report = ExportReport("lines")
    with sink.open("items.txt") as out:
        for entry in entries:
            report.entries += 1
            out.write(f"{entry.item_id}\n".encode())
    return report


def test_a_plugin_registers_a_format_the_same_way() -> None:
    fmt = Format("lines", "Item ids", frozenset({"text"}), False, "items.txt", _plain_writer)
    try:
        assert formats.register(fmt) is fmt
        sink = MemorySink()
        report = formats.get("lines").write([ExportEntry("a", "a", "text")], TEXT_SCHEMA, sink)
        assert sink.files == {"items.txt": b"a\n"}
        assert report.entries == 1
        other = Format("lines", "Other", frozenset({"text"}), False, "x.txt", _plain_writer)
        with pytest.raises(FormatError, match="registered already"):
            formats.register(other)
    finally:
        FORMATS.pop("lines", None)


def test_a_format_refuses_a_schema_of_other_media() -> None:
    with pytest.raises(FormatError, match="holds image items, not text items"):
        formats.get("coco").write([], TEXT_SCHEMA, MemorySink())
    with pytest.raises(FormatError, match="not text items"):
        formats.get("coco").read(MemorySource({}), TEXT_SCHEMA)


def test_a_write_only_format_says_it_cannot_be_imported() -> None:
    fmt = Format("lines", "Item ids", frozenset({"text"}), False, "items.txt", _plain_writer)
    with pytest.raises(FormatError, match="cannot be imported"):
        fmt.read(MemorySource({}), TEXT_SCHEMA)


def test_a_split_fraction_outside_0_to_1_is_refused() -> None:
    with pytest.raises(FormatError, match="val_fraction"):
        WriteOptions(val_fraction=1.5)


# -- sinks and sources ---------------------------------------------------------------------


class _Unseekable(io.RawIOBase):
    """A stream that only takes bytes, like an HTTP response body."""

    def __init__(self) -> None:
        self.data = bytearray()

    def writable(self) -> bool:
        return True

    def write(self, b: bytes) -> int:  # type: ignore[override]
        self.data += b
        return len(b)


def test_a_zip_is_written_to_a_stream_that_cannot_seek_and_read_back() -> None:
    out = _Unseekable()
    with ZipSink(out) as sink:  # type: ignore[arg-type]
        for name, body in (("data.yaml", b"names: {}\n"), ("labels/train/a.txt", b"0 0.5\n")):
            with sink.open(name) as member:
                member.write(body)
    source = ZipSource(io.BytesIO(bytes(out.data)))
    assert source.names() == ["data.yaml", "labels/train/a.txt"]
    assert read_member(source, "labels/train/a.txt") == b"0 0.5\n"
    assert source.size("data.yaml") == len(b"names: {}\n")


def test_a_stream_sink_writes_one_member_through_and_leaves_the_stream_open() -> None:
    out = io.BytesIO()
    sink = StreamSink(out)
    with sink.open("instances.json") as member:
        member.write(b"{}")
    assert out.getvalue() == b"{}"
    assert not out.closed
    with pytest.raises(ValueError, match="already holds 'instances.json'"):
        sink.open("other.json")


def test_a_member_past_the_limit_is_not_read() -> None:
    source = MemorySource({"big.json": b"x" * 101})
    with pytest.raises(TooLarge, match="101 bytes"):
        read_member(source, "big.json", limit=100)
    assert read_member(source, "big.json", limit=101) == b"x" * 101


def test_a_zip_that_lies_about_a_member_size_is_read_no_further_than_it_says() -> None:
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w") as z:
        z.writestr("a.json", b"y" * 1000)
    source = ZipSource(io.BytesIO(raw.getvalue()))
    with pytest.raises(TooLarge):
        read_member(source, "a.json", limit=999)


def test_a_stream_that_is_no_zip_is_refused_at_once() -> None:
    with pytest.raises(zipfile.BadZipFile):
        ZipSource(io.BytesIO(b"not a zip"))


# -- the export report ---------------------------------------------------------------------


def test_the_report_counts_per_field_kind_and_reason_with_a_few_examples() -> None:
    report = ExportReport("coco")
    for i in range(8):
        report.omit("scene", "choice", "left out: no place for it", f"item{i}")
    report.omit("objects", "boxes", "left out: bad", "item0", count=3)
    assert [(n.field, n.kind, n.count) for n in report.not_held] == [
        ("scene", "choice", 8),
        ("objects", "boxes", 3),
    ]
    assert report.not_held[0].examples == ["item0", "item1", "item2", "item3", "item4"]
    assert report.lines()[1] == "field 'objects' (boxes), 3 regions: left out: bad (e.g. item0)"
    assert report.to_json()["not_held"][0]["count"] == 8
