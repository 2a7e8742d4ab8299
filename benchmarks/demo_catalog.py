"""The demo's data: seconds to make the whole catalogue (every project, its items and the
pictures and clips they show), from a cold picture cache. `make demo` and the real-window
tests wait for it, so it should stay within a few seconds (target: 5 s on this machine).

    .venv/bin/python benchmarks/demo_catalog.py [--runs 3]
"""

from __future__ import annotations

import argparse
import statistics
import time

from labeler.server.demo import scenes
from labeler.server.demo.catalog import demo_projects


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    times = []
    for _ in range(args.runs):
        scenes.render_scene.cache_clear()
        start = time.perf_counter()
        projects = demo_projects(21)
        times.append(time.perf_counter() - start)
    items = sum(len(p.items) for p in projects)
    print(f"demo catalogue: {len(projects)} projects, {items} items")
    print(f"  median {statistics.median(times):.2f} s, best {min(times):.2f} s ({args.runs} runs)")


if __name__ == "__main__":
    main()
