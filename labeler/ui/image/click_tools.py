"""Tools that build a region click by click: polygon and point."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF

from labeler.ui.image import geometry
from labeler.ui.image.tools import CLOSE_RADIUS, Key, Pointer, Tool, ToolHost

_CLOSE_KEYS = (Key.Key_Return, Key.Key_Enter)


class PolygonTool(Tool):
    """Click places vertices. Enter, a double-click or a click on the first vertex
    closes the polygon; Backspace takes back the last vertex; Escape drops it."""

    kind = "polygons"

    def __init__(self, host: ToolHost) -> None:
        super().__init__(host)
        self.points: list[tuple[float, float]] = []
        self._hover: tuple[float, float] | None = None

    def press(self, p: Pointer) -> bool:
        if not self.points and self._grab_handle(p):
            return True
        if self.host.armed(self.kind) is None:
            return False
        at = geometry.clamp_point(*p.scene, self.host.image_size)
        first_near = (
            len(self.points) >= 3 and self.host.screen_distance(self.points[0], at) <= CLOSE_RADIUS
        )
        if first_near:
            self.close()
            return True
        if not self.points or math.dist(self.points[-1], at) > 0:
            self.points.append(at)
        self._hover = at
        self._show()
        return True

    def move(self, p: Pointer) -> None:
        super().move(p)
        if self.points:
            self._hover = geometry.clamp_point(*p.scene, self.host.image_size)
            self._show()

    def double_click(self, p: Pointer) -> bool:
        # The double-click's first click already placed this vertex.
        if self.points:
            self.close()
        return True

    def claims(self, key: int) -> bool:
        busy_keys = (*_CLOSE_KEYS, Key.Key_Escape, Key.Key_Backspace)
        return super().claims(key) or (bool(self.points) and key in busy_keys)

    def key(self, key: int) -> bool:
        if not self.points:
            return super().key(key)
        if key in _CLOSE_KEYS:
            self.close()
        elif key == Key.Key_Escape:
            self.cancel()
        elif key == Key.Key_Backspace:
            self.points.pop()
            if self.points:
                self._show()
            else:
                self.cancel()
        else:
            return False
        return True

    def close(self) -> None:
        """Commit the polygon; one with under three vertices or no area stays open."""
        armed = self.host.armed(self.kind)
        region = geometry.polygon_region(armed[1], self.points) if armed else None
        if armed is None or region is None:
            return
        self._reset()
        self.host.commit_add(armed[0], region)

    def cancel(self) -> None:
        super().cancel()
        self._reset()

    def busy(self) -> bool:
        return super().busy() or bool(self.points)

    def _reset(self) -> None:
        self.points, self._hover = [], None
        self.host.show_outline(None, False, self.kind)

    def _show(self) -> None:
        # The last point is always the pointer: the outline marks all others as vertices.
        ring = [QPointF(x, y) for x, y in [*self.points, self._hover or self.points[-1]]]
        self.host.show_outline(ring, False, self.kind)


class PointTool(Tool):
    """Click places a point of the armed label (clicks beside the image are ignored)."""

    kind = "points"

    def press(self, p: Pointer) -> bool:
        armed = self.host.armed(self.kind)
        if armed is None:
            return False
        x, y = p.scene
        width, height = self.host.image_size
        if 0 <= x <= width and 0 <= y <= height:
            self.host.commit_add(armed[0], geometry.point_region(armed[1], x, y, (width, height)))
        return True

    def double_click(self, p: Pointer) -> bool:
        return True  # its first click placed the point already
