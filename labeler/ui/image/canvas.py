"""The image canvas: a QGraphicsView whose scene units are original image pixels.

It zooms (wheel, keys), pans (middle drag, Space + drag, a drag the tool does
not want, scrollbars) and hands left-button gestures to the current tool (an Alt+click
asks an assist about that place instead); a
keyboard gesture (`KeyGesture`, drawing by keys) hears first of keys and of the
mouse taking over. It knows nothing of drafts or schemas.
"""

from __future__ import annotations

import math
from typing import Protocol

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import QImage, QKeyEvent, QMouseEvent, QPainter, QTransform, QWheelEvent
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from labeler.ui.image import style
from labeler.ui.image.items import HandleItem, RegionItem
from labeler.ui.image.tools import Pointer, Tool

MAX_SCALE = 32.0  # screen px per original px
WHEEL_STEP = 1.2


class KeyGesture(Protocol):
    """Drawing by keyboard, as the canvas sees it (`labeler.ui.image.keydraw`)."""

    def claims(self, key: int) -> bool:
        """Keys it needs right now, even if the workbench binds them (Escape...)."""
        ...

    def key(self, key: int) -> bool:
        """A key press; True when taken."""
        ...

    def mouse_moved(self, view: QPoint) -> None: ...

    def mouse_pressed(self) -> None: ...


class ImageItem(QGraphicsItem):
    """The picture, stretched over the original's pixel rectangle whatever its own size.

    It paints a QImage directly, so a decode from a worker needs no QPixmap
    conversion on the GUI thread.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._image = QImage()
        self._rect = QRectF(0, 0, 1, 1)

    def set_rect(self, rect: QRectF) -> None:
        self.prepareGeometryChange()
        self._rect = QRectF(rect)

    def set_image(self, image: QImage | None) -> None:
        self._image = image if image is not None else QImage()
        self.update()

    def image(self) -> QImage:
        return self._image

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        if self._image.isNull():
            painter.fillRect(self._rect, style.PLACEHOLDER)  # still decoding
            return
        world = painter.worldTransform()
        if world.type().value <= QTransform.TransformationType.TxScale.value:
            # A picture prepared for the view at fit spans (to rounding) as many device
            # pixels as it has: copy it pixel for pixel. Scaling it by a factor of
            # 1.001 would filter every pixel, ~5 ms per paint on the GUI thread.
            ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
            target = world.mapRect(self._rect)
            width, height = self._image.width() / ratio, self._image.height() / ratio
            if abs(target.width() - width) <= 1 and abs(target.height() - height) <= 1:
                painter.save()
                painter.setWorldTransform(QTransform())
                at = QPointF(round(target.x()), round(target.y()))
                painter.drawImage(QRectF(at, QSizeF(width, height)), self._image)
                painter.restore()
                return
        painter.drawImage(self._rect, self._image)


class ImageCanvas(QGraphicsView):
    """Zoomable, pannable view of one image and its regions."""

    #: The view's scale changed (screen px per original px).
    scale_changed = Signal(float)
    #: Alt+click: an assist is asked about that place (original pixels x, y).
    alt_clicked = Signal(float, float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.image_item = ImageItem()
        self.scene().addItem(self.image_item)
        self.tool: Tool | None = None
        self.gesture: KeyGesture | None = None
        self._fitting = True
        self._pan_from: QPoint | None = None
        self._space = False
        self._alt_click = False
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setBackgroundBrush(style.BACKGROUND)
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform
        )
        # Zoom anchoring is done by hand (zoom_to), so Qt must not move the view too.
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # A picture is never mirrored: in a right-to-left interface a view would scroll
        # and pan the wrong way round (and keep its scroll bar on the left). What floats
        # over it in words (the armed tool) takes the interface's direction again.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.set_image_size(1, 1)

    # -- geometry ---------------------------------------------------------------

    def set_image_size(self, width: float, height: float) -> None:
        rect = QRectF(0, 0, max(width, 1), max(height, 1))
        self.image_item.set_rect(rect)
        self.setSceneRect(rect)

    def scale_value(self) -> float:
        return self.transform().m11()

    def fit_scale(self) -> float:
        rect = self.sceneRect()
        view = self.viewport().size()
        # Two pixels short of the viewport so rounding never summons scrollbars.
        return max(
            1e-4, min((view.width() - 2) / rect.width(), (view.height() - 2) / rect.height())
        )

    def fit(self) -> None:
        """Show the whole image, centred; stays fitted when the window resizes."""
        self._fitting = True
        self._apply_scale(self.fit_scale(), None)
        self.centerOn(self.sceneRect().center())

    def zoom_by(self, factor: float, anchor: QPoint | None = None) -> None:
        self.zoom_to(self.scale_value() * factor, anchor)

    def zoom_to(self, scale: float, anchor: QPoint | None = None) -> None:
        """Zoom keeping the image point under `anchor` (default: the centre) in place."""
        self._fitting = False
        self._apply_scale(scale, anchor)

    def _apply_scale(self, scale: float, anchor: QPoint | None) -> None:
        low = min(self.fit_scale(), 1.0) / 2
        scale = max(low, min(max(MAX_SCALE, self.fit_scale()), scale))
        if anchor is None:
            anchor = self.viewport().rect().center()
        before = self.mapToScene(anchor)
        self.setTransform(QTransform.fromScale(scale, scale))
        self.pan_by(self.mapFromScene(before) - anchor)
        self.scale_changed.emit(scale)

    def pan_by(self, delta: QPoint) -> None:
        """Scroll the view by `delta` viewport pixels."""
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        h.setValue(h.value() + delta.x())
        v.setValue(v.value() + delta.y())

    def screen_distance(self, a: tuple[float, float], b: tuple[float, float]) -> float:
        """How far apart two image points are on screen, in viewport pixels."""
        return math.dist(a, b) * self.scale_value()

    # -- hit tests ----------------------------------------------------------------

    def handle_at(self, view: QPoint) -> HandleItem | None:
        for item in self.items(view):
            if isinstance(item, HandleItem) and item.isVisible():
                return item
        return None

    def region_at(self, view: QPoint) -> RegionItem | None:
        """The smallest answer region under `view`: a box inside a box stays reachable."""
        hits = [i for i in self.items(view) if isinstance(i, RegionItem) and i.key is not None]
        hits = [i for i in hits if i.isVisible() and not i.gold]
        return min(hits, key=lambda i: i.area(), default=None)

    # -- events -------------------------------------------------------------------

    def _pointer(self, event: QMouseEvent) -> Pointer:
        view = event.position().toPoint()
        scene = self.mapToScene(view)
        return Pointer(view, (scene.x(), scene.y()))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        button = event.button()
        left = button == Qt.MouseButton.LeftButton
        if left and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            pointer = self._pointer(event)
            self._alt_click = True  # its release is no tool's either
            self.alt_clicked.emit(*pointer.scene)
            event.accept()
            return
        if left and self.gesture is not None:
            self.gesture.mouse_pressed()  # the mouse takes over from the keyboard
        if button == Qt.MouseButton.MiddleButton or (left and self._space):
            self._start_pan(event)
        elif left and self.tool is not None and not self.tool.press(self._pointer(event)):
            self._start_pan(event)
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.tool is not None:
            if not self.tool.double_click(self._pointer(event)):
                self._start_pan(event)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.gesture is not None:
            self.gesture.mouse_moved(event.position().toPoint())
        if self._pan_from is not None:
            pos = event.position().toPoint()
            self.pan_by(self._pan_from - pos)
            self._pan_from = pos
        elif self.tool is not None:
            pointer = self._pointer(event)
            self.tool.move(pointer)
            self.viewport().setCursor(self._space_cursor() or self.tool.cursor(pointer))
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._alt_click and event.button() == Qt.MouseButton.LeftButton:
            self._alt_click = False
        elif self._pan_from is not None:
            self._pan_from = None
            self.viewport().unsetCursor()
        elif event.button() == Qt.MouseButton.LeftButton and self.tool is not None:
            self.tool.release(self._pointer(event))
        event.accept()

    def _start_pan(self, event: QMouseEvent) -> None:
        self._pan_from = event.position().toPoint()
        self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)

    def _space_cursor(self) -> Qt.CursorShape | None:
        return Qt.CursorShape.OpenHandCursor if self._space else None

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120 or event.pixelDelta().y() / 60
        if steps:
            self.zoom_by(WHEEL_STEP**steps, event.position().toPoint())
        event.accept()

    def event(self, event: QEvent) -> bool:
        # A polygon in progress owns Enter, Escape and Backspace, even when the
        # workbench binds them as shortcuts (submit, skip).
        if event.type() == QEvent.Type.ShortcutOverride and self.claims(event):  # type: ignore[arg-type]
            event.accept()
            return True
        return super().event(event)

    def claims(self, event: QKeyEvent) -> bool:
        """True when the keyboard gesture or the current tool needs this key now (the
        workbench should not act)."""
        if self.gesture is not None and self.gesture.claims(event.key()):
            return True
        return self.tool is not None and self.tool.claims(event.key())

    def hold_space(self) -> bool:
        """A key bound to Space's action went down: while it is held a left drag pans, as
        with Space itself (only when the canvas has the keyboard: the release must come
        here). False when it was held already: the held key repeating."""
        if self._space:
            return False
        if self.hasFocus():
            self._space = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.gesture is not None and self.gesture.key(event.key()):
            event.accept()
        elif self.tool is not None and self.tool.key(event.key()):
            event.accept()
        elif event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
        else:
            event.ignore()  # the workbench's keys travel on to it

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        # Any key let go ends the hold: the key that started it may be Space's action
        # rebound to another key.
        if self._space and not event.isAutoRepeat():
            self._space = False
            self.viewport().unsetCursor()
        event.ignore()

    def focusOutEvent(self, event) -> None:
        self._space = False
        super().focusOutEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._fitting:
            self.fit()

    def scene_point(self, view: QPoint) -> QPointF:
        return self.mapToScene(view)
