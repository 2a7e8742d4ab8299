"""What the assist and the pre-annotation are called, in words the workbench translates."""

from __future__ import annotations

from typing import Any

from labeler.core.i18n import QT_TRANSLATE_NOOP, Said

_MODEL = QT_TRANSLATE_NOOP("messages", "ONNX model")
_NAMED = QT_TRANSLATE_NOOP("messages", "ONNX model: {title}")


def titled(model: Any) -> str:
    """`ONNX model: <the model YAML's title>`, or `ONNX model` with none configured."""
    return Said(_NAMED, title=model.title) if model is not None else _MODEL
