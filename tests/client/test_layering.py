"""`labeler.client` stays Qt-free and server-free, in its source and when imported, and
the workbench's start-up does not load SQLAlchemy (the local store is on `sqlite3`)."""

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


def _loaded(modules: str, banned: tuple[str, ...]) -> list[str]:
    """The modules starting with one of `banned` that importing `modules` loads, in a
    fresh interpreter."""
    code = (
        f"import sys, {modules}; "
        f"print(' '.join(m for m in sys.modules if m.startswith({banned!r})))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def test_importing_the_client_loads_neither_qt_nor_the_server() -> None:
    banned = ("PySide6", "labeler.server", "labeler.ui", "fastapi")
    assert _loaded("labeler.client.workspace, labeler.client.tally", banned) == []


def test_the_workbench_side_loads_no_sqlalchemy() -> None:
    # SQLAlchemy cost every launch about 0.2 s and 26 MB (docs/adr/0005).
    assert _loaded("labeler.client.workspace, labeler.client.profiles", ("sqlalchemy",)) == []
