"""Audio panes: the waveform with one lane per segments field (segments matched green,
unmatched red, reference segments missed shown apart), and the transcript with its
word differences from the reference and its WER. Zoom and scroll follow across panes;
one play head for all."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFrame, QLabel, QTextBrowser, QVBoxLayout, QWidget

from labeler.core.consensus import TranscriptDiff
from labeler.ui.audio.peaks import Peaks
from labeler.ui.audio.waveform import Lane, WaveformView
from labeler.ui.pages.common import is_rtl
from labeler.ui.review.marks import MISSED, Mark
from labeler.ui.text.fonts import ArabicSizer, text_font

_WORD_STYLE = {
    "changed": "background:#fdecea; color:#b71c1c;",
    "extra": "background:#fdecea; color:#b71c1c;",
    "missing": "color:#e65100; text-decoration:line-through;",
}


def lanes_for(fields: list[str], marks: list[Mark], *, reference_is_gold: bool) -> list[Lane]:
    """One lane per segments field. The reference segments this pane missed are the
    lane's `expected` (drawn dashed, as gold) when the reference is gold, else orange
    bands in a lane of their own below."""
    lanes = []
    for name in fields:
        lane, missed = Lane(name, {}), Lane(f"{name} (missed)", {})
        for mark in marks:
            if mark.field != name:
                continue
            shown = {"label": mark.tag, "start": mark.region["start"], "end": mark.region["end"]}
            if mark.dashed and reference_is_gold:
                shown["label"] = mark.region["label"]
                lane.expected.append(shown)
                lane.colors[mark.region["label"]] = MISSED
            else:
                target = missed if mark.dashed else lane
                target.segments.append(shown)
                target.colors[mark.tag] = mark.color
        for one in (lane, missed):
            one.segments.sort(key=lambda s: (s["start"], s["end"]))
        lanes.append(lane)
        if missed.segments:
            lanes.append(missed)
    return lanes


def transcript_html(text: str, diff: TranscriptDiff | None) -> str:
    """The transcript as HTML: with `diff`, changed and added words marked red, missing
    reference words struck through in orange after them."""
    direction = "rtl" if is_rtl(text) else "ltr"
    if diff is None:
        body = _html(text) if text else "<i>(empty)</i>"
        return f"<div dir='{direction}'>{body}</div>"
    words: list[str] = []
    for op in diff.words.ops:
        actual = _html(" ".join(op.actual))
        expected = _html(" ".join(op.expected))
        if op.kind == "same":
            words.append(actual)
        elif op.kind == "missing":
            words.append(f"<span style='{_WORD_STYLE['missing']}'>{expected}</span>")
        elif op.kind == "extra":
            words.append(f"<span style='{_WORD_STYLE['extra']}'>{actual}</span>")
        else:
            words.append(
                f"<span style='{_WORD_STYLE['changed']}'>{actual}</span> "
                f"<span style='{_WORD_STYLE['missing']}'>{expected}</span>"
            )
    body = " ".join(words) if words else "<i>(empty)</i>"
    counts = diff.words
    head = (
        f"<b>WER {diff.wer:.2f}</b> · {counts.changed} changed, {counts.missing} missing,"
        f" {counts.extra} extra"
    )
    return f"<div>{head}</div><div dir='{direction}'>{body}</div>"


class AudioPane(QWidget):
    """A waveform and, when the schema has one, a transcript."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wave = WaveformView(self)
        self.wave.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.wave.setMinimumHeight(90)
        self.transcript = QTextBrowser(self)
        self.transcript.setObjectName("transcriptDiff")
        self.transcript.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.transcript.setFrameShape(QFrame.Shape.StyledPanel)
        size = self.transcript.font().pointSizeF() * 1.15
        self.transcript.setFont(text_font(size))
        self._sizer = ArabicSizer(self.transcript.document(), size)  # Urdu in Nastaliq
        self.transcript.hide()
        self.caption = QLabel(self)
        self.caption.setObjectName("muted")
        self.caption.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.wave, 3)
        layout.addWidget(self.caption)
        layout.addWidget(self.transcript, 2)

    def set_lanes(self, lanes: list[Lane]) -> None:
        self.wave.lanes = lanes
        self.wave.update()

    def set_audio(self, peaks: Peaks | None, duration: float, message: str | None) -> None:
        self.wave.set_audio(peaks, duration, message)

    def set_transcript(self, caption: str, html: str | None) -> None:
        """Show a transcript (`html` None hides it: the schema has none)."""
        self.caption.setText(caption)
        self.caption.setVisible(html is not None)
        self.transcript.setVisible(html is not None)
        if html is not None:
            self.transcript.setHtml(html)


class TimeSync(QObject):
    """Keeps the waveforms of several panes on the same stretch of time."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._views: list[WaveformView] = []
        self._busy = False

    def set_views(self, views: list[WaveformView]) -> None:
        self._views = list(views)
        for view in views:
            view.view_changed.connect(lambda v=view: self._follow(v))

    def views(self) -> list[WaveformView]:
        return list(self._views)

    def _follow(self, source: WaveformView) -> None:
        if self._busy or source not in self._views:
            return
        self._busy = True
        try:
            for view in self._views:
                if view is not source and view.view.duration == source.view.duration:
                    view.view.seconds_per_px = source.view.seconds_per_px
                    view.view.start = source.view.start
                    view.update()
        finally:
            self._busy = False

    def zoom(self, factor: float) -> None:
        if self._views:
            self._views[0].zoom(factor)

    def fit(self) -> None:
        for view in self._views:
            view.fit()

    def set_position(self, seconds: float) -> None:
        for view in self._views:
            view.set_position(seconds, follow=True)


def _html(text: Any) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
