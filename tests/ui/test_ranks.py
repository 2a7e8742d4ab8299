"""A ranking's key operations on the rank map (`labeler.ui.fields.ranks`): placing, moving
and tying candidates, ties kept where the annotator made them."""

from __future__ import annotations

from labeler.ui.fields.ranks import move, order, place, ranks_of, tie_with_above, unplaced

KEYS = ["A", "B", "C"]


def test_nothing_placed_keeps_the_item_order_and_ranks_nothing():
    assert order(KEYS, None) == KEYS
    assert unplaced(KEYS, {}) == KEYS
    assert ranks_of(KEYS, {}) == {"A": 1, "B": 2, "C": 3}


def test_placing_puts_a_candidate_at_its_rank_and_the_rest_around_it():
    assert place(KEYS, {}, "C", 1) == {"C": 1}
    assert order(KEYS, {"C": 1}) == ["C", "A", "B"]
    assert place(KEYS, {"C": 1}, "A", 3) == {"C": 1, "A": 3}
    assert place(KEYS, {}, "A", 4) is None and place(KEYS, {}, "D", 1) is None


def test_moving_steps_a_candidate_and_places_it():
    assert move(KEYS, {}, "B", -1) == {"B": 1}
    assert move(KEYS, {"A": 1, "B": 2, "C": 3}, "C", -1) == {"A": 1, "C": 2, "B": 3}
    assert move(KEYS, {}, "A", -1) is None


def test_equal_ties_a_candidate_with_the_one_above():
    assert tie_with_above(KEYS, {"A": 1}, "B") == {"A": 1, "B": 1}
    assert tie_with_above(KEYS, {"A": 1, "C": 2}, "C") == {"A": 1, "C": 1}
    assert tie_with_above(KEYS, {}, "A") is None


def test_equal_under_a_candidate_not_placed_places_nothing():
    # It tied B with A and placed A too, a candidate the annotator had not judged yet.
    assert tie_with_above(KEYS, {}, "B") is None
    assert tie_with_above(KEYS, {"A": 1}, "C") is None  # B, above C, is not placed


def test_placing_another_candidate_keeps_a_tie():
    # A and C share the first rank; B placed last must not split them (it did: 1, 2, 3).
    tied = {"A": 1, "C": 1}
    assert place(KEYS, tied, "B", 3) == {"A": 1, "C": 1, "B": 3}
    assert move(["A", "B", "C", "D"], {"A": 1, "B": 1, "C": 3, "D": 4}, "D", -1) == {
        "A": 1,
        "B": 1,
        "D": 3,
        "C": 4,
    }


def test_a_tied_candidate_placed_elsewhere_leaves_its_tie():
    assert place(KEYS, {"A": 1, "B": 1, "C": 3}, "A", 3) == {"B": 1, "C": 2, "A": 3}
    assert move(KEYS, {"A": 1, "B": 1, "C": 3}, "B", 1) == {"A": 1, "C": 2, "B": 3}


def test_a_candidate_placed_between_a_tie_splits_it():
    assert place(KEYS, {"A": 1, "B": 1}, "C", 2) == {"A": 1, "C": 2, "B": 3}
