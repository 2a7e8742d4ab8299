"""Peaks, the time view and segment helpers of the audio editor (no widgets)."""

from __future__ import annotations

import time
import tracemalloc
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from labeler.server.demo.calls import manifest
from labeler.ui.audio.peaks import (
    MAX_BUCKETS,
    Peaks,
    PeaksCache,
    Unreadable,
    compute_peaks,
    load_peaks,
    media_key,
)
from labeler.ui.audio.segments import cycle, edge_at, make_segment, moved_edge, previous_end
from labeler.ui.audio.timeline import MIN_SECONDS_PER_PX, TimeView, format_time

DEMO = Path(__file__).resolve().parents[2] / "labeler" / "server" / "demo" / "audio"
RATE = 16_000


def _tone(
    path: Path, seconds: float, rate: int = RATE, channels: int = 1, fmt: str = "WAV"
) -> np.ndarray:
    t = np.arange(int(seconds * rate)) / rate
    mono = (0.5 * np.sin(2 * np.pi * 440 * t)).astype(np.float32)
    mono[: rate // 2] = 0.0  # half a second of silence first
    data = np.stack([mono * (c + 1) / channels for c in range(channels)], axis=1)
    sf.write(path, data, rate, format=fmt)
    return data


def test_demo_clip_peaks_match_its_duration_and_levels() -> None:
    clip = manifest()["clips"][0]
    peaks = compute_peaks(DEMO / clip["filename"])
    assert isinstance(peaks, Peaks)
    assert peaks.sample_rate == 16_000
    assert peaks.duration == pytest.approx(clip["duration"], abs=0.01)
    sizes = [len(level.lo) for level in peaks.levels]
    assert sizes == sorted(sizes, reverse=True) and sizes[-1] <= 512
    assert all(
        b.samples_per_bucket == 2 * a.samples_per_bucket
        for a, b in zip(peaks.levels, peaks.levels[1:], strict=False)
    )
    lo, hi, rms = peaks.columns(0.0, peaks.duration / 400, 400)
    assert np.all(lo <= hi) and np.nanmax(hi) > 0.1 and np.nanmin(lo) < -0.1
    assert np.all((rms >= 0) & (rms <= np.maximum(hi, -lo) + 1e-6))


def test_wav_and_ogg_peaks_agree_with_the_samples(tmp_path: Path) -> None:
    for fmt, tolerance in (("WAV", 1e-4), ("OGG", 0.05), ("FLAC", 1e-3)):
        path = tmp_path / f"tone.{fmt.lower()}"
        data = _tone(path, 3.0, channels=2, fmt=fmt)
        peaks = compute_peaks(path)
        assert isinstance(peaks, Peaks), fmt
        assert peaks.channels == 2
        lo, hi, _ = peaks.columns(0.0, 0.25, 12)
        # Silence in the first half second, the louder channel's amplitude after.
        assert np.nanmax(np.abs(np.r_[lo[:2], hi[:2]])) < tolerance + 1e-3, fmt
        assert hi[4] == pytest.approx(data[:, 1].max(), abs=tolerance), fmt
        assert lo[4] == pytest.approx(data[:, 1].min(), abs=tolerance), fmt


def test_columns_outside_the_audio_are_nan(tmp_path: Path) -> None:
    path = tmp_path / "short.wav"
    _tone(path, 1.0)
    peaks = compute_peaks(path)
    assert isinstance(peaks, Peaks)
    lo, hi, rms = peaks.columns(-0.5, 0.25, 10)
    assert np.isnan(lo[:2]).all() and not np.isnan(lo[2:6]).any() and np.isnan(hi[6:]).all()
    # Zoomed closer than one bucket: every column still has a value.
    lo, _, _ = peaks.columns(0.6, 0.0001, 50)
    assert not np.isnan(lo).any()


@pytest.fixture(scope="module")
def long_wav(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 30-minute mono 16 kHz WAV, written a minute at a time."""
    path = tmp_path_factory.mktemp("long") / "thirty-minutes.wav"
    rng = np.random.default_rng(30)
    minute = (0.3 * np.sin(2 * np.pi * 220 * np.arange(60 * RATE) / RATE)).astype(np.float32)
    minute[20 * RATE : 40 * RATE] = rng.normal(0, 0.05, 20 * RATE)
    with sf.SoundFile(path, "w", RATE, 1, "PCM_16") as f:
        for _ in range(30):
            f.write(minute)
    return path


@pytest.mark.slow
def test_thirty_minutes_stream_in_bounded_memory_and_time(long_wav: Path) -> None:
    size = long_wav.stat().st_size
    tracemalloc.start()
    began = time.perf_counter()
    try:
        peaks = compute_peaks(long_wav)
        peak_bytes = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    elapsed = time.perf_counter() - began
    assert isinstance(peaks, Peaks)
    assert peaks.duration == pytest.approx(1800.0)
    # Decoding whole would take 4 bytes per sample (115 MB); blocks keep it small.
    assert peak_bytes < 32 * 2**20 < size
    assert elapsed < 20
    assert len(peaks.levels[0].lo) <= MAX_BUCKETS
    assert peaks.nbytes < 8 * 2**20
    # Any zoom reduces a bounded number of buckets per column.
    for spp in (1800 / 1366, 1.0, 0.05, MIN_SECONDS_PER_PX):
        lo, hi, _ = peaks.columns(min(900.0, 1800 - spp * 1366), spp, 1366)
        assert not np.isnan(lo).any() and np.all(lo <= hi)


def test_unreadable_files_give_a_message(tmp_path: Path) -> None:
    bad = tmp_path / "corrupt.ogg"
    bad.write_bytes(b"OggS" + bytes(range(256)) * 20)
    empty = tmp_path / "empty.wav"
    sf.write(empty, np.zeros((0, 1), np.float32), RATE)
    for path in (bad, empty, tmp_path / "missing.wav"):
        result = load_peaks(path)
        assert isinstance(result, Unreadable) and result.message, path
    assert str(tmp_path) not in compute_peaks(bad).message  # type: ignore[union-attr]
    assert "missing" in load_peaks(tmp_path / "gone.ogg", "abc").message  # type: ignore[union-attr]


def test_cache_by_content_and_byte_budget(tmp_path: Path) -> None:
    path = tmp_path / "a.wav"
    _tone(path, 1.0)
    assert media_key(path, "ab12") == "sha256:ab12"
    assert media_key(path).startswith("file:")
    first = load_peaks(path, "feed")
    assert load_peaks(path, "feed") is first  # served from memory
    peaks = compute_peaks(path)
    assert isinstance(peaks, Peaks)
    cache = PeaksCache(max_bytes=peaks.nbytes * 2)
    for key in "abc":
        cache.put(key, peaks)
    assert len(cache) == 2 and cache.get("a") is None and cache.get("c") is peaks


def test_time_view_zoom_scroll_follow() -> None:
    view = TimeView()
    view.reset(600.0, 1200)
    assert view.fits and view.seconds_per_px == 0.5
    view.zoom(10, anchor_x=600)
    assert view.seconds_per_px == pytest.approx(0.05)
    assert view.t_of(600) == pytest.approx(300.0)  # the anchor stayed put
    view.scroll_px(-1e9)
    assert view.start == 0.0
    assert view.follow(100.0) and view.start <= 100.0 <= view.end
    assert not view.follow(view.start + 1)
    view.zoom(1e9)
    assert view.seconds_per_px == MIN_SECONDS_PER_PX
    view.zoom(1e-9)
    assert view.fits and view.start == 0
    step, ticks = view.ticks()
    assert step >= view.seconds_per_px * 90 and ticks[0] == 0.0
    assert format_time(75.25) == "1:15.25" and format_time(3725, 1) == "1:02:05"


def test_segment_helpers() -> None:
    assert make_segment("speech", 2.5, 1.0004, 10.0) == {
        "label": "speech",
        "start": 1.0,
        "end": 2.5,
    }
    assert make_segment("speech", 1.0, 1.01, 10.0) is None
    assert make_segment("speech", -1, 12, 10.0) == {"label": "speech", "start": 0.0, "end": 10.0}
    seg = {"label": "s", "start": 1.0, "end": 2.0}
    assert moved_edge(seg, "start", 5.0, 10.0)["start"] == pytest.approx(1.98)
    assert moved_edge(seg, "end", 11.0, 10.0)["end"] == 10.0
    segs = [{"label": "s", "start": 3.0, "end": 4.0}, seg, {"label": "m", "start": 4.0, "end": 5.0}]
    assert cycle(segs, None, 1) == 1 and cycle(segs, 1, 1) == 0 and cycle(segs, 1, -1) == 2
    assert cycle([], None, 1) is None
    # Where two segments touch, the side of the pointer decides.
    assert edge_at(segs, 3.99, 0.05) == (0, "end")
    assert edge_at(segs, 4.01, 0.05) == (2, "start")
    assert edge_at(segs, 3.99, 0.05, prefer=2) == (2, "start")
    assert edge_at(segs, 3.5, 0.05) is None
    assert previous_end(segs, 4.5) == 4.0 and previous_end(segs, 0.5) == 0.0
