"""Position and length bias on pairwise fields, against hand-computed cases and
scipy's exact binomial test."""

from __future__ import annotations

import pytest
from scipy.stats import binomtest

from labeler.core.bias import (
    BIAS_P,
    MIN_BIAS_ANSWERS,
    PairwiseBias,
    binomial_p,
    candidate_lengths,
)

A, B, TIE = {"winner": "A"}, {"winner": "B", "strength": 2}, {"winner": "tie"}


def test_binomial_p_by_hand() -> None:
    # 0 of 3: P(X=0) + P(X=3) = 2/8; 1 of 3: everything is at most as likely = 1.
    assert binomial_p(0, 3) == pytest.approx(0.25)
    assert binomial_p(1, 3) == 1.0
    # 9 of 10: 2 * (1 + 10 + 0) ... the smaller tail is X <= 1: (1 + 10) / 1024, twice.
    assert binomial_p(9, 10) == pytest.approx(22 / 1024)
    assert binomial_p(5, 10) == 1.0
    assert binomial_p(0, 0) == 1.0


@pytest.mark.parametrize(
    "k,n", [(0, 1), (1, 2), (3, 7), (12, 20), (16, 20), (17, 20), (60, 100), (70, 100), (0, 40)]
)
def test_binomial_p_matches_scipy(k: int, n: int) -> None:
    assert binomial_p(k, n) == pytest.approx(binomtest(k, n, 0.5).pvalue, rel=1e-9)


def test_candidate_lengths() -> None:
    data = {"candidates": [{"key": "A", "text": "four"}, {"key": "B", "text": "sixsix"}]}
    assert candidate_lengths(data) == (4, 6)
    # Keys an import left out are A and B in order.
    assert candidate_lengths({"candidates": [{"text": "ab"}, {"text": "c"}]}) == (2, 1)
    assert (
        candidate_lengths({"candidates": [{"key": "A", "media": "ab" * 32}, {"text": "c"}]}) is None
    )
    assert candidate_lengths({}) is None
    assert candidate_lengths(None) is None


def test_counts_by_hand() -> None:
    bias = PairwiseBias()
    long_a, long_b, same = (10, 3), (3, 10), (5, 5)
    for value, lengths in [
        (A, long_a),  # A, longer
        (A, long_b),  # A, shorter
        (B, long_b),  # B, longer
        (TIE, long_a),  # no side
        (A, same),  # A, lengths equal: no length
        (A, None),  # A, not both texts
        ("nonsense", long_a),
        (None, long_a),
    ]:
        bias.add(value, lengths)
    out = bias.to_json()
    assert (out["preferences"], out["prefers_a"], out["ties"]) == (5, 4, 1)
    assert out["a_share"] == pytest.approx(0.8)
    assert out["position_p"] == pytest.approx(binomtest(4, 5).pvalue)
    assert (out["compared_lengths"], out["prefers_longer"]) == (3, 2)
    assert out["longer_share"] == pytest.approx(2 / 3)
    assert out["position_flag"] is False and out["length_flag"] is False  # too few


def test_flagged_only_with_enough_answers_far_from_half() -> None:
    rushed = PairwiseBias()
    for n in range(MIN_BIAS_ANSWERS):
        rushed.add(A if n < 17 else B, (10, 2))  # 17 of 20 for A (and the longer)
    out = rushed.to_json()
    assert out["position_p"] < BIAS_P and out["position_flag"] is True
    assert out["length_flag"] is True
    fair = PairwiseBias()
    for n in range(40):
        fair.add(A if n % 2 else B, (2, 10) if n % 4 < 2 else (10, 2))
    out = fair.to_json()
    assert out["a_share"] == 0.5 and out["position_p"] == 1.0 and not out["position_flag"]
    few = PairwiseBias()
    for _ in range(MIN_BIAS_ANSWERS - 1):
        few.add(A, None)
    assert few.to_json()["position_p"] < BIAS_P and not few.to_json()["position_flag"]


def test_no_preferences_have_no_shares() -> None:
    out = PairwiseBias().to_json()
    assert out["a_share"] is None and out["position_p"] is None
    assert out["longer_share"] is None and out["length_p"] is None
