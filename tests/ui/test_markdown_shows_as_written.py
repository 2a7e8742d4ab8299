"""No text an annotator judges vanishes in the Markdown of a turn or a candidate: a
line that is only a marker ("12.", "-", "#", ">", "***"…) shows as written."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from labeler.ui.itemdata.markdown import markdown_document
from labeler.ui.itemdata.view import ItemDataView

#: Texts Markdown reads as an empty list item, heading, quote, rule or code block.
BARE = [
    "12.",
    "1990.",
    "3.",
    "  7.",
    "1)",
    "-",
    "+",
    "*",
    "#",
    "##",
    "# #",
    ">",
    "> >",
    "***",
    "---",
    "___",
    "* * *",
    "```",
    "~~~",
    "[a]: http://203.0.113.9/x",
    "Answer:\n\n12.",
    "12.\n13.",
    "The steps:\n\n-\n\nnone",
    "Quote:\n>\nend",
    "Title\n\n#\n\nbody",
]


def visible_text(doc: QTextDocument) -> str:
    """What a document shows: each block's list marker ("12.") and its text."""
    lines = []
    block = doc.begin()
    while block.isValid():
        items = block.textList()
        lines.append((items.itemText(block) + " " if items is not None else "") + block.text())
        block = block.next()
    return "\n".join(lines)


def _shown(text: str) -> str:
    """The visible characters of a text, in order, without the spaces between."""
    return "".join(text.split())


@pytest.mark.parametrize("text", BARE)
def test_a_bare_marker_shows_as_written(qtbot: QtBot, text: str) -> None:
    doc = markdown_document(text, 11)
    assert _shown(visible_text(doc)) == _shown(text)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("1. one\n2. two", "1.one\n2.two"),
        ("# Title\n\nbody", "Title\nbody"),
        ("> quoted", "quoted"),
        ("```\n12.\n-\n```", "12.\n-"),
        ("a\n\n***\n\nb", "a\n\nb"),  # a rule between paragraphs stays a rule
        ("**bold** and `code`", "boldandcode"),
    ],
)
def test_markdown_that_shows_something_still_reads_as_markdown(
    qtbot: QtBot, text: str, shown: str
) -> None:
    doc = markdown_document(text, 11)
    assert _shown(visible_text(doc)) == _shown(shown)


def test_the_item_view_of_the_workbench_history_and_review_shows_them(qtbot: QtBot) -> None:
    """The annotator's editor, History (the editor read-only) and Review draw an item's
    data in an `ItemDataView`: a candidate "12." and a turn ">" show there too."""
    view = ItemDataView()
    qtbot.addWidget(view)
    data = {
        "conversation": [{"role": "user", "text": ">"}],
        "candidates": [{"key": "A", "text": "12."}, {"key": "B", "text": "11 (or 13)."}],
    }
    assert view.show_data(data)
    card = view.comparison.cards["A"].text
    assert card is not None
    assert visible_text(card.safe).strip() == "12."
    assert ">" in view.conversation.toPlainText()
