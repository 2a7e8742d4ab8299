"""`labeler import` and `labeler export` against a real task server (`labeler serve` on
loopback) and straight on its database: a COCO dataset in as prefill, annotators confirm
or correct it, YOLO out."""

from __future__ import annotations

import io
import json
import uuid
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import yaml
from PIL import Image

from labeler.cli import main
from tests.client.conftest import Caller, LiveServer, User

SCHEMA: dict[str, Any] = {
    "title": "Vehicles",
    "media": "image",
    "fields": [
        {"name": "objects", "kind": "boxes", "labels": [{"value": "car"}, {"value": "bus"}]},
        {
            "name": "scene",
            "kind": "choice",
            "required": False,
            "labels": [{"value": "day"}, {"value": "night"}],
        },
    ],
}


def _now() -> str:
    return datetime.now(UTC).isoformat().replace("+00:00", "Z")


def _dataset(root: Path) -> Path:
    """A COCO dataset as exporters lay it out: `images/` and `annotations/instances.json`,
    three JPEGs of 200×100, boxes on two of them, the third with none."""
    (root / "images").mkdir(parents=True)
    for n, colour in enumerate(["red", "green", "blue"], start=1):
        Image.new("RGB", (200, 100), colour).save(root / "images" / f"{n:04}.jpg", quality=85)
    coco = {
        "images": [
            {"id": n, "file_name": f"{n:04}.jpg", "width": 200, "height": 100} for n in (1, 2, 3)
        ],
        "categories": [{"id": 7, "name": "car"}, {"id": 9, "name": "bus"}],
        "annotations": [
            {
                "id": 1,
                "image_id": 1,
                "category_id": 7,
                "bbox": [10, 10, 50, 40],
                "iscrowd": 0,
                "area": 2000,
            },
            {
                "id": 2,
                "image_id": 1,
                "category_id": 9,
                "bbox": [100, 20, 80, 60],
                "iscrowd": 0,
                "area": 4800,
            },
            {
                "id": 3,
                "image_id": 2,
                "category_id": 7,
                "bbox": [0, 0, 20, 20],
                "iscrowd": 0,
                "area": 400,
            },
        ],
    }
    (root / "annotations").mkdir()
    (root / "annotations" / "instances.json").write_text(json.dumps(coco))
    return root


def _project(lead: Caller) -> str:
    body = {"name": f"Vehicles {uuid.uuid4().hex[:6]}", "schema": SCHEMA, "review_rate": 0}
    r = lead.post("/projects", json=body)
    assert r.status_code == 201, r.text
    pid = str(r.json()["id"])
    r = lead.patch(f"/projects/{pid}", json={"review_rate": 0.0})
    return pid


def _server_args(server: LiveServer, user: User) -> list[str]:
    return ["--server", server.url.removesuffix("/api/v1"), "--token", user.token]


def test_coco_in_as_prefill_corrected_then_yolo_out(
    server: LiveServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lead_user = User(server, ["lead"])
    pid = _project(lead_user.caller)
    data = _dataset(tmp_path / "coco")
    connection = _server_args(server, lead_user)

    assert main(["import", pid, str(data), "--format", "coco", "--dry-run", *connection]) == 0
    plan = capsys.readouterr().out  # on standard output: `--dry-run > plan.txt` keeps it
    assert "3 images" in plan and "2 with prefill" in plan
    assert main(["import", pid, str(data), "--format", "coco", *connection]) == 0
    assert "3 items created" in capsys.readouterr().out

    # Annotators are offered the boxes as prefill, confirm one item and correct another.
    annotator = User(server, ["annotator"])
    batch = annotator.caller.post(f"/projects/{pid}/batches", json={"size": 10}).json()
    by_source: dict[str, dict[str, Any]] = {}
    items = lead_user.caller.get(f"/projects/{pid}/items", params={"limit": 50}).json()["items"]
    sources = {i["id"]: i["source"] for i in items}
    for item in batch["items"]:
        by_source[sources[item["id"]]] = item
    first = by_source["images/0001.jpg"]
    assert first["prefill"]["objects"] == [
        {"label": "car", "x": 10, "y": 10, "w": 50, "h": 40},
        {"label": "bus", "x": 100, "y": 20, "w": 80, "h": 60},
    ]
    assert (
        "prefill" not in by_source["images/0003.jpg"] or not by_source["images/0003.jpg"]["prefill"]
    )
    answers = {
        "images/0001.jpg": {**first["prefill"], "scene": "day"},  # confirmed as proposed
        "images/0002.jpg": {  # the proposed car moved
            "objects": [{"label": "car", "x": 40, "y": 50, "w": 20, "h": 20}],
            "scene": "night",
        },
        "images/0003.jpg": {"objects": [], "scene": "day"},
    }
    for source, answer in answers.items():
        body = {
            "id": str(uuid.uuid4()),
            "batch_id": batch["id"],
            "item_id": by_source[source]["id"],
            "schema_version": 1,
            "answer": answer,
            "started_at": _now(),
            "submitted_at": _now(),
            "active_ms": 3000,
        }
        r = annotator.caller.post("/submissions", json=body)
        assert r.status_code == 201, r.text

    out = tmp_path / "yolo.zip"
    args = ["export", pid, "--format", "yolo-detect", "--images", "--out", str(out)]
    assert main([*args, "--val-fraction", "0", *connection]) == 0
    captured = capsys.readouterr()
    assert "not held: field 'scene' (choice)" in captured.err
    assert f"wrote {out}" in captured.out
    with zipfile.ZipFile(out) as z:
        names = set(z.namelist())
        assert yaml.safe_load(z.read("data.yaml"))["names"] == {0: "car", 1: "bus"}
        one = z.read("labels/train/0001.txt").decode().split("\n")
        assert one[:2] == [
            "0 0.175000 0.300000 0.250000 0.400000",
            "1 0.700000 0.500000 0.400000 0.600000",
        ]
        two = z.read("labels/train/0002.txt").decode().split()
        assert two == ["0", "0.250000", "0.600000", "0.100000", "0.200000"]
        assert z.read("labels/train/0003.txt") == b""  # a background image
        assert "images/train/0001.jpg" in names
        image = Image.open(io.BytesIO(z.read("images/train/0001.jpg")))
        assert image.size == (200, 100)


def test_gold_import_and_a_problem_per_item(
    server: LiveServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lead_user = User(server, ["lead"])
    pid = _project(lead_user.caller)
    data = _dataset(tmp_path / "coco")
    doc = json.loads((data / "annotations" / "instances.json").read_text())
    doc["annotations"].append(
        {"id": 4, "image_id": 2, "category_id": 9, "bbox": [150, 50, 400, 400], "iscrowd": 0}
    )
    (data / "annotations" / "instances.json").write_text(json.dumps(doc))
    connection = _server_args(server, lead_user)
    assert main(["import", pid, str(data), "--format", "coco", "--as", "gold", *connection]) == 0
    captured = capsys.readouterr()
    assert "refused images/0002.jpg" in captured.out
    assert "annotations[3]: box 'bus': reaches past the image height" in captured.out
    assert "2 items created" in captured.out
    items = lead_user.caller.get(f"/projects/{pid}/items", params={"limit": 50}).json()["items"]
    gold = {i["source"]: i for i in items}
    assert set(gold) == {"images/0001.jpg", "images/0003.jpg"}
    out = tmp_path / "gold.json"
    assert (
        main(
            ["export", pid, "--format", "coco", "--answers", "gold", "--out", str(out), *connection]
        )
        == 0
    )
    exported = json.loads(out.read_text())
    assert sorted(a["bbox"] for a in exported["annotations"]) == [
        [10, 10, 50, 40],
        [100, 20, 80, 60],
    ]


def test_export_straight_from_the_database(
    server: LiveServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lead_user = User(server, ["lead"])
    pid = _project(lead_user.caller)
    connection = _server_args(server, lead_user)
    assert (
        main(
            [
                "import",
                pid,
                str(_dataset(tmp_path / "coco")),
                "--format",
                "coco",
                "--as",
                "gold",
                *connection,
            ]
        )
        == 0
    )
    out = tmp_path / "voc.zip"
    database = ["--database", server.database, "--media", str(server.root / "media")]
    assert (
        main(["export", pid, "--format", "voc", "--answers", "gold", "--out", str(out), *database])
        == 0
    )
    with zipfile.ZipFile(out) as z:
        # The third image's gold says "nothing here": an annotation without objects.
        assert sorted(n for n in z.namelist() if n.endswith(".xml")) == [
            "Annotations/images/0001.xml",
            "Annotations/images/0002.xml",
            "Annotations/images/0003.xml",
        ]
    assert (
        main(["export", pid, "--format", "voc", "--out", str(out), *database, "--user", "nobody"])
        == 2
    )
    assert "no active user 'nobody'" in capsys.readouterr().err


def test_bad_requests_are_one_line(
    server: LiveServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lead_user = User(server, ["lead"])
    pid = _project(lead_user.caller)
    connection = _server_args(server, lead_user)
    out = str(tmp_path / "x")
    assert main(["export", pid, "--format", "gif", "--out", out, *connection]) == 2
    assert "format: must be one of jsonl, coco" in capsys.readouterr().err
    assert main(["export", pid, "--format", "coco", "--out", out]) == 2
    assert "--server URL --token TOKEN, or --database URL" in capsys.readouterr().err
    assert main(["import", pid, str(tmp_path), "--format", "conll-nope", *connection]) == 2
    assert "no format is called 'conll-nope'" in capsys.readouterr().err
    assert main(["import", pid, str(tmp_path / "none"), "--format", "coco", *connection]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert not Path(out).exists()


def test_a_required_field_the_format_lacks_is_said_once(
    server: LiveServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lead_user = User(server, ["lead"])
    schema = {**SCHEMA, "fields": [SCHEMA["fields"][0], {**SCHEMA["fields"][1], "required": True}]}
    r = lead_user.caller.post("/projects", json={"name": "Strict", "schema": schema})
    pid = r.json()["id"]
    connection = _server_args(server, lead_user)
    data = str(_dataset(tmp_path / "coco"))
    assert main(["import", pid, data, "--format", "coco", "--dry-run", *connection]) == 0
    err = capsys.readouterr().out
    assert "2 items are held back: field 'scene' (choice) is required" in err
    assert "refused images/0001.jpg: its prefill answer is not whole" in err
    assert (
        main(["import", pid, data, "--format", "coco", "--as", "gold", "--dry-run", *connection])
        == 0
    )
    err = capsys.readouterr().out
    assert "2 items are held back: field 'scene'" in err
    assert "refused images/0001.jpg: its gold answer is not whole" in err


ENTITIES: dict[str, Any] = {
    "title": "Entities",
    "media": "text",
    "fields": [
        {"name": "entities", "kind": "spans", "labels": [{"value": "PER"}, {"value": "LOC"}]}
    ],
}


def test_conll_in_as_gold_and_out_again_the_same(
    server: LiveServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lead_user = User(server, ["lead"])
    r = lead_user.caller.post("/projects", json={"name": "Entities", "schema": ENTITIES})
    pid = r.json()["id"]
    connection = _server_args(server, lead_user)
    source = tmp_path / "in.conll"
    source.write_text(
        "-DOCSTART-\tO\n\nعمران\tB-PER\nخان\tI-PER\nلاہور\tB-LOC\nگئے\tO\n۔\tO\n\n"
        "-DOCSTART-\tO\n\nAmna\tB-PER\nflew\tO\nto\tO\nKarachi\tB-LOC\n\n",
        encoding="utf-8",
    )
    args = ["import", pid, str(source), "--format", "conll", "--as", "gold", *connection]
    assert main(args) == 0
    assert "2 items created" in capsys.readouterr().out
    items = lead_user.caller.get(f"/projects/{pid}/items", params={"limit": 10}).json()["items"]
    texts = {i["text"]: i["gold"]["answer"] for i in items}
    assert set(texts) == {"عمران خان لاہور گئے ۔", "Amna flew to Karachi"}
    assert texts["Amna flew to Karachi"]["entities"] == [
        {"label": "PER", "start": 0, "end": 4},
        {"label": "LOC", "start": 13, "end": 20},
    ]
    out = tmp_path / "out.conll"
    args = ["export", pid, "--format", "conll", "--answers", "gold", "--out", str(out)]
    assert main([*args, *connection]) == 0
    assert out.read_text(encoding="utf-8") == source.read_text(encoding="utf-8")


def test_a_turned_photo_keeps_upright_coordinates_through_import_and_export(
    server: LiveServer, tmp_path: Path
) -> None:
    """A JPEG stored 200×100 with EXIF orientation 6 shows 100×200: the COCO file gives
    that size; the YOLO labels divide by it, and OpenCV (what Ultralytics reads images
    with) decodes the exported file upright, at that size."""
    import cv2
    import numpy as np

    lead_user = User(server, ["lead"])
    pid = _project(lead_user.caller)
    root = tmp_path / "turned"
    root.mkdir()
    exif = Image.Exif()
    exif[0x0112] = 6
    Image.new("RGB", (200, 100), "white").save(root / "photo.jpg", exif=exif)
    coco = {
        "images": [{"id": 1, "file_name": "photo.jpg", "width": 100, "height": 200}],
        "categories": [{"id": 1, "name": "car"}],
        "annotations": [
            {"id": 1, "image_id": 1, "category_id": 1, "bbox": [10, 150, 50, 40], "iscrowd": 0}
        ],
    }
    (root / "instances.json").write_text(json.dumps(coco))
    connection = _server_args(server, lead_user)
    assert main(["import", pid, str(root), "--format", "coco", "--as", "gold", *connection]) == 0
    out = tmp_path / "yolo.zip"
    args = ["export", pid, "--format", "yolo-detect", "--answers", "gold", "--images"]
    assert main([*args, "--val-fraction", "0", "--out", str(out), *connection]) == 0
    with zipfile.ZipFile(out) as z:
        label = z.read("labels/train/photo.txt").decode().split()
        picture = np.frombuffer(z.read("images/train/photo.jpg"), np.uint8)
    assert label == ["0", "0.350000", "0.850000", "0.500000", "0.200000"]
    height, width = cv2.imdecode(picture, cv2.IMREAD_COLOR).shape[:2]
    assert (width, height) == (100, 200)


def test_an_export_as_the_first_admin_says_what_it_leaves_out(
    server: LiveServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without --user a database export runs as the first admin, who may still answer the
    items that are not complete: their answers are left out, and the report says so."""
    lead_user = User(server, ["lead"])
    pid = _project(lead_user.caller)
    assert lead_user.caller.patch(f"/projects/{pid}", json={"overlap": 2}).status_code == 200
    connection = _server_args(server, lead_user)
    data = str(_dataset(tmp_path / "coco"))
    assert main(["import", pid, data, "--format", "coco", *connection]) == 0
    annotator = User(server, ["annotator"])
    batch = annotator.caller.post(f"/projects/{pid}/batches", json={"size": 10}).json()
    for item in batch["items"]:  # one answer of the two each item wants
        body = {
            "id": str(uuid.uuid4()),
            "batch_id": batch["id"],
            "item_id": item["id"],
            "schema_version": 1,
            "answer": {"objects": [], "scene": "day"},
            "started_at": _now(),
            "submitted_at": _now(),
            "active_ms": 3000,
        }
        assert annotator.caller.post("/submissions", json=body).status_code == 201
    capsys.readouterr()

    out = tmp_path / "all.json"
    database = ["--database", server.database, "--media", str(server.root / "media")]
    export = ["export", pid, "--format", "coco", "--answers", "all", "--out", str(out)]
    assert main([*export, *database]) == 0
    err = capsys.readouterr().err
    assert "0 items" in err
    assert "3 items: left out: you may still answer it" in err
    assert json.loads(out.read_text())["annotations"] == []

    assert main([*export, *database, "--user", lead_user.username]) == 0
    err = capsys.readouterr().err
    assert "3 items" in err and "you may still answer" not in err
