"""The gold banner says which item of the session it is about, and goes with the work:
at the next answer a missed verdict becomes a small note in the header row (Ctrl+G or a
click brings the item back), which goes after a few more answers; a passed verdict's
note goes at the next answer."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from labeler.ui.pages.gold import NOTE_ANSWERS, GoldFeedback, about_text
from tests.ui.labeling import open_labeling

MISSED = {
    "passed": False,
    "score": 0.0,
    "fields": {"sentiment": {"score": 0.0, "passed": False}},
    "expected": {"sentiment": "negative", "entities": []},
    "hint": "A captain named is neither good nor bad news.",
}


def _answer(qtbot: QtBot, session: Any) -> str:
    """Neutral, Enter: the item answered; its id."""
    done = session.item.id
    qtbot.keyClick(session.editor.view, Qt.Key.Key_2)
    qtbot.keyClick(session.editor.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.settled and session.item.id != done)
    return done


def _key(qtbot: QtBot, session: Any, key: Qt.Key, mods: Any = Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(session.editor.view, key, mods)


def test_the_banner_names_its_item_then_becomes_a_note_that_goes(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window, session, workspace = open_labeling(qtbot, "text", tmp_path, count=12)
    gold, page = session.page.gold, session.page
    control = _answer(qtbot, session)
    _answer(qtbot, session)
    current = session.item.id  # the third item of the session
    workspace.listener.gold_verdict_.emit(workspace.sent[0].id, control, MISSED)
    qtbot.waitUntil(gold.isVisible)
    # Trial 17c F4: N items ago is the answers that came after it (one here; it said 2).
    assert gold.about.text() == "Item 1 of this session, answered 1 item ago"
    assert gold.title.text() == "Control item missed — score 0.00 (needs 1.00)"

    # Ctrl+G shows that item with the expected answer; Escape comes back to the current one.
    _key(qtbot, session, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert session.gold_review.reviewing == control
    assert session.editor.view.toPlainText().endswith("(0)")
    _key(qtbot, session, Qt.Key.Key_Escape)
    assert session.gold_review.reviewing is None and session.item.id == current
    assert gold.isVisible()

    # The next answer: the banner becomes a note in the header row, which names the item.
    _answer(qtbot, session)
    assert not gold.isVisible() and page.gold.note.isVisible()
    assert page.gold.note.parentWidget() is page  # the header row, over nothing
    assert page.gold.note.text() == (
        "⚠ Item 1 (2 items ago): control item missed · Ctrl+G or click to see it"
    )

    # Ctrl+G still opens it, from the note, and the banner is back until the next answer.
    _key(qtbot, session, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert session.gold_review.reviewing == control and gold.isVisible()
    assert gold.about.text() == "Item 1 of this session, answered 2 items ago"
    _key(qtbot, session, Qt.Key.Key_Escape)
    assert session.gold_review.reviewing is None
    _answer(qtbot, session)
    assert page.gold.note.isVisible()

    for _ in range(NOTE_ANSWERS - 1):
        _answer(qtbot, session)
        assert page.gold.note.isVisible()
    _answer(qtbot, session)
    assert not page.gold.note.isVisible() and not gold.isVisible()
    _key(qtbot, session, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert session.gold_review.reviewing is None  # nothing left to open


def test_escape_takes_the_note_away_and_a_passed_verdict_goes_at_the_next_answer(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window, session, workspace = open_labeling(qtbot, "text", tmp_path, count=6)
    gold = session.page.gold
    control = _answer(qtbot, session)
    workspace.listener.gold_verdict_.emit(workspace.sent[0].id, control, MISSED)
    qtbot.waitUntil(gold.isVisible)
    assert gold.about.text() == "The item you just answered (item 1 of this session)"
    _answer(qtbot, session)
    assert gold.note.isVisible()
    _key(qtbot, session, Qt.Key.Key_Escape)
    assert not gold.note.isVisible() and not gold.isVisible()

    passed = _answer(qtbot, session)
    verdict = {"passed": True, "score": 1.0, "fields": {}}
    workspace.listener.gold_verdict_.emit(workspace.sent[-1].id, passed, verdict)
    qtbot.waitUntil(gold.isVisible)
    assert gold.title.text() == "Control item passed — score 1.00"
    assert gold.about.text() == "The item you just answered (item 3 of this session)"
    _answer(qtbot, session)
    assert not gold.isVisible() and not gold.note.isVisible()


def test_the_note_never_widens_the_window(qtbot: QtBot, tmp_path: Path) -> None:
    window, session, workspace = open_labeling(qtbot, "text", tmp_path, count=4, size=(1024, 600))
    control = _answer(qtbot, session)
    workspace.listener.gold_verdict_.emit(workspace.sent[0].id, control, MISSED)
    _answer(qtbot, session)
    note = session.page.gold.note
    assert note.isVisible() and note.fontMetrics().horizontalAdvance(note.text()) > 300
    assert note.minimumSizeHint().width() < 60  # short of room it elides
    assert window.width() == 1024


def test_a_click_on_the_note_brings_the_banner_back(qtbot: QtBot) -> None:
    gold = GoldFeedback()
    qtbot.addWidget(gold)
    qtbot.addWidget(gold.note)
    gold.set_expected_key("Ctrl+G")
    gold.answered("a")
    gold.show_verdict("s", "a", MISSED, False)
    gold.answered("a")  # a correction of that item: the work did not move on
    assert gold.state == "banner"
    gold.answered("b")
    assert gold.state == "note"
    qtbot.mouseClick(gold.note, Qt.MouseButton.LeftButton)
    assert gold.state == "banner" and not gold.isHidden() and gold.note.isHidden()


def test_which_item_a_verdict_is_about() -> None:
    assert about_text(3, 3) == "The item you just answered (item 3 of this session)"
    assert about_text(3, 4) == "Item 3 of this session, answered 1 item ago"
    assert about_text(3, 5) == "Item 3 of this session, answered 2 items ago"
    assert about_text(None, 4) == ""


def test_a_passed_verdict_never_takes_the_place_of_a_missed_one(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Answers made offline upload together: their verdicts come in one burst, the
    missed one first; it stays, and Ctrl+G shows its item."""
    window, session, workspace = open_labeling(qtbot, "text", tmp_path, count=6)
    gold = session.page.gold
    control = _answer(qtbot, session)
    passed = _answer(qtbot, session)
    workspace.listener.gold_verdict_.emit(workspace.sent[0].id, control, MISSED)
    verdict = {"passed": True, "score": 1.0, "fields": {}}
    workspace.listener.gold_verdict_.emit(workspace.sent[1].id, passed, verdict)
    qtbot.waitUntil(gold.isVisible)
    assert gold.title.text() == "Control item missed — score 0.00 (needs 1.00)"
    assert gold.about.text() == "Item 1 of this session, answered 1 item ago"
    _key(qtbot, session, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert session.gold_review.reviewing == control


def test_a_verdict_after_the_session_is_gone_reaches_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    """The listener outlives a labeling session (another project, a sign-out); a verdict
    it hears later must not reach the session's deleted widgets."""
    window, session, workspace = open_labeling(qtbot, "text", tmp_path)
    listener = workspace.listener
    session.close()
    window.labeling = None  # as when another profile opens
    session.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(session))
    listener.gold_verdict_.emit("s-late", "item-elsewhere", {"passed": False, "score": 0.1})
    qtbot.wait(50)  # an exception in the slot would fail the test here (pytest-qt)


def test_a_missed_record_shows_the_answer_sent_its_differing_key_and_one_escape_goes_back(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Ctrl+G on a missed record: the keys as they were sent (confirmed, not "to check"),
    the key that differs from the expected answer marked, the column within its pane, and
    one Escape (the keyboard being in a value's box) back to the current item."""
    from PySide6.QtWidgets import QApplication

    from labeler.client.workitem import MediaInfo, WorkItem
    from labeler.ui.fields.record import RecordGroup
    from tests.ui.labeling import picture

    schema = {
        "title": "Shop signs",
        "media": "image",
        "fields": [
            {
                "name": "shop",
                "kind": "record",
                "keys": [{"value": "name"}, {"value": "phone"}],
            }
        ],
    }
    path = picture(tmp_path / "sign.png", 800, 600, 1)
    info = MediaInfo("0" * 64, "image/png", path.stat().st_size, "", 800, 600)
    record = {"name": "Bright Star School Books and Stationers", "phone": "061 4567123"}
    items = [
        WorkItem(f"item-{n}", "b1", "p1", 1, media=info, display_path=path, data={"record": record})
        for n in range(3)
    ]
    window, session, workspace = open_labeling(
        qtbot, "image", tmp_path, schema_json=schema, items=items
    )
    group = session.page.form.group("shop")
    assert isinstance(group, RecordGroup)
    control = session.item.id
    qtbot.waitUntil(lambda: group.boxes["name"].hasFocus())
    qtbot.keyClick(group.boxes["name"], Qt.Key.Key_Return)
    qtbot.keyClick(group.boxes["phone"], Qt.Key.Key_Return)
    qtbot.keyClick(group.boxes["phone"], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(workspace.sent) == 1 and session.settled)
    current = session.item.id
    expected = {"shop": {"name": "Bright Star School Books and Stationers", "phone": "061 4576123"}}
    verdict = {
        "passed": False,
        "score": 0.5,
        "fields": {"shop": {"score": 0.5, "passed": False}},
        "expected": expected,
    }
    workspace.listener.gold_verdict_.emit(workspace.sent[0].id, control, verdict)
    qtbot.waitUntil(session.page.gold.isVisible)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: session.gold_review.reviewing == control)
    assert [group.marks[k].text() for k in ("name", "phone")] == ["✓", "✓"]
    name, phone = group.expected_marks["name"], group.expected_marks["phone"]
    assert name.isVisible() and phone.isVisible()
    assert "≠" not in name.text() and "≠" in phone.text() and "061 4576123" in phone.text()
    qtbot.wait(50)
    side = session.page.side
    for key in ("name", "phone"):
        for widget in (group.marks[key], group.expected_marks[key], group.boxes[key]):
            right = widget.mapTo(side, widget.rect().topRight()).x()
            assert right <= side.viewport().width(), (key, widget, right)
    focused = QApplication.focusWidget()
    assert focused in group.boxes.values()
    qtbot.keyClick(focused, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: session.gold_review.reviewing is None)
    assert session.item.id == current
    assert not phone.isVisible()
