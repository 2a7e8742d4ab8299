"""Gold banner: what a missed gold item scored against what it needed, the hint (Urdu
right to left), show expected, contest with a reason, dismiss, the passed note that hides
itself, and the item keeping the keyboard throughout."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QVBoxLayout, QWidget

from labeler.client.errors import Conflict, Offline
from labeler.client.history import HistoryRow
from labeler.core.schema import parse_schema
from labeler.ui.pages.gold import GoldFeedback, missed_text
from labeler.ui.pages.history_details import details_html
from labeler.ui.pages.history_model import gold_text
from tests.ui.test_core_words import _unreachable

URDU_HINT = "گاڑی کے شیشے اور آئینے بھی باکس میں شامل کریں۔"
MISSED = {
    "passed": False,
    "score": 0.71,
    "fields": {
        "boxes": {"score": 0.42, "passed": False},
        "weather": {"score": 1.0, "passed": True},
    },
    "expected": {"boxes": [], "weather": "rain"},
    "hint": URDU_HINT,
}


@pytest.fixture
def host(qtbot) -> QWidget:
    """The banner above an item widget that has the keyboard."""
    w = QWidget()
    w.gold = GoldFeedback(w, passed_ms=50)
    w.gold.set_thresholds({"boxes": 0.8, "weather": 1.0})
    w.item = QPlainTextEdit(w)
    layout = QVBoxLayout(w)
    layout.addWidget(w.gold)
    layout.addWidget(w.item, 1)
    qtbot.addWidget(w)
    w.resize(1000, 600)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    w.item.setFocus()
    qtbot.waitUntil(w.item.hasFocus)
    return w


def test_a_missed_field_shows_its_score_against_the_threshold(host):
    gold = host.gold
    gold.show_verdict("sub-1", "item-1", MISSED, training=False)
    assert gold.isVisible()
    assert gold.title.text() == "Control item missed — score 0.71 overall · boxes 0.42 (needs 0.80)"
    assert gold.hint.text() == URDU_HINT
    assert gold.hint.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert gold.hint.alignment() & Qt.AlignmentFlag.AlignRight
    assert gold.expected_button.isVisible() and gold.contest_button.isVisible()


def test_one_field_verdicts_read_as_the_item_and_thresholds_come_from_the_verdict_first():
    one = {"passed": False, "score": 0.42, "fields": {"boxes": {"score": 0.42, "passed": False}}}
    assert (
        missed_text(one, {"boxes": 0.8}, False) == "Control item missed — score 0.42 (needs 0.80)"
    )
    own = {"fields": {"t": {"score": 0.5, "passed": False, "threshold": 0.9}}, "score": 0.5}
    assert missed_text(own, {"t": 0.1}, True) == "Training item missed — score 0.50 (needs 0.90)"
    two = {
        "score": 0.0,
        "fields": {"a": {"score": 0.0, "passed": False}, "b": {"score": 0.5, "passed": False}},
    }
    assert (
        missed_text(two, {}, False) == "Control item missed — score 0.00 overall · a 0.00 · b 0.50"
    )
    assert (
        missed_text({"passed": False, "score": 0.3}, {}, False)
        == "Control item missed — score 0.30"
    )


def test_the_banner_and_the_history_say_which_score_is_which(host):
    """The banner named the failing field's score, the history the item's, and neither
    said which: both now say "overall" for the item's score of several fields."""
    verdict = {
        "passed": False,
        "score": 0.75,
        "fields": {
            "entities": {"score": 0.5, "passed": False},
            "sentiment": {"score": 1.0, "passed": True},
        },
    }
    host.gold.set_thresholds({"entities": 0.8, "sentiment": 1.0})
    host.gold.show_verdict("s", "i", verdict, False)
    banner = host.gold.title.text()
    assert banner == "Control item missed — score 0.75 overall · entities 0.50 (needs 0.80)"
    row = HistoryRow(
        submission_id="s",
        item_id="i",
        project_id="news",
        state="rejected",
        submitted_at=datetime(2026, 3, 1, 12, tzinfo=UTC),
        active_ms=4000,
        skipped=False,
        reward=None,
        gold=verdict,
        review=None,
        reason="missed a control item",
    )
    assert gold_text(row) == "failed 0.75 overall"
    details = details_html(row, "News entities", False)
    assert "failed 0.75 overall" in details and "entities: failed, score 0.50" in details
    # One field: its score is the item's, and nothing needs saying.
    one = {"passed": False, "score": 0.5, "fields": {"entities": {"score": 0.5, "passed": False}}}
    assert gold_text(replace(row, gold=one)) == "failed 0.50"
    host.gold.show_verdict("s", "i", one, False)
    assert host.gold.title.text() == "Control item missed — score 0.50 (needs 0.80)"


def test_thresholds_from_the_schema(host):
    schema = parse_schema(
        {
            "title": "Scenes",
            "media": "image",
            "fields": [{"name": "boxes", "kind": "boxes", "labels": [{"value": "car"}]}],
        }
    )
    host.gold.set_schema(schema)
    verdict = {"passed": False, "score": 0.4, "fields": {"boxes": {"score": 0.4, "passed": False}}}
    host.gold.show_verdict("s", "i", verdict, False)
    assert host.gold.title.text() == "Control item missed — score 0.40 (needs 0.80)"


def test_show_expected_toggles_and_the_item_keeps_the_keyboard(qtbot, host):
    gold, item = host.gold, host.item
    gold.show_verdict("sub-1", "item-1", MISSED, training=False)
    assert item.hasFocus()
    with qtbot.waitSignal(gold.show_expected_toggled) as signal:
        qtbot.mouseClick(gold.expected_button, Qt.MouseButton.LeftButton)
    assert signal.args == [True]
    assert item.hasFocus()
    qtbot.keyClicks(QApplication.focusWidget(), "abc")  # labeling keys still reach the item
    assert item.toPlainText() == "abc"
    with qtbot.waitSignal(gold.show_expected_toggled) as signal:
        qtbot.mouseClick(gold.expected_button, Qt.MouseButton.LeftButton)
    assert signal.args == [False]
    for button in (gold.expected_button, gold.contest_button, gold.dismiss_button):
        assert button.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_contest_asks_for_a_reason_of_ten_characters_and_emits_it(qtbot, host):
    gold = host.gold
    gold.show_verdict("sub-1", "item-1", MISSED, training=False)
    qtbot.mouseClick(gold.contest_button, Qt.MouseButton.LeftButton)
    dialog = gold.contest_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.reason.hasFocus)
    qtbot.keyClicks(dialog.reason, "too short")
    assert not dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.reason, ": the mirror is part of the car")
    assert dialog.ok.isEnabled()
    with qtbot.waitSignal(gold.contest_requested) as signal:
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert signal.args == ["sub-1", "too short: the mirror is part of the car"]
    assert not gold.contest_button.isEnabled()
    qtbot.waitUntil(host.item.hasFocus)  # the keyboard goes back to the item
    gold.contest_done("sub-1")
    assert gold.contest_button.text() == "Contested · open"
    assert not gold.contest_button.isEnabled()


def test_a_contest_refused_for_good_says_why_on_the_button(qtbot, host):
    gold = host.gold
    gold.show_verdict("sub-1", "item-1", MISSED, training=False)
    gold._contested("sub-1", "a reason long enough")
    contest = {"id": "c", "state": "dismissed", "reason": "Mine.", "reply": "No."}
    already = {"conflict": "already_contested", "contest": contest}
    gold.contest_failed("sub-1", Conflict(409, "conflict", "Contested.", already))
    assert gold.contest_button.text() == "Contest dismissed"
    assert not gold.contest_button.isEnabled()
    gold.contest_failed("sub-2", Offline("gone"))  # another verdict's: nothing changes
    assert gold.contest_button.text() == "Contest dismissed"
    gold.show_verdict("sub-3", "item-3", MISSED, training=False)
    gold._contested("sub-3", "a reason long enough")
    gold.contest_failed("sub-3", Offline("The task server did not answer."))
    assert gold.contest_button.isEnabled()  # not final: try again
    assert gold.hint.text() == "The task server did not answer."


def test_a_failed_contest_can_be_tried_again(qtbot, host):
    gold = host.gold
    gold.show_verdict("sub-1", "item-1", MISSED, training=False)
    gold._contested("sub-1", "a reason long enough")
    gold.show_error("The task server did not answer; try again.")
    assert gold.contest_button.isEnabled()
    assert "try again" in gold.hint.text()


def test_training_verdicts_have_nothing_to_contest(host):
    gold = host.gold
    verdict = {
        "passed": False,
        "score": 0.0,
        "fields": {"sentiment": {"score": 0.0, "passed": False}},
        "expected": {"sentiment": "negative"},
        "hint": "The headline reports job losses.",
    }
    gold.show_verdict(None, "item-9", verdict, training=True)
    assert gold.title.text().startswith("Training item missed — score 0.00")
    assert gold.hint.text() == "Hint: The headline reports job losses."
    assert not gold.contest_button.isVisible()
    assert gold.expected_button.isVisible()


def test_dismiss_hides_and_takes_the_expected_answer_away(qtbot, host):
    gold = host.gold
    gold.show_verdict("sub-1", "item-1", MISSED, training=False)
    qtbot.mouseClick(gold.expected_button, Qt.MouseButton.LeftButton)
    with (
        qtbot.waitSignal(gold.dismissed),
        qtbot.waitSignal(gold.show_expected_toggled) as toggled,
    ):
        qtbot.mouseClick(gold.dismiss_button, Qt.MouseButton.LeftButton)
    assert toggled.args == [False]
    assert not gold.isVisible()
    assert host.item.hasFocus()


def test_a_passed_verdict_is_a_short_green_note(qtbot, host):
    gold = host.gold
    gold.show_verdict("sub-2", "item-2", {"passed": True, "score": 0.97, "fields": {}}, False)
    assert gold.isVisible()
    assert gold.title.text() == "Control item passed — score 0.97"
    assert gold.property("passed") is True
    assert not gold.contest_button.isVisible() and not gold.expected_button.isVisible()
    qtbot.waitUntil(lambda: not gold.isVisible())
    assert host.item.hasFocus()


def test_in_urdu_a_contest_that_could_not_be_sent_says_why_in_urdu(qtbot, urdu, host):
    gold = host.gold
    gold.show_verdict("sub-1", "item-1", MISSED, training=False)
    gold._contested("sub-1", "a reason long enough")
    gold.contest_failed("sub-1", _unreachable())
    assert "ٹاسک سرور نہیں مل رہا" in gold.hint.text()
    assert gold.contest_button.isEnabled()


def test_history_details_word_a_comparison_items_expected_answer(qtbot) -> None:
    """A control item's expected preference, flags, ratings and record read as review
    words them, not as a value the workbench cannot read."""
    expected = {
        "preference": {"winner": "A", "strength": 2},
        "flags": {"A": [], "B": ["factual_error"]},
        "relevance": {"A": 3, "B": 0},
        "listing": {"name": "Shaheen Electronics", "phone": "0321 7654321"},
        "why": "A gives the right figure.",
    }
    verdict = {"passed": True, "score": 1.0, "fields": {}, "expected": expected}
    row = HistoryRow(
        submission_id="s",
        item_id="i",
        project_id="compare",
        state="accepted",
        submitted_at=datetime(2026, 3, 1, 12, tzinfo=UTC),
        active_ms=4000,
        skipped=False,
        reward=None,
        gold=verdict,
        review=None,
        reason=None,
    )
    details = details_html(row, "Compare two answers", False)
    assert "cannot read" not in details
    for said in (
        "preference: prefers A, much better",
        "flags: B: factual error",
        "relevance: A: 3, B: 0",
        "listing: name: Shaheen Electronics, phone: 0321 7654321",
        "why: A gives the right figure.",
    ):
        assert said in details, said
