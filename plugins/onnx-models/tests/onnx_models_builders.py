"""Tiny ONNX models for the tests, built with `onnx.helper`, and their YAMLs.

- a classifier whose logits are `gain` × the picture's mean colour (red, green, blue):
  a red picture is class 0, a green one class 1, a blue one class 2;
- a YOLO detector (v8 or v5 layout) whose first candidate is the box around the bright
  pixels (grey above 0.5) of its input, of class `bright_class` with score 0.9, followed
  by fixed candidates given in input pixels: what it finds depends on the picture, so
  the map back from the input to the original's pixels is checked end to end;
- an SSD detector whose boxes, scores and classes are fixed.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import onnx
import yaml
from onnx import TensorProto, helper, numpy_helper

OPSET = 17
IR_VERSION = 8


class Graph:
    """Nodes and constants of a graph under construction, with fresh names."""

    def __init__(self) -> None:
        self.nodes: list[onnx.NodeProto] = []
        self.inits: list[onnx.TensorProto] = []
        self._n = 0

    def name(self, stem: str) -> str:
        self._n += 1
        return f"{stem}_{self._n}"

    def const(self, value: Any, dtype: Any = np.float32) -> str:
        name = self.name("c")
        self.inits.append(numpy_helper.from_array(np.asarray(value, dtype), name))
        return name

    def op(self, kind: str, inputs: Sequence[str], out: str | None = None, **attrs: Any) -> str:
        out = out or self.name(kind.lower())
        self.nodes.append(helper.make_node(kind, list(inputs), [out], **attrs))
        return out

    def save(
        self,
        path: Path,
        inputs: Sequence[onnx.ValueInfoProto],
        outputs: Sequence[onnx.ValueInfoProto],
    ) -> Path:
        graph = helper.make_graph(self.nodes, "test", list(inputs), list(outputs), self.inits)
        model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)])
        model.ir_version = IR_VERSION
        onnx.checker.check_model(model, full_check=True)
        onnx.save(model, str(path))
        return path


def _picture_input(size: tuple[int, int], layout: str, dtype: int) -> onnx.ValueInfoProto:
    w, h = size
    shape = [1, 3, h, w] if layout == "NCHW" else [1, h, w, 3]
    return helper.make_tensor_value_info("images", dtype, shape)


def classifier(
    path: Path,
    classes: int = 3,
    size: tuple[int, int] = (32, 32),
    gain: float = 10.0,
    layout: str = "NCHW",
    dtype: int = TensorProto.FLOAT,
) -> Path:
    """Logits = gain × mean colour, one per class (classes past 3 score 0)."""
    g = Graph()
    x = "images" if dtype == TensorProto.FLOAT else g.op("Cast", ["images"], to=TensorProto.FLOAT)
    axes = [2, 3] if layout == "NCHW" else [1, 2]
    mean = g.op("ReduceMean", [x], axes=axes, keepdims=0)  # [1, 3]
    weights = np.zeros((3, classes), np.float32)
    for i in range(min(3, classes)):
        weights[i, i] = gain
    logits = g.op("MatMul", [mean, g.const(weights)])
    g.op("Add", [logits, g.const(np.zeros(classes))], out="logits")
    out = helper.make_tensor_value_info("logits", TensorProto.FLOAT, [1, classes])
    return g.save(path, [_picture_input(size, layout, dtype)], [out])


def yolo_detector(
    path: Path,
    fmt: str = "yolov8",
    size: tuple[int, int] = (64, 64),
    classes: int = 3,
    bright_class: int = 0,
    fixed: Sequence[Sequence[float]] = (),
    channels_first: bool | None = None,
) -> Path:
    """A YOLO output of 1 + len(fixed) candidates. Each fixed candidate is (cx, cy, w, h,
    then the class scores), with the objectness before them for yolov5."""
    w, h = size
    base = 4 if fmt == "yolov8" else 5
    width = base + classes
    channels_first = fmt == "yolov8" if channels_first is None else channels_first
    g = Graph()
    grey = g.op("ReduceMean", ["images"], axes=[1], keepdims=1)  # [1, 1, h, w]
    mask = g.op("Cast", [g.op("Greater", [grey, g.const(0.5)])], to=TensorProto.FLOAT)
    cols = g.op("ReduceMax", [mask], axes=[1, 2], keepdims=0)  # [1, w]
    rows = g.op("ReduceMax", [mask], axes=[1, 3], keepdims=0)  # [1, h]

    def edges(profile: str) -> tuple[str, str]:
        first = g.op("ArgMax", [profile], axis=1, keepdims=1, select_last_index=0)
        last = g.op("ArgMax", [profile], axis=1, keepdims=1, select_last_index=1)
        first = g.op("Cast", [first], to=TensorProto.FLOAT)
        last = g.op("Add", [g.op("Cast", [last], to=TensorProto.FLOAT), g.const([[1.0]])])
        return first, last

    x0, x1 = edges(cols)
    y0, y1 = edges(rows)
    found = g.op("ReduceMax", [cols], axes=[1], keepdims=1)  # 1 when anything is bright
    half = g.const([[0.5]])
    cx = g.op("Mul", [g.op("Add", [x0, x1]), half])
    cy = g.op("Mul", [g.op("Add", [y0, y1]), half])
    bw = g.op("Sub", [x1, x0])
    bh = g.op("Sub", [y1, y0])
    scores = np.zeros((1, classes), np.float32)
    scores[0, bright_class] = 0.9
    class_scores = g.op("Mul", [found, g.const(scores)])  # [1, classes]
    parts = [cx, cy, bw, bh] + ([g.op("Mul", [found, g.const([[1.0]])])] if base == 5 else [])
    row = g.op("Concat", [*parts, class_scores], axis=1)  # [1, width]
    row = g.op("Unsqueeze", [row, g.const([0], np.int64)])  # [1, 1, width]
    if fixed:
        table = np.asarray(fixed, np.float32).reshape(1, len(fixed), width)
        row = g.op("Concat", [row, g.const(table)], axis=1)
    n = 1 + len(fixed)
    if channels_first:
        g.op("Transpose", [row], out="output0", perm=[0, 2, 1])
        shape = [1, width, n]
    else:
        g.op("Identity", [row], out="output0")
        shape = [1, n, width]
    out = helper.make_tensor_value_info("output0", TensorProto.FLOAT, shape)
    return g.save(path, [_picture_input((w, h), "NCHW", TensorProto.FLOAT)], [out])


def ssd_detector(
    path: Path,
    boxes: Sequence[Sequence[float]],
    scores: Sequence[float],
    classes: Sequence[int],
    size: tuple[int, int] = (64, 64),
    names: tuple[str, str, str] = ("boxes", "scores", "classes"),
    order: tuple[int, int, int] = (0, 1, 2),
) -> Path:
    """Fixed boxes [1, N, 4], scores [1, N], classes [1, N] (floats, as TensorFlow's),
    given as outputs in `order` (indices into boxes, scores, classes)."""
    g = Graph()
    zero = g.op("Mul", [g.op("ReduceMean", ["images"], keepdims=0), g.const(0.0)])
    n = len(scores)
    values = [
        np.asarray(boxes, np.float32).reshape(1, n, 4),
        np.asarray(scores, np.float32).reshape(1, n),
        np.asarray(classes, np.float32).reshape(1, n),
    ]
    for name, value in zip(names, values, strict=True):
        g.op("Add", [g.const(value), zero], out=name)
    outs = [
        helper.make_tensor_value_info(names[i], TensorProto.FLOAT, list(values[i].shape))
        for i in order
    ]
    return g.save(path, [_picture_input(size, "NCHW", TensorProto.FLOAT)], outs)


def write_yaml(path: Path, **spec: Any) -> Path:
    path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path
