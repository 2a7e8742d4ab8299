"""A ranking's key operations on the rank map (`labeler.ui.fields.ranks`): placing, moving,
tying and taking out one candidate, the ranks always dense, ties kept where the annotator
made them."""

from __future__ import annotations

import itertools

from labeler.ui.fields.ranks import (
    dense,
    move,
    order_words,
    place,
    take_out,
    tie,
    tiers,
    unplaced,
    waiting,
)

KEYS = ["A", "B", "C"]


def _dense(value: dict[str, int]) -> bool:
    return sorted(set(value.values())) == list(range(1, len(set(value.values())) + 1))


def test_nothing_placed_ranks_nothing():
    assert tiers(KEYS, None) == [] and unplaced(KEYS, {}) == KEYS
    assert order_words(KEYS, {}) == ""


def test_the_digits_in_the_items_order_give_the_ranking_meant():
    # 1 on A, 3 on B, 2 on C: B went second and C was never placed (the rows re-sorted
    # under the keyboard); now each digit places the candidate it is pressed on.
    value: dict[str, int] = {}
    for key, rank in (("A", 1), ("B", 3), ("C", 2)):
        value = place(KEYS, value, key, rank) or value
        assert _dense(value)
    assert value == {"A": 1, "C": 2, "B": 3}
    assert order_words(KEYS, value) == "A › C › B"


def test_a_rank_past_the_last_given_puts_the_candidate_last():
    assert place(KEYS, {}, "B", 3) == {"B": 1}
    assert place(KEYS, {"A": 1}, "C", 3) == {"A": 1, "C": 2}
    assert place(KEYS, {}, "A", 4) is None and place(KEYS, {}, "D", 1) is None
    assert place(KEYS, {}, "A", 0) is None


def test_a_rank_already_taken_puts_the_candidate_there_and_the_others_down():
    assert place(KEYS, {"A": 1, "B": 2}, "C", 1) == {"C": 1, "A": 2, "B": 3}
    assert place(KEYS, {"A": 1, "B": 2, "C": 3}, "C", 2) == {"A": 1, "C": 2, "B": 3}
    assert place(KEYS, {"A": 1, "B": 2}, "A", 1) is None  # nothing changes


def test_a_tied_candidate_placed_elsewhere_leaves_its_tie_and_the_tie_stays():
    assert place(KEYS, {"A": 1, "B": 1, "C": 2}, "A", 3) == {"B": 1, "C": 2, "A": 3}
    assert place(KEYS, {"A": 1, "C": 1}, "B", 3) == {"A": 1, "C": 1, "B": 2}


def test_moving_never_leaves_a_gap():
    # Ctrl+↓ on the last placed showed rank 3 with no rank 2.
    assert move(KEYS, {"A": 1, "B": 2}, "B", 1) is None
    assert move(KEYS, {"A": 1, "B": 2}, "A", 1) == {"B": 1, "A": 2}
    assert move(KEYS, {"A": 1, "B": 2}, "A", -1) is None
    assert move(KEYS, {"A": 1}, "C", 1) is None  # not placed: ↓ does nothing
    assert move(KEYS, {"A": 1}, "C", -1) == {"A": 1, "C": 2}  # ↑ places it last
    for value in ({"A": 1, "B": 2, "C": 3}, {"A": 1, "B": 1, "C": 2}, {"B": 1}, {}):
        for key, step in itertools.product(KEYS, (-1, 1)):
            moved = move(KEYS, value, key, step)
            assert moved is None or _dense(moved)


def test_a_tied_candidate_moved_leaves_its_tie_on_that_side():
    tied = {"A": 1, "B": 1, "C": 2}
    assert move(KEYS, tied, "B", -1) == {"B": 1, "A": 2, "C": 3}
    assert move(KEYS, tied, "A", 1) == {"B": 1, "A": 2, "C": 3}
    assert move(KEYS, tied, "C", -1) == {"C": 1, "A": 2, "B": 2}


def test_equal_ties_the_candidate_with_the_rank_before_its_own():
    assert tie(KEYS, {"A": 1, "B": 2}, "B") == {"A": 1, "B": 1}
    assert tie(KEYS, {"A": 1, "B": 2, "C": 3}, "C") == {"A": 1, "B": 2, "C": 2}
    assert tie(KEYS, {"A": 1, "B": 2, "C": 3}, "B") == {"A": 1, "B": 1, "C": 2}
    assert tie(KEYS, {"A": 1, "B": 2}, "A") is None  # first: nothing before it


def test_equal_on_a_candidate_not_placed_ties_it_with_the_last_rank_only():
    assert tie(KEYS, {"A": 1}, "C") == {"A": 1, "C": 1}  # B, not placed, stays so
    assert tie(KEYS, {"A": 1, "B": 2}, "C") == {"A": 1, "B": 2, "C": 2}
    assert tie(KEYS, {}, "B") is None


def test_taking_a_candidate_out_closes_its_rank():
    assert take_out(KEYS, {"A": 1, "B": 2, "C": 3}, "A") == {"B": 1, "C": 2}
    assert take_out(KEYS, {"A": 1, "B": 1}, "A") == {"B": 1}
    assert take_out(KEYS, {"A": 1}, "A") == {}
    assert take_out(KEYS, {"A": 1}, "B") is None


def test_ranks_compare_dense_and_ties_read_joined():
    assert dense(KEYS, {"A": 1, "B": 1, "C": 3}) == {"A": 1, "B": 1, "C": 2}
    assert order_words(KEYS, {"C": 1, "A": 1, "B": 2}) == "A = C › B"


def _typed(sequence: list[tuple[str, int]]) -> dict[str, int]:
    """The rank map after digits typed on candidates in turn, as the group keeps the
    ranks still waiting."""
    value: dict[str, int] = {}
    asked: dict[str, int] = {}
    for key, rank in sequence:
        value = place(KEYS, value, key, rank, asked) or value
        asked = waiting(KEYS, value, {**asked, key: rank})
        assert _dense(value)
    return value


def test_any_order_of_digits_typed_gives_the_ranking_they_say():
    # 3 on A was placed first (the only one), then 2 on B after it and 1 on C first: A2.
    for ranks in itertools.permutations((1, 2, 3)):
        assert _typed(list(zip(KEYS, ranks, strict=True))) == dict(zip(KEYS, ranks, strict=True))
    assert _typed([("C", 3), ("A", 1), ("B", 2)]) == {"A": 1, "B": 2, "C": 3}


def test_a_rank_typed_again_pushes_the_one_there_down():
    assert _typed([("A", 2), ("B", 2), ("C", 1)]) == {"C": 1, "B": 2, "A": 3}
    assert _typed([("A", 1), ("B", 2), ("C", 3), ("A", 3)]) == {"B": 1, "C": 2, "A": 3}
    assert _typed([("A", 1), ("B", 1), ("C", 2)]) == {"B": 1, "C": 2, "A": 3}
