"""The Qt binding itself: PySide6 6.12.0 on CPython 3.11 drops a reference to None on
every call of a void Qt method, and the process dies ("deallocating None") after a few
thousand calls. pyproject.toml keeps PySide6 below 6.12; this test fails if a binding
with that bug comes back."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
import sys
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
widget = QWidget()
before = sys.getrefcount(None)
for _ in range(5000):
    widget.update()
    app.processEvents()
print(sys.getrefcount(None) - before)
"""


def test_void_qt_calls_keep_none_alive() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert abs(int(done.stdout.strip().splitlines()[-1])) < 100
