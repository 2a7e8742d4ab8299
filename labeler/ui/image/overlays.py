"""What floats over the canvas: the armed-tool chip and the magnifier, and where they go.

Both are children of the canvas itself, not of its viewport (scrolling the view would
carry them off) and in no layout (they never move the image). They follow the tool,
the crosshair and the view: `place` after any of them changed.
"""

from __future__ import annotations

from PySide6.QtCore import QRect

from labeler.ui.image.canvas import ImageCanvas
from labeler.ui.image.chip import ToolChip, arming_hint
from labeler.ui.image.keydraw import KeyDrawing
from labeler.ui.image.layer import RegionLayer
from labeler.ui.image.magnifier import Magnifier, magnification, placement
from labeler.ui.image.session import RegionSession
from labeler.ui.keymap import ShownKeys

#: The action that arms each drawing tool (keys.py).
TOOL_ACTIONS = {
    "boxes": "image.tool_box",
    "polygons": "image.tool_polygon",
    "points": "image.tool_point",
}
#: Screen pixels round the crosshair the chip keeps clear of.
_CLEAR = 12


class Overlays:
    """The chip and the magnifier of one image editor."""

    def __init__(
        self, canvas: ImageCanvas, session: RegionSession, layer: RegionLayer, keys: KeyDrawing
    ) -> None:
        self.canvas, self.session, self.layer, self.keys = canvas, session, layer, keys
        self.magnifier = Magnifier(canvas.scene(), canvas)
        self.chip = ToolChip(canvas)
        #: The keys in effect, for the label's key on the chip.
        self.keys_shown = ShownKeys({}, {})

    def _arming(self) -> str:
        """How a drawing tool is armed here (`arming_hint`)."""
        shown, schema = self.keys_shown, self.session.schema
        label_keys = schema is not None and any(
            shown.label(field, label.value)
            for field in self.layer.kinds
            for label in schema.field(field).labels
        )
        tools = []
        for kind in sorted(set(self.layer.kinds.values())):
            key = shown.action(TOOL_ACTIONS.get(kind, ""))
            if key:
                tools.append((kind, key))
        return arming_hint(label_keys, tools)

    def place(self) -> None:
        kind = self.canvas.tool.kind if self.canvas.tool is not None else "select"
        keys, area = self.keys, self.canvas.viewport().geometry()
        if not self.layer.kinds:
            self.chip.hide()
        else:
            field, label = self.session.armed(kind) or ("", "")
            color = self.layer.colors.color(field, label)
            key = self.keys_shown.label(field, label) if field else None
            self.chip.show_tool(kind, label, color, key, keys, self._arming())
        avoid: list[QRect] = []
        if keys.at is None:
            self.magnifier.hide()
        else:
            spot = self.canvas.mapFromScene(*keys.at) + area.topLeft()
            size = self.session.size
            picture = self.canvas.image_item.image().width()
            grid = size is not None and picture >= size[0] - 1  # every original pixel
            mag = self.magnifier
            mag.move(placement(spot, self._away(), area, mag.size(), self._drawn(area)))
            mag.show()  # first: centring needs the viewport's real size
            mag.raise_()
            scale = magnification(self.canvas.scale_value())
            mag.look_at(keys.at, scale, self.canvas.sceneRect(), grid)
            clear = QRect(spot.x() - _CLEAR, spot.y() - _CLEAR, 2 * _CLEAR, 2 * _CLEAR)
            avoid = [clear, mag.geometry()]
        if self.chip.isVisible():
            self.chip.place(area, avoid)

    def _away(self) -> tuple[int, int]:
        """Where the magnifier goes from the crosshair: away from the region being drawn;
        with none, up and right, off the diagonal a box is drawn along (top-left to
        bottom-right), so it covers neither the object whose first corner is next nor
        the box that just ended there."""
        keys = self.keys
        origin = keys.anchor or (keys.vertices[-1] if keys.vertices else None)
        if keys.at is None or origin is None:
            return 1, -1
        return (1 if keys.at[0] >= origin[0] else -1), (1 if keys.at[1] >= origin[1] else -1)

    def _drawn(self, area: QRect) -> QRect | None:
        """Where the live part of the drawing is (a box being stretched, a polygon's
        newest edge), in the canvas's coordinates, with a little room."""
        keys = self.keys
        origin = keys.anchor or (keys.vertices[-1] if keys.vertices else None)
        if keys.at is None or origin is None:
            return None
        a = self.canvas.mapFromScene(*origin) + area.topLeft()
        b = self.canvas.mapFromScene(*keys.at) + area.topLeft()
        return QRect(a, b).normalized().adjusted(-8, -8, 8, 8)
