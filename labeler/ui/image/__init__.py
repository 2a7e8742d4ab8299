"""The image editor: regions (boxes, polygons, points) drawn in original image pixels.

`ImageEditor` is imported on first use (PEP 562): importing a part of this package (the
decoder, the styles, as the review and the history do) does not bring in the editor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from labeler.ui.image.decode import PreparedImage, UnreadableImage

if TYPE_CHECKING:
    from labeler.ui.image.editor import ImageEditor

__all__ = ["ImageEditor", "PreparedImage", "UnreadableImage"]


def __getattr__(name: str) -> Any:
    if name == "ImageEditor":
        from labeler.ui.image.editor import ImageEditor

        return ImageEditor
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
