"""The layering rule of STYLE.md, kept as a failing test: Qt only under labeler/ui,
core free of Qt, SQL and HTTP; client and server free of Qt; SQLAlchemy only in the server."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2] / "labeler"
QT = ("PySide6", "shiboken6", "PyQt5", "PyQt6")
IO = ("sqlalchemy", "requests", "fastapi", "starlette", "uvicorn", "httpx", "alembic", "psycopg")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _offenders(package: str, banned: tuple[str, ...]) -> list[str]:
    out = []
    for path in sorted((ROOT / package).rglob("*.py") if package else ROOT.rglob("*.py")):
        rel = path.relative_to(ROOT.parent).as_posix()
        if not package and rel.startswith("labeler/ui/"):
            continue
        for name in _imports(path):
            if name.split(".")[0] in banned:
                out.append(f"{rel} imports {name}")
    return out


def test_qt_only_under_ui() -> None:
    assert _offenders("", QT) == []


@pytest.mark.parametrize("package", ["core", "client", "server"])
def test_no_qt_in(package: str) -> None:
    assert _offenders(package, QT) == []


def test_core_does_no_io() -> None:
    assert _offenders("core", IO) == []


@pytest.mark.parametrize("package", ["core", "client", "ui"])
def test_only_the_server_uses_sqlalchemy(package: str) -> None:
    assert _offenders(package, ("sqlalchemy", "alembic")) == []


def test_rule_catches_an_offender(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtWidgets import QWidget\n", encoding="utf-8")
    assert "PySide6.QtWidgets" in _imports(bad)
