"""A box around an object proposes its outline, or the tight box; a rough polygon snaps
to the object's edges."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from labeler_opencv_assist import BoxPolygon, SnapPolygon, TightenBox
from opencv_assist_scenes import BOXES, POLYGONS, SCHEMA, box_iou, iou, item, scene, write

from labeler.core.answers import ItemContext, validate_answer
from labeler.core.plugins import Prompt
from labeler.server.demo.scenes import render_scene


@pytest.fixture(scope="module")
def shapes(tmp_path_factory: pytest.TempPathFactory):
    """The shapes' picture as a half-size display variant of a 1600 × 1200 original."""
    image, found = scene()
    folder = tmp_path_factory.mktemp("box")
    small = cv2.resize(image, (800, 600), interpolation=cv2.INTER_AREA)
    return item(write(folder / "display.jpg", small, 85), size=(1600, 1200)), found


def _loose(box: tuple[float, float, float, float], share: float) -> tuple[tuple[float, float], ...]:
    x0, y0, x1, y1 = box
    dx, dy = share * (x1 - x0), share * (y1 - y0)
    return ((x0 - dx, y0 - dy), (x1 + dx, y1 + dy))


def test_a_box_around_a_shape_gives_its_outline(shapes) -> None:
    view, found = shapes
    for shape in found:
        prompt = Prompt("box", _loose(shape.box, 0.08), label="shape")
        [proposal] = BoxPolygon().propose(view, POLYGONS, {}, prompt)
        assert iou(proposal.value["points"], shape.outline) >= 0.9
        validate_answer(SCHEMA, {"shapes": [proposal.value]}, ItemContext(width=1600, height=1200))


def test_a_loose_box_is_tightened_to_the_shape(shapes) -> None:
    view, found = shapes
    for shape in found:
        loose = _loose(shape.box, 0.2)
        [proposal] = TightenBox().propose(view, BOXES, {}, Prompt("box", loose, label="shape"))
        (x0, y0), (x1, y1) = loose
        assert box_iou({"x": x0, "y": y0, "w": x1 - x0, "h": y1 - y0}, shape.box) < 0.75
        assert box_iou(proposal.value, shape.box) >= 0.9
        validate_answer(SCHEMA, {"boxes": [proposal.value]}, ItemContext(width=1600, height=1200))


def test_the_demo_scenes_boxes_are_found_again_from_loose_ones(tmp_path) -> None:
    """On the demo's street scenes (cars, buses, people drawn over roads and buildings),
    a box 20 % too large comes back near the scene's exact box, on the whole."""
    scene_ = render_scene("urban", 1280, 960, 3)
    view = item(
        write(tmp_path / "street.jpg", cv2.imdecode(np.frombuffer(scene_.jpeg, np.uint8), 1))
    )
    big = [o for o in scene_.objects if o.w >= 40 and o.h >= 40 and o.visible > 0.95]
    assert len(big) >= 3
    before, after = [], []
    for o in big:
        exact = (o.x, o.y, o.x + o.w, o.y + o.h)
        loose = _loose(exact, 0.1)
        (x0, y0), (x1, y1) = loose
        before.append(box_iou({"x": x0, "y": y0, "w": x1 - x0, "h": y1 - y0}, exact))
        [proposal] = TightenBox().propose(view, BOXES, {}, Prompt("box", loose, label="shape"))
        after.append(box_iou(proposal.value, exact))
    assert np.mean(after) > np.mean(before) and np.mean(after) >= 0.8


def test_a_rough_polygon_snaps_to_the_shape(shapes) -> None:
    """A polygon through every other true corner, each off by up to 12 px, comes back
    along the shape's edges."""
    view, found = shapes
    rng = np.random.default_rng(7)
    for shape in found:
        outline = np.array(shape.outline.exterior.coords[:-1])
        step = max(1, len(outline) // 14)
        rough = outline[::step] + rng.uniform(-12, 12, outline[::step].shape)
        prompt = Prompt("polygon", tuple(map(tuple, rough)), label="shape")
        [proposal] = SnapPolygon().propose(view, POLYGONS, {}, prompt)
        snapped = iou(proposal.value["points"], shape.outline)
        assert snapped >= 0.9 and snapped > iou(rough.tolist(), shape.outline)
        validate_answer(SCHEMA, {"shapes": [proposal.value]}, ItemContext(width=1600, height=1200))


def test_a_box_around_nothing_but_one_colour_proposes_nothing(tmp_path) -> None:
    flat = write(tmp_path / "flat.png", np.full((300, 400, 3), 128, np.uint8))
    prompt = Prompt("box", ((100, 100), (200, 200)), label="shape")
    assert BoxPolygon().propose(item(flat), POLYGONS, {}, prompt) == []
