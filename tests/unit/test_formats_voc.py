"""Pascal VOC: round trip, the pixel convention, the export report, and hostile files.

The convention is checked against what others do, not only against our own reader:
detectron2's `detectron2/data/datasets/pascal_voc.py` reads `xmin - 1, ymin - 1, xmax,
ymax` as its continuous box ("a box with annotation (xmin=1, xmax=W) covers the whole
image"), so `_detectron2_box` below, written after it, must give back our box.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from labeler.core import formats
from labeler.core.formats import (
    ExportEntry,
    MemorySink,
    MemorySource,
    Size,
    WriteOptions,
)
from tests.unit.formats_common import BAD_BOXES, FormatRig, problems, street_answer, street_schema

VOC = formats.get("voc")
DATA = Path(__file__).resolve().parents[1] / "data" / "voc"
SCHEMA = street_schema("road")


def answers() -> dict[str, dict[str, Any] | None]:
    return {
        "street/0001.jpg": street_answer(
            person={"label": "person", "x": 0, "y": 0, "w": 640, "h": 480},
            eye={"label": "eye", "x": 3, "y": 4},
        ),
        "0002.png": {"objects": [{"label": "car", "x": 0.1, "y": 7.25, "w": 3.3, "h": 1}]},
        "empty.jpg": None,
    }


RIG = FormatRig(VOC, SCHEMA)
entries, export, read = RIG.entries, RIG.export, RIG.read


# -- round trip ------------------------------------------------------------------------------


def test_export_import_export_gives_the_same_files() -> None:
    first, _ = export(entries(answers()))
    assert set(first) == {
        "Annotations/street/0001.xml",
        "Annotations/0002.xml",
        "Annotations/empty.xml",
    }
    RIG.round_trip(first)


def test_boxes_read_back_as_they_were() -> None:
    first, _ = export(entries(answers()))
    got = read(first).answers
    assert got["street/0001.jpg"] == {"objects": answers()["street/0001.jpg"]["objects"]}  # type: ignore[index]
    assert got["0002.png"] == answers()["0002.png"]
    assert got["empty.jpg"] == {}


def test_the_file_is_as_voc_lays_it_out() -> None:
    first, _ = export(entries(answers()))
    root = ET.fromstring(first["Annotations/street/0001.xml"])
    assert root.tag == "annotation"
    assert root.findtext("folder") == "street" and root.findtext("filename") == "0001.jpg"
    assert [root.findtext(f"size/{t}") for t in ("width", "height", "depth")] == [
        "640",
        "480",
        "3",
    ]
    car, person = root.findall("object")
    assert car.findtext("name") == "car" and car.findtext("pose") == "Unspecified"
    assert car.findtext("truncated") == "0" and car.findtext("difficult") == "0"
    corners = [car.findtext(f"bndbox/{t}") for t in ("xmin", "ymin", "xmax", "ymax")]
    assert corners == ["11", "21", "110.5", "70"]
    # 1-based and inclusive: the whole image is 1..W, 1..H.
    whole = [person.findtext(f"bndbox/{t}") for t in ("xmin", "ymin", "xmax", "ymax")]
    assert whole == ["1", "1", "640", "480"]


def _detectron2_box(obj: ET.Element) -> list[float]:
    """What detectron2's `load_voc_instances` makes of a VOC object: XYXY, continuous."""
    bbox = [float(obj.findtext(f"bndbox/{t}") or "") for t in ("xmin", "ymin", "xmax", "ymax")]
    bbox[0] -= 1.0
    bbox[1] -= 1.0
    return bbox


def test_detectron2s_reading_gives_our_boxes_back() -> None:
    first, _ = export(entries(answers()))
    root = ET.fromstring(first["Annotations/street/0001.xml"])
    boxes = [_detectron2_box(obj) for obj in root.findall("object")]
    assert boxes == [[10, 20, 110.5, 70], [0, 0, 640, 480]]


def test_the_report_lists_what_voc_cannot_hold() -> None:
    _, report = export(entries(answers()))
    held = {(line.field, line.kind): (line.count, line.why) for line in report.not_held}
    assert held == {
        ("outlines", "polygons"): (1, "left out: VOC holds boxes only"),
        ("spots", "points"): (1, "left out: VOC holds boxes only"),
        ("scene", "choice"): (1, "left out: VOC holds boxes only"),
    }
    assert report.items == 3 and report.entries == 3


def test_an_item_without_a_size_is_left_out_and_reported() -> None:
    files, report = export([ExportEntry("it9", "x.jpg", "image", answers()["0002.png"])])
    assert files == {}
    assert [line.kind for line in report.not_held] == ["image"]


def test_every_submission_of_an_item_goes_in_its_one_file_and_is_reported() -> None:
    one = entries({"0002.png": answers()["0002.png"]})[0]
    files, report = export([one, one])
    assert len(ET.fromstring(files["Annotations/0002.xml"]).findall("object")) == 2
    assert any(line.why.startswith("merged") for line in report.not_held)


# -- hostile files -----------------------------------------------------------------------------


def _xml(objects: str = "", size: str | None = None, filename: str = "0002.png") -> bytes:
    size = (
        "<size><width>300</width><height>200</height><depth>3</depth></size>"
        if size is None
        else size
    )
    return (
        f"<annotation><folder></folder><filename>{filename}</filename>{size}{objects}</annotation>"
    ).encode()


def _obj(name: str, xmin: str, ymin: str, xmax: str, ymax: str) -> str:
    return (
        f"<object><name>{name}</name><bndbox><xmin>{xmin}</xmin><ymin>{ymin}</ymin>"
        f"<xmax>{xmax}</xmax><ymax>{ymax}</ymax></bndbox></object>"
    )


def test_bad_objects_get_a_problem_each_and_the_rest_is_kept() -> None:
    good = _obj("car", "1", "1", "10", "10")
    bad = [
        *(_obj(*box) for box in BAD_BOXES),
        "<object><name>car</name></object>",  # no bndbox
        "<object><bndbox/></object>",  # no name
    ]
    result = read({"Annotations/0002.xml": _xml(good + "".join(bad))}, {"0002.png": Size(300, 200)})
    got = {at: message for _, at, message in problems(result)}
    assert len(result.problems) == len(bad) and set(got) == {f"object {n}" for n in range(2, 9)}
    assert "no boxes field has this label" in got["object 2"]
    assert "past the image width" in got["object 3"]
    assert "inverted" in got["object 4"]
    assert "must all be numbers" in got["object 5"] and "must all be numbers" in got["object 6"]
    assert "no bndbox" in got["object 7"] and "no name" in got["object 8"]
    assert result.answers == {}
    assert result.incomplete == {
        "0002.png": {"objects": [{"label": "car", "x": 0, "y": 0, "w": 10, "h": 10}]}
    }


def test_broken_files_are_one_problem_each() -> None:
    cases = {
        "a.xml": b"<annotation><filename>0002.png</filename>",  # truncated
        "b.xml": b"\xff\xfe not xml",
        "c.xml": b'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY e "x">]><annotation>&e;</annotation>',
        "d.xml": b"<labels/>",
        "e.xml": _xml(filename=""),
        "f.xml": _xml(filename="nowhere.jpg"),
    }
    result = read(cases)
    assert [file for file, _, _ in problems(result)] == sorted(cases)
    assert result.answers == {} and result.incomplete == {}


def test_a_missing_or_bad_size_is_reported_when_the_project_gives_none() -> None:
    for size in (
        "",
        "<size><width>0</width><height>2</height></size>",
        "<size><width>x</width></size>",
    ):
        result = VOC.read(MemorySource({"a.xml": _xml(size=size)}), SCHEMA, None)
        assert [(at, item) for _, at, _ in problems(result) for item in ["0002.png"]] == [
            ("size", "0002.png")
        ]
        assert result.answers == {}


def test_a_second_file_for_the_same_image_is_left_out() -> None:
    box = _obj("car", "1", "1", "10", "10")
    result = read({"a.xml": _xml(box), "b.xml": _xml(box)})
    assert [
        (file, msg.startswith("annotates the image a.xml")) for file, _, msg in problems(result)
    ] == [("b.xml", True)]


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300) | st.text(max_size=300).map(str.encode))
def test_any_bytes_get_problems_never_an_exception(data: bytes) -> None:
    read({"a.xml": data})
    read({"a.xml": _xml(data.decode("utf-8", "replace").replace("<", "").replace("&", ""))})


def test_the_caller_is_told_where_each_image_belongs() -> None:
    seen: list[tuple[str, str]] = []
    sink = MemorySink()
    options = WriteOptions(on_image=lambda entry, member, _: seen.append((entry.item_id, member)))
    VOC.write(entries(answers()), SCHEMA, sink, options)
    assert seen == [
        ("it1", "JPEGImages/street/0001.jpg"),
        ("it2", "JPEGImages/0002.png"),
        ("it3", "JPEGImages/empty.jpg"),
    ]


def test_a_file_another_tool_wrote_imports() -> None:
    """labelme's `labelme2voc.py` wrote this file from `tests/data/labelme/2011_000003.json`:
    empty `pose`, `truncated` and `difficult`, an empty `<annotation/>` inside, fractional
    corners, and the rectangle's corners as they were, not shifted to 1-based pixels. It
    imports, read as VOC's convention says (1 px to the left and up of labelme's box)."""
    files = {"Annotations/2011_000003.xml": (DATA / "2011_000003.xml").read_bytes()}
    for images in ({"JPEGImages/2011_000003.jpg": Size(500, 338)}, None):
        result = VOC.read(MemorySource(files), SCHEMA, images)
        assert result.problems == [] and result.incomplete == {}
        (boxes,) = [answer["objects"] for answer in result.answers.values()]
        assert boxes == [
            {
                "label": "person",
                "x": 190,
                "y": 106.36900369003689,
                "w": 123,
                "h": 223.00000000000006,
            },
            {"label": "person", "x": 364, "y": 82, "w": 136, "h": 251},
        ]


def test_what_xml_cannot_hold_is_reported_and_the_file_stays_well_formed() -> None:
    """A label or a file name with a control character: XML 1.0 cannot hold it even
    escaped, so the box is left out and the item written under its id, both reported."""
    from labeler.core.schema import parse_schema

    schema = parse_schema(
        {
            "title": "Odd",
            "media": "image",
            "fields": [
                {
                    "name": "objects",
                    "kind": "boxes",
                    "labels": [{"value": "car"}, {"value": "c\x01r"}],
                }
            ],
        }
    )
    boxes = [
        {"label": "car", "x": 1, "y": 2, "w": 3, "h": 4},
        {"label": "c\x01r", "x": 5, "y": 6, "w": 7, "h": 8},
    ]
    entry = ExportEntry("it1", "bad\x02name.jpg", "image", {"objects": boxes}, 640, 480)
    files, report = RIG.export([entry], schema)
    (member,) = files
    assert member == "Annotations/it1.xml"
    root = ET.fromstring(files[member])  # well-formed
    assert [o.findtext("name") for o in root.iter("object")] == ["car"]
    assert root.findtext("filename") == "it1.jpg"
    whys = {line.why for line in report.not_held}
    assert "left out: its label has a character XML 1.0 cannot hold" in whys
    assert any(why.startswith("written under its id") for why in whys)
