"""What a model found, as answers of the schema's fields, with scores and a confidence.

A boxes field gets every box of its labels, best first (at most the field's `max_count`),
each with its score. A choice field gets the most probable of its labels when that
reaches `score_threshold`; a multichoice field every label that does (none: an empty
list, the model saying none applies).

The confidence of a proposal is that of its least sure part, so the least confident
items are those that most need a person's look (`lease_order: least_confident`): the
lowest score among the boxes or labels proposed; for a field proposed empty (no box, no
label), one minus the best score left under the threshold (1 when none came near). Over
several fields, the lowest of theirs.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from labeler.core.schema import Field
from labeler_onnx_models.decode import Classification, Detections
from labeler_onnx_models.spec import ModelSpec


@dataclass(frozen=True)
class Proposed:
    """A model's answer for one item: the fields it proposes, each field's scores (one per
    box or label, in the answer's order) and the confidence of the whole."""

    answer: dict[str, Any]
    scores: dict[str, tuple[float, ...]] = field(default_factory=dict)
    confidence: float | None = None


def from_detections(found: Detections, fields: Mapping[str, Field]) -> Proposed:
    """The boxes fields' answers from what a detection model found."""
    answer: dict[str, Any] = {}
    scores: dict[str, tuple[float, ...]] = {}
    sure: list[float] = []
    for name, f in fields.items():
        boxes = [d for d in found.found if d.target.field == name][: f.max_count]
        answer[name] = [
            {"label": d.target.label, "x": d.box[0], "y": d.box[1], "w": d.box[2], "h": d.box[3]}
            for d in boxes
        ]
        scores[name] = tuple(d.score for d in boxes)
        sure.append(min(scores[name]) if boxes else 1.0 - found.left_out.get(name, 0.0))
    return Proposed(answer, scores, _confidence(sure))


def from_classification(
    spec: ModelSpec, found: Classification, fields: Mapping[str, Field]
) -> Proposed:
    """The choice and multichoice fields' answers from a classification."""
    answer: dict[str, Any] = {}
    scores: dict[str, tuple[float, ...]] = {}
    sure: list[float] = []
    threshold = spec.score_threshold
    for name, f in fields.items():
        ranked = sorted(
            ((p, t.label) for t, p in found.scores.items() if t.field == name),
            key=lambda pair: -pair[0],
        )
        if not ranked:
            continue
        chosen = [(p, label) for p, label in ranked if p >= threshold]
        if f.kind == "choice":
            if chosen:
                answer[name] = chosen[0][1]
                scores[name] = (round(chosen[0][0], 4),)
                sure.append(chosen[0][0])
            continue
        chosen = chosen[: f.max_count]
        answer[name] = [label for _, label in chosen]
        scores[name] = tuple(round(p, 4) for p, _ in chosen)
        sure.append(min(p for p, _ in chosen) if chosen else 1.0 - ranked[0][0])
    return Proposed(answer, scores, _confidence(sure) if answer else None)


def _confidence(sure: list[float]) -> float | None:
    if not sure:
        return None
    return round(min(1.0, max(0.0, min(sure))), 4)
