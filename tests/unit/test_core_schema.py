"""Schema validation: every rule of PROTOCOL.md "Label schema", with paths."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from labeler.core.problems import Problem, SchemaInvalid, ValidationFailed
from labeler.core.schema import FIELD_KINDS, MEDIA_KINDS, RESERVED_KEYS, Label, parse_schema

STREET: dict[str, Any] = {
    "title": "Street scenes",
    "media": "image",
    "instructions": "Markdown shown beside the item.",
    "fields": [
        {
            "name": "scene",
            "kind": "choice",
            "required": True,
            "labels": [{"value": "urban", "hotkey": "1"}, {"value": "rural", "hotkey": "2"}],
        },
        {
            "name": "objects",
            "kind": "boxes",
            "labels": [{"value": "car", "hotkey": "c", "color": "#e6194b"}],
            "gold": {"metric": "box_f1", "iou": 0.5, "threshold": 0.8},
        },
    ],
}


def problems_of(doc: object) -> list[Problem]:
    with pytest.raises(SchemaInvalid) as caught:
        parse_schema(doc)
    assert caught.value.problems, "SchemaInvalid must list problems"
    return caught.value.problems


def paths_of(doc: object) -> set[str]:
    return {p.path for p in problems_of(doc)}


def one_field(media: str, **field: Any) -> dict[str, Any]:
    return {"title": "T", "media": media, "fields": [{"name": "f", **field}]}


LABELS = [{"value": "a"}, {"value": "b"}]


def test_protocol_example_parses_with_defaults() -> None:
    schema = parse_schema(STREET)
    assert schema.title == "Street scenes"
    assert schema.media == "image"
    scene, objects = schema.fields
    assert scene.required is True and objects.required is False
    assert scene.labels == (Label("urban", "1", None), Label("rural", "2", None))
    assert objects.label_values() == {"car"}
    assert scene.gold.metric == "exact" and scene.gold.threshold == 1.0
    assert objects.gold.metric == "box_f1" and objects.gold.params == {"iou": 0.5}
    assert schema.field("objects") is objects
    with pytest.raises(KeyError):
        schema.field("nope")


def test_round_trip_is_identity() -> None:
    schema = parse_schema(STREET)
    assert parse_schema(schema.to_json()) == schema
    doc = {
        "title": "All kinds",
        "media": "audio",
        "fields": [
            {"name": "c", "kind": "choice", "labels": LABELS},
            {"name": "m", "kind": "multichoice", "labels": LABELS, "max_count": 2},
            {"name": "r", "kind": "rating", "min": 0, "max": 10},
            {"name": "t", "kind": "text"},
            {"name": "s", "kind": "segments", "labels": [{"value": "speech", "color": "#ABCDEF"}]},
            {"name": "tr", "kind": "transcript", "gold": {"threshold": 0.5}},
        ],
    }
    schema = parse_schema(doc)
    assert parse_schema(schema.to_json()) == schema
    assert schema.field("s").labels[0].color == "#abcdef"
    assert schema.field("tr").gold.threshold == 0.5
    assert schema.field("tr").gold.metric == "wer"


@pytest.mark.parametrize(
    ("kind", "required"),
    [
        ("choice", True),
        ("rating", True),
        ("transcript", True),
        ("multichoice", False),
        ("text", False),
        ("segments", False),
    ],
)
def test_required_defaults(kind: str, required: bool) -> None:
    labels = {"labels": LABELS} if kind in ("choice", "multichoice", "segments") else {}
    schema = parse_schema(one_field("audio", kind=kind, **labels))
    assert schema.fields[0].required is required


def test_rating_defaults_and_range() -> None:
    field = parse_schema(one_field("text", kind="rating")).fields[0]
    assert (field.min, field.max) == (1, 5)
    assert paths_of(one_field("text", kind="rating", min=5, max=5)) == {"fields[0].max"}
    assert paths_of(one_field("text", kind="rating", min=1.0)) == {"fields[0].min"}
    assert paths_of(one_field("text", kind="rating", max=True)) == {"fields[0].max"}
    assert paths_of(one_field("text", kind="choice", labels=LABELS, min=1)) == {"fields[0].min"}


@pytest.mark.parametrize("media", ["video", "", None, 3, "IMAGE"])
def test_media_must_be_known(media: object) -> None:
    doc = {**STREET, "media": media}
    assert "media" in paths_of(doc)


def test_media_kinds_constants() -> None:
    assert MEDIA_KINDS == ("image", "text", "audio")
    assert len(FIELD_KINDS) == 16
    assert {"Space", "Enter", "Tab", "Escape", "Backspace", "Delete", "?"} == set(RESERVED_KEYS)


@pytest.mark.parametrize(
    ("kind", "media", "fits"),
    [
        ("choice", "audio", True),
        ("text", "image", True),
        ("boxes", "image", True),
        ("boxes", "text", False),
        ("polygons", "audio", False),
        ("points", "text", False),
        ("spans", "text", True),
        ("spans", "image", False),
        ("segments", "audio", True),
        ("segments", "image", False),
        ("transcript", "audio", True),
        ("transcript", "text", False),
    ],
)
def test_kind_must_fit_media(kind: str, media: str, fits: bool) -> None:
    labels = {} if kind in ("text", "transcript") else {"labels": LABELS}
    doc = one_field(media, kind=kind, **labels)
    if fits:
        parse_schema(doc)
    else:
        assert paths_of(doc) == {"fields[0].kind"}


def test_unknown_kind() -> None:
    assert paths_of(one_field("image", kind="bbox")) == {"fields[0].kind"}


@pytest.mark.parametrize("count", [0, 33])
def test_field_count(count: int) -> None:
    fields = [{"name": f"f{i}", "kind": "text"} for i in range(count)]
    assert paths_of({"title": "T", "media": "text", "fields": fields}) == {"fields"}


def test_thirty_two_fields_are_fine() -> None:
    fields = [{"name": f"f{i}", "kind": "text"} for i in range(32)]
    assert len(parse_schema({"title": "T", "media": "text", "fields": fields}).fields) == 32


@pytest.mark.parametrize(
    "name", ["Scene", "1scene", "_x", "", "a-b", "a" * 65, "scène", "ab\n", 5, None]
)
def test_bad_field_names(name: object) -> None:
    assert paths_of(
        one_field("text", kind="text") | {"fields": [{"name": name, "kind": "text"}]}
    ) == {"fields[0].name"}


@pytest.mark.parametrize("name", ["a", "a" * 64, "scene_2", "x9"])
def test_good_field_names(name: str) -> None:
    parse_schema({"title": "T", "media": "text", "fields": [{"name": name, "kind": "text"}]})


def test_duplicate_field_names_name_both_places() -> None:
    doc = {"title": "T", "media": "text", "fields": [{"name": "a", "kind": "text"}] * 2}
    (problem,) = problems_of(doc)
    assert problem.path == "fields[1].name"
    assert "fields[0].name" in problem.message


@pytest.mark.parametrize("kind", ["choice", "multichoice", "boxes", "spans", "segments"])
def test_labels_required(kind: str) -> None:
    media = {"boxes": "image", "spans": "text", "segments": "audio"}.get(kind, "image")
    assert paths_of(one_field(media, kind=kind)) == {"fields[0].labels"}
    assert paths_of(one_field(media, kind=kind, labels=[])) == {"fields[0].labels"}
    assert paths_of(one_field(media, kind=kind, labels={"value": "a"})) == {"fields[0].labels"}


@pytest.mark.parametrize("kind", ["rating", "text"])
def test_labels_refused_where_not_used(kind: str) -> None:
    assert paths_of(one_field("text", kind=kind, labels=LABELS)) == {"fields[0].labels"}


@pytest.mark.parametrize("value", ["", "   ", None, 3, ["a"]])
def test_label_value_must_be_non_empty_string(value: object) -> None:
    doc = one_field("text", kind="choice", labels=[{"value": value}])
    assert paths_of(doc) == {"fields[0].labels[0].value"}


def test_label_must_be_object_and_values_unique() -> None:
    doc = one_field("text", kind="choice", labels=["a", {"value": "b"}, {"value": "b"}])
    assert paths_of(doc) == {"fields[0].labels[0]", "fields[0].labels[2].value"}


def test_label_unknown_key() -> None:
    doc = one_field("text", kind="choice", labels=[{"value": "a", "colour": "#000000"}])
    assert paths_of(doc) == {"fields[0].labels[0].colour"}


@pytest.mark.parametrize(
    "hotkey",
    [" ", "?", "\n", "\t", "\r", "Space", "Enter", "Escape", "ab", "", 1, "\x7f", "\u200b"],
)
def test_bad_hotkeys(hotkey: object) -> None:
    doc = one_field("text", kind="choice", labels=[{"value": "a", "hotkey": hotkey}])
    assert paths_of(doc) == {"fields[0].labels[0].hotkey"}


@pytest.mark.parametrize("hotkey", ["a", "Z", "9", "ب", "/", "é"])
def test_good_hotkeys(hotkey: str) -> None:
    doc = one_field("text", kind="choice", labels=[{"value": "a", "hotkey": hotkey}])
    assert parse_schema(doc).fields[0].labels[0].hotkey == hotkey


def test_space_message_says_reserved() -> None:
    doc = one_field("text", kind="choice", labels=[{"value": "a", "hotkey": " "}])
    (problem,) = problems_of(doc)
    assert "Space" in problem.message and "reserved" in problem.message


def test_hotkeys_unique_across_whole_schema() -> None:
    doc = copy.deepcopy(STREET)
    doc["fields"][1]["labels"][0]["hotkey"] = "1"
    (problem,) = problems_of(doc)
    assert problem.path == "fields[1].labels[0].hotkey"
    assert "fields[0].labels[0].hotkey" in problem.message


def test_hotkeys_clash_regardless_of_case() -> None:
    doc = one_field(
        "text", kind="choice", labels=[{"value": "a", "hotkey": "c"}, {"value": "b", "hotkey": "C"}]
    )
    assert paths_of(doc) == {"fields[0].labels[1].hotkey"}


@pytest.mark.parametrize("color", ["red", "#fff", "#12345g", "e6194b", "#e6194b\n", 0xE6194B])
def test_bad_colors(color: object) -> None:
    doc = one_field("text", kind="choice", labels=[{"value": "a", "color": color}])
    assert paths_of(doc) == {"fields[0].labels[0].color"}


def test_null_optional_keys_mean_default() -> None:
    doc = one_field(
        "text",
        kind="choice",
        required=None,
        gold=None,
        max_count=None,
        labels=[{"value": "a", "hotkey": None, "color": None}],
    )
    doc["instructions"] = None
    schema = parse_schema(doc)
    assert schema.instructions == ""
    assert schema.fields[0].required is True


@pytest.mark.parametrize("required", [1, "yes", 0])
def test_required_must_be_boolean(required: object) -> None:
    assert paths_of(one_field("text", kind="text", required=required)) == {"fields[0].required"}


@pytest.mark.parametrize(
    ("kind", "max_count", "ok"),
    [
        ("boxes", 3, True),
        ("multichoice", 1, True),
        ("boxes", 0, False),
        ("boxes", -1, False),
        ("boxes", 2.0, False),
        ("boxes", True, False),
        ("choice", 2, False),
        ("text", 2, False),
    ],
)
def test_max_count(kind: str, max_count: object, ok: bool) -> None:
    labels = {} if kind == "text" else {"labels": LABELS}
    doc = one_field("image", kind=kind, max_count=max_count, **labels)
    if ok:
        assert parse_schema(doc).fields[0].max_count == max_count
    else:
        assert paths_of(doc) == {"fields[0].max_count"}


@pytest.mark.parametrize(
    ("kind", "media", "gold", "path"),
    [
        ("boxes", "image", {"metric": "mask_f1"}, "metric"),
        ("choice", "image", {"metric": "jaccard"}, "metric"),
        ("choice", "image", {"metric": 3}, "metric"),
        ("boxes", "image", {"threshold": 1.5}, "threshold"),
        ("boxes", "image", {"threshold": -0.1}, "threshold"),
        ("boxes", "image", {"threshold": True}, "threshold"),
        ("boxes", "image", {"threshold": "0.8"}, "threshold"),
        ("boxes", "image", {"threshold": float("nan")}, "threshold"),
        ("boxes", "image", {"iou": 0}, "iou"),
        ("boxes", "image", {"iou": 1.01}, "iou"),
        ("segments", "audio", {"iou": None}, "iou"),
        ("points", "image", {"radius": 0}, "radius"),
        ("points", "image", {"radius": -3}, "radius"),
        ("points", "image", {"iou": 0.5}, "iou"),
        ("spans", "text", {"overlap": 1}, "overlap"),
        ("choice", "image", {"radius": 5}, "radius"),
    ],
)
def test_bad_gold_rules(kind: str, media: str, gold: dict[str, Any], path: str) -> None:
    doc = one_field(media, kind=kind, labels=LABELS, gold=gold)
    assert paths_of(doc) == {f"fields[0].gold.{path}"}


def test_gold_must_be_object() -> None:
    assert paths_of(one_field("text", kind="text", gold=[1])) == {"fields[0].gold"}


@pytest.mark.parametrize(
    ("kind", "media", "gold", "metric", "threshold", "params"),
    [
        ("choice", "text", {}, "exact", 1.0, {}),
        ("multichoice", "text", {}, "jaccard", 1.0, {}),
        ("multichoice", "text", {"metric": "exact"}, "exact", 1.0, {}),
        ("rating", "text", {}, "distance", 1.0, {}),
        ("text", "text", {}, "normalized_exact", 1.0, {}),
        ("transcript", "audio", {}, "wer", 0.9, {}),
        ("boxes", "image", {}, "box_f1", 0.8, {"iou": 0.5}),
        ("polygons", "image", {"iou": 0.7}, "mask_f1", 0.8, {"iou": 0.7}),
        ("points", "image", {"radius": 4}, "point_f1", 0.8, {"radius": 4.0}),
        ("spans", "text", {"overlap": True}, "span_f1", 0.8, {"overlap": True}),
        ("spans", "text", {}, "span_f1", 0.8, {"overlap": False}),
        ("segments", "audio", {"threshold": 0}, "segment_f1", 0.0, {"iou": 0.5}),
    ],
)
def test_gold_rule_defaults(
    kind: str, media: str, gold: dict[str, Any], metric: str, threshold: float, params: dict
) -> None:
    labels = {} if kind in ("rating", "text", "transcript") else {"labels": LABELS}
    rule = parse_schema(one_field(media, kind=kind, gold=gold, **labels)).fields[0].gold
    assert (rule.metric, rule.threshold, rule.params) == (metric, threshold, params)


def test_unknown_keys_at_field_and_top_level() -> None:
    doc = one_field("text", kind="text", colour="red")
    doc["subtitle"] = "x"
    assert paths_of(doc) == {"fields[0].colour", "subtitle"}


def test_version_key_is_ignored() -> None:
    assert parse_schema({**STREET, "version": 3}) == parse_schema(STREET)


@pytest.mark.parametrize("title", [5, ["x"], "a\x00b", "\ud800"])
def test_title(title: object) -> None:
    assert paths_of({**STREET, "title": title}) == {"title"}


def test_the_title_is_optional() -> None:
    """PROTOCOL.md lists no rule for `title`: absent or null is an empty title."""
    bare = {k: v for k, v in STREET.items() if k != "title"}
    assert parse_schema(bare).title == ""
    assert parse_schema({**STREET, "title": None}).title == ""
    blank = parse_schema({**STREET, "title": "  "})
    assert parse_schema(blank.to_json()) == blank


@pytest.mark.parametrize("instructions", [5, ["x"], False])
def test_instructions_must_be_string(instructions: object) -> None:
    assert paths_of({**STREET, "instructions": instructions}) == {"instructions"}


@pytest.mark.parametrize(
    "doc", [None, [], "schema", 3, True, 1.5, {"fields": "x"}, {"fields": {"a": 1}}]
)
def test_hostile_documents_never_raise_anything_else(doc: object) -> None:
    assert problems_of(doc)


@pytest.mark.parametrize(
    "field",
    [
        None,
        [],
        "text",
        {"name": "f", "kind": ["choice"]},
        {"name": "f", "kind": "choice", "labels": [None, 1, [], {"value": {}}]},
        {"name": {"x": 1}, "kind": "rating", "min": "1", "max": [5]},
        {"name": "f", "kind": "boxes", "labels": LABELS, "gold": {"metric": ["box_f1"]}},
        {"name": "f", "kind": "choice", "labels": [{"value": "a", "hotkey": ["a"]}]},
        {"name": "f", "kind": "choice", "labels": [{"value": "a", "color": {"r": 1}}]},
    ],
)
def test_hostile_fields(field: object) -> None:
    problems = problems_of({"title": "T", "media": "image", "fields": [field]})
    assert all(p.path.startswith("fields[0]") for p in problems)


def test_collects_every_problem() -> None:
    doc = {
        "title": 5,
        "media": "video",
        "fields": [
            {"name": "Bad", "kind": "choice", "labels": [{"value": "x", "hotkey": "?"}]},
            {"name": "r", "kind": "rating", "min": 3, "max": 2, "extra": True},
            {"name": "m", "kind": "multichoice", "labels": [{"value": "y", "color": "blue"}]},
        ],
    }
    assert paths_of(doc) == {
        "title",
        "media",
        "fields[0].name",
        "fields[0].labels[0].hotkey",
        "fields[1].max",
        "fields[1].extra",
        "fields[2].labels[0].color",
    }


def test_problem_wire_form() -> None:
    with pytest.raises(ValidationFailed) as caught:
        parse_schema({**STREET, "title": 5})
    assert caught.value.to_json() == [
        {"path": "title", "message": "must be a string, not a number"}
    ]
    assert "title" in str(caught.value)
    assert Problem("a", "b").to_json() == {"path": "a", "message": "b"}
