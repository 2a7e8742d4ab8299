"""Gold rules: which metric scores a field, its pass threshold and parameters.

The metric table follows PROTOCOL.md "Gold scoring". Besides each kind's
default metric a few obvious alternatives are accepted (e.g. `exact` for a
rating, `normalized_exact` for a transcript).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from labeler.core.i18n import QT_TRANSLATE_NOOP
from labeler.core.jsonvalues import is_number, join, type_name
from labeler.core.problems import Problem

#: Metrics a field of each kind may use; the first is the default.
KIND_METRICS: dict[str, tuple[str, ...]] = {
    "choice": ("exact",),
    "multichoice": ("jaccard", "exact"),
    "rating": ("distance", "exact"),
    "text": ("normalized_exact", "exact"),
    "transcript": ("wer", "normalized_exact"),
    "boxes": ("box_f1",),
    "polygons": ("mask_f1",),
    "points": ("point_f1",),
    "spans": ("span_f1",),
    "segments": ("segment_f1",),
    "pairwise": ("preference",),
    "ranking": ("kendall_tau",),
    "criteria": ("within", "exact"),
    "rationale": (),
    "flags": ("jaccard",),
    "record": ("record_fields",),
}

#: Default pass threshold of each kind.
KIND_THRESHOLDS: dict[str, float] = {
    "choice": 1.0,
    "multichoice": 1.0,
    "rating": 1.0,
    "text": 1.0,
    "transcript": 0.9,
    "boxes": 0.8,
    "polygons": 0.8,
    "points": 0.8,
    "spans": 0.8,
    "segments": 0.8,
    "pairwise": 1.0,
    "ranking": 0.8,
    "criteria": 1.0,
    "flags": 1.0,
    "record": 1.0,
}

#: Parameters each metric takes, with their defaults.
METRIC_PARAMS: dict[str, dict[str, Any]] = {
    "box_f1": {"iou": 0.5},
    "mask_f1": {"iou": 0.5},
    "segment_f1": {"iou": 0.5},
    "point_f1": {"radius": 10.0},
    "span_f1": {"overlap": False},
    "preference": {"tie": "zero"},
    "within": {"tolerance": 1},
}

#: How a pairwise gold scores a tie against a side (`tie`): nothing, or half.
TIE_SCORES = {"zero": 0.0, "half": 0.5}

#: The rule of a kind gold does not score (a rationale): no metric, never scored.
UNSCORED = "none"


@dataclass(frozen=True)
class GoldRule:
    """How a field is scored against gold: metric, pass threshold, metric parameters.

    `params` always holds every parameter of the metric (`iou`, `radius`,
    `overlap`), filled in with the defaults of PROTOCOL.md.
    """

    metric: str
    threshold: float
    params: dict[str, Any] = field(default_factory=dict, hash=False)

    def to_json(self) -> dict[str, Any]:
        """`{"metric", "threshold", **params}` as in a schema document."""
        return {"metric": self.metric, "threshold": self.threshold, **self.params}


def default_gold_rule(kind: str) -> GoldRule:
    """The rule a field of `kind` gets when it names none."""
    if not KIND_METRICS[kind]:
        return GoldRule(UNSCORED, 1.0)
    metric = KIND_METRICS[kind][0]
    return GoldRule(metric, KIND_THRESHOLDS[kind], dict(METRIC_PARAMS.get(metric, {})))


def parse_gold_rule(kind: str, obj: object, path: str, problems: list[Problem]) -> GoldRule:
    """Read a field's `gold` object, appending problems; returns a usable rule regardless."""
    default = default_gold_rule(kind)
    if obj is None or not KIND_METRICS[kind]:
        return default
    if not isinstance(obj, dict):
        problems.append(
            Problem.of(
                path,
                QT_TRANSLATE_NOOP("messages", "must be an object, not {type}"),
                type=type_name(obj),
            )
        )
        return default

    metric = obj.get("metric", default.metric)
    allowed = KIND_METRICS[kind]
    if metric not in allowed:
        names = ", ".join(allowed)
        shown = metric if isinstance(metric, str) else type_name(metric)
        problems.append(
            Problem.of(
                join(path, "metric"),
                QT_TRANSLATE_NOOP("messages", "{metric} is not a metric for {kind}; use {names}"),
                metric=str(shown),
                kind=kind,
                names=names,
            )
        )
        metric = default.metric

    threshold = obj.get("threshold", default.threshold)
    if not is_number(threshold) or not 0 <= threshold <= 1:
        problems.append(
            Problem(
                join(path, "threshold"),
                QT_TRANSLATE_NOOP("messages", "must be a number from 0 to 1"),
            )
        )
        threshold = default.threshold

    params = dict(METRIC_PARAMS.get(metric, {}))
    for key, value in obj.items():
        where = join(path, str(key))
        if key in ("metric", "threshold"):
            continue
        if key not in params:
            problems.append(
                Problem.of(
                    where,
                    QT_TRANSLATE_NOOP("messages", "unknown key for metric {metric}"),
                    metric=metric,
                )
            )
        elif key == "iou":
            if not is_number(value) or not 0 < value <= 1:
                problems.append(
                    Problem(
                        where,
                        QT_TRANSLATE_NOOP("messages", "must be a number above 0 and at most 1"),
                    )
                )
            else:
                params[key] = float(value)
        elif key == "radius":
            if not is_number(value) or value <= 0:
                problems.append(
                    Problem(where, QT_TRANSLATE_NOOP("messages", "must be a number above 0"))
                )
            else:
                params[key] = float(value)
        elif key == "tie":
            if value not in TIE_SCORES:
                problems.append(
                    Problem.of(
                        where,
                        QT_TRANSLATE_NOOP("messages", "must be one of {choices}"),
                        choices=", ".join(TIE_SCORES),
                    )
                )
            else:
                params[key] = value
        elif key == "tolerance":
            if not is_number(value) or value < 0:
                problems.append(
                    Problem(where, QT_TRANSLATE_NOOP("messages", "must be a number of at least 0"))
                )
            else:
                params[key] = value
        elif key == "overlap":
            if not isinstance(value, bool):
                problems.append(
                    Problem(where, QT_TRANSLATE_NOOP("messages", "must be true or false"))
                )
            else:
                params[key] = value
    return GoldRule(str(metric), float(threshold), params)
