"""One item through the model: its picture read, the model run, its answer made.

Shared by the pre-annotation and the assist. Imports NumPy and ONNX Runtime (through the
model) only when called.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from labeler.core.plugins.api import ItemView
from labeler.core.schema import Field
from labeler_onnx_models.errors import ModelError

if TYPE_CHECKING:
    from labeler_onnx_models.model import Model
    from labeler_onnx_models.picture import Picture
    from labeler_onnx_models.proposals import Proposed

#: Where a workbench or a task server finds the model its plugin uses.
ENV = "LABELER_ONNX_MODEL"


def need(model: Model | None) -> Model:
    """The plugin's model; `ModelError` saying how to set one when there is none."""
    if model is None:
        raise ModelError(f"no ONNX model is set: {ENV} names a model's YAML (see the README)")
    return model


def propose(
    model: Model, item: ItemView, fields: Mapping[str, Field], picture: Picture | None = None
) -> Proposed:
    """The model's answer for `item` (or for `picture`, a part of it), for `fields`."""
    from labeler_onnx_models import proposals
    from labeler_onnx_models.picture import read_picture

    if picture is None:
        picture = read_picture(item, model.least)
    if model.spec.task == "detect":
        return proposals.from_detections(model.detect(picture), fields)
    return proposals.from_classification(model.spec, model.classify(picture), fields)
