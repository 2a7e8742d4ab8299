"""Finding an object's pixels from a prompt: a flood from a click, GrabCut in a box, and
intelligent scissors along a rough outline.

Each works on as few pixels as its answer needs (a reduced copy, or a part of the picture
around the prompt) so that a prompt is answered while the annotator waits, not after.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import cv2
import numpy as np

from labeler_opencv_assist.outline import solid
from labeler_opencv_assist.picture import View

#: Colour tolerances a click's flood tries, in steps of 0–255 per channel.
TOLERANCES = (2, 3, 4, 6, 8, 11, 16, 22, 32, 45, 64)
#: A click's flood runs on the picture under a median of this many pixels.
MEDIAN = 5
#: A flood over more than this share of the picture has left the object (or there is none).
MAX_SHARE = 0.6
#: A flood is taken when its area changes by at most this share over the steps either
#: side of its tolerance: the object's pixels are in, and what lies around is not yet.
MAX_GROWTH = 0.3
#: Of those, the flood of the highest tolerance whose border moves out by at most this
#: many pixels over the steps either side is taken: it holds the object's border pixels
#: (their colour is part the background's) and has not begun to leak out.
CREEP = 1.0
#: GrabCut's pixels: its cost grows with them (about 30 ms for 30 000 on two cores).
GRABCUT_PIXELS = 30_000
GRABCUT_ITERATIONS = 2
#: A box's margin around it for GrabCut to learn the background from: this share of its
#: longer side, at least MIN_MARGIN pixels.
MARGIN_SHARE = 0.1
MIN_MARGIN = 8
#: Intelligent scissors' pixels per segment of a rough polygon.
SCISSORS_PIXELS = 40_000


@dataclass(frozen=True)
class Region:
    """An object's pixels in a view (`mask`, 1 on the object, holes filled) and how sure
    the way it was found is of them (1 best)."""

    view: View
    mask: np.ndarray
    stability: float = 1.0


def flood(view: View, x: float, y: float, smooth: np.ndarray | None = None) -> Region | None:
    """The object under a click at (x, y) in the view's pixels.

    The picture is smoothed (`smooth`, else `smoothed(view)`), then flooded from the
    click at each of the `TOLERANCES` of colour around the click's. The object is a
    plateau: over a few tolerances its pixels are in and its surroundings not, and the
    flood's area hardly changes; the flood taken is the plateau's last (`_plateau`). None
    when the click is off the picture, or every flood is either a speck or spreads over
    the picture (a click on a texture, or on the background around everything)."""
    h, w = view.shape
    seed = (math.floor(x), math.floor(y))
    if not (0 <= seed[0] < w and 0 <= seed[1] < h):
        return None
    # floodFill takes its picture as writable even when it fills only the mask: a kept
    # (read-only) picture is copied, once a click.
    smooth = smoothed(view) if smooth is None else np.array(smooth)
    limit = MAX_SHARE * w * h
    floods: list[tuple[np.ndarray, int, int]] = []
    for tol in TOLERANCES:
        floods.append(_flood(smooth, seed, tol))
        if floods[-1][1] > limit:
            break
    areas = [area for _, area, _ in floods]
    borders = [border for _, _, border in floods]
    best = _plateau(areas, borders, min_area=max(16, w * h // 20_000), limit=limit)
    if best is None:
        return None
    step, growth = best
    filled = solid(floods[step][0], seed)
    if filled is None:
        return None
    return Region(view, filled, stability=round(1.0 - growth, 3))


def smoothed(view: View) -> np.ndarray:
    """The view's pixels under a median of MEDIAN px: flat colours stay flat, edges stay
    where they are, grain goes."""
    return cv2.medianBlur(np.ascontiguousarray(view.pixels), MEDIAN)


def _flood(smooth: np.ndarray, seed: tuple[int, int], tol: int) -> tuple[np.ndarray, int, int]:
    """The flood at one tolerance: its mask, its area, and how many of its pixels touch
    one outside it (measured on the flood's own rectangle, not the whole picture)."""
    h, w = smooth.shape[:2]
    mask = np.zeros((h + 2, w + 2), np.uint8)
    flags = 4 | cv2.FLOODFILL_MASK_ONLY | cv2.FLOODFILL_FIXED_RANGE | (1 << 8)
    area, _, _, (x, y, rw, rh) = cv2.floodFill(smooth, mask, seed, 0, (tol,) * 3, (tol,) * 3, flags)
    # The mask's one-pixel frame is empty: around the flood's rectangle it is its margin.
    part = mask[y : y + rh + 2, x : x + rw + 2]
    inner = int(np.count_nonzero(cv2.erode(part, np.ones((3, 3), np.uint8))))
    return mask[1:-1, 1:-1], int(area), int(area) - inner


def _plateau(
    areas: list[int], borders: list[int], min_area: int, limit: float
) -> tuple[int, float] | None:
    """The step to take, and its area's change relative to itself between its neighbours
    (a last step that did not spread is compared with the one before it, twice).

    Steps of a fitting size whose change is at most MAX_GROWTH are steady; of these the
    highest whose border moves out by at most CREEP pixels (the change over its border's
    length) is taken, else the steady one that changes least. None when none is steady."""
    steady: list[tuple[int, float, float]] = []
    for i, area in enumerate(areas):
        if area < min_area or area > limit:
            continue
        before = areas[i - 1] if i > 0 else area
        change = areas[i + 1] - before if i + 1 < len(areas) else 2 * (area - before)
        if change / area <= MAX_GROWTH:
            steady.append((i, change / area, change / max(1, borders[i])))
    if not steady:
        return None
    creeping = [step for step in steady if step[2] <= CREEP]
    i, growth, _ = creeping[-1] if creeping else min(steady, key=lambda step: step[1])
    return i, growth


def grabcut(view: View, box: tuple[float, float, float, float]) -> Region | None:
    """The object inside a box (x0, y0, x1, y1 in the view's pixels), by GrabCut on the
    box and a margin around it (the background's colours are learnt there), reduced to
    at most GRABCUT_PIXELS. None when the box is too small or GrabCut finds nothing."""
    x0, y0, x1, y1 = box
    margin = max(MIN_MARGIN, MARGIN_SHARE * max(x1 - x0, y1 - y0))
    part = view.crop(
        int(np.floor(x0 - margin)),
        int(np.floor(y0 - margin)),
        int(np.ceil(x1 + margin)),
        int(np.ceil(y1 + margin)),
    )
    part = part.at_most(GRABCUT_PIXELS)
    (rx0, ry0), (rx1, ry1) = part.to_view(view.to_original(np.array([[x0, y0], [x1, y1]])))
    h, w = part.shape
    left, top = max(0, int(round(rx0))), max(0, int(round(ry0)))
    right, bottom = min(w, int(round(rx1))), min(h, int(round(ry1)))
    if right - left < 3 or bottom - top < 3:
        return None
    mask = np.zeros((h, w), np.uint8)
    background, foreground = np.zeros((1, 65), np.float64), np.zeros((1, 65), np.float64)
    try:
        cv2.grabCut(
            np.ascontiguousarray(part.pixels),
            mask,
            (left, top, right - left, bottom - top),
            background,
            foreground,
            GRABCUT_ITERATIONS,
            cv2.GC_INIT_WITH_RECT,
        )
    except cv2.error:  # a box of one colour: no model of it to learn
        return None
    found = solid(((mask == cv2.GC_FGD) | (mask == cv2.GC_PR_FGD)).astype(np.uint8))
    if found is None:
        return None
    return Region(part, found)


def scissors(view: View, anchors: np.ndarray) -> np.ndarray | None:
    """A closed path (N × 2, the view's pixels) through `anchors` along the image's edges:
    intelligent scissors (`cv2.segmentation.IntelligentScissorsMB`) from each anchor to
    the next, each on the part of the view around the two. None with fewer than three."""
    if len(anchors) < 3:
        return None
    pieces = []
    for a, b in zip(anchors, np.roll(anchors, -1, axis=0), strict=True):
        piece = _scissors_piece(view, a, b)
        pieces.append(piece[:-1] if len(piece) > 1 else piece)
    return np.concatenate(pieces)


def _scissors_piece(view: View, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """The path from a to b (the view's pixels), b included; the straight line when the
    two are in the same pixel."""
    length = float(np.hypot(*(b - a)))
    margin = max(10.0, 0.3 * length)
    lo, hi = np.minimum(a, b) - margin, np.maximum(a, b) + margin
    part = view.crop(int(lo[0]), int(lo[1]), int(np.ceil(hi[0])), int(np.ceil(hi[1])))
    part = part.at_most(SCISSORS_PIXELS)
    h, w = part.shape
    local = part.to_view(view.to_original(np.array([a, b])))
    (ax, ay), (bx, by) = np.clip(np.floor(local), 0, (w - 1, h - 1)).astype(int)
    if (ax, ay) == (bx, by):
        return np.array([b])
    tool = cv2.segmentation.IntelligentScissorsMB()
    tool.setEdgeFeatureCannyParameters(32, 100)
    tool.setGradientMagnitudeMaxLimit(200)
    tool.applyImage(np.ascontiguousarray(part.pixels))
    tool.buildMap((int(ax), int(ay)))
    path = tool.getContour((int(bx), int(by))).reshape(-1, 2).astype(np.float64) + 0.5
    return view.to_view(part.to_original(path))


def inside(view: View, points: np.ndarray) -> np.ndarray:
    """Points (the view's pixels) moved onto the view where they lie off it."""
    h, w = view.shape
    return np.clip(points, 0.0, (w - 0.5, h - 0.5))


def strongest_edge_near(view: View, points: np.ndarray, radius: float) -> np.ndarray:
    """Each point (the view's pixels) moved to the strongest gradient within `radius`
    pixels of it, where the outline most likely runs; kept where there is no gradient."""
    h, w = view.shape
    points = inside(view, points)
    r = max(1, int(round(radius)))
    lo = np.maximum(np.floor(points.min(axis=0)).astype(int) - r - 1, 0)
    hi = np.minimum(np.ceil(points.max(axis=0)).astype(int) + r + 2, (w, h))
    part = cv2.GaussianBlur(
        np.ascontiguousarray(view.pixels[lo[1] : hi[1], lo[0] : hi[0]]), (5, 5), 0
    )
    part = part.astype(np.float32)
    # The strongest of the three colours' gradients, as Canny takes a colour image's.
    magnitude = cv2.magnitude(cv2.Sobel(part, cv2.CV_32F, 1, 0), cv2.Sobel(part, cv2.CV_32F, 0, 1))
    magnitude = magnitude.max(axis=2)
    yy, xx = np.mgrid[-r : r + 1, -r : r + 1]
    disc = (xx**2 + yy**2) <= r * r
    out = []
    for point in points:
        px, py = (np.floor(point).astype(int) - lo).tolist()
        x0, y0 = max(px - r, 0), max(py - r, 0)
        window = magnitude[y0 : py + r + 1, x0 : px + r + 1]
        within = disc[
            y0 - (py - r) : y0 - (py - r) + window.shape[0],
            x0 - (px - r) : x0 - (px - r) + window.shape[1],
        ]
        scores = np.where(within, window, -1.0)
        if scores.size == 0 or scores.max() <= 0:
            out.append(point)
            continue
        dy, dx = np.unravel_index(int(np.argmax(scores)), scores.shape)
        out.append(np.array([x0 + dx + lo[0] + 0.5, y0 + dy + lo[1] + 0.5]))
    return np.array(out, np.float64)
