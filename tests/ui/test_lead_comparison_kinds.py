"""The schema editor's field form for the comparison kinds: each kind's own settings
(tie and "much better", shared ranks, criteria rows or one per candidate with a scale's
words, a rationale's least length and "only when close", record keys), and a kind with
no gold metric (a rationale) said so instead of an empty rule."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from labeler.ui.lead.comparison_keys import lines_text, lines_value
from labeler.ui.lead.schema_editor import SchemaEditor
from labeler.ui.lead.templates import start
from labeler.ui.tasks import Runner
from tests.ui.test_lead_schema import problems, wait_checked


@pytest.fixture
def editor(qtbot: QtBot) -> Iterator[SchemaEditor]:
    runner = Runner()
    ed = SchemaEditor(runner)
    qtbot.addWidget(ed)
    ed.resize(1366, 740)
    ed.load(start("template-text"), fixed_media="text", heading="Compare · version 1")
    ed.show()
    qtbot.waitExposed(ed)
    yield ed
    runner.shutdown(wait=True)


def retype(ed: SchemaEditor, kind: str) -> None:
    ed.fields.select(0)
    row = ed.form.kind.findData(kind)
    assert row >= 0, kind
    ed.form.kind.setCurrentIndex(row)
    ed.form.kind.activated.emit(row)


def field(ed: SchemaEditor) -> dict:
    return dict(ed.doc.get(("fields", 0)))


def test_lines_read_rows_and_scales() -> None:
    rows = lines_value("helpful: Helpfulness\n\n accurate \n", named=True)
    assert rows == [{"value": "helpful", "text": "Helpfulness"}, {"value": "accurate"}]
    assert lines_text(rows) == "helpful: Helpfulness\naccurate"
    assert lines_value("Poor\nGood\n", named=False) == ["Poor", "Good"]
    assert lines_text("candidates") == ""


def test_pairwise_tie_and_strength(qtbot: QtBot, editor: SchemaEditor) -> None:
    retype(editor, "pairwise")
    form = editor.form
    assert form.compare_box.isVisibleTo(form) and form.required.isChecked()
    assert form.compare.tie.isChecked() and form.compare.strength.isChecked()
    form.compare.tie.click()
    form.compare.strength.click()
    assert (field(editor)["tie"], field(editor)["strength"]) == (False, False)
    assert form.metric_box.currentText() == "preference"
    assert not form.compare.ties.isVisibleTo(form)
    assert form.labels_box.isHidden()


def test_ranking_ties(qtbot: QtBot, editor: SchemaEditor) -> None:
    retype(editor, "ranking")
    editor.form.compare.ties.click()
    assert field(editor)["ties"] is True
    assert editor.form.metric_box.currentText() == "kendall_tau"
    wait_checked(qtbot, editor)
    assert problems(editor) == []


def test_criteria_rows_scale_and_tolerance(qtbot: QtBot, editor: SchemaEditor) -> None:
    retype(editor, "criteria")
    form = editor.form
    assert form.low.isVisibleTo(form) and form.high.isVisibleTo(form)
    form.compare.rows.setPlainText("helpful: Helpfulness\naccurate")
    assert field(editor)["rows"] == [
        {"value": "helpful", "text": "Helpfulness"},
        {"value": "accurate"},
    ]
    form.compare.scale.setPlainText("Poor\nFair\nGood\nVery good\nExcellent")
    assert len(field(editor)["scale"]) == 5
    wait_checked(qtbot, editor)
    assert problems(editor) == []
    form.compare.scale.setPlainText("Poor\nGood")
    wait_checked(qtbot, editor)
    assert [p for p, _ in problems(editor)] == ["fields[0].scale"]
    assert "scale" in form._notes and form._notes["scale"].text()
    form.compare.scale.setPlainText("")
    assert "scale" not in field(editor)
    form.compare.by_candidate.click()
    assert field(editor)["rows"] == "candidates"
    assert not form.compare.rows.isEnabled()
    assert form.tolerance.isVisibleTo(form)
    form.tolerance.setValue(0)
    assert field(editor)["gold"] == {"tolerance": 0}
    wait_checked(qtbot, editor)
    assert problems(editor) == []


def test_a_rationale_has_no_gold_rule_and_may_be_needed_only_when_close(
    qtbot: QtBot, editor: SchemaEditor
) -> None:
    retype(editor, "rationale")
    form = editor.form
    assert form.no_gold.isVisibleTo(form)
    assert not form.metric_box.isVisibleTo(form) and not form.threshold.isVisibleTo(form)
    assert "gold" not in field(editor)
    form.compare.min_length.setValue(20)
    assert field(editor)["min_length"] == 20
    form.compare.when_close.click()
    assert field(editor)["required"] == "when_close"
    assert not form.required.isEnabled()
    form.compare.when_close.click()
    assert field(editor)["required"] is False and form.required.isEnabled()
    wait_checked(qtbot, editor)
    assert problems(editor) == []


def test_flags_labels_and_record_keys(qtbot: QtBot, editor: SchemaEditor) -> None:
    retype(editor, "flags")
    assert editor.form.labels_box.isVisibleTo(editor.form)
    assert editor.form.metric_box.currentText() == "jaccard"
    retype(editor, "record")
    keys = editor.form.compare.keys
    assert keys.isVisibleTo(editor.form) and keys.toPlainText() == "name"
    keys.setPlainText("name: Shop name\nphone")
    assert field(editor)["keys"] == [{"value": "name", "text": "Shop name"}, {"value": "phone"}]
    assert editor.form.metric_box.currentText() == "record_fields"
    wait_checked(qtbot, editor)
    assert problems(editor) == []


def test_a_new_ranking_field_is_required_as_its_preview_says_and_may_allow_ties(
    qtbot: QtBot, editor: SchemaEditor
) -> None:
    from labeler.core.schema import parse_schema

    editor.add_field("ranking")
    index = len(editor.doc.fields()) - 1
    editor.fields.select(index)
    form = editor.form
    raw = dict(editor.doc.get(("fields", index)))
    saved = {f.name: f for f in parse_schema(editor.doc.json()).fields}[raw["name"]]
    assert form.required.isChecked() and saved.required  # the form, the schema saved
    qtbot.waitUntil(lambda: raw["name"] in editor.preview.form.fields(), timeout=10_000)
    assert "*" in editor.preview.form.group(raw["name"]).title.text()  # and the preview
    assert form.compare.ties.isVisibleTo(form) and not form.compare.ties.isChecked()
    form.compare.ties.click()
    assert editor.doc.get(("fields", index, "ties")) is True
    form.required.click()  # made optional: all three say so
    assert editor.doc.get(("fields", index, "required")) is False
    saved = {f.name: f for f in parse_schema(editor.doc.json()).fields}[raw["name"]]
    assert not saved.required
    qtbot.waitUntil(
        lambda: "*" not in editor.preview.form.group(raw["name"]).title.text(), timeout=10_000
    )
