"""Whole numbers typed or received as text, in ASCII digits only.

`str.isdigit` is true for superscripts ("²") and other scripts' digits ("١٠"); `int`
refuses the first and reads the second, so `isdigit()` before `int()` either crashes or
accepts what the rest of the product never writes. Everything that reads a number from a
key, a header, a path or a file goes through here.
"""

from __future__ import annotations

import unicodedata


def ascii_int(text: str) -> int | None:
    """The value of `text` when it is one or more ASCII digits (no sign, no spaces), else
    None."""
    if text and text.isascii() and text.isdigit():
        return int(text)
    return None


def to_ascii_digits(text: str) -> str:
    """`text` with every decimal digit of any script ("١٢", "۳", "४") written as its ASCII
    digit; everything else is left as it is."""
    if text.isascii():
        return text
    return "".join(_ascii_digit(ch) for ch in text)


def _ascii_digit(ch: str) -> str:
    value = unicodedata.decimal(ch, None)
    return ch if value is None else str(value)
