"""History of a ranking with a tie that passed its control item: the gold numbers the
tie 1, 1, 3, the workbench 1, 1, 2; both are the same order, so nothing is marked ≠
(F6: "A = C › B ≠" in red beside the same expected order)."""

from __future__ import annotations

from typing import Any

from labeler.client.history import History
from labeler.ui.review.comparewords import WordsPane
from tests.ui.test_history_comparison_room import shown
from tests.ui.test_history_item import LAPTOP, Host, Known, row, submitted, verdict

RANK = {
    "title": "Rank the answers",
    "media": "text",
    "fields": [{"name": "order", "kind": "ranking", "ties": True}],
}
KM = {
    "candidates": [
        {"key": "A", "text": "About 3.1 miles."},
        {"key": "B", "text": "About 8 miles."},
        {"key": "C", "text": "5 km is 3.11 miles."},
    ]
}


def test_a_passed_tie_numbered_otherwise_than_its_gold_is_not_marked_different(
    qtbot: Any,
) -> None:
    known = Known()
    known.gate.set()
    known.local = {
        "tie": submitted(
            "tie",
            RANK,
            {"order": {"A": 1, "C": 1, "B": 2}},
            project="rank",
            text="Convert 5 kilometres to miles.",
            data=KM,
        ),
        "other": submitted(
            "other",
            RANK,
            {"order": {"B": 1, "A": 2, "C": 2}},
            project="rank",
            text="Convert 5 kilometres to miles.",
            data=KM,
        ),
    }
    host = Host(known)
    host.project_names["rank"] = "Rank the answers"
    qtbot.addWidget(host)
    host.resize(*LAPTOP)
    host.show()
    qtbot.waitExposed(host)
    gold = {"order": {"A": 1, "B": 3, "C": 1}}
    rows = (
        row("tie", "rank", 1, verdict(gold, {"order": 1.0}, True)),
        row("other", "rank", 2, verdict(gold, {"order": 0.2}, False)),
    )
    host.history.set_history(History(rows, None, True))
    side = shown(qtbot, host.history, "tie")
    said = [p.body.text() for p in side.panes if isinstance(p.body, WordsPane)]
    assert len(said) == 2 and all("A = C › B" in s for s in said), said
    assert not any("≠" in s for s in said), said
    # An order that does differ is still marked.
    side = shown(qtbot, host.history, "other")
    mine = next(p.body.text() for p in side.panes if isinstance(p.body, WordsPane))
    assert "≠" in mine and "B › A = C" in mine
