"""`labeler-onnx`: `check` on pictures, and `preannotate` over a project on a live task
server (`labeler serve` on loopback): items get the model's prefill and its confidence,
answered items keep theirs, a prefill's other fields are kept, Ctrl+C stops a run and
sends what it proposed."""

from __future__ import annotations

import io
import json
import os
import signal
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import onnx_models_builders as build
import pytest
from labeler_onnx_models import cli, load_model
from labeler_onnx_models.project import preannotate_project
from PIL import Image

from labeler.client.api import TaskServer
from labeler.client.curation import CurationClient
from tests.client.conftest import Caller, LiveServer, User
from tests.server.scenario import now

SCHEMA: dict[str, Any] = {
    "title": "Street",
    "media": "image",
    "fields": [
        {"name": "objects", "kind": "boxes", "labels": [{"value": "car"}, {"value": "bus"}]},
        {
            "name": "scene",
            "kind": "choice",
            "required": False,
            "labels": [{"value": "urban"}, {"value": "rural"}],
        },
    ],
}
#: Where each picture's white rectangle is (original pixels, on 8-px JPEG blocks).
RECTS = [(16, 16, 48, 64), (64, 32, 120, 88), (8, 40, 56, 72), (32, 8, 96, 40)]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    live = LiveServer(tmp_path_factory.mktemp("server"))
    live.start()
    try:
        yield live
    finally:
        live.stop()


@pytest.fixture(scope="module")
def lead(server: LiveServer) -> User:
    return User(server, ["lead"])


@pytest.fixture(autouse=True)
def media_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The run's media cache in the test's folder, not the user's."""
    monkeypatch.setenv("LABELER_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def yaml(models: Path) -> Path:
    build.yolo_detector(models / "det.onnx", size=(128, 128), classes=2)
    return build.write_yaml(
        models / "det.yaml",
        title="Cars",
        task="detect",
        model="det.onnx",
        field="objects",
        labels={0: "car", 1: "bus"},
        output={"format": "yolov8"},
    )


def jpeg(rect: tuple[int, int, int, int]) -> bytes:
    pixels = np.zeros((96, 128, 3), np.uint8)
    x0, y0, x1, y1 = rect
    pixels[y0:y1, x0:x1] = 255
    out = io.BytesIO()
    Image.fromarray(pixels).save(out, format="JPEG", quality=95)
    return out.getvalue()


def make_project(lead: Caller, items: list[dict[str, Any]]) -> tuple[str, list[str]]:
    r = lead.post("/projects", json={"name": f"cars {uuid.uuid4().hex[:6]}", "schema": SCHEMA})
    assert r.status_code == 201, r.text
    project = r.json()["id"]
    for i, item in enumerate(items):
        rect = RECTS[i % len(RECTS)]
        r = lead.post("/media", files={"file": (f"{i}.jpg", jpeg(rect), "image/jpeg")})
        assert r.status_code in (200, 201), r.text
        item["media"] = r.json()["sha256"]
    r = lead.post(f"/projects/{project}/items", json={"items": items})
    assert r.status_code == 201, r.text
    return project, r.json()["ids"]


def answer(server: LiveServer, project: str, item_ids: dict[str, dict[str, Any] | None]) -> None:
    """An annotator answers (or skips, for None) these items."""
    annotator = User(server, ["annotator"])
    r = annotator.caller.post(f"/projects/{project}/batches", json={"size": 50})
    assert r.status_code == 201, r.text
    batch = r.json()
    for item_id, given in item_ids.items():
        body = {
            "id": str(uuid.uuid4()),
            "batch_id": batch["id"],
            "item_id": item_id,
            "schema_version": batch["schema_version"],
            "answer": given,
            "started_at": now(),
            "submitted_at": now(),
            "active_ms": 1500,
        }
        if given is None:
            body["skip_reason"] = "cannot see"
        r = annotator.caller.post("/submissions", json=body)
        assert r.status_code == 201, r.text


def stored(server: LiveServer, lead: User, project: str) -> dict[str, Any]:
    api = TaskServer(server.url, lead.token)
    try:
        page = CurationClient(api).items(project)
        return {c.id: c.item for c in page.items}
    finally:
        api.close()


def _box(item: Any) -> tuple[float, ...]:
    (box,) = item.prefill["objects"]
    return box["x"], box["y"], box["x"] + box["w"], box["y"] + box["h"]


def test_check_says_what_the_model_takes_and_proposes(
    models: Path, yaml: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    picture = models / "p.jpg"
    picture.write_bytes(jpeg(RECTS[1]))
    assert cli.main(["check", "--model", str(yaml), str(picture), str(models / "gone.jpg")]) == 1
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert lines[0].startswith("Cars (detect): ")
    assert lines[1] == (
        "  input 'images' [1, 3, 128, 128], float32: 128×128 px, NCHW, RGB, letterbox"
    )
    assert lines[2] == "  output (yolov8): 'output0' [1, 6, 1]"
    assert lines[3:5] == ["  class 0 → objects: car", "  class 1 → objects: bus"]
    proposed = json.loads(lines[5])
    assert proposed["scores"] == {"objects": [0.9]} and proposed["confidence"] == 0.9
    (box,) = proposed["answer"]["objects"]
    found = (box["x"], box["y"], box["x"] + box["w"], box["y"] + box["h"])
    assert np.allclose(found, RECTS[1], atol=1.5)
    assert "gone.jpg" in err and "No such file" in err


def test_a_bad_model_ends_the_command_in_one_line(
    models: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = models / "bad.yaml"
    bad.write_text("task: detect\n", encoding="utf-8")
    args = ["preannotate", "--model", str(bad), "--project", "p", "--server", "http://x"]
    assert cli.main(args) == 1
    err = capsys.readouterr().err
    assert err.startswith("labeler-onnx: ") and "model: is required" in err
    assert len(err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("where", "said"),
    [
        (["--server", "ftp://host"], "not a task server address: 'ftp://host'"),
        (["--server", "http://127.0.0.1:9"], "--server needs --token (a lead's API token)"),
        ([], "say where the project is: --server URL --token TOKEN, or --database URL"),
    ],
)
def test_a_wrong_server_ends_the_command_in_one_line(
    yaml: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    where: list[str],
    said: str,
) -> None:
    monkeypatch.delenv("LABELER_TOKEN", raising=False)
    args = ["preannotate", "--model", str(yaml), "--project", "p", *where]
    assert cli.main(args) == 1
    assert capsys.readouterr().err == f"labeler-onnx: {said}\n"


def test_preannotate_a_project_on_a_task_server(
    server: LiveServer, lead: User, yaml: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    car = {"label": "car", "x": 1, "y": 1, "w": 5, "h": 5}
    project, ids = make_project(
        lead.caller,
        [
            {},  # 0: gets the model's prefill
            {"prefill": {"scene": "rural"}},  # 1: keeps its scene beside the model's boxes
            {"prefill": {"objects": [car]}},  # 2: a prefill of the model's field: left
            {},  # 3: answered: left
            {},  # 4: skipped by an annotator: the server keeps its prefill
            {"gold": {"answer": {"objects": []}, "hint": "none"}},  # 5: gold gets one too
        ],
    )
    answer(server, project, {ids[3]: {"objects": []}, ids[4]: None})
    args = ["preannotate", "--model", str(yaml), "--project", project]
    args += ["--server", server.url, "--token", lead.token, "--chunk", "2"]
    assert cli.main(args) == 0
    out = capsys.readouterr().out
    assert f"project {project}, model Cars:" in out
    assert "6 items: 4 to propose for; 1 answered (left as they are), 1 with a prefill" in out
    assert "4 run, 4 proposed, 3 prefills stored, 1 kept theirs (answered or skipped)" in out
    assert "confidence: lowest 0.90, median 0.90" in out

    items = stored(server, lead, project)
    for n in (0, 1, 5):
        assert items[ids[n]].prefill_confidence == 0.9
        assert np.allclose(_box(items[ids[n]]), RECTS[n % len(RECTS)], atol=1.5)
    assert items[ids[1]].prefill["scene"] == "rural"
    assert (items[ids[2]].prefill, items[ids[2]].prefill_confidence) == ({"objects": [car]}, None)
    assert (items[ids[4]].prefill, items[ids[4]].prefill_confidence) == (None, None)

    # Again: the items with the model's prefill are left (the skipped one is proposed
    # again, and kept by the server again); --replace proposes for them all again.
    assert cli.main(args) == 0
    assert "1 to propose for; 1 answered (left as they are), 4 with a prefill" in (
        capsys.readouterr().out
    )
    assert cli.main([*args, "--replace"]) == 0
    assert "5 run, 5 proposed, 4 prefills stored" in capsys.readouterr().out
    assert stored(server, lead, project)[ids[2]].prefill_confidence == 0.9


def test_a_cancel_mid_run_sends_what_was_proposed(
    server: LiveServer, lead: User, yaml: Path
) -> None:
    project, ids = make_project(lead.caller, [{} for _ in range(6)])
    api = TaskServer(server.url, lead.token)
    model = load_model(yaml)
    cancel = threading.Event()

    def report(done: int, todo: int, summary: Any) -> None:
        if done == 2:
            cancel.set()

    try:
        summary = preannotate_project(api, project, model, cancel=cancel, report=report)
    finally:
        api.close()
    assert (summary.cancelled, summary.run, summary.proposed, summary.updated) == (True, 2, 2, 2)
    items = stored(server, lead, project)
    assert [items[i].prefill_confidence for i in ids] == [0.9, 0.9, None, None, None, None]


def test_ctrl_c_stops_the_command_which_says_so(
    server: LiveServer,
    lead: User,
    yaml: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    project, ids = make_project(lead.caller, [{} for _ in range(5)])
    shown = cli._Line.report

    def report(line: Any, done: int, todo: int, summary: Any) -> None:
        shown(line, done, todo, summary)
        if done == 3:
            os.kill(os.getpid(), signal.SIGINT)  # Ctrl+C, as a terminal sends it

    monkeypatch.setattr(cli._Line, "report", report)
    args = ["preannotate", "--model", str(yaml), "--project", project]
    assert cli.main([*args, "--server", server.url, "--token", lead.token]) == cli.INTERRUPTED
    out, err = capsys.readouterr()
    assert "stopping after this item (Ctrl+C again: at once)" in err
    assert "3 run, 3 proposed, 3 prefills stored" in out
    assert "stopped after 3 of 5 items: run it again for the rest" in out
    items = stored(server, lead, project)
    assert [items[i].prefill_confidence for i in ids] == [0.9, 0.9, 0.9, None, None]


def test_a_second_ctrl_c_stops_at_once() -> None:
    before = signal.getsignal(signal.SIGINT)
    with cli.interrupts() as cancel:
        os.kill(os.getpid(), signal.SIGINT)
        assert cancel.is_set()
        with pytest.raises(KeyboardInterrupt):
            os.kill(os.getpid(), signal.SIGINT)
    assert signal.getsignal(signal.SIGINT) is before
