"""A model's YAML: every problem said with where it is, and a model that does not match
its YAML refused when it is loaded, not at the first picture."""

from __future__ import annotations

from pathlib import Path

import onnx_models_builders as build
import pytest
from labeler_onnx_models import ModelError, ModelMismatch, SpecError, load_model, read_spec
from onnx import TensorProto

from labeler.core.schema import parse_schema

GOOD = """\
task: detect
model: det.onnx
field: objects
labels: {0: car, 1: bus}
output: {format: yolov8}
"""


@pytest.fixture
def det(models: Path) -> Path:
    return build.yolo_detector(models / "det.onnx", classes=3)


def _spec(models: Path, text: str) -> Path:
    path = models / "model.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_good_yaml_takes_the_defaults(models: Path, det: Path) -> None:
    spec = read_spec(_spec(models, GOOD))
    assert (spec.task, spec.model, spec.title) == ("detect", det.resolve(), "model")
    assert {i: (t.field, t.label) for i, t in spec.labels.items()} == {
        0: ("objects", "car"),
        1: ("objects", "bus"),
    }
    assert (spec.input.layout, spec.input.colour, spec.input.resize) == ("NCHW", "RGB", "letterbox")
    assert (spec.input.pad, spec.input.scale, spec.input.size) == (114, None, None)
    assert (spec.score_threshold, spec.nms_iou, spec.max_boxes) == (0.25, 0.45, 100)
    assert spec.fields == ("objects",) and spec.needed_classes == 2


def test_labels_as_a_list_with_gaps_and_fields_of_their_own(models: Path, det: Path) -> None:
    text = GOOD.replace(
        "labels: {0: car, 1: bus}", "labels: [car, null, {label: person, field: people}]"
    )
    spec = read_spec(_spec(models, text))
    assert {i: (t.field, t.label) for i, t in spec.labels.items()} == {
        0: ("objects", "car"),
        2: ("people", "person"),
    }
    assert spec.fields == ("objects", "people")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("task: [detect", "not YAML: line 1, column 14: expected ',' or ']'"),
        ("- detect\n", "must be a mapping of keys, not a list"),
        (GOOD.replace("task: detect\n", ""), "task: is required: one of detect, classify"),
        (GOOD.replace("task: detect", "task: segment"), "task: must be one of detect, classify"),
        (GOOD.replace("det.onnx", "nope.onnx"), "model: no file 'nope.onnx' next to this YAML"),
        (GOOD.replace("labels: {0: car, 1: bus}\n", ""), "labels: is required"),
        (GOOD.replace("{0: car", "{-1: car"), "labels.-1: a class index is a whole number"),
        (GOOD.replace("field: objects\n", ""), "labels.0: says no field"),
        (GOOD + "input: {size: [640]}\n", "input.size: must be a side or [width, height]"),
        (GOOD + "input: {layout: NCWH}\n", "input.layout: must be one of NCHW, NHWC, not 'NCWH'"),
        (GOOD + "input: {std: [1, 0, 1]}\n", "input.std: must be one number or three numbers"),
        (GOOD + "input: {scale: -1}\n", "input.scale: must be a number above 0"),
        (GOOD + "treshold: 0.3\n", "treshold: unknown key (known: field, input, labels"),
        (GOOD.replace("output: {format: yolov8}\n", ""), "output.format: is required for detect"),
        (GOOD + "score_threshold: 1.5\n", "score_threshold: must be a number from 0 to 1"),
        (GOOD + "nms_iou: 0\n", "nms_iou: must be a number above 0 to 1"),
        (GOOD + "max_boxes: 0\n", "max_boxes: must be a whole number from 1 to 10000"),
        (
            GOOD.replace("{format: yolov8}", "{format: yolov8, box_order: yxyx}"),
            "output.box_order: applies to the ssd format only",
        ),
        (
            GOOD.replace("task: detect", "task: classify") + "nms_iou: 0.5\n",
            "nms_iou: applies to detect models only",
        ),
    ],
)
def test_a_bad_yaml_says_what_and_where(models: Path, det: Path, text: str, said: str) -> None:
    path = _spec(models, text)
    with pytest.raises(SpecError) as caught:
        read_spec(path)
    assert said in str(caught.value)
    assert str(caught.value).startswith(str(path))


def test_every_problem_is_said_at_once(models: Path, det: Path) -> None:
    text = GOOD.replace("task: detect", "task: segment") + "input: {layout: X, pad: 300}\n"
    with pytest.raises(SpecError) as caught:
        read_spec(_spec(models, text))
    assert [p.split(":")[0] for p in caught.value.problems] == [
        "task",
        "input.layout",
        "input.pad",
    ]


def test_a_missing_yaml_is_said(models: Path) -> None:
    with pytest.raises(SpecError, match="cannot read it: No such file"):
        read_spec(models / "absent.yaml")


SCHEMA = parse_schema(
    {
        "title": "Street",
        "media": "image",
        "fields": [
            {"name": "objects", "kind": "boxes", "labels": [{"value": "car"}]},
            {"name": "scene", "kind": "choice", "labels": [{"value": "urban"}]},
        ],
    }
)


def test_the_schema_is_checked_for_every_field_and_label(models: Path, det: Path) -> None:
    text = GOOD.replace(
        "1: bus}", "1: bus, 2: {label: urban, field: scene}, 3: {label: x, field: y}}"
    )
    spec = read_spec(_spec(models, text))
    with pytest.raises(ModelError) as caught:
        spec.check_schema(SCHEMA)
    said = str(caught.value)
    assert "labels.1: field 'objects' has no label 'bus'" in said
    assert "field 'scene' holds choice; a detect model proposes boxes" in said
    assert "the schema has no field 'y'" in said


# -- the ONNX file against its YAML ---------------------------------------------------------


def _load_error(models: Path, text: str) -> str:
    with pytest.raises(ModelError) as caught:
        load_model(_spec(models, text))
    return str(caught.value)


def test_a_layout_the_model_does_not_have(models: Path) -> None:
    build.classifier(models / "cls.onnx", layout="NHWC")
    text = "task: classify\nmodel: cls.onnx\nfield: colour\nlabels: [red, green, blue]\n"
    said = _load_error(models, text)
    assert "takes 'images' [1, 32, 32, 3], laid out NHWC; the YAML says input.layout NCHW" in said
    assert load_model(_spec(models, text + "input: {layout: NHWC}\n")).size == (32, 32)


def test_labels_naming_a_class_the_model_lacks(models: Path) -> None:
    build.classifier(models / "cls.onnx", classes=3)
    said = _load_error(models, "task: classify\nmodel: cls.onnx\nfield: c\nlabels: {5: x}\n")
    assert "gives 'logits' [1, 3]: a score per class, 3 classes; the labels name class 5" in said


def test_a_yolo_output_with_too_few_classes(models: Path, det: Path) -> None:
    said = _load_error(models, GOOD.replace("1: bus", "7: bus"))
    assert "gives 'output0' [1, 7, 1]" in said and "the labels name class 7" in said
    said = _load_error(models, GOOD.replace("{format: yolov8}", "{format: yolov8, num_classes: 5}"))
    assert "no side is 4 + 5 classes (output.num_classes)" in said


def test_an_input_size_the_model_does_not_take(models: Path, det: Path) -> None:
    said = _load_error(models, GOOD + "input: {size: [64, 48]}\n")
    assert (
        "takes a height of 64 px ('images' [1, 3, 64, 64]); the YAML's input.size says 48" in said
    )


def test_a_byte_input_takes_no_scaling(models: Path) -> None:
    build.classifier(models / "cls.onnx", dtype=TensorProto.UINT8)
    said = _load_error(
        models, "task: classify\nmodel: cls.onnx\nfield: c\nlabels: [r]\ninput: {scale: 1}\n"
    )
    assert "takes bytes (uint8), the pixels as they are; input.scale does not apply" in said


def test_ssd_outputs_named_wrong(models: Path) -> None:
    build.ssd_detector(models / "ssd.onnx", [[0, 0, 1, 1]], [0.9], [1])
    text = GOOD.replace("det.onnx", "ssd.onnx").replace(
        "{format: yolov8}", "{format: ssd, boxes: detection_boxes}"
    )
    said = _load_error(models, text)
    assert "has no output 'detection_boxes'; it has 'boxes' [1, 1, 4], 'scores' [1, 1]" in said


def test_a_file_that_is_not_a_model(models: Path) -> None:
    (models / "det.onnx").write_bytes(b"not a model at all")
    said = _load_error(models, GOOD)
    assert "cannot load det.onnx" in said


def test_a_mismatch_is_a_model_mismatch(models: Path, det: Path) -> None:
    with pytest.raises(ModelMismatch):
        load_model(_spec(models, GOOD + "input: {layout: NHWC}\n"))
