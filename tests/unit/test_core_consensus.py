"""Comparing the answers to one item: matching against a reference, the consensus, span
and transcript differences. Unit tests per function, then properties."""

from __future__ import annotations

from typing import Any

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from labeler.core.consensus import (
    central_transcript,
    compare_item,
    match_regions,
    median_rating,
    merge_regions,
    span_differences,
    suggest_consensus,
    transcript_difference,
    usable_regions,
    vote,
    vote_labels,
    vote_text,
)
from labeler.core.matching import Pairs, assignment, count_matches
from labeler.core.schema import Field, Schema, parse_schema
from labeler.core.scoring import score_field

SCHEMA = parse_schema(
    {
        "title": "Review",
        "media": "image",
        "fields": [
            {"name": "scene", "kind": "choice", "labels": [{"value": "urban"}, {"value": "rural"}]},
            {
                "name": "tags",
                "kind": "multichoice",
                "labels": [{"value": "night"}, {"value": "rain"}, {"value": "snow"}],
            },
            {"name": "quality", "kind": "rating", "min": 1, "max": 5, "required": False},
            {"name": "note", "kind": "text"},
            {"name": "objects", "kind": "boxes", "labels": [{"value": "car"}, {"value": "bus"}]},
            {"name": "outlines", "kind": "polygons", "labels": [{"value": "road"}]},
            {"name": "heads", "kind": "points", "labels": [{"value": "head"}]},
        ],
    }
)
TEXT_SCHEMA = parse_schema(
    {
        "title": "Entities",
        "media": "text",
        "fields": [
            {"name": "entities", "kind": "spans", "labels": [{"value": "PER"}, {"value": "ORG"}]}
        ],
    }
)
AUDIO_SCHEMA = parse_schema(
    {
        "title": "Calls",
        "media": "audio",
        "fields": [
            {
                "name": "turns",
                "kind": "segments",
                "labels": [{"value": "agent"}, {"value": "caller"}],
            },
            {"name": "words", "kind": "transcript"},
        ],
    }
)


def field(schema: Schema, name: str) -> Field:
    return schema.field(name)


def box(x: float, y: float, w: float = 10, h: float = 10, label: str = "car") -> dict[str, Any]:
    return {"label": label, "x": x, "y": y, "w": w, "h": h}


# -- matching ---------------------------------------------------------------------------


def test_match_regions_pairs_same_label_boxes_with_their_iou() -> None:
    objects = field(SCHEMA, "objects")
    gold = [box(0, 0), box(50, 50), box(100, 0, label="bus")]
    mine = [box(51, 50), box(200, 200), box(0, 1)]
    diff = match_regions(objects, mine, gold)
    by_index = {r.index: r for r in diff.regions}
    assert by_index[0].partner == 1 and by_index[0].measure is not None
    assert abs(by_index[0].measure - 90 / 110) < 1e-9
    assert by_index[2].partner == 0 and abs(by_index[2].measure - 90 / 110) < 1e-9
    assert not by_index[1].matched and by_index[1].measure == 0.0
    assert diff.missed == (2,)  # nothing drew the bus
    assert diff.f1 == score_field(objects, mine, gold) == 2 * 2 / 6
    assert diff.partner_of(1) is by_index[0]


def test_match_regions_does_not_pair_across_labels() -> None:
    objects = field(SCHEMA, "objects")
    diff = match_regions(objects, [box(0, 0, label="bus")], [box(0, 0)])
    assert not diff.regions[0].matched and diff.regions[0].measure is None
    assert diff.missed == (0,) and diff.f1 == 0.0


def test_match_regions_points_report_distance() -> None:
    heads = field(SCHEMA, "heads")
    diff = match_regions(
        heads,
        [{"label": "head", "x": 3, "y": 4}, {"label": "head", "x": 90, "y": 90}],
        [{"label": "head", "x": 0, "y": 0}],
    )
    near, far = diff.regions
    assert near.partner == 0 and abs((near.measure or 0) - 5.0) < 1e-9
    assert not far.matched and (far.measure or 0) > 100


def test_match_regions_keeps_original_indices_past_malformed_entries() -> None:
    objects = field(SCHEMA, "objects")
    diff = match_regions(objects, [{"label": "car"}, "junk", box(0, 0)], [None, box(0, 0)])
    assert [(r.index, r.partner) for r in diff.regions] == [(2, 1)]
    assert diff.missed == () and diff.f1 == 1.0


def test_match_regions_polygons_and_exact_spans() -> None:
    outlines = field(SCHEMA, "outlines")
    square = {"label": "road", "points": [[0, 0], [10, 0], [10, 10], [0, 10]]}
    shifted = {"label": "road", "points": [[1, 0], [11, 0], [11, 10], [1, 10]]}
    diff = match_regions(outlines, [shifted], [square])
    assert diff.regions[0].partner == 0 and abs((diff.regions[0].measure or 0) - 90 / 110) < 1e-9
    entities = field(TEXT_SCHEMA, "entities")
    spans = [{"label": "PER", "start": 0, "end": 5}, {"label": "PER", "start": 7, "end": 9}]
    ref = [{"label": "PER", "start": 0, "end": 5}, {"label": "PER", "start": 7, "end": 10}]
    diff = match_regions(entities, spans, ref)
    assert [r.matched for r in diff.regions] == [True, False]
    assert abs((diff.regions[1].measure or 0) - 2 / 3) < 1e-9  # close, yet not exact
    assert diff.missed == (1,) and diff.f1 == score_field(entities, spans, ref)


def test_assignment_prefers_the_closer_pair_among_equally_large_matchings() -> None:
    admissible = np.array([[True, True]])
    similarity = np.array([[0.6, 0.9]])
    assert assignment(Pairs.from_dense(admissible, similarity)) == [(0, 1)]
    assert assignment(Pairs.from_dense(np.zeros((0, 3), dtype=bool), np.zeros((0, 3)))) == []


def test_usable_regions_filters_like_scoring() -> None:
    value = [box(0, 0), {"label": 3, "x": 0, "y": 0, "w": 1, "h": 1}, box(float("nan"), 0)]
    assert [i for i, _ in usable_regions("boxes", value)] == [0]
    assert usable_regions("boxes", "not a list") == []
    spans = [{"label": "PER", "start": 0.5, "end": 2}, {"label": "PER", "start": 0, "end": 2}]
    assert [i for i, _ in usable_regions("spans", spans)] == [1]


# -- consensus --------------------------------------------------------------------------


def test_vote_majority_and_tie() -> None:
    assert vote(["urban", "rural", "urban"]) == "urban"
    assert vote(["urban", "rural"]) is None
    assert vote([]) is None


def test_vote_labels_keeps_labels_more_than_half_chose() -> None:
    tags = field(SCHEMA, "tags")
    values = [["rain", "night"], ["night"], ["rain", "night", "snow"], []]
    assert vote_labels(tags, values, voters=4) == ["night"]
    assert vote_labels(tags, values[:3], voters=3) == ["night", "rain"]


def test_median_rating_stays_a_rating() -> None:
    assert median_rating([1, 5, 4]) == 4
    assert median_rating([2, 3]) == 2
    assert median_rating([None, "x"]) is None


def test_vote_text_compares_normalised_and_keeps_first_spelling() -> None:
    assert vote_text(["Red  car", "red car", "blue car"]) == "Red  car"
    assert vote_text(["a", "b"]) is None


def test_central_transcript_is_the_one_closest_to_the_others() -> None:
    texts = ["the cat sat on the mat", "the cat sat on a mat", "a dog ran"]
    assert central_transcript(texts) == "the cat sat on the mat"
    assert central_transcript([]) is None


def test_merge_regions_keeps_majority_clusters_averaged_with_majority_label() -> None:
    objects = field(SCHEMA, "objects")
    a = [box(0, 0), box(100, 100)]
    b = [box(2, 0, label="bus"), box(300, 300)]
    c = [box(1, 0)]
    merged = merge_regions(objects, [a, b, c])
    assert merged == [{"label": "car", "x": 1.0, "y": 0, "w": 10, "h": 10}]


def test_merge_regions_counts_an_annotator_who_drew_nothing() -> None:
    objects = field(SCHEMA, "objects")
    assert merge_regions(objects, [[box(0, 0)], None, []]) == []
    assert merge_regions(objects, [[box(0, 0)], [box(0, 0)], None]) == [box(0, 0)]
    assert merge_regions(objects, []) == []


def test_merge_regions_segments_spans_polygons_points() -> None:
    turns = field(AUDIO_SCHEMA, "turns")
    merged = merge_regions(
        turns,
        [
            [{"label": "agent", "start": 0.0, "end": 2.0}],
            [{"label": "agent", "start": 0.2, "end": 2.2}],
        ],
    )
    assert merged == [{"label": "agent", "start": 0.1, "end": 2.1}]
    entities = field(TEXT_SCHEMA, "entities")
    per = {"label": "PER", "start": 0, "end": 4}
    merged = merge_regions(entities, [[per], [per], [{"label": "PER", "start": 0, "end": 5}]])
    assert merged == [per]
    outlines = field(SCHEMA, "outlines")
    square = {"label": "road", "points": [[0, 0], [10, 0], [10, 10], [0, 10]]}
    near = {"label": "road", "points": [[1, 0], [11, 0], [11, 10], [1, 10]]}
    far = {"label": "road", "points": [[2, 0], [12, 0], [12, 10], [2, 10]]}
    assert merge_regions(outlines, [[square], [near], [far]]) == [near]
    heads = field(SCHEMA, "heads")
    pts = [[{"label": "head", "x": 0, "y": 0}], [{"label": "head", "x": 4, "y": 2}]]
    assert merge_regions(heads, pts) == [{"label": "head", "x": 2.0, "y": 1.0}]


def test_suggest_consensus_field_by_field() -> None:
    answers = [
        {"scene": "urban", "tags": ["night"], "quality": 4, "note": "ok", "objects": [box(0, 0)]},
        {"scene": "urban", "tags": ["night", "rain"], "quality": 2, "objects": [box(1, 0)]},
        {"scene": "rural", "tags": [], "quality": 5, "note": "OK"},
        None,  # a skip takes no part
    ]
    consensus = suggest_consensus(SCHEMA, answers)
    assert consensus == {
        "scene": "urban",
        "tags": ["night"],
        "quality": 4,
        "note": "ok",
        "objects": [{"label": "car", "x": 0.5, "y": 0, "w": 10, "h": 10}],
    }
    assert suggest_consensus(SCHEMA, [None, "junk"]) == {}
    assert "scene" not in suggest_consensus(SCHEMA, [{"scene": "urban"}, {"scene": "rural"}])


# -- spans and transcripts ----------------------------------------------------------------


def test_span_differences_per_label_code_point_ranges() -> None:
    mine = [{"label": "PER", "start": 0, "end": 6}, {"label": "ORG", "start": 10, "end": 14}]
    ref = [{"label": "PER", "start": 2, "end": 4}, {"label": "ORG", "start": 12, "end": 20}]
    diff = span_differences(mine, ref)
    pieces = [(p.label, p.start, p.end) for p in diff.extra]
    assert pieces == [("PER", 0, 2), ("PER", 4, 6), ("ORG", 10, 12)]
    assert [(p.label, p.start, p.end) for p in diff.missing] == [("ORG", 14, 20)]
    assert span_differences(mine, mine).same
    overlapping = [{"label": "PER", "start": 0, "end": 3}, {"label": "PER", "start": 2, "end": 6}]
    assert span_differences(overlapping, [{"label": "PER", "start": 0, "end": 6}]).same


def test_transcript_difference_word_diff_and_wer() -> None:
    diff = transcript_difference("Thank you for calling.", "thank you for call")
    assert abs(diff.wer - 0.25) < 1e-9
    assert diff.words.changed == 1 and diff.words.errors == 1
    assert transcript_difference(None, None).wer == 0.0


# -- the whole item -------------------------------------------------------------------------


def test_compare_item_against_gold_when_there_is_gold() -> None:
    gold = {"scene": "rural", "objects": [box(0, 0)]}
    answers = {
        "s1": {"scene": "urban", "objects": [box(0, 0), box(40, 40)]},
        "s2": {"scene": "rural", "objects": []},
        "s3": None,
    }
    result = compare_item(SCHEMA, answers, gold)
    scene = result.fields["scene"]
    assert scene.source == "gold" and scene.scores == {"s1": 0.0, "s2": 1.0}
    objects = result.fields["objects"]
    assert objects.source == "gold"
    assert [r.matched for r in objects.regions["s1"].regions] == [True, False]
    assert objects.regions["s2"].missed == (0,)
    assert "s3" not in objects.regions  # a skip
    # Fields the gold answer leaves out are compared against the consensus.
    assert result.fields["tags"].source is None


def test_compare_item_without_gold_uses_the_consensus() -> None:
    answers = {
        "a": {"turns": [{"label": "agent", "start": 0, "end": 2}], "words": "hello there"},
        "b": {"turns": [{"label": "agent", "start": 0, "end": 2}], "words": "hello there"},
        "c": {"turns": [], "words": "hello"},
    }
    result = compare_item(AUDIO_SCHEMA, answers)
    turns = result.fields["turns"]
    assert turns.source == "consensus"
    assert turns.reference == [{"label": "agent", "start": 0, "end": 2}]
    assert turns.scores == {"a": 1.0, "b": 1.0, "c": 0.0}
    words = result.fields["words"]
    assert words.reference == "hello there"
    assert words.transcripts["c"].wer == 0.5 and words.transcripts["a"].wer == 0.0


def test_one_answer_without_gold_has_no_reference() -> None:
    # One answer is no consensus: compared with itself it would score 1.0 on every field.
    answers = {"only": {"scene": "urban", "objects": [box(0, 0)], "heads": []}, "skip": None}
    assert suggest_consensus(SCHEMA, list(answers.values())) == {}
    result = compare_item(SCHEMA, answers)
    assert result.consensus == {} and result.answered == 1 and not result.has_consensus
    for compared in result.fields.values():
        assert compared.source is None and compared.reference is None
        assert compared.scores == {} and compared.regions == {}
    # Gold still makes a reference of the fields it has; the rest stay without one.
    with_gold = compare_item(SCHEMA, answers, {"scene": "rural"})
    assert with_gold.fields["scene"].source == "gold"
    assert with_gold.fields["scene"].scores == {"only": 0.0}
    assert with_gold.fields["objects"].source is None


def test_a_field_given_by_one_answer_has_no_consensus() -> None:
    answers = [{"scene": "urban", "quality": 4, "note": "ok"}, {"scene": "urban"}]
    consensus = suggest_consensus(SCHEMA, answers)
    assert consensus["scene"] == "urban"
    assert "quality" not in consensus and "note" not in consensus
    result = compare_item(SCHEMA, dict(enumerate(answers)))
    assert result.answered == 2 and result.has_consensus
    assert result.fields["quality"].source is None and result.fields["quality"].scores == {}


def test_compare_item_text_spans() -> None:
    per = {"label": "PER", "start": 0, "end": 4}
    result = compare_item(TEXT_SCHEMA, {"x": {"entities": [per]}, "y": {"entities": []}})
    entities = result.fields["entities"]
    # One of two annotators is no majority: the consensus has no span.
    assert entities.reference == [] and entities.spans["x"].extra[0].end == 4


# -- properties ------------------------------------------------------------------------------

coord = st.integers(0, 60)
size = st.integers(1, 30)
box_label = st.sampled_from(["car", "bus"])


@st.composite
def box_lists(draw: st.DrawFn) -> list[dict[str, Any]]:
    n = draw(st.integers(0, 5))
    return [
        box(draw(coord), draw(coord), draw(size), draw(size), draw(box_label)) for _ in range(n)
    ]


@st.composite
def full_answers(draw: st.DrawFn) -> dict[str, Any]:
    return {
        "scene": draw(st.sampled_from(["urban", "rural"])),
        "tags": draw(st.lists(st.sampled_from(["night", "rain", "snow"]), unique=True)),
        "quality": draw(st.integers(1, 5)),
        "objects": draw(box_lists()),
    }


@settings(max_examples=60, deadline=None)
@given(full_answers(), st.integers(2, 4))  # one answer is no consensus (test above)
def test_identical_answers_agree_fully_and_are_the_consensus(
    answer: dict[str, Any], copies: int
) -> None:
    answers = {f"s{i}": answer for i in range(copies)}
    result = compare_item(SCHEMA, answers)
    consensus = result.consensus
    assert consensus["scene"] == answer["scene"] and consensus["quality"] == answer["quality"]
    assert set(consensus["tags"]) == set(answer["tags"])
    key = lambda b: (b["label"], b["x"], b["y"], b["w"], b["h"])  # noqa: E731
    assert sorted(map(key, consensus["objects"])) == sorted(map(key, answer["objects"]))
    for comparison in result.fields.values():
        if comparison.source is not None:
            assert all(score == 1.0 for score in comparison.scores.values())
    for diff in result.fields["objects"].regions.values():
        assert all(r.matched for r in diff.regions) and diff.missed == ()


@settings(max_examples=80, deadline=None)
@given(box_lists(), box_lists())
def test_matching_counts_what_gold_scoring_counts(
    mine: list[dict[str, Any]], ref: list[dict[str, Any]]
) -> None:
    objects = field(SCHEMA, "objects")
    diff = match_regions(objects, mine, ref)
    assert abs(diff.f1 - score_field(objects, mine, ref)) < 1e-12
    partners = [r.partner for r in diff.regions if r.partner is not None]
    assert len(partners) == len(set(partners))  # one-to-one
    assert len(partners) + len(diff.missed) == len(ref)
    for r in diff.regions:
        if r.matched:
            assert r.label == ref[r.partner]["label"] and (r.measure or 0) >= 0.5 - 1e-9


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.booleans(), min_size=3, max_size=3), min_size=1, max_size=3))
def test_assignment_is_as_large_as_count_matches(rows: list[list[bool]]) -> None:
    admissible = np.array(rows, dtype=bool)
    similarity = np.linspace(0, 1, admissible.size).reshape(admissible.shape)
    found = Pairs.from_dense(admissible, similarity)
    pairs = assignment(found)
    assert len(pairs) == count_matches(found)
    assert all(admissible[i, j] for i, j in pairs)


@settings(max_examples=60, deadline=None)
@given(st.lists(box_lists(), min_size=1, max_size=4))
def test_consensus_regions_never_outnumber_the_busiest_annotator(
    values: list[list[dict[str, Any]]],
) -> None:
    merged = merge_regions(field(SCHEMA, "objects"), values)
    assert len(merged) <= max(len(v) for v in values)
    assert all(b["w"] > 0 and b["h"] > 0 for b in merged)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.builds(
            lambda label, start, length: {"label": label, "start": start, "end": start + length},
            st.sampled_from(["PER", "ORG"]),
            st.integers(0, 40),
            st.integers(1, 10),
        ),
        max_size=5,
    ),
    st.lists(
        st.builds(
            lambda label, start, length: {"label": label, "start": start, "end": start + length},
            st.sampled_from(["PER", "ORG"]),
            st.integers(0, 40),
            st.integers(1, 10),
        ),
        max_size=5,
    ),
)
def test_span_differences_are_each_others_mirror(
    mine: list[dict[str, Any]], ref: list[dict[str, Any]]
) -> None:
    there, back = span_differences(mine, ref), span_differences(ref, mine)
    assert there.extra == back.missing and there.missing == back.extra
    assert span_differences(mine, mine).same
    for piece in there.extra:  # an extra range is labelled in mine and in no ref span
        assert any(s["label"] == piece.label and s["start"] <= piece.start < s["end"] for s in mine)
        assert not any(
            s["label"] == piece.label and s["start"] < piece.end and piece.start < s["end"]
            for s in ref
        )
