"""Region tags of a review pane, placed so that they never cover each other.

Crowded regions (cars near the horizon) gave tags piled on one another. Each tag now
takes the first free place around its region (above, below, inside, beside), in its
full words (`car 0.82`) or, where those do not fit, its label alone (`car`); a tag
with no free place is hidden, and its region still shows its colour and says
everything in its tooltip. Unmatched and missed regions are placed first: they are
what a reviewer looks for.

`place_tags` is the arithmetic (screen pixels, no widgets); `TagLayer` draws the
result into one canvas and places again when the zoom changes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QStyleOptionGraphicsItem

from labeler.ui.image import style
from labeler.ui.review.marks import Mark

Rect = tuple[float, float, float, float]  # x0, y0, x1, y1

#: Placement order: what a reviewer looks for first.
_PRIORITY = {"unmatched": 0, "missed": 1}
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


@dataclass(frozen=True)
class TagPlace:
    """Where a tag goes: which wording and its top-left corner."""

    wording: int
    x: float
    y: float


def _candidates(region: Rect, w: float, h: float) -> list[tuple[float, float]]:
    x0, y0, x1, y1 = region
    spots = [(x0, y0 - h), (x0, y1), (x1 - w, y0 - h), (x1 - w, y1)]
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
            spot = _first_free(request.region, w, h, bounds, taken)
            if spot is not None:
                x, y = spot
                taken.add((x, y, x + w, y + h))
                placed[i] = TagPlace(wording, x, y)
                break
    return placed


def _first_free(
    region: Rect, w: float, h: float, bounds: Rect, taken: _Taken
) -> tuple[float, float] | None:
    bx0, by0, bx1, by1 = bounds
    if w > bx1 - bx0 or h > by1 - by0:
        return None
    for x, y in _candidates(region, w, h):
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


# -- drawing ---------------------------------------------------------------------------


class TagItem(QGraphicsItem):
    """One tag: a chip of its colour (hollow for a missed region), its top-left corner
    `offset` screen pixels from the scene point it is anchored at."""

    def __init__(self) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(50.0)  # above every region
        self.text = ""
        self._rect = QRectF()
        self._color = QColor("#000000")
        self._hollow = False
        self._font = style.tag_font()

    def show_tag(self, text: str, rect: QRectF, color: QColor, hollow: bool) -> None:
        self.prepareGeometryChange()
        self.text, self._rect, self._color, self._hollow = text, QRectF(rect), color, hollow
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt)
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        if self._hollow:
            painter.setBrush(QColor(255, 255, 255, 230))
            painter.setPen(self._color)
            ink = QColor("#111111")
        else:
            painter.setBrush(self._color)
            painter.setPen(Qt.PenStyle.NoPen)
            ink = style.text_color(self._color)
        painter.drawRect(self._rect.adjusted(0, 0, -0.5, -0.5))
        painter.setFont(self._font)
        painter.setPen(ink)
        painter.drawText(self._rect, Qt.AlignmentFlag.AlignCenter, self.text)


class TagLayer:
    """The tags of one canvas's marks, placed at a scale (screen px per image px)."""

    def __init__(self, scene: QGraphicsScene) -> None:
        self._scene = scene
        self._items: list[TagItem] = []
        self._metrics = QFontMetricsF(style.tag_font())
        self.marks: list[Mark] = []
        self.hidden = 0  # marks whose tag found no place

    def set_marks(self, marks: Sequence[Mark]) -> None:
        self.marks = list(marks)

    def place(self, scale: float, picture: tuple[float, float]) -> None:
        """Place every tag for `scale`; inside the picture's rectangle on screen."""
        requests = [self._request(m, scale) for m in self.marks]
        bounds = (0.0, 0.0, picture[0] * scale, picture[1] * scale)
        places = place_tags(requests, bounds)
        while len(self._items) < len(self.marks):
            item = TagItem()
            self._scene.addItem(item)
            self._items.append(item)
        self.hidden = 0
        for item, mark, request, spot in zip(
            self._items, self.marks, requests, places, strict=False
        ):
            if spot is None:
                item.setVisible(False)
                self.hidden += 1
                continue
            w, h = request.sizes[spot.wording]
            text = (mark.tag, mark.short)[spot.wording]
            # Anchored at the image origin: a pan moves tag and region together.
            item.setPos(QPointF(0, 0))
            item.show_tag(text, QRectF(spot.x, spot.y, w, h), QColor(mark.color), mark.dashed)
            item.setVisible(True)
        for item in self._items[len(self.marks) :]:
            item.setVisible(False)

    def shown(self) -> list[tuple[str, QRectF]]:
        """The tags drawn, with their rectangles in screen pixels from the image origin."""
        return [(i.text, i.boundingRect()) for i in self._items if i.isVisible()]

    def _request(self, mark: Mark, scale: float) -> TagRequest:
        x0, y0, x1, y1 = region_rect(mark)
        if mark.kind == "points":  # drawn at a fixed screen size
            r = style.POINT_RADIUS
            rect = (x0 * scale - r, y0 * scale - r, x0 * scale + r, y0 * scale + r)
        else:
            rect = (x0 * scale, y0 * scale, x1 * scale, y1 * scale)
        height = self._metrics.height() + 2
        words = [mark.tag] if mark.short == mark.tag else [mark.tag, mark.short]
        sizes = tuple((self._metrics.horizontalAdvance(t) + 8, height) for t in words)
        return TagRequest(rect, sizes, _PRIORITY.get(mark.state, 2))


def region_rect(mark: Mark) -> Rect:
    """A mark's region's bounding rectangle in image pixels."""
    r = mark.region
    if mark.kind == "boxes":
        x, y = float(r["x"]), float(r["y"])
        return x, y, x + float(r["w"]), y + float(r["h"])
    if mark.kind == "points":
        return float(r["x"]), float(r["y"]), float(r["x"]), float(r["y"])
    xs = [float(p[0]) for p in r["points"]]
    ys = [float(p[1]) for p in r["points"]]
    return min(xs), min(ys), max(xs), max(ys)
