"""History page: rows and their states (refused and rejected marked in words and colour),
filters by click and key, the next page, the offline note, contesting a failed gold
answer, back by Escape or Alt+Left, and the detail panel."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics

from labeler.client.errors import Conflict
from labeler.client.history import History, HistoryRow, contest_refused
from labeler.client.wire import ContestInfo, Reward
from labeler.ui.pages.common import BAD, BAD_TINT, script_row_height, select_row
from labeler.ui.pages.history import OFFLINE_NOTE, HistoryPage
from labeler.ui.pages.history_model import COLUMNS, local_time

CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier

REFUSAL = "The lease on this item expired and the item already has its answers."
COMMENT = "لاہور اور کراچی دونوں جگہیں ہیں، انہیں نشان زد کریں۔"
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
FAILED = {
    "passed": False,
    "score": 0.55,
    "fields": {"boxes": {"score": 0.42, "passed": False}, "w": {"score": 1.0, "passed": True}},
    "expected": {"boxes": [], "w": "rain"},
    "hint": "Include the mirrors in the box.",
}


def row(n: int, state: str, **kw) -> HistoryRow:
    args = dict(
        submission_id=f"sub-{n}",
        item_id=f"{n:08d}-aaaa-bbbb",
        project_id="street",
        state=state,
        submitted_at=NOW - timedelta(minutes=n),
        active_ms=41_000,
        skipped=False,
        reward=Reward(Decimal("0.04"), "USD"),
        gold=None,
        review=None,
        reason=None,
    )
    args.update(kw)
    return HistoryRow(**args)


ROWS = (
    row(1, "waiting"),
    row(2, "uploading"),
    row(3, "refused", reason=REFUSAL),
    row(4, "accepted", gold=FAILED),
    row(5, "accepted", gold={"passed": True, "score": 1.0, "fields": {}}),
    row(6, "pending", project_id="news-ur"),
    row(
        7,
        "rejected",
        review={
            "decision": "reject",
            "reason": "Missed entities",
            "comment": COMMENT,
            "reviewer": "lead",
        },
        reason="Missed entities",
    ),
    row(8, "accepted", skipped=True),
)


@pytest.fixture
def page(qtbot) -> HistoryPage:
    p = HistoryPage()
    qtbot.addWidget(p)
    p.set_project_names({"street": "Street scenes", "news-ur": "خبروں کے جذبات"})
    p.set_history(History(ROWS, "cursor-2", True))
    p.resize(1366, 700)
    p.show()
    qtbot.waitExposed(p)
    p.activateWindow()
    qtbot.waitUntil(p.isActiveWindow)
    qtbot.waitUntil(p.table.hasFocus)
    return p


def cell(page: HistoryPage, r: int, column: str, role=Qt.ItemDataRole.DisplayRole):
    return page.proxy.index(r, COLUMNS.index(column)).data(role)


def select(page: HistoryPage, submission_id: str) -> None:
    for r in range(page.proxy.rowCount()):
        if cell(page, r, "Item", Qt.ItemDataRole.UserRole + 1).submission_id == submission_id:
            select_row(page.table, r)
            return
    raise AssertionError(submission_id)


def test_rows_show_state_reason_gold_reward_and_time(page):
    assert page.proxy.rowCount() == len(ROWS)
    assert cell(page, 0, "State") == "Waiting to upload"
    assert cell(page, 0, "Project") == "Street scenes"
    assert cell(page, 0, "Item") == "00000001"
    assert cell(page, 0, "Reward") == "0.04 USD pending"  # not uploaded: not earned yet
    assert cell(page, 4, "Reward") == "0.04 USD"
    assert cell(page, 6, "Reward") == "not paid"
    assert cell(page, 0, "Active") == "0:41"
    assert cell(page, 3, "Gold") == "failed 0.55 overall"
    assert cell(page, 4, "Gold") == "passed 1.00"
    assert cell(page, 5, "Project") == "خبروں کے جذبات"
    assert cell(page, 6, "Reason") == f"Missed entities — {COMMENT}"
    assert cell(page, 7, "Item") == "00000008 (skip)" and cell(page, 7, "Reward") == ""


def test_refused_and_rejected_rows_are_marked_in_words_and_colour(page):
    assert cell(page, 2, "State") == "✕ Refused"
    assert cell(page, 2, "Reason") == REFUSAL
    assert cell(page, 6, "State") == "✕ Rejected"
    for r in (2, 6):
        assert cell(page, r, "Submitted", Qt.ItemDataRole.BackgroundRole) == BAD_TINT
        assert cell(page, r, "State", Qt.ItemDataRole.ForegroundRole) == BAD
    assert cell(page, 4, "Submitted", Qt.ItemDataRole.BackgroundRole) is None
    assert cell(page, 4, "State") == "✓ Accepted"


def test_submitted_times_are_local():
    moment = datetime(2026, 3, 2, 9, 5, tzinfo=UTC)
    local = moment.astimezone()
    assert local_time(moment, now=local + timedelta(days=3)) == local.strftime("%Y-%m-%d %H:%M")
    assert local_time(moment, now=local) == local.strftime("Today %H:%M")


def test_filters_by_click_and_by_key(qtbot, page):
    qtbot.mouseClick(page.filters.button(2), Qt.MouseButton.LeftButton)  # Refused
    assert page.proxy.rowCount() == 1 and cell(page, 0, "Reason") == REFUSAL
    assert "1 of 8" in page.count.text()
    qtbot.keyClick(page.table, Qt.Key.Key_2, CTRL_ALT)  # Waiting
    assert [cell(page, r, "State") for r in range(page.proxy.rowCount())] == [
        "Waiting to upload",
        "Uploading",
    ]
    assert page.filters.button(1).isChecked()
    qtbot.keyClick(page.table, Qt.Key.Key_6, CTRL_ALT)  # Rejected
    assert page.proxy.rowCount() == 1
    assert page.selected_row().state == "rejected"  # a row stays selected
    qtbot.keyClick(page.table, Qt.Key.Key_1, CTRL_ALT)  # All
    assert page.proxy.rowCount() == len(ROWS)


def test_load_more_asks_for_the_next_page_and_appends_it(qtbot, page):
    assert page.more_button.isVisible()
    with qtbot.waitSignal(page.more_requested) as signal:
        qtbot.mouseClick(page.more_button, Qt.MouseButton.LeftButton)
    assert signal.args == ["cursor-2"]
    page.set_busy(True)
    assert page.busy.isVisible() and not page.more_button.isEnabled()
    with qtbot.assertNotEmitted(page.more_requested):
        page.load_more()
    page.set_busy(False)
    page.append(History((row(9, "accepted"), ROWS[0]), None, True))  # overlap dropped
    assert page.model.rowCount() == len(ROWS) + 1
    assert not page.more_button.isVisible()
    assert page.count.text() == "9 submissions"


def test_offline_says_so(page):
    assert not page.offline.isVisible()
    page.set_history(History(ROWS[:3], None, False))
    assert page.offline.isVisible() and page.offline.text() == OFFLINE_NOTE


@pytest.mark.parametrize(
    ("key", "modifier"),
    [
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier),
    ],
)
def test_escape_and_alt_left_go_back(qtbot, page, key, modifier):
    with qtbot.waitSignal(page.back_requested):
        qtbot.keyClick(page.table, key, modifier)
    with qtbot.waitSignal(page.back_requested):
        qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)


def test_contest_a_failed_gold_row_by_key_with_a_reason(qtbot, page):
    select(page, "sub-5")  # passed: nothing to contest, and the button says so
    assert not page.contest_button.isEnabled()
    assert page.contest_button.text() == "Nothing to contest"
    qtbot.keyClick(page.table, Qt.Key.Key_C)
    assert page.contest_dialog is None
    assert page.note.text() == "Nothing to contest: this submission cannot be contested."
    select(page, "sub-4")
    assert page.contest_button.isEnabled() and page.contest_button.text() == "Contest…"
    qtbot.keyClick(page.table, Qt.Key.Key_C)
    dialog = page.contest_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.reason.hasFocus)
    qtbot.keyClicks(dialog.reason, "short")
    assert not dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.reason, ", the mirror is inside my box")
    with qtbot.waitSignal(page.contest_requested) as signal:
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert signal.args == ["sub-4", "short, the mirror is inside my box"]
    page.contest_done("sub-4")
    assert cell(page, 3, "Gold") == "failed 0.55 overall · contested"
    assert not page.contest_button.isEnabled()
    assert page.contest_button.text() == "Contested · open"
    assert page.note.kind == "notice"


def test_ctrl_enter_sends_the_contest_once_the_reason_is_long_enough(qtbot, page):
    select(page, "sub-4")
    qtbot.keyClick(page.table, Qt.Key.Key_C)
    dialog = page.contest_dialog
    qtbot.waitUntil(dialog.reason.hasFocus)
    qtbot.keyClicks(dialog.reason, "short")
    with qtbot.assertNotEmitted(page.contest_requested):
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and dialog.reason.toPlainText() == "short"
    qtbot.keyClicks(dialog.reason, ": the mirror counts")
    with qtbot.waitSignal(page.contest_requested) as signal:
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert signal.args == ["sub-4", "short: the mirror counts"]


def test_contest_by_button_and_a_cancelled_dialog_sends_nothing(qtbot, page):
    select(page, "sub-4")
    qtbot.mouseClick(page.contest_button, Qt.MouseButton.LeftButton)
    dialog = page.contest_dialog
    qtbot.waitUntil(dialog.reason.hasFocus)
    qtbot.keyClicks(dialog.reason, "a long enough reason")
    with qtbot.assertNotEmitted(page.contest_requested):
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    page.show_error("The task server did not answer.")
    assert page.note.kind == "error"


def test_unsent_rows_cannot_be_contested(page):
    page.set_history(History((row(1, "waiting", gold=FAILED),), None, True))
    assert not page.contest_button.isEnabled()
    assert page.contest_button.text() == "Not uploaded yet"


MISSED_REVIEW = {"decision": "reject", "reason": "missed a control item", "reviewer": None}


def contest(state: str, reply: str | None = None) -> ContestInfo:
    resolved = None if state == "open" else NOW + timedelta(hours=3)
    return ContestInfo(
        "c-1", state, "The mirror is part of the car.", reply, NOW + timedelta(hours=1),
        resolved, None if state == "open" else "lead",
    )  # fmt: skip


def test_a_contested_row_shows_its_outcome_and_cannot_be_contested_again(qtbot, page):
    dismissed = row(
        9, "rejected", gold=FAILED, review=MISSED_REVIEW,
        contest=contest("dismissed", "The mirror is outside the car's outline."),
    )  # fmt: skip
    upheld = row(10, "accepted", gold=FAILED, contest=contest("upheld", "You are right."))
    waiting = row(11, "rejected", gold=FAILED, review=MISSED_REVIEW, contest=contest("open"))
    missed = row(12, "rejected", gold=FAILED, review=MISSED_REVIEW)
    page.set_history(History((dismissed, upheld, waiting, missed), None, True))
    assert cell(page, 0, "State") == "✕ Rejected" and cell(page, 0, "Reward") == "not paid"
    assert cell(page, 0, "Gold") == "failed 0.55 overall · contest dismissed"
    assert cell(page, 0, "Reason") == (
        "missed a control item — contest dismissed: The mirror is outside the car's outline."
    )
    assert cell(page, 1, "State") == "✓ Accepted" and cell(page, 1, "Reward") == "0.04 USD"
    assert cell(page, 1, "Reason") == "Contest upheld: You are right."
    assert cell(page, 2, "Gold") == "failed 0.55 overall · contest open"
    for sub_id, label in (
        ("sub-9", "Contest dismissed"),
        ("sub-10", "Contest upheld"),
        ("sub-11", "Contested · open"),
    ):
        select(page, sub_id)
        assert page.contest_button.text() == label and not page.contest_button.isEnabled()
        qtbot.keyClick(page.table, Qt.Key.Key_C)
        assert page.contest_dialog is None  # no reason asked for
    select(page, "sub-9")
    text = page.details.toPlainText()
    assert "Contest: dismissed" in text and "The mirror is part of the car." in text
    assert "The lead's reply" in text and "outside the car's outline" in text
    assert "by lead" in text
    assert "Decided by the gold verdict: reject — reason" in text  # no reviewer decided it
    assert text.index("Contest: dismissed") < text.index("Expected answer")
    # A contest this page did not know of (sent from another workbench): the server's
    # refusal says so, on the button, and nothing more is asked.
    select(page, "sub-12")
    assert page.contest_button.isEnabled()
    refused = contest_refused(
        Conflict(409, "conflict", "Contested.", {"conflict": "already_contested"})
    )
    assert refused is not None
    page.contest_refused("sub-12", refused)
    assert page.contest_button.text() == "Already contested"
    assert not page.contest_button.isEnabled() and page.note.kind == "error"
    assert cell(page, 3, "Gold") == "failed 0.55 overall · contested"


def test_the_detail_panel_has_everything_in_full(page):
    select(page, "sub-3")
    text = page.details.toPlainText()
    assert REFUSAL in text and "Refused" in text
    select(page, "sub-7")
    text = page.details.toPlainText()
    assert "Missed entities" in text and COMMENT in text and "lead" in text
    select(page, "sub-4")
    text = page.details.toPlainText()
    assert "failed 0.55 overall" in text and "boxes: failed, score 0.42" in text
    # The expected answer in words, never raw JSON.
    assert "Include the mirrors in the box." in text and "w: rain" in text
    assert "boxes: none" in text and "{" not in text and '"' not in text
    assert "00000004-aaaa-bbbb" in text


def test_a_checked_filter_has_room_for_its_bold_text(qtbot, page):
    # Checked, a filter's text is bold: the button must be wide enough for that, or
    # "Rejected" is cut to "Rejectec".
    page.resize(1366, 742)
    for button in page.filters.buttons():
        button.setChecked(True)
        qtbot.wait(1)
        bold = QFont(button.font())
        bold.setWeight(QFont.Weight.DemiBold)
        needed = QFontMetrics(bold).horizontalAdvance(button.text()) + 2 * 12
        assert button.width() >= needed, button.text()


def test_a_corrected_answer_says_so_and_when(qtbot):
    page = HistoryPage()
    qtbot.addWidget(page)
    fixed = row(1, "pending", corrected_at=NOW - timedelta(minutes=1))
    page.set_history(History((fixed, row(2, "accepted")), None, True))
    assert cell(page, 0, "Item") == "00000001 · corrected"
    assert cell(page, 1, "Item") == "00000002"
    select(page, "sub-1")
    when = (NOW - timedelta(minutes=1)).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    assert f"Corrected{when}: this answer replaced your earlier one" in (
        page.details.toPlainText().replace("\n", "")
    )


def test_an_upheld_contest_reads_as_accepted_never_as_a_failure(page):
    """The lead agreed with the annotator: the row says "contest upheld", with the score of
    the corrected gold answer when it passes, and no failing score in red; the panel the
    same."""
    passing = {"boxes": {"score": 1.0, "passed": True}, "w": {"score": 1.0, "passed": True}}
    rescored = {**FAILED, "passed": True, "score": 1.0, "fields": passing}
    removed = {**FAILED, "score": 0.0, "expected": None, "hint": None, "withdrawn": True}
    upheld = contest("upheld", "You are right.")
    rows = (
        row(20, "accepted", gold=FAILED, contest=upheld),  # the correction still misses
        row(21, "accepted", gold=removed, contest=upheld),  # the item's gold removed
        row(22, "accepted", gold=rescored, contest=upheld),  # the correction passes it
    )
    page.set_history(History(rows, None, True))
    assert [cell(page, r, "Gold") for r in range(3)] == [
        "contest upheld",
        "contest upheld · no longer gold",
        "passed 1.00 overall · contest upheld",
    ]
    for r, sub_id in enumerate(("sub-20", "sub-21", "sub-22")):
        assert cell(page, r, "State") == "✓ Accepted"
        assert cell(page, r, "Gold", Qt.ItemDataRole.ForegroundRole) != BAD
        select(page, sub_id)
        shown = page.details.toHtml()
        text = page.details.toPlainText()
        assert "failed 0." not in text and "failed, score" not in text
        assert BAD.name() not in shown, sub_id


def test_the_table_stays_put_as_the_offline_note_the_busy_bar_and_a_note_come_and_go(
    qtbot, page
) -> None:
    page.resize(1366, 740)
    page.show()
    qtbot.waitExposed(page)

    def where() -> tuple[int, int]:
        top = page.table.mapTo(page, page.table.rect().topLeft())
        return top.y(), page.table.height()

    before = where()
    page.set_history(History(ROWS, "cursor-2", False))  # offline
    assert page.offline.isVisible()
    page.set_busy(True)
    page.show_error("Could not read your history: the task server did not answer.")
    qtbot.wait(1)  # the layout settles in the event loop
    assert where() == before
    page.set_busy(False)
    page.set_history(History(ROWS, "cursor-2", True))  # online again
    assert not page.offline.isVisible()
    assert where() == before


def test_the_reason_column_has_the_room_the_others_leave_and_urdu_rows_their_height(
    page,
) -> None:
    page.resize(1366, 740)
    page.show()
    head = page.table.horizontalHeader()
    project = COLUMNS.index("Project")
    # The project column is as wide as its names (a long one is cut at 200 px), no wider.
    assert head.sectionSize(project) == min(200, page.table.sizeHintForColumn(project))
    # A row holds a reason or a project name in Nastaliq without cutting it.
    assert page.table.verticalHeader().defaultSectionSize() >= script_row_height(page.table.font())
    reason = page.proxy.index(2, COLUMNS.index("Reason"))
    assert reason.data(Qt.ItemDataRole.ToolTipRole) == REFUSAL  # cut: whole in the tooltip


def test_one_submission_is_one(page) -> None:
    page.set_history(History(ROWS[:1], None, True))
    assert page.count.text() == "1 submission"


def test_in_urdu_the_history_speaks_urdu_with_its_dates_and_money(qtbot, urdu) -> None:
    """Headers, filters, states and the panel in Urdu; a date with its Urdu month, money
    in PKR as Pakistani prices are written; the page mirrored."""
    page = HistoryPage()
    qtbot.addWidget(page)
    paid = row(1, "accepted", reward=Reward(Decimal("5"), "PKR"), submitted_at=NOW)
    page.set_history(History((paid, row(2, "refused", reason=REFUSAL)), None, True))
    page.show()
    qtbot.waitExposed(page)
    assert page.model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) == (
        "جمع کرایا"
    )
    assert [b.text() for b in page.filters.buttons()][:2] == ["سب", "منتظر"]
    assert cell(page, 0, "State") == "✓ قبول شدہ" and cell(page, 0, "Reward") == "Rs5.00"
    assert cell(page, 1, "Reward") == "ادائیگی نہیں"
    march = local_time(NOW, now=NOW + timedelta(days=3))
    assert "مارچ 2026" in march  # not 2026-03-02
    assert page.count.text() == "2 جمع کرائے گئے جواب"
    assert page.isRightToLeft()
    select(page, "sub-2")
    assert "ٹاسک سرور نے کیوں نامنظور کیا" in page.details.toPlainText()
    assert BAD.name() in page.details.toHtml()  # the refusal in red, as in English


def test_home_and_end_go_to_the_first_and_last_row_loaded(qtbot, page):
    select_row(page.table, 2)
    qtbot.keyClick(page.table, Qt.Key.Key_End)
    assert page.table.currentIndex().row() == len(ROWS) - 1
    assert page.table.selectionModel().isRowSelected(len(ROWS) - 1)
    qtbot.keyClick(page.table, Qt.Key.Key_Home)
    assert page.table.currentIndex().row() == 0
    assert page.table.selectionModel().isRowSelected(0)
