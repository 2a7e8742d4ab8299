"""Loading the plugin is cheap: every start of the workbench loads the installed plugins
(once its first item shows), and NumPy and Shapely, which only brush masks need, would add
about 25 MB to every annotator's workbench; Label Studio's reader with the table of
formats behind it, which only a backend's answers need, another 4 MB."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
PLUGIN = Path(__file__).resolve().parents[1]


def test_loading_it_imports_neither_numpy_shapely_nor_the_formats() -> None:
    code = (
        "import sys, labeler_labelstudio_ml as m; m.plugin(); "
        "print(sorted(n for n in ('numpy', 'shapely', 'labeler.core.formats') "
        "if n in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, "PYTHONPATH": os.pathsep.join([str(PLUGIN), str(ROOT)])},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.stdout.strip() == "[]", done.stdout + done.stderr
