"""Schema rules of the comparison field kinds (PROTOCOL.md "Field kinds"): keys,
defaults, the `to_json` round trip and problems with their paths."""

from __future__ import annotations

from typing import Any

import pytest

from labeler.core.labels import Row
from labeler.core.problems import Problem, SchemaInvalid
from labeler.core.schema import CANDIDATE_ROWS, FIELD_KINDS, KIND_MEDIA, parse_schema


def schema(*fields: dict[str, Any], media: str = "text") -> dict[str, Any]:
    return {"title": "T", "media": media, "fields": list(fields)}


def problems_of(doc: object) -> list[Problem]:
    with pytest.raises(SchemaInvalid) as caught:
        parse_schema(doc)
    return caught.value.problems


def messages(doc: object) -> dict[str, str]:
    return {p.path: p.message for p in problems_of(doc)}


PAIRWISE = {"name": "pref", "kind": "pairwise"}
RANKING = {"name": "order", "kind": "ranking"}
CRITERIA = {"name": "scores", "kind": "criteria", "rows": [{"value": "helpful"}]}
RATIONALE = {"name": "why", "kind": "rationale"}
FLAGS = {"name": "issues", "kind": "flags", "labels": [{"value": "unsafe", "hotkey": "u"}]}
RECORD = {"name": "shop", "kind": "record", "keys": [{"value": "name", "text": "Shop name"}]}
ALL = (PAIRWISE, RANKING, CRITERIA, RATIONALE, FLAGS, RECORD)


def test_the_six_kinds_are_known_and_fit_any_media() -> None:
    for kind in ("pairwise", "ranking", "criteria", "rationale", "flags", "record"):
        assert kind in FIELD_KINDS
        assert KIND_MEDIA[kind] is None
    for media in ("text", "image", "audio"):
        assert len(parse_schema(schema(*ALL, media=media)).fields) == 6


def test_defaults() -> None:
    pref, order, scores, why, issues, shop = parse_schema(schema(*ALL)).fields
    assert (pref.required, pref.tie, pref.strength) == (True, True, True)
    assert (order.required, order.ties) == (True, False)
    assert (scores.required, scores.min, scores.max, scores.scale) == (True, 1, 5, ())
    assert scores.rows == (Row("helpful"),)
    assert (why.required, why.when_close, why.min_length) == (False, False, 0)
    assert issues.required is False and issues.label_values() == {"unsafe"}
    assert shop.required is True and shop.keys == (Row("name", "Shop name"),)
    assert shop.key_values() == ["name"]
    assert pref.gold.metric == "preference" and pref.gold.threshold == 1.0
    assert pref.gold.params == {"tie": "zero"}
    assert order.gold.metric == "kendall_tau" and order.gold.threshold == 0.8
    assert scores.gold.metric == "within" and scores.gold.params == {"tolerance": 1}
    assert issues.gold.metric == "jaccard" and issues.gold.threshold == 1.0
    assert shop.gold.metric == "record_fields" and shop.gold.threshold == 1.0
    assert why.gold.metric == "none"


def test_to_json_fills_defaults_and_round_trips() -> None:
    parsed = parse_schema(schema(*ALL))
    fields = parsed.to_json()["fields"]
    assert fields[0] == {
        "name": "pref",
        "kind": "pairwise",
        "required": True,
        "tie": True,
        "strength": True,
        "gold": {"metric": "preference", "threshold": 1.0, "tie": "zero"},
    }
    assert fields[1]["ties"] is False
    assert fields[2]["rows"] == [{"value": "helpful"}] and (fields[2]["min"], fields[2]["max"]) == (
        1,
        5,
    )
    assert "scale" not in fields[2]
    assert fields[3] == {"name": "why", "kind": "rationale", "required": False, "min_length": 0}
    assert fields[5]["keys"] == [{"value": "name", "text": "Shop name"}]
    assert parse_schema(parsed.to_json()) == parsed


def test_non_defaults_round_trip() -> None:
    doc = schema(
        {**PAIRWISE, "tie": False, "strength": False, "gold": {"tie": "half"}},
        {**RANKING, "ties": True, "required": False},
        {
            "name": "relevance",
            "kind": "criteria",
            "rows": "candidates",
            "min": 0,
            "max": 3,
            "scale": ["Irrelevant", "Somewhat", "Relevant", "Highly relevant"],
            "gold": {"tolerance": 0, "threshold": 0.5},
        },
        {**RATIONALE, "required": "when_close", "min_length": 20},
    )
    parsed = parse_schema(doc)
    pref, order, relevance, why = parsed.fields
    assert (pref.tie, pref.strength, pref.gold.params["tie"]) == (False, False, "half")
    assert order.ties is True and order.required is False
    assert relevance.rows == CANDIDATE_ROWS and relevance.row_values() is None
    assert relevance.scale == ("Irrelevant", "Somewhat", "Relevant", "Highly relevant")
    assert relevance.gold.params == {"tolerance": 0} and relevance.gold.threshold == 0.5
    assert why.when_close and not why.required and why.min_length == 20
    out = parsed.to_json()
    assert out["fields"][2]["rows"] == "candidates"
    assert out["fields"][3]["required"] == "when_close"
    assert parse_schema(out) == parsed


def test_keys_of_other_kinds_are_refused() -> None:
    doc = schema(
        {**PAIRWISE, "ties": True, "labels": [{"value": "x"}], "min": 1},
        {**RANKING, "tie": False},
        {**RATIONALE, "keys": []},
        {"name": "c", "kind": "choice", "labels": [{"value": "x"}], "rows": "candidates"},
        {**RECORD, "min_length": 3},
    )
    found = messages(doc)
    assert found["fields[0].ties"] == "pairwise fields take no ties"
    assert found["fields[0].labels"] == "pairwise fields take no labels"
    assert found["fields[0].min"] == "pairwise fields take no min"
    assert found["fields[1].tie"] == "ranking fields take no tie"
    assert found["fields[2].keys"] == "rationale fields take no keys"
    assert found["fields[3].rows"] == "choice fields take no rows"
    assert found["fields[4].min_length"] == "record fields take no min_length"


def test_flag_keys_must_be_booleans() -> None:
    found = messages(schema({**PAIRWISE, "tie": "yes", "strength": 1}, {**RANKING, "ties": 0}))
    assert found == {
        "fields[0].tie": "must be true or false",
        "fields[0].strength": "must be true or false",
        "fields[1].ties": "must be true or false",
    }


@pytest.mark.parametrize(
    ("rows", "path", "message"),
    [
        (None, "fields[0].rows", "must be a list of rows or 'candidates' (one row per candidate)"),
        (
            "items",
            "fields[0].rows",
            "must be a list of rows or 'candidates' (one row per candidate)",
        ),
        ([], "fields[0].rows", "must not be empty"),
        ([{"value": ""}], "fields[0].rows[0].value", "must not be empty"),
        ([{"value": 3}], "fields[0].rows[0].value", "must be a string, not a number"),
        (
            [{"value": "a"}, {"value": "a"}],
            "fields[0].rows[1].value",
            "'a' is already used at fields[0].rows[0].value",
        ),
        ([{"value": "a", "hotkey": "h"}], "fields[0].rows[0].hotkey", "unknown key"),
        ([{"value": "a", "text": 1}], "fields[0].rows[0].text", "must be a string, not a number"),
        (["a"], "fields[0].rows[0]", "must be an object, not a string"),
    ],
)
def test_criteria_rows(rows: object, path: str, message: str) -> None:
    field: dict[str, Any] = {"name": "c", "kind": "criteria"}
    if rows is not None:
        field["rows"] = rows
    assert messages(schema(field)) == {path: message}


def test_criteria_range_and_scale() -> None:
    base = {"name": "c", "kind": "criteria", "rows": "candidates"}
    assert messages(schema({**base, "min": 3, "max": 3})) == {
        "fields[0].max": "must be greater than min (3)"
    }
    assert messages(schema({**base, "min": 1.5})) == {"fields[0].min": "must be an integer"}
    assert messages(schema({**base, "scale": ["a", "b"]})) == {
        "fields[0].scale": "holds 2 texts; the scale from min to max has 5"
    }
    assert messages(schema({**base, "scale": "bad"})) == {
        "fields[0].scale": "must be a list, not a string"
    }
    assert messages(schema({**base, "max": 2, "scale": ["a", 2]})) == {
        "fields[0].scale[1]": "must be a string, not a number"
    }
    assert parse_schema(schema({**base, "min": 0, "max": 1, "scale": ["no", "yes"]}))


def test_rationale_required_and_min_length() -> None:
    assert messages(schema({**RATIONALE, "required": "sometimes"})) == {
        "fields[0].required": "must be true, false or 'when_close'"
    }
    assert messages(schema({**PAIRWISE, "required": "when_close"})) == {
        "fields[0].required": "must be true or false"
    }
    assert messages(schema(RANKING, {**RATIONALE, "required": "when_close"})) == {
        "fields[1].required": "'when_close' needs a pairwise field in the schema"
    }
    for bad in (-1, 1.5, True, 10_001):
        assert messages(schema({**RATIONALE, "min_length": bad})) == {
            "fields[0].min_length": "must be an integer from 0 to 10000"
        }
    assert parse_schema(schema({**RATIONALE, "required": True})).fields[0].required is True


def test_rationale_is_not_scored() -> None:
    assert messages(schema({**RATIONALE, "gold": {"metric": "exact"}})) == {
        "fields[0].gold": "rationale fields are not scored against gold"
    }


def test_gold_params_of_the_new_metrics() -> None:
    found = messages(
        schema(
            {**PAIRWISE, "gold": {"tie": "full"}},
            {**CRITERIA, "gold": {"tolerance": -1}},
            {**RANKING, "gold": {"metric": "jaccard", "tolerance": 1}},
        )
    )
    assert found == {
        "fields[0].gold.tie": "must be one of zero, half",
        "fields[1].gold.tolerance": "must be a number of at least 0",
        "fields[2].gold.metric": "jaccard is not a metric for ranking; use kendall_tau",
        "fields[2].gold.tolerance": "unknown key for metric kendall_tau",
    }
    exact = parse_schema(schema({**CRITERIA, "gold": {"metric": "exact"}})).fields[0]
    assert exact.gold.metric == "exact" and exact.gold.params == {}


def test_record_keys() -> None:
    base = {"name": "shop", "kind": "record"}
    assert messages(schema(base)) == {"fields[0].keys": "must be a list, not null"}
    assert messages(schema({**base, "keys": []})) == {"fields[0].keys": "must not be empty"}
    assert messages(schema({**base, "keys": [{"value": "a"}, {"value": "a"}]})) == {
        "fields[0].keys[1].value": "'a' is already used at fields[0].keys[0].value"
    }


def test_flags_need_labels_with_unique_hotkeys() -> None:
    assert messages(schema({"name": "f", "kind": "flags"})) == {
        "fields[0].labels": "flags fields need a list of labels"
    }
    clash = schema(
        FLAGS, {"name": "c", "kind": "choice", "labels": [{"value": "x", "hotkey": "u"}]}
    )
    assert list(messages(clash)) == ["fields[1].labels[0].hotkey"]
