"""What an answer still lacks, said to the annotator in sentences of their language:
the field by its title and the candidate by its letter ("Rate result E for relevance"),
never the server's paths ("relevance.E: is required"), which the protocol keeps."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from labeler.client.workitem import WorkItem
from labeler.core.answers import validate_answer
from labeler.core.problems import AnswerInvalid
from labeler.core.schema import parse_schema
from labeler.ui.workbench.missing import problem_lines
from tests.ui.labeling import open_labeling

SEARCH = {
    "title": "Search relevance",
    "media": "text",
    "fields": [{"name": "relevance", "kind": "criteria", "rows": "candidates", "min": 0, "max": 3}],
}
COMPARE = {
    "title": "Compare two answers",
    "media": "text",
    "fields": [
        {"name": "preference", "kind": "pairwise"},
        {"name": "rationale", "kind": "rationale", "required": "when_close", "min_length": 10},
        {
            "name": "helpfulness",
            "kind": "criteria",
            "rows": [{"value": "clear", "text": "Clarity"}],
        },
    ],
}


def _results(keys: str = "ABCDE") -> dict[str, Any]:
    return {
        "candidates": [
            {"key": k, "title": f"Result {k}", "url": f"https://example.org/{k}"} for k in keys
        ]
    }


def _answers() -> dict[str, Any]:
    return {"candidates": [{"key": "A", "text": "Lahore."}, {"key": "B", "text": "Karachi."}]}


def _invalid(schema_json: dict[str, Any], answer: dict[str, Any], data: Any) -> AnswerInvalid:
    schema = parse_schema(schema_json)
    item = WorkItem("i", "b1", "p1", 1, text="q", data=data)
    with pytest.raises(AnswerInvalid) as caught:
        validate_answer(schema, answer, item.context())
    return caught.value


def test_each_missing_part_is_a_sentence(qapp: Any) -> None:
    invalid = _invalid(SEARCH, {"relevance": {"A": 1, "B": 2, "C": 0, "D": 3}}, _results())
    # The protocol's words stay: the server and the command line say the path.
    assert [p.to_json() for p in invalid.problems] == [
        {"path": "relevance.E", "message": "is required"}
    ]
    assert problem_lines(invalid, parse_schema(SEARCH), _results()) == [
        "Rate result E for relevance"
    ]

    schema = parse_schema(COMPARE)
    nothing = _invalid(COMPARE, {}, _answers())
    assert problem_lines(nothing, schema, _answers()) == [
        "Choose which answer is better (preference)",
        "Rate every row of helpfulness",
    ]
    close = {"preference": {"winner": "A", "strength": 1}, "helpfulness": {}}
    lines = problem_lines(_invalid(COMPARE, close, _answers()), schema, _answers())
    assert lines == [
        "Write why you chose as you did (rationale)",
        "Rate Clarity for helpfulness",
    ]
    short = {**close, "rationale": "Shorter", "helpfulness": {"clear": 3}}
    assert problem_lines(_invalid(COMPARE, short, _answers()), schema, _answers()) == [
        "Write at least 10 characters on why (rationale): 7 so far"
    ]


def test_in_urdu_the_missing_part_reads_urdu(qapp: Any, urdu: None) -> None:
    invalid = _invalid(SEARCH, {"relevance": {"A": 1, "B": 2, "C": 0, "D": 3}}, _results())
    (line,) = problem_lines(invalid, parse_schema(SEARCH), _results())
    assert "نتیجہ" in line and "نمبر دیں" in line and "E" in line
    assert "is required" not in line and "relevance.E" not in line


def test_enter_on_a_half_rated_item_names_the_result_left(qtbot: QtBot, tmp_path: Path) -> None:
    items = [WorkItem("q1", "b1", "p1", 1, text="bise lahore result", data=_results())]
    window, session, workspace = open_labeling(
        qtbot, "text", tmp_path, schema_json=SEARCH, items=items
    )
    group = session.page.form.group("relevance")
    group.setFocus()
    qtbot.waitUntil(group.hasFocus)
    for digit in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_0, Qt.Key.Key_3):
        qtbot.keyClick(QApplication.focusWidget(), digit)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(session.page.problems.isVisible)
    assert session.page.problems.text() == "Not submitted: Rate result E for relevance"
    assert workspace.sent == []


def test_in_urdu_the_sentences_are_joined_by_the_urdu_semicolon_each_kept_whole(
    qapp: Any, urdu: None
) -> None:
    """A sentence ending in a Latin title ("… (order)") kept the Latin "; " after it on
    the wrong side in a right-to-left line: each sentence is isolated, joined by "؛ "."""
    from labeler.ui.workbench.missing import joined

    said = joined(["درجہ بندی میں B کو جگہ دیں (order)", "relevance کی ہر قطار کو نمبر دیں"])
    first, second = said.split("؛ ")
    assert ";" not in said
    assert first.startswith("\u2068") and first.endswith("\u2069")
    assert second.startswith("\u2068") and second.endswith("\u2069")
