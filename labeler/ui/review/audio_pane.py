"""Audio panes: the waveform with one lane per segments field (segments matched green,
unmatched red, reference segments missed shown apart), and the transcript with its
word differences from the reference and its WER. Zoom and scroll follow across panes;
one play head for all."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QBoxLayout, QFrame, QLabel, QTextBrowser, QVBoxLayout, QWidget

from labeler.core.consensus import TranscriptDiff
from labeler.ui.audio.peaks import Peaks
from labeler.ui.audio.waveform import Lane, WaveformView
from labeler.ui.i18n import number, translate
from labeler.ui.pages.common import is_rtl
from labeler.ui.review.marks import MISSED, Mark
from labeler.ui.text.fonts import ArabicSizer, text_font

#: Marks a waveform is kept in step by (a view is connected once).
_SYNCED = "labeler_time_synced"
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
        lane, missed = Lane(name, {}), Lane(f"{name} (missed)", {})  # notr: ids, never shown
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
    empty = "<i>{}</i>".format(translate("review.audio_pane", "(empty)"))
    if diff is None:
        body = _html(text) if text else empty
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
    body = " ".join(words) if words else empty
    counts = diff.words
    head = translate(
        "review.audio_pane",
        "<b>WER {wer}</b> · {changed} changed, {missing} missing, {extra} extra",
    ).format(
        wer=number(diff.wer, 2),
        changed=number(counts.changed),
        missing=number(counts.missing),
        extra=number(counts.extra),
    )
    return f"<div>{head}</div><div dir='{direction}'>{body}</div>"


class AudioPane(QWidget):
    """A waveform and, when the schema has one, a transcript: under the waveform in a
    column, beside it in a wide row (the rows' waveforms then line up in time)."""

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
        self.words = QWidget(self)
        words = QVBoxLayout(self.words)
        words.setContentsMargins(0, 0, 0, 0)
        words.setSpacing(2)
        words.addWidget(self.caption)
        words.addWidget(self.transcript, 1)
        self.words.hide()
        self._layout = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self._layout.addWidget(self.wave, 3)
        self._layout.addWidget(self.words, 2)

    def set_wide(self, wide: bool) -> None:
        """The transcript beside the waveform (a wide row) or under it."""
        self._layout.setDirection(
            QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        )

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
        self.words.setVisible(html is not None)
        if html is not None:
            self.transcript.setHtml(html)


class TimeSync(QObject):
    """Keeps the waveforms of several panes on the same stretch of time."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._views: list[WaveformView] = []
        self._busy = False

    def set_views(self, views: list[WaveformView]) -> None:
        """The waveforms to keep in step (those on screen)."""
        self._views = list(views)
        for view in views:
            if not view.property(_SYNCED):
                view.setProperty(_SYNCED, True)
                view.view_changed.connect(lambda v=view: self._follow(v))

    def views(self) -> list[WaveformView]:
        return list(self._views)

    def _follow(self, source: WaveformView) -> None:
        if self._busy or source not in self._views:
            return
        self._copy(source, self._views)

    def hand_over(self, source: WaveformView, target: WaveformView) -> None:
        """`target` (now on screen) shows the stretch of time `source` showed."""
        if not self._busy:
            self._copy(source, [target])

    def _copy(self, source: WaveformView, targets: list[WaveformView]) -> None:
        self._busy = True
        try:
            for view in targets:
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
