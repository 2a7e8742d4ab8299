"""The lead's pages say in the interface's language what the Qt-free packages say in
English (schema changes, publish warnings, import plans and outcomes, export reports,
lease lengths): in English they say exactly the same, so nothing drifts apart."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from labeler.client.exporting import ExportReport
from labeler.client.importing import Duplicate, ImportPlan, ImportSummary, Refusal
from labeler.client.importing.plan import MediaFile, TextRow
from labeler.core import projectsettings as rules
from labeler.core.formats import base as formats_base
from labeler.core.formats import preferences
from labeler.core.i18n import said_json
from labeler.core.schemadiff import diff_schemas
from labeler.ui import messages
from labeler.ui.lead.diff_view import change_text
from labeler.ui.lead.exporter import report_text
from labeler.ui.lead.importer.planning import plan_text, summary_text
from labeler.ui.lead.saving import warning_text
from labeler.ui.lead.settings_form import lease_words

OLD: dict[str, Any] = {
    "title": "Street scenes",
    "media": "image",
    "instructions": "Box every car.",
    "fields": [
        {
            "name": "scene",
            "kind": "choice",
            "required": True,
            "labels": [{"value": "urban", "hotkey": "1"}, {"value": "rural", "hotkey": "2"}],
        },
        {
            "name": "objects",
            "kind": "boxes",
            "labels": [{"value": "car", "color": "#e6194b"}, {"value": "bus"}],
            "gold": {"metric": "box_f1", "threshold": 0.7},
        },
        {"name": "gone", "kind": "text"},
    ],
}
NEW: dict[str, Any] = {
    "title": "Streets",
    "media": "image",
    "fields": [
        {"name": "quality", "kind": "rating", "min": 1, "max": 5},
        {
            "name": "objects",
            "kind": "boxes",
            "max_count": 20,
            "labels": [{"value": "bus"}, {"value": "car", "color": "#3cb44b", "hotkey": "c"}],
            "gold": {"metric": "box_f1", "threshold": 0.8, "iou": 0.6},
        },
        {
            "name": "scene",
            "kind": "choice",
            "required": False,
            "labels": [{"value": "urban", "hotkey": "u"}, {"value": "highway"}],
        },
        {"name": "note", "kind": "text", "required": False},
    ],
}


def test_schema_changes_read_as_the_core_says_them() -> None:
    changes = diff_schemas(OLD, NEW) + diff_schemas(NEW, OLD)
    assert len(changes) > 15
    kinds = {c.kind for c in changes}
    assert kinds == {"added", "removed", "changed"}
    for change in changes:
        assert change_text(change) == change.describe()


@pytest.mark.parametrize(
    "values",
    [
        {"active": True, "reward": {"amount": "0", "currency": "usd"}},
        {"active": True, "reward": {"amount": "0", "currency": ""}},
        {
            "active": True,
            "reward": {"amount": "0.05", "currency": "PKR"},
            "requirement": {"skill": "night-scenes", "min_accuracy": 0.9, "min_gold": 20},
        },
    ],
)
def test_publish_warnings_read_as_the_core_says_them(values: dict[str, Any]) -> None:
    warnings = rules.publish_warnings(values, gold_skills={"street-scenes"})
    assert warnings
    for path, sentence in warnings:
        assert warning_text(path, sentence, values) == sentence


def _plan(**parts: Any) -> ImportPlan:
    return ImportPlan(source=Path("/data"), form="folder", project_id="p", media="image", **parts)


@pytest.mark.parametrize(
    "plan",
    [
        _plan(),
        _plan(
            files=tuple(
                MediaFile(Path(f"/data/{i}.jpg"), f"{i}.jpg", "image", 40_000) for i in range(3)
            ),
            refused=(Refusal("x.jpg", "not a picture"),),
            ignored=("notes.txt", "a.doc"),
            extras={"0.jpg": {"gold": {}}, "1.jpg": {"prefill": {}}},
            problems=("instances.json: an annotation without an image",),
        ),
        _plan(files=(MediaFile(Path("/data/a.wav"), "a.wav", "audio", 1_200_000),)),
        _plan(
            rows=(TextRow(2, {"text": "a", "gold": {}}), TextRow(3, {"text": "b"})),
            refused=(Refusal("line 4", "no text"), Refusal("line 5", "no text")),
            problems=("one", "two"),
        ),
        _plan(rows=(TextRow(2, {"text": "a"}),), ignored=("x",)),
    ],
)
def test_import_plans_read_as_the_client_says_them(plan: ImportPlan) -> None:
    assert plan_text(plan) == plan.describe()


@pytest.mark.parametrize(
    "summary",
    [
        ImportSummary(1, ("i",), (), (), 1, False, None, 0),
        ImportSummary(
            4,
            ("a", "b", "c", "d"),
            (Duplicate("x.jpg", None),),
            (Refusal("y", "bad"),) * 3,
            4,
            True,
            None,
            2,
        ),
        ImportSummary(0, (), (Duplicate("a", "b"), Duplicate("c", None)), (), 0, False, "Gone.", 7),
    ],
)
def test_import_outcomes_read_as_the_client_says_them(summary: ImportSummary) -> None:
    assert summary_text(summary) == summary.describe()


@pytest.mark.parametrize(
    ("items", "entries", "lines"),
    [(1, 1, ()), (3, 3, ("a",)), (1204, 1210, ("a", "b"))],
)
def test_export_reports_read_as_the_client_says_them(
    items: int, entries: int, lines: tuple[str, ...]
) -> None:
    report = ExportReport("coco", "accepted", entries, items, lines)
    # The client's figures are plain digits; the locale groups thousands.
    assert report_text(report).replace(",", "") == report.describe() + "."


@pytest.mark.parametrize("seconds", [45, 60, 1800, 3600, 5400, 5445, 86_400])
def test_lease_lengths_read_as_the_core_says_them(seconds: int) -> None:
    assert lease_words(seconds) == rules.lease_text(seconds)


def test_in_urdu_the_lead_reads_urdu_by_the_glossary(qtbot: Any, urdu: None) -> None:
    from decimal import Decimal

    from labeler.client.leading import LeadProject, Requirement
    from labeler.client.wire import Reward
    from labeler.ui.lead.project_list import ProjectList, row_texts
    from labeler.ui.lead.words import kind_title, media_plural

    projects = ProjectList()
    qtbot.addWidget(projects)
    headers = [projects.table.horizontalHeaderItem(i).text() for i in range(3)]
    assert headers == ["نام", "شناخت", "میڈیا"]
    assert projects.new_button.text() == "نیا پروجیکٹ…"
    assert kind_title("boxes") == "تصویر پر باکس" and media_plural("audio") == "آڈیو کلپس"
    project = LeadProject(
        id="night",
        name="رات کی سڑکیں",
        media="image",
        schema_version=3,
        skill="night",
        reward=Reward(Decimal("2.5"), "PKR"),
        overlap=3,
        gold_ratio=0.1,
        gold_ratio_new=0.3,
        calibration_gold=20,
        lease_seconds=1800,
        review_rate=1.0,
        training=False,
        requirement=Requirement("street-scenes", 0.92, 20),
        active=True,
        items_total=1200,
        items_remaining=450,
    )
    # An Urdu sentence that starts with a value starts with a right-to-left mark (U+200F):
    # else a label would lay it out from the left, as the value's script goes.
    texts = [text.removeprefix("\u200f") for text in row_texts(project)]
    assert texts[2] == "تصویر" and texts[4] == "1,200 میں سے 450"
    assert texts[6] == "Rs2.50"  # Pakistani prices: the rupee before the figure
    # A percentage is set apart left to right: Qt lays "92%" out as "%92" after Urdu.
    assert texts[7] == "نجی: street-scenes میں کم از کم \u206692%\u2069، 20 گولڈ جوابوں پر"
    # A sentence keeps its values where the Urdu puts them.
    assert lease_words(5400).replace("\u200f", "") == "1 گھنٹہ 30 منٹ"
    assert lease_words(7200).replace("\u200f", "") == "2 گھنٹے"
    report = ExportReport("coco", "accepted", 3, 3, ("a", "b"))
    said = "3 آئٹم؛ 2 قسم کی چیزیں شامل نہیں ہو سکتیں (فہرست نیچے ہے)۔"
    assert report_text(report).replace("\u200f", "") == said


def _left_out_body() -> dict[str, Any]:
    """An export report's wire form, as the task server writes it."""
    report = formats_base.ExportReport("ranking-jsonl")
    report.omit("", "item", formats_base.WAITING_FOR_REVIEW, "i-1")
    report.omit("", "item", formats_base.WAITING_FOR_REVIEW, "i-2")
    report.omit("", "item", formats_base.STILL_ANSWERABLE, "i-3", count=4)
    report.omit("order", "ranking", preferences.NO_VOTE, "i-4")
    lines = report.lines({"i-1": "phone.txt"})
    return {
        "format": "ranking-jsonl",
        "answers": "accepted",
        "entries": 0,
        "items": 0,
        "lines": [str(line) for line in lines],
        "said": [said_json(line) for line in lines],
    }


def test_what_an_export_leaves_out_reads_as_the_server_says_it() -> None:
    body = _left_out_body()
    report = ExportReport.parse(body)
    assert [messages.said(line) for line in report.lines] == body["lines"]
    assert report.lines[0] == (
        "item, 2 items: left out: its answers wait for review (export the consensus or "
        "every submission to take them) (e.g. phone.txt, i-2)"
    )
    assert report.lines[2] == (
        "field 'order' (ranking), 1 answer: left out: no annotator answered it (e.g. i-4)"
    )


@pytest.mark.usefixtures("urdu")
def test_what_an_export_leaves_out_is_said_in_urdu() -> None:
    """The lead's export dialog listed what is left out in English in an Urdu window."""
    body = _left_out_body()
    shown = [messages.said(line) for line in ExportReport.parse(body).lines]
    assert len(shown) == 3
    for line in shown:
        assert "left out" not in line and "e.g." not in line and "شامل نہیں" in line, line
    assert "جائزے" in shown[0] and "phone.txt" in shown[0] and "آئٹم" in shown[0]
    assert "لیڈ" in shown[1] and "order" in shown[2]
    # An older server's report (no `said`), or words that are not its line: its English.
    assert [messages.said(line) for line in ExportReport.parse({**body, "said": None}).lines] == (
        body["lines"]
    )
    wrong = {**body, "said": [body["said"][1], body["said"][0], body["said"][2]]}
    assert [messages.said(line) for line in ExportReport.parse(wrong).lines][:2] == (
        body["lines"][:2]
    )
