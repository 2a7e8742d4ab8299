"""OpenCV assist: regions from a click, a box or a rough polygon, and image quality flags.

The entry point `opencv-assist` (group `labeler.plugins`) names `plugin`. Importing this
package loads neither OpenCV nor NumPy; the assists do at their first prompt.
"""

from __future__ import annotations

from labeler.core.i18n import QT_TRANSLATE_NOOP
from labeler.core.plugins import Plugin
from labeler_opencv_assist.assists import BoxPolygon, ClickPolygon, SnapPolygon, TightenBox
from labeler_opencv_assist.errors import AssistError, ImageUnreadable
from labeler_opencv_assist.preannotate import QualityPrefill

__all__ = [
    "AssistError",
    "BoxPolygon",
    "ClickPolygon",
    "ImageUnreadable",
    "QualityPrefill",
    "SnapPolygon",
    "TightenBox",
    "plugin",
]


def plugin() -> Plugin:
    """The plugin: its four assists and the quality flags' pre-annotation."""
    return Plugin(
        "opencv-assist",
        QT_TRANSLATE_NOOP("messages", "OpenCV assist"),
        assists=[ClickPolygon(), BoxPolygon(), SnapPolygon(), TightenBox()],
        preannotators=[QualityPrefill()],
    )
