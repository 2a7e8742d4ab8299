"""Gold scoring of the comparison kinds: hand-computed cases, and the ranking metric
against `scipy.stats.kendalltau` (tau-b) on random rank maps with ties."""

from __future__ import annotations

import random
from typing import Any

import pytest
from scipy.stats import kendalltau

from labeler.core.comparisonscores import dense_ranks, kendall_tau_b
from labeler.core.digits import to_ascii_digits
from labeler.core.schema import Field, parse_schema
from labeler.core.scoring import score_answer, score_field
from labeler.core.textnorm import normalize_value


def field(kind: str, **extra: Any) -> Field:
    doc = {"title": "T", "media": "text", "fields": [{"name": "f", "kind": kind, **extra}]}
    return parse_schema(doc).fields[0]


def test_preference() -> None:
    f = field("pairwise")
    assert score_field(f, {"winner": "A"}, {"winner": "A", "strength": 2}) == 1.0
    assert score_field(f, {"winner": "A", "strength": 2}, {"winner": "B"}) == 0.0
    assert score_field(f, {"winner": "tie"}, {"winner": "tie"}) == 1.0
    assert score_field(f, {"winner": "tie"}, {"winner": "A"}) == 0.0
    assert score_field(f, {"winner": "B"}, {"winner": "tie"}) == 0.0
    assert score_field(f, None, {"winner": "A"}) == 0.0
    half = field("pairwise", gold={"tie": "half"})
    assert score_field(half, {"winner": "tie"}, {"winner": "A"}) == 0.5
    assert score_field(half, {"winner": "B"}, {"winner": "tie"}) == 0.5
    assert score_field(half, {"winner": "B"}, {"winner": "A"}) == 0.0


def test_kendall_tau_by_hand() -> None:
    f = field("ranking")
    same = {"A": 1, "B": 2, "C": 3}
    assert score_field(f, same, same) == 1.0
    assert score_field(f, {"A": 3, "B": 2, "C": 1}, same) == 0.0
    # one swap of three: 2 concordant, 1 discordant pair -> tau 1/3 -> score 2/3
    assert score_field(f, {"A": 2, "B": 1, "C": 3}, same) == pytest.approx(2 / 3)
    # ties in the answer: pairs AB tied, AC and BC concordant -> tau_b = 2 / sqrt(2 * 3)
    tied = score_field(field("ranking", ties=True), {"A": 1, "B": 1, "C": 2}, same)
    assert tied == pytest.approx((2 / 6**0.5 + 1) / 2)
    both_constant = {"A": 1, "B": 1}
    assert score_field(f, both_constant, both_constant) == 1.0
    assert score_field(f, {"A": 1, "B": 1}, {"A": 1, "B": 2}) == 0.5  # tau taken as 0
    assert score_field(f, None, same) == 0.0
    assert score_field(f, {}, {}) == 1.0


def test_dense_ranks_number_the_tiers_without_gaps() -> None:
    assert dense_ranks({"A": 1, "C": 1, "B": 3}) == {"A": 1, "C": 1, "B": 2}
    assert dense_ranks({"B": 1, "D": 1, "C": 3, "A": 4}) == {"B": 1, "D": 1, "C": 2, "A": 3}
    assert dense_ranks({"A": 2, "B": 5}) == {"A": 1, "B": 2}
    assert dense_ranks({"A": 1, "B": True, "C": "2"}) == {"A": 1}  # not ranks: left out
    assert dense_ranks(None) == {}


def test_a_tie_scores_the_same_numbered_dense_or_with_a_gap() -> None:
    f = field("ranking", ties=True)
    competition, dense = {"A": 1, "C": 1, "B": 3}, {"A": 1, "C": 1, "B": 2}
    assert score_field(f, dense, competition) == 1.0
    other = {"A": 2, "B": 1, "C": 3}
    assert score_field(f, competition, other) == score_field(f, dense, other)


def test_kendall_tau_matches_scipy_on_random_rank_maps_with_ties() -> None:
    rng = random.Random(17)
    checked = 0
    for _ in range(500):
        n = rng.randint(2, 10)
        keys = "ABCDEFGHIJ"[:n]
        a = {k: rng.randint(1, rng.randint(1, n)) for k in keys}
        b = {k: rng.randint(1, rng.randint(1, n)) for k in keys}
        ours = kendall_tau_b(a, b)
        theirs = kendalltau([a[k] for k in keys], [b[k] for k in keys], variant="b").statistic
        if len(set(a.values())) == 1 and len(set(b.values())) == 1:
            assert ours == 1.0  # scipy says nan: both constant is agreement here
        elif len(set(a.values())) == 1 or len(set(b.values())) == 1:
            assert ours is None
        else:
            assert ours == pytest.approx(theirs, abs=1e-12)
            score = score_field(field("ranking", ties=True), a, b)
            assert score == pytest.approx((theirs + 1) / 2, abs=1e-12)
            checked += 1
    assert checked > 300


def test_within() -> None:
    f = field("criteria", rows=[{"value": "x"}, {"value": "y"}, {"value": "z"}])
    gold = {"x": 3, "y": 3, "z": 3}
    assert score_field(f, {"x": 4, "y": 2, "z": 3}, gold) == 1.0
    assert score_field(f, {"x": 5, "y": 3, "z": 1}, gold) == pytest.approx(1 / 3)
    assert score_field(f, {"x": 3}, gold) == pytest.approx(1 / 3)  # unrated rows miss
    strict = field("criteria", rows="candidates", gold={"tolerance": 0})
    assert score_field(strict, {"A": 2, "B": 3}, {"A": 2, "B": 4}) == 0.5
    exact = field("criteria", rows="candidates", gold={"metric": "exact"})
    assert score_field(exact, {"A": 2, "B": 3}, {"A": 2, "B": 3}) == 1.0
    assert score_field(exact, {"A": 2, "B": 4}, {"A": 2, "B": 3}) == 0.0


def test_flags_jaccard_per_candidate() -> None:
    f = field("flags", labels=[{"value": "unsafe"}, {"value": "wrong"}, {"value": "rude"}])
    gold = {"A": ["unsafe", "wrong"], "B": []}
    # A: 1/3 (unsafe of unsafe, wrong, rude), B: both empty 1, C: 0 of rude -> mean 4/9
    answer = {"A": ["unsafe", "rude"], "C": ["rude"]}
    assert score_field(f, answer, gold) == pytest.approx((1 / 3 + 1 + 0) / 3)
    assert score_field(f, {}, {}) == 1.0
    assert score_field(f, {"A": []}, {"B": []}) == 1.0


def test_record_fields_normalise() -> None:
    f = field("record", keys=[{"value": "name"}, {"value": "phone"}, {"value": "city"}])
    gold = {"name": "Karachi  Sweets", "phone": "0300 1234", "city": "Lahore"}
    answer = {"name": " karachi sweets", "phone": "۰۳۰۰ ۱۲۳۴", "city": "Multan"}
    assert score_field(f, answer, gold) == pytest.approx(2 / 3)
    assert score_field(f, {"name": "ＫＡＲＡＣＨＩ sweets"}, gold) == pytest.approx(1 / 3)


def test_digits_of_any_script() -> None:
    assert to_ascii_digits("۰۱۲٣४5") == "012345"
    assert to_ascii_digits("abc") == "abc"
    assert normalize_value(" Shop ۱۲\t ABC ") == "shop 12 abc"


def test_rationale_is_not_scored_and_the_verdict_uses_the_rest() -> None:
    schema = parse_schema(
        {
            "media": "text",
            "fields": [
                {"name": "p", "kind": "pairwise"},
                {"name": "why", "kind": "rationale"},
                {"name": "r", "kind": "ranking", "gold": {"threshold": 0.5}},
            ],
        }
    )
    gold = {"p": {"winner": "A"}, "why": "A is right", "r": {"A": 1, "B": 2, "C": 3}}
    verdict = score_answer(
        schema, {"p": {"winner": "A"}, "why": "no", "r": {"A": 2, "B": 1, "C": 3}}, gold
    )
    assert set(verdict.fields) == {"p", "r"}
    assert verdict.passed and verdict.score == pytest.approx((1 + 2 / 3) / 2)
