"""The region items of one scene: the answer's, the gold answer's, and handles.

Items are reused: switching items or redrawing a field after undo only moves
existing items and hides the ones left over, so `show_item` and `refresh` stay
cheap however often the annotator moves through a batch.

Label tags are placed after each change and zoom so that none covers another: a tag
whose own place (above its region; below, for gold) is taken goes to the first free one
around its region (`tagplace`); one with no free place stays where it was.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QGraphicsScene

from labeler.ui.image import geometry, style
from labeler.ui.image.items import HandleItem, RegionItem, RegionKey
from labeler.ui.image.style import LabelColors
from labeler.ui.image.tagplace import TagRequest, place_tags

#: Tags are placed anywhere around their regions: the view's edges flip them inside.
_UNBOUNDED = (-1e9, -1e9, 1e9, 1e9)


class RegionLayer:
    """Draws region fields of a draft (and a gold answer) into a scene."""

    def __init__(self, scene: QGraphicsScene) -> None:
        self._scene = scene
        self.colors = LabelColors()
        self.kinds: dict[str, str] = {}  # region field -> kind, in schema order
        self._items: dict[str, list[RegionItem]] = {}
        self._gold: list[RegionItem] = []
        self._spare: list[RegionItem] = []
        self._handles: list[HandleItem] = []
        self.selected: RegionKey | None = None
        #: The vertex of the selected polygon that the keys move, or None for all of it.
        self.vertex: int | None = None
        self._pad = 4.0
        self._scale = 1.0

    def set_fields(self, kinds: dict[str, str], colors: LabelColors) -> None:
        """The schema's region fields (name -> kind) and their colours."""
        self.clear()
        self.kinds, self.colors = dict(kinds), colors
        self._items = {name: [] for name in kinds}

    # -- the answer -----------------------------------------------------------

    def sync(self, field: str, regions: list[dict[str, Any]]) -> None:
        """Show exactly `regions` for `field`, reusing the items already there."""
        items = self._items[field]
        while len(items) > len(regions):
            self._give(items.pop())
        while len(items) < len(regions):
            items.append(self._take(gold=False))
        for index, (item, region) in enumerate(zip(items, regions, strict=True)):
            item.key = (field, index)
            self._draw(item, field, region)
            item.set_selected(item.key == self.selected)
        if self.selected is not None and self.selected[0] == field:
            if self.selected[1] >= len(regions):
                self.select(None)
            else:
                self._place_handles()
        self.place_tags()

    def show_region(self, key: RegionKey, region: dict[str, Any]) -> None:
        """Redraw one region (a drag in progress, or one region changed)."""
        item = self.item(key)
        if item is not None:
            self._draw(item, key[0], region)
            if key == self.selected:
                self._place_handles()
            self.place_tags()

    def item(self, key: RegionKey) -> RegionItem | None:
        items = self._items.get(key[0], [])
        return items[key[1]] if 0 <= key[1] < len(items) else None

    def keys(self) -> list[RegionKey]:
        """Every region shown, field by field in schema order: the Tab order."""
        return [(name, i) for name, items in self._items.items() for i in range(len(items))]

    def clear(self) -> None:
        self.select(None)
        for items in self._items.values():
            while items:
                self._give(items.pop())
        self.set_gold(None)

    # -- gold -----------------------------------------------------------------

    def set_gold(self, expected: dict[str, Any] | None) -> None:
        """Draw the region fields of a gold answer, dashed; None removes them."""
        shown: list[tuple[str, dict[str, Any]]] = []
        for name in self.kinds:
            value = (expected or {}).get(name)
            if isinstance(value, list):
                shown.extend((name, r) for r in value if _drawable(self.kinds[name], r))
        while len(self._gold) > len(shown):
            self._give(self._gold.pop())
        while len(self._gold) < len(shown):
            self._gold.append(self._take(gold=True))
        for item, (name, region) in zip(self._gold, shown, strict=True):
            self._draw(item, name, region)
        self.place_tags()

    def gold_count(self) -> int:
        return len(self._gold)

    # -- selection ------------------------------------------------------------

    def select(self, key: RegionKey | None) -> None:
        """Mark `key` selected and put handles on it."""
        if self.selected is not None and (old := self.item(self.selected)) is not None:
            old.set_selected(False)
        self.selected = key if key is not None and self.item(key) is not None else None
        self.vertex = None
        if self.selected is not None:
            self.item(self.selected).set_selected(True)  # type: ignore[union-attr]
        self._place_handles()

    def select_vertex(self, vertex: int | None) -> None:
        """Mark one vertex of the selected polygon as the one the keys act on."""
        item = self.item(self.selected) if self.selected is not None else None
        if item is None or item.kind != "polygons":
            vertex = None
        elif vertex is not None:
            vertex %= len(item.region["points"])
        self.vertex = vertex
        self._place_handles()

    def _place_handles(self) -> None:
        spots: list[tuple[str | int, QPointF]] = []
        item = self.item(self.selected) if self.selected is not None else None
        if item is not None and item.kind == "boxes":
            x0, y0, x1, y1 = geometry.bounds("boxes", item.region)
            xm, ym = (x0 + x1) / 2, (y0 + y1) / 2
            at = {"nw": (x0, y0), "n": (xm, y0), "ne": (x1, y0), "e": (x1, ym)}
            at |= {"se": (x1, y1), "s": (xm, y1), "sw": (x0, y1), "w": (x0, ym)}
            spots = [(h, QPointF(*at[h])) for h in geometry.BOX_HANDLES]
        elif item is not None and item.kind == "polygons":
            spots = [
                (i, QPointF(float(x), float(y))) for i, (x, y) in enumerate(item.region["points"])
            ]
        while len(self._handles) < len(spots):
            handle = HandleItem("nw")
            self._scene.addItem(handle)
            self._handles.append(handle)
        for i, handle in enumerate(self._handles):
            if i < len(spots):
                handle.handle = spots[i][0]
                handle.setPos(spots[i][1])
            handle.set_current(i < len(spots) and handle.handle == self.vertex)
            handle.setVisible(i < len(spots))

    # -- zoom -----------------------------------------------------------------

    def set_scale(self, scale: float) -> None:
        """Outlines are cosmetic: their spill in scene units grows as the view zooms out."""
        self._pad = pad_for(scale)
        self._scale = scale
        for item in self._all():
            item.set_pad(self._pad)
        self.place_tags()

    # -- tags -----------------------------------------------------------------

    def place_tags(self) -> None:
        """Give each shown tag a place no other tag covers, at the current zoom."""
        items = [i for i in self._all() if i.tag_shown()]
        if not items:
            return
        s = self._scale
        requests, anchors = [], []
        for item in items:
            w, h = item.tag.size()
            tag = item.tag.pos()
            if item.kind == "points":  # drawn at a fixed screen size around its point
                x, y, r = item.pos().x() * s, item.pos().y() * s, style.POINT_RADIUS
                region = (x - r, y - r, x + r, y + r)
                anchor = (x + tag.x(), y + tag.y())
            else:
                x0, y0, x1, y1 = geometry.bounds(item.kind, item.region)
                region = (x0 * s, y0 * s, x1 * s, y1 * s)
                anchor = (tag.x() * s, tag.y() * s)
            own = anchor if item.gold else (anchor[0], anchor[1] - h)  # where it goes by itself
            requests.append(TagRequest(region, ((w, h),), 3 if item.gold else 2, own))
            anchors.append(anchor)
        for item, request, (ax, ay), spot in zip(
            items, requests, anchors, place_tags(requests, _UNBOUNDED), strict=True
        ):
            own = request.first or (ax, ay)
            if spot is None or (abs(spot.x - own[0]) < 0.5 and abs(spot.y - own[1]) < 0.5):
                item.tag.set_offset(None)
            else:
                item.tag.set_offset(QPointF(spot.x - ax, spot.y - ay))

    # -- pool -----------------------------------------------------------------

    def _draw(self, item: RegionItem, field: str, region: dict[str, Any]) -> None:
        color = self.colors.color(field, str(region.get("label", "")))
        item.set_region(self.kinds[field], region, color)

    def _take(self, *, gold: bool) -> RegionItem:
        if self._spare:
            item = self._spare.pop()
        else:
            item = RegionItem()
            self._scene.addItem(item)
        item.set_gold(gold)
        item.set_pad(self._pad)
        item.setVisible(True)
        return item

    def _give(self, item: RegionItem) -> None:
        item.setVisible(False)
        item.set_selected(False)
        item.key = None
        self._spare.append(item)

    def _all(self) -> list[RegionItem]:
        return [i for items in self._items.values() for i in items] + self._gold


def pad_for(scale: float) -> float:
    """Scene units that cover a few screen pixels of outline, marker or under-stroke."""
    return 6.0 / max(scale, 1e-6)


def _drawable(kind: str, region: object) -> bool:
    """Gold comes from the task server: draw only what has the shape it should."""
    if not isinstance(region, dict):
        return False
    try:
        geometry.bounds(kind, region)
    except (KeyError, TypeError, ValueError, IndexError):
        return False
    return not (kind == "polygons" and len(region["points"]) < 2)
