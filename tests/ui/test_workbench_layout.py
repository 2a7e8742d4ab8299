"""The labeling screen does not jump: the problems that kept an answer from being sent and
the gold banner float over the top of the editor area, so the item under them keeps its
place and its picture its scale when they come and go."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from pytestqt.qtbot import QtBot

from tests.ui.labeling import open_labeling

MISSED = {
    "passed": False,
    "score": 0.0,
    "fields": {"scene": {"score": 0.0, "passed": False}},
    "expected": {"scene": "urban"},
    "hint": "Buildings and pavements make a scene urban.",
}


def _view(session: Any) -> Any:
    """The widget the item is drawn in: the image's canvas, the text's view."""
    editor = session.editor
    return editor.canvas if hasattr(editor, "canvas") else editor.view


def _where(session: Any) -> tuple[QRect, float | None, QRect]:
    """Where the item lies in the window (its viewport), the picture's scale, and the
    answer form's place."""
    view = _view(session)
    viewport = view.viewport()
    top_left = viewport.mapTo(viewport.window(), viewport.rect().topLeft())
    scale = view.scale_value() if hasattr(view, "scale_value") else None
    form = session.page.form
    return (
        QRect(top_left, viewport.size()),
        scale,
        QRect(form.mapTo(form.window(), form.rect().topLeft()), form.size()),
    )


def _answer(qtbot: QtBot, session: Any, media: str) -> str:
    """Answer the item on screen by keys; its id."""
    done = session.item.id
    view = _view(session)
    qtbot.keyClick(view, Qt.Key.Key_1 if media == "image" else Qt.Key.Key_2)
    if session.item.id == done:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.settled and session.item.id != done)
    return done


@pytest.mark.parametrize("media", ["image", "text"])
def test_problems_and_the_gold_banner_never_move_or_refit_the_item(
    qtbot: QtBot, tmp_path: Path, media: str
) -> None:
    window, session, workspace = open_labeling(qtbot, media, tmp_path)
    page = session.page
    answered = _answer(qtbot, session, media)
    before = _where(session)

    qtbot.keyClick(_view(session), Qt.Key.Key_Return)  # nothing chosen: not sent
    qtbot.waitUntil(page.problems.isVisible)
    assert "Choose a label for" in page.problems.text()
    qtbot.wait(50)  # a relayout would come in the next turns of the event loop
    assert _where(session) == before

    sub = workspace.sent[0].id
    workspace.listener.gold_verdict_.emit(sub, answered, MISSED)
    qtbot.waitUntil(page.gold.isVisible)
    qtbot.wait(50)
    assert _where(session) == before

    # Both float over the top of the editor area, readable, and cover no more than that.
    area = page.area
    for note in (page.gold, page.problems):
        box = QRect(note.mapTo(area, note.rect().topLeft()), note.size())
        assert area.rect().contains(box)
        assert box.height() >= note.sizeHint().height() or note.hasHeightForWidth()
        assert box.height() >= note.heightForWidth(box.width())
    notes = page.notices
    covered = QRect(notes.mapTo(area, notes.rect().topLeft()), notes.size())
    assert covered.height() < area.height() // 3
    if media == "text":  # a text is read from its first line: that stays in view
        view = session.editor.view
        line = view.cursorRect(view.document().find(session.item.text[:8]))
        line = QRect(view.viewport().mapTo(area, line.topLeft()), line.size())
        assert not covered.intersects(line)
    else:  # over the picture's top edge only: the legend and the armed tool stay in view
        _assert_clear_of_legend_and_tool(session, covered)

    qtbot.keyClick(_view(session), Qt.Key.Key_Escape)  # both go; nothing moves
    qtbot.waitUntil(lambda: not page.gold.isVisible() and not page.problems.isVisible())
    qtbot.wait(50)
    assert _where(session) == before


def _kept_in_view(session: Any) -> list[QRect]:
    """The image editor's legend and its armed-tool chip, in the editor area."""
    area, editor = session.page.area, session.editor
    return [
        QRect(w.mapTo(area, w.rect().topLeft()), w.size()) for w in (editor.legend, editor.chip)
    ]


def _assert_clear_of_legend_and_tool(session: Any, covered: QRect) -> None:
    legend, chip = _kept_in_view(session)
    assert session.editor.legend.isVisible() and session.editor.chip.isVisible()
    assert not covered.intersects(legend), (covered, legend)
    assert not covered.intersects(chip), (covered, chip)


def test_going_back_with_a_verdict_shown_puts_one_banner_below_the_legend_and_tool(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The gold banner and the correction banner never stack over the picture: while an
    earlier item is corrected the verdict waits as its note in the header."""
    window, session, workspace = open_labeling(qtbot, "image", tmp_path)
    page = session.page
    answered = _answer(qtbot, session, "image")
    workspace.listener.gold_verdict_.emit(workspace.sent[0].id, answered, MISSED)
    qtbot.waitUntil(page.gold.isVisible)
    one = page.notices.height()
    qtbot.keyClick(_view(session), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: session.back.active and page.correction.isVisible())
    assert not page.gold.isVisible() and page.gold.note.isVisible()  # in the header row
    area, notes = page.area, page.notices
    covered = QRect(notes.mapTo(area, notes.rect().topLeft()), notes.size())
    assert covered.height() <= max(one, page.correction.height())  # one banner, not two
    _assert_clear_of_legend_and_tool(session, covered)
    qtbot.keyClick(_view(session), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not session.back.active)
    assert not page.gold.isVisible() and page.gold.note.isVisible()


def test_going_back_to_an_earlier_item_and_forward_again_moves_nothing(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window, session, workspace = open_labeling(qtbot, "image", tmp_path)
    _answer(qtbot, session, "image")
    before = _where(session)
    qtbot.keyClick(_view(session), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: session.back.active and session.page.correction.isVisible())
    qtbot.wait(50)
    assert _where(session) == before  # the same place and scale as the item it replaces
    qtbot.keyClick(_view(session), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not session.back.active and session.page.correction.isHidden())
    qtbot.wait(50)
    assert _where(session) == before


def test_the_text_keeps_its_place_whether_or_not_an_item_has_data(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Some items of a project carry data (the record beside the text), others none: the
    data panel keeps its room for them all, so the text starts at the same place on
    every item."""
    from tests.ui import labeling

    plain = labeling.make_items

    def some_with_data(media: str, count: int, folder: Path) -> list[Any]:
        record = {"product": "Haier split AC 1.5 ton", "stars": 4, "city": "Lahore"}
        items = plain(media, count, folder)
        return [replace(item, data=record if n % 3 == 1 else {}) for n, item in enumerate(items)]

    monkeypatch.setattr(labeling, "make_items", some_with_data)
    window, session, workspace = open_labeling(qtbot, "text", tmp_path, count=5)
    panel = session.editor.data_panel
    places = []
    for n in range(4):
        places.append(_where(session)[0])
        if n % 3 == 1:
            assert "Haier" in panel.text()
        else:
            assert "Haier" not in panel.text()
        _answer(qtbot, session, "text")
    assert len(set((p.top(), p.height()) for p in places)) == 1, places


def test_banners_keep_clear_of_the_record_beside_the_picture(qtbot: QtBot, tmp_path: Path) -> None:
    """A record read against its picture stays in view under a verdict and a "Not
    submitted" note: they float over the picture's top only, and the item keeps its place."""
    from labeler.client.workitem import MediaInfo, WorkItem
    from tests.ui.labeling import picture

    schema = {
        "title": "Shop signs",
        "media": "image",
        "fields": [
            {"name": "shop", "kind": "record", "keys": [{"value": "name"}, {"value": "city"}]}
        ],
    }
    path = picture(tmp_path / "sign.png", 800, 600, 1)
    info = MediaInfo("0" * 64, "image/png", path.stat().st_size, "", 800, 600)
    record = {"name": "Ali Traders", "city": "Multan"}
    items = [
        WorkItem(f"item-{n}", "b1", "p1", 1, media=info, display_path=path, data={"record": record})
        for n in range(3)
    ]
    window, session, workspace = open_labeling(
        qtbot, "image", tmp_path, schema_json=schema, items=items
    )
    page, view = session.page, session.editor.item_view
    group = page.form.group("shop")
    qtbot.waitUntil(lambda: group.boxes["name"].hasFocus())
    qtbot.keyClick(group.boxes["name"], Qt.Key.Key_Return)  # confirmed as shown
    qtbot.waitUntil(lambda: group.boxes["city"].hasFocus())
    qtbot.keyClick(group.boxes["city"], Qt.Key.Key_Return)
    qtbot.keyClick(group.boxes["city"], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(workspace.sent) == 1 and session.settled)
    before = _where(session)
    record = QRect(view.mapTo(page.area, view.rect().topLeft()), view.size())
    assert view.isVisible() and record.width() > 0
    workspace.listener.gold_verdict_.emit(workspace.sent[0].id, workspace.sent[0].item_id, MISSED)
    qtbot.waitUntil(page.gold.isVisible)
    qtbot.keyClick(group.boxes["name"], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(page.problems.isVisible)
    qtbot.wait(50)
    notes = page.notices
    covered = QRect(notes.mapTo(page.area, notes.rect().topLeft()), notes.size())
    assert not covered.intersects(record), (covered, record)
    canvas = session.editor.canvas
    picture_box = QRect(canvas.mapTo(page.area, canvas.rect().topLeft()), canvas.size())
    assert picture_box.contains(covered.center())
    for note in (page.gold, page.problems):
        assert note.height() >= note.heightForWidth(note.width())  # nothing cut
    assert _where(session) == before
