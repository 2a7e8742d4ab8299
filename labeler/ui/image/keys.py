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

from PySide6.QtCore import QT_TRANSLATE_NOOP

from labeler.ui.actions import Action
from labeler.ui.i18n import number, translate
from labeler.ui.keymap import ShownKeys, normalize_key

#: The `?` sheet's heading of these keys (translated where the table is built).
GROUP = QT_TRANSLATE_NOOP("image.keys", "Image")
#: Original pixels per arrow press: plain, Shift, Ctrl.
STEP, FAR, JUMP = 1, 10, 50

_TOOLS = (
    ("select", "tool_select", QT_TRANSLATE_NOOP("image.keys", "Select tool"), "Ctrl+1"),
    ("boxes", "tool_box", QT_TRANSLATE_NOOP("image.keys", "Box tool and crosshair"), "Ctrl+2"),
    (
        "polygons",
        "tool_polygon",
        QT_TRANSLATE_NOOP("image.keys", "Polygon tool and crosshair"),
        "Ctrl+3",
    ),
    ("points", "tool_point", QT_TRANSLATE_NOOP("image.keys", "Point tool and crosshair"), "Ctrl+4"),
)
#: Each arrow: the id's word, the key, the direction on the image (x right, y down).
_ARROWS = (
    ("left", "Left", -1, 0),  # notr: a key
    ("right", "Right", 1, 0),  # notr: a key
    ("up", "Up", 0, -1),  # notr: a key
    ("down", "Down", 0, 1),  # notr: a key
)
#: What an arrow does to the crosshair or the selection, and to a box's size.
_MOVES = {
    "left": QT_TRANSLATE_NOOP("image.keys", "Move left {step}"),
    "right": QT_TRANSLATE_NOOP("image.keys", "Move right {step}"),
    "up": QT_TRANSLATE_NOOP("image.keys", "Move up {step}"),
    "down": QT_TRANSLATE_NOOP("image.keys", "Move down {step}"),
}
#: Suffix of the action id, modifier, step.
_STEPS = (("", "", STEP), ("_far", "Shift+", FAR), ("_jump", "Ctrl+", JUMP))
_SIZE_STEPS = _STEPS[:2]
_RESIZES = {
    "left": QT_TRANSLATE_NOOP("image.keys", "Box narrower by {step}"),
    "right": QT_TRANSLATE_NOOP("image.keys", "Box wider by {step}"),
    "up": QT_TRANSLATE_NOOP("image.keys", "Box shorter by {step}"),
    "down": QT_TRANSLATE_NOOP("image.keys", "Box taller by {step}"),
}


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
    if n == 1:
        return translate("image.keys", "1 image px")
    return translate("image.keys", "{count} image px").format(count=number(n))


def editor_actions(editor: KeyHost, hotkeys: set[str]) -> list[Action]:
    """The action table of `editor`; `hotkeys` are the schema's label keys (lowercase)."""
    actions: list[Action] = []
    group = translate("image.keys", GROUP)

    def add(id_: str, title: str, keys: tuple[str, ...], callback: Callable[[], object]) -> None:
        free = tuple(k for k in keys if len(k) != 1 or k.lower() not in hotkeys)
        actions.append(Action(f"image.{id_}", title, free, callback, group))

    kinds = set(editor.region_kinds())
    for kind, id_, title, key in _TOOLS:
        if kind == "select" or kind in kinds:
            add(id_, translate("image.keys", title), (key,), partial(editor.arm, kind))
    add(
        "zoom_in",
        translate("image.keys", "Zoom in"),
        ("+", "=", "Ctrl++", "Ctrl+="),
        editor.zoom_in,
    )
    add("zoom_out", translate("image.keys", "Zoom out"), ("-", "Ctrl+-"), editor.zoom_out)
    add("zoom_fit", translate("image.keys", "Fit the image"), ("0", "Ctrl+0"), editor.zoom_fit)
    if not kinds:
        return actions
    for name, key, dx, dy in _ARROWS:
        for suffix, mod, n in _STEPS:
            # The crosshair when it shows, else the selection, else the view pans.
            add(
                f"nudge_{name}{suffix}",
                translate("image.keys", _MOVES[name]).format(step=_px(n)),
                (f"{mod}{key}",),
                partial(editor.step, n * dx, n * dy),
            )
    # At the crosshair: a box's corner, a polygon's vertex or a point; held, a drag pans.
    add("mark", translate("image.keys", "Mark corner, vertex or point"), ("Space",), editor.mark)
    add(
        "add_at_center",
        translate("image.keys", "Add a region (or a vertex)"),
        ("Insert", "Ctrl+N"),  # notr: keys
        editor.add_at_center,
    )
    if "polygons" in kinds:
        add(
            "next_vertex",
            translate("image.keys", "Next vertex of the selected polygon (arrows move it)"),
            ("]", "Ctrl+]"),
            lambda: editor.select_vertex(1),
        )
        add(
            "previous_vertex",
            translate("image.keys", "Previous vertex of the selected polygon"),
            ("[", "Ctrl+["),
            lambda: editor.select_vertex(-1),
        )
    if "boxes" in kinds:
        for name, key, dx, dy in _ARROWS:
            for suffix, mod, n in _SIZE_STEPS:
                add(
                    f"resize_{name}{suffix}",
                    translate("image.keys", _RESIZES[name]).format(step=_px(n)),
                    (f"Alt+{mod}{key}",),
                    partial(editor.resize_selected, n * dx, n * dy),
                )
    add(
        "delete",
        translate("image.keys", "Delete selection (or vertex)"),
        ("Delete",),  # notr: a key
        editor.delete_selected,
    )
    # The canvas's own key while drawing (ImageCanvas.claims); elsewhere Escape is the
    # workbench's. Listed for the `?` sheet.
    actions.append(
        Action(
            "image.cancel",
            translate(
                "image.keys", "Cancel the box or polygon being drawn; again: hide the crosshair"
            ),
            ("Escape",),  # notr: a key
            lambda: None,
            group,
            claimed=True,
        )
    )
    # The selected region takes its field's label keys (`ImageEditor.pick_label`).
    add(
        "next_region",
        translate("image.keys", "Select the next region (a label key relabels it)"),
        ("Tab",),
        lambda: editor.select_next(1),
    )
    add(
        "previous_region",
        translate("image.keys", "Select the previous region"),
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
        hints.append(translate("image.keys", "{key}: corner").format(key=mark))
    if _as_default(keys, "nudge", _STEPS):
        hints.append(
            translate("image.keys", "arrows {step} px, Shift {far}, Ctrl {jump}").format(
                step=number(STEP), far=number(FAR), jump=number(JUMP)
            )
        )
    if _as_default(keys, "resize", _SIZE_STEPS, "Alt+"):
        hints.append(translate("image.keys", "Alt+arrows: size"))
    if polygons:
        # The canvas's key while one is drawn.
        hints.append(translate("image.keys", "Enter closes a polygon"))
    assist = keys.action("assist.here")  # only while an installed assist answers here
    if assist:
        hints.append(translate("image.keys", "{key}: assist").format(key=assist))
    hints.append(translate("image.keys", "Esc cancels"))
    # Before the window installs its keys, the sheet's key is its default.
    sheet = keys.action("app.cheatsheet") if "app.cheatsheet" in keys.actions else "?"
    if sheet:
        hints.append(translate("image.keys", "{key} every key").format(key=sheet))
    return hints


def _as_default(keys: ShownKeys, what: str, steps: tuple, alt: str = "") -> bool:
    for name, key, _, _ in _ARROWS:
        for suffix, mod, _ in steps:
            default = normalize_key(f"{alt}{mod}{key}")
            found = keys.actions.get(f"image.{what}_{name}{suffix}", ())
            if tuple(normalize_key(k) for k in found) != (default,):
                return False
    return True
