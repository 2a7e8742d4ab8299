"""The review workspace's keys, as data: id, title, default keys. The workspace gives
each its callback; the `?` cheat sheet and the keymap editor list them from here.

Tab and Shift+Tab cycle the panes: a schema may never bind Tab, so no label key is
lost to them; V (view) flips the layout. Neither clashes with A, R, J, K, C, Space.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from labeler.ui.actions import Action

REVIEW = "Review"
FILTERS = "Review filters"

#: (name, title, keys): the action `review.<name>`.
KEYS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("accept", "Accept the submission", ("A",)),
    ("reject", "Reject the submission…", ("R",)),
    ("next", "Next submission", ("J", "Down")),
    ("previous", "Previous submission", ("K", "Up")),
    ("zoom_in", "Zoom in (all panes)", ("+", "=")),
    ("zoom_out", "Zoom out (all panes)", ("-",)),
    ("fit", "Fit the media in its pane", ("0",)),
    ("next_pane", "Show the next pane large", ("Tab",)),
    ("previous_pane", "Show the previous pane large", ("Shift+Tab",)),
    ("layout", "One large pane or all panes side by side", ("V",)),
    ("consensus", "Show gold or the consensus", ("C",)),
    ("play", "Play or pause the audio", ("Space",)),
    ("reload", "Reload the queue", ("F5",)),
    ("more", "Load more of the queue", ("Ctrl+M",)),
    ("retry", "Send waiting decisions now", ("Ctrl+R",)),
    ("toggle_queue", "Hide or show the queue", ("Ctrl+B",)),
    ("to_queue", "Back to the queue", ("Escape",)),
)
#: (name, title, key) of the filters' keys: `review.filter_<name>` focuses that filter.
FILTER_KEYS: tuple[tuple[str, str, str], ...] = (
    ("project", "Project filter", "Alt+P"),
    ("annotator", "Annotator filter", "Alt+U"),
    ("status", "Status filter", "Alt+S"),
    ("gold", "Gold or real items filter", "Alt+G"),
    ("score", "Gold score filter", "Alt+O"),
)
#: Keys that work while a filter has the keyboard.
WHILE_TYPING = frozenset({"to_queue"})


def review_actions(
    callbacks: Mapping[str, Callable[[], object]],
    filters: Mapping[str, Callable[[], object]],
) -> list[Action]:
    """Every key of the review workspace, each with its callback (by name)."""
    out = [
        Action(f"review.{name}", title, keys, callbacks[name], REVIEW, name in WHILE_TYPING)
        for name, title, keys in KEYS
    ]
    out += [
        Action(f"review.filter_{name}", title, (key,), filters[name], FILTERS)
        for name, title, key in FILTER_KEYS
    ]
    return out
