"""Whole numbers typed or received as text, in ASCII digits only.

`str.isdigit` is true for superscripts ("²") and other scripts' digits ("١٠"); `int`
refuses the first and reads the second, so `isdigit()` before `int()` either crashes or
accepts what the rest of the product never writes. Everything that reads a number from a
key, a header, a path or a file goes through here.
"""

from __future__ import annotations


def ascii_int(text: str) -> int | None:
    """The value of `text` when it is one or more ASCII digits (no sign, no spaces), else
    None."""
    if text and text.isascii() and text.isdigit():
        return int(text)
    return None
