"""COCO instances: round trip, the export report, pycocotools reading our export, a file
Datumaro wrote, and hostile files (a problem each, never an exception)."""

from __future__ import annotations

import io
import json
import math
import zipfile
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pycocotools import mask as mask_utils
from pycocotools.coco import COCO
from pycocotools.cocoeval import COCOeval

from labeler.core import formats
from labeler.core.formats import (
    ExportEntry,
    ImportResult,
    MemorySink,
    MemorySource,
    Size,
    ZipSource,
)
from labeler.core.schema import Schema, parse_schema

COCO_FORMAT = formats.get("coco")
FIXTURES = Path(__file__).resolve().parents[1] / "data" / "coco"
# pycocotools 2.0 decodes masks with a NumPy 1 idiom that NumPy 2 warns about.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:pycocotools")


def labels(*values: str) -> list[dict[str, str]]:
    return [{"value": v} for v in values]


SCHEMA = parse_schema(
    {
        "title": "Street scenes",
        "media": "image",
        "fields": [
            {"name": "objects", "kind": "boxes", "labels": labels("car", "person")},
            {"name": "outlines", "kind": "polygons", "labels": labels("car", "road")},
            {"name": "spots", "kind": "points", "labels": labels("eye", "person")},
            {"name": "scene", "kind": "choice", "labels": labels("day", "night")},
            {"name": "quality", "kind": "rating"},
            {"name": "note", "kind": "text"},
        ],
    }
)
SIZES = {
    "street/0001.jpg": Size(640, 480),
    "street/0002.jpg": Size(300, 200),
    "empty.png": Size(50, 40),
}


def answer_one() -> dict[str, Any]:
    return {
        "objects": [
            {"label": "car", "x": 10, "y": 20, "w": 100.5, "h": 50},
            {"label": "person", "x": 300, "y": 100, "w": 40, "h": 120},
        ],
        "outlines": [
            {"label": "car", "points": [[12, 22], [110, 22], [110, 70], [12, 70]]},
            {"label": "road", "points": [[0, 400], [640, 380.25], [640, 480], [0, 480]]},
        ],
        "spots": [{"label": "eye", "x": 320.5, "y": 240}],
    }


def answer_two() -> dict[str, Any]:
    return {
        "objects": [{"label": "car", "x": 0, "y": 0, "w": 300, "h": 200}],
        "outlines": [{"label": "road", "points": [[10, 10], [290, 30], [150, 190]]}],
        "spots": [{"label": "person", "x": 0, "y": 0}, {"label": "eye", "x": 300, "y": 200}],
    }


def entries(answers: dict[str, dict[str, Any] | None]) -> list[ExportEntry]:
    ids = {"street/0001.jpg": "it1", "street/0002.jpg": "it2", "empty.png": "it3"}
    return [
        ExportEntry(ids[name], name, "image", answer, SIZES[name].width, SIZES[name].height)
        for name, answer in answers.items()
    ]


def export(entry_list: list[ExportEntry], schema: Schema = SCHEMA) -> tuple[bytes, Any]:
    sink = MemorySink()
    report = COCO_FORMAT.write(entry_list, schema, sink)
    assert list(sink.files) == ["instances.json"]
    return sink.files["instances.json"], report


def read(data: bytes | dict[str, Any], images: dict[str, Size] | None = None) -> ImportResult:
    raw = json.dumps(data).encode() if isinstance(data, dict) else data
    return COCO_FORMAT.read(MemorySource({"instances.json": raw}), SCHEMA, images)


BASE = {"street/0001.jpg": answer_one(), "street/0002.jpg": answer_two(), "empty.png": None}


# -- round trip ----------------------------------------------------------------------------


def test_export_import_export_gives_the_same_file() -> None:
    first, _ = export(entries(BASE))
    result = read(first, dict(SIZES))
    assert result.problems == []
    assert result.incomplete == {}
    assert result.answers == {
        "street/0001.jpg": answer_one(),
        "street/0002.jpg": answer_two(),
        "empty.png": {},
    }
    again, _ = export(entries(dict(result.answers)))
    assert again == first


def test_the_file_is_as_the_module_says() -> None:
    doc = json.loads(export(entries(BASE))[0])
    assert list(doc) == ["info", "licenses", "categories", "annotations", "images"]
    assert doc["categories"] == [
        {"id": 1, "name": "car", "supercategory": ""},
        {"id": 2, "name": "person", "supercategory": "", "keypoints": ["point"], "skeleton": []},
        {"id": 3, "name": "road", "supercategory": ""},
        {"id": 4, "name": "eye", "supercategory": "", "keypoints": ["point"], "skeleton": []},
    ]
    assert doc["images"][0] == {
        "id": 1,
        "file_name": "street/0001.jpg",
        "width": 640,
        "height": 480,
    }
    box, _, polygon, _, point = doc["annotations"][:5]
    assert box == {
        "id": 1,
        "image_id": 1,
        "category_id": 1,
        "bbox": [10, 20, 100.5, 50],
        "area": 5025.0,
        "iscrowd": 0,
        "segmentation": [],
        "labeler_field": "objects",
    }
    assert polygon["segmentation"] == [[12, 22, 110, 22, 110, 70, 12, 70]]
    assert polygon["area"] == 98 * 48
    assert polygon["bbox"] == [12, 22, 98, 48]
    assert polygon["category_id"] == 1 and polygon["labeler_field"] == "outlines"
    assert point["keypoints"] == [320.5, 240, 2]
    assert point["num_keypoints"] == 1
    assert point["category_id"] == 4


def test_categories_are_stable_for_the_same_schema() -> None:
    one = json.loads(export(entries(BASE))[0])["categories"]
    two = json.loads(export([])[0])["categories"]
    assert one == two


def test_every_submission_keeps_its_annotator_on_one_image() -> None:
    a, b = (
        ExportEntry("it1", "street/0001.jpg", "image", answer_one(), 640, 480, annotator=name)
        for name in ("ayesha", "bilal")
    )
    data, report = export([a, b])
    doc = json.loads(data)
    assert len(doc["images"]) == 1
    assert report.items == 1 and report.entries == 2
    annotators = [ann["labeler_annotator"] for ann in doc["annotations"]]
    assert annotators == ["ayesha"] * 5 + ["bilal"] * 5


# -- what COCO cannot hold -----------------------------------------------------------------


def test_the_report_lists_what_coco_cannot_hold() -> None:
    answer = {
        **answer_two(),
        "scene": "night",
        "quality": 4,
        "note": "rain",
        "outlines": [{"label": "river", "points": [[0, 0], [5, 0], [5, 5]]}],
        "gone": [1],
    }
    first = ExportEntry("it1", "a.jpg", "image", answer, 300, 200)
    second = ExportEntry("it2", "b.jpg", "image", {"scene": "day"}, 300, 200)
    sizeless = ExportEntry("it3", "c.jpg", "image", answer_two())
    _, report = export([first, second, sizeless])
    lines = {(n.field, n.kind): (n.count, n.examples) for n in report.not_held}
    assert lines == {
        ("gone", "unknown"): (1, ["it1"]),
        ("outlines", "polygons"): (1, ["it1"]),
        ("scene", "choice"): (2, ["it1", "it2"]),
        ("quality", "rating"): (1, ["it1"]),
        ("note", "text"): (1, ["it1"]),
        ("", "image"): (1, ["it3"]),
    }
    text = "\n".join(report.lines())
    assert "field 'scene' (choice), 2 answers: left out: COCO instances hold regions only" in text
    assert "label 'river' is not one of the field's labels" in text
    assert report.items == 2


def test_two_items_of_one_file_name_are_told_apart_and_reported() -> None:
    a = ExportEntry("it1", "0001.jpg", "image", None, 10, 10)
    b = ExportEntry("it2", "0001.jpg", "image", None, 10, 10)
    data, report = export([a, b])
    assert [i["file_name"] for i in json.loads(data)["images"]] == ["0001.jpg", "0001.it2.jpg"]
    assert report.not_held[0].kind == "file name"


# -- a reader nobody here wrote ------------------------------------------------------------


def _load_with_pycocotools(tmp_path: Path, data: bytes) -> COCO:
    path = tmp_path / "instances.json"
    path.write_bytes(data)
    return COCO(str(path))


def test_pycocotools_reads_our_export_and_agrees_on_areas_and_boxes(tmp_path: Path) -> None:
    data, _ = export(entries(BASE))
    coco = _load_with_pycocotools(tmp_path, data)
    assert sorted(coco.getImgIds()) == [1, 2, 3]
    assert coco.loadImgs(2)[0]["file_name"] == "street/0002.jpg"
    assert coco.getCatIds(catNms=["road"]) == [3]
    ours = json.loads(data)["annotations"]
    polygons = [a for a in ours if a["labeler_field"] == "outlines"]
    boxes = [a for a in ours if a["labeler_field"] == "objects"]
    assert len(polygons) == 3 and len(boxes) == 3
    for ann in polygons:
        theirs = coco.loadAnns(ann["id"])[0]
        mask = coco.annToMask(theirs)
        # A rasterised polygon loses or gains at most half a pixel along its edges.
        ring = np.array(ann["segmentation"][0]).reshape(-1, 2)
        perimeter = float(np.sum(np.linalg.norm(ring - np.roll(ring, 1, axis=0), axis=1)))
        assert abs(int(mask.sum()) - ann["area"]) <= perimeter / 2
        x, y, w, h = mask_utils.toBbox(coco.annToRLE(theirs))
        assert x == pytest.approx(ann["bbox"][0], abs=1)
        assert y == pytest.approx(ann["bbox"][1], abs=1)
        assert x + w == pytest.approx(ann["bbox"][0] + ann["bbox"][2], abs=1)
        assert y + h == pytest.approx(ann["bbox"][1] + ann["bbox"][3], abs=1)
    for ann in boxes:
        assert coco.loadAnns(ann["id"])[0]["bbox"] == ann["bbox"]


def test_pycocotools_scores_our_boxes_and_polygons_perfect_against_themselves(
    capsys: pytest.CaptureFixture[str],
) -> None:
    doc = json.loads(export(entries(BASE))[0])
    for kind, field in (("bbox", "objects"), ("segm", "outlines")):
        # One field at a time: "person" is a box and a point, and a point is no box to find.
        truth = COCO()
        ours = [a for a in doc["annotations"] if a["labeler_field"] == field]
        truth.dataset = {**doc, "annotations": ours}
        truth.createIndex()
        found = truth.loadRes([{**a, "score": 1.0} for a in ours])
        assert len(found.getAnnIds()) == len(ours)
        evaluation = COCOeval(truth, found, kind)
        evaluation.evaluate()
        evaluation.accumulate()
        evaluation.summarize()
        assert evaluation.stats[0] == pytest.approx(1.0)  # AP at IoU .50:.95
    capsys.readouterr()


def test_pycocotools_load_res_takes_all_our_annotations(tmp_path: Path) -> None:
    data, _ = export(entries(BASE))
    coco = _load_with_pycocotools(tmp_path, data)
    results = json.loads(data)["annotations"]
    found = coco.loadRes(results)
    assert len(found.getAnnIds()) == len(results)
    boxes = [a for a in results if a["labeler_field"] == "objects"]
    for ann in boxes:
        assert found.loadAnns(ann["id"])[0]["area"] == pytest.approx(ann["area"])


# -- files other tools wrote ---------------------------------------------------------------


def test_a_datumaro_coco_export_imports() -> None:
    source = MemorySource(
        {p.name: p.read_bytes() for p in sorted(FIXTURES.glob("datumaro_instances_*.json"))}
    )
    schema = parse_schema(
        {
            "media": "image",
            "fields": [
                {"name": "boxes", "kind": "boxes", "labels": labels("a", "b", "c")},
                {"name": "shapes", "kind": "polygons", "labels": labels("a", "b", "c")},
            ],
        }
    )
    result = COCO_FORMAT.read(source, schema)
    assert result.answers == {
        "a.jpg": {"boxes": [{"label": "b", "x": 2.0, "y": 2.0, "w": 3.0, "h": 1.0}]}
    }
    assert result.incomplete == {
        "b.jpg": {
            "shapes": [{"label": "a", "points": [[0.0, 0.0], [1.0, 0.0], [1.0, 2.0], [0.0, 2.0]]}]
        }
    }
    [crowd] = result.problems
    assert (crowd.file, crowd.at, crowd.item) == (
        "datumaro_instances_val.json",
        "annotations[1]",
        "b.jpg",
    )
    assert "crowd region (an RLE mask) cannot be imported" in crowd.message


def test_boxes_and_masks_fill_a_boxes_only_schema_from_their_boxes() -> None:
    schema = parse_schema(
        {
            "media": "image",
            "fields": [{"name": "objects", "kind": "boxes", "labels": labels("car")}],
        }
    )
    doc = {
        "images": [{"id": 1, "file_name": "x.jpg", "width": 100, "height": 100}],
        "categories": [{"id": 7, "name": "car"}],
        "annotations": [
            {
                "id": 1,
                "image_id": 1,
                "category_id": 7,
                "bbox": [1, 2, 3, 4],
                "segmentation": [[1, 2, 4, 2, 4, 6]],
            }
        ],
    }
    result = COCO_FORMAT.read(MemorySource({"a.json": json.dumps(doc).encode()}), schema)
    assert result.answers == {
        "x.jpg": {"objects": [{"label": "car", "x": 1, "y": 2, "w": 3, "h": 4}]}
    }


def test_file_names_match_the_projects_images_by_their_path_end() -> None:
    images = [
        {"id": 1, "file_name": "images/0002.jpg", "width": 300, "height": 200},
        {"id": 2, "file_name": "0001.jpg", "width": 640, "height": 480},
        {"id": 3, "file_name": "other/0002.jpg", "width": 300, "height": 200},
        {"id": 4, "file_name": "x.jpg", "width": 300, "height": 200},
    ]
    known = {"0002.jpg": Size(300, 200), "street/0001.jpg": Size(640, 480)}
    known |= {"a/x.jpg": Size(300, 200), "b/x.jpg": Size(300, 200)}
    result = read(_doc(images=images), known)
    assert list(result.answers) == ["street/0001.jpg"]
    assert list(result.incomplete) == ["0002.jpg"]  # two entries claim it
    assert _problems(result) == [
        (
            "images[2]",
            "image 'other/0002.jpg' (0 annotations on it) is listed already at "
            "instances.json, images[0]",
        ),
        ("images[3]", "image 'x.jpg' (0 annotations on it) may be any of 'a/x.jpg', 'b/x.jpg'"),
    ]


# -- hostile files -------------------------------------------------------------------------


def _doc(**parts: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "images": [{"id": 1, "file_name": "a.jpg", "width": 100, "height": 80}],
        "categories": [{"id": 1, "name": "car"}, {"id": 2, "name": "truck"}],
        "annotations": [],
    }
    doc.update(parts)
    return doc


def _box(i: int, bbox: list[Any], category: int = 1, image: Any = 1) -> dict[str, Any]:
    return {"id": i, "image_id": image, "category_id": category, "bbox": bbox, "iscrowd": 0}


def _problems(result: ImportResult) -> list[tuple[str, str]]:
    return [(p.at, p.message) for p in result.problems]


def test_malformed_json_is_one_problem_with_its_line() -> None:
    result = read(b'{"images": [\n  {"id": 1,, "file_name": "a.jpg"}]}')
    assert result.answers == {} and result.incomplete == {}
    [(at, message)] = _problems(result)
    assert at == "line 2, column 12"
    assert message.startswith("is not valid JSON: Expecting property name")


def test_a_truncated_file_says_it_looks_truncated() -> None:
    whole, _ = export(entries(BASE))
    result = read(whole[: len(whole) // 2])
    [(_, message)] = _problems(result)
    assert message == "ends before its JSON does: the file looks truncated"
    assert result.answers == {}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"[1, 2]", "must be a JSON object, not a list"),
        (b"\xff\xfe{}", "is not UTF-8 text, as JSON must be"),
        (b"[" * 100_000, "nests lists and objects too deep to be COCO"),
    ],
)
def test_files_that_are_not_coco_say_why(data: bytes, message: str) -> None:
    assert [m for _, m in _problems(read(data))] == [message]


def test_missing_lists_are_named() -> None:
    result = read({"images": {}, "categories": []})
    assert _problems(result) == [
        ("images", "must be a list, not an object"),
        ("annotations", "is missing"),
    ]


def test_a_label_the_schema_lacks_is_reported_and_the_rest_kept() -> None:
    doc = _doc(annotations=[_box(1, [1, 1, 10, 10], category=2), _box(2, [5, 5, 10, 10])])
    result = read(doc)
    assert _problems(result) == [
        ("annotations[0]", "category 'truck' is not a label of the schema")
    ]
    assert result.answers == {}
    assert result.incomplete == {
        "a.jpg": {"objects": [{"label": "car", "x": 5, "y": 5, "w": 10, "h": 10}]}
    }


def test_coordinates_outside_the_image_are_reported_per_region() -> None:
    polygon = {"id": 2, "image_id": 1, "category_id": 1, "segmentation": [[0, 0, 150, 0, 150, 50]]}
    doc = _doc(annotations=[_box(1, [90, 70, 20, 5]), polygon, _box(3, [1, 1, 5, 5])])
    result = read(doc)
    assert _problems(result) == [
        ("annotations[0]", "box 'car': reaches past the image width (100 px)"),
        ("annotations[1]", "polygon 'car', point 2: x=150 lies outside the image"),
        ("annotations[1]", "polygon 'car', point 3: x=150 lies outside the image"),
    ]
    assert result.incomplete["a.jpg"] == {
        "objects": [{"label": "car", "x": 1, "y": 1, "w": 5, "h": 5}]
    }
    assert all(p.item == "a.jpg" for p in result.problems)


def test_an_annotation_for_an_image_the_file_lacks_is_reported() -> None:
    doc = _doc(annotations=[_box(1, [1, 1, 5, 5], image=99), _box(2, [1, 1, 5, 5], image=[1])])
    result = read(doc)
    assert _problems(result) == [
        ("annotations[0]", "refers to image id 99, which images does not list"),
        ("annotations[1]", "refers to image id [1], which images does not list"),
    ]
    assert result.answers == {"a.jpg": {}}


def test_ten_thousand_images_that_are_not_in_the_project_each_get_a_problem() -> None:
    images = [
        {"id": i, "file_name": f"missing/{i:05}.jpg", "width": 64, "height": 64}
        for i in range(10_000)
    ]
    images.append({"id": 10_000, "file_name": "street/0002.jpg", "width": 300, "height": 200})
    annotations = [_box(i, [1, 1, 5, 5], image=i) for i in range(10_001)]
    result = read(_doc(images=images, annotations=annotations), dict(SIZES))
    assert len(result.problems) == 10_000
    first = result.problems[0]
    assert (first.at, first.item) == ("images[0]", None)
    assert (
        first.message
        == "image 'missing/00000.jpg' (1 annotation on it) is not among the project's images"
    )
    assert result.answers == {
        "street/0002.jpg": {"objects": [{"label": "car", "x": 1, "y": 1, "w": 5, "h": 5}]}
    }


def test_a_size_other_than_the_images_own_is_reported() -> None:
    doc = _doc(images=[{"id": 1, "file_name": "street/0002.jpg", "width": 200, "height": 300}])
    result = read(doc, dict(SIZES))
    assert _problems(result) == [
        (
            "images[0]",
            "gives the image as 200×300 px; it is 300×200 px with its EXIF orientation applied",
        )
    ]
    assert result.incomplete == {"street/0002.jpg": {}}


def test_what_cannot_be_placed_says_why() -> None:
    many = {"id": 5, "image_id": 1, "category_id": 2, "keypoints": [1, 1, 2, 3, 3, 2]}
    rle = {
        "id": 6,
        "image_id": 1,
        "category_id": 1,
        "segmentation": {"counts": "x", "size": [1, 1]},
    }
    doc = _doc(
        annotations=[
            _box(1, [1, 2, 3]),
            _box(2, [math.nan, 1, 2, 2]),
            {"id": 3, "image_id": 1, "category_id": 1, "segmentation": [[1, 2, 3]]},
            {"id": 4, "image_id": 1, "category_id": 3, "bbox": [1, 1, 1, 1]},
            many,
            rle,
            {"id": 7, "image_id": 1, "category_id": 1},
            "box",
        ],
        categories=[
            {"id": 1, "name": "car"},
            {"id": 1, "name": "again"},
            {"id": "x"},
            {"id": 2, "name": "person"},
        ],
    )
    result = read(doc)
    assert _problems(result) == [
        ("categories[1]", "repeats category id 1; the first one is kept"),
        ("categories[2]", "needs an integer id and a name"),
        ("annotations[0]", "bbox must be [x, y, w, h] of finite numbers"),
        ("annotations[1]", "bbox must be [x, y, w, h] of finite numbers"),
        (
            "annotations[2]",
            "segmentation[0] must list x, y pairs of finite numbers, 3 pairs at least",
        ),
        ("annotations[3]", "refers to category id 3, which categories does not list"),
        (
            "annotations[4]",
            "has 2 keypoints per object; only objects of one keypoint are read as points",
        ),
        (
            "annotations[5]",
            "a crowd region (an RLE mask) cannot be imported: no field kind holds masks",
        ),
        ("annotations[6]", "has no bbox, segmentation or keypoints to import"),
        ("annotations[7]", "must be an object, not a string"),
    ]


def test_a_polygon_whose_label_only_a_points_field_has_is_explained() -> None:
    doc = _doc(
        categories=[{"id": 1, "name": "eye"}],
        annotations=[
            {"id": 1, "image_id": 1, "category_id": 1, "segmentation": [[1, 1, 5, 1, 5, 5]]}
        ],
    )
    [(_, message)] = _problems(read(doc))
    assert message == "has polygons, but only the schema's points fields have label 'eye'"


def test_a_damaged_zip_member_is_a_problem() -> None:
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("instances.json", json.dumps(_doc()) * 50)
    data = bytearray(raw.getvalue())
    data[60:80] = b"\x00" * 20  # inside the compressed data
    result = COCO_FORMAT.read(ZipSource(io.BytesIO(bytes(data))), SCHEMA)
    [problem] = result.problems
    assert problem.file == "instances.json"
    assert problem.message.startswith(
        ("cannot be read from the archive", "is not valid JSON", "is not UTF-8")
    )


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=30,
)
_KEYS = st.sampled_from(
    [
        "id",
        "image_id",
        "category_id",
        "bbox",
        "segmentation",
        "keypoints",
        "iscrowd",
        "file_name",
        "width",
        "height",
        "name",
        "labeler_field",
    ]
)
_OBJECT = st.dictionaries(_KEYS, _JSON, max_size=6)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    images=st.lists(_OBJECT | _JSON, max_size=4),
    categories=st.lists(_OBJECT | _JSON, max_size=4),
    annotations=st.lists(_OBJECT | _JSON, max_size=6),
)
def test_any_json_gets_problems_never_an_exception(
    images: list[Any], categories: list[Any], annotations: list[Any]
) -> None:
    doc = {"images": images, "categories": categories, "annotations": annotations}
    for known in (None, dict(SIZES)):
        result = read(json.dumps(doc).encode(), known)
        assert all(p.message for p in result.problems)


def test_every_submission_s_annotations_are_not_merged_on_the_way_back() -> None:
    """An export of every submission names each annotation's annotator; read back, an
    image takes its first annotator's answer and the others are problems, not a merge."""
    from labeler.core.formats import MemorySource, Size
    from labeler.core.schema import parse_schema

    schema = parse_schema(
        {
            "title": "t",
            "media": "image",
            "fields": [{"name": "objects", "kind": "boxes", "labels": [{"value": "car"}]}],
        }
    )
    doc = {
        "images": [{"id": 1, "file_name": "a.jpg", "width": 100, "height": 100}],
        "categories": [{"id": 1, "name": "car"}],
        "annotations": [
            {
                "id": n,
                "image_id": 1,
                "category_id": 1,
                "bbox": [n, n, 10, 10],
                "labeler_annotator": who,
            }
            for n, who in ((1, "amna"), (2, "bilal"), (3, "amna"))
        ],
    }
    result = formats.get("coco").read(
        MemorySource({"i.json": json.dumps(doc).encode()}), schema, {"a.jpg": Size(100, 100)}
    )
    assert [p.at for p in result.problems] == ["annotations[1]"]
    message = result.problems[0].message
    assert message.startswith("is by 'bilal', and this image's answer is by 'amna'")
    assert [b["x"] for b in result.incomplete["a.jpg"]["objects"]] == [1, 3]
