"""The desktop bundle: its size on disk and packed, and its launch to the first picture.

Reads what `make bundle` built (dist/labeler/, the .tar.gz and the .deb beside it) and
prints:

- the folder's size on disk (the files' bytes, links not followed) and its largest parts;
- the .tar.gz and the .deb;
- the launch of the bundled `labeler --server --token --project` to the first picture
  painted, with a warm cache (a launch after a first one with the same data folder),
  timed as `benchmarks/startup.py` times the venv's (`launch`: from the process's creation
  to the trace's `startup` event), and the venv's own beside it, in the same run.

    .venv/bin/python benchmarks/bundle.py --launches 5
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.gui_switch import Lead, _jpeg  # noqa: E402
from benchmarks.server_load import start_server  # noqa: E402
from benchmarks.startup import PHASES, VENV_COMMAND, compile_sources, launch  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
MB = 1024 * 1024
#: The issue's targets: the folder, the .tar.gz, the warm launch of the bundle.
DISK_MB, PACKED_MB, WARM_S = 200, 90, 1.5


def files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]


def parts(folder: Path) -> Counter[str]:
    """Bytes by part: each package's folder with its wheel's libraries (`x.libs`), the
    interpreter, Qt, the libraries taken from the system."""
    sizes: Counter[str] = Counter()
    internal = folder / "_internal"
    for path in files(folder):
        rel = path.relative_to(internal) if path.is_relative_to(internal) else path.name
        top = Path(rel).parts[0] if len(Path(rel).parts) > 1 else None
        if top is None:
            name = "the executable" if path.parent == folder else "libraries from the system"
            if path.name.startswith("libpython"):
                name = "python3.11 (interpreter)"
        elif top == "PySide6":
            name = "PySide6 (Qt)"
        elif top.startswith("python3"):
            name = "python3.11 (interpreter)"
        else:
            name = top.removesuffix(".libs").replace("opencv_python_headless", "cv2")
            name = name.replace("pillow", "PIL")
        sizes[name] += path.stat().st_size
    return sizes


def _verdict(value: float, limit: float) -> str:
    return "met" if value <= limit else "MISSED"


def sizes(folder: Path) -> None:
    total = sum(p.stat().st_size for p in files(folder))
    print(
        f"folder on disk            {total / MB:6.0f} MB  "
        f"(target ≤ {DISK_MB} MB: {_verdict(total / MB, DISK_MB)})"
    )
    for archive in sorted(DIST.glob("labeler*.tar.gz")) + sorted(DIST.glob("labeler*.deb")):
        size = archive.stat().st_size / MB
        note = (
            f"  (target ≤ {PACKED_MB} MB: {_verdict(size, PACKED_MB)})"
            if archive.name.endswith(".tar.gz")
            else ""
        )
        print(f"{archive.name:<40} {size:6.0f} MB{note}")
    print("largest parts of the folder:")
    for name, size in parts(folder).most_common(14):
        print(f"  {size / MB:6.1f} MB  {name}")


def _spread(values: list[float]) -> str:
    return (
        f"median {statistics.median(values) * 1000:4.0f} ms"
        f"  (min {min(values) * 1000:.0f}, max {max(values) * 1000:.0f}, n={len(values)})"
    )


def launches(folder: Path, count: int) -> None:
    compile_sources()
    bundled = (str(folder / "labeler"),)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        server, url, admin = start_server(tmp, 1)
        try:
            lead = Lead(url, admin)
            print("preparing the project…", file=sys.stderr)
            photos = [lead.media(_jpeg(i, (4000, 3000)), f"photo-{i}.jpg") for i in range(3)]
            project = lead.project(
                "image", [{"media": photos[i % len(photos)]} for i in range(200)]
            )
            trace = tmp / "trace.jsonl"
            for name, command in (("bundle", bundled), ("venv", VENV_COMMAND)):
                token = lead.annotator()
                data = tmp / f"warm-{name}"
                launch(url, token, project, data, trace, command)  # fills store and cache
                warm: list[float] = []
                steps: dict[str, list[float]] = {phase: [] for phase in PHASES}
                for _ in range(count):
                    seconds, _, reached = launch(url, token, project, data, trace, command)
                    warm.append(seconds)
                    for phase in PHASES:
                        if phase in reached:
                            steps[phase].append(reached[phase])
                target = (
                    f"  (target ≤ {WARM_S:g} s: {_verdict(statistics.median(warm), WARM_S)})"
                    if name == "bundle"
                    else ""
                )
                print(f"{name}: launch to first picture, warm cache  {_spread(warm)}{target}")
                for phase in PHASES:
                    if steps[phase]:
                        print(f"  {statistics.median(steps[phase]) * 1000:7.0f} ms  {phase}")
        finally:
            server.terminate()
            server.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--launches", type=int, default=5, help="warm launches of each")
    parser.add_argument("--sizes-only", action="store_true", help="no launches")
    args = parser.parse_args()
    folder = DIST / "labeler"
    if not (folder / "labeler").is_file():
        raise SystemExit(f"no bundle in {folder}: `make bundle` first")
    sizes(folder)
    if not args.sizes_only:
        launches(folder, args.launches)


if __name__ == "__main__":
    main()
