"""The audio editor's own keys, as one table (STYLE.md 6).

Label hotkeys are single printable characters from the schema and must win, so
every key here is non-printable or carries a modifier. Keys that must work while
the transcript box has focus (play, replay, speed, marks) carry Ctrl, and seeking
from there carries Alt (Ctrl+arrows, like Shift+arrows, stay the box's own); they
are marked `while_typing`. The plain ones (Space, arrows, Home/End, Tab, Delete)
type or move the cursor there instead.

Steps follow the product's rule: a plain key is the small step, Shift is ten times
it, Ctrl the large step (1 s, 10 s, 1 min), and the titles say them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP

from labeler.ui.actions import Action
from labeler.ui.i18n import translate

#: The `?` sheet's heading of these keys (translated where the table is built).
GROUP = QT_TRANSLATE_NOOP("audio.keys", "Audio")
SEEK_STEP = 1.0
SEEK_LONG_STEP = 10.0  # Shift: ten small steps
SEEK_LARGE_STEP = 60.0  # Ctrl: the large step, a minute
REPLAY_SECONDS = 3.0


class AudioCommands(Protocol):
    """What the keys call (the editor provides it)."""

    def toggle_play(self) -> None: ...
    def seek_by(self, seconds: float) -> None: ...
    def seek_to(self, t: float) -> None: ...
    def seek_end(self) -> None: ...
    def replay(self, seconds: float) -> None: ...
    def step_rate(self, step: int) -> None: ...
    def mark_start(self) -> None: ...
    def mark_end(self) -> None: ...
    def move_selected_edge(self, edge: str) -> None: ...
    def cycle_segment(self, step: int) -> None: ...
    def delete_segment(self) -> None: ...
    def zoom_by(self, factor: float) -> None: ...
    def zoom_fit(self) -> None: ...
    def toggle_transcript_focus(self) -> None: ...


def audio_actions(c: AudioCommands) -> list[Action]:
    """The table of the audio editor's actions, bound to `c`."""

    group = translate("audio.keys", GROUP)

    def act(
        id_: str, title: str, keys: tuple[str, ...], fn: Callable[[], object], typing: bool = False
    ) -> Action:
        return Action(f"audio.{id_}", title, keys, fn, group, while_typing=typing)

    return [
        act("play_pause", translate("audio.keys", "Play / pause"), ("Space",), c.toggle_play),
        act(
            "play_pause_typing",
            translate("audio.keys", "Play / pause (also while typing)"),
            ("Ctrl+Space",),
            c.toggle_play,
            True,
        ),
        act(
            "back",
            translate("audio.keys", "Back 1 s"),
            ("Left",),  # notr: a key
            lambda: c.seek_by(-SEEK_STEP),
        ),
        act(
            "forward",
            translate("audio.keys", "Forward 1 s"),
            ("Right",),  # notr: a key
            lambda: c.seek_by(SEEK_STEP),
        ),
        act(
            "back_long",
            translate("audio.keys", "Back 10 s"),
            ("Shift+Left",),
            lambda: c.seek_by(-SEEK_LONG_STEP),
        ),
        act(
            "forward_long",
            translate("audio.keys", "Forward 10 s"),
            ("Shift+Right",),
            lambda: c.seek_by(SEEK_LONG_STEP),
        ),
        act(
            "back_large",
            translate("audio.keys", "Back 1 min"),
            ("Ctrl+Left",),
            lambda: c.seek_by(-SEEK_LARGE_STEP),
        ),
        act(
            "forward_large",
            translate("audio.keys", "Forward 1 min"),
            ("Ctrl+Right",),
            lambda: c.seek_by(SEEK_LARGE_STEP),
        ),
        act(
            "back_typing",
            translate("audio.keys", "Back 1 s (also while typing)"),
            ("Alt+Left",),
            lambda: c.seek_by(-SEEK_STEP),
            True,
        ),
        act(
            "forward_typing",
            translate("audio.keys", "Forward 1 s (also while typing)"),
            ("Alt+Right",),
            lambda: c.seek_by(SEEK_STEP),
            True,
        ),
        act(
            "back_long_typing",
            translate("audio.keys", "Back 10 s (also while typing)"),
            ("Alt+Shift+Left",),
            lambda: c.seek_by(-SEEK_LONG_STEP),
            True,
        ),
        act(
            "forward_long_typing",
            translate("audio.keys", "Forward 10 s (also while typing)"),
            ("Alt+Shift+Right",),
            lambda: c.seek_by(SEEK_LONG_STEP),
            True,
        ),
        act("start", translate("audio.keys", "Go to the start"), ("Home",), lambda: c.seek_to(0.0)),
        act("end", translate("audio.keys", "Go to the end"), ("End",), c.seek_end),
        act(
            "replay",
            translate("audio.keys", "Replay the last 3 s"),
            ("Ctrl+R",),
            lambda: c.replay(REPLAY_SECONDS),
            True,
        ),
        act(
            "slower", translate("audio.keys", "Slower"), ("Ctrl+[",), lambda: c.step_rate(-1), True
        ),
        act("faster", translate("audio.keys", "Faster"), ("Ctrl+]",), lambda: c.step_rate(1), True),
        act(
            "mark_start",
            translate("audio.keys", "Mark a segment start at the play head"),
            ("Ctrl+B",),
            c.mark_start,
            True,
        ),
        act(
            "mark_end",
            translate("audio.keys", "End the segment at the play head"),
            ("Ctrl+E",),
            c.mark_end,
            True,
        ),
        act(
            "set_start",
            translate("audio.keys", "Move the selected segment's start to the play head"),
            ("Ctrl+Shift+B",),
            lambda: c.move_selected_edge("start"),
            True,
        ),
        act(
            "set_end",
            translate("audio.keys", "Move the selected segment's end to the play head"),
            ("Ctrl+Shift+E",),
            lambda: c.move_selected_edge("end"),
            True,
        ),
        act(
            "next_segment",
            translate("audio.keys", "Next segment"),
            ("Tab",),
            lambda: c.cycle_segment(1),
        ),
        act(
            "previous_segment",
            translate("audio.keys", "Previous segment"),
            ("Shift+Tab",),
            lambda: c.cycle_segment(-1),
        ),
        act(
            "delete_segment",
            translate("audio.keys", "Delete the selected segment"),
            ("Delete",),  # notr: a key
            c.delete_segment,
        ),
        act(
            "zoom_in",
            translate("audio.keys", "Zoom in ×2"),
            ("Ctrl+=", "Ctrl++"),
            lambda: c.zoom_by(2.0),
        ),
        act(
            "zoom_out", translate("audio.keys", "Zoom out ÷2"), ("Ctrl+-",), lambda: c.zoom_by(0.5)
        ),
        act("zoom_fit", translate("audio.keys", "Show the whole clip"), ("Ctrl+0",), c.zoom_fit),
        act(
            "transcript",
            translate("audio.keys", "Into / out of the transcript"),
            ("F2",),
            c.toggle_transcript_focus,
            True,
        ),
    ]


def typing_keys(actions: list[Action]) -> list[str]:
    """The keys a transcript box must leave to the shortcuts."""
    return [key for a in actions if a.while_typing for key in a.keys]
