"""What an assist is asked about on a picture: the prompt of what the annotator points at.

- at the crosshair (a label armed): a click there, for the armed field and label;
- on the selected region: a box to tighten, a rough polygon to snap, each standing in
  for the region it came from (accepting the proposal changes that region);
- the selected box as a polygon: a box prompt for a polygons field (the box stays);
- the whole picture: an item prompt for the armed field, then the others;
- a place the mouse points at (Alt+click): a click there.

Points are ORIGINAL pixels, as the answer's; the crosshair stands on pixel corners.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from labeler.ui.editor import ASSIST_HERE, ASSIST_ITEM, ASSIST_OUTLINE
from labeler.ui.image.keydraw import KeyDrawing
from labeler.ui.image.session import RegionSession

if TYPE_CHECKING:
    from labeler.core.plugins.host import Target


def targets(session: RegionSession, keys: KeyDrawing, what: str) -> list[Target]:
    """The targets of an assist key (`labeler.ui.editor.MediaEditor.assist_targets`)."""
    from labeler.core.plugins.api import Prompt
    from labeler.core.plugins.host import Target

    kinds = session.layer.kinds
    if what == ASSIST_HERE:
        if keys.at is not None and keys.kind is not None:
            return click_targets(session, keys.kind, keys.at)
        key = session.selected
        if key is None or session.draft is None:
            return []
        field, index = key
        region = session.region(key)
        prompt = _region_prompt(kinds[field], region)
        if prompt is None:
            return []
        return [Target(field, prompt, index, region)]
    if what == ASSIST_OUTLINE:
        key = session.selected
        if key is None or kinds.get(key[0]) != "boxes":
            return []
        box = session.region(key)
        prompt = Prompt("box", _corners(box))
        found = []
        for field, kind in kinds.items():
            if kind == "polygons":
                label = _label_for(session, field, str(box.get("label", "")))
                found.append(Target(field, Prompt("box", prompt.points, label=label)))
        return found
    if what == ASSIST_ITEM:
        armed = session.armed(keys.kind) if keys.kind is not None and keys.at else None
        fields = sorted(kinds, key=lambda f: armed is None or f != armed[0])
        return [
            Target(f, Prompt("item", label=armed[1] if armed and armed[0] == f else None))
            for f in fields
        ]
    return []


def click_targets(session: RegionSession, kind: str, at: tuple[float, float]) -> list[Target]:
    """A click at `at` for the field and label the `kind` of tool is armed with."""
    from labeler.core.plugins.api import Prompt
    from labeler.core.plugins.host import Target

    armed = session.armed(kind)
    if armed is None:
        return []
    field, label = armed
    point = (float(at[0]), float(at[1]))
    return [Target(field, Prompt("click", (point,), label=label))]


def _region_prompt(kind: str, region: dict[str, Any]) -> Any:
    from labeler.core.plugins.api import Prompt

    label = str(region.get("label", "")) or None
    if kind == "boxes":
        return Prompt("box", _corners(region), label=label)
    if kind == "polygons":
        points = tuple((float(x), float(y)) for x, y in region["points"])
        return Prompt("polygon", points, label=label)
    return None


def _corners(box: dict[str, Any]) -> tuple[tuple[float, float], tuple[float, float]]:
    x, y = float(box["x"]), float(box["y"])
    return (x, y), (x + float(box["w"]), y + float(box["h"]))


def _label_for(session: RegionSession, field: str, label: str) -> str | None:
    """The box's label when the polygons field has it, else the label that field's tool
    is armed with (None: the assist takes the field's only label, or says why not)."""
    schema = session.schema
    if schema is not None and label in schema.field(field).label_values():
        return label
    armed = session.armed("polygons")
    return armed[1] if armed is not None and armed[0] == field else None
