"""Audio benchmark: peaks of a 30-minute recording and waveform paint time at several zooms.

Writes the synthetic 30-minute call (`labeler.server.demo.audio_long`) to a temporary WAV,
times `AudioEditor.prepare` (peaks, streamed in blocks) with its peak Python memory, then
paints a 1366 px waveform with segments offscreen: per zoom, frames that scroll (a new wave
image each) and frames where only the play head moves (two 16 px strips repainted).
Prints milliseconds per frame.

    .venv/bin/python benchmarks/audio_long.py [--minutes 30] [--frames 40]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint  # noqa: E402
from PySide6.QtGui import QImage, QRegion  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from labeler.client.workitem import WorkItem  # noqa: E402
from labeler.server.demo.audio_long import long_clip  # noqa: E402
from labeler.ui.audio.editor import AudioEditor  # noqa: E402
from labeler.ui.audio.peaks import Peaks  # noqa: E402
from labeler.ui.audio.waveform import Lane, WaveformView  # noqa: E402

WIDTH, HEIGHT = 1366, 320
ZOOMS = {  # seconds visible across the width
    "whole file": None,
    "5 minutes": 300.0,
    "30 s": 30.0,
    "3 s": 3.0,
    "closest (1 ms/px)": WIDTH * 0.001,
}


def _ms(values: list[float]) -> str:
    values = sorted(values)
    p95 = values[min(len(values) - 1, round(0.95 * (len(values) - 1)))]
    return f"median {statistics.median(values) * 1000:6.2f} ms  p95 {p95 * 1000:6.2f} ms"


def prepare(path: Path) -> Peaks:
    item = WorkItem("bench", "bench", "bench", 1, display_path=path)
    tracemalloc.start()
    began = time.perf_counter()
    peaks = AudioEditor.prepare(item, (WIDTH, 768))
    elapsed = time.perf_counter() - began
    peak_bytes = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert isinstance(peaks, Peaks), peaks
    size = path.stat().st_size
    print(f"file: {peaks.duration / 60:.1f} min, {peaks.sample_rate} Hz, {size / 2**20:.1f} MiB")
    print(
        f"prepare (peaks): {elapsed * 1000:.0f} ms, peak Python memory {peak_bytes / 2**20:.1f} MiB"
    )
    print(
        f"peaks: {len(peaks.levels)} levels, finest {len(peaks.levels[0].lo)} buckets "
        f"of {peaks.levels[0].samples_per_bucket} samples, {peaks.nbytes / 2**20:.1f} MiB"
    )
    # A second prepare of the same media comes from the in-memory cache.
    began = time.perf_counter()
    AudioEditor.prepare(item, (WIDTH, 768))
    print(f"prepare again (cached): {(time.perf_counter() - began) * 1000:.2f} ms")
    return peaks


def paint_frames(peaks: Peaks, frames: int) -> None:
    view = WaveformView()
    view.resize(WIDTH, HEIGHT)
    minutes = int(peaks.duration // 60)
    segments = [  # four segments a minute, as a busy annotator leaves them
        {"label": label, "start": m * 60.0 + off, "end": m * 60.0 + off + 9}
        for m in range(minutes)
        for off, label in ((0, "speech"), (12, "noise"), (30, "speech"), (42, "noise"))
    ]
    view.lanes = [
        Lane("regions", {"speech": "#4363d8", "noise": "#808080"}, segments, segments[::3])
    ]
    view.set_audio(peaks, peaks.duration, None)
    view.selection = ("regions", 5)
    canvas = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)

    def frame(region: QRegion | None = None) -> float:
        began = time.perf_counter()
        # Runs paintEvent into the image as a screen frame would, for `region` only
        # when given (the strips a moving play head invalidates).
        if region is None:
            view.render(canvas)
        else:
            view.render(canvas, QPoint(), region)
        return time.perf_counter() - began

    def strip(t: float) -> QRegion:
        return QRegion(round(view.view.x_of(t)) - 8, 0, 16, HEIGHT)

    print(f"\nwaveform {WIDTH}x{HEIGHT}, {len(segments)} segments, {frames} frames per row")
    for name, span in ZOOMS.items():
        view.fit()
        if span is not None:
            view.zoom(view.view.span / span)
        view.scroll_to(peaks.duration / 3)
        frame()  # warm up fonts
        scrolling = []
        for _ in range(frames):
            view.scroll_to(view.view.start + view.view.span / 25)
            scrolling.append(frame())
        head = []
        for i in range(frames):
            old = view.position
            view.set_position(view.view.start + view.view.span * i / frames, follow=True)
            head.append(frame(strip(old) | strip(view.position)))
        print(f"  {name:18s} scrolling: {_ms(scrolling)} | play head only: {_ms(head)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=int, default=30)
    parser.add_argument("--frames", type=int, default=40)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "long-call.wav"
        path.write_bytes(long_clip(args.minutes * 60))
        peaks = prepare(path)
    paint_frames(peaks, args.frames)
    del app


if __name__ == "__main__":
    main()
