"""A comparison: the candidates of an item, each under its key letter.

Two candidates stand side by side, each scrolling its own text; more make a list that
scrolls as a whole, ↑/↓ (PgUp/PgDn) moving from one to the next. The candidate the
fields act on (the ranking's or the flags' focus) is outlined and scrolled into view.
What floats over the view (the banners) covers none of its text: the parts that scroll
end above it (`keep_clear_of`), so every candidate can be brought into view whole.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMoveEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from labeler.ui.i18n import paragraph
from labeler.ui.itemdata.content import Candidate
from labeler.ui.itemdata.conversation import MarkdownView
from labeler.ui.text.fonts import latin_face

_CURRENT = "#2f6fd0"
_IMAGE_FIT = (1200, 900)


class CandidateCard(QFrame):
    """One candidate: its key letter large, its title and address as plain text, then
    its text (Markdown), its picture or its recording."""

    play_asked = Signal(str)

    def __init__(
        self, candidate: Candidate, path: Path | None, *, fit: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.candidate = candidate
        self.path = path
        self.setObjectName("candidateCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        head = QHBoxLayout()
        self.badge = QLabel(candidate.key, self)
        self.badge.setObjectName("candidateKey")
        # A Latin letter: in a Latin face in an Urdu interface too (Nastaliq's stands
        # twice as tall, and a list of five no longer fitted).
        self.badge.setFont(latin_face(self.badge.font()))
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.badge.setMinimumSize(34, 34)
        self.badge.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.badge.setStyleSheet(
            "font-size: 18pt; font-weight: 700; color: white; background: #44546a;"
            "border-radius: 6px; padding: 0 6px;"
        )
        head.addWidget(self.badge)
        self.caption = QLabel(self)
        self.caption.setTextFormat(Qt.TextFormat.RichText)
        self.caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.caption.setWordWrap(True)
        self.caption.setFont(latin_face(self.caption.font()))
        self.caption.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._caption(candidate)
        head.addWidget(self.caption, 1)
        layout.addLayout(head)
        self.body: QWidget
        self.text: MarkdownView | None = None
        self.picture: QLabel | None = None
        #: A recording that is here, with its play button.
        self.playable = False
        if candidate.text is not None or candidate.media is None:
            self.text = MarkdownView(self, fit=fit)
            self.text.show_markdown(candidate.text or "")
            self.body = self.text
        elif candidate.mime.startswith("audio/"):
            self.body = self._audio(candidate, path)
        else:
            self.picture = QLabel(self)
            self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.picture.setMinimumHeight(120)
            self.picture.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
            self.picture.setWordWrap(True)
            self.picture.setText(
                self.tr("The picture has not arrived yet.") if path is None else self.tr("Loading…")
            )
            self.body = self.picture
        layout.addWidget(self.body, 1)
        self._pixmap: QPixmap | None = None
        self.set_current(False)

    def _caption(self, candidate: Candidate) -> None:
        # Plain text, each line in its own direction: an address reads left to right
        # under an Urdu title too.
        said = []
        if candidate.title:
            said.append(f"<b>\u2068{html.escape(candidate.title)}\u2069</b>")
        if candidate.url:
            said.append(f"\u2066{html.escape(candidate.url)}\u2069")
        self.caption.setText("<br>".join(said))
        self.caption.setVisible(bool(said))

    @property
    def shows_text(self) -> bool:
        return self.text is not None

    def show_text(self, candidate: Candidate) -> None:
        """Show another text candidate in this card (its key, caption and text): the
        next item's candidates take the cards of the last, laid out already, instead of
        new ones (building two cards and laying them out twice took most of a switch)."""
        assert self.text is not None and (candidate.text is not None or candidate.media is None)
        self.candidate = candidate
        self.badge.setText(candidate.key)
        self._caption(candidate)
        self.text.show_markdown(candidate.text or "")

    def _audio(self, candidate: Candidate, path: Path | None) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        if path is None:
            note = QLabel(self.tr("The recording has not arrived yet."), box)
            note.setWordWrap(True)
            row.addWidget(note, 1)
            return box
        self.playable = True
        self.play = QPushButton(self.tr("Play {key}").format(key=candidate.key), box)
        self.play.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.play.clicked.connect(lambda: self.play_asked.emit(candidate.key))
        row.addWidget(self.play)
        duration = (candidate.media or {}).get("duration")
        if isinstance(duration, int | float):
            row.addWidget(QLabel(f"{duration:.1f} s", box))
        row.addStretch(1)
        return box

    def set_picture(self, picture: Any) -> None:
        """The decoded picture (a `PreparedImage`), or why there is none."""
        if self.picture is None:
            return
        image = getattr(picture, "image", None)
        if image is None:
            self.picture.setText(getattr(picture, "message", "") or self.tr("No picture."))
            return
        self._pixmap = QPixmap.fromImage(image)
        self._fit_picture()

    def _fit_picture(self) -> None:
        if self.picture is not None and self._pixmap is not None:
            size = self.picture.size()
            self.picture.setPixmap(
                self._pixmap.scaled(
                    size,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )

    def resizeEvent(self, e) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(e)
        self._fit_picture()

    def set_current(self, current: bool) -> None:
        if getattr(self, "_current", None) is current:
            return  # a style sheet set again re-polishes the card for nothing
        self._current = current
        edge = _CURRENT if current else "palette(mid)"
        # The outline is thicker on the current card; its padding is thinner by as much,
        # so that what the card holds does not move.
        width = 2 if current else 1
        self.setStyleSheet(
            f"QFrame#candidateCard {{ border: {width}px solid {edge}; border-radius: 6px;"
            f" padding: {2 - width}px; }}"
        )


# What the banners (or what scrolls here) do that may change what they cover.
_FLOATING_MOVES = (QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.Move, QEvent.Type.Resize)


class ComparisonView(QWidget):
    """The candidates of one item; see the module docstring."""

    #: The candidate moved to by ↑/↓ here (its key).
    current_changed = Signal(str)
    #: A recording's play button: (key, path).
    play_asked = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.cards: dict[str, CandidateCard] = {}
        self.current: str | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._holder: QWidget | None = None
        self.scroll: QScrollArea | None = None
        self._jobs: Any = None
        self._tickets: dict[int, str] = {}
        self._floating: QWidget | None = None

    @property
    def side_by_side(self) -> bool:
        return len(self.cards) == 2

    def show_candidates(self, candidates: list[Candidate], paths: dict[str, Path]) -> None:
        if self._reuse(candidates):
            return
        if self._holder is not None:
            self._layout.removeWidget(self._holder)
            self._holder.deleteLater()
        self.cards, self.current, self.scroll = {}, None, None
        self._tickets.clear()
        if self._jobs is not None:
            self._jobs.drop_queued()
        two = len(candidates) == 2
        if two:
            holder = QWidget(self)
            row = QHBoxLayout(holder)
            row.setContentsMargins(0, 0, 0, 0)
            for candidate in candidates:
                card = self._card(candidate, paths, holder, fit=False)
                row.addWidget(card, 1)
            self._holder = holder
        else:
            scroll = QScrollArea(self)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            body = QWidget()
            column = QVBoxLayout(body)
            column.setContentsMargins(0, 0, 4, 0)
            for candidate in candidates:
                card = self._card(candidate, paths, body, fit=True)
                if card.picture is not None:
                    card.picture.setMinimumHeight(240)
                column.addWidget(card)
            column.addStretch(1)
            # The list needs the height its cards take at the width they have: the scroll
            # area asks for it (height for width). Its minimum height, each card's at its
            # narrowest (titles wrapped word by word), would show a scroll bar for a list
            # that fits, and the cards 15 px narrower until the next key.
            body.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
            scroll.setWidget(body)
            self.scroll = scroll
            self._holder = scroll
        self._layout.addWidget(self._holder)
        for area in self._scrolled():  # laid out later: kept clear once it is
            area.installEventFilter(self)
        self._keep_clear()

    def warm(self, candidates: list[Candidate]) -> None:
        """The next item's candidates, while the window is idle: where they will take
        these cards (`_reuse`), each card's text is laid out ahead (`MarkdownView.warm`)."""
        cards = list(self.cards.values())
        if len(candidates) != 2 or not self.side_by_side:
            return
        if not all(c.text is not None or c.media is None for c in candidates):
            return
        for card, candidate in zip(cards, candidates, strict=True):
            if card.text is not None:
                card.text.warm(candidate.text or "")

    def _reuse(self, candidates: list[Candidate]) -> bool:
        """Two text candidates after two text candidates: the same cards show them."""
        texts = [c for c in candidates if c.text is not None or c.media is None]
        cards = list(self.cards.values())
        if len(texts) != 2 or len(candidates) != 2 or not self.side_by_side:
            return False
        if not all(card.shows_text for card in cards):
            return False
        self.cards, self.current = {}, None
        for card, candidate in zip(cards, candidates, strict=True):
            card.show_text(candidate)
            card.set_current(False)
            self.cards[candidate.key] = card
        return True

    def _card(
        self, candidate: Candidate, paths: dict[str, Path], parent: QWidget, *, fit: bool
    ) -> CandidateCard:
        path = paths.get(candidate.key)
        card = CandidateCard(candidate, path, fit=fit, parent=parent)
        card.play_asked.connect(lambda key: self.play_asked.emit(key, paths.get(key)))
        self.cards[candidate.key] = card
        if card.picture is not None and path is not None:
            self._decode(candidate.key, path)
        return card

    def _decode(self, key: str, path: Path) -> None:
        from labeler.ui.image.decode import DecodeJobs, prepare_image

        if self._jobs is None:
            self._jobs = DecodeJobs(self)
            self._jobs.finished.connect(self._decoded)
        ticket = self._jobs.submit(lambda: prepare_image(path, _IMAGE_FIT))
        self._tickets[ticket] = key

    def _decoded(self, ticket: int, result: object) -> None:
        key = self._tickets.pop(ticket, None)
        card = self.cards.get(key) if key is not None else None
        if card is not None:
            card.set_picture(result)

    def set_current(self, key: str | None) -> None:
        """Outline `key`'s candidate and bring it into view (None: none)."""
        self.current = key if key in self.cards else None
        for k, card in self.cards.items():
            card.set_current(k == self.current)
        if self.current is not None and self.scroll is not None:
            if self.cards[self.current].isVisible():
                self.scroll.ensureWidgetVisible(self.cards[self.current], 0, 20)
            else:
                # A list just built is not laid out yet: its cards' places are Qt's
                # defaults, and scrolling to one of them would scroll the list away.
                QTimer.singleShot(0, self._bring_current)

    def _bring_current(self) -> None:
        card = self.cards.get(self.current) if self.current is not None else None
        if card is not None and card.isVisible() and self.scroll is not None:
            self.scroll.ensureWidgetVisible(card, 0, 20)

    def keep_clear_of(self, floating: QWidget | None) -> None:
        """`floating` floats over this view at times (the banners over a text's foot):
        while it shows, what scrolls here ends above it, so that no candidate's text
        stays under it (the list scrolls to its last one in full)."""
        if self._floating is not None:
            self._floating.removeEventFilter(self)
        self._floating = floating
        if floating is not None:
            floating.installEventFilter(self)
        self._keep_clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        if event.type() in _FLOATING_MOVES and (
            watched is self._floating or watched in self._scrolled()
        ):
            self._keep_clear()
        return False

    def resizeEvent(self, e: QResizeEvent) -> None:
        super().resizeEvent(e)
        self._keep_clear()

    def moveEvent(self, e: QMoveEvent) -> None:
        super().moveEvent(e)
        self._keep_clear()

    def _scrolled(self) -> list[QAbstractScrollArea]:
        """What scrolls here: the list, or each of two candidates' text."""
        if self.scroll is not None:
            return [self.scroll]
        return [card.text for card in self.cards.values() if card.text is not None]

    def _keep_clear(self) -> None:
        floating = self._floating
        over = None
        if floating is not None and floating.isVisible() and self.isVisible():
            over = QRect(floating.mapToGlobal(QPoint(0, 0)), floating.size())
        for area in self._scrolled():
            covered = 0
            if over is not None:
                mine = QRect(area.mapToGlobal(QPoint(0, 0)), area.size())
                if mine.intersects(over):
                    covered = max(0, mine.bottom() - over.top() + 1)
                    covered = min(covered, mine.height() // 2)  # some of it stays in view
            if area.viewportMargins().bottom() != covered:
                area.setViewportMargins(0, 0, 0, covered)

    def step(self, step: int) -> None:
        """Move to the next (1) or previous (-1) candidate."""
        keys = list(self.cards)
        if not keys:
            return
        at = keys.index(self.current) if self.current in keys else (-1 if step > 0 else len(keys))
        key = keys[max(0, min(len(keys) - 1, at + step))]
        self.set_current(key)
        self.current_changed.emit(key)

    def keyPressEvent(self, e: QKeyEvent) -> None:
        steps = {
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_PageDown: 1,
            Qt.Key.Key_PageUp: -1,
        }
        plain = not e.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if e.key() in steps and plain:
            self.step(steps[Qt.Key(e.key())])
            return
        if e.key() == Qt.Key.Key_Space and plain and self._recordings():
            key = self.current if self.current in self._recordings() else self._recordings()[0]
            self.set_current(key)
            self.play_asked.emit(key, self.cards[key].path)
            return
        super().keyPressEvent(e)

    def _recordings(self) -> list[str]:
        """The candidates whose recording is here to play."""
        return [k for k, card in self.cards.items() if card.playable]

    def hint(self) -> str:
        """What the keys do here, for the line above the candidates."""
        said = []
        if self.cards and not self.side_by_side:
            said.append(self.tr("↓/↑ or PgDn/PgUp: next or previous candidate"))
        if self._recordings():
            said.append(self.tr("Space: play or pause the candidate's recording"))
        return paragraph(" · ".join(said)) if said else ""
