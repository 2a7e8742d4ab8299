"""Classification: the colour order, scaling and normalisation reach the model as the
YAML says; probabilities by label; a choice or a multichoice proposed by the threshold."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import onnx_models_builders as build
import pytest
from labeler_onnx_models import load_model
from labeler_onnx_models.model import Model
from labeler_onnx_models.picture import read_picture
from labeler_onnx_models.proposals import from_classification
from onnx import TensorProto
from PIL import Image

from labeler.core.plugins.api import ItemView
from labeler.core.schema import parse_schema

SCHEMA = parse_schema(
    {
        "title": "Colours",
        "media": "image",
        "fields": [
            {
                "name": "colour",
                "kind": "choice",
                "labels": [{"value": v} for v in ("red", "green", "blue", "warm")],
            },
            {
                "name": "tones",
                "kind": "multichoice",
                "labels": [{"value": v} for v in ("red", "green", "blue")],
            },
        ],
    }
)


def classifier(
    models: Path, dtype: int = TensorProto.FLOAT, gain: float = 10.0, **spec: Any
) -> Model:
    build.classifier(models / "cls.onnx", dtype=dtype, gain=gain)
    body: dict[str, Any] = {
        "task": "classify",
        "model": "cls.onnx",
        "field": "colour",
        "labels": ["red", "green", "blue"],
    }
    body.update(spec)
    return load_model(build.write_yaml(models / "cls.yaml", **body))


def painted(models: Path, colour: tuple[int, int, int], name: str = "p.png") -> ItemView:
    path = models / name
    Image.new("RGB", (40, 30), colour).save(path)
    return ItemView(name, "image", path)


def probabilities(model: Model, item: ItemView) -> dict[str, float]:
    result = model.classify(read_picture(item, model.least))
    return {t.label: p for t, p in result.scores.items()}


def softmax(logits: list[float]) -> list[float]:
    top = max(logits)
    e = [math.exp(v - top) for v in logits]
    return [v / sum(e) for v in e]


def test_the_mean_colour_decides_and_probabilities_are_a_softmax(models: Path) -> None:
    model = classifier(models)
    got = probabilities(model, painted(models, (204, 51, 0)))
    expected = softmax([10 * 0.8, 10 * 0.2, 0.0])  # pixels × 1/255, logits 10 × the mean
    # The model computes in float32.
    assert got == pytest.approx(
        dict(zip(("red", "green", "blue"), expected, strict=True)), rel=1e-4
    )
    found = model.classify(read_picture(painted(models, (204, 51, 0))))
    proposed = from_classification(model.spec, found, {"colour": SCHEMA.field("colour")})
    assert proposed.answer == {"colour": "red"}
    assert proposed.confidence == pytest.approx(expected[0], abs=1e-4)
    assert proposed.scores["colour"] == (proposed.confidence,)


def test_bgr_and_normalisation_reach_the_model(models: Path) -> None:
    item = painted(models, (204, 51, 0))
    bgr = probabilities(classifier(models, input={"colour": "BGR"}), item)
    assert max(bgr, key=bgr.__getitem__) == "blue"  # red is the model's third channel
    # (0.8 − 0.5) ÷ 0.25 = 1.2 and (0.2 − 0.5) ÷ 0.25 = −1.2: logits 12, −12, −20.
    normalised = probabilities(classifier(models, input={"mean": 0.5, "std": 0.25}), item)
    assert normalised == pytest.approx(
        dict(zip(("red", "green", "blue"), softmax([12.0, -12.0, -20.0]), strict=True)), rel=1e-4
    )


def test_a_model_of_bytes_gets_the_pixels_as_they_are(models: Path) -> None:
    model = classifier(models, dtype=TensorProto.UINT8, gain=0.01, output={"activation": "none"})
    got = probabilities(model, painted(models, (30, 20, 10)))
    # Not scaled by 1/255; with `activation: none` the outputs are the probabilities.
    assert got == pytest.approx({"red": 0.3, "green": 0.2, "blue": 0.1})


def test_several_classes_of_one_label_add_up(models: Path) -> None:
    model = classifier(models, labels=["warm", "warm", "blue"])
    got = probabilities(model, painted(models, (204, 51, 0)))
    expected = softmax([8.0, 2.0, 0.0])
    assert got == pytest.approx({"warm": expected[0] + expected[1], "blue": expected[2]}, rel=1e-4)


def test_a_choice_under_the_threshold_is_not_proposed(models: Path) -> None:
    model = classifier(models, score_threshold=0.6)
    grey = model.classify(read_picture(painted(models, (128, 128, 128))))  # a third each
    proposed = from_classification(model.spec, grey, {"colour": SCHEMA.field("colour")})
    assert (proposed.answer, proposed.confidence) == ({}, None)


def test_independent_classes_give_a_multichoice(models: Path) -> None:
    model = classifier(
        models,
        field="tones",
        output={"activation": "sigmoid"},
        score_threshold=0.9,
    )
    found = model.classify(read_picture(painted(models, (255, 230, 0))))
    proposed = from_classification(model.spec, found, {"tones": SCHEMA.field("tones")})
    red, green = 1 / (1 + math.exp(-10.0)), 1 / (1 + math.exp(-10 * 230 / 255))
    assert proposed.answer == {"tones": ["red", "green"]}
    assert proposed.scores["tones"] == pytest.approx((red, green), abs=1e-4)
    assert proposed.confidence == proposed.scores["tones"][1]  # the least sure label chosen
    none = model.classify(read_picture(painted(models, (0, 0, 0), "black.png")))
    empty = from_classification(model.spec, none, {"tones": SCHEMA.field("tones")})
    assert empty.answer == {"tones": []} and empty.confidence == 0.5  # 1 − sigmoid(0)
