from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from labeler.core.codepoints import CodepointIndex, utf16_length


def _units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _qt_offset(text: str, offset: int) -> int:
    """What Qt counts: the UTF-16 length of the text before `offset`."""
    return _units(text[:offset])


def test_bmp_text_is_identity() -> None:
    text = "عمران نے لاہور میں پاکستان کرکٹ بورڈ کے دفتر کا دورہ کیا۔"
    index = CodepointIndex(text)
    assert index.utf16_length == index.length == len(text)
    for offset in range(len(text) + 1):
        assert index.to_utf16(offset) == offset
        assert index.from_utf16(offset) == offset


def test_emoji_shift_later_offsets() -> None:
    text = "ok 😀 Lahore 👍🏽!"
    index = CodepointIndex(text)
    assert index.utf16_length == _units(text) == utf16_length(text)
    start = text.index("Lahore")
    assert index.to_utf16(start) == start + 1
    assert index.span_to_utf16(start, start + 6) == (start + 1, start + 7)
    # 👍🏽 is two astral code points: four units.
    assert index.to_utf16(len(text)) == len(text) + 3
    for offset in range(len(text) + 1):
        assert index.to_utf16(offset) == _qt_offset(text, offset)


def test_mixed_urdu_english_emoji() -> None:
    text = "Imran 🏏 عمران نے لاہور 🇵🇰 میں match جیتا"
    index = CodepointIndex(text)
    for word in ("Imran", "عمران", "لاہور", "میں", "match", "جیتا"):
        start = text.index(word)
        units = index.span_to_utf16(start, start + len(word))
        assert units == (_qt_offset(text, start), _qt_offset(text, start + len(word)))
        assert index.span_from_utf16(*units) == (start, start + len(word))


def test_combining_marks_count_one_each() -> None:
    # e + COMBINING ACUTE, Urdu with zer/zabar marks: all in the BMP.
    text = "cafe\u0301 بِسْمِ 𝒜\u0301"
    index = CodepointIndex(text)
    assert index.utf16_length == _units(text)
    script_a = text.index("𝒜")
    assert index.to_utf16(script_a + 1) == script_a + 2  # the mark after 𝒜 shifts by one
    assert index.from_utf16(script_a + 2) == script_a + 1


def test_boundaries_and_empty_text() -> None:
    empty = CodepointIndex("")
    assert empty.to_utf16(0) == 0 and empty.from_utf16(0) == 0
    only = CodepointIndex("😀")
    assert only.to_utf16(1) == 2
    assert only.from_utf16(2) == 1
    for bad in (-1, 2):
        with pytest.raises(ValueError):
            only.to_utf16(bad)
    for bad in (-1, 3):
        with pytest.raises(ValueError):
            only.from_utf16(bad)


def test_half_a_surrogate_pair_snaps() -> None:
    index = CodepointIndex("a😀b")
    assert index.from_utf16(2) == 1
    assert index.from_utf16(2, round_up=True) == 2
    # A range that ends or starts inside the pair takes the emoji whole.
    assert index.span_from_utf16(0, 2) == (0, 2)
    assert index.span_from_utf16(2, 4) == (1, 3)


def test_adjacent_emoji() -> None:
    text = "😀😀😀x"
    index = CodepointIndex(text)
    assert [index.to_utf16(i) for i in range(5)] == [0, 2, 4, 6, 7]
    assert [index.from_utf16(u) for u in range(8)] == [0, 0, 1, 1, 2, 2, 3, 4]


def test_one_mebibyte_text_is_fast() -> None:
    text = ("Lahore لاہور 😀 " * 80_000)[: 1 << 20]
    started = time.perf_counter()
    index = CodepointIndex(text)
    for offset in range(0, len(text), 997):
        index.from_utf16(index.to_utf16(offset))
    assert time.perf_counter() - started < 1.0
    assert index.utf16_length == _units(text)


@given(st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=60), st.data())
def test_round_trip(text: str, data: st.DataObject) -> None:
    index = CodepointIndex(text)
    assert index.utf16_length == _units(text)
    offset = data.draw(st.integers(0, len(text)))
    unit = index.to_utf16(offset)
    assert unit == _qt_offset(text, offset)
    assert index.from_utf16(unit) == offset
    assert index.from_utf16(unit, round_up=True) == offset
    start, end = sorted(data.draw(st.tuples(st.integers(0, len(text)), st.integers(0, len(text)))))
    assert index.span_from_utf16(*index.span_to_utf16(start, end)) == (start, end)
