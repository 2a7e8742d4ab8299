"""Actions are data (STYLE.md 6): one table of id, title, default keys and callback.

Menus, the `?` cheat sheet and the keymap editor are built from these tables; a
user's rebinding (settings) replaces an action's default keys by id. An action's `title`
and `group` are what those show: translated when the table is built (tables are built
once the interface's language is installed), the default group by `group_title`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from labeler.core.i18n import QT_TRANSLATE_NOOP
from labeler.ui.i18n import translate

#: The group of keys that work on every screen (and of an action that names none).
GENERAL = QT_TRANSLATE_NOOP("actions", "General")


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
    group: str = GENERAL
    #: Fires even while a text box has focus (playback keys in a transcript box).
    while_typing: bool = False
    #: A key a widget takes itself when it needs it (Escape while a box is being drawn
    #: on the image): listed on the `?` sheet, never a shortcut, never rebound, in
    #: conflict with nothing.
    claimed: bool = False
    #: Whether the `?` sheet lists it now (None: always): a key for something the item
    #: shown may not have (Alt+C for a third candidate on an item of two) is listed only
    #: when it does. The key stays bound either way.
    listed: Callable[[], bool] | None = None
    #: Its first two keys are the ends of a run of keys (digits "1" and "9": every digit
    #: from 1 to 9), and the `?` sheet shows them so, "1–9", not as two keys "1 / 9".
    run: bool = False


def general() -> str:
    """The group of keys that work on every screen, as shown."""
    return translate("actions", GENERAL)


def group_title(group: str) -> str:
    """A group as the `?` sheet and the keymap editor show it: the default group (left in
    English by an action that names no group) translated, any other as given."""
    return general() if group == GENERAL else group
