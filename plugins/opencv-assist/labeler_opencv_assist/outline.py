"""From a mask to what an answer holds: an outline simplified to a sensible number of
vertices, a tight box, and how well either follows the image's edges."""

from __future__ import annotations

import cv2
import numpy as np

from labeler_opencv_assist.picture import View

#: At most this many vertices in a proposed polygon: enough for a person's outline at
#: the display variant's size, few enough to correct by hand.
MAX_VERTICES = 64
#: approxPolyDP's tolerance to start from, in the pixels the outline was found in (raised
#: by half until at most MAX_VERTICES remain): a vertex count that follows the edge
#: within about a pixel where it can.
EPSILON = 1.5


def solid(mask: np.ndarray, seed: tuple[int, int] | None = None) -> np.ndarray | None:
    """One part of `mask` (non-zero pixels) with its holes filled: the part holding
    `seed` (x, y), else the largest; None when the mask is empty or the seed misses it."""
    binary = (mask > 0).astype(np.uint8)
    x, y, w, h = cv2.boundingRect(binary)  # the work is done on the mask's extent only
    if w == 0 or h == 0:
        return None
    count, labels, stats, _ = cv2.connectedComponentsWithStats(
        binary[y : y + h, x : x + w], connectivity=8
    )
    if seed is not None:
        sx, sy = seed[0] - x, seed[1] - y
        part = int(labels[sy, sx]) if 0 <= sx < w and 0 <= sy < h else 0
        if part == 0:
            return None
    else:
        part = 1 + int(np.argmax(stats[1:, cv2.CC_STAT_AREA]))
    one = (labels == part).astype(np.uint8)
    contours, _ = cv2.findContours(one, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    filled = np.zeros_like(binary)
    cv2.drawContours(filled, contours, -1, 1, thickness=cv2.FILLED, offset=(x, y))
    return filled


def outline(mask: np.ndarray, max_vertices: int = MAX_VERTICES) -> np.ndarray | None:
    """The outer outline of a solid mask as N × 2 points in its pixels (along the outer
    edges of its border pixels), simplified; None when it has no area."""
    contours, _ = cv2.findContours(
        (mask > 0).astype(np.uint8), cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE
    )
    if not contours:
        return None
    contour = max(contours, key=cv2.contourArea)
    if len(contour) < 3:
        return None
    points = simplify(contour.reshape(-1, 2).astype(np.float32), max_vertices)
    # findContours runs through the border pixels' centres: half a pixel out is their
    # outer edge, where the object ends (else every outline is a pixel short across).
    return _outward(points + 0.5, 0.5) if points is not None else None


def _outward(points: np.ndarray, distance: float) -> np.ndarray:
    """A closed polygon's vertices moved `distance` out from each of their two edges (a
    mitred offset; at a sharp spike, at most twice the distance)."""
    ahead = np.roll(points, -1, axis=0) - points
    behind = points - np.roll(points, 1, axis=0)
    sign = -1.0 if cv2.contourArea(points.astype(np.float32), oriented=True) < 0 else 1.0

    def normals(edges: np.ndarray) -> np.ndarray:
        length = np.maximum(np.hypot(edges[:, 0], edges[:, 1]), 1e-9)[:, None]
        return sign * np.stack([edges[:, 1], -edges[:, 0]], axis=1) / length

    n1, n2 = normals(behind), normals(ahead)
    mitre = n1 + n2
    cos = np.maximum(1 + (n1 * n2).sum(axis=1), 0.5)[:, None]  # bounds the spike's reach
    return points + distance * mitre / cos


def simplify(points: np.ndarray, max_vertices: int = MAX_VERTICES) -> np.ndarray | None:
    """A closed path (N × 2) with fewer vertices (Douglas–Peucker, `cv2.approxPolyDP`),
    the tolerance raised until at most `max_vertices` remain; None when no area is left."""
    path = np.asarray(points, np.float32).reshape(-1, 1, 2)
    epsilon = EPSILON
    while True:
        approx = cv2.approxPolyDP(path, epsilon, True).reshape(-1, 2)
        if len(approx) <= max_vertices:
            break
        epsilon *= 1.5
    if len(approx) < 3 or abs(cv2.contourArea(approx)) <= 0:
        return None
    return approx.astype(np.float64)


def polygon_value(view: View, points: np.ndarray, label: str) -> dict | None:
    """A polygon of the answer (original pixels, inside the image, rounded to 0.01 px)
    from points in the view's pixels; None when nothing with an area is left."""
    original = np.round(view.to_original(points), 2)
    kept = [p for i, p in enumerate(original) if i == 0 or not np.array_equal(p, original[i - 1])]
    if len(kept) > 1 and np.array_equal(kept[0], kept[-1]):
        kept.pop()
    if len(kept) < 3 or abs(cv2.contourArea(np.array(kept, np.float32))) <= 0:
        return None
    return {"label": label, "points": [[float(x), float(y)] for x, y in kept]}


def box_value(view: View, mask: np.ndarray, label: str) -> dict | None:
    """The tightest box around the mask's pixels (original pixels), or None."""
    ys, xs = np.nonzero(mask)
    if not len(xs):
        return None
    corners = view.to_original(
        np.array([[xs.min(), ys.min()], [xs.max() + 1, ys.max() + 1]], np.float64)
    )
    (x0, y0), (x1, y1) = np.round(corners, 2)
    if x1 <= x0 or y1 <= y0:
        return None
    return {
        "label": label,
        "x": float(x0),
        "y": float(y0),
        "w": round(float(x1 - x0), 2),
        "h": round(float(y1 - y0), 2),
    }


def edge_support(view: View, points: np.ndarray) -> float:
    """The share of a closed outline (points in the view's pixels) that lies on an edge of
    the image (Canny, within two pixels: the outline is simplified within one): how well
    it follows what is there to see."""
    h, w = view.shape
    x0, y0 = np.floor(points.min(axis=0)).astype(int) - 4
    x1, y1 = np.ceil(points.max(axis=0)).astype(int) + 5
    x0, y0, x1, y1 = max(0, x0), max(0, y0), min(w, x1), min(h, y1)
    if x1 - x0 < 2 or y1 - y0 < 2:
        return 0.0
    # In colour: an object may differ from its background in hue and hardly in grey.
    part = cv2.GaussianBlur(np.ascontiguousarray(view.pixels[y0:y1, x0:x1]), (3, 3), 0)
    edges = cv2.dilate(cv2.Canny(part, 40, 120), np.ones((5, 5), np.uint8))
    line = np.zeros(edges.shape, np.uint8)
    ring = np.round(points - 0.5 - (x0, y0)).astype(np.int32).reshape(-1, 1, 2)
    cv2.polylines(line, [ring], True, 255, 1)
    on_line = line > 0
    total = int(on_line.sum())
    return round(float((edges[on_line] > 0).sum() / total), 3) if total else 0.0
