"""The OpenCV assist's speed: a click → polygon on a 2048 px display variant, and the rest.

Writes a photo-like 2048 × 1536 display variant (smooth colour blotches, grain and a dozen
filled shapes, JPEG quality 85) of a 4096 × 3072 original, then times each assist as the
workbench would call it (`propose` with original-pixel prompts), off the thread that
watches: a second thread ticks every 5 ms meanwhile, and its longest late tick is how long
a window's thread would have waited for the interpreter (the window never stalls when this
stays near a tick). Prints the median, best and worst of N runs in milliseconds.

- click → polygon, new picture: a file not seen before each run (decoded each time);
- click → polygon, same picture: another click on a picture already decoded;
- box → polygon, tighten a box, snap a rough 12-vertex polygon, and the quality flags.

    .venv/bin/python benchmarks/assist_opencv.py --runs 15
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

import cv2
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plugins" / "opencv-assist"))

from labeler_opencv_assist import (  # noqa: E402
    BoxPolygon,
    ClickPolygon,
    SnapPolygon,
    TightenBox,
)
from labeler_opencv_assist.quality import image_flags  # noqa: E402

from labeler.core.plugins import ItemView, Prompt  # noqa: E402
from labeler.core.schema import parse_schema  # noqa: E402

ORIGINAL = (4096, 3072)
DISPLAY = (2048, 1536)
SCHEMA = parse_schema(
    {
        "title": "Bench",
        "media": "image",
        "fields": [
            {"name": "shapes", "kind": "polygons", "labels": [{"value": "shape"}]},
            {"name": "boxes", "kind": "boxes", "labels": [{"value": "shape"}]},
        ],
    }
)
POLYGONS, BOXES = SCHEMA.field("shapes"), SCHEMA.field("boxes")


def make_display(path: Path, seed: int = 1) -> list[tuple[float, float, float, float]]:
    """The display variant, and each ellipse as (cx, cy, rx, ry) in ORIGINAL pixels."""
    rng = np.random.default_rng(seed)
    w, h = DISPLAY
    coarse = rng.integers(40, 215, (h // 24 + 1, w // 24 + 1, 3), dtype=np.uint8)
    image = cv2.resize(coarse, (w, h), interpolation=cv2.INTER_CUBIC)
    ellipses = []
    for i in range(12):
        cx, cy = 220 + (i % 4) * 520, 260 + (i // 4) * 500
        rx, ry = int(rng.integers(90, 200)), int(rng.integers(70, 160))
        colour = tuple(int(c) for c in rng.integers(0, 255, 3))
        cv2.ellipse(image, (cx, cy), (rx, ry), float(rng.integers(0, 180)), 0, 360, colour, -1)
        ellipses.append((cx * 2.0, cy * 2.0, rx * 2.0, ry * 2.0))
    grain = rng.normal(0, 6, image.shape)
    image = np.clip(image + grain, 0, 255).astype(np.uint8)
    cv2.imwrite(str(path), image, [cv2.IMWRITE_JPEG_QUALITY, 85])
    return ellipses


class Ticker:
    """A thread that asks to run every 5 ms and keeps how late it got to."""

    def __init__(self) -> None:
        self.late: list[float] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            start = time.perf_counter()
            time.sleep(0.005)
            self.late.append((time.perf_counter() - start - 0.005) * 1000)

    def __enter__(self) -> Ticker:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def timed(label: str, runs: int, job: Callable[[int], object]) -> None:
    job(-1)  # imports and first use
    times = []
    with Ticker() as ticker:
        for run in range(runs):
            start = time.perf_counter()
            job(run)
            times.append((time.perf_counter() - start) * 1000)
    print(
        f"{label:<40} median {statistics.median(times):6.1f} ms   best {min(times):6.1f}   "
        f"worst {max(times):6.1f}   longest late tick {max(ticker.late):5.1f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="timed runs per case (default 15)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        display = Path(folder) / "display.jpg"
        ellipses = make_display(display)
        copies = [Path(folder) / f"copy-{i}.jpg" for i in range(args.runs + 1)]
        for copy in copies:
            shutil.copyfile(display, copy)

        def view(path: Path) -> ItemView:
            return ItemView("bench", "image", path=path, size=ORIGINAL, display_size=DISPLAY)

        def click(path: Path, run: int) -> None:
            cx, cy, _, _ = ellipses[run % len(ellipses)]
            prompt = Prompt("click", ((cx, cy),), label="shape")
            assert ClickPolygon().propose(view(path), POLYGONS, {}, prompt)

        def box(run: int) -> Prompt:
            cx, cy, rx, ry = ellipses[run % len(ellipses)]
            r = max(rx, ry) * 1.15
            return Prompt("box", ((cx - r, cy - r), (cx + r, cy + r)), label="shape")

        def rough(run: int) -> Prompt:
            cx, cy, rx, ry = ellipses[run % len(ellipses)]
            angles = np.linspace(0, 2 * np.pi, 12, endpoint=False)
            r = (rx + ry) / 2
            points = tuple((cx + r * np.cos(a), cy + r * np.sin(a)) for a in angles)
            return Prompt("polygon", points, label="shape")

        print(
            f"display variant {DISPLAY[0]}×{DISPLAY[1]} of a {ORIGINAL[0]}×{ORIGINAL[1]} original"
        )
        timed("reference: nothing but a 50 ms sleep", args.runs, lambda r: time.sleep(0.05))
        timed("click → polygon, new picture", args.runs, lambda r: click(copies[r], r))
        timed("click → polygon, same picture", args.runs, lambda r: click(display, r))
        timed(
            "box → polygon",
            args.runs,
            lambda r: BoxPolygon().propose(view(display), POLYGONS, {}, box(r)),
        )
        timed(
            "tighten a box",
            args.runs,
            lambda r: TightenBox().propose(view(display), BOXES, {}, box(r)),
        )
        timed(
            "snap a 12-vertex polygon",
            args.runs,
            lambda r: SnapPolygon().propose(view(display), POLYGONS, {}, rough(r)),
        )
        timed("quality flags of a picture", args.runs, lambda r: image_flags(copies[r]))


if __name__ == "__main__":
    main()
