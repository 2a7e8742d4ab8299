"""labelme JSON: round trip, the keys labelme writes, a file labelme wrote, hostile files.

`labelme` needs Qt, too heavy to install for a test; the keys are checked against its
source instead: `labelme/_label_file.py` of wkentaro/labelme, where `LabelFile.save`
writes `version`, `flags`, `shapes`, `imagePath`, `imageData`, `imageHeight` and
`imageWidth` (with `json.dump(..., ensure_ascii=False, indent=2)`), and
`_load_shape_json_obj` takes shapes of `label`, `points`, `group_id`, `shape_type`,
`flags`, `description` and `mask`, requiring `label` (str), non-empty `points` of [x, y]
numbers and `shape_type` (str). `_labelme_loads` below repeats those checks.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from labeler.core import formats
from labeler.core.formats import MemorySource, Size
from tests.unit.formats_common import FormatRig, problems, street_answer, street_schema

LABELME = formats.get("labelme")
DATA = Path(__file__).resolve().parents[1] / "data" / "labelme"
SCHEMA = street_schema("road")


def answers() -> dict[str, dict[str, Any] | None]:
    return {
        "street/0001.jpg": street_answer(
            person={"label": "person", "x": 0.1, "y": 7.25, "w": 3.3, "h": 1},
            eye={"label": "eye", "x": 3, "y": 4.5},
        ),
        "0002.png": {"spots": [{"label": "eye", "x": 0, "y": 0}]},
        "empty.jpg": None,
    }


RIG = FormatRig(LABELME, SCHEMA)
entries, export, read = RIG.entries, RIG.export, RIG.read


# -- round trip ------------------------------------------------------------------------------


def test_export_import_export_gives_the_same_files() -> None:
    first, _ = export(entries(answers()))
    assert set(first) == {"street/0001.json", "0002.json", "empty.json"}
    RIG.round_trip(first)


def test_regions_read_back_as_they_were() -> None:
    first, _ = export(entries(answers()))
    got = read(first).answers["street/0001.jpg"]
    expected = dict(answers()["street/0001.jpg"] or {})
    del expected["scene"]
    assert got == expected


def test_the_report_lists_what_labelme_cannot_hold() -> None:
    _, report = export(entries(answers()))
    assert [(line.field, line.kind, line.count) for line in report.not_held] == [
        ("scene", "choice", 1)
    ]


def _labelme_loads(data: bytes) -> dict[str, Any]:
    """The checks of labelme's `LabelFile.load` and `_load_shape_json_obj`, image aside."""
    doc = json.loads(data)
    for key in ("version", "flags", "shapes", "imagePath", "imageData"):
        assert key in doc
    for s in doc["shapes"]:
        assert isinstance(s["label"], str) and isinstance(s["shape_type"], str)
        assert s["points"] and all(
            isinstance(p, list) and len(p) == 2 and all(isinstance(v, int | float) for v in p)
            for p in s["points"]
        )
        assert s.get("group_id") is None or isinstance(s["group_id"], int)
        assert isinstance(s.get("flags") or {}, dict)
        assert isinstance(s.get("description") or "", str)
    return doc


def test_the_files_have_labelmes_keys_and_shapes() -> None:
    first, _ = export(entries(answers()))
    doc = _labelme_loads(first["street/0001.json"])
    assert list(doc) == [
        "version",
        "flags",
        "shapes",
        "imagePath",
        "imageData",
        "imageHeight",
        "imageWidth",
    ]
    assert doc["version"].startswith("5.") and doc["flags"] == {}
    assert doc["imagePath"] == "0001.jpg" and doc["imageData"] is None
    assert (doc["imageWidth"], doc["imageHeight"]) == (640, 480)
    car = doc["shapes"][0]
    assert car == {
        "label": "car",
        "points": [[10, 20], [110.5, 70]],
        "group_id": None,
        "description": "",
        "shape_type": "rectangle",
        "flags": {},
    }
    kinds = [s["shape_type"] for s in doc["shapes"]]
    assert kinds == ["rectangle", "rectangle", "polygon", "point"]
    assert doc["shapes"][3]["points"] == [[3, 4.5]]


def test_a_file_labelme_wrote_imports() -> None:
    data = (DATA / "2011_000003.json").read_bytes()
    _labelme_loads(data)
    files = {"data_annotated/2011_000003.json": data}
    result = read(files, {"data_annotated/2011_000003.jpg": Size(500, 338)})
    assert result.problems == [] and result.incomplete == {}
    boxes = result.answers["data_annotated/2011_000003.jpg"]["objects"]
    assert boxes == [
        {"label": "person", "x": 191, "y": 107.36900369003689, "w": 122, "h": 222.00000000000006},
        {"label": "person", "x": 365, "y": 83, "w": 135, "h": 250},
    ]


# -- hostile files -----------------------------------------------------------------------------


def _file(*shapes: Any, **keys: Any) -> bytes:
    doc = {"version": "5.5.0", "flags": {}, "shapes": list(shapes), "imagePath": "0002.png"}
    doc.update({"imageData": None, "imageHeight": 200, "imageWidth": 300})
    doc.update(keys)
    return json.dumps(doc).encode()


def _shape(kind: str, points: Any, label: Any = "car") -> dict[str, Any]:
    return {"label": label, "points": points, "shape_type": kind, "flags": {}}


def test_bad_shapes_get_a_problem_each_and_the_rest_is_kept() -> None:
    shapes = [
        _shape("rectangle", [[10, 10], [1, 1]]),  # corners in any order: fine
        _shape("rectangle", [[1, 1], [10, 10]], "bus"),  # unknown label
        _shape("rectangle", [[1, 1], [400, 10]]),  # outside the image
        _shape("circle", [[1, 1], [5, 5]]),
        _shape("line", [[1, 1], [5, 5]]),
        _shape("linestrip", [[1, 1], [5, 5], [6, 6]]),
        _shape("mask", [[1, 1], [5, 5]]),
        _shape("rectangle", [[1, "a"], [5, 5]]),  # wrong type
        _shape("rectangle", "nope"),  # wrong type
        _shape("rectangle", [[1, 1]]),  # one corner
        _shape("point", [[1, 1]]),  # no points field has car
        _shape("cloud", [[1, 1]]),  # unknown shape
        _shape("polygon", [[1, 1], [2, 2]], "road"),  # too few points
        {"points": [[1, 1], [2, 2]], "shape_type": "rectangle"},  # no label
        "not a shape",
    ]
    result = read({"0002.json": _file(*shapes)})
    got = {at: message for _, at, message in problems(result)}
    assert len(result.problems) == len(shapes) - 1
    assert set(got) == {f"shapes[{i}]" for i in range(1, len(shapes))}
    assert "no boxes field has this label" in got["shapes[1]"]
    assert "past the image width" in got["shapes[2]"]
    for i, kind in ((3, "circle"), (4, "line"), (5, "linestrip"), (6, "mask")):
        assert f"is a {kind}, which no field kind holds" in got[f"shapes[{i}]"]
    assert "[x, y] pairs" in got["shapes[7]"] and "[x, y] pairs" in got["shapes[8]"]
    assert "two corners" in got["shapes[9]"] and "no points field" in got["shapes[10]"]
    assert "unknown shape_type" in got["shapes[11]"] and "3 points or more" in got["shapes[12]"]
    assert "no label" in got["shapes[13]"] and "is not a shape" in got["shapes[14]"]
    assert result.incomplete == {
        "0002.png": {"objects": [{"label": "car", "x": 1, "y": 1, "w": 9, "h": 9}]}
    }


def test_broken_files_are_one_problem_each() -> None:
    cases = {
        "a.json": _file()[:40],  # truncated
        "b.json": b"\xff\xfe{}",
        "c.json": b"[1, 2]",
        "d.json": _file(imagePath=None),
        "e.json": _file(imagePath="nowhere.png"),
        "f.json": _file(shapes={"a": 1}),
    }
    result = read(cases)
    assert [file for file, _, _ in problems(result)] == sorted(cases)
    assert result.answers == {}


def test_a_bad_size_is_reported_when_the_project_gives_none() -> None:
    for keys in ({"imageWidth": 0}, {"imageHeight": "200"}, {"imageWidth": True}):
        result = LABELME.read(MemorySource({"a.json": _file(**keys)}), SCHEMA, None)
        assert [(p.file, p.item) for p in result.problems] == [("a.json", "0002.png")]
        assert result.answers == {}


def test_a_second_file_for_the_same_image_is_left_out() -> None:
    one = _file(_shape("rectangle", [[1, 1], [10, 10]]))
    result = read({"a.json": one, "b.json": one})
    assert [(p.file, p.message.startswith("labels the image a.json")) for p in result.problems] == [
        ("b.json", True)
    ]


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300) | st.text(max_size=300).map(str.encode))
def test_any_bytes_get_problems_never_an_exception(data: bytes) -> None:
    read({"a.json": data})


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=200, deadline=None)
@given(st.lists(json_values, max_size=4), json_values, json_values)
def test_any_shapes_get_problems_never_an_exception(
    shapes: list[Any], width: Any, height: Any
) -> None:
    data = json.dumps(
        {"shapes": shapes, "imagePath": "0002.png", "imageWidth": width, "imageHeight": height}
    ).encode()
    read({"a.json": data})
    LABELME.read(MemorySource({"a.json": data}), SCHEMA, None)
    for kind in ("rectangle", "polygon", "point"):
        points = shapes[0] if shapes else width
        read({"a.json": _file(_shape(kind, points), _shape(kind, points, label=height))})
