"""Drawing by keyboard: a crosshair moved by arrows, Space for each corner, vertex or point.

A label key arms its tool and shows the crosshair: where it was, else where the last
region drawn by keys ended if that is in view, else the view's centre. Arrows move it
in whole ORIGINAL pixels (1, Shift 10, Ctrl 50; see `keys.py`). Space sets a box's
first corner, then its second (a live rubber band between), which makes the box: one
draft operation, one undo step. Points take one Space; polygons one Space per vertex,
Enter closes, Backspace takes the last vertex back. Escape drops what is half drawn,
then hides the crosshair. The mouse moving over the canvas or pressing on it hands
drawing back to the mouse, which works exactly as before.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, QPoint, QPointF, QRectF, Qt, Signal

from labeler.ui.i18n import number
from labeler.ui.image import geometry
from labeler.ui.image.canvas import ImageCanvas
from labeler.ui.image.crosshair import Crosshair
from labeler.ui.image.session import RegionSession

Key = Qt.Key
#: Screen pixels the pointer must travel before the mouse takes drawing back.
MOUSE_SLOP = 8
#: Screen pixels kept between the crosshair and the view's edge when it scrolls along.
EDGE = 60

Point = tuple[int, int]


class KeyDrawing(QObject):
    """The keyboard's drawing state for the item shown (the canvas's `KeyGesture`)."""

    #: Shown, hidden, moved, a corner or vertex set, a region made: overlays follow.
    changed = Signal()

    def __init__(self, canvas: ImageCanvas, session: RegionSession) -> None:
        super().__init__(canvas)
        self.canvas, self.session = canvas, session
        self.crosshair = Crosshair(canvas.scene())
        #: The tool drawn with: "boxes", "polygons" or "points".
        self.kind: str | None = None
        #: The crosshair, a pixel corner in original pixels; None while hidden.
        self.at: Point | None = None
        #: A box's first corner, once Space set it.
        self.anchor: Point | None = None
        #: A polygon's vertices so far.
        self.vertices: list[Point] = []
        #: Why the last Space made nothing, for the overlay ("" when it did).
        self.notice = ""
        self._last: Point | None = None
        self._mouse: QPoint | None = None
        self._outlined = False

    @property
    def shown(self) -> bool:
        return self.at is not None

    def busy(self) -> bool:
        """A box or polygon is half drawn."""
        return self.anchor is not None or bool(self.vertices)

    # -- commands -------------------------------------------------------------------------

    def show(self, kind: str) -> None:
        """Draw `kind` by keyboard from now on; what was half drawn of another kind goes."""
        if kind != self.kind:
            self._drop()
        self.kind = kind
        if self.at is None:
            self.at = self._start()
        self._mouse = None
        self.notice = ""
        self._draw()

    def hide(self) -> None:
        """Drop what is half drawn and hide the crosshair (it comes back there)."""
        self._drop()
        if self.at is not None:
            self._last, self.at = self.at, None
        self._draw()

    def reset(self) -> None:
        """A new item: hidden, and the next start is the view's centre."""
        self.hide()
        self._last = None

    def move(self, dx: int, dy: int) -> None:
        """Move the crosshair by whole original pixels, inside the image."""
        if self.at is None:
            return
        width, height = self.session.image_size
        x = min(max(self.at[0] + dx, 0), math.floor(width))
        y = min(max(self.at[1] + dy, 0), math.floor(height))
        self.at, self.notice = (x, y), ""
        self.canvas.ensureVisible(QRectF(x, y, 0, 0), EDGE, EDGE)
        self._draw()

    def mark(self) -> None:
        """Space: a box's first or second corner, a polygon's vertex, or a point."""
        armed = self.session.armed(self.kind) if self.kind else None
        if self.at is None or armed is None:
            return
        field, label = armed
        self.notice = ""
        if self.kind == "points":
            self._commit(field, geometry.point_region(label, *self.at, self.session.image_size))
        elif self.kind == "polygons":
            if not self.vertices or self.vertices[-1] != self.at:
                self.vertices.append(self.at)
        elif self.anchor is None:
            self.anchor = self.at
        else:
            box = geometry.box_from_corners(label, self.anchor, self.at, self.session.image_size)
            if box is None:
                self.notice = self.tr("A box needs width and height: move the crosshair first")
            else:
                self.anchor = None
                self._commit(field, box)
        self._draw()

    def finish(self) -> bool:
        """Enter: the box's second corner, or close the polygon; False when nothing is
        half drawn (the key is the workbench's)."""
        if self.anchor is not None:
            self.mark()
            return True
        if not self.vertices:
            return False
        armed = self.session.armed("polygons")
        region = geometry.polygon_region(armed[1], list(self.vertices)) if armed else None
        if armed is None or region is None:
            self.notice = self.tr("A polygon needs three vertices around an area")
        else:
            self.vertices = []
            self._commit(armed[0], region)
        self._draw()
        return True

    def back(self) -> bool:
        """Backspace: take back the last vertex, or a box's first corner."""
        if self.vertices:
            self.vertices.pop()
        elif self.anchor is not None:
            self.at, self.anchor = self.anchor, None
        else:
            return False
        self._draw()
        return True

    def cancel(self) -> bool:
        """Escape: drop what is half drawn; with nothing, hide the crosshair."""
        if self.busy():
            self._drop()
            self._draw()
        elif self.shown:
            self.hide()
        else:
            return False
        return True

    # -- KeyGesture ---------------------------------------------------------------------------

    def claims(self, key: int) -> bool:
        if key == Key.Key_Escape:
            return self.shown
        return key in (Key.Key_Return, Key.Key_Enter, Key.Key_Backspace) and self.busy()

    def key(self, key: int) -> bool:
        if key == Key.Key_Escape:
            return self.cancel()
        if key in (Key.Key_Return, Key.Key_Enter):
            return self.finish()
        if key == Key.Key_Backspace:
            return self.back()
        return False

    def mouse_moved(self, view: QPoint) -> None:
        if self.at is None or self.busy():
            return
        if self._mouse is None:
            self._mouse = view  # the first report after showing: where the pointer rests
        elif (view - self._mouse).manhattanLength() > MOUSE_SLOP:
            self.hide()

    def mouse_pressed(self) -> None:
        if self.at is not None:
            self.hide()

    # -- inside -----------------------------------------------------------------------------

    def _start(self) -> Point:
        view = self.canvas.mapToScene(self.canvas.viewport().rect()).boundingRect()
        seen = view.intersected(self.canvas.sceneRect()) or view
        if self._last is not None and seen.contains(QPointF(*self._last)):
            return self._last
        centre = seen.center()
        width, height = self.session.image_size
        x = min(max(round(centre.x()), 0), math.floor(width))
        return x, min(max(round(centre.y()), 0), math.floor(height))

    def _commit(self, field: str, region: dict) -> None:
        if not self.session.commit_add(field, region):
            limit = self.session.schema.field(field).max_count if self.session.schema else None
            self.notice = (
                self.tr("{field} holds at most {count}").format(field=field, count=number(limit))
                if limit is not None
                else ""
            )
        self._last = self.at

    def _drop(self) -> None:
        self.anchor, self.vertices = None, []

    def _draw(self) -> None:
        self.crosshair.place(self.at, self.session.image_size)
        at, kind = self.at, self.kind
        if at is not None and self.anchor is not None:
            (x0, y0), (x1, y1) = self.anchor, at
            ring = [QPointF(x0, y0), QPointF(x1, y0), QPointF(x1, y1), QPointF(x0, y1)]
            self.session.show_outline(ring, True, "boxes")
            self._outlined = True
        elif at is not None and self.vertices and kind == "polygons":
            ring = [QPointF(x, y) for x, y in [*self.vertices, at]]
            self.session.show_outline(ring, False, "polygons")
            self._outlined = True
        elif self._outlined:  # never hide a rubber band the mouse is dragging
            self.session.show_outline(None, True, kind or "boxes")
            self._outlined = False
        self.changed.emit()
