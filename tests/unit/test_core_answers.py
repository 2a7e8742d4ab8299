"""Answer validation per PROTOCOL.md "Answers": kinds, bounds, code points, paths."""

from __future__ import annotations

from typing import Any

import pytest

from labeler.core.answers import ItemContext, validate_answer
from labeler.core.problems import AnswerInvalid
from labeler.core.schema import Schema, parse_schema

NAN = float("nan")
INF = float("inf")


def schema_of(media: str, *fields: dict[str, Any]) -> Schema:
    return parse_schema({"title": "T", "media": media, "fields": list(fields)})


IMAGE = schema_of(
    "image",
    {"name": "scene", "kind": "choice", "labels": [{"value": "urban"}, {"value": "rural"}]},
    {
        "name": "tags",
        "kind": "multichoice",
        "labels": [{"value": "a"}, {"value": "b"}],
        "max_count": 2,
    },
    {"name": "quality", "kind": "rating", "required": False, "min": 1, "max": 5},
    {"name": "note", "kind": "text"},
    {"name": "objects", "kind": "boxes", "labels": [{"value": "car"}], "max_count": 3},
    {"name": "areas", "kind": "polygons", "labels": [{"value": "road"}]},
    {"name": "keypoints", "kind": "points", "labels": [{"value": "eye"}]},
)
TEXT = schema_of(
    "text",
    {"name": "entities", "kind": "spans", "labels": [{"value": "PER"}, {"value": "LOC"}]},
)
AUDIO = schema_of(
    "audio",
    {"name": "speech", "kind": "segments", "labels": [{"value": "speech"}]},
    {"name": "transcript", "kind": "transcript"},
)
PHOTO = ItemContext(width=100, height=50)


def paths(schema: Schema, answer: object, context: ItemContext | None = None) -> set[str]:
    with pytest.raises(AnswerInvalid) as caught:
        validate_answer(schema, answer, context)
    return {p.path for p in caught.value.problems}


def image(**values: Any) -> dict[str, Any]:
    return {"scene": "urban", **values}


def test_minimal_valid_answer_round_trips() -> None:
    answer = image(objects=[{"label": "car", "x": 0, "y": 0, "w": 100, "h": 50}])
    assert validate_answer(IMAGE, answer, PHOTO) == answer


def test_nulls_of_optional_fields_are_dropped() -> None:
    assert validate_answer(IMAGE, image(note=None, objects=None)) == image()


@pytest.mark.parametrize("answer", [None, [], "urban", 3, True])
def test_answer_must_be_object(answer: object) -> None:
    assert paths(IMAGE, answer) == {""}


def test_missing_required_and_unknown_field() -> None:
    assert paths(IMAGE, {"weather": "sun"}) == {"scene", "weather"}
    assert paths(IMAGE, {"scene": None}) == {"scene"}


@pytest.mark.parametrize("value", ["city", "", 1, ["urban"], {"v": "urban"}, True])
def test_choice(value: object) -> None:
    assert paths(IMAGE, image(scene=value)) == {"scene"}


@pytest.mark.parametrize(
    ("value", "bad"),
    [
        (["a", "a"], {"tags[1]"}),
        (["c"], {"tags[0]"}),
        (["a", 1], {"tags[1]"}),
        ("a", {"tags"}),
        (["a", "b", "a"], {"tags", "tags[2]"}),
    ],
)
def test_multichoice(value: object, bad: set[str]) -> None:
    assert paths(IMAGE, image(tags=value)) == bad


def test_multichoice_empty_is_an_answer() -> None:
    validate_answer(IMAGE, image(tags=[]))


@pytest.mark.parametrize("value", [0, 6, 3.0, 2.5, True, "3", NAN, -1])
def test_rating_bad(value: object) -> None:
    assert paths(IMAGE, image(quality=value)) == {"quality"}


@pytest.mark.parametrize("value", [1, 3, 5])
def test_rating_good(value: int) -> None:
    validate_answer(IMAGE, image(quality=value))


def test_text_limits() -> None:
    validate_answer(IMAGE, image(note="x" * 10_000))
    assert paths(IMAGE, image(note="x" * 10_001)) == {"note"}
    assert paths(IMAGE, image(note=5)) == {"note"}
    assert paths(IMAGE, image(note="a\x00b")) == {"note"}
    assert paths(IMAGE, image(note="\udc00")) == {"note"}
    # Length counts code points: 10 000 emoji are fine.
    validate_answer(IMAGE, image(note="👋" * 10_000))


def test_transcript_limits() -> None:
    validate_answer(AUDIO, {"transcript": "x" * 100_000})
    assert paths(AUDIO, {"transcript": "x" * 100_001}) == {"transcript"}
    assert paths(AUDIO, {}) == {"transcript"}  # required by default
    validate_answer(AUDIO, {"transcript": ""})  # silence is an answer


def box(**over: Any) -> dict[str, Any]:
    return {"label": "car", "x": 10, "y": 10, "w": 20, "h": 20, **over}


@pytest.mark.parametrize(
    ("item", "bad"),
    [
        (box(w=0), {"objects[0].w"}),
        (box(h=-1), {"objects[0].h"}),
        (box(x=-1.5), {"objects[0].x"}),
        (box(y=-2), {"objects[0].y"}),
        (box(x=81.5), {"objects[0].w"}),
        (box(y=31.5), {"objects[0].h"}),
        (box(x="1"), {"objects[0].x"}),
        (box(x=True), {"objects[0].x"}),
        (box(w=NAN), {"objects[0].w"}),
        (box(h=INF), {"objects[0].h"}),
        (box(label="bus"), {"objects[0].label"}),
        (box(label="bus", w=0), {"objects[0].label", "objects[0].w"}),
        (box(extra=1), {"objects[0].extra"}),
        ({"label": "car", "x": 1, "y": 1, "w": 2}, {"objects[0].h"}),
        ([1, 2, 3, 4], {"objects[0]"}),
    ],
)
def test_boxes_bad(item: object, bad: set[str]) -> None:
    assert paths(IMAGE, image(objects=[item]), PHOTO) == bad


@pytest.mark.parametrize(
    "item", [box(x=-1, y=-1), box(x=81, w=20), box(y=31, h=20), box(x=0.5, w=0.25)]
)
def test_boxes_tolerance(item: dict[str, Any]) -> None:
    validate_answer(IMAGE, image(objects=[item]), PHOTO)


def test_boxes_unbounded_without_size() -> None:
    validate_answer(IMAGE, image(objects=[box(x=5000, w=9000)]))
    validate_answer(IMAGE, image(objects=[box(x=5000)]), ItemContext(height=50))


def test_boxes_max_count_and_type() -> None:
    assert paths(IMAGE, image(objects=[box()] * 4)) == {"objects"}
    assert paths(IMAGE, image(objects=box())) == {"objects"}


def polygon(points: Any, label: str = "road") -> dict[str, Any]:
    return {"label": label, "points": points}


@pytest.mark.parametrize(
    ("item", "bad"),
    [
        (polygon([[0, 0], [10, 0]]), {"areas[0].points"}),
        (polygon([[0, 0], [10, 0], [10]]), {"areas[0].points[2]"}),
        (polygon([[0, 0], [10, 0], [10, "1"]]), {"areas[0].points[2]"}),
        (polygon([[0, 0], [10, 0], [10, NAN]]), {"areas[0].points[2]"}),
        (polygon([[0, 0], [10, 0], [200, 10]]), {"areas[0].points[2]"}),
        (polygon([[0, 0], [10, 0], [10, -5]]), {"areas[0].points[2]"}),
        (polygon([[0, 0], [5, 0], [10, 0]]), {"areas[0].points"}),
        (polygon({"x": 1}), {"areas[0].points"}),
        (polygon([[0, 0], [10, 0], [10, 10]], label="river"), {"areas[0].label"}),
    ],
)
def test_polygons_bad(item: object, bad: set[str]) -> None:
    assert paths(IMAGE, image(areas=[item]), PHOTO) == bad


def test_polygons_good_including_bow_tie() -> None:
    square = polygon([[0, 0], [10, 0], [10, 10], [0, 10]])
    bow_tie = polygon([[0, 0], [10, 10], [10, 0], [0, 10]])
    validate_answer(IMAGE, image(areas=[square, bow_tie]), PHOTO)


@pytest.mark.parametrize(
    ("item", "bad"),
    [
        ({"label": "eye", "x": 101.5, "y": 1}, {"keypoints[0].x"}),
        ({"label": "eye", "x": 1, "y": -1.5}, {"keypoints[0].y"}),
        ({"label": "eye", "x": -9, "y": 51.5}, {"keypoints[0].x", "keypoints[0].y"}),
        ({"label": "eye", "x": 1}, {"keypoints[0].y"}),
        ({"label": "eye", "x": 1, "y": None}, {"keypoints[0].y"}),
        ({"label": "nose", "x": 1, "y": 1}, {"keypoints[0].label"}),
    ],
)
def test_points_bad(item: object, bad: set[str]) -> None:
    assert paths(IMAGE, image(keypoints=[item]), PHOTO) == bad


def test_points_good() -> None:
    validate_answer(IMAGE, image(keypoints=[{"label": "eye", "x": 100.5, "y": 0}]), PHOTO)


MIXED = "سلام 👋 world"


def span(start: Any, end: Any, label: str = "PER") -> dict[str, Any]:
    return {"label": label, "start": start, "end": end}


def test_spans_count_code_points() -> None:
    # 4 Urdu letters, space, one emoji (one code point, two UTF-16 units), space, 5 letters.
    assert len(MIXED) == 12
    context = ItemContext(text=MIXED)
    answer = {"entities": [span(0, 4), span(5, 6, "LOC"), span(7, 12)]}
    assert validate_answer(TEXT, answer, context) == answer
    assert MIXED[0:4] == "سلام" and MIXED[5:6] == "👋" and MIXED[7:12] == "world"
    # A UTF-16 offset (14) runs past the end.
    assert paths(TEXT, {"entities": [span(7, 14)]}, context) == {"entities[0].end"}


@pytest.mark.parametrize(
    ("item", "bad"),
    [
        (span(-1, 3), {"entities[0].start"}),
        (span(3, 3), {"entities[0].end"}),
        (span(4, 2), {"entities[0].end"}),
        (span(0, 13), {"entities[0].end"}),
        (span(0.0, 3), {"entities[0].start"}),
        (span(0, 3.5), {"entities[0].end"}),
        (span(False, 3), {"entities[0].start"}),
        (span(0, 3, "ORG"), {"entities[0].label"}),
        ({"label": "PER", "start": 0, "end": 3, "text": "سلا"}, {"entities[0].text"}),
    ],
)
def test_spans_bad(item: object, bad: set[str]) -> None:
    assert paths(TEXT, {"entities": [item]}, ItemContext(text=MIXED)) == bad


def test_spans_without_text_check_only_order() -> None:
    validate_answer(TEXT, {"entities": [span(0, 10_000)]})


def segment(start: Any, end: Any) -> dict[str, Any]:
    return {"label": "speech", "start": start, "end": end}


@pytest.mark.parametrize(
    ("item", "bad"),
    [
        (segment(-0.1, 1), {"speech[0].start"}),
        (segment(2, 2), {"speech[0].end"}),
        (segment(2, 10.5), {"speech[0].end"}),
        (segment(NAN, 1), {"speech[0].start"}),
        (segment(0, INF), {"speech[0].end"}),
        (segment("0", 1), {"speech[0].start"}),
    ],
)
def test_segments_bad(item: object, bad: set[str]) -> None:
    answer = {"transcript": "", "speech": [item]}
    assert paths(AUDIO, answer, ItemContext(duration=10.0)) == bad


def test_segments_good() -> None:
    answer = {"transcript": "", "speech": [segment(0, 1.25), segment(9.5, 10)]}
    validate_answer(AUDIO, answer, ItemContext(duration=10.0))


def test_collects_every_problem() -> None:
    answer = {
        "scene": "city",
        "tags": ["a", "a"],
        "quality": 9,
        "objects": [box(w=0), box(label="bus")],
        "colour": "red",
    }
    assert paths(IMAGE, answer, PHOTO) == {
        "scene",
        "tags[1]",
        "quality",
        "objects[0].w",
        "objects[1].label",
        "colour",
    }
