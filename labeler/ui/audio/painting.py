"""Drawing the waveform view: the wave from peaks, the ruler, segment bands, heads.

The wave is rasterised with numpy straight into a QImage, one column per device
pixel, so its cost depends on the widget's size only, never on the clip's length.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPainter, QPalette, QPen, QPolygonF

from labeler.ui.audio.peaks import Peaks
from labeler.ui.audio.timeline import TimeView, format_time
from labeler.ui.i18n import translate

RULER_HEIGHT = 20


@dataclass(frozen=True)
class Colors:
    """The view's colours, derived from the widget palette (light or dark)."""

    background: QColor
    ruler: QColor
    text: QColor
    tick: QColor
    peak: QColor
    rms: QColor
    head: QColor
    mark: QColor

    @classmethod
    def from_palette(cls, palette: QPalette) -> Colors:
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        dark = base.lightness() < 128
        return cls(
            background=base,
            ruler=palette.color(QPalette.ColorRole.Window),
            text=text,
            tick=palette.color(QPalette.ColorRole.Mid),
            peak=QColor("#8fa3b8" if dark else "#8596a8"),
            rms=QColor("#c4d3e2" if dark else "#4b5d70"),
            head=QColor("#ff5252" if dark else "#d32f2f"),
            mark=QColor("#66bb6a" if dark else "#2e7d32"),
        )


#: Opacity of a segment's body over the background (selected, plain).
BAND_ALPHA = {True: 0.38, False: 0.2}


@dataclass(frozen=True)
class Band:
    """A segment as drawn: where (logical pixels), its colour, label and selection."""

    rect: QRectF
    color: str
    label: str
    selected: bool

    def key(self) -> tuple[Any, ...]:
        r = self.rect
        return (round(r.left(), 1), round(r.right(), 1), r.top(), self.color, self.selected)


def _blend(color: str, alpha: float, background: QColor) -> int:
    """Opaque 0xAARRGGBB of `color` at `alpha` over `background`."""
    c = QColor(color)
    mix = [
        round(b + (f - b) * alpha)
        for f, b in (
            (c.red(), background.red()),
            (c.green(), background.green()),
            (c.blue(), background.blue()),
        )
    ]
    return 0xFF000000 | (mix[0] << 16) | (mix[1] << 8) | mix[2]


def wave_image(
    peaks: Peaks,
    view: TimeView,
    height: int,
    dpr: float,
    colors: Colors,
    bands: list[Band],
) -> QImage:
    """The body of the view as one opaque image: background, segment bodies and the
    wave, `view.width` logical pixels wide and `height` high (below the ruler).

    Baking the translucent bodies in here makes a frame one image copy plus the
    band outlines, however many segments are in view.
    """
    w = max(1, round(view.width * dpr))
    h = max(1, round(height * dpr))
    lo, hi, rms = peaks.columns(view.start, view.seconds_per_px / dpr, w)
    mid = (h - 1) / 2
    scale = mid * 0.95
    with np.errstate(invalid="ignore"):  # NaN columns (past the end) stay empty
        top = np.floor(mid - hi * scale)
        bottom = np.ceil(mid - lo * scale)
        bottom = np.maximum(bottom, top)  # silence still draws a one-pixel line
        rows = np.arange(h, dtype=np.float32)[:, None]
        peak = (rows >= top[None, :]) & (rows <= bottom[None, :])
        loud = np.abs(rows - mid) <= (rms * scale)[None, :]
    pixels = np.full((h, w), colors.background.rgba() | 0xFF000000, np.uint32)
    for band in bands:
        r = band.rect
        x0 = min(w, max(0, round(r.left() * dpr)))
        x1 = min(w, max(x0 + 1, round(r.right() * dpr)))
        y0 = max(0, round((r.top() - RULER_HEIGHT) * dpr))
        y1 = min(h, round((r.bottom() - RULER_HEIGHT) * dpr))
        pixels[y0:y1, x0:x1] = _blend(band.color, BAND_ALPHA[band.selected], colors.background)
    pixels[peak] = colors.peak.rgba()
    pixels[peak & loud] = colors.rms.rgba()
    image = QImage(pixels.data, w, h, w * 4, QImage.Format.Format_RGB32).copy()
    image.setDevicePixelRatio(dpr)
    return image


def paint_ruler(p: QPainter, width: int, view: TimeView, colors: Colors) -> None:
    """Time ticks and labels along the top."""
    p.fillRect(QRectF(0, 0, width, RULER_HEIGHT), colors.ruler)
    step, ticks = view.ticks()
    tick_pen = QPen(colors.tick, 1)
    metrics = QFontMetrics(p.font())
    for t in ticks:
        x = round(view.x_of(t)) + 0.5
        p.setPen(tick_pen)
        p.drawLine(QPointF(x, RULER_HEIGHT - 6), QPointF(x, RULER_HEIGHT))
        label = format_time(t, step)
        if x + 3 + metrics.horizontalAdvance(label) <= width:  # no half label at the end
            p.setPen(colors.text)
            p.drawText(QPointF(x + 3, RULER_HEIGHT - 6), label)
    p.setPen(tick_pen)
    p.drawLine(QPointF(0, RULER_HEIGHT - 0.5), QPointF(width, RULER_HEIGHT - 0.5))


def band_rect(view: TimeView, lane: QRectF, start: float, end: float) -> QRectF:
    """Where a segment from `start` to `end` lies in a lane (at least 2 px wide)."""
    x0 = view.x_of(start)
    x1 = max(view.x_of(end), x0 + 2)
    return QRectF(x0, lane.top(), x1 - x0, lane.height())


def paint_band_frame(p: QPainter, band: Band, text: QColor) -> None:
    """A segment's edges and its label name, over the wave."""
    rect, color, label, selected = band.rect, band.color, band.label, band.selected
    edge = QColor(color)
    p.setPen(QPen(edge, 2.5 if selected else 1.2))
    p.drawLine(QPointF(rect.left(), rect.top()), QPointF(rect.left(), rect.bottom()))
    p.drawLine(QPointF(rect.right(), rect.top()), QPointF(rect.right(), rect.bottom()))
    if selected:
        p.setPen(QPen(edge, 2))
        p.drawLine(QPointF(rect.left(), rect.top() + 1), QPointF(rect.right(), rect.top() + 1))
        grip = QRectF(0, 0, 5, min(24.0, rect.height() / 3))
        for x in (rect.left(), rect.right()):
            grip.moveCenter(QPointF(x, rect.center().y()))
            p.fillRect(grip, edge)
    if rect.width() < 16 or not label:
        return
    metrics = QFontMetrics(p.font())
    name = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(rect.width()) - 8)
    chip = QRectF(rect.left() + 3, rect.top() + 3, metrics.horizontalAdvance(name) + 6, 16)
    back = QColor(color)
    back.setAlpha(230 if selected else 190)
    p.fillRect(chip, back)
    p.setPen(QColor("#ffffff") if back.lightness() < 170 else text)
    p.drawText(chip, Qt.AlignmentFlag.AlignCenter, name)


def paint_expected(p: QPainter, rect: QRectF, color: str, label: str, text: QColor) -> None:
    """A gold segment: dashed outline in the lower part of its lane, its label below."""
    pen = QPen(QColor(color), 2, Qt.PenStyle.DashLine)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    inner = rect.adjusted(1, rect.height() * 0.55, -1, -2)
    p.drawRect(inner)
    if inner.width() >= 30:
        metrics = QFontMetrics(p.font())
        name = metrics.elidedText(
            translate("audio.painting", "gold: {label}").format(label=label),
            Qt.TextElideMode.ElideRight,
            int(inner.width()) - 6,
        )
        p.setPen(text)
        p.drawText(inner.adjusted(4, 0, 0, -3), Qt.AlignmentFlag.AlignBottom, name)


def paint_line(
    p: QPainter, x: float, top: float, bottom: float, color: QColor, dashed: bool
) -> None:
    """A vertical line (play head, start mark) with a flag in the ruler."""
    pen = QPen(color, 2, Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)
    p.setPen(pen)
    p.drawLine(QPointF(x, top), QPointF(x, bottom))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(color)
    flag = QPolygonF([QPointF(x - 6, 0), QPointF(x + 6, 0), QPointF(x, 8)])
    p.drawPolygon(flag)
    p.setBrush(Qt.BrushStyle.NoBrush)


def paint_message(p: QPainter, rect: QRectF, message: str, text: QColor) -> None:
    """A line of text in the middle of the view (loading, unreadable audio)."""
    p.setPen(text)
    p.drawText(rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, message)


def overlapping(segments: list[dict[str, Any]], a: float, b: float) -> list[int]:
    """Indices of the segments that overlap [a, b] seconds."""
    return [i for i, s in enumerate(segments) if s["end"] >= a and s["start"] <= b]
