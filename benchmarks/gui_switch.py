"""GUI speed benchmark: item switch, startup, memory, long audio; read from the trace.

Starts `labeler serve` on a fresh SQLite database, creates one-key projects of every
media kind (24-megapixel JPEGs, texts, audio clips, a 30-minute recording), then drives
the workbench offscreen: each answer is one key press, and `LABELER_TRACE` records the
latency from that key to the paint of the next item. The driver keys as a person would:
once the item is painted, the items ahead are prepared and `--think-ms` have passed (a
key pressed before the last switch painted would time the wrong switch). Prints, per
media kind, the p50
and p95 item switch; startup with a warm cache (`labeler --server --token --project` as
a process; the median of three launches after a first); resident memory after N items; the
30-minute file's switch.

    .venv/bin/python benchmarks/gui_switch.py            # 500 text items for memory
"""

from __future__ import annotations

import argparse
import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np
import requests
import soundfile
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.server_load import API, start_server  # noqa: E402


def _choice(media: str) -> dict[str, Any]:
    return {
        "title": f"bench {media}",
        "media": media,
        "fields": [
            {
                "name": "verdict",
                "kind": "choice",
                "labels": [{"value": "yes", "hotkey": "1"}, {"value": "no", "hotkey": "2"}],
            }
        ],
    }


def _jpeg(seed: int, size: tuple[int, int] = (6000, 4000)) -> bytes:
    rng = np.random.default_rng(seed)
    small = rng.integers(0, 255, (size[1] // 40, size[0] // 40, 3), dtype=np.uint8)
    image = Image.fromarray(small).resize(size, Image.Resampling.BICUBIC)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()


def _audio(seconds: float, seed: int) -> bytes:
    rate = 16000
    rng = np.random.default_rng(seed)
    out = io.BytesIO()
    # Written in blocks: libsndfile's Vorbis encoder crashes on one huge write.
    with soundfile.SoundFile(
        out, "w", samplerate=rate, channels=1, format="OGG", subtype="VORBIS"
    ) as sink:
        for start in range(0, int(seconds * rate), rate * 10):
            t = (start + np.arange(rate * 10)) / rate
            wave = 0.3 * np.sin(2 * np.pi * (200 + 50 * seed) * t) * (0.5 + 0.5 * np.sin(t))
            wave += 0.05 * rng.standard_normal(t.size)
            sink.write(wave.astype(np.float32))
    return out.getvalue()


class Lead:
    def __init__(self, url: str, token: str) -> None:
        self.url = url
        self.s = requests.Session()
        self.s.headers["Authorization"] = f"Bearer {token}"

    def project(self, media: str, items: list[dict[str, Any]]) -> str:
        r = self.s.post(
            f"{self.url}{API}/projects",
            json={
                "name": f"bench {media}",
                "schema": _choice(media),
                "gold_ratio": 0.0,
                "gold_ratio_new": 0.0,
                "lease_seconds": 3600,
            },
            timeout=60,
        )
        r.raise_for_status()
        pid = str(r.json()["id"])
        for start in range(0, len(items), 500):
            self.s.post(
                f"{self.url}{API}/projects/{pid}/items",
                json={"items": items[start : start + 500]},
                timeout=300,
            ).raise_for_status()
        return pid

    def media(self, data: bytes, name: str) -> str:
        r = self.s.post(f"{self.url}{API}/media", files={"file": (name, data)}, timeout=300)
        r.raise_for_status()
        return str(r.json()["sha256"])

    def annotator(self) -> str:
        name = f"bench-{time.time_ns()}"
        self.s.post(
            f"{self.url}{API}/users",
            json={"username": name, "password": "bench-password", "roles": ["annotator"]},
            timeout=30,
        ).raise_for_status()
        r = requests.post(
            f"{self.url}{API}/auth/token",
            json={"username": name, "password": "bench-password"},
            timeout=30,
        )
        r.raise_for_status()
        return str(r.json()["token"])


def _drive(
    url: str, token: str, project: str, items: int, env: dict[str, str], think_ms: int
) -> dict[str, Any]:
    """Run the GUI in a child process answering `items` items; return trace and memory."""
    code = f"""
import os, sys, time, json
from PySide6.QtWidgets import QApplication
from PySide6.QtCore import QTimer, Qt
from PySide6.QtTest import QTest
app = QApplication([])
from labeler.client.settings import load_settings
from labeler.client.trace import open_trace
from labeler.ui.window import MainWindow, Start
from labeler.ui.app import tune_interpreter
tune_interpreter()
w = MainWindow(load_settings().settings, open_trace())
w.resize(1366, 768); w.show()
w.start(Start({url!r}, {token!r}, None, {project!r}))
done = 0
deadline = time.monotonic() + 900
ready_at = None
def step():
    global done, ready_at
    s = w.labeling
    if time.monotonic() > deadline or done >= {items}:
        rss = [l for l in open('/proc/self/status') if l.startswith('VmRSS')][0].split()[1]
        print(json.dumps({{"done": done, "rss_kb": int(rss)}}), flush=True)
        app.quit(); return
    # As a person: the key comes once the item is painted (its latency traced), the
    # items ahead are prepared (the target is for prefetched items), and a moment of
    # looking at it has passed.
    nxt = s.queue.after(s.item.id) if s is not None and s.item is not None else None
    ready = (
        s is not None and s.settled and s.queue.is_prepared(s.item.id)
        and not s.queue.preparing
        and (nxt is None or nxt.item.id == s.item.id or s.queue.is_prepared(nxt.item.id))
    )
    if not ready:
        ready_at = None
        QTimer.singleShot(5, step); return
    if ready_at is None:
        ready_at = time.monotonic()
    if time.monotonic() - ready_at < {think_ms} / 1000:
        QTimer.singleShot(5, step); return
    ready_at = None
    QTest.keyClick(w.workbench.editor, Qt.Key.Key_1)
    done += 1
    QTimer.singleShot(5, step)
QTimer.singleShot(100, step)
app.exec()
"""
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=1200
    )
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise SystemExit(f"the GUI run failed:\n{out.stderr[-3000:]}")
    return dict(json.loads(lines[-1]))


def _events(trace: Path, kind: str) -> list[dict[str, Any]]:
    if not trace.exists():
        return []
    rows = [json.loads(line) for line in trace.read_text().splitlines() if line.strip()]
    return [r for r in rows if r.get("event") == kind]


def _startup(url: str, token: str, project: str, env: dict[str, str], trace: Path) -> float:
    trace.unlink(missing_ok=True)
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "labeler.cli",
            "--server",
            url,
            "--token",
            token,
            "--project",
            project,
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            found = _events(trace, "startup")
            if found:
                return float(found[0]["ms"])
            time.sleep(0.05)
        raise SystemExit("no startup event")
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def _quantile(values: list[float], q: float) -> float:
    if len(values) < 2:
        return values[0] if values else float("nan")
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=40, help="items per media kind")
    parser.add_argument("--memory-items", type=int, default=500)
    parser.add_argument(
        "--think-ms",
        type=int,
        default=700,
        help="how long the driver looks at a painted, prefetched item before its key",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        server, url, admin = start_server(tmp, 1)
        base = url
        try:
            lead = Lead(base, admin)
            print("preparing projects…", file=sys.stderr)
            images = [lead.media(_jpeg(i), f"big{i}.jpg") for i in range(6)]
            clips = [lead.media(_audio(8, i), f"clip{i}.ogg") for i in range(4)]
            long_clip = lead.media(_audio(30 * 60, 9), "long.ogg")
            n = args.items
            projects = {
                "image (24 MP JPEG)": lead.project(
                    "image", [{"media": images[i % len(images)]} for i in range(n)]
                ),
                "text": lead.project(
                    "text",
                    [
                        {"text": f"Review {i}: arrived late, works well. " * 8}
                        for i in range(n + 60)
                    ],
                ),
                "audio": lead.project("audio", [{"media": clips[i % 4]} for i in range(n)]),
                "audio (30 min)": lead.project("audio", [{"media": long_clip}] * 6),
                "memory": lead.project(
                    "text",
                    [{"text": f"Item {i}: fine."} for i in range(args.memory_items + 40)],
                ),
            }
            results: dict[str, Any] = {}
            for name, pid in projects.items():
                token = lead.annotator()
                trace = tmp / f"trace-{pid}.jsonl"
                env = {
                    **os.environ,
                    "QT_QPA_PLATFORM": "offscreen",
                    "LABELER_TRACE": str(trace),
                    "LABELER_DATA_DIR": str(tmp / pid),
                    "LABELER_CONFIG_DIR": str(tmp / "config"),
                }
                count = args.memory_items if name == "memory" else (5 if "30" in name else n)
                print(f"driving {name}…", file=sys.stderr)
                think = 0 if name == "memory" else args.think_ms
                run = _drive(base, token, pid, count, env, think)
                shown = [float(e["latency_ms"]) for e in _events(trace, "item_shown")][1:]
                results[name] = (run, shown)
                if name == "text":
                    _startup(base, token, pid, env, trace)  # cold: fills the cache
                    results["startup"] = [_startup(base, token, pid, env, trace) for _ in range(3)]
        finally:
            server.terminate()
            server.wait(timeout=30)
    print(f"cpu cores                 {os.cpu_count()}")
    for name, value in results.items():
        if name == "startup":
            continue
        run, shown = value
        if name == "memory":
            print(f"memory after {run['done']} items   {run['rss_kb'] / 1024:.0f} MB resident")
            continue
        print(
            f"switch {name:<18} n={len(shown):<3} p50 {_quantile(shown, 50):6.1f} ms"
            f"   p95 {_quantile(shown, 95):6.1f} ms   max {max(shown or [0]):6.1f} ms"
        )
    launches = results["startup"]
    print(
        f"startup (warm cache)      {statistics.median(launches):.0f} ms to the first item"
        f" painted (median of {', '.join(f'{x:.0f}' for x in launches)})"
    )


if __name__ == "__main__":
    main()
