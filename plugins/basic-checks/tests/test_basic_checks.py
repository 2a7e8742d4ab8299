"""The basic checks on answers of the demo's schemas, and the plugin as labeler loads it."""

from __future__ import annotations

import os
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest
from labeler_basic_checks import CutWords, EmptyTranscript, SmallRegions, plugin

from labeler.core.plugins import Check, CheckWarning, ItemView
from labeler.core.schema import parse_schema

IMAGE = parse_schema(
    {
        "title": "t",
        "media": "image",
        "instructions": "",
        "fields": [
            {"name": "objects", "kind": "boxes", "labels": [{"value": "car"}]},
            {"name": "areas", "kind": "polygons", "labels": [{"value": "road"}]},
        ],
    }
)
TEXT = parse_schema(
    {
        "title": "t",
        "media": "text",
        "instructions": "",
        "fields": [{"name": "entities", "kind": "spans", "labels": [{"value": "place"}]}],
    }
)
AUDIO = parse_schema(
    {
        "title": "t",
        "media": "audio",
        "instructions": "",
        "fields": [
            {"name": "speech", "kind": "segments", "labels": [{"value": "voice"}]},
            {"name": "transcript", "kind": "transcript", "required": False},
        ],
    }
)
PICTURE = ItemView("i1", "image", size=(960, 640))


ROOT = Path(__file__).resolve().parents[3]


def test_labeler_plugins_lists_it_once_installed() -> None:
    try:
        version = metadata.distribution("labeler-basic-checks").version
    except metadata.PackageNotFoundError:  # pragma: no cover - says how to fix it
        raise AssertionError("not installed: pip install -e plugins/basic-checks") from None
    done = subprocess.run(
        [sys.executable, "-m", "labeler.cli", "plugins"],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    line = (
        f"basic-checks (labeler-basic-checks {version}): Basic checks. "
        "check: small-regions, cut-words, empty-transcript"
    )
    assert line in done.stdout.splitlines(), done.stdout + done.stderr


def test_the_plugin_provides_three_checks() -> None:
    loaded = plugin()
    assert all(isinstance(c, Check) for c in loaded.checks)
    assert loaded.provides() == {"check": ["small-regions", "cut-words", "empty-transcript"]}


def test_boxes_and_polygons_under_the_limit_are_named_by_index(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("LABELER_CHECK_MIN_PX", raising=False)
    answer = {
        "objects": [
            {"label": "car", "x": 10, "y": 10, "w": 40, "h": 30},
            {"label": "car", "x": 10, "y": 10, "w": 3, "h": 30},
        ],
        "areas": [{"label": "road", "points": [[0, 0], [2.5, 0], [2.5, 50]]}],
    }
    found = SmallRegions().check(PICTURE, IMAGE, answer)
    assert [(w.field, w.index) for w in found] == [("objects", 1), ("areas", 0)]
    assert found[0].message.startswith("the box is 3 × 30 px, under 4 px")
    assert found[1].message.startswith("the polygon is 2.5 × 50 px")
    monkeypatch.setenv("LABELER_CHECK_MIN_PX", "50")
    assert len(SmallRegions().check(PICTURE, IMAGE, answer)) == 3


def test_spans_that_cut_a_word() -> None:
    text = "Imran Khan spoke in Lahore. لاہور میں بارش"
    item = ItemView("t1", "text", text=text)
    lahore = text.index("Lahore")
    urdu = text.index("لاہور")
    answer = {
        "entities": [
            {"label": "place", "start": lahore, "end": lahore + 6},  # whole word
            {"label": "place", "start": lahore + 1, "end": lahore + 6},  # cuts its start
            {"label": "place", "start": 0, "end": 3},  # "Imr" of Imran
            {"label": "place", "start": urdu, "end": urdu + 3},  # into an Urdu word
            {"label": "place", "start": lahore, "end": lahore + 7},  # the full stop is no word
        ]
    }
    found = CutWords().check(item, TEXT, answer)
    assert [w.index for w in found] == [1, 2, 3]
    assert found[0].message == "the span starts inside the word “Lahore”"
    assert found[1].message == "the span ends inside the word “Imran”"
    assert "لاہور" in found[2].message


def test_an_empty_transcript() -> None:
    item = ItemView("a1", "audio", duration=4.0)
    segment = {"label": "voice", "start": 0.5, "end": 2.0}
    for answer in ({"speech": [segment]}, {"speech": [segment], "transcript": "  "}, {}):
        assert EmptyTranscript().check(item, AUDIO, answer) == [
            CheckWarning("the transcript is empty", field="transcript")
        ]
    assert EmptyTranscript().check(item, AUDIO, {"transcript": "hello"}) == []
