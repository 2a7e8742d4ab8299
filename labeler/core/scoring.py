"""Gold scoring: how close an answer is to the gold answer, field by field.

Every field scores in [0, 1] with its gold rule's metric (PROTOCOL.md "Gold
scoring") and passes when the score reaches the rule's threshold. The same
code serves the server (authoritative) and the client (display).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from labeler.core import comparisonscores as compare
from labeler.core.jsonvalues import is_number
from labeler.core.schema import UNSCORED_KINDS, Field, Schema
from labeler.core.textnorm import normalize_text, transcript_words, wer

__all__ = [
    "FieldScore",
    "Verdict",
    "normalize_text",
    "score_answer",
    "score_field",
    "transcript_words",
    "wer",
]

# A score equal to the threshold passes even after float rounding.
_PASS_EPS = 1e-9


@dataclass(frozen=True)
class FieldScore:
    """One field's score in [0, 1] and whether it reached the threshold."""

    score: float
    passed: bool

    def to_json(self) -> dict[str, Any]:
        """`{"score", "passed"}`."""
        return {"score": self.score, "passed": self.passed}


@dataclass(frozen=True)
class Verdict:
    """The outcome of a gold answer: passed when every scored field passed."""

    passed: bool
    score: float
    fields: dict[str, FieldScore]

    def to_json(self) -> dict[str, Any]:
        """`{"passed", "score", "fields": {name: {"score", "passed"}}}`."""
        return {
            "passed": self.passed,
            "score": self.score,
            "fields": {name: fs.to_json() for name, fs in self.fields.items()},
        }


def score_field(field: Field, answer_value: Any, expected_value: Any) -> float:
    """Score one field's answer against the expected value, in [0, 1].

    None (or a missing value) counts as empty: an empty list, empty text, or
    no choice (which equals only another None). Values or list entries of the
    wrong shape (gold kept from an older schema version) count as absent;
    this function never raises on JSON input.
    """
    score = _METRICS[field.gold.metric](field, answer_value, expected_value)
    return min(1.0, max(0.0, float(score)))


def score_answer(
    schema: Schema, answer: dict[str, Any] | None, expected: dict[str, Any]
) -> Verdict:
    """Score an answer against a gold answer.

    Only fields present (and not null) in `expected` are scored, never a kind gold
    does not score (a rationale). The verdict's
    score is the mean of the field scores (1.0 when nothing is scored). An
    answer of None (a skip) fails with score 0, every scored field at 0.
    """
    if not isinstance(expected, dict):
        expected = {}
    scored = [
        f
        for f in schema.fields
        if expected.get(f.name) is not None and f.kind not in UNSCORED_KINDS
    ]
    if not isinstance(answer, dict):
        return Verdict(False, 0.0, {f.name: FieldScore(0.0, False) for f in scored})
    fields: dict[str, FieldScore] = {}
    for f in scored:
        score = score_field(f, answer.get(f.name), expected[f.name])
        fields[f.name] = FieldScore(score, score >= f.gold.threshold - _PASS_EPS)
    if not fields:
        return Verdict(True, 1.0, {})
    mean = sum(fs.score for fs in fields.values()) / len(fields)
    return Verdict(all(fs.passed for fs in fields.values()), mean, fields)


# Scoring trusts no input: gold stored under an older schema version may no
# longer fit the field, so malformed values and entries count as absent.


def _strings(value: Any) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _regions(value: Any, numbers: tuple[str, ...]) -> list[dict[str, Any]]:
    """List entries that are objects with a string label and finite `numbers`."""
    if not isinstance(value, list):
        return []
    return [
        d
        for d in value
        if isinstance(d, dict)
        and isinstance(d.get("label"), str)
        and all(is_number(d.get(key)) for key in numbers)
    ]


def _polygons(value: Any) -> list[dict[str, Any]]:
    def usable(points: Any) -> bool:
        return (
            isinstance(points, list)
            and len(points) >= 3
            and all(isinstance(p, list) and len(p) == 2 and all(map(is_number, p)) for p in points)
        )

    return [d for d in _regions(value, ()) if usable(d.get("points"))]


def _exact(field: Field, a: Any, b: Any) -> float:
    if field.kind == "multichoice":
        return float(set(_strings(a)) == set(_strings(b)))
    if field.kind in ("text", "transcript"):
        return float(_text(a) == _text(b))
    return float(a == b)


def _jaccard(field: Field, a: Any, b: Any) -> float:
    if field.kind == "flags":
        return compare.flags_jaccard(a, b)
    sa, sb = set(_strings(a)), set(_strings(b))
    union = sa | sb
    return len(sa & sb) / len(union) if union else 1.0


def _distance(field: Field, a: Any, b: Any) -> float:
    if not is_number(a) or not is_number(b):
        return float(not is_number(a) and not is_number(b))
    low = field.min if field.min is not None else 1
    high = field.max if field.max is not None else 5
    return 1.0 - abs(a - b) / (high - low)


def _normalized_exact(field: Field, a: Any, b: Any) -> float:
    return float(normalize_text(_text(a)) == normalize_text(_text(b)))


def _wer(field: Field, a: Any, b: Any) -> float:
    return max(0.0, 1.0 - wer(_text(b), _text(a)))


_BOX = ("x", "y", "w", "h")
_POINT = ("x", "y")
_INTERVAL = ("start", "end")


# Region metrics import `matching` (NumPy, Shapely) when they first score: a project
# without region fields never loads them.


def _box_f1(field: Field, a: Any, b: Any) -> float:
    from labeler.core.matching import box_pairs, matched_f1

    pairs = box_pairs(field.gold.params.get("iou", 0.5))
    return matched_f1(_regions(a, _BOX), _regions(b, _BOX), pairs)


def _mask_f1(field: Field, a: Any, b: Any) -> float:
    from labeler.core.matching import matched_f1, polygon_pairs

    return matched_f1(_polygons(a), _polygons(b), polygon_pairs(field.gold.params.get("iou", 0.5)))


def _point_f1(field: Field, a: Any, b: Any) -> float:
    from labeler.core.matching import matched_f1, point_pairs

    pairs = point_pairs(field.gold.params.get("radius", 10.0))
    return matched_f1(_regions(a, _POINT), _regions(b, _POINT), pairs)


def _span_f1(field: Field, a: Any, b: Any) -> float:
    from labeler.core.matching import exact_span_f1, interval_pairs, matched_f1

    sa, sb = _regions(a, _INTERVAL), _regions(b, _INTERVAL)
    if field.gold.params.get("overlap", False):
        return matched_f1(sa, sb, interval_pairs(None))
    return exact_span_f1(sa, sb)


def _segment_f1(field: Field, a: Any, b: Any) -> float:
    from labeler.core.matching import interval_pairs, matched_f1

    pairs = interval_pairs(field.gold.params.get("iou", 0.5))
    return matched_f1(_regions(a, _INTERVAL), _regions(b, _INTERVAL), pairs)


_METRICS: dict[str, Callable[[Field, Any, Any], float]] = {
    "exact": _exact,
    "jaccard": _jaccard,
    "distance": _distance,
    "normalized_exact": _normalized_exact,
    "wer": _wer,
    "box_f1": _box_f1,
    "mask_f1": _mask_f1,
    "point_f1": _point_f1,
    "span_f1": _span_f1,
    "segment_f1": _segment_f1,
    "preference": compare.preference,
    "kendall_tau": compare.kendall_tau,
    "within": compare.within,
    "record_fields": compare.record_fields,
    # a field gold does not score (a rationale) scores 1 if asked: it never fails
    "none": lambda field, a, b: 1.0,
}

#: Metrics whose score does not change when answer and expected swap.
SYMMETRIC_METRICS = frozenset(_METRICS) - {"wer"}
