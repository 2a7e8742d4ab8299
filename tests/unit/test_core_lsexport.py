"""Label Studio configs made from a schema: importing one back gives the same schema, and
what a config cannot carry is said."""

from __future__ import annotations

from typing import Any

import pytest

from labeler.core.lsconfig import import_labelstudio
from labeler.core.lsexport import export_labelstudio
from labeler.core.schema import Schema, parse_schema


def labelled(*values: str, **details: dict[str, str]) -> list[dict[str, str]]:
    return [{"value": v, **details.get(v, {})} for v in values]


def schema(media: str, *fields: dict[str, Any], **extra: Any) -> Schema:
    return parse_schema({"media": media, "fields": list(fields), **extra})


CARRIED = [
    schema(
        "image",
        {
            "name": "objects",
            "kind": "boxes",
            "labels": labelled("car", "per son", car={"hotkey": "c", "color": "#ff0000"}),
        },
        {"name": "outlines", "kind": "polygons", "labels": labelled("road")},
        {"name": "spots", "kind": "points", "labels": labelled("eye", "nose")},
        {
            "name": "scene",
            "kind": "choice",
            "labels": labelled("day", "night", day={"hotkey": "d"}),
        },
        {
            "name": "tags",
            "kind": "multichoice",
            "labels": labelled("rain", "fog"),
            "required": True,
        },
        {"name": "quality", "kind": "rating", "max": 10},
        {"name": "note", "kind": "text", "required": True},
    ),
    schema(
        "text",
        {"name": "entities", "kind": "spans", "labels": labelled("PER", "گاڑی", "a\nb")},
        {"name": "tone", "kind": "choice", "labels": labelled("calm", "angry"), "required": False},
        {"name": "text", "kind": "text"},
    ),
    schema(
        "audio",
        {"name": "speech", "kind": "segments", "labels": labelled("Speaker one", "Noise")},
        {"name": "words", "kind": "transcript"},
        {"name": "audio", "kind": "rating", "required": False},
    ),
]


@pytest.mark.parametrize("given", CARRIED, ids=lambda s: s.media)
def test_importing_the_config_gives_the_same_schema_back(given: Schema) -> None:
    config = export_labelstudio(given)
    assert config.dropped == []
    imported = import_labelstudio(config.xml)
    assert imported.dropped == []
    back = parse_schema(imported.schema)
    assert back.media == given.media
    assert back.fields == given.fields


def test_the_object_tag_shows_the_media_under_a_name_no_field_has() -> None:
    config = export_labelstudio(CARRIED[2])  # a field is called "audio"
    assert (config.object_name, config.data_key) == ("audio_2", "audio")
    assert '<Audio name="audio_2" value="$audio" />' in config.xml
    assert '<Rating name="audio" toName="audio_2" maxRating="5" />' in config.xml


def test_what_a_config_cannot_carry_is_a_dropped_line_and_a_comment() -> None:
    given = schema(
        "audio",
        {"name": "speech", "kind": "segments", "labels": labelled("a"), "required": True},
        {"name": "tally", "kind": "segments", "labels": labelled("b"), "max_count": 3},
        {"name": "score", "kind": "rating", "min": 0, "max": 4, "gold": {"metric": "exact"}},
        {"name": "remark", "kind": "text"},
        title="Calls",
        instructions="Mark -- every speaker.",
    )
    config = export_labelstudio(given)
    assert config.dropped == [
        "the schema's title and instructions: Label Studio keeps them in the project's "
        "settings, not in its config",
        '<Labels name="speech">: required; Label Studio\'s labels tags cannot require a region',
        '<Labels name="tally">: at most 3; Label Studio limits uses per label (maxUsages), '
        "not per field",
        '<Rating name="score">: its gold rule; Label Studio\'s config has none',
        '<Rating name="score">: ratings 0 to 4 are Label Studio\'s stars 1 to 5, each shifted '
        "by +1; the config imports as 1 to 5",
        '<TextArea name="remark">: a text field; on audio a TextArea imports as a transcript',
    ]
    assert config.xml.startswith("<!-- What this config does not carry of the schema:\n")
    head = config.xml.split("-->", 1)[0]
    assert "--" not in head[4:]
    imported = parse_schema(import_labelstudio(config.xml).schema)
    assert [(f.name, f.kind, f.min, f.max) for f in imported.fields][2:] == [
        ("score", "rating", 1, 5),
        ("remark", "transcript", None, None),
    ]


def test_a_comparison_field_is_a_dropped_line_not_a_crash() -> None:
    schema = parse_schema(
        {
            "media": "text",
            "fields": [
                {"name": "tone", "kind": "choice", "labels": [{"value": "calm"}]},
                {"name": "quality", "kind": "criteria", "rows": [{"value": "helpful"}]},
            ],
        }
    )
    config = export_labelstudio(schema)
    assert config.dropped == ["field 'quality': Label Studio has no control for a criteria field"]
    assert 'name="tone"' in config.xml and 'name="quality"' not in config.xml


def test_a_ranking_is_a_ranker_of_the_candidates_and_a_pairwise_wins_over_it() -> None:
    ranked = parse_schema({"media": "text", "fields": [{"name": "order", "kind": "ranking"}]})
    config = export_labelstudio(ranked)
    assert '<List name="candidates" value="$candidates" />' in config.xml
    assert '<Ranker name="order" toName="candidates" />' in config.xml
    assert config.compared == {"order": "ranker"}
    both = parse_schema(
        {
            "media": "text",
            "fields": [
                {"name": "order", "kind": "ranking"},
                {"name": "better", "kind": "pairwise", "tie": False, "strength": False},
            ],
        }
    )
    config = export_labelstudio(both)
    assert config.compared == {"better": "pairwise"}
    assert config.dropped == [
        "field 'order': the config compares the candidates by field 'better' already (Label "
        "Studio shows them as a pair or as a list, not both)"
    ]
    assert '<Pairwise name="better" toName="candidate_a,candidate_b" />' in config.xml
