"""A record pair in Urdu (the review of a product match at 1366×768): every value shows
whole, wrapped, or cut with an ellipsis and whole in its tooltip; never cut silently,
least of all where the two records differ (F12)."""

from __future__ import annotations

from typing import Any

from labeler.ui.itemdata.records import Cell
from labeler.ui.review.compare import SideBySide
from tests.ui.test_review_panes import loaded

MATCH = {
    "title": "Product match",
    "media": "text",
    "fields": [
        {
            "name": "match",
            "kind": "choice",
            "labels": [{"value": "same"}, {"value": "different"}, {"value": "not_sure"}],
        }
    ],
}
BULBS = {
    "records": [
        {
            "title": "Philips LED bulb 12 W cool daylight",
            "brand": "Philips",
            "power": "12 W",
            "colour": "Cool daylight",
            "price": "Rs 650",
        },
        {
            "title": "Philips LED bulb 12 W warm white",
            "brand": "Philips",
            "power": "12 W",
            "colour": "Warm white",
            "price": "Rs 650",
        },
    ]
}

MILK = {
    "records": [
        {"title": "Nestlé Milkpak 1 litre", "brand": "Nestlé", "size": "1 l", "price": "Rs 290"},
        {
            "title": "Milkpak UHT milk 1000 ml (Nestle)",
            "brand": "Nestlé",
            "size": "1 l",
            "price": "Rs 285",
        },
    ]
}


def cut_silently(pair: Any) -> list[str]:
    """The value cells whose text runs past their box with nothing to say so."""
    return [
        c.toolTip()
        for c in pair.findChildren(Cell)
        if c.isVisible() and c.heightForWidth(c.width()) > c.height()
    ]


def test_in_urdu_a_record_pairs_values_are_never_cut_silently(qtbot: Any, urdu: None) -> None:
    """F12: the product titles' row kept one line of each and lost the words where the
    two listings differ ("… 12 W cool" | "… 12 W"), the pair being lower than its rows.
    Each row keeps the height its values need, the grid scrolls where the room is short,
    and every value is whole in its cell's tooltip."""
    side = SideBySide()
    qtbot.addWidget(side)
    side.resize(1040, 660)  # what a 1366 × 768 window leaves beside the queue
    side.show()
    qtbot.waitExposed(side)
    answers = [{"match": "different"}, {"match": "different"}]
    side.show_item(loaded(MATCH, answers, data=MILK, text="Milk"), "Product match")
    qtbot.wait(50)
    side.show_item(loaded(MATCH, answers, data=BULBS, text="Light bulbs"), "Product match")
    qtbot.wait(50)
    pair = side.itemdata.pair
    assert pair.isVisible() and pair.differing == ["title", "colour"]
    assert not cut_silently(pair)
    # The rows are as tall as their values, the room left under them (not spread).
    rows: dict[int, list[Cell]] = {}
    for i in range(pair.grid.count()):
        r = pair.grid.getItemPosition(i)[0]
        rows.setdefault(r, []).append(pair.grid.itemAt(i).widget())
    for cells in rows.values():
        need = max(c.heightForWidth(c.width()) for c in cells)
        assert all(c.height() <= need + 2 for c in cells), [c.text() for c in cells]
    tips = {c.toolTip() for c in pair.findChildren(Cell)}
    assert {"Philips LED bulb 12 W cool daylight", "Philips LED bulb 12 W warm white"} <= tips
    # A lower view (a long prompt above, a lower window): the rows keep their lines and
    # the grid scrolls.
    side.resize(1040, 380)
    qtbot.wait(50)
    assert not cut_silently(pair)
    assert pair.scroll.verticalScrollBar().maximum() > 0
