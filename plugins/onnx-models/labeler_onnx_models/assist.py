"""The assist: the model run on the item on screen, or on the part of it in a box.

An `item` prompt proposes what the model finds in the whole picture for the field asked:
its boxes (a boxes field) or its label (a choice field: the most probable one reaching
the threshold; a multichoice field: each that does), each a `Proposal` with the model's
score as its confidence. A `box` prompt runs the model on that part of the picture alone
(small objects get more of the model's pixels) and proposes the boxes whose centre lies in
the box, cut to it; a classifier classifies that part. With a label armed, only
proposals of that label. Labels are proposed as `{"label": value}`.

Asked for a field the model proposes nothing for, of another kind, with a label the field
lacks or a prompt of another kind, it raises `AssistError` saying which; a picture it
cannot read raises `ImageUnreadable`.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from labeler.core.plugins.api import ItemView, Prompt, Proposal
from labeler.core.schema import Field
from labeler_onnx_models.errors import AssistError
from labeler_onnx_models.run import need, propose
from labeler_onnx_models.titles import titled

if TYPE_CHECKING:
    from labeler_onnx_models.model import Model


class ModelAssist:
    """Meets `labeler.core.plugins.api.Assist`. Without a model it takes no prompt and
    answers no field kind, so a host offers the other assists instead (it still says how
    to set a model if asked)."""

    name = "onnx-model"
    media = frozenset({"image"})

    def __init__(self, model: Model | None) -> None:
        from labeler_onnx_models.spec import FIELD_KINDS

        self.model = model
        self.title = titled(model)
        self.prompts: frozenset[str] = frozenset({"item", "box"} if model else ())
        #: The field kinds it proposes for (beyond the Assist protocol: a host offers it
        #: only there): boxes for a detector, choice and multichoice for a classifier.
        self.fields: frozenset[str] = frozenset(FIELD_KINDS[model.spec.task] if model else ())

    def propose(
        self, item: ItemView, field: Field, answer: Mapping[str, Any], prompt: Prompt
    ) -> Sequence[Proposal]:
        """Proposals for `field`, best first; none when the model finds nothing."""
        from labeler_onnx_models.picture import read_picture

        model = need(self.model)
        self._check(model, field, prompt)
        picture = read_picture(item)
        box = _box(prompt) if prompt.kind == "box" else None
        if box is not None:
            part = picture.crop(*box)
            if part is None:
                return []  # the box lies off the picture
            picture = part
        proposed = propose(model, item, {field.name: field}, picture)
        value = proposed.answer.get(field.name)
        scores = proposed.scores.get(field.name, ())
        if value is None:
            return []
        if field.kind == "choice":
            value = [value]
        out = []
        for entry, score in zip(value, scores, strict=True):
            region = {"label": entry} if isinstance(entry, str) else entry
            if box is not None and field.kind == "boxes":
                region = _within(region, box)
            if region is not None and prompt.label in (None, region["label"]):
                out.append(Proposal(field.name, region, confidence=score))
        return out

    def _check(self, model: Model, field: Field, prompt: Prompt) -> None:
        spec = model.spec
        if field.name not in spec.fields:
            fields = ", ".join(repr(f) for f in spec.fields)
            raise AssistError(f"{model.title} proposes for {fields}; not for {field.name!r}")
        problems = spec.field_problems(field)
        if problems:
            raise AssistError("; ".join(problems))
        if prompt.kind not in ("item", "box"):
            raise AssistError(f"{self.name} takes an item or a box prompt, not a {prompt.kind}")
        if prompt.label is not None and prompt.label not in field.label_values():
            raise AssistError(f"field {field.name!r} has no label {prompt.label!r}")


def _box(prompt: Prompt) -> tuple[float, float, float, float]:
    """The prompt's box (x0, y0, x1, y1), from its two corners in either order."""
    points = prompt.points
    finite = all(
        len(p) == 2 and all(isinstance(c, int | float) and math.isfinite(c) for c in p)
        for p in points
    )
    if len(points) != 2 or not finite:
        raise AssistError("a box prompt has two corners, each a pair of finite numbers")
    (ax, ay), (bx, by) = points
    x0, y0, x1, y1 = min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)
    if x1 <= x0 or y1 <= y0:
        raise AssistError("a box prompt's two corners enclose no area")
    return x0, y0, x1, y1


def _within(
    region: dict[str, Any], box: tuple[float, float, float, float]
) -> dict[str, Any] | None:
    """A box whose centre lies in `box`, cut to it; None for one whose centre does not."""
    x0, y0, x1, y1 = box
    cx, cy = region["x"] + region["w"] / 2, region["y"] + region["h"] / 2
    if not (x0 <= cx <= x1 and y0 <= cy <= y1):
        return None
    left, top = max(region["x"], x0), max(region["y"], y0)
    right, bottom = min(region["x"] + region["w"], x1), min(region["y"] + region["h"], y1)
    w, h = round(right - left, 2), round(bottom - top, 2)
    if w <= 0 or h <= 0:
        return None
    return {**region, "x": round(left, 2), "y": round(top, 2), "w": w, "h": h}
