"""Actions are data (STYLE.md 6): one table of id, title, default keys and callback.

Menus, the `?` cheat sheet and the keymap editor are built from these tables; a
user's rebinding (settings) replaces an action's default keys by id.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Action:
    """One thing a user can do by key.

    `id` is dotted (`image.nudge_left`), `keys` are portable QKeySequence strings
    ("Left", "Ctrl+Z", "Shift+Right"); `group` titles its section of the cheat sheet.
    """

    id: str
    title: str
    keys: tuple[str, ...]
    callback: Callable[[], object]
    group: str = "General"
    #: Fires even while a text box has focus (playback keys in a transcript box).
    while_typing: bool = False
    #: A key a widget takes itself when it needs it (Escape while a box is being drawn
    #: on the image): listed on the `?` sheet, never a shortcut, never rebound, in
    #: conflict with nothing.
    claimed: bool = False
