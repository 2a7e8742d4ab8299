"""The gold page words a comparison's answers as History and Review do, and its editor
never asks a rationale of the gold answer."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from labeler.core.editing import Draft
from labeler.core.schema import parse_schema
from labeler.ui.fields import FieldsForm
from labeler.ui.fields.record import RationaleGroup
from labeler.ui.lead.gold.panes import summarize

SCHEMA = parse_schema(
    {
        "title": "Compare two answers",
        "media": "text",
        "fields": [
            {"name": "preference", "kind": "pairwise"},
            {
                "name": "flags",
                "kind": "flags",
                "labels": [{"value": "factual_error", "hotkey": "f"}],
            },
            {"name": "rationale", "kind": "rationale", "required": "when_close", "min_length": 15},
        ],
    }
)
DATA = {"candidates": [{"key": "A", "text": "100 °C."}, {"key": "B", "text": "90 °C."}]}


def test_a_submissions_answer_reads_in_words() -> None:
    answer = {
        "preference": {"winner": "B", "strength": 2},
        "flags": {"A": ["factual_error"], "B": []},
        "rationale": "A has the wrong boiling point.",
    }
    said = summarize(answer, SCHEMA)
    assert said.startswith("preference: prefers B, much better · flags: A: factual error")
    assert "rationale: “A has the wrong boiling point" in said
    assert "{" not in said and "'" not in said
    # Without the schema at hand, the answer's shape says it.
    assert "preference: prefers B, much better" in summarize(answer, None)


def test_the_gold_editors_rationale_asks_for_no_length(qtbot: QtBot) -> None:
    for saves, counted in ((True, "0 characters"), (False, "0 of at least 15 characters")):
        form = FieldsForm(saves=saves)
        qtbot.addWidget(form)
        form.set_schema(SCHEMA)
        draft = Draft(SCHEMA)
        form.show_item(draft, DATA)
        form.comparison.choose("tie")  # a close answer: the annotator must say why
        group = form.group("rationale")
        assert isinstance(group, RationaleGroup)
        assert group.count.text().endswith(counted)
        assert ("*" in group.title.text()) is not saves
        assert ("gray" in group.count.styleSheet()) is saves
