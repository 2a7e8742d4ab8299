"""The real `label-studio-ml` server for the tests (`lsml_server`)."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from lsml_server import HERE, RunningBackend, make_venv


@pytest.fixture(scope="session")
def backend_python() -> Path:
    given = os.environ.get("LABELER_LSML_TEST_PYTHON")
    if given:
        return Path(given)
    try:
        return make_venv()
    except (OSError, RuntimeError, subprocess.TimeoutExpired) as exc:
        why = f"the label-studio-ml environment (.venv-lsml) cannot be made: {exc}"
        if os.environ.get("CI"):
            pytest.fail(why)
        pytest.skip(why)


@pytest.fixture(scope="session")
def server(
    backend_python: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[RunningBackend]:
    """The server of `backend/model.py` on a free loopback port."""
    work = tmp_path_factory.mktemp("lsml")
    log = work / "requests.jsonl"
    env = {
        **os.environ,
        "FIXED_MODEL_LOG": str(log),
        "XDG_CACHE_HOME": str(work / "cache"),
        "XDG_DATA_HOME": str(work / "data"),
        "MODEL_DIR": str(work),
    }
    process = subprocess.Popen(
        [str(backend_python), str(HERE / "backend" / "serve.py")],
        stdout=subprocess.PIPE,
        stderr=open(work / "server.log", "w"),  # noqa: SIM115 - the process keeps it
        text=True,
        env=env,
        cwd=work,
    )
    assert process.stdout is not None
    port = process.stdout.readline().strip()
    if not port.isdigit():
        process.kill()
        raise RuntimeError(f"the backend did not start: {(work / 'server.log').read_text()}")
    try:
        yield RunningBackend(f"http://127.0.0.1:{port}", log, process)
    finally:
        process.terminate()
        process.wait(timeout=30)
