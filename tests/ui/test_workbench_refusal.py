"""A send refused on a comparison item, by keyboard in the real window: the refusal names
what is left in the form's order, and the keyboard goes to the first thing it names, so
the next key acts on it (README: "a send refused names the rest and takes the keyboard to
the first of them")."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from labeler.client.workitem import WorkItem
from labeler.ui.fields.criteria import CriteriaGroup
from labeler.ui.fields.record import RationaleGroup
from labeler.ui.text.editor import TextEditor
from tests.ui.labeling import open_labeling

COMPARE = {
    "title": "Compare two answers",
    "media": "text",
    "fields": [
        {"name": "preference", "kind": "pairwise", "tie": True, "strength": True},
        {
            "name": "flags",
            "kind": "flags",
            "labels": [
                {"value": "unsafe", "hotkey": "u"},
                {"value": "off_topic", "hotkey": "o"},
            ],
        },
        {"name": "rationale", "kind": "rationale", "required": "when_close", "min_length": 15},
    ],
}
SEARCH = {
    "title": "Search relevance",
    "media": "text",
    "fields": [{"name": "relevance", "kind": "criteria", "rows": "candidates", "min": 0, "max": 3}],
}
# The criteria before the ranking: the refusal reads them first, whichever of the two is
# the workbench's own line (a ranking half placed) and which the schema's.
RATE_THEN_RANK = {
    "title": "Rate then rank",
    "media": "text",
    "fields": [
        {"name": "quality", "kind": "criteria", "rows": "candidates", "min": 1, "max": 3},
        {"name": "order", "kind": "ranking"},
    ],
}


def _items(datas: list[dict[str, Any]], text: str = "q") -> list[WorkItem]:
    return [
        WorkItem(f"item-{n}", "b1", "p1", 1, text=text, data=data) for n, data in enumerate(datas)
    ]


def _two() -> dict[str, Any]:
    return {
        "candidates": [
            {"key": "A", "text": "Water boils at 100 °C."},
            {"key": "B", "text": "At 100."},
        ]
    }


def _results(count: int) -> dict[str, Any]:
    return {
        "candidates": [
            {"title": f"Result {n}", "url": f"https://example.com/{n}", "text": "A page."}
            for n in range(count)
        ]
    }


def _key(
    qtbot: QtBot, key: Any, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, key, modifier)


def _type(qtbot: QtBot, text: str) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClicks(widget, text)


def _comparison(session: Any) -> Any:
    editor = session.editor
    assert isinstance(editor, TextEditor)
    return editor.item_view.comparison


def test_a_send_refused_for_the_rationale_takes_the_keyboard_into_its_box(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Trial 17d F1: after "Write why you chose as you did" the keyboard stayed on the
    preference and flags, so the reason typed was read as keys (t a tie, o a flag) and
    nothing reached the box. It goes into the box: what is typed is the reason."""
    window, session, workspace = open_labeling(
        qtbot, "text", tmp_path, schema_json=COMPARE, items=_items([_two(), _two()])
    )
    why = session.page.form.group("rationale")
    assert isinstance(why, RationaleGroup)
    _key(qtbot, Qt.Key.Key_Left)  # A slightly better: close, so a reason is asked for
    _key(qtbot, Qt.Key.Key_Return)
    assert workspace.sent == []
    assert "Write why you chose as you did (rationale)" in session.page.problems.text()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is why.box)
    _type(qtbot, "Both are right, A says the unit")
    assert session.draft.value("preference") == {"winner": "A", "strength": 1}
    assert session.draft.value("flags") is None
    assert session.draft.value("rationale") == "Both are right, A says the unit"
    qtbot.keyClick(why.box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(workspace.sent) == 1 and session.settled)
    assert workspace.sent[0].answer == {
        "preference": {"winner": "A", "strength": 1},
        "rationale": "Both are right, A says the unit",
    }


def test_a_send_refused_for_the_preference_takes_the_keyboard_out_of_the_box(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The reason written first and sent with Ctrl+Enter: the refusal asks for the
    preference, whose keys are the window's, so the keyboard leaves the box (where ←
    moved the caret) and ← chooses A."""
    window, session, workspace = open_labeling(
        qtbot, "text", tmp_path, schema_json=COMPARE, items=_items([_two(), _two()])
    )
    why = session.page.form.group("rationale")
    assert isinstance(why, RationaleGroup)
    why.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is why.box)
    _type(qtbot, "A gives the unit too")
    qtbot.keyClick(why.box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert workspace.sent == []
    assert "Choose which answer is better (preference)" in session.page.problems.text()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not why.box)
    _key(qtbot, Qt.Key.Key_Left)
    assert session.draft.value("preference") == {"winner": "A", "strength": 1}
    assert session.draft.value("rationale") == "A gives the unit too"


def test_a_send_refused_for_unrated_results_moves_the_row_to_the_first_of_them(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Trial 17d F2: 3 on A, 2 on B, Enter: the refusal names C, D and E, but the row
    stayed on B and the next digit changed B. The row (and its card) go to C."""
    window, session, workspace = open_labeling(
        qtbot, "text", tmp_path, schema_json=SEARCH, items=_items([_results(5), _results(5)])
    )
    comparison = _comparison(session)
    rows = session.page.form.group("relevance")
    assert isinstance(rows, CriteriaGroup)
    qtbot.waitUntil(rows.hasFocus)
    _key(qtbot, Qt.Key.Key_3)
    _key(qtbot, Qt.Key.Key_Down)
    _key(qtbot, Qt.Key.Key_2)
    _key(qtbot, Qt.Key.Key_Return)
    assert workspace.sent == []
    said = session.page.problems.text()
    assert said.index("result C") < said.index("result D") < said.index("result E")
    assert rows.hasFocus() and rows.focused == "C" and comparison.current == "C"
    _key(qtbot, Qt.Key.Key_1)
    assert session.draft.value("relevance") == {"A": 3, "B": 2, "C": 1}


def test_a_refusal_reads_in_the_forms_order_and_the_keyboard_goes_to_its_first_line(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The criteria come before the ranking in the form: a refusal naming a row not rated
    and a candidate not placed says the row first and takes the keyboard to it (the
    ranking's own line was put first, and the keyboard went there)."""
    data = {"candidates": [{"text": "One."}, {"text": "Two."}]}
    window, session, workspace = open_labeling(
        qtbot, "text", tmp_path, schema_json=RATE_THEN_RANK, items=_items([data, data])
    )
    rows = session.page.form.group("quality")
    assert isinstance(rows, CriteriaGroup)
    qtbot.waitUntil(rows.hasFocus)
    _key(qtbot, Qt.Key.Key_2)  # A rated, B not
    _key(qtbot, Qt.Key.Key_Tab)
    _key(qtbot, Qt.Key.Key_Tab)  # on to the ranking
    _key(qtbot, Qt.Key.Key_1)  # A placed, B not
    assert session.draft.value("order") == {"A": 1}
    rows.setFocus()
    _key(qtbot, Qt.Key.Key_Return)
    said = session.page.problems.text()
    assert workspace.sent == []
    assert said.index("Rate answer B for quality") < said.index("Place B in the ranking (order)")
    assert rows.hasFocus() and rows.focused == "B"
    _key(qtbot, Qt.Key.Key_3)
    assert session.draft.value("quality") == {"A": 2, "B": 3}
