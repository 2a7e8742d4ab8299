"""Give every cursive anchor of the bundled Noto Nastaliq Urdu its design coordinates.

Noto Nastaliq Urdu 2.000 (Debian's fonts-noto-core 20201225) joins letters with 168
anchors of format 2: coordinates plus the number of an outline point that a hinting
renderer is to use instead. 162 of those point numbers name a point elsewhere in the
glyph (DalFin's entry names (302, 308) for (362, 0)). HarfBuzz over FreeType (Pillow,
browsers) uses the coordinates and draws the font as designed; Qt hands HarfBuzz the
outline points, so each letter joined there was moved (ن 308 units down and 60 left in
شاندار), its dots went under its neighbours and ک's stroke came apart. Format 1 keeps
the coordinates only, which every renderer reads alike.

Run with fontTools installed (it is no dependency of labeler); running it again
changes nothing:

    python scripts/fix_nastaliq_anchors.py labeler/ui/text/assets/NotoNastaliqUrdu-Regular.ttf
"""

from __future__ import annotations

import sys
from typing import Any

from fontTools.ttLib import TTFont


def _anchors(obj: Any, seen: set[int]) -> list[Any]:
    """Every Anchor reachable from `obj` (a GPOS table or a part of one), once."""
    if id(obj) in seen:
        return []
    seen.add(id(obj))
    if type(obj).__name__ == "Anchor":
        return [obj]
    found: list[Any] = []
    if isinstance(obj, list | tuple):
        children = list(obj)
    else:
        children = list(vars(obj).values()) if hasattr(obj, "__dict__") else []
    for child in children:
        if isinstance(child, list | tuple) or hasattr(child, "__dict__"):
            found.extend(_anchors(child, seen))
    return found


def fix(path: str) -> int:
    """Rewrite the font at `path` with format 1 anchors; the number of anchors changed."""
    font = TTFont(path, recalcBBoxes=False, recalcTimestamp=False)
    changed = 0
    for anchor in _anchors(font["GPOS"].table, set()):
        if anchor.Format == 2:
            anchor.Format = 1
            del anchor.AnchorPoint
            changed += 1
    if changed:
        font.save(path)
    return changed


if __name__ == "__main__":
    for name in sys.argv[1:] or ["labeler/ui/text/assets/NotoNastaliqUrdu-Regular.ttf"]:
        print(name, fix(name), "anchors now format 1")
