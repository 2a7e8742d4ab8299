"""Comparisons out: preference pairs as TRL takes them (margin from strength and votes,
agreement), rankings in Borda order with each annotator's, criteria ratings as CSV with a
median row; each reads what `prompts-jsonl` and the consensus functions agree with."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest

from labeler.core import formats
from labeler.core.comparisonconsensus import borda_ranking
from labeler.core.formats import ExportEntry, FormatError, MemorySink, MemorySource
from labeler.core.schema import parse_schema

PREFERENCE = formats.get("preference-jsonl")
RANKING = formats.get("ranking-jsonl")
CRITERIA = formats.get("criteria-csv")

SCHEMA = parse_schema(
    {
        "media": "text",
        "fields": [
            {"name": "better", "kind": "pairwise"},
            {"name": "order", "kind": "ranking", "required": False},
            {
                "name": "quality",
                "kind": "criteria",
                "required": False,
                "rows": [{"value": "helpful", "text": "Helpful"}, {"value": "true"}],
            },
            {"name": "why", "kind": "rationale"},
        ],
    }
)
RELEVANCE = parse_schema(
    {
        "media": "text",
        "fields": [{"name": "relevance", "kind": "criteria", "rows": "candidates", "max": 4}],
    }
)
CANDIDATES = {"candidates": [{"key": "A", "text": "Paris"}, {"key": "B", "text": "Lyon"}]}
THREE = {
    "candidates": [
        {"key": "A", "text": "a"},
        {"key": "B", "text": "b", "title": "Bee"},
        {"key": "C", "text": "c"},
    ]
}


def entry(
    item: str, answer: dict[str, Any], who: str | None, data: Any = None, text: str = "Capital?"
) -> ExportEntry:
    return ExportEntry(
        item_id=item,
        file_name=f"{item}.txt",
        media="text",
        answer=answer,
        text=text,
        annotator=who,
        data=CANDIDATES if data is None else data,
    )


def lines(fmt: formats.Format, entries: list[ExportEntry], schema: Any = SCHEMA) -> Any:
    sink = MemorySink()
    report = fmt.write(entries, schema, sink)
    (body,) = sink.files.values()
    return [json.loads(x) for x in body.decode().splitlines()], report


def test_the_formats_fit_schemas_with_their_field_kind() -> None:
    plain = parse_schema(
        {"media": "text", "fields": [{"name": "t", "kind": "choice", "labels": [{"value": "x"}]}]}
    )
    for fmt in (PREFERENCE, RANKING, CRITERIA):
        assert fmt.fits(SCHEMA) and not fmt.fits(plain) and fmt.votes and fmt.item_data
        with pytest.raises(FormatError, match="needs a"):
            fmt.write([], plain, MemorySink())
    assert CRITERIA.fits(RELEVANCE) and not PREFERENCE.fits(RELEVANCE)


def test_a_preference_pair_with_margin_and_agreement() -> None:
    votes = [
        entry("i1", {"better": {"winner": "A", "strength": 2}, "why": "x"}, "ali"),
        entry("i1", {"better": {"winner": "A"}}, "sara"),
        entry("i1", {"better": {"winner": "B"}}, "omar"),
        entry("i1", {"better": {"winner": "tie"}}, "hina"),
    ]
    (pair,), report = lines(PREFERENCE, votes)
    assert pair == {
        "prompt": "Capital?",
        "chosen": "Paris",
        "rejected": "Lyon",
        "margin": 0.5,  # (2 + 1 - 1 + 0) / 4
        "agreement": 0.5,  # 2 of 4 chose A
    }
    assert report.items == 1 and report.entries == 4
    (line,) = report.not_held
    assert (line.field, line.kind, line.count) == ("why", "rationale", 1)


def test_ties_and_items_without_votes_or_text_are_left_out_and_counted() -> None:
    entries = [
        entry("split", {"better": {"winner": "A"}}, "ali"),
        entry("split", {"better": {"winner": "B"}}, "sara"),
        entry("tie", {"better": {"winner": "tie"}}, "ali"),
        entry("none", {"order": {"A": 1, "B": 2}}, "ali"),
        entry(
            "media",
            {"better": {"winner": "B"}},
            "ali",
            data={"candidates": [{"key": "A", "media": "0" * 64}, {"key": "B", "media": "1" * 64}]},
        ),
        entry("one", {"better": {"winner": "B", "strength": 2}}, "ali"),
    ]
    out, report = lines(PREFERENCE, entries)
    assert out == [
        {
            "prompt": "Capital?",
            "chosen": "Lyon",
            "rejected": "Paris",
            "margin": 2.0,
            "agreement": 1.0,
        }
    ]
    why = {line.why: line.examples for line in report.not_held if line.field == "better"}
    assert why["left out: the consensus is a tie (the annotators are split, or chose tie)"] == [
        "split",
        "tie",
    ]
    assert why["left out: no annotator answered it"] == ["none"]
    assert why["left out: the item has no candidates A and B with text"] == ["media"]


def test_a_conversation_is_written_in_trl_conversational_form() -> None:
    data = {**CANDIDATES, "conversation": [{"role": "user", "text": "Hi"}]}
    (pair,), _ = lines(PREFERENCE, [entry("c", {"better": {"winner": "B"}}, "ali", data, "")])
    assert pair["prompt"] == [{"role": "user", "content": "Hi"}]
    assert pair["chosen"] == [{"role": "assistant", "content": "Lyon"}]
    assert pair["rejected"] == [{"role": "assistant", "content": "Paris"}]


def _arrow_table(fmt: formats.Format, entries: list[ExportEntry], schema: Any) -> Any:
    """The file as pyarrow reads JSON lines (what Hugging Face `datasets` loads it with)."""
    import pyarrow.json as pa_json

    sink = MemorySink()
    fmt.write(entries, schema, sink)
    (body,) = sink.files.values()
    return pa_json.read_json(io.BytesIO(body))


def test_one_conversation_puts_every_preference_pair_in_the_conversational_form() -> None:
    chat = {**CANDIDATES, "conversation": [{"role": "user", "text": "Hi"}]}
    entries = [
        entry("plain", {"better": {"winner": "A"}}, "ali"),
        entry("chat", {"better": {"winner": "B"}}, "ali", chat, ""),
        entry("empty", {"better": {"winner": "A"}}, "ali", text=""),
    ]
    table = _arrow_table(PREFERENCE, entries, SCHEMA)
    assert table.num_rows == 3
    rows = table.to_pylist()
    assert rows[0]["prompt"] == [{"role": "user", "content": "Capital?"}]
    assert rows[0]["chosen"] == [{"role": "assistant", "content": "Paris"}]
    assert rows[0]["rejected"] == [{"role": "assistant", "content": "Lyon"}]
    assert rows[1]["prompt"] == [{"role": "user", "content": "Hi"}]
    assert rows[2]["prompt"] == []
    # Without a conversation every line stays in the standard form, strings.
    plain = _arrow_table(PREFERENCE, entries[:1], SCHEMA).to_pylist()
    assert plain[0]["prompt"] == "Capital?" and plain[0]["chosen"] == "Paris"


def test_one_conversation_gives_every_ranking_prompt_as_turns() -> None:
    chat = {**THREE, "conversation": [{"role": "user", "text": "Hi"}]}
    entries = [
        entry("plain", {"order": {"A": 1, "B": 2, "C": 3}}, "ali", THREE),
        entry("chat", {"order": {"A": 2, "B": 1, "C": 3}}, "ali", chat, ""),
    ]
    rows = _arrow_table(RANKING, entries, SCHEMA).to_pylist()
    assert [row["prompt"] for row in rows] == [
        [{"role": "user", "content": "Capital?"}],
        [{"role": "user", "content": "Hi"}],
    ]


def test_a_preference_export_reads_back_as_prompts_with_the_same_choice() -> None:
    votes = [entry(f"i{n}", {"better": {"winner": "AB"[n % 2]}}, "ali") for n in range(6)]
    sink = MemorySink()
    PREFERENCE.write(votes, SCHEMA, sink)
    back = formats.get("prompts-jsonl").read(MemorySource(sink.files), SCHEMA)
    assert back.problems == []
    for key, answer in back.answers.items():
        texts = {c["key"]: c["text"] for c in back.data[key]["candidates"]}
        chosen = "Paris" if int(key) % 2 == 1 else "Lyon"  # line n is item i(n-1)
        assert texts[answer["better"]["winner"]] == chosen


def test_rankings_in_borda_order_with_each_annotator_s() -> None:
    given = {
        "ali": {"A": 1, "B": 2, "C": 3},
        "sara": {"A": 2, "B": 1, "C": 3},
        "omar": {"A": 1, "B": 3, "C": 2},
    }
    entries = [entry("r", {"order": ranks}, who, THREE) for who, ranks in given.items()]
    (line,), report = lines(RANKING, entries)
    assert [c["key"] for c in line["candidates"]] == ["A", "B", "C"]
    consensus = borda_ranking(list(given.values()), ties=False)
    assert {c["key"]: c["rank"] for c in line["candidates"]} == consensus
    # Points: A 2+1+2, B 1+2+0, C 0+0+1.
    assert [c["points"] for c in line["candidates"]] == [5.0, 3.0, 1.0]
    assert line["candidates"][1] == {
        "key": "B",
        "text": "b",
        "title": "Bee",
        "rank": 2,
        "points": 3.0,
    }
    assert line["rankings"][2] == {
        "annotator": "omar",
        "ranking": [{"key": "A", "rank": 1}, {"key": "B", "rank": 3}, {"key": "C", "rank": 2}],
    }
    assert [r["annotator"] for r in line["rankings"]] == list(given)
    assert [{c["key"]: c["rank"] for c in r["ranking"]} for r in line["rankings"]] == list(
        given.values()
    )
    assert line["id"] == "r" and line["prompt"] == "Capital?"
    assert report.items == 1


def test_a_ranking_is_listed_in_the_item_s_order_of_candidates() -> None:
    # The answer's keys in another order than the item's candidates.
    (line,), _ = lines(RANKING, [entry("r", {"order": {"C": 1, "A": 3, "B": 2}}, "ali", THREE)])
    assert [c["key"] for c in line["rankings"][0]["ranking"]] == ["A", "B", "C"]


def test_every_rank_is_written_dense_whatever_numbering_the_ranking_came_with() -> None:
    # A gold or seeded 1, 1, 3 and the workbench's 1, 1, 2 are the same order: both are
    # written 1, 1, 2, and so is the consensus of four candidates with a tie below the top.
    four = {"candidates": [*THREE["candidates"], {"key": "D", "text": "d"}]}
    entries = [
        entry("r", {"order": {"A": 1, "C": 1, "B": 3}}, "gold", THREE),
        entry("r", {"order": {"A": 1, "C": 1, "B": 2}}, "ali", THREE),
        entry("f", {"order": {"B": 1, "A": 2, "C": 2, "D": 4}}, "chen", four),
    ]
    tied_schema = parse_schema(
        {"fields": [{"name": "order", "kind": "ranking", "ties": True}], "media": "text"}
    )
    (tied, fruit), _ = lines(RANKING, entries, tied_schema)
    assert [r["ranking"] for r in tied["rankings"]] == [
        [{"key": "A", "rank": 1}, {"key": "B", "rank": 2}, {"key": "C", "rank": 1}]
    ] * 2
    assert {c["key"]: c["rank"] for c in fruit["candidates"]} == {"B": 1, "A": 2, "C": 2, "D": 3}
    assert [c["points"] for c in fruit["candidates"]] == [3.0, 1.5, 1.5, 0.0]


def test_rankings_of_three_and_of_four_candidates_have_one_arrow_type() -> None:
    import pyarrow as pa

    four = {"candidates": [*THREE["candidates"], {"key": "D", "text": "d"}]}
    small = _arrow_table(
        RANKING, [entry("t", {"order": {"A": 1, "B": 2, "C": 3}}, "ali", THREE)], SCHEMA
    )
    large = _arrow_table(
        RANKING, [entry("f", {"order": {"A": 4, "B": 3, "C": 2, "D": 1}}, "sara", four)], SCHEMA
    )
    assert small.schema == large.schema
    both = pa.concat_tables([small, large]).to_pylist()
    assert [r["rankings"][0]["ranking"][-1] for r in both] == [
        {"key": "C", "rank": 3},
        {"key": "D", "rank": 1},
    ]


def test_criteria_rows_per_annotator_and_a_median_row() -> None:
    entries = [
        entry("q", {"quality": {"helpful": 5, "true": 2}}, "ali"),
        entry("q", {"quality": {"helpful": 3, "true": 4}}, "sara"),
        entry("q", {"quality": {"helpful": 4}}, "omar"),
        entry("q", {"quality": {"helpful": 1, "true": 1}}, "hina"),
    ]
    sink = MemorySink()
    report = CRITERIA.write(entries, SCHEMA, sink)
    body = sink.files["criteria.csv"]
    assert body.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    assert rows[0] == [
        "item_id",
        "file_name",
        "field",
        "row",
        "row_text",
        "annotator",
        "rating",
        "median_of",
    ]
    assert rows[1:] == [
        ["q", "q.txt", "quality", "helpful", "Helpful", "ali", "5", ""],
        ["q", "q.txt", "quality", "helpful", "Helpful", "sara", "3", ""],
        ["q", "q.txt", "quality", "helpful", "Helpful", "omar", "4", ""],
        ["q", "q.txt", "quality", "helpful", "Helpful", "hina", "1", ""],
        ["q", "q.txt", "quality", "true", "", "ali", "2", ""],
        ["q", "q.txt", "quality", "true", "", "sara", "4", ""],
        ["q", "q.txt", "quality", "true", "", "hina", "1", ""],
        ["q", "q.txt", "quality", "helpful", "Helpful", "", "3", "4"],  # lower median of 1,3,4,5
        ["q", "q.txt", "quality", "true", "", "", "2", "3"],
    ]
    assert body.count(b"\r\n") == len(rows) and report.items == 1


def test_criteria_by_candidate_name_the_candidate() -> None:
    entries = [entry("s", {"relevance": {"A": 4, "B": 1, "C": 2}}, "ali", THREE)]
    sink = MemorySink()
    CRITERIA.write(entries, RELEVANCE, sink)
    rows = list(csv.reader(io.StringIO(sink.files["criteria.csv"].decode("utf-8-sig"))))
    assert [(r[3], r[4], r[6]) for r in rows[1:4]] == [
        ("A", "a", "4"),
        ("B", "Bee", "1"),
        ("C", "c", "2"),
    ]


COMPARISON_FIELDS: list[dict[str, Any]] = [
    {"name": "c", "kind": "criteria", "rows": [{"value": "h"}]},
    {"name": "why", "kind": "rationale"},
    {"name": "rec", "kind": "record", "keys": [{"value": "name"}]},
    {"name": "f", "kind": "flags", "labels": [{"value": "unsafe"}]},
    {"name": "b", "kind": "pairwise", "required": False},
    {"name": "r", "kind": "ranking", "required": False},
]
REGION_FIELD = {
    "image": {"name": "objects", "kind": "boxes", "labels": [{"value": "car"}]},
    "audio": {"name": "turns", "kind": "segments", "labels": [{"value": "agent"}]},
    "text": {"name": "names", "kind": "spans", "labels": [{"value": "PER"}]},
}
COMPARED = {
    "c": {"h": 3},
    "why": "=because",
    "rec": {"name": "Ali"},
    "f": {"A": ["unsafe"]},
    "b": {"winner": "B", "strength": 2},
    "r": {"A": 2, "B": 1},
}


@pytest.mark.parametrize(
    ("media", "name"),
    [
        (media, name)
        for media in ("image", "audio", "text")
        for name, fmt in formats.FORMATS.items()
        if fmt.writer is not None and media in fmt.media
    ],
)
def test_every_writer_takes_the_comparison_kinds(media: str, name: str) -> None:
    schema = parse_schema({"media": media, "fields": [REGION_FIELD[media], *COMPARISON_FIELDS]})
    fmt = formats.get(name)
    if not fmt.fits(schema):
        pytest.skip("the format is for another field kind")
    e = ExportEntry(
        "i1",
        "i1.jpg",
        media,
        COMPARED,
        width=100,
        height=50,
        text="p",
        duration=3.0,
        data=CANDIDATES,
    )
    report = fmt.write([e], schema, MemorySink())
    held = {
        "csv": set(COMPARED) - {"why"},  # CSV holds all; the formula is said
        "preference-jsonl": {"b"},
        "ranking-jsonl": {"r"},
        "criteria-csv": {"c"},
    }.get(name, set())
    # What a format cannot hold is counted, never dropped in silence.
    assert {line.field for line in report.not_held} == set(COMPARED) - held


def test_csv_writes_the_comparison_answers_as_json_cells() -> None:
    schema = parse_schema({"media": "text", "fields": COMPARISON_FIELDS})
    sink = MemorySink()
    e = ExportEntry("i1", "i1.txt", "text", COMPARED, text="p")
    report = formats.get("csv").write([e], schema, sink)
    (row,) = csv.DictReader(io.StringIO(sink.files["answers.csv"].decode("utf-8-sig")))
    assert {k: json.loads(row[k]) for k in ("c", "rec", "f", "b", "r")} == {
        k: COMPARED[k] for k in ("c", "rec", "f", "b", "r")
    }
    assert row["why"] == "=because"
    assert [line.kind for line in report.not_held] == ["rationale"]  # a formula, said
