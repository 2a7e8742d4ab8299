"""Decode benchmark of the image editor: how long `ImageEditor.prepare` takes per item.

Writes a 24-megapixel JPEG (6000×4000, a photo-like picture: gradients, shapes and
sensor noise) and its 2048 px display variant to a temporary folder, then times
`prepare` (the worker-thread decode the workbench runs before an item shows) for a
few screen sizes, against a plain full decode for reference. Prints the median,
best and worst of several runs, in milliseconds.

    .venv/bin/python benchmarks/image_decode.py --runs 7
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from labeler.client.workitem import MediaInfo, WorkItem  # noqa: E402
from labeler.ui.image import ImageEditor, PreparedImage  # noqa: E402

ORIGINAL = (6000, 4000)
SCREENS = ((1366, 768), (1920, 1080), (2560, 1440))


def make_photo(path: Path, size: tuple[int, int], seed: int = 1) -> None:
    """A JPEG that compresses like a photo (smooth areas, edges and noise)."""
    rng = np.random.default_rng(seed)
    w, h = size
    y, x = np.mgrid[0:h, 0:w].astype(np.float32)
    base = np.stack([x / w * 200, y / h * 180, (x + y) / (w + h) * 220], axis=-1)
    base += rng.normal(0, 6, (h, w, 3)).astype(np.float32)
    image = Image.fromarray(np.clip(base, 0, 255).astype(np.uint8), "RGB")
    draw = ImageDraw.Draw(image)
    for _ in range(120):
        x0, y0 = int(rng.integers(0, w)), int(rng.integers(0, h))
        x1, y1 = x0 + int(rng.integers(20, w // 6)), y0 + int(rng.integers(20, h // 6))
        colour = tuple(int(c) for c in rng.integers(0, 255, 3))
        (draw.rectangle if rng.random() < 0.5 else draw.ellipse)((x0, y0, x1, y1), fill=colour)
    image.save(path, "JPEG", quality=90)


def item_for(path: Path, size: tuple[int, int]) -> WorkItem:
    media = MediaInfo("0" * 64, "image/jpeg", path.stat().st_size, "", size[0], size[1])
    return WorkItem("bench", "batch", "project", 1, media=media, display_path=path)


def timed(label: str, runs: int, job: Callable[[], object]) -> None:
    job()  # warm the file cache and the decoder
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = job()
        times.append((time.perf_counter() - start) * 1000)
    shape = ""
    if isinstance(result, PreparedImage):
        shape = f"→ {result.image.width()}×{result.image.height()}"
    elif isinstance(result, Image.Image):
        shape = f"→ {result.width}×{result.height}"
    print(
        f"{label:<44} median {statistics.median(times):7.1f} ms   "
        f"best {min(times):7.1f}   worst {max(times):7.1f}   {shape}"
    )


def full_decode(path: Path) -> Image.Image:
    with Image.open(path) as im:
        im.load()
        return im.copy()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="timed runs per case (default 7)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        original = Path(folder) / "original.jpg"
        make_photo(original, ORIGINAL)
        display = Path(folder) / "display.jpg"
        with Image.open(original) as im:
            im.thumbnail((2048, 2048), Image.Resampling.LANCZOS)
            im.save(display, "JPEG", quality=85)
        mib = original.stat().st_size / 2**20
        print(f"original {ORIGINAL[0]}×{ORIGINAL[1]} JPEG, {mib:.1f} MiB; {args.runs} runs each")
        big, shown = item_for(original, ORIGINAL), item_for(display, ORIGINAL)
        for screen in SCREENS:
            name = f"prepare 24 MP original for {screen[0]}×{screen[1]}"
            timed(name, args.runs, lambda s=screen: ImageEditor.prepare(big, s))
        for screen in SCREENS[:2]:
            name = f"prepare display variant for {screen[0]}×{screen[1]}"
            timed(name, args.runs, lambda s=screen: ImageEditor.prepare(shown, s))
        timed(
            "reference: full decode of the original, no draft",
            args.runs,
            lambda: full_decode(original),
        )


if __name__ == "__main__":
    main()
