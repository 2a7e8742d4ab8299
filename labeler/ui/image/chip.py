"""The armed tool over the image: which tool, which label (colour, key), what Space does.

A small chip floating in a corner of the canvas: it is not in any layout, so showing it
or changing its text never moves the image, and it lets every mouse event through.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import QLabel, QWidget

from labeler.ui.i18n import isolate, number, paragraph, translate
from labeler.ui.image.keydraw import KeyDrawing
from labeler.ui.image.style import text_color

TOOL_NAMES = {
    "select": QT_TRANSLATE_NOOP("image.chip", "Select"),
    "boxes": QT_TRANSLATE_NOOP("image.chip", "Box"),
    "polygons": QT_TRANSLATE_NOOP("image.chip", "Polygon"),
    "points": QT_TRANSLATE_NOOP("image.chip", "Point"),
}
#: Screen pixels between the chip and the canvas's edge.
MARGIN = 8

#: Pixels the chip adds above and below its line of text (its padding).
PADDING = 6

_STYLE = (
    "QLabel { background: rgba(24, 25, 28, 218); color: #f2f2f2; border-radius: 4px;"
    f" padding: {PADDING // 2}px 7px; }}"
)


class ToolChip(QLabel):
    """The armed tool and label of the image editor, over the canvas."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setStyleSheet(_STYLE)
        # Words read in the interface's direction, over a canvas that is never mirrored.
        self.setLayoutDirection(QGuiApplication.layoutDirection())
        self.hide()

    def show_tool(
        self,
        kind: str,
        label: str,
        color: QColor,
        key: str | None,
        keys: KeyDrawing,
        arming: str = "",
    ) -> None:
        """Say that `kind` is armed with `label` (its `color` and hotkey `key`); with the
        select tool, `arming` says how a drawing tool is armed (see `arming_hint`)."""
        name = tool_name(kind)
        if kind == "select":
            said = f" &nbsp;·&nbsp; {html.escape(arming)}" if arming else ""
            self.setText(paragraph(f"<b>{name}</b>{said}"))
        else:
            ink = text_color(color).name()
            cap = f"<b>{html.escape(key)}</b>&nbsp; " if key else ""
            chip = isolate(
                f"<span style='background-color:{color.name()}; color:{ink}'>"
                f"&nbsp;{cap}{html.escape(label)}&nbsp;</span>"
            )
            self.setText(paragraph(f"{chip} &nbsp;{name} &nbsp;·&nbsp; {_doing(kind, keys)}"))
        self.adjustSize()
        self.show()

    def place(self, canvas: QRect, avoid: list[QRect]) -> None:
        """Top left of `canvas` (top right in a right-to-left interface, where reading
        starts); the bottom corner when that would cover anything in `avoid` (the
        crosshair, the magnifier)."""
        left = canvas.left() + MARGIN
        if self.isRightToLeft():
            left = canvas.right() + 1 - MARGIN - self.width()
        top = QPoint(left, canvas.top() + MARGIN)
        spot = QRect(top, self.size())
        if any(spot.intersects(a) for a in avoid):
            top.setY(canvas.bottom() - MARGIN - self.height())
        self.move(top)
        self.raise_()


def tool_name(kind: str) -> str:
    """A tool's name as the chip says it."""
    return translate("image.chip", TOOL_NAMES[kind]) if kind in TOOL_NAMES else kind


def arming_hint(label_keys: bool, tool_keys: list[tuple[str, str]]) -> str:
    """How a drawing tool is armed with the keys in effect: by a label's key when some
    label has one, else by the tools' own keys (`tool_keys`: kind, key); "" when no key
    arms one."""
    if label_keys:
        return translate("image.chip", "a label key arms its tool")
    return " · ".join(
        translate("image.chip", "{key}: {tool} tool").format(key=key, tool=tool_name(kind))
        for kind, key in tool_keys
    )


def _doing(kind: str, keys: KeyDrawing) -> str:
    """What the keyboard is doing, and what Space does next."""
    if keys.at is None:
        return html.escape(
            translate("image.chip", "drag to draw, or press the label key to draw by keys")
        )
    x, y = keys.at
    # Image pixels read left to right, as the picture's axes, in every language.
    where = f"<span style='color:#b8bcc4'>{_ltr(f'{x}, {y}')}</span>"
    if keys.notice:
        return f"{where} &nbsp;<span style='color:#ffb454'>{html.escape(keys.notice)}</span>"
    if kind == "points":
        doing = translate("image.chip", "Space: a point · Esc: done")
    elif kind == "polygons" and not keys.vertices:
        doing = translate("image.chip", "Space: first vertex · Esc: done")
    elif kind == "polygons":
        n = len(keys.vertices)
        doing = translate(
            "image.chip", "{count} vertices · Space: next · Enter closes · Esc cancels"
        ).format(count=number(n))
    elif keys.anchor is None:
        doing = translate("image.chip", "Space: first corner · Esc: done")
    else:
        w, h = abs(x - keys.anchor[0]), abs(y - keys.anchor[1])
        doing = translate("image.chip", "Space: second corner · Esc cancels")
        return f"<b>{_ltr(f'{w} × {h}')}</b> &nbsp;{html.escape(doing)}"
    return f"{where} &nbsp;{html.escape(doing)}"


def _ltr(text: str) -> str:
    """`text` kept left to right inside a line of either direction (a Unicode isolate)."""
    return f"\u2066{text}\u2069"
