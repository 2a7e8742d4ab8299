"""The panes of one item on screen, laid out by `arrange.plan`: a grid, or one large
pane with the strip of thumbnails. It places widgets by hand from the plan (no nested
layouts to rebuild), again whenever its size changes, and keeps which pane is the
large one while the reviewer cycles through them. Right to left it mirrors, as a layout
would: the first pane (the reference) at the right, the strip at the left of the large
pane (the media inside each pane is never mirrored).

Audio panes are given the least height they are readable at: the stage asks for it
(`minimumSizeHint`), for the layout it chose, and chooses from the room `room` says the
panes could have (the view's, with what sits beside them at its least): stacked rows, two
across, or one large pane. A waveform is never squeezed to a line under a tall header.

Signals: `arranged()` after the panes on screen changed (the view syncs follow them),
`shown_changed(old, new)` when another pane becomes the large one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, QSize, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QStyle, QWidget

from labeler.ui.review import arrange
from labeler.ui.review.arrange import FOCUS, GRID, SIDE, SPACING, WIDE_COLUMN, Plan
from labeler.ui.review.pane import Pane
from labeler.ui.review.strip import Strip

#: The media whose panes say the least height they are readable at.
LEAST_MEDIA = ("audio",)


class PaneStage(QWidget):
    """Lays out the panes it is given; see the module docstring."""

    arranged = Signal()
    shown_changed = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paneStage")
        self.panes: list[Pane] = []
        self.media = "image"
        self.picture: tuple[float, float] | None = None
        #: The reviewer's choice (`grid` or `focus`), kept from item to item; None: chosen.
        self.prefer: str | None = None
        self.plan = Plan(GRID, 0)
        self.shown = 0
        self.strip = Strip(self)
        self.strip.hide()
        self.strip.chosen.connect(self.show_pane)
        self._on_screen: list[Pane] = []
        self._wanted: int | None = None  # the height short texts want (see `_want`)
        self._least = 0  # the height the panes need in the layout chosen (audio)
        #: The height the panes could have at most (the view's room with what sits beside
        #: them at its least); None: the stage's own height.
        self.room: Callable[[], float] | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    # -- what the view calls ------------------------------------------------------------

    def set_panes(
        self, panes: list[Pane], media: str, picture: tuple[float, float] | None, shown: int = 0
    ) -> None:
        """Lay out a new item's panes (already made, children of this widget)."""
        self.panes = list(panes)
        self.media, self.picture = media, picture
        self.shown = min(max(shown, 0), max(len(panes) - 1, 0))
        self.strip.set_thumbnails(len(panes), with_picture=media == "image")
        for thumbnail in self.strip.thumbnails:
            if thumbnail.picture is not None and picture is not None:
                thumbnail.picture.set_picture(None, picture)  # its shape before it decodes
        self._on_screen = []
        self.arrange(force=True)

    def clear(self) -> None:
        self._want(None)
        self._need(0)
        self.panes, self._on_screen = [], []
        self.plan = Plan(GRID, 0)
        self.strip.set_thumbnails(0, with_picture=False)
        self.strip.hide()

    def set_prefer(self, mode: str | None) -> None:
        """`grid`, `focus`, or None to choose by the media and the room."""
        self.prefer = mode
        self.arrange(force=True)

    def toggle(self) -> str:
        """Flip between one large pane and the grid; returns the mode now shown."""
        self.set_prefer(GRID if self.plan.mode == FOCUS else FOCUS)
        return self.plan.mode

    def show_pane(self, index: int) -> None:
        """Make pane `index` the large one (in a grid: the one shown large next)."""
        if not (0 <= index < len(self.panes)) or index == self.shown:
            return
        old, self.shown = self.shown, index
        if self.plan.mode == FOCUS:
            self.arrange(force=True)
        self.strip.show_index(index)
        self.shown_changed.emit(old, index)

    def cycle(self, step: int) -> None:
        """Show the next (+1) or previous (−1) pane large, the grid giving way to it."""
        if len(self.panes) < 2:
            return
        if self.plan.mode != FOCUS:
            self.prefer = FOCUS
            self.arrange(force=True)
        self.show_pane((self.shown + step) % len(self.panes))

    def visible_panes(self) -> list[Pane]:
        """The panes on screen: all of a grid, or the large one."""
        return list(self._on_screen)

    def refresh_thumbnails(self) -> None:
        """Mirror every pane into its thumbnail (after a pane's content changed)."""
        for pane, thumbnail in zip(self.panes, self.strip.thumbnails, strict=False):
            thumbnail.mirror(pane)
        self.strip.fit_pictures()
        self.strip.show_index(self.shown)

    # -- layout -------------------------------------------------------------------------

    def arrange(self, force: bool = False) -> None:
        """Plan again for the current size and place the widgets."""
        if not self.panes:
            self.strip.hide()
            return
        area = (float(self.width()), float(self.height()))
        chrome = self._chrome(area[0])
        least = self._least_of if self._says_least() else None
        if least is not None and self.room is not None:
            room = self.room()
            # Audio may take the table's room; answers in words the room there is (their
            # own height may still be what a taller plan asked for).
            area = (area[0], room if self.media not in LEAST_MEDIA else max(area[1], room))
        new = arrange.plan(
            self.media, len(self.panes), area, chrome, self.picture, self.prefer, least
        )
        need = self._least_for(new) if least is not None else 0
        if least is not None and self.media not in LEAST_MEDIA:
            # Answers in words that cannot all show whole scroll in the room there is:
            # asking for more squeezed what sits above the view (the history's table
            # down to its header, the selected row out of sight).
            need = min(need, int(area[1]))
        self._need(need)
        if new == self.plan and not force:
            return
        self.plan = new
        if new.mode == FOCUS:
            self._place_focus(new)
        else:
            self._place_grid(new)
        self.refresh_thumbnails()

    def _says_least(self) -> bool:
        """Whether the panes say the least height they are readable at: audio's, and a
        comparison's answers in words (whose Nastaliq lines are twice as tall)."""
        if self.media in LEAST_MEDIA:
            return True
        return all(callable(getattr(p.body, "least_height", None)) for p in self.panes)

    def _least_of(self, width: float, wide: bool) -> float:
        return max(p.least_height(width, wide) for p in self.panes)

    def _least_for(self, plan: Plan) -> int:
        """The height the panes need laid out by `plan`."""
        if plan.mode == FOCUS:
            return int(self._least_of(self.width() - plan.strip_size - SPACING, True))
        w = arrange.grid_cell((self.width(), 0), plan.rows, plan.columns)[0]
        row = self._least_of(w, plan.columns == 1 or w >= WIDE_COLUMN)
        return int(plan.rows * row + (plan.rows - 1) * SPACING)

    def _need(self, height: int) -> None:
        if height != self._least:
            self._least = height
            self.updateGeometry()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt)
        hint = super().minimumSizeHint()
        return QSize(max(hint.width(), 0), max(hint.height(), self._least))

    def _chrome(self, width: float) -> tuple[float, float]:
        sizes = [p.chrome(width) for p in self.panes]
        return max(s[0] for s in sizes), max(s[1] for s in sizes)

    def _place_grid(self, plan: Plan) -> None:
        self.strip.hide()
        w, h = arrange.grid_cell((self.width(), self.height()), plan.rows, plan.columns)
        for pane in self.panes:
            pane.set_wide(plan.columns == 1 or w >= WIDE_COLUMN)
        heights, wanted = self._row_heights(plan, w, h)
        self._want(wanted)
        y = 0
        for i, pane in enumerate(self.panes):
            row, column = divmod(i, plan.columns)
            x = round(column * (w + SPACING))
            if plan.columns > 1:
                y = round(row * (h + SPACING))
            pane.setGeometry(self._visual(QRect(x, y, round(w), heights[i])))
            pane.show()
            if plan.columns == 1:
                y += heights[i] + SPACING
        self._settle(list(self.panes))

    def _row_heights(self, plan: Plan, w: float, h: float) -> tuple[list[int], int | None]:
        """Stacked rows of short texts take the height they need, from the top, or a
        share of the room in proportion to it; other cells get equal shares. Also the
        height the rows want in all (None unless they are such texts)."""
        share = [int(h)] * len(self.panes)  # not rounded up: the last row stays inside
        if plan.columns != 1 or self.media != "text":
            return share, None
        wanted = [p.preferred_height(w) for p in self.panes]
        if any(x is None for x in wanted):
            return share, None
        fitted = [max(int(x), 1) for x in wanted if x is not None]
        room = self.height() - SPACING * (len(fitted) - 1)
        total = sum(fitted) + SPACING * (len(fitted) - 1)
        if sum(fitted) <= room:
            return fitted, total
        return [int(x * room / sum(fitted)) for x in fitted], total

    def _want(self, height: int | None) -> None:
        """Short texts: the stage asks for the height they want and no more, so what
        follows it (the fields table) sits under the last row, not past an empty band;
        with less room it takes what there is. Otherwise it takes all the room."""
        if height == self._wanted:
            return
        self._wanted = height
        vertical = QSizePolicy.Policy.Expanding if height is None else QSizePolicy.Policy.Maximum
        self.setSizePolicy(QSizePolicy.Policy.Expanding, vertical)
        self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt)
        hint = super().sizeHint()
        return hint if self._wanted is None else QSize(hint.width(), self._wanted)

    def _place_focus(self, plan: Plan) -> None:
        self._want(None)
        width, height = self.width(), self.height()
        if plan.strip == SIDE:
            big = QRect(0, 0, width - plan.strip_size - SPACING, height)
            strip = QRect(big.right() + 1 + SPACING, 0, plan.strip_size, height)
        else:
            big = QRect(0, 0, width, height - plan.strip_size - SPACING)
            strip = QRect(0, big.bottom() + 1 + SPACING, width, plan.strip_size)
        large = self.panes[self.shown]
        large.set_wide(True)
        large.setGeometry(self._visual(big))
        large.show()
        for pane in self.panes:
            if pane is not large:
                pane.hide()
        self.strip.set_across(plan.strip != SIDE)
        self.strip.setGeometry(self._visual(strip))
        self.strip.show()
        self.strip.raise_()
        self._settle([large])

    def _visual(self, rect: QRect) -> QRect:
        """`rect`, placed from the left, where the layout's direction puts it."""
        return QStyle.visualRect(self.layoutDirection(), self.rect(), rect)

    def _settle(self, on_screen: list[Pane]) -> None:
        if on_screen != self._on_screen:
            self._on_screen = on_screen
            self.arranged.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt)
        super().resizeEvent(event)
        self.arrange(force=True)
