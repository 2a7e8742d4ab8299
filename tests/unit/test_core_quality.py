"""Quality figures: Wilson intervals, too-fast thresholds, streaks, confusion matrices."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from labeler.core.quality import (
    MIN_TOO_FAST_MS,
    NO_LABEL,
    Confusion,
    StreakCounter,
    confusion_for,
    longest_streak,
    too_fast_threshold,
    wilson_interval,
)
from labeler.core.schema import parse_schema

SCHEMA = parse_schema(
    {
        "title": "Quality",
        "media": "text",
        "fields": [
            {
                "name": "mood",
                "kind": "choice",
                "labels": [{"value": "happy"}, {"value": "sad"}, {"value": "calm"}],
            },
            {
                "name": "tags",
                "kind": "multichoice",
                "labels": [{"value": "a"}, {"value": "b"}, {"value": "c"}],
            },
            {"name": "stars", "kind": "rating", "min": 1, "max": 3},
            {"name": "wide", "kind": "rating", "min": 0, "max": 1_000_000_000},
            {"name": "note", "kind": "text"},
            {"name": "orgs", "kind": "spans", "labels": [{"value": "org"}]},
        ],
    }
)

# Newcombe (1998), "Two-sided confidence intervals for the single proportion", Table I,
# method 3 (Wilson score interval without continuity correction).
NEWCOMBE = [
    ((81, 263), (0.2553, 0.3662)),
    ((15, 148), (0.0624, 0.1605)),
    ((0, 20), (0.0, 0.1611)),
    ((1, 29), (0.0061, 0.1718)),
]


@pytest.mark.parametrize(("counts", "expected"), NEWCOMBE)
def test_wilson_matches_the_published_intervals(
    counts: tuple[int, int], expected: tuple[float, float]
) -> None:
    interval = wilson_interval(*counts)
    assert interval is not None
    assert interval == pytest.approx(expected, abs=5e-5)


def test_wilson_without_answers_and_with_impossible_counts() -> None:
    assert wilson_interval(0, 0) is None
    with pytest.raises(ValueError):
        wilson_interval(3, 2)


@given(st.integers(0, 10_000).flatmap(lambda n: st.tuples(st.integers(0, n), st.just(n))))
def test_wilson_holds_the_proportion_inside_zero_and_one(counts: tuple[int, int]) -> None:
    passed, total = counts
    interval = wilson_interval(passed, total)
    if total == 0:
        assert interval is None
        return
    assert interval is not None
    low, high = interval
    assert 0.0 <= low <= passed / total <= high <= 1.0
    # Symmetric: the interval of the failures mirrors the interval of the passes.
    mirrored = wilson_interval(total - passed, total)
    assert mirrored is not None
    assert mirrored == pytest.approx((1 - high, 1 - low), abs=1e-12)


@given(st.integers(1, 2_000), st.floats(0.05, 0.95))
def test_wilson_narrows_with_more_answers(total: int, share: float) -> None:
    passed = round(total * share)
    small, large = wilson_interval(passed, total), wilson_interval(passed * 4, total * 4)
    assert small is not None and large is not None
    assert large[1] - large[0] < small[1] - small[0]


def test_too_fast_threshold() -> None:
    assert too_fast_threshold(None) == MIN_TOO_FAST_MS
    assert too_fast_threshold(4000) == MIN_TOO_FAST_MS  # a quarter is 1000: the floor wins
    assert too_fast_threshold(12_000) == 3000
    assert too_fast_threshold(10_001) == pytest.approx(2500.25)


@given(st.one_of(st.none(), st.floats(0, 1e12)))
def test_too_fast_threshold_never_below_the_floor(median: float | None) -> None:
    threshold = too_fast_threshold(median)
    assert threshold >= MIN_TOO_FAST_MS
    if median is not None:
        assert threshold >= median / 4


def test_longest_streak_leaves_skips_out() -> None:
    a, b = {"mood": "happy"}, {"mood": "sad"}
    assert longest_streak([]) == 0
    assert longest_streak([None, None]) == 0
    assert longest_streak([a]) == 1
    assert longest_streak([a, b, b, a]) == 2
    assert longest_streak([a, None, a, b, a, None, a, a]) == 3  # skips neither count nor break
    assert longest_streak([{"x": 1, "y": [1, 2]}, {"y": [1, 2], "x": 1}]) == 2  # key order


def _reference_streak(answers: list[Any]) -> int:
    kept = [a for a in answers if a is not None]
    best = 0
    for start in range(len(kept)):
        end = start
        while end < len(kept) and kept[end] == kept[start]:
            end += 1
        best = max(best, end - start)
    return best


@given(st.lists(st.one_of(st.none(), st.sampled_from([{"m": "a"}, {"m": "b"}, {"m": 1}]))))
def test_longest_streak_properties(answers: list[Any]) -> None:
    streak = longest_streak(answers)
    assert streak == _reference_streak(answers)
    answered = sum(a is not None for a in answers)
    assert (streak == 0) == (answered == 0)
    assert streak <= answered
    counter = StreakCounter()
    for answer in answers:
        counter.add(answer)
    assert counter.longest == streak
    # Adding skips anywhere changes nothing.
    assert longest_streak([x for a in answers for x in (None, a)]) == streak


def test_confusion_of_a_choice_field() -> None:
    confusion = Confusion(SCHEMA.field("mood"))
    for expected, given_value in [
        ("happy", "happy"),
        ("happy", "sad"),
        ("sad", "sad"),
        ("sad", "sad"),
        ("calm", "happy"),
    ]:
        confusion.add(expected, given_value)
    assert confusion.to_json() == {
        "labels": ["happy", "sad", "calm"],
        "matrix": [[1, 1, 0], [0, 2, 0], [1, 0, 0]],
    }


def test_confusion_adds_old_labels_and_a_none_column_when_needed() -> None:
    confusion = Confusion(SCHEMA.field("mood"))
    confusion.add("happy", "gloomy")  # a label of an older schema version
    confusion.add("angry", "happy")
    confusion.add("sad", None)  # the answer left the field out
    confusion.add(None, "happy")  # the gold answer does not score the field: not counted
    confusion.add("sad", ["sad"])  # a value of the wrong kind: not counted
    body = confusion.to_json()
    assert body["labels"] == ["happy", "sad", "calm", "angry", "gloomy", NO_LABEL]
    matrix = dict(zip(body["labels"], body["matrix"], strict=True))
    assert matrix["happy"][4] == 1 and matrix["angry"][0] == 1 and matrix["sad"][5] == 1
    assert sum(map(sum, body["matrix"])) == 3


def test_confusion_of_a_multichoice_field_is_one_vs_rest_per_label() -> None:
    confusion = Confusion(SCHEMA.field("tags"))
    confusion.add(["a", "b"], ["a", "c"])  # a hit, b missed, c extra
    confusion.add(["a"], None)  # field left out: a missed
    confusion.add([], [])  # nothing present, nothing counted
    body = confusion.to_json()
    assert body["labels"] == ["a", "b", "c", NO_LABEL]
    assert body["matrix"] == [
        [1, 0, 0, 1],
        [0, 0, 0, 1],
        [0, 0, 0, 0],
        [0, 0, 1, 0],
    ]


def test_confusion_of_ratings_uses_the_values_as_labels() -> None:
    confusion = Confusion(SCHEMA.field("stars"))
    confusion.add(3, 2)
    confusion.add(3, 3)
    confusion.add(1, 5)  # out of today's range: an older version's value
    confusion.add(2, True)  # not an integer
    body = confusion.to_json()
    assert body["labels"] == ["1", "2", "3", "5"]
    assert body["matrix"][2] == [0, 1, 1, 0] and body["matrix"][0] == [0, 0, 0, 1]


def test_a_wide_rating_scale_lists_only_the_values_seen() -> None:
    confusion = Confusion(SCHEMA.field("wide"))
    confusion.add(1000, 20)
    confusion.add(3, 3)
    assert confusion.to_json()["labels"] == ["3", "20", "1000"]


def test_other_kinds_have_no_confusion_matrix() -> None:
    assert confusion_for(SCHEMA.field("note")) is None
    assert confusion_for(SCHEMA.field("orgs")) is None
    assert isinstance(confusion_for(SCHEMA.field("tags")), Confusion)
    with pytest.raises(ValueError):
        Confusion(SCHEMA.field("note"))


_CHOICES = st.sampled_from(["happy", "sad", "calm", "grim"])


@given(st.lists(st.tuples(_CHOICES, st.one_of(st.none(), _CHOICES)), max_size=60))
def test_choice_confusion_counts_every_pair_once(pairs: list[tuple[str, str | None]]) -> None:
    confusion = Confusion(SCHEMA.field("mood"))
    for expected, given_value in pairs:
        confusion.add(expected, given_value)
    body = confusion.to_json()
    labels, matrix = body["labels"], body["matrix"]
    assert len(matrix) == len(labels) and all(len(row) == len(labels) for row in matrix)
    assert sum(map(sum, matrix)) == len(pairs)
    hits = sum(matrix[i][i] for i in range(len(labels)))
    assert hits == sum(e == g for e, g in pairs)
    assert labels[:3] == ["happy", "sad", "calm"]


_TAGS = st.lists(st.sampled_from(["a", "b", "c", "z"]), unique=True)


@given(st.lists(st.tuples(_TAGS, _TAGS), max_size=40))
def test_multichoice_confusion_counts_each_label_present(
    pairs: list[tuple[list[str], list[str]]],
) -> None:
    confusion = Confusion(SCHEMA.field("tags"))
    for expected, given_value in pairs:
        confusion.add(expected, given_value)
    body = confusion.to_json()
    labels, matrix = body["labels"], body["matrix"]
    assert labels[-1] == NO_LABEL
    assert sum(map(sum, matrix)) == sum(len(set(e) | set(g)) for e, g in pairs)
    none = len(labels) - 1
    assert matrix[none][none] == 0
    for label in ("a", "b", "c", "z"):
        if label not in labels:
            continue
        i = labels.index(label)
        assert matrix[i][i] == sum(label in e and label in g for e, g in pairs)
        assert matrix[i][none] == sum(label in e and label not in g for e, g in pairs)
        assert matrix[none][i] == sum(label not in e and label in g for e, g in pairs)
