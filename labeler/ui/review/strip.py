"""The strip beside (or under) the large pane: a thumbnail for every pane, in pane
order, with the picture small and the pane's regions outlined in their colours, its
name, status and field values. The thumbnail of the pane shown large is highlighted;
clicking a thumbnail (or Tab, Shift+Tab) shows its pane large."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtWidgets import QBoxLayout, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from labeler.ui.image import style
from labeler.ui.pages.common import INFO_TINT, ElidedLabel, clock
from labeler.ui.review.marks import Mark
from labeler.ui.review.pane import CURRENT_COLOR, Pane, status_word

#: A thumbnail's picture is at most this tall for its width (portrait pictures).
THUMB_MAX_RATIO = 1.0
#: A thumbnail's picture is never shorter than this to fit a column without scrolling.
MIN_PICTURE = 40
#: Thumbnails of a strip under the large pane (panoramas) are this wide.
ROW_THUMBNAIL_WIDTH = 300


class Picture(QWidget):
    """The picture, small, with regions outlined (no tags: too small to read)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image = QImage()
        self._size = (1.0, 1.0)
        self.marks: list[Mark] = []

    def set_picture(self, image: QImage | None, size: tuple[float, float]) -> None:
        self._image = image if image is not None else QImage()
        self._size = (max(size[0], 1.0), max(size[1], 1.0))
        self.updateGeometry()
        self.update()

    def set_marks(self, marks: list[Mark]) -> None:
        self.marks = list(marks)
        self.update()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt)
        return round(width * min(self._size[1] / self._size[0], THUMB_MAX_RATIO))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt)
        return QSize(140, self.heightForWidth(140))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), style.BACKGROUND)
        w, h = self._size
        scale = min(self.width() / w, self.height() / h)
        target = QRectF(0, 0, w * scale, h * scale)
        target.moveCenter(QRectF(self.rect()).center())
        if self._image.isNull():
            painter.fillRect(target, style.PLACEHOLDER)
        else:
            painter.drawImage(target, self._image)
        painter.translate(target.topLeft())
        for mark in self.marks:
            _outline(painter, mark, scale)


def _outline(painter: QPainter, mark: Mark, scale: float) -> None:
    pen = QPen(QColor(mark.color), 1.5)
    if mark.dashed:
        pen.setStyle(Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    r = mark.region
    if mark.kind == "boxes":
        painter.drawRect(
            QRectF(r["x"] * scale, r["y"] * scale, max(r["w"] * scale, 1), max(r["h"] * scale, 1))
        )
    elif mark.kind == "points":
        painter.drawEllipse(QPointF(r["x"] * scale, r["y"] * scale), 2.5, 2.5)
    elif mark.kind == "polygons":
        painter.drawPolygon(QPolygonF([QPointF(x * scale, y * scale) for x, y in r["points"]]))


class Thumbnail(QFrame):
    """One pane, small: its picture (images), name, status and field values."""

    clicked = Signal()

    def __init__(self, with_picture: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paneThumbnail")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.picture = Picture(self) if with_picture else None
        self.title = ElidedLabel(self)
        self.title.setStyleSheet("font-weight: 600;")
        self.info = ElidedLabel(self)
        self.info.setObjectName("muted")
        self.lines = QLabel(self)
        self.lines.setTextFormat(Qt.TextFormat.RichText)
        self.lines.setWordWrap(True)
        self.lines.setObjectName("thumbnailLines")
        text = QVBoxLayout()
        text.setContentsMargins(0, 0, 0, 0)
        text.setSpacing(1)
        text.addWidget(self.title)
        text.addWidget(self.info)
        text.addWidget(self.lines)
        text.addStretch(1)
        self._layout = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self._layout.setContentsMargins(5, 5, 5, 5)
        self._layout.setSpacing(4)
        if self.picture is not None:
            self._layout.addWidget(self.picture)
        self._layout.addLayout(text, 1)
        self.shown = False
        self.set_shown(False)

    def set_across(self, across: bool) -> None:
        """Picture left of the words (a strip under the large pane), or above them."""
        direction = QBoxLayout.Direction.LeftToRight if across else QBoxLayout.Direction.TopToBottom
        self._layout.setDirection(direction)
        if self.picture is None:
            return
        if across:
            self.picture.setFixedWidth(ROW_THUMBNAIL_WIDTH // 2 - 10)
        else:
            self.picture.setMinimumWidth(0)
            self.picture.setMaximumWidth(16_777_215)

    def mirror(self, pane: Pane) -> None:
        """Show what `pane` shows: its heading, status, field values and regions."""
        self.title.setText(pane.heading())
        self.title.setToolTip(pane.spec.title)
        # A thumbnail is narrow: the status and the time (the field lines under it give the
        # scores), or a reference pane's first words; the whole line is the tooltip.
        details = pane.info.text()
        entry = pane.spec.entry
        if entry is not None:
            short = f"{status_word(entry.status)} · {clock(entry.active_ms)}"
        else:
            short = details.split(" · ")[0]
        self.info.setText(short)
        self.info.setToolTip(details)
        lines = [_line(text, tint) for text, tint in pane.field_lines]
        for label in (pane.banner, pane.notice):
            if not label.isHidden() and label.text():
                lines.insert(0, f"<i>{_html(label.text())}</i>")
        self.lines.setText("<br>".join(lines))
        if self.picture is not None:
            self.picture.set_marks(list(getattr(pane.body, "marks", [])))

    def words_height(self, width: int) -> int:
        """The height of everything but the picture at `width` (a column's thumbnail)."""
        inner = max(width - 10, 1)
        text = self.title.sizeHint().height() + self.info.sizeHint().height()
        text += self.lines.heightForWidth(inner) + 2
        # Margins, the picture's spacing, and the frame (2 px a side when highlighted).
        return text + 10 + (4 if self.picture is not None else 0) + 4

    def set_shown(self, shown: bool) -> None:
        """Highlight the thumbnail of the pane shown large."""
        self.shown = shown
        if shown:
            look = f"background: {INFO_TINT.name()}; border: 2px solid {CURRENT_COLOR};"
        else:
            look = "border: 1px solid palette(mid);"
        self.setStyleSheet(f"QFrame#paneThumbnail {{ {look} border-radius: 5px; }}")

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt)
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        event.accept()


def _line(text: str, tint: QColor | None) -> str:
    if tint is None:
        return _html(text)
    return f"<span style='background:{tint.name()}'>&nbsp;{_html(text)}&nbsp;</span>"


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Strip(QScrollArea):
    """Thumbnails in a column (beside the large pane) or a row (under it); `chosen(index)`
    when one is clicked."""

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paneStrip")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._host = QWidget(self)
        self._list = QBoxLayout(QBoxLayout.Direction.TopToBottom, self._host)
        self._list.setContentsMargins(0, 0, 0, 0)
        self._list.setSpacing(6)
        self._list.addStretch(1)
        self.setWidget(self._host)
        self.thumbnails: list[Thumbnail] = []
        self.across = False
        self.set_across(False)

    def set_across(self, across: bool) -> None:
        """A row of thumbnails under the large pane, or a column beside it."""
        self.across = across
        needed, never = Qt.ScrollBarPolicy.ScrollBarAsNeeded, Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        self.setHorizontalScrollBarPolicy(needed if across else never)
        self.setVerticalScrollBarPolicy(never if across else needed)
        self._list.setDirection(
            QBoxLayout.Direction.LeftToRight if across else QBoxLayout.Direction.TopToBottom
        )
        for thumbnail in self.thumbnails:
            self._fit(thumbnail)

    def set_thumbnails(self, count: int, with_picture: bool) -> None:
        """`count` fresh thumbnails (the panes of a new item)."""
        for thumbnail in self.thumbnails:
            self._list.removeWidget(thumbnail)
            thumbnail.deleteLater()
        self.thumbnails = []
        for index in range(count):
            thumbnail = Thumbnail(with_picture, self._host)
            thumbnail.clicked.connect(lambda i=index: self.chosen.emit(i))
            self._fit(thumbnail)
            self._list.insertWidget(index, thumbnail)
            self.thumbnails.append(thumbnail)

    def fit_pictures(self) -> None:
        """A column shows every thumbnail whole when it can: pictures shrink to make
        room (down to `MIN_PICTURE` px tall), and the column scrolls past that."""
        if self.across or not self.thumbnails:
            return
        width = self.viewport().width()
        spacing = self._list.spacing() * (len(self.thumbnails) - 1)
        share = (self.viewport().height() - spacing) / len(self.thumbnails)
        words = max(t.words_height(width) for t in self.thumbnails)
        for thumbnail in self.thumbnails:  # one picture height for all: a tidy column
            if thumbnail.picture is not None:
                thumbnail.picture.setMaximumHeight(max(MIN_PICTURE, int(share - words)))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt)
        super().resizeEvent(event)
        self.fit_pictures()

    def show_index(self, index: int) -> None:
        """Highlight thumbnail `index` and scroll it into view."""
        for i, thumbnail in enumerate(self.thumbnails):
            thumbnail.set_shown(i == index)
        if 0 <= index < len(self.thumbnails):
            self.ensureWidgetVisible(self.thumbnails[index], 4, 4)

    def _fit(self, thumbnail: Thumbnail) -> None:
        thumbnail.set_across(self.across)
        if self.across:
            thumbnail.setFixedWidth(ROW_THUMBNAIL_WIDTH)
        else:
            thumbnail.setMinimumWidth(0)
            thumbnail.setMaximumWidth(16_777_215)
