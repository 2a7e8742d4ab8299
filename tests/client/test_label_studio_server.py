"""Our Label Studio export loaded into a real Label Studio, and its own export read back.

Label Studio is a Django server of its own: too heavy to install in CI, so this runs when
`LABELER_TEST_LABEL_STUDIO` names the `bin` folder of a virtualenv with it installed
(`python -m venv ls && ls/bin/pip install label-studio==1.23.2`). The project's config
is the one our export carries (`config.xml`); Label Studio must take it, import every task
and annotation of `tasks.json`, and give them back in its own JSON export, which our
reader must read into the very answers that were exported.
"""

from __future__ import annotations

import json
import os
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from labeler.core import formats
from labeler.core.formats import ExportEntry, MemorySink, MemorySource, Size
from labeler.core.schema import parse_schema
from labeler.server.commands import free_port

LS_BIN = os.environ.get("LABELER_TEST_LABEL_STUDIO")
pytestmark = pytest.mark.skipif(
    not LS_BIN, reason="LABELER_TEST_LABEL_STUDIO names no Label Studio installation"
)
TOKEN = "0123456789abcdef0123456789abcdef01234567"
SCHEMA = parse_schema(
    {
        "title": "Street",
        "media": "image",
        "fields": [
            {"name": "scene", "kind": "choice", "labels": [{"value": "day"}, {"value": "night"}]},
            {"name": "objects", "kind": "boxes", "labels": [{"value": "car"}, {"value": "bus"}]},
            {"name": "areas", "kind": "polygons", "labels": [{"value": "road"}]},
            {"name": "marks", "kind": "points", "labels": [{"value": "sign"}]},
            {"name": "note", "kind": "text"},
            {"name": "quality", "kind": "rating", "max": 5},
        ],
    }
)
ANSWERS = {
    "a.jpg": {
        "scene": "day",
        "objects": [{"label": "car", "x": 10, "y": 20, "w": 100, "h": 50}],
        "areas": [{"label": "road", "points": [[0, 400], [640, 380], [640, 480]]}],
        "marks": [{"label": "sign", "x": 320, "y": 40}],
        "note": "two lanes",
        "quality": 4,
    },
    "b.jpg": {"scene": "night", "objects": [{"label": "bus", "x": 0, "y": 0, "w": 64, "h": 48}]},
}


@pytest.fixture(scope="module")
def label_studio(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    assert LS_BIN is not None
    data = tmp_path_factory.mktemp("label-studio")
    env = {**os.environ, "LABEL_STUDIO_BASE_DATA_DIR": str(data)}
    binary = str(Path(LS_BIN) / "label-studio")
    init = [binary, "init", "p", "--data-dir", str(data), "--username", "a@example.com"]
    init += ["--password", "password123", "--user-token", TOKEN]
    subprocess.run(init, env=env, check=True, capture_output=True, timeout=600)
    # Label Studio 1.23 turns the legacy API tokens off for new organisations.
    enable = (
        "from jwt_auth.models import JWTSettings\n"
        "from organizations.models import Organization\n"
        "for o in Organization.objects.all():\n"
        "    s, _ = JWTSettings.objects.get_or_create(organization=o)\n"
        "    s.legacy_api_tokens_enabled = True\n"
        "    s.save()\n"
    )
    python = str(Path(LS_BIN) / "python")
    manage = subprocess.run(
        [python, "-c", "import label_studio, os; print(os.path.dirname(label_studio.__file__))"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    subprocess.run(
        [python, "manage.py", "shell", "-c", enable],
        cwd=manage,
        env={**env, "DJANGO_SETTINGS_MODULE": "core.settings.label_studio"},
        check=True,
        capture_output=True,
        timeout=600,
    )
    port = free_port()
    proc = subprocess.Popen(
        [binary, "start", "p", "--no-browser", "--port", str(port), "--data-dir", str(data)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                if requests.get(f"{url}/health", timeout=1).ok:
                    break
            except requests.RequestException:
                pass
            time.sleep(0.5)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def _api(url: str, method: str, path: str, **kw: Any) -> Any:
    r = requests.request(
        method, f"{url}/api{path}", headers={"Authorization": f"Token {TOKEN}"}, timeout=60, **kw
    )
    assert r.ok, r.text
    return r.json()


def test_label_studio_takes_our_export_and_gives_back_the_same_answers(label_studio: str) -> None:
    fmt = formats.get("labelstudio")
    sink = MemorySink()
    entries = [
        ExportEntry(f"it{n}", name, "image", answer, 640, 480)
        for n, (name, answer) in enumerate(ANSWERS.items())
    ]
    report = fmt.write(entries, SCHEMA, sink, formats.WriteOptions())
    assert report.not_held == []
    files = sink.files  # tasks.json and config.xml
    config = files["config.xml"].decode()
    project = _api(
        label_studio, "POST", "/projects/", json={"title": "labeler export", "label_config": config}
    )
    done = requests.post(
        f"{label_studio}/api/projects/{project['id']}/import",
        data=files["tasks.json"],
        headers={"Content-Type": "application/json", "Authorization": f"Token {TOKEN}"},
        timeout=60,
    ).json()
    assert (done["task_count"], done["annotation_count"]) == (2, 2)
    exported = requests.get(
        f"{label_studio}/api/projects/{project['id']}/export",
        params={"exportType": "JSON"},
        headers={"Authorization": f"Token {TOKEN}"},
        timeout=60,
    )
    assert exported.ok, exported.text
    sizes = {name: Size(640, 480) for name in ANSWERS}
    result = fmt.read(MemorySource({"export.json": exported.content}), SCHEMA, sizes)
    assert [str(p) for p in result.problems] == []
    assert json.dumps(result.answers, sort_keys=True) == json.dumps(ANSWERS, sort_keys=True)
