"""An assist's proposals over the picture, until the annotator accepts or rejects them.

Drawn apart from the answer so that nobody takes one for a region already made: dashed
on a dark under-stroke, the current one thicker and lightly filled, each with a tag of
its label and the assist's confidence ("car 87 %"). They take no mouse: a click goes to
the regions under them. The arrows move the current one before it is accepted (the
image editor routes them here), Alt+arrows size a box.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QStyleOptionGraphicsItem

from labeler.ui.i18n import percent
from labeler.ui.image import geometry, style
from labeler.ui.image.items import Z_PREVIEW, LabelTag
from labeler.ui.image.style import LabelColors

if TYPE_CHECKING:
    from labeler.core.plugins.host import Pending

#: Above the answer, gold and a polygon being drawn; below the crosshair.
Z_PROPOSAL = Z_PREVIEW + 2
_FILL_ALPHA = 55


class ProposalItem(QGraphicsItem):
    """One proposed box, polygon or point."""

    def __init__(self) -> None:
        super().__init__()
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(Z_PROPOSAL)
        self.kind = "boxes"
        self.current = False
        self._color = QColor("#ffffff")
        self._path = QPainterPath()
        self._pad = 4.0
        self.tag = LabelTag(self)

    def show_proposal(
        self, kind: str, region: dict[str, Any], color: QColor, text: str, current: bool
    ) -> None:
        self.prepareGeometryChange()
        self.kind, self._color, self.current = kind, color, current
        path = QPainterPath()
        if kind == "boxes":
            rect = QRectF(
                float(region["x"]), float(region["y"]), float(region["w"]), float(region["h"])
            )
            path.addRect(rect)
            self.tag.setPos(rect.topLeft())
        elif kind == "polygons":
            ring = [QPointF(float(x), float(y)) for x, y in region["points"]]
            path.addPolygon(QPolygonF(ring))
            path.closeSubpath()
            self.tag.setPos(min(ring, key=lambda p: (p.y(), p.x())))
        else:  # a point: a ring of a few pixels at every zoom is drawn in paint
            at = QPointF(float(region["x"]), float(region["y"]))
            path.addEllipse(at, 0.01, 0.01)
            self.tag.setPos(at)
        self._path = path
        self.tag.set_text(text, color, hollow=not current)
        self.setZValue(Z_PROPOSAL + (1 if current else 0))
        self.setVisible(True)
        self.update()

    def set_pad(self, pad: float) -> None:
        if pad != self._pad:
            self.prepareGeometryChange()
            self._pad = pad

    def boundingRect(self) -> QRectF:
        return self._path.boundingRect().adjusted(-self._pad, -self._pad, self._pad, self._pad)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        width = style.SELECTED_LINE_WIDTH if self.current else style.LINE_WIDTH
        if self.kind == "points":
            centre = painter.worldTransform().map(self._path.boundingRect().center())
            painter.save()
            painter.resetTransform()
            radius = style.POINT_RADIUS + 3
            painter.setPen(style.outline_pen(QColor(0, 0, 0, 170), width + 2))
            painter.drawEllipse(centre, radius, radius)
            painter.setPen(style.outline_pen(self._color, width, dashed=True))
            painter.drawEllipse(centre, radius, radius)
            painter.restore()
            return
        fill = QColor(self._color)
        fill.setAlpha(_FILL_ALPHA if self.current else 0)
        painter.setBrush(QBrush(fill))
        # A dark under-stroke: the dashes read on light and dark pixels alike.
        painter.setPen(style.outline_pen(QColor(0, 0, 0, 170), width + 2))
        painter.drawPath(self._path)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(style.outline_pen(self._color, width, dashed=True))
        painter.drawPath(self._path)


class ProposalLayer:
    """The proposals of one `Pending` drawn into the scene (None: none shown)."""

    def __init__(self, scene: QGraphicsScene) -> None:
        self._scene = scene
        self._items: list[ProposalItem] = []
        self.pending: Pending | None = None
        self.kinds: dict[str, str] = {}
        self.colors = LabelColors()
        self._pad = 4.0

    def show(self, pending: Pending | None) -> None:
        """Draw `pending`'s proposals for the picture's region fields, the current one
        first; what it proposes for other fields (a label) is not drawn here."""
        self.pending = pending
        proposals = pending.proposals if pending is not None else []
        drawn = [(i, p) for i, p in enumerate(proposals) if self.kinds.get(p.field) in _DRAWN_KINDS]
        while len(self._items) < len(drawn):
            item = ProposalItem()
            item.set_pad(self._pad)
            self._scene.addItem(item)
            self._items.append(item)
        for item in self._items[len(drawn) :]:
            item.setVisible(False)
        assert pending is not None or not drawn
        for item, (i, proposal) in zip(self._items, drawn, strict=False):
            region = dict(proposal.value)
            label = str(region.get("label", ""))
            color = self.colors.color(proposal.field, label)
            item.show_proposal(
                self.kinds[proposal.field],
                region,
                color,
                tag_text(label, proposal.confidence),
                i == pending.current,  # type: ignore[union-attr]
            )

    def set_pad(self, pad: float) -> None:
        self._pad = pad
        for item in self._items:
            item.set_pad(pad)

    def current_region(self) -> tuple[str, dict[str, Any]] | None:
        """The current proposal's kind and value, when it is one drawn here."""
        pending = self.pending
        if pending is None or not pending.proposals:
            return None
        proposal = pending.proposal()
        kind = self.kinds.get(proposal.field)
        return (kind, dict(proposal.value)) if kind in _DRAWN_KINDS else None

    def move(self, dx: float, dy: float, size: tuple[float, float]) -> bool:
        """The arrows: the current proposal moves by whole original pixels, inside the
        picture; False when none is drawn."""
        found = self.current_region()
        if found is None:
            return False
        kind, region = found
        if kind == "points":
            region = {**region, "x": float(region["x"]) + dx, "y": float(region["y"]) + dy}
            region["x"] = min(max(region["x"], 0.0), size[0])
            region["y"] = min(max(region["y"], 0.0), size[1])
        else:
            region = geometry.translate(kind, region, dx, dy, size)
        self._replace(region)
        return True

    def resize(self, dw: int, dh: int, size: tuple[float, float]) -> bool:
        """Alt+arrows: the current proposal, a box, wider or narrower, taller or shorter,
        keeping its top-left corner inside the picture; False when it is no box."""
        found = self.current_region()
        if found is None or found[0] != "boxes":
            return False
        box = found[1]
        box["w"] = max(1.0, min(float(box["w"]) + dw, size[0] - float(box["x"])))
        box["h"] = max(1.0, min(float(box["h"]) + dh, size[1] - float(box["y"])))
        self._replace(box)
        return True

    def _replace(self, region: dict[str, Any]) -> None:
        from labeler.core.plugins.api import Proposal

        pending = self.pending
        assert pending is not None
        old = pending.proposal()
        pending.proposals[pending.current] = Proposal(old.field, region, old.confidence)
        self.show(pending)


_DRAWN_KINDS = frozenset(style.IMAGE_REGION_KINDS)


def tag_text(label: str, confidence: float | None) -> str:
    """A proposal's tag: its label and, when the assist gave one, its confidence."""
    if confidence is None:
        return label
    return f"{label} {percent(confidence)}"
