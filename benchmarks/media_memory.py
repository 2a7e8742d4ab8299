"""Memory of the task server while it takes a large picture: `POST /media` of a few images.

For each picture, starts `labeler serve` (one process, a fresh SQLite database) on a free
loopback port, uploads the picture once, and prints the server's answer and time, and its
memory from /proc: resident before the upload, its peak (VmHWM: the whole process's high-water
mark, so a fresh server per picture), and resident a second after the answer (what it kept).

The pictures: a 9400 × 9400 RGBA PNG that compresses to a few hundred KiB (shapes on
transparency), an 8000 × 5000 RGBA PNG (at the pixel limit of formats decoded whole), and a
9400 × 9400 JPEG (decoded at a reduced scale). Linux only (/proc).

    .venv/bin/python benchmarks/media_memory.py
    .venv/bin/python benchmarks/media_memory.py --only png-9400
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import requests
from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parents[1]


def shapes(mode: str, size: tuple[int, int]) -> Image.Image:
    """Boxes and discs on a blank (transparent, for RGBA) picture: it compresses well."""
    width, height = size
    picture = Image.new(mode, size, (0, 0, 0, 0) if mode == "RGBA" else (40, 90, 60))
    draw = ImageDraw.Draw(picture)
    for i in range(0, min(width, height), 400):
        draw.rectangle((i, i, i + 300, i + 200), fill=(200, 30, 30, 255)[: len(mode)])
        draw.ellipse((width - i - 300, i, width - i, i + 300), fill=(30, 30, 200, 128)[: len(mode)])
    return picture


def png(size: tuple[int, int]) -> Callable[[Path], None]:
    return lambda path: shapes("RGBA", size).save(path, "PNG")


def jpeg(size: tuple[int, int]) -> Callable[[Path], None]:
    return lambda path: shapes("RGB", size).save(path, "JPEG", quality=90)


PICTURES = {
    "png-9400": ("9400 × 9400 RGBA PNG", "png", png((9400, 9400))),
    "png-limit": ("8000 × 5000 RGBA PNG", "png", png((8000, 5000))),
    "jpeg-9400": ("9400 × 9400 JPEG", "jpg", jpeg((9400, 9400))),
}


def memory(pid: int) -> dict[str, int]:
    """VmRSS and VmHWM of a process, in MiB."""
    out = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            out[key] = int(value.split()[0]) // 1024
    return out


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def labeler(*args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "labeler.cli", *args],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    return done.stdout.strip()


def measure(picture: Path, tmp: Path) -> str:
    db = f"sqlite:///{tmp / 'bench.sqlite3'}"
    labeler("admin", "create-user", "root", "--role", "admin", "--password", "bench-pw-1",
            "--database", db)  # fmt: skip
    token = labeler("admin", "token", "root", "--database", db)
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "labeler.cli", "serve", "--database", db,
         "--media", str(tmp / "media"), "--port", str(port)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}/api/v1"
    try:
        for _ in range(300):
            try:
                if requests.get(f"{url}/health", timeout=1).ok:
                    break
            except requests.ConnectionError:
                time.sleep(0.1)
        idle = memory(server.pid)["VmRSS"]
        start = time.perf_counter()
        with picture.open("rb") as f:
            r = requests.post(
                f"{url}/media",
                files={"file": (picture.name, f)},
                headers={"Authorization": f"Bearer {token}"},
                timeout=600,
            )
        seconds = time.perf_counter() - start
        time.sleep(1)
        after = memory(server.pid)
        answer = f"{r.status_code} {r.json().get('error', {}).get('code', '')}".strip()
        return (
            f"{answer:<20} {seconds:6.1f} s   resident {idle} MiB before, peak "
            f"{after['VmHWM']} MiB, {after['VmRSS']} MiB after"
        )
    finally:
        server.terminate()
        server.wait(timeout=30)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", choices=sorted(PICTURES), action="append")
    args = parser.parse_args()
    for key in args.only or list(PICTURES):
        title, suffix, make = PICTURES[key]
        with tempfile.TemporaryDirectory() as folder:
            tmp = Path(folder)
            picture = tmp / f"picture.{suffix}"
            make(picture)
            size = picture.stat().st_size / 1024
            print(f"{title} ({size:,.0f} KiB): {measure(picture, tmp)}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
