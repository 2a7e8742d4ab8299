"""A model for the real `label-studio-ml` server, written as a backend author writes one
(this runs in the backend's own environment, without labeler).

Without context it predicts fixed regions for each control of the config it was set up
with: a rectangle (and an ellipse, which labeler has no field for), a polygon, a key
point and a brush mask on a picture (whose size it reads from the file it downloads, as
real backends do), a span of the first word on a text, a segment and a transcript on a
recording, the last label of a choice. With the context of a click (`keypointlabels`)
it answers a box around the click, or for a brush control a square mask around it, as
Segment Anything answers; with a box (`rectanglelabels`), the polygon of its corners.
"""

from __future__ import annotations

import json
import os
import re

from label_studio_ml.model import LabelStudioMLBase
from PIL import Image

SCORE = 0.75


class FixedModel(LabelStudioMLBase):
    def predict(self, tasks, context=None, **kwargs):
        _log({"tasks": tasks, "context": context, "config": self.label_config})
        return [self._predict(task, context) for task in tasks]

    def _predict(self, task, context):
        results = []
        for name, control in self.parsed_label_config.items():
            source = control["inputs"][0]
            value = task["data"][source["value"]]
            out = {"from_name": name, "to_name": control["to_name"][0]}
            size = None
            if source["type"].lower() == "image":
                path = self.get_local_path(value)
                size = width, height = Image.open(path).size
                out.update(original_width=width, original_height=height, image_rotation=0)
            for result in _results(control, value, context, size):
                results.append({**out, **result})
        return {"result": results, "score": SCORE, "model_version": "fixed-1"}


def _results(control, value, context, size):
    kind = control["type"].lower()
    labels = control["labels"]
    if context and context.get("result"):
        yield from _interactive(kind, context["result"][0], size)
        return
    if kind == "rectanglelabels":
        box = {"x": 10, "y": 20, "width": 30, "height": 40, "rotation": 0}
        yield {"type": kind, "value": {**box, kind: [labels[0]]}, "score": 0.9}
        ellipse = {"x": 50, "y": 50, "radiusX": 5, "radiusY": 5, "ellipselabels": [labels[0]]}
        yield {"type": "ellipselabels", "value": ellipse}
    elif kind == "brushlabels":
        yield _mask(size, 10, 10, 30, 30, labels[0], 0.7)
    elif kind == "polygonlabels":
        points = [[10, 10], [50, 10], [30, 40]]
        yield {"type": kind, "value": {"points": points, kind: [labels[0]]}}
    elif kind == "keypointlabels":
        yield {"type": kind, "value": {"x": 50, "y": 50, "width": 1, kind: [labels[0]]}}
    elif kind == "choices":
        yield {"type": kind, "value": {"choices": [labels[-1]]}}
    elif kind == "labels" and control["inputs"][0]["type"].lower() == "text":
        word = re.search(r"\w+", value)
        span = {"start": word.start(), "end": word.end(), "text": word.group()}
        yield {"type": kind, "value": {**span, "labels": [labels[0]]}, "score": 0.6}
    elif kind == "labels":
        yield {"type": kind, "value": {"start": 0.5, "end": 1.5, "labels": [labels[0]]}}
    elif kind == "textarea":
        yield {"type": kind, "value": {"text": ["hello world"]}}


def _interactive(kind, prompt, size):
    """A box or a mask around a click, or the polygon of a box's corners."""
    value = prompt["value"]
    label = value[prompt["type"]][0]
    if prompt["type"] == "keypointlabels" and kind == "brushlabels":
        x, y = value["x"], value["y"]
        yield _mask(size, x - 10, y - 10, x + 10, y + 10, label, 0.85)
    elif prompt["type"] == "keypointlabels" and kind == "rectanglelabels":
        box = {"x": value["x"] - 5, "y": value["y"] - 5, "width": 10, "height": 10}
        yield {"type": kind, "value": {**box, kind: [label]}, "score": 0.95}
    elif prompt["type"] == "rectanglelabels" and kind == "polygonlabels":
        x, y, w, h = value["x"], value["y"], value["width"], value["height"]
        points = [[x, y], [x + w, y], [x + w, y + h], [x, y + h]]
        yield {"type": kind, "value": {"points": points, kind: [label]}, "score": 0.5}


def _mask(size, left, top, right, bottom, label, score):
    """A brush result painting the rectangle between the percent given."""
    width, height = size
    x0, x1 = round(left * width / 100), round(right * width / 100)
    y0, y1 = round(top * height / 100), round(bottom * height / 100)
    alpha = [
        255 if x0 <= x < x1 and y0 <= y < y1 else 0 for y in range(height) for x in range(width)
    ]
    rgba = [v for a in alpha for v in (a, a, a, a)]
    value = {"format": "rle", "rle": _rle(rgba), "brushlabels": [label]}
    return {"type": "brushlabels", "value": value, "score": score}


def _rle(values):
    """Label Studio's packing of `values` (bytes), every run a repeated one."""
    bits = [f"{len(values):032b}", f"{8 - 1:05b}"] + [f"{n - 1:04b}" for n in (3, 4, 8, 16)]
    i = 0
    while i < len(values):
        j = i
        while j < len(values) and values[j] == values[i] and j - i < 1 << 16:
            j += 1
        bits.append(f"1{3:02b}{j - i - 1:016b}{values[i]:08b}")
        i = j
    stream = "".join(bits)
    stream += "0" * (-len(stream) % 8)
    return [int(stream[k : k + 8], 2) for k in range(0, len(stream), 8)]


def _log(entry):
    """What the backend was asked, one JSON line a request, for the tests to read."""
    path = os.environ.get("FIXED_MODEL_LOG")
    if path:
        with open(path, "a", encoding="utf-8") as log:
            log.write(json.dumps(entry) + "\n")
