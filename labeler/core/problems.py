"""Validation problems: where in a JSON document something is wrong, and what."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a document, at `path` (e.g. `fields[1].labels[0].hotkey`).

    `message` is the English the task server and the command line say. The workbench says
    it in its own language from `template` (marked with `QT_TRANSLATE_NOOP("messages", …)`)
    and `params`; `Problem.of` builds `message` from the same two, so they cannot drift.
    A problem made from a plain message is its own template."""

    path: str
    message: str
    template: str = field(default="", compare=False)
    params: Mapping[str, Any] = field(default_factory=dict, compare=False)

    def __post_init__(self) -> None:
        if not self.template:
            object.__setattr__(self, "template", self.message)

    @classmethod
    def of(cls, path: str, template: str, **params: Any) -> Problem:
        """A problem worded by `template` with `params` (`{name}` in the template)."""
        return cls(path, template.format(**params), template, dict(params))

    def to_json(self) -> dict[str, str]:
        """The wire form used in `details.errors`."""
        return {"path": self.path, "message": self.message}


class ValidationFailed(Exception):
    """A document failed validation; `problems` lists every problem found."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: list[Problem] = list(problems)
        first = self.problems[0] if self.problems else None
        summary = f"{first.path or '(root)'}: {first.message}" if first else "invalid"
        more = len(self.problems) - 1
        super().__init__(summary + (f" (and {more} more)" if more > 0 else ""))

    def to_json(self) -> list[dict[str, str]]:
        """The problems as the wire list `[{"path", "message"}]`."""
        return [p.to_json() for p in self.problems]


class SchemaInvalid(ValidationFailed):
    """A label schema is not valid (wire code `invalid_schema`)."""


class AnswerInvalid(ValidationFailed):
    """An answer is not valid for its schema and item (wire code `invalid_answer`)."""
