"""Recognisable objects for the street scenes: cars, buses, people, trees and signs.

Every object is drawn without anti-aliasing through a `Pen` that paints a patch of the image
and, in step, a mask saying which pixels belong to the object. The boxes of the demo answers
are computed from that mask, so they are exactly what was drawn.
"""

from dataclasses import dataclass

import cv2
import numpy as np

OBJECT, SCENERY, PAINT = 1, 2, 3  # mask values: the object, an occluder (a pole), paint only

# Width and height in metres of each variant; an object fits in (w × h) above its base point.
SIZE_M = {
    "car_side": (4.4, 1.5),
    "car_rear": (1.8, 1.5),
    "bus": (11.0, 3.2),
    "person": (0.6, 1.72),
    "tree": (4.2, 6.8),
    "sign_stop": (0.8, 2.9),
    "sign_limit": (0.8, 2.9),
    "sign_warning": (0.9, 2.9),
    "sign_info": (0.8, 2.9),
    "sign_direction": (3.4, 4.6),
}

BGR = tuple[int, int, int]


def rgb(hex_colour: str) -> BGR:
    """OpenCV colour (B, G, R) of a `#rrggbb` string."""
    value = int(hex_colour.lstrip("#"), 16)
    return (value & 0xFF, (value >> 8) & 0xFF, value >> 16)


@dataclass(frozen=True)
class Thing:
    """One object to draw: standing on (cx, base), `ppm` pixels per metre."""

    label: str
    variant: str
    cx: float
    base: float
    ppm: float
    flip: bool
    colours: tuple[BGR, ...]
    text: str = ""

    def extent(self) -> tuple[int, int, int, int]:
        """(x0, y0, x1, y1) that holds every pixel the object draws, exclusive ends."""
        w_m, h_m = SIZE_M[self.variant]
        half = w_m * self.ppm / 2
        return (
            int(np.floor(self.cx - half)) - 2,
            int(np.floor(self.base - h_m * self.ppm)) - 2,
            int(np.ceil(self.cx + half)) + 3,
            int(np.ceil(self.base)) + 3,
        )


class Pen:
    """Draws on an image patch and its object mask; coordinates are image pixels."""

    def __init__(self, patch: np.ndarray, mask: np.ndarray, ox: int, oy: int) -> None:
        self.patch, self.mask, self.ox, self.oy = patch, mask, ox, oy

    def _p(self, x: float, y: float) -> tuple[int, int]:
        return round(x - self.ox), round(y - self.oy)

    def rect(self, x0: float, y0: float, x1: float, y1: float, colour: BGR, part=OBJECT) -> None:
        a, b = self._p(x0, y0), self._p(x1, y1)
        cv2.rectangle(self.patch, a, b, colour, -1, cv2.LINE_8)
        cv2.rectangle(self.mask, a, b, part, -1, cv2.LINE_8)

    def poly(self, points: list[tuple[float, float]], colour: BGR, part=OBJECT) -> None:
        pts = np.array([self._p(x, y) for x, y in points], dtype=np.int32)
        cv2.fillPoly(self.patch, [pts], colour, cv2.LINE_8)
        cv2.fillPoly(self.mask, [pts], part, cv2.LINE_8)

    def circle(self, cx: float, cy: float, r: float, colour: BGR, part=OBJECT) -> None:
        c, radius = self._p(cx, cy), max(1, round(r))
        cv2.circle(self.patch, c, radius, colour, -1, cv2.LINE_8)
        cv2.circle(self.mask, c, radius, part, -1, cv2.LINE_8)

    def ellipse(self, cx: float, cy: float, rx: float, ry: float, colour: BGR, part=OBJECT) -> None:
        c, axes = self._p(cx, cy), (max(1, round(rx)), max(1, round(ry)))
        cv2.ellipse(self.patch, c, axes, 0, 0, 360, colour, -1, cv2.LINE_8)
        cv2.ellipse(self.mask, c, axes, 0, 0, 360, part, -1, cv2.LINE_8)

    def text(self, s: str, cx: float, cy: float, height: float, colour: BGR) -> None:
        """Centred text on a face that is already drawn (paint only, inside the object)."""
        scale = max(0.2, height / 22)
        thickness = max(1, round(height / 8))
        (w, h), _ = cv2.getTextSize(s, cv2.FONT_HERSHEY_SIMPLEX, scale, thickness)
        org = self._p(cx - w / 2, cy + h / 2)
        cv2.putText(self.patch, s, org, cv2.FONT_HERSHEY_SIMPLEX, scale, colour, thickness)


def draw(pen: Pen, t: Thing) -> None:
    """Draw `t` with `pen`."""
    _DRAWERS[t.variant](pen, t)


def _car_side(pen: Pen, t: Thing) -> None:
    m, body = t.ppm, t.colours[0]
    length = 4.4 * m
    x0, y = t.cx - length / 2, t.base

    def fx(u: float) -> float:  # position along the car, 0 = rear, 1 = front
        return x0 + (1 - u if t.flip else u) * length

    r = 0.33 * m
    pen.ellipse(t.cx, y - 0.02 * m, length * 0.52, 0.1 * m + 1, (40, 40, 40), PAINT)
    sill, belt, roof = y - 0.55 * r, y - 0.85 * m, y - 1.5 * m
    pen.poly([(fx(0), sill), (fx(0), belt), (fx(1), belt + 0.1 * m), (fx(1), sill)], body)
    pen.poly([(fx(0.2), belt), (fx(0.32), roof), (fx(0.66), roof), (fx(0.8), belt)], body)
    glass = (200, 170, 120)
    pen.poly(
        [
            (fx(0.25), belt),
            (fx(0.34), roof + 0.1 * m),
            (fx(0.47), roof + 0.1 * m),
            (fx(0.47), belt),
        ],
        glass,
    )
    pen.poly(
        [
            (fx(0.51), belt),
            (fx(0.51), roof + 0.1 * m),
            (fx(0.64), roof + 0.1 * m),
            (fx(0.75), belt),
        ],
        glass,
    )
    pen.rect(fx(0.97), belt + 0.12 * m, fx(1.0), belt + 0.25 * m, (120, 230, 255))
    pen.rect(fx(0.0), belt + 0.08 * m, fx(0.025), belt + 0.22 * m, (40, 40, 210))
    for u in (0.2, 0.8):
        pen.circle(fx(u), y - r, r, (25, 25, 25))
        pen.circle(fx(u), y - r, r * 0.5, (170, 170, 170))


def _car_rear(pen: Pen, t: Thing) -> None:
    m, body = t.ppm, t.colours[0]
    w, y, cx = 1.8 * m, t.base, t.cx
    pen.ellipse(cx, y - 0.02 * m, w * 0.55, 0.08 * m + 1, (40, 40, 40), PAINT)
    for side in (-1, 1):
        pen.rect(
            cx + side * 0.72 * m - 0.13 * m,
            y - 0.35 * m,
            cx + side * 0.72 * m + 0.13 * m,
            y,
            (25, 25, 25),
        )
    pen.rect(cx - w / 2, y - 0.85 * m, cx + w / 2, y - 0.25 * m, body)
    pen.poly(
        [
            (cx - 0.8 * m, y - 0.85 * m),
            (cx - 0.62 * m, y - 1.5 * m),
            (cx + 0.62 * m, y - 1.5 * m),
            (cx + 0.8 * m, y - 0.85 * m),
        ],
        body,
    )
    pen.poly(
        [
            (cx - 0.68 * m, y - 0.9 * m),
            (cx - 0.56 * m, y - 1.4 * m),
            (cx + 0.56 * m, y - 1.4 * m),
            (cx + 0.68 * m, y - 0.9 * m),
        ],
        (200, 170, 120),
    )
    for side in (-1, 1):
        x = cx + side * 0.72 * m
        pen.rect(x - 0.14 * m, y - 0.75 * m, x + 0.14 * m, y - 0.6 * m, (40, 40, 210))
    pen.rect(cx - 0.25 * m, y - 0.55 * m, cx + 0.25 * m, y - 0.42 * m, (235, 235, 235))


def _bus(pen: Pen, t: Thing) -> None:
    m, body, stripe = t.ppm, t.colours[0], t.colours[1]
    length = 11.0 * m
    x0, y = t.cx - length / 2, t.base

    def fx(u: float) -> float:
        return x0 + (1 - u if t.flip else u) * length

    r = 0.5 * m
    pen.ellipse(t.cx, y - 0.02 * m, length * 0.51, 0.12 * m + 1, (40, 40, 40), PAINT)
    pen.rect(fx(0), y - 3.2 * m, fx(1), y - 0.4 * r, body)
    pen.rect(fx(0), y - 1.25 * m, fx(1), y - 1.0 * m, stripe)
    for i in range(7):
        u = 0.05 + i * 0.115
        pen.rect(fx(u), y - 2.8 * m, fx(u + 0.09), y - 1.75 * m, (190, 160, 110))
    pen.rect(fx(0.88), y - 2.8 * m, fx(0.97), y - 0.5 * m, (150, 130, 90))  # door
    pen.rect(fx(0.985), y - 0.9 * m, fx(1.0), y - 0.7 * m, (120, 230, 255))
    for u in (0.17, 0.8):
        pen.circle(fx(u), y - r, r, (25, 25, 25))
        pen.circle(fx(u), y - r, r * 0.5, (160, 160, 160))


def _person(pen: Pen, t: Thing) -> None:
    m, (skin, shirt, trousers) = t.ppm, t.colours
    cx, y = t.cx, t.base
    top = y - 1.72 * m
    pen.ellipse(cx, y, 0.3 * m, 0.05 * m + 1, (60, 60, 60), PAINT)
    for side in (-1, 1):  # legs
        pen.rect(
            cx + side * 0.1 * m - 0.07 * m,
            y - 0.85 * m,
            cx + side * 0.1 * m + 0.07 * m,
            y,
            trousers,
        )
    pen.rect(cx - 0.2 * m, top + 0.3 * m, cx + 0.2 * m, y - 0.8 * m, shirt)
    for side in (-1, 1):  # arms
        x = cx + side * 0.25 * m
        pen.rect(x - 0.05 * m, top + 0.33 * m, x + 0.05 * m, y - 0.9 * m, shirt)
        pen.circle(x, y - 0.88 * m, 0.05 * m, skin)
    pen.rect(cx - 0.04 * m, top + 0.2 * m, cx + 0.04 * m, top + 0.3 * m, skin)  # neck
    pen.circle(cx, top + 0.11 * m, 0.11 * m, skin)
    pen.ellipse(cx, top + 0.06 * m, 0.11 * m, 0.06 * m, (30, 30, 35))  # hair


def _tree(pen: Pen, t: Thing) -> None:
    m, (trunk, dark, light) = t.ppm, t.colours
    cx, y = t.cx, t.base
    pen.ellipse(cx, y, 1.6 * m, 0.2 * m + 1, (30, 60, 30), PAINT)
    pen.poly(
        [
            (cx - 0.22 * m, y),
            (cx - 0.14 * m, y - 3.2 * m),
            (cx + 0.14 * m, y - 3.2 * m),
            (cx + 0.22 * m, y),
        ],
        trunk,
    )
    s = -1 if t.flip else 1
    for dx, dy, r, colour in (
        (0.0, 4.6, 1.9, dark),
        (-1.0 * s, 3.9, 1.1, dark),
        (1.1 * s, 4.1, 1.0, dark),
        (0.3 * s, 5.2, 1.3, light),
        (-0.5 * s, 4.4, 0.9, light),
    ):
        pen.circle(cx + dx * m, y - dy * m, r * m, colour)


def _pole(pen: Pen, t: Thing, x: float, top: float) -> None:
    pen.rect(x - 0.04 * t.ppm, top, x + 0.04 * t.ppm, t.base, (120, 120, 125), SCENERY)


def _sign_stop(pen: Pen, t: Thing) -> None:
    m, cx = t.ppm, t.cx
    cy = t.base - 2.5 * m
    _pole(pen, t, cx, cy)
    for r, colour in ((0.4, (245, 245, 245)), (0.36, (30, 30, 200))):
        angles = np.pi / 8 + np.arange(8) * np.pi / 4
        pen.poly([(cx + r * m * np.cos(a), cy + r * m * np.sin(a)) for a in angles], colour)
    pen.text("STOP", cx, cy, 0.22 * m, (250, 250, 250))


def _sign_limit(pen: Pen, t: Thing) -> None:
    m, cx = t.ppm, t.cx
    cy = t.base - 2.5 * m
    _pole(pen, t, cx, cy)
    pen.circle(cx, cy, 0.4 * m, (30, 30, 200))
    pen.circle(cx, cy, 0.31 * m, (245, 245, 245))
    pen.text(t.text, cx, cy, 0.28 * m, (20, 20, 20))


def _sign_warning(pen: Pen, t: Thing) -> None:
    m, cx = t.ppm, t.cx
    top, bottom = t.base - 2.9 * m, t.base - 2.12 * m
    _pole(pen, t, cx, bottom)
    pen.poly([(cx, top), (cx + 0.45 * m, bottom), (cx - 0.45 * m, bottom)], (30, 30, 200))
    inset = 0.1 * m
    pen.poly(
        [
            (cx, top + 2 * inset),
            (cx + 0.45 * m - 1.7 * inset, bottom - inset * 0.6),
            (cx - 0.45 * m + 1.7 * inset, bottom - inset * 0.6),
        ],
        (245, 245, 245),
    )
    pen.text("!", cx, bottom - 0.25 * m, 0.25 * m, (20, 20, 20))


def _sign_info(pen: Pen, t: Thing) -> None:
    m, cx = t.ppm, t.cx
    top = t.base - 2.9 * m
    _pole(pen, t, cx, top + 0.4 * m)
    pen.rect(cx - 0.4 * m, top, cx + 0.4 * m, top + 0.8 * m, (180, 90, 20))
    pen.text(t.text, cx, top + 0.4 * m, 0.45 * m, (250, 250, 250))


def _sign_direction(pen: Pen, t: Thing) -> None:
    m, cx = t.ppm, t.cx
    top = t.base - 4.6 * m
    for side in (-1, 1):
        _pole(pen, t, cx + side * 1.2 * m, top + 1.0 * m)
    pen.rect(cx - 1.7 * m, top, cx + 1.7 * m, top + 1.6 * m, (60, 120, 20))
    pen.rect(cx - 1.6 * m, top + 0.1 * m, cx + 1.6 * m, top + 1.5 * m, (245, 245, 245))
    pen.rect(cx - 1.55 * m, top + 0.15 * m, cx + 1.55 * m, top + 1.45 * m, (60, 120, 20))
    first, _, second = t.text.partition("|")
    pen.text(first, cx, top + 0.5 * m, 0.3 * m, (250, 250, 250))
    pen.text(second, cx, top + 1.1 * m, 0.3 * m, (250, 250, 250))


_DRAWERS = {
    "car_side": _car_side,
    "car_rear": _car_rear,
    "bus": _bus,
    "person": _person,
    "tree": _tree,
    "sign_stop": _sign_stop,
    "sign_limit": _sign_limit,
    "sign_warning": _sign_warning,
    "sign_info": _sign_info,
    "sign_direction": _sign_direction,
}
