"""The view of one item: the reference pane (gold, or the suggested consensus when the
item has no gold and two answers or more; none otherwise) and one pane per
submission, laid out by the media's shape (`stage.PaneStage`: a grid, or one large
pane with a strip to switch), and the fields table under a grid. Zoom, pan, time and
scrolling stay in step across the panes on screen, and carry over to the pane shown
large next. Layout and drawing only: the workspace decides what is shown and which
submission is current."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QResizeEvent
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from labeler.client.reviewing import ReviewEntry
from labeler.ui.audio.peaks import Peaks
from labeler.ui.review import fill
from labeler.ui.review.arrange import FOCUS
from labeler.ui.review.audio_pane import AudioPane, TimeSync
from labeler.ui.review.image_pane import ImagePane, ZoomSync
from labeler.ui.review.itemcolumn import ItemColumn
from labeler.ui.review.loading import LoadedItem
from labeler.ui.review.marks import GOLD, consensus_title, gold_title
from labeler.ui.review.pane import Pane, entry_line
from labeler.ui.review.stage import PaneStage
from labeler.ui.review.table import FieldsTable
from labeler.ui.review.text_pane import ScrollSync, TextPane

__all__ = ["Pane", "SideBySide", "entry_line"]  # notr: exported names


class SideBySide(QWidget):
    """The panes of one item and the fields table; see the module docstring."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sideBySide")
        self.heading = QLabel(self)
        self.heading.setObjectName("itemHeading")
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("font-size: 14pt; color: palette(placeholder-text);")
        # A comparison's prompt or conversation and candidates (or its record), once,
        # beside the panes that say each answer in words.
        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split.setChildrenCollapsible(False)
        self.left = ItemColumn(self.split)
        self.photo = self.left.photo
        self.prompt = self.left.prompt
        self.itemdata = self.left.itemdata
        self.stage = PaneStage(self.split)
        self.split.addWidget(self.left)
        self.left.hide()
        self.split.addWidget(self.stage)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        self.table = FieldsTable(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 2)
        layout.setSpacing(6)
        layout.addWidget(self.heading)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.split, 1)
        layout.addWidget(self.table)
        layout.addStretch(0)  # what short texts leave over goes under the table
        self.zoom = ZoomSync(self)
        self.times = TimeSync(self)
        self.scrolls = ScrollSync(self)
        self.panes: list[Pane] = []
        self.loaded: LoadedItem | None = None
        self.show_consensus = False
        self._picture: QImage | None = None
        self.stage.room = self._room
        self.stage.arranged.connect(self._arranged)
        self.stage.shown_changed.connect(self._hand_over)
        self.clear(self.tr("Nothing selected."))

    # -- what the workspace calls -------------------------------------------------------------

    def clear(self, message: str) -> None:
        """No item: a message in place of the panes."""
        self._drop_panes()
        self.loaded = None
        self.heading.clear()
        self.message.setText(message)
        self.message.show()
        self.split.hide()
        self.table.hide()

    def show_item(self, loaded: LoadedItem, project_name: str) -> None:
        """Build the panes of a new item (its media follows with `set_picture` and
        `set_audio`)."""
        self._drop_panes()
        self.loaded = loaded
        self.show_consensus = False
        self._picture = None
        self.panes = [fill.make_pane(loaded, spec, self.stage) for spec in loaded.specs]
        for pane in self.panes:
            fill.fill_pane(loaded, pane)
        self.heading.setText(fill.heading(loaded, project_name))
        self.message.hide()
        self.split.show()
        self.stage.show()
        comparing = fill.in_words(loaded)
        data = loaded.detail.item.data if comparing else None
        shown = self.itemdata.show_data(data or None)
        text = (loaded.detail.item.text or "").strip() if comparing else ""
        self.prompt.show_markdown(text)
        self.prompt.setVisible(bool(text))
        shown = shown or bool(text)
        # A comparison of an image item (a shop sign and its record): the photo above.
        self.photo.set_image(None)
        self.photo.setVisible(comparing and loaded.schema.media == "image")
        self.left.setVisible(shown or not self.photo.isHidden())
        self.split.refresh()  # the stage's width now, for the panes it lays out next
        if not self.left.isHidden():
            width = max(self.split.width(), 400)
            panes = width * 2 // 5
            rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
            photo = not self.photo.isHidden()
            own = loaded.own
            if photo and own:
                # One's own answer to a photo's record, and the expected one (the
                # history): a few lines of words; the photo needs the width to be read.
                panes = width // 3
            elif comparing and rtl and len(self.panes) > 1 and not photo:
                # Urdu's Nastaliq lines are twice as tall: the panes get half the width,
                # so their words wrap less and each answer shows whole (one answer alone,
                # in the history, fits in less: the candidates keep the width).
                panes = width // 2
            self.split.setSizes([width - panes, panes])
        self.left.set_picture_size(fill.picture_size(loaded))
        media = "text" if comparing else loaded.schema.media  # panes of words
        picture = fill.picture_size(loaded) if media == "image" else None
        # The table first: the stage plans in the room it leaves (`_room`).
        self.table.show_item(loaded.schema, loaded.comparison, loaded.specs)
        self.stage.set_panes(self.panes, media, picture)

    def show_candidate_media(self, loaded: LoadedItem, paths: dict[str, Path]) -> None:
        """The files of a comparison's candidates' pictures or clips, here now: the
        candidate cards show them (when `loaded` is still the item shown)."""
        if self.loaded is not loaded or not paths or self.itemdata.isHidden():
            return
        self.itemdata.show_data(loaded.detail.item.data or None, paths)

    def set_current(self, submission_id: str | None) -> None:
        """Mark the current submission's pane; one large pane shows it."""
        for pane in self.panes:
            pane.set_current(pane.spec.key == submission_id)
        index = next((i for i, p in enumerate(self.panes) if p.current), None)
        if index is not None:
            self.stage.show_pane(index)
        self.stage.refresh_thumbnails()

    def update_entry(self, entry: ReviewEntry) -> None:
        for pane in self.panes:
            if pane.spec.key == entry.id:
                pane.set_entry(entry)
        self.stage.refresh_thumbnails()

    def set_picture(self, image: QImage | None, message: str | None = None) -> None:
        """The decoded picture for every image pane, or why there is none."""
        self._picture = image if message is None else None
        self.photo.set_image(self._picture, message)
        if self._picture is not None and not self._picture.isNull():
            self.left.set_picture_size((self._picture.width(), self._picture.height()))
        for pane in self.panes:
            if isinstance(pane.body, ImagePane):
                if message is not None:
                    pane.body.show_message(message)
                else:
                    pane.body.set_image(image)
        size = self.stage.picture or (1.0, 1.0)
        for thumbnail in self.stage.strip.thumbnails:
            if thumbnail.picture is not None:
                thumbnail.picture.set_picture(self._picture, size)

    def set_audio(self, peaks: Peaks | None, duration: float, message: str | None) -> None:
        for pane in self.panes:
            if isinstance(pane.body, AudioPane):
                pane.body.set_audio(peaks, duration, message)

    def toggle_consensus(self) -> bool:
        """With gold, show the suggested consensus in the reference pane instead (and
        back). Returns whether the consensus is shown."""
        if self.loaded is None or not self.panes or self.panes[0].spec.role != GOLD:
            return False
        if not self.loaded.comparison.has_consensus:
            return False  # one answer is no consensus
        self.show_consensus = not self.show_consensus
        first = self.panes[0]
        title = consensus_title() if self.show_consensus else gold_title()
        first.spec = replace(first.spec, title=title)
        first.set_info(
            self.tr("the suggested consensus, not the gold answer")
            if self.show_consensus
            else fill.reference_line(self.loaded)
        )
        first.set_current(first.current)
        fill.fill_pane(self.loaded, first, self.show_consensus)
        self.stage.refresh_thumbnails()
        return self.show_consensus

    def toggle_layout(self) -> str:
        """One large pane or the grid; returns `focus` or `grid`."""
        return self.stage.toggle()

    def cycle(self, step: int) -> None:
        """Show the next (+1) or previous (−1) pane large."""
        self.stage.cycle(step)

    def shown_pane(self) -> Pane | None:
        """The pane shown large (one large pane), else None."""
        if self.stage.plan.mode != FOCUS or not self.panes:
            return None
        return self.panes[self.stage.shown]

    # -- inside ------------------------------------------------------------------------------

    def _room(self) -> float:
        """The most height the panes could have: this view's, less the heading and the
        fields table at its least (audio panes choose their layout by it)."""
        layout = self.layout()
        margins = layout.contentsMargins()
        spacing = layout.spacing()
        width = self.width() - margins.left() - margins.right()
        heading = self.heading.heightForWidth(width) if self.heading.text() else 0
        shows = self.table.rowCount() and not self._table_repeats()
        table = self.table.least_height() + spacing if shows else 0
        return self.height() - margins.top() - margins.bottom() - heading - spacing - table

    def _table_repeats(self) -> bool:
        """One's own comparison (the history): the panes say one's answer and the expected
        one in words, each line marked as the table's cells are; the table said it all
        again, under them, in the room the candidates needed (Nastaliq's lines are twice
        as tall)."""
        return self.loaded is not None and self.loaded.own and fill.in_words(self.loaded)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt)
        super().resizeEvent(event)
        self.stage.arrange()  # its room changed, though its own height may not have

    def _drop_panes(self) -> None:
        self.stage.clear()
        for pane in self.panes:
            pane.hide()
            pane.deleteLater()
        self.panes = []
        self.zoom.set_canvases([])
        self.times.set_views([])
        self.scrolls.set_bars([])

    def _arranged(self) -> None:
        """The panes on screen changed: keep those in step, from the one shown large."""
        on_screen = self.stage.visible_panes()
        self.table.setVisible(self.stage.plan.mode != FOCUS and not self._table_repeats())
        self.zoom.set_canvases([p.body.canvas for p in on_screen if isinstance(p.body, ImagePane)])
        self.times.set_views([p.body.wave for p in on_screen if isinstance(p.body, AudioPane)])
        self.scrolls.set_bars(
            [p.body.view.verticalScrollBar() for p in on_screen if isinstance(p.body, TextPane)]
        )
        lead = self.panes[self.stage.shown] if self.panes else None
        if lead is not None and isinstance(lead.body, ImagePane) and lead in on_screen:
            self.zoom.follow(lead.body.canvas)

    def _hand_over(self, old: int, new: int) -> None:
        """The pane shown large changed: it takes the view of the one before."""
        if not (0 <= old < len(self.panes) and 0 <= new < len(self.panes)):
            return
        before, after = self.panes[old].body, self.panes[new].body
        if isinstance(before, ImagePane) and isinstance(after, ImagePane):
            self.zoom.hand_over(before.canvas, after.canvas)
        elif isinstance(before, AudioPane) and isinstance(after, AudioPane):
            self.times.hand_over(before.wave, after.wave)
        elif isinstance(before, TextPane) and isinstance(after, TextPane):
            self.scrolls.hand_over(before.view.verticalScrollBar(), after.view.verticalScrollBar())
