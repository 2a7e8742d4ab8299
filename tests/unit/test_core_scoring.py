"""Gold scoring: every metric against hand-computed expectations."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pytest

from labeler.core.matching import Pairs, count_matches
from labeler.core.schema import Field, Schema, parse_schema
from labeler.core.scoring import (
    FieldScore,
    Verdict,
    normalize_text,
    score_answer,
    score_field,
    transcript_words,
    wer,
)

LABELS = [{"value": "a"}, {"value": "b"}, {"value": "c"}]


def field(kind: str, media: str = "image", **extra: Any) -> Field:
    if kind not in ("rating", "text", "transcript"):
        extra.setdefault("labels", LABELS)
    doc = {"title": "T", "media": media, "fields": [{"name": "f", "kind": kind, **extra}]}
    return parse_schema(doc).fields[0]


def box(x: float, y: float, w: float, h: float, label: str = "a") -> dict[str, Any]:
    return {"label": label, "x": x, "y": y, "w": w, "h": h}


def seg(start: float, end: float, label: str = "a") -> dict[str, Any]:
    return {"label": label, "start": start, "end": end}


def test_exact_choice() -> None:
    f = field("choice")
    assert score_field(f, "a", "a") == 1.0
    assert score_field(f, "a", "b") == 0.0
    assert score_field(f, None, "a") == 0.0


def test_jaccard() -> None:
    f = field("multichoice")
    assert score_field(f, ["a", "b"], ["b", "c"]) == pytest.approx(1 / 3)
    assert score_field(f, [], []) == 1.0
    assert score_field(f, None, []) == 1.0
    assert score_field(f, ["a"], []) == 0.0
    assert score_field(f, ["b", "a"], ["a", "b"]) == 1.0


def test_multichoice_exact_alternative() -> None:
    f = field("multichoice", gold={"metric": "exact"})
    assert score_field(f, ["b", "a"], ["a", "b"]) == 1.0
    assert score_field(f, ["a"], ["a", "b"]) == 0.0


def test_rating_distance() -> None:
    f = field("rating")
    assert score_field(f, 3, 5) == 0.5
    assert score_field(f, 1, 5) == 0.0
    assert score_field(f, 4, 4) == 1.0
    assert score_field(field("rating", min=0, max=10), 7, 9) == pytest.approx(0.8)
    assert score_field(f, None, 3) == 0.0


def test_text_normalized_exact() -> None:
    f = field("text")
    assert score_field(f, "  Hello\tWORLD \n", "hello world") == 1.0
    assert score_field(f, "ﬁne", "fine") == 1.0  # NFKC unfolds the ligature
    assert score_field(f, "Straße", "STRASSE") == 1.0  # casefold, not lower
    assert score_field(f, "hello", "hello!") == 0.0
    assert score_field(f, None, "") == 1.0
    assert normalize_text(" a  b ") == "a b"


def test_transcript_words() -> None:
    assert transcript_words("Hello, World!  don't") == ["hello", "world", "dont"]
    # Urdu full stop and comma go; Arabic yeh and kaf fold to the Urdu letters.
    assert transcript_words("سلام، دنيا۔ كتاب") == ["سلام", "دنیا", "کتاب"]
    assert transcript_words("علي") == transcript_words("علی") == transcript_words("على")
    assert transcript_words("") == []


def test_wer() -> None:
    assert wer("the cat sat on the mat", "the cat sat on mat") == pytest.approx(1 / 6)
    assert wer("the cat", "a cat sat") == 1.0  # one substitution, one insertion
    assert wer("", "") == 0.0
    assert wer("", "word") == 1.0
    assert wer("Hello, world.", "hello world") == 0.0


def test_transcript_score() -> None:
    f = field("transcript", media="audio")
    assert score_field(f, "the cat sat on mat", "the cat sat on the mat") == pytest.approx(5 / 6)
    assert score_field(f, "سلام دنیا", "سلام، دنيا۔") == 1.0
    assert score_field(f, "", "") == 1.0
    assert score_field(f, "anything", "") == 0.0
    assert score_field(f, "a b c d e f", "x") == 0.0  # WER above 1 clamps to 0
    # The expected value is the reference: 1 deletion over 2 words, 1 insertion over 1 word.
    assert score_field(f, "a", "a b") == 0.5
    assert score_field(f, "a b", "a") == 0.0


def test_box_f1_threshold_and_labels() -> None:
    f = field("boxes")
    assert score_field(f, [box(0, 0, 10, 10)], [box(0, 0, 10, 5)]) == 1.0  # IoU exactly 0.5
    assert score_field(f, [box(0, 0, 10, 10)], [box(0, 0, 10, 4)]) == 0.0  # IoU 0.4
    assert score_field(f, [box(0, 0, 10, 10)], [box(0, 0, 10, 10, "b")]) == 0.0
    assert score_field(f, [box(0, 0, 10, 10)], [box(0, 0, 10, 10), box(50, 50, 5, 5)]) == (
        pytest.approx(2 / 3)
    )
    assert score_field(f, [], []) == 1.0
    assert score_field(f, None, [box(0, 0, 1, 1)]) == 0.0
    strict = field("boxes", gold={"iou": 0.9})
    assert score_field(strict, [box(0, 0, 10, 10)], [box(0, 0, 10, 8)]) == 0.0


def test_box_f1_maximises_matches_where_greedy_would_not() -> None:
    # A1 overlaps B1 best (IoU 0.9) and B2 (0.73); A2 overlaps only B1 (0.6).
    # Greedy by IoU pairs A1-B1 and leaves A2 alone: 1 match. Hungarian finds 2.
    a = [box(1, 0, 9, 10), box(0, 0, 6, 10)]
    b = [box(0, 0, 10, 10), box(2, 0, 10, 10)]
    assert score_field(field("boxes"), a, b) == 1.0


def test_count_matches_prefers_count_over_similarity() -> None:
    admissible = np.array([[True, True], [True, False]])
    similarity = np.array([[1.0, 0.0], [0.0, 0.0]])
    assert count_matches(Pairs.from_dense(admissible, similarity)) == 2
    assert count_matches(Pairs.from_dense(np.zeros((0, 3), dtype=bool), np.zeros((0, 3)))) == 0


def test_segment_f1() -> None:
    f = field("segments", media="audio")
    assert score_field(f, [seg(0, 10)], [seg(0, 5)]) == 1.0  # temporal IoU 0.5
    assert score_field(f, [seg(0, 10)], [seg(0, 4.9)]) == 0.0
    assert score_field(f, [seg(0, 10)], [seg(0, 10, "b")]) == 0.0
    # Same greedy trap in time: A1-B1 0.9, A1-B2 0.73, A2-B1 0.6.
    assert score_field(f, [seg(1, 10), seg(0, 6)], [seg(0, 10), seg(2, 12)]) == 1.0


def poly(points: Sequence[Sequence[float]], label: str = "a") -> dict[str, Any]:
    return {"label": label, "points": points}


SQUARE = [[0, 0], [10, 0], [10, 10], [0, 10]]
BOW_TIE = [[0, 0], [10, 10], [10, 0], [0, 10]]


def test_mask_f1() -> None:
    f = field("polygons")
    shifted = [[x + 5, y] for x, y in SQUARE]
    assert score_field(f, [poly(SQUARE)], [poly(SQUARE)]) == 1.0
    assert score_field(f, [poly(SQUARE)], [poly(shifted)]) == 0.0  # IoU 1/3
    assert score_field(field("polygons", gold={"iou": 0.3}), [poly(SQUARE)], [poly(shifted)]) == 1.0
    assert score_field(f, [poly(SQUARE)], [poly(SQUARE, "b")]) == 0.0


def test_mask_f1_repairs_self_intersecting_polygons() -> None:
    # The bow tie fills two triangles of area 25 each (left and right); one is half of it.
    f = field("polygons")
    left = [[0, 0], [5, 5], [0, 10]]
    assert score_field(f, [poly(BOW_TIE)], [poly(BOW_TIE)]) == 1.0
    assert score_field(f, [poly(BOW_TIE)], [poly(left)]) == 1.0  # IoU exactly 0.5
    assert score_field(field("polygons", gold={"iou": 0.6}), [poly(BOW_TIE)], [poly(left)]) == 0.0


def test_point_f1() -> None:
    f = field("points")
    p = {"label": "a", "x": 0, "y": 0}
    assert score_field(f, [p], [{"label": "a", "x": 6, "y": 8}]) == 1.0  # distance exactly 10
    assert score_field(f, [p], [{"label": "a", "x": 6, "y": 8.5}]) == 0.0
    assert score_field(f, [p], [{"label": "b", "x": 0, "y": 0}]) == 0.0
    near = field("points", gold={"radius": 5})
    assert score_field(near, [p], [{"label": "a", "x": 3, "y": 4}]) == 1.0
    assert score_field(near, [p], [{"label": "a", "x": 3, "y": 4.1}]) == 0.0


def test_span_f1_exact_and_overlap() -> None:
    exact = field("spans", media="text")
    overlap = field("spans", media="text", gold={"overlap": True})
    a = [seg(0, 4), seg(5, 6, "b")]
    b = [seg(0, 4), seg(5, 7, "b")]
    assert score_field(exact, a, b) == 0.5
    assert score_field(overlap, a, b) == 1.0
    assert score_field(overlap, [seg(0, 4)], [seg(4, 8)]) == 0.0  # touching is not overlapping
    assert score_field(overlap, [seg(0, 4)], [seg(2, 8, "b")]) == 0.0
    # One-to-one: two answer spans inside one expected span make one match.
    assert score_field(overlap, [seg(0, 2), seg(2, 4)], [seg(0, 4)]) == pytest.approx(2 / 3)
    # Duplicates count as a multiset.
    assert score_field(exact, [seg(0, 4), seg(0, 4)], [seg(0, 4)]) == pytest.approx(2 / 3)


SCHEMA: Schema = parse_schema(
    {
        "title": "T",
        "media": "image",
        "fields": [
            {"name": "scene", "kind": "choice", "labels": LABELS},
            {"name": "objects", "kind": "boxes", "labels": LABELS},
            {"name": "note", "kind": "text"},
        ],
    }
)


def test_score_answer_passes_when_every_field_passes() -> None:
    boxes = [box(i * 20, 0, 10, 10) for i in range(5)]
    expected = {"scene": "a", "objects": boxes}
    verdict = score_answer(SCHEMA, {"scene": "a", "objects": boxes[:4], "note": "x"}, expected)
    # 4 of 5 boxes: F1 = 8/9 ≥ 0.8.
    assert verdict.passed
    assert verdict.fields["objects"].score == pytest.approx(8 / 9)
    assert verdict.score == pytest.approx((1 + 8 / 9) / 2)
    assert "note" not in verdict.fields


def test_score_equal_to_threshold_passes() -> None:
    expected = {"objects": [box(i * 20, 0, 10, 10) for i in range(5)]}
    answer = {"objects": expected["objects"][:3] + [box(300, 300, 5, 5), box(400, 400, 5, 5)]}
    verdict = score_answer(SCHEMA, answer, expected)
    assert verdict.fields["objects"] == FieldScore(pytest.approx(0.6), False)  # type: ignore[arg-type]
    answer = {"objects": expected["objects"][:4] + [box(300, 300, 5, 5)]}
    verdict = score_answer(SCHEMA, answer, expected)
    assert verdict.fields["objects"].score == pytest.approx(0.8)
    assert verdict.passed


def test_score_answer_fails_on_one_field() -> None:
    verdict = score_answer(SCHEMA, {"scene": "b", "objects": []}, {"scene": "a", "objects": []})
    assert not verdict.passed
    assert verdict.score == 0.5
    assert verdict.to_json() == {
        "passed": False,
        "score": 0.5,
        "fields": {
            "scene": {"score": 0.0, "passed": False},
            "objects": {"score": 1.0, "passed": True},
        },
    }


def test_skip_fails_with_zero() -> None:
    verdict = score_answer(SCHEMA, None, {"scene": "a"})
    assert verdict == Verdict(False, 0.0, {"scene": FieldScore(0.0, False)})


def test_only_expected_fields_are_scored() -> None:
    verdict = score_answer(SCHEMA, {"scene": "a"}, {"scene": "a", "note": None, "ghost": 1})
    assert set(verdict.fields) == {"scene"}
    assert score_answer(SCHEMA, {"scene": "a"}, {}) == Verdict(True, 1.0, {})


def test_missing_answer_value_counts_as_empty() -> None:
    verdict = score_answer(SCHEMA, {"scene": "a"}, {"scene": "a", "objects": []})
    assert verdict.passed and verdict.score == 1.0
