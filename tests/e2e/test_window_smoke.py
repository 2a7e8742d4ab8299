"""A real window under Xvfb: `labeler --server --token --project` opens straight into a
project, keys sent with xdotool answer items, and a screenshot is taken."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from tests.e2e.test_gui_labeling import _mine, demo_server  # noqa: F401 (fixture)

pytestmark = pytest.mark.slow

TOOLS = ("xvfb-run", "xdotool", "import")
SCRIPT = r"""
set -u
"$PYTHON" -m labeler.cli --server "$URL" --token "$TOKEN" --project review-sentiment \
    > "$OUT/app.log" 2>&1 &
app=$!
for _ in $(seq 1 600); do
    grep -q '"startup"' "$LABELER_TRACE" 2>/dev/null && break
    sleep 0.1
done
window=$(xdotool search --sync --name '^labeler' | head -1)
xdotool windowfocus --sync "$window"
for key in 1 2 3; do
    before=$(grep -c '"item_shown"' "$LABELER_TRACE")
    xdotool key --window "$window" "$key"
    for _ in $(seq 1 100); do
        [ "$(grep -c '"item_shown"' "$LABELER_TRACE")" -gt "$before" ] && break
        sleep 0.1
    done
done
for _ in $(seq 1 300); do
    [ "$(grep -c '"uploaded"' "$LABELER_TRACE")" -ge 3 ] && break
    sleep 0.1
done
import -window root "$OUT/window.png"
xdotool key --window "$window" ctrl+q
for _ in $(seq 1 100); do kill -0 "$app" 2>/dev/null || break; sleep 0.1; done
kill "$app" 2>/dev/null
wait "$app"
"""


@pytest.mark.skipif(
    any(shutil.which(t) is None for t in TOOLS), reason="needs xvfb-run, xdotool, imagemagick"
)
def test_real_window_answers_by_keys(
    demo_server: tuple[str, str],  # noqa: F811
    tmp_path: Path,
) -> None:
    url, token = demo_server
    trace = tmp_path / "trace.jsonl"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "xcb",
        "LABELER_TRACE": str(trace),
        "LABELER_DATA_DIR": str(tmp_path / "data"),
        "LABELER_CONFIG_DIR": str(tmp_path / "config"),
        "PYTHON": sys.executable,
        "URL": url,
        "TOKEN": token,
        "OUT": str(tmp_path),
    }
    done = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", "bash", "-c", SCRIPT],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    log = (tmp_path / "app.log").read_text() if (tmp_path / "app.log").exists() else ""
    assert done.returncode == 0, done.stderr[-3000:] + log[-3000:]
    events = [json.loads(line) for line in trace.read_text().splitlines()]
    assert [e for e in events if e["event"] == "startup"], log[-3000:]
    # The start's steps, in order, each traced once on the way to the first item.
    steps = [e for e in events if e["event"] == "launch"]
    assert [e["phase"] for e in steps] == ["imported", "window", "workspace", "project"]
    assert [e["ms"] for e in steps] == sorted(e["ms"] for e in steps)
    assert len([e for e in events if e["event"] == "submitted"]) == 3, log[-3000:]
    shot = tmp_path / "window.png"
    assert shot.stat().st_size > 10_000
    deadline = time.monotonic() + 30
    while len(_mine(url, token)) < 3 and time.monotonic() < deadline:
        time.sleep(0.2)
    assert len(_mine(url, token)) == 3
    keep = os.environ.get("LABELER_KEEP_SCREENSHOT")
    if keep:
        shutil.copy(shot, keep)
    assert requests.get(f"{url}/api/v1/health", timeout=5).ok
