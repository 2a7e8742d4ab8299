"""The fields form: hotkeys, clicks and typing become Draft operations."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from labeler.core.editing import Change, Draft
from labeler.core.schema import parse_schema
from labeler.ui.fields import FieldsForm
from labeler.ui.fields.groups import ChipGroup, RatingGroup, SpinRatingGroup, TextGroup

SCHEMA = parse_schema(
    {
        "title": "Reviews",
        "media": "text",
        "fields": [
            {"name": "spans_here", "kind": "spans", "labels": [{"value": "X", "hotkey": "x"}]},
            {
                "name": "sentiment",
                "kind": "choice",
                "labels": [{"value": "positive"}, {"value": "neutral"}, {"value": "negative"}],
            },
            {
                "name": "topics",
                "kind": "multichoice",
                "labels": [
                    {"value": "delivery", "hotkey": "d"},
                    {"value": "quality", "hotkey": "q", "color": "#3cb44b"},
                    {"value": "price"},
                ],
            },
            {"name": "stars", "kind": "rating"},
            {"name": "score", "kind": "rating", "min": 0, "max": 100},
            {"name": "note", "kind": "text"},
        ],
    }
)


@pytest.fixture
def form(qtbot: QtBot) -> FieldsForm:
    widget = FieldsForm()
    qtbot.addWidget(widget)
    widget.set_schema(SCHEMA)
    widget.resize(360, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def draft(form: FieldsForm) -> Draft:
    draft = Draft(SCHEMA)
    form.show_item(draft)
    return draft


def _chips(form: FieldsForm, field: str) -> ChipGroup:
    group = form.group(field)
    assert isinstance(group, ChipGroup)
    return group


def test_groups_follow_the_schema_with_hotkey_badges(form: FieldsForm) -> None:
    assert form.fields() == ["sentiment", "topics", "stars", "score", "note"]
    sentiment = _chips(form, "sentiment")
    assert [(c.text(), c.key) for c in sentiment.chips.values()] == [
        ("positive", "1"),
        ("neutral", "2"),
        ("negative", "3"),
    ]
    assert [c.key for c in _chips(form, "topics").chips.values()] == ["d", "q", None]
    assert "*" in sentiment.title.text()  # choice: required by default
    assert "*" not in form.group("note").title.text()
    assert isinstance(form.group("stars"), RatingGroup)
    assert isinstance(form.group("score"), SpinRatingGroup)


def test_choice_by_hotkey_and_click(qtbot: QtBot, form: FieldsForm, draft: Draft) -> None:
    with qtbot.waitSignal(form.changed) as signal:
        assert form.pick_label("sentiment", "neutral")
    assert signal.args == [Change("sentiment")]
    assert draft.answer() == {"sentiment": "neutral"}
    chips = _chips(form, "sentiment").chips
    assert chips["neutral"].isChecked() and not chips["positive"].isChecked()
    with qtbot.waitSignal(form.changed):
        qtbot.mouseClick(chips["negative"], Qt.MouseButton.LeftButton)
    assert draft.answer() == {"sentiment": "negative"}
    assert chips["negative"].isChecked() and not chips["neutral"].isChecked()
    assert not form.pick_label("sentiment", "unknown")
    assert not form.pick_label("spans_here", "X")  # a region field: the editor's
    assert not form.pick_label("nope", "X")


def test_multichoice_toggles(qtbot: QtBot, form: FieldsForm, draft: Draft) -> None:
    assert form.pick_label("topics", "quality")
    assert form.pick_label("topics", "delivery")
    assert draft.answer() == {"topics": ["quality", "delivery"]}
    qtbot.mouseClick(_chips(form, "topics").chips["quality"], Qt.MouseButton.LeftButton)
    assert draft.answer() == {"topics": ["delivery"]}
    assert form.pick_label("topics", "delivery")
    assert draft.answer() == {}
    chips = _chips(form, "topics").chips
    assert not any(c.isChecked() for c in chips.values())


def test_rating_by_click_keys_and_hotkey(qtbot: QtBot, form: FieldsForm, draft: Draft) -> None:
    stars = form.group("stars")
    assert isinstance(stars, RatingGroup)
    qtbot.mouseClick(stars.chips[4], Qt.MouseButton.LeftButton)
    assert draft.answer() == {"stars": 4}
    stars.setFocus()
    qtbot.waitUntil(stars.hasFocus)
    qtbot.keyClick(stars, Qt.Key.Key_2)
    assert draft.answer() == {"stars": 2}
    qtbot.keyClick(stars, Qt.Key.Key_Right)
    assert draft.answer() == {"stars": 3}
    qtbot.keyClick(stars, Qt.Key.Key_9)  # out of range: nothing
    assert draft.answer() == {"stars": 3}
    qtbot.keyClick(stars, Qt.Key.Key_Backspace)
    assert draft.answer() == {}
    assert form.pick_label("stars", "5") and draft.answer() == {"stars": 5}
    assert not form.set_rating("stars", 6)
    assert stars.chips[5].isChecked()


def test_a_rating_ignores_digits_that_are_not_ascii(
    qtbot: QtBot, form: FieldsForm, draft: Draft
) -> None:
    # "²" (a key of its own on French keyboards) and Arabic-Indic digits pass str.isdigit;
    # they choose nothing and raise nothing.
    stars = form.group("stars")
    stars.setFocus()
    qtbot.waitUntil(stars.hasFocus)
    qtbot.keyClick(stars, Qt.Key.Key_3)
    for text in ("²", "٤", "۵"):
        _type(stars, text)
        assert not form.pick_label("stars", text)
    assert draft.answer() == {"stars": 3}


def test_a_focused_rating_takes_digits_before_choice_hotkeys(
    qtbot: QtBot, form: FieldsForm, draft: Draft
) -> None:
    shortcut = QShortcut(QKeySequence("1"), form)
    shortcut.activated.connect(lambda: form.pick_label("sentiment", "positive"))
    stars = form.group("stars")
    stars.setFocus()
    qtbot.waitUntil(stars.hasFocus)
    qtbot.keyClick(stars, Qt.Key.Key_1)
    assert draft.answer() == {"stars": 1}


def test_long_rating_uses_a_spin_box(qtbot: QtBot, form: FieldsForm, draft: Draft) -> None:
    score = form.group("score")
    assert isinstance(score, SpinRatingGroup)
    score.box.setValue(42)
    assert draft.answer() == {"score": 42}
    score.box.setValue(score.box.minimum())
    assert draft.answer() == {}
    assert form.set_rating("score", 100)
    assert score.box.value() == 100


def test_typing_merges_into_one_undo_step(qtbot: QtBot, form: FieldsForm, draft: Draft) -> None:
    note = form.group("note")
    assert isinstance(note, TextGroup)
    note.box.setFocus()
    qtbot.waitUntil(note.box.hasFocus)
    with qtbot.waitSignal(form.changed):
        qtbot.keyClicks(note.box, "late ")
    _type(note.box, "لیکن ٹھیک")  # QTest types ASCII only
    assert draft.answer() == {"note": "late لیکن ٹھیک"}
    # Leaving the box ends the step: the next visit is a step of its own.
    other = QLineEdit(form)
    other.show()
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    note.box.setFocus()
    qtbot.waitUntil(note.box.hasFocus)
    qtbot.keyClicks(note.box, "!")
    assert draft.answer() == {"note": "late لیکن ٹھیک!"}
    form.refresh(draft.undo())  # type: ignore[arg-type]
    assert draft.answer() == {"note": "late لیکن ٹھیک"}
    assert note.box.toPlainText() == "late لیکن ٹھیک"
    form.refresh(draft.undo())  # type: ignore[arg-type]
    assert draft.answer() == {} and note.box.toPlainText() == ""
    assert not draft.can_undo
    form.refresh(draft.redo())  # type: ignore[arg-type]
    assert note.box.toPlainText() == "late لیکن ٹھیک"


def _type(widget: QWidget, text: str) -> None:
    """Type `text` one key event per character, whatever its script."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def test_undo_refresh_and_prefill(qtbot: QtBot, form: FieldsForm) -> None:
    draft = Draft(SCHEMA, {"sentiment": "positive", "topics": ["price"], "stars": 3, "note": "ok"})
    form.show_item(draft)
    assert _chips(form, "sentiment").chips["positive"].isChecked()
    assert _chips(form, "topics").chips["price"].isChecked()
    group = form.group("note")
    assert isinstance(group, TextGroup) and group.box.toPlainText() == "ok"
    form.pick_label("sentiment", "negative")
    form.refresh(draft.undo())  # type: ignore[arg-type]
    assert _chips(form, "sentiment").chips["positive"].isChecked()
    assert not _chips(form, "sentiment").chips["negative"].isChecked()


def test_show_expected_marks_and_clears(form: FieldsForm, draft: Draft) -> None:
    form.show_expected(
        {"sentiment": "neutral", "topics": ["delivery", "price"], "stars": 4, "note": "Late"}
    )
    sentiment, topics = _chips(form, "sentiment"), _chips(form, "topics")
    assert [c.expected for c in sentiment.chips.values()] == [False, True, False]
    assert [c.expected for c in topics.chips.values()] == [True, False, True]
    stars = form.group("stars")
    assert isinstance(stars, RatingGroup) and stars.chips[4].expected
    note = form.group("note")
    assert isinstance(note, TextGroup)
    assert not note.expected.isHidden() and "Late" in note.expected.text()
    score = form.group("score")
    assert isinstance(score, SpinRatingGroup) and score.expected.isHidden()
    form.grab()  # paints the marks
    form.show_expected(None)
    assert not any(c.expected for c in sentiment.chips.values())
    assert not stars.chips[4].expected and note.expected.isHidden()


def test_a_new_item_clears_marks_and_shows_its_draft(form: FieldsForm, draft: Draft) -> None:
    form.pick_label("sentiment", "neutral")
    form.show_expected({"sentiment": "positive"})
    form.show_item(Draft(SCHEMA))
    chips = _chips(form, "sentiment").chips
    assert not any(c.isChecked() or c.expected for c in chips.values())


def test_set_schema_again_rebuilds(form: FieldsForm) -> None:
    other = parse_schema(
        {
            "title": "One",
            "media": "image",
            "fields": [{"name": "ok", "kind": "choice", "labels": [{"value": "yes"}]}],
        }
    )
    form.set_schema(other)
    assert form.fields() == ["ok"]
    assert not form.pick_label("ok", "yes")  # no draft yet
    draft = Draft(other)
    form.show_item(draft)
    assert form.pick_label("ok", "yes") and draft.answer() == {"ok": "yes"}


def test_undo_key_in_the_text_box_is_the_workbench_undo(
    qtbot: QtBot, form: FieldsForm, draft: Draft
) -> None:
    undone = []
    shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), form)
    shortcut.activated.connect(lambda: undone.append(form.refresh(draft.undo())))  # type: ignore[arg-type]
    note = form.group("note")
    assert isinstance(note, TextGroup)
    note.box.setFocus()
    qtbot.waitUntil(note.box.hasFocus)
    qtbot.keyClicks(note.box, "abc")
    qtbot.keyClick(note.box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(undone) == 1
    assert draft.answer() == {} and note.box.toPlainText() == ""


def _type(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """A key press that types `text` (QTest refuses characters outside Latin-1)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, text)
        QApplication.sendEvent(widget, event)
