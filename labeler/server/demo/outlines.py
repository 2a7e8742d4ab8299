"""The street-outlines project: the street scenes again, each object outlined as a polygon.

The project the assists are for: with the OpenCV assist installed (shipped with labeler),
a label key and Shift+Space (or Alt+click) outline the object at the crosshair. No gold: a
polygon drawn by hand and one traced by the assist differ in ways no threshold here would
judge fairly; the reviewer looks at them.
"""

import numpy as np

from labeler.server.demo.records import DemoItem, DemoMedia, DemoProject, settings
from labeler.server.demo.scenes import KINDS, Scene, render_scene

SKILL = "street-outlines"
REWARD = "0.30"
COUNT = 12

INSTRUCTIONS = """\
## Street outlines

Outline **every** car, bus, person, tree and sign with a polygon along its edge.

**With the assist** (the OpenCV assist, shipped with labeler):

1. Press the label's key (`c` car, `b` bus, `p` person, `t` tree, `s` sign): a crosshair shows.
2. Move it onto the object with the arrows (`Shift` 10 px, `Ctrl` 50 px) and press
   `Shift+Space`, or hold `Alt` and click the object.
3. A dashed outline is proposed. `Enter` takes it, `Esc` drops it; the arrows move it first.
   `Ctrl+Z` takes a taken outline back.

**By hand**: `Space` at each corner, `Enter` closes the polygon.

An outline follows the visible part of the object: where a tree hides half a car, outline
the half you see.
"""

SCHEMA = {
    "title": "Street outlines",
    "media": "image",
    "instructions": INSTRUCTIONS,
    "fields": [
        {
            "name": "outlines",
            "kind": "polygons",
            "required": False,
            "max_count": 100,
            "labels": [
                {"value": "car", "hotkey": "c", "color": "#e6194b"},
                {"value": "bus", "hotkey": "b", "color": "#f58231"},
                {"value": "person", "hotkey": "p", "color": "#4363d8"},
                {"value": "tree", "hotkey": "t", "color": "#3cb44b"},
                {"value": "sign", "hotkey": "s", "color": "#911eb4"},
            ],
        },
    ],
}


def outlines_project(seed: int) -> DemoProject:
    """The street-outlines project: `COUNT` scenes, none of them gold."""
    rng = np.random.default_rng([seed, 4])
    items = []
    for i in range(COUNT):
        kind = KINDS[rng.integers(3)]
        width, height = ((1440, 960), (960, 640), (960, 640))[i % 3]
        scene = render_scene(kind, width, height, seed * 1000 + 400 + i)
        items.append(
            DemoItem(
                media=DemoMedia(f"outline-{i:02d}.jpg", scene.jpeg),
                truth=truth(scene),
            )
        )
    return DemoProject(
        "street-outlines",
        "Street outlines",
        SCHEMA,
        settings(
            SKILL,
            REWARD,
            gold_ratio=0.0,
            gold_ratio_new=0.0,
            calibration_gold=0,
            review_rate=0.25,
        ),
        tuple(items),
    )


def truth(scene: Scene) -> dict:
    """What a careful annotator answers, as near as the scene knows: each object's box as a
    polygon (the scene keeps boxes, not outlines)."""
    outlines = []
    for o in scene.objects:
        x0, y0, x1, y1 = o.x, o.y, o.x + o.w, o.y + o.h
        points = [[x0, y0], [x1, y0], [x1, y1], [x0, y1]]
        outlines.append({"label": o.label, "points": points})
    return {"outlines": outlines}
