"""What the plugin raises: a sentence saying what is wrong and where, never a bare
ONNX Runtime or YAML error.

Imported without NumPy or ONNX Runtime, so a caller can catch these without loading them.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path


class ModelError(ValueError):
    """A model that cannot be used as its YAML says, or a call it cannot answer."""


class SpecError(ModelError):
    """A model's YAML that is not valid: every problem, each with where it is
    (`input.size`, `labels.3`)."""

    def __init__(self, path: Path | str, problems: Sequence[str]) -> None:
        self.path = str(path)
        self.problems = tuple(problems)
        listed = "; ".join(self.problems)
        super().__init__(f"{self.path}: {listed}")


class ModelMismatch(ModelError):
    """An ONNX model whose inputs or outputs are not what its YAML describes."""


class AssistError(ModelError):
    """An assist was asked something it cannot answer: a prompt of another kind, a field
    the model proposes nothing for, a label the field does not have."""


class ImageUnreadable(ModelError):
    """An item's picture that is missing on this computer or that Pillow cannot decode."""
