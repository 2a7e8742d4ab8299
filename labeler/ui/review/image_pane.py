"""Image panes: one canvas per pane over one decoded picture, regions marked matched or
not, their tags placed clear of each other (`tags.py`), and zoom and pan kept in step
across the panes on screen (zoom one, all follow; the pane shown large next takes the
view of the one before)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget

from labeler.ui.i18n import translate
from labeler.ui.image.canvas import ImageCanvas
from labeler.ui.image.items import RegionItem
from labeler.ui.image.layer import pad_for
from labeler.ui.image.tools import Pointer
from labeler.ui.review.marks import Mark
from labeler.ui.review.tags import TagLayer

_MESSAGE_STYLE = "QLabel { color: #f2f2f2; background: #2b2d31; padding: 16px; }"
#: Marks a canvas is kept in step by (a canvas is connected once).
_SYNCED = "labeler_zoom_synced"
#: A scale this close to the fitting one counts as fitted (follows window resizes).
_FIT_EPS = 1e-6


class PanTool:
    """The canvas tool of a read-only pane: every left drag pans."""

    kind = "pan"

    def press(self, p: Pointer) -> bool:
        return False

    def double_click(self, p: Pointer) -> bool:
        return False

    def move(self, p: Pointer) -> None:
        pass

    def release(self, p: Pointer) -> None:
        pass

    def cursor(self, p: Pointer) -> Qt.CursorShape:
        return Qt.CursorShape.OpenHandCursor

    def claims(self, key: int) -> bool:
        return False

    def key(self, key: int) -> bool:
        return False


class ImagePane(QWidget):
    """A canvas that shows the item's picture with one pane's marks, or a message. Tags
    that find no room are hidden: `tags_hidden(count)` after each placing."""

    tags_hidden = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = ImageCanvas(self)
        self.canvas.tool = PanTool()  # type: ignore[assignment]
        self.canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the review keys stay global
        self.canvas.scale_changed.connect(self._on_scale)
        self.message = QLabel(self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(_MESSAGE_STYLE)
        self._pages = QStackedLayout(self)
        self._pages.addWidget(self.canvas)
        self._pages.addWidget(self.message)
        self._items: list[RegionItem] = []
        self.marks: list[Mark] = []
        self.tags = TagLayer(self.canvas.scene())
        self.size_px = (1.0, 1.0)

    def set_size(self, width: float, height: float) -> None:
        """The original's size: regions are in its pixels."""
        self.size_px = (float(width), float(height))
        self.canvas.set_image_size(width, height)
        self.canvas.fit()
        self.place_tags()

    def set_image(self, image: QImage | None) -> None:
        self.canvas.image_item.set_image(image)
        self._pages.setCurrentWidget(self.canvas)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self._pages.setCurrentWidget(self.message)

    def set_marks(self, marks: list[Mark]) -> None:
        """Draw exactly `marks`, reusing the items already in the scene."""
        self.marks = list(marks)
        scene = self.canvas.scene()
        while len(self._items) < len(marks):
            item = RegionItem()
            scene.addItem(item)
            self._items.append(item)
        pad = pad_for(self.canvas.scale_value())
        for item, mark in zip(self._items, marks, strict=False):
            item.set_gold(mark.dashed)
            item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # clicks pan the view
            item.set_pad(pad)
            item.set_tag_shown(False)  # the pane's TagLayer places the tags
            item.set_region(mark.kind, {**mark.region, "label": mark.tag}, QColor(mark.color))
            item.setToolTip(_tip(mark))
            item.setVisible(True)
        for item in self._items[len(marks) :]:
            item.setVisible(False)
        self.tags.set_marks(marks)
        self.place_tags()

    def place_tags(self) -> None:
        """Place the tags for the zoom shown, and say how many found no room."""
        self.tags.place(self.canvas.scale_value(), self.size_px)
        self.tags_hidden.emit(self.tags.hidden)

    def _on_scale(self, scale: float) -> None:
        pad = pad_for(scale)
        for item in self._items:
            item.set_pad(pad)
        self.place_tags()


def _tip(mark: Mark) -> str:
    what = {
        "matched": translate("review.image_pane", "matched"),
        "unmatched": translate("review.image_pane", "no match in the reference"),
        "missed": translate("review.image_pane", "in the reference, missed here"),
        "reference": translate("review.image_pane", "reference"),
        "plain": "",
    }[mark.state]
    return f"{mark.field}: {mark.tag}" + (f" ({what})" if what else "")


class ZoomSync(QObject):
    """Keeps the canvases on screen at one zoom and one centre."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._canvases: list[ImageCanvas] = []
        self._busy = False

    def set_canvases(self, canvases: list[ImageCanvas]) -> None:
        """The canvases to keep in step (those on screen)."""
        self._canvases = list(canvases)
        for canvas in canvases:
            if canvas.property(_SYNCED):
                continue
            canvas.setProperty(_SYNCED, True)
            canvas.scale_changed.connect(lambda _s, c=canvas: self.follow(c))
            canvas.horizontalScrollBar().valueChanged.connect(lambda _v, c=canvas: self.follow(c))
            canvas.verticalScrollBar().valueChanged.connect(lambda _v, c=canvas: self.follow(c))

    def canvases(self) -> list[ImageCanvas]:
        return list(self._canvases)

    def follow(self, source: ImageCanvas) -> None:
        """Bring every other canvas to `source`'s zoom and centre."""
        if self._busy or source not in self._canvases:
            return
        self._copy(source, [c for c in self._canvases if c is not source])

    def hand_over(self, source: ImageCanvas, target: ImageCanvas) -> None:
        """`target` (now on screen) takes the view of `source` (shown before it)."""
        if source is not target and not self._busy:
            self._copy(source, [target])

    def _copy(self, source: ImageCanvas, targets: list[ImageCanvas]) -> None:
        self._busy = True
        try:
            fitted = abs(source.scale_value() - source.fit_scale()) < _FIT_EPS
            scale = source.scale_value()
            centre = source.mapToScene(source.viewport().rect().center())
            for canvas in targets:
                if fitted:
                    canvas.fit()
                else:
                    if abs(canvas.scale_value() - scale) > _FIT_EPS:
                        canvas.zoom_to(scale)
                    canvas.centerOn(centre)
        finally:
            self._busy = False

    def zoom_by(self, factor: float) -> None:
        """Zoom every canvas about its centre (the first leads, the rest follow)."""
        if self._canvases:
            first = self._canvases[0]
            first.zoom_by(factor, first.viewport().rect().center())

    def fit(self) -> None:
        for canvas in self._canvases:
            canvas.fit()

    def pan_by(self, dx: int, dy: int) -> None:
        if self._canvases:
            self._canvases[0].pan_by(QPoint(dx, dy))
