"""Prompts with candidates (JSONL): the names the field uses, chosen/rejected into a
pairwise or ranking answer on a side the line's hash picks, conversations (OpenAI's,
ShareGPT's, TRL's conversational prompt), and each bad line named by its number."""

from __future__ import annotations

import json
from typing import Any

from labeler.core import formats
from labeler.core.formats import ImportResult, MemorySource
from labeler.core.itemdata import item_data_problems
from labeler.core.schema import Schema, parse_schema

PROMPTS = formats.get("prompts-jsonl")

PAIRWISE = parse_schema(
    {"media": "text", "fields": [{"name": "better", "kind": "pairwise"}]},
)
RANKING = parse_schema({"media": "text", "fields": [{"name": "order", "kind": "ranking"}]})
CRITERIA = parse_schema(
    {
        "media": "text",
        "fields": [{"name": "quality", "kind": "criteria", "rows": [{"value": "helpful"}]}],
    }
)


def read(lines: list[Any], schema: Schema = PAIRWISE, raw: bytes | None = None) -> ImportResult:
    body = raw
    if body is None:
        body = "\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines).encode()
    return PROMPTS.read(MemorySource({"prompts.jsonl": body}), schema)


def test_registered_as_a_text_reader() -> None:
    assert PROMPTS.reader is not None and PROMPTS.writer is None
    assert PROMPTS.media == frozenset({"text"})


def test_responses_become_candidates_a_b_c_and_the_prompt_the_text() -> None:
    out = read([{"prompt": "Capital of France?", "responses": ["Paris", "Lyon", "Nice"]}])
    assert out.problems == []
    assert out.texts == {"1": "Capital of France?"}
    assert out.data["1"] == {
        "candidates": [
            {"key": "A", "text": "Paris"},
            {"key": "B", "text": "Lyon"},
            {"key": "C", "text": "Nice"},
        ]
    }
    assert out.answers == {}
    assert item_data_problems(out.data["1"]) == []


def test_every_name_of_prompt_and_candidates_is_taken() -> None:
    lines = [
        {"query": "q1", "candidates": ["a", "b"]},
        {"question": "q2", "completions": ["a", "b"]},
        {"instruction": "q3", "outputs": ["a", "b"]},
        {
            "text": "q4",
            "results": [{"title": "T", "url": "https://x.example/", "snippet": "s"}, "b"],
        },
    ]
    out = read(lines)
    assert out.problems == []
    assert [out.texts[k] for k in ("1", "2", "3", "4")] == ["q1", "q2", "q3", "q4"]
    assert out.data["4"]["candidates"][0] == {
        "key": "A",
        "text": "s",
        "title": "T",
        "url": "https://x.example/",
    }


def test_chosen_and_rejected_give_the_pairwise_winner_on_either_side() -> None:
    lines = [{"prompt": f"p{i}", "chosen": f"good {i}", "rejected": f"bad {i}"} for i in range(40)]
    out = read(lines)
    assert out.problems == []
    sides = set()
    for n in range(1, 41):
        key = str(n)
        winner = out.answers[key]["better"]["winner"]
        chosen = next(c for c in out.data[key]["candidates"] if c["key"] == winner)
        assert chosen["text"] == f"good {n - 1}"
        sides.add(winner)
    # The hash puts the chosen one on both sides, and the same line always on the same.
    assert sides == {"A", "B"}
    assert read(lines).answers == out.answers


def test_chosen_and_rejected_rank_when_the_schema_has_a_ranking_field() -> None:
    out = read([{"prompt": "p", "chosen": "good", "rejected": "bad"}], RANKING)
    ranks = out.answers["1"]["order"]
    by_text = {c["text"]: ranks[c["key"]] for c in out.data["1"]["candidates"]}
    assert by_text == {"good": 1, "bad": 2}


def test_a_choice_the_schema_cannot_hold_is_said_once() -> None:
    out = read([{"prompt": "p", "chosen": "a", "rejected": "b"}] * 3, CRITERIA)
    assert set(out.texts) == {"1", "2", "3"} and out.answers == {}
    assert len(out.problems) == 1
    assert "no pairwise or ranking field" in out.problems[0].message
    assert out.problems[0].at == "line 1; line 2; line 3"


def test_trl_conversational_preference() -> None:
    line = {
        "prompt": [{"role": "user", "content": "What color is the sky?"}],
        "chosen": [{"role": "assistant", "content": "It is blue."}],
        "rejected": [{"role": "assistant", "content": "It is green."}],
    }
    out = read([line])
    assert out.problems == []
    assert out.texts["1"] == ""
    assert out.data["1"]["conversation"] == [{"role": "user", "text": "What color is the sky?"}]
    texts = {c["text"] for c in out.data["1"]["candidates"]}
    assert texts == {"It is blue.", "It is green."}


def test_messages_of_openai_and_sharegpt() -> None:
    lines = [
        {
            "messages": [
                {"role": "system", "content": "Be brief."},
                {"role": "user", "content": [{"type": "text", "text": "Hi"}]},
                {"role": "assistant", "content": "Hello!"},
            ]
        },
        {"conversations": [{"from": "human", "value": "Hi"}, {"from": "gpt", "value": "Yo"}]},
    ]
    out = read(lines, CRITERIA)  # a conversation rated on criteria: no candidates needed
    assert out.problems == []
    assert out.data["1"]["conversation"][1] == {"role": "user", "text": "Hi"}
    assert out.data["2"]["conversation"] == [
        {"role": "user", "text": "Hi"},
        {"role": "assistant", "text": "Yo"},
    ]


def test_arena_pairs_with_their_winner() -> None:
    lines = [
        {"prompt": "p", "response_a": "x", "response_b": "y", "winner": "model_b"},
        {"prompt": "p", "response_a": "x", "response_b": "y", "winner": "tie"},
        {"prompt": "p", "response_a": "x", "response_b": "y"},
    ]
    out = read(lines)
    assert out.problems == []
    assert out.answers["1"] == {"better": {"winner": "B"}}
    assert out.answers["2"] == {"better": {"winner": "tie"}}
    assert "3" not in out.answers and out.data["3"]["candidates"][0]["text"] == "x"


def test_a_tie_the_field_does_not_take_keeps_the_item_apart() -> None:
    schema = parse_schema(
        {"media": "text", "fields": [{"name": "better", "kind": "pairwise", "tie": False}]}
    )
    out = read([{"prompt": "p", "response_a": "x", "response_b": "y", "winner": "tie"}], schema)
    assert "1" in out.texts and "1" not in out.answers
    assert out.problems[0].item == "1" and "takes no tie" in out.problems[0].message


def test_ids_and_other_keys() -> None:
    out = read([{"id": "hh-7", "prompt": "p", "responses": ["a", "b"], "category": "math"}])
    assert out.texts == {"hh-7": "p"}
    assert out.data["hh-7"]["category"] == "math"


def test_each_bad_line_is_named_and_the_rest_imported() -> None:
    lines = [
        {"prompt": "ok", "responses": ["a", "b"]},
        "{not json",
        [1, 2],
        {"prompt": "p", "responses": ["only one"]},
        {"prompt": "p", "query": "q"},
        {"prompt": "p", "chosen": "a"},
        {"prompt": "p", "responses": ["a", "b"], "candidates": ["c", "d"]},
        {"prompt": "p", "responses": [{"model": "x"}, "b"]},
        {"messages": [{"content": "no role"}]},
        {"prompt": "p", "response_a": "x", "response_b": "y", "winner": "left"},
        {"model": "nothing to label"},
        {"id": 1, "prompt": "the id of line 1 is taken"},
        {"prompt": "p", "responses": [f"r{i}" for i in range(11)]},
        {"messages": [{"role": "user", "content": [{"type": "image_url", "image_url": {}}]}]},
    ]
    out = read(lines)
    assert list(out.texts) == ["1"]
    said = {p.at: p.message for p in out.problems}
    assert set(said) == {f"line {n}" for n in range(2, 15)}
    assert said["line 2"].startswith("is not JSON")
    assert "must be an object" in said["line 3"]
    assert "holds 1 candidates" in said["line 4"]
    assert "keep one" in said["line 5"] and "keep one" in said["line 7"]
    assert "without “rejected”" in said["line 6"]
    assert "has no text" in said["line 8"]
    assert "has no “role”" in said["line 9"]
    assert "model_a, model_b or tie" in said["line 10"]
    assert "has no prompt, candidates or conversation" in said["line 11"]
    assert "taken by an earlier line" in said["line 12"]
    assert "holds 11 candidates" in said["line 13"]
    assert "image_url" in said["line 14"]


def test_a_prompt_without_candidates_is_left_out_where_the_schema_compares_them() -> None:
    """A pairwise, ranking or flags field, or criteria rating the candidates, cannot be
    answered on an item with no candidates: the line is reported, the rest imported. A
    schema that rates the prompt itself takes it."""
    lines = [
        {"prompt": "What is the capital of Australia?", "responses": ["Canberra.", "Sydney."]},
        {"prompt": "Broken line with no responses"},
        {"messages": [{"role": "user", "content": "Hi"}]},
    ]
    for schema, field in ((PAIRWISE, "'better' (pairwise)"), (RANKING, "'order' (ranking)")):
        out = read(lines, schema)
        assert list(out.texts) == ["1"] and list(out.data) == ["1"]
        said = {p.at: p.message for p in out.problems}
        assert set(said) == {"line 2", "line 3"}
        assert said["line 2"].startswith(f"has no candidates, and field {field} compares them")
    out = read(lines, CRITERIA)
    assert out.problems == [] and list(out.texts) == ["1", "2", "3"]


def test_not_utf8_and_a_byte_order_mark() -> None:
    raw = b'\xef\xbb\xbf{"prompt": "a", "responses": ["x", "y"]}\n{"prompt": "\xff"}\n'
    out = read([], raw=raw)
    assert list(out.texts) == ["1"]
    assert out.problems[0].at == "line 2" and "not UTF-8" in out.problems[0].message


def test_no_jsonl_member() -> None:
    out = PROMPTS.read(MemorySource({"notes.txt": b"x"}), PAIRWISE)
    assert out.texts == {} and "no .jsonl file" in out.problems[0].message


def test_several_files_key_their_lines_by_file() -> None:
    line = json.dumps({"prompt": "p", "responses": ["a", "b"]}).encode()
    out = PROMPTS.read(MemorySource({"a.jsonl": line, "b.jsonl": line}), PAIRWISE)
    assert set(out.texts) == {"a.jsonl:1", "b.jsonl:1"}


def test_an_items_own_data_object_is_taken_whole() -> None:
    line = {
        "text": "Which is right?",
        "data": {"candidates": [{"text": "x"}, {"text": "y"}], "source": "batch-3"},
    }
    out = read([line, {"prompt": "p", "responses": ["a", "b"], "data": {"candidates": []}}])
    assert out.data["1"] == {"candidates": [{"text": "x"}, {"text": "y"}], "source": "batch-3"}
    assert out.problems[0].at == "line 2" and "given both" in out.problems[0].message


def test_hostile_lines_are_refused_one_by_one() -> None:
    raw = b"\n".join(
        [
            b'{"prompt": "\\ud800", "responses": ["a", "b"]}',
            b"[" * 100_000 + b"]" * 100_000,
            b'{"prompt": "p", "responses": ["a", ' + b"1" * 5000 + b"]}",
            b'{"prompt": NaN}',
            b'{"prompt": "fine", "responses": ["a", "\\u0000"]}',
            b'{"prompt": "kept", "responses": ["a", "b"]}',
        ]
    )
    out = read([], raw=raw)
    assert list(out.texts) == ["6"]
    assert [p.at for p in out.problems] == [f"line {n}" for n in range(1, 6)]
    assert "unpaired surrogate" in out.problems[0].message
    assert "NaN is not JSON" in out.problems[3].message
