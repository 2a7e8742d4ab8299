"""A model for the real `label-studio-ml` server, written as a backend author writes one
(this runs in the backend's own environment, without labeler).

Without context it predicts fixed regions for each control of the config it was set up
with: a rectangle, a polygon, a key point and a brush mask on a picture (whose size it
reads from the file it downloads, as real backends do), a span of the first word on a
text, a segment and a transcript on a recording, the last label of a choice. With the
context of a click (`keypointlabels`) it answers a box around the click; with a box
(`rectanglelabels`), the polygon of that box's corners.
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
            if source["type"].lower() == "image":
                path = self.get_local_path(value)
                width, height = Image.open(path).size
                out.update(original_width=width, original_height=height, image_rotation=0)
            for result in _results(control, value, context):
                results.append({**out, **result})
        return {"result": results, "score": SCORE, "model_version": "fixed-1"}


def _results(control, value, context):
    kind = control["type"].lower()
    labels = control["labels"]
    if context and context.get("result"):
        yield from _interactive(kind, context["result"][0])
        return
    if kind == "rectanglelabels":
        box = {"x": 10, "y": 20, "width": 30, "height": 40, "rotation": 0}
        yield {"type": kind, "value": {**box, kind: [labels[0]]}, "score": 0.9}
        yield {
            "type": "brushlabels",
            "value": {"format": "rle", "rle": [0, 1], "brushlabels": [labels[0]]},
        }
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


def _interactive(kind, prompt):
    """A box around a click, or the polygon of a box's corners."""
    value = prompt["value"]
    label = value[prompt["type"]][0]
    if prompt["type"] == "keypointlabels" and kind == "rectanglelabels":
        box = {"x": value["x"] - 5, "y": value["y"] - 5, "width": 10, "height": 10}
        yield {"type": kind, "value": {**box, kind: [label]}, "score": 0.95}
    elif prompt["type"] == "rectanglelabels" and kind == "polygonlabels":
        x, y, w, h = value["x"], value["y"], value["width"], value["height"]
        points = [[x, y], [x + w, y], [x + w, y + h], [x, y + h]]
        yield {"type": kind, "value": {"points": points, kind: [label]}, "score": 0.5}


def _log(entry):
    """What the backend was asked, one JSON line a request, for the tests to read."""
    path = os.environ.get("FIXED_MODEL_LOG")
    if path:
        with open(path, "a", encoding="utf-8") as log:
            log.write(json.dumps(entry) + "\n")
