"""The image editor: regions (boxes, polygons, points) drawn in original image pixels."""

from __future__ import annotations

from labeler.ui.image.decode import PreparedImage, UnreadableImage
from labeler.ui.image.editor import ImageEditor

__all__ = ["ImageEditor", "PreparedImage", "UnreadableImage"]
