"""Agreement: Krippendorff's alpha for choices, mean pairwise scores for the rest."""

from __future__ import annotations

from typing import Any

import pytest

from labeler.core.agreement import field_agreement, krippendorff_alpha_nominal
from labeler.core.schema import parse_schema

# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", the nominal
# example: 4 observers, 12 units, None where an observer gave no value.
N = None
OBSERVERS = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, N, N, N],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, N, 3],
    [N, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, N],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, N],
]
UNITS = [[v for v in unit if v is not None] for unit in zip(*OBSERVERS, strict=True)]


def test_krippendorff_worked_example() -> None:
    assert krippendorff_alpha_nominal(UNITS) == pytest.approx(0.743, abs=5e-4)


def test_alpha_edge_cases() -> None:
    assert krippendorff_alpha_nominal([]) is None
    assert krippendorff_alpha_nominal([["a"], ["b"]]) is None  # nothing pairable
    assert krippendorff_alpha_nominal([["a", "a"], ["a", "a", "a"]]) == 1.0  # one category
    assert krippendorff_alpha_nominal([["a", "a"], ["b", "b"]]) == 1.0
    # Every pair disagrees: alpha below 0.
    assert krippendorff_alpha_nominal([["a", "b"], ["a", "b"]]) == pytest.approx(-0.5)


def test_alpha_ignores_unpairable_units() -> None:
    with_single = [*UNITS, ["x"], []]
    assert krippendorff_alpha_nominal(with_single) == krippendorff_alpha_nominal(UNITS)


SCHEMA = parse_schema(
    {
        "title": "T",
        "media": "audio",
        "fields": [
            {
                "name": "mood",
                "kind": "choice",
                "labels": [
                    {"value": "1"},
                    {"value": "2"},
                    {"value": "3"},
                    {"value": "4"},
                    {"value": "5"},
                ],
            },
            {"name": "speech", "kind": "segments", "labels": [{"value": "s"}]},
            {"name": "words", "kind": "transcript"},
            {"name": "tags", "kind": "multichoice", "labels": [{"value": "a"}, {"value": "b"}]},
        ],
    }
)


def test_field_agreement_choice_uses_alpha() -> None:
    items = [[{"mood": str(v)} for v in unit] for unit in UNITS]
    result = field_agreement(SCHEMA, items)
    assert result["mood"]["metric"] == "krippendorff_alpha"
    assert result["mood"]["value"] == pytest.approx(0.743, abs=5e-4)


def seg(start: float, end: float) -> dict[str, Any]:
    return {"label": "s", "start": start, "end": end}


def test_field_agreement_pairwise() -> None:
    items = [
        # three answers: pairs (1,2)=1, (1,3)=0, (2,3)=0 for segments
        [
            {"speech": [seg(0, 1)], "words": "a b"},
            {"speech": [seg(0, 1)], "words": "a"},
            {"speech": [seg(5, 6)]},
        ],
        # a skip (None) is ignored; one pair of empty lists scores 1
        [{"speech": []}, None, {}],
        # a lone answer is not a pair
        [{"speech": [seg(0, 1)], "words": "x"}],
    ]
    result = field_agreement(SCHEMA, items)  # type: ignore[arg-type]
    assert result["speech"] == {"metric": "mean_pairwise_segment_f1", "value": pytest.approx(0.5)}
    # "a b" vs "a": 1 − WER is 0.5 one way and 0 the other; the pair scores 0.25.
    assert result["words"] == {"metric": "mean_pairwise_wer", "value": pytest.approx(0.25)}
    assert result["tags"] == {"metric": "mean_pairwise_jaccard", "value": 1.0}
    assert result["mood"] == {"metric": "krippendorff_alpha", "value": None}


def test_field_agreement_none_without_pairs() -> None:
    result = field_agreement(SCHEMA, [[{"mood": "1", "words": "x"}], []])
    assert all(entry["value"] is None for name, entry in result.items() if name != "tags")
    assert result["tags"]["value"] is None


def test_field_agreement_reads_a_stream_once() -> None:
    items = [[{"mood": "1"}, {"mood": "1"}, {"mood": "2"}], [{"mood": "2"}, {"mood": "2"}]]
    pulled: list[int] = []

    def stream() -> Any:
        for n, answers in enumerate(items):
            pulled.append(n)
            yield answers

    assert field_agreement(SCHEMA, stream()) == field_agreement(SCHEMA, items)
    assert pulled == [0, 1]
