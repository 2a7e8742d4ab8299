"""Region matching pairs only regions that come near each other, and finds exactly what
measuring every pair did: the same admissible pairs with the same similarities, the same
number of matches (so the same F1), and an assignment as large and as similar as scipy's
`linear_sum_assignment` finds over the full matrices."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.optimize import linear_sum_assignment

from labeler.core.geometry import polygon_shape
from labeler.core.matching import (
    Pairs,
    assignment,
    box_pairs,
    count_matches,
    f1,
    interval_pairs,
    matched_f1,
    point_pairs,
    polygon_pairs,
)

EPS = 1e-9

# -- every pair, measured as matching did before it paired only near regions ---------------


def every_box_pair(a: list[dict[str, Any]], b: list[dict[str, Any]], iou: float) -> Any:
    ba = np.array([[d["x"], d["y"], d["w"], d["h"]] for d in a], dtype=float).reshape(-1, 4)
    bb = np.array([[d["x"], d["y"], d["w"], d["h"]] for d in b], dtype=float).reshape(-1, 4)
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
    ious = np.where(same, 1.0, ious)
    return ious >= iou - EPS, ious


def every_point_pair(a: list[dict[str, Any]], b: list[dict[str, Any]], radius: float) -> Any:
    pa = np.array([[d["x"], d["y"]] for d in a], dtype=float).reshape(-1, 2)
    pb = np.array([[d["x"], d["y"]] for d in b], dtype=float).reshape(-1, 2)
    dist = np.hypot(pa[:, None, 0] - pb[None, :, 0], pa[:, None, 1] - pb[None, :, 1])
    return dist <= radius + EPS, 1.0 - dist / radius


def every_interval_pair(a: list[dict[str, Any]], b: list[dict[str, Any]], iou: Any) -> Any:
    sa = np.array([[d["start"], d["end"]] for d in a], dtype=float).reshape(-1, 2)
    sb = np.array([[d["start"], d["end"]] for d in b], dtype=float).reshape(-1, 2)
    inter = np.minimum(sa[:, None, 1], sb[None, :, 1]) - np.maximum(sa[:, None, 0], sb[None, :, 0])
    union = np.maximum(sa[:, None, 1], sb[None, :, 1]) - np.minimum(sa[:, None, 0], sb[None, :, 0])
    with np.errstate(divide="ignore", invalid="ignore"):
        ious = np.where((inter > 0) & (union > 0), inter / union, 0.0)
    same = (sa[:, None, :] == sb[None, :, :]).all(axis=2)
    ious = np.where(same, 1.0, ious)
    if iou is None:
        return (inter > 0) | same, ious
    return ious >= iou - EPS, ious


def every_polygon_pair(a: list[dict[str, Any]], b: list[dict[str, Any]], iou: float) -> Any:
    ious = np.zeros((len(a), len(b)))
    for i, da in enumerate(a):
        for j, db in enumerate(b):
            if da["points"] == db["points"]:
                ious[i, j] = 1.0
                continue
            sa, sb = polygon_shape(da["points"]), polygon_shape(db["points"])
            inter = sa.intersection(sb).area
            union = sa.area + sb.area - inter
            ious[i, j] = inter / union if union > 0 else 0.0
    return ious >= iou - EPS, ious


def hungarian(admissible: Any, similarity: Any) -> list[tuple[int, int]]:
    """Most matches, then most similar, over the full matrices (scipy's Hungarian)."""
    if admissible.size == 0 or not admissible.any():
        return []
    bonus = 0.5 / (min(admissible.shape) + 1)
    cost = np.where(admissible, -(1.0 + bonus * np.clip(similarity, 0.0, 1.0)), 0.0)
    r, c = linear_sum_assignment(cost)
    return [(int(i), int(j)) for i, j in zip(r, c, strict=True) if admissible[i, j]]


def same_as_every_pair(
    found: Pairs, admissible: Any, similarity: Any, *, best: bool = True
) -> None:
    """The pairs found are every pair that is admissible or has a similarity other than 0,
    with the very same numbers; the rest have similarity 0 (points: lie beyond the radius)."""
    seen = np.zeros(admissible.shape, dtype=bool)
    seen[found.rows, found.cols] = True
    assert not (admissible & ~seen).any(), "an admissible pair was not found"
    assert np.array_equal(found.admissible, admissible[found.rows, found.cols])
    assert np.array_equal(found.similarity, similarity[found.rows, found.cols])
    if best and admissible.shape[1]:
        assert np.allclose(found.best, similarity.max(axis=1), rtol=0, atol=1e-12)


def same_matching(found: Pairs, admissible: Any, similarity: Any) -> None:
    expected = hungarian(admissible, similarity)
    got = assignment(found)
    assert count_matches(found) == len(got) == len(expected)
    assert all(admissible[i, j] for i, j in got)
    assert len({j for _, j in got}) == len(got)
    total = sum(np.clip(similarity[i, j], 0, 1) for i, j in got)
    assert abs(total - sum(np.clip(similarity[i, j], 0, 1) for i, j in expected)) < 1e-9


# -- strategies: regions crowded into a small space, so that many overlap ------------------

coord = st.one_of(st.integers(0, 30), st.floats(0, 30, allow_nan=False, width=32))
side = st.one_of(st.integers(1, 12), st.floats(0.5, 12, allow_nan=False, width=32))


@st.composite
def box_lists(draw: st.DrawFn) -> list[dict[str, Any]]:
    pool = [
        {"label": "car", "x": draw(coord), "y": draw(coord), "w": draw(side), "h": draw(side)}
        for _ in range(draw(st.integers(1, 8)))
    ]
    return draw(st.lists(st.sampled_from(pool), max_size=10))  # repeats: identical boxes


@st.composite
def point_lists(draw: st.DrawFn) -> list[dict[str, Any]]:
    n = draw(st.integers(0, 10))
    return [{"label": "p", "x": draw(coord), "y": draw(coord)} for _ in range(n)]


@st.composite
def interval_lists(draw: st.DrawFn) -> list[dict[str, Any]]:
    out = []
    for _ in range(draw(st.integers(0, 10))):
        start = draw(coord)
        out.append({"label": "s", "start": start, "end": start + draw(side)})
    return out


@st.composite
def polygon_lists(draw: st.DrawFn) -> list[dict[str, Any]]:
    pool = []
    for _ in range(draw(st.integers(1, 4))):
        x, y, w = draw(st.integers(0, 20)), draw(st.integers(0, 20)), draw(st.integers(1, 10))
        pool.append({"label": "r", "points": [[x, y], [x + w, y], [x + w // 2 + 1, y + w]]})
    return draw(st.lists(st.sampled_from(pool), max_size=5))


@settings(max_examples=300, deadline=None)
@given(box_lists(), box_lists(), st.sampled_from([0.05, 0.3, 0.5, 0.75, 1.0]))
def test_boxes_find_what_every_pair_finds(a: Any, b: Any, iou: float) -> None:
    admissible, similarity = every_box_pair(a, b, iou)
    found = box_pairs(iou)(a, b)
    same_as_every_pair(found, admissible, similarity)
    same_matching(found, admissible, similarity)


@settings(max_examples=200, deadline=None)
@given(point_lists(), point_lists(), st.sampled_from([0.5, 3.0, 10.0]))
def test_points_find_what_every_pair_finds(a: Any, b: Any, radius: float) -> None:
    admissible, similarity = every_point_pair(a, b, radius)
    found = point_pairs(radius)(a, b)
    assert not (found.similarity < 1.0 - (radius + EPS) / radius).any()
    near = np.where(admissible, similarity, 0.0)
    same_as_every_pair(found, admissible, near, best=False)
    if b:
        assert np.allclose(found.best, similarity.max(axis=1), rtol=0, atol=1e-12)
    same_matching(found, admissible, similarity)


@settings(max_examples=200, deadline=None)
@given(interval_lists(), interval_lists(), st.sampled_from([None, 0.2, 0.5, 1.0]))
def test_intervals_find_what_every_pair_finds(a: Any, b: Any, iou: Any) -> None:
    admissible, similarity = every_interval_pair(a, b, iou)
    found = interval_pairs(iou)(a, b)
    same_as_every_pair(found, admissible, similarity)
    same_matching(found, admissible, similarity)


@settings(max_examples=80, deadline=None)
@given(polygon_lists(), polygon_lists(), st.sampled_from([0.1, 0.5]))
def test_polygons_find_what_every_pair_finds(a: Any, b: Any, iou: float) -> None:
    admissible, similarity = every_polygon_pair(a, b, iou)
    found = polygon_pairs(iou)(a, b)
    seen = np.zeros(admissible.shape, dtype=bool)
    seen[found.rows, found.cols] = True
    assert not (admissible & ~seen).any()
    assert np.allclose(found.similarity, similarity[found.rows, found.cols], atol=1e-12)
    assert np.allclose(similarity[~seen], 0.0, atol=1e-12)
    same_matching(found, admissible, similarity)


@pytest.mark.parametrize("seed", range(5))
def test_a_crowded_scene_scores_as_every_pair_scores(seed: int) -> None:
    """600 boxes of three labels against a jittered copy with some left out and some
    added: the F1 and the matching are those of the full matrices."""
    rng = np.random.default_rng(seed)
    n = 600
    xy = rng.uniform(0, 2000, (n, 2))
    wh = rng.uniform(5, 120, (n, 2))
    labels = rng.choice(["car", "bus", "bike"], n)
    a = [
        {"label": str(kind), "x": float(x), "y": float(y), "w": float(w), "h": float(h)}
        for kind, (x, y), (w, h) in zip(labels, xy, wh, strict=True)
    ]
    kept = [dict(d) for d in a if rng.random() < 0.8]
    for d in kept:
        d["x"] += float(rng.normal(0, 4))
        d["w"] *= float(rng.uniform(0.8, 1.2))
    b = kept + a[: n // 10]
    iou = 0.5
    matches = 0
    for label in ("car", "bus", "bike"):
        ga = [d for d in a if d["label"] == label]
        gb = [d for d in b if d["label"] == label]
        admissible, similarity = every_box_pair(ga, gb, iou)
        found = box_pairs(iou)(ga, gb)
        same_as_every_pair(found, admissible, similarity)
        same_matching(found, admissible, similarity)
        matches += len(hungarian(admissible, similarity))
    assert matched_f1(a, b, box_pairs(iou)) == f1(matches, len(a), len(b))


def test_regions_that_do_not_overlap_never_match_whatever_the_threshold() -> None:
    """The rounding allowance at the threshold (1e-9) once let an IoU threshold under it
    match boxes far apart (IoU 0); a pair must overlap, as IoU ≥ `iou` says."""
    a = [{"label": "car", "x": 0, "y": 0, "w": 10, "h": 10}]
    b = [{"label": "car", "x": 50, "y": 50, "w": 10, "h": 10}]
    assert matched_f1(a, b, box_pairs(1e-12)) == 0.0
    spans = [{"label": "s", "start": 0, "end": 1}], [{"label": "s", "start": 5, "end": 6}]
    assert matched_f1(*spans, interval_pairs(1e-12)) == 0.0
    touching = [{"label": "car", "x": 10, "y": 0, "w": 10, "h": 10}]
    assert matched_f1(a, touching, box_pairs(1e-12)) == 0.0
    assert matched_f1(a, a, box_pairs(1.0)) == 1.0
