"""Every format that reads and writes, through the whole product: export a project's gold
from a real task server with `labeler export`, import it with `labeler import` into a new
project of the same schema, export that again: the same files.

The formats come from the registry, so a format added later is held to this too.
"""

from __future__ import annotations

import io
import json
import uuid
import zipfile
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from labeler.cli import main
from labeler.core import formats
from tests.client.conftest import LiveServer, User
from tests.client.test_importing import wav

# A real server and three CLI runs per format: in CI's main run, not again in the Qt-free one.
pytestmark = pytest.mark.slow

REPORT = "export-report.json"
IMAGE_SCHEMA: dict[str, Any] = {
    "title": "Street",
    "media": "image",
    "fields": [
        {"name": "objects", "kind": "boxes", "labels": [{"value": "car"}, {"value": "bus"}]},
        {"name": "areas", "kind": "polygons", "labels": [{"value": "road"}]},
        {"name": "marks", "kind": "points", "labels": [{"value": "sign"}]},
    ],
}
IMAGE_ANSWERS: list[dict[str, Any]] = [
    {
        "objects": [
            {"label": "car", "x": 10, "y": 12, "w": 50, "h": 30},
            {"label": "bus", "x": 100.5, "y": 20, "w": 60, "h": 40.25},
        ],
        "areas": [{"label": "road", "points": [[0, 90], [120, 60], [199, 99]]}],
        "marks": [{"label": "sign", "x": 150, "y": 30}],
    },
    {"objects": [{"label": "car", "x": 0, "y": 0, "w": 200, "h": 100}]},
]
TEXT_SCHEMA: dict[str, Any] = {
    "title": "Entities",
    "media": "text",
    "fields": [
        {"name": "entities", "kind": "spans", "labels": [{"value": "PER"}, {"value": "LOC"}]}
    ],
}
TEXTS = [
    (
        "Amna flew to Karachi",
        {
            "entities": [
                {"label": "PER", "start": 0, "end": 4},
                {"label": "LOC", "start": 13, "end": 20},
            ]
        },
    ),
    (
        "عمران خان لاہور گئے",
        {
            "entities": [
                {"label": "PER", "start": 0, "end": 8},
                {"label": "LOC", "start": 9, "end": 14},
            ]
        },
    ),
]
AUDIO_SCHEMA: dict[str, Any] = {
    "title": "Calls",
    "media": "audio",
    "fields": [
        {"name": "turns", "kind": "segments", "labels": [{"value": "agent"}, {"value": "caller"}]},
        {"name": "transcript", "kind": "transcript", "required": False},
    ],
}
AUDIO_ANSWERS: list[dict[str, Any]] = [
    {
        "turns": [
            {"label": "agent", "start": 0.0, "end": 0.75},
            {"label": "caller", "start": 1.0, "end": 1.5},
        ]
    },
    {"turns": [{"label": "caller", "start": 0.25, "end": 1.75}]},
]


def _round_trips(media: str) -> list[str]:
    return sorted(
        f.name
        for f in formats.FORMATS.values()
        if f.reader is not None and f.writer is not None and media in f.media
    )


def _files(path: Path) -> dict[str, bytes]:
    """An export's files: a zip's members (its report left out: it names item ids), or
    the one file."""
    data = path.read_bytes()
    if zipfile.is_zipfile(io.BytesIO(data)):
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return {n: z.read(n) for n in z.namelist() if n != REPORT}
    return {"the file": data}


def _connection(server: LiveServer, user: User) -> list[str]:
    return ["--server", server.url.removesuffix("/api/v1"), "--token", user.token]


def _new_project(user: User, schema: dict[str, Any]) -> str:
    r = user.caller.post("/projects", json={"name": f"RT {uuid.uuid4().hex[:6]}", "schema": schema})
    assert r.status_code == 201, r.text
    return str(r.json()["id"])


def _media_folder(root: Path, media: str) -> Path:
    root.mkdir(parents=True)
    if media == "image":
        for n, colour in enumerate(["red", "green"], start=1):
            Image.new("RGB", (200, 100), colour).save(root / f"{n:04}.jpg", quality=85)
    else:
        for n in (1, 2):
            (root / f"{n:04}.wav").write_bytes(wav(2.0, pitch=300.0 * n))
    return root


def _seed(server: LiveServer, user: User, media: str, folder: Path, tmp: Path) -> str:
    """A project whose items carry gold answers: media from the folder, or texts."""
    schema = {"image": IMAGE_SCHEMA, "text": TEXT_SCHEMA, "audio": AUDIO_SCHEMA}[media]
    pid = _new_project(user, schema)
    if media == "text":
        items = [{"text": t, "gold": {"answer": a}} for t, a in TEXTS]
        r = user.caller.post(f"/projects/{pid}/items", json={"items": items})
        assert r.status_code == 201, r.text
        return pid
    assert main(["import", pid, str(folder), *_connection(server, user)]) == 0
    listed = user.caller.get(f"/projects/{pid}/items", params={"limit": 10}).json()["items"]
    answers = IMAGE_ANSWERS if media == "image" else AUDIO_ANSWERS
    for item in listed:
        answer = answers[int(item["source"][:4]) - 1]
        r = user.caller.put(f"/items/{item['id']}/gold", json={"answer": answer, "hint": None})
        assert r.status_code == 200, r.text
    return pid


@pytest.mark.parametrize(
    ("media", "name"),
    [(m, n) for m in ("image", "text", "audio") for n in _round_trips(m)],
)
def test_export_import_export_gives_the_same_files(
    server: LiveServer, tmp_path: Path, media: str, name: str
) -> None:
    lead = User(server, ["lead"])
    connection = _connection(server, lead)
    folder = _media_folder(tmp_path / "media", media) if media != "text" else tmp_path
    first = _seed(server, lead, media, folder, tmp_path)
    fmt = formats.get(name)
    suffix = ".zip" if fmt.multi_file else Path(fmt.file_name).suffix
    out1, out2 = tmp_path / f"one{suffix}", tmp_path / f"two{suffix}"
    export = ["export", "--format", name, "--answers", "gold"]
    assert main([export[0], first, *export[1:], "--out", str(out1), *connection]) == 0
    schema = {"image": IMAGE_SCHEMA, "text": TEXT_SCHEMA, "audio": AUDIO_SCHEMA}[media]
    second = _new_project(lead, schema)
    into = ["import", second, str(out1), "--format", name, "--as", "gold", *connection]
    if media != "text":
        into += ["--images", str(folder)]
    assert main(into) == 0
    assert main([export[0], second, *export[1:], "--out", str(out2), *connection]) == 0
    assert _files(out2) == _files(out1)
    assert json.dumps(sorted(_files(out1))) != "[]"
