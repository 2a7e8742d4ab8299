"""Image quality flags: blurred, too dark, overexposed, and near-duplicates.

Facts about an image, not about an answer: each image is measured once (`image_flags`),
many in a row by `assess` (which goes on past an unreadable image and can be stopped),
and near-duplicates are found among the measured ones by their perceptual hashes
(`near_duplicates`).

- Blurred: the variance of the Laplacian of the grey image, reduced to a long edge of
  `MEASURE_EDGE` px first so that one threshold fits every size, and a dark one brightened
  (`_sharpness`): a sharp picture has strong fine edges, a blurred one few.
- Too dark, overexposed: the mean brightness, and the share of burnt-out pixels.
- Perceptual hash: pHash (the low frequencies of a 32 × 32 grey copy's DCT, each above or
  below their median: 64 bits), as `imagehash.phash` computes it; re-encoding, resizing
  and small edits change few bits, another picture about half.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from labeler.core.plugins.api import ItemView, Progress
from labeler_opencv_assist.errors import ImageUnreadable
from labeler_opencv_assist.picture import read_pixels

#: Sharpness is measured on the grey image reduced to this long edge.
MEASURE_EDGE = 512
#: Sharpness brightens a dark picture at most this many times (more would measure the
#: grain of a black one).
MAX_GAIN = 8.0
#: Two images whose hashes differ in at most this many of 64 bits are near-duplicates.
DUPLICATE_BITS = 8
FLAGS = ("blurred", "dark", "overexposed")


@dataclass(frozen=True)
class Thresholds:
    """Where each flag starts; a lead may move them for a project's kind of pictures."""

    #: Variance of the Laplacian below which an image is blurred (at MEASURE_EDGE px).
    blurred_below: float = 60.0
    #: Mean brightness (0 black … 1 white) below which an image is too dark.
    dark_below: float = 0.2
    #: Mean brightness above which an image is overexposed …
    bright_above: float = 0.9
    #: … or the share of burnt-out pixels (grey ≥ 250) from which it is.
    burnt_share: float = 0.25


@dataclass(frozen=True)
class ImageFlags:
    """What was measured of one image, and the flags that follow."""

    sharpness: float
    brightness: float
    burnt: float
    hash: int
    blurred: bool
    dark: bool
    overexposed: bool

    @property
    def flags(self) -> list[str]:
        """The names of the flags raised, in FLAGS' order."""
        return [name for name in FLAGS if getattr(self, name)]

    def to_json(self) -> dict[str, Any]:
        """The measures, the flags, and the hash as 16 hex digits."""
        return {
            "sharpness": round(self.sharpness, 1),
            "brightness": round(self.brightness, 3),
            "burnt": round(self.burnt, 3),
            "hash": f"{self.hash:016x}",
            "flags": self.flags,
        }


def image_flags(path: Path | str, thresholds: Thresholds | None = None) -> ImageFlags:
    """Measure one image file; `ImageUnreadable` when it is missing or not an image."""
    limits = thresholds or Thresholds()
    gray = read_pixels(Path(path), cv2.IMREAD_GRAYSCALE)
    if gray is None:
        why = "no such file" if not Path(path).is_file() else "not an image OpenCV decodes"
        raise ImageUnreadable(f"cannot measure {path}: {why}")
    sharpness = _sharpness(_reduced(gray, MEASURE_EDGE))
    brightness = float(gray.mean()) / 255.0
    burnt = float(np.count_nonzero(gray >= 250)) / gray.size
    return ImageFlags(
        sharpness=sharpness,
        brightness=brightness,
        burnt=burnt,
        hash=phash(gray),
        blurred=sharpness < limits.blurred_below,
        dark=brightness < limits.dark_below,
        overexposed=brightness > limits.bright_above or burnt >= limits.burnt_share,
    )


def _sharpness(gray: np.ndarray) -> float:
    """The variance of the Laplacian, of the picture as if it were exposed to a mean grey
    of at least half (its levels multiplied by up to MAX_GAIN): a dark picture with sharp
    edges reads as dark, not as blurred too."""
    mean = float(gray.mean())
    gain = min(MAX_GAIN, 127.5 / mean) if 0 < mean < 127.5 else 1.0
    laplacian = cv2.Laplacian(gray.astype(np.float32) * np.float32(gain), cv2.CV_32F)
    return float(laplacian.var())


def _reduced(gray: np.ndarray, long_edge: int) -> np.ndarray:
    h, w = gray.shape[:2]
    step = max(h, w) / long_edge
    if step <= 1:
        return gray
    size = (max(1, round(w / step)), max(1, round(h / step)))
    return cv2.resize(gray, size, interpolation=cv2.INTER_AREA)


def phash(gray: np.ndarray) -> int:
    """The 64-bit perceptual hash of a grey image (or a BGR one), as imagehash's phash:
    the top-left 8 × 8 of the DCT of a 32 × 32 copy, each bit 1 above their median; the
    first bit is the top-left coefficient's, the highest bit of the number."""
    if gray.ndim == 3:
        gray = cv2.cvtColor(gray, cv2.COLOR_BGR2GRAY)
    small = cv2.resize(gray, (32, 32), interpolation=cv2.INTER_AREA).astype(np.float32)
    low = cv2.dct(small)[:8, :8].astype(np.float64)
    # cv2.dct is orthonormal; scipy's (imagehash's) leaves the first row and column
    # √2 larger than the rest relative to it: the same scale here ranks them the same.
    low[0, :] *= np.sqrt(2)
    low[:, 0] *= np.sqrt(2)
    bits = (low > np.median(low)).ravel()
    return int("".join("1" if bit else "0" for bit in bits), 2)


def hamming(a: int, b: int) -> int:
    """How many of two hashes' bits differ."""
    return (a ^ b).bit_count()


_BITS_IN_BYTE = np.array([bin(i).count("1") for i in range(256)], np.uint8)
#: Hash comparisons held in memory at once (8 bytes each).
_BLOCK = 2_000_000


def _bit_counts(values: np.ndarray) -> np.ndarray:
    """The number of bits set in each uint64."""
    if hasattr(np, "bitwise_count"):  # NumPy 2
        return np.bitwise_count(values)
    return _BITS_IN_BYTE[values.view(np.uint8).reshape(*values.shape, 8)].sum(axis=-1)


def near_duplicates(hashes: Mapping[str, int], max_bits: int = DUPLICATE_BITS) -> list[list[str]]:
    """Groups of ids whose images are near-duplicates: linked by hashes differing in at
    most `max_bits` bits, directly or through others of the group. Each group in the
    mapping's order, the groups by their first member; an image alone is in none. Every
    pair is compared, a block of rows at a time (10 000 images: about a second)."""
    ids = list(hashes)
    values = np.array([hashes[i] for i in ids], np.uint64)
    parent = list(range(len(ids)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    rows = max(1, _BLOCK // max(1, len(ids)))
    for start in range(0, len(ids), rows):
        bits = _bit_counts(values[start : start + rows, None] ^ values[None, :])
        near_i, near_j = np.nonzero(bits <= max_bits)
        for row, col in zip((near_i + start).tolist(), near_j.tolist(), strict=True):
            if col > row:
                a, b = root(row), root(col)
                if a != b:
                    parent[max(a, b)] = min(a, b)
    groups: dict[int, list[str]] = {}
    for index, item_id in enumerate(ids):
        groups.setdefault(root(index), []).append(item_id)
    return [group for group in groups.values() if len(group) > 1]


@dataclass(frozen=True)
class ItemFlags:
    """One item's measures, or why it has none."""

    item_id: str
    flags: ImageFlags | None = None
    error: str | None = None


def assess(
    items: Iterable[ItemView],
    progress: Progress | None = None,
    thresholds: Thresholds | None = None,
) -> Iterator[ItemFlags]:
    """Measure each image item in turn: an unreadable one comes with its error and the
    rest go on; `progress` is told how many are done after each and stops the run by
    answering False. Items of other media are passed over."""
    done = 0
    for item in items:
        if item.media != "image":
            continue
        try:
            if item.path is None:
                raise ImageUnreadable(f"item {item.id} has no image file on this computer")
            yield ItemFlags(item.id, flags=image_flags(item.path, thresholds))
        except ImageUnreadable as exc:
            yield ItemFlags(item.id, error=str(exc))
        done += 1
        if progress is not None and not progress(done):
            return


def duplicate_of(measured: Sequence[ItemFlags], max_bits: int = DUPLICATE_BITS) -> dict[str, str]:
    """Each near-duplicate item → the first item of its group (which maps to nothing)."""
    hashes = {m.item_id: m.flags.hash for m in measured if m.flags is not None}
    return {
        item_id: group[0] for group in near_duplicates(hashes, max_bits) for item_id in group[1:]
    }
