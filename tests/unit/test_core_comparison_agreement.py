"""Agreement of the comparison kinds: ordinal alpha against the `krippendorff` package,
Kendall's W by hand and against its relation to Spearman's rho, and what each kind of
field reports in `field_agreement`."""

from __future__ import annotations

import random
from itertools import combinations
from typing import Any

import krippendorff
import numpy as np
import pytest
from scipy.stats import spearmanr

from labeler.core.agreement import (
    field_agreement,
    kendall_w,
    krippendorff_alpha_nominal,
    krippendorff_alpha_ordinal,
    mid_ranks,
)
from labeler.core.schema import parse_schema


def reference_alpha(observers: list[list[int | None]], level: str) -> float:
    data = np.array([[np.nan if v is None else v for v in row] for row in observers], float)
    return float(krippendorff.alpha(reliability_data=data, level_of_measurement=level))


def random_observers(rng: random.Random) -> list[list[int | None]]:
    coders, units, top = rng.randint(2, 6), rng.randint(2, 30), rng.randint(2, 7)
    return [
        [None if rng.random() < 0.2 else rng.randint(1, top) for _ in range(units)]
        for _ in range(coders)
    ]


def units_of(observers: list[list[int | None]]) -> list[list[int]]:
    return [[v for v in unit if v is not None] for unit in zip(*observers, strict=True)]


def test_ordinal_alpha_matches_the_krippendorff_package() -> None:
    rng = random.Random(1717)
    checked = 0
    for _ in range(300):
        observers = random_observers(rng)
        units = units_of(observers)
        ours = krippendorff_alpha_ordinal(units)
        values = {v for unit in units if len(unit) >= 2 for v in unit}
        if ours is None or len(values) < 2:
            continue  # nothing pairable, or one value: the package divides by zero
        assert ours == pytest.approx(reference_alpha(observers, "ordinal"), abs=1e-9)
        nominal = krippendorff_alpha_nominal(units)
        assert nominal == pytest.approx(reference_alpha(observers, "nominal"), abs=1e-9)
        checked += 1
    assert checked > 200


def test_ordinal_alpha_worked_example() -> None:
    # Krippendorff (2011)'s reliability data with its published ordinal alpha, 0.815.
    n = None
    observers = [
        [1, 2, 3, 3, 2, 1, 4, 1, 2, n, n, n],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, n, 3],
        [n, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, n],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, n],
    ]
    assert krippendorff_alpha_ordinal(units_of(observers)) == pytest.approx(0.815, abs=5e-4)


def test_ordinal_alpha_counts_how_far_ratings_are() -> None:
    near = [[1, 2], [4, 5], [1, 1], [5, 5]]
    far = [[1, 5], [4, 5], [1, 1], [5, 5]]
    near_alpha = krippendorff_alpha_ordinal(near)
    far_alpha = krippendorff_alpha_ordinal(far)
    assert near_alpha is not None and far_alpha is not None and near_alpha > far_alpha
    assert krippendorff_alpha_ordinal([[3, 3], [3, 3]]) == 1.0
    assert krippendorff_alpha_ordinal([[3]]) is None


def test_mid_ranks() -> None:
    assert mid_ranks([10, 20, 20, 5]) == ([2.0, 3.5, 3.5, 1.0], 6.0)
    assert mid_ranks([1, 1, 1]) == ([2.0, 2.0, 2.0], 24.0)


def test_kendall_w_by_hand() -> None:
    # 3 raters, 4 candidates. Rank sums A 1+1+2=4, B 2+3+1=6, C 3+2+3=8, D 4+4+4=12;
    # mean 7.5; S = 12.25 + 2.25 + 0.25 + 20.25 = 35; W = 12 S / (9 * 60) = 420 / 540.
    rankings = [
        {"A": 1, "B": 2, "C": 3, "D": 4},
        {"A": 1, "B": 3, "C": 2, "D": 4},
        {"A": 2, "B": 1, "C": 3, "D": 4},
    ]
    assert kendall_w(rankings) == pytest.approx(420 / 540)
    assert kendall_w(rankings[:1]) is None
    assert kendall_w([{"A": 1, "B": 2}, {"A": 1, "B": 2}]) == pytest.approx(1.0)
    assert kendall_w([{"A": 1, "B": 2}, {"A": 2, "B": 1}]) == pytest.approx(0.0)
    assert kendall_w([{"A": 1, "B": 1}, {"A": 1, "B": 1}]) is None  # all tied


def test_kendall_w_with_ties_by_hand() -> None:
    # Raters: (A1, B1, C3) -> mid ranks 1.5, 1.5, 3 with T = 6; (A1, B2, C3) with T = 0.
    # Sums A 2.5, B 3.5, C 6; mean 4; S = 2.25 + 0.25 + 4 = 6.5;
    # W = 12 * 6.5 / (4 * 24 - 2 * 6) = 78 / 84.
    w = kendall_w([{"A": 1, "B": 1, "C": 3}, {"A": 1, "B": 2, "C": 3}])
    assert w == pytest.approx(78 / 84)


def test_kendall_w_and_mean_spearman_without_ties() -> None:
    rng = random.Random(17)
    for _ in range(200):
        n, m = rng.randint(3, 10), rng.randint(2, 8)
        keys = "ABCDEFGHIJ"[:n]
        rankings = []
        for _ in range(m):
            order = rng.sample(range(1, n + 1), n)
            rankings.append(dict(zip(keys, order, strict=True)))
        rhos = [
            spearmanr([a[k] for k in keys], [b[k] for k in keys]).statistic
            for a, b in combinations(rankings, 2)
        ]
        expected = ((m - 1) * float(np.mean(rhos)) + 1) / m
        assert kendall_w(rankings) == pytest.approx(expected, abs=1e-9)


SCHEMA = parse_schema(
    {
        "media": "text",
        "fields": [
            {"name": "pref", "kind": "pairwise"},
            {"name": "order", "kind": "ranking", "ties": True},
            {"name": "scores", "kind": "criteria", "rows": "candidates"},
            {"name": "why", "kind": "rationale"},
            {"name": "issues", "kind": "flags", "labels": [{"value": "x"}, {"value": "y"}]},
            {"name": "shop", "kind": "record", "keys": [{"value": "name"}, {"value": "city"}]},
            {"name": "quality", "kind": "rating", "required": False},
        ],
    }
)


def answer(pref: str, order: dict[str, int], scores: dict[str, int], **rest: Any) -> dict[str, Any]:
    return {"pref": {"winner": pref}, "order": order, "scores": scores, **rest}


def test_field_agreement_of_the_comparison_kinds() -> None:
    items = [
        [
            answer(
                "A",
                {"A": 1, "B": 2},
                {"A": 5, "B": 1},
                issues={"A": ["x"]},
                shop={"name": "Shop", "city": "Lahore"},
                quality=4,
                why="clear",
            ),
            answer(
                "A",
                {"A": 1, "B": 2},
                {"A": 4, "B": 1},
                issues={"A": ["x", "y"]},
                shop={"name": "shop ", "city": "Multan"},
                quality=5,
            ),
        ],
        [
            answer("B", {"A": 2, "B": 1, "C": 3}, {"A": 2, "B": 3}, quality=2),
            answer("tie", {"A": 1, "B": 2, "C": 3}, {"A": 2, "B": 2}, quality=1),
            None,  # a skip
        ],
    ]
    result = field_agreement(SCHEMA, items)
    assert "why" not in result
    assert result["pref"]["metric"] == "krippendorff_alpha"
    assert result["pref"]["value"] == pytest.approx(
        krippendorff_alpha_nominal([["A", "A"], ["B", "tie"]])
    )
    assert result["order"]["metric"] == "kendall_w"
    w_second = kendall_w([{"A": 2, "B": 1, "C": 3}, {"A": 1, "B": 2, "C": 3}])
    assert w_second is not None
    assert result["order"]["value"] == pytest.approx((1.0 + w_second) / 2)
    assert result["scores"]["metric"] == "krippendorff_alpha_ordinal"
    assert result["scores"]["value"] == pytest.approx(
        krippendorff_alpha_ordinal([[5, 4], [1, 1], [2, 2], [3, 2]])
    )
    assert result["quality"] == {
        "metric": "krippendorff_alpha_ordinal",
        "value": pytest.approx(krippendorff_alpha_ordinal([[4, 5], [2, 1]])),
    }
    # flags: item 1 A: {x} vs {x, y} -> 1/2; item 2 both none -> 1; mean 3/4
    assert result["issues"] == {"metric": "mean_pairwise_jaccard", "value": pytest.approx(0.75)}
    # record: one pair, name equal after normalising, city not
    assert result["shop"] == {"metric": "mean_pairwise_record_fields", "value": 0.5}


def test_field_agreement_without_pairs() -> None:
    result = field_agreement(SCHEMA, [[answer("A", {"A": 1, "B": 2}, {"A": 1})]])
    assert result and all(entry["value"] is None for entry in result.values())
