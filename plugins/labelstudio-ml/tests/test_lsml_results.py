"""A backend's Label Studio results in our answer shapes, and what cannot be taken said."""

from __future__ import annotations

from typing import Any

import pytest
from labeler_labelstudio_ml.results import map_results, read_prediction

from labeler.core.plugins import ItemView
from labeler.core.schema import Schema, parse_schema

PICTURE = ItemView("p", "image", size=(1000, 500), display_size=(500, 250))


def _image_schema() -> Schema:
    return parse_schema(
        {
            "title": "",
            "media": "image",
            "fields": [
                {"name": "cars", "kind": "boxes", "labels": [{"value": "car"}]},
                {"name": "roads", "kind": "polygons", "labels": [{"value": "road"}]},
                {"name": "poles", "kind": "points", "labels": [{"value": "pole"}]},
                {"name": "time", "kind": "choice", "labels": [{"value": "day"}]},
                {"name": "tags", "kind": "multichoice", "labels": [{"value": "a"}, {"value": "b"}]},
                {"name": "quality", "kind": "rating", "min": 1, "max": 5},
                {"name": "note", "kind": "text"},
            ],
        }
    )


def _r(name: str, kind: str, value: dict[str, Any], **more: Any) -> dict[str, Any]:
    return {"from_name": name, "to_name": "image", "type": kind, "value": value, **more}


def test_each_kind_maps_to_its_answer_in_original_pixels() -> None:
    # The backend saw the 500×250 display variant and says so; percent are of any size.
    seen = {"original_width": 500, "original_height": 250}
    results = [
        _r(
            "cars",
            "rectanglelabels",
            {"x": 10, "y": 20, "width": 5, "height": 10, "rectanglelabels": ["car"]},
            **seen,
        ),
        _r(
            "roads",
            "polygonlabels",
            {"points": [[0, 0], [50, 0], [50, 100]], "polygonlabels": ["road"]},
            **seen,
        ),
        _r("poles", "keypointlabels", {"x": 50, "y": 50, "keypointlabels": ["pole"]}, **seen),
        _r("time", "choices", {"choices": ["day"]}),
        _r("tags", "choices", {"choices": ["b", "a"]}),
        _r("quality", "rating", {"rating": 4}),
        _r("note", "textarea", {"text": ["two", "lines"]}),
    ]
    answer, problems = map_results(results, PICTURE, _image_schema())
    assert problems == []
    assert answer == {
        "cars": [{"label": "car", "x": 100, "y": 100, "w": 50, "h": 50}],
        "roads": [{"label": "road", "points": [[0, 0], [500, 0], [500, 500]]}],
        "poles": [{"label": "pole", "x": 500, "y": 250}],
        "time": "day",
        "tags": ["b", "a"],
        "quality": 4,
        "note": "two\nlines",
    }


@pytest.mark.parametrize(
    ("result", "said"),
    [
        (
            _r("cars", "brushlabels", {"format": "rle", "rle": [1], "brushlabels": ["car"]}),
            "a brush mask needs original_width and original_height",
        ),
        (
            _r("mask", "brushlabels", {"format": "rle", "rle": [1], "brushlabels": ["car"]}),
            "from_name 'mask' is not a field of the schema",
        ),
        (
            {"type": "relation", "from_id": "a", "to_id": "b"},
            "a relation between regions has no equivalent; left out",
        ),
        (
            _r("cars", "ellipselabels", {"x": 1, "y": 1, "radiusX": 2, "radiusY": 2}),
            "a 'ellipselabels' result cannot answer field 'cars' (boxes)",
        ),
        (
            _r(
                "cars",
                "rectanglelabels",
                {"x": 90, "y": 0, "width": 20, "height": 5, "rectanglelabels": ["car"]},
            ),
            "value.x + value.width is 110 %: past the image",
        ),
        (
            _r(
                "cars",
                "rectanglelabels",
                {"x": 1, "y": 1, "width": 2, "height": 2, "rectanglelabels": ["truck"]},
            ),
            "unknown label 'truck'",
        ),
        ("not a result", "must be a result object, not a string"),
    ],
)
def test_what_cannot_be_taken_is_said_with_its_place(result: object, said: str) -> None:
    good = _r("time", "choices", {"choices": ["day"]})
    answer, problems = map_results([good, result], PICTURE, _image_schema())
    assert answer == {"time": "day"}
    [problem] = problems
    assert problem.startswith("result[1]: ") and said in problem


def test_text_spans_are_code_points_and_checked_against_the_text() -> None:
    schema = parse_schema(
        {
            "title": "",
            "media": "text",
            "fields": [{"name": "ents", "kind": "spans", "labels": [{"value": "LOC"}]}],
        }
    )
    item = ItemView("t", "text", text="👋 Lahore")
    good = {
        "from_name": "ents",
        "type": "labels",
        "value": {"start": 2, "end": 8, "text": "Lahore", "labels": ["LOC"]},
    }
    # The same span in UTF-16 units (as a JavaScript backend counts) lies past the end.
    shifted = {
        "from_name": "ents",
        "type": "labels",
        "value": {"start": 3, "end": 9, "text": "Lahore", "labels": ["LOC"]},
    }
    answer, problems = map_results([good, shifted], item, schema)
    assert answer == {"ents": [{"label": "LOC", "start": 2, "end": 8}]}
    [problem] = problems
    assert problem == "result[1]: span 'LOC': lies past the end of the text (8 characters)"
    said = {**good, "value": {**good["value"], "text": "Lahor"}}
    assert "value.text is 'Lahor'" in map_results([said], item, schema)[1][0]


def test_audio_labels_are_segments_in_seconds_within_the_clip() -> None:
    schema = parse_schema(
        {
            "title": "",
            "media": "audio",
            "fields": [
                {"name": "speech", "kind": "segments", "labels": [{"value": "v"}]},
                {"name": "words", "kind": "transcript"},
            ],
        }
    )
    item = ItemView("a", "audio", duration=3.0)
    results = [
        {
            "from_name": "speech",
            "type": "labels",
            "value": {"start": 0.25, "end": 1, "labels": ["v"]},
        },
        {"from_name": "speech", "type": "labels", "value": {"start": 2, "end": 9, "labels": ["v"]}},
        {"from_name": "words", "type": "textarea", "value": {"text": ["hello"]}},
    ]
    answer, problems = map_results(results, item, schema)
    assert answer == {"speech": [{"label": "v", "start": 0.25, "end": 1}], "words": "hello"}
    [problem] = problems
    assert problem.startswith("result[1]: ")


def test_the_confidence_is_the_prediction_s_score_else_its_results_mean() -> None:
    schema = _image_schema()
    box = {"x": 1, "y": 1, "width": 2, "height": 2, "rectanglelabels": ["car"]}
    both = {"result": [_r("cars", "rectanglelabels", box, score=0.2)], "score": 0.9}
    assert read_prediction(both, PICTURE, schema).confidence == 0.9
    results = [_r("cars", "rectanglelabels", box, score=s) for s in (0.2, 0.6)]
    assert read_prediction({"result": results}, PICTURE, schema).confidence == pytest.approx(0.4)
    assert read_prediction({"result": results[:0]}, PICTURE, schema).confidence is None
    # A bare list of results, as some backends answer, is read as a prediction.
    assert read_prediction(results, PICTURE, schema).answer["cars"][0]["label"] == "car"


def test_a_score_outside_zero_to_one_is_said_and_not_kept() -> None:
    box = {"x": 1, "y": 1, "width": 2, "height": 2, "rectanglelabels": ["car"]}
    read = read_prediction(
        {"result": [_r("cars", "rectanglelabels", box)], "score": 87}, PICTURE, _image_schema()
    )
    assert read.confidence is None and read.answer["cars"]
    assert read.problems == ["score 87 is outside 0 to 1; no confidence kept"]


def test_a_prediction_without_results_is_said() -> None:
    read = read_prediction({"predictions": []}, PICTURE, _image_schema())
    assert read.answer == {}
    assert read.problems == ["the prediction is not an object with a result list; nothing taken"]


def test_a_picture_of_unknown_size_takes_no_region() -> None:
    item = ItemView("p", "image")
    box = {"x": 1, "y": 1, "width": 2, "height": 2, "rectanglelabels": ["car"]}
    answer, problems = map_results([_r("cars", "rectanglelabels", box)], item, _image_schema())
    assert answer == {}
    assert "the image size is unknown" in problems[0]


def _painted(width: int, height: int, *boxes: tuple[int, int, int, int]) -> Any:
    import numpy as np

    mask = np.zeros((height, width), np.uint8)
    for x0, y0, x1, y1 in boxes:
        mask[y0:y1, x0:x1] = 255
    return mask


def test_brush_masks_decode_as_label_studio_s_converter_packs_them() -> None:
    brush = pytest.importorskip("label_studio_converter.brush")
    import numpy as np
    from labeler_labelstudio_ml.brush import decode

    mask = _painted(50, 40, (5, 5, 20, 30), (30, 2, 31, 3))
    rle = brush.mask2rle(mask)
    assert np.array_equal(decode(rle), brush.decode_rle(rle))
    assert np.array_equal(decode(rle).reshape(40, 50, 4)[:, :, 3], mask)


def test_a_brush_mask_becomes_a_polygon_or_a_box_and_what_is_lost_is_said() -> None:
    brush = pytest.importorskip("label_studio_converter.brush")
    # A 100×50 mask: a square with a hole, and a speck apart.
    mask = _painted(100, 50, (10, 10, 30, 40), (90, 45, 92, 47))
    mask[20:25, 15:20] = 0
    value = {"format": "rle", "rle": brush.mask2rle(mask), "brushlabels": ["road"]}
    sized = {"original_width": 100, "original_height": 50}
    schema = parse_schema(
        {
            "title": "",
            "media": "image",
            "fields": [
                {"name": "roads", "kind": "polygons", "labels": [{"value": "road"}]},
                {"name": "boxes", "kind": "boxes", "labels": [{"value": "road"}]},
                {"name": "poles", "kind": "points", "labels": [{"value": "road"}]},
            ],
        }
    )
    results = [_r(name, "brushlabels", value, **sized) for name in ("roads", "boxes", "poles")]
    answer, problems = map_results(results, PICTURE, schema)
    # The picture is 1000×500: ten times the mask.
    assert answer == {
        "roads": [{"label": "road", "points": [[100, 100], [100, 400], [300, 400], [300, 100]]}],
        "boxes": [{"label": "road", "x": 100, "y": 100, "w": 200, "h": 300}],
    }
    assert problems == [
        "result[0]: 1 smaller pieces of the brush mask (4 px) left out",
        "result[0]: 1 holes in the brush mask filled",
        "result[1]: 1 smaller pieces of the brush mask (4 px) left out",
        "result[2]: a 'brushlabels' result cannot answer field 'poles' (points)",
    ]


@pytest.mark.parametrize(
    ("value", "size", "said"),
    [
        ({"format": "rle", "rle": [0, 0, 0]}, (2, 2), "value.rle ends before its last run"),
        ({"format": "rle", "rle": ["x"]}, (2, 2), "value.rle must be a list of bytes"),
        ({"format": "polygon"}, (2, 2), "a brush mask without value.rle"),
        ({"format": "rle", "rle": [0]}, None, "needs original_width and original_height"),
    ],
)
def test_an_unreadable_mask_is_said(
    value: dict[str, Any], size: tuple[int, int] | None, said: str
) -> None:
    sized = {"original_width": size[0], "original_height": size[1]} if size else {}
    result = _r("roads", "brushlabels", {**value, "brushlabels": ["road"]}, **sized)
    schema = parse_schema(
        {
            "title": "",
            "media": "image",
            "fields": [{"name": "roads", "kind": "polygons", "labels": [{"value": "road"}]}],
        }
    )
    answer, problems = map_results([result], PICTURE, schema)
    assert answer == {}
    assert len(problems) == 1 and problems[0].startswith("result[0]: ") and said in problems[0]
