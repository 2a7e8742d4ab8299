"""Audacity labels: round trip, the line Audacity writes, files made elsewhere, hostile files.

No Python package reads Audacity's label files on Audacity's terms, so the lines are checked
against its source instead: `LabelStruct::Export` in `src/LabelTrack.cpp` of
audacity/audacity writes `wxString::Format("%s\\t%s\\t%s", Internat::ToString(t0, FLT_DIG),
Internat::ToString(t1, FLT_DIG), title)`, that is C's `%.6f` (FLT_DIG is 6) with `.` as
decimal mark; `LabelStruct::Import` splits a line at tabs, reads the times with
`Internat::CompatibleToDouble` (`.` or `,`), and takes a second token that is no number as
the title of a point label. `_audacity_reads` repeats that reading.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from labeler.core import formats
from labeler.core.formats import (
    ExportEntry,
    ExportReport,
    ImportResult,
    MemorySource,
)
from labeler.core.schema import parse_schema
from tests.unit.formats_common import labels, problems, write

AUDACITY = formats.get("audacity")
DATA = Path(__file__).resolve().parents[1] / "data" / "audacity"

SCHEMA = parse_schema(
    {
        "media": "audio",
        "fields": [
            {
                "name": "parts",
                "kind": "segments",
                "labels": labels("music", "speech_male", "two words"),
            },
            {"name": "words", "kind": "transcript", "required": False},
        ],
    }
)
DURATIONS: dict[str, float | None] = {"a.wav": 60.0, "b/c.flac": None, "d.ogg": 5.0}
IDS = {"a.wav": "it1", "b/c.flac": "it2", "d.ogg": "it3"}


def answers() -> dict[str, dict[str, Any] | None]:
    return {
        "a.wav": {
            "parts": [
                {"label": "speech_male", "start": 12.0000005, "end": 20},
                {"label": "music", "start": 0, "end": 12.25},
                {"label": "two words", "start": 0, "end": 1.5},
            ]
        },
        "b/c.flac": {"parts": [{"label": "music", "start": 43352.824046, "end": 43525.837661}]},
        "d.ogg": None,
    }


def entries(given: dict[str, Any]) -> list[ExportEntry]:
    return [
        ExportEntry(IDS[name], name, "audio", answer, duration=DURATIONS[name])
        for name, answer in given.items()
    ]


def export(given: list[ExportEntry]) -> tuple[dict[str, bytes], ExportReport]:
    return write(AUDACITY, given, SCHEMA)


def read(files: dict[str, bytes], items: dict[str, float | None] | None = None) -> ImportResult:
    return AUDACITY.read(MemorySource(files), SCHEMA, dict(DURATIONS) if items is None else items)


def _audacity_reads(data: bytes) -> list[tuple[float, float, str]]:
    """What `LabelStruct::Import` makes of a file: (t0, t1, title) per line."""
    out = []
    for line in data.decode("utf-8").splitlines():
        tokens = line.split("\t")
        t0 = float(tokens[0].replace(",", "."))
        try:
            t1, title = float(tokens[1].replace(",", ".")), tokens[2] if len(tokens) > 2 else ""
        except ValueError:
            t1, title = t0, tokens[1]
        out.append((t0, t1, title))
    return out


# -- round trip ------------------------------------------------------------------------------


def test_export_import_export_gives_the_same_files() -> None:
    first, report = export(entries(answers()))
    assert set(first) == {"a.txt", "b/c.txt", "d.txt"}
    assert [(n.field, n.count) for n in report.not_held] == [("parts", 1)]
    result = read(first)
    assert result.problems == [] and result.incomplete == {}
    again, _ = export(entries(dict(result.answers)))
    assert again == first


def test_the_lines_are_audacitys_own_six_decimals_and_tabs_in_time_order() -> None:
    first, report = export(entries(answers()))
    assert first["a.txt"] == (
        b"0.000000\t1.500000\ttwo words\n"
        b"0.000000\t12.250000\tmusic\n"
        b"12.000001\t20.000000\tspeech_male\n"
    )
    assert first["d.txt"] == b""
    assert _audacity_reads(first["b/c.txt"]) == [(43352.824046, 43525.837661, "music")]
    assert report.not_held[0].why == "written with its times rounded to the microsecond"


def test_a_transcript_is_counted_not_written() -> None:
    answer = {"parts": [{"label": "music", "start": 0, "end": 1}], "words": "hello"}
    files, report = export([ExportEntry("it1", "a.wav", "audio", answer)])
    assert files["a.txt"] == b"0.000000\t1.000000\tmusic\n"
    assert [(n.field, n.kind, n.why) for n in report.not_held] == [
        ("words", "transcript", "left out: an Audacity label file holds segments only")
    ]


# -- files made elsewhere --------------------------------------------------------------------


def test_label_files_made_elsewhere_import_with_either_decimal_mark() -> None:
    expected = {
        "parts": [
            {"label": "music", "start": 43352.824046, "end": 43525.837661},
            {"label": "speech_male", "start": 43512.446969, "end": 43531.343483},
        ]
    }
    for name in ("audacity_labels_en.txt", "audacity_labels_de.txt"):
        data = (DATA / name).read_bytes()
        result = read({name: data}, {name.replace(".txt", ".wav"): None})
        assert result.problems == [] and result.incomplete == {}
        assert result.answers == {name.replace(".txt", ".wav"): expected}
        got = [(s["start"], s["end"], s["label"]) for s in expected["parts"]]
        assert _audacity_reads(data) == got


def test_a_label_without_text_in_a_file_made_elsewhere_is_reported() -> None:
    data = (DATA / "audacity_labels_empty_value.txt").read_bytes()
    result = read({"x.txt": data}, {"x.wav": 9.0})
    assert problems(result) == [("x.txt", "line 2", "has no label")]
    assert result.incomplete == {
        "x.wav": {
            "parts": [
                {"label": "music", "start": 1, "end": 4},
                {"label": "speech_male", "start": 7, "end": 9},
            ]
        }
    }


# -- hostile files -----------------------------------------------------------------------------


def test_bad_lines_get_a_problem_each_and_the_rest_is_kept() -> None:
    data = (
        "\ufeff0.5\t1.5\tmusic\r\n"
        "1,5\t2,5\ttwo words\r\n"
        "2\t2\tmusic\r\n"  # a point label
        "3\tmusic\r\n"  # a point label Audacity writes with one time
        "abc\t4\tmusic\r\n"
        "5\t4\tmusic\r\n"  # ends before it starts
        "4\t70\tmusic\r\n"  # past the end
        "-1\t1\tmusic\r\n"
        "6\t7\tjazz\r\n"
        "6\t7\tmusic \r\n"  # a space Audacity keeps
        "\\\t100.0\t2000.0\r\n"  # a frequency range
        "\r\n"
        "8\t9\tspeech_male\textra"
    ).encode()
    result = read({"a.txt": data})
    got = problems(result)
    assert [at for _, at, _ in got] == [f"line {n}" for n in (3, 4, 5, 6, 9, 10, 11, 13, 7, 8)]
    messages = [m for _, _, m in got]
    assert "ends where it starts" in messages[0]
    assert "has one time only, a point label" in messages[1]
    assert "'abc' is not a start time in seconds" in messages[2]
    assert "ends before it starts (4 s < 5 s)" in messages[3]
    assert "'jazz' is not a label of a segments field" in messages[4]
    assert "'music '" in messages[5]
    assert "frequency range" in messages[6]
    assert "'speech_male\\textra'" in messages[7]
    assert "lies past the end of the audio (60 s)" in messages[8]
    assert "must not be negative" in messages[9]
    assert result.incomplete == {
        "a.wav": {
            "parts": [
                {"label": "music", "start": 0.5, "end": 1.5},
                {"label": "two words", "start": 1.5, "end": 2.5},
            ]
        }
    }


def test_broken_files_are_one_problem_each() -> None:
    cases = {
        "a.txt": b"\xff0.5\t1.5\tmusic\n",  # not UTF-8
        "b/c.txt": b"0.5\t1.",  # truncated: no label
        "e.txt": b"0.5\t1.5\tmusic\n",  # an item the project lacks
        "b/a.txt": b"0.5\t1.5\tmusic\n",  # a second file for a.wav
    }
    result = read(cases)
    assert [(file, at) for file, at, _ in problems(result)] == [
        ("a.txt", "byte 0"),
        ("b/c.txt", "line 1"),
        ("e.txt", ""),
        ("b/a.txt", ""),
    ]
    assert result.answers == {}


@settings(max_examples=200, deadline=None)
@given(
    st.binary(max_size=200)
    | st.text(alphabet="0123456789.,-\t\n\\ ab", max_size=200).map(str.encode)
)
def test_any_bytes_get_problems_never_an_exception(data: bytes) -> None:
    result = read({"a.txt": data})
    for answer in result.answers.values():
        for segment in answer.get("parts", []):
            assert 0 <= segment["start"] < segment["end"] <= 60.001


_times = st.floats(min_value=0, max_value=400_000, allow_nan=False) | st.integers(0, 10**7)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(["music", "speech_male", "two words"]), _times, _times),
        max_size=5,
    )
)
def test_any_segments_export_import_and_export_to_the_same_bytes(
    parts: list[tuple[str, float, float]],
) -> None:
    answer = {"parts": [{"label": s[0], "start": min(s[1:]), "end": max(s[1:])} for s in parts]}
    first, _ = export([ExportEntry("it1", "a.wav", "audio", answer)])
    result = read(first, {"a.wav": None})
    assert result.problems == []
    again, _ = export([ExportEntry("it1", "a.wav", "audio", result.answers["a.wav"])])
    assert again == first
