"""Geometry shared by answer validation and scoring: polygons, IoU."""

from __future__ import annotations

from collections.abc import Sequence

import shapely
from shapely.geometry.base import BaseGeometry


def polygon_shape(points: Sequence[Sequence[float]]) -> BaseGeometry:
    """The filled area of a polygon given as `[[x, y], ...]`.

    Self-intersecting rings (a bow tie) are repaired with `make_valid`, so the
    area is what a person would see as filled.
    """
    shape: BaseGeometry = shapely.Polygon([(float(x), float(y)) for x, y in points])
    if not shape.is_valid:
        shape = shapely.make_valid(shape)
    return shape


def interval_iou(a0: float, a1: float, b0: float, b1: float) -> float:
    """Intersection over union of the intervals [a0, a1] and [b0, b1]."""
    inter = min(a1, b1) - max(a0, b0)
    if inter <= 0:
        return 0.0
    union = max(a1, b1) - min(a0, b0)
    return inter / union if union > 0 else 0.0
