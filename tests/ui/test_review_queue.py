"""The queue panel: filters shown and reported, the score range settling before it
reloads, pages and counts, rows that say what happens to a decision, and filters
remembered for the session."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from labeler.client.reviewing import ReviewPage, parse_queue
from labeler.ui.pages.common import BAD, OK, WARN
from labeler.ui.review.filters import QueueFilters, remember, remembered
from labeler.ui.review.model import COLUMNS, ENTRY_ROLE
from labeler.ui.review.queue import QueuePanel
from labeler.ui.review.workspace import QUEUE_WIDTH

STATUS, GOLD, ACTIVE = (COLUMNS.index(c) for c in ("Status", "Gold", "Active"))
ENTRY = {
    "id": "s1",
    "item_id": "i1",
    "project_id": "street",
    "user": {"id": "u1", "username": "ayesha"},
    "status": "pending",
    "answer": {"scene": "urban"},
    "active_ms": 42_000,
    "submitted_at": "2026-03-01T12:00:00Z",
    "gold_score": None,
    "schema_version": 1,
    "review": None,
}


def page(*changes: dict, cursor: str | None = None) -> ReviewPage:
    entries = [{**ENTRY, "id": f"s{n}", **c} for n, c in enumerate(changes)]
    return parse_queue({"submissions": entries, "next_cursor": cursor})


@pytest.fixture
def panel(qtbot) -> QueuePanel:
    p = QueuePanel()
    qtbot.addWidget(p)
    p.resize(340, 600)
    p.show()
    qtbot.waitExposed(p)
    p.set_projects([("street", "Street scenes"), ("news", "News entities")])
    p.set_annotators(["bilal", "ayesha"])
    return p


def test_filters_are_reported_as_they_change(panel: QueuePanel, qtbot) -> None:
    seen: list[QueueFilters] = []
    panel.filters_changed.connect(seen.append)
    panel.project.setCurrentIndex(panel.project.findData("news"))
    panel.annotator.setCurrentIndex(panel.annotator.findData("bilal"))
    panel.status.setCurrentIndex(panel.status.findData("any"))
    panel.gold.setCurrentIndex(panel.gold.findData(True))
    assert seen[-1] == QueueFilters("news", "bilal", "any", True, None, None)
    assert [panel.annotator.itemText(i) for i in range(3)] == ["Everyone", "ayesha", "bilal"]
    assert len(seen) == 4


def test_a_score_range_settles_before_it_reports(panel: QueuePanel, qtbot) -> None:
    seen: list[QueueFilters] = []
    panel.filters_changed.connect(seen.append)
    panel.scored.setChecked(True)
    assert seen[-1].min_gold_score == 0.0 and seen[-1].max_gold_score == 1.0
    panel.min_score.setFocus()
    for _ in range(4):  # a held arrow: one reload at the end, not four
        qtbot.keyClick(panel.min_score, Qt.Key.Key_Up)
    assert len(seen) == 1
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert seen[-1].min_gold_score == pytest.approx(0.2)
    panel.max_score.setValue(0.1)  # a reversed range still means the range
    qtbot.waitUntil(lambda: len(seen) == 3)
    assert (seen[-1].min_gold_score, seen[-1].max_gold_score) == pytest.approx((0.1, 0.2))


def test_set_filters_shows_them_quietly(panel: QueuePanel) -> None:
    seen: list[QueueFilters] = []
    panel.filters_changed.connect(seen.append)
    wanted = QueueFilters("street", "carol", "rejected", False, 0.5, 0.9)
    panel.set_filters(wanted)
    assert panel.filters() == wanted and seen == []
    assert panel.min_score.isEnabled() and panel.annotator.currentText() == "carol"
    panel.set_filters(QueueFilters())
    assert panel.filters() == QueueFilters() and not panel.min_score.isEnabled()


def test_a_proposal_confidence_filter_and_column(panel: QueuePanel, qtbot) -> None:
    seen: list[QueueFilters] = []
    panel.filters_changed.connect(seen.append)
    assert not panel.max_confidence.isEnabled() and panel.filters().max_confidence is None
    assert panel.confident.text() == "Proposal confidence at most"
    panel.confident.setChecked(True)
    assert seen[-1].max_confidence == 0.5 and seen[-1].query()["max_confidence"] == 0.5
    panel.max_confidence.setFocus()
    for _ in range(2):  # settles like the score range: one reload
        qtbot.keyClick(panel.max_confidence, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert seen[-1].max_confidence == pytest.approx(0.4)
    panel.set_filters(QueueFilters(max_confidence=0.25))
    assert panel.filters().max_confidence == 0.25 and panel.max_confidence.isEnabled()
    panel.set_filters(QueueFilters())
    assert not panel.confident.isChecked() and not panel.max_confidence.isEnabled()
    # Each row shows its item's proposal confidence; a decision's answer keeps it.
    panel.set_page(page({"prefill_confidence": 0.125}, {}))
    sure = COLUMNS.index("Proposal")
    assert panel.model.headerData(sure, Qt.Orientation.Horizontal) == "Conf."
    assert panel.model.index(0, sure).data() in ("0.12", "0.13")
    assert panel.model.index(1, sure).data() == ""
    assert not panel.table.isColumnHidden(sure)
    tip = panel.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "Proposal confidence: 0.1" in tip
    decided = replace(page({}).entries[0], status="accepted")
    panel.model.mark_decided(decided)
    assert panel.model.index(0, sure).data() in ("0.12", "0.13")
    panel.set_page(page({}, {}))  # no proposals: no column
    assert panel.table.isColumnHidden(sure)


def test_a_new_project_drops_the_annotator_filter() -> None:
    filters = QueueFilters("street", "ayesha")
    assert filters.with_project("news") == QueueFilters("news", None)
    assert filters.with_project("street") is filters


def test_pages_rows_and_counts(panel: QueuePanel) -> None:
    panel.set_page(page({}, {"user": "bilal", "gold_score": 0.75}, {}, cursor="next"))
    assert panel.model.rowCount() == 3 and not panel.more_button.isHidden()
    assert panel.count.text() == "3 so far · 3 to decide"
    index = panel.model.index(1, GOLD)
    assert index.data() == "0.75" and panel.model.index(1, 0).data() == "bilal"
    assert panel.model.index(0, ACTIVE).data() == "0:42"
    assert panel.model.index(0, COLUMNS.index("Project")).data() == "Street scenes"
    assert not panel.table.isColumnHidden(COLUMNS.index("Project"))
    panel.project.setCurrentIndex(panel.project.findData("street"))
    assert panel.table.isColumnHidden(COLUMNS.index("Project"))
    more: list[bool] = []
    panel.more_requested.connect(lambda: more.append(True))
    panel.load_more()
    assert more == [True]
    panel.set_page(page({}, {}, {}, {"id": "s9"}), append=True)  # s0..s2 again: skipped
    assert panel.model.rowCount() == 4 and panel.more_button.isHidden()
    panel.set_page(page())
    assert panel.count.text() == "Nothing to review with these filters"


def test_rows_say_what_happens_to_a_decision(panel: QueuePanel) -> None:
    panel.set_page(page({}, {}, {}))
    model = panel.model
    model.mark_sending("s0", "accept")
    assert model.index(0, STATUS).data() == "Accepting…"
    assert model.index(0, STATUS).data(Qt.ItemDataRole.ForegroundRole) == WARN
    model.mark_sending("s0", "accept", waiting=True)
    assert model.index(0, STATUS).data() == "Accept waiting to send"
    decided = replace(page({}).entries[0], status="accepted")
    model.mark_decided(decided)
    assert model.index(0, STATUS).data() == "✓ Accepted"
    assert model.index(0, STATUS).data(Qt.ItemDataRole.ForegroundRole) == OK
    model.mark_refused("s1", "You cannot review your own submission.")
    assert model.index(1, STATUS).data() == "Not saved"
    assert model.index(1, STATUS).data(Qt.ItemDataRole.ForegroundRole) == BAD
    assert "own submission" in model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(1, 0).data(ENTRY_ROLE).problem is not None
    # Pending rows only count as to decide; a refused decision is still to decide.
    assert model.pending_count() == 2
    assert model.next_pending(0) == 1 and model.next_pending(2) == 1


def test_skips_and_reviews_in_the_tooltip(panel: QueuePanel) -> None:
    review = {"decision": "reject", "reason": "Wrong label", "comment": "Not a bus."}
    panel.set_page(page({"answer": None, "skip_reason": "Blurry"}, {"review": review}))
    assert "Skipped: Blurry" in panel.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    tip = panel.model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "Review: reject (Wrong label — Not a bus.)" in tip


def test_filters_are_remembered_for_the_session() -> None:
    server = "http://127.0.0.1:1/api/v1"
    assert remembered(server, "qa-remember") == QueueFilters()
    remember(server, "qa-remember", QueueFilters("street", status="any"))
    assert remembered(server, "qa-remember") == QueueFilters("street", status="any")
    assert remembered(server, "someone-else") == QueueFilters()
    query = QueueFilters("street", "ayesha", "any", True, 0.2, 0.8, 0.4).query()
    assert query == {
        "max_confidence": 0.4,
        "project_id": "street",
        "user": "ayesha",
        "status": "any",
        "gold": True,
        "min_gold_score": 0.2,
        "max_gold_score": 0.8,
    }


def test_every_review_key_is_its_own(qtbot, tmp_path) -> None:
    from labeler.client.api import TaskServer
    from labeler.ui.keymap import resolve
    from labeler.ui.review import ReviewWorkspace
    from labeler.ui.tasks import Runner

    runner = Runner()
    workspace = ReviewWorkspace(
        runner, TaskServer("http://127.0.0.1:9", retries=0), "qa", media_root=tmp_path / "media"
    )
    qtbot.addWidget(workspace)
    actions = workspace.actions()
    assert len({a.id for a in actions}) == len(actions)
    assert resolve(actions, {}).conflicts == ()
    workspace.install_keys()
    workspace.show()
    qtbot.waitExposed(workspace)
    workspace.activateWindow()
    qtbot.waitUntil(workspace.isActiveWindow)
    qtbot.keyClick(workspace.queue.table, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert workspace.queue.status.hasFocus()
    # A focused filter takes the arrows; Escape goes back to the queue.
    qtbot.keyClick(workspace.queue.status, Qt.Key.Key_Down)
    assert workspace.queue.status.currentData() == "accepted"
    # No server there: the status line says so, the workspace carries on.
    qtbot.waitUntil(lambda: "could not be loaded" in workspace.status_line.text(), timeout=20_000)
    qtbot.keyClick(workspace.queue.status, Qt.Key.Key_Escape)
    assert workspace.queue.table.hasFocus()
    runner.shutdown(wait=False)


@pytest.fixture
def review_workspace(qtbot, tmp_path):
    """A review workspace with its keys, on a task server that is not there."""
    from labeler.client.api import TaskServer
    from labeler.ui.review import ReviewWorkspace
    from labeler.ui.tasks import Runner

    runner = Runner()
    server = TaskServer("http://127.0.0.1:9", retries=0)
    remember(server.server_url, "qa", QueueFilters())  # not what an earlier test left
    workspace = ReviewWorkspace(runner, server, "qa", media_root=tmp_path / "media")
    qtbot.addWidget(workspace)
    workspace.install_keys()
    workspace.resize(1366, 768)
    workspace.show()
    qtbot.waitExposed(workspace)
    workspace.activateWindow()
    qtbot.waitUntil(workspace.isActiveWindow)
    # Qt ignores a release on a drop-down's list that comes within a double-click of the
    # press that opened it (a press, drag and release); these clicks are two.
    interval = QApplication.doubleClickInterval()
    QApplication.setDoubleClickInterval(0)
    yield workspace
    QApplication.setDoubleClickInterval(interval)
    runner.shutdown(wait=False)


def pick_with_mouse(qtbot, combo, row: int) -> None:
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    where = view.visualRect(combo.model().index(row, 0)).center()
    qtbot.mouseMove(view.viewport(), where)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.waitUntil(lambda: not view.isVisible())


def test_a_filter_picked_with_the_mouse_leaves_the_keys_to_the_review(
    review_workspace, qtbot
) -> None:
    workspace = review_workspace
    queue = workspace.queue
    workspace.focus_queue()
    pick_with_mouse(qtbot, queue.status, queue.status.findData("any"))
    assert queue.status.currentData() == "any"
    assert queue.table.hasFocus()
    # Tab is the review's (show the next pane), not the next filter's.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert queue.table.hasFocus()
    assert workspace.status_line.text() == "This item has one pane only."
    # A click on the check box or a button leaves the keyboard where it was too.
    qtbot.mouseClick(queue.scored, Qt.MouseButton.LeftButton)
    assert queue.scored.isChecked()
    assert queue.table.hasFocus()


def test_a_filter_picked_by_keyboard_gives_the_keys_back_to_the_queue(
    review_workspace, qtbot
) -> None:
    workspace = review_workspace
    queue = workspace.queue
    qtbot.keyClick(queue.table, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    assert queue.gold.hasFocus()
    # The arrows step through the closed box and it keeps the keyboard...
    qtbot.keyClick(queue.gold, Qt.Key.Key_Down)
    assert queue.gold.currentData() is True
    assert queue.gold.hasFocus()
    qtbot.keyClick(queue.gold, Qt.Key.Key_Tab)
    assert queue.scored.hasFocus()  # Tab walks the filters while one has the keyboard
    qtbot.keyClick(queue.scored, Qt.Key.Key_Escape)
    assert queue.table.hasFocus()
    # ...a choice from the open list gives it back to the queue.
    qtbot.keyClick(queue.table, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(queue.status, Qt.Key.Key_F4)
    qtbot.waitUntil(queue.status.view().isVisible)
    qtbot.keyClick(queue.status.view(), Qt.Key.Key_Down)
    qtbot.keyClick(queue.status.view(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not queue.status.view().isVisible())
    assert queue.status.currentData() == "accepted"
    assert queue.table.hasFocus()
    # Escape closes the open list (the box keeps the keyboard), then goes to the queue.
    qtbot.keyClick(queue.table, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(queue.status, Qt.Key.Key_F4)
    qtbot.waitUntil(queue.status.view().isVisible)
    qtbot.keyClick(queue.status.view(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not queue.status.view().isVisible())
    assert queue.status.hasFocus()
    assert queue.status.currentData() == "accepted"
    qtbot.keyClick(queue.status, Qt.Key.Key_Escape)
    assert queue.table.hasFocus()


@pytest.mark.parametrize("width", [340, 200])
def test_selecting_a_row_makes_it_current_right_to_left(qtbot, width: int) -> None:
    """In a right-to-left queue, narrow enough that its columns scroll, a row selected by
    the workspace (the first pending one after a load, the next after a decision) is the
    current row: the view's own selectRow looked for a column at the viewport's far edge,
    found none and selected nothing."""
    p = QueuePanel()
    qtbot.addWidget(p)
    p.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    p.resize(width, 600)
    p.show()
    qtbot.waitExposed(p)
    p.set_page(page({}, {}, {"status": "accepted"}))
    p.select_row(1)
    assert p.current_row() == 1
    assert p.table.selectionModel().isRowSelected(1)
    p.select_row(0)
    assert p.current_row() == 0 and not p.table.selectionModel().isRowSelected(1)


def test_in_urdu_the_queue_fits_its_width(qtbot, urdu) -> None:  # type: ignore[no-untyped-def]
    """At the workspace's first width the columns fit without scrolling sideways: Qt's
    least column width grows with the font's height, and Nastaliq's made every column
    69 px, the five wider than the queue."""
    p = QueuePanel()
    qtbot.addWidget(p)
    p.resize(QUEUE_WIDTH, 600)
    p.show()
    qtbot.waitExposed(p)
    p.set_projects([("street", "Street scenes")])
    p.set_page(page({"gold_score": 0.85}, {"status": "accepted"}))
    head = p.table.horizontalHeader()
    assert head.length() <= p.table.viewport().width()
    assert not p.table.horizontalScrollBar().isVisible()
    assert p.model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) == (
        "اینوٹیٹر"
    )
