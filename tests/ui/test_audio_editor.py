"""The audio editor as the workbench drives it: segments by mouse and key, transcript
typing, gold overlay, unreadable audio and fast item changes."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from labeler.client.workitem import MediaInfo, WorkItem
from labeler.core.editing import Change, Draft
from labeler.core.schema import parse_schema
from labeler.server.demo.calls import SCHEMA as CALLS_SCHEMA
from labeler.ui.audio import AudioEditor, player
from labeler.ui.audio.editor import LOADING, NO_SOUND
from labeler.ui.audio.peaks import Peaks, Unreadable
from labeler.ui.audio.waveform import FirstImage

DEMO = Path(__file__).resolve().parents[2] / "labeler" / "server" / "demo" / "audio"
CLIP = DEMO / "call-02-billing.ogg"  # 7.72 s
SCHEMA = parse_schema(CALLS_SCHEMA)
URDU = "میں آپ کی کیا مدد کر سکتا ہوں؟"


def peaks_of(prepared: Any) -> Peaks:
    """What `prepare` gave: the peaks, with the first image rendered ahead or not."""
    return prepared.peaks if isinstance(prepared, FirstImage) else prepared


def make_item(
    path: Path | None = CLIP, sha: str | None = "c0ffee", duration: float = 7.72
) -> WorkItem:
    media = MediaInfo(sha, "audio/ogg", 1, "u", duration=duration) if sha else None
    return WorkItem("item-1", "batch-1", "calls", 1, media=media, display_path=path)


@pytest.fixture
def editor(qtbot: QtBot) -> AudioEditor:
    ed = AudioEditor()
    qtbot.addWidget(ed)
    ed.resize(1000, 560)
    ed.set_schema(SCHEMA)
    ed.show()
    qtbot.waitExposed(ed)
    ed.activateWindow()
    qtbot.waitUntil(ed.isActiveWindow)
    return ed


def show(
    editor: AudioEditor, answer: dict[str, Any] | None = None, item: WorkItem | None = None
) -> Draft:
    item = item or make_item()
    draft = Draft(SCHEMA, answer)
    editor.show_item(item, draft, AudioEditor.prepare(item, (1366, 768)))
    return draft


def bind_keys(editor: AudioEditor) -> list[QShortcut]:
    """What a workbench does with `key_actions()`: window shortcuts."""
    shortcuts = []
    for action in editor.key_actions():
        for key in action.keys:
            shortcut = QShortcut(QKeySequence(key), editor)
            shortcut.activated.connect(action.callback)
            shortcuts.append(shortcut)
    return shortcuts


def action(editor: AudioEditor, id_: str) -> Any:
    return next(a for a in editor.key_actions() if a.id == id_).callback()


def at(editor: AudioEditor, t: float, lane_index: int = 0) -> QPoint:
    """A point over time `t`, mid-height in a segments lane."""
    lane = editor.waveform.lane_rect(lane_index)
    return QPoint(round(editor.waveform.view.x_of(t)), round(lane.center().y()))


def drag(
    qtbot: QtBot, editor: AudioEditor, a: float, b: float, steps: int = 5, lane: int = 0
) -> None:
    wave = editor.waveform
    start, end = at(editor, a, lane), at(editor, b, lane)
    qtbot.mousePress(wave, Qt.MouseButton.LeftButton, pos=start)
    for i in range(1, steps + 1):
        qtbot.mouseMove(wave, start + (end - start) * i / steps)
    qtbot.mouseRelease(wave, Qt.MouseButton.LeftButton, pos=end)


def record(editor: AudioEditor) -> list[Change]:
    changes: list[Change] = []
    editor.changed.connect(changes.append)
    return changes


def close(a: float, b: float, editor: AudioEditor) -> bool:
    return abs(a - b) <= 2 * editor.waveform.view.seconds_per_px


def test_show_item_with_prepared_peaks_is_lazy(editor: AudioEditor) -> None:
    # How long showing takes is measured by benchmarks/gui_switch.py.
    item = make_item()
    prepared = AudioEditor.prepare(item, (1366, 768))
    for _ in range(3):
        editor.show_item(item, Draft(SCHEMA, {"transcript": "hello"}), prepared)
    assert editor.transport._player is None  # the decoder opens the file only later
    assert editor.waveform.peaks is peaks_of(prepared) and editor.waveform.message is None
    assert editor.transport.duration == pytest.approx(7.72, abs=0.01)
    assert editor.panels["transcript"].box.toPlainText() == "hello"


def test_the_first_image_of_a_clip_is_rendered_ahead_for_the_view_on_screen(
    qtbot: QtBot, editor: AudioEditor
) -> None:
    item = make_item()
    show(editor)
    editor.waveform.repaint()  # the view has painted once: its size is known
    prepared = AudioEditor.prepare(item, (1366, 768))
    assert isinstance(prepared, FirstImage)
    editor.show_item(item, Draft(SCHEMA), prepared)
    editor.waveform.repaint()
    assert editor.waveform._image is prepared.image  # the paint did not render it again
    # A view of another size renders its own.
    editor.resize(editor.width() - 100, editor.height())
    qtbot.waitUntil(lambda: editor.waveform.width() == prepared.canvas.width - 100)
    editor.waveform.repaint()
    assert editor.waveform._image is not prepared.image


def test_drag_on_the_wave_creates_a_segment_with_the_armed_label(
    qtbot: QtBot, editor: AudioEditor
) -> None:
    draft = show(editor)
    changes = record(editor)
    assert editor.pick_label("regions", "noise")  # nothing selected: arms the label
    assert changes == []
    drag(qtbot, editor, 1.0, 2.0)
    assert changes == [Change("regions")]
    [segment] = draft.regions("regions")
    assert segment["label"] == "noise"
    assert close(segment["start"], 1.0, editor) and close(segment["end"], 2.0, editor)
    assert editor.edits.selection == ("regions", 0)
    assert editor.waveform.lanes[0].segments == [segment]
    draft.undo()
    editor.refresh(Change("regions"))
    assert editor.waveform.lanes[0].segments == [] and editor.edits.selection is None


def test_click_selects_and_seeks(qtbot: QtBot, editor: AudioEditor) -> None:
    show(editor, {"regions": [{"label": "speech", "start": 1.0, "end": 3.0}]})
    qtbot.mouseClick(editor.waveform, Qt.MouseButton.LeftButton, pos=at(editor, 2.0))
    assert editor.edits.selection == ("regions", 0)
    assert close(editor.transport.position, 2.0, editor)
    qtbot.mouseClick(editor.waveform, Qt.MouseButton.LeftButton, pos=at(editor, 5.0))
    assert editor.edits.selection is None and close(editor.transport.position, 5.0, editor)


def test_edge_drag_is_one_operation(qtbot: QtBot, editor: AudioEditor) -> None:
    draft = show(editor, {"regions": [{"label": "speech", "start": 1.0, "end": 3.0}]})
    changes = record(editor)
    drag(qtbot, editor, 3.0, 4.5, steps=12)
    assert changes == [Change("regions", 0)]
    [segment] = draft.regions("regions")
    assert segment["start"] == 1.0 and close(segment["end"], 4.5, editor)
    change = draft.undo()
    assert change is not None and not draft.can_undo  # one step
    editor.refresh(change)
    assert editor.waveform.lanes[0].segments == [{"label": "speech", "start": 1.0, "end": 3.0}]


def test_mark_keys_create_segments_during_playback(editor: AudioEditor) -> None:
    draft = show(editor)
    editor.pick_label("regions", "speech")
    editor.transport.seek(1.0)  # stands in for the play head moving
    action(editor, "audio.mark_start")
    assert editor.waveform.mark == 1.0
    editor.transport.seek(2.5)
    action(editor, "audio.mark_end")
    # No start mark: the segment starts where the previous one ended.
    editor.transport.seek(4.0)
    action(editor, "audio.mark_end")
    assert draft.regions("regions") == [
        {"label": "speech", "start": 1.0, "end": 2.5},
        {"label": "speech", "start": 2.5, "end": 4.0},
    ]
    assert editor.waveform.mark is None
    # Shift+Tab selects the last one: a label hotkey relabels it, the play head moves its end.
    action(editor, "audio.previous_segment")
    assert editor.pick_label("regions", "noise")
    editor.transport.seek(4.4)
    action(editor, "audio.set_end")
    assert draft.regions("regions")[1] == {"label": "noise", "start": 2.5, "end": 4.4}


def test_a_marked_segment_is_finished_the_next_label_key_arms_the_next_one(
    editor: AudioEditor,
) -> None:
    draft = show(editor)
    changes = record(editor)
    editor.pick_label("regions", "noise")
    editor.transport.seek(1.0)
    action(editor, "audio.mark_start")
    editor.transport.seek(2.5)
    action(editor, "audio.mark_end")
    assert draft.regions("regions") == [{"label": "noise", "start": 1.0, "end": 2.5}]
    # Ended is finished: nothing selected, so the next label key arms speech for the
    # next segment and leaves the noise segment as it is.
    assert editor.edits.selection is None and editor.waveform.selection is None
    assert "next:" in editor.status.state.text() and "selected:" not in editor.status.state.text()
    assert editor.pick_label("regions", "speech")
    assert draft.regions("regions") == [{"label": "noise", "start": 1.0, "end": 2.5}]
    assert len(changes) == 1
    editor.transport.seek(4.0)
    action(editor, "audio.mark_end")
    assert draft.regions("regions") == [
        {"label": "noise", "start": 1.0, "end": 2.5},
        {"label": "speech", "start": 2.5, "end": 4.0},
    ]
    # Relabelling stays possible on purpose: select with Tab, then a label key.
    action(editor, "audio.next_segment")
    assert editor.edits.selection == ("regions", 0)
    assert editor.pick_label("regions", "music")
    assert draft.regions("regions")[0] == {"label": "music", "start": 1.0, "end": 2.5}
    assert draft.regions("regions")[1]["label"] == "speech"


def test_tab_cycles_relabel_and_delete(editor: AudioEditor) -> None:
    draft = show(
        editor,
        {
            "regions": [
                {"label": "speech", "start": 4.0, "end": 5.0},
                {"label": "music", "start": 0.5, "end": 1.5},
            ]
        },
    )
    changes = record(editor)
    action(editor, "audio.next_segment")
    assert editor.edits.selection == ("regions", 1)  # earliest first
    assert editor.transport.position == 0.5
    action(editor, "audio.next_segment")
    assert editor.edits.selection == ("regions", 0)
    action(editor, "audio.previous_segment")
    assert editor.edits.selection == ("regions", 1)
    assert editor.pick_label("regions", "noise")
    assert draft.regions("regions")[1]["label"] == "noise"
    assert changes == [Change("regions", 1)]
    action(editor, "audio.delete_segment")
    assert draft.regions("regions") == [{"label": "speech", "start": 4.0, "end": 5.0}]
    assert editor.edits.selection is None
    action(editor, "audio.delete_segment")  # nothing selected: nothing happens
    assert len(changes) == 2
    assert not editor.pick_label("transcript", "x") and not editor.pick_label("other", "x")


def test_transcript_typing_is_one_undo_step(qtbot: QtBot, editor: AudioEditor) -> None:
    draft = show(editor)
    changes = record(editor)
    box = editor.panels["transcript"].box
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    qtbot.keyClicks(box, "hello world")
    assert draft.value("transcript") == "hello world"
    assert len(changes) == len("hello world")
    editor.waveform.setFocus()  # leaving the box ends the step
    qtbot.waitUntil(lambda: not box.hasFocus())
    box.setFocus()
    qtbot.keyClicks(box, " again")
    change = draft.undo()
    assert change == Change("transcript")
    editor.refresh(change)
    assert box.toPlainText() == "hello world"
    editor.refresh(draft.undo())  # type: ignore[arg-type]
    assert box.toPlainText() == "" and draft.value("transcript") is None
    assert not draft.can_undo


def test_undo_in_the_box_is_the_drafts(qtbot: QtBot, editor: AudioEditor) -> None:
    draft = show(editor, {"transcript": "one"})
    undo = QShortcut(QKeySequence("Ctrl+Z"), editor)  # the workbench's undo
    undo.activated.connect(lambda: editor.refresh(draft.undo()))  # type: ignore[arg-type]
    box = editor.panels["transcript"].box
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    qtbot.keyClicks(box, " two")
    assert draft.value("transcript") == "one two"
    qtbot.keyClick(box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert draft.value("transcript") == "one" and box.toPlainText() == "one"


def test_playback_keys_work_while_typing(qtbot: QtBot, editor: AudioEditor) -> None:
    draft = show(editor)
    shortcuts = bind_keys(editor)
    box = editor.panels["transcript"].box
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    editor.transport.seek(3.0)
    alt = Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(box, Qt.Key.Key_Right, alt)
    assert editor.transport.position == 4.0
    qtbot.keyClick(box, Qt.Key.Key_Left, alt)
    assert editor.transport.position == 3.0
    qtbot.keyClick(box, Qt.Key.Key_Right, alt | Qt.KeyboardModifier.ShiftModifier)
    assert editor.transport.position == pytest.approx(7.72, abs=0.01)  # 10 s, to the end
    qtbot.keyClick(box, Qt.Key.Key_Left, alt | Qt.KeyboardModifier.ShiftModifier)
    assert editor.transport.position == 0.0
    editor.transport.seek(3.0)
    # Ctrl+arrows stay the box's (by word): the large seek step is the wave's only.
    qtbot.keyClick(box, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert editor.transport.position == 3.0
    qtbot.keyClick(box, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert editor.edits.mark == 3.0
    # Plain keys type: Space is a space, Right moves the cursor, "s" is a letter.
    qtbot.keyClicks(box, "s s")
    qtbot.keyClick(box, Qt.Key.Key_Right)
    assert draft.value("transcript") == "s s" and not editor.transport.playing
    assert editor.transport.position == 3.0
    with qtbot.waitSignal(editor.transport.playing_changed):
        qtbot.keyClick(box, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert editor.transport.playing
    qtbot.keyClick(box, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert not editor.transport.playing
    editor.transport.seek(6.0)
    qtbot.keyClick(box, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)  # replay 3 s
    assert editor.transport.playing
    editor.transport.pause()
    assert 3.0 <= editor.transport.position < 5.0
    qtbot.keyClick(box, Qt.Key.Key_BracketRight, Qt.KeyboardModifier.ControlModifier)
    assert editor.transport.rate == 1.25
    assert box.hasFocus() and draft.value("transcript") == "s s"
    del shortcuts


def test_space_and_tab_work_outside_the_box(qtbot: QtBot, editor: AudioEditor) -> None:
    show(editor, {"regions": [{"label": "speech", "start": 1.0, "end": 2.0}]})
    shortcuts = bind_keys(editor)
    editor.waveform.setFocus()
    qtbot.waitUntil(editor.waveform.hasFocus)
    qtbot.keyClick(editor.waveform, Qt.Key.Key_Tab)
    assert editor.edits.selection == ("regions", 0)
    # Seeking: a plain arrow is the small step, Shift ten of them, Ctrl a minute.
    qtbot.keyClick(editor.waveform, Qt.Key.Key_Right)
    assert editor.transport.position == 2.0
    qtbot.keyClick(editor.waveform, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert editor.transport.position == 0.0
    qtbot.keyClick(editor.waveform, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert editor.transport.position == pytest.approx(7.72, abs=0.01)
    qtbot.keyClick(editor.waveform, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert editor.transport.position == 0.0
    with qtbot.waitSignal(editor.transport.playing_changed):
        qtbot.keyClick(editor.waveform, Qt.Key.Key_Space)
    editor.transport.stop()
    action(editor, "audio.transcript")
    qtbot.waitUntil(editor.panels["transcript"].box.hasFocus)
    del shortcuts


def test_gold_overlay_and_word_diff(qtbot: QtBot, editor: AudioEditor) -> None:
    show(editor, {"transcript": "Hi I was charged for my bill"})
    panel = editor.panels["transcript"]
    gold = {
        "regions": [{"label": "speech", "start": 0.0, "end": 3.56}],
        "transcript": "Hi, I was charged twice for my internet bill.",
    }
    editor.show_expected(gold)
    assert editor.waveform.lanes[0].expected == gold["regions"]
    assert editor.waveform.lanes[0].segments == []  # gold is drawn, never edited
    assert panel.diff_view.isVisible()
    diff = panel.diff_view.diff
    assert diff is not None and diff.missing == 2 and diff.extra == 0
    assert "twice" in panel.diff_view.text() and "internet" in panel.diff_view.text()
    editor.grab()  # paints the dashed gold bands
    panel.box.setFocus()
    panel.box.moveCursor(panel.box.textCursor().MoveOperation.End)
    qtbot.keyClicks(panel.box, " today")
    qtbot.waitUntil(lambda: panel.diff_view.diff is not None and panel.diff_view.diff.extra == 1)
    editor.show_expected(None)
    assert not panel.diff_view.isVisible() and editor.waveform.lanes[0].expected == []
    # Hostile gold shapes are ignored, not drawn or trusted.
    editor.show_expected(
        {"regions": [1, {"label": 3}, {"label": "x", "start": "a", "end": 1}], "transcript": 5}
    )
    assert editor.waveform.lanes[0].expected == [] and panel.expected is None
    editor.grab()


def test_urdu_transcript_reads_right_to_left(qtbot: QtBot, editor: AudioEditor) -> None:
    show(editor, {"transcript": URDU})
    box = editor.panels["transcript"].box
    assert box.document().firstBlock().textDirection() == Qt.LayoutDirection.RightToLeft
    box.moveCursor(box.textCursor().MoveOperation.Start)
    assert box.cursorRect().x() > box.viewport().width() - 20  # starts at the right edge
    box.set_text("Hello")
    box.moveCursor(box.textCursor().MoveOperation.Start)
    assert box.cursorRect().x() < 20
    box.set_text(URDU)
    editor.show_expected({"transcript": URDU})
    text = editor.panels["transcript"].diff_view.text()
    assert "dir='rtl'" in text and "every word matches" in text


def test_unreadable_audio_shows_a_message(
    qtbot: QtBot, editor: AudioEditor, tmp_path: Path
) -> None:
    bad = tmp_path / "broken.ogg"
    bad.write_bytes(b"OggS" + b"\x00garbage" * 100)
    item = make_item(bad, sha="bad")
    prepared = AudioEditor.prepare(item, (1366, 768))
    assert isinstance(prepared, Unreadable)
    draft = Draft(SCHEMA)
    editor.show_item(item, draft, prepared)
    assert "cannot be read" in (editor.waveform.message or "")
    editor.grab()
    drag(qtbot, editor, 1.0, 2.0)
    action(editor, "audio.mark_end")
    action(editor, "audio.play_pause")
    assert draft.regions("regions") == [] and not editor.transport.playing
    missing = make_item(None)
    editor.show_item(missing, draft, AudioEditor.prepare(missing, (1366, 768)))
    assert "not on this computer" in (editor.waveform.message or "")


def test_peaks_load_off_the_gui_thread_when_not_prepared(
    qtbot: QtBot, editor: AudioEditor, tmp_path: Path
) -> None:
    copy = tmp_path / "copy.ogg"
    shutil.copy(CLIP, copy)
    editor.show_item(make_item(copy, sha=None), Draft(SCHEMA), None)
    assert editor.waveform.message == LOADING and editor.waveform.peaks is None
    qtbot.waitUntil(lambda: editor.waveform.peaks is not None, timeout=10_000)
    assert editor.waveform.message is None
    assert editor.transport.duration == pytest.approx(7.72, abs=0.01)
    # A result for an item no longer shown is dropped.
    other = make_item()
    prepared = AudioEditor.prepare(other, (1366, 768))
    editor.show_item(make_item(copy, sha=None), Draft(SCHEMA), None)
    editor.show_item(other, Draft(SCHEMA), prepared)
    qtbot.waitUntil(lambda: not editor.loader.busy, timeout=10_000)
    assert editor.waveform.peaks is peaks_of(prepared)


def test_changing_item_stops_playback(qtbot: QtBot, editor: AudioEditor) -> None:
    show(editor)
    with qtbot.waitSignal(editor.transport.playing_changed):
        editor.toggle_play()
    qtbot.waitUntil(lambda: editor.transport.position > 0.05, timeout=5000)
    show(editor)
    assert not editor.transport.playing and editor.transport.position == 0.0


def test_without_a_sound_device_the_editor_says_so_once(
    qtbot: QtBot, editor: AudioEditor, monkeypatch: pytest.MonkeyPatch
) -> None:
    if player.audio_outputs():  # this machine has none: the test sees the real case
        monkeypatch.setattr(player, "audio_outputs", lambda: [])
    show(editor)
    assert not editor.notice.isVisible()  # not known before the player opens
    wave = editor.waveform.geometry()
    qtbot.waitUntil(editor.notice.isVisible, timeout=5000)  # it opens shortly after
    assert editor.notice.text() == NO_SOUND and editor.transport.sound is False
    # It floats over the wave's foot: the wave neither moves nor shrinks under the work.
    assert editor.waveform.geometry() == wave
    assert editor.notice.parent() is editor.waveform
    assert editor.notice.geometry().bottom() < wave.height()
    show(editor)  # the next item: the same notice, once
    with qtbot.waitSignal(editor.transport.playing_changed):
        editor.toggle_play()
    qtbot.waitUntil(lambda: editor.transport.position > 0.05, timeout=5000)  # in silence
    editor.transport.pause()
    said = [w for w in editor.findChildren(QLabel) if w.isVisible() and "sound" in w.text()]
    assert said == [editor.notice]


def test_with_a_sound_device_no_notice_and_a_player_error_is_said(
    qtbot: QtBot, editor: AudioEditor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(player, "audio_outputs", lambda: ["a device"])
    show(editor)
    qtbot.waitUntil(lambda: editor.transport.sound is not None, timeout=5000)
    assert editor.transport.sound and not editor.notice.isVisible()
    editor.transport.failed.emit("Could not open the file")
    assert editor.notice.isVisible()
    assert editor.notice.text() == "Playback failed: Could not open the file"
    show(editor)  # the error was that item's
    assert not editor.notice.isVisible()


TWO_LANES = parse_schema(
    {
        "title": "Calls by speaker",
        "media": "audio",
        "fields": [
            {
                "name": "speakers",
                "kind": "segments",
                "labels": [{"value": "agent", "hotkey": "a"}, {"value": "caller", "hotkey": "c"}],
            },
            {
                "name": "events",
                "kind": "segments",
                "labels": [{"value": "beep", "hotkey": "b", "color": "#ff0000"}],
            },
            {"name": "language", "kind": "choice", "labels": [{"value": "en"}, {"value": "ur"}]},
        ],
    }
)


def test_each_segments_field_has_its_own_lane(qtbot: QtBot) -> None:
    ed = AudioEditor()
    qtbot.addWidget(ed)
    ed.resize(900, 500)
    ed.set_schema(TWO_LANES)
    ed.show()
    qtbot.waitExposed(ed)
    item = make_item()
    draft = Draft(TWO_LANES, {"speakers": [{"label": "agent", "start": 0.5, "end": 2.0}]})
    ed.show_item(item, draft, AudioEditor.prepare(item, (1366, 768)))
    assert [lane.field for lane in ed.waveform.lanes] == ["speakers", "events"]
    assert ed.panels == {}
    assert ed.waveform.lanes[0].colors == {"agent": "#4363d8", "caller": "#f58231"}
    assert ed.waveform.lanes[1].colors == {"beep": "#ff0000"}
    drag(qtbot, ed, 3.0, 3.5, lane=1)
    [beep] = draft.regions("events")
    assert beep["label"] == "beep" and ed.edits.selection == ("events", 0)
    assert ed.pick_label("speakers", "caller")  # another field: arms it, relabels nothing
    assert draft.regions("events")[0]["label"] == "beep"
    action(ed, "audio.next_segment")  # cycles the field last used
    assert ed.edits.selection == ("speakers", 0)
    assert ed.pick_label("speakers", "caller")
    assert draft.regions("speakers")[0]["label"] == "caller"
    assert not ed.pick_label("language", "en")  # not a segments field: the workbench's
    ed.grab()


def test_play_and_pause_move_nothing_in_the_line_above_the_wave(
    qtbot: QtBot, editor: AudioEditor
) -> None:
    show(editor)
    status = editor.status
    places = []
    for playing in (False, True, False):
        status.show_time(1.0, 7.72, playing)
        status.layout().activate()
        places.append(status.state.x())
    assert places[0] == places[1] == places[2]
    assert status.state.x() > 0


def test_a_selected_segment_is_an_assist_s_prompt_and_its_proposal_shows_on_its_lane(
    editor: AudioEditor,
) -> None:
    from labeler.core.plugins import Proposal
    from labeler.core.plugins.host import Pending
    from labeler.ui.editor import ASSIST_HERE

    segment = {"label": "speech", "start": 1.0, "end": 2.5}
    draft = show(editor, {"regions": [segment]})
    assert editor.assist_targets(ASSIST_HERE) == []  # nothing selected: nothing to ask
    editor.select_region("regions", 0)
    [target] = editor.assist_targets(ASSIST_HERE)
    prompt = target.prompt
    assert (target.field, target.replaces, target.original) == ("regions", 0, segment)
    assert (prompt.kind, prompt.start, prompt.end, prompt.label) == ("segment", 1.0, 2.5, "speech")
    tighter = {"label": "speech", "start": 1.2, "end": 2.4}
    pending = Pending(target, [Proposal("regions", tighter)], "Voice assist")
    editor.show_proposals(pending)
    [lane] = [lane for lane in editor.waveform.lanes if lane.field == "regions"]
    assert lane.expected == [tighter]
    change, _ = pending.accept(draft)
    editor.refresh(change)
    editor.show_proposals(None)
    assert draft.regions("regions") == [tighter] and lane.expected == []
