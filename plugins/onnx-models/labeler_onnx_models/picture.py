"""An item's picture as the model reads it, and the way back to the original's pixels.

The file is `ItemView.path`: for a task server's item the display variant, whose pixels
may be fewer than the original's. Pillow decodes it upright (its EXIF orientation
applied, as the task server's display variant and every answer's pixels are), in RGB,
transparency laid on white as the display variant is. A JPEG larger than the model needs
is decoded at 1/2, 1/4 or 1/8 of its size where that still covers the model's input (its
own decoder's scaling: much faster, and no coarser than the input).

Coordinates are continuous with pixel corners on whole numbers, as the answers' are:
pixel (i, j) covers [i, i + 1) × [j, j + 1). A `Picture` maps its pixels to the
original's: original = origin + pixel × factor, per axis.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps

from labeler.core.plugins.api import ItemView
from labeler_onnx_models.errors import ImageUnreadable

#: EXIF orientations that turn the picture by a quarter: width and height swap.
_SWAPS_AXES = {5, 6, 7, 8}
_ORIENTATION = 0x0112
#: Decoded pictures kept for the assists (a 2048 × 1536 display variant is 9 MiB).
KEPT = 2
#: Larger pictures are not decoded (Pillow's own guard against decompression bombs; a
#: display variant has at most 2048 × 2048).
MAX_PIXELS = Image.MAX_IMAGE_PIXELS or 89_478_485


@dataclass(frozen=True)
class Picture:
    """Upright RGB pixels (read-only) of the item's picture or of a part of it, and how
    they map to the original: original = (ox, oy) + pixel × (fx, fy); `width` and
    `height` are the original's, for clipping."""

    pixels: np.ndarray
    fx: float
    fy: float
    ox: float
    oy: float
    width: int
    height: int

    @property
    def shape(self) -> tuple[int, int]:
        """(height, width) of the pixels."""
        h, w = self.pixels.shape[:2]
        return h, w

    def crop(self, x0: float, y0: float, x1: float, y1: float) -> Picture | None:
        """The part of the picture under the box (x0, y0)–(x1, y1) in original pixels,
        whole pixels around it; None when it holds no pixel of the picture."""
        h, w = self.shape
        left = max(0, math.floor((x0 - self.ox) / self.fx))
        top = max(0, math.floor((y0 - self.oy) / self.fy))
        right = min(w, math.ceil((x1 - self.ox) / self.fx))
        bottom = min(h, math.ceil((y1 - self.oy) / self.fy))
        if right <= left or bottom <= top:
            return None
        return replace(
            self,
            pixels=self.pixels[top:bottom, left:right],
            ox=self.ox + left * self.fx,
            oy=self.oy + top * self.fy,
        )


#: What a decoder may shrink a picture to: the fewest pixels (width, height) the model
#: needs of a picture of the given upright size.
Least = Callable[[tuple[int, int]], tuple[int, int]]


def read_picture(item: ItemView, least: Least | None = None) -> Picture:
    """The item's picture, upright. With `least`, a JPEG is decoded smaller where it stays
    at least that size; without it, whole (the last few kept, for the assists' prompts on
    one item). `ImageUnreadable` says why there is none."""
    if item.media != "image":
        raise ImageUnreadable(f"item {item.id} is {item.media}, not an image")
    if item.path is None:
        raise ImageUnreadable(f"item {item.id} has no image file on this computer")
    path = Path(item.path)
    try:
        stat = path.stat()
    except OSError as exc:
        why = exc.strerror or type(exc).__name__
        raise ImageUnreadable(f"cannot read the image of item {item.id}: {path}: {why}") from None
    try:
        if least is None:
            pixels, whole = _kept(str(path), stat.st_mtime_ns, stat.st_size)
        else:
            pixels, whole = _decode(str(path), least)
    except ImageUnreadable as exc:
        raise ImageUnreadable(f"the file of item {item.id} {exc}: {path}") from None
    h, w = pixels.shape[:2]
    # The original's size, else the file's own (upright, before a smaller decoding).
    width, height = item.size if item.size else whole
    return Picture(pixels, width / w, height / h, 0.0, 0.0, int(width), int(height))


@functools.lru_cache(maxsize=KEPT)
def _kept(path: str, mtime_ns: int, size: int) -> tuple[np.ndarray, tuple[int, int]]:
    """Decoded once per file version: its mtime and size are part of the key."""
    return _decode(path, None)


def _decode(path: str, least: Least | None) -> tuple[np.ndarray, tuple[int, int]]:
    """Upright RGB pixels, and the upright size of the picture in the file."""
    try:
        with Image.open(path) as im:
            if im.size[0] * im.size[1] > MAX_PIXELS:
                raise ImageUnreadable(f"is too large to decode ({im.size[0]} × {im.size[1]} px)")
            orientation = _orientation(im)
            turned = orientation in _SWAPS_AXES
            whole = (im.size[1], im.size[0]) if turned else im.size
            if least is not None and im.format == "JPEG":
                w, h = least(whole)
                im.draft("RGB", (h, w) if turned else (w, h))
            upright = ImageOps.exif_transpose(im) if orientation != 1 else im
            pixels = np.asarray(_rgb(upright))
    except ImageUnreadable:
        raise
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
        raise ImageUnreadable(f"is not a picture ({type(exc).__name__}: {exc})") from None
    pixels.flags.writeable = False
    return pixels, whole


def _orientation(im: Image.Image) -> int:
    try:
        value = im.getexif().get(_ORIENTATION, 1)
    except Exception:  # noqa: BLE001 - a broken EXIF block: the pixels as stored
        return 1
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def _rgb(im: Image.Image) -> Image.Image:
    """RGB, transparency laid on white, as the task server makes the display variant."""
    if im.mode == "P":
        im = im.convert("RGBA")
    if im.mode in ("RGBA", "LA", "PA") or "A" in im.getbands():
        rgba = im.convert("RGBA")
        base = Image.new("RGB", im.size, (255, 255, 255))
        base.paste(rgba, mask=rgba.getchannel("A"))
        return base
    if im.mode in ("I", "I;16", "I;16B", "I;16L", "F"):
        # 16-bit greys to 8 bits as the display variant takes them.
        im = im.convert("F").point(lambda v: v / 256).convert("L")
    return im.convert("RGB")
