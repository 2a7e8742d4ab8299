"""The crosshair of drawing by keyboard: two guides across the image through one point.

The point is a pixel corner (whole original pixels), where a box's corner will go.
Each guide is its own item, so moving the crosshair repaints two thin strips, not the
whole view. Both views of the scene draw them: the canvas and the magnifier.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QStyleOptionGraphicsItem

from labeler.ui.image import style
from labeler.ui.image.items import Z_CROSSHAIR

_UNDER = QColor(0, 0, 0, 150)  # reads on light pixels
_OVER = QColor(255, 255, 255, 235)  # reads on dark ones


class _Guide(QGraphicsItem):
    """One line of the crosshair, light over a dark under-stroke, one screen pixel wide."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(Z_CROSSHAIR)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._line = QLineF()
        self._pad = 4.0

    def set_line(self, line: QLineF) -> None:
        self.prepareGeometryChange()
        self._line = line
        self.update()

    def set_pad(self, pad: float) -> None:
        self.prepareGeometryChange()
        self._pad = pad

    def boundingRect(self) -> QRectF:
        rect = QRectF(self._line.p1(), self._line.p2()).normalized()
        return rect.adjusted(-self._pad, -self._pad, self._pad, self._pad)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # crisp, not grey
        painter.setPen(style.outline_pen(_UNDER, 3.0))
        painter.drawLine(self._line)
        painter.setPen(style.outline_pen(_OVER, 1.0))
        painter.drawLine(self._line)


class Crosshair:
    """The two guides in `scene`; hidden until `place` is given a point."""

    def __init__(self, scene: QGraphicsScene) -> None:
        self._across, self._down = _Guide(), _Guide()
        for guide in (self._across, self._down):
            guide.setVisible(False)
            scene.addItem(guide)

    def place(self, at: tuple[int, int] | None, size: tuple[float, float]) -> None:
        """Through the pixel corner `at` of an image of `size`; None hides it."""
        for guide in (self._across, self._down):
            guide.setVisible(at is not None)
        if at is None:
            return
        x, y = at
        self._across.set_line(QLineF(0, y, size[0], y))
        self._down.set_line(QLineF(x, 0, x, size[1]))

    def set_pad(self, pad: float) -> None:
        """Scene units a few screen pixels span at the canvas's zoom (`pad_for`)."""
        self._across.set_pad(pad)
        self._down.set_pad(pad)

    def visible(self) -> bool:
        return self._across.isVisible()
