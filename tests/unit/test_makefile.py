"""`make demo` as the README gives it: the demo user comes only from `AS=` on the command
line (make itself defines AS, the assembler, and toolchains export one)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _demo_command(*args: str, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        ["make", "-n", "demo", *args],
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        check=True,
    )
    return [line for line in done.stdout.splitlines() if "labeler demo" in line][-1]


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
def test_make_demo_opens_as_the_demo_annotator_unless_told() -> None:
    assert "--user" not in _demo_command()
    assert "--user" not in _demo_command(env={"AS": "x86_64-conda-linux-gnu-as"})
    assert _demo_command("AS=lead").rstrip().endswith("--user lead")
