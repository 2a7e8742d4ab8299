"""Scoring invariants, property-based: identity scores 1, scores stay in [0, 1],
symmetric metrics do not care which side is gold."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from labeler.core.schema import LABELLED_KINDS, Field, parse_schema
from labeler.core.scoring import SYMMETRIC_METRICS, score_field

LABELS = ["a", "b"]
label = st.sampled_from(LABELS)
coord = st.integers(0, 40)
size = st.integers(1, 25)


def _interval(draw: st.DrawFn) -> tuple[int, int]:
    start = draw(st.integers(0, 30))
    return start, start + draw(st.integers(1, 8))


@st.composite
def boxes(draw: st.DrawFn) -> list[dict[str, Any]]:
    n = draw(st.integers(0, 5))
    return [
        {"label": draw(label), "x": draw(coord), "y": draw(coord), "w": draw(size), "h": draw(size)}
        for _ in range(n)
    ]


@st.composite
def polygons(draw: st.DrawFn) -> list[dict[str, Any]]:
    n = draw(st.integers(0, 4))
    point = st.lists(coord, min_size=2, max_size=2)
    return [
        {"label": draw(label), "points": draw(st.lists(point, min_size=3, max_size=6))}
        for _ in range(n)
    ]


@st.composite
def points(draw: st.DrawFn) -> list[dict[str, Any]]:
    n = draw(st.integers(0, 6))
    return [{"label": draw(label), "x": draw(coord), "y": draw(coord)} for _ in range(n)]


@st.composite
def intervals(draw: st.DrawFn, halves: bool = False) -> list[dict[str, Any]]:
    n = draw(st.integers(0, 6))
    out = []
    for _ in range(n):
        start, end = _interval(draw)
        scale = 0.5 if halves else 1
        out.append({"label": draw(label), "start": start * scale, "end": end * scale})
    return out


candidate = st.sampled_from("ABCD")
pairwise = st.none() | st.fixed_dictionaries(
    {"winner": st.sampled_from(["A", "B", "tie"])}, optional={"strength": st.sampled_from([1, 2])}
)
rankings = st.dictionaries(candidate, st.integers(1, 4))
ratings = st.dictionaries(st.sampled_from(["A", "B", "x", "y"]), st.integers(1, 5))
flag_maps = st.dictionaries(candidate, st.lists(label, unique=True))
records = st.dictionaries(
    st.sampled_from(["name", "phone"]), st.sampled_from(["Shop", " shop", "۱۲", "12", "x"])
)

words = st.text(alphabet="ab سلامدنيیكک،۔.,!' \n", max_size=40)

# (kind, media, gold overrides, strategy of values)
CASES: list[tuple[str, str, dict[str, Any], st.SearchStrategy[Any]]] = [
    ("choice", "text", {}, st.none() | label),
    ("multichoice", "text", {}, st.lists(label, unique=True)),
    ("multichoice", "text", {"metric": "exact"}, st.lists(label, unique=True)),
    ("rating", "text", {}, st.none() | st.integers(1, 5)),
    ("rating", "text", {"metric": "exact"}, st.integers(1, 5)),
    ("text", "text", {}, st.none() | st.text(max_size=20)),
    ("text", "text", {"metric": "exact"}, st.text(max_size=20)),
    ("transcript", "audio", {}, words),
    ("transcript", "audio", {"metric": "normalized_exact"}, words),
    ("boxes", "image", {}, boxes()),
    ("boxes", "image", {"iou": 0.1}, boxes()),
    ("polygons", "image", {}, polygons()),
    ("polygons", "image", {"iou": 0.2}, polygons()),
    ("points", "image", {"radius": 6}, points()),
    ("spans", "text", {}, intervals()),
    ("spans", "text", {"overlap": True}, intervals()),
    ("segments", "audio", {}, intervals(halves=True)),
    ("segments", "audio", {"iou": 0.2}, intervals(halves=True)),
    ("pairwise", "text", {}, pairwise),
    ("pairwise", "text", {"tie": "half"}, pairwise),
    ("ranking", "text", {}, rankings),
    ("criteria", "text", {}, ratings),
    ("criteria", "text", {"tolerance": 0}, ratings),
    ("criteria", "image", {"metric": "exact"}, ratings),
    ("rationale", "text", {}, st.text(max_size=20)),
    ("flags", "text", {}, flag_maps),
    ("record", "image", {}, records),
]


def make_field(kind: str, media: str, gold: dict[str, Any]) -> Field:
    spec: dict[str, Any] = {"name": "f", "kind": kind}
    if gold:
        spec["gold"] = gold
    if kind in LABELLED_KINDS:
        spec["labels"] = [{"value": v} for v in LABELS]
    if kind == "criteria":
        spec["rows"] = "candidates"
    if kind == "record":
        spec["keys"] = [{"value": "name"}, {"value": "phone"}]
    return parse_schema({"title": "T", "media": media, "fields": [spec]}).fields[0]


IDS = [f"{kind}-{'-'.join(map(str, gold.values())) or 'default'}" for kind, _, gold, _ in CASES]
QUICK = settings(max_examples=60, deadline=None)


@pytest.mark.parametrize(("kind", "media", "gold", "values"), CASES, ids=IDS)
def test_identical_answers_score_one(
    kind: str, media: str, gold: dict[str, Any], values: st.SearchStrategy[Any]
) -> None:
    f = make_field(kind, media, gold)

    @QUICK
    @given(values)
    def check(value: Any) -> None:
        assert score_field(f, value, value) == 1.0

    check()


@pytest.mark.parametrize(("kind", "media", "gold", "values"), CASES, ids=IDS)
def test_scores_in_unit_interval_and_symmetric(
    kind: str, media: str, gold: dict[str, Any], values: st.SearchStrategy[Any]
) -> None:
    f = make_field(kind, media, gold)

    @QUICK
    @given(values, values)
    def check(a: Any, b: Any) -> None:
        score = score_field(f, a, b)
        assert 0.0 <= score <= 1.0
        if f.gold.metric in SYMMETRIC_METRICS:
            assert score_field(f, b, a) == pytest.approx(score)

    check()


def test_every_default_metric_is_covered() -> None:
    covered = {make_field(kind, media, gold).gold.metric for kind, media, gold, _ in CASES}
    assert covered == SYMMETRIC_METRICS | {"wer"}
