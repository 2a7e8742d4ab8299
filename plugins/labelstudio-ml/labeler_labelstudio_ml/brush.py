"""Brush masks (`brushlabels`), as Segment Anything backends answer, made into the region
a field holds: a polygons field takes the mask's outline, a boxes field the box around it.

Label Studio keeps a mask as `value.rle`: the bytes of a bit stream (its `rle-pack`
format) that unpacks to the picture's RGBA pixels, row by row; the alpha channel is the
mask. The stream opens with 32 bits for the number of values, 5 for the word size less
one, four 4-bit run-length sizes less one; then runs: a bit (1: one value repeated, 0:
values one by one), 2 bits choosing a run-length size, the run's length less one in that
many bits, and the value(s) in words. The outline is the mask's largest piece, its holes
filled, simplified within a pixel; what that leaves out is said.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np

# NumPy and Shapely are imported by the functions that use them: loading the plugin (every
# start of the workbench does, once its first item shows) costs neither (about 25 MB).

#: The field kinds a mask becomes a region of.
MASKED_KINDS = frozenset({"polygons", "boxes"})
#: How far (mask pixels) a simplified outline may stray from the mask's edge.
_TOLERANCE = 1.0
#: A mask of more values than a 64-megapixel picture's is refused unread.
MAX_VALUES = 4 * 64_000_000


class MaskError(ValueError):
    """A mask that cannot be read; says why."""


class _Bits:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.at = 0
        self.buffer = 0
        self.held = 0

    def read(self, n: int) -> int:
        while self.held < n:
            if self.at >= len(self.data):
                raise MaskError("value.rle ends before its last run")
            self.buffer = (self.buffer << 8) | self.data[self.at]
            self.at += 1
            self.held += 8
        self.held -= n
        value = self.buffer >> self.held
        self.buffer &= (1 << self.held) - 1
        return value


def decode(rle: Sequence[int]) -> np.ndarray:
    """The values `rle` packs (uint8 for 8-bit words, as Label Studio writes masks)."""
    import numpy as np

    if not all(isinstance(b, int) and 0 <= b <= 255 for b in rle):
        raise MaskError("value.rle must be a list of bytes (0 to 255)")
    bits = _Bits(bytes(rle))
    count = bits.read(32)
    word = bits.read(5) + 1
    sizes = [bits.read(4) + 1 for _ in range(4)]
    if count > MAX_VALUES:
        raise MaskError(f"value.rle holds {count} values, more than a picture's mask")
    out = np.zeros(count, dtype=np.uint32 if word > 8 else np.uint8)
    i = 0
    while i < count:
        repeated = bits.read(1)
        end = min(count, i + 1 + bits.read(sizes[bits.read(2)]))
        if repeated:
            out[i:end] = bits.read(word)
        else:
            out[i:end] = [bits.read(word) for _ in range(end - i)]
        i = end
    return out


def mask_of(value: dict[str, Any], width: int, height: int) -> np.ndarray:
    """The mask (height × width, True where painted) of a brush result's value."""
    if value.get("format", "rle") != "rle" or not isinstance(value.get("rle"), list):
        raise MaskError("a brush mask without value.rle (Label Studio's format)")
    values = decode(value["rle"])
    if values.size != width * height * 4:
        raise MaskError(
            f"value.rle holds {values.size} values, not the 4 × {width} × {height} of the "
            "picture it is said to be of"
        )
    return values.reshape(height, width, 4)[:, :, 3] > 0


def outline(mask: np.ndarray) -> tuple[list[list[float]], list[str]]:
    """The outline of the mask's largest piece, in mask pixels, and what it leaves out."""
    import numpy as np
    import shapely

    padded = np.pad(mask.astype(np.int8), ((0, 0), (1, 1)))
    steps = np.diff(padded, axis=1)
    starts, ends = np.argwhere(steps == 1), np.argwhere(steps == -1)
    if not len(starts):
        return [], ["the brush mask is empty"]
    rows = starts[:, 0].astype(float)
    runs = shapely.box(starts[:, 1], rows, ends[:, 1], rows + 1)
    union = shapely.union_all(runs)
    pieces = sorted(getattr(union, "geoms", [union]), key=lambda p: p.area, reverse=True)
    largest = pieces[0]
    left: list[str] = []
    if len(pieces) > 1:
        rest = sum(p.area for p in pieces[1:])
        left.append(f"{len(pieces) - 1} smaller pieces of the brush mask ({rest:g} px) left out")
    if largest.interiors:
        left.append(f"{len(largest.interiors)} holes in the brush mask filled")
    shape = shapely.Polygon(largest.exterior).simplify(_TOLERANCE, preserve_topology=True)
    points = [[float(x), float(y)] for x, y in shape.exterior.coords[:-1]]
    return points, left


def as_region(result: dict[str, Any], kind: str) -> tuple[dict[str, Any] | None, list[str]]:
    """The brush `result` as a `polygonlabels` (kind `polygons`) or `rectanglelabels`
    (kind `boxes`) result in percent, and what was left out; None when unreadable."""
    value = result.get("value")
    width, height = result.get("original_width"), result.get("original_height")
    if not isinstance(value, dict):
        return None, ["value must be an object"]
    if not (isinstance(width, int) and isinstance(height, int) and width > 0 and height > 0):
        return None, ["a brush mask needs original_width and original_height, its size"]
    try:
        points, left = outline(mask_of(value, width, height))
    except MaskError as exc:
        return None, [str(exc)]
    if not points:
        return None, left
    labels = value.get("brushlabels")
    percent = [[x * 100 / width, y * 100 / height] for x, y in points]
    base = {k: v for k, v in result.items() if k != "value"}
    if kind == "polygons":
        return {
            **base,
            "type": "polygonlabels",
            "value": {"points": percent, "polygonlabels": labels},
        }, left
    xs, ys = [p[0] for p in percent], [p[1] for p in percent]
    box = {"x": min(xs), "y": min(ys), "width": max(xs) - min(xs), "height": max(ys) - min(ys)}
    return {**base, "type": "rectanglelabels", "value": {**box, "rectanglelabels": labels}}, [
        line for line in left if "holes" not in line
    ]
