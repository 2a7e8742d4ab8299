"""The plugin as labeler finds it: installed, listed, and cheap to load."""

from __future__ import annotations

import os
import subprocess
import sys
from importlib import metadata
from pathlib import Path

from labeler.core import plugins
from labeler.core.plugins import Assist, PreAnnotator

ROOT = Path(__file__).resolve().parents[3]


def _installed() -> metadata.Distribution:
    try:
        return metadata.distribution("labeler-opencv-assist")
    except metadata.PackageNotFoundError:  # pragma: no cover - says how to fix it
        raise AssertionError("not installed: pip install -e plugins/opencv-assist") from None


def test_labeler_plugins_lists_it_once_installed() -> None:
    version = _installed().version
    done = subprocess.run(
        [sys.executable, "-m", "labeler.cli", "plugins"],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    line = (
        f"opencv-assist (labeler-opencv-assist {version}): OpenCV assist. "
        "assist: opencv-click, opencv-box-polygon, opencv-snap, opencv-tighten-box; "
        "pre-annotation: opencv-quality"
    )
    assert line in done.stdout.splitlines(), done.stdout + done.stderr


def test_it_loads_as_a_plugin_of_every_kind_it_names() -> None:
    _installed()
    [loaded] = [p for p in plugins.discover() if p.entry_point == "opencv-assist"]
    assert loaded.ok and loaded.plugin is not None, loaded.error
    assert all(isinstance(a, Assist) for a in loaded.plugin.assists)
    assert all(isinstance(p, PreAnnotator) for p in loaded.plugin.preannotators)
    assert {a.name: sorted(a.prompts) for a in loaded.plugin.assists} == {
        "opencv-click": ["click"],
        "opencv-box-polygon": ["box"],
        "opencv-snap": ["polygon"],
        "opencv-tighten-box": ["box"],
    }


def test_loading_it_imports_neither_opencv_nor_numpy() -> None:
    """Every start of labeler loads the plugins: OpenCV waits for the first prompt."""
    code = (
        "import sys, labeler_opencv_assist as m; m.plugin(); "
        "print(sorted(n for n in ('cv2', 'numpy') if n in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.stdout.strip() == "[]", done.stderr
