"""Code point offsets (the protocol's span offsets) against UTF-16 offsets (what Qt counts).

A character outside the Basic Multilingual Plane (most emoji, some CJK) is one code
point but two UTF-16 code units, so every such "astral" character before a position
shifts the two counts apart by one. `CodepointIndex` keeps the sorted positions of the
astral characters of one text and converts with a binary search, so a conversion costs
O(log n) whatever the text's length. Everything else (Urdu, Arabic, combining marks) is
one unit per code point and needs no correction.
"""

from __future__ import annotations

import re
from bisect import bisect_left

__all__ = ["CodepointIndex", "utf16_length"]

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def utf16_length(text: str) -> int:
    """How many UTF-16 code units `text` takes (Qt's `len`)."""
    return len(text) + sum(1 for _ in _ASTRAL.finditer(text))


class CodepointIndex:
    """Converts offsets into one text between code points and UTF-16 code units.

    Offsets are positions between characters, `0..len(text)` in code points and
    `0..utf16_length(text)` in units; anything outside raises `ValueError`. A unit
    offset in the middle of a surrogate pair snaps to the character's start, or to
    its end with `round_up=True`.
    """

    __slots__ = ("_astral", "_units", "length", "utf16_length")

    def __init__(self, text: str) -> None:
        # The regex scan runs in C: ~1 ms per MiB when the text has few astral chars.
        astral = [m.start() for m in _ASTRAL.finditer(text)]
        #: Code point positions of the astral characters, ascending.
        self._astral = astral
        #: Their UTF-16 positions: each earlier astral character adds one unit.
        self._units = [pos + k for k, pos in enumerate(astral)]
        self.length = len(text)
        self.utf16_length = len(text) + len(astral)

    def to_utf16(self, offset: int) -> int:
        """The UTF-16 offset of code point offset `offset`."""
        if not 0 <= offset <= self.length:
            raise ValueError(f"code point offset {offset} outside 0..{self.length}")
        return offset + bisect_left(self._astral, offset)

    def from_utf16(self, unit: int, *, round_up: bool = False) -> int:
        """The code point offset of UTF-16 offset `unit`."""
        if not 0 <= unit <= self.utf16_length:
            raise ValueError(f"UTF-16 offset {unit} outside 0..{self.utf16_length}")
        before = bisect_left(self._units, unit)  # astral characters starting before `unit`
        if before and self._units[before - 1] == unit - 1:
            # `unit` splits a surrogate pair: snap to the start or the end of it.
            start = self._astral[before - 1]
            return start + 1 if round_up else start
        return unit - before

    def span_to_utf16(self, start: int, end: int) -> tuple[int, int]:
        """A `[start, end)` code point range as a UTF-16 range."""
        return self.to_utf16(start), self.to_utf16(end)

    def span_from_utf16(self, start: int, end: int) -> tuple[int, int]:
        """A `[start, end)` UTF-16 range as code points; a half-selected surrogate pair
        at either edge is taken whole, so the range never shrinks."""
        return self.from_utf16(start), self.from_utf16(end, round_up=True)
