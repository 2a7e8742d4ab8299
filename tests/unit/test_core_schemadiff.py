"""Schema diff: fields by name, labels by value, reorders once, in the new field order."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from labeler.core.schema import FIELD_KINDS, KIND_MEDIA, LABELLED_KINDS, parse_schema
from labeler.core.schemadiff import SchemaChange, diff_schemas


def street() -> dict[str, Any]:
    return {
        "title": "Street scenes",
        "media": "image",
        "instructions": "Label every vehicle.",
        "fields": [
            {
                "name": "scene",
                "kind": "choice",
                "labels": [{"value": "urban", "hotkey": "1"}, {"value": "rural", "hotkey": "2"}],
            },
            {
                "name": "vehicle",
                "kind": "boxes",
                "labels": [
                    {"value": "car", "hotkey": "c", "color": "#e6194b"},
                    {"value": "truck"},
                ],
            },
            {"name": "notes", "kind": "text"},
        ],
    }


def field_of(doc: dict[str, Any], name: str) -> dict[str, Any]:
    return next(f for f in doc["fields"] if f["name"] == name)


def lines(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    return [change.describe() for change in diff_schemas(old, new)]


def test_identical_schemas_have_no_changes() -> None:
    assert diff_schemas(street(), street()) == []


def test_a_label_added() -> None:
    new = street()
    field_of(new, "vehicle")["labels"].append({"value": "bus"})
    assert diff_schemas(street(), new) == [
        SchemaChange('fields["vehicle"].labels["bus"]', "added", None, {"value": "bus"})
    ]
    assert lines(street(), new) == ['field "vehicle": label "bus" added']


def test_a_hotkey_changed_added_and_removed() -> None:
    new = street()
    vehicle = field_of(new, "vehicle")
    vehicle["labels"][0]["hotkey"] = "v"
    vehicle["labels"][1]["hotkey"] = "t"
    del field_of(new, "scene")["labels"][1]["hotkey"]
    assert diff_schemas(street(), new) == [
        SchemaChange('fields["scene"].labels["rural"].hotkey', "removed", "2", None),
        SchemaChange('fields["vehicle"].labels["car"].hotkey', "changed", "c", "v"),
        SchemaChange('fields["vehicle"].labels["truck"].hotkey', "added", None, "t"),
    ]
    assert lines(street(), new) == [
        'field "scene", label "rural": hotkey "2" removed',
        'field "vehicle", label "car": hotkey "c" → "v"',
        'field "vehicle", label "truck": hotkey "t" added',
    ]


def test_colour_is_said_in_words() -> None:
    new = street()
    field_of(new, "vehicle")["labels"][0]["color"] = "#3cb44b"
    assert lines(street(), new) == ['field "vehicle", label "car": colour "#e6194b" → "#3cb44b"']


def test_the_schema_own_keys_come_first() -> None:
    new = street()
    new["title"] = "Streets"
    new["instructions"] = "Label every vehicle and every bicycle."
    new["media"] = "text"
    new["version"] = 7
    assert lines(street(), new) == [
        'title "Street scenes" → "Streets"',
        'media "image" → "text"',
        "instructions changed",
    ]


def test_instructions_added_and_removed() -> None:
    without = street()
    del without["instructions"]
    assert lines(without, street()) == ["instructions added"]
    assert lines(street(), without) == ["instructions removed"]


def test_a_field_reorder_is_one_change_not_every_field() -> None:
    new = street()
    new["fields"].reverse()
    assert diff_schemas(street(), new) == [
        SchemaChange(
            "fields", "changed", ["scene", "vehicle", "notes"], ["notes", "vehicle", "scene"]
        )
    ]
    assert lines(street(), new) == ["field order changed"]


def test_a_label_reorder_is_one_change() -> None:
    new = street()
    field_of(new, "scene")["labels"].reverse()
    assert lines(street(), new) == ['field "scene": label order changed']


def test_adding_or_removing_is_no_reorder() -> None:
    new = street()
    new["fields"].insert(0, {"name": "weather", "kind": "choice", "labels": [{"value": "sun"}]})
    del new["fields"][2]  # vehicle
    assert lines(street(), new) == ['field "weather" added (choice)', 'field "vehicle" removed']


def test_changes_follow_the_new_field_order_and_removed_fields_come_last() -> None:
    old = street()
    new = street()
    new["fields"] = [field_of(new, "notes"), field_of(new, "scene")]
    field_of(new, "notes")["required"] = True
    field_of(new, "scene")["kind"] = "multichoice"
    new["fields"].insert(1, {"name": "light", "kind": "rating", "min": 1, "max": 3})
    assert lines(old, new) == [
        "field order changed",
        'field "notes": required true added',
        'field "light" added (rating)',
        'field "scene": kind "choice" → "multichoice"',
        'field "vehicle" removed',
    ]


def test_field_settings_and_gold_rules() -> None:
    old = parse_schema(street()).to_json()
    new = copy.deepcopy(old)
    vehicle = field_of(new, "vehicle")
    vehicle["max_count"] = 20
    vehicle["required"] = True
    vehicle["gold"]["threshold"] = 0.9
    vehicle["gold"]["iou"] = 0.6
    assert lines(old, new) == [
        'field "vehicle": required false → true',
        'field "vehicle": max count 20 added',
        'field "vehicle": gold threshold 0.8 → 0.9',
        'field "vehicle": gold iou 0.5 → 0.6',
    ]
    assert diff_schemas(old, new)[2].path == 'fields["vehicle"].gold.threshold'


def test_a_label_removed_and_a_field_renamed() -> None:
    new = street()
    field_of(new, "vehicle")["labels"].pop()
    field_of(new, "notes")["name"] = "comment"
    assert lines(street(), new) == [
        'field "vehicle": label "truck" removed',
        'field "comment" added (text)',
        'field "notes" removed',
    ]


def test_numbers_compare_as_json_does() -> None:
    old = {"fields": [{"name": "r", "kind": "rating", "min": 1, "max": 5}]}
    same = {"fields": [{"name": "r", "kind": "rating", "min": 1.0, "max": 5}]}
    flag = {"fields": [{"name": "r", "kind": "rating", "min": True, "max": 5}]}
    assert diff_schemas(old, same) == []
    assert lines(old, flag) == ['field "r": min 1 → true']


def test_names_and_values_with_quotes_and_dots_keep_their_paths_apart() -> None:
    old = {"fields": [{"name": "a", "kind": "choice", "labels": [{"value": 'say "hi".x'}]}]}
    new = copy.deepcopy(old)
    new["fields"][0]["labels"][0]["hotkey"] = "h"
    [change] = diff_schemas(old, new)
    assert change.path == 'fields["a"].labels["say \\"hi\\".x"].hotkey'
    assert change.describe() == 'field "a", label "say \\"hi\\".x": hotkey "h" added'


def test_long_values_are_cut() -> None:
    new = street()
    new["title"] = "x" * 200
    [text] = lines(street(), new)
    assert text.startswith('title "Street scenes" → "xxx') and text.endswith("…")
    assert len(text) < 100


@pytest.mark.parametrize(
    "broken",
    [
        {},
        {"fields": "not a list"},
        {"fields": [1, None, "x", {"kind": "text"}, {"name": 3}]},
        {"fields": [{"name": "a", "labels": "nope", "gold": 5}]},
        {"fields": [{"name": "a", "labels": [1, {"value": None}, {"value": "v"}]}]},
        {"fields": [{"name": "a"}, {"name": "a", "kind": "text"}]},
    ],
)
def test_any_json_is_compared_without_error(broken: dict[str, Any]) -> None:
    for old, new in ((broken, street()), (street(), broken), (broken, broken)):
        for change in diff_schemas(old, new):
            assert change.describe()
    assert diff_schemas(broken, copy.deepcopy(broken)) == []


# -- properties ---------------------------------------------------------------------------

TEXT = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
NAMES = ["scene", "vehicle", "notes", "speaker", "quality", "entities", "words"]
VALUES = ["car", "bus", "truck", "اردو", "🚲 bike", "a.b", 'q"uote']


@st.composite
def schemas(draw: st.DrawFn) -> dict[str, Any]:
    media = draw(st.sampled_from(["image", "text", "audio"]))
    kinds = [k for k in FIELD_KINDS if KIND_MEDIA[k] in (None, media)]
    keys = iter("abcdefghijklmnopqrstuvwxyz0123456789")
    fields = []
    for name in draw(st.lists(st.sampled_from(NAMES), min_size=1, max_size=5, unique=True)):
        kind = draw(st.sampled_from(kinds))
        field: dict[str, Any] = {"name": name, "kind": kind}
        if kind in LABELLED_KINDS:
            values = draw(st.lists(st.sampled_from(VALUES), min_size=1, max_size=4, unique=True))
            field["labels"] = [
                {"value": v} | ({"hotkey": next(keys)} if draw(st.booleans()) else {})
                for v in values
            ]
        if kind == "rating":
            field["max"] = draw(st.integers(2, 10))
        if kind == "criteria":
            rows = draw(st.lists(st.sampled_from(VALUES), min_size=1, max_size=3, unique=True))
            field["rows"] = draw(st.sampled_from(["candidates", [{"value": v} for v in rows]]))
        if kind == "record":
            keys_ = draw(st.lists(st.sampled_from(VALUES), min_size=1, max_size=3, unique=True))
            field["keys"] = [{"value": v} for v in keys_]
        field["required"] = draw(st.booleans())
        fields.append(field)
    doc = {
        "title": draw(st.text(TEXT, min_size=1, max_size=20).filter(str.strip)),
        "media": media,
        "instructions": draw(st.text(TEXT, max_size=30)),
        "fields": fields,
    }
    return parse_schema(doc).to_json() if draw(st.booleans()) else doc


@settings(max_examples=150, deadline=None)
@given(schemas())
def test_a_schema_against_itself_is_no_change(doc: dict[str, Any]) -> None:
    assert diff_schemas(doc, copy.deepcopy(doc)) == []


@settings(max_examples=100, deadline=None)
@given(schemas(), st.randoms(use_true_random=False))
def test_shuffled_fields_and_labels_are_at_most_order_changes(
    doc: dict[str, Any], rnd: Any
) -> None:
    new = copy.deepcopy(doc)
    rnd.shuffle(new["fields"])
    for field in new["fields"]:
        rnd.shuffle(field.get("labels", []))
    for change in diff_schemas(doc, new):
        assert change.kind == "changed"
        assert change.path == "fields" or change.path.endswith(".labels")
        assert sorted(change.old) == sorted(change.new) and change.old != change.new


@settings(max_examples=100, deadline=None)
@given(schemas(), schemas())
def test_every_change_is_described_and_the_diff_is_ordered_by_the_new_fields(
    old: dict[str, Any], new: dict[str, Any]
) -> None:
    changes = diff_schemas(old, new)
    assert all(change.describe() for change in changes)
    order = [f["name"] for f in new["fields"]] + [
        f["name"] for f in old["fields"] if f["name"] not in {g["name"] for g in new["fields"]}
    ]
    seen = [c.path.split('"')[1] for c in changes if c.path.startswith("fields[")]
    assert seen == sorted(seen, key=order.index)
    assert (changes == []) == (old == new)
