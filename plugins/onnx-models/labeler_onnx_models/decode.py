"""A model's outputs read as the schema's labels: boxes with their scores, or how
probable each label is.

Detection outputs (`output.format`):

- `yolov8`: one output of [1, 4 + C, N] (as Ultralytics exports it) or [1, N, 4 + C]: each
  of N candidates is (cx, cy, w, h) and a score per class;
- `yolov5`: [1, N, 5 + C] (or [1, 5 + C, N]): (cx, cy, w, h, objectness) and a score per
  class; a class's score is its own times the objectness, as YOLOv5 takes it;
- `ssd`: three outputs, boxes [1, N, 4] (x0, y0, x1, y1, or y0, x0, y1, x1 with
  `box_order: yxyx`), scores [1, N] and classes [1, N].

Which side of a YOLO output holds a candidate's values: the side of 4 + C (5 + C) when
`output.num_classes` says C; else the one side long enough for the classes the labels
name, or when both are, the shorter (a model has fewer classes than candidates).
Coordinates are the input's pixels, or fractions of its size with `coordinates:
normalized`.

A candidate's class is its best one; candidates of classes the labels do not name are
left out, then those under `score_threshold`. Overlapping boxes of one label (IoU above
`nms_iou`) keep the best (OpenCV's `NMSBoxesBatched`, by the label, so two classes the
labels map to one label do not give one object twice). The best `max_boxes` are kept,
mapped to the original's pixels, clipped to the picture and rounded to 0.01 px.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import cv2
import numpy as np

from labeler_onnx_models.errors import ModelMismatch
from labeler_onnx_models.picture import Picture
from labeler_onnx_models.preprocess import Affine
from labeler_onnx_models.spec import ModelSpec, Target

Shape = Sequence[int | str | None]


@dataclass(frozen=True)
class Detection:
    """A box the model found: its label, the model's class and score, and (x, y, w, h)
    in the original's pixels."""

    target: Target
    class_index: int
    score: float
    box: tuple[float, float, float, float]


@dataclass(frozen=True)
class Detections:
    """What a detection model found in a picture, best first; `left_out` is, per field,
    the best score of a candidate under the threshold (0 when none)."""

    found: tuple[Detection, ...]
    left_out: Mapping[str, float]


@dataclass(frozen=True)
class Classification:
    """How probable each label is: a label several classes map to takes their sum (one
    class excludes the others) or, for a model of independent classes (`activation:
    sigmoid`), their best."""

    scores: Mapping[Target, float]


def _mismatch(spec: ModelSpec, what: str) -> ModelMismatch:
    return ModelMismatch(f"{spec.source}: {spec.model.name} {what}")


def _base(spec: ModelSpec) -> int:
    return 4 if spec.output.format == "yolov8" else 5


def yolo_axis(spec: ModelSpec, shape: Shape, shown: str) -> int | None:
    """The axis of a YOLO output holding a candidate's values; None when the model leaves
    both open and `num_classes` tells which on the first picture."""
    fmt, base = spec.output.format, _base(spec)
    if len(shape) not in (2, 3) or (len(shape) == 3 and _fixed(shape[0]) not in (None, 1)):
        raise _mismatch(
            spec,
            f"gives {shown}; a {fmt} output is [1, {base} + classes, boxes] or "
            f"[1, boxes, {base} + classes]",
        )
    first, second = len(shape) - 2, len(shape) - 1
    a, b = _fixed(shape[first]), _fixed(shape[second])
    default = first if fmt == "yolov8" else second
    n, need = spec.output.num_classes, spec.needed_classes
    if n is not None:
        hits = [axis for axis, side in ((first, a), (second, b)) if side == base + n]
        opened = [axis for axis, side in ((first, a), (second, b)) if side is None]
        if hits:
            axis = default if default in hits else hits[0]
        elif len(opened) == 1:
            axis = opened[0]
        elif not opened:
            raise _mismatch(
                spec, f"gives {shown}: no side is {base} + {n} classes (output.num_classes)"
            )
        else:
            return None
    elif a is not None and b is not None:
        holds = [axis for axis, side in ((first, a), (second, b)) if side - base >= need]
        if len(holds) == 1:
            axis = holds[0]
        else:  # both could: a model has fewer classes than candidates
            axis = first if a < b else second if b < a else default
    elif a is not None or b is not None:
        axis = first if a is not None else second
    else:
        raise _mismatch(
            spec,
            f"gives {shown}, which does not say how many classes it has: give output.num_classes",
        )
    values = _fixed(shape[axis])
    if values is not None:
        _check_count(spec, values - base, shown, f"{values} values per box")
    return axis


def _check_count(spec: ModelSpec, classes: int, shown: str, what: str) -> None:
    n = spec.output.num_classes
    if n is not None and classes != n:
        raise _mismatch(spec, f"gives {shown}: {what}, {classes} classes, not {n}")
    if classes < spec.needed_classes:
        raise _mismatch(
            spec,
            f"gives {shown}: {what}, {max(classes, 0)} classes; the labels name class "
            f"{spec.needed_classes - 1}",
        )


def check_ssd(spec: ModelSpec, shapes: Sequence[Shape], shown: Sequence[str]) -> None:
    """Boxes [1, N, 4], scores [1, N], classes [1, N] (the batch may be left out)."""
    boxes, scores, classes = shapes
    if len(boxes) not in (2, 3) or _fixed(boxes[-1]) not in (None, 4):
        raise _mismatch(spec, f"gives boxes as {shown[0]}; ssd boxes are [1, N, 4]")
    counts = {_fixed(boxes[-2])}
    for what, shape, name in (("scores", scores, shown[1]), ("classes", classes, shown[2])):
        if len(shape) not in (1, 2):
            raise _mismatch(spec, f"gives {what} as {name}; ssd {what} are [1, N]")
        counts.add(_fixed(shape[-1]))
    if len(counts - {None}) > 1:
        raise _mismatch(spec, f"gives {', '.join(shown)}: not as many boxes, scores and classes")


def check_classes(spec: ModelSpec, shape: Shape, shown: str) -> None:
    """A classifier's output: [1, C] or [C], with the classes the labels name."""
    if len(shape) not in (1, 2) or (len(shape) == 2 and _fixed(shape[0]) not in (None, 1)):
        raise _mismatch(spec, f"gives {shown}; a classifier's output is [1, classes]")
    count = _fixed(shape[-1])
    if count is not None:
        _check_count(spec, count, shown, "a score per class")


def _fixed(dim: int | str | None) -> int | None:
    return dim if isinstance(dim, int) and not isinstance(dim, bool) else None


def detections(
    spec: ModelSpec,
    outputs: Sequence[np.ndarray],
    size: tuple[int, int],
    affine: Affine,
    picture: Picture,
) -> Detections:
    """The boxes of a detection model's outputs (`outputs` as `Model` asks for them)."""
    if spec.output.format == "ssd":
        classes, scores, xyxy = _ssd(spec, outputs)
    else:
        classes, scores, xyxy = _yolo(spec, outputs[0])
    if spec.output.coordinates == "normalized":
        xyxy = xyxy * np.array([size[0], size[1], size[0], size[1]], np.float64)
    return _select(spec, classes, scores, xyxy, affine, picture)


def _yolo(spec: ModelSpec, out: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    axis = yolo_axis(spec, out.shape, f"an output of {list(out.shape)}")
    table = out[0] if out.ndim == 3 else out
    # Values first ([4 + C, N]): each class's scores are a row, read without a transpose.
    values = table if axis == out.ndim - 2 else table.T
    base = _base(spec)
    per_class = np.asarray(values[base:], np.float32)
    if base == 5:
        per_class = per_class * np.asarray(values[4], np.float32)
    if per_class.shape[0] == 0:
        return np.zeros(0, np.int64), np.zeros(0), np.zeros((0, 4))
    classes = per_class.argmax(axis=0)
    scores = np.take_along_axis(per_class, classes[np.newaxis], axis=0)[0].astype(np.float64)
    cx, cy, w, h = (np.asarray(values[i], np.float64) for i in range(4))
    xyxy = np.stack([cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2], axis=1)
    return classes, scores, xyxy


def _ssd(
    spec: ModelSpec, outputs: Sequence[np.ndarray]
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    boxes, scores, classes = outputs
    shapes = [list(o.shape) for o in outputs]
    check_ssd(spec, [o.shape for o in outputs], [str(s) for s in shapes])
    boxes = boxes.reshape(-1, 4).astype(np.float64)
    scores = scores.reshape(-1).astype(np.float64)
    classes = classes.reshape(-1)
    if not len(boxes) == len(scores) == len(classes):
        raise _mismatch(spec, f"gave {shapes}: not as many boxes, scores and classes")
    if spec.output.box_order == "yxyx":
        boxes = boxes[:, [1, 0, 3, 2]]
    finite = np.isfinite(classes.astype(np.float64))
    index = np.where(finite, np.rint(np.where(finite, classes, -1)), -1).astype(np.int64)
    return index, scores, boxes


def _select(
    spec: ModelSpec,
    classes: np.ndarray,
    scores: np.ndarray,
    xyxy: np.ndarray,
    affine: Affine,
    picture: Picture,
) -> Detections:
    targets = sorted(set(spec.labels.values()), key=lambda t: (t.field, t.label))
    number = {t: i for i, t in enumerate(targets)}
    group_of = np.full(spec.needed_classes, -1, np.int64)  # class index → its label's number
    for index, target in spec.labels.items():
        group_of[index] = number[target]
    groups = np.full(len(classes), -1, np.int64)
    known = (classes >= 0) & (classes < len(group_of))
    groups[known] = group_of[classes[known]]
    named = (groups >= 0) & np.isfinite(scores) & np.isfinite(xyxy).all(axis=1)
    classes, scores, xyxy, groups = classes[named], scores[named], xyxy[named], groups[named]
    kept = scores >= spec.score_threshold
    left_out: dict[str, float] = {}
    for field in spec.fields:
        mine = [number[t] for t in targets if t.field == field]
        under = scores[~kept & np.isin(groups, mine)]
        left_out[field] = float(under.max()) if len(under) else 0.0
    order = _suppress(spec, groups[kept], scores[kept], xyxy[kept])
    index = np.flatnonzero(kept)[order]
    corners = affine.boxes(xyxy[index]) if len(index) else np.zeros((0, 4))
    found = []
    for i, (x0, y0, x1, y1) in zip(index, corners, strict=True):
        box = _clipped(x0, y0, x1, y1, picture)
        if box is not None:
            target = targets[groups[i]]
            found.append(Detection(target, int(classes[i]), round(float(scores[i]), 4), box))
        if len(found) == spec.max_boxes:
            break
    return Detections(tuple(found), left_out)


def _suppress(
    spec: ModelSpec, groups: np.ndarray, scores: np.ndarray, xyxy: np.ndarray
) -> np.ndarray:
    """Indices of the boxes kept, best first: per label, a box overlapping a better one
    by more than `nms_iou` goes."""
    if not len(scores):
        return np.zeros(0, np.int64)
    if spec.nms_iou is None:
        return np.argsort(-scores, kind="stable")
    xywh = np.column_stack([xyxy[:, :2], xyxy[:, 2:] - xyxy[:, :2]])
    kept = cv2.dnn.NMSBoxesBatched(
        xywh.tolist(), scores.tolist(), groups.tolist(), -1.0, spec.nms_iou
    )
    keep = np.asarray(kept, np.int64).reshape(-1)
    return keep[np.argsort(-scores[keep], kind="stable")]


def _clipped(
    x0: float, y0: float, x1: float, y1: float, picture: Picture
) -> tuple[float, float, float, float] | None:
    """(x, y, w, h) inside the picture, to 0.01 px; None when nothing of it is inside."""
    x0, x1 = (round(min(max(float(v), 0.0), picture.width), 2) for v in (x0, x1))
    y0, y1 = (round(min(max(float(v), 0.0), picture.height), 2) for v in (y0, y1))
    if x1 - x0 <= 0 or y1 - y0 <= 0:
        return None
    return x0, y0, round(x1 - x0, 2), round(y1 - y0, 2)


def classification(spec: ModelSpec, out: np.ndarray) -> Classification:
    """Each label's probability from a classifier's output."""
    check_classes(spec, out.shape, f"an output of {list(out.shape)}")
    values = out.reshape(-1).astype(np.float64)
    activation = spec.output.activation
    if activation == "softmax":
        shifted = np.exp(values - values.max())
        values = shifted / shifted.sum()
    elif activation == "sigmoid":
        values = 1.0 / (1.0 + np.exp(-values))
    values = np.clip(np.nan_to_num(values, nan=0.0), 0.0, 1.0)
    scores: dict[Target, float] = {}
    for index, target in sorted(spec.labels.items()):
        p = float(values[index])
        if activation == "sigmoid":
            scores[target] = max(scores.get(target, 0.0), p)
        else:
            scores[target] = min(1.0, scores.get(target, 0.0) + p)
    return Classification(scores)
