"""The text view: read-only text with a keyboard caret, spans painted over it.

Spans are painted, not stored as character formats: the document stays the item's
plain text (its UTF-16 positions are the ones the caret reports) and a redraw after
an edit costs nothing but a repaint. `QTextLayout.glyphRuns` gives the visual pieces
of a logical range, so a span across a right-to-left/left-to-right boundary is drawn
where its characters really are.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

from labeler.ui.text.colors import translucent
from labeler.ui.text.fonts import ArabicSizer, text_font
from labeler.ui.text.spanlist import ShownSpan

#: Extra pixels under every line: room for the bars of overlapping and expected spans.
LINE_GAP = 10
DOCUMENT_MARGIN = 10
_BAR = 2.0


class SpanView(QTextEdit):
    """Shows one item's text; the caret and the selection are the user's to move.

    Emits `delete_requested` on Delete and `cycle_requested(step)` on Tab (1) and
    Shift+Tab (-1), which a read-only QTextEdit would otherwise spend on focus.
    """

    delete_requested = Signal()
    cycle_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAcceptRichText(False)
        self.setUndoRedoEnabled(False)
        # Read-only, yet with a caret the keyboard moves and extends (Shift+arrows).
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setFont(text_font())
        self._option = QTextOption()
        # Each paragraph takes its direction from its first strong character.
        self._option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        self._option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self._block_format = QTextBlockFormat()
        self._block_format.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        self._block_format.setLineHeight(
            LINE_GAP, QTextBlockFormat.LineHeightTypes.LineDistanceHeight.value
        )
        self._spans: list[ShownSpan] = []
        self._expected: list[ShownSpan] = []
        self._current: tuple[str, int] | None = None
        self._color: Callable[[str, str], QColor] = lambda field, label: QColor("gray")
        self._tooltip: Callable[[int], str] = lambda unit: ""
        self._tag: Callable[[str, int], str] | None = None
        self._tag_font = QFont(self.font())
        self._tag_font.setPointSizeF(max(self.font().pointSizeF() * 0.55, 7.0))
        self._tag_font.setBold(True)
        self.set_text("")

    # -- content ----------------------------------------------------------------

    def set_text(self, text: str) -> None:
        """Show `text`; the caret goes to its start.

        The text goes into a fresh document that no view lays out yet, which is then
        swapped in (the old one, our child, is deleted by QTextEdit): filling the
        shown document instead is 2x slower for a few KB, 4x for 1 MiB.
        """
        doc = QTextDocument(self)
        doc.setUndoRedoEnabled(False)
        doc.setDefaultFont(self.font())
        doc.setDefaultTextOption(self._option)
        doc.setDocumentMargin(DOCUMENT_MARGIN)  # room for Nastaliq's tall letters at the top
        self._sizer = ArabicSizer(doc, self.font().pointSizeF())
        cursor = QTextCursor(doc)
        cursor.setBlockFormat(self._block_format)  # new paragraphs inherit it
        # Qt turns "\r\n" into ONE paragraph break; a space keeps every offset after it.
        cursor.insertText(text.replace("\r\n", " \n"))
        self.setDocument(doc)
        self.setTextCursor(QTextCursor(doc))
        self.verticalScrollBar().setValue(0)

    def set_painting(
        self, color: Callable[[str, str], QColor], tooltip: Callable[[int], str]
    ) -> None:
        """How to colour a (field, label) and what to say about a UTF-16 position."""
        self._color = color
        self._tooltip = tooltip

    def set_tags(self, tag: Callable[[str, int], str] | None) -> None:
        """Write each span's label (`tag(field, index)`, empty for none) on a small chip
        of its colour under the span's start, in a band the lines make room for; None:
        no chips (the annotator's editor, whose legend names the colours)."""
        self._tag = tag
        gap = LINE_GAP + (self._tag_height() if tag is not None else 0)
        self._block_format.setLineHeight(
            gap, QTextBlockFormat.LineHeightTypes.LineDistanceHeight.value
        )
        self.set_text(self.toPlainText())

    def _tag_height(self) -> int:
        return math.ceil(QFontMetricsF(self._tag_font).height())

    def set_spans(
        self,
        spans: list[ShownSpan],
        expected: list[ShownSpan],
        current: tuple[str, int] | None,
    ) -> None:
        """What to draw: the draft's spans, the expected ones, the current span."""
        self._spans, self._expected, self._current = spans, expected, current
        self.viewport().update()

    def caret(self) -> tuple[int, int, int]:
        """(selection start, selection end, caret position), in UTF-16 units."""
        cursor = self.textCursor()
        return cursor.selectionStart(), cursor.selectionEnd(), cursor.position()

    def extend_selection(self, move: QTextCursor.MoveOperation) -> None:
        """Move the caret by `move`, keeping the selection's anchor (Shift+arrows). Left
        and right are on screen: in an Urdu paragraph Left goes on in reading order."""
        cursor = self.textCursor()
        cursor.movePosition(move, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def select_units(self, start: int, end: int) -> None:
        """Select `[start, end)` (UTF-16), the caret at `end`, and scroll to it."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    # -- keys and tooltips ------------------------------------------------------

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.KeyPress and isinstance(e, QKeyEvent):
            plain = not e.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
            )
            if plain and e.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                backwards = e.key() == Qt.Key.Key_Backtab or bool(
                    e.modifiers() & Qt.KeyboardModifier.ShiftModifier
                )
                self.cycle_requested.emit(-1 if backwards else 1)
                return True
        return super().event(e)

    def keyPressEvent(self, e: QKeyEvent) -> None:
        if e.key() == Qt.Key.Key_Delete and e.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.delete_requested.emit()
            return
        super().keyPressEvent(e)

    def viewportEvent(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip and isinstance(e, QHelpEvent):
            text = self._tooltip(self.cursorForPosition(e.pos()).position())
            if text:
                QToolTip.showText(e.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(e)

    # -- painting -----------------------------------------------------------------

    def paintEvent(self, e: QPaintEvent) -> None:
        low, high = self._visible_units()
        spans = [s for s in self._spans if s.uend > low and s.ustart < high]
        expected = [s for s in self._expected if s.uend > low and s.ustart < high]
        painter = QPainter(self.viewport())
        for span in spans:  # backgrounds first: the text is drawn over them
            if span.lane == 0:
                fill = translucent(self._color(span.field, span.label), 90)
                for rect in self.unit_rects(span.ustart, span.uend):
                    painter.fillRect(rect, fill)
        painter.end()
        super().paintEvent(e)
        painter = QPainter(self.viewport())
        for span in spans:
            color = self._color(span.field, span.label)
            rects = self.unit_rects(span.ustart, span.uend)
            if span.lane > 0:
                for rect in rects:
                    y = rect.bottom() + 1 + (span.lane - 1) * (_BAR + 1)
                    painter.fillRect(QRectF(rect.left(), y, rect.width(), _BAR), color)
            if (span.field, span.index) == self._current:
                painter.setPen(QPen(color.darker(130), 1))
                for rect in rects:
                    painter.drawRect(rect.adjusted(0, 0, -1, 0))
        for span in expected:
            pen = QPen(self._color(span.field, span.label), _BAR, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            for rect in self.unit_rects(span.ustart, span.uend):
                y = rect.bottom() + LINE_GAP - _BAR
                painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
        if self._tag is not None:
            self._paint_tags(painter, spans)
        painter.end()

    def tag_rects(self) -> list[tuple[str, QRectF]]:
        """The label chips drawn in view: their words and viewport rectangles."""
        low, high = self._visible_units()
        spans = [s for s in self._spans if s.uend > low and s.ustart < high]
        return [(text, rect) for text, rect, _span in self._placed_tags(spans)]

    def _placed_tags(self, spans: list[ShownSpan]) -> list[tuple[str, QRectF, ShownSpan]]:
        """Each span's chip under its first piece (its right end in a right-to-left
        paragraph), slid along the line away from the chips placed before it."""
        assert self._tag is not None
        metrics = QFontMetricsF(self._tag_font)
        height = self._tag_height()
        placed: list[tuple[str, QRectF, ShownSpan]] = []
        for span in spans:
            text = self._tag(span.field, span.index)
            rects = self.unit_rects(span.ustart, span.uend)
            if not text or not rects:
                continue
            rtl = self.document().findBlock(span.ustart).textDirection() == (
                Qt.LayoutDirection.RightToLeft
            )
            first = rects[0]
            width = metrics.horizontalAdvance(text) + 8
            y = first.bottom() + LINE_GAP
            x = first.right() - width if rtl else first.left()
            chip = QRectF(x, y, width, height)
            for _text, other, _span in placed:  # in reading order: slide on past them
                if other.intersects(chip.adjusted(-1, 0, 1, 0)):
                    if rtl:
                        chip.moveRight(other.left() - 2)
                    else:
                        chip.moveLeft(other.right() + 2)
            placed.append((text, chip, span))
        return placed

    def _paint_tags(self, painter: QPainter, spans: list[ShownSpan]) -> None:
        painter.setFont(self._tag_font)
        for text, chip, span in self._placed_tags(spans):
            color = self._color(span.field, span.label)
            painter.fillRect(chip, color)
            luminance = 0.299 * color.red() + 0.587 * color.green() + 0.114 * color.blue()
            painter.setPen(QColor("#111111") if luminance > 150 else QColor("#ffffff"))
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, text)

    def unit_rects(self, start: int, end: int) -> list[QRectF]:
        """The visual pieces of UTF-16 range `[start, end)`, in viewport coordinates:
        one per line and direction run."""
        doc = self.document()
        offset = QPointF(-self.horizontalScrollBar().value(), -self.verticalScrollBar().value())
        rects: list[QRectF] = []
        block = doc.findBlock(start)
        while block.isValid() and block.position() < end:
            first = block.position()
            a = max(start, first) - first
            b = min(end, first + block.length() - 1) - first
            layout = block.layout()
            line = layout.lineForTextPosition(a) if layout is not None and b > a else None
            # Line by line (one call across a line break merges the lines' runs), from
            # the range's first line only: a long paragraph has thousands.
            while line is not None and line.isValid() and line.textStart() < b:
                low = max(a, line.textStart())
                high = min(b, line.textStart() + line.textLength())
                if high > low:
                    for run in layout.glyphRuns(low, high - low):
                        rects.append(run.boundingRect().translated(layout.position() + offset))
                line = layout.lineAt(line.lineNumber() + 1)
            block = block.next()
        return rects

    def _visible_units(self) -> tuple[int, int]:
        """The UTF-16 range of the lines in view: only their spans are drawn."""
        area = self.viewport().rect()
        top = self._line_range(self.cursorForPosition(area.topLeft()).position())
        bottom = self._line_range(self.cursorForPosition(area.bottomLeft()).position())
        return top[0], bottom[1]

    def _line_range(self, unit: int) -> tuple[int, int]:
        block = self.document().findBlock(unit)
        first, layout = block.position(), block.layout()
        line = layout.lineForTextPosition(unit - first) if layout is not None else None
        if line is None or not line.isValid():
            return first, first + block.length()
        return first + line.textStart(), first + line.textStart() + line.textLength() + 1
