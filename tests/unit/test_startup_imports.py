"""What the workbench imports before its first item: nothing a one-choice project never
uses (SciPy alone took about a third of a second and 67 MB; NumPy and Shapely 90 ms; the
history page, with the review panes it shows, 90 ms)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

#: Imported only when a region is matched or checked, a transcript scored, agreement
#: measured, a chart drawn, audio opened or the history shown.
LATER = (
    "sqlalchemy",  # the task server's; the local store is on sqlite3
    "scipy",
    "numpy",
    "shapely",
    "rapidfuzz",
    "krippendorff",
    "PySide6.QtCharts",
    "PySide6.QtMultimedia",
    "soundfile",
    "labeler.ui.pages.history",
    "labeler.ui.review",
)


@pytest.mark.parametrize("module", ["labeler.ui.window", "labeler.ui.app"])
def test_opening_the_window_imports_nothing_heavy_it_may_not_need(module: str) -> None:
    pytest.importorskip("PySide6.QtWidgets")  # the Qt-free run has no window to open
    code = f"import sys, {module}; print(' '.join(sorted(sys.modules)))"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    loaded = set(done.stdout.split())
    assert not [m for m in LATER if m in loaded]


def test_matching_regions_still_finds_scipy() -> None:
    from labeler.core.matching import box_pairs, count_matches, matched_f1

    a = [{"label": "car", "x": 0, "y": 0, "w": 10, "h": 10}]
    b = [{"label": "car", "x": 1, "y": 0, "w": 10, "h": 10}]
    assert count_matches(box_pairs(0.5)(a, b)) == 1
    assert matched_f1(a, b, box_pairs(0.5)) == 1.0
