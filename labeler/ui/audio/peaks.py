"""Waveform peaks: min, max and power per bucket of samples, at several resolutions.

Computed once per media file on a worker thread (no Qt here), streaming the file
in blocks so a 30-minute recording never sits in memory whole. The finest level
holds at most `MAX_BUCKETS` buckets (~1 ms each for short clips, ~8 ms for half an
hour at 16 kHz); each coarser level halves it, so drawing any zoom reduces at most
about two buckets per pixel column.
"""

from __future__ import annotations

import math
import os
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from labeler.ui.i18n import translate

MAX_BUCKETS = 1 << 18
MIN_SAMPLES_PER_BUCKET = 16
# About 2 MB of float32 samples per channel in flight while reading.
BLOCK_FRAMES = 1 << 19
COARSEST_LEVEL = 512


@dataclass(frozen=True)
class PeakLevel:
    """One resolution: per bucket of `samples_per_bucket` frames, the lowest and
    highest sample and the mean power (mean of squares) over all channels."""

    samples_per_bucket: int
    lo: np.ndarray
    hi: np.ndarray
    power: np.ndarray


@dataclass(frozen=True)
class Peaks:
    """The peaks of one audio file: levels from finest to coarsest."""

    sample_rate: int
    frames: int
    channels: int
    levels: tuple[PeakLevel, ...]

    @property
    def duration(self) -> float:
        """Length in seconds."""
        return self.frames / self.sample_rate

    @property
    def nbytes(self) -> int:
        """Memory the arrays hold, for the cache's budget."""
        return sum(lv.lo.nbytes + lv.hi.nbytes + lv.power.nbytes for lv in self.levels)

    def columns(
        self, start: float, seconds_per_column: float, count: int
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Lowest, highest and RMS sample per column of a view starting at `start`
        seconds; NaN for columns outside the audio. Cost grows with `count` only."""
        lo = np.full(count, np.nan, np.float32)
        hi = lo.copy()
        rms = lo.copy()
        if count <= 0 or seconds_per_column <= 0:
            return lo, hi, rms
        per_column = seconds_per_column * self.sample_rate
        level = self.levels[0]
        for candidate in self.levels:
            if candidate.samples_per_bucket > per_column:
                break
            level = candidate
        n = len(level.lo)
        firsts = start * self.sample_rate + np.arange(count + 1) * per_column
        edges = np.floor(firsts / level.samples_per_bucket).astype(np.int64)
        inside = np.flatnonzero((firsts[:-1] >= 0) & (edges[:-1] < n))
        if not len(inside):
            return lo, hi, rms
        c0, c1 = int(inside[0]), int(inside[-1]) + 1
        idx = edges[c0:c1]
        # reduceat reduces idx[i]..idx[i+1]; the last column ends at its own edge.
        stop = int(min(n, max(edges[c1], idx[-1] + 1)))
        lo[c0:c1] = np.minimum.reduceat(level.lo[:stop], idx)
        hi[c0:c1] = np.maximum.reduceat(level.hi[:stop], idx)
        widths = np.diff(np.append(idx, stop)).clip(min=1)
        rms[c0:c1] = np.sqrt(np.add.reduceat(level.power[:stop], idx) / widths)
        return lo, hi, rms


@dataclass(frozen=True)
class Unreadable:
    """What `prepare` returns for audio it cannot read: a message for the annotator (in
    the interface's language: `translate` may run on any thread)."""

    message: str


def cannot_read(reason: str) -> str:
    """The message for audio a decoder could not read, and what it said."""
    return translate("audio.peaks", "This audio file cannot be read ({reason}).").format(
        reason=reason
    )


def _samples_per_bucket(frames: int) -> int:
    wanted = max(1, math.ceil(frames / MAX_BUCKETS))
    return max(MIN_SAMPLES_PER_BUCKET, 1 << (wanted - 1).bit_length())


def _coarser(level: PeakLevel) -> PeakLevel:
    n = len(level.lo)
    even = n - n % 2

    def pairs(a: np.ndarray, reduce: np.ufunc) -> np.ndarray:
        out = reduce(a[0:even:2], a[1:even:2])
        return np.append(out, a[-1:]) if n % 2 else out

    power = pairs(level.power, np.add) / 2
    if n % 2:
        power[-1] *= 2  # the lone last bucket was not averaged with a partner
    return PeakLevel(
        level.samples_per_bucket * 2,
        pairs(level.lo, np.minimum),
        pairs(level.hi, np.maximum),
        power.astype(np.float32),
    )


def compute_peaks(path: Path | str) -> Peaks | Unreadable:
    """Read `path` in blocks and return its peaks; `Unreadable` for anything
    libsndfile cannot decode (never raises for a bad file)."""
    import soundfile as sf  # here: libsndfile is loaded when audio is first read

    try:
        with sf.SoundFile(str(path)) as f:
            rate, channels = int(f.samplerate), int(f.channels)
            spb = _samples_per_bucket(int(f.frames))
            block = max(1, BLOCK_FRAMES // spb) * spb
            los: list[np.ndarray] = []
            his: list[np.ndarray] = []
            powers: list[np.ndarray] = []
            frames = 0
            for data in f.blocks(blocksize=block, dtype="float32", always_2d=True):
                frames += len(data)
                full = len(data) - len(data) % spb
                parts = [data[:full].reshape(-1, spb * channels)] if full else []
                if full < len(data):
                    parts.append(data[full:].reshape(1, -1))
                for part in parts:
                    los.append(part.min(axis=1))
                    his.append(part.max(axis=1))
                    squares = np.einsum("ij,ij->i", part, part)  # notr: a formula
                    powers.append(squares / part.shape[1])
    except Exception as exc:  # libsndfile, OS and format errors alike
        return Unreadable(cannot_read(_reason(exc)))
    if frames == 0 or rate <= 0:
        return Unreadable(translate("audio.peaks", "This audio file holds no sound."))
    level = PeakLevel(
        spb,
        np.concatenate(los).astype(np.float32),
        np.concatenate(his).astype(np.float32),
        np.concatenate(powers).astype(np.float32),
    )
    levels = [level]
    while len(levels[-1].lo) > COARSEST_LEVEL:
        levels.append(_coarser(levels[-1]))
    return Peaks(rate, frames, channels, tuple(levels))


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    # libsndfile names the (long, cache-internal) path first; the reason is what helps.
    return re.sub(r"^Error opening .*?: ", "", text).rstrip(".")[:200]


class PeaksCache:
    """Peaks by media key, least recently used first out, within a byte budget.

    Shared by worker threads (prepare) and the GUI thread (show_item), hence the lock.
    """

    def __init__(self, max_bytes: int = 64 << 20) -> None:
        self.max_bytes = max_bytes
        self._entries: OrderedDict[str, Peaks] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str) -> Peaks | None:
        with self._lock:
            found = self._entries.get(key)
            if found is not None:
                self._entries.move_to_end(key)
            return found

    def put(self, key: str, peaks: Peaks) -> None:
        with self._lock:
            self._entries[key] = peaks
            self._entries.move_to_end(key)
            total = sum(p.nbytes for p in self._entries.values())
            while total > self.max_bytes and len(self._entries) > 1:
                _, dropped = self._entries.popitem(last=False)
                total -= dropped.nbytes

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)


CACHE = PeaksCache()


def media_key(path: Path | str, sha256: str | None = None) -> str:
    """The cache key of a media file: its content hash when known (no disk access),
    else its path, modification time and size."""
    if sha256:
        return f"sha256:{sha256}"
    st = os.stat(path)
    return f"file:{os.fspath(path)}:{st.st_mtime_ns}:{st.st_size}"


def load_peaks(path: Path | str, sha256: str | None = None) -> Peaks | Unreadable:
    """Peaks of `path` from the cache, or computed and cached. Worker threads only."""
    if not os.path.isfile(path):
        return Unreadable(
            translate("audio.peaks", "The audio file of this item is missing from this computer.")
        )
    try:
        key = media_key(path, sha256)
    except OSError as exc:
        return Unreadable(
            translate("audio.peaks", "The audio file cannot be opened ({reason}).").format(
                reason=_reason(exc)
            )
        )
    found = CACHE.get(key)
    if found is not None:
        return found
    peaks = compute_peaks(path)
    if isinstance(peaks, Peaks):
        CACHE.put(key, peaks)
    return peaks
