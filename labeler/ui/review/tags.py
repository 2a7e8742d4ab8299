"""Region tags of a review pane, placed so that they never cover each other.

Crowded regions (cars near the horizon) gave tags piled on one another. Each tag now
takes the first free place around its region (above, below, inside, beside), in its
full words (`car 0.82`) or, where those do not fit, its label alone (`car`); a tag
with no free place is hidden, and its region still shows its colour and says
everything in its tooltip. Unmatched and missed regions are placed first: they are
what a reviewer looks for.

`place_tags` (`labeler.ui.image.tagplace`, shared with the image editor) is the
arithmetic; `TagLayer` draws the result into one canvas and places again when the zoom
changes.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QStyleOptionGraphicsItem

from labeler.ui.image import style
from labeler.ui.image.tagplace import Rect, TagPlace, TagRequest, place_tags
from labeler.ui.review.marks import Mark

__all__ = [
    "Rect",  # notr: a name this module exports
    "TagItem",
    "TagLayer",
    "TagPlace",
    "TagRequest",
    "place_tags",
    "region_rect",
]

#: Placement order: what a reviewer looks for first.
_PRIORITY = {"unmatched": 0, "missed": 1}

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
