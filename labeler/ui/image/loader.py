"""Which picture of the current item the canvas shows, and which sharper one comes next.

Three pictures of decreasing speed: the screen-sized copy of the display variant
(`prepare`, usually made before the item shows), the whole display variant (long
edge ≤ 2048), and the original. Zooming in past what the shown picture holds
asks for the next one: the full display variant is decoded from the cache; the
original is decoded if it is on disk, else `original_wanted` asks the workbench
to download it. Every decode runs on a worker; results for an item no longer
shown are dropped.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from labeler.client.workitem import WorkItem
from labeler.ui.image.decode import (
    MAX_SIDE,
    DecodeJobs,
    PreparedImage,
    UnreadableImage,
    prepare_image,
)

SCREEN, DISPLAY, ORIGINAL = 0, 1, 2
#: Ask for a sharper picture only once the shown one is magnified by more than this.
SLACK = 1.05


class ImageLoader(QObject):
    """Loads the pictures of one item at a time; see the module docstring."""

    #: A picture to show (a `PreparedImage`), sharper than the one shown before.
    loaded = Signal(object)
    #: The item's image could not be read at all: the message to show.
    failed = Signal(str)
    #: The original is needed and not downloaded: the item id.
    original_wanted = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.jobs = DecodeJobs(self)
        self.jobs.finished.connect(self._on_finished)
        self._item: WorkItem | None = None
        self._original_width: float | None = None
        self._pending: dict[int, int] = {}
        self._level = -1
        self._shown_width = 0
        self._display_width: int | None = None
        self._asked = False

    def start(
        self,
        item: WorkItem,
        size: tuple[float, float] | None,
        prepared: Any,
        fit: tuple[int, int],
        decode: bool = True,
    ) -> None:
        """A new item: show `prepared` if given, else decode the display variant (unless
        `decode` is False: another decode of it is under way, and `take` brings it)."""
        self._item = item
        self._original_width = size[0] if size else None
        self.jobs.drop_queued()  # decodes for the item before that have not started
        self._pending.clear()
        self._level, self._shown_width, self._display_width = -1, 0, None
        self._asked = False
        if isinstance(prepared, PreparedImage):
            self._show(prepared, DISPLAY if prepared.full else SCREEN)
        elif not isinstance(prepared, UnreadableImage) and decode:
            self._submit(self._display_path(), SCREEN, fit)

    def take(self, prepared: Any, fit: tuple[int, int]) -> None:
        """The current item's picture, decoded elsewhere (`start(decode=False)`); None:
        that decode failed, so decode it here after all."""
        if self._item is None or self._level >= 0:
            return
        if isinstance(prepared, PreparedImage):
            self._show(prepared, DISPLAY if prepared.full else SCREEN)
        else:
            self._submit(self._display_path(), SCREEN, fit)

    def need(self, width_px: float) -> None:
        """The original's width now spans `width_px` device pixels on screen."""
        if self._item is None or self._level < 0 or width_px <= self._shown_width * SLACK:
            return
        original, display = self._original_width, self._display_width
        if original and display and display < original and width_px > display * SLACK:
            self._want_original()
        if self._level < DISPLAY and display and display > self._shown_width:
            self._submit(self._display_path(), DISPLAY)

    def need_display(self) -> None:
        """Every pixel of the display variant (decoded from the cache, never downloaded),
        when a smaller copy is shown: the magnifier's pixels."""
        display = self._display_width
        if self._item is not None and 0 <= self._level < DISPLAY and display:
            if display > self._shown_width:
                self._submit(self._display_path(), DISPLAY)

    def load_original(self, path: Path) -> None:
        """Decode the original at `path` for the current item."""
        if self._item is not None and self._level < ORIGINAL:
            self._submit(path, ORIGINAL)

    @property
    def level(self) -> int:
        """SCREEN, DISPLAY or ORIGINAL: what is shown (-1 while nothing is)."""
        return self._level

    def _want_original(self) -> None:
        assert self._item is not None
        if self._level >= ORIGINAL or ORIGINAL in self._pending.values():
            return
        if self._item.media_path is not None and self._item.media_path != self._display_path():
            self._submit(self._item.media_path, ORIGINAL)
        elif not self._asked:
            self._asked = True
            self.original_wanted.emit(self._item.id)

    def _display_path(self) -> Path | None:
        assert self._item is not None
        return self._item.display_path or self._item.media_path

    def _submit(self, path: Path | None, level: int, fit: tuple[int, int] | None = None) -> None:
        if level in self._pending.values():
            return
        box = fit or (MAX_SIDE, MAX_SIDE)
        ticket = self.jobs.submit(lambda: prepare_image(path, box))
        self._pending[ticket] = level

    def _on_finished(self, ticket: int, result: object) -> None:
        level = self._pending.pop(ticket, None)
        if level is None:
            return  # made for an item no longer shown
        if isinstance(result, UnreadableImage):
            if self._level < 0:
                self.failed.emit(result.message)
            return  # a sharper picture failed: keep the one shown
        if isinstance(result, PreparedImage) and level > self._level:
            self._show(result, DISPLAY if level == SCREEN and result.full else level)

    def _show(self, prepared: PreparedImage, level: int) -> None:
        self._level = level
        self._shown_width = prepared.image.width()
        if level <= DISPLAY:
            self._display_width = prepared.source_size[0]
        self.loaded.emit(prepared)
