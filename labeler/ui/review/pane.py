"""One pane of the review: the reference or one submission, headed by the annotator,
status, active time and gold score, the media with this pane's answer, a summary.

A wide pane (one large, or a stacked row) says its header on one line; a narrow
column puts the details under the name. `field_lines` are the pane's field values,
for the strip's thumbnail when the pane is not the one shown large.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from labeler.client.reviewing import ReviewEntry
from labeler.ui.i18n import isolate, number, translate
from labeler.ui.pages.common import NOTE_STYLES, ElidedLabel, clock
from labeler.ui.review.marks import MISSED, PaneSpec
from labeler.ui.review.reject import reason_words

_FRAME = "QFrame#reviewPane {{ border: {w}px solid {c}; border-radius: 6px; }}"
CURRENT_COLOR = "#1e88e5"
_MARGINS = (6, 4, 6, 6)
_BORDER = 2
_SPACING = 3
#: A submission's status as the task server says it, in words.
_STATUS = {
    "pending": QT_TRANSLATE_NOOP("review.pane", "pending"),
    "accepted": QT_TRANSLATE_NOOP("review.pane", "accepted"),
    "rejected": QT_TRANSLATE_NOOP("review.pane", "rejected"),
}
#: The workbench's skip dialog marks its reasons under these contexts.
_SKIP_CONTEXTS = ("SkipDialog", "ReasonDialog")


def status_word(status: str) -> str:
    """`pending`, `accepted`, `rejected` in the interface's language (others as sent)."""
    word = _STATUS.get(status)
    return translate("review.pane", word) if word else status


def entry_line(entry: ReviewEntry) -> str:
    """`pending · 0:42 active · gold 0.82` (and the decision's reason once rejected)."""
    parts = [
        status_word(entry.status),
        translate("review.pane", "{time} active").format(time=clock(entry.active_ms)),
    ]
    if entry.gold_score is not None:
        parts.append(
            translate("review.pane", "gold {score}").format(score=number(entry.gold_score, 2))
        )
    if entry.review is not None and entry.review.reason:
        parts.append(reason_words(entry.review.reason))
    return " · ".join(parts)


def skip_words(reason: str | None) -> str:
    """`Skipped: Cannot tell: the boxes overlap`. The skip dialog's reasons are sent in
    English, with the annotator's comment after a colon: the reason reads in the
    interface's language, the comment as written."""
    if not reason:
        return translate("review.pane", "Skipped: no reason given")
    head, colon, comment = reason.partition(": ")
    for context in _SKIP_CONTEXTS:
        shown = translate(context, head)
        if shown != head:
            reason = shown + colon + comment
            break
    return translate("review.pane", "Skipped: {reason}").format(reason=isolate(reason))


class Pane(QFrame):
    """A header, the media with this pane's answer, a summary; see the module docstring."""

    def __init__(self, spec: PaneSpec, body: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPane")
        self.spec = spec
        self.body = body
        self.current = False
        self.wide = False
        #: The pane's field values as (text, tint or None), for its thumbnail in the strip.
        self.field_lines: list[tuple[str, QColor | None]] = []
        self.title = QLabel(self)
        self.title.setObjectName("paneTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setStyleSheet("font-weight: 600;")
        self.info = ElidedLabel(self)
        self.info.setObjectName("muted")
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(f"color: {MISSED}; font-weight: 600;")
        self.banner.hide()
        self.notice = QLabel(self)
        self.notice.setObjectName("paneNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(NOTE_STYLES["notice"])
        self.notice.hide()
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setObjectName("paneSummary")
        self.summary.hide()
        self._summary: list[str] = []
        # How many region tags found no room; its line is kept so the picture never jumps.
        self.note = ElidedLabel(self)
        self.note.setObjectName("muted")
        self.note.setMinimumHeight(self.note.fontMetrics().height())
        self.note.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        tags_hidden = getattr(body, "tags_hidden", None)
        if tags_hidden is not None:
            tags_hidden.connect(self._tags_hidden)
        else:
            self.note.hide()
        self._footer = QGridLayout()
        self._footer.setContentsMargins(0, 0, 0, 0)
        self._footer.setHorizontalSpacing(10)
        self._footer.setVerticalSpacing(0)
        self._header = QGridLayout()
        self._header.setContentsMargins(0, 0, 0, 0)
        self._header.setHorizontalSpacing(10)
        self._header.setVerticalSpacing(_SPACING)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*_MARGINS)
        layout.setSpacing(_SPACING)
        layout.addLayout(self._header)
        layout.addWidget(self.banner)
        layout.addWidget(self.notice)
        layout.addWidget(body, 1)
        layout.addLayout(self._footer)
        self.set_wide(True)
        self.set_entry(spec.entry)
        self.set_current(False)

    def set_wide(self, wide: bool) -> None:
        """The header on one line (wide) or the details under the name (narrow)."""
        self.wide = wide
        self._header.removeWidget(self.title)
        self._header.removeWidget(self.info)
        self._header.addWidget(self.title, 0, 0)
        if wide:
            self._header.addWidget(self.info, 0, 1)
        else:
            self._header.addWidget(self.info, 1, 0)
        self._header.setColumnStretch(0, 0 if wide else 1)
        self._header.setColumnStretch(1, 1 if wide else 0)
        self._footer.removeWidget(self.summary)
        self._footer.removeWidget(self.note)
        self._footer.addWidget(self.summary, 0, 0)
        if wide:
            self._footer.addWidget(self.note, 0, 1)
        else:
            self._footer.addWidget(self.note, 1, 0)
        self._footer.setColumnStretch(0, 1)
        self._show_summary()
        setter = getattr(self.body, "set_wide", None)
        if callable(setter):
            setter(wide)

    def chrome(self, width: float) -> tuple[float, float]:
        """What the pane adds around its media at `width`: (horizontal, vertical) px."""
        left, top, right, bottom = _MARGINS
        inner = max(1, int(width) - left - right)
        line = max(self.title.sizeHint().height(), self.info.sizeHint().height())
        height = top + bottom + (line if self.wide else 2 * line + _SPACING)
        for label in (self.banner, self.notice):
            if not label.isHidden() and label.text():
                height += _SPACING + label.heightForWidth(inner)
        summary = self.summary.heightForWidth(inner) if self.summary.text() else 0
        note = 0 if self.note.isHidden() else self.note.minimumHeight()
        footer = max(summary, note) if self.wide else summary + note
        border = 2 * _BORDER  # the frame's, at its widest (the current pane's)
        return left + right + border, height + border + _SPACING + (
            footer + _SPACING if footer else 0
        )

    def least_height(self, width: float, wide: bool) -> int:
        """The least height the pane is readable at, `wide` or not, at `width`: its header,
        notes and summary (taller in Nastaliq) and its media's own minimum (an answer in
        words: the height its lines take at that width)."""
        was = self.wide
        if wide != was:
            self.set_wide(wide)
        try:
            chrome_w, chrome_h = self.chrome(width)
            words = getattr(self.body, "least_height", None)  # a comparison's answer in words
            if callable(words):
                return int(chrome_h + words(int(width - chrome_w)))
            body = max(self.body.minimumSizeHint().height(), self.body.minimumHeight(), 0)
            return int(chrome_h + body)
        finally:
            if wide != was:
                self.set_wide(was)

    def preferred_height(self, width: float) -> int | None:
        """The height that shows the whole media at `width`, when it can say (text)."""
        measure = getattr(self.body, "preferred_height", None)
        if not callable(measure):
            return None
        chrome_w, chrome_h = self.chrome(width)
        body = measure(int(width - chrome_w))
        return None if body is None else int(chrome_h + body)

    def _tags_hidden(self, count: int) -> None:
        if not count:
            self.note.setText("")
        elif count == 1:
            self.note.setText(
                self.tr("1 tag hidden where regions crowd: zoom in (+) or point at a region")
            )
        else:
            self.note.setText(
                self.tr(
                    "{count} tags hidden where regions crowd: zoom in (+) or point at a region"
                ).format(count=number(count))
            )

    def set_entry(self, entry: ReviewEntry | None) -> None:
        if entry is not None:
            self.spec = replace(self.spec, entry=entry)
            self.set_info(entry_line(entry))
            if entry.answer is None:
                self.banner.setText(skip_words(entry.skip_reason))
                self.banner.show()

    def set_summary(self, lines: list[str]) -> None:
        """The pane's fields in a few words: one line each, or one line in all (wide)."""
        self._summary = list(lines)
        self._show_summary()

    def _show_summary(self) -> None:
        self.summary.setText(("   ·   " if self.wide else "\n").join(self._summary))
        self.summary.setVisible(bool(self._summary))

    def set_notice(self, text: str) -> None:
        """A plain sentence over the media (why nothing is compared); empty hides it."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def set_info(self, text: str) -> None:
        self.info.setText(text)
        self.info.setToolTip(text)

    def set_current(self, current: bool) -> None:
        """Mark the pane of the submission the queue has selected (A and R decide it)."""
        self.current = current
        self.setStyleSheet(
            _FRAME.format(w=_BORDER, c=CURRENT_COLOR)
            if current
            else _FRAME.format(w=1, c="palette(mid)")
        )
        self.title.setText(self.heading())
        self.title.setToolTip(self.spec.title)

    def heading(self) -> str:
        """The pane's title, `▶ ` before it while it is the current submission."""
        return ("▶ " if self.current else "") + self.spec.title
