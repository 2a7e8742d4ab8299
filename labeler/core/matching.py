"""One-to-one matching of regions (boxes, polygons, points, spans, segments).

Each metric builds, per label, a matrix of which pairs may match and how
similar they are; `count_matches` finds a matching with the most matches
(Hungarian algorithm), preferring more similar pairs among equally large ones.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import shapely
from numpy.typing import NDArray
from scipy.optimize import linear_sum_assignment
from shapely.errors import GEOSException

from labeler.core.geometry import polygon_shape

Matrix = NDArray[np.float64]
# For two groups of same-label regions: (admissible pairs, similarity in [0, 1]).
PairFn = Callable[[list[dict[str, Any]], list[dict[str, Any]]], tuple[NDArray[np.bool_], Matrix]]

# IoU and distance tests allow for float rounding at the threshold.
_EPS = 1e-9


def count_matches(admissible: NDArray[np.bool_], similarity: Matrix) -> int:
    """Size of the largest one-to-one matching using only admissible pairs."""
    if admissible.size == 0 or not admissible.any():
        return 0
    rows = np.flatnonzero(admissible.any(axis=1))
    cols = np.flatnonzero(admissible.any(axis=0))
    adm = admissible[np.ix_(rows, cols)]
    sim = np.clip(similarity[np.ix_(rows, cols)], 0.0, 1.0)
    # The similarity bonus sums to under 1 over any matching, so it only breaks
    # ties between matchings of the same size.
    bonus = 0.5 / (min(adm.shape) + 1)
    cost = np.where(adm, -(1.0 + bonus * sim), 0.0)
    r, c = linear_sum_assignment(cost)
    return int(adm[r, c].sum())


def f1(matches: int, n_a: int, n_b: int) -> float:
    """2·matches / (|A| + |B|); 1.0 when both sides are empty."""
    if n_a + n_b == 0:
        return 1.0
    return 2.0 * matches / (n_a + n_b)


def matched_f1(a: Sequence[dict[str, Any]], b: Sequence[dict[str, Any]], pairs: PairFn) -> float:
    """F1 of the best one-to-one matching of same-label regions."""
    by_label_a: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    by_label_b: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    for item in a:
        by_label_a[item.get("label")].append(item)
    for item in b:
        by_label_b[item.get("label")].append(item)
    matches = 0
    for label, group_a in by_label_a.items():
        group_b = by_label_b.get(label)
        if group_b:
            admissible, similarity = pairs(group_a, group_b)
            matches += count_matches(admissible, similarity)
    return f1(matches, len(a), len(b))


def box_pairs(iou: float) -> PairFn:
    """Boxes `{x, y, w, h}` match when their IoU is at least `iou`."""

    def pairs(a: list[dict[str, Any]], b: list[dict[str, Any]]) -> tuple[NDArray[np.bool_], Matrix]:
        ba = np.array([[d["x"], d["y"], d["w"], d["h"]] for d in a], dtype=float)
        bb = np.array([[d["x"], d["y"], d["w"], d["h"]] for d in b], dtype=float)
        ax0, ay0 = ba[:, 0:1], ba[:, 1:2]
        ax1, ay1 = ax0 + ba[:, 2:3], ay0 + ba[:, 3:4]
        bx0, by0 = bb[:, 0], bb[:, 1]
        bx1, by1 = bx0 + bb[:, 2], by0 + bb[:, 3]
        iw = np.clip(np.minimum(ax1, bx1) - np.maximum(ax0, bx0), 0, None)
        ih = np.clip(np.minimum(ay1, by1) - np.maximum(ay0, by0), 0, None)
        inter = iw * ih
        union = ba[:, 2:3] * ba[:, 3:4] + bb[:, 2] * bb[:, 3] - inter
        with np.errstate(divide="ignore", invalid="ignore"):
            ious = np.where(union > 0, inter / union, 0.0)
        same = (ba[:, None, :] == bb[None, :, :]).all(axis=2)
        ious = np.where(same, 1.0, ious)  # identical boxes match even when degenerate
        return ious >= iou - _EPS, ious

    return pairs


def polygon_pairs(iou: float) -> PairFn:
    """Polygons `{points}` match when the IoU of their filled areas is at least `iou`."""

    def pairs(a: list[dict[str, Any]], b: list[dict[str, Any]]) -> tuple[NDArray[np.bool_], Matrix]:
        ious = np.zeros((len(a), len(b)))
        shapes_a = np.array([_shape(d["points"]) for d in a], dtype=object)
        shapes_b = np.array([_shape(d["points"]) for d in b], dtype=object)
        left, right = shapely.STRtree(shapes_b).query(shapes_a, predicate="intersects")
        for i, j in zip(left.tolist(), right.tolist(), strict=True):
            ious[i, j] = _polygon_iou(shapes_a[i], shapes_b[j])
        # Identical point lists always match, even when they enclose no area.
        keys_b: dict[tuple[tuple[float, float], ...], list[int]] = defaultdict(list)
        for j, d in enumerate(b):
            keys_b[_points_key(d["points"])].append(j)
        for i, d in enumerate(a):
            for j in keys_b.get(_points_key(d["points"]), []):
                ious[i, j] = 1.0
        return ious >= iou - _EPS, ious

    return pairs


def _points_key(points: Sequence[Sequence[float]]) -> tuple[tuple[float, float], ...]:
    return tuple((float(x), float(y)) for x, y in points)


def _shape(points: Sequence[Sequence[float]]) -> Any:
    try:
        return polygon_shape(points)
    except (GEOSException, ValueError):
        return shapely.Polygon()


def _polygon_iou(a: Any, b: Any) -> float:
    try:
        inter = shapely.intersection(a, b).area
    except GEOSException:
        return 0.0
    union = a.area + b.area - inter
    return float(inter / union) if union > 0 else 0.0


def point_pairs(radius: float) -> PairFn:
    """Points `{x, y}` match when they are at most `radius` pixels apart."""

    def pairs(a: list[dict[str, Any]], b: list[dict[str, Any]]) -> tuple[NDArray[np.bool_], Matrix]:
        pa = np.array([[d["x"], d["y"]] for d in a], dtype=float)
        pb = np.array([[d["x"], d["y"]] for d in b], dtype=float)
        dist = np.hypot(pa[:, None, 0] - pb[None, :, 0], pa[:, None, 1] - pb[None, :, 1])
        return dist <= radius + _EPS, 1.0 - dist / radius

    return pairs


def interval_pairs(min_iou: float | None) -> PairFn:
    """Intervals `{start, end}` match on temporal IoU ≥ `min_iou`; None: on any overlap."""

    def pairs(a: list[dict[str, Any]], b: list[dict[str, Any]]) -> tuple[NDArray[np.bool_], Matrix]:
        sa = np.array([[d["start"], d["end"]] for d in a], dtype=float)
        sb = np.array([[d["start"], d["end"]] for d in b], dtype=float)
        inter = np.minimum(sa[:, None, 1], sb[None, :, 1]) - np.maximum(
            sa[:, None, 0], sb[None, :, 0]
        )
        union = np.maximum(sa[:, None, 1], sb[None, :, 1]) - np.minimum(
            sa[:, None, 0], sb[None, :, 0]
        )
        with np.errstate(divide="ignore", invalid="ignore"):
            ious = np.where((inter > 0) & (union > 0), inter / union, 0.0)
        same = (sa[:, None, :] == sb[None, :, :]).all(axis=2)
        ious = np.where(same, 1.0, ious)
        if min_iou is None:
            return (inter > 0) | same, ious
        return ious >= min_iou - _EPS, ious

    return pairs


def exact_span_f1(a: Sequence[dict[str, Any]], b: Sequence[dict[str, Any]]) -> float:
    """F1 over exact `(label, start, end)` matches, counted as multisets."""
    ka = Counter((d.get("label"), d.get("start"), d.get("end")) for d in a)
    kb = Counter((d.get("label"), d.get("start"), d.get("end")) for d in b)
    return f1(sum((ka & kb).values()), len(a), len(b))
