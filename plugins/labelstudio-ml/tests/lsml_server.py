"""The real `label-studio-ml` server for the tests, in an environment of its own.

Its dependencies (Flask 1.1, Werkzeug 2.0, Jinja2 3.0 pinned) clash with ours, so it
lives in `.venv-lsml` at the repository's root, made here from PyPI on first use
(`backend/requirements.txt`), or wherever `LABELER_LSML_TEST_PYTHON` points. Where it
cannot be made (no network), its tests are skipped saying so; under CI they fail."""

from __future__ import annotations

import fcntl
import hashlib
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parents[2]
REQUIREMENTS = HERE / "backend" / "requirements.txt"
VENV = ROOT / ".venv-lsml"


def _stamp() -> Path:
    digest = hashlib.sha256(REQUIREMENTS.read_bytes()).hexdigest()[:12]
    return VENV / f".installed-{digest}"


def make_venv() -> Path:
    """The backend's python, its environment made (once per requirements) if need be."""
    python = VENV / "bin" / "python"
    VENV.parent.mkdir(parents=True, exist_ok=True)
    with open(ROOT / ".venv-lsml.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not _stamp().exists():
            steps = [
                [sys.executable, "-m", "venv", "--clear", str(VENV)],
                [str(python), "-m", "pip", "install", "--quiet", "-r", str(REQUIREMENTS)],
            ]
            for step in steps:
                done = subprocess.run(step, capture_output=True, text=True, timeout=600)
                if done.returncode != 0:
                    raise RuntimeError(f"{' '.join(step)}: {done.stderr.strip()[-800:]}")
            _stamp().touch()
    return python


@dataclass
class RunningBackend:
    url: str
    log: Path
    process: subprocess.Popen[str]
