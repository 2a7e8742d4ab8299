"""The labeling screen of a comparison keeps its layout while one works, in English and
in Urdu, at 1366×768: the answer column scrolls as one (never a scroll area inside
another), "much better" and the focused candidate move nothing, and a list of results
that fits shows no scroll bar from its first frame."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from labeler.client.workitem import WorkItem
from labeler.server.demo.comparisons import COMPARE_SCHEMA
from labeler.server.demo.search import SEARCH_SCHEMA
from labeler.ui.fields.compare import FlagsGroup
from labeler.ui.text.editor import TextEditor
from tests.ui.labeling import open_labeling

PAIR = {
    "candidates": [
        {
            "key": "A",
            "text": "Open the sign-in page and choose **Forgot password**. You will get a "
            "code by SMS or on a recovery email; enter it and choose a new password.",
        },
        {"key": "B", "text": "Ask a friend who knows computers to log in for you."},
    ]
}
RESULTS = {
    "candidates": [
        {"title": title, "url": f"example.com/{n}", "text": text}
        for n, (title, text) in enumerate(
            [
                ("10 interview questions and how to answer them", "Tell me about yourself…"),
                ("Jobs in Islamabad", "2,341 open positions."),
                ("CV or résumé: what is the difference?", "A CV lists your whole history."),
                ("CV meaning in medicine", "CV: cardiovascular."),
                ("Your first CV: a one-page template", "What to write with no experience."),
            ]
        )
    ]
}


@pytest.fixture(params=["en", "ur"])
def language(request: pytest.FixtureRequest) -> str:
    if request.param == "ur":
        request.getfixturevalue("urdu")
    return str(request.param)


def _items(data: dict[str, Any], text: str, count: int = 3) -> list[WorkItem]:
    return [WorkItem(f"item-{n}", "b1", "p1", 1, text=text, data=data) for n in range(count)]


def _key(
    qtbot: QtBot, key: Any, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, key, modifier)
    qtbot.wait(50)  # the layouts settle


def _place(widget: QWidget) -> QRect:
    """Where `widget` is in its window."""
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


def _scrolling(page: QWidget) -> list[QAbstractScrollArea]:
    """The scroll areas of the answer column (the instructions too) that show a vertical
    scroll bar."""
    side = page.side  # type: ignore[attr-defined]
    areas = [side, *side.findChildren(QAbstractScrollArea)]
    return [a for a in areas if a.isVisible() and a.verticalScrollBar().isVisible()]


def _open_pair(qtbot: QtBot, tmp_path: Path) -> tuple[Any, Any, Any]:
    items = _items(PAIR, "How do I reset a forgotten email password?")
    return open_labeling(qtbot, "text", tmp_path, schema_json=COMPARE_SCHEMA, items=items)


def test_the_answer_column_never_scrolls_inside_a_scroll(
    qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    """F10: in Urdu "much better" gave the form a scroll bar of its own inside the
    column's, its flag chips wrapped onto a second line and the instructions went below
    the bottom. At 1366×768 the column holds the fields and the start of the
    instructions, in both languages, before and after the keys."""
    window, session, workspace = _open_pair(qtbot, tmp_path)
    page = session.page
    flags = page.form.group("flags")
    assert isinstance(flags, FlagsGroup)

    def check() -> None:
        scrolling = _scrolling(page)
        assert len(scrolling) <= 1, "a scroll bar inside the answer column's scroll bar"
        nested = [a for a in page.side.findChildren(QScrollArea) if a.isVisible()]
        assert nested == [], "a scroll area inside the answer column"
        for chips in flags.chips.values():  # each candidate's chips on one line
            assert len({chip.mapTo(flags, QPoint(0, 0)).y() for chip in chips.values()}) == 1
        column = page.side.viewport()
        title = page.instructions_title
        top = title.mapTo(column, QPoint(0, title.height()))
        assert column.rect().contains(top), "the instructions start below the bottom"
        # All of them in the column (which scrolls to them), none hidden inside them.
        assert page.instructions.verticalScrollBar().maximum() == 0

    check()
    _key(qtbot, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert session.draft.value("preference")["strength"] == 2
    check()
    _key(qtbot, Qt.Key.Key_O)  # a flag on the focused candidate
    check()


def test_much_better_and_the_focused_candidate_move_nothing(
    qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    """F2: "A is much better" took a line of its own under the chips and pushed the flags,
    the rationale and the instructions down; the focused candidate's thicker border
    moved its text. The chip says it now, in room it keeps; the border takes no room."""
    window, session, workspace = _open_pair(qtbot, tmp_path)
    page = session.page
    form = page.form
    preference = form.group("preference")
    watched = [*preference.chips.values(), form.group("flags"), form.group("rationale")]
    watched.append(page.instructions_title)
    before = [_place(w) for w in watched]
    _key(qtbot, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    chips, said = preference.chips, preference._said
    won = "B" if language == "ur" else "A"  # Shift+←: the side on the left
    assert session.draft.value("preference") == {"winner": won, "strength": 2}
    lost = "A" if won == "B" else "B"
    assert (chips[won].text(), chips[lost].text()) == (said[won][1], said[lost][0])
    if language == "en":
        assert chips["A"].text() == "A is much better"
    assert [_place(w) for w in watched] == before
    _key(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert session.draft.value("preference") is None
    assert [_place(w) for w in watched] == before

    editor = session.editor
    assert isinstance(editor, TextEditor)
    comparison = editor.item_view.comparison
    card = comparison.cards["B"]
    parts = [card.badge, card.text]
    where = [_place(w) for w in parts if w is not None]
    comparison.set_current("B")
    qtbot.wait(20)
    assert [_place(w) for w in parts if w is not None] == where
    comparison.set_current(None)
    qtbot.wait(20)
    assert [_place(w) for w in parts if w is not None] == where


def test_a_list_of_results_that_fits_shows_no_scroll_bar_from_the_start(
    qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    """F3: five short results fit, yet the list opened with a scroll bar that went at the
    first key, and the cards grew 15 px wider then."""
    items = _items(RESULTS, "how to make a cv for first job")
    window, session, workspace = open_labeling(
        qtbot, "text", tmp_path, schema_json=SEARCH_SCHEMA, items=items
    )
    editor = session.editor
    assert isinstance(editor, TextEditor)
    comparison = editor.item_view.comparison
    assert comparison.scroll is not None
    cards = list(comparison.cards.values())
    widths = [card.width() for card in cards]
    assert not comparison.scroll.verticalScrollBar().isVisible()
    _key(qtbot, Qt.Key.Key_3)
    assert session.draft.value("relevance") == {"A": 3}
    assert not comparison.scroll.verticalScrollBar().isVisible()
    assert [card.width() for card in cards] == widths
    last = cards[-1]
    bottom = last.mapTo(comparison.scroll.viewport(), QPoint(0, last.height()))
    assert bottom.y() <= comparison.scroll.viewport().height()


def test_the_answer_column_holds_a_rating_per_result_in_its_width(
    qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    """A row per result, its words and four rating chips: the column shows every chip of
    every row within its width, with no scroll bar across."""
    items = _items(RESULTS, "how to make a cv for first job")
    window, session, workspace = open_labeling(
        qtbot, "text", tmp_path, schema_json=SEARCH_SCHEMA, items=items
    )
    page = session.page
    column = page.side.viewport()
    assert not page.side.horizontalScrollBar().isVisible()
    assert page.side.widget().width() <= column.width()
    relevance = page.form.group("relevance")
    chips = [chip for row in relevance.chips.values() for chip in row.values()]
    assert len(chips) == 20
    for chip in chips:
        assert column.rect().contains(_place_in(chip, column)), chip.text()


def _place_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


def test_a_ranking_of_long_titles_fits_the_column_width(
    qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    """A ranking's rows of long titles are cut to the column, not the column widened past
    its edge (in Urdu they were 80 px wider than the column, and cut off there)."""
    from tests.ui.test_workbench_compare import RANKING

    title = "A very long search result title that goes on and on"
    data = {"candidates": [{"title": title, "url": "example.com", "text": "A."}] * 4}
    window, session, workspace = open_labeling(
        qtbot, "text", tmp_path, schema_json=RANKING, items=_items(data, "punjab", 2)
    )
    side = session.page.side
    assert side.widget().width() <= side.viewport().width()


def test_the_flags_legend_says_tab_goes_into_the_rationale_on_one_line(
    qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    """Tab is the only key into the rationale's box: the legend under the flags says so,
    on the one line it had, in English and in Urdu, so nothing below it moves."""
    window, session, workspace = _open_pair(qtbot, tmp_path)
    flags = session.page.form.group("flags")
    assert isinstance(flags, FlagsGroup)
    legend = flags.legend
    assert "Tab" in legend.text()
    one_line = legend.heightForWidth(10_000)
    assert legend.heightForWidth(legend.width()) == one_line
    assert legend.height() == one_line


def test_the_answer_column_scrolls_by_key_to_the_end_of_the_instructions(
    qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    """In Urdu at 1366×768 the instructions go past the column's bottom: Alt+PgDown
    scrolls the column to their end, from the flags and from inside the rationale's box
    too, Alt+PgUp back; the `?` sheet lists both."""
    window, session, workspace = _open_pair(qtbot, tmp_path)
    page = session.page
    bar = page.side.verticalScrollBar()
    if language == "ur":
        assert bar.maximum() > 0, "the Urdu instructions fit: the test shows nothing"
    flags = page.form.group("flags")
    qtbot.waitUntil(flags.hasFocus)
    for _ in range(10):
        _key(qtbot, Qt.Key.Key_PageDown, Qt.KeyboardModifier.AltModifier)
    assert bar.value() == bar.maximum()
    column = page.side.viewport()
    end = page.instructions.mapTo(column, QPoint(0, page.instructions.height() - 1))
    assert column.rect().contains(end), "the end of the instructions is still hidden"
    assert flags.hasFocus()  # the keyboard stays where it was
    _key(qtbot, Qt.Key.Key_PageUp, Qt.KeyboardModifier.AltModifier)
    if bar.maximum() > bar.pageStep():
        assert 0 < bar.value() < bar.maximum()  # one screen at a time
    for _ in range(10):
        _key(qtbot, Qt.Key.Key_PageUp, Qt.KeyboardModifier.AltModifier)
    assert bar.value() == 0
    box = page.form.group("rationale").box
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    for _ in range(10):
        _key(qtbot, Qt.Key.Key_PageDown, Qt.KeyboardModifier.AltModifier)
    assert bar.value() == bar.maximum() and box.toPlainText() == ""
    window.cheatsheet.show_sheet()
    rows = {title: keys for _, rows in window.cheatsheet.sections() for title, keys in rows}
    down = "Scroll the answer column down (to the instructions)"
    if language == "en":
        assert rows[down] == ("Alt+PgDown",)
        assert rows["Scroll the answer column up"] == ("Alt+PgUp",)
    else:
        assert len([keys for keys in rows.values() if keys == ("Alt+PgDown",)]) == 1
    assert not window.keymap.conflicts()


LONG_RESULTS = {
    "candidates": [
        {
            "key": key,
            "title": f"Lahore to Karachi, result {key}",
            "url": f"example.com/{key.lower()}",
            "text": "Economy from Rs 4,150, AC sleeper from Rs 11,000; Green Line, Karachi "
            "Express and Tezgam, with departure times, fares and the stations between. " * 2,
        }
        for key in "ABCDE"
    ]
}
SEARCH_MISSED = {
    "passed": False,
    "score": 0.4,
    "fields": {"relevance": {"score": 0.4, "passed": False}},
    "expected": {"relevance": {"A": 3, "B": 0, "C": 2, "D": 1, "E": 1}},
    "hint": "The fares page answers the query exactly (3); flights are not a train (1).",
}


def test_ctrl_g_on_a_list_keeps_every_result_clear_of_the_banner_by_its_keys(
    qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    """Trial 17c F2: on a missed search item looked at again (Ctrl+G) the verdict banner
    covered the last result, the one its hint named, even once scrolled to; and ↑/↓,
    PgUp/PgDn, which the hint above the list names, did nothing there. The keyboard goes
    to the list, each key moves to a result, and each comes into view above the banner."""
    items = _items(LONG_RESULTS, "train ticket lahore to karachi price", 4)
    window, session, workspace = open_labeling(
        qtbot, "text", tmp_path, schema_json=SEARCH_SCHEMA, items=items
    )
    control = session.item.id
    for key in (Qt.Key.Key_3, Qt.Key.Key_Tab) * 4 + (Qt.Key.Key_3, Qt.Key.Key_Return):
        _key(qtbot, key)
    qtbot.waitUntil(lambda: session.settled and session.item.id != control)
    gold = session.page.gold
    workspace.listener.gold_verdict_.emit(workspace.sent[0].id, control, SEARCH_MISSED)
    qtbot.waitUntil(gold.isVisible)
    _key(qtbot, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert session.gold_review.reviewing == control
    editor = session.editor
    assert isinstance(editor, TextEditor)
    comparison = editor.item_view.comparison
    assert comparison.scroll is not None
    assert QApplication.focusWidget() is comparison
    banner = session.page.notices
    over = QRect(banner.mapToGlobal(QPoint(0, 0)), banner.size())
    list_area = QRect(comparison.scroll.mapToGlobal(QPoint(0, 0)), comparison.scroll.size())
    assert over.intersects(list_area), "the banner is clear of the list: the test shows nothing"

    relevance = session.page.form.group("relevance")

    def clear(key: str) -> None:
        assert comparison.current == key
        assert relevance.focused == key  # the answer column's row goes with it
        card = comparison.cards[key]
        shown = QRect(card.mapToGlobal(QPoint(0, 0)), card.size())
        port = comparison.scroll.viewport()
        assert QRect(port.mapToGlobal(QPoint(0, 0)), port.size()).contains(shown), key
        assert not shown.intersects(over), f"the banner covers result {key}"

    assert comparison.current == "A"  # outlined: the first key moves on from it
    for key in "BCDE":
        _key(qtbot, Qt.Key.Key_Down)
        clear(key)
    _key(qtbot, Qt.Key.Key_PageUp)
    clear("D")
    _key(qtbot, Qt.Key.Key_PageDown)
    clear("E")
    _key(qtbot, Qt.Key.Key_Up)
    clear("D")
    _key(qtbot, Qt.Key.Key_Escape)
    assert session.gold_review.reviewing is None
    # The current item's list, built again, opens at its top (it opened scrolled away).
    assert comparison.current == "A"
    assert comparison.scroll.verticalScrollBar().value() == 0
    # Back at the current item with the banner still up: its last result comes clear too.
    assert QApplication.focusWidget() is relevance
    for _ in range(4):
        _key(qtbot, Qt.Key.Key_Tab)
    clear("E")


def test_the_first_result_is_outlined_when_its_row_has_the_keyboard(
    qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    """Trial 17c F2: an item opened with row A focused in the answer column but no frame
    on result A in the list; the frame came only once Tab moved. It is there from the
    start, on the next item too."""
    items = _items(RESULTS, "how to make a cv for first job")
    window, session, workspace = open_labeling(
        qtbot, "text", tmp_path, schema_json=SEARCH_SCHEMA, items=items
    )
    editor = session.editor
    assert isinstance(editor, TextEditor)
    comparison = editor.item_view.comparison
    relevance = session.page.form.group("relevance")
    qtbot.waitUntil(relevance.hasFocus)
    assert comparison.current == "A" and comparison.cards["A"]._current
    if language == "en":  # the keys in the order of their words, as on the keys sheet
        assert "↓/↑ or PgDn/PgUp: next or previous candidate" in editor.item_view.hint.text()
    _key(qtbot, Qt.Key.Key_Tab)
    assert comparison.current == "B"
    # PgDn/PgUp, as the hint above the list says, move as ↓/↑ do (they did nothing).
    _key(qtbot, Qt.Key.Key_PageDown)
    assert relevance.focused == comparison.current == "C"
    _key(qtbot, Qt.Key.Key_PageUp)
    assert relevance.focused == comparison.current == "B"
    done = session.item.id
    for key in (
        (Qt.Key.Key_Backtab,)
        + (Qt.Key.Key_2, Qt.Key.Key_Tab) * 4
        + (
            Qt.Key.Key_2,
            Qt.Key.Key_Return,
        )
    ):
        _key(qtbot, key)
    qtbot.waitUntil(lambda: session.settled and session.item.id != done)
    qtbot.waitUntil(relevance.hasFocus)
    assert comparison.current == "A" and comparison.cards["A"]._current


def test_ctrl_g_after_the_last_item_moves_through_the_list_by_its_keys(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Trial 17c F2, as seen: the project done, Ctrl+G on the missed item showed it with
    nothing taking the keys; ↓ and PgDn changed nothing."""
    items = _items(LONG_RESULTS, "train ticket lahore to karachi price", 2)
    window, session, workspace = open_labeling(
        qtbot, "text", tmp_path, schema_json=SEARCH_SCHEMA, items=items
    )
    control = session.item.id
    relevance = session.page.form.group("relevance")
    for n in range(2):
        qtbot.waitUntil(relevance.hasFocus)
        for key in (Qt.Key.Key_3, Qt.Key.Key_Tab) * 4 + (Qt.Key.Key_3, Qt.Key.Key_Return):
            _key(qtbot, key)
        qtbot.waitUntil(
            lambda n=n: not session.submitting and getattr(session.item, "id", None) != items[n].id
        )
    assert session.item is None  # the project is done
    workspace.listener.gold_verdict_.emit(workspace.sent[0].id, control, SEARCH_MISSED)
    qtbot.waitUntil(session.page.gold.isVisible)
    session.gold_review.toggle_expected()
    assert session.gold_review.reviewing == control
    editor = session.editor
    assert isinstance(editor, TextEditor)
    comparison = editor.item_view.comparison
    qtbot.waitUntil(comparison.hasFocus)
    _key(qtbot, Qt.Key.Key_Down)
    _key(qtbot, Qt.Key.Key_PageDown)
    assert comparison.current == "C"
