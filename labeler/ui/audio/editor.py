"""The audio editor: waveform with segments, transport and transcript boxes.

`AudioEditor` implements the `MediaEditor` contract: the workbench owns the
draft, its history and the label hotkeys; this widget turns drags and keys into
draft operations (`SegmentEditing`), redraws what a `Change` names, and plays the
clip. Peaks come from `prepare` on a worker thread; when they are not ready the
editor computes them on the thread pool itself, so the GUI thread never decodes.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QLabel, QScrollBar, QVBoxLayout, QWidget

from labeler.client.workitem import WorkItem
from labeler.core.editing import Change, Draft
from labeler.core.jsonvalues import is_number
from labeler.core.schema import Schema
from labeler.ui.actions import Action
from labeler.ui.audio.keys import audio_actions, typing_keys
from labeler.ui.audio.loader import PeaksLoader
from labeler.ui.audio.peaks import CACHE, Peaks, Unreadable, cannot_read, load_peaks
from labeler.ui.audio.player import Transport
from labeler.ui.audio.segment_edits import SegmentEditing
from labeler.ui.audio.segments import Edge, is_segment, label_colors
from labeler.ui.audio.status import StatusLine
from labeler.ui.audio.transcript import TranscriptPanel
from labeler.ui.audio.waveform import FirstImage, Lane, WaveformView, first_image, last_canvas
from labeler.ui.editor import ASSIST_HERE, PREPARING, MediaEditor
from labeler.ui.i18n import isolate, translate
from labeler.ui.itemdata.view import ItemDataView
from labeler.ui.keymap import ShownKeys
from labeler.ui.pinned import Pinned

if TYPE_CHECKING:
    from labeler.core.plugins.host import Pending, Target

# What the waveform or the notice over it says (translated where shown).
LOADING = QT_TRANSLATE_NOOP("audio.editor", "Loading the waveform…")
NO_FILE = QT_TRANSLATE_NOOP("audio.editor", "The audio of this item is not on this computer yet.")
NO_SOUND = QT_TRANSLATE_NOOP(
    "audio.editor", "No sound device: playback is silent; the play head still moves."
)
# The actions whose keys are named above each transcript box (as bound now), with what
# the box's title says each does.
HINTED = {
    "audio.transcript": QT_TRANSLATE_NOOP("audio.editor", "Into / out of the transcript"),
    "audio.play_pause_typing": QT_TRANSLATE_NOOP("audio.editor", "Play / pause"),
    "audio.back_typing": QT_TRANSLATE_NOOP("audio.editor", "Back 1 s"),
    "audio.replay": QT_TRANSLATE_NOOP("audio.editor", "Replay the last 3 s"),
}


class AudioEditor(MediaEditor):
    """Segments on a waveform, playback by key, and transcript boxes with gold diffs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.transport = Transport(self)
        self.waveform = WaveformView(self)
        self.status = StatusLine(self)
        # Why playback is silent or failed, said once, over the wave (not in a terminal).
        self.notice = QLabel(self)
        self.notice.setObjectName("audioNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(
            "background: #fff4ce; color: #5c4400; padding: 4px 8px; border-radius: 4px;"
        )
        self.notice.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.notice.hide()
        self._failure: str | None = None
        self.scrollbar = QScrollBar(Qt.Orientation.Horizontal, self)
        # Under the wave it scrolls time, left to right as the wave does, in every language.
        self.scrollbar.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.panels: dict[str, TranscriptPanel] = {}
        self.edits = SegmentEditing([])
        self._schema: Schema | None = None
        self._item: WorkItem | None = None
        self._draft: Draft | None = None
        self.loader = PeaksLoader(self)
        self.loader.loaded.connect(self._on_loaded)
        self._actions = audio_actions(self)
        self._keys = ShownKeys({}, {})
        self._typing_keys = typing_keys(self._actions)
        self._transcripts = QVBoxLayout()
        self._transcripts.setSpacing(8)
        wave_box = QVBoxLayout()
        wave_box.setSpacing(0)
        wave_box.addWidget(self.waveform, 1)
        wave_box.addWidget(self.scrollbar)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.status)
        # The notice floats over the wave's foot: learning a moment after the first item
        # that there is no sound device neither moves nor shrinks the wave under the work.
        Pinned(self.notice, self.waveform, edge="bottom", margin=8)
        layout.addLayout(wave_box, 1)
        layout.addLayout(self._transcripts)
        # The item's record, conversation or candidates (clips to compare with this one).
        self.item_view = ItemDataView(self)
        self.item_view.current_changed.connect(self.candidate_moved)
        layout.addWidget(self.item_view, 1)
        self.transport.position_changed.connect(self._on_position)
        self.transport.playing_changed.connect(lambda _p: self._update_status())
        self.transport.sound_changed.connect(lambda _s: self._show_notice())
        self.transport.failed.connect(self._on_failed)
        self.waveform.seek_requested.connect(self.seek_to)
        self.waveform.segment_clicked.connect(self._on_clicked)
        self.waveform.segment_drawn.connect(self._on_drawn)
        self.waveform.segment_resized.connect(self._on_resized)
        self.waveform.view_changed.connect(self._sync_scrollbar)
        self.scrollbar.valueChanged.connect(self._on_scrollbar)

    # -- the MediaEditor contract -----------------------------------------------------------

    def set_schema(self, schema: Schema) -> None:
        self._schema = schema
        segment_fields = [f for f in schema.fields if f.kind == "segments"]
        self.edits = SegmentEditing(segment_fields)
        self.waveform.lanes = [Lane(f.name, label_colors(f)) for f in segment_fields]
        for panel in self.panels.values():
            panel.setParent(None)
            panel.deleteLater()
        self.panels = {}
        self._keys = ShownKeys.defaults(schema, self._actions)
        for f in schema.fields:
            if f.kind == "transcript":
                title = f.name.replace("_", " ").capitalize()
                panel = TranscriptPanel(f.name, title, self._hint(), self)
                panel.box.set_passed_keys(self._typing_keys)
                panel.box.edited.connect(lambda text, name=f.name: self._on_typed(name, text))
                panel.box.left.connect(self._on_box_left)
                self.panels[f.name] = panel
                self._transcripts.addWidget(panel)
        self._update_status()

    def show_candidate(self, key: str) -> None:
        self.item_view.comparison.set_current(key)

    def keep_clear_of(self, floating: QWidget) -> None:
        self.item_view.comparison.keep_clear_of(floating)

    def focus_candidates(self) -> bool:
        return self.item_view.focus_candidates()

    def show_item(self, item: WorkItem, draft: Draft, prepared: Any = None) -> None:
        self.transport.stop()
        self.loader.cancel()
        self._failure = None  # a playback error was this item's
        self._show_notice()
        self._item, self._draft = item, draft
        self.item_view.show_data(item.data, item.candidate_paths)
        waiting = prepared is PREPARING  # the queue's preparing of it brings the peaks
        if waiting:
            prepared = None
        if prepared is None and item.display_path is not None and item.media is not None:
            prepared = CACHE.get(f"sha256:{item.media.sha256}")  # memory only: no disk
        if prepared is None and item.display_path is not None and not waiting:
            self.loader.load(lambda: AudioEditor.prepare(item, (0, 0)))
        self._apply_audio(prepared)
        for panel in self.panels.values():
            if panel.box.hasFocus():
                self.waveform.setFocus()  # Space plays the new item rather than typing
            panel.box.set_text(draft.value(panel.field) or "")
            panel.set_expected(None)
        for lane in self.waveform.lanes:
            lane.expected = []
        self._reload_lanes()

    def refresh(self, change: Change) -> None:
        if change.field in self.panels and self._draft is not None:
            panel = self.panels[change.field]
            panel.box.set_text(self._draft.value(change.field) or "")
        elif change.field in self.edits.fields:
            self.edits.settle(change)
            self._reload_lanes()

    def pick_label(self, field: str, label: str) -> bool:
        handled, change = self.edits.pick_label(field, label)
        if change is not None:
            self._edited(change)
        self._update_status()
        return handled

    def show_expected(self, expected: dict[str, Any] | None) -> None:
        expected = expected if isinstance(expected, dict) else {}
        for lane in self.waveform.lanes:
            value = expected.get(lane.field)
            lane.expected = [s for s in value if is_segment(s)] if isinstance(value, list) else []
        for name, panel in self.panels.items():
            value = expected.get(name)
            panel.set_expected(value if isinstance(value, str) else None)
        self.waveform.update()

    def key_actions(self) -> list[Action]:
        return list(self._actions)

    # -- assists ------------------------------------------------------------------------

    def assist_targets(self, what: str) -> list[Target]:
        """The selected segment as a segment prompt: a proposal stands in for it."""
        from labeler.core.plugins.api import Prompt
        from labeler.core.plugins.host import Target

        selection, segment = self.edits.selection, self.edits.selected()
        if what != ASSIST_HERE or selection is None or segment is None:
            return []
        field, index = selection
        start, end = float(segment["start"]), float(segment["end"])
        prompt = Prompt("segment", start=start, end=end, label=segment.get("label"))
        return [Target(field, prompt, index, segment)]

    def show_proposals(self, pending: Pending | None) -> None:
        """The current proposed segment on its lane, drawn as an expected one is."""
        proposal = pending.proposal() if pending is not None and pending.proposals else None
        for lane in self.waveform.lanes:
            shown = proposal is not None and proposal.field == lane.field
            lane.expected = [dict(proposal.value)] if shown else []  # type: ignore[union-attr]
        self.waveform.update()

    def select_region(self, field: str, index: int) -> None:
        if field in self.edits.fields:
            self.edits.select(field, index)
            self._reload_lanes()

    def show_keys(self, keys: ShownKeys) -> None:
        self._keys = keys
        for panel in self.panels.values():
            panel.set_hint(self._hint())
        self._update_status()

    def _hint(self) -> str:
        """The keys named above a transcript box, as bound now."""
        keys = (
            (self._keys.action(i), translate("audio.editor", said)) for i, said in HINTED.items()
        )
        # Each key set apart: next to a Latin word or a number it would swap places with
        # them in an Urdu line.
        return " · ".join(f"{isolate(key)} {title}" for key, title in keys if key)

    def set_typing_keys(self, keys: Iterable[str]) -> None:
        """The keys of the actions that fire while typing, after the user's rebinding:
        the transcript boxes leave them to the workbench's shortcuts."""
        self._typing_keys = list(keys)
        for panel in self.panels.values():
            panel.box.set_passed_keys(self._typing_keys)

    @staticmethod
    def prepare(item: WorkItem, screen_size: tuple[int, int]) -> Any:
        """Peaks of the item's audio (cached per media), or `Unreadable`. Never raises."""
        del screen_size  # the peaks serve every zoom
        if item.display_path is None:
            return Unreadable(translate("audio.editor", NO_FILE))
        try:
            peaks = load_peaks(item.display_path, item.media.sha256 if item.media else None)
            canvas = last_canvas()
            if not isinstance(peaks, Peaks) or canvas is None:
                return peaks
            # The first paint of the clip is then one image copy on the GUI thread.
            return first_image(peaks, clip_duration(item, peaks), canvas)
        except Exception as exc:  # a bug here must not reach the worker's caller
            return Unreadable(cannot_read(type(exc).__name__))

    # -- audio and peaks ------------------------------------------------------------------

    def _apply_audio(self, prepared: Any) -> None:
        item = self._item
        first = prepared if isinstance(prepared, FirstImage) else None
        if first is not None:
            prepared = first.peaks
        peaks = prepared if isinstance(prepared, Peaks) else None
        loading = False
        if isinstance(prepared, Unreadable):
            message: str | None = prepared.message
        elif item is None or item.display_path is None:
            message = translate("audio.editor", NO_FILE)
        else:
            loading = peaks is None
            message = translate("audio.editor", LOADING) if loading else None
        duration = clip_duration(item, peaks)
        self.edits.reset(self._draft, duration)
        path = item.display_path if item is not None and peaks is not None else None
        self.transport.set_source(path, duration)
        self.waveform.mark = None
        self.waveform.set_selection(None)
        self.waveform.set_audio(peaks, duration, message, first)
        self._update_status()
        was, self._loading = self._loading, loading
        if was and not self._loading:
            self.item_ready.emit()

    @property
    def loading(self) -> bool:
        return self._loading

    def take_prepared(self, item_id: str, prepared: Any) -> None:
        item = self._item
        if item is None or item.id != item_id or not self._loading:
            return
        if prepared is None:  # preparing failed: compute the peaks here after all
            self.loader.load(lambda: AudioEditor.prepare(item, (0, 0)))
        else:
            self._on_loaded(prepared)

    def _on_loaded(self, result: object) -> None:
        self._apply_audio(result)
        self._reload_lanes()

    # -- commands (keys) --------------------------------------------------------------------

    def toggle_play(self) -> None:
        self.transport.toggle()

    def seek_to(self, t: float) -> None:
        self.transport.seek(t)
        self.waveform.reveal(self.transport.position)

    def seek_by(self, seconds: float) -> None:
        self.seek_to(self.transport.position + seconds)

    def seek_end(self) -> None:
        self.seek_to(self.transport.duration)

    def replay(self, seconds: float) -> None:
        self.seek_to(self.transport.position - seconds)
        self.transport.play()

    def step_rate(self, step: int) -> None:
        self.transport.step_rate(step)
        self._update_status()

    def mark_start(self) -> None:
        if self.waveform.peaks is not None:
            self.edits.mark_start(self.transport.position)
            self.waveform.mark = self.edits.mark
            self.waveform.update()
            self._update_status()

    def mark_end(self) -> None:
        if self.waveform.peaks is not None:
            self._edited(self.edits.mark_end(self.transport.position))
            self.waveform.mark = None

    def move_selected_edge(self, edge: str) -> None:
        side: Edge = "end" if edge == "end" else "start"
        self._edited(self.edits.move_edge(side, self.transport.position))

    def cycle_segment(self, step: int) -> None:
        index = self.edits.cycle(step)
        segment = self.edits.selected()
        self.waveform.set_selection(self.edits.selection)
        if index is not None and segment is not None:
            self.transport.seek(segment["start"])
            self.waveform.reveal(segment["start"], segment["end"])
        self._update_status()

    def delete_segment(self) -> None:
        self._edited(self.edits.delete_selected())

    def zoom_by(self, factor: float) -> None:
        self.waveform.zoom(factor)

    def zoom_fit(self) -> None:
        self.waveform.fit()

    def toggle_transcript_focus(self) -> None:
        boxes = [p.box for p in self.panels.values()]
        if any(box.hasFocus() for box in boxes) or not boxes:
            self.waveform.setFocus()
        else:
            boxes[0].setFocus()

    # -- reactions --------------------------------------------------------------------------

    def _edited(self, change: Change | None) -> None:
        if change is None:
            self._update_status()
            return
        self._reload_lanes()
        self.changed.emit(change)

    def _reload_lanes(self) -> None:
        for lane in self.waveform.lanes:
            lane.segments = self.edits.segments(lane.field)
        self.waveform.set_selection(self.edits.selection)
        self._update_status()

    def _on_clicked(self, field: str, index: int) -> None:
        self.edits.select(field, None if index < 0 else index)
        self.waveform.set_selection(self.edits.selection)
        self._update_status()

    def _on_drawn(self, field: str, start: float, end: float) -> None:
        self._edited(self.edits.create(field, start, end))

    def _on_resized(self, field: str, index: int, segment: dict[str, Any]) -> None:
        self._edited(self.edits.resize(field, index, segment))

    def _on_typed(self, field: str, text: str) -> None:
        if self._draft is not None:
            change = self._draft.set_value(field, text if text else None, merge=True)
            if change is not None:
                self.changed.emit(change)

    def _on_box_left(self) -> None:
        if self._draft is not None:
            self._draft.end_merge()

    def _on_failed(self, message: str) -> None:
        self._failure = self.tr("Playback failed: {reason}").format(reason=message)
        self._show_notice()

    def _show_notice(self) -> None:
        silent = translate("audio.editor", NO_SOUND) if self.transport.sound is False else ""
        text = self._failure or silent
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _on_position(self, t: float) -> None:
        self.waveform.set_position(t, follow=self.transport.playing)
        self.status.show_time(t, self.transport.duration, self.transport.playing)

    def _update_status(self) -> None:
        active = self.edits.active
        lane = next((ln for ln in self.waveform.lanes if ln.field == active), None)
        if lane is not None:
            armed = self.edits.armed.get(lane.field, "")
            self.waveform.armed_color = lane.colors.get(armed, "#808080")
        self.status.show_state(self._schema, self.edits, self.transport.rate, self._keys)
        self.status.show_time(
            self.transport.position, self.transport.duration, self.transport.playing
        )

    def _sync_scrollbar(self) -> None:
        view = self.waveform.view
        self.scrollbar.blockSignals(True)
        self.scrollbar.setRange(0, max(0, round((view.duration - view.span) * 1000)))
        self.scrollbar.setPageStep(max(1, round(view.span * 1000)))
        self.scrollbar.setSingleStep(max(1, round(view.span * 100)))
        self.scrollbar.setValue(round(view.start * 1000))
        self.scrollbar.blockSignals(False)
        self.scrollbar.setEnabled(not view.fits)

    def _on_scrollbar(self, value: int) -> None:
        self.waveform.scroll_to(value / 1000)


def clip_duration(item: WorkItem | None, peaks: Peaks | None) -> float:
    """The clip's length: the shorter of the decoded audio and what the task server
    measured (answers are checked against that); 0 without peaks."""
    known = [peaks.duration] if peaks else []
    media = item.media if item else None
    if media is not None and is_number(media.duration) and media.duration > 0:
        known.append(float(media.duration))
    return min(known) if peaks and known else 0.0
