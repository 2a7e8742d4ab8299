"""Numbers as readers find them in files: a finite number, a positive count, a number
kept exactly as written, and pixel coordinates as an answer holds them.

Coordinates read from text are kept in decimal where a reader shifts or subtracts them
(VOC's 1 px, a box's corners to its size), so `3.4 − 0.1` is 3.3, not
`3.3000000000000003`, and no digit the file has is lost.
"""

from __future__ import annotations

import math
from decimal import Decimal, InvalidOperation


def finite(text: str | None) -> float | None:
    """The finite number `text` says; None for anything else (`nan`, `inf`, words)."""
    if text is None:
        return None
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def count(text: str | None) -> int | None:
    """The positive whole number `text` says (`640`, `640.0`); None for anything else."""
    value = finite(text)
    if value is None or value <= 0 or not value.is_integer():
        return None
    return int(value)


def exact(text: str | None) -> Decimal | None:
    """The finite number `text` says, exactly as written; None for anything else."""
    if finite(text) is None:
        return None
    try:
        return Decimal((text or "").strip())
    except InvalidOperation:
        return None


def pixel(value: Decimal | float) -> float | int:
    """A pixel coordinate as an answer holds it: whole ones as int."""
    number = float(value)
    return int(number) if number.is_integer() else number


def span(low: float, high: float) -> float | int:
    """`high − low` of two numbers as a file writes them (their shortest repr), exactly."""
    return pixel(Decimal(repr(float(high))) - Decimal(repr(float(low))))


def written(value: float) -> str:
    """A coordinate as XML text: `11` for a whole number, `11.25` for a fraction, at most 6
    decimals (a millionth of a pixel), never `-0`; a file read back and written again gives
    the same bytes."""
    text = f"{round(value, 6) + 0.0:.6f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text
