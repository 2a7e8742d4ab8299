"""A click inside an object proposes its outline, in the original's pixels."""

from __future__ import annotations

from pathlib import Path

import cv2
import pytest
from labeler_opencv_assist import ClickPolygon
from labeler_opencv_assist.outline import MAX_VERTICES
from opencv_assist_scenes import BOXES, POLYGONS, SCHEMA, box_iou, iou, item, scene, write

from labeler.core.answers import ItemContext, validate_answer
from labeler.core.plugins import Prompt


def _click(view_item, x: float, y: float, field=POLYGONS):
    return ClickPolygon().propose(view_item, field, {}, Prompt("click", ((x, y),), label="shape"))


@pytest.fixture(scope="module")
def original(tmp_path_factory: pytest.TempPathFactory):
    image, shapes = scene()
    path = write(tmp_path_factory.mktemp("click") / "original.jpg", image)
    return path, image, shapes


def test_a_click_inside_each_shape_outlines_it(original) -> None:
    path, _, shapes = original
    for shape in shapes:
        [proposal] = _click(item(path), *shape.inside)
        points = proposal.value["points"]
        assert proposal.field == "shapes" and proposal.value["label"] == "shape"
        assert iou(points, shape.outline) >= 0.9
        assert 3 <= len(points) <= MAX_VERTICES
        assert proposal.confidence is not None and 0.5 <= proposal.confidence <= 1
        answer = {"shapes": [proposal.value]}
        validate_answer(SCHEMA, answer, ItemContext(width=1600, height=1200))


def test_on_a_half_size_display_variant_the_outline_is_in_original_pixels(
    original, tmp_path: Path
) -> None:
    """The assist reads the variant (800 × 600) and answers in the original's 1600 × 1200."""
    _, image, shapes = original
    display = write(
        tmp_path / "display.jpg", cv2.resize(image, (800, 600), interpolation=cv2.INTER_AREA), 85
    )
    variant = item(display, size=(1600, 1200))
    assert variant.scale == 2.0
    for shape in shapes:
        [proposal] = _click(variant, *shape.inside)
        points = proposal.value["points"]
        assert iou(points, shape.outline) >= 0.9
        assert all(0 <= x <= 1600 and 0 <= y <= 1200 for x, y in points)


def test_a_boxes_field_gets_the_box_around_the_object(original) -> None:
    path, _, shapes = original
    for shape in shapes:
        [proposal] = _click(item(path), *shape.inside, field=BOXES)
        assert proposal.field == "boxes" and set(proposal.value) == {"label", "x", "y", "w", "h"}
        assert box_iou(proposal.value, shape.box) >= 0.9


def test_a_click_on_the_textured_background_proposes_nothing(original) -> None:
    path, _, _ = original
    assert _click(item(path), 60, 1150) == []


def test_a_click_outside_the_image_proposes_nothing(original) -> None:
    path, _, _ = original
    assert _click(item(path), 1700, 100) == []


def test_a_shape_cut_by_the_image_edge_stays_inside_the_image(tmp_path: Path) -> None:
    image, shapes = scene()
    moved = image[:, 200:]  # the ellipse now runs off the left edge
    path = write(tmp_path / "cut.jpg", moved)
    [proposal] = _click(item(path), 40, 380)
    points = proposal.value["points"]
    assert min(x for x, _ in points) == 0.0
    assert all(0 <= x <= 1400 and 0 <= y <= 1200 for x, y in points)
    validate_answer(SCHEMA, {"shapes": [proposal.value]}, ItemContext(width=1400, height=1200))
