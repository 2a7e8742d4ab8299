"""Detection: the picture fitted to the input and the boxes mapped back to the original's
pixels (letterbox, stretch, crop, a half-size display variant, EXIF orientation), the
three output formats, thresholds, the labels, and non-maximum suppression checked against
a plain greedy suppression."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import onnx_models_builders as build
import pytest
from labeler_onnx_models import load_model
from labeler_onnx_models.decode import Detections, _select
from labeler_onnx_models.model import Model
from labeler_onnx_models.picture import Picture, read_picture
from labeler_onnx_models.preprocess import Affine
from labeler_onnx_models.spec import parse_spec
from PIL import Image

from labeler.core.plugins.api import ItemView

WHITE = (255, 255, 255)


def drawn(
    path: Path,
    size: tuple[int, int],
    rects: list[tuple[int, int, int, int]] | None = None,
    **save: Any,
) -> Path:
    """A picture: white where `rects` (x0, y0, x1, y1) are, black elsewhere; all white
    without rects."""
    pixels = np.zeros((size[1], size[0], 3), np.uint8)
    if rects is None:
        pixels[:] = 255
    for x0, y0, x1, y1 in rects or []:
        pixels[y0:y1, x0:x1] = 255
    Image.fromarray(pixels).save(path, **save)
    return path


def detector(
    models: Path,
    fixed: list[list[float]] | None = None,
    size: tuple[int, int] = (64, 64),
    fmt: str = "yolov8",
    classes: int = 3,
    channels_first: bool | None = None,
    **spec: Any,
) -> Model:
    build.yolo_detector(
        models / "det.onnx", fmt, size, classes, fixed=fixed or [], channels_first=channels_first
    )
    body: dict[str, Any] = {
        "task": "detect",
        "model": "det.onnx",
        "field": "objects",
        "labels": {0: "car", 1: "bus", 2: "van"},
        "output": {"format": fmt},
    }
    body.update(spec)
    return load_model(build.write_yaml(models / "det.yaml", **body))


def found(model: Model, item: ItemView, least: bool = True) -> Detections:
    return model.detect(read_picture(item, model.least if least else None))


def boxes(result: Detections) -> list[tuple[str, float, tuple[float, ...]]]:
    return [(d.target.label, d.score, d.box) for d in result.found]


@pytest.mark.parametrize("picture", [(97, 61), (61, 97), (64, 64), (200, 100), (30, 20)])
@pytest.mark.parametrize("size", [(64, 64), (96, 64)])
def test_the_letterbox_maps_back_exactly(
    models: Path, picture: tuple[int, int], size: tuple[int, int]
) -> None:
    """A white picture letterboxed on grey: the model finds the picture's pixels among
    the padding, and their box is the whole picture again, to the hundredth."""
    model = detector(models, size=size)
    item = ItemView("a", "image", drawn(models / "white.png", picture))
    [(label, score, box)] = boxes(found(model, item))
    assert (label, score, box) == ("car", 0.9, (0.0, 0.0, float(picture[0]), float(picture[1])))


def test_stretch_and_crop_map_back(models: Path) -> None:
    item = ItemView("a", "image", drawn(models / "white.png", (200, 100)))
    stretched = detector(models, input={"resize": "stretch"})
    assert boxes(found(stretched, item))[0][2] == (0.0, 0.0, 200.0, 100.0)
    # The middle square of the picture, then the middle half of that (crop_fraction 0.5).
    cropped = detector(models, input={"resize": "crop"})
    assert boxes(found(cropped, item))[0][2] == (50.0, 0.0, 100.0, 100.0)
    halved = detector(models, input={"resize": "crop", "crop_fraction": 0.5})
    assert boxes(found(halved, item))[0][2] == (75.0, 25.0, 50.0, 50.0)


def test_a_half_size_display_variant_gives_original_pixels(models: Path) -> None:
    """The display variant is 200 × 150 of a 400 × 300 original: a box found on it is
    twice as large, in the original's pixels (the input holds the variant unscaled)."""
    model = detector(models, size=(200, 200))
    path = drawn(models / "shown.png", (200, 150), [(50, 40, 130, 100)])
    item = ItemView("a", "image", path, size=(400, 300), display_size=(200, 150))
    assert boxes(found(model, item)) == [("car", 0.9, (100.0, 80.0, 160.0, 120.0))]


def test_the_exif_orientation_is_applied(models: Path) -> None:
    """A JPEG stored on its side with EXIF orientation 6: boxes are in the upright
    picture's pixels, as the task server measures it and shows it."""
    upright = np.zeros((320, 240, 3), np.uint8)
    upright[48:144, 32:96] = 255  # (32, 48)–(96, 144), upright
    stored = Image.fromarray(upright).transpose(Image.Transpose.ROTATE_90)
    exif = Image.Exif()
    exif[0x0112] = 6
    path = models / "turned.jpg"
    stored.save(path, quality=95, exif=exif)
    model = detector(models, size=(240, 320))
    item = ItemView("a", "image", path, size=(240, 320))
    [(_, _, (x, y, w, h))] = boxes(found(model, item))
    assert np.allclose((x, y, x + w, y + h), (32, 48, 96, 144), atol=1.0)


def test_a_large_jpeg_is_decoded_smaller_and_maps_back(models: Path) -> None:
    path = drawn(models / "large.jpg", (1600, 1200), [(400, 304, 1200, 904)], quality=95)
    model = detector(models)
    item = ItemView("a", "image", path)
    small = read_picture(item, model.least)
    assert small.shape == (150, 200)  # 1/8: still more than the 64 × 48 the input takes
    [(_, _, (x, y, w, h))] = boxes(model.detect(small))
    # Within a pixel of the input (1600 / 64 = 25 original pixels), as decoding whole gives.
    assert np.allclose((x, y, x + w, y + h), (400, 304, 1200, 904), atol=25)
    [(_, _, whole)] = boxes(found(model, item, least=False))
    assert np.allclose((x, y, w, h), whole, atol=25)


def test_yolov5_scores_are_times_the_objectness(models: Path) -> None:
    fixed = [
        [10, 10, 8, 8, 0.5, 0.0, 0.8, 0.0],  # bus 0.4
        [40, 40, 8, 8, 0.2, 0.0, 0.0, 0.9],  # van 0.18: under the threshold
    ]
    model = detector(models, fixed, fmt="yolov5")
    item = ItemView("a", "image", drawn(models / "black.png", (64, 64), []))
    result = found(model, item)
    assert boxes(result) == [("bus", 0.4, (6.0, 6.0, 8.0, 8.0))]
    assert result.left_out == {"objects": pytest.approx(0.18)}


def test_a_yolov8_output_either_way_round(models: Path) -> None:
    fixed = [[32, 32, 10, 20, 0.1, 0.7, 0.0]] * 9  # more candidates than values per box
    item = ItemView("a", "image", drawn(models / "black.png", (64, 64), []))
    first = boxes(found(detector(models, fixed, channels_first=True), item))
    last = boxes(found(detector(models, fixed, channels_first=False), item))
    assert first == last == [("bus", 0.7, (27.0, 22.0, 10.0, 20.0))]


def test_ssd_outputs_by_name_with_boxes_in_yxyx_fractions(models: Path) -> None:
    build.ssd_detector(
        models / "ssd.onnx",
        boxes=[[0.25, 0.5, 0.75, 1.0], [0.0, 0.0, 0.5, 0.5], [0.1, 0.1, 0.2, 0.2]],
        scores=[0.9, 0.6, 0.95],
        classes=[3, 1, 7],  # 7 is named by no label
        names=("detection_boxes", "detection_scores", "detection_classes"),
        order=(2, 0, 1),
    )
    yaml = build.write_yaml(
        models / "ssd.yaml",
        task="detect",
        model="ssd.onnx",
        field="objects",
        labels={1: "car", 3: "bus"},
        input={"resize": "stretch"},
        output={
            "format": "ssd",
            "boxes": "detection_boxes",
            "scores": "detection_scores",
            "classes": "detection_classes",
            "box_order": "yxyx",
            "coordinates": "normalized",
        },
    )
    model = load_model(yaml)
    item = ItemView("a", "image", drawn(models / "white.png", (200, 100)))
    assert boxes(found(model, item)) == [
        ("bus", 0.9, (100.0, 25.0, 100.0, 50.0)),
        ("car", 0.6, (0.0, 0.0, 100.0, 50.0)),
    ]


def test_a_candidate_s_best_class_decides(models: Path) -> None:
    """A box the model thinks a van (a class left out of the labels) is not proposed as
    the car it thinks less likely."""
    fixed = [[20, 20, 8, 8, 0.5, 0.0, 0.9], [50, 50, 8, 8, 0.3, 0.0, 0.1]]
    model = detector(models, fixed, labels={0: "car", 1: "bus"})
    item = ItemView("a", "image", drawn(models / "black.png", (64, 64), []))
    assert boxes(found(model, item)) == [("car", 0.3, (46.0, 46.0, 8.0, 8.0))]


def test_the_threshold_keeps_a_score_equal_to_it(models: Path) -> None:
    fixed = [[20, 20, 8, 8, 0.25, 0, 0], [50, 50, 8, 8, 0.2499, 0, 0]]
    model = detector(models, fixed)
    item = ItemView("a", "image", drawn(models / "black.png", (64, 64), []))
    result = found(model, item)
    assert [b[1] for b in boxes(result)] == [0.25]
    assert result.left_out["objects"] == pytest.approx(0.2499)


def test_boxes_are_clipped_to_the_picture_and_empty_ones_dropped(models: Path) -> None:
    fixed = [[0, 0, 20, 20, 0.8, 0, 0], [-20, 30, 10, 10, 0.7, 0, 0]]  # one wholly off
    model = detector(models, fixed, input={"resize": "stretch"})
    item = ItemView("a", "image", drawn(models / "black.png", (64, 64), []))
    assert boxes(found(model, item)) == [("car", 0.8, (0.0, 0.0, 10.0, 10.0))]


def test_max_boxes_keeps_the_best(models: Path) -> None:
    fixed = [[8 * i + 4, 32, 6, 6, 0.3 + i / 100, 0, 0] for i in range(8)]
    model = detector(models, fixed, max_boxes=3)
    item = ItemView("a", "image", drawn(models / "black.png", (64, 64), []))
    assert [b[1] for b in boxes(found(model, item))] == [0.37, 0.36, 0.35]


# -- non-maximum suppression ----------------------------------------------------------------


def _spec(models: Path, labels: dict[int, str], nms_iou: float | None = 0.45) -> Any:
    (models / "m.onnx").write_bytes(b"")
    raw = {
        "task": "detect",
        "model": "m.onnx",
        "field": "objects",
        "labels": labels,
        "output": {"format": "yolov8"},
        "nms_iou": nms_iou,
        "max_boxes": 10_000,
        "score_threshold": 0.0,
    }
    return parse_spec(raw, models / "m.yaml")


def _greedy(xyxy: np.ndarray, scores: np.ndarray, groups: np.ndarray, iou: float) -> set[int]:
    """The textbook suppression, box by box: a box goes when it overlaps a better box of
    its group by more than `iou`."""
    kept: list[int] = []
    for i in sorted(range(len(scores)), key=lambda i: -scores[i]):
        ok = True
        for j in kept:
            if groups[j] != groups[i]:
                continue
            w = min(xyxy[i, 2], xyxy[j, 2]) - max(xyxy[i, 0], xyxy[j, 0])
            h = min(xyxy[i, 3], xyxy[j, 3]) - max(xyxy[i, 1], xyxy[j, 1])
            inter = max(0.0, w) * max(0.0, h)
            areas = [(b[2] - b[0]) * (b[3] - b[1]) for b in (xyxy[i], xyxy[j])]
            if inter / (sum(areas) - inter) > iou:
                ok = False
                break
        if ok:
            kept.append(i)
    return set(kept)


@pytest.mark.parametrize("seed", range(20))
def test_suppression_matches_the_greedy_one(models: Path, seed: int) -> None:
    rng = np.random.default_rng(seed)
    n = 60
    corner = rng.uniform(0, 400, (n, 2))
    xyxy = np.hstack([corner, corner + rng.uniform(10, 120, (n, 2))])
    scores = rng.permutation(np.linspace(0.05, 0.95, n))
    classes = rng.integers(0, 3, n)
    spec = _spec(models, {0: "car", 1: "bus", 2: "car"})  # classes 0 and 2: one label
    picture = Picture(np.zeros((1, 1, 3), np.uint8), 1, 1, 0, 0, 1000, 1000)
    result = _select(spec, classes, scores, xyxy, Affine(1, 0, 1, 0), picture)
    groups = np.array([0 if c in (0, 2) else 1 for c in classes])
    expected = _greedy(xyxy, scores, groups, 0.45)
    assert sorted(d.score for d in result.found) == sorted(
        round(float(scores[i]), 4) for i in expected
    )
    assert [d.score for d in result.found] == sorted((d.score for d in result.found), reverse=True)


def test_one_label_from_two_classes_is_one_object(models: Path) -> None:
    xyxy = np.array([[0, 0, 100, 100], [5, 5, 105, 105], [5, 5, 105, 105]], np.float64)
    picture = Picture(np.zeros((1, 1, 3), np.uint8), 1, 1, 0, 0, 1000, 1000)
    spec = _spec(models, {0: "car", 1: "car", 2: "bus"})
    result = _select(
        spec, np.array([0, 1, 2]), np.array([0.9, 0.8, 0.7]), xyxy, Affine(1, 0, 1, 0), picture
    )
    assert [(d.target.label, d.score) for d in result.found] == [("car", 0.9), ("bus", 0.7)]
    unsuppressed = _select(
        _spec(models, {0: "car", 1: "car", 2: "bus"}, nms_iou=None),
        np.array([0, 1, 2]),
        np.array([0.9, 0.8, 0.7]),
        xyxy,
        Affine(1, 0, 1, 0),
        picture,
    )
    assert len(unsuppressed.found) == 3
