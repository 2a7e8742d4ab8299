"""Editing the regions of the item shown: selection, armed labels, draft operations.

This is the one place of the image editor that calls the draft's operations
(add, update, remove a region); the tools and the keys come here, and each
gesture ends in at most one operation, reported through `emit(change)`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPoint, QPointF

from labeler.core.editing import Change, Draft
from labeler.core.schema import Schema
from labeler.ui.image.canvas import ImageCanvas
from labeler.ui.image.geometry import insert_vertex, move_vertex, remove_vertex, translate
from labeler.ui.image.items import Z_PREVIEW, RegionItem, RegionKey
from labeler.ui.image.layer import RegionLayer

#: Screen pixels the view pans per arrow press when nothing is selected.
PAN_STEP = 40


class RegionSession:
    """The regions of one item being edited; the `ToolHost` the tools talk to."""

    def __init__(
        self, canvas: ImageCanvas, layer: RegionLayer, emit: Callable[[Change], None]
    ) -> None:
        self.canvas, self.layer, self._emit = canvas, layer, emit
        self.schema: Schema | None = None
        self.draft: Draft | None = None
        self.size: tuple[float, float] | None = None
        #: The label each drawing tool draws: kind -> (field, label).
        self.armed_labels: dict[str, tuple[str, str]] = {}
        self._cycle_hint: int | None = None
        self.preview = RegionItem()  # the box or polygon being drawn
        self.preview.setZValue(Z_PREVIEW)
        self.preview.set_gold(True)  # dashed, and never hit by a click
        self.preview.setVisible(False)
        canvas.scene().addItem(self.preview)

    def start(self, draft: Draft, size: tuple[float, float] | None) -> None:
        """A new item: draw its draft's regions."""
        self.draft, self.size, self._cycle_hint = draft, size, None
        self.layer.select(None)
        self.layer.set_gold(None)
        for field in self.layer.kinds:
            self.layer.sync(field, draft.regions(field))

    # -- commands (keys) ------------------------------------------------------------

    def nudge(self, dx: float, dy: float) -> None:
        """Move the selection by whole original pixels; with none, pan the view."""
        key = self.selected
        if key is None:
            self.canvas.pan_by(QPoint(round(dx * PAN_STEP), round(dy * PAN_STEP)))
            return
        kind = self.layer.kinds[key[0]]
        region, vertex = self.region(key), self.layer.vertex
        if vertex is not None:
            x, y = region["points"][vertex]
            moved = move_vertex(region, vertex, float(x) + dx, float(y) + dy, self.image_size)
            self.commit_update(key, moved)
            return
        self.commit_update(key, translate(kind, region, dx, dy, self.image_size))

    def resize_selected(self, dw: int, dh: int) -> None:
        """Widen or narrow, heighten or lower the selected box (original pixels), keeping
        its top-left corner and staying inside the image."""
        key, size = self.selected, self.size
        if key is None or size is None or self.layer.kinds.get(key[0]) != "boxes":
            return
        box = dict(self.region(key))
        box["w"] = max(1, min(box["w"] + dw, round(size[0] - box["x"])))
        box["h"] = max(1, min(box["h"] + dh, round(size[1] - box["y"])))
        self.commit_update(key, box)

    def select_vertex(self, step: int) -> None:
        """`]` / `[`: make the next / previous vertex of the selected polygon the one the
        arrows move; from none, the first / last."""
        key = self.selected
        if key is None or self.layer.kinds.get(key[0]) != "polygons":
            return
        vertex = self.layer.vertex
        if vertex is None:
            self.layer.select_vertex(0 if step > 0 else -1)
        else:
            self.layer.select_vertex(vertex + step)

    def insert_vertex(self) -> bool:
        """Add a vertex halfway to the next one after the current vertex, and make it
        current; False when no vertex of a polygon is current."""
        key, vertex = self.selected, self.layer.vertex
        if key is None or vertex is None:
            return False
        self.commit_update(key, insert_vertex(self.region(key), vertex))
        self.layer.select_vertex(vertex + 1)
        return True

    def delete_selected(self) -> None:
        key = self.selected
        if key is None or self.draft is None:
            return
        vertex = self.layer.vertex
        if vertex is not None:
            # Delete takes the current vertex away; the polygon itself goes only when it
            # would be left with fewer than three.
            smaller = remove_vertex(self.region(key), vertex)
            if smaller is not None:
                self.commit_update(key, smaller)
                self.layer.select_vertex(min(vertex, len(smaller["points"]) - 1))
                return
        hint = self.layer.keys().index(key)
        self.select(None)
        change = self.draft.remove_region(*key)
        self.layer.sync(key[0], self.draft.regions(key[0]))
        self._cycle_hint = hint  # Tab goes on with the region that took its place
        self._emit(change)

    def select_next(self, step: int) -> None:
        """Tab / Shift+Tab: select the next / previous region of any region field."""
        keys = self.layer.keys()
        if not keys:
            return
        current = self.selected
        if current in keys:
            index = keys.index(current) + step
        elif self._cycle_hint is not None:
            index = self._cycle_hint if step > 0 else self._cycle_hint - 1
        else:
            index = 0 if step > 0 else -1
        self.select(keys[index % len(keys)])

    # -- ToolHost -------------------------------------------------------------------

    @property
    def selected(self) -> RegionKey | None:
        return self.layer.selected

    @property
    def image_size(self) -> tuple[float, float]:
        return self.size or (1.0, 1.0)

    def handle_at(self, view: QPoint) -> str | int | None:
        handle = self.canvas.handle_at(view)
        return handle.handle if handle is not None else None

    def region_at(self, view: QPoint) -> RegionItem | None:
        return self.canvas.region_at(view)

    def screen_distance(self, a: tuple[float, float], b: tuple[float, float]) -> float:
        return self.canvas.screen_distance(a, b)

    def armed(self, kind: str) -> tuple[str, str] | None:
        return self.armed_labels.get(kind)

    def region(self, key: RegionKey) -> dict[str, Any]:
        assert self.draft is not None
        return self.draft.regions(key[0])[key[1]]

    def select(self, key: RegionKey | None) -> None:
        self._cycle_hint = None
        self.layer.select(key)

    def show_preview(self, key: RegionKey, region: dict[str, Any]) -> None:
        self.layer.show_region(key, region)

    def show_outline(self, points: list[QPointF] | None, closed: bool, kind: str) -> None:
        armed = self.armed_labels.get(kind)
        if points is None or armed is None:
            self.preview.setVisible(False)
            return
        self.preview.set_outline(points, self.layer.colors.color(*armed), closed=closed)
        self.preview.setVisible(True)

    def commit_update(self, key: RegionKey, region: dict[str, Any]) -> None:
        if self.draft is None:
            return
        change = self.draft.update_region(key[0], key[1], region)
        self.restore(key)
        if change is not None:
            self._emit(change)

    def commit_add(self, field: str, region: dict[str, Any]) -> bool:
        if self.draft is None or self.schema is None:
            return False
        limit = self.schema.field(field).max_count
        if limit is not None and len(self.draft.regions(field)) >= limit:
            return False
        self.draft.add_region(field, region)
        self.layer.sync(field, self.draft.regions(field))
        self._emit(Change(field))
        return True

    def restore(self, key: RegionKey) -> None:
        if self.draft is not None and key[1] < len(self.draft.regions(key[0])):
            self.layer.show_region(key, self.region(key))
