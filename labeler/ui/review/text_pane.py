"""Text panes: the item's text with one pane's spans painted (matched green, unmatched
red, the reference spans it missed underlined in orange) and, below, the code-point
ranges it labels differently from the reference. Scrolling one pane scrolls all."""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QScrollBar, QVBoxLayout, QWidget

from labeler.core.codepoints import CodepointIndex
from labeler.core.consensus import SpanDiff
from labeler.ui.i18n import translate
from labeler.ui.pages.common import script_html
from labeler.ui.review.marks import MISSED, UNMATCHED, Mark
from labeler.ui.text.fonts import ArabicSizer
from labeler.ui.text.spanlist import shown_spans
from labeler.ui.text.view import SpanView

#: Characters of a differing range quoted in the summary before it is cut short.
QUOTE_CHARS = 40
#: Texts longer than this (characters) are not measured for a row's height.
LONG_TEXT = 4000
#: Marks a scroll bar is kept in step by (a bar is connected once).
_SYNCED = "labeler_scroll_synced"


class TextPane(QWidget):
    """A read-only span view and a line of differences."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = SpanView(self)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the review keys stay global
        self.differences = QLabel(self)
        self.differences.setObjectName("spanDifferences")
        self.differences.setWordWrap(True)
        self.differences.setTextFormat(Qt.TextFormat.RichText)
        self.differences.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.differences)
        self._text = ""
        self._index = CodepointIndex("")
        self.marks: list[Mark] = []
        self.view.set_painting(self._color, self._tooltip)
        # Colours say matched or not against a reference: the chips say the labels.
        self.view.set_tags(self._tag)

    def preferred_height(self, width: int) -> int | None:
        """The height that shows the whole text at `width` (a stacked row need be no
        taller); None for a long text, which takes the room it is given."""
        if len(self._text) > LONG_TEXT:
            return None
        doc = self.view.document().clone()  # laying out a copy leaves the view alone
        sizer = ArabicSizer(doc, self.view.font().pointSizeF())  # as the view draws it
        sizer.rehighlight()  # now, not on the next turn of the event loop
        frame = 2 * self.view.frameWidth()
        doc.setTextWidth(max(width - frame - self.view.verticalScrollBar().sizeHint().width(), 1))
        height = math.ceil(doc.size().height()) + frame + 2
        del sizer
        if not self.differences.isHidden():
            height += 4 + self.differences.heightForWidth(width)
        return height

    def set_text(self, text: str) -> None:
        self._text = text
        self._index = CodepointIndex(text)
        self.view.set_text(text)

    def set_marks(self, marks: list[Mark]) -> None:
        """Paint `marks` (spans fields): dashed ones as underlines, the rest as fills."""
        self.marks = list(marks)
        drawn = {str(n): [m.region] for n, m in enumerate(marks) if not m.dashed}
        missed = {str(n): [m.region] for n, m in enumerate(marks) if m.dashed}
        self.view.set_spans(shown_spans(drawn, self._index), shown_spans(missed, self._index), None)

    def set_differences(self, diffs: list[SpanDiff]) -> None:
        """The code-point ranges labelled here and not in the reference (+) and the
        reverse (−); hidden when there are none."""
        parts = []
        for diff in diffs:
            parts += [self._piece("+", p.label, p.start, p.end, UNMATCHED) for p in diff.extra]
            parts += [self._piece("−", p.label, p.start, p.end, MISSED) for p in diff.missing]
        self.differences.setText(" &nbsp; ".join(parts))
        self.differences.setVisible(bool(parts))

    def _piece(self, sign: str, label: str, start: int, end: int, color: str) -> str:
        quoted = self._text[start:end]
        if len(quoted) > QUOTE_CHARS:
            quoted = quoted[: QUOTE_CHARS - 1] + "…"
        return (  # Urdu quoted in Nastaliq, as the text above it
            f"<span style='color:{color}; font-weight:600'>{sign} {_html(label)}</span>"
            f" “{script_html(quoted)}”"
        )

    def _color(self, key: str, label: str) -> QColor:
        try:
            return QColor(self.marks[int(key)].color)
        except (ValueError, IndexError):
            return QColor("#808080")

    def _tag(self, key: str, _index: int) -> str:
        try:
            return self.marks[int(key)].short
        except (ValueError, IndexError):
            return ""

    def _tooltip(self, unit: int) -> str:
        lines = []
        for mark in self.marks:
            start, end = self._index.span_to_utf16(mark.region["start"], mark.region["end"])
            if start <= unit < end:
                state = {
                    "matched": translate("review.text_pane", "matched"),
                    "unmatched": translate("review.text_pane", "not in the reference"),
                }.get(
                    mark.state, translate("review.text_pane", "missed here") if mark.dashed else ""
                )
                lines.append(f"{mark.tag}" + (f" — {state}" if state else ""))
        return "\n".join(lines)


class ScrollSync(QObject):
    """Keeps several scroll bars at the same fraction of their range."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bars: list[QScrollBar] = []
        self._busy = False

    def set_bars(self, bars: list[QScrollBar]) -> None:
        """The scroll bars to keep in step (those on screen)."""
        self._bars = list(bars)
        for bar in bars:
            if not bar.property(_SYNCED):
                bar.setProperty(_SYNCED, True)
                bar.valueChanged.connect(lambda _v, b=bar: self._follow(b))

    def _follow(self, source: QScrollBar) -> None:
        if self._busy or source not in self._bars:
            return
        self._copy(source, self._bars)

    def hand_over(self, source: QScrollBar, target: QScrollBar) -> None:
        """`target` (now on screen) scrolls to where `source` was."""
        if not self._busy:
            self._copy(source, [target])

    def _copy(self, source: QScrollBar, targets: list[QScrollBar]) -> None:
        self._busy = True
        try:
            span = source.maximum() - source.minimum()
            fraction = (source.value() - source.minimum()) / span if span else 0.0
            for bar in targets:
                if bar is not source:
                    bar.setValue(bar.minimum() + round(fraction * (bar.maximum() - bar.minimum())))
        finally:
            self._busy = False


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
