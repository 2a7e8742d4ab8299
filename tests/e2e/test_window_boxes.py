"""Boxes by keyboard in a real window: xdotool keys against `labeler serve` and the workbench.

A lead puts a generated 960×640 picture with two dark 40×30 objects into a boxes project;
the annotator's window draws a box round each by keys alone (the label key, arrows with
Shift and Ctrl, Space for each corner) and submits with Enter. The task server must hold
exactly those boxes, in original pixels. Screenshots of the crosshair, the magnifier, the
rubber band and the boxes drawn are kept for a person to look at
(`LABELER_KEEP_SCREENSHOTS=DIR`).
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import requests
from PIL import Image, ImageDraw

from labeler.server.commands import free_port
from tests.e2e.xwindow import Display, Window, have_tools

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not have_tools(), reason="needs Xvfb, xdotool and imagemagick"),
]

SIZE = (960, 640)
#: Boxes (x, y, w, h) of the two objects: the first with its top-left corner at the
#: picture's centre, where the crosshair starts; the second right of the first's end.
FIRST = (480, 320, 40, 30)
SECOND = (570, 340, 40, 30)
SCHEMA = {
    "title": "Signs",
    "media": "image",
    "fields": [
        {
            "name": "objects",
            "kind": "boxes",
            "labels": [
                {"value": "car", "hotkey": "c", "color": "#e6194b"},
                {"value": "sign", "hotkey": "s", "color": "#911eb4"},
            ],
        }
    ],
}


def _picture() -> bytes:
    image = Image.linear_gradient("L").resize(SIZE).convert("RGB")
    draw = ImageDraw.Draw(image)
    for x, y, w, h in (FIRST, SECOND):
        draw.rectangle((x, y, x + w - 1, y + h - 1), fill=(20, 20, 30))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _labeler(*args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "labeler.cli", *args], check=True, capture_output=True, text=True
    )
    return done.stdout


class _Server:
    """`labeler serve` on a fresh database, with a lead and an annotator."""

    def __init__(self, tmp: Path) -> None:
        db = f"sqlite:///{tmp / 'boxes.sqlite3'}"
        for name, role in (("lena", "lead"), ("amir", "annotator")):
            user = ["create-user", name, "--role", role, "--password", "pass-word-1"]
            _labeler("admin", *user, "--database", db)
        self.lead = _labeler("admin", "token", "lena", "--database", db).strip()
        self.token = _labeler("admin", "token", "amir", "--database", db).strip()
        self.url = f"http://127.0.0.1:{free_port()}"
        port = self.url.rsplit(":", 1)[1]
        serve = ["serve", "--database", db, "--media", str(tmp / "media"), "--port", port]
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "labeler.cli", *serve],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 30
        while True:
            try:
                if requests.get(f"{self.url}/api/v1/health", timeout=1).ok:
                    break
            except requests.ConnectionError:
                pass
            if time.monotonic() > deadline:
                raise AssertionError("the task server did not start")
            time.sleep(0.1)

    def call(self, method: str, path: str, token: str, **kw: Any) -> Any:
        headers = {"Authorization": f"Bearer {token}"}
        r = requests.request(method, f"{self.url}/api/v1{path}", headers=headers, timeout=30, **kw)
        r.raise_for_status()
        return r.json()

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=20)


def test_two_boxes_drawn_by_keys_arrive_in_original_pixels(tmp_path: Path) -> None:
    server = _Server(tmp_path)
    body = {"name": "Signs", "schema": SCHEMA}
    project = server.call("POST", "/projects", server.lead, json=body)
    files = {"file": ("objects.png", _picture(), "image/png")}
    media = server.call("POST", "/media", server.lead, files=files)
    items = {"items": [{"media": media["sha256"]}]}
    server.call("POST", f"/projects/{project['id']}/items", server.lead, json=items)

    display = Display()
    shots = tmp_path / "shots"
    shots.mkdir()
    window: Window | None = None
    try:
        start = ["--server", server.url, "--token", server.token, "--project", project["id"]]
        window = Window(display, tmp_path, *start)
        window.wait_count("item_shown", 1, timeout=60)
        time.sleep(0.5)  # the picture's first paint

        window.keys("c")  # the label key: car armed, the crosshair at the centre
        time.sleep(0.3)
        display.screenshot(shots / "1-armed.png")
        # Eight keys: label, corner one, 50 - 10 wide, 3 × 10 high, corner two.
        window.keys("space", "ctrl+Right", "shift+Left", "shift+Down", "shift+Down")
        time.sleep(0.3)
        display.screenshot(shots / "2-rubber-band.png")
        window.keys("shift+Down", "space")
        # The second starts where the first ended: 50 right, 10 up, then the same box.
        window.keys("ctrl+Right", "shift+Up", "space", "ctrl+Right", "shift+Left")
        window.keys("shift+Down", "shift+Down", "shift+Down", "space")
        time.sleep(0.3)
        display.screenshot(shots / "3-two-boxes.png")

        window.keys("Return")
        window.wait_count("uploaded", 1, timeout=60)
        assert window.quit() == 0, window.tail()
        window = None

        mine = server.call("GET", "/submissions", server.token, params={"mine": "true"})
        [submission] = mine["submissions"]
        detail = server.call("GET", f"/items/{submission['item_id']}", server.lead)
        [answer] = [s["answer"] for s in detail["submissions"] if s["id"] == submission["id"]]
        boxes = [(b["label"], b["x"], b["y"], b["w"], b["h"]) for b in answer["objects"]]
        assert boxes == [("car", *FIRST), ("car", *SECOND)]
    finally:
        if window is not None:
            display.screenshot(shots / "failed.png")
            window.quit()
        keep = os.environ.get("LABELER_KEEP_SCREENSHOTS")
        if keep:
            shutil.copytree(shots, keep, dirs_exist_ok=True)
        display.close()
        server.stop()
