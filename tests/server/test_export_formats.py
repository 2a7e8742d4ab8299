"""Exports in the field's formats: `GET /projects/{id}/export?format=F` and its report."""

from __future__ import annotations

import io
import json
import threading
import zipfile
from pathlib import Path
from typing import Any

import pytest
import yaml

from labeler.core.formats.base import SEVERAL_ACCEPTED, WAITING_FOR_REVIEW
from labeler.core.i18n import said_from_json
from labeler.server.services import export_formats
from labeler.server.services.media_store import media_path
from tests.server.factories import IMAGE_SCHEMA, add_items, make_media, make_project
from tests.server.factory import add_submission

CAR = {"label": "car", "x": 10, "y": 20, "w": 100, "h": 50}
BUS = {"label": "car", "x": 300, "y": 200, "w": 40, "h": 40}


def _answer(*boxes: dict[str, Any], scene: str = "urban") -> dict[str, Any]:
    return {"scene": scene, "objects": list(boxes)}


@pytest.fixture
def boxes(database: Any, make_api: Any, settings: Any) -> dict[str, Any]:
    """Three image items 640×480 with a real file behind their media: the first accepted
    twice (two annotators), the second pending, the third rejected; one gold item."""
    media = make_media(database)
    path = media_path(settings.media_dir, media.sha256)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\x89PNG fake bytes of the picture")
    world = make_project(database, real=3, schema=IMAGE_SCHEMA, media=media)
    world.gold_ids = add_items(
        database, world.project_id, 1, gold=True, media=media, answer=_answer(BUS, scene="rural")
    )
    a, b = make_api("annotator"), make_api("annotator")
    skill = world.project_id
    first, second, third = world.real_ids
    add_submission(database, a.user["id"], world.project_id, first, _answer(CAR), skill=skill)
    add_submission(database, b.user["id"], world.project_id, first, _answer(CAR, BUS), skill=skill)
    add_submission(
        database,
        a.user["id"],
        world.project_id,
        second,
        _answer(BUS),
        skill=skill,
        status="pending",
    )
    add_submission(
        database,
        b.user["id"],
        world.project_id,
        third,
        _answer(CAR),
        skill=skill,
        status="rejected",
    )
    return {"world": world, "a": a, "b": b, "media": media, "database": database}


def _export(lead: Any, project_id: str, query: str) -> Any:
    r = lead.get(f"/projects/{project_id}/export?{query}")
    assert r.status_code == 200, r.text
    return r


def test_coco_export_of_accepted_answers_loads_in_pycocotools(
    boxes: dict[str, Any], lead: Any, tmp_path: Path
) -> None:
    from pycocotools.coco import COCO

    world = boxes["world"]
    r = _export(lead, world.project_id, "format=coco")
    assert r.headers["content-type"].startswith("application/json")
    assert f'filename="{world.project_id}-coco.json"' in r.headers["content-disposition"]
    path = tmp_path / "instances.json"
    path.write_bytes(r.content)
    coco = COCO(str(path))
    assert len(coco.imgs) == 1  # only the first item has an accepted answer
    (image,) = coco.imgs.values()
    assert (image["width"], image["height"]) == (640, 480)
    assert image["file_name"] == f"{world.real_ids[0]}.png"
    # The latest accepted answer (b's, two boxes) is exported.
    found = sorted(a["bbox"] for a in coco.loadAnns(coco.getAnnIds(imgIds=[image["id"]])))
    assert found == [[10, 20, 100, 50], [300, 200, 40, 40]]


def test_the_report_says_what_the_format_and_the_choice_left_out(
    boxes: dict[str, Any], lead: Any
) -> None:
    from sqlalchemy import update

    from labeler.server.models import Item

    world = boxes["world"]
    with boxes["database"].transaction() as session:
        where = Item.id == world.real_ids[0]
        session.execute(update(Item).where(where).values(source="street/0001.jpg"))
    r = lead.get(f"/projects/{world.project_id}/export/report?format=coco")
    assert r.status_code == 200, r.text
    report = r.json()
    assert (report["format"], report["answers"], report["items"]) == ("coco", "accepted", 1)
    kinds = {(line["field"], line["kind"]): line for line in report["not_held"]}
    assert kinds[("scene", "choice")]["count"] == 1
    (several,) = [line for line in report["not_held"] if "several accepted" in line["why"]]
    assert several["examples"] == [world.real_ids[0]] and "latest" in several["why"]
    # The second item's one answer waits for review: said, not silently left out.
    waiting = [line for line in report["not_held"] if "wait for review" in line["why"]]
    assert [w["examples"] for w in waiting] == [[world.real_ids[1]]]
    # The sentences name items as the lead imported them; `examples` keeps their ids.
    assert any("several accepted answers" in line for line in report["lines"])
    named = [line for line in report["lines"] if "wait for review" not in line]
    assert all("(e.g. street/0001.jpg)" in line for line in named)
    # Each line's words beside it, for a workbench to say it in its language.
    assert len(report["said"]) == len(report["lines"])
    for said, line in zip(report["said"], report["lines"], strict=True):
        assert said_from_json(said, line) == line
    whys = [said["params"]["why"]["template"] for said in report["said"]]
    assert WAITING_FOR_REVIEW in whys and SEVERAL_ACCEPTED in whys


def test_every_submission_names_its_annotator(boxes: dict[str, Any], lead: Any) -> None:
    world = boxes["world"]
    coco = _export(lead, world.project_id, "format=coco&answers=all").json()
    annotators = sorted({a["labeler_annotator"] for a in coco["annotations"]})
    assert annotators == sorted([boxes["a"].user["username"], boxes["b"].user["username"]])
    # a's pending and b's rejected answers are submissions too: all three items.
    assert len(coco["images"]) == 3


def test_consensus_merges_accepted_and_pending_answers(boxes: dict[str, Any], lead: Any) -> None:
    world = boxes["world"]
    coco = _export(lead, world.project_id, "format=coco&answers=consensus").json()
    by_image: dict[int, list[list[float]]] = {}
    for a in coco["annotations"]:
        by_image.setdefault(a["image_id"], []).append(a["bbox"])
    names = {i["id"]: i["file_name"] for i in coco["images"]}
    assert sorted(names.values()) == sorted(f"{i}.png" for i in boxes["world"].real_ids[:2])
    first = next(k for k, v in names.items() if v.startswith(world.real_ids[0]))
    # Both annotators drew the car; only one of two the bus: the car stays.
    assert [10, 20, 100, 50] in by_image[first]
    # The second item has one (pending) answer: it is its own consensus.
    second = next(k for k, v in names.items() if v.startswith(world.real_ids[1]))
    assert by_image[second] == [[300, 200, 40, 40]]


def test_gold_answers_of_gold_items(boxes: dict[str, Any], lead: Any) -> None:
    world = boxes["world"]
    coco = _export(lead, world.project_id, "format=coco&answers=gold").json()
    assert [i["file_name"] for i in coco["images"]] == [f"{world.gold_ids[0]}.png"]
    assert [a["bbox"] for a in coco["annotations"]] == [[300, 200, 40, 40]]


def test_yolo_comes_as_a_zip_with_images_and_the_report(boxes: dict[str, Any], lead: Any) -> None:
    world = boxes["world"]
    r = _export(lead, world.project_id, "format=yolo-detect&images=true&val_fraction=0")
    assert r.headers["content-type"] == "application/zip"
    with zipfile.ZipFile(io.BytesIO(r.content)) as z:
        names = z.namelist()
        assert names[-1] == export_formats.REPORT_MEMBER
        data = yaml.safe_load(z.read("data.yaml"))
        assert data["names"] == {0: "car"}
        stem = world.real_ids[0]
        label = z.read(f"labels/train/{stem}.txt").decode().splitlines()
        assert label[0].split() == ["0", "0.093750", "0.093750", "0.156250", "0.104167"]
        assert z.read(f"images/train/{stem}.png") == b"\x89PNG fake bytes of the picture"
        report = json.loads(z.read(export_formats.REPORT_MEMBER))
        assert report["format"] == "yolo-detect" and report["items"] == 1
        assert any(line["field"] == "scene" for line in report["not_held"])


def test_a_large_project_streams_in_item_order(database: Any, lead: Any, make_api: Any) -> None:
    media = make_media(database, 100, 100)
    world = make_project(database, real=1203, schema=IMAGE_SCHEMA, media=media, review_rate=0.0)
    a = make_api("annotator")
    for item_id in world.real_ids[::100]:
        add_submission(
            database, a.user["id"], world.project_id, item_id, _answer(CAR), skill=world.project_id
        )
    r = _export(lead, world.project_id, "format=voc")
    with zipfile.ZipFile(io.BytesIO(r.content)) as z:
        members = [n for n in z.namelist() if n.endswith(".xml")]
    assert members == [f"Annotations/{i}.xml" for i in world.real_ids[::100]]


@pytest.mark.parametrize(
    ("query", "param"),
    [
        ("format=gif", "format"),
        ("format=conll_nope", "format"),
        ("format=coco&images=true", "images"),
        ("format=jsonl&answers=gold", "format"),
        ("format=coco&answers=best", "answers"),
        ("format=yolo-detect&val_fraction=2", "val_fraction"),
    ],
)
def test_refusals_name_the_parameter(
    boxes: dict[str, Any], lead: Any, query: str, param: str
) -> None:
    world = boxes["world"]
    for path in ("export", "export/report"):
        r = lead.get(f"/projects/{world.project_id}/{path}?{query}")
        assert r.status_code == 400, (path, r.text)
        assert r.json()["error"]["code"] == "invalid_request"
        assert param in r.text


def test_a_format_of_other_media_is_refused(database: Any, lead: Any, annotator: Any) -> None:
    world = make_project(database, real=1)  # a text project
    r = lead.get(f"/projects/{world.project_id}/export?format=coco")
    assert r.status_code == 400 and "text" in r.json()["error"]["message"] + r.text
    assert annotator.get(f"/projects/{world.project_id}/export?format=coco").status_code == 403
    assert lead.get("/projects/nope/export?format=coco").status_code == 404
    assert lead.get("/projects/nope/export/report?format=coco").status_code == 404


def test_a_reader_that_goes_away_stops_the_writer() -> None:
    pipe = export_formats._Pipe()
    stopped = threading.Event()

    def produce() -> None:
        try:
            while True:
                pipe.write(b"x" * export_formats.CHUNK_BYTES)
        finally:
            stopped.set()

    pipe.start(produce)
    chunks = pipe.chunks()
    assert len(next(chunks)) == export_formats.CHUNK_BYTES
    chunks.close()
    assert stopped.wait(10)


def test_a_writer_error_reaches_the_reader() -> None:
    pipe = export_formats._Pipe()

    def produce() -> None:
        pipe.write(b"start")
        raise RuntimeError("disk gone")

    pipe.start(produce)
    with pytest.raises(RuntimeError, match="disk gone"):
        list(pipe.chunks())


def test_an_empty_gold_answer_is_exported_as_an_image_with_nothing_on_it(
    database: Any, lead: Any
) -> None:
    from sqlalchemy import update

    from labeler.server.models import Item

    media = make_media(database, 100, 100)
    world = make_project(database, real=0, gold=1, schema=IMAGE_SCHEMA, media=media)
    with database.transaction() as session:
        session.execute(update(Item).where(Item.id == world.gold_ids[0]).values(gold_answer={}))
    coco = _export(lead, world.project_id, "format=coco&answers=gold").json()
    assert [i["file_name"] for i in coco["images"]] == [f"{world.gold_ids[0]}.png"]
    assert coco["annotations"] == []


def test_a_whole_transcript_cue_ends_at_the_audio_s_duration(
    database: Any, lead: Any, make_api: Any
) -> None:
    import hashlib
    import uuid as uuid_

    from labeler.server.models import Media

    schema = {
        "title": "Calls",
        "media": "audio",
        "fields": [{"name": "transcript", "kind": "transcript"}],
    }
    sha = hashlib.sha256(uuid_.uuid4().bytes).hexdigest()
    media = Media(sha256=sha, mime="audio/x-wav", bytes=100, duration=12.5)
    with database.transaction() as session:
        session.add(media)
    world = make_project(database, real=1, schema=schema, media=media)
    a = make_api("annotator")
    add_submission(
        database,
        a.user["id"],
        world.project_id,
        world.real_ids[0],
        {"transcript": "Hello."},
        skill=world.project_id,
    )
    r = _export(lead, world.project_id, "format=webvtt")
    with zipfile.ZipFile(io.BytesIO(r.content)) as z:
        (name,) = [n for n in z.namelist() if n.endswith(".vtt")]
        assert "00:00:00.000 --> 00:00:12.500\nHello." in z.read(name).decode()
