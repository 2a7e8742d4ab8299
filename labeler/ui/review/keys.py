"""The review workspace's keys, as data: id, title, default keys. The workspace gives
each its callback; the `?` cheat sheet and the keymap editor list them from here.

Tab and Shift+Tab cycle the panes: a schema may never bind Tab, so no label key is
lost to them; V (view) flips the layout. Neither clashes with A, R, J, K, C, Space.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP

from labeler.ui.actions import Action
from labeler.ui.i18n import translate

#: The actions' titles are marked here and translated when the actions are made.
_CONTEXT = "review.keys"
REVIEW = QT_TRANSLATE_NOOP("review.keys", "Review")
FILTERS = QT_TRANSLATE_NOOP("review.keys", "Review filters")

#: (name, title, keys): the action `review.<name>`.
KEYS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("accept", QT_TRANSLATE_NOOP("review.keys", "Accept the submission"), ("A",)),
    ("reject", QT_TRANSLATE_NOOP("review.keys", "Reject the submission…"), ("R",)),
    ("next", QT_TRANSLATE_NOOP("review.keys", "Next submission"), ("J", "Down")),  # notr: key names
    (
        "previous",
        QT_TRANSLATE_NOOP("review.keys", "Previous submission"),
        ("K", "Up"),  # notr: key names
    ),
    ("zoom_in", QT_TRANSLATE_NOOP("review.keys", "Zoom in (all panes)"), ("+", "=")),
    ("zoom_out", QT_TRANSLATE_NOOP("review.keys", "Zoom out (all panes)"), ("-",)),
    ("fit", QT_TRANSLATE_NOOP("review.keys", "Fit the media in its pane"), ("0",)),
    ("next_pane", QT_TRANSLATE_NOOP("review.keys", "Show the next pane large"), ("Tab",)),
    (
        "previous_pane",
        QT_TRANSLATE_NOOP("review.keys", "Show the previous pane large"),
        ("Shift+Tab",),
    ),
    (
        "layout",
        QT_TRANSLATE_NOOP("review.keys", "One large pane or all panes side by side"),
        ("V",),
    ),
    ("consensus", QT_TRANSLATE_NOOP("review.keys", "Show gold or the consensus"), ("C",)),
    ("play", QT_TRANSLATE_NOOP("review.keys", "Play or pause the audio"), ("Space",)),
    ("reload", QT_TRANSLATE_NOOP("review.keys", "Reload the queue"), ("F5",)),
    ("more", QT_TRANSLATE_NOOP("review.keys", "Load more of the queue"), ("Ctrl+M",)),
    ("retry", QT_TRANSLATE_NOOP("review.keys", "Send waiting decisions now"), ("Ctrl+R",)),
    ("toggle_queue", QT_TRANSLATE_NOOP("review.keys", "Hide or show the queue"), ("Ctrl+B",)),
    (
        "to_queue",
        QT_TRANSLATE_NOOP("review.keys", "Back to the queue"),
        ("Escape",),  # notr: a key name
    ),
)
#: (name, title, key) of the filters' keys: `review.filter_<name>` focuses that filter.
FILTER_KEYS: tuple[tuple[str, str, str], ...] = (
    ("project", QT_TRANSLATE_NOOP("review.keys", "Project filter"), "Alt+P"),
    ("annotator", QT_TRANSLATE_NOOP("review.keys", "Annotator filter"), "Alt+U"),
    ("status", QT_TRANSLATE_NOOP("review.keys", "Status filter"), "Alt+S"),
    ("gold", QT_TRANSLATE_NOOP("review.keys", "Gold or real items filter"), "Alt+G"),
    ("score", QT_TRANSLATE_NOOP("review.keys", "Gold score filter"), "Alt+O"),
)
#: Keys that work while a filter has the keyboard.
WHILE_TYPING = frozenset({"to_queue"})


def review_actions(
    callbacks: Mapping[str, Callable[[], object]],
    filters: Mapping[str, Callable[[], object]],
) -> list[Action]:
    """Every key of the review workspace, each with its callback (by name)."""
    review, filtering = translate(_CONTEXT, REVIEW), translate(_CONTEXT, FILTERS)
    out = [
        Action(
            f"review.{name}",
            translate(_CONTEXT, title),
            keys,
            callbacks[name],
            review,
            name in WHILE_TYPING,
        )
        for name, title, keys in KEYS
    ]
    out += [
        Action(
            f"review.filter_{name}", translate(_CONTEXT, title), (key,), filters[name], filtering
        )
        for name, title, key in FILTER_KEYS
    ]
    return out
