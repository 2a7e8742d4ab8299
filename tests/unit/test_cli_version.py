"""`labeler --version`: the versions a bug report needs first (labeler, Qt, PySide6), from
QtCore alone; where the GUI is not installed it says so instead of failing."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from labeler import __version__
from labeler.cli import main, version_text

CODE = """
import sys
from labeler.cli import main
try:
    main(["--version"])
except SystemExit as exit:
    code = exit.code
print("exit", code, "widgets" if "PySide6.QtWidgets" in sys.modules else "no-widgets")
"""


def _version_run() -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", CODE],
        capture_output=True,
        text=True,
        check=True,
        env={k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")},
        timeout=60,
    )
    return done.stdout.splitlines()


def test_version_names_qt_and_pyside_without_widgets_or_a_display() -> None:
    pytest.importorskip("PySide6.QtCore")
    import PySide6
    from PySide6.QtCore import qVersion

    lines = _version_run()
    assert lines == [
        f"labeler {__version__} (Qt {qVersion()}, PySide6 {PySide6.__version__})",
        "exit 0 no-widgets",
    ]


def test_version_says_when_qt_is_not_installed(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "PySide6", None)  # as where labeler[gui] is not installed
    monkeypatch.delitem(sys.modules, "labeler.ui.about", raising=False)
    assert version_text() == (
        f"labeler {__version__} (Qt is not installed: the GUI needs labeler[gui])"
    )
    with pytest.raises(SystemExit) as exit:
        main(["--version"])
    assert exit.value.code == 0
    assert capsys.readouterr().out == f"{version_text()}\n"
