"""What an item's `data` shows beyond the key/value panel, in one widget: its
conversation, its candidates, its record or record pair (each when it has one)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from labeler.ui.itemdata import content
from labeler.ui.itemdata.comparison import ComparisonView
from labeler.ui.itemdata.conversation import ConversationView
from labeler.ui.itemdata.records import RecordPairView, RecordView


class ItemDataView(QWidget):
    """The conversation above the candidates (the candidates answer it), or a record,
    or a record pair. Hidden on an item with none of them."""

    #: The candidate moved to in the comparison (↑/↓ there): its key.
    current_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conversation = ConversationView(self)
        self.comparison = ComparisonView(self)
        self.comparison.current_changed.connect(self.current_changed)
        self.comparison.play_asked.connect(self._play)
        self._transport: Any = None  # the audio player, made for the first clip played
        self._playing: str | None = None
        self.record = RecordView(self)
        self.pair = RecordPairView(self)
        self.hint = QLabel(self)
        self.hint.setStyleSheet("color: gray;")
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        for part in (self.conversation, self.record, self.pair):
            self.splitter.addWidget(part)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        # The splitter sets its own maximum from its parts': the box around it is fitted.
        self.top = QWidget(self)
        box = QVBoxLayout(self.top)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.splitter)
        column.addWidget(self.top, 2)
        column.addWidget(self.hint)
        column.addWidget(self.comparison, 3)
        # Focusable itself (the keys are the fields' and the window's) when it shows no
        # candidates to move between.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.shown = False
        self.hide()

    def warm(self, data: dict[str, Any] | None) -> None:
        """What the next item's `data` will show, prepared while the window is idle
        (the candidates' texts laid out: `ComparisonView.warm`)."""
        if self.isVisible():
            self.comparison.warm(content.candidates(data))

    def show_data(self, data: dict[str, Any] | None, paths: dict[str, Path] | None = None) -> bool:
        """Show what `data` holds of these; False (and hidden) when it holds none."""
        if self._transport is not None:
            self._transport.stop()
        self._playing = None
        turns = content.conversation(data)
        candidates = content.candidates(data)
        record = content.record(data)
        pair = content.record_pair(data)
        if turns:
            self.conversation.show_turns(turns)
        self.conversation.setVisible(bool(turns))
        if record is not None:
            self.record.show_record(record)
        self.record.setVisible(record is not None)
        if pair is not None:
            self.pair.show_pair(*pair)
        self.pair.setVisible(pair is not None)
        self.top.setVisible(bool(turns) or record is not None or pair is not None)
        self.comparison.show_candidates(candidates, paths or {})
        self.comparison.setVisible(bool(candidates))
        self.setFocusProxy(self.comparison if candidates else None)
        hint = self.comparison.hint()
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        # Candidates under a conversation share the height; alone, they take it all.
        layout.setStretch(0, 2 if candidates else 1)
        self._fit_top()
        self.shown = bool(turns or candidates or record is not None or pair is not None)
        self.setVisible(self.shown)
        return self.shown

    def focus_candidates(self) -> bool:
        """The keyboard to the list of candidates (more than two: the hint above names
        its keys); False when none shows."""
        if self.isHidden() or self.comparison.isHidden() or not self.hint.text():
            return False
        self.comparison.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.comparison.current is None:  # the keys move on from an outlined one
            self.comparison.set_current(next(iter(self.comparison.cards)))
        return True

    def _play(self, key: str, path: object) -> None:
        """A candidate's recording: play it (from the top when another one played), or
        pause it when it plays."""
        if not isinstance(path, Path):
            return
        if self._transport is None:
            from labeler.ui.audio.player import Transport

            self._transport = Transport(self)
        card = self.comparison.cards.get(key)
        duration = (card.candidate.media or {}).get("duration") if card is not None else None
        if self._playing != key:
            self._transport.set_source(path, float(duration or 0.0))
            self._playing = key
        self._transport.toggle()

    def resizeEvent(self, e: QResizeEvent) -> None:
        super().resizeEvent(e)
        self._fit_top()

    def _fit_top(self) -> None:
        """Over candidates, a short conversation or record takes the height it needs (up
        to two fifths); alone, all there is."""
        if self.comparison.isHidden() or self.top.isHidden():
            self.top.setMaximumHeight(16_777_215)
            return
        width = max(self.width() - 24, 200)
        need = 0
        for part in (self.conversation, self.record, self.pair):
            if not part.isHidden():
                need += part.heightForWidth(width) + self.splitter.handleWidth()
        self.top.setMaximumHeight(max(60, min(need + 8, self.height() * 2 // 5)))
