"""Launch to the first picture: `labeler --server --token --project` as a process.

Starts `labeler serve` on a fresh SQLite database with a one-key project of 12-megapixel
JPEGs, then launches the workbench offscreen again and again and times, from the moment
the process is created, to the `startup` event (the first item's picture painted, from
`LABELER_TRACE`, whose events carry wall-clock times):

- empty media cache: each launch with a data folder of its own (no local store, no media:
  the item is leased, its display variant downloaded and decoded);
- warm media cache: launches after a first one, with the same data folder.

Also prints the resident memory two seconds after the first picture (the start settled:
the items ahead prepared, the sync engine's first round done), where the warm
launches' time went (the trace's `launch` steps: imports done, window shown, local store
open, project open, then the picture), and the slowest imports of the workbench
(`python -X importtime`, cumulative). The project's modules are compiled to bytecode first,
as an installed copy has them.

    .venv/bin/python benchmarks/startup.py --launches 5
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.gui_switch import Lead, _events, _jpeg  # noqa: E402
from benchmarks.server_load import start_server  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
PHASES = ("imported", "window", "workspace", "project")
#: Seconds after the first picture at which the resident memory is read.
SETTLE = 2.0


def _env() -> dict[str, str]:
    """The environment of a launch: bytecode is read and written, as when installed."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return env


def compile_sources() -> None:
    """Compile the project's modules to bytecode (an installed copy has them)."""
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(ROOT / "labeler")], env=_env(), check=True
    )


#: The workbench as the venv runs it; `benchmarks/bundle.py` launches the bundle's instead.
VENV_COMMAND = (sys.executable, "-m", "labeler.cli")


def launch(
    url: str,
    token: str,
    project: str,
    data: Path,
    trace: Path,
    command: Sequence[str] = VENV_COMMAND,
) -> tuple[float, int, dict[str, float]]:
    """One launch of `command`: seconds from process creation to the first picture, the
    resident memory (kB) then, and the seconds to each `launch` step."""
    trace.unlink(missing_ok=True)
    env = {
        **_env(),
        "QT_QPA_PLATFORM": "offscreen",
        "LABELER_TRACE": str(trace),
        "LABELER_DATA_DIR": str(data),
        "LABELER_CONFIG_DIR": str(data / "config"),
    }
    argv = [*command, "--server", url, "--token", token]
    began = time.time()
    proc = subprocess.Popen(
        [*argv, "--project", project],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            found = _events(trace, "startup")
            if found:
                # Memory once the start has settled: the items ahead prepared, the sync
                # engine's first round done.
                time.sleep(SETTLE)
                status = Path(f"/proc/{proc.pid}/status").read_text()
                rss = next(line for line in status.splitlines() if line.startswith("VmRSS"))
                steps = {e["phase"]: float(e["t"]) - began for e in _events(trace, "launch")}
                return float(found[0]["t"]) - began, int(rss.split()[1]), steps
            time.sleep(0.01)
        raise SystemExit("no startup event within 60 s")
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def slowest_imports(count: int) -> list[tuple[float, str]]:
    """The workbench's imports that take longest, cumulative, in ms."""
    env = {**_env(), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import labeler.cli, labeler.ui.app"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    rows = []
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        _, cumulative, name = line[len("import time:") :].split("|")
        rows.append((int(cumulative) / 1000, name.strip()))
    top_level = [(ms, name) for ms, name in rows if not name.startswith("labeler.")]
    return sorted(top_level, reverse=True)[:count]


#: Issue 13's targets: the median launch, warm and empty cache; memory after start.
WARM_S, EMPTY_S, MEMORY_MB = 0.6, 1.0, 120.0


def _met(values: list[float], limit: float, unit: str) -> str:
    verdict = "met" if statistics.median(values) <= limit else "MISSED"
    return f"(target ≤ {limit:g} {unit}: {verdict})"


def _spread(values: list[float]) -> str:
    return (
        f"median {statistics.median(values) * 1000:4.0f} ms"
        f"  (min {min(values) * 1000:.0f}, max {max(values) * 1000:.0f},"
        f" n={len(values)})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--launches", type=int, default=5, help="launches of each kind")
    args = parser.parse_args()
    compile_sources()
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
            empty, warm, memory = [], [], []
            steps: dict[str, list[float]] = {phase: [] for phase in PHASES}
            for n in range(args.launches):
                # A new annotator each time: the first item is leased, fetched and decoded.
                seconds, _, _ = launch(url, lead.annotator(), project, tmp / f"empty-{n}", trace)
                empty.append(seconds)
            token = lead.annotator()
            launch(url, token, project, tmp / "warm", trace)  # fills the store and the cache
            for _ in range(args.launches):
                seconds, rss, reached = launch(url, token, project, tmp / "warm", trace)
                warm.append(seconds)
                memory.append(rss / 1024)
                for phase in PHASES:
                    if phase in reached:
                        steps[phase].append(reached[phase])
        finally:
            server.terminate()
            server.wait(timeout=30)
    print(f"cpu cores                              {os.cpu_count()}")
    print(f"launch to first picture, warm cache    {_spread(warm)}  {_met(warm, WARM_S, 's')}")
    print(f"launch to first picture, empty cache   {_spread(empty)}  {_met(empty, EMPTY_S, 's')}")
    print(
        f"resident memory {SETTLE:.0f} s after it      median {statistics.median(memory):.0f} MB"
        f" (min {min(memory):.0f}, max {max(memory):.0f})  {_met(memory, MEMORY_MB, 'MB')}"
    )
    print("warm launch, step reached (median):")
    for phase in PHASES:
        if steps[phase]:
            print(f"  {statistics.median(steps[phase]) * 1000:7.0f} ms  {phase}")
    print(f"  {statistics.median(warm) * 1000:7.0f} ms  first picture painted")
    print("slowest imports (cumulative):")
    for ms, name in slowest_imports(12):
        print(f"  {ms:7.1f} ms  {name}")


if __name__ == "__main__":
    main()
