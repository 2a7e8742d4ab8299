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

from labeler.ui.actions import Action

GROUP = "Audio"
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

    def act(
        id_: str, title: str, keys: tuple[str, ...], fn: Callable[[], object], typing: bool = False
    ) -> Action:
        return Action(f"audio.{id_}", title, keys, fn, GROUP, while_typing=typing)

    return [
        act("play_pause", "Play / pause", ("Space",), c.toggle_play),
        act(
            "play_pause_typing",
            "Play / pause (also while typing)",
            ("Ctrl+Space",),
            c.toggle_play,
            True,
        ),
        act("back", "Back 1 s", ("Left",), lambda: c.seek_by(-SEEK_STEP)),
        act("forward", "Forward 1 s", ("Right",), lambda: c.seek_by(SEEK_STEP)),
        act("back_long", "Back 10 s", ("Shift+Left",), lambda: c.seek_by(-SEEK_LONG_STEP)),
        act("forward_long", "Forward 10 s", ("Shift+Right",), lambda: c.seek_by(SEEK_LONG_STEP)),
        act("back_large", "Back 1 min", ("Ctrl+Left",), lambda: c.seek_by(-SEEK_LARGE_STEP)),
        act("forward_large", "Forward 1 min", ("Ctrl+Right",), lambda: c.seek_by(SEEK_LARGE_STEP)),
        act(
            "back_typing",
            "Back 1 s (also while typing)",
            ("Alt+Left",),
            lambda: c.seek_by(-SEEK_STEP),
            True,
        ),
        act(
            "forward_typing",
            "Forward 1 s (also while typing)",
            ("Alt+Right",),
            lambda: c.seek_by(SEEK_STEP),
            True,
        ),
        act(
            "back_long_typing",
            "Back 10 s (also while typing)",
            ("Alt+Shift+Left",),
            lambda: c.seek_by(-SEEK_LONG_STEP),
            True,
        ),
        act(
            "forward_long_typing",
            "Forward 10 s (also while typing)",
            ("Alt+Shift+Right",),
            lambda: c.seek_by(SEEK_LONG_STEP),
            True,
        ),
        act("start", "Go to the start", ("Home",), lambda: c.seek_to(0.0)),
        act("end", "Go to the end", ("End",), c.seek_end),
        act("replay", "Replay the last 3 s", ("Ctrl+R",), lambda: c.replay(REPLAY_SECONDS), True),
        act("slower", "Slower", ("Ctrl+[",), lambda: c.step_rate(-1), True),
        act("faster", "Faster", ("Ctrl+]",), lambda: c.step_rate(1), True),
        act("mark_start", "Mark a segment start at the play head", ("Ctrl+B",), c.mark_start, True),
        act("mark_end", "End the segment at the play head", ("Ctrl+E",), c.mark_end, True),
        act(
            "set_start",
            "Move the selected segment's start to the play head",
            ("Ctrl+Shift+B",),
            lambda: c.move_selected_edge("start"),
            True,
        ),
        act(
            "set_end",
            "Move the selected segment's end to the play head",
            ("Ctrl+Shift+E",),
            lambda: c.move_selected_edge("end"),
            True,
        ),
        act("next_segment", "Next segment", ("Tab",), lambda: c.cycle_segment(1)),
        act("previous_segment", "Previous segment", ("Shift+Tab",), lambda: c.cycle_segment(-1)),
        act("delete_segment", "Delete the selected segment", ("Delete",), c.delete_segment),
        act("zoom_in", "Zoom in ×2", ("Ctrl+=", "Ctrl++"), lambda: c.zoom_by(2.0)),
        act("zoom_out", "Zoom out ÷2", ("Ctrl+-",), lambda: c.zoom_by(0.5)),
        act("zoom_fit", "Show the whole clip", ("Ctrl+0",), c.zoom_fit),
        act("transcript", "Into / out of the transcript", ("F2",), c.toggle_transcript_focus, True),
    ]


def typing_keys(actions: list[Action]) -> list[str]:
    """The keys a transcript box must leave to the shortcuts."""
    return [key for a in actions if a.while_typing for key in a.keys]
