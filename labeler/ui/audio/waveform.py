"""The waveform view: the wave, a time ruler, segment bands per field, the play head.

It draws what it is given and reports what the mouse asked for through signals
(seek here, draw a segment there, this edge moved to ...); the editor turns those
into draft operations. A drag shows a preview and is reported once, on release.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QImage, QMouseEvent, QPainter, QPaintEvent, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from labeler.ui.audio import painting
from labeler.ui.audio.painting import RULER_HEIGHT, Band, Colors
from labeler.ui.audio.peaks import Peaks
from labeler.ui.audio.segments import Edge, edge_at, make_segment, moved_edge, segment_at
from labeler.ui.audio.timeline import TimeView
from labeler.ui.text.fonts import latin_face

EDGE_PX = 6  # how close to an edge the mouse grabs it
DRAG_PX = 4  # how far the mouse moves before a press becomes a drag
ZOOM_STEP = 1.25


@dataclass
class Lane:
    """One segments field: its label colours, its segments and the gold ones."""

    field: str
    colors: dict[str, str]
    segments: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    expected: list[dict[str, Any]] = dataclasses.field(default_factory=list)


@dataclass(frozen=True)
class Canvas:
    """The body of a waveform view as it last painted: its size and colours. A worker
    renders the first image of a coming clip for it (`first_image`)."""

    width: int
    height: int
    dpr: float
    colors: Colors


@dataclass(frozen=True)
class FirstImage:
    """A clip's whole-clip image rendered ahead for `canvas`, with no segments drawn."""

    peaks: Peaks
    duration: float
    canvas: Canvas
    image: QImage


#: What the waveform on screen looked like when it last painted (GUI thread writes,
#: workers read one reference: no lock needed).
_last_canvas: Canvas | None = None


def last_canvas() -> Canvas | None:
    return _last_canvas


def first_image(peaks: Peaks, duration: float, canvas: Canvas) -> FirstImage:
    """Render the view a new clip opens with (all of it, fitted to the width), off the
    GUI thread: its first paint is then one image copy."""
    view = TimeView()
    view.reset(duration, canvas.width)
    image = painting.wave_image(peaks, view, canvas.height, canvas.dpr, canvas.colors, [])
    return FirstImage(peaks, duration, canvas, image)


@dataclass
class _Drag:
    kind: str  # "press", "create", "edge", "scrub"
    lane: int | None
    x0: float
    t0: float
    index: int | None = None
    edge: Edge = "start"
    preview: dict[str, Any] | None = None


class WaveformView(QWidget):
    """Custom-painted waveform with segment lanes; see the module docstring."""

    seek_requested = Signal(float)
    #: A click selected a segment (field, index) or nothing (field, -1).
    segment_clicked = Signal(str, int)
    #: A drag on the wave drew a new segment (field, start, end).
    segment_drawn = Signal(str, float, float)
    #: A drag moved an edge (field, index, new segment).
    segment_resized = Signal(str, int, object)
    #: Zoom or scroll changed what is visible.
    view_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = TimeView()
        self.lanes: list[Lane] = []
        self.selection: tuple[str, int] | None = None
        self.position = 0.0
        self.mark: float | None = None
        self.armed_color = "#808080"
        self._peaks: Peaks | None = None
        self._message: str | None = None
        self._drag: _Drag | None = None
        self._following = True
        self._image: QImage | None = None
        self._image_key: tuple[Any, ...] = ()
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setMinimumHeight(120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # Time runs left to right in every language: the wave is never mirrored.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        # Times and label names in a Latin face: Nastaliq's lines (an Urdu interface's
        # font) stand too tall for the ruler and the segments' name chips.
        self.setFont(latin_face(self.font()))
        self.setAccessibleName(self.tr("Waveform"))

    # -- what to show ---------------------------------------------------------------

    def set_audio(
        self,
        peaks: Peaks | None,
        duration: float,
        message: str | None,
        first: FirstImage | None = None,
    ) -> None:
        """A new clip (or its peaks arriving): show all of it, or `message` instead.
        `first`, rendered ahead on a worker, spares the first paint its image."""
        self._peaks = peaks
        self._message = message
        self._image = None
        self._drag = None
        self._following = True
        self.view.reset(duration, self.width())
        if first is not None and first.peaks is peaks and first.duration == duration:
            canvas = first.canvas
            self._image = first.image
            self._image_key = self._key(canvas.colors, [], canvas.width, canvas.height)
            self._image_key += (canvas.dpr,)
        self.view_changed.emit()
        self.update()

    @property
    def peaks(self) -> Peaks | None:
        return self._peaks

    @property
    def message(self) -> str | None:
        return self._message

    def set_position(self, t: float, follow: bool = False) -> None:
        """Move the play head; `follow` pages the view to keep it visible."""
        old_x = self.view.x_of(self.position)
        self.position = t
        in_view = self.view.start <= t <= self.view.end
        if in_view:
            self._following = True
        if (follow and self._following) and self.view.follow(t):
            self.view_changed.emit()
            self.update()
            return
        # Only the strips under the old and new head need repainting.
        new_x = self.view.x_of(t)
        for x in (old_x, new_x):
            self.update(round(x) - 8, 0, 16, self.height())

    def reveal(self, a: float, b: float | None = None) -> None:
        """Scroll so that `a` (or [a, b]) is visible, and follow the head again."""
        self._following = True
        self.view.show_range(a, a if b is None else b)
        self.view_changed.emit()
        self.update()

    def zoom(self, factor: float, anchor_x: float | None = None) -> None:
        if anchor_x is None and self.view.start <= self.position <= self.view.end:
            anchor_x = self.view.x_of(self.position)  # keys zoom around the play head
        self.view.zoom(factor, anchor_x)
        self.view_changed.emit()
        self.update()

    def fit(self) -> None:
        self.view.fit()
        self.view_changed.emit()
        self.update()

    def set_selection(self, selection: tuple[str, int] | None) -> None:
        self.selection = selection
        self.update()

    def scroll_to(self, start: float) -> None:
        self.view.scroll_to(start)
        self._following = False
        self.view_changed.emit()
        self.update()

    # -- geometry -------------------------------------------------------------------

    def lane_rect(self, i: int) -> QRectF:
        """The band of lane `i` below the ruler."""
        height = (self.height() - RULER_HEIGHT) / max(1, len(self.lanes))
        return QRectF(0, RULER_HEIGHT + i * height, self.width(), height)

    def _lane_at(self, y: float) -> int | None:
        if y < RULER_HEIGHT or not self.lanes:
            return None
        height = (self.height() - RULER_HEIGHT) / len(self.lanes)
        return min(len(self.lanes) - 1, int((y - RULER_HEIGHT) // height))

    def _selected_in(self, lane: int) -> int | None:
        if self.selection and self.selection[0] == self.lanes[lane].field:
            return self.selection[1]
        return None

    def _edge_under(self, lane: int | None, x: float) -> tuple[int, Edge] | None:
        if lane is None:
            return None
        t = self.view.start + x * self.view.seconds_per_px
        tolerance = EDGE_PX * self.view.seconds_per_px
        return edge_at(self.lanes[lane].segments, t, tolerance, self._selected_in(lane))

    # -- painting ---------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        colors = Colors.from_palette(self.palette())
        p.fillRect(self.rect(), colors.background)
        painting.paint_ruler(p, self.width(), self.view, colors)
        body = QRectF(0, RULER_HEIGHT, self.width(), self.height() - RULER_HEIGHT)
        if self._message is not None or self._peaks is None:
            painting.paint_message(p, body, self._message or "", colors.text)
            return
        bands = self._bands()
        p.drawImage(QPointF(0, RULER_HEIGHT), self._wave(colors, bands))
        # While playing only strips around the head are exposed: outline only the
        # segments there (a 30-minute file can hold hundreds).
        exposed = QRectF(event.rect()).adjusted(-4, 0, 4, 0)
        for band in bands:
            if band.rect.intersects(exposed):
                painting.paint_band_frame(p, band, colors.text)
        span = (self.view.t_of(exposed.left()), self.view.t_of(exposed.right()))
        for i, lane in enumerate(self.lanes):
            for j in painting.overlapping(lane.expected, *span):
                s = lane.expected[j]
                rect = painting.band_rect(self.view, self.lane_rect(i), s["start"], s["end"])
                color = lane.colors.get(s["label"], "#808080")
                painting.paint_expected(p, rect, color, s["label"], colors.text)
        bottom = float(self.height())
        if self.mark is not None:
            painting.paint_line(p, self.view.x_of(self.mark), 0, bottom, colors.mark, True)
        painting.paint_line(p, self.view.x_of(self.position), 0, bottom, colors.head, False)

    def _bands(self) -> list[Band]:
        """The segments in view, with a drag's preview in place of what it changes."""
        out = []
        span = (self.view.start, self.view.end)
        for i, lane in enumerate(self.lanes):
            rect_of_lane = self.lane_rect(i)
            segments = list(lane.segments)
            drag = self._drag
            if drag and drag.lane == i and drag.preview is not None:
                if drag.kind == "edge" and drag.index is not None:
                    segments[drag.index] = drag.preview
            selected = self._selected_in(i)
            for j in painting.overlapping(segments, *span):
                s = segments[j]
                rect = painting.band_rect(self.view, rect_of_lane, s["start"], s["end"])
                color = lane.colors.get(s["label"], "#808080")
                out.append(Band(rect, color, s["label"], j == selected))
            if drag and drag.lane == i and drag.kind == "create" and drag.preview is not None:
                s = drag.preview
                rect = painting.band_rect(self.view, rect_of_lane, s["start"], s["end"])
                out.append(Band(rect, self.armed_color, "", True))
        return out

    def _key(self, colors: Colors, bands: list[Band], width: int, height: int) -> tuple[Any, ...]:
        view = self.view
        return (
            id(self._peaks),
            view.start,
            view.seconds_per_px,
            width,
            height,
            colors.background.rgba(),
            tuple(band.key() for band in bands),
        )

    def _wave(self, colors: Colors, bands: list[Band]) -> QImage:
        assert self._peaks is not None
        dpr = self.devicePixelRatioF()
        height = self.height() - RULER_HEIGHT
        key = self._key(colors, bands, self.width(), height) + (dpr,)
        if self._image is None or key != self._image_key:
            self._image = painting.wave_image(self._peaks, self.view, height, dpr, colors, bands)
            self._image_key = key
        self._note_canvas(colors)
        return self._image

    def _note_canvas(self, colors: Colors) -> None:
        global _last_canvas
        height = self.height() - RULER_HEIGHT
        if self.width() > 1 and height > 1:
            canvas = Canvas(self.width(), height, self.devicePixelRatioF(), colors)
            if canvas != _last_canvas:
                _last_canvas = canvas

    # -- mouse --------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._peaks is None:
            return super().mousePressEvent(event)
        x, y = event.position().x(), event.position().y()
        t = self.view.t_of(x)
        lane = self._lane_at(y)
        if lane is None:
            self._drag = _Drag("scrub", None, x, t)
            self.seek_requested.emit(t)
            return
        hit = self._edge_under(lane, x)
        if hit is not None:
            index, edge = hit
            segment = self.lanes[lane].segments[index]
            self._drag = _Drag("edge", lane, x, t, index, edge, dict(segment))
            self.selection = (self.lanes[lane].field, index)
            self.segment_clicked.emit(self.lanes[lane].field, index)
        else:
            self._drag = _Drag("press", lane, x, t)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        x = event.position().x()
        drag = self._drag
        if drag is None:
            hover = self._edge_under(self._lane_at(event.position().y()), x)
            shape = Qt.CursorShape.SizeHorCursor if hover else Qt.CursorShape.IBeamCursor
            self.setCursor(shape)
            return
        if drag.kind != "scrub" and not 0 <= x <= self.width():
            # Dragging past a side scrolls, so a segment can grow beyond the view.
            self.view.scroll_px(x if x < 0 else x - self.width())
            self._following = False
            self.view_changed.emit()
        t = self.view.t_of(x)
        if drag.kind == "scrub":
            self.seek_requested.emit(t)
        elif drag.kind == "edge" and drag.lane is not None and drag.index is not None:
            original = self.lanes[drag.lane].segments[drag.index]
            drag.preview = moved_edge(original, drag.edge, t, self.view.duration)
            self.update()
        elif drag.kind in ("press", "create") and abs(x - drag.x0) >= DRAG_PX:
            drag.kind = "create"
            drag.preview = make_segment("", drag.t0, t, self.view.duration)
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        if drag is None or drag.lane is None or event.button() != Qt.MouseButton.LeftButton:
            return
        lane = self.lanes[drag.lane]
        if drag.kind == "edge" and drag.index is not None and drag.preview is not None:
            if drag.preview != lane.segments[drag.index]:
                self.segment_resized.emit(lane.field, drag.index, drag.preview)
        elif drag.kind == "create" and drag.preview is not None:
            self.segment_drawn.emit(lane.field, drag.preview["start"], drag.preview["end"])
        elif drag.kind == "press":
            hit = segment_at(lane.segments, drag.t0, self._selected_in(drag.lane))
            self.segment_clicked.emit(lane.field, -1 if hit is None else hit)
            self.seek_requested.emit(drag.t0)
        self.update()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self._peaks is None:
            return
        delta = event.angleDelta()
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(ZOOM_STEP ** (delta.y() / 120), event.position().x())
        else:
            pixels = event.pixelDelta()
            if not pixels.isNull():
                dx = float(-(pixels.x() or pixels.y()))
            else:  # a wheel notch scrolls a tenth of the view
                dx = -(delta.x() or delta.y()) / 120 * self.width() / 10
            self.view.scroll_px(dx)
            self._following = False
            self.view_changed.emit()
            self.update()
        event.accept()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.view.resize(self.width())
        self.view_changed.emit()
        super().resizeEvent(event)
