"""WebVTT and SRT: round trip, the readers of webvtt-py and pysrt, files other tools made,
hostile files.

webvtt-py and pysrt read every export: the same times (to the millisecond) and the same
texts as the answers say, the label as the cue's voice span. What other tools wrote
(`tests/data/webvtt/`, `tests/data/srt/`) reads into the transcript those readers see.
"""

from __future__ import annotations

import html
import io
import math
from pathlib import Path
from typing import Any

import pysrt
import pytest
import webvtt
from hypothesis import given, settings
from hypothesis import strategies as st

from labeler.core import formats
from labeler.core.formats import (
    ExportEntry,
    ExportReport,
    Format,
    ImportResult,
    MemorySink,
    MemorySource,
    WriteOptions,
)
from labeler.core.schema import Schema, parse_schema
from tests.unit.formats_common import labels, problems, write

WEBVTT = formats.get("webvtt")
SRT = formats.get("srt")
BOTH = pytest.mark.parametrize("fmt", [WEBVTT, SRT], ids=["webvtt", "srt"])
DATA = Path(__file__).resolve().parents[1] / "data"


def schema_of(*fields: dict[str, Any]) -> Schema:
    return parse_schema({"media": "audio", "fields": list(fields)})


SCHEMA = schema_of(
    {"name": "parts", "kind": "segments", "labels": labels("speech", "music", "Dr. Q & A")},
    {"name": "words", "kind": "transcript", "required": False},
)
#: Every item and what it shows: a transcript paired with the segments line by line, one
#: longer than them (its own cue), segments alone, a transcript alone, nothing.
DURATIONS: dict[str, float | None] = {
    "calls/0001.wav": 12.5,
    "0002.wav": 3700.0,
    "0003.mp3": None,
    "0004.ogg": 9.25,
    "0005.wav": None,
}
IDS = {name: f"it{i}" for i, name in enumerate(DURATIONS, start=1)}


def answers() -> dict[str, dict[str, Any] | None]:
    return {
        "calls/0001.wav": {
            "parts": [
                {"label": "music", "start": 4.25, "end": 12.5},
                {"label": "speech", "start": 0, "end": 4.25},
            ],
            "words": "Hello, <all> & 'friends'!\nگاڑی چل رہی ہے",
        },
        "0002.wav": {
            "parts": [
                {"label": "speech", "start": 1.001, "end": 2},
                {"label": "Dr. Q & A", "start": 3600.5, "end": 3601},
            ],
            "words": "one\ntwo\nthree",
        },
        "0003.mp3": {"parts": [{"label": "music", "start": 0.5, "end": 1.5}]},
        "0004.ogg": {"words": "a transcript without segments --> to the end"},
        "0005.wav": None,
    }


def entries(
    given: dict[str, Any], durations: dict[str, float | None] = DURATIONS
) -> list[ExportEntry]:
    return [
        ExportEntry(IDS[name], name, "audio", answer, duration=durations[name])
        for name, answer in given.items()
    ]


def export(
    fmt: Format, given: list[ExportEntry], schema: Schema = SCHEMA
) -> tuple[dict[str, bytes], ExportReport]:
    return write(fmt, given, schema)


def read(
    fmt: Format,
    files: dict[str, bytes],
    items: dict[str, float | None] | None = None,
    schema: Schema = SCHEMA,
) -> ImportResult:
    return fmt.read(MemorySource(files), schema, dict(DURATIONS) if items is None else items)


def vtt(*cues: str) -> bytes:
    return ("WEBVTT\n\n" + "\n\n".join(cues) + "\n").encode()


# -- round trip ------------------------------------------------------------------------------


@BOTH
def test_export_import_export_gives_the_same_files(fmt: Format) -> None:
    first, report = export(fmt, entries(answers()))
    ext = ".vtt" if fmt is WEBVTT else ".srt"
    assert set(first) == {
        f"calls/0001{ext}",
        f"0002{ext}",
        f"0003{ext}",
        f"0004{ext}",
        f"0005{ext}",
    }
    assert report.not_held == [] and report.items == 5
    result = read(fmt, first)
    assert result.problems == [] and result.incomplete == {}
    assert set(result.answers) == set(DURATIONS)
    again, _ = export(fmt, entries(dict(result.answers)))
    assert again == first


@BOTH
def test_without_the_projects_items_a_file_is_keyed_by_its_name(fmt: Format) -> None:
    first, _ = export(fmt, entries(answers()))
    result = fmt.read(MemorySource(first), SCHEMA, None)
    assert result.problems == []
    assert sorted(result.answers) == ["0002", "0003", "0004", "0005", "calls/0001"]


@BOTH
def test_answers_read_back_as_they_were_segments_in_time_order(fmt: Format) -> None:
    first, _ = export(fmt, entries(answers()))
    got = read(fmt, first).answers
    expected = answers()
    one = expected["calls/0001.wav"]
    assert one is not None
    one["parts"].reverse()
    assert got["calls/0001.wav"] == one
    for name in ("0002.wav", "0003.mp3", "0004.ogg"):
        assert got[name] == expected[name]
    assert got["0005.wav"] == {}


def test_the_webvtt_file_pairs_the_transcript_with_the_segments_line_by_line() -> None:
    first, _ = export(WEBVTT, entries(answers()))
    assert first["calls/0001.vtt"].decode() == (
        "WEBVTT\n"
        "\n00:00:00.000 --> 00:00:04.250\n<v speech>Hello, &lt;all&gt; &amp; 'friends'!\n"
        "\n00:00:04.250 --> 00:00:12.500\n<v music>گاڑی چل رہی ہے\n"
    )
    assert first["0004.vtt"].decode() == (
        "WEBVTT\n\n00:00:00.000 --> 00:00:09.250\na transcript without segments --&gt; to the end\n"
    )
    assert first["0005.vtt"] == b"WEBVTT\n"


def test_a_transcript_of_other_lines_than_segments_is_a_cue_of_its_own_first() -> None:
    first, _ = export(SRT, entries(answers()))
    assert first["0002.srt"].decode() == (
        "1\n00:00:00,000 --> 01:01:40,000\none\ntwo\nthree\n"
        "\n2\n00:00:01,001 --> 00:00:02,000\n<v speech>\n"
        "\n3\n01:00:00,500 --> 01:00:01,000\n<v Dr. Q & A>\n"
    )
    assert first["0005.srt"] == b""


# -- readers nobody here wrote ---------------------------------------------------------------


def _expected_cues(name: str) -> list[tuple[int, int, str | None, str]]:
    """(start ms, end ms, label, text) of each cue an item's answer should give."""
    answer = answers()[name] or {}
    parts = sorted(answer.get("parts", []), key=lambda s: (s["start"], s["end"]))
    lines = answer.get("words", "").split("\n") if answer.get("words") else []
    cues = [(round(s["start"] * 1000), round(s["end"] * 1000), s["label"], "") for s in parts]
    if lines and len(lines) == len(cues):
        return [(a, b, label, line) for (a, b, label, _), line in zip(cues, lines, strict=True)]
    if lines:
        end = DURATIONS[name] or 0.0
        return [(0, round(end * 1000), None, "\n".join(lines)), *cues]
    return cues


def test_webvtt_py_reads_the_same_times_voices_and_texts() -> None:
    first, _ = export(WEBVTT, entries(answers()))
    for name in DURATIONS:
        member = name.rsplit(".", 1)[0] + ".vtt"
        captions = webvtt.from_buffer(io.StringIO(first[member].decode()))
        got = [
            (
                c.start_time.in_milliseconds(),
                c.end_time.in_milliseconds(),
                html.unescape(c.voice) if c.voice is not None else None,
                html.unescape(c.text),
            )
            for c in captions
        ]
        assert got == _expected_cues(name), name


def test_pysrt_reads_the_same_times_and_texts() -> None:
    first, _ = export(SRT, entries(answers()))
    for name in DURATIONS:
        member = name.rsplit(".", 1)[0] + ".srt"
        items = pysrt.from_string(first[member].decode())
        got = [(i.start.ordinal, i.end.ordinal, i.text) for i in items]
        expected = [
            (a, b, (f"<v {label}>" if label is not None else "") + text)
            for a, b, label, text in _expected_cues(name)
        ]
        assert got == expected, name
        assert [i.index for i in items] == list(range(1, len(items) + 1))


# -- files other tools made ------------------------------------------------------------------

TRANSCRIPT = schema_of({"name": "words", "kind": "transcript"})


def _transcript_of(fmt: Format, name: str, data: bytes) -> str:
    result = fmt.read(MemorySource({name: data}), TRANSCRIPT, {name.rsplit(".")[0] + ".wav": None})
    assert result.problems == [] and result.incomplete == {}
    (answer,) = result.answers.values()
    return str(answer["words"])


@pytest.mark.parametrize(
    "name", ["youtube_dl.vtt", "using_identifiers.vtt", "captions_with_bom.vtt"]
)
def test_webvtt_files_other_tools_made_read_as_webvtt_py_reads_them(name: str) -> None:
    data = (DATA / "webvtt" / name).read_bytes()
    captions = webvtt.from_buffer(io.StringIO(data.decode("utf-8-sig")))
    lines = [line for c in captions for line in c.text.split("\n") if line.strip()]
    assert _transcript_of(WEBVTT, name, data) == "\n".join(lines)


def test_a_youtube_caption_file_reads_every_cue_even_one_without_a_blank_line_before() -> None:
    data = (DATA / "webvtt" / "youtube_dl.vtt").read_bytes()
    assert _transcript_of(WEBVTT, "youtube_dl.vtt", data).split("\n") == [
        "yeah",
        "yeah",
        "what",
        "this will happen is I'm telling",
        "this will happen is I'm telling",
    ]


@pytest.mark.parametrize("name", ["bom-utf-8.srt", "no-indexes.srt"])
def test_srt_files_other_tools_made_read_as_pysrt_reads_them(name: str) -> None:
    data = (DATA / "srt" / name).read_bytes()
    items = pysrt.from_string(data.decode("utf-8-sig"))
    assert len(items) == 7
    assert _transcript_of(SRT, name, data) == "\n".join(i.text for i in items)


def test_segments_come_from_voices_in_a_file_another_tool_wrote() -> None:
    data = vtt(
        "intro\n00:01.000 --> 00:02.500 align:start\n<v.loud speech>Hi <i>there</i></v>",
        "NOTE a comment, not a cue",
        "00:00:02.500 --> 00:00:04.000\n<v music>",
        "00:00:04.000 --> 00:00:05.000\nno voice &amp; no segment",
    )
    result = read(WEBVTT, {"0003.vtt": data})
    assert result.problems == []
    assert result.answers["0003.mp3"] == {
        "parts": [
            {"label": "speech", "start": 1, "end": 2.5},
            {"label": "music", "start": 2.5, "end": 4},
        ],
        "words": "Hi there\nno voice & no segment",
    }


# -- what is not held ------------------------------------------------------------------------


def test_the_report_counts_what_a_subtitle_file_cannot_hold() -> None:
    schema = schema_of(
        {"name": "parts", "kind": "segments", "labels": labels("speech", "two\tcells")},
        {"name": "more", "kind": "segments", "labels": labels("noise")},
        {"name": "words", "kind": "transcript"},
        {"name": "notes", "kind": "transcript"},
        {"name": "mood", "kind": "choice", "labels": labels("calm")},
    )
    answer = {
        "parts": [
            {"label": "speech", "start": 0.0004, "end": 1.2345},
            {"label": "speech", "start": 2.0001, "end": 2.0004},
            {"label": "two\tcells", "start": 3, "end": 4},
        ],
        "more": [{"label": "noise", "start": 0, "end": 1}],
        "words": "first\n\n  \r\nsecond",
        "notes": "x",
        "mood": "calm",
    }
    files, report = export(WEBVTT, [ExportEntry("it1", "a.wav", "audio", answer)], schema)
    assert [(n.field, n.kind, n.count, n.why) for n in report.not_held] == [
        ("parts", "segments", 1, "written with its times rounded to the millisecond"),
        (
            "parts",
            "segments",
            1,
            "left out: shorter than a millisecond, it has no length once rounded",
        ),
        (
            "parts",
            "segments",
            1,
            "left out: label 'two\\tcells' is not one line without tabs or end spaces",
        ),
        ("more", "segments", 1, "left out: a WebVTT file holds one segments field, 'parts'"),
        (
            "words",
            "transcript",
            1,
            "written without blank lines and with line feeds: a cue holds no blank line",
        ),
        ("notes", "transcript", 1, "left out: a WebVTT file holds one transcript field, 'words'"),
        ("mood", "choice", 1, "left out: a WebVTT file holds segments and a transcript only"),
    ]
    assert files["a.vtt"].decode() == (
        "WEBVTT\n\n00:00:00.000 --> 00:00:01.235\nfirst\nsecond\n"
        "\n00:00:00.000 --> 00:00:01.235\n<v speech>\n"
    )
    result = read(WEBVTT, files, {"a.wav": None}, schema)
    assert result.answers["a.wav"] == {
        "parts": [{"label": "speech", "start": 0, "end": 1.235}],
        "words": "first\nsecond",
    }


def test_times_round_half_up_from_their_decimal_form() -> None:
    parts = [
        {"label": "speech", "start": 1.0005, "end": 2.0015},  # halves go up, not to even
        {"label": "speech", "start": 2.0025, "end": 3.4444},
    ]
    files, _ = export(SRT, [ExportEntry("it1", "a.wav", "audio", {"parts": parts})])
    text = files["a.srt"].decode()
    assert "00:00:01,001 --> 00:00:02,002" in text and "00:00:02,003 --> 00:00:03,444" in text


def test_a_transcript_without_duration_or_segments_is_a_cue_of_no_length_and_counted() -> None:
    files, report = export(SRT, [ExportEntry("it1", "a.wav", "audio", {"words": "hi"})])
    assert files["a.srt"] == b"1\n00:00:00,000 --> 00:00:00,000\nhi\n"
    assert [(n.field, n.why) for n in report.not_held] == [
        ("words", "written as a cue of no length: the item has no duration known, no segment")
    ]
    assert read(SRT, files, {"a.wav": None}).answers == {"a.wav": {"words": "hi"}}


def test_srt_text_that_reads_back_otherwise_is_counted() -> None:
    answer = {
        "parts": [{"label": "speech", "start": 0, "end": 1}],
        "words": "an <i>italic</i> word\n<v music>not a voice",
    }
    _, report = export(SRT, [ExportEntry("it1", "a.wav", "audio", answer, duration=2)])
    assert [(n.field, n.count, n.why) for n in report.not_held] == [
        ("words", 1, "written as it is, but it reads back otherwise from an SRT file")
    ]
    _, report = export(WEBVTT, [ExportEntry("it1", "a.wav", "audio", answer, duration=2)])
    assert report.not_held == []


def test_submissions_of_one_item_share_its_file() -> None:
    one = {"parts": [{"label": "speech", "start": 0, "end": 1}], "words": "hi"}
    two = {"parts": [{"label": "music", "start": 1, "end": 2}], "words": "other"}
    given = [
        ExportEntry("it1", "a.wav", "audio", one, annotator="amna", duration=2),
        ExportEntry("it1", "a.wav", "audio", two, annotator="bilal", duration=2),
    ]
    files, report = export(WEBVTT, given)
    assert [(n.field, n.kind, n.why) for n in report.not_held] == [
        ("", "item", "merged: a WebVTT file keeps no annotator, so the submissions share one"),
        (
            "words",
            "transcript",
            "left out: a file holds one transcript, the item's first submission's",
        ),
    ]
    assert read(WEBVTT, files, {"a.wav": 2}).answers["a.wav"] == {
        "parts": [
            {"label": "speech", "start": 0, "end": 1},
            {"label": "music", "start": 1, "end": 2},
        ],
        "words": "hi",
    }


def test_items_of_one_name_get_two_files_and_the_caller_is_told_each_audio_member() -> None:
    seen: list[tuple[str, str]] = []
    options = WriteOptions(
        on_image=lambda entry, member, sink: seen.append((entry.item_id, member))
    )
    given = [ExportEntry("it1", "a.wav", "audio"), ExportEntry("it2", "A.mp3", "audio")]
    sink = MemorySink()
    report = WEBVTT.write(given, SCHEMA, sink, options)
    assert sorted(sink.files) == ["A.it2.vtt", "a.vtt"]
    assert seen == [("it1", "a.wav"), ("it2", "A.it2.mp3")]
    assert [n.kind for n in report.not_held] == ["file name"]


# -- hostile files -----------------------------------------------------------------------------


def test_bad_webvtt_cues_get_a_problem_each_and_the_rest_is_kept() -> None:
    data = vtt(
        "00:00:00.000 --> 00:00:01.000\n<v speech>fine",
        "00:00:01.000 --> 00:00:0x.000\n<v speech>malformed",
        "00:00:03.000 --> 00:00:02.000\n<v speech>ends before it starts",
        "00:00:02.000 --> 01:02:00.000\n<v speech>past the end",
        "00:00:02.000 --> 00:00:03.000\n<v speach>unknown label",
        "00:00:03.000 --> 00:00:03.000\n<v music>",
        "00:00:04.000 --> 00:00:05.000\n<v speech>two</v> <v music>voices",
        "00:00:05.000 --> 00:00:06.000",
        "a cue without times\nstill no times\nnor here",
    )
    result = read(WEBVTT, {"0002.vtt": data})
    got = [(at, message) for _, at, message in problems(result)]
    assert [at for at, _ in got] == [f"line {n}" for n in (6, 9, 15, 18, 21, 24, 26, 12)]
    messages = [m for _, m in got]
    assert "'00:00:0x.000' is not a time: WebVTT writes hh:mm:ss.ttt" in messages[0]
    assert "ends before it starts (2.000 s < 3.000 s)" in messages[1]
    assert "'speach' is not a label of a segments field" in messages[2]
    assert "ends where it starts" in messages[3]
    assert "several voices" in messages[4]
    assert "neither text nor a label" in messages[5]
    assert "is not a cue" in messages[6]
    assert "segment 'speech': lies past the end of the audio (3700 s)" in messages[7]
    assert result.answers == {}
    assert result.incomplete == {
        "0002.wav": {
            "parts": [{"label": "speech", "start": 0, "end": 1}],
            "words": "fine\npast the end\nunknown label",
        }
    }


def test_bad_srt_cues_get_a_problem_each() -> None:
    data = (
        b"1\n00:00:00,000 --> 00:00:01,000\n<v speech>fine\n\n"
        b"2\n0:00:01,000 --> 00:00:02,5\nshort millis\n\n"
        b"3\n00:00:61,000 --> 00:01:02,000\nsixty-one seconds\n\n"
        b"just text\n\n"
        b"5\n00:00:05,000 --> 00:00:06"
    )
    result = read(SRT, {"0002.srt": data})
    assert [(at, m.split(":")[0]) for _, at, m in problems(result)] == [
        ("line 6", "'00"),
        ("line 10", "'00"),
        ("line 13", "'just text' is not a cue"),
        ("line 16", "'00"),
    ]
    assert result.incomplete == {
        "0002.wav": {"parts": [{"label": "speech", "start": 0, "end": 1}], "words": "fine"}
    }


@BOTH
def test_a_bom_and_crlf_line_ends_read_as_plain_lines(fmt: Format) -> None:
    files, _ = export(fmt, entries(answers()))
    crlf = {name: b"\xef\xbb\xbf" + data.replace(b"\n", b"\r\n") for name, data in files.items()}
    cr = {name: data.replace(b"\n", b"\r") for name, data in files.items()}
    assert read(fmt, crlf).answers == read(fmt, files).answers == read(fmt, cr).answers


@BOTH
def test_broken_files_are_one_problem_each(fmt: Format) -> None:
    ext = ".vtt" if fmt is WEBVTT else ".srt"
    good, _ = export(fmt, entries(answers()))
    whole = good[f"0002{ext}"]
    cases = {
        f"0001{ext}": "ò".encode()[:1] + whole,  # not UTF-8
        f"0002{ext}": whole[: len(whole) // 2],  # truncated: a line of times cut
        f"nowhere{ext}": whole,  # an item the project lacks
        f"calls/0002{ext}": whole,  # a second file for 0002
    }
    result = read(fmt, cases, {"calls/0001.wav": 1.0, "0002.wav": 30.0})
    assert [(p.file, p.at.split(" ")[0]) for p in result.problems] == [
        (f"0001{ext}", "byte"),
        (f"0002{ext}", "line"),
        (f"nowhere{ext}", ""),
        (f"calls/0002{ext}", ""),
    ]
    assert "'nowhere', which is not among the project's items" in result.problems[2].message
    assert f"is for the same item as 0002{ext}" in result.problems[3].message
    assert result.answers == {}


def test_a_file_that_is_not_webvtt_says_so() -> None:
    result = read(WEBVTT, {"0002.vtt": b"1\n00:00:00,000 --> 00:00:01,000\nhi\n"})
    assert problems(result) == [("0002.vtt", "line 1", "'1' is not WebVTT's first line: WEBVTT")]


def test_a_name_two_items_share_is_ambiguous() -> None:
    result = read(WEBVTT, {"a.vtt": b"WEBVTT\n"}, {"a.wav": None, "a.mp3": None})
    assert problems(result) == [
        ("a.vtt", "", "is for 'a', which matches several of the project's items")
    ]


def test_text_without_a_transcript_field_is_reported() -> None:
    segments = schema_of({"name": "parts", "kind": "segments", "labels": labels("speech")})
    data = vtt("00:00:00.000 --> 00:00:01.000\n<v speech>hello")
    result = read(WEBVTT, {"a.vtt": data}, {"a.wav": None}, segments)
    assert problems(result) == [
        (
            "a.vtt",
            "line 3",
            "has text in its cues, and the schema has no transcript field to take it",
        )
    ]
    assert result.incomplete == {"a.wav": {"parts": [{"label": "speech", "start": 0, "end": 1}]}}


def test_a_transcript_the_answer_cannot_hold_is_left_out_where_it_begins() -> None:
    data = vtt("00:00:00.000 --> 00:00:01.000\n<v speech>" + "x" * 100_001)
    result = read(WEBVTT, {"a.vtt": data}, {"a.wav": None})
    assert problems(result) == [
        ("a.vtt", "line 3", "words: must be at most 100000 characters, not 100001")
    ]
    assert result.incomplete == {"a.wav": {"parts": [{"label": "speech", "start": 0, "end": 1}]}}


@BOTH
@settings(max_examples=200, deadline=None)
@given(data=st.binary(max_size=300) | st.text(max_size=300).map(str.encode))
def test_any_bytes_get_problems_never_an_exception(fmt: Format, data: bytes) -> None:
    read(fmt, {"0002" + (".vtt" if fmt is WEBVTT else ".srt"): data})


_cue_lines = st.lists(
    st.sampled_from(
        [
            "WEBVTT",
            "",
            "1",
            "00:00:01.000 --> 00:00:02.000",
            "00:00:01,000 --> 00:00:02,000",
            "<v speech>a",
            "<v music>",
            "NOTE x",
            "-->",
            "<v ",
            "&amp;",
            "99:59:59.999 --> 0:0:0.0",
        ]
    )
    | st.text(max_size=12),
    max_size=12,
)


@BOTH
@settings(max_examples=200, deadline=None)
@given(lines=_cue_lines)
def test_any_lines_of_cues_get_problems_never_an_exception(fmt: Format, lines: list[str]) -> None:
    name = "0002" + (".vtt" if fmt is WEBVTT else ".srt")
    result = read(fmt, {name: "\n".join(lines).encode()})
    for answer in result.answers.values():
        assert set(answer) <= {"parts", "words"}


_times = st.floats(min_value=0, max_value=400_000, allow_nan=False) | st.integers(0, 10**7)
_segments = st.lists(
    st.tuples(st.sampled_from(["speech", "music", "Dr. Q & A"]), _times, _times).filter(
        lambda s: s[1] != s[2]
    ),
    max_size=5,
)
#: Text an answer may hold: no NUL, no lone surrogate (answers are checked for both).
_transcripts = st.none() | st.text(
    st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",)), max_size=40
)


@BOTH
@settings(max_examples=150, deadline=None)
@given(parts=_segments, words=_transcripts, duration=st.none() | _times)
def test_any_answer_exports_imports_and_exports_to_the_same_bytes(
    fmt: Format, parts: list[tuple[str, float, float]], words: str | None, duration: float | None
) -> None:
    answer: dict[str, Any] = {
        "parts": [{"label": s[0], "start": min(s[1:]), "end": max(s[1:])} for s in parts]
    }
    if words is not None:
        answer["words"] = words
    entry = ExportEntry("it1", "a.wav", "audio", answer, duration=duration)
    first, _ = export(fmt, [entry])
    result = read(fmt, first, {"a.wav": None})
    again, _ = export(
        fmt, [ExportEntry("it1", "a.wav", "audio", result.answers.get("a.wav"), duration=duration)]
    )
    assert again == first


@BOTH
def test_times_too_large_to_read_back_are_written_and_counted(fmt: Format) -> None:
    answer = {"parts": [{"label": "speech", "start": 0, "end": 10**400}], "words": "x\ny"}
    files, report = export(fmt, [ExportEntry("it1", "a.wav", "audio", answer, duration=math.inf)])
    assert len(files) == 1
    assert {(n.field, n.why.split(",")[0]) for n in report.not_held} == {
        ("parts", "written as it is"),
        ("words", "written as it is"),
    }
