"""How regions look: label colours, pens, the label tag font."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPen

from labeler.core.schema import Schema
from labeler.ui.text.fonts import latin_face

#: Labels without a colour take these in order within their field (Sasha Trubetskoy's
#: distinct colours): stable from run to run, and far apart for the first few labels.
PALETTE = (
    "#e6194b",
    "#3cb44b",
    "#4363d8",
    "#f58231",
    "#911eb4",
    "#42d4f4",
    "#f032e6",
    "#bfef45",
    "#fabed4",
    "#469990",
    "#dcbeff",
    "#9a6324",
    "#fffac8",
    "#800000",
    "#aaffc3",
    "#808000",
    "#ffd8b1",
    "#000075",
)

#: Kinds of field the image editor draws.
IMAGE_REGION_KINDS = ("boxes", "polygons", "points")

LINE_WIDTH = 2.0
SELECTED_LINE_WIDTH = 3.0
POINT_RADIUS = 5.0
HANDLE_SIZE = 9.0
FILL_ALPHA = 40
SELECTED_FILL_ALPHA = 90
BACKGROUND = QColor("#2b2d31")
PLACEHOLDER = QColor("#3c3f45")


class LabelColors:
    """The colour of every label of a schema's image region fields."""

    def __init__(self, schema: Schema | None = None) -> None:
        self._colors: dict[tuple[str, str], QColor] = {}
        if schema is None:
            return
        for field in schema.fields:
            if field.kind not in IMAGE_REGION_KINDS:
                continue
            for i, label in enumerate(field.labels):
                self._colors[field.name, label.value] = QColor(
                    label.color or PALETTE[i % len(PALETTE)]
                )

    def color(self, field: str, label: str) -> QColor:
        """The label's colour; an unknown label (bad prefill) gets a neutral grey."""
        return self._colors.get((field, label), QColor("#9e9e9e"))


def outline_pen(color: QColor, width: float, *, dashed: bool = False) -> QPen:
    """A cosmetic pen: the same screen width at every zoom."""
    pen = QPen(color, width)
    pen.setCosmetic(True)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    if dashed:
        pen.setStyle(Qt.PenStyle.CustomDashLine)
        pen.setDashPattern([4.0, 3.0])
    return pen


def text_color(background: QColor) -> QColor:
    """Black or white, whichever reads better on `background`."""
    luminance = 0.299 * background.red() + 0.587 * background.green() + 0.114 * background.blue()
    return QColor("#111111") if luminance > 150 else QColor("#ffffff")


def tag_font() -> QFont:
    """A region's label name, small and bold, in a Latin face in an Urdu interface too
    (Nastaliq's tall lines would make every tag twice as high over the picture)."""
    font = latin_face(QFont())
    font.setPointSizeF(8.0)
    font.setBold(True)
    return font
