"""A picture as the model's input tensor, and the map from the input's pixels back to the
original's.

Three ways to fit a picture to the input size (`input.resize`):

- **letterbox**: scaled to fit inside, keeping its aspect, centred, the rest padded with
  `input.pad` grey, as Ultralytics' `LetterBox` does (the same rounding of the scaled size
  and of the padding, so a model trained with it sees what it saw in training);
- **stretch**: scaled to the input size, each axis on its own;
- **crop**: scaled so its short side fills the input divided by `crop_fraction`, and the
  middle cut out (torchvision's `Resize` then `CenterCrop`).

Shrinking averages the pixels (`INTER_AREA`); enlarging is bilinear. Both map pixel
corners to pixel corners, so the input's pixel x lies at x × (picture width ÷ scaled
width) in the picture: the `Affine` back to the original is exact, whatever rounding the
scaled size had. Then the colours are put in the model's order, scaled and normalised
((value × scale − mean) ÷ std) for a float input, and laid out NCHW or NHWC with a batch
of one.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from labeler_onnx_models.picture import Picture
from labeler_onnx_models.spec import InputSpec


@dataclass(frozen=True)
class Affine:
    """Input pixels → original pixels, per axis: original = input × a + b."""

    ax: float
    bx: float
    ay: float
    by: float

    def boxes(self, xyxy: np.ndarray) -> np.ndarray:
        """N × 4 corner boxes (x0, y0, x1, y1) in input pixels, in original pixels."""
        out = np.empty_like(xyxy, dtype=np.float64)
        out[:, 0::2] = xyxy[:, 0::2] * self.ax + self.bx
        out[:, 1::2] = xyxy[:, 1::2] * self.ay + self.by
        return out


@dataclass(frozen=True)
class Fit:
    """Where the picture lies in the input: scaled to `scaled` (width, height), then
    moved by `offset` (the letterbox's padding, or minus the crop's cut)."""

    scaled: tuple[int, int]
    offset: tuple[int, int]


def fit(picture_size: tuple[int, int], size: tuple[int, int], spec: InputSpec) -> Fit:
    """How a picture of `picture_size` (width, height) fits an input of `size`."""
    w, h = picture_size
    in_w, in_h = size
    if spec.resize == "stretch":
        return Fit((in_w, in_h), (0, 0))
    if spec.resize == "letterbox":
        r = min(in_w / w, in_h / h)
        new_w, new_h = max(1, round(w * r)), max(1, round(h * r))
        # Ultralytics' rounding: the odd pixel of padding goes right and below.
        dw, dh = (in_w - new_w) / 2, (in_h - new_h) / 2
        return Fit((new_w, new_h), (round(dw - 0.1), round(dh - 0.1)))
    s = max(in_w / w, in_h / h) / spec.crop_fraction
    new_w, new_h = max(in_w, round(w * s)), max(in_h, round(h * s))
    return Fit((new_w, new_h), (-round((new_w - in_w) / 2), -round((new_h - in_h) / 2)))


def least_size(
    picture_size: tuple[int, int], size: tuple[int, int], spec: InputSpec
) -> tuple[int, int]:
    """The fewest pixels (width, height) the picture may be decoded at without losing any
    the input would have: its scaled size."""
    return fit(picture_size, size, spec).scaled


def prepare(
    picture: Picture, spec: InputSpec, size: tuple[int, int], dtype: np.dtype
) -> tuple[np.ndarray, Affine]:
    """The input tensor for `picture` (batch of one) and the map back to the original."""
    h, w = picture.shape
    in_w, in_h = size
    where = fit((w, h), size, spec)
    scaled = _resize(picture.pixels, where.scaled)
    canvas = np.full((in_h, in_w, 3), spec.pad if spec.resize == "letterbox" else 0, np.uint8)
    _paste(canvas, scaled, where.offset)
    if spec.colour == "BGR":
        canvas = canvas[:, :, ::-1]
    tensor = _values(canvas, spec, dtype)
    if spec.layout == "NCHW":
        tensor = tensor.transpose(2, 0, 1)
    tensor = np.ascontiguousarray(tensor[np.newaxis])
    # Input x = offset + picture x × scaled / w  ⇒  picture x = (x − offset) × w / scaled.
    kx = w / where.scaled[0] * picture.fx
    ky = h / where.scaled[1] * picture.fy
    ox, oy = where.offset
    return tensor, Affine(kx, picture.ox - ox * kx, ky, picture.oy - oy * ky)


def _resize(pixels: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    h, w = pixels.shape[:2]
    if (w, h) == size:
        return pixels
    shrinking = size[0] * size[1] < w * h
    method = cv2.INTER_AREA if shrinking else cv2.INTER_LINEAR
    return cv2.resize(np.ascontiguousarray(pixels), size, interpolation=method)


def _paste(canvas: np.ndarray, pixels: np.ndarray, offset: tuple[int, int]) -> None:
    """`pixels` laid on `canvas` at `offset` (negative: cut), what overhangs cut off."""
    ch, cw = canvas.shape[:2]
    ph, pw = pixels.shape[:2]
    x, y = offset
    left, top = max(0, x), max(0, y)
    right, bottom = min(cw, x + pw), min(ch, y + ph)
    if right > left and bottom > top:
        canvas[top:bottom, left:right] = pixels[top - y : bottom - y, left - x : right - x]


def _values(canvas: np.ndarray, spec: InputSpec, dtype: np.dtype) -> np.ndarray:
    if dtype == np.uint8:
        return canvas
    values = canvas.astype(np.float32) * np.float32(
        spec.scale if spec.scale is not None else 1 / 255
    )
    if spec.mean is not None:
        values -= np.asarray(spec.mean, np.float32)
    if spec.std is not None:
        values /= np.asarray(spec.std, np.float32)
    return values.astype(dtype, copy=False)
