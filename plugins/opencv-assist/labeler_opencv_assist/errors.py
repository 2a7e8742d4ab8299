"""What the assists raise: a clear sentence, never a bare OpenCV error.

Imported without OpenCV or NumPy, so a caller can catch these without loading either.
"""

from __future__ import annotations


class AssistError(ValueError):
    """An assist was asked something it cannot answer: a prompt of the wrong shape, a
    field of a kind it does not propose for, or a label the field does not have."""


class ImageUnreadable(AssistError):
    """The item's image is missing on this computer or is not an image OpenCV decodes."""
