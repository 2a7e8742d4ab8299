"""Graphics items of the image canvas: regions, their label tags, and handles.

Scene coordinates are original image pixels, so a box or polygon item is drawn
from the region's own numbers. Outlines use cosmetic pens (same screen width at
every zoom); points, tags and handles ignore the view's scale so they stay the
same size on screen however far the annotator zooms.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QStyleOptionGraphicsItem

from labeler.ui.image import style

#: Stacking: image < regions < gold < drawing preview < keyboard crosshair < handles.
Z_REGION, Z_GOLD, Z_PREVIEW, Z_CROSSHAIR, Z_HANDLE = 10.0, 20.0, 30.0, 35.0, 40.0

RegionKey = tuple[str, int]


class LabelTag(QGraphicsItem):
    """A region's label, small, on a chip of the label colour, next to the region.

    An answer's tag sits above the region's top-left corner; a gold tag (hollow)
    below its bottom-left corner, so the two never hide each other. Where that place
    is another tag's, the layer gives it another (`set_offset`: its top-left corner in
    screen pixels from the anchor).
    """

    def __init__(self, parent: QGraphicsItem) -> None:
        super().__init__(parent)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._text = ""
        self._color = QColor("#000000")
        self._hollow = False
        self._size = QRectF()
        self._font = style.tag_font()
        self._metrics = QFontMetricsF(self._font)
        self._offset: QPointF | None = None

    def size(self) -> tuple[float, float]:
        """The chip's width and height in screen pixels."""
        return self._size.width(), self._size.height()

    def set_offset(self, offset: QPointF | None) -> None:
        """Draw the chip at `offset` from the anchor; None: its own place (above, or
        below for gold, flipped inside near the view's edge)."""
        if offset != self._offset:
            self.prepareGeometryChange()
            self._offset = offset
            self.update()

    def shown_rect(self) -> QRectF:
        """The chip's rectangle from the anchor, as painted away from the view's edges."""
        rect = QRectF(self._size)
        if self._offset is not None:
            rect.moveTopLeft(self._offset)
        elif not self._hollow:
            rect.moveBottom(0)
        return rect

    def set_text(self, text: str, color: QColor, *, hollow: bool = False) -> None:
        if text != self._text:
            self.prepareGeometryChange()
            self._text = text
            width = self._metrics.horizontalAdvance(text) + 8
            self._size = QRectF(0, 0, width, self._metrics.height() + 2)
        self._color, self._hollow = color, hollow
        self.update()

    def boundingRect(self) -> QRectF:
        if self._offset is not None:
            return self.shown_rect()
        # Room on both sides of the anchor: the tag flips inside near the view's edge.
        h = self._size.height()
        return QRectF(0, -h, self._size.width(), 2 * h)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        rect = QRectF(self._size)
        if self._offset is not None:
            rect.moveTopLeft(self._offset)
        else:
            y = painter.worldTransform().dy()  # the anchor, in viewport pixels
            bottom = widget.height() if widget is not None else 1 << 20
            fits_above = y >= rect.height()
            fits_below = y + rect.height() <= bottom
            if (not self._hollow and fits_above) or (self._hollow and not fits_below):
                rect.moveBottom(0)
        if self._hollow:
            painter.setBrush(QColor(255, 255, 255, 225))
            painter.setPen(QPen(self._color, 1))
            ink = QColor("#111111")
        else:
            painter.setBrush(self._color)
            painter.setPen(Qt.PenStyle.NoPen)
            ink = style.text_color(self._color)
        painter.drawRect(rect)
        painter.setFont(self._font)
        painter.setPen(ink)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self._text)


class RegionItem(QGraphicsItem):
    """One region drawn over the image: the answer's (selectable) or gold's (dashed)."""

    def __init__(self) -> None:
        super().__init__()
        self.key: RegionKey | None = None
        self.kind = "boxes"
        self.region: dict[str, Any] = {}
        self.gold = False
        self._selected = False
        self._color = QColor("#000000")
        self._path = QPainterPath()
        self._pad = 4.0
        self._vertices: list[QPointF] = []
        self._tag = LabelTag(self)
        self._tag_shown = True
        self.setZValue(Z_REGION)

    # -- content --------------------------------------------------------------

    def set_region(self, kind: str, region: dict[str, Any], color: QColor) -> None:
        """Draw `region` (a dict of the answer) of a field of `kind`."""
        self.prepareGeometryChange()
        self.kind, self.region, self._color = kind, region, color
        point = kind == "points"
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, point)
        path = QPainterPath()
        if point:
            self.setPos(float(region["x"]), float(region["y"]))
            r = style.POINT_RADIUS
            path.addEllipse(QPointF(0, 0), r, r)
            self._tag.setPos(r + 2, r if self.gold else self._tag.boundingRect().height() / 4)
        else:
            self.setPos(0, 0)
            if kind == "boxes":
                rect = QRectF(
                    float(region["x"]), float(region["y"]), float(region["w"]), float(region["h"])
                )
                path.addRect(rect)
                self._tag.setPos(rect.bottomLeft() if self.gold else rect.topLeft())
            else:
                ring = [QPointF(float(x), float(y)) for x, y in region["points"]]
                path.addPolygon(QPolygonF(ring))
                path.closeSubpath()
                if self.gold:
                    self._tag.setPos(max(ring, key=lambda p: (p.y(), -p.x())))
                else:
                    self._tag.setPos(min(ring, key=lambda p: (p.y(), p.x())))
        self._path = path
        self._tag.set_text(str(region.get("label", "")), color, hollow=self.gold)
        self._tag.setVisible(self._tag_shown)
        self.update()

    def set_outline(self, points: list[QPointF], color: QColor, *, closed: bool) -> None:
        """Draw a bare outline (a polygon being drawn, a box being dragged)."""
        self.prepareGeometryChange()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, False)
        self.setPos(0, 0)
        path = QPainterPath()
        if points:
            path.addPolygon(QPolygonF(points))
            if closed:
                path.closeSubpath()
        self._path, self._color = path, color
        # An open outline is a polygon being drawn: mark its vertices.
        self._vertices = [] if closed else list(points)
        self._tag.setVisible(False)
        self.update()

    @property
    def tag(self) -> LabelTag:
        return self._tag

    def tag_shown(self) -> bool:
        """Whether the region's tag is drawn (a region shown, not a bare outline)."""
        return self._tag_shown and self._tag.isVisible() and self.isVisible()

    def set_tag_shown(self, shown: bool) -> None:
        """Draw the label tag beside the region (the default), or not: the review lays
        out its own tags so that crowded regions' tags do not cover each other."""
        self._tag_shown = shown
        self._tag.setVisible(shown)

    def set_gold(self, gold: bool) -> None:
        self.gold = gold
        self.setZValue(Z_GOLD if gold else Z_REGION)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton if gold else Qt.MouseButton.AllButtons)

    def set_selected(self, selected: bool) -> None:
        if selected != self._selected:
            self._selected = selected
            self.setZValue(Z_REGION + (1 if selected else 0))  # above its neighbours
            self.update()

    def set_pad(self, pad: float) -> None:
        """Scene units a cosmetic outline may spill over the path (zoom dependent)."""
        if pad != self._pad:
            self.prepareGeometryChange()
            self._pad = pad

    def _paint_vertices(self, painter: QPainter) -> None:
        if not self._vertices:
            return
        # Squares of a fixed screen size: map to device pixels and draw untransformed.
        at = [painter.worldTransform().map(p) for p in self._vertices[:-1]]
        painter.save()
        painter.resetTransform()
        painter.setPen(QPen(QColor("#111111"), 1))
        for i, p in enumerate(at):
            painter.setBrush(self._color if i == 0 else QColor("#ffffff"))
            size = 9.0 if i == 0 else 6.0  # the first one closes the polygon: bigger
            painter.drawRect(QRectF(p.x() - size / 2, p.y() - size / 2, size, size))
        painter.restore()

    def area(self) -> float:
        rect = self._path.boundingRect()
        return rect.width() * rect.height()

    # -- QGraphicsItem --------------------------------------------------------

    def boundingRect(self) -> QRectF:
        pad = 4.0 if self.kind == "points" else self._pad
        return self._path.boundingRect().adjusted(-pad, -pad, pad, pad)

    def shape(self) -> QPainterPath:
        if self.kind == "points":
            grab = QPainterPath()  # a point is hard to hit: grab it a bit outside
            grab.addEllipse(QPointF(0, 0), style.POINT_RADIUS + 4, style.POINT_RADIUS + 4)
            return grab
        return self._path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        if self.gold:
            # Dark under-stroke so the dashes read on light and dark pixels alike.
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(style.outline_pen(QColor(0, 0, 0, 160), style.LINE_WIDTH + 2))
            painter.drawPath(self._path)
            painter.setPen(style.outline_pen(self._color, style.LINE_WIDTH, dashed=True))
            painter.drawPath(self._path)
            self._paint_vertices(painter)
            return
        fill = QColor(self._color)
        if self.kind == "points":
            fill.setAlpha(255 if self._selected else 210)
            ring = QColor("#ffffff") if self._selected else QColor("#111111")
            pen = style.outline_pen(ring, 2.0 if self._selected else 1.5)
        else:
            fill.setAlpha(style.SELECTED_FILL_ALPHA if self._selected else style.FILL_ALPHA)
            width = style.SELECTED_LINE_WIDTH if self._selected else style.LINE_WIDTH
            pen = style.outline_pen(self._color, width)
        painter.setPen(pen)
        painter.setBrush(QBrush(fill))
        painter.drawPath(self._path)


class HandleItem(QGraphicsRectItem):
    """A square the annotator drags: a box corner or edge, or a polygon vertex."""

    def __init__(self, handle: str | int) -> None:
        half = style.HANDLE_SIZE / 2
        super().__init__(-half, -half, style.HANDLE_SIZE, style.HANDLE_SIZE)
        self.handle = handle
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setZValue(Z_HANDLE)
        self.setBrush(QColor("#ffffff"))
        pen = QPen(QColor("#1b1b1b"), 1.2)
        self.setPen(pen)
        self.current = False

    def set_current(self, current: bool) -> None:
        """The vertex the keys act on: filled dark, so it stands out from its siblings."""
        if current != self.current:
            self.current = current
            half = style.HANDLE_SIZE * (0.8 if current else 0.5)
            self.setRect(-half, -half, 2 * half, 2 * half)
            self.setBrush(QColor("#1b1b1b" if current else "#ffffff"))
            self.setPen(QPen(QColor("#ffffff" if current else "#1b1b1b"), 1.2))

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        # No dotted "selected" frame: handles are drawn the same whatever Qt thinks.
        painter.setPen(self.pen())
        painter.setBrush(self.brush())
        painter.drawRect(self.rect().adjusted(1, 1, -1, -1))
