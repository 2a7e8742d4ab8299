"""The assist in a real window: the demo's street-outlines project, xdotool keys, the
shipped OpenCV assist and basic checks loaded as installed.

The car's key arms the polygon tool, the arrows take the crosshair onto the car, Shift+Space
asks the assist; its outline is taken with Enter and the item submitted with Enter. The
task server must hold a car's polygon around the place clicked. Screenshots of the
proposal and of the taken outline are kept for a person to look at
(`LABELER_KEEP_SCREENSHOTS=DIR`).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import time
from pathlib import Path
from typing import Any

import pytest
import requests

from labeler.server.demo.outlines import outlines_project
from tests.e2e.test_gui_labeling import _labeler, _mine
from tests.e2e.test_gui_offline import Server
from tests.e2e.xwindow import Display, Window, have_tools

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not have_tools(), reason="needs Xvfb, xdotool and imagemagick"),
]
pytest.importorskip("labeler_opencv_assist")


def _lead_get(server: Server, token: str, path: str) -> dict[str, Any]:
    r = requests.get(
        f"{server.url}/api/v1{path}", headers={"Authorization": f"Bearer {token}"}, timeout=10
    )
    r.raise_for_status()
    return dict(r.json())


def _arrows(dx: int, dy: int) -> list[str]:
    """xdotool keys that move the crosshair by (dx, dy): Ctrl 50 px, Shift 10, plain 1."""
    keys = []
    for delta, (minus, plus) in ((dx, ("Left", "Right")), (dy, ("Up", "Down"))):
        name = plus if delta > 0 else minus
        left = abs(delta)
        for size, mod in ((50, "ctrl+"), (10, "shift+"), (1, "")):
            keys += [f"{mod}{name}"] * (left // size)
            left %= size
    return keys


def test_a_click_outlines_a_demo_car_and_enter_takes_it(tmp_path: Path) -> None:
    server = Server(tmp_path)
    lead = _labeler("admin", "token", "lead", "--database", server.db).strip()
    server.start()
    display = Display()
    shots = tmp_path / "shots"
    shots.mkdir()
    window: Window | None = None
    try:
        start = ["--server", server.url, "--token", server.token, "--project", "street-outlines"]
        window = Window(display, tmp_path, *start)
        window.wait_count("item_shown", 1, timeout=60)
        window.wait_count("plugins_loaded", 1, timeout=60)
        [loaded] = window.events("plugins_loaded")
        assert loaded["failed"] == [] and loaded["count"] >= 2
        item_id = window.events("item_shown")[0]["item_id"]
        item = _lead_get(server, lead, f"/items/{item_id}")["item"]
        by_sha = {hashlib.sha256(i.media.content).hexdigest(): i for i in outlines_project(7).items}
        shown = by_sha[item["media"]["sha256"]]
        cars = [o["points"] for o in shown.truth["outlines"] if o["label"] == "car"]
        (x0, y0), _, (x1, y1), _ = max(
            cars, key=lambda p: (p[2][0] - p[0][0]) * (p[2][1] - p[0][1])
        )
        aim = (round((x0 + x1) / 2), round((y0 + y1) / 2))

        # `c` arms the car's polygon tool; the crosshair starts at the picture's centre.
        width, height = item["media"]["width"], item["media"]["height"]
        window.keys("c")
        time.sleep(0.3)
        window.keys(*_arrows(aim[0] - round(width / 2), aim[1] - round(height / 2)))
        window.keys("shift+space")
        window.wait_count("assist", 1, timeout=30)
        [asked] = window.events("assist")
        assert asked["outcome"] == "proposed", asked
        time.sleep(0.3)
        display.screenshot(shots / "1-proposal.png")
        window.keys("Return")
        window.wait_count("assist_accepted", 1)
        time.sleep(0.3)
        display.screenshot(shots / "2-taken.png")
        window.next_item("Return", timeout=30)
        window.wait_count("uploaded", 1, timeout=60)
        assert window.quit() == 0, window.tail()
        window = None

        [submission] = _mine(server.url, server.token)
        detail = _lead_get(server, lead, f"/items/{submission['item_id']}")
        [answer] = [s["answer"] for s in detail["submissions"] if s["id"] == submission["id"]]
        [outline] = answer["outlines"]
        xs = [p[0] for p in outline["points"]]
        ys = [p[1] for p in outline["points"]]
        assert min(xs) <= aim[0] <= max(xs) and min(ys) <= aim[1] <= max(ys)
        assert x0 - 20 <= min(xs) and max(xs) <= x1 + 20  # around the car, not the road
    finally:
        if window is not None:
            display.screenshot(shots / "failed.png")
            window.quit()
        keep = os.environ.get("LABELER_KEEP_SCREENSHOTS")
        if keep:
            shutil.copytree(shots, keep, dirs_exist_ok=True)
        display.close()
        server.stop()
