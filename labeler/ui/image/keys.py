"""The image editor's own keys, as actions (STYLE.md 6).

Label hotkeys are single printable characters chosen by the schema and must
win, so tools sit on Ctrl+digits and the rest on keys a label cannot use
(arrows, Delete, Tab). The few printable defaults (`+`, `-`, `=`, `0`) are
dropped when the schema gives them to a label; their Ctrl forms remain.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from labeler.ui.actions import Action

if TYPE_CHECKING:
    from labeler.ui.image.editor import ImageEditor

GROUP = "Image"

_TOOLS = (
    ("select", "tool_select", "Select tool", "Ctrl+1"),
    ("boxes", "tool_box", "Box tool", "Ctrl+2"),
    ("polygons", "tool_polygon", "Polygon tool", "Ctrl+3"),
    ("points", "tool_point", "Point tool", "Ctrl+4"),
)
_NUDGES = (
    ("left", "Left", -1, 0),
    ("right", "Right", 1, 0),
    ("up", "Up", 0, -1),
    ("down", "Down", 0, 1),
)

_RESIZES = {"left": "narrower", "right": "wider", "up": "shorter", "down": "taller"}


def editor_actions(editor: ImageEditor, hotkeys: set[str]) -> list[Action]:
    """The action table of `editor`; `hotkeys` are the schema's label keys (lowercase)."""
    actions: list[Action] = []

    def add(id_: str, title: str, keys: tuple[str, ...], callback: Callable[[], object]) -> None:
        free = tuple(k for k in keys if len(k) != 1 or k.lower() not in hotkeys)
        actions.append(Action(f"image.{id_}", title, free, callback, GROUP))

    kinds = set(editor.region_kinds())
    for kind, id_, title, key in _TOOLS:
        if kind == "select" or kind in kinds:
            add(id_, title, (key,), partial(editor.set_tool, kind))
    add("zoom_in", "Zoom in", ("+", "=", "Ctrl++", "Ctrl+="), editor.zoom_in)
    add("zoom_out", "Zoom out", ("-", "Ctrl+-"), editor.zoom_out)
    add("zoom_fit", "Fit the image", ("0", "Ctrl+0"), editor.zoom_fit)
    if not kinds:
        return actions
    for name, key, dx, dy in _NUDGES:
        add(
            f"nudge_{name}",
            f"Nudge the selection {name} 1 px (pan when none)",
            (key,),
            partial(editor.nudge, dx, dy),
        )
        add(
            f"nudge_{name}_far",
            f"Nudge the selection {name} 10 px",
            (f"Shift+{key}",),
            partial(editor.nudge, 10 * dx, 10 * dy),
        )
    if kinds & {"boxes", "polygons", "points"}:
        add(
            "add_at_center",
            "Add a region in the middle of the view (a vertex after the current one)",
            ("Insert", "Ctrl+N"),
            editor.add_at_center,
        )
    if "polygons" in kinds:
        add(
            "next_vertex",
            "Next vertex of the selected polygon (arrows move it)",
            ("]", "Ctrl+]"),
            lambda: editor.select_vertex(1),
        )
        add(
            "previous_vertex",
            "Previous vertex of the selected polygon",
            ("[", "Ctrl+["),
            lambda: editor.select_vertex(-1),
        )
    if "boxes" in kinds:
        for name, key, dx, dy in _NUDGES:
            how = _RESIZES[name]
            add(
                f"resize_{name}",
                f"Make the selected box {how} by 10 px",
                (f"Alt+{key}",),
                partial(editor.resize_selected, 10 * dx, 10 * dy),
            )
            add(
                f"resize_{name}_fine",
                f"Make the selected box {how} by 1 px",
                (f"Alt+Shift+{key}",),
                partial(editor.resize_selected, dx, dy),
            )
    add(
        "delete",
        "Delete the selected region (or the current vertex)",
        ("Delete",),
        editor.delete_selected,
    )
    add("next_region", "Select the next region", ("Tab",), lambda: editor.select_next(1))
    add(
        "previous_region",
        "Select the previous region",
        ("Shift+Tab",),
        lambda: editor.select_next(-1),
    )
    return actions
