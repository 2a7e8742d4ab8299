"""Any JSON at all: validation raises only its own error, scoring never raises."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from labeler.core.answers import ItemContext, validate_answer
from labeler.core.problems import AnswerInvalid, SchemaInvalid
from labeler.core.schema import parse_schema
from labeler.core.scoring import score_answer, score_field

scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5)
json_values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4)
    ),
    max_leaves=12,
)

LABELS = [{"value": "a"}, {"value": "b"}]
SCHEMAS = [
    parse_schema(
        {
            "title": "T",
            "media": media,
            "fields": [
                {"name": name, "kind": kind, "required": False}
                | ({} if kind in ("rating", "text", "transcript") else {"labels": LABELS})
                for name, kind in fields
            ],
        }
    )
    for media, fields in [
        (
            "image",
            [
                ("c", "choice"),
                ("m", "multichoice"),
                ("r", "rating"),
                ("t", "text"),
                ("b", "boxes"),
                ("p", "polygons"),
                ("k", "points"),
            ],
        ),
        ("text", [("s", "spans")]),
        ("audio", [("g", "segments"), ("w", "transcript")]),
    ]
]
NAMES = [f.name for schema in SCHEMAS for f in schema.fields]
KEYS = st.sampled_from([*NAMES, "label", "x", "y", "w", "h", "start", "end", "points", "zz"])
region = st.dictionaries(KEYS, json_values, max_size=6)
shaped = st.lists(region | json_values, max_size=4)
answers = st.dictionaries(st.sampled_from([*NAMES, "zz"]), shaped | json_values, max_size=6)
HOSTILE = settings(max_examples=60, deadline=None)


@HOSTILE
@given(json_values | st.dictionaries(st.sampled_from(["title", "media", "fields"]), json_values))
def test_parse_schema_raises_only_schema_invalid(doc: Any) -> None:
    try:
        parse_schema(doc)
    except SchemaInvalid as exc:
        assert exc.problems


@HOSTILE
@given(
    st.lists(
        st.dictionaries(
            st.sampled_from(["name", "kind", "labels", "gold", "min", "max", "max_count"]),
            json_values | st.sampled_from(["boxes", "choice", "rating", "f"]),
        ),
        min_size=1,
        max_size=3,
    )
)
def test_parse_schema_hostile_fields(fields: list[Any]) -> None:
    try:
        parse_schema({"title": "T", "media": "image", "fields": fields})
    except SchemaInvalid as exc:
        assert all(p.path.startswith("fields") for p in exc.problems)


@pytest.mark.parametrize("schema", SCHEMAS, ids=[s.media for s in SCHEMAS])
def test_validate_answer_raises_only_answer_invalid(schema: Any) -> None:
    context = ItemContext(text="سلام 👋", width=10, height=10, duration=1.0)

    @HOSTILE
    @given(answers | json_values)
    def check(answer: Any) -> None:
        try:
            validate_answer(schema, answer, context)
        except AnswerInvalid as exc:
            assert exc.problems

    check()


@pytest.mark.parametrize("schema", SCHEMAS, ids=[s.media for s in SCHEMAS])
def test_scoring_never_raises(schema: Any) -> None:
    @HOSTILE
    @given(answers, answers)
    def check(answer: dict[str, Any], expected: dict[str, Any]) -> None:
        for f in schema.fields:
            assert 0.0 <= score_field(f, answer.get(f.name), expected.get(f.name)) <= 1.0
        verdict = score_answer(schema, answer, expected)
        assert 0.0 <= verdict.score <= 1.0

    check()


COMPARISON = parse_schema(
    {
        "media": "text",
        "fields": [
            {"name": "pref", "kind": "pairwise"},
            {"name": "order", "kind": "ranking", "ties": True},
            {"name": "crit", "kind": "criteria", "rows": [{"value": "a"}]},
            {"name": "rel", "kind": "criteria", "rows": "candidates"},
            {"name": "why", "kind": "rationale", "required": "when_close", "min_length": 2},
            {"name": "flags", "kind": "flags", "labels": LABELS},
            {"name": "rec", "kind": "record", "keys": [{"value": "a"}]},
        ],
    }
)
COMPARISON_KEYS = st.sampled_from(["A", "B", "C", "a", "winner", "strength", "tie", "zz"])
keyed = st.dictionaries(COMPARISON_KEYS, json_values | st.sampled_from(["A", "tie", 1, 2]))
comparison_answers = st.dictionaries(
    st.sampled_from([*COMPARISON.field_names(), "zz"]), keyed | json_values, max_size=7
)


@HOSTILE
@given(comparison_answers | json_values, st.booleans())
def test_comparison_answers_raise_only_answer_invalid(answer: Any, known: bool) -> None:
    context = ItemContext(candidates=("A", "B"), record_keys=("a",)) if known else None
    try:
        validate_answer(COMPARISON, answer, context)
    except AnswerInvalid as exc:
        assert exc.problems


@HOSTILE
@given(st.lists(comparison_answers | json_values, max_size=4))
def test_comparison_scoring_agreement_and_consensus_never_raise(answers: list[Any]) -> None:
    from labeler.core.agreement import field_agreement
    from labeler.core.consensus import suggest_consensus

    dicts = [a for a in answers if isinstance(a, dict)]
    for a in dicts:
        for b in dicts:
            for f in COMPARISON.fields:
                assert 0.0 <= score_field(f, a.get(f.name), b.get(f.name)) <= 1.0
    assert isinstance(field_agreement(COMPARISON, [answers, answers[:2]]), dict)
    assert isinstance(suggest_consensus(COMPARISON, answers), dict)


@HOSTILE
@given(
    st.dictionaries(
        st.sampled_from(["candidates", "conversation", "record", "records"]),
        json_values | st.lists(keyed, max_size=4),
    )
)
def test_item_data_problems_never_raise(data: dict[str, Any]) -> None:
    from labeler.core.itemdata import item_data_parts, item_data_problems, keyed_candidates

    assert isinstance(item_data_problems(data), list)
    assert isinstance(item_data_problems(keyed_candidates(data)), list)
    assert set(item_data_parts(data)) == {"candidates", "record_keys"}
