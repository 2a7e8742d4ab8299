"""Label Studio JSON: round trip on every media, Label Studio's own converter reading our
export (into COCO and YOLO that agree with ours, and CoNLL on the right words), files Label
Studio wrote, and hostile files (a problem each, never an exception).

The converter is `label-studio-converter`, the standalone form of `label_studio_sdk.converter`
(same `Converter` and the same COCO, YOLO and CoNLL code): the SDK pins NumPy and
OpenCV below the versions this project runs on (docs/adr/0001-dependencies.md).
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest
import yaml

from labeler.core import formats
from labeler.core.formats import (
    ExportEntry,
    ImportResult,
    MemorySink,
    MemorySource,
    Size,
    WriteOptions,
)
from labeler.core.formats.labelstudio_read import media_names
from labeler.core.lsconfig import import_labelstudio
from labeler.core.schema import Schema, parse_schema

LS = formats.get("labelstudio")
EXPORTS = Path(__file__).resolve().parents[1] / "data" / "labelstudio" / "exports"


def labels(*values: str) -> list[dict[str, str]]:
    return [{"value": v} for v in values]


IMAGE = parse_schema(
    {
        "media": "image",
        "fields": [
            {"name": "objects", "kind": "boxes", "labels": labels("car", "person")},
            {"name": "outlines", "kind": "polygons", "labels": labels("car", "road")},
            {"name": "spots", "kind": "points", "labels": labels("eye")},
            {"name": "scene", "kind": "choice", "labels": labels("day", "night")},
            {"name": "tags", "kind": "multichoice", "labels": labels("rain", "fog")},
            {"name": "quality", "kind": "rating", "min": 0, "max": 4},
            {"name": "note", "kind": "text"},
        ],
    }
)
SIZES = {"street/0001.jpg": Size(640, 480), "0002.png": Size(300, 200), "empty.jpg": Size(50, 40)}
IDS = {"street/0001.jpg": "it1", "0002.png": "it2", "empty.jpg": "it3"}


def image_answers() -> dict[str, dict[str, Any] | None]:
    return {
        "street/0001.jpg": {
            "objects": [
                {"label": "car", "x": 10, "y": 20, "w": 100.5, "h": 50},
                {"label": "person", "x": 0.1, "y": 7.25, "w": 3.3, "h": 1},
            ],
            "outlines": [{"label": "road", "points": [[0, 400], [640, 380.25], [640, 480]]}],
            "spots": [{"label": "eye", "x": 3, "y": 4.5}],
            "scene": "day",
            "tags": ["rain", "fog"],
            "quality": 0,
            "note": "left lane closed\nsecond line",
        },
        "0002.png": {"objects": [{"label": "car", "x": 0, "y": 0, "w": 300, "h": 200}]},
        "empty.jpg": None,
    }


def image_entries(given: dict[str, Any]) -> list[ExportEntry]:
    return [
        ExportEntry(IDS[name], name, "image", answer, SIZES[name].width, SIZES[name].height)
        for name, answer in given.items()
    ]


def export(entries: list[ExportEntry], schema: Schema = IMAGE) -> tuple[dict[str, bytes], Any]:
    sink = MemorySink()
    report = LS.write(entries, schema, sink, WriteOptions())
    return sink.files, report


def read(
    files: dict[str, bytes], schema: Schema = IMAGE, images: dict[str, Size] | None = None
) -> ImportResult:
    return LS.read(MemorySource(files), schema, images)


def tasks(files: dict[str, bytes]) -> list[dict[str, Any]]:
    return json.loads(files["tasks.json"])


def problems(result: ImportResult) -> list[tuple[str, str, str]]:
    return [(p.file, p.at, p.message) for p in result.problems]


# -- round trip ------------------------------------------------------------------------------


def test_image_export_import_export_gives_the_same_files() -> None:
    first, report = export(image_entries(image_answers()))
    assert set(first) == {"tasks.json", "config.xml"} and report.not_held == []
    for images in (dict(SIZES), None):
        result = read(first, images=images)
        assert result.problems == [] and result.incomplete == {}
        assert result.answers == {k: v for k, v in image_answers().items() if v is not None}
        again, _ = export(image_entries({**image_answers(), **result.answers}))
        assert again == first


def test_a_project_made_from_the_config_takes_the_tasks_and_gives_them_back() -> None:
    first, _ = export(image_entries(image_answers()))
    project = parse_schema(import_labelstudio(first["config.xml"].decode()).schema)
    assert project.field("quality").min == 1  # Label Studio's stars: 0–4 here is 1–5 there
    result = read(first, project, dict(SIZES))
    assert result.problems == []
    assert result.answers["street/0001.jpg"]["quality"] == 1
    again, _ = export(image_entries({**image_answers(), **result.answers}), project)
    assert again["tasks.json"] == first["tasks.json"]


TEXT = parse_schema(
    {
        "media": "text",
        "fields": [
            {"name": "entities", "kind": "spans", "labels": labels("PER", "LOC")},
            {"name": "tone", "kind": "choice", "labels": labels("calm", "angry")},
            {"name": "comment", "kind": "text", "required": False},
        ],
    }
)
URDU = "😀 علی لاہور گیا"  # an emoji (two UTF-16 units, one code point) before the names


def test_text_round_trip_by_code_points_with_each_items_text() -> None:
    answer = {
        "entities": [
            {"label": "PER", "start": 2, "end": 5},
            {"label": "LOC", "start": 6, "end": 11},
        ],
        "tone": "calm",
        "comment": "",
    }
    entries = [ExportEntry("t1", "a.txt", "text", answer, text=URDU)]
    entries.append(ExportEntry("t2", "b.txt", "text", None, text="nothing here"))
    first, _ = export(entries, TEXT)
    spans = [r["value"] for r in tasks(first)[0]["annotations"][0]["result"][:2]]
    assert [s["text"] for s in spans] == ["علی", "لاہور"]
    result = read(first, TEXT)
    assert result.problems == []
    assert result.texts == {"task-1": URDU, "task-2": "nothing here"}
    assert result.answers == {"task-1": answer}
    again, _ = export(
        [
            ExportEntry(key, key, "text", result.answers.get(key), text=text)
            for key, text in result.texts.items()
        ],
        TEXT,
    )
    assert again == first


AUDIO = parse_schema(
    {
        "media": "audio",
        "fields": [
            {"name": "speech", "kind": "segments", "labels": labels("Speaker one", "Noise")},
            {"name": "transcript", "kind": "transcript"},
            {"name": "stars", "kind": "rating", "max": 3},
        ],
    }
)


def test_audio_round_trip_keeps_seconds_and_the_transcript() -> None:
    answer = {
        "speech": [{"label": "Speaker one", "start": 0.25, "end": 3.5}],
        "transcript": "hello there",
        "stars": 3,
    }
    first, _ = export([ExportEntry("a1", "clips/one.wav", "audio", answer)], AUDIO)
    task = tasks(first)[0]
    assert task["data"] == {"audio": "clips/one.wav"}
    assert [r["value"] for r in task["annotations"][0]["result"]] == [
        {"start": 0.25, "end": 3.5, "channel": 0, "labels": ["Speaker one"]},
        {"text": ["hello there"]},
        {"rating": 3},
    ]
    result = read(first, AUDIO, {"one.wav": 4.0})  # type: ignore[dict-item]
    assert result.problems == [] and result.answers == {"one.wav": answer}
    # An audio item is described by its duration: a segment past it is a problem.
    short = read(first, AUDIO, {"one.wav": 2.0})  # type: ignore[dict-item]
    assert "one.wav" in short.incomplete
    assert any("past the end" in p.message for p in short.problems)
    unknown = read(first, AUDIO, {"one.wav": None})  # type: ignore[dict-item]
    assert unknown.answers == {"one.wav": answer}


def test_the_config_travels_with_the_tasks_and_names_every_field() -> None:
    from label_studio_tools.core.label_config import parse_config

    files, _ = export(image_entries(image_answers()))
    config = files["config.xml"].decode()
    outputs = parse_config(config)
    assert list(outputs) == IMAGE.field_names()
    for f in IMAGE.fields:
        assert outputs[f.name]["to_name"] == ["image"]
        assert outputs[f.name]["inputs"] == [{"type": "Image", "value": "image"}]
        assert outputs[f.name]["labels"] == [label.value for label in f.labels]
    for result in tasks(files)[0]["annotations"][0]["result"]:
        assert result["from_name"] in outputs and result["to_name"] == "image"
    imported = parse_schema(import_labelstudio(config).schema)
    assert [f.name for f in imported.fields] == IMAGE.field_names()


def test_results_are_in_label_studios_shapes_and_percent() -> None:
    files, _ = export(image_entries(image_answers()))
    task = tasks(files)[0]
    assert task["id"] == 1 and task["data"] == {"image": "street/0001.jpg"}
    assert task["predictions"] == []
    annotation = task["annotations"][0]
    assert annotation["was_cancelled"] is False and annotation["ground_truth"] is False
    assert "completed_by" not in annotation
    box = annotation["result"][0]
    assert box["type"] == "rectanglelabels" and box["from_name"] == "objects"
    assert (box["original_width"], box["original_height"], box["image_rotation"]) == (640, 480, 0)
    assert box["value"] == {
        "x": 10 * 100 / 640,
        "y": 20 * 100 / 480,
        "width": 100.5 * 100 / 640,
        "height": 50 * 100 / 480,
        "rotation": 0,
        "rectanglelabels": ["car"],
    }
    by_type = {r["type"]: r["value"] for r in annotation["result"]}
    assert by_type["polygonlabels"]["points"][1] == [100.0, 380.25 * 100 / 480]
    assert by_type["keypointlabels"]["x"] == 3 * 100 / 640
    assert by_type["rating"] == {"rating": 1}  # 0 of 0–4 is the first star
    assert by_type["textarea"] == {"text": ["left lane closed\nsecond line"]}
    assert tasks(files)[2] == {
        "id": 3,
        "data": {"image": "empty.jpg"},
        "annotations": [],
        "predictions": [],
    }


def test_every_submission_is_an_annotation_with_its_annotator() -> None:
    one = {"scene": "day"}
    two = {"scene": "night"}
    entries = [
        ExportEntry("it1", "street/0001.jpg", "image", one, 640, 480, annotator="amna"),
        ExportEntry("it1", "street/0001.jpg", "image", two, 640, 480, annotator="bilal"),
    ]
    files, report = export(entries)
    assert report.entries == 2 and report.items == 1
    annotations = tasks(files)[0]["annotations"]
    assert [a["labeler_annotator"] for a in annotations] == ["amna", "bilal"]
    assert [a["id"] for a in annotations] == [1, 2]
    result = read(files, images=dict(SIZES))
    assert result.answers == {"street/0001.jpg": one}
    assert problems(result) == [
        (
            "tasks.json",
            "tasks[0].annotations[1]",
            "1 annotations beside the one read: one annotation per item is imported",
        )
    ]


def test_the_report_lists_what_cannot_be_placed() -> None:
    answer = {"objects": [{"label": "car", "x": 1, "y": 1, "w": 2, "h": 2}], "scene": "day"}
    entries = [
        ExportEntry("it9", "nosize.jpg", "image", answer),
        ExportEntry("it8", "x.jpg", "image", {"scene": "dusk", "gone": 1}, 10, 10),
    ]
    files, report = export(entries)
    assert [(n.field, n.kind, n.count) for n in report.not_held] == [
        ("objects", "boxes", 1),
        ("gone", "unknown", 1),
        ("scene", "choice", 1),
    ]
    assert [r["from_name"] for r in tasks(files)[0]["annotations"][0]["result"]] == ["scene"]
    asked = LS.write(entries, IMAGE, MemorySink(), WriteOptions(on_image=lambda *_: None))
    assert ("image", 2) in [(n.kind, n.count) for n in asked.not_held]
    text_report = export([ExportEntry("t", "t.txt", "text", {"tone": "calm"})], TEXT)[1]
    assert text_report.items == 0 and text_report.not_held[0].kind == "item"


# -- Label Studio's converter reads our export -------------------------------------------------


def _convert(tmp_path: Path, files: dict[str, bytes], how: str) -> Path:
    from label_studio_converter import Converter

    (tmp_path / "tasks.json").write_bytes(files["tasks.json"])
    converter = Converter(files["config.xml"].decode(), str(tmp_path), download_resources=False)
    out = tmp_path / how
    getattr(converter, f"convert_to_{how}")(str(tmp_path / "tasks.json"), str(out), is_dir=False)
    return out


def _close(a: list[float], b: list[float]) -> bool:
    if len(a) != len(b):
        return False
    return all(math.isclose(x, y, abs_tol=1e-6) for x, y in zip(a, b, strict=True))


def test_label_studios_coco_agrees_with_ours(tmp_path: Path) -> None:
    answers = image_answers()
    files, _ = export(image_entries(answers))
    theirs = json.loads((_convert(tmp_path, files, "coco") / "result.json").read_text())
    ours_sink = MemorySink()
    formats.get("coco").write(image_entries(answers), IMAGE, ours_sink)
    ours = json.loads(ours_sink.files["instances.json"])

    def objects(doc: dict[str, Any], kind: str) -> list[tuple[str, str, list[float]]]:
        names = {c["id"]: c["name"] for c in doc["categories"]}
        images = {i["id"]: i["file_name"].rsplit("/", 1)[-1] for i in doc["images"]}
        out = []
        for a in doc["annotations"]:
            if bool(a["segmentation"]) == (kind == "polygons") and "keypoints" not in a:
                geometry = a["segmentation"][0] if kind == "polygons" else a["bbox"]
                out.append((images[a["image_id"]], names[a["category_id"]], geometry))
        return sorted(out, key=lambda o: (o[0], o[1], o[2]))

    for kind in ("boxes", "polygons"):
        mine, converted = objects(ours, kind), objects(theirs, kind)
        assert len(mine) == {"boxes": 3, "polygons": 1}[kind]
        assert [o[:2] for o in mine] == [o[:2] for o in converted]
        assert all(_close(a[2], b[2]) for a, b in zip(mine, converted, strict=True))
    sizes = {i["file_name"].rsplit("/", 1)[-1]: (i["width"], i["height"]) for i in theirs["images"]}
    assert sizes["0001.jpg"] == (640, 480) and sizes["0002.png"] == (300, 200)
    # Categories by name: ours are the region labels; theirs every label of the config.
    assert {c["name"] for c in ours["categories"]} <= {c["name"] for c in theirs["categories"]}


def test_label_studios_yolo_agrees_with_ours(tmp_path: Path) -> None:
    answers = image_answers()
    files, _ = export(image_entries(answers))
    out = _convert(tmp_path, files, "yolo")
    their_names = (out / "classes.txt").read_text().split("\n")
    ours = MemorySink()
    formats.get("yolo-segment").write(image_entries(answers), IMAGE, ours, WriteOptions(seed=1))
    our_names = yaml.safe_load(ours.files["data.yaml"])["names"]

    def lines(text: str, names: Any) -> list[tuple[str, list[float]]]:
        rows = [line.split() for line in text.splitlines() if line.strip()]
        return sorted((names[int(r[0])], [float(v) for v in r[1:]]) for r in rows)

    for stem in ("0001", "0002"):
        theirs = lines((out / "labels" / f"{stem}.txt").read_text(), their_names)
        member = next(n for n in ours.files if n.endswith(f"/{stem}.txt"))
        mine = lines(ours.files[member].decode(), our_names)
        # Ours (segment) writes a box as its four corners; theirs its centre and size.
        boxes = [(name, _centre(v)) if len(v) == 8 else (name, v) for name, v in mine]
        assert len(boxes) == {"0001": 3, "0002": 1}[stem]
        assert [b[0] for b in sorted(boxes)] == [t[0] for t in theirs]
        assert all(_close(a[1], b[1]) for a, b in zip(sorted(boxes), theirs, strict=True))
    assert (out / "labels" / "empty.txt").read_text() == ""


def _centre(corners: list[float]) -> list[float]:
    xs, ys = corners[0::2], corners[1::2]
    w, h = max(xs) - min(xs), max(ys) - min(ys)
    return [min(xs) + w / 2, min(ys) + h / 2, w, h]


def test_label_studios_conll_tags_the_words_our_spans_cover(tmp_path: Path) -> None:
    answer = {
        "entities": [
            {"label": "PER", "start": 2, "end": 5},
            {"label": "LOC", "start": 6, "end": 11},
        ]
    }
    files, _ = export([ExportEntry("t1", "a.txt", "text", answer, text=URDU)], TEXT)
    conll = (_convert(tmp_path, files, "conll2003") / "result.conll").read_text(encoding="utf-8")
    tags = [line.split()[0::3] for line in conll.splitlines()[1:] if line.strip()]
    assert tags == [["😀", "O"], ["علی", "B-PER"], ["لاہور", "B-LOC"], ["گیا", "O"]]


# -- files Label Studio wrote ----------------------------------------------------------------


def _project(name: str) -> Schema:
    return parse_schema(import_labelstudio((EXPORTS / f"{name}.xml").read_text()).schema)


def _file(name: str) -> dict[str, bytes]:
    return {f"{name}.json": (EXPORTS / f"{name}.json").read_bytes()}


def test_an_export_label_studio_wrote_imports_with_its_config() -> None:
    schema = _project("regions")
    result = read(_file("regions"), schema, {"photos/test_image1.jpg": Size(500, 320)})
    assert result.problems == [] and result.incomplete == {} and result.predictions == {}
    assert result.answers == {
        "photos/test_image1.jpg": {
            "rectangle_label": [
                {
                    "label": "rectangle_label",
                    "x": 159.709619,
                    "y": 13.163121,
                    "w": 31.760436,
                    "h": 31.77305,
                }
            ],
            "polygon_label": [
                {
                    "label": "polygon_label",
                    "points": [
                        [208.711434, 11.347518],
                        [207.803993, 39.035461],
                        [226.860254, 39.943262],
                    ],
                }
            ],
            "keypoint_label": [
                {"label": "keypoint_label1", "x": 112.976407, "y": 101.673759},
                {"label": "keypoint_label2", "x": 88.92922, "y": 91.234043},
            ],
        }
    }
    # Without the project's images, the results' original size places them the same.
    assert read(_file("regions"), schema).answers == {
        "test_image1.jpg": result.answers["photos/test_image1.jpg"]
    }


def test_an_uploaded_image_is_found_by_its_name() -> None:
    result = read(_file("upload"), _project("upload"), {"planes/example.png": Size(128, 128)})
    assert result.problems == []
    polygon = result.answers["planes/example.png"]["label"][0]
    assert polygon["label"] == "Airplane" and polygon["points"][0] == [56.888889, 61.765079]


def test_predictions_are_prefill_and_a_box_past_its_image_is_a_problem() -> None:
    schema = parse_schema(
        {"media": "image", "fields": [{"name": "label", "kind": "boxes", "labels": labels("Car")}]}
    )
    images = {"0030019819f25b28.jpg": Size(768, 576), "00155094b7acc33b.jpg": Size(768, 510)}
    result = read(_file("predictions"), schema, images)
    first = "0030019819f25b28.jpg"
    assert result.answers[first]["label"][0]["x"] == 37.304925
    assert result.predictions == {
        first: {
            "label": [{"label": "Car", "x": 27.8784, "y": 58.6944, "w": 710.4768, "h": 413.3376}]
        }
    }
    # Its second task's first box reaches 100.43 % across, in the annotation and the prediction.
    assert "00155094b7acc33b.jpg" in result.incomplete
    assert [(p.at, p.message) for p in result.problems] == [
        (f"tasks[1].{what}[0].result[0]", "value.x + value.width is 100.43 %: past the image")
        for what in ("annotations", "predictions")
    ]


# -- what the reader takes ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "value, names",
    [
        ("street/0001.jpg", ["street/0001.jpg"]),
        ("/data/upload/3/1a2b3c4d-0001.jpg", ["1a2b3c4d-0001.jpg", "0001.jpg"]),
        ("/data/upload/29/example.png", ["example.png"]),
        ("/data/local-files/?d=photos%2Fnight/0007.jpg", ["photos/night/0007.jpg"]),
        ("https://host.example/imgs/a%20b.jpg?token=1", ["imgs/a b.jpg"]),
        ("s3://bucket/street/0001.jpg", ["street/0001.jpg"]),
        ("../../etc/x.png", ["etc/x.png"]),
    ],
)
def test_the_names_a_tasks_data_gives(value: str, names: list[str]) -> None:
    assert media_names(value) == names


def _task(data: Any = None, *results: Any, **extra: Any) -> dict[str, Any]:
    task: dict[str, Any] = {"data": {"image": "0002.png"} if data is None else data}
    if results:
        task["annotations"] = [{"result": list(results)}]
    return {**task, **extra}


def _box(**value: Any) -> dict[str, Any]:
    shape = {"x": 10, "y": 10, "width": 20, "height": 20, "rectanglelabels": ["car"]}
    return {
        "from_name": "objects",
        "to_name": "image",
        "type": "rectanglelabels",
        "value": {**shape, **value},
    }


def _read_tasks(*given: Any, schema: Schema = IMAGE) -> ImportResult:
    return read({"t.json": json.dumps(list(given)).encode()}, schema, dict(SIZES))


def test_upload_names_match_the_projects_images() -> None:
    result = _read_tasks(_task({"image": "/data/upload/7/0a1b2c3d-0002.png"}, _box()))
    assert result.answers == {
        "0002.png": {"objects": [{"label": "car", "x": 30, "y": 20, "w": 60, "h": 40}]}
    }


def test_the_ground_truth_is_the_answer_read_and_skips_are_none() -> None:
    task = _task()
    task["annotations"] = [
        {"result": [_box()], "was_cancelled": True},
        {"result": [_box(x=0)]},
        {"result": [_box(x=50)], "ground_truth": True},
    ]
    result = _read_tasks(task)
    assert result.answers["0002.png"]["objects"][0]["x"] == 150
    assert sorted(p.message for p in result.problems) == [
        "1 annotations beside the one read: one annotation per item is imported",
        "1 annotations skipped in Label Studio: no answer",
    ]


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "is not valid JSON: Expecting value"),
        (b'[{"data": {"image": "0002.png"}', "ends before its JSON does: the file looks truncated"),
        (b'{"tasks": []}', "must be a list of Label Studio tasks, not an object"),
        (b"\xff\xfe", "is not UTF-8 text, as JSON must be"),
    ],
)
def test_a_file_that_is_no_task_list_is_one_problem(data: bytes, message: str) -> None:
    result = read({"t.json": data}, images=dict(SIZES))
    assert [p.message for p in result.problems] == [message]
    assert result.answers == {} and result.texts == {}


def test_hostile_tasks_get_a_problem_each_and_the_rest_is_kept() -> None:
    result = _read_tasks(
        "not a task",
        {"annotations": []},
        _task({"image": "missing.jpg"}, _box()),
        _task({"img": "a.jpg", "url": "b.jpg"}),
        _task(None, _box(x=-3)),
        _task({"image": "street/0001.jpg"}, _box(rectanglelabels=["bus"])),
        _task({"image": "empty.jpg"}, {**_box(), "from_name": "vehicles"}),
        _task({"image": "0002.png"}),
    )
    assert sorted(problems(result)) == [
        ("t.json", "tasks[0]", "must be a task object, not a string"),
        ("t.json", "tasks[1]", "has no data object: a task keeps its item in data"),
        ("t.json", "tasks[2].data", "'missing.jpg' is not among the project's images"),
        (
            "t.json",
            "tasks[3].data",
            "data has no 'image' and not one text to take instead (keys: 'img', 'url')",
        ),
        (
            "t.json",
            "tasks[4].annotations[0].result[0]",
            "value.x is -3 %: outside the image (0 to 100 %)",
        ),
        (
            "t.json",
            "tasks[5].annotations[0].result[0]",
            "box 'bus': unknown label 'bus'",
        ),
        (
            "t.json",
            "tasks[6].annotations[0].result[0]",
            "from_name 'vehicles' is not a field of the schema",
        ),
        ("t.json", "tasks[7]", "'0002.png' is the item of t.json, tasks[4] already"),
    ]
    assert set(result.incomplete) == {"0002.png", "street/0001.jpg", "empty.jpg"}
    assert result.answers == {}


@pytest.mark.parametrize(
    "result, message",
    [
        (_box(rotation=30), "a box rotated by 30°: boxes here are upright"),
        (_box(x=90), "value.x + value.width is 110 %: past the image"),
        (_box(width="wide"), "value.width must be a number, not a string"),
        (_box(rectanglelabels=["car", "person"]), "has 2 labels; a region here has one"),
        (
            {**_box(), "original_width": 640},
            "gives the image as 640×None px; it is 300×200 px with its EXIF orientation applied",
        ),
        (
            {**_box(), "type": "polygonlabels"},
            "a 'polygonlabels' result cannot answer field 'objects' (boxes)",
        ),
        (
            {"type": "relation", "from_id": "a", "to_id": "b"},
            "a relation between regions has no equivalent; left out",
        ),
        (
            {"from_name": "scene", "type": "choices", "value": {"choices": ["day", "night"]}},
            "gives 2 choices; field 'scene' takes one",
        ),
        (
            {"from_name": "quality", "type": "rating", "value": {"rating": 9}},
            "quality: must be from 0 to 4",
        ),
        (
            {"from_name": "note", "type": "textarea", "value": {"text": [1]}},
            "value.text must be a list of texts",
        ),
        (
            {"from_name": "scene", "type": "choices", "value": ["day"]},
            "value must be an object, not a list",
        ),
        (7, "must be a result object, not a number"),
    ],
)
def test_a_hostile_result_is_a_problem_of_its_item(result: Any, message: str) -> None:
    got = _read_tasks(_task(None, result))
    assert [(p.at, p.message, p.item) for p in got.problems] == [
        ("tasks[0].annotations[0].result[0]", message, "0002.png")
    ]
    assert "0002.png" in got.incomplete and got.answers == {}


def test_a_field_answered_twice_keeps_the_first() -> None:
    choice = {"from_name": "scene", "type": "choices", "value": {"choices": ["day"]}}
    later = {**choice, "value": {"choices": ["night"]}}
    got = _read_tasks(_task(None, choice, later))
    assert got.incomplete == {"0002.png": {"scene": "day"}}
    assert got.problems[0].message == (
        "field 'scene' is answered already at tasks[0].annotations[0].result[0]"
    )


def test_a_span_whose_text_is_not_the_items_is_a_problem() -> None:
    span = {
        "from_name": "entities",
        "type": "labels",
        "value": {"start": 2, "end": 5, "text": "Ali", "labels": ["PER"]},
    }
    got = _read_tasks(
        {"id": 4, "data": {"text": URDU}, "annotations": [{"result": [span]}]}, schema=TEXT
    )
    assert got.texts == {"task-4": URDU}
    assert [p.message for p in got.problems] == [
        "value.text is 'Ali', but the text from 2 to 5 is 'علی'"
    ]


def test_text_tasks_keep_their_ids_and_a_repeated_one_gets_another_key() -> None:
    given = [
        {"id": 7, "data": {"text": "a"}},
        {"data": {"text": "b"}},
        {"id": 7, "data": {"text": "c"}},
    ]
    got = _read_tasks(*given, schema=TEXT)
    assert got.texts == {"task-7": "a", "task-2": "b", "task-7-2": "c"}
    assert problems(got) == [
        ("t.json", "tasks[2]", "task-7 is t.json, tasks[0] already; this task is keyed task-7-2")
    ]


def test_without_the_projects_images_a_size_must_come_from_the_results() -> None:
    box = {k: v for k, v in _box().items() if not k.startswith("original")}
    got = read({"t.json": json.dumps([_task(None, box)]).encode()})
    assert [p.message for p in got.problems] == [
        "the image size is unknown (no original_width and original_height), so percent "
        "cannot become pixels"
    ]
