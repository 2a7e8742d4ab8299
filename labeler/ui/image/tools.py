"""The canvas tools: select, box, polygon and point.

A tool turns pointer events (in viewport and original-pixel coordinates) into
at most one draft operation per gesture: a drag shows its progress on the items
only and asks the host to commit the region it ends with. The host is the
`ImageEditor`; tools never touch the draft themselves.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QPoint, QPointF, Qt

from labeler.ui.image import geometry
from labeler.ui.image.items import RegionItem, RegionKey

Key = Qt.Key
#: Pointer travel (screen px) under which a press and release count as a click.
CLICK_SLOP = 4
#: How near (screen px) a click must land on the first vertex to close a polygon.
CLOSE_RADIUS = 8

_HANDLE_CURSORS = {
    "nw": Qt.CursorShape.SizeFDiagCursor,
    "se": Qt.CursorShape.SizeFDiagCursor,
    "ne": Qt.CursorShape.SizeBDiagCursor,
    "sw": Qt.CursorShape.SizeBDiagCursor,
    "n": Qt.CursorShape.SizeVerCursor,
    "s": Qt.CursorShape.SizeVerCursor,
    "e": Qt.CursorShape.SizeHorCursor,
    "w": Qt.CursorShape.SizeHorCursor,
}


@dataclass(frozen=True)
class Pointer:
    """Where a mouse event happened: viewport pixels and original image pixels."""

    view: QPoint
    scene: tuple[float, float]


class ToolHost(Protocol):
    """What a tool may ask of the editor."""

    @property
    def selected(self) -> RegionKey | None: ...
    @property
    def image_size(self) -> tuple[float, float]: ...

    def handle_at(self, view: QPoint) -> str | int | None: ...
    def region_at(self, view: QPoint) -> RegionItem | None: ...
    def screen_distance(self, a: tuple[float, float], b: tuple[float, float]) -> float: ...
    def armed(self, kind: str) -> tuple[str, str] | None: ...
    def region(self, key: RegionKey) -> dict[str, Any]: ...
    def select(self, key: RegionKey | None) -> None: ...
    def show_preview(self, key: RegionKey, region: dict[str, Any]) -> None: ...
    def show_outline(self, points: list[QPointF] | None, closed: bool, kind: str) -> None: ...
    def commit_update(self, key: RegionKey, region: dict[str, Any]) -> None: ...
    def commit_add(self, field: str, region: dict[str, Any]) -> bool: ...
    def restore(self, key: RegionKey) -> None: ...


@dataclass
class RegionDrag:
    """A move (handle None), a box resize (handle "nw"...) or a vertex move (handle i)."""

    key: RegionKey
    kind: str
    region: dict[str, Any]
    start: tuple[float, float]
    handle: str | int | None = None

    def at(self, now: tuple[float, float], size: tuple[float, float]) -> dict[str, Any]:
        if self.handle is None:
            return geometry.drag(self.kind, self.region, self.start, now, size)
        dx, dy = now[0] - self.start[0], now[1] - self.start[1]
        if isinstance(self.handle, int):
            x, y = self.region["points"][self.handle]
            return geometry.move_vertex(self.region, self.handle, x + dx, y + dy, size)
        x0, y0, x1, y1 = geometry.bounds("boxes", self.region)
        # Move the grabbed edges by the pointer's travel, not to the pointer: no jump.
        x = x0 if "w" in self.handle else x1
        y = y0 if "n" in self.handle else y1
        return geometry.resize_box(self.region, self.handle, x + dx, y + dy, size)


class Tool:
    """Base tool: dragging handles of the selected region works in every tool."""

    kind = "select"

    def __init__(self, host: ToolHost) -> None:
        self.host = host
        self._drag: RegionDrag | None = None

    def press(self, p: Pointer) -> bool:
        """A left press; False lets the canvas pan instead."""
        return self._grab_handle(p)

    def move(self, p: Pointer) -> None:
        if self._drag is not None:
            self.host.show_preview(self._drag.key, self._drag.at(p.scene, self.host.image_size))

    def release(self, p: Pointer) -> None:
        if self._drag is not None:
            drag, self._drag = self._drag, None
            self.host.commit_update(drag.key, drag.at(p.scene, self.host.image_size))

    def double_click(self, p: Pointer) -> bool:
        return self.press(p)

    def claims(self, key: int) -> bool:
        """Keys this tool needs right now, even if the workbench binds them."""
        return self._drag is not None and key == Key.Key_Escape

    def key(self, key: int) -> bool:
        if self._drag is not None and key == Key.Key_Escape:
            self.cancel()
            return True
        return False

    def cancel(self) -> None:
        """Drop whatever is in progress; the draft is untouched."""
        if self._drag is not None:
            drag, self._drag = self._drag, None
            self.host.restore(drag.key)

    def drop_drag(self) -> bool:
        """Forget a region drag without redrawing (the draft changed under it)."""
        dropped, self._drag = self._drag is not None, None
        return dropped

    def busy(self) -> bool:
        return self._drag is not None

    def cursor(self, p: Pointer) -> Qt.CursorShape:
        handle = self.host.handle_at(p.view)
        if handle is not None:
            return _HANDLE_CURSORS.get(handle, Qt.CursorShape.CrossCursor)  # type: ignore[arg-type]
        return Qt.CursorShape.CrossCursor

    def _grab_handle(self, p: Pointer) -> bool:
        handle = self.host.handle_at(p.view)
        key = self.host.selected
        if handle is None or key is None:
            return False
        kind = "polygons" if isinstance(handle, int) else "boxes"
        self._drag = RegionDrag(key, kind, self.host.region(key), p.scene, handle)
        return True


class SelectTool(Tool):
    """Click selects, drag moves, handles resize; a drag on empty image pans."""

    kind = "select"

    def press(self, p: Pointer) -> bool:
        if self._grab_handle(p):
            return True
        item = self.host.region_at(p.view)
        if item is None or item.key is None:
            self.host.select(None)
            return False
        self.host.select(item.key)
        self._drag = RegionDrag(item.key, item.kind, self.host.region(item.key), p.scene)
        return True

    def cursor(self, p: Pointer) -> Qt.CursorShape:
        if self._drag is not None and self._drag.handle is None:
            return Qt.CursorShape.ClosedHandCursor
        if self.host.handle_at(p.view) is not None:
            return super().cursor(p)
        if self.host.region_at(p.view) is not None:
            return Qt.CursorShape.SizeAllCursor
        return Qt.CursorShape.OpenHandCursor


class BoxTool(Tool):
    """Drag draws a box of the armed label; a click without a drag selects."""

    kind = "boxes"

    def __init__(self, host: ToolHost) -> None:
        super().__init__(host)
        self._start: Pointer | None = None

    def press(self, p: Pointer) -> bool:
        if self._grab_handle(p):
            return True
        self._start = p
        return True

    def move(self, p: Pointer) -> None:
        super().move(p)
        if self._start is not None:
            (x0, y0), (x1, y1) = self._corners(self._start, p)
            corners = [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]
            self.host.show_outline([QPointF(x, y) for x, y in corners], True, self.kind)

    def release(self, p: Pointer) -> None:
        super().release(p)
        start, self._start = self._start, None
        if start is None:
            return
        self.host.show_outline(None, True, self.kind)
        armed = self.host.armed(self.kind)
        travel = (p.view - start.view).manhattanLength()
        if travel < CLICK_SLOP or armed is None:
            item = self.host.region_at(p.view)
            self.host.select(item.key if item is not None else None)
            return
        a, b = self._corners(start, p)
        region = geometry.box_from_corners(armed[1], a, b, self.host.image_size)
        if region is not None:
            self.host.commit_add(armed[0], region)

    def _corners(
        self, start: Pointer, p: Pointer
    ) -> tuple[tuple[float, float], tuple[float, float]]:
        size = self.host.image_size
        return geometry.clamp_point(*start.scene, size), geometry.clamp_point(*p.scene, size)

    def claims(self, key: int) -> bool:
        return super().claims(key) or (self._start is not None and key == Key.Key_Escape)

    def key(self, key: int) -> bool:
        if self._start is not None and key == Key.Key_Escape:
            self.cancel()
            return True
        return super().key(key)

    def cancel(self) -> None:
        super().cancel()
        if self._start is not None:
            self._start = None
            self.host.show_outline(None, True, self.kind)

    def busy(self) -> bool:
        return super().busy() or self._start is not None
