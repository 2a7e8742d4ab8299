"""Street scenes drawn with OpenCV, with exact boxes of every object drawn.

A scene is a background by kind (sky, buildings, fields, a road in perspective) and objects
standing on the ground, scaled by their distance, drawn far to near. Each object's box is
the extent of its pixels left visible in the final image, in original pixels.
"""

import functools
from dataclasses import dataclass

import cv2
import numpy as np

from labeler.server.demo.shapes import OBJECT, SCENERY, Pen, Thing, draw, rgb

KINDS = ("urban", "rural", "highway")
MIN_VISIBLE = 0.35  # objects hidden more than this are left out of the scene
MIN_SIDE = 8  # px; smaller objects are left out too

_SKIES = (
    (rgb("#4f86c6"), rgb("#cfe3f3")),  # clear day
    (rgb("#8d949e"), rgb("#d5d7da")),  # overcast
    (rgb("#3a4a7a"), rgb("#f0b27a")),  # evening
)
_CAR_COLOURS = ("#c0392b", "#ecf0f1", "#95a5a6", "#2c3e50", "#2e86c1", "#f4d03f", "#7d3c98")
_SHIRTS = ("#e74c3c", "#3498db", "#f1c40f", "#ecf0f1", "#27ae60", "#8e44ad", "#34495e")
_SKINS = ("#8d5524", "#c68642", "#e0ac69", "#a0522d")
_CITIES = ("LAHORE", "MULTAN", "SUKKUR", "KHANEWAL", "PINDI", "SAHIWAL", "OKARA")


@dataclass(frozen=True)
class SceneObject:
    """One object as an annotator should box it, with what hides part of it."""

    label: str
    x: int
    y: int
    w: int
    h: int
    visible: float  # share of the object's drawn pixels left visible
    occluder: str | None  # label of what hides most of it ("pole" for a sign pole)

    def box(self) -> dict:
        return {"label": self.label, "x": self.x, "y": self.y, "w": self.w, "h": self.h}


@dataclass(frozen=True)
class Scene:
    """A rendered scene: its kind, size, JPEG bytes and objects, left to right."""

    kind: str
    width: int
    height: int
    jpeg: bytes
    objects: tuple[SceneObject, ...]

    def answer(self) -> dict:
        """The exact answer for the street-scenes schema."""
        return {"scene": self.kind, "objects": [o.box() for o in self.objects]}


@dataclass(frozen=True)
class _Ground:
    kind: str
    width: int
    height: int
    horizon: int
    vx: float  # x of the vanishing point
    k: float  # pixels per metre at the bottom row
    road_m: float  # road width in metres

    def t(self, y: float) -> float:
        return (y - self.horizon) / (self.height - self.horizon)

    def x(self, lateral_m: float, t: float) -> float:
        return self.vx + lateral_m * self.k * t

    def y(self, t: float) -> float:
        return self.horizon + t * (self.height - self.horizon)


@functools.lru_cache(maxsize=256)
def render_scene(kind: str, width: int, height: int, seed: int) -> Scene:
    """Render one scene; the same arguments give the same bytes."""
    rng = np.random.default_rng([seed, width, height, KINDS.index(kind)])
    horizon, road_m = {"urban": (0.42, 10.0), "rural": (0.47, 4.0), "highway": (0.44, 24.0)}[kind]
    ground = _Ground(
        kind,
        width,
        height,
        round(horizon * height),
        width * rng.uniform(0.38, 0.62),
        0.075 * width,
        road_m,
    )
    background = _background(ground, rng)
    things = _place(ground, rng)
    while True:
        image, objects, dropped = _compose(background, things)
        if not dropped:
            break
        things = [t for i, t in enumerate(things) if i not in dropped]
    ok, jpeg = cv2.imencode(
        ".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, 85, cv2.IMWRITE_JPEG_OPTIMIZE, 1]
    )
    assert ok
    objects.sort(key=lambda o: (o.x, o.y))
    return Scene(kind, width, height, jpeg.tobytes(), tuple(objects))


def _compose(background: np.ndarray, things: list[Thing]):
    """Draw `things` far to near; return the image, their objects and the indices to drop."""
    image = background.copy()
    height, width = image.shape[:2]
    ids = np.zeros((height, width), np.int16)
    drawn: list[int] = []
    hidden_by: list[dict[str, int]] = [{} for _ in things]
    extents = []
    for i, thing in enumerate(things):
        x0, y0, x1, y1 = thing.extent()
        x0, y0, x1, y1 = max(0, x0), max(0, y0), min(width, x1), min(height, y1)
        extents.append((x0, y0, x1, y1))
        patch = image[y0:y1, x0:x1].copy()
        mask = np.zeros(patch.shape[:2], np.uint8)
        draw(Pen(patch, mask, x0, y0), thing)
        view, id_view = image[y0:y1, x0:x1], ids[y0:y1, x0:x1]
        painted = mask > 0
        view[painted] = patch[painted]
        for part, name in ((OBJECT, thing.label), (SCENERY, "pole")):
            covered = id_view[mask == part]
            for j, n in enumerate(np.bincount(covered, minlength=1)[1:], start=1):
                if n:
                    hidden_by[j - 1][name] = hidden_by[j - 1].get(name, 0) + int(n)
        own = mask == OBJECT
        id_view[own] = i + 1
        id_view[mask == SCENERY] = 0
        drawn.append(int(own.sum()))
    objects, dropped = [], set()
    for i, thing in enumerate(things):
        x0, y0, x1, y1 = extents[i]
        ys, xs = np.nonzero(ids[y0:y1, x0:x1] == i + 1)
        visible = len(xs) / drawn[i] if drawn[i] else 0.0
        if visible < MIN_VISIBLE or np.ptp(xs) + 1 < MIN_SIDE or np.ptp(ys) + 1 < MIN_SIDE:
            dropped.add(i)
            continue
        occluder = max(hidden_by[i], key=hidden_by[i].get) if visible < 0.95 else None
        objects.append(
            SceneObject(
                thing.label,
                int(x0 + xs.min()),
                int(y0 + ys.min()),
                int(np.ptp(xs) + 1),
                int(np.ptp(ys) + 1),
                round(visible, 3),
                occluder,
            )
        )
    return image, objects, dropped


def _background(g: _Ground, rng: np.random.Generator) -> np.ndarray:
    image = np.zeros((g.height, g.width, 3), np.uint8)
    top, bottom = _SKIES[rng.integers(len(_SKIES))]
    ramp = np.linspace(0, 1, g.horizon)[:, None]
    sky = (1 - ramp) * np.array(top) + ramp * np.array(bottom)
    image[: g.horizon] = sky.astype(np.uint8)[:, None, :]
    for _ in range(rng.integers(1, 5)):  # clouds
        cx, cy = rng.uniform(0, g.width), rng.uniform(0.05, 0.6) * g.horizon
        for _ in range(4):
            r = g.width * rng.uniform(0.02, 0.05)
            centre = (int(cx + rng.uniform(-2, 2) * r), int(cy + rng.uniform(-0.4, 0.4) * r))
            cv2.ellipse(image, centre, (int(1.6 * r), int(r)), 0, 0, 360, (240, 240, 240), -1)
    {"urban": _urban, "rural": _rural, "highway": _highway}[g.kind](image, g, rng)
    return image


def _road(image: np.ndarray, g: _Ground, half_m: float, colour) -> None:
    pts = [(g.vx - 1, g.horizon), (g.vx + 1, g.horizon)]
    pts += [(g.x(half_m, 1.2), g.y(1.2)), (g.x(-half_m, 1.2), g.y(1.2))]
    cv2.fillPoly(image, [np.array(pts, np.int32)], colour, cv2.LINE_AA)


def _lane_line(image: np.ndarray, g: _Ground, lateral_m: float, dashed: bool, colour) -> None:
    t, width_m = 0.02, 0.15
    while t < 1.1:
        t_end = t * (1.35 if dashed else 1.6)
        a, b = g.x(lateral_m, t), g.x(lateral_m, t_end)
        wa, wb = width_m * g.k * t, width_m * g.k * t_end
        pts = [(a - wa, g.y(t)), (a + wa, g.y(t)), (b + wb, g.y(t_end)), (b - wb, g.y(t_end))]
        cv2.fillPoly(image, [np.array(pts, np.int32)], colour, cv2.LINE_AA)
        t = t_end * (1.3 if dashed else 1.0)


def _urban(image: np.ndarray, g: _Ground, rng: np.random.Generator) -> None:
    image[g.horizon :] = rgb("#a9a9a4")
    x = -rng.uniform(0, 0.1) * g.width
    palette = ("#b86f52", "#d8c3a5", "#8e8d8a", "#c9a66b", "#6b7b8c", "#e0d6c8")
    while x < g.width:
        bw, bh = rng.uniform(0.07, 0.17) * g.width, rng.uniform(0.1, 0.34) * g.height
        x0, y0, x1 = int(x), int(g.horizon - bh), int(x + bw)
        cv2.rectangle(image, (x0, y0), (x1, g.horizon + 2), rgb(palette[rng.integers(6)]), -1)
        step_x, step_y = g.width * 0.024, g.height * 0.045
        for row in range(int(bh / step_y) - 1):
            for col in range(int(bw / step_x)):
                wx, wy = x0 + step_x * (col + 0.3), y0 + step_y * (row + 0.4)
                lit = rng.random() < 0.25
                colour = rgb("#f7dc6f") if lit else rgb("#3d4f5c")
                cv2.rectangle(
                    image,
                    (int(wx), int(wy)),
                    (int(wx + step_x * 0.45), int(wy + step_y * 0.5)),
                    colour,
                    -1,
                )
        x = x1 + rng.uniform(0, 0.02) * g.width
    _road(image, g, g.road_m / 2 + 0.3, rgb("#d0d0cc"))  # kerb
    _road(image, g, g.road_m / 2, rgb("#4a4a4d"))
    _lane_line(image, g, 0.0, True, rgb("#f2f2f2"))
    if rng.random() < 0.5:  # zebra crossing
        t0 = rng.uniform(0.5, 0.8)
        for i in range(-4, 4):
            a, b = i * 1.1 + 0.2, i * 1.1 + 0.8
            y0, y1 = g.y(t0), g.y(t0 * 1.12)
            pts = [(g.x(a, t0), y0), (g.x(b, t0), y0), (g.x(b, t0 * 1.12), y1)]
            pts.append((g.x(a, t0 * 1.12), y1))
            cv2.fillPoly(image, [np.array(pts, np.int32)], (235, 235, 235), cv2.LINE_AA)


def _rural(image: np.ndarray, g: _Ground, rng: np.random.Generator) -> None:
    for shade in ("#9fb8a0", "#7b9e6b", "#5e8a4a"):  # hills, far to near
        for _ in range(2):
            centre = (int(rng.uniform(0, g.width)), g.horizon + 2)
            axes = (int(rng.uniform(0.25, 0.6) * g.width), int(rng.uniform(0.05, 0.16) * g.height))
            cv2.ellipse(image, centre, axes, 0, 180, 360, rgb(shade), -1, cv2.LINE_AA)
    image[g.horizon :] = rgb("#6fa84a" if rng.random() < 0.6 else "#b5a642")
    for lateral in np.arange(-60, 60, 3.0):  # crop rows
        a = (int(g.vx), g.horizon)
        b = (int(g.x(lateral, 1.0)), g.height)
        cv2.line(image, a, b, rgb("#5c8f3c"), max(1, g.width // 400), cv2.LINE_AA)
    _road(image, g, g.road_m / 2, rgb("#a07850"))


def _highway(image: np.ndarray, g: _Ground, rng: np.random.Generator) -> None:
    image[g.horizon :] = rgb("#7ea04d")
    for x in np.arange(0, g.width, g.width / 60):  # distant tree line
        r = int(rng.uniform(0.008, 0.02) * g.width)
        cv2.circle(image, (int(x), g.horizon), r, rgb("#3f6b35"), -1, cv2.LINE_AA)
    image[g.horizon : g.horizon + 2] = rgb("#3f6b35")
    half = g.road_m / 2
    _road(image, g, half, rgb("#55565a"))
    _road(image, g, 0.4, rgb("#b8b8b0"))  # median barrier
    for lateral in (-half + 0.3, half - 0.3):
        _lane_line(image, g, lateral, False, rgb("#f2f2f2"))
    for lateral in (-7.6, -4.0, 4.0, 7.6):
        _lane_line(image, g, lateral, True, rgb("#f2f2f2"))


def _place(g: _Ground, rng: np.random.Generator) -> list[Thing]:
    """Objects for the scene, sorted far to near."""
    half = g.road_m / 2
    counts = {
        "urban": {"car": (2, 6), "bus": (0, 2), "person": (2, 7), "tree": (0, 3), "sign": (1, 3)},
        "rural": {"car": (0, 3), "person": (0, 3), "tree": (3, 8), "sign": (0, 2)},
        "highway": {"car": (3, 8), "bus": (0, 2), "tree": (1, 5), "sign": (1, 2)},
    }[g.kind]
    things = []
    for label, (low, high) in counts.items():
        for _ in range(rng.integers(low, high)):
            for _attempt in range(30):
                thing = _candidate(g, rng, label, half)
                x0, y0, x1, y1 = thing.extent()
                if x0 >= 1 and y0 >= 1 and x1 <= g.width - 1 and y1 <= g.height - 1:
                    things.append(thing)
                    break
    things.sort(key=lambda t: t.base)
    return things


def _candidate(g: _Ground, rng: np.random.Generator, label: str, half: float) -> Thing:
    t = 0.06 + 0.92 * rng.random() ** 1.5
    side = 1 if rng.random() < 0.5 else -1
    flip = bool(rng.random() < 0.5)
    text = ""
    if label == "car":
        variant = "car_rear" if g.kind == "highway" or rng.random() < 0.4 else "car_side"
        lateral = rng.uniform(-half + 1.2, half - 1.2)
        if g.kind == "highway":
            lateral = side * rng.choice([2.0, 5.8, 9.6]) + rng.uniform(-0.4, 0.4)
        colours = (rgb(_CAR_COLOURS[rng.integers(len(_CAR_COLOURS))]),)
    elif label == "bus":
        variant, lateral = "bus", rng.uniform(-half + 2, half - 2)
        colours = (rgb(("#1e8449", "#d35400", "#2471a3")[rng.integers(3)]), rgb("#f4f6f7"))
    elif label == "person":
        variant = "person"
        crossing = g.kind == "urban" and rng.random() < 0.3
        lateral = rng.uniform(-half, half) if crossing else side * rng.uniform(half + 0.5, half + 5)
        colours = (
            rgb(_SKINS[rng.integers(len(_SKINS))]),
            rgb(_SHIRTS[rng.integers(len(_SHIRTS))]),
            rgb(("#1c2833", "#5d4037", "#34495e", "#7f8c8d")[rng.integers(4)]),
        )
    elif label == "tree":
        variant, lateral = "tree", side * rng.uniform(half + 2.5, half + 25)
        t = 0.04 + 0.45 * rng.random()
        colours = (rgb("#6e4b2a"), rgb("#2e7d32"), rgb("#43a047"))
    else:
        lateral = side * rng.uniform(half + 0.6, half + 1.5)
        if g.kind == "highway":
            variant, lateral = "sign_direction", side * (half + 2.2)
            a, b = rng.choice(len(_CITIES), 2, replace=False)
            text = f"{_CITIES[a]} {rng.integers(12, 90)}|{_CITIES[b]} {rng.integers(95, 400)}"
        else:
            variant = ("sign_stop", "sign_limit", "sign_warning", "sign_info")[rng.integers(4)]
            text = {"sign_limit": str(rng.choice([30, 40, 60])), "sign_info": "P"}.get(variant, "")
        colours = ()
    y = g.y(min(t, 0.985))
    return Thing(label, variant, g.x(lateral, g.t(y)), y, g.k * g.t(y), flip, colours, text)
