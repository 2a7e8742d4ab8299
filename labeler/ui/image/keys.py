"""The image editor's own keys, as actions (STYLE.md 6).

Label hotkeys are single printable characters chosen by the schema and must
win, so tools sit on Ctrl+digits and the rest on keys a label cannot use
(arrows, Space, Delete, Tab). The few printable defaults (`+`, `-`, `=`, `0`) are
dropped when the schema gives them to a label; their Ctrl forms remain.

Steps, everywhere in the product: a plain arrow is the small step, Shift ten of
them, Ctrl fifty. Here the small step is one pixel of the ORIGINAL image, for the
crosshair, for moving a region and (with Alt) for sizing a box. Not a screen
pixel: the answer is in original pixels, the magnifier shows them one to one, and
a key then does the same at every zoom, so counts can be learnt ("four Shift+Right
is 40 px") and a corner always lands on the pixel the magnifier shows. Screen
steps would skip 2-3 pixels of a photo shown whole on a laptop. Sizing has no
Ctrl+Alt step: Ctrl+Alt+arrows belong to the desktop on many machines (workspace
switching, or turning the screen round with some graphics drivers).

Escape, Enter and Backspace are the workbench's keys (back, submit) except while
a region is being drawn: the canvas claims them then (see `ImageCanvas.claims`).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Protocol

from labeler.ui.actions import Action
from labeler.ui.keymap import ShownKeys, normalize_key

GROUP = "Image"
#: Original pixels per arrow press: plain, Shift, Ctrl.
STEP, FAR, JUMP = 1, 10, 50

_TOOLS = (
    ("select", "tool_select", "Select tool", "Ctrl+1"),
    ("boxes", "tool_box", "Box tool and crosshair", "Ctrl+2"),
    ("polygons", "tool_polygon", "Polygon tool and crosshair", "Ctrl+3"),
    ("points", "tool_point", "Point tool and crosshair", "Ctrl+4"),
)
_ARROWS = (
    ("left", "Left", -1, 0),
    ("right", "Right", 1, 0),
    ("up", "Up", 0, -1),
    ("down", "Down", 0, 1),
)
#: Suffix of the action id, modifier, step.
_STEPS = (("", "", STEP), ("_far", "Shift+", FAR), ("_jump", "Ctrl+", JUMP))
_SIZE_STEPS = _STEPS[:2]
_RESIZES = {"left": "narrower", "right": "wider", "up": "shorter", "down": "taller"}


class KeyHost(Protocol):
    """What the keys ask of the image editor."""

    def region_kinds(self) -> list[str]: ...
    def arm(self, kind: str) -> bool: ...
    def zoom_in(self) -> None: ...
    def zoom_out(self) -> None: ...
    def zoom_fit(self) -> None: ...
    def step(self, dx: int, dy: int) -> None: ...
    def mark(self) -> None: ...
    def add_at_center(self) -> None: ...
    def select_vertex(self, step: int) -> None: ...
    def resize_selected(self, dw: int, dh: int) -> None: ...
    def delete_selected(self) -> None: ...
    def select_next(self, step: int) -> None: ...


def _px(n: int) -> str:
    return f"{n} image px" if n != 1 else "1 image px"


def editor_actions(editor: KeyHost, hotkeys: set[str]) -> list[Action]:
    """The action table of `editor`; `hotkeys` are the schema's label keys (lowercase)."""
    actions: list[Action] = []

    def add(id_: str, title: str, keys: tuple[str, ...], callback: Callable[[], object]) -> None:
        free = tuple(k for k in keys if len(k) != 1 or k.lower() not in hotkeys)
        actions.append(Action(f"image.{id_}", title, free, callback, GROUP))

    kinds = set(editor.region_kinds())
    for kind, id_, title, key in _TOOLS:
        if kind == "select" or kind in kinds:
            add(id_, title, (key,), partial(editor.arm, kind))
    add("zoom_in", "Zoom in", ("+", "=", "Ctrl++", "Ctrl+="), editor.zoom_in)
    add("zoom_out", "Zoom out", ("-", "Ctrl+-"), editor.zoom_out)
    add("zoom_fit", "Fit the image", ("0", "Ctrl+0"), editor.zoom_fit)
    if not kinds:
        return actions
    for name, key, dx, dy in _ARROWS:
        for suffix, mod, n in _STEPS:
            # The crosshair when it shows, else the selection, else the view pans.
            add(
                f"nudge_{name}{suffix}",
                f"Move {name} {_px(n)}",
                (f"{mod}{key}",),
                partial(editor.step, n * dx, n * dy),
            )
    # At the crosshair: a box's corner, a polygon's vertex or a point; held, a drag pans.
    add("mark", "Mark corner, vertex or point", ("Space",), editor.mark)
    add(
        "add_at_center",
        "Add a region (or a vertex)",
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
        for name, key, dx, dy in _ARROWS:
            for suffix, mod, n in _SIZE_STEPS:
                add(
                    f"resize_{name}{suffix}",
                    f"Box {_RESIZES[name]} by {_px(n)}",
                    (f"Alt+{mod}{key}",),
                    partial(editor.resize_selected, n * dx, n * dy),
                )
    add(
        "delete",
        "Delete selection (or vertex)",
        ("Delete",),
        editor.delete_selected,
    )
    # The canvas's own key while drawing (ImageCanvas.claims); elsewhere Escape is the
    # workbench's. Listed for the `?` sheet.
    actions.append(
        Action(
            "image.cancel",
            "Cancel the box or polygon being drawn; again: hide the crosshair",
            ("Escape",),
            lambda: None,
            GROUP,
            claimed=True,
        )
    )
    # The selected region takes its field's label keys (`ImageEditor.pick_label`).
    add(
        "next_region",
        "Select the next region (a label key relabels it)",
        ("Tab",),
        lambda: editor.select_next(1),
    )
    add(
        "previous_region",
        "Select the previous region",
        ("Shift+Tab",),
        lambda: editor.select_next(-1),
    )
    return actions


def drawing_hints(keys: ShownKeys, polygons: bool) -> list[str]:
    """The drawing keys the legend names, most needed first, as in effect: a step the
    user rebound is left to the `?` sheet rather than named wrongly."""
    hints = []
    mark = keys.action("image.mark")
    if mark:
        hints.append(f"{mark}: corner")
    if _as_default(keys, "nudge", _STEPS):
        hints.append(f"arrows {STEP} px, Shift {FAR}, Ctrl {JUMP}")
    if _as_default(keys, "resize", _SIZE_STEPS, "Alt+"):
        hints.append("Alt+arrows: size")
    if polygons:
        hints.append("Enter closes a polygon")  # the canvas's key while one is drawn
    hints.append("Esc cancels")
    # Before the window installs its keys, the sheet's key is its default.
    sheet = keys.action("app.cheatsheet") if "app.cheatsheet" in keys.actions else "?"
    if sheet:
        hints.append(f"{sheet} every key")
    return hints


def _as_default(keys: ShownKeys, what: str, steps: tuple, alt: str = "") -> bool:
    for name, key, _, _ in _ARROWS:
        for suffix, mod, _ in steps:
            default = normalize_key(f"{alt}{mod}{key}")
            found = keys.actions.get(f"image.{what}_{name}{suffix}", ())
            if tuple(normalize_key(k) for k in found) != (default,):
                return False
    return True
