"""The versions of Qt and PySide6 the workbench runs on, for `labeler --version`.

QtCore alone: no widget, no application object, no display needed."""

from __future__ import annotations

import PySide6
from PySide6.QtCore import qVersion


def qt_versions() -> str:
    """'Qt 6.8.1, PySide6 6.8.1': the Qt library loaded and the binding's own version."""
    return f"Qt {qVersion()}, PySide6 {PySide6.__version__}"  # notr: names and numbers
