from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rapidfuzz.distance import Levenshtein

from labeler.core import worddiff
from labeler.core.scoring import wer
from labeler.core.textnorm import transcript_words
from labeler.core.worddiff import WordOp, word_diff


def test_identical_after_normalisation_is_exact() -> None:
    diff = word_diff("Thank you, Sunrise Telecom.", "thank you sunrise telecom")
    assert diff.is_exact and diff.errors == 0
    shown = ("Thank", "you,", "Sunrise", "Telecom.")
    assert diff.ops == (WordOp("same", shown, ("thank", "you", "sunrise", "telecom")),)


def test_missing_extra_and_changed_words() -> None:
    diff = word_diff("my parcel was due on monday", "my big parcel was on sunday")
    assert [op.kind for op in diff.ops] == ["same", "extra", "same", "missing", "same", "changed"]
    assert diff.ops[1] == WordOp("extra", (), ("big",))
    assert diff.ops[3] == WordOp("missing", ("due",), ())
    assert diff.ops[5] == WordOp("changed", ("monday",), ("sunday",))
    assert (diff.missing, diff.extra, diff.changed) == (1, 1, 1)
    assert diff.expected_words == 6


def test_errors_match_wer_on_simple_edits() -> None:
    expected = "one two three four five"
    actual = "one too three five six"
    diff = word_diff(expected, actual)
    assert diff.errors / diff.expected_words == wer(expected, actual)


def test_unequal_change_counts_unpaired_words() -> None:
    diff = word_diff("a b c", "x")
    assert {op.kind for op in diff.ops} == {"changed", "missing"}
    assert (diff.changed, diff.missing, diff.extra) == (1, 2, 0)
    diff = word_diff("a", "x y")
    assert (diff.changed, diff.missing, diff.extra) == (1, 0, 1)


def test_urdu_letters_fold_and_keep_their_spelling() -> None:
    # Arabic yeh (U+064A) and kaf (U+0643) compare equal to the Urdu letters.
    expected = "\u06a9\u06cc\u0627 \u062d\u0627\u0644 \u06c1\u06d2\u06d4"
    typed = "\u0643\u064a\u0627 \u062d\u0627\u0644 \u06c1\u06d2"
    diff = word_diff(expected, typed)
    assert diff.is_exact
    assert diff.ops[0].actual[0] == "\u0643\u064a\u0627"


def test_punctuation_only_tokens_are_not_words() -> None:
    diff = word_diff("yes - of course", "yes of course !")
    assert diff.is_exact and diff.expected_words == 3


def test_empty_sides() -> None:
    assert word_diff("", "").ops == ()
    assert word_diff("", "hello there").extra == 2
    assert word_diff("hello there", "  ").missing == 2


def test_one_substitution_is_not_a_missing_and_an_extra_word() -> None:
    # "c b" → "b b" is one substitution (WER 0.5), not "c" missing and a "b" added.
    diff = word_diff("c b", "b b")
    assert diff.ops == (WordOp("changed", ("c",), ("b",)), WordOp("same", ("b",), ("b",)))
    assert (diff.changed, diff.missing, diff.extra) == (1, 0, 0)
    assert diff.errors / diff.expected_words == wer("c b", "b b") == 0.5


# Few distinct words, so that random transcripts share words and need real alignment.
_WORDS = st.sampled_from(
    ["a", "b", "c", "the", "The,", "کیا", "كيا", "حال", "ہے۔", "-", "don't", "dont", "x"]
)
_URDU = st.text(alphabet="کیاحلہےۓ،۔ يك ى\u064b", max_size=40)


def _sentence(words: list[str]) -> str:
    return " ".join(words)


@given(st.lists(_WORDS, max_size=12), st.lists(_WORDS, max_size=12))
def test_errors_are_wer_times_expected_words(expected: list[str], actual: list[str]) -> None:
    _check_minimal(_sentence(expected), _sentence(actual))


@given(_URDU, _URDU)
def test_errors_are_wer_times_expected_words_in_urdu(expected: str, actual: str) -> None:
    _check_minimal(expected, actual)


@given(st.text(max_size=30), st.text(max_size=30))
def test_errors_are_wer_times_expected_words_for_any_text(expected: str, actual: str) -> None:
    _check_minimal(expected, actual)


def _check_minimal(expected: str, actual: str) -> None:
    diff = word_diff(expected, actual)
    ref, hyp = transcript_words(expected), transcript_words(actual)
    assert diff.expected_words == len(ref)
    assert diff.errors == Levenshtein.distance(ref, hyp)
    if ref:
        assert diff.errors / diff.expected_words == pytest.approx(wer(expected, actual))
    # The runs rebuild both sides, word for word, in order.
    assert sum((transcript_words(w) for op in diff.ops for w in op.expected), []) == ref
    assert sum((transcript_words(w) for op in diff.ops for w in op.actual), []) == hyp
    for op in diff.ops:
        keys_e = sum((transcript_words(w) for w in op.expected), [])
        keys_a = sum((transcript_words(w) for w in op.actual), [])
        if op.kind == "same":
            assert keys_e == keys_a
        if op.kind == "changed":
            assert len(op.expected) == len(op.actual)


def test_of_the_minimal_alignments_the_one_with_fewest_substitutions() -> None:
    diff = word_diff("my internet bill", "my bill today")
    assert [op.kind for op in diff.ops] == ["same", "missing", "same", "extra"]
    assert diff.errors == 2


@given(st.lists(_WORDS, max_size=12), st.lists(_WORDS, max_size=12))
def test_long_transcripts_take_rapidfuzz_alignment_and_stay_minimal(
    expected: list[str], actual: list[str]
) -> None:
    original = worddiff._BAND_CELLS
    worddiff._BAND_CELLS = 0  # as if the transcripts were long
    try:
        _check_minimal(_sentence(expected), _sentence(actual))
    finally:
        worddiff._BAND_CELLS = original
