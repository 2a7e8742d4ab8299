"""Region arithmetic in original image pixels: build, move, resize, clamp.

Qt-free on purpose: the tools compute the region a drag ends with here, and the
editor hands that one dict to the draft, so every rule (clamping, rounding, the
smallest box) is testable without a window.

Regions are the answer's plain JSON objects (PROTOCOL.md "Answers"): a box
`{"label", "x", "y", "w", "h"}`, a polygon `{"label", "points": [[x, y], ...]}`,
a point `{"label", "x", "y"}`. Functions return new dicts and keep any other
keys a region carries.
"""

from __future__ import annotations

from typing import Any

Region = dict[str, Any]

#: Box handles: which edges each one moves.
BOX_HANDLES = ("nw", "n", "ne", "e", "se", "s", "sw", "w")


def snap(value: float) -> float:
    """Whole original pixels: what an annotator means, and stable under nudges."""
    return float(round(value))


def tidy(region: Region) -> Region:
    """Whole numbers as JSON integers (`200`, not `200.0`); a fraction from a prefill stays."""
    return {key: _whole(value) for key, value in region.items()}


def _whole(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, list):
        return [_whole(v) for v in value]
    return value


def clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


def clamp_point(x: float, y: float, size: tuple[float, float]) -> tuple[float, float]:
    """The point moved inside the image."""
    return clamp(x, 0.0, size[0]), clamp(y, 0.0, size[1])


def bounds(kind: str, region: Region) -> tuple[float, float, float, float]:
    """`(x0, y0, x1, y1)` of a region."""
    if kind == "boxes":
        x, y = float(region["x"]), float(region["y"])
        return x, y, x + float(region["w"]), y + float(region["h"])
    if kind == "polygons":
        xs = [float(p[0]) for p in region["points"]]
        ys = [float(p[1]) for p in region["points"]]
        return min(xs), min(ys), max(xs), max(ys)
    x, y = float(region["x"]), float(region["y"])
    return x, y, x, y


def area(kind: str, region: Region) -> float:
    """The region's area in square pixels (0 for points)."""
    if kind == "boxes":
        return abs(float(region["w"]) * float(region["h"]))
    if kind == "polygons":
        return polygon_area(region["points"])
    return 0.0


def polygon_area(points: list[list[float]]) -> float:
    """Shoelace area; a polygon with none encloses nothing and is refused."""
    total = 0.0
    for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1], strict=True):
        total += x0 * y1 - x1 * y0
    return abs(total) / 2.0


def box_from_corners(
    label: str, a: tuple[float, float], b: tuple[float, float], size: tuple[float, float]
) -> Region | None:
    """The box spanned by two corners, clamped and snapped; None when it is empty."""
    (x0, y0), (x1, y1) = clamp_point(*a, size), clamp_point(*b, size)
    left, right = snap(min(x0, x1)), snap(max(x0, x1))
    top, bottom = snap(min(y0, y1)), snap(max(y0, y1))
    if right - left < 1 or bottom - top < 1:
        return None
    return tidy({"label": label, "x": left, "y": top, "w": right - left, "h": bottom - top})


def translate(kind: str, region: Region, dx: float, dy: float, size: tuple[float, float]) -> Region:
    """The region moved by `(dx, dy)`, as far as it can go while staying inside."""
    x0, y0, x1, y1 = bounds(kind, region)
    dx = _limit(dx, -x0, size[0] - x1)
    dy = _limit(dy, -y0, size[1] - y1)
    if kind == "polygons":
        points = [[float(p[0]) + dx, float(p[1]) + dy] for p in region["points"]]
        return tidy({**region, "points": points})
    return tidy({**region, "x": float(region["x"]) + dx, "y": float(region["y"]) + dy})


def _limit(delta: float, low: float, high: float) -> float:
    # A region that already overhangs (a prefill) is not pushed in by a mere click,
    # but cannot be moved further out.
    if low > high:
        return 0.0
    return clamp(delta, min(low, 0.0), max(high, 0.0))


def drag(
    kind: str,
    region: Region,
    start: tuple[float, float],
    now: tuple[float, float],
    size: tuple[float, float],
) -> Region:
    """Where a region dragged from `start` to `now` lands, in whole pixels."""
    return translate(kind, region, snap(now[0] - start[0]), snap(now[1] - start[1]), size)


def resize_box(
    region: Region, handle: str, x: float, y: float, size: tuple[float, float]
) -> Region:
    """The box with the edges of `handle` moved to `(x, y)`; it flips when dragged
    past its opposite edge and never gets smaller than one pixel."""
    x, y = clamp_point(x, y, size)
    left, top = float(region["x"]), float(region["y"])
    right, bottom = left + float(region["w"]), top + float(region["h"])
    if "w" in handle:
        left = snap(x)
    if "e" in handle:
        right = snap(x)
    if "n" in handle:
        top = snap(y)
    if "s" in handle:
        bottom = snap(y)
    left, right = _ordered(left, right, size[0])
    top, bottom = _ordered(top, bottom, size[1])
    return tidy({**region, "x": left, "y": top, "w": right - left, "h": bottom - top})


def _ordered(a: float, b: float, limit: float) -> tuple[float, float]:
    low, high = min(a, b), max(a, b)
    if high - low < 1:
        high = low + 1
        if high > limit:
            low, high = limit - 1, limit
    return low, high


def move_vertex(
    region: Region, index: int, x: float, y: float, size: tuple[float, float]
) -> Region:
    """The polygon with vertex `index` moved to `(x, y)` inside the image."""
    x, y = clamp_point(x, y, size)
    points = [list(p) for p in region["points"]]
    points[index] = [snap(x), snap(y)]
    return tidy({**region, "points": points})


def insert_vertex(region: Region, index: int) -> Region:
    """The polygon with a vertex added halfway along the edge from vertex `index` to the
    next one; the new vertex is `index + 1`."""
    points = [list(p) for p in region["points"]]
    (x0, y0), (x1, y1) = points[index], points[(index + 1) % len(points)]
    points.insert(index + 1, [snap((float(x0) + float(x1)) / 2), snap((float(y0) + float(y1)) / 2)])
    return tidy({**region, "points": points})


def remove_vertex(region: Region, index: int) -> Region | None:
    """The polygon without vertex `index`; None when that would leave no polygon (under
    three vertices or no area)."""
    points = [list(p) for p in region["points"]]
    del points[index]
    if len(points) < 3 or polygon_area(points) <= 0:
        return None
    return tidy({**region, "points": points})


def point_region(label: str, x: float, y: float, size: tuple[float, float]) -> Region:
    """A point region at `(x, y)`, inside the image."""
    x, y = clamp_point(x, y, size)
    return tidy({"label": label, "x": snap(x), "y": snap(y)})


def polygon_region(label: str, points: list[tuple[float, float]]) -> Region | None:
    """A closed polygon, or None when it has under three points or no area."""
    ring = [[snap(x), snap(y)] for x, y in points]
    if len(ring) < 3 or polygon_area(ring) <= 0:
        return None
    return tidy({"label": label, "points": ring})


def centre_region(
    kind: str, label: str, shown: tuple[float, float, float, float], size: tuple[float, float]
) -> Region:
    """A region in the middle of the part of the image shown (`x0, y0, x1, y1`): a point,
    or a box or square polygon a quarter of its width and height, inside the image."""
    x0, y0, x1, y1 = shown
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    if kind == "points":
        return {"label": label, "x": round(cx), "y": round(cy)}
    w = max(4, round((x1 - x0) / 4))
    h = max(4, round((y1 - y0) / 4))
    x = min(max(0, round(cx - w / 2)), max(0, round(size[0]) - w))
    y = min(max(0, round(cy - h / 2)), max(0, round(size[1]) - h))
    if kind == "boxes":
        return {"label": label, "x": x, "y": y, "w": w, "h": h}
    return {"label": label, "points": [[x, y], [x + w, y], [x + w, y + h], [x, y + h]]}
