"""The text editor: spans over an item's text, Urdu and emoji included."""

from __future__ import annotations

from labeler.ui.text.editor import TextEditor

__all__ = ["TextEditor"]
