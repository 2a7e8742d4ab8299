"""Answers of the comparison field kinds (PROTOCOL.md "Answers"): their shapes, and the
item-aware checks against the item's candidates and record."""

from __future__ import annotations

from typing import Any

import pytest

from labeler.core.answers import ItemContext, rationale_required, validate_answer
from labeler.core.problems import AnswerInvalid
from labeler.core.schema import Schema, parse_schema

FLAGS = [{"value": "unsafe", "hotkey": "u"}, {"value": "off_topic", "hotkey": "o"}]


def schema_of(*fields: dict[str, Any]) -> Schema:
    return parse_schema({"title": "T", "media": "text", "fields": list(fields)})


def problems(
    schema: Schema, answer: dict[str, Any], ctx: ItemContext | None = None
) -> dict[str, str]:
    with pytest.raises(AnswerInvalid) as caught:
        validate_answer(schema, answer, ctx)
    return {p.path: p.message for p in caught.value.problems}


THREE = ItemContext(candidates=("A", "B", "C"), record_keys=())
PAIRWISE = schema_of({"name": "p", "kind": "pairwise"})
STRICT_PAIRWISE = schema_of({"name": "p", "kind": "pairwise", "tie": False, "strength": False})


@pytest.mark.parametrize(
    "value",
    [
        {"winner": "A"},
        {"winner": "B", "strength": 2},
        {"winner": "A", "strength": 1},
        {"winner": "tie"},
    ],
)
def test_pairwise_good(value: dict[str, Any]) -> None:
    assert validate_answer(PAIRWISE, {"p": value}, THREE) == {"p": value}
    assert validate_answer(PAIRWISE, {"p": value}) == {"p": value}


@pytest.mark.parametrize(
    ("value", "found"),
    [
        ("A", {"p": "must be an object, not a string"}),
        ({}, {"p.winner": "is required"}),
        ({"winner": "C"}, {"p.winner": "must be one of A, B, tie"}),
        ({"winner": "A", "strength": 3}, {"p.strength": "must be one of 1, 2"}),
        ({"winner": "A", "strength": 2.0}, {"p.strength": "must be one of 1, 2"}),
        ({"winner": "A", "strength": True}, {"p.strength": "must be one of 1, 2"}),
        ({"winner": "tie", "strength": 1}, {"p.strength": "a tie has no strength"}),
        ({"winner": "A", "why": "x"}, {"p.why": "unknown key"}),
    ],
)
def test_pairwise_bad(value: object, found: dict[str, str]) -> None:
    assert problems(PAIRWISE, {"p": value}) == found


def test_pairwise_without_tie_or_strength() -> None:
    assert problems(STRICT_PAIRWISE, {"p": {"winner": "tie"}}) == {
        "p.winner": "must be one of A, B"
    }
    assert problems(STRICT_PAIRWISE, {"p": {"winner": "A", "strength": 2}}) == {
        "p.strength": "must be one of 1"
    }
    assert validate_answer(STRICT_PAIRWISE, {"p": {"winner": "B", "strength": 1}})


def test_pairwise_needs_two_candidates_when_the_item_is_known() -> None:
    assert problems(PAIRWISE, {"p": {"winner": "A"}}, ItemContext(candidates=())) == {
        "p": "this item has no two candidates to compare"
    }


RANKING = schema_of({"name": "r", "kind": "ranking"})
TIED_RANKING = schema_of({"name": "r", "kind": "ranking", "ties": True})


def test_ranking_good() -> None:
    answer = {"r": {"A": 2, "B": 3, "C": 1}}
    assert validate_answer(RANKING, answer, THREE) == answer
    assert validate_answer(RANKING, answer) == answer
    tied = {"r": {"A": 1, "B": 1, "C": 2}}
    assert validate_answer(TIED_RANKING, tied, THREE) == tied


def test_a_ranking_with_a_gap_after_a_tie_is_kept_dense() -> None:
    # 1, 1, 3 and 1, 1, 2 are the same order: what is kept is numbered dense, whether a
    # submission, a gold answer or a prefill (a proposal).
    gap = {"r": {"C": 3, "A": 1, "B": 1}}
    dense = {"r": {"C": 2, "A": 1, "B": 1}}
    assert validate_answer(TIED_RANKING, gap, THREE) == dense
    assert validate_answer(TIED_RANKING, gap, THREE, proposal=True) == dense
    assert validate_answer(TIED_RANKING, {"r": {"A": 3, "B": 3, "C": 3}}, THREE) == {
        "r": {"A": 1, "B": 1, "C": 1}
    }


def test_ranking_must_rank_exactly_the_items_candidates() -> None:
    assert problems(RANKING, {"r": {"A": 1, "B": 2}}, THREE) == {"r.C": "is required"}
    assert problems(RANKING, {"r": {"A": 1, "B": 2, "C": 3, "D": 4}}, THREE) == {
        "r.D": "'D' is not a candidate of this item",
    }
    assert problems(RANKING, {"r": {"A": 1, "B": 2}}, ItemContext(candidates=())) == {
        "r.A": "'A' is not a candidate of this item",
        "r.B": "'B' is not a candidate of this item",
        "r": "must rank at least two candidates",
    }


def test_ranking_shape_without_context() -> None:
    assert problems(RANKING, {"r": {"A": 1, "x": 2}}) == {
        "r.x": "'x' is not a candidate key (A, B, C… up to J)"
    }
    assert problems(RANKING, {"r": {"A": 1}}) == {"r": "must rank at least two candidates"}
    assert problems(RANKING, {"r": {"A": 1, "B": 3}}) == {"r.B": "must be from 1 to 2"}


@pytest.mark.parametrize(
    ("ranks", "found"),
    [
        ({"A": 1, "B": 1, "C": 2}, {"r.B": "rank 1 is already given to A; ties are not allowed"}),
        ({"A": 0, "B": 1, "C": 2}, {"r.A": "must be from 1 to 3"}),
        ({"A": 4, "B": 1, "C": 2}, {"r.A": "must be from 1 to 3"}),
        ({"A": "1", "B": 2, "C": 3}, {"r.A": "must be an integer, not a string"}),
        ({"A": 1.0, "B": 2, "C": 3}, {"r.A": "must be an integer, not a number"}),
        ([1, 2, 3], {"r": "must be an object, not a list"}),
    ],
)
def test_ranking_bad(ranks: object, found: dict[str, str]) -> None:
    assert problems(RANKING, {"r": ranks}, THREE) == found


NAMED_CRITERIA = schema_of(
    {"name": "c", "kind": "criteria", "rows": [{"value": "helpful"}, {"value": "accurate"}]}
)
RELEVANCE = schema_of({"name": "c", "kind": "criteria", "rows": "candidates", "min": 0, "max": 3})


def test_criteria_named_rows() -> None:
    good = {"c": {"helpful": 5, "accurate": 1}}
    assert validate_answer(NAMED_CRITERIA, good) == good
    assert problems(NAMED_CRITERIA, {"c": {"helpful": 6, "kind": 2}}) == {
        "c.helpful": "must be from 1 to 5",
        "c.kind": "unknown row 'kind'",
        "c.accurate": "is required",
    }
    assert problems(NAMED_CRITERIA, {"c": {"helpful": True, "accurate": 2}}) == {
        "c.helpful": "must be an integer, not a boolean"
    }


def test_criteria_rows_by_candidate() -> None:
    good = {"c": {"A": 0, "B": 3, "C": 2}}
    assert validate_answer(RELEVANCE, good, THREE) == good
    assert problems(RELEVANCE, {"c": {"A": 0, "B": 4, "E": 1}}, THREE) == {
        "c.B": "must be from 0 to 3",
        "c.E": "'E' is not a candidate of this item",
        "c.C": "is required",
    }
    assert validate_answer(RELEVANCE, {"c": {"A": 1}}) == {"c": {"A": 1}}
    assert problems(RELEVANCE, {"c": {"row": 1}}) == {
        "c.row": "'row' is not a candidate key (A, B, C… up to J)"
    }


RATIONALE = schema_of(
    {"name": "p", "kind": "pairwise"},
    {"name": "why", "kind": "rationale", "required": "when_close", "min_length": 10},
)


def test_rationale_length_and_blank() -> None:
    plain = schema_of({"name": "why", "kind": "rationale", "min_length": 5})
    assert validate_answer(plain, {"why": "  enough words  "}) == {"why": "  enough words  "}
    assert problems(plain, {"why": " ab  "}) == {"why": "must be at least 5 characters, not 2"}
    assert validate_answer(plain, {"why": "   "}) == {}  # blank: not given
    assert problems(plain, {"why": "x" * 10_001}) == {
        "why": "must be at most 10000 characters, not 10001"
    }
    assert problems(plain, {"why": 3}) == {"why": "must be a string, not a number"}
    required = schema_of({"name": "why", "kind": "rationale", "required": True})
    assert problems(required, {"why": " \n "}) == {"why": "is required"}


@pytest.mark.parametrize(
    ("pairwise", "required"),
    [
        ({"winner": "tie"}, True),
        ({"winner": "A"}, True),
        ({"winner": "B", "strength": 1}, True),
        ({"winner": "A", "strength": 2}, False),
    ],
)
def test_rationale_when_close(pairwise: dict[str, Any], required: bool) -> None:
    answer = {"p": pairwise}
    assert rationale_required(RATIONALE, RATIONALE.field("why"), answer) is required
    if required:
        assert problems(RATIONALE, answer) == {"why": "is required"}
    else:
        assert validate_answer(RATIONALE, answer) == answer
    assert validate_answer(RATIONALE, {**answer, "why": "because it is so"})


def test_a_prefill_or_gold_answer_needs_no_rationale() -> None:
    """A proposal (prefill or gold) is completed by the annotator, and a gold rationale is
    never scored: an imported preference, close or not, goes without one."""
    close = {"p": {"winner": "B"}}
    assert validate_answer(RATIONALE, close, proposal=True) == close
    required = schema_of(
        {"name": "p", "kind": "pairwise"}, {"name": "why", "kind": "rationale", "required": True}
    )
    assert validate_answer(required, close, proposal=True) == close
    assert problems(required, close) == {"why": "is required"}
    # A rationale it does give is still checked; other required fields are still required.
    with pytest.raises(AnswerInvalid) as caught:
        validate_answer(RATIONALE, {**close, "why": "short"}, proposal=True)
    assert {p.path for p in caught.value.problems} == {"why"}
    with pytest.raises(AnswerInvalid) as caught:
        validate_answer(required, {}, proposal=True)
    assert {p.path: p.message for p in caught.value.problems} == {"p": "is required"}


FLAGGING = schema_of(
    {"name": "f", "kind": "flags", "labels": [{"value": "unsafe"}, {"value": "off_topic"}]}
)


def test_flags() -> None:
    good = {"f": {"A": ["unsafe", "off_topic"], "C": []}}
    assert validate_answer(FLAGGING, good, THREE) == good
    assert validate_answer(FLAGGING, {"f": {}}, THREE) == {"f": {}}
    assert problems(
        FLAGGING, {"f": {"A": ["unsafe", "unsafe"], "D": [], "B": "unsafe"}}, THREE
    ) == {
        "f.A[1]": "label 'unsafe' is chosen twice",
        "f.D": "'D' is not a candidate of this item",
        "f.B": "must be a list, not a string",
    }
    assert problems(FLAGGING, {"f": {"A": ["rude", 1]}}) == {
        "f.A[0]": "unknown label 'rude'",
        "f.A[1]": "unknown label 1",
    }
    assert problems(FLAGGING, {"f": ["A"]}) == {"f": "must be an object, not a list"}


RECORD = schema_of(
    {"name": "shop", "kind": "record", "keys": [{"value": "name"}, {"value": "phone"}]}
)
SHOP = ItemContext(record_keys=("name", "phone", "city"))


def test_record() -> None:
    good = {"shop": {"name": "Karachi Sweets", "phone": "021 555"}}
    assert validate_answer(RECORD, good, SHOP) == good
    assert validate_answer(RECORD, good) == good
    assert problems(RECORD, {"shop": {"name": 3, "city": "x"}}, SHOP) == {
        "shop.name": "must be a string, not a number",
        "shop.city": "'city' is not a key this field verifies",
        "shop.phone": "is required",
    }
    assert problems(RECORD, good, THREE) == {"shop": "this item has no record to verify"}
    assert problems(RECORD, {"shop": {"name": "x" * 10_001, "phone": ""}}) == {
        "shop.name": "must be at most 10000 characters, not 10001"
    }


def test_required_defaults_of_the_new_kinds() -> None:
    schema = schema_of(
        {"name": "p", "kind": "pairwise"},
        {"name": "r", "kind": "ranking"},
        {"name": "c", "kind": "criteria", "rows": "candidates"},
        {"name": "f", "kind": "flags", "labels": [{"value": "x"}]},
        {"name": "k", "kind": "record", "keys": [{"value": "name"}]},
        {"name": "why", "kind": "rationale"},
    )
    assert problems(schema, {}) == {
        "p": "is required",
        "r": "is required",
        "c": "is required",
        "k": "is required",
    }


def test_context_with_data() -> None:
    data = {"candidates": [{"text": "a"}, {"key": "B", "text": "b"}], "record": {"name": "x"}}
    ctx = ItemContext(text="q").with_data(data)
    assert ctx == ItemContext(text="q", candidates=("A", "B"), record_keys=("name",))
    assert ItemContext().with_data(None) == ItemContext(candidates=(), record_keys=())
