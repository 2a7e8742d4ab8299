"""The side-by-side view of one item: the reference pane (gold, or the suggested
consensus) and one pane per submission, each headed by the annotator, status, active
time and gold score; the fields table below. Layout and drawing only: the workspace
decides what is shown and which submission is current."""

from __future__ import annotations

import math
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from labeler.client.reviewing import ReviewEntry
from labeler.ui.audio.peaks import Peaks
from labeler.ui.image.style import LabelColors
from labeler.ui.pages.common import NOTE_STYLES, ElidedLabel, clock
from labeler.ui.review.audio_pane import AudioPane, TimeSync, lanes_for, transcript_html
from labeler.ui.review.image_pane import ImagePane, ZoomSync
from labeler.ui.review.loading import LoadedItem
from labeler.ui.review.marks import (
    CONSENSUS,
    GOLD,
    MISSED,
    PaneSpec,
    field_summary,
    reference_role,
    region_marks,
)
from labeler.ui.review.table import FieldsTable
from labeler.ui.review.text_pane import ScrollSync, TextPane
from labeler.ui.text.colors import label_color

IMAGE_KINDS = ("boxes", "polygons", "points")
_FRAME = "QFrame#reviewPane {{ border: {w}px solid {c}; border-radius: 6px; }}"
CURRENT_COLOR = "#1e88e5"


def entry_line(entry: ReviewEntry) -> str:
    """`pending · 0:42 active · gold 0.82` (and the decision's reason once rejected)."""
    parts = [entry.status, f"{clock(entry.active_ms)} active"]
    if entry.gold_score is not None:
        parts.append(f"gold {entry.gold_score:.2f}")
    if entry.review is not None and entry.review.reason:
        parts.append(entry.review.reason)
    return " · ".join(parts)


class Pane(QFrame):
    """One column: a header, the media with this pane's answer, a summary."""

    def __init__(self, spec: PaneSpec, body: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPane")
        self.spec = spec
        self.body = body
        self.title = ElidedLabel(self)
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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.setSpacing(3)
        layout.addWidget(self.title)
        layout.addWidget(self.info)
        layout.addWidget(self.banner)
        layout.addWidget(self.notice)
        layout.addWidget(body, 1)
        layout.addWidget(self.summary)
        self.set_entry(spec.entry)
        self.set_current(False)

    def set_entry(self, entry: ReviewEntry | None) -> None:
        if entry is not None:
            self.spec = replace(self.spec, entry=entry)
            self.set_info(entry_line(entry))
            if entry.answer is None:
                self.banner.setText(f"Skipped: {entry.skip_reason or 'no reason given'}")
                self.banner.show()

    def set_notice(self, text: str) -> None:
        """A plain sentence over the media (why nothing is compared); empty hides it."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def set_info(self, text: str) -> None:
        self.info.setText(text)
        self.info.setToolTip(text)

    def set_current(self, current: bool) -> None:
        self.current = current
        self.setStyleSheet(
            _FRAME.format(w=2, c=CURRENT_COLOR) if current else _FRAME.format(w=1, c="palette(mid)")
        )
        marker = "▶ " if current else ""
        self.title.setText(marker + self.spec.title)
        self.title.setToolTip(self.spec.title)


class SideBySide(QWidget):
    """The panes of one item and the fields table; see the module docstring."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sideBySide")
        self.heading = QLabel(self)
        self.heading.setObjectName("itemHeading")
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("font-size: 14pt; color: palette(placeholder-text);")
        self.grid_host = QWidget(self)
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(6)
        self.table = FieldsTable(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.setSpacing(6)
        layout.addWidget(self.heading)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.grid_host, 1)
        layout.addWidget(self.table)
        self.zoom = ZoomSync(self)
        self.times = TimeSync(self)
        self.scrolls = ScrollSync(self)
        self.panes: list[Pane] = []
        self.loaded: LoadedItem | None = None
        self.show_consensus = False
        self.clear("Nothing selected.")

    # -- what the workspace calls -------------------------------------------------------------

    def clear(self, message: str) -> None:
        """No item: a message in place of the panes."""
        self._drop_panes()
        self.loaded = None
        self.heading.clear()
        self.message.setText(message)
        self.message.show()
        self.grid_host.hide()
        self.table.hide()

    def show_item(self, loaded: LoadedItem, project_name: str) -> None:
        """Build the panes of a new item (its media follows with `set_picture` and
        `set_audio`)."""
        self._drop_panes()
        self.loaded = loaded
        self.show_consensus = False
        media = loaded.schema.media
        for spec in loaded.specs:
            body = _body(media)
            pane = Pane(spec, body, self.grid_host)
            if spec.is_reference:
                pane.set_info(_reference_line(loaded))
            elif reference_role(loaded.detail, loaded.comparison) is None:
                pane.set_notice(f"No reference to compare with: {_why_no_reference(loaded)}.")
            self.panes.append(pane)
        columns = len(self.panes) if len(self.panes) <= 4 else math.ceil(len(self.panes) / 2)
        for i, pane in enumerate(self.panes):
            self.grid.addWidget(pane, i // columns, i % columns)
        for col in range(columns):
            self.grid.setColumnStretch(col, 1)
        self._fill(loaded)
        self.zoom.set_canvases([p.body.canvas for p in self.panes if isinstance(p.body, ImagePane)])
        self.times.set_views([p.body.wave for p in self.panes if isinstance(p.body, AudioPane)])
        self.scrolls.set_bars(
            [p.body.view.verticalScrollBar() for p in self.panes if isinstance(p.body, TextPane)]
        )
        self.heading.setText(_heading(loaded, project_name))
        self.message.hide()
        self.grid_host.show()
        self.table.show_item(loaded.schema, loaded.comparison, loaded.specs)
        self.table.show()

    def set_current(self, submission_id: str | None) -> None:
        for pane in self.panes:
            pane.set_current(pane.spec.key == submission_id)

    def update_entry(self, entry: ReviewEntry) -> None:
        for pane in self.panes:
            if pane.spec.key == entry.id:
                pane.set_entry(entry)

    def set_picture(self, image: QImage | None, message: str | None = None) -> None:
        """The decoded picture for every image pane, or why there is none."""
        for pane in self.panes:
            if isinstance(pane.body, ImagePane):
                if message is not None:
                    pane.body.show_message(message)
                else:
                    pane.body.set_image(image)

    def set_audio(self, peaks: Peaks | None, duration: float, message: str | None) -> None:
        for pane in self.panes:
            if isinstance(pane.body, AudioPane):
                pane.body.set_audio(peaks, duration, message)

    def toggle_consensus(self) -> bool:
        """With gold, show the suggested consensus in the reference pane instead (and
        back). Returns whether the consensus is shown."""
        if self.loaded is None or not self.panes or self.panes[0].spec.role != GOLD:
            return False
        if not self.loaded.comparison.has_consensus:
            return False  # one answer is no consensus
        self.show_consensus = not self.show_consensus
        first = self.panes[0]
        title = "Consensus (suggested)" if self.show_consensus else "Gold"
        first.spec = replace(first.spec, title=title)
        first.set_info(
            "the suggested consensus, not the gold answer"
            if self.show_consensus
            else _reference_line(self.loaded)
        )
        first.set_current(first.current)
        self._fill_pane(self.loaded, first)
        return self.show_consensus

    # -- inside ------------------------------------------------------------------------------

    def _drop_panes(self) -> None:
        for pane in self.panes:
            self.grid.removeWidget(pane)
            pane.deleteLater()
        self.panes = []
        for col in range(self.grid.columnCount()):
            self.grid.setColumnStretch(col, 0)

    def _fill(self, loaded: LoadedItem) -> None:
        media = loaded.detail.item.media
        for pane in self.panes:
            body = pane.body
            if isinstance(body, ImagePane):
                width = (media.width if media else None) or 1
                height = (media.height if media else None) or 1
                body.set_size(width, height)
                body.show_message("Loading the image…")
            elif isinstance(body, TextPane):
                body.set_text(loaded.detail.item.text or "")
            elif isinstance(body, AudioPane):
                body.set_audio(None, (media.duration if media else None) or 0.0, "Loading…")
            self._fill_pane(loaded, pane)

    def _fill_pane(self, loaded: LoadedItem, pane: Pane) -> None:
        schema, comparison, spec = loaded.schema, loaded.comparison, pane.spec
        consensus = self.show_consensus and spec.is_reference
        body = pane.body
        if isinstance(body, ImagePane):
            colors = LabelColors(schema)
            marks = region_marks(
                schema,
                comparison,
                spec,
                lambda f, label: colors.color(f, label).name(),
                IMAGE_KINDS,
                consensus,
            )
            body.set_marks(marks)
        elif isinstance(body, TextPane):
            marks = region_marks(
                schema, comparison, spec, _text_color(schema), ("spans",), consensus
            )
            body.set_marks(marks)
            diffs = [
                comparison.fields[f.name].spans[spec.key]
                for f in schema.fields
                if f.kind == "spans" and spec.key in comparison.fields[f.name].spans
            ]
            body.set_differences(diffs)
        elif isinstance(body, AudioPane):
            marks = region_marks(
                schema, comparison, spec, _text_color(schema), ("segments",), consensus
            )
            lanes = [f.name for f in schema.fields if f.kind == "segments"]
            gold = all(comparison.fields[name].source == GOLD for name in lanes)
            body.set_lanes(lanes_for(lanes, marks, reference_is_gold=gold))
            self._fill_transcript(loaded, pane, body, consensus)
        pane.summary.setText(self._summary(loaded, spec))
        pane.summary.setVisible(bool(pane.summary.text()))

    def _fill_transcript(
        self, loaded: LoadedItem, pane: Pane, body: AudioPane, consensus: bool
    ) -> None:
        fields = [f for f in loaded.schema.fields if f.kind == "transcript"]
        if not fields:
            body.set_transcript("", None)
            return
        f = fields[0]
        compared = loaded.comparison.fields[f.name]
        spec = pane.spec
        if spec.is_reference:
            source = loaded.comparison.consensus if consensus else {f.name: compared.reference}
            text = source.get(f.name)
            body.set_transcript(f"{f.name} (reference)", transcript_html(_str(text), None))
            return
        answer = spec.answer or {}
        diff = compared.transcripts.get(spec.key)
        body.set_transcript(f.name, transcript_html(_str(answer.get(f.name)), diff))

    @staticmethod
    def _summary(loaded: LoadedItem, spec: PaneSpec) -> str:
        if spec.is_reference:
            if spec.role == GOLD and loaded.detail.gold and loaded.detail.gold.hint:
                return f"Hint: {loaded.detail.gold.hint}"
            return ""
        lines = []
        for f in loaded.schema.fields:
            if f.kind in ("boxes", "polygons", "points", "spans", "segments", "transcript"):
                text = field_summary(f.kind, loaded.comparison.fields[f.name], spec.key)
                if text:
                    lines.append(f"{f.name}: {text}")
        return "\n".join(lines)


def _why_no_reference(loaded: LoadedItem) -> str:
    return "no gold, " + ("one answer" if loaded.comparison.answered else "no answer")


def _reference_line(loaded: LoadedItem) -> str:
    answered = sum(1 for s in loaded.detail.submissions if s.answer is not None)
    if loaded.detail.gold is not None:
        return f"the known answer · tags: matched by k of {answered}"
    return f"merged from {answered} answers · tags: matched by k of {answered}"


def _body(media: str) -> QWidget:
    if media == "image":
        return ImagePane()
    if media == "text":
        return TextPane()
    return AudioPane()


def _text_color(schema):
    def color(name: str, label: str) -> str:
        return label_color(schema.field(name), label).name()

    return color


def _str(value: object) -> str:
    return value if isinstance(value, str) else ""


def _heading(loaded: LoadedItem, project_name: str) -> str:
    detail = loaded.detail
    kind = "Gold item" if detail.gold is not None else "Item"
    role = reference_role(detail, loaded.comparison)
    if role == GOLD:
        against = "compared with the gold answer"
    elif role == CONSENSUS:
        against = "compared with the suggested consensus (no gold for this item)"
    else:
        against = f"no reference ({_why_no_reference(loaded)}): nothing is compared"
    n = len(detail.submissions)
    return (
        f"<b>{_html(project_name)}</b> · {kind} <code>{_html(detail.item.id[:8])}</code> · "
        f"{n} submission{'s' if n != 1 else ''}, {against}"
    )


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
