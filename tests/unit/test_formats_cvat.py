"""CVAT for images 1.1 XML: round trip, the file as CVAT's importer reads it, globox reading
our boxes, files CVAT wrote, and hostile files (a problem each, never an exception).

CVAT's importer needs Django and Datumaro, too heavy to install for a test; `_cvat_reads`
below repeats what it requires of a file instead: `CvatExtractor._parse` and `_parse_meta`
in `cvat/apps/dataset_manager/formats/cvat.py` of cvat-ai/cvat take `<annotations>` as the
first element and `<meta>` before any image, a `<label>` per label with its `<name>` (an
`<attribute>` there must have an `<input_type>`), `id` on every `<image>`, `xtl`, `ytl`,
`xbr`, `ybr` on a box, `points` on a polygon or points, `label` on a tag; `z_order` and
`group_id` must be integers, `rotation` a number; a shape's label must be one of the meta's
(`categories.find(label)`); and a box becomes `Bbox(xtl, ytl, xbr - xtl, ybr - ytl)`.
"""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from globox import AnnotationSet
from hypothesis import given, settings
from hypothesis import strategies as st

from labeler.core import formats
from labeler.core.formats import ExportEntry, MemorySource, Size, WriteOptions
from tests.unit.formats_common import (
    BAD_BOXES,
    SIZES,
    FormatRig,
    labels,
    problems,
    schema_of,
    street_answer,
)

CVAT = formats.get("cvat")
DATA = Path(__file__).resolve().parents[1] / "data" / "cvat"
SCHEMA = schema_of(
    {"name": "objects", "kind": "boxes", "labels": labels("car", "person")},
    {"name": "outlines", "kind": "polygons", "labels": labels("road")},
    {"name": "spots", "kind": "points", "labels": labels("eye")},
    {"name": "scene", "kind": "choice", "labels": labels("day", "night")},
    {"name": "flags", "kind": "multichoice", "labels": labels("blurry", "dark", "rain")},
    {"name": "quality", "kind": "rating"},
    {"name": "note", "kind": "text"},
)


def answers() -> dict[str, dict[str, Any] | None]:
    return {
        "street/0001.jpg": street_answer(
            person={"label": "person", "x": 0.1, "y": 7.25, "w": 3.3, "h": 1},
            eye={"label": "eye", "x": 3, "y": 4.5},
        )
        | {"flags": ["dark", "blurry"]},
        "0002.png": {"scene": "night", "spots": [{"label": "eye", "x": 0, "y": 0}]},
        "empty.jpg": None,
    }


RIG = FormatRig(CVAT, SCHEMA)
entries, export, read = RIG.entries, RIG.export, RIG.read


def xml_of(given: dict[str, Any] | None = None) -> bytes:
    return export(entries(answers() if given is None else given))[0]["annotations.xml"]


# -- round trip ------------------------------------------------------------------------------


def test_export_import_export_gives_the_same_file() -> None:
    first, _ = export(entries(answers()))
    assert list(first) == ["annotations.xml"]
    RIG.round_trip(first)


def test_regions_and_tags_read_back_as_they_were() -> None:
    got = read({"annotations.xml": xml_of()}).answers
    assert got["street/0001.jpg"] == answers()["street/0001.jpg"]
    assert got["0002.png"] == answers()["0002.png"]
    assert got["empty.jpg"] == {}


def test_the_file_is_as_cvat_lays_it_out() -> None:
    root = ET.fromstring(xml_of())
    assert root.tag == "annotations" and root.findtext("version") == "1.1"
    assert root.findtext("meta/task/mode") == "annotation"
    names = [label.findtext("name") for label in root.iterfind("meta/task/labels/label")]
    assert names == ["car", "person", "road", "eye", "day", "night", "blurry", "dark", "rain"]
    first, second, empty = root.findall("image")
    assert first.attrib == {"id": "0", "name": "street/0001.jpg", "width": "640", "height": "480"}
    assert [child.tag for child in first] == [
        "box",
        "box",
        "polygon",
        "points",
        "tag",
        "tag",
        "tag",
    ]
    car = first.find("box")
    assert car is not None and car.attrib == {
        "label": "car",
        "source": "manual",
        "occluded": "0",
        "xtl": "10",
        "ytl": "20",
        "xbr": "110.5",
        "ybr": "70",
        "z_order": "0",
    }
    assert first.find("polygon").get("points") == "0,400;640,380.25;640,480"  # type: ignore[union-attr]
    assert first.find("points").get("points") == "3,4.5"  # type: ignore[union-attr]
    assert [tag.get("label") for tag in first.iter("tag")] == ["day", "dark", "blurry"]
    assert [tag.get("label") for tag in second.iter("tag")] == ["night"]
    assert (empty.get("id"), len(empty)) == ("2", 0)


def test_the_report_lists_what_cvat_cannot_hold() -> None:
    given = answers()
    given["0002.png"] = {"quality": 4, "note": "fine", "scene": "day"}
    _, report = export(entries(given))
    held = {(line.field, line.kind): line.count for line in report.not_held}
    assert held == {("quality", "rating"): 1, ("note", "text"): 1}
    assert report.items == 3 and report.entries == 3


def test_a_tag_two_fields_share_is_reported_where_it_reads_back() -> None:
    shared = schema_of(
        {"name": "scene", "kind": "choice", "labels": labels("day", "night")},
        {"name": "light", "kind": "multichoice", "labels": labels("day", "lamp")},
    )
    given = {"0002.png": {"scene": "day", "light": ["day", "lamp"]}}
    files, report = export(entries(given), shared)
    assert [(line.field, line.why) for line in report.not_held] == [
        ("light", "written as tag 'day', which field 'scene' has too: it reads back there")
    ]
    result = read(files, schema=shared)
    assert result.incomplete["0002.png"] == {"scene": "day", "light": ["lamp"]}
    assert "is answered already" in problems(result)[0][2]


def test_every_submission_of_an_item_goes_in_its_one_image_and_is_reported() -> None:
    one = entries({"0002.png": {"spots": [{"label": "eye", "x": 1, "y": 1}]}})[0]
    files, report = export([one, one])
    (image,) = ET.fromstring(files["annotations.xml"]).findall("image")
    assert len(image.findall("points")) == 2
    assert any(line.why.startswith("merged") for line in report.not_held)


def test_an_item_without_a_size_is_left_out_and_reported() -> None:
    files, report = export([ExportEntry("it9", "x.jpg", "image", {"scene": "day"})])
    assert ET.fromstring(files["annotations.xml"]).findall("image") == []
    assert [line.kind for line in report.not_held] == ["image"]


def test_asked_for_images_the_report_says_they_are_not_in_the_file() -> None:
    seen: list[str] = []
    options = WriteOptions(on_image=lambda entry, member, _: seen.append(member))
    sink = formats.MemorySink()
    report = CVAT.write(entries(answers()), SCHEMA, sink, options)
    assert seen == [] and list(sink.files) == ["annotations.xml"]
    (line,) = [line for line in report.not_held if line.kind == "image"]
    assert line.count == 3 and line.why.startswith("not in the file")


def test_labels_and_names_xml_must_escape_read_back_as_they_are() -> None:
    awkward = ['a "b" & <c>', "گاڑی", "tab\there", "line\nend"]
    schema = schema_of(
        {"name": "objects", "kind": "boxes", "labels": labels(*awkward)},
        {"name": "scene", "kind": "multichoice", "labels": labels(*awkward)},
    )
    answer = {
        "objects": [{"label": v, "x": 1, "y": 1, "w": 2, "h": 2} for v in awkward],
        "scene": awkward,
    }
    one = ExportEntry("it2", 'night/<"&">.png', "image", answer, 300, 200)
    files, _ = export([one], schema)
    result = CVAT.read(MemorySource(files), schema, None)
    assert result.problems == []
    assert result.answers == {'night/<"&">.png': answer}


def test_what_xml_cannot_hold_is_reported_not_written() -> None:
    bad = "bell\x07"
    schema = schema_of(
        {"name": "objects", "kind": "boxes", "labels": labels("car", bad)},
        {"name": "scene", "kind": "choice", "labels": labels("day", bad)},
    )
    answer = {
        "objects": [
            {"label": bad, "x": 1, "y": 1, "w": 2, "h": 2},
            {"label": "car", "x": 1, "y": 1, "w": 2, "h": 2},
        ],
        "scene": bad,
    }
    entry = ExportEntry("it2", "night\x01.png", "image", answer, 300, 200)
    files, report = export([entry], schema)
    result = CVAT.read(MemorySource(files), schema, None)
    assert result.problems == []
    assert result.answers == {"it2.png": {"objects": [answer["objects"][1]]}}
    assert [(line.field, line.kind, line.why) for line in report.not_held] == [
        (
            "",
            "file name",
            "written under its id: its file name has a character XML 1.0 cannot hold",
        ),
        ("objects", "boxes", "left out: its label has a character XML 1.0 cannot hold"),
        ("scene", "choice", "left out: its label has a character XML 1.0 cannot hold"),
    ]


def test_a_polygon_whose_label_only_a_boxes_field_has_becomes_the_box_around_it() -> None:
    data = _file('<polygon label="car" points="1,2;10.5,2;4,9.25"/>')
    got = read({"annotations.xml": data}).answers["0002.png"]
    assert got == {"objects": [{"label": "car", "x": 1, "y": 2, "w": 9.5, "h": 7.25}]}


# -- read by others --------------------------------------------------------------------------


def _numbers(text: str) -> list[float]:
    return [float(v) for pair in text.split(";") for v in pair.split(",")]


def _cvat_reads(data: bytes) -> dict[str, list[tuple[str, str, list[float]]]]:
    """The shapes and tags of each image as CVAT's `CvatExtractor` takes them, failing
    where it would fail (see the module's docstring)."""
    events = iter(ET.iterparse(io.BytesIO(data), events=("start", "end")))
    event, root = next(events)
    assert (event, root.tag) == ("start", "annotations")
    known: set[str] = set()
    for event, element in events:
        if event == "end" and element.tag == "meta":
            for label in element.iter("label"):
                name = label.findtext("name")
                assert name
                known.add(name)
                for attribute in label.iter("attribute"):
                    assert attribute.findtext("input_type")
    order = [child.tag for child in root]
    assert "meta" in order and ("image" not in order or order.index("meta") < order.index("image"))
    out: dict[str, list[tuple[str, str, list[float]]]] = {}
    for image in root.iter("image"):
        int(image.attrib["id"])
        int(image.attrib["width"]), int(image.attrib["height"])
        shapes = out.setdefault(image.attrib["name"], [])
        for element in image:
            int(element.get("group_id", 0))
            if element.tag == "tag":
                assert element.attrib["label"] in known
                shapes.append(("tag", element.attrib["label"], []))
                continue
            int(element.get("z_order", 0)), float(element.get("rotation", 0))
            assert element.get("label") in known
            if element.tag == "box":
                xtl, ytl, xbr, ybr = (
                    float(element.attrib[k]) for k in ("xtl", "ytl", "xbr", "ybr")
                )
                shapes.append(("box", element.attrib["label"], [xtl, ytl, xbr - xtl, ybr - ytl]))
            else:
                shapes.append(
                    (element.tag, element.attrib["label"], _numbers(element.attrib["points"]))
                )
    return out


def test_cvats_importer_takes_the_file_and_finds_our_regions() -> None:
    got = _cvat_reads(xml_of())
    assert got["street/0001.jpg"] == [
        ("box", "car", [10, 20, 100.5, 50]),
        ("box", "person", pytest.approx([0.1, 7.25, 3.3, 1])),
        ("polygon", "road", [0, 400, 640, 380.25, 640, 480]),
        ("points", "eye", [3, 4.5]),
        ("tag", "day", []),
        ("tag", "dark", []),
        ("tag", "blurry", []),
    ]
    assert got["0002.png"] == [("points", "eye", [0, 0]), ("tag", "night", [])]
    assert got["empty.jpg"] == []


def test_the_check_refuses_what_cvat_refuses() -> None:
    """`_cvat_reads` is no rubber stamp: a label the meta lacks, or a box without a corner,
    fails it as it fails CVAT."""
    good = xml_of()
    for bad in (
        good.replace(b'<tag label="night"', b'<tag label="dusk"'),
        good.replace(b' xbr="110.5"', b""),
        good.replace(b'<image id="1"', b"<image"),
    ):
        with pytest.raises((AssertionError, KeyError)):
            _cvat_reads(bad)


def test_globox_reads_our_boxes(tmp_path: Path) -> None:
    path = tmp_path / "annotations.xml"
    path.write_bytes(xml_of())
    read_back = {a.image_id: a for a in AnnotationSet.from_cvat(path)}
    assert set(read_back) == set(SIZES)
    street = read_back["street/0001.jpg"]
    assert street.image_size == (640, 480)
    assert [(b.label, b.ltrb) for b in street.boxes] == [
        ("car", (10, 20, 110.5, 70)),
        ("person", pytest.approx((0.1, 7.25, 3.4, 8.25))),
    ]
    assert read_back["0002.png"].boxes == [] and read_back["0002.png"].image_size == (300, 200)


# -- files CVAT wrote ------------------------------------------------------------------------

DATUMARO_SCHEMA = schema_of(
    {"name": "objects", "kind": "boxes", "labels": labels("label1")},
    {"name": "outlines", "kind": "polygons", "labels": labels("label1")},
    {"name": "spots", "kind": "points", "labels": labels("label2")},
)


def _real(name: str) -> dict[str, bytes]:
    return {"annotations.xml": (DATA / name).read_bytes()}


def test_a_project_cvat_exported_imports_by_subset() -> None:
    """A project export: images under `<subset>/<name>`, a box with attributes and the
    occluded flag, a polyline, a polygon and a points of three points, three subsets."""
    result = CVAT.read(MemorySource(_real("datumaro_project.xml")), DATUMARO_SCHEMA, None)
    polygon = {"label": "label1", "points": [[1, 2], [3, 4], [6, 5]]}
    points = [{"label": "label2", "x": x, "y": x + 1} for x in (1, 3, 5)]
    for subset in ("Test", "Train", "Validation"):
        assert result.answers[f"{subset}/img1.jpg"] == {"outlines": [polygon], "spots": points}
        assert result.incomplete[f"{subset}/img0.jpg"] == {
            "objects": [{"label": "label1", "x": 0, "y": 2, "w": 4, "h": 2}]
        }
    got = {(p.at, p.message) for p in result.problems}
    assert got == {
        (
            f"image {n}, box 1",
            "box 'label1': imported without its occluded flag and attributes "
            "'a1', 'a2', 'a3', 'a4', which no field holds",
        )
        for n in (1, 3, 5)
    } | {
        (
            f"image {n}, polyline 1",
            "'label2' is a polyline, which no field kind holds: not imported",
        )
        for n in (1, 3, 5)
    }


def test_a_project_image_in_several_subsets_is_read_once() -> None:
    images = {"img0.jpg": Size(8, 8), "img1.jpg": Size(10, 10)}
    result = CVAT.read(MemorySource(_real("datumaro_project.xml")), DATUMARO_SCHEMA, images)
    # The later copies are left out, and their items kept apart with the problem.
    assert result.answers == {} and set(result.incomplete) == {"img0.jpg", "img1.jpg"}
    again = [p for p in result.problems if "already" in p.message]
    assert [p.at for p in again] == ["image 3", "image 4", "image 5", "image 6"]
    assert again[0].message.startswith("lists the image annotations.xml, image 1 lists already")


def test_a_recent_cvat_project_export_lists_its_empty_images() -> None:
    result = CVAT.read(MemorySource(_real("cveta2_project.xml")), DATUMARO_SCHEMA, None)
    assert result.problems == [] and result.incomplete == {}
    assert result.answers == {
        f"default/{name}": {}
        for name in (
            "000000000009.avif",
            "000000000025.bmp",
            "000000000036.jpeg",
            "000000000042.jpg",
            "000000000009_1.avif",
            "000000000042_1.jpg",
        )
    }


def test_a_cvat_for_video_file_is_one_problem_per_track() -> None:
    result = CVAT.read(MemorySource(_real("datumaro_video.xml")), DATUMARO_SCHEMA, None)
    assert result.answers == {} and result.incomplete == {}
    assert [(p.at, p.item) for p in result.problems] == [
        ("track 1", None),
        ("track 2", None),
        ("track 3", None),
    ]
    assert "CVAT for video" in result.problems[0].message


# -- hostile files -----------------------------------------------------------------------------


def _file(*elements: str, name: str = "0002.png", size: str = 'width="300" height="200"') -> bytes:
    body = "".join(elements)
    return (
        f'<annotations><version>1.1</version><meta/><image id="0" name="{name}" {size}>'
        f"{body}</image></annotations>"
    ).encode()


def _box(label: str, xtl: str, ytl: str, xbr: str, ybr: str, more: str = "") -> str:
    return f'<box label="{label}" xtl="{xtl}" ytl="{ytl}" xbr="{xbr}" ybr="{ybr}"{more}/>'


def test_bad_shapes_get_a_problem_each_and_the_rest_is_kept() -> None:
    good = _box("car", "1", "1", "10", "10")
    bad = [
        *(_box(*box) for box in BAD_BOXES),
        _box("car", "1", "1", "10", "10", ' rotation="30"'),  # rotated
        '<polygon label="road" points="1,1;2,2"/>',  # too few points
        '<polygon label="road" points="1,1;2;3,3"/>',  # not pairs
        '<points label="car" points="1,1"/>',  # no points field has car
        '<tag label="dusk"/>',  # no choice field has it
        '<tag label="day"/><tag label="night"/>',  # a choice takes one
        '<tag label="rain"/><tag label="rain"/>',  # a multichoice label twice
        '<ellipse label="car" cx="5" cy="5" rx="1" ry="1"/>',
        '<mask label="car" rle="1,2" left="0" top="0" width="1" height="1"/>',
        '<cloud label="car"/>',
        '<box xtl="1" ytl="1" xbr="2" ybr="2"/>',  # no label
    ]
    result = read({"annotations.xml": _file(good, *bad)})
    got = {at: message for _, at, message in problems(result)}
    assert len(result.problems) == len(bad)
    expected = {
        "box 2": "no boxes field has this label",
        "box 3": "past the image width",
        "box 4": "inverted",
        "box 5": "must all be numbers",
        "box 6": "must all be numbers",
        "box 7": "rotated",
        "polygon 1": "3 points or more",
        "polygon 2": "x,y pairs",
        "points 1": "no points field",
        "tag 1": "no choice or multichoice field",
        "tag 3": "is answered already at image 1, tag 2",
        "tag 5": "is chosen already",
        "ellipse 1": "is an ellipse",
        "mask 1": "is a mask",
        "cloud 1": "unknown element 'cloud'",
        "box 8": "has no label",
    }
    wrong = {
        at: got.get(f"image 1, {at}")
        for at, part in expected.items()
        if part not in got.get(f"image 1, {at}", "")
    }
    assert wrong == {}
    assert result.answers == {}
    assert result.incomplete == {
        "0002.png": {
            "objects": [{"label": "car", "x": 1, "y": 1, "w": 9, "h": 9}],
            "scene": "day",
            "flags": ["rain"],
        }
    }


def test_broken_files_are_one_problem_each() -> None:
    cases = {
        "a.xml": _file()[:60],  # truncated
        "b.xml": b"\xff\xfe not xml",
        "c.xml": b'<!DOCTYPE a [<!ENTITY e "x">]><annotations>&e;</annotations>',
        "d.xml": b"<annotation/>",
        "e.xml": _file(name=""),
        "f.xml": _file(name="nowhere.jpg"),
        "g.xml": _file(size='width="0" height="x"').replace(b"0002.png", b"0003.png"),
    }
    images = dict(SIZES)
    del images["empty.jpg"]
    result = CVAT.read(MemorySource(cases), SCHEMA, None)
    assert sorted({file for file, _, _ in problems(result)}) == [
        "a.xml",
        "b.xml",
        "c.xml",
        "d.xml",
        "e.xml",
        "g.xml",
    ]
    result = read(cases, images)
    assert [file for file, _, _ in problems(result)] == sorted(cases)
    assert result.answers == {} and result.incomplete == {}


def test_an_archive_without_xml_says_so() -> None:
    result = read({"images/0002.png": b"png"})
    assert problems(result) == [
        ("", "", "no XML file to read: CVAT for images is one annotations.xml")
    ]


def test_unknown_top_level_elements_are_reported() -> None:
    data = _file().replace(b"<meta/>", b"<meta/><frame/>")
    assert [msg for _, _, msg in problems(read({"a.xml": data}))] == [
        "has an unknown element 'frame', not read"
    ]


def test_a_second_image_element_for_the_same_image_is_left_out() -> None:
    box = _box("car", "1", "1", "10", "10")
    one = _file(box).decode()
    image = one[one.index("<image") : one.index("</annotations>")]
    data = one.replace("</annotations>", image + "</annotations>").encode()
    result = read({"annotations.xml": data})
    assert [
        (at, msg.startswith("lists the image annotations.xml, image 1"))
        for _, at, msg in problems(result)
    ] == [("image 2", True)]
    assert result.incomplete["0002.png"] == {
        "objects": [{"label": "car", "x": 1, "y": 1, "w": 9, "h": 9}]
    }


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300) | st.text(max_size=300).map(str.encode))
def test_any_bytes_get_problems_never_an_exception(data: bytes) -> None:
    read({"annotations.xml": data})
    text = data.decode("utf-8", "replace").replace("<", "").replace("&", "").replace('"', "")
    for element in (
        _box("car", text, "1", "2", "2"),
        f'<polygon label="road" points="{text}"/>',
        f'<points label="eye" points="{text}"/>',
        f'<tag label="{text}"/>',
    ):
        read({"annotations.xml": _file(element)})
        CVAT.read(MemorySource({"a.xml": _file(element, size=f'width="{text}"')}), SCHEMA, None)
