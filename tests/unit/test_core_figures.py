from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from labeler.core.figures import percent, size, size_of


@pytest.mark.parametrize(
    ("fraction", "text"),
    [
        (1 / 6, "16.7%"),  # rounded, not cut
        (0.0, "0.0%"),
        (1.0, "100.0%"),
        (0.5, "50.0%"),
        (0.12345, "12.3%"),
        (0.12355, "12.4%"),  # half up
        (0.88, "88.0%"),
        (0.99996, "99.9%"),  # under 1 never reads 100%
        (2 / 3, "66.7%"),
    ],
)
def test_percent_rounds_to_the_nearest_tenth(fraction: float, text: str) -> None:
    assert percent(fraction) == text


def test_a_shortfall_never_reads_as_the_bar() -> None:
    assert percent(0.91996, bar=0.92) == "91.9%"
    assert percent(0.91996) == "92.0%"  # with no bar in view, plain rounding
    assert percent(0.92, bar=0.92) == "92.0%"
    assert percent(0.9249, bar=0.925) == "92.4%"
    assert percent(1 / 6, bar=0.92) == "16.7%"
    assert percent(0.655, digits=0) == "66%" and percent(0.645, digits=0) == "65%"


@given(st.floats(0, 1), st.floats(0, 1))
def test_percent_under_a_bar_reads_under_it(fraction: float, bar: float) -> None:
    shown = float(percent(fraction, bar=bar).rstrip("%"))
    if fraction < bar:
        assert shown < bar * 100
    assert abs(shown - fraction * 100) <= 0.1 + 1e-9


@pytest.mark.parametrize(
    ("count", "text"),
    [
        (0, "0 B"),
        (512, "512 B"),
        (999, "999 B"),
        (1000, "1.0 KB"),
        (1234, "1.2 KB"),
        (35_000, "35 KB"),
        (840_000, "840 KB"),
        (999_600, "1.0 MB"),
        (1_234_567, "1.2 MB"),
        (12_600_000, "13 MB"),
        (2_400_000_000, "2.4 GB"),
        (-5, "0 B"),
    ],
)
def test_sizes_never_read_zero_point_zero(count: int, text: str) -> None:
    assert size(count) == text


def test_progress_in_bytes() -> None:
    assert size_of(300_000, 1_200_000) == "300 KB of 1.2 MB"
    assert size_of(300_000, None) == "300 KB" and size_of(10, 0) == "10 B"
