"""One-to-one matching of regions (boxes, polygons, points, spans, segments).

Each metric finds, per label, the pairs of regions that could match and how similar they
are (`Pairs`): only the pairs that overlap (boxes, polygons, intervals, through a spatial
index) or lie near each other (points, through a k-d tree), never every pair, so the cost
follows the regions and their overlaps rather than their count squared. `count_matches`
finds the size of a largest matching (Hopcroft–Karp); `assignment` the matching itself,
the most similar among equally large ones (Hungarian, per connected group of pairs).

SciPy is imported where it is used, not with this module: it takes about a third of a
second, and the workbench imports this module (through scoring) before the first item of a
project that may never match a region.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import shapely
from numpy.typing import NDArray
from shapely.errors import GEOSException

from labeler.core.geometry import polygon_shape

Matrix = NDArray[np.float64]
Indices = NDArray[np.intp]

# IoU and distance tests allow for float rounding at the threshold.
_EPS = 1e-9


@dataclass(frozen=True)
class Pairs:
    """The pairs of two groups of regions `a` and `b` that come near each other: `a[rows[k]]`
    and `b[cols[k]]` have the similarity `similarity[k]` (IoU, or 1 − distance / radius)
    and may match when `admissible[k]`. A pair left out has similarity 0 (it does not
    overlap), or for points lies beyond the radius; `best[i]` is the highest similarity of
    `a[i]` with any region of `b` (how near a region without a partner came)."""

    shape: tuple[int, int]
    rows: Indices
    cols: Indices
    similarity: Matrix
    admissible: NDArray[np.bool_]
    best: Matrix

    @classmethod
    def from_dense(cls, admissible: NDArray[np.bool_], similarity: Matrix) -> Pairs:
        """The pairs of dense matrices (every pair with a similarity or admissible)."""
        rows, cols = np.nonzero(admissible | (similarity != 0))
        n, m = admissible.shape
        best = similarity.max(axis=1) if m else np.zeros(n)
        return cls((n, m), rows, cols, similarity[rows, cols], admissible[rows, cols], best)

    def by_pair(self) -> dict[tuple[int, int], float]:
        """The similarity of each pair `(row, column)` found."""
        keys = zip(self.rows.tolist(), self.cols.tolist(), strict=True)
        return dict(zip(keys, self.similarity.tolist(), strict=True))

    def kept(self) -> tuple[Indices, Indices, Matrix]:
        """Rows, columns and similarities (clipped to [0, 1]) of the admissible pairs."""
        keep = self.admissible
        return self.rows[keep], self.cols[keep], np.clip(self.similarity[keep], 0.0, 1.0)


# For two groups of same-label regions: the pairs that could match.
PairFn = Callable[[list[dict[str, Any]], list[dict[str, Any]]], Pairs]


def count_matches(pairs: Pairs) -> int:
    """Size of the largest one-to-one matching using only admissible pairs."""
    rows, cols, _ = pairs.kept()
    if rows.size == 0:
        return 0
    from scipy.sparse import csr_array
    from scipy.sparse.csgraph import maximum_bipartite_matching

    graph = csr_array((np.ones(rows.size), (rows, cols)), shape=pairs.shape)
    partner = maximum_bipartite_matching(graph, perm_type="column")
    return int(np.count_nonzero(partner >= 0))


def assignment(pairs: Pairs) -> list[tuple[int, int]]:
    """The pairs `(row, column)` of a largest one-to-one matching over admissible pairs,
    the most similar among equally large ones, in row order; as large as `count_matches`.

    Pairs that share no region with each other never compete, so each connected group is
    solved on its own: a crowd of overlapping regions costs its own size squared, never
    the whole answer's.
    """
    rows, cols, sim = pairs.kept()
    if rows.size == 0:
        return []
    n, m = pairs.shape
    from scipy.sparse import coo_array
    from scipy.sparse.csgraph import connected_components

    graph = coo_array((np.ones(rows.size), (rows, n + cols)), shape=(n + m, n + m))
    _, group = connected_components(graph, directed=False)
    edge_group = group[rows]
    order = np.argsort(edge_group, kind="stable")
    bounds = np.flatnonzero(np.diff(edge_group[order])) + 1
    out: list[tuple[int, int]] = []
    for edges in np.split(order, bounds):
        out.extend(_best_matching(rows[edges], cols[edges], sim[edges]))
    return sorted(out)


def _best_matching(rows: Indices, cols: Indices, sim: Matrix) -> list[tuple[int, int]]:
    """Hungarian over one connected group of admissible pairs: the most matches, then the
    most similar (the similarity bonus sums to under 1 over any matching, so it only
    breaks ties between matchings of the same size)."""
    row_ids, r = np.unique(rows, return_inverse=True)
    col_ids, c = np.unique(cols, return_inverse=True)
    bonus = 0.5 / (min(row_ids.size, col_ids.size) + 1)
    cost = np.zeros((row_ids.size, col_ids.size))
    cost[r, c] = -(1.0 + bonus * sim)
    admissible = np.zeros(cost.shape, dtype=bool)
    admissible[r, c] = True
    from scipy.optimize import linear_sum_assignment

    picked_r, picked_c = linear_sum_assignment(cost)
    return [
        (int(row_ids[i]), int(col_ids[j]))
        for i, j in zip(picked_r, picked_c, strict=True)
        if admissible[i, j]
    ]


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
            matches += count_matches(pairs(group_a, group_b))
    return f1(matches, len(a), len(b))


def _overlapping(low_a: Matrix, high_a: Matrix, low_b: Matrix, high_b: Matrix) -> Indices:
    """The pairs `(i, j)` of axis-aligned boxes (`low`, `high` corners, one row per box, two
    columns) whose boxes touch or overlap, found through an R-tree (shapely's STRtree):
    about n log n plus the pairs found. A superset of the pairs that overlap; the caller
    measures each. Boxes with an empty or reversed side overlap nothing and are left out."""
    ok_a = np.flatnonzero((high_a > low_a).all(axis=1) & np.isfinite(high_a - low_a).all(axis=1))
    ok_b = np.flatnonzero((high_b > low_b).all(axis=1) & np.isfinite(high_b - low_b).all(axis=1))
    if ok_a.size == 0 or ok_b.size == 0:
        return np.zeros((2, 0), dtype=np.intp)
    boxes_a = shapely.box(low_a[ok_a, 0], low_a[ok_a, 1], high_a[ok_a, 0], high_a[ok_a, 1])
    boxes_b = shapely.box(low_b[ok_b, 0], low_b[ok_b, 1], high_b[ok_b, 0], high_b[ok_b, 1])
    left, right = shapely.STRtree(boxes_b).query(boxes_a)
    return np.stack([ok_a[left], ok_b[right]])


def _identical(a: Matrix, b: Matrix) -> Indices:
    """The pairs `(i, j)` whose rows are equal, number for number."""
    where: dict[tuple[float, ...], list[int]] = defaultdict(list)
    for j, row in enumerate(b.tolist()):
        where[tuple(row)].append(j)
    found = [(i, j) for i, row in enumerate(a.tolist()) for j in where.get(tuple(row), ())]
    return np.array(found, dtype=np.intp).reshape(-1, 2).T


def _joined(*groups: Indices) -> Indices:
    """The pairs of several `(2, k)` index arrays, each once, in row-major order."""
    both = np.concatenate(groups, axis=1)
    return np.unique(both, axis=1) if both.size else both


def _best_per_row(n: int, rows: Indices, similarity: Matrix, floor: float) -> Matrix:
    """Each row's highest similarity among its pairs, `floor` for a row without any."""
    best = np.full(n, floor)
    np.maximum.at(best, rows, similarity)
    return best


def _reaches(ious: Matrix, threshold: float) -> NDArray[np.bool_]:
    """IoU at least `threshold` (allowing for rounding), and above 0: regions that only
    touch never match, whatever the threshold."""
    return (ious >= threshold - _EPS) & (ious > 0)


def _array(regions: list[dict[str, Any]], keys: tuple[str, ...]) -> Matrix:
    return np.array([[d[k] for k in keys] for d in regions], dtype=float).reshape(-1, len(keys))


def box_pairs(iou: float) -> PairFn:
    """Boxes `{x, y, w, h}` match when their IoU is at least `iou`."""

    def pairs(a: list[dict[str, Any]], b: list[dict[str, Any]]) -> Pairs:
        ba, bb = _array(a, ("x", "y", "w", "h")), _array(b, ("x", "y", "w", "h"))
        near = _overlapping(ba[:, :2], ba[:, :2] + ba[:, 2:], bb[:, :2], bb[:, :2] + bb[:, 2:])
        same = _identical(ba, bb)
        rows, cols = _joined(near, same)
        pa, pb = ba[rows], bb[cols]
        ax0, ay0 = pa[:, 0], pa[:, 1]
        ax1, ay1 = ax0 + pa[:, 2], ay0 + pa[:, 3]
        bx0, by0 = pb[:, 0], pb[:, 1]
        bx1, by1 = bx0 + pb[:, 2], by0 + pb[:, 3]
        iw = np.clip(np.minimum(ax1, bx1) - np.maximum(ax0, bx0), 0, None)
        ih = np.clip(np.minimum(ay1, by1) - np.maximum(ay0, by0), 0, None)
        inter = iw * ih
        union = pa[:, 2] * pa[:, 3] + pb[:, 2] * pb[:, 3] - inter
        with np.errstate(divide="ignore", invalid="ignore"):
            ious = np.where(union > 0, inter / union, 0.0)
        ious = np.where((pa == pb).all(axis=1), 1.0, ious)  # identical boxes match even degenerate
        best = _best_per_row(len(a), rows, ious, 0.0)
        return Pairs((len(a), len(b)), rows, cols, ious, _reaches(ious, iou), best)

    return pairs


def polygon_pairs(iou: float) -> PairFn:
    """Polygons `{points}` match when the IoU of their filled areas is at least `iou`."""

    def pairs(a: list[dict[str, Any]], b: list[dict[str, Any]]) -> Pairs:
        shapes_a = np.array([_shape(d["points"]) for d in a], dtype=object)
        shapes_b = np.array([_shape(d["points"]) for d in b], dtype=object)
        near = shapely.STRtree(shapes_b).query(shapes_a, predicate="intersects")
        # Identical point lists always match, even when they enclose no area.
        keys_b: dict[tuple[tuple[float, float], ...], list[int]] = defaultdict(list)
        for j, d in enumerate(b):
            keys_b[_points_key(d["points"])].append(j)
        same = [(i, j) for i, d in enumerate(a) for j in keys_b.get(_points_key(d["points"]), [])]
        same_pairs = np.array(same, dtype=np.intp).reshape(-1, 2).T
        rows, cols = _joined(near.astype(np.intp), same_pairs)
        identical = {(int(i), int(j)) for i, j in same}
        ious = np.array(
            [
                1.0 if (i, j) in identical else _polygon_iou(shapes_a[i], shapes_b[j])
                for i, j in zip(rows.tolist(), cols.tolist(), strict=True)
            ],
            dtype=float,
        )
        best = _best_per_row(len(a), rows, ious, 0.0)
        return Pairs((len(a), len(b)), rows, cols, ious, _reaches(ious, iou), best)

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

    def pairs(a: list[dict[str, Any]], b: list[dict[str, Any]]) -> Pairs:
        pa, pb = _array(a, ("x", "y")), _array(b, ("x", "y"))
        shape = (len(a), len(b))
        if not (len(a) and len(b)):
            empty = np.zeros(0, dtype=np.intp)
            return Pairs(shape, empty, empty, np.zeros(0), np.zeros(0, bool), np.zeros(len(a)))
        from scipy.spatial import cKDTree

        tree = cKDTree(pb)
        # The tree finds the near ones (with room for its own rounding); each distance is
        # then measured as the threshold is defined.
        found = cKDTree(pa).query_ball_tree(tree, r=radius * (1 + 1e-6) + 2 * _EPS)
        rows = np.repeat(np.arange(len(a)), [len(js) for js in found]).astype(np.intp)
        cols = np.array([j for js in found for j in sorted(js)], dtype=np.intp)
        dist = np.hypot(pa[rows, 0] - pb[cols, 0], pa[rows, 1] - pb[cols, 1])
        _, nearest = tree.query(pa)
        closest = np.hypot(pa[:, 0] - pb[nearest, 0], pa[:, 1] - pb[nearest, 1])
        keep = dist <= radius + _EPS
        rows, cols, dist = rows[keep], cols[keep], dist[keep]
        near = np.ones(rows.size, dtype=bool)
        return Pairs(shape, rows, cols, 1.0 - dist / radius, near, 1.0 - closest / radius)

    return pairs


def interval_pairs(min_iou: float | None) -> PairFn:
    """Intervals `{start, end}` match on temporal IoU ≥ `min_iou`; None: on any overlap."""

    def pairs(a: list[dict[str, Any]], b: list[dict[str, Any]]) -> Pairs:
        sa, sb = _array(a, ("start", "end")), _array(b, ("start", "end"))
        # Intervals as boxes one unit high, for the same R-tree as boxes.
        low_a, high_a = (
            np.column_stack([sa[:, 0], np.zeros(len(a))]),
            np.column_stack([sa[:, 1], np.ones(len(a))]),
        )
        low_b, high_b = (
            np.column_stack([sb[:, 0], np.zeros(len(b))]),
            np.column_stack([sb[:, 1], np.ones(len(b))]),
        )
        rows, cols = _joined(_overlapping(low_a, high_a, low_b, high_b), _identical(sa, sb))
        ia, ib = sa[rows], sb[cols]
        inter = np.minimum(ia[:, 1], ib[:, 1]) - np.maximum(ia[:, 0], ib[:, 0])
        union = np.maximum(ia[:, 1], ib[:, 1]) - np.minimum(ia[:, 0], ib[:, 0])
        with np.errstate(divide="ignore", invalid="ignore"):
            ious = np.where((inter > 0) & (union > 0), inter / union, 0.0)
        same = (ia == ib).all(axis=1)
        ious = np.where(same, 1.0, ious)
        best = _best_per_row(len(a), rows, ious, 0.0)
        admissible = (inter > 0) | same if min_iou is None else _reaches(ious, min_iou)
        return Pairs((len(a), len(b)), rows, cols, ious, admissible, best)

    return pairs


def exact_span_f1(a: Sequence[dict[str, Any]], b: Sequence[dict[str, Any]]) -> float:
    """F1 over exact `(label, start, end)` matches, counted as multisets."""
    ka = Counter((d.get("label"), d.get("start"), d.get("end")) for d in a)
    kb = Counter((d.get("label"), d.get("start"), d.get("end")) for d in b)
    return f1(sum((ka & kb).values()), len(a), len(b))
