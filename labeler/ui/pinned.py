"""A note that floats over an edge of another widget instead of taking a row of a layout,
so that showing or hiding it never moves or refits what is under it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class Pinned(QObject):
    """Keeps `widget` over the `edge` ("top" or "bottom") of `host`, as wide as the host
    less `margin` on each side and as tall as its text needs, `inset` (else `margin`) from
    the edge; it follows the host's size and stays above the host's other children."""

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
        widget.setParent(host)
        host.installEventFilter(self)
        widget.installEventFilter(self)
        self.place()

    def place(self) -> None:
        width = max(0, self.host.width() - 2 * self.margin)
        height = self.widget.heightForWidth(width)
        if height < 0:
            height = self.widget.sizeHint().height()
        top = self.inset if self.edge == "top" else self.host.height() - height - self.inset
        self.widget.setGeometry(self.margin, max(0, top), width, height)
        self.widget.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        kind = event.type()
        if watched is self.host and kind in (QEvent.Type.Resize, QEvent.Type.Show):
            self.place()
        elif watched is self.widget and kind in (QEvent.Type.Show, QEvent.Type.FontChange):
            self.place()
        return False
