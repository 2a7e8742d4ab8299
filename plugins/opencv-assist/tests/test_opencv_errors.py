"""What the assists do with what they cannot answer: a clear error, or no proposal."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from labeler_opencv_assist import (
    AssistError,
    BoxPolygon,
    ClickPolygon,
    ImageUnreadable,
    SnapPolygon,
    TightenBox,
)
from opencv_assist_scenes import BOXES, PARTS, POLYGONS, item, scene, write

from labeler.core.plugins import ItemView, Prompt

CLICK = Prompt("click", ((10, 10),), label="shape")


def test_a_missing_image_says_which_file_and_why(tmp_path: Path) -> None:
    gone = ItemView("item-7", "image", path=tmp_path / "gone.jpg", size=(100, 100))
    with pytest.raises(ImageUnreadable, match=r"item item-7: .*gone\.jpg: No such file"):
        ClickPolygon().propose(gone, POLYGONS, {}, CLICK)


@pytest.mark.parametrize("content", [b"", b"not an image at all", b"\xff\xd8\xff\xe0 cut short"])
def test_a_file_that_is_no_image_says_so(tmp_path: Path, content: bytes) -> None:
    bad = tmp_path / "bad.jpg"
    bad.write_bytes(content)
    with pytest.raises(ImageUnreadable, match="not an image OpenCV decodes"):
        ClickPolygon().propose(ItemView("x", "image", path=bad), POLYGONS, {}, CLICK)


def test_an_item_without_an_image_file_says_so() -> None:
    with pytest.raises(ImageUnreadable, match="no image file on this computer"):
        ClickPolygon().propose(ItemView("x", "image"), POLYGONS, {}, CLICK)
    with pytest.raises(ImageUnreadable, match="is text, not an image"):
        ClickPolygon().propose(ItemView("x", "text", text="hi"), POLYGONS, {}, CLICK)


@pytest.fixture
def picture(tmp_path: Path) -> ItemView:
    return item(write(tmp_path / "p.png", np.full((100, 100, 3), 200, np.uint8)))


def test_a_prompt_of_the_wrong_shape_is_refused(picture: ItemView) -> None:
    with pytest.raises(AssistError, match="a click prompt has 1 points, not 2"):
        ClickPolygon().propose(
            picture, POLYGONS, {}, Prompt("click", ((1, 1), (2, 2)), label="shape")
        )
    with pytest.raises(AssistError, match="takes a click prompt, not a box"):
        ClickPolygon().propose(
            picture, POLYGONS, {}, Prompt("box", ((1, 1), (2, 2)), label="shape")
        )
    with pytest.raises(AssistError, match="at least 3 points, not 2"):
        SnapPolygon().propose(
            picture, POLYGONS, {}, Prompt("polygon", ((1, 1), (2, 2)), label="shape")
        )
    nan = Prompt("click", ((float("nan"), 3.0),), label="shape")
    with pytest.raises(AssistError, match="pairs of finite numbers"):
        ClickPolygon().propose(picture, POLYGONS, {}, nan)
    with pytest.raises(AssistError, match="enclose no area"):
        BoxPolygon().propose(picture, POLYGONS, {}, Prompt("box", ((5, 1), (5, 20)), label="shape"))


def test_a_field_of_another_kind_is_refused(picture: ItemView) -> None:
    box = Prompt("box", ((10, 10), (50, 50)), label="shape")
    with pytest.raises(
        AssistError, match="opencv-tighten-box proposes boxes; field 'shapes' holds polygons"
    ):
        TightenBox().propose(picture, POLYGONS, {}, box)
    with pytest.raises(AssistError, match="proposes polygons"):
        BoxPolygon().propose(picture, BOXES, {}, box)


def test_the_label_is_the_armed_one_or_the_fields_only_one(picture: ItemView) -> None:
    unarmed = Prompt("click", ((10, 10),))
    assert ClickPolygon().propose(picture, POLYGONS, {}, unarmed) == []  # one label: taken
    with pytest.raises(AssistError, match="no label is armed, and field 'parts' has 2"):
        ClickPolygon().propose(picture, PARTS, {}, unarmed)
    with pytest.raises(AssistError, match="field 'parts' has no label 'shape'"):
        ClickPolygon().propose(picture, PARTS, {}, CLICK)


@pytest.fixture
def shapes(tmp_path: Path) -> ItemView:
    return item(write(tmp_path / "shapes.jpg", scene(800, 600)[0]))


def test_prompts_off_the_picture_propose_nothing(shapes: ItemView) -> None:
    """Half a pixel left of the picture is off it (not its first column); a box or a
    polygon wholly off it finds nothing there."""
    assert ClickPolygon().propose(shapes, POLYGONS, {}, Prompt("click", ((-0.5, 3),))) == []
    box = Prompt("box", ((900, 700), (1000, 800)), label="shape")
    assert BoxPolygon().propose(shapes, POLYGONS, {}, box) == []
    off = Prompt("polygon", ((900, 700), (1000, 800), (950, 900)), label="shape")
    assert SnapPolygon().propose(shapes, POLYGONS, {}, off) == []


def test_a_polygon_partly_off_the_picture_snaps_inside_it(shapes: ItemView) -> None:
    prompt = Prompt("polygon", ((-50, -50), (300, 20), (100, 250)), label="shape")
    [proposal] = SnapPolygon().propose(shapes, POLYGONS, {}, prompt)
    assert all(0 <= x <= 800 and 0 <= y <= 600 for x, y in proposal.value["points"])
