"""The line above the image: every region label with its colour and key (the armed one
marked, as the audio editor marks its own), then the main drawing keys.

It shows from the moment a schema with region fields is set, one line high whatever
it holds, so nothing above or beside the image moves when a tool is armed.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from labeler.core.schema import Field, Schema
from labeler.ui.i18n import isolate, paragraph, phrase
from labeler.ui.image.keys import drawing_hints
from labeler.ui.image.style import LabelColors, text_color
from labeler.ui.keymap import ShownKeys


class RegionLegend(QWidget):
    """Label chips on the left, the drawing keys on the right (dropped when too narrow)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels = QLabel(self)
        self._labels.setTextFormat(Qt.TextFormat.RichText)
        self._keys = QLabel(self)
        self._keys.setStyleSheet("color: palette(placeholder-text);")
        self._keys.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # Never wider than the window lets it be: labels are cut, keys dropped (`_fit`).
        self._labels.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._keys.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 3, 8, 3)
        layout.setSpacing(16)
        layout.addWidget(self._labels, 1)
        layout.addWidget(self._keys)
        self._fields: list[Field] = []
        self._colors = LabelColors()
        self._keys_shown = ShownKeys({}, {})
        self._polygons = False
        self._armed: tuple[str, str] | None = None
        self._hints: list[str] = []

    def set_schema(self, schema: Schema, kinds: dict[str, str], keys: ShownKeys) -> None:
        """List the labels of the region fields `kinds` (name -> kind) of `schema`, with
        `keys` (the defaults until the screen's keymap says otherwise)."""
        self._fields = [f for f in schema.fields if f.name in kinds]
        self._colors = LabelColors(schema)
        self._polygons = "polygons" in kinds.values()
        self._armed = None
        self.show_keys(keys)

    def show_keys(self, keys: ShownKeys) -> None:
        """Name the keys in effect (the user's, after a rebinding)."""
        self._keys_shown = keys
        self._hints = drawing_hints(keys, self._polygons)
        self._fill()

    def set_armed(self, field: str, label: str) -> None:
        """Mark the label a drawing tool is armed with ("" for none)."""
        armed = (field, label) if field else None
        if armed != self._armed:
            self._armed = armed
            self._fill()

    def chip_html(self, field: str, label: str) -> str:
        """One label's chip: its key, its name, on its colour (full when armed)."""
        color = QColor(self._colors.color(field, label))
        armed = self._armed == (field, label)
        if not armed:
            color.setAlpha(70)
        ink = text_color(color).name() if armed else "palette(text)"
        weight = "font-weight:600;" if armed else ""
        key = self._keys_shown.label(field, label)
        cap = f"<b>{html.escape(key)}</b> " if key else ""
        style = f"background-color:{color.name(QColor.NameFormat.HexArgb)}; color:{ink}; {weight}"
        return isolate(f"<span style='{style}'>&nbsp;{cap}{html.escape(label)}&nbsp;</span>")

    def text(self) -> str:
        """Everything the legend says (the keys whether they fit or not), as rich text."""
        return f"{self._labels.text()} {' · '.join(self._hints)}"

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fill(self) -> None:
        parts = []
        for field in self._fields:
            chips = " ".join(self.chip_html(field.name, label.value) for label in field.labels)
            prefix = isolate(f"{html.escape(field.name)}:") + " " if len(self._fields) > 1 else ""
            parts.append(prefix + chips)
        self._labels.setText(paragraph(" &nbsp;&nbsp; ".join(parts)))
        self._fit()

    def _fit(self) -> None:
        # The keys give way to the labels, the last first: all are on the `?` sheet too.
        room = self.width() - 16 - self._labels.sizeHint().width() - 16
        metrics = self._keys.fontMetrics()
        shown = list(self._hints)
        while shown and metrics.horizontalAdvance(" · ".join(shown)) + 4 > room:
            shown.pop()
        self._keys.setText(paragraph(" · ".join(phrase(h) for h in shown)))
        self._keys.setVisible(bool(shown))
