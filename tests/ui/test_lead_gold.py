"""The lead's gold page against the real server: the item table with its figures, filters
and sorting; marking and unmarking gold; editing a gold box with the image editor's own
keys on a Draft (undo included) with a hint, then saving; promoting an accepted answer;
the contests and a correction that scores earlier verdicts again. All by keyboard."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from labeler.client.api import TaskServer
from labeler.ui.lead.gold import GoldPage
from labeler.ui.lead.gold.model import CONTESTS, GOLD, ITEM_ROLE, MISS_RATE
from labeler.ui.tasks import Runner
from tests.client.conftest import LiveServer, User
from tests.server.scenario import (
    GOLD_ANSWER,
    GOLD_HINT,
    IMAGE_SCHEMA,
    World,
    build_world,
    submission,
)

pytestmark = pytest.mark.slow

WRONG = {"scene": "urban", "objects": []}
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def world(server: LiveServer, lead: User) -> World:
    """Two real items and one gold; an annotator answered all three (the gold wrongly)
    and contested the gold verdict; nothing waits for review."""
    annotator = User(server, ["annotator"])
    built = build_world(lead.caller, real=2, gold=1, review_rate=0.0)
    r = annotator.caller.post(f"/projects/{built.project_id}/batches", json={"size": 3})
    assert r.status_code == 201, r.text
    batch = r.json()
    for item in batch["items"]:
        answer = dict(WRONG)
        if item["id"] == built.real_ids[1]:
            answer = {
                "scene": "rural",
                "objects": [{"label": "car", "x": 5, "y": 6, "w": 20, "h": 10}],
            }
        r = annotator.caller.post("/submissions", json=submission(batch, item["id"], answer))
        assert r.status_code == 201, r.text
        if item["id"] == built.gold_ids[0]:
            contest = {"reason": "There is no car in this picture."}
            r = annotator.caller.post(f"/submissions/{r.json()['id']}/contest", json=contest)
            assert r.status_code == 201, r.text
    return built


@pytest.fixture
def page(
    qtbot: Any, server: LiveServer, lead: User, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[GoldPage]:
    monkeypatch.setenv("LABELER_DATA_DIR", str(tmp_path / "data"))
    api = TaskServer(server.url, lead.token, retries=1, backoff=0.05)
    runner = Runner()
    widget = GoldPage(runner, api)
    qtbot.addWidget(widget)
    widget.resize(1366, 740)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    yield widget
    runner.shutdown(wait=True)
    api.close()


def open_project(qtbot: Any, page: GoldPage, world: World) -> None:
    with qtbot.waitSignal(page.item_shown, timeout=20_000):
        page.set_project(page.client.server.project(world.project_id))


def show(qtbot: Any, page: GoldPage, item_id: str) -> None:
    if page.editor.edit is not None and page.editor.edit.view.id == item_id:
        return
    with qtbot.waitSignal(page.item_shown, timeout=20_000, check_params_cb=lambda i: i == item_id):
        page.select_item(item_id)


def press(
    qtbot: Any, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """A key to whatever has focus, as a user types it."""
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, key, modifier)


def gold_on_server(lead: User, item_id: str) -> Any:
    r = lead.caller.get(f"/items/{item_id}")
    assert r.status_code == 200, r.text
    return r.json()


def test_the_table_shows_figures_filters_and_sorts(
    qtbot: Any, page: GoldPage, world: World
) -> None:
    open_project(qtbot, page, world)
    rows = page.model.rows()
    assert [r.id for r in rows] == world.real_ids + world.gold_ids
    gold = rows[-1]
    assert (gold.exposure, gold.answers, gold.miss_rate, gold.open_contests) == (1, 1, 1.0, 1)
    index = page.model.index(2, MISS_RATE)
    assert index.data() == "100%"
    assert page.model.index(2, GOLD).data() == "gold"
    assert page.model.index(2, CONTESTS).data() == "1"
    assert page.model.index(0, MISS_RATE).data() == "—"
    assert page.items.count.text() == "3 items"

    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_2, CTRL | ALT)
    qtbot.waitUntil(lambda: [r.id for r in page.model.rows()] == world.gold_ids, timeout=10_000)
    qtbot.keyClick(page.table, Qt.Key.Key_3, CTRL | ALT)
    qtbot.waitUntil(lambda: page.filters.checkedId() == 2 and page.model.rowCount() == 1)
    qtbot.keyClick(page.table, Qt.Key.Key_1, CTRL | ALT)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10_000)

    page.table.sortByColumn(MISS_RATE, Qt.SortOrder.DescendingOrder)
    top = page.items.proxy.index(0, 0).data(ITEM_ROLE)
    assert top.id == world.gold_ids[0]


def test_mark_and_unmark_gold_by_keyboard(
    qtbot: Any, page: GoldPage, world: World, lead: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_project(qtbot, page, world)
    real = world.real_ids[0]
    show(qtbot, page, real)
    assert page.editor.save_button.text() == "Mark as gold"
    assert not page.editor.unmark_button.isEnabled()

    # An empty answer cannot be gold: nothing is sent.
    qtbot.keyClick(page.table, Qt.Key.Key_S, CTRL)
    assert page.editor.problems.text().startswith("Nothing is answered yet")

    qtbot.keyClick(page.table, Qt.Key.Key_E, ALT)  # into the item
    press(qtbot, Qt.Key.Key_2)  # the label key of "rural"
    press(qtbot, Qt.Key.Key_Insert)  # a car box in the middle of the view
    assert page.editor.answer()["scene"] == "rural"
    assert len(page.editor.answer()["objects"]) == 1
    assert page.model.item(real) is not None and real in page.model.edited()
    with qtbot.waitSignal(page.changed, timeout=20_000):
        press(qtbot, Qt.Key.Key_S, CTRL)
    stored = gold_on_server(lead, real)["gold"]
    assert stored["answer"] == page.editor.answer() and stored["hint"] is None
    assert page.note.text() == "The item is gold now."
    assert page.model.item(real).gold is not None and real not in page.model.edited()
    assert page.editor.unmark_button.isEnabled()

    asked: list[str] = []

    def answer_yes(*args: Any) -> QMessageBox.StandardButton:
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    with qtbot.waitSignal(page.changed, timeout=20_000):
        press(qtbot, Qt.Key.Key_G, CTRL | SHIFT)
    assert "stop counting for the annotators' skills" in asked[0]
    assert gold_on_server(lead, real)["gold"] is None
    assert page.model.item(real).gold is None
    assert page.editor.save_button.text() == "Mark as gold"
    assert not page.has_unsaved_changes() and page.editor.badge.text() == "not gold"


def test_edit_a_gold_box_with_the_image_tools_undo_and_the_hint(
    qtbot: Any, page: GoldPage, world: World, lead: User
) -> None:
    open_project(qtbot, page, world)
    gold = world.gold_ids[0]
    show(qtbot, page, gold)
    assert page.editor.answer() == GOLD_ANSWER
    assert page.editor.hint_box.toPlainText() == GOLD_HINT
    assert not page.editor.save_button.isEnabled()  # nothing changed yet

    qtbot.keyClick(page.table, Qt.Key.Key_E, ALT)
    press(qtbot, Qt.Key.Key_Tab)  # select the box
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Right)  # one pixel each, one undo step each
    press(qtbot, Qt.Key.Key_Right, ALT | Qt.KeyboardModifier.ShiftModifier)  # ten px wider
    box = page.editor.answer()["objects"][0]
    assert (box["x"], box["w"]) == (14, 43)
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert page.editor.answer()["objects"][0]["w"] == 33
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert page.editor.answer()["objects"][0]["x"] == 13
    assert gold in page.model.edited()
    assert page.editor.badge.text() == "gold · edited, not saved"
    assert page.has_unsaved_changes()  # a host asks before dropping it
    assert page.unsaved_text() == "1 edited gold answer"

    qtbot.keyClick(page.table, Qt.Key.Key_H, ALT)
    assert page.editor.hint_box.hasFocus()
    page.editor.hint_box.selectAll()
    qtbot.keyClicks(page.editor.hint_box, "The car is behind the barn.")
    with qtbot.waitSignal(page.changed, timeout=20_000):
        press(qtbot, Qt.Key.Key_S, CTRL)  # saves from the hint box too
    stored = gold_on_server(lead, gold)["gold"]
    assert stored["answer"]["objects"][0]["x"] == 13
    assert stored["hint"] == "The car is behind the barn."
    assert page.note.text().startswith("Saved the gold answer. 1 earlier verdict was scored")
    assert gold not in page.model.edited()
    assert page.editor.badge.text() == "gold"
    assert not page.has_unsaved_changes()


def test_another_project_shows_nothing_of_the_item_shown_before(
    qtbot: Any, page: GoldPage, world: World, lead: User
) -> None:
    """Switching projects leaves no hint, preview note or problem of the last project's
    item behind, nor a reply typed to its contest: the hint box shows its placeholder
    while the new project loads and when it has no items."""
    open_project(qtbot, page, world)
    show(qtbot, page, world.gold_ids[0])
    assert page.editor.hint_box.toPlainText() == GOLD_HINT
    page.editor.show_preview({"scene": "rural", "objects": []}, "amna")
    page.editor.show_problems(["scene: not a label"])
    page.show_contests()  # the first contest selected, a reply half typed
    qtbot.keyClicks(page.contests.reply_box, "The car is behind")
    r = lead.caller.post("/projects", json={"name": "Empty", "schema": IMAGE_SCHEMA})
    assert r.status_code == 201, r.text
    with qtbot.waitSignal(page.items.emptied, timeout=20_000):
        page.set_project(page.client.server.project(r.json()["id"]))
        assert page.editor.hint_box.toPlainText() == ""  # while it loads too
    assert page.editor.message.text() == "No items here."
    assert page.editor.hint_box.toPlainText() == ""
    assert page.editor.hint_box.placeholderText().startswith("What annotators who miss")
    assert not page.editor.preview_note.isVisible()
    assert not page.editor.problems.isVisible()
    assert page.contests.reply() == "" and page.contests.selected() is None


def test_promote_an_accepted_answer(qtbot: Any, page: GoldPage, world: World, lead: User) -> None:
    open_project(qtbot, page, world)
    real = world.real_ids[1]
    show(qtbot, page, real)
    qtbot.keyClick(page.table, Qt.Key.Key_S, ALT)
    assert page.tabs.currentWidget() is page.submissions
    (sub,) = page.submissions.submissions()
    assert page.submissions.selected() == sub and sub.promotable
    assert page.submissions.promote_button.isEnabled()
    with qtbot.waitSignal(page.changed, timeout=20_000):
        press(qtbot, Qt.Key.Key_P, CTRL | SHIFT)
    stored = gold_on_server(lead, real)["gold"]
    assert stored["answer"] == sub.answer
    assert page.editor.answer() == sub.answer
    user = sub.user.username if sub.user else ""
    assert page.note.text() == f"The answer of {user} is now the gold answer."
    assert page.model.item(real).gold is not None


def test_contests_and_a_correction_score_earlier_verdicts_again(
    qtbot: Any, page: GoldPage, world: World, lead: User
) -> None:
    open_project(qtbot, page, world)
    qtbot.waitUntil(lambda: page.contests.table.rowCount() == 1, timeout=10_000)
    assert page.tabs.tabText(1) == "Contests (1 open)"
    qtbot.keyClick(page.table, Qt.Key.Key_C, ALT)
    assert page.contests.table.hasFocus()
    assert page.contests.reason.text() == "“There is no car in this picture.”"
    gold = world.gold_ids[0]
    with qtbot.waitSignal(page.item_shown, timeout=20_000):
        press(qtbot, Qt.Key.Key_Return)  # opens the contested item
    assert page.editor.edit is not None and page.editor.edit.view.id == gold

    # The annotator was right: no car. Remove the box, keep the scene, save.
    qtbot.keyClick(page.table, Qt.Key.Key_E, ALT)
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Delete)
    press(qtbot, Qt.Key.Key_1)  # urban
    # The stored gold had boxes: "no box" stays scored as an empty list.
    assert page.editor.answer() == {"scene": "urban", "objects": []}
    with qtbot.waitSignal(page.changed, timeout=20_000):
        qtbot.keyClick(page.table, Qt.Key.Key_S, CTRL)
    # The correction settles the contest: upheld (the annotator's answer now passes).
    assert "1 earlier verdict was scored again. Contests it settles, upheld: 1." in (
        page.note.text()
    )
    detail = gold_on_server(lead, gold)
    assert detail["gold"]["answer"] == {"scene": "urban", "objects": []}
    assert detail["submissions"][0]["gold_score"] == 1.0
    qtbot.waitUntil(lambda: page.model.item(gold).open_contests == 0, timeout=10_000)
    qtbot.waitUntil(lambda: page.tabs.tabText(1) == "Contests", timeout=10_000)
    assert page.contests.table.item(0, 4).text() == "upheld"
    assert detail["submissions"][0]["status"] == "accepted"
    qtbot.waitUntil(
        lambda: (
            page.submissions.submissions() and page.submissions.submissions()[0].gold_score == 1.0
        ),
        timeout=10_000,
    )


def test_an_answer_the_schema_refuses_is_not_sent(
    qtbot: Any, page: GoldPage, world: World, lead: User
) -> None:
    open_project(qtbot, page, world)
    real = world.real_ids[0]
    show(qtbot, page, real)
    qtbot.keyClick(page.table, Qt.Key.Key_E, ALT)
    press(qtbot, Qt.Key.Key_Insert)  # a box, but no scene (required)
    qtbot.keyClick(page.table, Qt.Key.Key_S, CTRL)
    assert page.editor.problems.text().startswith("scene:")
    assert gold_on_server(lead, real)["gold"] is None
    # Revert drops the edit.
    page.editor.revert_button.click()
    assert page.editor.edit is not None and page.editor.edit.draft.answer() == {}
    assert real not in page.model.edited()


def test_an_item_that_cannot_be_read_says_so(qtbot: Any, page: GoldPage, world: World) -> None:
    open_project(qtbot, page, world)
    page.select_item("no-such-item")
    qtbot.waitUntil(lambda: page.editor.message.text().startswith("Could not read the item"))
    assert page.editor.edit is None and not page.editor.save_button.isEnabled()


@pytest.fixture
def hosted(
    qtbot: Any, server: LiveServer, lead: User, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[Any, GoldPage]]:
    """A gold page hosted in the lead workspace, as the window hosts it."""
    from labeler.ui.lead.workspace import LeadWorkspace

    monkeypatch.setenv("LABELER_DATA_DIR", str(tmp_path / "data"))
    api = TaskServer(server.url, lead.token, retries=1, backoff=0.05)
    runner = Runner()
    host = LeadWorkspace(runner, api, lead.username)
    qtbot.addWidget(host)
    page = GoldPage(runner, api)
    host.add_page("Gold", page)
    yield host, page
    runner.shutdown(wait=True)
    api.close()


def test_hosted_in_the_lead_workspace_the_page_gives_way_to_its_keys(
    qtbot: Any, hosted: tuple[Any, GoldPage], world: World, lead: User
) -> None:
    host, page = hosted
    host.resize(1366, 740)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    host.tabs.setCurrentWidget(page)
    open_project(qtbot, page, world)
    taken = {k for a in host.keymap.actions() for k in host.keymap.keys(a.id)}
    assert "Ctrl+S" in taken and "F5" in taken
    assert page.keymap.keys("gold.save") == ("Ctrl+Return",)
    assert page.keymap.keys("gold.refresh") == ("Alt+R",)
    show(qtbot, page, world.gold_ids[0])
    assert page.editor.keymap.keys("image.tool_box") == ()  # Ctrl+2 shows a host page
    assert page.editor.keymap.keys("image.add_at_center") == ("Ins",)
    assert any(a.id == "gold.save" and "Ctrl+S" in a.keys for a in page.actions())

    host.show_page(host.tabs.indexOf(page))  # as its Ctrl+number does
    assert page.isAncestorOf(QApplication.focusWidget())
    press(qtbot, Qt.Key.Key_E, ALT)
    press(qtbot, Qt.Key.Key_1)  # urban
    with qtbot.waitSignal(page.changed, timeout=20_000):
        press(qtbot, Qt.Key.Key_Return, CTRL)
    assert gold_on_server(lead, world.gold_ids[0])["gold"]["answer"]["scene"] == "urban"


def test_ctrl_s_of_the_hosting_lead_workspace_saves_the_gold_answer(
    qtbot: Any, hosted: tuple[Any, GoldPage], world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    host, page = hosted
    host.tabs.setCurrentWidget(page)
    saved: list[bool] = []
    monkeypatch.setattr(page.changes, "save", lambda: saved.append(True))
    host.save()  # what its Ctrl+S does
    assert saved == [True]


def test_the_lead_workspace_asks_before_dropping_unsaved_gold_edits(
    qtbot: Any, hosted: tuple[Any, GoldPage], world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    host, page = hosted
    assert not host.has_unsaved_changes()
    monkeypatch.setattr(page, "has_unsaved_changes", lambda: True)
    monkeypatch.setattr(page, "unsaved_text", lambda: "2 edited gold answer(s)")
    asked: list[str] = []
    monkeypatch.setattr(host, "ask_discard", lambda text: asked.append(text) or False)
    assert host.has_unsaved_changes() and not host.confirm_leave()
    assert "2 edited gold answer(s)" in asked[0] and asked[0].endswith("Drop them?")


def contest_on_server(lead: User, project_id: str) -> dict[str, Any]:
    r = lead.caller.get(f"/projects/{project_id}/contests")
    assert r.status_code == 200, r.text
    (contest,) = r.json()["contests"]
    return contest  # type: ignore[no-any-return]


def open_contests_tab(qtbot: Any, page: GoldPage, world: World) -> None:
    """Alt+C: the contests, the first selected and its item shown in the editor."""
    open_project(qtbot, page, world)
    qtbot.waitUntil(lambda: page.contests.table.rowCount() == 1, timeout=10_000)
    qtbot.keyClick(page.table, Qt.Key.Key_C, ALT)
    assert page.contests.table.hasFocus()
    gold = world.gold_ids[0]
    qtbot.waitUntil(
        lambda: page.editor.edit is not None and page.editor.edit.view.id == gold,
        timeout=20_000,
    )
    assert page.contests.uphold_button.isEnabled() and page.contests.dismiss_button.isEnabled()


def test_dismiss_a_contest_by_keyboard_with_a_reply(
    qtbot: Any, page: GoldPage, world: World, lead: User
) -> None:
    open_contests_tab(qtbot, page, world)
    qtbot.waitUntil(lambda: not page.busy.isVisible(), timeout=20_000)
    where = page.splitter.geometry()
    press(qtbot, Qt.Key.Key_D, CTRL | SHIFT)  # no reply yet: said, and the box takes the keys
    assert page.note.text() == "A dismissal needs a reply: say why the gold answer stands."
    assert page.contests.reply_box.hasFocus()
    assert contest_on_server(lead, world.project_id)["state"] == "open"
    QApplication.processEvents()  # the layout settles
    assert page.splitter.geometry() == where  # the note moved nothing
    qtbot.keyClicks(page.contests.reply_box, "   ")
    assert page.note.text() != ""  # blanks are no reply
    qtbot.keyClicks(page.contests.reply_box, "The car is behind the barn, left of the door.")
    assert page.note.text() == ""  # a reply typed: the note has done its work
    press(qtbot, Qt.Key.Key_D, CTRL | SHIFT)  # works while typing the reply
    assert page.busy.isVisibleTo(page)  # the call runs; the busy bar moves nothing either
    QApplication.processEvents()
    assert page.splitter.geometry() == where
    qtbot.waitUntil(lambda: page.contests.table.item(0, 4).text() == "dismissed", timeout=20_000)
    contest = contest_on_server(lead, world.project_id)
    assert contest["state"] == "dismissed"
    assert contest["reply"] == "The car is behind the barn, left of the door."
    assert page.note.text().startswith("Contest dismissed;")
    page.contests.table.selectRow(0)
    assert page.contests.outcome.text().startswith(f"Dismissed by {lead.username} on ")
    assert "behind the barn" in page.contests.outcome.text()
    assert not page.contests.uphold_button.isEnabled()
    assert not page.contests.dismiss_button.isEnabled()
    assert not page.contests.reply_box.isVisible()  # the outcome shows instead
    assert page.contests.open_button.isVisible()
    assert page.tabs.tabText(1) == "Contests"
    # The gold answer and the verdict stand.
    detail = gold_on_server(lead, world.gold_ids[0])
    assert detail["gold"]["answer"] == GOLD_ANSWER
    assert detail["submissions"][0]["status"] == "rejected"


def test_uphold_a_contest_with_the_gold_answer_in_the_editor(
    qtbot: Any, page: GoldPage, world: World, lead: User
) -> None:
    open_contests_tab(qtbot, page, world)
    # The annotator was right: no car. Edit the gold answer where it is shown.
    qtbot.keyClick(page.table, Qt.Key.Key_E, ALT)
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Delete)
    press(qtbot, Qt.Key.Key_1)  # urban
    qtbot.mouseClick(page.contests.reply_box, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.contests.reply_box, "You are right, there is no car.")
    qtbot.mouseClick(page.contests.uphold_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.contests.table.item(0, 4).text() == "upheld", timeout=20_000)
    contest = contest_on_server(lead, world.project_id)
    assert (contest["state"], contest["reply"]) == ("upheld", "You are right, there is no car.")
    detail = gold_on_server(lead, world.gold_ids[0])
    assert detail["gold"]["answer"] == {"scene": "urban", "objects": []}
    assert detail["submissions"][0]["status"] == "accepted"
    assert detail["submissions"][0]["gold_score"] == 1.0
    assert page.note.text().startswith("Contest upheld: the answer of ")
    assert page.contests.reply() == ""  # the reply went with the contest
    qtbot.waitUntil(lambda: page.tabs.tabText(1) == "Contests", timeout=10_000)


def test_uphold_a_contest_by_removing_the_gold(
    qtbot: Any,
    page: GoldPage,
    world: World,
    lead: User,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    open_contests_tab(qtbot, page, world)
    asked: list[str] = []

    def answer_yes(*args: Any) -> QMessageBox.StandardButton:
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    qtbot.mouseClick(page.contests.remove_button, Qt.MouseButton.LeftButton)
    assert "removing the item's gold" in asked[0]
    qtbot.waitUntil(lambda: page.contests.table.item(0, 4).text() == "upheld", timeout=20_000)
    detail = gold_on_server(lead, world.gold_ids[0])
    assert detail["gold"] is None and detail["submissions"][0]["status"] == "accepted"
    assert page.model.item(world.gold_ids[0]) is None or (
        page.model.item(world.gold_ids[0]).gold is None
    )
    # The item is real now and nothing was edited: no unsaved changes, nothing to revert.
    assert not page.has_unsaved_changes()
    assert world.gold_ids[0] not in page.model.edited()
    assert page.editor.badge.text() == "not gold"
    assert not page.editor.revert_button.isEnabled()
    assert page.editor.hint_box.toPlainText() == ""
    # No open contest is left: the keys say so rather than doing anything.
    press(qtbot, Qt.Key.Key_U, CTRL | SHIFT)
    assert page.note.text() == "No open contest in this project."


RECORD_SCHEMA = {
    "title": "Verify a listing",
    "media": "text",
    "fields": [{"name": "shop", "kind": "record", "keys": [{"value": "name"}, {"value": "city"}]}],
}


def test_a_record_gold_answer_is_saved_only_once_every_key_is_checked(
    qtbot: Any, page: GoldPage, lead: User
) -> None:
    """As for an annotator's submit: a key still "to check" (the prefill proposes it) is
    named and nothing is sent; confirmed and corrected, the gold answer is saved, and
    opened again its keys read as checked (they were when it was saved)."""
    from tests.client.test_reviewing import _project

    record = {"name": "Ali Traders", "city": "Multan"}
    project, item = _project(
        lead.caller,
        RECORD_SCHEMA,
        [{"text": "Sign", "data": {"record": record}, "prefill": {"shop": record}}],
    )
    with qtbot.waitSignal(page.item_shown, timeout=20_000):
        page.set_project(page.client.server.project(project))
    show(qtbot, page, item)
    group = page.editor.form.group("shop")
    assert group.marks["name"].text() == group.marks["city"].text() == "to check"
    # The legend names the key that saves the gold answer here, not the workbench's
    # Ctrl+Enter (which sends an annotator's answer), and follows a rebinding.
    legend = group.legend.text()
    assert "Ctrl+S saves it as the gold answer" in legend and "Ctrl+Enter" not in legend
    page.keymap.rebind("gold.save", ["Ctrl+Shift+S"])
    assert "Ctrl+Shift+S saves it as the gold answer" in group.legend.text()
    page.keymap.rebind("gold.save", None)
    qtbot.keyClick(page.table, Qt.Key.Key_S, CTRL)
    lines = page.editor.problems.text().splitlines()
    assert lines[0] == "Not saved: the gold answer is not finished."
    assert lines[1] == "Confirm or correct name and city (shop)"
    assert gold_on_server(lead, item)["gold"] is None

    qtbot.keyClick(group.boxes["name"], Qt.Key.Key_Return)  # the name as shown
    group.boxes["city"].selectAll()
    qtbot.keyClicks(group.boxes["city"], "Lahore")
    with qtbot.waitSignal(page.changed, timeout=20_000):
        qtbot.keyClick(page.table, Qt.Key.Key_S, CTRL)
    stored = gold_on_server(lead, item)["gold"]
    assert stored["answer"] == {"shop": {"name": "Ali Traders", "city": "Lahore"}}
    # Reverted to what the server holds: its keys were checked when it was saved.
    page.editor.revert_button.click()
    group = page.editor.form.group("shop")
    assert group.marks["name"].text() == "✓"
    assert group.unchecked() == []
