"""The street-scenes projects: open pool, training pool and private pool."""

import numpy as np

from labeler.server.demo.records import DemoItem, DemoMedia, DemoProject, settings
from labeler.server.demo.scenes import KINDS, Scene, render_scene

SKILL = "street-scenes"
REWARD = "0.20"
PRO_REWARD = "0.23"  # 15 % more, for annotators who meet the requirement

INSTRUCTIONS = """\
## Street scenes

Pick the **scene type**, then draw a box around **every** car, bus, person, tree and sign.

| Scene | When |
| --- | --- |
| `1` urban | buildings, pavements, city streets |
| `2` rural | fields, hills, village or dirt roads |
| `3` highway | several lanes, a median barrier, motorway signs |

**Boxes**

- Press the label's key (`c` car, `b` bus, `p` person, `t` tree, `s` sign), then drag.
- Box only what you can see. A partly hidden object still gets a box around its visible part.
- Small objects near the horizon count too.
- For a sign, box the sign face, not its pole.
- One box per object: two people side by side are two boxes.

When a prediction is shown, check every box before you accept it with `Enter`.
"""

SCHEMA = {
    "title": "Street scenes",
    "media": "image",
    "instructions": INSTRUCTIONS,
    "fields": [
        {
            "name": "scene",
            "kind": "choice",
            "required": True,
            "labels": [
                {"value": "urban", "hotkey": "1"},
                {"value": "rural", "hotkey": "2"},
                {"value": "highway", "hotkey": "3"},
            ],
        },
        {
            "name": "objects",
            "kind": "boxes",
            "required": False,
            "max_count": 100,
            "labels": [
                {"value": "car", "hotkey": "c", "color": "#e6194b"},
                {"value": "bus", "hotkey": "b", "color": "#f58231"},
                {"value": "person", "hotkey": "p", "color": "#4363d8"},
                {"value": "tree", "hotkey": "t", "color": "#3cb44b"},
                {"value": "sign", "hotkey": "s", "color": "#911eb4"},
            ],
            "gold": {"metric": "box_f1", "iou": 0.5, "threshold": 0.8},
        },
    ],
}

_CITIES = ("Lahore", "Karachi", "Islamabad", "Faisalabad", "Multan", "Peshawar", "Rawalpindi")
_DISTRICTS = ("Sheikhupura", "Okara", "Sahiwal", "Kasur", "Mardan", "Hafizabad")
_ROADS = ("M-2", "M-3", "M-9", "N-5")


def street_projects(seed: int) -> list[DemoProject]:
    """The three street-scenes projects."""
    open_items = _items(seed, 1, count=40, gold=10, prefill=8, big=(7,))
    training_items = _items(seed, 2, count=10, gold=8, prefill=2, big=())
    pro_items = _items(seed, 3, count=20, gold=5, prefill=4, big=(11,))
    # Street scenes holds 10 gold items: all 10 right (and every newer one) unlocks it.
    requirement = {"skill": SKILL, "min_accuracy": 0.92, "min_gold": 10}
    return [
        DemoProject(
            "street-scenes",
            "Street scenes",
            SCHEMA,
            settings(SKILL, REWARD, overlap=2, review_rate=0.25),
            open_items,
        ),
        DemoProject(
            "street-scenes-training",
            "Street scenes — training",
            {**SCHEMA, "title": "Street scenes — training"},
            settings(
                SKILL,
                "0.00",
                gold_ratio=1.0,
                gold_ratio_new=1.0,
                calibration_gold=0,
                lease_seconds=3600,
                review_rate=0.0,
                training=True,
            ),
            training_items,
        ),
        DemoProject(
            "street-scenes-pro",
            "Street scenes — private pool",
            {**SCHEMA, "title": "Street scenes — private pool"},
            settings(
                SKILL,
                PRO_REWARD,
                gold_ratio=0.08,
                gold_ratio_new=0.08,
                calibration_gold=0,
                review_rate=0.1,
                requirement=requirement,
            ),
            pro_items,
        ),
    ]


def _size(index: int, big: tuple[int, ...]) -> tuple[int, int]:
    if index in big:
        return 3000, 2000  # larger than the display variant's 2048 px long edge
    return ((1920, 1280), (1440, 960), (960, 640), (960, 640), (960, 640))[index % 5]


def _items(seed: int, pool: int, *, count: int, gold: int, prefill: int, big) -> tuple:
    rng = np.random.default_rng([seed, pool])
    gold_at = set(rng.choice(count, gold, replace=False).tolist())
    others = [i for i in range(count) if i not in gold_at]
    # Most predictions go on real items; one gold item carries a wrong one as an attention check.
    prefill_at = set(rng.choice(others, prefill - 1, replace=False).tolist())
    prefill_at.add(sorted(gold_at)[0])
    items = []
    for i in range(count):
        kind = KINDS[rng.integers(3)]
        width, height = _size(i, big)
        scene = render_scene(kind, width, height, seed * 1000 + pool * 100 + i)
        items.append(
            DemoItem(
                media=DemoMedia(f"street-{pool}-{i:02d}.jpg", scene.jpeg),
                data=_data(kind, rng) if rng.random() < 0.5 else {},
                prefill=_prediction(scene, rng) if i in prefill_at else None,
                gold={"answer": scene.answer(), "hint": hint(scene)} if i in gold_at else None,
                truth=scene.answer(),
            )
        )
    return tuple(items)


def _data(kind: str, rng: np.random.Generator) -> dict:
    day, minute = int(rng.integers(1, 29)), int(rng.integers(0, 24 * 60))
    taken = f"2026-03-{day:02d}T{minute // 60:02d}:{minute % 60:02d}:00Z"
    if kind == "highway":
        road, km = _ROADS[rng.integers(len(_ROADS))], int(rng.integers(5, 380))
        return {"camera": f"gantry {road} km {km}", "road": road, "captured_at": taken}
    place = _CITIES if kind == "urban" else _DISTRICTS
    return {
        "camera": f"dashcam-{int(rng.integers(1, 40)):02d}",
        "city" if kind == "urban" else "district": place[rng.integers(len(place))],
        "captured_at": taken,
    }


def hint(scene: Scene) -> str:
    """What an annotator most likely misses in this scene, in one or two sentences."""
    area = scene.width * scene.height
    for o in scene.objects:
        if o.occluder == "pole":
            return f"The {o.label} behind the sign pole counts too: one box around all of it."
        if o.occluder is not None and o.visible < 0.85:
            behind = f"another {o.label}" if o.occluder == o.label else f"the {o.occluder}"
            return (
                f"The {o.label} partly hidden behind {behind} counts too; "
                "box only the part you can see."
            )
    small = [o for o in scene.objects if o.w * o.h < 0.002 * area]
    if small:
        o = min(small, key=lambda o: o.w * o.h)
        return f"The small {o.label} near the horizon counts too."
    if any(o.label == "sign" for o in scene.objects):
        return "Box the sign face only, not its pole."
    return {
        "urban": "Buildings and pavements make this urban.",
        "rural": "Fields and a dirt road make this rural, even with a car on it.",
        "highway": "Several lanes and a median barrier make this a highway.",
    }[scene.kind]


def _prediction(scene: Scene, rng: np.random.Generator) -> dict:
    """A model's prediction: right but for one mistake."""
    answer = scene.answer()
    boxes = answer["objects"]
    mistake = rng.choice(["shift", "label", "miss", "scene"]) if boxes else "scene"
    if mistake == "scene":
        answer["scene"] = KINDS[(KINDS.index(scene.kind) + 1) % 3]
    elif mistake == "miss":
        boxes.remove(min(boxes, key=lambda b: b["w"] * b["h"]))
    elif mistake == "label":
        box = boxes[int(rng.integers(len(boxes)))]
        box["label"] = {"car": "bus", "bus": "car", "person": "sign"}.get(box["label"], "person")
    else:
        box = max(boxes, key=lambda b: b["w"] * b["h"])
        dx = max(2, round(box["w"] * rng.uniform(0.2, 0.35)))
        fits = box["x"] + dx + box["w"] <= scene.width
        box["x"] = box["x"] + dx if fits else max(0, box["x"] - dx)
    return answer
