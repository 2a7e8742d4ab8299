"""Agreement on a region field with many regions: time and peak memory of matching.

For each size, a fresh process builds two annotators' answers to one item, N boxes each
(a street scene of one label: the second answer a jittered copy of the first with a tenth
left out and a tenth added), then computes the field's agreement as `GET /stats` does
(`labeler.core.agreement.field_agreement`). Prints the seconds it took and the peak
resident memory it added (VmHWM after, less the resident size before; Linux /proc).

    .venv/bin/python benchmarks/region_matching.py
    .venv/bin/python benchmarks/region_matching.py --sizes 1000 3000 10000 30000
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = {
    "title": "Street",
    "media": "image",
    "fields": [{"name": "objects", "kind": "boxes", "labels": [{"value": "car"}]}],
}


def answers(n: int, seed: int = 1) -> tuple[dict[str, Any], dict[str, Any]]:
    """Two answers of about `n` boxes on a picture sized for them (about 40 boxes a
    megapixel), the second drawn by someone a little less careful."""
    import numpy as np

    rng = np.random.default_rng(seed)
    side = float(np.sqrt(n / 40) * 1000)
    xy = rng.uniform(0, side, (n, 2))
    wh = rng.uniform(20, 160, (n, 2))
    first = [
        {"label": "car", "x": float(x), "y": float(y), "w": float(w), "h": float(h)}
        for (x, y), (w, h) in zip(xy, wh, strict=True)
    ]
    second = []
    for box in first[: n - n // 10]:
        moved = dict(box)
        moved["x"] += float(rng.normal(0, 6))
        moved["y"] += float(rng.normal(0, 6))
        moved["w"] *= float(rng.uniform(0.85, 1.15))
        second.append(moved)
    extra = answers_extra(rng, n // 10, side)
    return {"objects": first}, {"objects": second + extra}


def answers_extra(rng: Any, count: int, side: float) -> list[dict[str, Any]]:
    xy = rng.uniform(0, side, (count, 2))
    return [{"label": "car", "x": float(x), "y": float(y), "w": 60.0, "h": 40.0} for x, y in xy]


def resident() -> dict[str, int]:
    """VmRSS and VmHWM of this process, in KiB."""
    out = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            out[key] = int(value.split()[0])
    return out


def one(n: int) -> None:
    """Measure one size in this process and print one line."""
    sys.path.insert(0, str(ROOT))
    from labeler.core.agreement import field_agreement
    from labeler.core.schema import parse_schema

    schema = parse_schema(SCHEMA)
    pair = answers(n)
    field_agreement(schema, [[{"objects": pair[0]["objects"][:50]}, pair[1]]])  # warm up
    before = resident()["VmRSS"]
    start = time.perf_counter()
    result = field_agreement(schema, [list(pair)])
    seconds = time.perf_counter() - start
    peak = resident()["VmHWM"] - before
    value = result["objects"]["value"]
    print(
        f"{n:>7,} boxes each: {seconds:8.3f} s, peak +{peak / 1024:8.1f} MiB, agreement {value!r}",
        flush=True,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 3000, 10000])
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        one(args.one)
        return 0
    for n in args.sizes:
        subprocess.run([sys.executable, __file__, "--one", str(n)], check=True, cwd=ROOT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
