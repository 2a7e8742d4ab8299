"""Feedback bar: the figures' texts, accuracy coloured against the requirement, the
offline and sign-in states, "Retry now" and what it found, clicks that ask for history,
sign-in or a retry, one line high."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit, QVBoxLayout, QWidget

from labeler.client.sync import RetryOutcome
from labeler.client.tally import Earnings, SkillTally, Tally
from labeler.ui.pages.feedback import (
    OFFLINE_TEXT,
    TRYING_TEXT,
    FeedbackBar,
    earnings_text,
    retry_text,
)


def tally(
    accuracy: float | None = 0.94,
    answered: int = 60,
    *,
    online: bool = True,
    auth: bool = False,
    waiting: int = 3,
    refused: int = 1,
    estimated: bool = False,
) -> Tally:
    passed = int((accuracy or 0) * answered)
    skill = SkillTally("street-scenes", accuracy, answered, passed, estimated)
    return Tally(
        active_ms_today=3 * 3_600_000,
        items_today=214,
        items_session=57,
        pace_today=68.4,
        pace_session=71.2,
        skills={"street-scenes": skill},
        earnings_today=(Earnings("USD", Decimal("3.24"), Decimal("0.92")),),
        uploads_waiting=waiting,
        refused=refused,
        online=online,
        auth_needed=auth,
    )


@pytest.fixture
def host(qtbot) -> QWidget:
    """An item widget with the keyboard and the bar below it, at 1366 wide."""
    w = QWidget()
    w.item = QPlainTextEdit(w)
    w.bar = FeedbackBar(w)
    layout = QVBoxLayout(w)
    layout.addWidget(w.item, 1)
    layout.addWidget(w.bar)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    return w


def level(label) -> str:
    return label.property("level") or ""


def test_accuracy_is_green_at_or_above_the_requirement_and_amber_below(host):
    bar = host.bar
    bar.set_requirement(0.92)
    bar.set_tally(tally(0.94), "street-scenes")
    assert bar.accuracy.text() == "Gold 94.0% (needs 92%)"
    assert level(bar.accuracy) == "ok"
    bar.set_tally(tally(0.92), "street-scenes")
    assert level(bar.accuracy) == "ok"  # at the requirement counts
    bar.set_tally(tally(0.9199), "street-scenes")
    assert bar.accuracy.text() == "Gold 91.9% (needs 92%)"  # never rounded up to the bar
    assert level(bar.accuracy) == "warn"
    bar.set_tally(tally(0.88, estimated=True), "street-scenes")
    assert bar.accuracy.text() == "Gold ≈88.0% (needs 92%)"
    bar.set_requirement(None)
    assert bar.accuracy.text() == "Gold ≈88.0%" and level(bar.accuracy) == ""


def test_accuracy_calibrating_and_before_any_gold(host):
    bar = host.bar
    bar.set_requirement(0.92, calibration=20)
    bar.set_tally(tally(0.5, answered=7), "street-scenes")
    assert bar.accuracy.text() == "Gold calibrating 7/20"
    assert level(bar.accuracy) == ""
    bar.set_tally(tally(None, answered=0), "street-scenes")
    assert bar.accuracy.text() == "Gold —"
    bar.set_tally(tally(), "another-skill")
    assert bar.accuracy.text() == "Gold —"
    bar.set_tally(tally(), None)
    assert bar.accuracy.text() == "Gold —"


def test_item_time_pace_and_earnings(host):
    bar = host.bar
    bar.set_item_time(83_400, False)
    assert bar.time.text() == "Item 1:23"
    bar.set_item_time(83_900, True)
    assert bar.time.text() == "Item 1:23  ❚❚ paused" and level(bar.time) == "warn"
    bar.set_item_time(3_723_000, False)
    assert bar.time.text() == "Item 1:02:03"
    bar.set_tally(tally(), "street-scenes")
    assert bar.pace.text() == "Pace 71/h · today 68/h"
    assert bar.earnings.text() == "Today 3.24 USD (+0.92 USD pending)"


def test_offline_and_back_online(host):
    bar = host.bar
    bar.set_tally(tally(online=False), "street-scenes")
    assert bar.connection.text() == OFFLINE_TEXT
    assert bar.connection.isVisible()
    bar.set_tally(tally(online=True), "street-scenes")
    assert bar.connection.text() == ""


REFUSED = "The task server cannot be reached (connection refused)."


def outcome(online: bool, uploaded: int = 0, waiting: int = 0, **kw) -> RetryOutcome:
    args = dict(
        online=online,
        was_offline=True,
        reason=None if online else REFUSED,
        uploaded=uploaded,
        refused=0,
        waiting=waiting,
    )
    args.update(kw)
    return RetryOutcome(**args)


def test_offline_offers_retry_now_by_click(qtbot, host):
    bar = host.bar
    bar.set_tally(tally(online=True), "street-scenes")
    assert not bar.retry.isVisible()
    bar.set_tally(tally(online=False), "street-scenes")
    assert bar.retry.isVisible() and bar.retry.text() == "<u>Retry now</u>"
    bar.set_retry_key("Ctrl+Shift+R")
    assert "Ctrl+Shift+R" in bar.retry.toolTip()
    with qtbot.waitSignal(bar.retry_requested):
        qtbot.mouseClick(bar.retry, Qt.MouseButton.LeftButton)


def test_retry_says_trying_then_why_it_is_still_offline(host):
    bar = host.bar
    bar.set_tally(tally(online=False, waiting=3), "street-scenes")
    bar.retry_started()
    assert bar.connection.text() == TRYING_TEXT and not bar.retry.isVisible()
    bar.set_tally(tally(online=False, waiting=3), "street-scenes")  # figures meanwhile
    assert bar.connection.text() == TRYING_TEXT
    bar.retry_finished(outcome(False, waiting=3))
    text = "Still offline: the task server cannot be reached (connection refused)"
    assert bar.connection.text() == text and level(bar.connection) == "warn"
    assert bar.retry.isVisible()  # try again


def test_retry_says_back_online_and_what_it_uploaded_for_a_while(qtbot, host):
    bar = host.bar
    bar.set_tally(tally(online=False, waiting=3), "street-scenes")
    bar.retry_started()
    bar.retry_finished(outcome(True, uploaded=3))
    assert bar.connection.text() == "Back online · 3 uploaded"
    assert level(bar.connection) == "ok" and not bar.retry.isVisible()
    bar.set_tally(tally(online=True, waiting=0), "street-scenes")  # the figures catch up
    assert bar.connection.text() == "Back online · 3 uploaded"
    bar._outcome_timer.setInterval(50)
    bar._outcome_timer.start()
    qtbot.waitUntil(lambda: bar.connection.text() == "", timeout=2000)
    assert level(bar.connection) == ""


def test_news_of_a_retry_goes_when_the_connection_changes(host):
    bar = host.bar
    bar.set_tally(tally(online=False), "street-scenes")
    bar.retry_finished(outcome(False))
    bar.set_tally(tally(online=True), "street-scenes")  # the prober found it meanwhile
    assert bar.connection.text() == "" and not bar.retry.isVisible()


def test_what_a_retry_found_in_words():
    assert retry_text(outcome(True, uploaded=3)) == "Back online · 3 uploaded"
    assert retry_text(outcome(True, uploaded=2, waiting=5, refused=1)) == (
        "Back online · 2 uploaded · 1 refused · 5 still waiting to upload"
    )
    assert retry_text(outcome(True, was_offline=False)) == "Online · all uploaded"
    assert retry_text(outcome(False)) == (
        "Still offline: the task server cannot be reached (connection refused)"
    )
    assert retry_text(outcome(False, reason=None)) == "Still offline: no answer"


def test_a_click_on_uploads_asks_for_the_history(qtbot, host):
    bar = host.bar
    bar.set_tally(tally(waiting=3, refused=1), "street-scenes")
    assert "3 waiting to upload" in bar.uploads.text() and "1 refused" in bar.uploads.text()
    assert level(bar.uploads) == "bad"
    with qtbot.waitSignal(bar.history_requested):
        qtbot.mouseClick(bar.uploads, Qt.MouseButton.LeftButton)
    bar.set_tally(tally(waiting=0, refused=0), "street-scenes")
    assert bar.uploads.text() == "All uploaded"
    with qtbot.assertNotEmitted(bar.history_requested):
        qtbot.mouseClick(bar.uploads, Qt.MouseButton.LeftButton)


def test_sign_in_again_shows_and_asks_when_clicked(qtbot, host):
    bar = host.bar
    bar.set_tally(tally(), "street-scenes")
    assert not bar.sign_in.isVisible()
    bar.set_tally(tally(auth=True), "street-scenes")
    assert bar.sign_in.isVisible() and "sign in again" in bar.sign_in.text()
    with qtbot.waitSignal(bar.sign_in_requested):
        qtbot.mouseClick(bar.sign_in, Qt.MouseButton.LeftButton)


def test_one_line_high_and_fits_1366_with_everything_showing(qtbot, host):
    bar = host.bar
    line = bar.fontMetrics().height() + 10
    bar.set_requirement(0.92)
    bar.set_item_time(83_000, True)
    bar.set_tally(tally(0.88, online=False, auth=True, waiting=12, refused=3), "street-scenes")
    qtbot.waitUntil(lambda: bar.height() == line)
    assert bar.maximumHeight() == line
    assert bar.minimumSizeHint().width() <= 1366
    assert host.width() == 1366  # the bar did not push the window wider
    host.resize(900, 768)  # narrower: the offline sentence elides, the bar stays one line
    qtbot.waitUntil(lambda: host.width() == 900)
    assert bar.height() == line


def test_the_bar_never_takes_the_keyboard(qtbot, host):
    host.activateWindow()
    qtbot.waitUntil(host.isActiveWindow)
    host.item.setFocus()
    qtbot.waitUntil(host.item.hasFocus)
    host.bar.set_tally(tally(auth=True, online=False), "street-scenes")
    qtbot.mouseClick(host.bar.uploads, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(host.bar.sign_in, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(host.bar.retry, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(host.bar, Qt.MouseButton.LeftButton)
    assert host.item.hasFocus()


TWO_CURRENCIES = (
    Earnings("PKR", Decimal("0.00"), Decimal("12.00")),
    Earnings("USD", Decimal("3.38"), Decimal("0.00")),
)


def test_earnings_today_in_two_currencies_each_in_its_own():
    assert earnings_text(TWO_CURRENCIES) == "Today 0.00 PKR (+12.00 PKR pending), 3.38 USD"


def test_in_urdu_earnings_today_are_rupees_and_dollars(urdu):
    text = earnings_text(TWO_CURRENCIES)
    assert text.startswith("آج ") and "Rs0.00 (+Rs12.00 زیرِ غور)" in text
    assert text.endswith("USD\u00a03.38")
