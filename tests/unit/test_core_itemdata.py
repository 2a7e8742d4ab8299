"""The comparison shapes of an item's `data` (PROTOCOL.md "Item data"): candidates,
conversation, record and record pair, with paths; and what answers learn of them."""

from __future__ import annotations

from typing import Any

import pytest

from labeler.core.itemdata import (
    candidate_keys,
    candidate_media,
    item_data_parts,
    item_data_problems,
    keyed_candidates,
    record_keys,
)

SHA = "a" * 64


def found(data: object) -> dict[str, str]:
    return {p.path: p.message for p in item_data_problems(data)}


def test_good_data_has_no_problems() -> None:
    data = {
        "candidates": [
            {"key": "A", "text": "**bold**", "title": "Result", "url": "https://x.example"},
            {"key": "B", "media": SHA},
        ],
        "conversation": [{"role": "user", "text": "hi"}, {"role": "tool", "text": ""}],
        "record": {"name": "Shop", "floor": 2, "fax": None, "ratio": 0.5},
        "records": [{"a": "x"}, {}],
        "other": {"anything": [1, {"goes": True}]},
    }
    assert item_data_problems(data) == []
    assert item_data_problems({}) == [] and item_data_problems(None) == []


@pytest.mark.parametrize("candidates", [[], [{"text": "a"}], [{"text": "a"}] * 11, "AB", None])
def test_candidate_count(candidates: object) -> None:
    assert found({"candidates": candidates}) == {
        "data.candidates": "must be a list of 2 to 10 candidates"
    }


def test_candidate_problems() -> None:
    data = {
        "candidates": [
            {"key": "B", "text": "a"},
            {"text": "b", "media": SHA},
            {"key": "C"},
            {"key": "D", "media": "ABC"},
            {"key": "E", "text": 5, "title": 1, "url": ["u"], "score": 3},
            "F",
        ]
    }
    assert found(data) == {
        "data.candidates[0].key": "must be 'A': candidates are keyed A, B, C… in order",
        "data.candidates[1]": "needs exactly one of text and media",
        "data.candidates[2]": "needs exactly one of text and media",
        "data.candidates[3].media": "must be a media sha256 (64 lowercase hex digits)",
        "data.candidates[4].text": "must be a string, not a number",
        "data.candidates[4].title": "must be a string, not a number",
        "data.candidates[4].url": "must be a string, not a list",
        "data.candidates[4].score": "unknown key",
        "data.candidates[5]": "must be an object, not a string",
    }


def test_duplicate_keys_are_out_of_order() -> None:
    data = {"candidates": [{"key": "A", "text": "a"}, {"key": "A", "text": "b"}]}
    assert found(data) == {
        "data.candidates[1].key": "must be 'B': candidates are keyed A, B, C… in order"
    }


def test_conversation() -> None:
    assert found({"conversation": []}) == {"data.conversation": "must be a list of 1 to 200 turns"}
    assert found({"conversation": [{"role": "u", "text": "x"}] * 201}) == {
        "data.conversation": "must be a list of 1 to 200 turns"
    }
    bad = [{"role": 1, "text": "x"}, {"role": "user"}, {"role": "a", "text": "b", "at": 1}, 3]
    assert found({"conversation": bad}) == {
        "data.conversation[0].role": "must be a string, not a number",
        "data.conversation[1].text": "must be a string, not null",
        "data.conversation[2].at": "unknown key",
        "data.conversation[3]": "must be an object, not a number",
    }


def test_records() -> None:
    assert found({"record": [1]}) == {"data.record": "must be an object, not a list"}
    assert found({"record": {"a": True, "b": {"c": 1}, "d": [1], "e": float("nan")}}) == {
        "data.record.a": "must be a string, a number or null, not a boolean",
        "data.record.b": "must be a string, a number or null, not an object",
        "data.record.d": "must be a string, a number or null, not a list",
        "data.record.e": "must be a string, a number or null, not a number",
    }
    assert found({"records": [{}]}) == {"data.records": "must be a list of two records"}
    assert found({"records": [{}, {"x": [1]}]}) == {
        "data.records[1].x": "must be a string, a number or null, not a list"
    }


def test_paths_under_a_prefix() -> None:
    problems = item_data_problems({"record": 1}, "items[3].data")
    assert [p.path for p in problems] == ["items[3].data.record"]


def test_keyed_candidates_assigns_missing_keys_in_order() -> None:
    data: dict[str, Any] = {"candidates": [{"text": "a"}, {"key": "B", "text": "b"}, {"text": "c"}]}
    keyed = keyed_candidates(data)
    assert [c["key"] for c in keyed["candidates"]] == ["A", "B", "C"]
    assert data["candidates"][0] == {"text": "a"}  # the input is left alone
    assert item_data_problems(keyed) == []
    same = {"candidates": [{"key": "A", "text": "a"}, {"key": "B", "text": "b"}]}
    assert keyed_candidates(same) is same
    assert keyed_candidates({"x": 1}) == {"x": 1}


def test_parts_for_answers() -> None:
    data = {"candidates": [{"text": "a"}, {"key": "B", "media": SHA}], "record": {"n": 1, "m": 2}}
    assert candidate_keys(data) == ("A", "B")
    assert record_keys(data) == ("n", "m")
    assert item_data_parts(data) == {"candidates": ("A", "B"), "record_keys": ("n", "m")}
    assert item_data_parts({"text": "x"}) == {"candidates": (), "record_keys": ()}
    assert candidate_media(data) == [SHA]
    assert candidate_media({"candidates": [{"media": "bad"}]}) == []
