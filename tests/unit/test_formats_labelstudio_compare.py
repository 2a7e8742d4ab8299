"""Label Studio's comparison templates: Pairwise, Ranker (with and without Buckets), Chat
and Paragraphs, ratings of each response; their configs become schemas and their tasks
items with candidates or a conversation, Label Studio's results their answers."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from labeler.core import formats
from labeler.core.formats import ExportEntry, ImportResult, MemorySink, MemorySource
from labeler.core.itemdata import item_data_problems
from labeler.core.lsconfig import LabelStudioImport, import_labelstudio
from labeler.core.lsexport import export_labelstudio
from labeler.core.schema import parse_schema

DATA = Path(__file__).resolve().parents[1] / "data" / "labelstudio"
LS = formats.get("labelstudio")


def config(name: str) -> tuple[str, LabelStudioImport]:
    xml = (DATA / f"{name}.xml").read_text(encoding="utf-8")
    return xml, import_labelstudio(xml)


def read(xml: str, tasks: list[dict[str, Any]], with_config: bool = True) -> ImportResult:
    imported = import_labelstudio(xml)
    files = {"tasks.json": json.dumps(tasks).encode()}
    if with_config:
        files["config.xml"] = xml.encode()
    out = LS.read(MemorySource(files), parse_schema(imported.schema))
    for data in out.data.values():
        assert item_data_problems(data) == []
    return out


def test_the_pairwise_template_and_its_own_example_task() -> None:
    xml, imported = config("pairwise-classification")
    assert imported.schema["fields"] == [
        {"name": "pw", "kind": "pairwise", "required": True, "tie": False, "strength": False}
    ]
    assert imported.layout is not None and imported.layout.candidates == ["text1", "text2"]
    # The task the template's own comment gives, with its Label Studio result.
    example = json.loads(re.search(r"<!--(.*)-->", xml, re.S)[1])  # type: ignore[index]
    out = read(xml, [example])
    assert out.problems == []
    assert out.texts == {"task-1": ""}
    assert [c["text"] for c in out.data["task-1"]["candidates"]] == [
        example["data"]["text1"],
        example["data"]["text2"],
    ]
    assert out.answers == {"task-1": {"pw": {"winner": "A"}}}


def test_human_preference_collection_keeps_the_prompt() -> None:
    xml, imported = config("human-feedback-collection")
    assert imported.layout is not None and imported.layout.text == "prompt"
    task = {
        "id": 7,
        "data": {"prompt": "Why RLHF?", "answer1": "Because.", "answer2": "It aligns models."},
        "annotations": [
            {
                "result": [
                    {
                        "from_name": "comparison",
                        "to_name": "answer1",
                        "type": "pairwise",
                        "value": {"selected": "right"},
                    }
                ]
            }
        ],
    }
    out = read(xml, [task])
    assert out.texts == {"task-7": "Why RLHF?"}
    assert out.answers == {"task-7": {"comparison": {"winner": "B"}}}


RANKER_DATA = {
    "items": [
        {"id": "blog", "title": "10 tips to write a better function", "body": "There is…"},
        {"id": "mdn", "title": "Arrow function expressions", "body": "An arrow function…"},
        {"id": "wiki", "title": "Arrow (computer science)", "body": "In computer science…"},
    ]
}


def test_the_ranker_with_the_result_label_studio_documents() -> None:
    xml, imported = config("ranker")
    assert imported.schema["fields"] == [{"name": "rank", "kind": "ranking", "required": True}]
    result = {
        "from_name": "rank",
        "to_name": "results",
        "type": "ranker",
        "value": {"ranker": {"rank": ["mdn", "wiki", "blog"]}},
    }
    out = read(xml, [{"data": RANKER_DATA, "annotations": [{"result": [result]}]}])
    assert out.problems == []
    candidates = out.data["task-1"]["candidates"]
    assert candidates[1] == {
        "key": "B",
        "text": "An arrow function…",
        "title": "Arrow function expressions",
    }
    assert out.answers["task-1"] == {"rank": {"B": 1, "C": 2, "A": 3}}


def test_a_ranking_that_leaves_an_item_out_is_said() -> None:
    xml, _ = config("ranker")
    result = {"from_name": "rank", "type": "ranker", "value": {"ranker": {"rank": ["mdn"]}}}
    out = read(xml, [{"data": RANKER_DATA, "annotations": [{"result": [result]}]}])
    assert "task-1" not in out.answers
    assert "ranks 1 of the list's 3 items" in out.problems[0].message


def test_the_llm_ranker_s_buckets_become_flags() -> None:
    xml, imported = config("llm-ranker")
    (f,) = imported.schema["fields"]
    assert f["kind"] == "flags"
    assert [label["value"] for label in f["labels"]] == ["relevant_results", "biased_results"]
    assert imported.layout is not None and imported.layout.text == "prompt"
    value = {"ranker": {"relevant_results": ["mdn"], "biased_results": ["blog"], "_": ["wiki"]}}
    task = {
        "data": {"task": "Rank them.", "prompt": "Arrows?", **RANKER_DATA},
        "annotations": [{"result": [{"from_name": "rank", "type": "ranker", "value": value}]}],
    }
    out = read(xml, [task])
    assert out.texts["task-1"] == "Arrows?"
    assert out.answers["task-1"] == {"rank": {"B": ["relevant_results"], "A": ["biased_results"]}}


def test_the_chat_template_gives_a_conversation_and_a_rating() -> None:
    xml, imported = config("chat-rlhf")
    kinds = {f["name"]: f["kind"] for f in imported.schema["fields"]}
    assert kinds == {"rating": "rating", "conversation_comment": "text"}
    assert any("perRegion" in line for line in imported.dropped)
    chat = [
        {"role": "user", "content": "I'm onboarding a new annotator. First steps?"},
        {"role": "assistant", "content": "Create their account and assign the role."},
    ]
    rating = {"from_name": "rating", "to_name": "chat", "type": "rating", "value": {"rating": 4}}
    out = read(xml, [{"data": {"chat": chat}, "annotations": [{"result": [rating]}]}])
    assert out.problems == []
    assert out.data["task-1"]["conversation"][1] == {
        "role": "assistant",
        "text": "Create their account and assign the role.",
    }
    assert out.answers["task-1"] == {"rating": 4}


def test_paragraphs_with_their_own_keys() -> None:
    xml = (
        '<View><Paragraphs name="dialogue" value="$dialogue" nameKey="speaker" '
        'textKey="line"/><Choices name="ok" toName="dialogue"><Choice value="fine"/>'
        '<Choice value="bad"/></Choices></View>'
    )
    turns = [{"speaker": "agent", "line": "Hello"}, {"speaker": "caller", "line": "Hi"}]
    out = read(xml, [{"data": {"dialogue": turns}}])
    assert out.data["task-1"]["conversation"] == [
        {"role": "agent", "text": "Hello"},
        {"role": "caller", "text": "Hi"},
    ]


def test_ratings_of_each_response_become_one_criteria_field() -> None:
    xml = (
        '<View><Text name="prompt" value="$prompt"/>'
        '<Pairwise name="better" toName="a,b"/>'
        '<Text name="a" value="$a"/><Rating name="grade_a" toName="a" maxRating="4"/>'
        '<Text name="b" value="$b"/><Rating name="grade_b" toName="b" maxRating="4"/>'
        "</View>"
    )
    imported = import_labelstudio(xml)
    assert imported.schema["fields"][1] == {
        "name": "grade_a",
        "kind": "criteria",
        "required": False,
        "rows": "candidates",
        "min": 1,
        "max": 4,
    }
    results = [
        {"from_name": "better", "type": "pairwise", "value": {"selected": "left"}},
        {"from_name": "grade_a", "type": "rating", "value": {"rating": 4}},
        {"from_name": "grade_b", "type": "rating", "value": {"rating": 2}},
    ]
    task = {"data": {"prompt": "p", "a": "x", "b": "y"}, "annotations": [{"result": results}]}
    out = read(xml, [task])
    assert out.answers["task-1"] == {
        "better": {"winner": "A"},
        "grade_a": {"A": 4, "B": 2},
    }


def test_tasks_of_a_comparison_without_their_config_are_said() -> None:
    xml, _ = config("pairwise-classification")
    example = {"data": {"text1": "a", "text2": "b"}}
    out = read(xml, [example], with_config=False)
    assert "no labeling config (config.xml)" in out.problems[0].message


@pytest.mark.parametrize(
    ("data", "why"),
    [
        ({"text2": "b"}, "no text under 'text1'"),
        ({"text1": "a", "text2": 3}, "no text under 'text2'"),
    ],
)
def test_a_task_without_what_is_compared_is_refused(data: dict[str, Any], why: str) -> None:
    xml, _ = config("pairwise-classification")
    out = read(xml, [{"data": data}])
    assert out.texts == {} and why in out.problems[0].message


def test_a_rating_per_listed_item_is_a_criteria_field_whose_results_are_reported() -> None:
    xml = (
        '<View><Text name="query" value="$query"/><List name="results" value="$items"/>'
        '<Ranker name="rank" toName="results"/>'
        '<Rating name="grade" toName="results" perItem="true" maxRating="4"/></View>'
    )
    imported = import_labelstudio(xml)
    assert [(f["name"], f["kind"]) for f in imported.schema["fields"]] == [
        ("rank", "ranking"),
        ("grade", "criteria"),
    ]
    assert imported.schema["fields"][1]["rows"] == "candidates"
    assert any("not read" in line for line in imported.dropped)
    result = {"from_name": "grade", "type": "rating", "value": {"rating": 3}}
    task = {"data": {"query": "q", **RANKER_DATA}, "annotations": [{"result": [result]}]}
    out = read(xml, [task])
    assert out.texts == {"task-1": "q"}
    assert "cannot answer field 'grade' (criteria)" in out.problems[0].message


def test_a_config_beside_other_tasks_that_cannot_be_read_costs_nothing() -> None:
    schema = parse_schema(
        {"media": "text", "fields": [{"name": "t", "kind": "choice", "labels": [{"value": "a"}]}]}
    )
    result = {"from_name": "t", "type": "choices", "value": {"choices": ["a"]}}
    tasks = [{"data": {"text": "hello"}, "annotations": [{"result": [result]}]}]
    files = {"tasks.json": json.dumps(tasks).encode(), "config.xml": b"<View></View>"}
    out = LS.read(MemorySource(files), schema)
    assert out.problems == [] and out.answers == {"task-1": {"t": "a"}}


def _round_trip(schema: Any, entries: list[Any]) -> tuple[ImportResult, Any, Any]:
    sink = MemorySink()
    report = LS.write(entries, schema, sink)
    imported = import_labelstudio(sink.files["config.xml"].decode())
    return LS.read(MemorySource(sink.files), parse_schema(imported.schema)), imported, report


def test_a_pairwise_project_goes_to_label_studio_and_back() -> None:
    schema = parse_schema(
        {
            "media": "text",
            "fields": [
                {"name": "better", "kind": "pairwise"},
                {"name": "tone", "kind": "choice", "labels": [{"value": "ok"}]},
            ],
        }
    )
    data = {"candidates": [{"key": "A", "text": "Paris"}, {"key": "B", "text": "Lyon"}]}
    entries = [
        ExportEntry(
            "i1",
            "i1",
            "text",
            {"better": {"winner": "B"}, "tone": "ok"},
            text="Capital?",
            data=data,
        ),
        ExportEntry(
            "i2", "i2", "text", {"better": {"winner": "tie"}, "tone": "ok"}, text="Hm?", data=data
        ),
        ExportEntry(
            "i3",
            "i3",
            "text",
            {"better": {"winner": "A", "strength": 2}, "tone": "ok"},
            text="Hi?",
            data=data,
        ),
    ]
    out, imported, report = _round_trip(schema, entries)
    assert out.problems == []
    assert out.texts == {"task-1": "Capital?", "task-2": "Hm?", "task-3": "Hi?"}
    assert out.data["task-1"] == data
    assert out.answers == {
        "task-1": {"better": {"winner": "B"}, "tone": "ok"},
        "task-2": {"tone": "ok"},
        "task-3": {"better": {"winner": "A"}, "tone": "ok"},
    }
    # A tie and "much better" have no place in Label Studio's Pairwise: said, not lost.
    why = {line.why: line.examples for line in report.not_held}
    assert why["left out: a tie (Label Studio's Pairwise picks a side)"] == ["i2"]
    assert any("much better" in w for w in why)
    assert any("a tie" in line for line in export_labelstudio(schema).dropped)


def test_a_ranking_project_goes_to_label_studio_and_back() -> None:
    schema = parse_schema({"media": "text", "fields": [{"name": "order", "kind": "ranking"}]})
    data = {
        "candidates": [
            {"key": "A", "text": "a", "title": "First"},
            {"key": "B", "text": "b"},
            {"key": "C", "text": "c"},
        ]
    }
    entries = [
        ExportEntry("i1", "i1", "text", {"order": {"A": 3, "B": 1, "C": 2}}, text="q", data=data)
    ]
    out, imported, report = _round_trip(schema, entries)
    assert out.problems == [] and report.not_held == []
    assert out.data["task-1"] == data
    assert out.answers == {"task-1": {"order": {"A": 3, "B": 1, "C": 2}}}
