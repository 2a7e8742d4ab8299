"""The labeling keys: one table of the workbench's actions (STYLE.md 6), built for the
open schema; the editor of its media adds its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from labeler.core.hotkeys import label_keys
from labeler.ui.actions import Action

if TYPE_CHECKING:
    from labeler.ui.workbench.session import LabelingSession


def session_actions(session: LabelingSession) -> list[Action]:
    """Labels from the schema, then the item's keys, then the editor's."""
    actions: list[Action] = []
    if session.schema is not None:
        for key in label_keys(session.schema):
            actions.append(
                Action(
                    f"label.{key.field}.{key.label}",
                    f"{key.label} ({key.field})",
                    (key.key,),
                    lambda k=key: session.pick_label(k.field, k.label),
                    group="Labels",
                )
            )
    item = "Item"
    actions += [
        Action(
            "item.submit",
            "Submit and show the next item",
            ("Return", "Enter"),
            session.submit,
            group=item,
        ),
        Action(
            "item.submit_typing",
            "Submit (also while typing)",
            ("Ctrl+Return",),
            session.submit,
            group=item,
            while_typing=True,
        ),
        Action(
            "item.skip",
            "Skip this item (with a reason)…",
            ("Ctrl+K",),
            session.skip,
            group=item,
            while_typing=True,
        ),
        Action(
            "item.discard",
            "Discard this item's draft (Ctrl+Z brings it back)",
            ("Ctrl+Shift+Backspace",),
            session.discard,
            group=item,
            while_typing=True,
        ),
        Action(
            "edit.undo",
            "Undo",
            ("Ctrl+Z",),
            session.undo,
            group=item,
            while_typing=True,
        ),
        Action(
            "edit.redo",
            "Redo",
            ("Ctrl+Shift+Z", "Ctrl+Y"),
            session.redo,
            group=item,
            while_typing=True,
        ),
        Action(
            "gold.expected",
            "Show the expected answer of a missed control item",
            ("Ctrl+G",),
            session.gold_review.toggle_expected,
            group=item,
        ),
        Action(
            "gold.back",
            "Back to the current item",
            ("Escape",),
            session.end_review,
            group=item,
        ),
    ]
    if session.editor is not None:
        actions += session.editor.key_actions()
    return actions
