"""The export dialog opens on the format that holds the most of the project's schema, and
offers no format that holds none of its fields (CoNLL, spans only, for a comparison)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from labeler.core import formats
from labeler.core.schema import parse_schema
from labeler.ui.lead.exporter import ExportDialog, default_format, writable_formats
from labeler.ui.tasks import Runner

COMPARE = {
    "media": "text",
    "fields": [
        {"name": "preference", "kind": "pairwise"},
        {"name": "flags", "kind": "flags", "labels": [{"value": "unsafe", "hotkey": "u"}]},
        {"name": "rationale", "kind": "rationale", "required": "when_close"},
    ],
}
#: (schema, the format the dialog opens on)
CASES = [
    (COMPARE, "preference-jsonl"),
    ({"media": "text", "fields": [{"name": "order", "kind": "ranking"}]}, "ranking-jsonl"),
    (
        {"media": "text", "fields": [{"name": "rel", "kind": "criteria", "rows": "candidates"}]},
        "criteria-csv",
    ),
    (
        {
            "media": "text",
            "fields": [{"name": "ents", "kind": "spans", "labels": [{"value": "PER"}]}],
        },
        "conll",
    ),
    (
        {
            "media": "text",
            "fields": [{"name": "sentiment", "kind": "choice", "labels": [{"value": "good"}]}],
        },
        "csv",
    ),
    (
        {
            "media": "image",
            "fields": [{"name": "cars", "kind": "boxes", "labels": [{"value": "car"}]}],
        },
        "coco",
    ),
    (
        {
            "media": "image",
            "fields": [
                {"name": "cars", "kind": "boxes", "labels": [{"value": "car"}]},
                {"name": "scene", "kind": "choice", "labels": [{"value": "day"}]},
            ],
        },
        "cvat",  # it holds the boxes and the scene's tag too
    ),
    (
        {"media": "audio", "fields": [{"name": "said", "kind": "transcript"}]},
        "webvtt",
    ),
]


@pytest.mark.parametrize(("schema_json", "expected"), CASES)
def test_the_default_holds_the_most_of_the_schema(schema_json: Any, expected: str) -> None:
    schema = parse_schema(schema_json)
    offered = writable_formats(schema.media, schema)
    assert default_format(offered, schema) == expected
    for fmt in offered:  # nothing offered that holds none of the fields
        assert fmt.fields_held(schema) != 0, fmt.name


def test_a_comparison_is_not_offered_conll() -> None:
    schema = parse_schema(COMPARE)
    names = [f.name for f in writable_formats("text", schema)]
    assert "conll" not in names
    assert {"preference-jsonl", "csv", "labelstudio"} <= set(names)
    # Without the schema (not read yet) every format of the media is listed, as before.
    assert "conll" in [f.name for f in writable_formats("text")]
    assert formats.get("conll").fields_held(schema) == 0


@pytest.fixture
def runner() -> Iterator[Runner]:
    worker = Runner()
    yield worker
    worker.shutdown(wait=True)


def test_the_dialog_opens_on_preference_pairs_for_a_comparison(
    qtbot: QtBot, runner: Runner
) -> None:
    # No task server: the report cannot be read, which the dialog says; the choice stands.
    dialog = ExportDialog(
        runner, object(), "p1", "Compare two answers", "text", schema=parse_schema(COMPARE)
    )  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    assert dialog.format_box.currentData() == "preference-jsonl"
    offered = [dialog.format_box.itemData(i) for i in range(dialog.format_box.count())]
    assert "conll" not in offered and offered[-1] == "jsonl"
    assert dialog.dest.text().endswith("Compare-two-answers-preference-jsonl.jsonl")
