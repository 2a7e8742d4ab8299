"""The README's Formats section names every registered format."""

from __future__ import annotations

from pathlib import Path

from labeler.core import formats

README = Path(__file__).resolve().parents[2] / "README.md"


def test_every_registered_format_is_in_the_readme() -> None:
    text = README.read_text(encoding="utf-8")
    section = text[text.index("## Formats") : text.index("## The task server")]
    missing = [name for name in formats.FORMATS if f"`{name}`" not in section]
    assert not missing, f"README's Formats section lacks {missing}"
