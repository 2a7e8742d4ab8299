"""ONNX models: a detector or a classifier (an ONNX file and a small YAML of its labels,
input and output) as an assist and a source of pre-annotation, run in this process by
ONNX Runtime on the CPU. Nothing is downloaded: the model is a file the lead has.

The entry point `onnx-models` (group `labeler.plugins`) names `plugin`. The model is the
YAML that `LABELER_ONNX_MODEL` names, loaded and checked against its ONNX file when the
plugin loads, so a wrong one is the reason `labeler plugins` gives. Without it, the plugin
loads neither NumPy nor ONNX Runtime, and its assist and pre-annotation say how to set one.
`labeler-onnx preannotate` runs the pre-annotation over a project on a task server
(`labeler_onnx_models.cli`).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from labeler.core.i18n import QT_TRANSLATE_NOOP
from labeler.core.plugins import Plugin
from labeler_onnx_models.assist import ModelAssist
from labeler_onnx_models.errors import (
    AssistError,
    ImageUnreadable,
    ModelError,
    ModelMismatch,
    SpecError,
)
from labeler_onnx_models.preannotate import ModelPreAnnotator, ModelPrefill
from labeler_onnx_models.run import ENV
from labeler_onnx_models.spec import ModelSpec, read_spec

if TYPE_CHECKING:
    from labeler_onnx_models.model import Model

__all__ = [
    "ENV",
    "AssistError",
    "ImageUnreadable",
    "ModelAssist",
    "ModelError",
    "ModelMismatch",
    "ModelPreAnnotator",
    "ModelPrefill",
    "ModelSpec",
    "SpecError",
    "load_model",
    "plugin",
    "read_spec",
]


def load_model(source: Path | str | ModelSpec, threads: int | None = None) -> Model:
    """The model of a YAML, checked against its ONNX file (`labeler_onnx_models.model`)."""
    from labeler_onnx_models.model import Model

    return Model.load(source, threads)


def plugin(model: Model | Path | str | None = None) -> Plugin:
    """The plugin the entry point names: for `model` (a loaded model or a YAML), else the
    YAML `LABELER_ONNX_MODEL` names, else no model."""
    if model is None:
        model = os.environ.get(ENV) or None
    if isinstance(model, str | Path):
        model = load_model(model)
    return Plugin(
        "onnx-models",
        QT_TRANSLATE_NOOP("messages", "ONNX models"),
        assists=[ModelAssist(model)],
        preannotators=[ModelPreAnnotator(model)],
    )
