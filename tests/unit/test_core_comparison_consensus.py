"""Consensus of the comparison kinds: majority winner, Borda count, median per row,
majority per key, flags per candidate; and their place in `suggest_consensus`."""

from __future__ import annotations

from labeler.core.comparisonconsensus import (
    borda_ranking,
    majority_per_key,
    majority_winner,
    median_per_row,
    vote_flags,
)
from labeler.core.consensus import compare_item, suggest_consensus
from labeler.core.schema import parse_schema


def test_majority_winner() -> None:
    a, b, tie = {"winner": "A", "strength": 2}, {"winner": "B"}, {"winner": "tie"}
    assert majority_winner([a, a, b]) == {"winner": "A"}
    assert majority_winner([a, b]) == {"winner": "tie"}  # split
    assert majority_winner([tie, tie, a]) == {"winner": "tie"}
    assert majority_winner([a, b], ties=False) is None
    assert majority_winner([None, "A", {"winner": "C"}]) is None


def test_borda_count_by_hand() -> None:
    rankings = [
        {"A": 1, "B": 2, "C": 3},  # A 2, B 1, C 0
        {"A": 2, "B": 1, "C": 3},  # A 1, B 2, C 0
        {"A": 1, "B": 3, "C": 2},  # A 2, B 0, C 1
    ]
    assert borda_ranking(rankings) == {"A": 1, "B": 2, "C": 3}  # A 5, B 3, C 1


def test_borda_ties_share_points_and_ranks() -> None:
    # (A, B tied first, C) scores A 1.5, B 1.5, C 0; (B, A, C) scores B 2, A 1, C 0.
    rankings = [{"A": 1, "B": 1, "C": 3}, {"A": 2, "B": 1, "C": 3}]
    assert borda_ranking(rankings) == {"A": 2, "B": 1, "C": 3}
    even = [{"A": 1, "B": 2}, {"A": 2, "B": 1}]
    assert borda_ranking(even) == {"A": 1, "B": 1}
    assert borda_ranking(even, ties=False) == {"A": 1, "B": 2}
    assert borda_ranking([None, [1, 2]]) is None


def test_borda_ranks_are_dense_below_a_tie() -> None:
    # B 3, A 1.5, C 1.5, D 0: the tie shares 2 and D is third, not fourth.
    rankings = [{"B": 1, "A": 2, "C": 2, "D": 4}]
    assert borda_ranking(rankings) == {"A": 2, "B": 1, "C": 2, "D": 3}
    assert borda_ranking(rankings, ties=False) == {"A": 2, "B": 1, "C": 3, "D": 4}


def test_median_per_row() -> None:
    values = [{"x": 1, "y": 5}, {"x": 2, "y": 4}, {"x": 5}, {"x": 4, "y": True}]
    # x: 1 2 4 5 -> lower median 2; y: 4 5 -> 4
    assert median_per_row(values) == {"x": 2, "y": 4}
    assert median_per_row([{}, None]) is None


def test_majority_per_key() -> None:
    values = [
        {"name": "Karachi Sweets", "phone": "۰۳۰۰"},
        {"name": "karachi  sweets", "phone": "0301"},
        {"name": "Other", "phone": 300},
    ]
    # name: two of three agree after normalising (first spelling kept); phone split
    assert majority_per_key(values) == {"name": "Karachi Sweets"}
    assert majority_per_key([{"a": "x"}, {"a": "y"}]) is None


def test_vote_flags() -> None:
    values = [{"A": ["unsafe", "wrong"]}, {"A": ["unsafe"], "B": ["wrong"]}, {}]
    assert vote_flags(values, 3) == {"A": ["unsafe"]}


def test_suggest_consensus_for_the_comparison_kinds() -> None:
    schema = parse_schema(
        {
            "media": "text",
            "fields": [
                {"name": "pref", "kind": "pairwise"},
                {"name": "order", "kind": "ranking"},
                {"name": "scores", "kind": "criteria", "rows": [{"value": "helpful"}]},
                {"name": "why", "kind": "rationale"},
                {"name": "shop", "kind": "record", "keys": [{"value": "name"}]},
                {"name": "issues", "kind": "flags", "labels": [{"value": "x"}]},
            ],
        }
    )
    answers = [
        {
            "pref": {"winner": "A"},
            "order": {"A": 1, "B": 2},
            "scores": {"helpful": 4},
            "why": "a",
            "shop": {"name": "S"},
            "issues": {"B": ["x"]},
        },
        {
            "pref": {"winner": "A", "strength": 2},
            "order": {"A": 2, "B": 1},
            "scores": {"helpful": 2},
            "why": "b",
            "shop": {"name": "s"},
            "issues": {"B": ["x"]},
        },
    ]
    assert suggest_consensus(schema, answers) == {
        "pref": {"winner": "A"},
        "order": {"A": 1, "B": 2},  # equal points; this field allows no ties: key order
        "scores": {"helpful": 2},
        "shop": {"name": "S"},
        "issues": {"B": ["x"]},
    }


def test_compare_item_shows_a_gold_rationale_without_scoring_it() -> None:
    schema = parse_schema(
        {
            "media": "text",
            "fields": [
                {"name": "pref", "kind": "pairwise"},
                {"name": "why", "kind": "rationale"},
            ],
        }
    )
    answers = {"s1": {"pref": {"winner": "A"}, "why": "x"}, "s2": {"pref": {"winner": "B"}}}
    gold = {"pref": {"winner": "A"}, "why": "A cites its source"}
    comparison = compare_item(schema, answers, gold)
    why = comparison.fields["why"]
    assert (why.source, why.reference, why.scores) == ("gold", "A cites its source", {})
    assert comparison.fields["pref"].scores == {"s1": 1.0, "s2": 0.0}
