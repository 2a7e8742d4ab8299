"""The text editor: spans over an item's text, Urdu and emoji included.

`TextEditor` is imported on first use (PEP 562): importing a part of this package (the
fonts, the colours, as the review and the history do) does not bring in the editor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from labeler.ui.text.editor import TextEditor

__all__ = ["TextEditor"]


def __getattr__(name: str) -> Any:
    if name == "TextEditor":
        from labeler.ui.text.editor import TextEditor

        return TextEditor
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
