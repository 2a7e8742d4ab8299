"""Label colours: the schema's, or a stable palette entry by the label's place in its field."""

from __future__ import annotations

from PySide6.QtGui import QColor

from labeler.core.schema import Field

# Sasha Trubetskoy's distinct colours, the ones schemas tend to use already.
_PALETTE = (
    "#e6194b",
    "#4363d8",
    "#3cb44b",
    "#f58231",
    "#911eb4",
    "#42d4f4",
    "#f032e6",
    "#bfef45",
    "#469990",
    "#9a6324",
    "#800000",
    "#808000",
    "#000075",
    "#fabed4",
)
_UNKNOWN = "#808080"


def label_color(field: Field, label: str) -> QColor:
    """The colour of `label` in `field`: the schema's colour, else a palette colour
    chosen by the label's position, so it is the same on every item."""
    for i, known in enumerate(field.labels):
        if known.value == label:
            return QColor(known.color or _PALETTE[i % len(_PALETTE)])
    return QColor(_UNKNOWN)  # a label the schema does not know (a stale prefill)


def translucent(color: QColor, alpha: int) -> QColor:
    """`color` with alpha `alpha` (0..255), for backgrounds the text stays readable on."""
    out = QColor(color)
    out.setAlpha(alpha)
    return out
