"""The line above the waveform: play head time, speed, the labels with their keys
(the armed one marked), the start mark and the selected segment."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontDatabase
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from labeler.core.schema import Schema
from labeler.ui.audio.segment_edits import SegmentEditing
from labeler.ui.audio.segments import label_colors
from labeler.ui.audio.timeline import format_time
from labeler.ui.i18n import isolate, paragraph
from labeler.ui.keymap import ShownKeys

PLAYING, PAUSED = "▶", "❚❚"


class StatusLine(QWidget):
    """Time on the left (updated every frame while playing), editing state beside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        # ▶ and ❚❚ come from different fonts at different widths: the glyph keeps the
        # width of the wider, so nothing after it moves when playback starts or stops.
        self.glyph = QLabel(self)
        self.glyph.setFont(fixed)
        self.glyph.setAlignment(Qt.AlignmentFlag.AlignCenter)
        metrics = self.glyph.fontMetrics()
        self.glyph.setFixedWidth(max(metrics.horizontalAdvance(g) for g in (PLAYING, PAUSED)))
        self.time = QLabel(self)
        self.time.setFont(fixed)
        # A clock reads left to right in every language ("0:03.20 / 0:07.72").
        self.time.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.state = QLabel(self)
        self.state.setTextFormat(Qt.TextFormat.RichText)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 0, 2, 0)
        layout.setSpacing(16)
        layout.addWidget(self.glyph)
        layout.addSpacing(6 - layout.spacing())
        layout.addWidget(self.time)
        layout.addWidget(self.state, 1)
        self._last_time = ""

    def show_time(self, t: float, duration: float, playing: bool) -> None:
        text = f"{format_time(t)} / {format_time(duration)}"
        if text != self._last_time:  # called every frame while playing
            self._last_time = text
            self.time.setText(text)
        glyph = PLAYING if playing else PAUSED
        if self.glyph.text() != glyph:
            self.glyph.setText(glyph)

    def show_state(
        self, schema: Schema | None, edits: SegmentEditing, rate: float, keys: ShownKeys
    ) -> None:
        parts = [f"{rate:g}×"]
        if schema is not None and edits.active is not None:
            field = schema.field(edits.active)
            colors = label_colors(field)
            segment = edits.selected()
            # With a segment selected a label key relabels it: mark its label.
            armed = segment["label"] if segment else edits.armed.get(field.name)
            chips = [
                _chip(
                    label.value,
                    keys.label(field.name, label.value),
                    colors[label.value],
                    label.value == armed,
                )
                for label in field.labels
            ]
            said = self.tr("relabel: {labels}") if edits.selection else self.tr("next: {labels}")
            parts.append(said.format(labels=" ".join(chips)))
        if edits.mark is not None:
            end = keys.action("audio.mark_end")
            at = format_time(edits.mark)
            if end:
                marked = self.tr("start marked at {time} ({key} ends it)").format(
                    time=at, key=html.escape(end)
                )
            else:
                marked = self.tr("start marked at {time}").format(time=at)
            parts.append(marked)
        segment = edits.selected()
        if segment is not None:
            parts.append(
                self.tr("selected: {label} {start}–{end}").format(
                    label=html.escape(str(segment["label"])),
                    start=format_time(segment["start"]),
                    end=format_time(segment["end"]),
                )
            )
        self.state.setText(paragraph(" · ".join(parts)))


def _chip(value: str, hotkey: str | None, color: str, armed: bool) -> str:
    back = QColor(color)
    if not armed:
        back.setAlpha(70)
    fore = "#ffffff" if armed and back.lightness() < 170 else "palette(text)"
    key = f"<b>{html.escape(hotkey)}</b> " if hotkey else ""
    weight = "font-weight:600;" if armed else ""
    style = f"background-color:{back.name(QColor.NameFormat.HexArgb)}; color:{fore}; {weight}"
    return isolate(f"<span style='{style}'>&nbsp;{key}{html.escape(value)}&nbsp;</span>")
