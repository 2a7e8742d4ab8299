"""Ultralytics YOLO, detect and segment: round trip, the layout Ultralytics documents, the
split, the export report, class names YAML must quote, and hostile datasets.

The `ultralytics` package needs PyTorch, too heavy to install for a test; the files are
checked against what Ultralytics documents and does instead:

- https://docs.ultralytics.com/datasets/detect/ ("Ultralytics YOLO format"): one `.txt`
  per image with the image's name, one row per object, `class x_center y_center width
  height` normalised to 0–1; `data.yaml` with `path`, `train`, `val` (image folders
  relative to `path`) and `names` mapping class index to name.
- https://docs.ultralytics.com/datasets/segment/: rows `<class-index> <x1> <y1> … <xn>
  <yn>`, normalised, at least 3 points.
- `ultralytics/data/utils.py`: `img2label_paths` finds an image's labels by replacing its
  last `/images/` with `/labels/` and its extension with `.txt`; `verify_image_label`
  measures images with `exif_size` (EXIF orientation applied) and refuses coordinates
  outside −0.01…1.01; `check_det_dataset` takes the YAML file's folder as the root when
  `path` is empty (the HUB tools write it so).
"""

from __future__ import annotations

import io
import re
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from labeler.core import formats
from labeler.core.formats import (
    ExportEntry,
    ImportResult,
    MemorySink,
    MemorySource,
    Size,
    WriteOptions,
    ZipSink,
    ZipSource,
)
from labeler.core.formats.yolo import split_of
from labeler.core.schema import Schema
from tests.unit.formats_common import (
    entries_of,
    labels,
    problems,
    read_with,
    schema_of,
    street_answer,
    street_schema,
    write,
)

DETECT = formats.get("yolo-detect")
SEGMENT = formats.get("yolo-segment")
SCHEMA = street_schema("road", "lake")
SIZES = {
    "street/0001.jpg": Size(640, 480),
    "street/0002.jpg": Size(300, 200),
    "empty.png": Size(50, 40),
}
IDS = {"street/0001.jpg": "it1", "street/0002.jpg": "it2", "empty.png": "it3"}


def answers() -> dict[str, dict[str, Any] | None]:
    return {
        "street/0001.jpg": street_answer(
            person={"label": "person", "x": 300, "y": 100, "w": 40, "h": 120},
            eye={"label": "eye", "x": 3, "y": 4},
        ),
        "street/0002.jpg": {
            "objects": [{"label": "car", "x": 0, "y": 0, "w": 300, "h": 200}],
            "outlines": [{"label": "lake", "points": [[10, 10], [290, 30], [150, 190], [20, 150]]}],
        },
        "empty.png": None,
    }


def entries(given: dict[str, Any]) -> list[ExportEntry]:
    return entries_of(given, SIZES, IDS)


def export(
    fmt: formats.Format, given: list[ExportEntry], schema: Schema = SCHEMA, **options: Any
) -> tuple[dict[str, bytes], Any]:
    return write(fmt, given, schema, **options)


def read(
    fmt: formats.Format,
    files: dict[str, bytes],
    images: dict[str, Size] | None = None,
    schema: Schema = SCHEMA,
) -> ImportResult:
    return read_with(fmt, files, schema, SIZES if images is None else images)


# -- round trip ----------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", [DETECT, SEGMENT], ids=["detect", "segment"])
def test_export_import_export_gives_the_same_files(fmt: formats.Format) -> None:
    first, _ = export(fmt, entries(answers()))
    result = read(fmt, first)
    assert result.problems == [] and result.incomplete == {}
    assert set(result.answers) == set(SIZES)
    again, _ = export(fmt, entries(dict(result.answers)))
    assert again == first


def test_a_round_trip_keeps_boxes_within_what_6_decimals_hold() -> None:
    first, _ = export(DETECT, entries(answers()))
    got = read(DETECT, first).answers["street/0001.jpg"]["objects"]
    expected = answers()["street/0001.jpg"]["objects"]  # type: ignore[index]
    for box, want in zip(got, expected, strict=True):
        assert box["label"] == want["label"]
        for key, side in (("x", 640), ("y", 480), ("w", 640), ("h", 480)):
            assert box[key] == pytest.approx(want[key], abs=side * 1e-6)


def test_segment_boxes_read_back_as_boxes_when_no_polygons_field_has_their_label() -> None:
    files, _ = export(SEGMENT, entries(answers()))
    got = read(SEGMENT, files).answers["street/0002.jpg"]
    assert got["objects"] == [{"label": "car", "x": 0.0, "y": 0.0, "w": 300.0, "h": 200.0}]


def test_a_box_whose_label_a_polygons_field_has_reads_back_as_a_polygon() -> None:
    shared = schema_of(
        {"name": "objects", "kind": "boxes", "labels": labels("car")},
        {"name": "outlines", "kind": "polygons", "labels": labels("car")},
    )
    box = {"objects": [{"label": "car", "x": 0, "y": 0, "w": 150, "h": 100}]}
    files, report = export(SEGMENT, [ExportEntry("it2", "a.jpg", "image", box, 300, 200)], shared)
    assert (
        files["labels/train/a.txt"]
        == b"0 0.000000 0.000000 0.500000 0.000000 0.500000 0.500000 0.000000 0.500000\n"
    )
    assert "written as four-corner polygons" in report.lines()[0]
    got = read(SEGMENT, files, {"a.jpg": Size(300, 200)}, shared).answers["a.jpg"]
    assert got == {
        "outlines": [
            {"label": "car", "points": [[0.0, 0.0], [150.0, 0.0], [150.0, 100.0], [0.0, 100.0]]}
        ]
    }


# -- the layout Ultralytics documents ------------------------------------------------------


def test_detect_files_are_as_ultralytics_documents_them() -> None:
    files, _ = export(DETECT, entries(answers()), val_fraction=0.0)
    assert sorted(files) == [
        "data.yaml",
        "labels/train/empty.txt",
        "labels/train/street/0001.txt",
        "labels/train/street/0002.txt",
    ]
    # class x_center y_center width height, normalised, 6 decimals
    assert files["labels/train/street/0001.txt"].decode() == (
        "0 0.094141 0.093750 0.157031 0.104167\n1 0.500000 0.333333 0.062500 0.250000\n"
    )
    assert files["labels/train/street/0002.txt"] == b"0 0.500000 0.500000 1.000000 1.000000\n"
    assert files["labels/train/empty.txt"] == b""
    line = re.compile(r"\d+( \d\.\d{6}){4}")
    for name, data in files.items():
        if name.endswith(".txt"):
            assert all(line.fullmatch(row) for row in data.decode().splitlines())
    doc = yaml.safe_load(files["data.yaml"])
    assert doc == {
        "path": "",
        "train": "images/train",
        "val": "images/train",
        "names": {0: "car", 1: "person"},
    }


def test_segment_rows_are_a_class_and_normalised_corners() -> None:
    files, _ = export(SEGMENT, entries(answers()), val_fraction=0.0)
    rows = files["labels/train/street/0002.txt"].decode().splitlines()
    assert rows == [
        "0 0.000000 0.000000 1.000000 0.000000 1.000000 1.000000 0.000000 1.000000",
        "3 0.033333 0.050000 0.966667 0.150000 0.500000 0.950000 0.066667 0.750000",
    ]
    for row in rows:
        numbers = row.split()[1:]
        assert len(numbers) >= 6 and len(numbers) % 2 == 0
        assert all(0.0 <= float(n) <= 1.0 for n in numbers)
    names = yaml.safe_load(files["data.yaml"])["names"]
    assert names == {0: "car", 1: "person", 2: "road", 3: "lake"}


def _img2label(image: str) -> str:
    """Ultralytics' `img2label_paths` rule, on a member path."""
    head, tail = ("/" + image).rsplit("/images/", 1)
    return (head + "/labels/" + tail).rsplit(".", 1)[0].lstrip("/") + ".txt"


def test_images_added_by_the_caller_sit_where_ultralytics_finds_their_labels() -> None:
    raw = io.BytesIO()
    added: list[tuple[str, str]] = []

    def add_image(entry: ExportEntry, member: str, sink: formats.Sink) -> None:
        added.append((entry.item_id, member))
        with sink.open(member) as out:
            out.write(b"\xff\xd8 picture of " + entry.item_id.encode())

    with ZipSink(raw) as sink:
        DETECT.write(entries(answers()), SCHEMA, sink, WriteOptions(seed=3, on_image=add_image))
    source = ZipSource(io.BytesIO(raw.getvalue()))
    members = set(source.names())
    assert [item for item, _ in added] == ["it1", "it2", "it3"]
    for _, image in added:
        assert image in members
        assert _img2label(image) in members
    assert "data.yaml" in members


# -- the split -----------------------------------------------------------------------------


def test_the_split_is_stable_for_a_seed_and_follows_the_fraction() -> None:
    ids = [f"item{i}" for i in range(2000)]
    first = {i: split_of(i, 7, 0.2) for i in ids}
    assert {i: split_of(i, 7, 0.2) for i in reversed(ids)} == first
    assert first != {i: split_of(i, 8, 0.2) for i in ids}
    share = sum(s == "val" for s in first.values()) / len(ids)
    assert 0.17 < share < 0.23
    assert {split_of(i, 7, 0.0) for i in ids} == {"train"}
    assert {split_of(i, 7, 1.0) for i in ids} == {"val"}


def test_an_item_keeps_its_split_when_others_are_added() -> None:
    small, _ = export(DETECT, entries(answers())[:1], seed=11, val_fraction=0.5)
    large, _ = export(DETECT, entries(answers()), seed=11, val_fraction=0.5)
    [label] = [name for name in small if name.startswith("labels/")]
    assert small[label] == large[label]


def test_a_split_with_no_image_names_the_other_one() -> None:
    files, _ = export(DETECT, entries(answers()), val_fraction=1.0)
    doc = yaml.safe_load(files["data.yaml"])
    assert (doc["train"], doc["val"]) == ("images/val", "images/val")


# -- class names ---------------------------------------------------------------------------

AWKWARD = ["car: red", 'say "hi"', "it's", "گاڑی", "yes", "1", "#tag", " lead", "null", "a\\b"]


def test_class_names_yaml_must_quote_read_back_as_they_are() -> None:
    awkward = schema_of({"name": "objects", "kind": "boxes", "labels": labels(*AWKWARD)})
    boxes = [{"label": v, "x": i, "y": i, "w": 1, "h": 1} for i, v in enumerate(AWKWARD)]
    entry = ExportEntry("it1", "a.jpg", "image", {"objects": boxes}, 100, 100)
    files, _ = export(DETECT, [entry], awkward)
    assert yaml.safe_load(files["data.yaml"])["names"] == dict(enumerate(AWKWARD))
    assert "گاڑی" in files["data.yaml"].decode("utf-8")
    got = read(DETECT, files, {"a.jpg": Size(100, 100)}, awkward)
    assert got.problems == []
    assert [b["label"] for b in got.answers["a.jpg"]["objects"]] == AWKWARD


# -- what YOLO cannot hold -----------------------------------------------------------------


def test_the_report_lists_what_yolo_cannot_hold() -> None:
    _, detect = export(DETECT, entries(answers()))
    assert {(n.field, n.kind): n.count for n in detect.not_held} == {
        ("outlines", "polygons"): 2,
        ("spots", "points"): 1,
        ("scene", "choice"): 1,
    }
    _, segment = export(SEGMENT, entries(answers()))
    assert {(n.field, n.kind): n.count for n in segment.not_held} == {
        ("objects", "boxes"): 3,
        ("spots", "points"): 1,
        ("scene", "choice"): 1,
    }
    assert (
        "field 'spots' (points), 1 region: left out: YOLO detect holds boxes only (e.g. it1)"
        in detect.lines()
    )


def test_every_submission_of_an_item_goes_in_its_one_file_and_is_reported() -> None:
    one = {"objects": [{"label": "car", "x": 0, "y": 0, "w": 10, "h": 10}]}
    two = {"objects": [{"label": "person", "x": 5, "y": 5, "w": 10, "h": 10}]}
    group = [
        ExportEntry("it1", "a.jpg", "image", a, 100, 100, annotator=n)
        for a, n in ((one, "ali"), (two, "sara"))
    ]
    files, report = export(DETECT, group, val_fraction=0.0)
    assert len(files["labels/train/a.txt"].splitlines()) == 2
    assert report.not_held[0].why.startswith("merged: YOLO keeps no annotator")


def test_names_that_clash_without_extension_or_case_are_told_apart() -> None:
    given = [
        ExportEntry(f"it{i}", name, "image", None, 10, 10)
        for i, name in enumerate(["a.jpg", "a.png", "A.jpg", "../x.jpg"])
    ]
    added: list[str] = []
    options = WriteOptions(val_fraction=0.0, on_image=lambda e, member, s: added.append(member))
    sink = MemorySink()
    report = DETECT.write(given, SCHEMA, sink, options)
    assert added == [
        "images/train/a.jpg",
        "images/train/a.it1.png",
        "images/train/A.it2.jpg",
        "images/train/x.jpg",
    ]
    assert sorted(sink.files) == [
        "data.yaml",
        "labels/train/A.it2.txt",
        "labels/train/a.it1.txt",
        "labels/train/a.txt",
        "labels/train/x.txt",
    ]
    assert report.not_held[0].count == 2


def test_an_item_without_a_size_is_left_out_and_reported() -> None:
    files, report = export(DETECT, [ExportEntry("it1", "a.jpg", "image", None)])
    assert list(files) == ["data.yaml"]
    assert report.not_held[0].kind == "image"


# -- hostile datasets ----------------------------------------------------------------------


def _dataset(**files: str) -> dict[str, bytes]:
    out = {"data.yaml": b"names:\n  0: car\n  1: road\n"}
    out.update({name.replace("__", "/") + ".txt": text.encode() for name, text in files.items()})
    return out


ROAD = schema_of(
    {"name": "objects", "kind": "boxes", "labels": labels("car")},
    {"name": "outlines", "kind": "polygons", "labels": labels("road")},
)


THREE = "has 3 numbers after the class: a box has 4 (cx cy w h), a polygon 6 or more (x y pairs)"


def test_bad_lines_get_a_problem_each_and_the_rest_is_kept() -> None:
    text = "\n".join(
        [
            "0 0.5 0.5 0.2 0.2",
            "7 0.5 0.5 0.2 0.2",
            "0 0.5 0.5 0.2",
            "0 0.5 nan 0.2 0.2",
            "zero 0.5 0.5 0.2 0.2",
            "0 1.5 0.5 0.2 0.2",
            "1 0.1 0.1 0.9 0.1 0.5 0.9",
            "",
            "1 0.1 0.1 0.9",
        ]
    )
    result = read(DETECT, _dataset(labels__train__a="\n" + text), {"a.jpg": Size(100, 50)}, ROAD)
    file = "labels/train/a.txt"
    assert problems(result) == [
        (file, "line 3", "class '7' is not one of data.yaml's names (0 to 1)"),
        (
            file,
            "line 4",
            THREE,
        ),
        (file, "line 5", "holds something that is not a finite number"),
        (file, "line 6", "class 'zero' is not one of data.yaml's names (0 to 1)"),
        (
            file,
            "line 10",
            THREE,
        ),
        (file, "line 7", "box 'car': reaches past the image width (100 px)"),
    ]
    assert result.answers == {}
    assert result.incomplete == {
        "a.jpg": {
            "objects": [{"label": "car", "x": 40.0, "y": 20.0, "w": 20.0, "h": 10.0}],
            "outlines": [{"label": "road", "points": [[10.0, 5.0], [90.0, 5.0], [50.0, 45.0]]}],
        }
    }


def test_labels_for_images_the_project_lacks_are_reported() -> None:
    files = _dataset(
        labels__train__a="0 0.5 0.5 0.2 0.2\n",
        labels__val__b="0 0.5 0.5 0.2 0.2\n",
        labels__val__a="",
    )
    result = read(DETECT, files, {"a.jpg": Size(100, 50)}, ROAD)
    assert problems(result) == [
        ("labels/val/b.txt", "", "labels image 'b', which is not among the project's images"),
        (
            "labels/val/a.txt",
            "",
            "labels the image labels/train/a.txt labels already; it is left out",
        ),
    ]
    assert list(result.incomplete) == ["a.jpg"]


def test_a_missing_or_broken_data_yaml_is_one_problem() -> None:
    label = {"labels/train/a.txt": b"0 0.5 0.5 0.2 0.2\n"}
    cases = [
        (label, "no data.yaml: without it the classes have no names"),
        ({"data.yaml": b"names: [car, road\n", **label}, "is not valid YAML"),
        ({"data.yaml": b"train: images/train\n", **label}, "has no names: the classes are unknown"),
        (
            {"data.yaml": b"names: {car: 0}\n", **label},
            "must map class numbers to names, or list the names",
        ),
        (
            {"data.yaml": b"names:\n  - [a]\n", **label},
            "must map class numbers to names, or list the names",
        ),
        ({"data.yaml": b"\xff\xfe", **label}, "is not UTF-8 text"),
    ]
    for files, message in cases:
        result = read(DETECT, files, {"a.jpg": Size(100, 50)}, ROAD)
        [problem] = result.problems
        assert problem.message.startswith(message), (files, problem)
        assert result.answers == {} and result.incomplete == {}
    broken = read(DETECT, cases[1][0], {"a.jpg": Size(100, 50)}, ROAD).problems[0]
    assert broken.at == "line 2"


def test_without_image_sizes_nothing_can_be_placed() -> None:
    result = DETECT.read(MemorySource(_dataset(labels__train__a="0 0.5 0.5 0.2 0.2\n")), ROAD)
    assert problems(result) == [
        ("data.yaml", "", "coordinates are fractions of each image's size, and no sizes were given")
    ]


def test_a_truncated_label_file_loses_only_its_cut_line() -> None:
    text = "0 0.5 0.5 0.2 0.2\n1 0.1 0.1 0.9 0.1 0.5 0.9\n0 0.3 0.3 0.1"
    result = read(DETECT, _dataset(labels__train__a=text), {"a.jpg": Size(100, 50)}, ROAD)
    assert [(p.at, p.item) for p in result.problems] == [("line 3", "a.jpg")]
    assert len(result.incomplete["a.jpg"]["objects"]) == 1


def test_a_label_file_that_is_not_utf8_is_reported() -> None:
    files = _dataset()
    files["labels/train/a.txt"] = b"0 0.5 \xff"
    result = read(DETECT, files, {"a.jpg": Size(100, 50)}, ROAD)
    assert problems(result) == [
        ("labels/train/a.txt", "byte 6", "is not UTF-8 text"),
        ("labels/train/a.txt", "", "its labels are left out"),
    ]


def test_the_split_inside_labels_or_around_it_is_read() -> None:
    files = _dataset(
        train__labels__a="0 0.5 0.5 0.2 0.2\n", labels__valid__night__b="0 0.5 0.5 0.2 0.2\n"
    )
    files["train.txt"] = b"images/a.jpg\n"
    files["classes.txt"] = b"car\n"
    known = {"a.jpg": Size(100, 50), "night/b.jpg": Size(100, 50)}
    result = read(DETECT, files, known, ROAD)
    assert result.problems == []
    assert set(result.answers) == {"a.jpg", "night/b.jpg"}


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="0123456789 .-eEnaif\t", max_size=40), max_size=8))
def test_any_label_text_gets_problems_never_an_exception(rows: list[str]) -> None:
    result = read(DETECT, _dataset(labels__train__a="\n".join(rows)), {"a.jpg": Size(64, 48)}, ROAD)
    assert all(p.message for p in result.problems)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_any_data_yaml_gets_problems_never_an_exception(text: str) -> None:
    files = {
        "data.yaml": text.encode("utf-8", "surrogatepass"),
        "labels/a.txt": b"0 0.5 0.5 0.1 0.1\n",
    }
    result = read(DETECT, files, {"a.jpg": Size(64, 48)}, ROAD)
    assert all(p.message for p in result.problems)


def test_folders_called_images_are_left_out_of_the_layout() -> None:
    """Ultralytics looks for an image's labels by putting `labels` for the LAST `images` of
    its path (`img2label_paths`): `images/train/images/0001.jpg` would be looked up in
    `images/train/labels/`. A source name from a COCO-style folder (`images/0001.jpg`)
    is written without that folder, so the labels are where Ultralytics looks."""
    from labeler.core.formats.yolo import layout_name

    assert layout_name("images/0001.jpg") == "0001.jpg"
    assert layout_name("night/images/labels/7.png") == "night/7.png"
    assert layout_name("images") == "images"  # a file of that name stays
    entry = ExportEntry("it1", "images/0001.jpg", "image", {"objects": []}, 64, 48)
    seen: list[str] = []
    sink = MemorySink()
    options = WriteOptions(val_fraction=0, on_image=lambda e, m, s: seen.append(m))
    DETECT.write([entry], SCHEMA, sink, options)
    assert "labels/train/0001.txt" in sink.files and seen == ["images/train/0001.jpg"]
    for image in seen:  # Ultralytics' own rule, as img2label_paths writes it
        label = "/labels/".join(f"/{image}".rsplit("/images/", 1)).rsplit(".", 1)[0] + ".txt"
        assert label.lstrip("/") in sink.files


def test_datumaro_s_ultralytics_files_import() -> None:
    """Files another tool wrote (tests/data/yolo, Datumaro's assets): a segmentation
    dataset with names as a mapping, and the same labels under names as a list."""
    from pathlib import Path

    from labeler.core.formats import MemorySource, Size
    from labeler.core.schema import parse_schema

    data = Path(__file__).resolve().parents[1] / "data" / "yolo"
    schema = parse_schema(
        {
            "title": "Datumaro",
            "media": "image",
            "fields": [
                {
                    "name": "shapes",
                    "kind": "polygons",
                    "labels": [{"value": f"label_{n}"} for n in range(10)],
                }
            ],
        }
    )
    label = (data / "datumaro_segmentation" / "labels" / "train" / "1.txt").read_bytes()
    expected = {
        "shapes": [
            {"label": "label_2", "points": [[1.5, 1], [6, 1], [6, 5]]},
            {"label": "label_4", "points": [[3, 1.5], [6, 1.5], [6, 7.5], [4.5, 7.5], [3.75, 3]]},
        ]
    }
    for folder in ("datumaro_segmentation", "datumaro_list_of_names"):
        files = {
            "data.yaml": (data / folder / "data.yaml").read_bytes(),
            "labels/train/1.txt": label,
        }
        result = SEGMENT.read(MemorySource(files), schema, {"images/train/1.jpg": Size(15, 10)})
        assert result.problems == [], folder
        got = result.answers["images/train/1.jpg"]
        for region, want in zip(got["shapes"], expected["shapes"], strict=True):
            assert region["label"] == want["label"]
            flat = [c for point in region["points"] for c in point]
            assert flat == pytest.approx([c for point in want["points"] for c in point])
