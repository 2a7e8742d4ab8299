from __future__ import annotations

import pytest

from labeler.core.digits import ascii_int


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("0", 0),
        ("7", 7),
        ("0012", 12),
        ("100", 100),
        ("123456789012345678901", 123456789012345678901),
    ],
)
def test_ascii_digits_read_as_their_number(text: str, value: int) -> None:
    assert ascii_int(text) == value


@pytest.mark.parametrize(
    "text", ["", "²", "١٠", "۵", "５", "-1", "+1", " 1", "1 ", "1.0", "1e3", "½", "x"]
)
def test_anything_else_is_no_number(text: str) -> None:
    assert ascii_int(text) is None
