"""The schema editor: forms instead of JSON, live validation with paths and marked inputs,
hotkey clashes named, the preview following the schema, undo, the JSON view, colours,
and a Label Studio import with what it left out."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from labeler.core.lsconfig import import_labelstudio
from labeler.ui.lead.labels_table import COLOR, HOTKEY, VALUE
from labeler.ui.lead.lsimport import DROPPED_TITLE, LabelStudioDialog
from labeler.ui.lead.schema_editor import SchemaEditor
from labeler.ui.lead.templates import start
from labeler.ui.tasks import Runner

CONFIG = """<View>
  <Image name="image" value="$image"/>
  <Choices name="weather" toName="image" choice="single">
    <Choice value="sunny"/><Choice value="rainy"/>
  </Choices>
  <RectangleLabels name="objects" toName="image">
    <Label value="car" background="red"/>
  </RectangleLabels>
  <BrushLabels name="mask" toName="image"><Label value="road"/></BrushLabels>
</View>"""


@pytest.fixture
def runner() -> Iterator[Runner]:
    r = Runner()
    yield r
    r.shutdown(wait=True)


@pytest.fixture
def editor(qtbot: QtBot, runner: Runner) -> SchemaEditor:
    ed = SchemaEditor(runner)
    qtbot.addWidget(ed)
    ed.resize(1366, 740)
    ed.load(start("template-image"), fixed_media="image", heading="Street scenes · version 1")
    ed.show()
    qtbot.waitExposed(ed)
    ed.activateWindow()
    qtbot.waitUntil(ed.isActiveWindow)
    return ed


def problems(ed: SchemaEditor) -> list[tuple[str, str]]:
    return [(p.path, p.message) for p in ed.problems.problems]


def wait_checked(qtbot: QtBot, ed: SchemaEditor) -> None:
    """The check runs a moment after the last edit."""
    qtbot.waitUntil(lambda: not ed._timer.isActive(), timeout=3000)


def preview_labels(ed: SchemaEditor, field: str) -> list[str]:
    group: Any = ed.preview.form.group(field)
    return list(group.chips)


def test_typing_a_bad_name_is_caught_with_its_path(qtbot: QtBot, editor: SchemaEditor) -> None:
    editor.focus_path("fields[0].name")
    assert editor.form.name.hasFocus()
    editor.form.name.selectAll()
    qtbot.keyClicks(editor.form.name, "Scene")
    wait_checked(qtbot, editor)
    assert problems(editor) == [
        ("fields[0].name", "must match ^[a-z][a-z0-9_]{0,63}$ (e.g. 'scene')")
    ]
    assert "c62828" in editor.form.name.styleSheet()  # the input is marked
    assert editor.form._notes["name"].isVisibleTo(editor)
    assert editor.fields.list.item(0).text().startswith("⚠")
    assert editor.doc.get(("fields", 0, "name")) == "Scene"
    # One undo step for the whole word, and the mark goes with it.
    editor.undo()
    wait_checked(qtbot, editor)
    assert problems(editor) == [] and editor.form.name.text() == "scene"
    assert editor.problems.heading.text() == "No problems: the schema is valid."


def test_hotkey_clash_names_both_labels_and_marks_both_cells(
    qtbot: QtBot, editor: SchemaEditor
) -> None:
    editor.fields.select(1)  # objects: car, person, bicycle
    table = editor.form.labels.table
    table.setCurrentCell(0, HOTKEY)
    table.item(0, HOTKEY).setText("2")  # "rural" of the scene field has 2
    wait_checked(qtbot, editor)
    message = "hotkey 2 is used by 'rural' and 'car'"
    assert problems(editor) == [("fields[1].labels[0].hotkey", message)]
    assert table.item(0, HOTKEY).toolTip() == message
    assert table.item(0, HOTKEY).background().color() == QColor("#fdecea")
    editor.fields.select(0)
    assert editor.form.labels.table.item(1, HOTKEY).toolTip() == message
    # Enter on the problem goes to the input.
    editor.problems.list.setCurrentRow(0)
    editor.problems.list.setFocus()
    qtbot.keyClick(editor.problems.list, Qt.Key.Key_Return)
    assert editor.form.index == 1 and editor.form.labels.table.hasFocus()
    assert editor.form.labels.table.currentRow() == 0
    assert editor.form.labels.table.currentColumn() == HOTKEY


def test_preview_follows_the_schema_and_says_when_it_is_stale(
    qtbot: QtBot, editor: SchemaEditor
) -> None:
    qtbot.waitUntil(lambda: editor.preview.draft is not None, timeout=10_000)
    assert preview_labels(editor, "scene") == ["urban", "rural", "highway"]
    editor.fields.select(0)
    editor.form.add_label()
    table = editor.form.labels.table
    table.item(3, VALUE).setText("coastal")
    wait_checked(qtbot, editor)
    qtbot.waitUntil(lambda: preview_labels(editor, "scene")[-1:] == ["coastal"], timeout=3000)
    assert editor.preview.note.isHidden()
    table.item(3, VALUE).setText("urban")  # a duplicate value: invalid
    wait_checked(qtbot, editor)
    assert problems(editor)[0][0] == "fields[0].labels[3].value"
    assert editor.preview.note.isVisibleTo(editor)  # the preview is of the last valid one
    assert preview_labels(editor, "scene")[-1] == "coastal"


def test_preview_hotkeys_answer_the_sample(qtbot: QtBot, editor: SchemaEditor) -> None:
    qtbot.waitUntil(lambda: editor.preview.draft is not None, timeout=10_000)
    editor.focus_preview()
    qtbot.keyClick(editor.preview.editor, "2")
    assert editor.preview.draft is not None and editor.preview.draft.answer() == {"scene": "rural"}
    assert editor.preview.reset_button.isEnabled()
    editor.preview.reset_button.click()
    assert editor.preview.draft.answer() == {}


def test_new_schema_changes_media_and_the_preview_editor(
    qtbot: QtBot, editor: SchemaEditor
) -> None:
    editor.load(start("blank-image"), fixed_media=None, heading="New")
    wait_checked(qtbot, editor)
    assert {p for p, _ in problems(editor)} == {"fields"}  # a title is optional
    assert editor.fields_note.isVisibleTo(editor)
    editor.set(("title",), "News")
    editor.set(("media",), "text")
    editor.add_field("spans")
    assert editor.form.index == 0 and editor.form.name.text() == "spans_1"
    assert editor.form.kind.currentData() == "spans"
    editor.form.add_label()
    wait_checked(qtbot, editor)
    assert problems(editor) == []
    qtbot.waitUntil(
        lambda: (
            type(editor.preview.editor).__name__ == "TextEditor"
            and editor.preview.draft is not None
        ),
        timeout=10_000,
    )


def test_kind_change_keeps_what_applies(qtbot: QtBot, editor: SchemaEditor) -> None:
    editor.fields.select(0)
    rating = editor.form.kind.findData("rating")
    editor.form.kind.setCurrentIndex(rating)
    editor.form.kind.activated.emit(rating)
    field = editor.doc.get(("fields", 0))
    assert field == {"name": "scene", "kind": "rating", "required": True, "min": 1, "max": 5}
    assert editor.form.labels_box.isHidden()
    editor.form.high.setValue(10)
    assert editor.doc.get(("fields", 0, "max")) == 10
    editor.form.low.setValue(10)
    wait_checked(qtbot, editor)
    assert problems(editor) == [("fields[0].max", "must be greater than min (10)")]
    assert editor.form._notes["max"].text() == "must be greater than min (10)"
    multichoice = editor.form.kind.findData("multichoice")
    editor.form.kind.activated.emit(multichoice)
    assert editor.doc.get(("fields", 0, "labels")) == []


def test_fields_add_remove_and_reorder_by_key(qtbot: QtBot, editor: SchemaEditor) -> None:
    lst = editor.fields.list
    lst.setFocus()
    lst.setCurrentRow(1)
    qtbot.keyClick(lst, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [f["name"] for f in editor.doc.fields()] == ["objects", "scene"]
    assert lst.currentRow() == 0
    qtbot.keyClick(lst, Qt.Key.Key_Delete)
    assert [f["name"] for f in editor.doc.fields()] == ["scene"]
    assert "Ctrl+Z brings it back" in editor.note.text()
    editor.undo()
    assert [f["name"] for f in editor.doc.fields()] == ["objects", "scene"]
    editor.redo()
    editor.undo()
    editor.undo()
    assert [f["name"] for f in editor.doc.fields()] == ["scene", "objects"]
    assert not editor.dirty


def test_gold_rule_and_max_count(qtbot: QtBot, editor: SchemaEditor) -> None:
    editor.fields.select(1)
    form = editor.form
    assert form.metric_box.currentText() == "box_f1" and form.iou.value() == 0.5
    assert form.radius.isHidden() or not form.radius.isVisibleTo(form)
    form.threshold.setValue(0.7)
    form.iou.setValue(0.6)
    form.max_count.setValue(20)
    assert editor.doc.get(("fields", 1, "gold")) == {"threshold": 0.7, "iou": 0.6}
    assert editor.doc.get(("fields", 1, "max_count")) == 20
    form.max_count.setValue(0)
    assert editor.doc.get(("fields", 1, "max_count")) is None
    wait_checked(qtbot, editor)
    assert problems(editor) == []


def test_colour_picker_and_clearing(qtbot: QtBot, editor: SchemaEditor) -> None:
    editor.fields.select(1)
    labels = editor.form.labels
    labels.table.setCurrentCell(2, COLOR)
    labels.table.setFocus()
    qtbot.keyClick(labels.table, Qt.Key.Key_Return)
    dialog = labels.color_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.setCurrentColor(QColor("#123456"))
    dialog.accept()
    assert editor.doc.get(("fields", 1, "labels", 2, "color")) == "#123456"
    assert labels.table.item(2, COLOR).text() == "#123456"
    labels.table.setCurrentCell(2, COLOR)
    qtbot.keyClick(labels.table, Qt.Key.Key_Delete)
    assert "color" not in editor.doc.get(("fields", 1, "labels", 2))


def test_json_view_refuses_bad_text_and_applies_as_one_step(
    qtbot: QtBot, editor: SchemaEditor
) -> None:
    editor.edit_json()
    dialog = editor.json_dialog
    dialog.text.setPlainText('{"title": "x",')
    dialog.apply()
    assert dialog.isVisible() and "line 1" in dialog.note.text()
    dialog.text.setPlainText("[1, 2]")
    dialog.apply()
    assert "JSON object" in dialog.note.text()
    changed = copy.deepcopy(start("template-image"))
    changed["title"] = "Edited as JSON"
    import json

    dialog.text.setPlainText(json.dumps(changed))
    dialog.apply()
    assert not dialog.isVisible()
    assert editor.head.title_edit.text() == "Edited as JSON" and editor.dirty
    editor.undo()
    assert not editor.dirty


def test_label_studio_import_shows_what_was_left_out(
    qtbot: QtBot, editor: SchemaEditor, runner: Runner
) -> None:
    editor.import_labelstudio()
    dialog: LabelStudioDialog = editor.ls_dialog
    dialog.text.setPlainText("<View><Image name='i' value='$i'/>")  # not closed
    qtbot.waitUntil(lambda: dialog.note.kind == "error", timeout=5000)
    assert not dialog.use_button.isEnabled()
    dialog.text.setPlainText(CONFIG)
    qtbot.waitUntil(lambda: dialog.use_button.isEnabled(), timeout=5000)
    expected = import_labelstudio(CONFIG)
    assert expected.dropped  # the brush labels have no equivalent
    shown = [dialog.dropped.item(i).text() for i in range(dialog.dropped.count())]
    assert shown == expected.dropped and dialog.dropped_box.title() == DROPPED_TITLE
    dialog.use_button.click()
    assert editor.doc.json() == expected.schema
    assert editor.dropped.isVisibleTo(editor)
    assert all(line in editor.dropped_text.text() for line in _escaped(expected.dropped))
    assert DROPPED_TITLE in editor.dropped_text.text()
    editor.undo()
    assert not editor.dirty


def _escaped(lines: list[str]) -> list[str]:
    return [ln.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") for ln in lines]


def test_save_waits_for_a_valid_schema(qtbot: QtBot, editor: SchemaEditor) -> None:
    asked: list[bool] = []
    editor.save_requested.connect(lambda: asked.append(True))
    editor.set(("fields", 0, "labels"), [])
    editor.request_save()
    assert asked == [] and editor.note.kind == "error"
    assert editor.form.labels.table.hasFocus()
    editor.undo()
    editor.request_save()
    assert asked == [True]


def test_nothing_moves_when_a_problem_appears_or_goes(qtbot: QtBot, editor: SchemaEditor) -> None:
    # The schema editor's buttons, its label table and the preview's sample stay where
    # they are: the problem list keeps one height, the preview's note floats over the
    # sample's foot.
    qtbot.waitUntil(lambda: editor.preview.draft is not None, timeout=10_000)
    editor.fields.select(0)
    watched = {
        "add field": editor.fields,
        "labels": editor.form.labels.table,
        "save": editor.save_button,
        "sample": editor.preview.stack,
    }

    def where() -> dict[str, Any]:
        return {
            name: (w.mapTo(editor, w.rect().topLeft()), w.size()) for name, w in watched.items()
        }

    wait_checked(qtbot, editor)  # the layout as it is before the edit, settled
    QApplication.processEvents()
    before = where()
    editor.form.labels.table.item(0, HOTKEY).setText("2")  # clashes with "rural"
    wait_checked(qtbot, editor)
    assert problems(editor) and editor.preview.note.isVisibleTo(editor)
    QApplication.processEvents()
    assert where() == before
    editor.undo()
    wait_checked(qtbot, editor)
    assert not problems(editor) and editor.preview.note.isHidden()
    QApplication.processEvents()
    assert where() == before
    note = editor.preview.note  # over the sample's foot, inside it
    assert editor.preview.stack.rect().contains(note.geometry())


def test_inline_problems_move_nothing_in_the_field_form(qtbot: QtBot, editor: SchemaEditor) -> None:
    # A field name's problem keeps to its line; a label's floats over the label table; the
    # table, its "Add label" and the gold scoring below stay where they were.
    editor.fields.select(0)
    form = editor.form
    watched = {
        "labels": form.labels.table,
        "add label": form.labels.add_button,
        "kind": form.kind,
        "field list": editor.fields.list,
    }

    def where() -> dict[str, Any]:
        return {
            name: (w.mapTo(editor, w.rect().topLeft()), w.size()) for name, w in watched.items()
        }

    wait_checked(qtbot, editor)
    QApplication.processEvents()
    before = where()
    form.name.selectAll()
    qtbot.keyClicks(form.name, "Scene")  # a bad name
    form.labels.table.item(1, VALUE).setText("urban")  # a duplicate label
    wait_checked(qtbot, editor)
    paths = {p for p, _ in problems(editor)}
    assert {"fields[0].name", "fields[0].labels[1].value"} <= paths
    assert form._notes["name"].text().startswith("must match")
    QApplication.processEvents()
    assert where() == before
    editor.undo()
    editor.undo()
    wait_checked(qtbot, editor)
    assert not problems(editor)
    QApplication.processEvents()
    assert where() == before
