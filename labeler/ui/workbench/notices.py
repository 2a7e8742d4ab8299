"""What is said about the item floats over an edge of the editor area (the gold banner,
the problems that kept an answer from being sent): showing or hiding a note never moves
the item or refits its picture, and the note goes with what it was about."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QVBoxLayout, QWidget

from labeler.ui.pinned import Pinned

#: Room between the notes and the editor area's sides; they start at its very edge (over
#: the editor's legend or data rather than leaving a sliver of it above them).
MARGIN = 6
#: Where the notes float, by the schema's media: over the top (the legend, then the sky
#: of most pictures, the waveform's ruler), except over a text, which starts at the top
#: and is read from there: its notes float over the foot of the view, mostly blank.
EDGES = {"text": "bottom"}


class Notices(QWidget):
    """A column of notes pinned over an edge of `host` (the top until `set_media`), shown
    only while one of them is: where none shows, the item under it takes the mouse."""

    def __init__(self, notes: Sequence[QWidget], host: QWidget) -> None:
        super().__init__(host)
        self.setObjectName("notices")
        self.notes = tuple(notes)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        for note in self.notes:
            column.addWidget(note)
            note.installEventFilter(self)
        self.pinned = Pinned(self, host, "top", MARGIN, inset=0)
        self._follow()

    def set_media(self, media: str, kept_top: int = 0, beside: QWidget | None = None) -> None:
        """Float over the edge that suits the editor of `media` (`EDGES`), below the
        `kept_top` pixels of the editor that stay in view (the image's legend and armed
        tool), and beside the editor's panel `beside` while it shows (the record read
        against the picture stays in view: the notes cover only the picture's top)."""
        self.pinned.edge = EDGES.get(media, "top")
        # Flush with the top (no sliver of the legend above); clear of the bar below.
        self.pinned.inset = kept_top if self.pinned.edge == "top" else MARGIN
        self.pinned.beside(beside)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        if event.type() in (QEvent.Type.ShowToParent, QEvent.Type.HideToParent):
            self._follow()
        return False

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            # A note grew or shrank (its text changed): the column takes its new height.
            result = super().event(event)
            self.pinned.place()
            return result
        return super().event(event)

    def _follow(self) -> None:
        shown = any(not note.isHidden() for note in self.notes)
        if shown:
            self.pinned.place()
        self.setVisible(shown)
