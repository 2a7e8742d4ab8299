"""The display variant of an image, made with bounded memory, and the memory given back.

A picture is held decoded only once: a JPEG at the smallest scale its decoder offers that
still covers the display size (`Image.draft`), any other format whole (which is why those
have a pixel limit, `media_probe.MAX_DECODED_PIXELS`). Everything after that works on
strips of rows: each strip is laid on white and shrunk by whole factors before the next
is cut, so no second full-size copy is ever made; only the shrunk picture, at most twice
the display size on each side, is resampled (Lanczos) to the display size.

One image is decoded at a time in a process (`decoding`), and the freed memory is handed
back to the system afterwards: otherwise the C allocator keeps the arenas of the worker
thread that decoded, and a server that took one large picture stays that large.
"""

from __future__ import annotations

import ctypes
import math
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PIL import Image

#: Bytes of decoded pixels a strip holds at most (a strip is never under one block of rows).
STRIP_BYTES = 8 * 1024 * 1024
#: EXIF orientations that turn the picture by a quarter: width and height swap.
SWAPS_AXES = {5, 6, 7, 8}
_TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
_ONE_AT_A_TIME = threading.Lock()


@contextmanager
def decoding() -> Iterator[None]:
    """Hold the process's one place for decoding media; give the memory back after.

    Uploads wait for each other here rather than each holding a decoded picture at once,
    so a process never holds more than one.
    """
    with _ONE_AT_A_TIME:
        try:
            yield
        finally:
            give_memory_back()


def give_memory_back() -> None:
    """Return the heap memory freed since to the system (glibc's `malloc_trim`; nothing
    where the C library has no such call)."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


def _malloc_trim() -> Callable[[int], Any] | None:
    try:
        return getattr(ctypes.CDLL(None), "malloc_trim", None)
    except OSError:
        return None


def display_size(width: int, height: int, long_edge: int) -> tuple[int, int]:
    """The size of `width` × `height` shrunk to fit a `long_edge` square, aspect kept as
    Pillow's `thumbnail` rounds it (the size itself when it fits)."""
    if width <= long_edge and height <= long_edge:
        return width, height
    aspect = width / height
    if aspect <= 1:
        wide = _round_aspect(long_edge * aspect, lambda n: abs(aspect - n / long_edge))
        return wide, long_edge
    return long_edge, _round_aspect(
        long_edge / aspect, lambda n: 0 if n == 0 else abs(aspect - long_edge / n)
    )


def _round_aspect(number: float, key: Callable[[int], float]) -> int:
    return max(min(math.floor(number), math.ceil(number), key=key), 1)


def display_picture(im: Image.Image, orientation: int, long_edge: int, jpeg: bool) -> Image.Image:
    """The display variant of the opened, not yet decoded `im`: upright RGB that fits a
    `long_edge` square.

    `orientation` is the EXIF orientation: the display variant is upright, so its pixels
    are the original's as displayed.
    """
    turned = orientation in SWAPS_AXES
    width, height = im.size
    shown = display_size(*((height, width) if turned else (width, height)), long_edge)
    target = (shown[1], shown[0]) if turned else shown  # in stored orientation
    if jpeg:
        im.draft("RGB", target)  # decodes at 1/2, 1/4 or 1/8 where that still covers it
    im.seek(0)
    im.load()
    picture, box = _shrunk_on_white(im, target)
    if picture.size != target or box != (0, 0, *picture.size):
        picture = picture.resize(target, Image.Resampling.LANCZOS, box=box)
    if orientation in _TRANSPOSE:
        picture = picture.transpose(_TRANSPOSE[orientation])
    return picture


def _shrunk_on_white(
    im: Image.Image, target: tuple[int, int]
) -> tuple[Image.Image, tuple[float, float, float, float]]:
    """`im` in RGB, laid on white and shrunk by whole factors to at most twice `target` on
    each side (never under it), strip by strip; with the box of the whole picture in the
    shrunk one's pixels (a partial last block makes it a fraction short of the edge)."""
    width, height = im.size
    fx = max(1, math.ceil(width / target[0] / 2))
    fy = max(1, math.ceil(height / target[1] / 2))
    out = Image.new("RGB", (math.ceil(width / fx), math.ceil(height / fy)))
    rows = max(1, STRIP_BYTES // (4 * width) // fy) * fy
    for top in range(0, height, rows):
        strip = _rgb(im.crop((0, top, width, min(height, top + rows))))
        if fx > 1 or fy > 1:
            strip = strip.reduce((fx, fy))
        out.paste(strip, (0, top // fy))
    return out, (0, 0, width / fx, height / fy)


def _rgb(im: Image.Image) -> Image.Image:
    """RGB for JPEG; transparency is laid on white, as viewers show it."""
    if im.mode == "P":
        im = im.convert("RGBA")
    if im.mode in ("RGBA", "LA", "PA") or "A" in im.getbands():
        rgba = im.convert("RGBA")
        base = Image.new("RGB", im.size, (255, 255, 255))
        base.paste(rgba, mask=rgba.getchannel("A"))
        return base
    if im.mode in ("I", "I;16", "I;16B", "I;16L", "F"):
        im = im.convert("F").point(lambda v: v / 256).convert("L")
    return im.convert("RGB")
