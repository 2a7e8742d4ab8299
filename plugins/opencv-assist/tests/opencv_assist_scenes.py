"""Pictures for the plugin's tests: filled shapes drawn with OpenCV on noise, each with
its true outline in original pixels (pixel corners on whole numbers, as the answers')."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
import shapely

from labeler.core.plugins import ItemView
from labeler.core.schema import Schema, parse_schema

SCHEMA: Schema = parse_schema(
    {
        "title": "Shapes",
        "media": "image",
        "fields": [
            {"name": "shapes", "kind": "polygons", "labels": [{"value": "shape"}]},
            {"name": "boxes", "kind": "boxes", "labels": [{"value": "shape"}]},
            {
                "name": "parts",
                "kind": "polygons",
                "labels": [{"value": "wheel"}, {"value": "door"}],
            },
        ],
    }
)
POLYGONS, BOXES, PARTS = (SCHEMA.field(n) for n in ("shapes", "boxes", "parts"))


@dataclass(frozen=True)
class Shape:
    """A drawn shape: a point inside it and its true outline."""

    inside: tuple[float, float]
    outline: shapely.Polygon

    @property
    def box(self) -> tuple[float, float, float, float]:
        return self.outline.bounds


def noise(width: int, height: int, seed: int = 0) -> np.ndarray:
    """A textured background: smooth blotches of colour with grain on them."""
    rng = np.random.default_rng(seed)
    coarse = rng.integers(40, 215, (height // 16 + 1, width // 16 + 1, 3), dtype=np.uint8)
    image = cv2.resize(coarse, (width, height), interpolation=cv2.INTER_CUBIC)
    grain = rng.normal(0, 8, image.shape)
    return np.clip(image + grain, 0, 255).astype(np.uint8)


def _drawn(mask: np.ndarray) -> shapely.Polygon:
    """The true outline of the pixels drawn: their union, in pixel corners."""
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    contour = max(contours, key=cv2.contourArea).reshape(-1, 2)
    # Through the middle of the border pixels, then out by half a pixel: their outer edge.
    return shapely.Polygon(contour + 0.5).buffer(0.5, join_style="mitre")


def scene(width: int = 1600, height: int = 1200, seed: int = 0) -> tuple[np.ndarray, list[Shape]]:
    """Noise with three filled shapes of flat colour (and grain): an ellipse, a star and
    a rotated rectangle, far enough apart; their outlines in pixels of this picture."""
    image = noise(width, height, seed)
    rng = np.random.default_rng(seed + 1)
    s = width / 1600
    shapes = []
    drawings = [
        lambda m, c: cv2.ellipse(
            m, (int(420 * s), int(380 * s)), (int(260 * s), int(170 * s)), 25, 0, 360, c, -1
        ),
        lambda m, c: cv2.fillPoly(m, [_star(1150 * s, 420 * s, 230 * s, 110 * s)], c),
        lambda m, c: cv2.fillPoly(m, [_rotated_rect(800 * s, 900 * s, 420 * s, 200 * s, -15)], c),
    ]
    colours = [(40, 60, 230), (230, 200, 40), (60, 200, 60)]
    for draw, colour in zip(drawings, colours, strict=True):
        mask = np.zeros((height, width), np.uint8)
        draw(mask, 255)
        image[mask > 0] = colour
        outline = _drawn(mask)
        point = outline.representative_point()
        shapes.append(Shape((point.x, point.y), outline))
    grain = rng.normal(0, 6, image.shape)
    return np.clip(image + grain, 0, 255).astype(np.uint8), shapes


def _star(cx: float, cy: float, outer: float, inner: float) -> np.ndarray:
    angles = np.arange(10) * np.pi / 5 - np.pi / 2
    radii = np.where(np.arange(10) % 2 == 0, outer, inner)
    return np.stack([cx + radii * np.cos(angles), cy + radii * np.sin(angles)], 1).astype(np.int32)


def _rotated_rect(cx: float, cy: float, w: float, h: float, degrees: float) -> np.ndarray:
    return cv2.boxPoints(((cx, cy), (w, h), degrees)).astype(np.int32)


def write(path: Path, image: np.ndarray, quality: int = 92) -> Path:
    ok, data = cv2.imencode(path.suffix, image, [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    path.write_bytes(data.tobytes())
    return path


def item(path: Path, size: tuple[int, int] | None = None) -> ItemView:
    """An image item whose file is `path`: the original, or (with the original's `size`)
    its display variant."""
    image = cv2.imread(str(path))
    display = (image.shape[1], image.shape[0])
    return ItemView("item-1", "image", path=path, size=size or display, display_size=display)


def iou(points: list[list[float]], truth: shapely.Polygon) -> float:
    """Intersection over union of a proposed polygon and a true outline."""
    shape = shapely.make_valid(shapely.Polygon(points))
    return float(shape.intersection(truth).area / shape.union(truth).area)


def box_iou(box: dict, truth: tuple[float, float, float, float]) -> float:
    a = shapely.box(box["x"], box["y"], box["x"] + box["w"], box["y"] + box["h"])
    return float(a.intersection(shapely.box(*truth)).area / a.union(shapely.box(*truth)).area)
