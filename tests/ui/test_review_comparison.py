"""The review of a comparison item: the item's prompt and candidates (or record and
photo) once, beside panes that say each answer in words, with the differences from the
reference marked and how the consensus was reached."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from labeler.core.schema import parse_schema
from labeler.ui.review.compare import SideBySide
from labeler.ui.review.comparewords import (
    WordsPane,
    criteria_lines,
    flags_words,
    pairwise_words,
    pane_html,
    ranking_words,
    record_lines,
    short_words,
)
from labeler.ui.review.marks import UNMATCHED
from labeler.ui.review.table import value_text
from tests.ui.test_review_panes import loaded

SCHEMA: dict[str, Any] = {
    "title": "Compare",
    "media": "text",
    "fields": [
        {"name": "preference", "kind": "pairwise"},
        {"name": "order", "kind": "ranking", "ties": True},
        {
            "name": "quality",
            "kind": "criteria",
            "rows": [{"value": "helpful", "text": "Helpfulness"}, {"value": "accurate"}],
            "scale": ["Poor", "Fair", "Good", "Very good", "Excellent"],
        },
        {"name": "issues", "kind": "flags", "labels": [{"value": "unsafe"}, {"value": "wrong"}]},
        {"name": "why", "kind": "rationale"},
    ],
}
DATA = {
    "conversation": [{"role": "user", "text": "How much water a day?"}],
    "candidates": [
        {"key": "A", "text": "About two litres."},
        {"key": "B", "text": "Eight glasses, more in the heat."},
        {"key": "C", "text": "As much as you like."},
    ],
}


def answer(winner: str, order: dict[str, int], helpful: int, **more: Any) -> dict[str, Any]:
    return {
        "preference": {"winner": winner, "strength": 2} if winner == "B" else {"winner": winner},
        "order": order,
        "quality": {"helpful": helpful, "accurate": 4},
        "issues": more.get("issues", {}),
        "why": more.get("why", "B says when to drink more."),
    }


ANSWERS = [
    answer("B", {"A": 2, "B": 1, "C": 3}, 4),
    answer("B", {"A": 2, "B": 1, "C": 3}, 4, issues={"C": ["wrong"]}),
    answer("A", {"A": 1, "B": 2, "C": 3}, 2, issues={"C": ["wrong"]}, why="A is short."),
]
F = parse_schema(SCHEMA).fields


@pytest.fixture
def side(qtbot) -> SideBySide:
    view = SideBySide()
    qtbot.addWidget(view)
    view.resize(1300, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


def words(view: SideBySide) -> list[str]:
    return [p.body.text() for p in view.panes if isinstance(p.body, WordsPane)]


def test_pairwise_and_ranking_in_words() -> None:
    assert pairwise_words({"winner": "B", "strength": 2}) == "prefers B, much better"
    assert pairwise_words({"winner": "A", "strength": 1}) == "prefers A"
    assert pairwise_words({"winner": "tie"}) == "a tie"
    assert pairwise_words(None) == "—"
    assert ranking_words({"C": 3, "A": 1, "B": 2}).strip("\u2066\u2067\u2068\u2069") == (
        "A › B › C"
    )
    assert ranking_words({"A": 2, "B": 1, "C": 1}).strip("\u2066\u2067\u2068\u2069") == (
        "B = C › A"
    )


def test_criteria_rows_that_differ_from_the_reference_are_marked() -> None:
    lines = criteria_lines(F[2], {"helpful": 2, "accurate": 4}, {"helpful": 4, "accurate": 4}, {})
    assert "≠" in lines[0] and "Helpfulness: 2 Fair" in lines[0]
    assert "(reference 4 Very good)" in lines[0]
    assert "≠" not in lines[1] and "accurate: 4 Very good" in lines[1]


def test_a_record_says_its_corrected_keys_against_the_record_shown() -> None:
    record = parse_schema(
        {
            "title": "Verify",
            "media": "image",
            "fields": [
                {
                    "name": "listing",
                    "kind": "record",
                    "keys": [{"value": "name"}, {"value": "phone"}],
                }
            ],
        }
    ).fields[0]
    shown = {"record": {"name": "Shaheen Electronic", "phone": "0321 7654321"}}
    lines = record_lines(record, {"name": "Shaheen Electronics", "phone": "۰۳۲۱ ۷۶۵۴۳۲۱"}, shown)
    assert len(lines) == 1  # Urdu digits are the same number
    assert "name: “Shaheen Electronic” corrected to “Shaheen Electronics”" in lines[0]
    confirmed = record_lines(record, shown["record"], shown)
    assert confirmed == ["every key confirmed as shown"]
    assert short_words(record, shown["record"]) == "2 keys"


def test_the_table_says_comparison_values_in_words() -> None:
    assert value_text(F[0], {"winner": "B", "strength": 2}) == "prefers B, much better"
    assert value_text(F[3], {"A": [], "C": ["wrong", "unsafe"]}) == "C: wrong, unsafe"
    assert value_text(F[3], {}) == "none"
    assert value_text(F[2], {"helpful": 4, "accurate": 3}) == "helpful 4, accurate 3"


def test_panes_say_each_answer_and_the_consensus_with_its_method(side: SideBySide) -> None:
    side.show_item(loaded(SCHEMA, ANSWERS, data=DATA, text="How much water?"), "Compare")
    assert [p.spec.title for p in side.panes][1:] == ["annotator0", "annotator1", "annotator2"]
    assert side.panes[0].info.text() == "from 3 answers"
    reference, first, _, third = words(side)
    assert "preference (majority): prefers B" in reference
    assert "order (Borda count)" in reference
    assert "quality (median per row)" in reference and "Helpfulness: 4 Very good" in reference
    assert "issues (more than half): A: none · B: none · C: wrong" in reference
    assert "why" not in reference  # no consensus of words
    assert "preference: prefers B, much better" in first and "≠" not in first
    assert "≠ prefers A" in third
    assert "≠ Helpfulness: 2 Fair (reference 4 Very good)" in third
    assert "why: “A is short.”" in third
    # The item's prompt and candidates are shown once, beside the panes.
    assert side.itemdata.isVisible()
    assert sorted(side.itemdata.comparison.cards) == ["A", "B", "C"]
    assert side.prompt.isVisible() and side.prompt.toPlainText() == "How much water?"
    assert not side.photo.isVisible()


def test_an_image_record_item_shows_its_photo_beside_the_record(side: SideBySide) -> None:
    schema = {
        "title": "Verify",
        "media": "image",
        "fields": [{"name": "listing", "kind": "record", "keys": [{"value": "name"}]}],
    }
    sha = "ab" * 32
    media = {"sha256": sha, "url": f"/api/v1/media/{sha}", "mime": "image/png", "bytes": 1}
    item = loaded(
        schema,
        [{"listing": {"name": "Shaheen Electronics"}}],
        data={"record": {"name": "Shaheen Electronic"}},
        media={**media, "width": 40, "height": 20},
    )
    side.show_item(item, "Verify")
    assert side.photo.isVisible() and side.itemdata.record.isVisible()
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(0x336699)
    side.set_picture(image)
    assert side.photo.pixmap() is not None and not side.photo.pixmap().isNull()
    (only,) = words(side)
    assert "name: “Shaheen Electronic” corrected to “Shaheen Electronics”" in only


def _listing() -> Any:
    return parse_schema(
        {
            "title": "Verify",
            "media": "image",
            "fields": [
                {
                    "name": "listing",
                    "kind": "record",
                    "keys": [{"value": "name"}, {"value": "phone"}],
                }
            ],
        }
    ).fields[0]


def test_a_correction_is_drawn_as_a_correction_and_red_is_kept_for_the_reference() -> None:
    """With no reference, an annotator's correction of the record is theirs to make: ✎ in
    the text's colour, not the red ≠ of a wrong answer. Against a reference, a key of
    another value is ≠ in red, whether corrected or confirmed as shown."""
    record = _listing()
    shown = {"record": {"name": "Shaheen Electronic", "phone": "0321 7654321"}}
    answer = {"name": "Shaheen Electronics", "phone": "0321 7654321"}
    (alone,) = record_lines(record, answer, shown)
    assert alone.startswith("✎ ") and "≠" not in alone and UNMATCHED not in alone
    right = {"name": "Shaheen Electronics", "phone": "0321 7654321"}
    assert record_lines(record, answer, shown, right) == [alone]
    wrong = {"name": "Shaheen Electronics", "phone": "0321 7654312"}
    confirmed = record_lines(record, shown["record"], shown, wrong)
    assert [("≠" in line, UNMATCHED in line) for line in confirmed] == [(True, True)] * 2
    assert "phone: “0321 7654321” confirmed as shown" in confirmed[1]


def test_in_urdu_a_correction_keeps_its_quoted_values_whole(urdu: None) -> None:
    """Each Latin value goes with its quotes in its own direction, and the key too, so
    the Urdu line reads key, old value, "corrected to", new value."""
    record = _listing()
    shown = {"record": {"name": "Shaheen Electronic"}}
    (line,) = record_lines(record, {"name": "Shaheen Electronics"}, shown)
    assert "\u2068“Shaheen Electronic”\u2069" in line
    assert "\u2068“Shaheen Electronics”\u2069" in line
    assert "\u2068name\u2069" in line
    assert line.index("Electronic”") < line.index("درست") < line.index("Electronics”")


def _visual_x(line: str, at: int) -> float:
    """The middle of the character at `at` of `line`, laid out as a right-to-left
    paragraph (the pane's direction in Urdu)."""
    from PySide6.QtGui import QFont, QTextLayout, QTextOption

    layout = QTextLayout(line, QFont())
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    layout.createLine().setLineWidth(2000)
    layout.endLayout()
    row = layout.lineAt(0)
    return (row.cursorToX(at)[0] + row.cursorToX(at + 1)[0]) / 2


def test_in_urdu_each_candidate_s_flags_read_label_first_from_the_right(urdu: None) -> None:
    # "flags: A: factual error · کوئی نہیں B:": the Latin "B:" landed after its value.
    line = flags_words({"A": ["unsafe"]}, DATA)
    none = line.index("کوئی")
    b = line.index("B:")
    a = line.index("A:")
    # Right to left: A's part first, then B's label, then B's value (none).
    assert _visual_x(line, a) > _visual_x(line, b) > _visual_x(line, none)


def test_in_urdu_a_field_s_name_stands_before_its_value_from_the_right(urdu: None) -> None:
    # "preference: B کو ترجیح" ran "preference: B" left to right: B stood at the right,
    # before the field's name, apart from its own words.
    from PySide6.QtGui import QTextDocument

    schema = parse_schema(SCHEMA)
    document = QTextDocument()
    document.setHtml(pane_html(schema, ANSWERS[0], {}, DATA, reference=False))
    (line,) = [x for x in document.toPlainText().splitlines() if "preference" in x]
    name, key, words = line.index("preference"), line.index("B"), line.index("کو")
    assert _visual_x(line, name) > _visual_x(line, key) > _visual_x(line, words)


def test_in_urdu_a_preference_cell_reads_from_the_right(urdu: None) -> None:
    # "B کو ترجیح" opens with the Latin key: the table drew it as a left-to-right line,
    # "B" at the left end after the Urdu words.
    from labeler.ui.pages.common import is_rtl

    (preference,) = [f for f in F if f.kind == "pairwise"]
    for value in ({"winner": "B", "strength": 2}, {"winner": "A"}):
        assert is_rtl(value_text(preference, value))


def test_other_items_keep_their_media_panes(side: SideBySide) -> None:
    schema = {
        "title": "T",
        "media": "text",
        "fields": [
            {"name": "sentiment", "kind": "choice", "labels": [{"value": "pos"}, {"value": "neg"}]}
        ],
    }
    side.show_item(loaded(schema, [{"sentiment": "pos"}], text="Fine."), "Reviews")
    assert not words(side)
    assert not side.itemdata.isVisible() and not side.photo.isVisible()
    assert not side.prompt.isVisible()  # the text pane shows the text


def test_a_record_pair_to_match_shows_both_records_beside_the_answers(side: SideBySide) -> None:
    """Product match: a choice on an item with `data.records`; the reviewer sees the pair
    as the annotator did, the differing values marked, and the item's text above it."""
    schema = {
        "title": "Product match",
        "media": "text",
        "fields": [
            {
                "name": "match",
                "kind": "choice",
                "labels": [{"value": "same"}, {"value": "different"}],
            }
        ],
    }
    records = [{"name": "Bulb 12W", "price": 450}, {"name": "Bulb 12 W", "price": 520}]
    item = loaded(
        schema,
        [{"match": "different"}, {"match": "same"}],
        text="Light bulbs",
        data={"records": records},
    )
    side.show_item(item, "Product match")
    assert side.itemdata.pair.isVisible() and side.itemdata.pair.differing == ["name", "price"]
    assert side.prompt.isVisible() and side.prompt.toPlainText() == "Light bulbs"
    _reference, first, second = words(side)  # the suggested consensus, then each answer
    assert "match: different" in first and "match: same" in second


RELEVANCE: dict[str, Any] = {
    "title": "Search relevance",
    "media": "text",
    "fields": [
        {
            "name": "relevance",
            "kind": "criteria",
            "rows": "candidates",
            "min": 0,
            "max": 3,
            "gold": {"metric": "within", "tolerance": 1, "threshold": 0.8},
        },
        {"name": "order", "kind": "ranking", "gold": {"threshold": 0.5}},
        {"name": "issues", "kind": "flags", "labels": [{"value": "spam"}]},
        {"name": "listing", "kind": "record", "keys": [{"value": "name"}, {"value": "city"}]},
    ],
}
RESULTS = {
    "candidates": [{"key": k, "text": f"result {k}"} for k in "ABCDE"],
    "record": {"name": "Ali Traders", "city": "Lahore"},
}


def tints(side: SideBySide, row: int) -> list[str]:
    """The table's row `row`: each submission column's tint (ok, bad, none)."""
    from labeler.ui.pages.common import BAD_TINT, OK_TINT

    names = {OK_TINT.name(): "ok", BAD_TINT.name(): "bad"}
    found = []
    for col in range(1, side.table.columnCount()):
        item = side.table.item(row, col)
        brush = item.background() if item is not None else None
        found.append(names.get(brush.color().name(), "none") if brush and brush.style() else "none")
    return found


def test_a_comparison_cell_that_differs_anywhere_from_the_reference_is_red(
    side: SideBySide,
) -> None:
    agreed = {"A": 3, "B": 0, "C": 2, "D": 1, "E": 0}
    same = {
        "relevance": agreed,
        "order": {"A": 1, "B": 2, "C": 3, "D": 4, "E": 5},
        "issues": {"E": ["spam"]},
        "listing": {"name": "Ali Traders", "city": "Lahore"},
    }
    other = {
        # One row off by 3 (within the threshold's 0.8 share), two results swapped (a
        # tau that still passes 0.5), a flag more, a key corrected.
        "relevance": {**agreed, "B": 3},
        "order": {"A": 2, "B": 1, "C": 3, "D": 4, "E": 5},
        "issues": {"D": ["spam"], "E": ["spam"]},
        "listing": {"name": "Ali Traders", "city": "Karachi"},
    }
    item = loaded(RELEVANCE, [same, same, other], data=RESULTS, text="bise lahore result")
    side.show_item(item, "Search relevance")
    # The answer differs, yet it reaches the gold threshold of its field.
    scores = item.comparison.fields["relevance"].scores
    assert scores["s2"] >= 0.8 and item.comparison.fields["order"].scores["s2"] >= 0.5
    for row in range(4):
        assert tints(side, row) == ["ok", "ok", "bad"], RELEVANCE["fields"][row]["name"]
    assert "≠ B: 3 (reference 0)" in words(side)[3]


def test_a_tie_numbered_otherwise_than_the_gold_is_the_same_order(side: SideBySide) -> None:
    """The gold numbers a tie 1, 1, 3, the workbench 1, 1, 2: the same order, so the
    answer's pane marks no ≠ and its table cell is not red; another order still is."""
    gold = answer("B", {"A": 1, "B": 3, "C": 1}, 4)
    same = answer("B", {"A": 1, "C": 1, "B": 2}, 4)
    other = answer("B", {"A": 1, "C": 2, "B": 2}, 4)
    side.show_item(loaded(SCHEMA, [same, other], gold=gold, text="How much water?"), "Compare")
    _, tied, moved = words(side)
    assert "order: " in tied and "≠" not in tied
    assert "≠ " in moved and "A › B = C" in moved
    assert tints(side, 1)[:2] == ["ok", "bad"]


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
PASSWORD = {
    "candidates": [
        {
            "key": "A",
            "text": "Open the sign-in page and choose **Forgot password**. You will get a code "
            "by SMS or on a recovery email; enter it and choose a new password.",
        },
        {"key": "B", "text": "Ask a friend who knows computers to log in for you."},
    ]
}


@pytest.mark.parametrize("gold", [False, True], ids=["consensus", "gold"])
def test_in_urdu_each_answer_in_words_shows_whole_at_1366_by_768(qtbot, urdu, gold) -> None:  # type: ignore[no-untyped-def]
    """F22: Nastaliq lines are twice as tall; each answer still shows whole (its rationale
    line too), without a scrollbar of its own, as in English: the panes get half the
    width and the room the fields table can give, or one shows large beside the strip."""
    side = SideBySide()
    qtbot.addWidget(side)
    side.resize(1040, 660)  # what a 1366 × 768 window leaves beside the queue
    side.show()
    qtbot.waitExposed(side)
    given = {
        "preference": {"winner": "A", "strength": 2},
        "flags": {"B": ["unsafe"]},
        "rationale": "B hands the account to someone else.",
    }
    answers = [given, {**given, "preference": {"winner": "A"}}] + ([given] if gold else [])
    item = loaded(COMPARE, answers, gold=given if gold else None, data=PASSWORD, text="Reset?")
    side.show_item(item, "Compare two answers")
    side.set_current("s0")
    qtbot.wait(50)
    assert side.height() == 660  # the panes fit in the window; it never grows past it
    on_screen = [p for p in side.stage.visible_panes() if isinstance(p.body, WordsPane)]
    assert on_screen
    for pane in on_screen:
        view = pane.body.view
        assert view.verticalScrollBar().maximum() == 0, pane.spec.title
        assert view.height() >= view.document().size().height()
    assert any("B hands the account" in p.body.text() for p in on_screen)


LONG_PROMPT = " ".join(["How much water should an adult drink on a hot day at work?"] * 30)


@pytest.mark.parametrize("language", ["en", "ur"])
def test_the_prompt_box_is_as_tall_as_its_text_up_to_six_lines(qtbot, request, language) -> None:  # type: ignore[no-untyped-def]
    """The prompt above the candidates took six lines (~190 px in Nastaliq) for a one-line
    prompt: it is as tall as its text, up to six lines; a longer one scrolls."""
    if language == "ur":
        request.getfixturevalue("urdu")
    side = SideBySide()
    qtbot.addWidget(side)
    side.resize(1040, 660)
    side.show()
    qtbot.waitExposed(side)
    side.show_item(loaded(SCHEMA, ANSWERS, data=DATA, text="How much water?"), "Compare")
    qtbot.wait(20)
    prompt = side.prompt
    line = prompt.fontMetrics().lineSpacing()
    text = prompt.document().size().height()
    assert prompt.isVisible() and prompt.verticalScrollBar().maximum() == 0
    assert text <= prompt.height() <= text + 2 * prompt.frameWidth() + 2
    assert prompt.height() < 3 * line
    side.show_item(loaded(SCHEMA, ANSWERS, data=DATA, text=LONG_PROMPT), "Compare")
    qtbot.wait(20)
    assert 5 * line <= prompt.height() <= 6 * line + 2 * prompt.frameWidth()
    assert prompt.verticalScrollBar().maximum() > 0  # the rest scrolls
