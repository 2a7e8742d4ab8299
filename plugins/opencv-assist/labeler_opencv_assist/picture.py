"""The item's picture as the assists work on it, and the way back to original pixels.

An assist reads the display variant (`ItemView.path`), whose pixels may be fewer than the
original's; answers are in the original's pixels. Coordinates are continuous with pixel
corners on whole numbers (as the crosshair's): pixel (i, j) of a view covers [i, i + 1) ×
[j, j + 1). A `View` is the display variant, or a part of it, maybe reduced, with the
offset and factors that map its pixels to the original's, so the assists do their work on
as few pixels as they need and map the result back in one place.

The last two decoded pictures (and their reduced copies) are kept, so several prompts on
one item decode it once.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass, replace
from pathlib import Path

import cv2
import numpy as np
from numpy.typing import ArrayLike

from labeler.core.plugins.api import ItemView
from labeler_opencv_assist.errors import ImageUnreadable

#: Decoded pictures kept: the item on screen and the one before (a 2048 × 1536 display
#: variant is 9 MiB; with its reduced and smoothed copies for clicks, 14 MiB).
KEPT = 2


@dataclass(frozen=True)
class View:
    """Pixels (BGR, read-only) of the picture or of a part of it, and how they map to the
    original: original = origin + pixel × factor, per axis; `width` and `height` are the
    original's, for clipping."""

    pixels: np.ndarray
    fx: float
    fy: float
    ox: float
    oy: float
    width: int
    height: int

    @property
    def shape(self) -> tuple[int, int]:
        """(height, width) of the view's pixels."""
        h, w = self.pixels.shape[:2]
        return h, w

    def to_view(self, points: ArrayLike) -> np.ndarray:
        """Original-pixel points (N × 2) in this view's pixels."""
        p = np.asarray(points, np.float64).reshape(-1, 2)
        return (p - (self.ox, self.oy)) / (self.fx, self.fy)

    def to_original(self, points: ArrayLike) -> np.ndarray:
        """This view's pixel points (N × 2) in original pixels, clipped to the image."""
        p = np.asarray(points, np.float64).reshape(-1, 2)
        out = p * (self.fx, self.fy) + (self.ox, self.oy)
        return np.clip(out, 0.0, (self.width, self.height))

    def crop(self, x0: int, y0: int, x1: int, y1: int) -> View:
        """The part [x0, x1) × [y0, y1) of this view (clipped to it)."""
        h, w = self.shape
        x0, y0 = max(0, x0), max(0, y0)
        x1, y1 = min(w, x1), min(h, y1)
        return replace(
            self,
            pixels=self.pixels[y0:y1, x0:x1],
            ox=self.ox + x0 * self.fx,
            oy=self.oy + y0 * self.fy,
        )

    def at_most(self, pixels: int) -> View:
        """This view reduced to at most `pixels` pixels (itself when it has no more)."""
        h, w = self.shape
        if w * h <= pixels:
            return self
        step = math.sqrt(w * h / pixels)
        return self.resized(max(1, math.floor(w / step)), max(1, math.floor(h / step)))

    def resized(self, w: int, h: int) -> View:
        """This view resampled to w × h pixels (area averaging when reduced)."""
        old_h, old_w = self.shape
        small = cv2.resize(self.pixels, (w, h), interpolation=cv2.INTER_AREA)
        small.flags.writeable = False
        return replace(self, pixels=small, fx=self.fx * old_w / w, fy=self.fy * old_h / h)


def load(item: ItemView, long_edge: int | None = None, median: int = 0) -> View:
    """The item's picture, reduced to `long_edge` when it is longer, and smoothed by a
    median of `median` px when asked (kept too: each click of an item floods the same
    smoothed picture); `ImageUnreadable` says why there is none."""
    if item.media != "image":
        raise ImageUnreadable(f"item {item.id} is {item.media}, not an image")
    if item.path is None:
        raise ImageUnreadable(f"item {item.id} has no image file on this computer")
    path = Path(item.path)
    try:
        stat = path.stat()
    except OSError as exc:
        why = exc.strerror or type(exc).__name__
        raise ImageUnreadable(f"cannot read the image of item {item.id}: {path}: {why}") from exc
    key = (str(path), stat.st_mtime_ns, stat.st_size)
    pixels = _reduced(key, long_edge, median) if long_edge or median else _decoded(key)
    if pixels is None:
        raise ImageUnreadable(f"the file of item {item.id} is not an image OpenCV decodes: {path}")
    full = _decoded(key)
    assert full is not None
    full_h, full_w = full.shape[:2]
    width, height = item.size if item.size else (full_w, full_h)
    h, w = pixels.shape[:2]
    return View(pixels, width / w, height / h, 0.0, 0.0, int(width), int(height))


def read_pixels(path: Path, flags: int = cv2.IMREAD_COLOR) -> np.ndarray | None:
    """Decode an image file (any path, Unicode too, which `cv2.imread` fails on some
    systems); None when it is not an image. EXIF orientation is applied, as the task
    server's display variant and the answers' pixels are upright."""
    try:
        data = np.fromfile(path, np.uint8)
    except OSError:
        return None
    if data.size == 0:
        return None
    try:
        return cv2.imdecode(data, flags)
    except cv2.error:
        return None


Key = tuple[str, int, int]


@functools.lru_cache(maxsize=KEPT)
def _decoded(key: Key) -> np.ndarray | None:
    """Decoded once per file version: its mtime and size are part of the key."""
    pixels = read_pixels(Path(key[0]))
    if pixels is not None:
        pixels.flags.writeable = False
    return pixels


@functools.lru_cache(maxsize=2 * KEPT)
def _reduced(key: Key, long_edge: int | None, median: int) -> np.ndarray | None:
    pixels = _decoded(key) if not median else _reduced(key, long_edge, 0)
    if pixels is None:
        return None
    if median:
        out = cv2.medianBlur(np.ascontiguousarray(pixels), median)
    else:
        h, w = pixels.shape[:2]
        step = max(w, h) / long_edge if long_edge else 1.0
        if step <= 1:
            return pixels
        size = (max(1, round(w / step)), max(1, round(h / step)))
        out = cv2.resize(pixels, size, interpolation=cv2.INTER_AREA)
    out.flags.writeable = False
    return out
