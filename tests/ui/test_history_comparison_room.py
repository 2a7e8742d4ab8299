"""History of a comparison in Urdu at 1366×768: the candidates the annotator judged and
their answer in words show whole, as the review shows them (F9)."""

from __future__ import annotations

from typing import Any

from labeler.client.history import History
from labeler.ui.pages.common import select_row
from labeler.ui.pages.history_model import ROW_ROLE
from labeler.ui.review.comparewords import WordsPane
from tests.ui.test_history_item import LAPTOP, Host, Known, row, submitted, verdict

COMPARE = {
    "title": "Compare two answers",
    "media": "text",
    "fields": [
        {"name": "preference", "kind": "pairwise"},
        {
            "name": "flags",
            "kind": "flags",
            "labels": [{"value": "unsafe"}, {"value": "factual_error"}, {"value": "off_topic"}],
        },
        {"name": "rationale", "kind": "rationale", "required": "when_close"},
    ],
}
LIGHTNING = {
    "candidates": [
        {
            "key": "A",
            "text": "گھر کے اندر رہیں، کھڑکیوں سے دور رہیں اور بجلی کے آلات کو نہ چھوئیں، "
            "ٹوٹی تاروں سے دور رہیں۔",
        },
        {"key": "B", "text": "بارش میں بجلی کا کوئی خطرہ نہیں ہوتا۔"},
    ]
}
PASSWORD = {
    "candidates": [
        {
            "key": "A",
            "text": "Open the sign-in page and choose **Forgot password**. You will get a code "
            "by SMS or on a recovery email; enter it and choose a new password.",
        },
        {
            "key": "B",
            "text": "Ask a friend who knows computers to log in for you with your phone number.",
        },
    ]
}
MINE = {"preference": {"winner": "A", "strength": 2}}
EXPECTED = {"preference": {"winner": "A", "strength": 2}, "flags": {"B": ["factual_error"]}}


def host_with_rows(qtbot: Any) -> Host:
    known = Known()
    known.gate.set()
    known.local = {
        "plain": submitted(
            "plain",
            COMPARE,
            MINE,
            project="compare",
            text="بارش کے موسم میں بجلی سے کیسے بچیں؟",
            data=LIGHTNING,
        ),
        "missed": submitted(
            "missed",
            COMPARE,
            {"preference": {"winner": "A"}},
            project="compare",
            text="How do I reset a forgotten email password?",
            data=PASSWORD,
        ),
    }
    host = Host(known)
    host.project_names["compare"] = "Compare two answers"
    qtbot.addWidget(host)
    host.resize(*LAPTOP)
    host.show()
    qtbot.waitExposed(host)
    rows = (
        row("plain", "compare", 1),
        row("missed", "compare", 2, verdict(EXPECTED, {"preference": 0.0}, False)),
    )
    host.history.set_history(History(rows, None, True))
    return host


def shown(qtbot: Any, page: Any, sid: str) -> Any:
    ids = [page.proxy.index(r, 0).data(ROW_ROLE).submission_id for r in range(2)]
    select_row(page.table, ids.index(sid))
    side = page.item_view.side

    def drawn() -> bool:
        loaded = side.loaded
        return loaded is not None and loaded.detail.submissions[0].id == sid and bool(side.panes)

    qtbot.waitUntil(drawn)
    qtbot.wait(50)
    return side


def cut(side: Any) -> list[str]:
    """What of the comparison is cut: a candidate's text or an answer in words scrolling
    in its own box, a pane shown twice (large and again in the strip)."""
    wrong = []
    for key, card in side.itemdata.comparison.cards.items():
        if card.text.verticalScrollBar().maximum() > 0:
            wrong.append(f"candidate {key}: {card.text.height()} px high, its text scrolls")
    on_screen = side.stage.visible_panes()
    if side.stage.strip.isVisible() or len(on_screen) != len(side.panes):
        wrong.append("one pane large and the strip beside it")
    for pane in on_screen:
        assert isinstance(pane.body, WordsPane)
        if pane.body.view.verticalScrollBar().maximum() > 0:
            wrong.append(f"{pane.spec.title}: its answer scrolls")
    return wrong


def test_in_urdu_a_comparisons_candidates_and_answers_show_whole_at_1366x768(
    qtbot: Any, urdu: None
) -> None:
    """F9: the candidates sat in ~70 px cards scrolling under the answers' table, `F` gave
    the item 13 px, and a missed control item showed "Your answer" large and again in the
    strip beside it. The panes say each answer in words (the table said it again), the
    table over the item gives way to Nastaliq's taller rows, and two answers that cannot
    both show whole stand side by side."""
    host = host_with_rows(qtbot)
    page = host.history
    side = shown(qtbot, page, "plain")
    assert not side.table.isVisible()
    # Three lines of each candidate at least (a long one scrolls), the answer whole.
    three = 3 * side.itemdata.comparison.fontMetrics().lineSpacing()
    assert all(card.text.height() >= three for card in side.itemdata.comparison.cards.values())
    assert [w for w in cut(side) if not w.startswith("candidate")] == []
    before = page.item_view.height()
    page.toggle_large()  # F: the item gets the room of all but the selected row
    qtbot.wait(50)
    assert page.item_view.height() >= before + 80
    assert not cut(side), cut(side)
    page.toggle_large()
    side = shown(qtbot, page, "missed")
    assert [p.spec.title for p in side.stage.visible_panes()] == ["آپ کا جواب", "متوقع جواب"]
    assert page.table.height() >= page.table_height(1.5)  # the selected row in view
    page.toggle_large()  # F: both answers whole
    qtbot.wait(50)
    assert page.table.height() >= page.table_height(1.5)
    assert not cut(side), cut(side)
