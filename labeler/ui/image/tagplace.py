"""Where label tags go so that none covers another: screen-pixel arithmetic shared by
the image editor's canvas and the review's panes (no widgets here).

Each tag takes the first free place around its region (above, below, inside, beside),
in its full words or, where those do not fit, its shorter wording; a tag with no free
place gets None, and its caller decides (the review hides it, the editor leaves it where
it would be).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

Rect = tuple[float, float, float, float]  # x0, y0, x1, y1

#: Grid cells of the overlap index, in pixels.
_CELL = 64.0
#: Free pixels kept between two tags.
GAP = 1.0


@dataclass(frozen=True)
class TagRequest:
    """A tag to place: its region's rectangle and each wording's size, longest first."""

    region: Rect
    sizes: tuple[tuple[float, float], ...]
    priority: int = 2
    #: A top-left corner to try before the others (where the tag goes by itself).
    first: tuple[float, float] | None = None


@dataclass(frozen=True)
class TagPlace:
    """Where a tag goes: which wording and its top-left corner."""

    wording: int
    x: float
    y: float


def _candidates(
    region: Rect, w: float, h: float, first: tuple[float, float] | None
) -> list[tuple[float, float]]:
    x0, y0, x1, y1 = region
    spots = [(x0, y0 - h), (x0, y1), (x1 - w, y0 - h), (x1 - w, y1)]
    if first is not None:
        spots.insert(0, first)
    if x1 - x0 >= w + 4 and y1 - y0 >= 3 * h:
        spots.append((x0 + 1, y0 + 1))  # inside a region roomy enough to show through
    spots += [(x1 + 1, y0), (x0 - w - 1, y0)]
    return spots


class _Taken:
    """Rectangles already placed, indexed by grid cell."""

    def __init__(self) -> None:
        self._cells: dict[tuple[int, int], list[Rect]] = defaultdict(list)

    def _keys(self, r: Rect) -> list[tuple[int, int]]:
        cx0, cy0 = int(r[0] // _CELL), int(r[1] // _CELL)
        cx1, cy1 = int(r[2] // _CELL), int(r[3] // _CELL)
        return [(i, j) for i in range(cx0, cx1 + 1) for j in range(cy0, cy1 + 1)]

    def free(self, r: Rect) -> bool:
        for key in self._keys(r):
            for o in self._cells.get(key, ()):
                if _overlap(r, o):
                    return False
        return True

    def add(self, r: Rect) -> None:
        for key in self._keys(r):
            self._cells[key].append(r)


def place_tags(requests: Sequence[TagRequest], bounds: Rect) -> list[TagPlace | None]:
    """A place for each tag inside `bounds`, none covering another; None where no
    wording fits anywhere. Higher priority (lower number) first, then larger regions."""
    order = sorted(
        range(len(requests)),
        key=lambda i: (requests[i].priority, -_area(requests[i].region), i),
    )
    taken = _Taken()
    placed: list[TagPlace | None] = [None] * len(requests)
    for i in order:
        request = requests[i]
        for wording, (w, h) in enumerate(request.sizes):
            spot = _first_free(request, w, h, bounds, taken)
            if spot is not None:
                x, y = spot
                taken.add((x, y, x + w, y + h))
                placed[i] = TagPlace(wording, x, y)
                break
    return placed


def _first_free(
    request: TagRequest, w: float, h: float, bounds: Rect, taken: _Taken
) -> tuple[float, float] | None:
    bx0, by0, bx1, by1 = bounds
    if w > bx1 - bx0 or h > by1 - by0:
        return None
    for x, y in _candidates(request.region, w, h, request.first):
        x = min(max(x, bx0), bx1 - w)  # slide along an edge rather than give up
        if y < by0 or y + h > by1:
            continue
        if taken.free((x, y, x + w, y + h)):
            return x, y
    return None


def _overlap(a: Rect, b: Rect) -> bool:
    """Closer than `GAP` on both axes."""
    return a[0] < b[2] + GAP and b[0] < a[2] + GAP and a[1] < b[3] + GAP and b[1] < a[3] + GAP


def _area(r: Rect) -> float:
    return max(0.0, r[2] - r[0]) * max(0.0, r[3] - r[1])
