"""A note that floats over an edge of another widget instead of taking a row of a layout,
so that showing or hiding it never moves or refits what is under it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtWidgets import QWidget

#: The least width a note takes beside a panel it keeps clear of (`Pinned.beside`);
#: with less room on either side it goes across the panel as before.
BESIDE_LEAST = 240


class Pinned(QObject):
    """Keeps `widget` over the `edge` ("top" or "bottom") of `host`, as wide as the host
    less `margin` on each side and as tall as its text needs, `inset` (else `margin`) from
    the edge; it follows the host's size and stays above the host's other children.
    With a panel to keep clear of (`beside`), it takes the wider side of the host beside
    that panel while the panel shows."""

    def __init__(
        self,
        widget: QWidget,
        host: QWidget,
        edge: str = "bottom",
        margin: int = 6,
        inset: int | None = None,
    ):
        super().__init__(widget)
        self.widget, self.host, self.edge, self.margin = widget, host, edge, margin
        self.inset = margin if inset is None else inset
        self.panel: QWidget | None = None
        widget.setParent(host)
        host.installEventFilter(self)
        widget.installEventFilter(self)
        self.place()

    def beside(self, panel: QWidget | None) -> None:
        """Keep clear of `panel` (a widget inside the host read while the note shows,
        such as the record beside a picture); None: go across the host's width."""
        if self.panel is not None:
            self.panel.removeEventFilter(self)
        self.panel = panel
        if panel is not None:
            panel.installEventFilter(self)
        self.place()

    def _span(self) -> tuple[int, int]:
        """Where the note goes across the host: its left and its width."""
        full = (self.margin, max(0, self.host.width() - 2 * self.margin))
        panel = self.panel
        if panel is None or not panel.isVisibleTo(self.host) or panel.width() <= 0:
            return full
        left = panel.mapTo(self.host, QPoint(0, 0)).x()
        right = left + panel.width()
        before = left - 2 * self.margin
        after = self.host.width() - right - 2 * self.margin
        if max(before, after) < BESIDE_LEAST:
            return full
        return (self.margin, before) if before >= after else (right + self.margin, after)

    def place(self) -> None:
        x, width = self._span()
        height = self.widget.heightForWidth(width)
        if height < 0:
            height = self.widget.sizeHint().height()
        top = self.inset if self.edge == "top" else self.host.height() - height - self.inset
        self.widget.setGeometry(x, max(0, top), width, height)
        self.widget.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        kind = event.type()
        if watched is self.host and kind in (QEvent.Type.Resize, QEvent.Type.Show):
            self.place()
        elif watched is self.widget and kind in (QEvent.Type.Show, QEvent.Type.FontChange):
            self.place()
        elif watched is self.panel and kind in (
            QEvent.Type.Show,
            QEvent.Type.Hide,
            QEvent.Type.Resize,
            QEvent.Type.Move,
        ):
            self.place()
        return False
