"""Figures as people read them: percentages and sizes.

A percentage is rounded to the nearest shown digit (1/6 reads 16.7%, not 16.6%), with
two exceptions that keep it honest: a value under a bar it is measured against (a
pool's required accuracy) never reads as reaching the bar, and a value under 1 never
reads as 100%. Sizes use decimal units (1 MB = 1 000 000 bytes, as disks and networks
count them) with the fewest digits that still say something ("840 KB", not "0.8 MB";
never "0.0 MB").
"""

from __future__ import annotations

from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal

_UNITS = ("B", "KB", "MB", "GB", "TB")


def percent(fraction: float, *, digits: int = 1, bar: float | None = None) -> str:
    """`fraction` (0.1667) as `16.7%`, rounded half up to `digits` decimals; under `bar`
    (or under 1) it never reads as `bar` (or 100%) or more."""
    value = Decimal(repr(float(fraction))) * 100
    step = Decimal(1).scaleb(-digits)
    shown = value.quantize(step, rounding=ROUND_HALF_UP)
    ceilings = [Decimal(100)] + ([Decimal(repr(float(bar))) * 100] if bar is not None else [])
    if any(value < ceiling <= shown for ceiling in ceilings):
        shown = value.quantize(step, rounding=ROUND_FLOOR)
    return f"{shown:f}%"


def size(count: int | float) -> str:
    """A byte count as `512 B`, `840 KB`, `1.2 MB`, `35 MB`, `2.4 GB`."""
    amount = float(max(count, 0))
    unit = 0
    while amount >= 999.5 and unit < len(_UNITS) - 1:
        amount /= 1000
        unit += 1
    if unit == 0:
        return f"{int(amount)} B"
    return f"{amount:.1f} {_UNITS[unit]}" if amount < 9.95 else f"{amount:.0f} {_UNITS[unit]}"


def size_of(done: int | float, total: int | float | None) -> str:
    """Progress in bytes: `840 KB of 1.2 MB`, or `840 KB` when the total is unknown."""
    if total is None or total <= 0:
        return size(done)
    return f"{size(done)} of {size(total)}"
