"""The magnifier: the pixels round the keyboard crosshair, several times larger.

A second view of the canvas's own scene, so it shows what the canvas shows (the
picture, the regions, the rubber band, the crosshair) with nothing copied. Pixels are
drawn square (no smoothing), with a grid of original pixels when the picture holds
them all, so a corner can be put on the exact pixel. It floats over the canvas beside
the crosshair, on the side away from the region being drawn, and never takes a mouse
event or the keyboard.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QTransform
from PySide6.QtWidgets import QFrame, QGraphicsScene, QGraphicsView, QWidget

from labeler.ui.image import style

#: Side of the magnifier, screen pixels.
SIDE = 176
#: Least magnification (screen px per original px), and how much more than the canvas.
LEAST, OVER_CANVAS, MOST = 8.0, 4.0, 64.0
#: Screen pixels between the crosshair and the magnifier.
GAP = 28


def magnification(canvas_scale: float) -> float:
    """Screen pixels per original pixel in the magnifier when the canvas shows `canvas_scale`."""
    return min(MOST, max(LEAST, OVER_CANVAS * canvas_scale))


def placement(
    spot: QPoint, away: tuple[int, int], bounds: QRect, size: QSize, avoid: QRect | None = None
) -> QPoint:
    """Top-left of a `size` box beside `spot`, `GAP` off it diagonally: towards `away`
    (signs: -1 is left or up) unless another corner inside `bounds` covers less of
    `avoid` (the region being drawn); turned round where `bounds` leaves no room."""
    sx, sy = away
    best: tuple[int, QPoint] | None = None
    for dx, dy in ((sx, sy), (sx, -sy), (-sx, sy), (-sx, -sy)):
        x = spot.x() + GAP if dx > 0 else spot.x() - GAP - size.width()
        y = spot.y() + GAP if dy > 0 else spot.y() - GAP - size.height()
        box = QRect(QPoint(x, y), size)
        if not bounds.contains(box):
            continue
        shared = box.intersected(avoid) if avoid is not None else QRect()
        covered = shared.width() * shared.height() if not shared.isEmpty() else 0
        if best is None or covered < best[0]:
            best = covered, box.topLeft()
    if best is not None:
        return best[1]
    x = _side(spot.x(), sx, size.width(), bounds.left(), bounds.right())
    y = _side(spot.y(), sy, size.height(), bounds.top(), bounds.bottom())
    return QPoint(x, y)


def _side(at: int, sign: int, length: int, low: int, high: int) -> int:
    after, before = at + GAP, at - GAP - length
    first, second = (after, before) if sign > 0 else (before, after)
    for start in (first, second):
        if low <= start and start + length <= high:
            return start
    return max(low, min(first, high - length))  # no room on either side: stay inside


class Magnifier(QGraphicsView):
    """A small, magnified view of `scene` centred on one pixel corner."""

    def __init__(self, scene: QGraphicsScene, parent: QWidget) -> None:
        super().__init__(scene, parent)
        self.setFixedSize(SIDE, SIDE)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setInteractive(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setBackgroundBrush(style.BACKGROUND)
        self.setRenderHints(QPainter.RenderHint(0))  # square pixels
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.grid = False
        self.hide()

    def look_at(self, at: tuple[int, int], scale: float, image: QRectF, grid: bool) -> None:
        """Centre on the pixel corner `at`, `scale` screen px per original px; `grid`
        draws the original pixels' edges."""
        self.grid = grid
        self.setTransform(QTransform.fromScale(scale, scale))
        # Room past the image's edges, so a corner on the edge can be centred too.
        half = SIDE / scale
        self.setSceneRect(image.adjusted(-half, -half, half, half))
        self.centerOn(QPointF(*at))
        self.viewport().update()

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        rect = QRectF(rect)
        if self.grid:
            pen = style.outline_pen(QColor(0, 0, 0, 70), 1.0)
            painter.setPen(pen)
            left, right = int(rect.left()), int(rect.right()) + 1
            top, bottom = int(rect.top()), int(rect.bottom()) + 1
            for x in range(left, right + 1):
                painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
            for y in range(top, bottom + 1):
                painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
        painter.save()
        painter.resetTransform()
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor("#111111"), 3))
        painter.drawRect(self.viewport().rect().adjusted(1, 1, -2, -2))
        painter.setPen(QPen(QColor("#f2f2f2"), 1))
        painter.drawRect(self.viewport().rect().adjusted(1, 1, -2, -2))
        painter.restore()
