"""What a comparison item shows once, beside the panes that say each answer in words:
its prompt, its conversation and candidates, or its record; and for a record to verify
against a photo (a shop's sign), the photo.

A photo and its record share the column as suits its shape: the record takes the room its
rows need, under the photo or beside it, whichever leaves the photo larger. Stacked with
the record given two thirds, the history's short room (a table of submissions above)
left the sign a 145 × 90 thumbnail and the record a scrolling box."""

from __future__ import annotations

from math import ceil

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QLabel, QSizePolicy, QStyle, QWidget

from labeler.ui.itemdata.conversation import MarkdownView
from labeler.ui.itemdata.view import ItemDataView

#: The most lines of a comparison's prompt shown at once; a longer one scrolls.
PROMPT_LINES = 6
#: The most of the column's width a record beside its photo takes.
RECORD_SHARE = 0.5
#: The least width of a record beside its photo (its keys and values side by side).
RECORD_WIDTH = 220
_MOST = 16_777_215  # Qt's QWIDGETSIZE_MAX


class PhotoLabel(QLabel):
    """An item's picture fitted to the room it has (a comparison's, beside its record)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(120, 90)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.image: QImage | None = None

    def set_image(self, image: QImage | None, message: str | None = None) -> None:
        self.image = image
        if image is None:
            self.setText(message or self.tr("Loading the image…"))
        self._fit()

    def resizeEvent(self, e: QResizeEvent) -> None:  # noqa: N802 (Qt)
        super().resizeEvent(e)
        self._fit()

    def _fit(self) -> None:
        if self.image is None or self.image.isNull():
            self.setPixmap(QPixmap())
            return
        scaled = self.image.scaled(
            self.size(),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        self.setPixmap(QPixmap.fromImage(scaled))


class PromptView(MarkdownView):
    """A comparison's prompt above its candidates: as tall as its text at the width it
    has, up to `PROMPT_LINES` lines, then it scrolls (a one-line prompt took six lines,
    ~190 px in Nastaliq, from the candidates)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._fitted_at = -1

    def show_markdown(self, text: str) -> None:
        super().show_markdown(text)
        self.fit()

    def fit(self) -> None:
        """Take the height the text needs at the view's width, up to the cap."""
        self._fitted_at = self.width()
        doc = self.document()
        doc.setTextWidth(self.viewport().width())
        frame = 2 * self.frameWidth()
        most = self.fontMetrics().lineSpacing() * PROMPT_LINES + frame
        self.setFixedHeight(min(ceil(doc.size().height()) + frame, most))

    def resizeEvent(self, e: QResizeEvent) -> None:  # noqa: N802 (Qt)
        super().resizeEvent(e)
        if self.width() != self._fitted_at:  # wrapped anew at another width
            self.fit()


class ItemColumn(QWidget):
    """The photo, the prompt and the item's data (`ItemDataView`), one above the other;
    a photo with a record alone beside it where that shows the photo larger."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.photo = PhotoLabel(self)
        # The item's text: the prompt or query the candidates answer.
        self.prompt = PromptView(self)
        self.prompt.setObjectName("comparisonPrompt")
        self.prompt.setFrameShape(QFrame.Shape.StyledPanel)
        self.itemdata = ItemDataView(self)
        self.column = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.addWidget(self.photo, 1)
        self.column.addWidget(self.prompt)
        self.column.addWidget(self.itemdata, 2)
        #: The photo's size (its original's, as the task server says it) before it comes.
        self.picture: tuple[float, float] = (1.0, 1.0)

    def set_picture_size(self, size: tuple[float, float]) -> None:
        self.picture = size
        self.arrange()

    def beside(self) -> bool:
        """Whether the record stands beside the photo (else under it)."""
        return self.column.direction() != QBoxLayout.Direction.TopToBottom

    def arrange(self) -> None:
        """Under the photo or beside it, the record its rows' room (see the module)."""
        record = self._record()
        if record is None:
            self._stack(None)
            return
        width, height = self.width(), self.height()
        gap = self.column.spacing()
        w, h = self.picture
        under = record.heightForWidth(width)
        stacked = min(width / w, (height - under - gap) / h)
        most = int(width * RECORD_SHARE)
        aside = self._aside(record, most, height)
        if aside:
            # Where the photo is as tall as the column, the width it does not use goes to
            # the record: its values wrap less.
            aside = max(aside, min(most, int(width - gap - height * w / h)))
        apart = min((width - aside - gap) / w, height / h) if aside else 0.0
        if apart > stacked:
            self.column.setDirection(QBoxLayout.Direction.LeftToRight)
            self.itemdata.setFixedWidth(aside)
            self.itemdata.setMaximumHeight(_MOST)
            self.column.setStretchFactor(self.itemdata, 0)
        else:
            self._stack(under)

    def _aside(self, record: QWidget, most: int, height: int) -> int:
        """The least width (from `RECORD_WIDTH`, by steps, up to `most`) at which the
        record's rows show whole in `height`; 0 when none does (its values wrap into more
        lines the narrower it is: Urdu's Nastaliq lines are twice as tall). Whole with a
        scroll bar's width less too: a bar once shown narrows the rows, which wrap into
        more lines and keep it shown."""
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        for width in [*range(RECORD_WIDTH, most, 20), most]:
            if record.heightForWidth(width - bar) <= height:
                return width
        return 0

    def _stack(self, record_height: int | None) -> None:
        """One above the other: a record alone takes its rows' height, the photo the rest;
        else the item's data two thirds."""
        self.column.setDirection(QBoxLayout.Direction.TopToBottom)
        self.itemdata.setMinimumWidth(0)
        self.itemdata.setMaximumWidth(_MOST)
        if record_height is None:
            self.itemdata.setMaximumHeight(_MOST)
            self.column.setStretchFactor(self.itemdata, 2)
        else:
            # A record longer than the column leaves the photo its least and scrolls.
            room = self.height() - self.photo.minimumHeight() - self.column.spacing()
            self.itemdata.setMaximumHeight(max(min(record_height, room), 60))
            self.column.setStretchFactor(self.itemdata, 0)

    def _record(self) -> QWidget | None:
        """The record (or record pair) shown alone beside a photo, else None."""
        data = self.itemdata
        if self.photo.isHidden() or not self.prompt.isHidden() or not data.shown:
            return None
        if not data.comparison.isHidden() or not data.conversation.isHidden():
            return None
        parts = [p for p in (data.record, data.pair) if not p.isHidden()]
        return parts[0] if len(parts) == 1 else None

    def resizeEvent(self, e: QResizeEvent) -> None:  # noqa: N802 (Qt)
        super().resizeEvent(e)
        self.arrange()
