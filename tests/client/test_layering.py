"""`labeler.client` stays Qt-free and server-free, in its source and when imported."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

CLIENT = Path(__file__).resolve().parents[2] / "labeler" / "client"
BANNED = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "labeler.server", "labeler.ui")


def test_no_module_of_the_client_imports_qt_the_server_or_the_ui() -> None:
    offenders = []
    for path in sorted(CLIENT.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [
                f"{path.name}: {n}" for n in names if n == "labeler.server" or n.startswith(BANNED)
            ]
    assert offenders == []


def test_importing_the_client_loads_neither_qt_nor_the_server() -> None:
    code = (
        "import sys, labeler.client.workspace, labeler.client.tally; "
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'labeler.server', "
        "'labeler.ui', 'fastapi'))]; print(bad); sys.exit(1 if bad else 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
