"""CoNLL-2003 / IOB2: round trip, Urdu by code points, readers nobody here wrote (conllu
parses the file, seqeval decodes its tags), a file flair's tests hold, hostile files."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

import conllu
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from seqeval.metrics.sequence_labeling import get_entities
from seqeval.scheme import IOB2, Entities

from labeler.core import formats
from labeler.core.formats import (
    ExportEntry,
    ExportReport,
    ImportResult,
    MemorySink,
    MemorySource,
    ZipSource,
    conll_read,
)
from labeler.core.formats.conll import FILE_NAME, tokenize
from labeler.core.schema import Schema, parse_schema

CONLL = formats.get("conll")
DATA = Path(__file__).resolve().parents[1] / "data" / "conll"


def labels(*values: str) -> list[dict[str, str]]:
    return [{"value": v} for v in values]


def schema_of(*fields: dict[str, Any]) -> Schema:
    return parse_schema({"media": "text", "fields": list(fields)})


SCHEMA = schema_of(
    {"name": "entities", "kind": "spans", "labels": labels("PER", "LOC", "ORG")},
    {"name": "dates", "kind": "spans", "labels": labels("DATE")},
    {"name": "tone", "kind": "choice", "labels": labels("news", "other")},
)

URDU = "علامہ اقبال سیالکوٹ میں پیدا ہوئے۔\nپاکستان کا دارالحکومت اسلام آباد ہے، کیا آپ جانتے ہیں؟"
ENGLISH = "Ali moved to New\nYork on 3 May 2020.\n\nHe works at\tthe U.N.,  Geneva."


def span(text: str, words: str, label: str, nth: int = 0) -> dict[str, Any]:
    """The span of `words` in `text` (its `nth` occurrence), by code points."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return {"label": label, "start": start, "end": start + len(words)}


def answers() -> list[tuple[str, str, dict[str, Any] | None]]:
    return [
        (
            "ur1",
            URDU,
            {
                "entities": [
                    span(URDU, "علامہ اقبال", "PER"),
                    span(URDU, "سیالکوٹ", "LOC"),
                    span(URDU, "پاکستان", "LOC"),
                    span(URDU, "اسلام آباد", "LOC"),
                ],
                "tone": "news",
            },
        ),
        (
            "en1",
            ENGLISH,
            {
                "entities": [
                    span(ENGLISH, "Ali", "PER"),
                    span(ENGLISH, "New\nYork", "LOC"),  # across a line break
                    span(ENGLISH, "U.N.", "ORG"),
                    span(ENGLISH, "Geneva", "LOC"),
                ],
                "dates": [span(ENGLISH, "3 May 2020", "DATE")],
            },
        ),
        ("none", "Nothing here.", None),
    ]


def entries(given: list[tuple[str, str, dict[str, Any] | None]]) -> list[ExportEntry]:
    return [
        ExportEntry(key, f"{key}.txt", "text", answer, text=text) for key, text, answer in given
    ]


def export(given: list[ExportEntry], schema: Schema = SCHEMA) -> tuple[bytes, ExportReport]:
    sink = MemorySink()
    report = CONLL.write(given, schema, sink)
    assert list(sink.files) == [FILE_NAME]
    return sink.files[FILE_NAME], report


def read(data: bytes | dict[str, bytes], schema: Schema = SCHEMA) -> ImportResult:
    files = data if isinstance(data, dict) else {"a.conll": data}
    return CONLL.read(MemorySource(files), schema)


def problems(result: ImportResult) -> list[tuple[str, str, str | None]]:
    return [(p.at, p.message, p.item) for p in result.problems]


def covered(text: str, spans: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return [(s["label"], text[s["start"] : s["end"]]) for s in spans]


# -- round trip ------------------------------------------------------------------------------


def test_export_import_export_gives_the_same_bytes() -> None:
    first, report = export(entries(answers()))
    result = read(first)
    assert result.problems == [] and result.incomplete == {}
    assert list(result.answers) == ["doc-1", "doc-2", "doc-3"] == list(result.texts)
    again = [
        ExportEntry(key, key, "text", result.answers[key], text=result.texts[key])
        for key in result.answers
    ]
    assert export(again)[0] == first
    assert report.entries == 3 and report.items == 3


def test_spans_read_back_on_the_same_words() -> None:
    first, _ = export(entries(answers()))
    result = read(first)
    english = result.texts["doc-2"]
    assert english == "Ali moved to New York on 3 May 2020 .\nHe works at the U . N . , Geneva ."
    assert covered(english, result.answers["doc-2"]["entities"]) == [
        ("PER", "Ali"),
        ("LOC", "New York"),
        ("ORG", "U . N ."),
        ("LOC", "Geneva"),
    ]
    assert covered(english, result.answers["doc-2"]["dates"]) == [("DATE", "3 May 2020")]
    assert result.answers["doc-3"] == {} and result.texts["doc-3"] == "Nothing here ."


def test_urdu_round_trips_by_code_points() -> None:
    # Tokens joined by one space, lines by a line break: the text an import builds itself.
    text = "\n".join(" ".join(line[s:e] for s, e in tokenize(line)) for line in URDU.split("\n"))
    assert text.startswith("علامہ اقبال سیالکوٹ میں پیدا ہوئے ۔\n")
    given = {
        "entities": [span(text, "علامہ اقبال", "PER"), span(text, "اسلام آباد", "LOC")],
        "dates": [],
    }
    data, report = export([ExportEntry("ur", "ur.txt", "text", given, text=text)])
    assert report.not_held == []
    result = read(data)
    assert result.texts == {"doc-1": text}
    assert result.answers["doc-1"] == {"entities": given["entities"]}
    # 0-based code points: «علامہ اقبال» is 11 of them from the start.
    assert result.answers["doc-1"]["entities"][0] == {"label": "PER", "start": 0, "end": 11}


def test_the_file_is_two_tab_separated_columns_with_a_document_line_per_entry() -> None:
    first, _ = export(entries(answers()))
    text = first.decode("utf-8")
    assert not first.startswith(b"\xef\xbb\xbf")
    assert text.startswith("-DOCSTART-\tO\n\nعلامہ\tB-PER\nاقبال\tI-PER\nسیالکوٹ\tB-LOC\n")
    assert text.count("-DOCSTART-\tO\n\n") == 3
    assert text.endswith("Nothing\tO\nhere\tO\n.\tO\n\n")
    for line in text.split("\n"):
        assert line == "" or len(line.split("\t")) == 2


# -- readers nobody here wrote ---------------------------------------------------------------


def test_conllu_parses_the_export_and_seqeval_finds_the_entities() -> None:
    first, _ = export(entries(answers()))
    sentences = conllu.parse(first.decode("utf-8"), fields=("form", "ner"))
    tags = [[t["ner"] for t in s] for s in sentences if s[0]["form"] != "-DOCSTART-"]
    forms = [[t["form"] for t in s] for s in sentences if s[0]["form"] != "-DOCSTART-"]
    assert forms[0][:3] == ["علامہ", "اقبال", "سیالکوٹ"]
    # IOB2 checked strictly (seqeval's scheme) and leniently (conlleval's reading) agree.
    strict = [[(e.tag, e.start, e.end - 1) for e in sent] for sent in Entities(tags, IOB2).entities]
    assert [get_entities(sent) for sent in tags] == strict
    found = [
        [(label, " ".join(f[s : e + 1])) for label, s, e in get_entities(t)]
        for t, f in zip(tags, forms, strict=True)
    ]
    assert found == [
        [("PER", "علامہ اقبال"), ("LOC", "سیالکوٹ")],
        [("LOC", "پاکستان"), ("LOC", "اسلام آباد")],
        [("PER", "Ali"), ("LOC", "New York"), ("DATE", "3 May 2020")],
        [("ORG", "U . N ."), ("LOC", "Geneva")],
        [],
    ]


def test_a_file_flair_keeps_imports() -> None:
    data = (DATA / "eng.train").read_bytes()
    schema = schema_of(
        {
            "name": "fashion",
            "kind": "spans",
            "labels": labels(
                "NamedPerson",
                "ProductPart",
                "NamedOrganizationPublisher",
                "NamedOrganizationOther",
                "NamedOrganizationBrand",
                "Activity",
                "NamedLocation",
                "NominalProduct",
                "ProductDesign",
                "Occasion",
            ),
        }
    )
    result = read({"fashion/eng.train": data}, schema)
    # One tag of BIOES, not IOB2: reported, its token read as O, its sentence kept apart.
    assert problems(result) == [
        ("line 86", "'S-Occasion' is not an IOB2 tag (O, B-label or I-label): read as O", "doc-3")
    ]
    assert list(result.incomplete) == ["doc-3"]
    # No -DOCSTART-: each sentence is a document (four blank lines in a row end one).
    assert list(result.texts) == [f"doc-{n}" for n in range(1, 7)]
    first = result.texts["doc-1"]
    assert first.startswith("From the charming Arlésienne to the shepherdess")
    assert covered(first, result.answers["doc-1"]["fashion"])[:3] == [
        ("NamedPerson", "Arlésienne"),
        ("NominalProduct", "shepherdess"),
        ("ProductPart", "faille"),
    ]
    second = result.texts["doc-2"]
    assert ("NamedLocation", "Leonard Pearlstein Gallery") in covered(
        second, result.answers["doc-2"]["fashion"]
    )
    assert covered(result.texts["doc-6"], result.answers["doc-6"]["fashion"]) == [
        ("NamedLocation", "LA")
    ]


# -- tokens and sentences ---------------------------------------------------------------------


def words(text: str) -> list[str]:
    return [text[s:e] for s, e in tokenize(text)]


def test_marks_and_joiners_stay_in_their_word_and_bidi_marks_separate() -> None:
    assert words("اِقبال نے کہا،") == ["اِقبال", "نے", "کہا", "،"]  # zer (U+0650) kept
    assert words("हिन्दी भाषा") == ["हिन्दी", "भाषा"]  # virama and vowel signs kept
    assert words("می\u200cخواهم") == ["می\u200cخواهم"]  # zero-width non-joiner inside
    assert words("\u200fلاہور\u200f 2024") == ["لاہور", "2024"]  # RLM is no token
    assert words("۱۲۳ روپے؟") == ["۱۲۳", "روپے", "؟"]  # Urdu digits; question mark alone
    assert words("don't e-mail_me!") == ["don", "'", "t", "e", "-", "mail_me", "!"]
    assert tokenize("  \n\t") == []


def test_a_line_break_ends_a_sentence_unless_an_entity_runs_across_it() -> None:
    text = "A B\nC D\nE"
    given = {"entities": [span(text, "B\nC", "PER")]}
    data, _ = export([ExportEntry("x", "x", "text", given, text=text)])
    assert data.decode() == ("-DOCSTART-\tO\n\nA\tO\nB\tB-PER\nC\tI-PER\nD\tO\n\nE\tO\n\n")


# -- what CoNLL cannot hold --------------------------------------------------------------------


def test_the_report_lists_cut_tokens_overlaps_and_what_is_not_a_span() -> None:
    text = "Lahore's Mall Road, Lahore"
    given = {
        "entities": [
            span(text, "Lahore'", "LOC"),  # ends on the token "'": whole tokens
            span(text, "Lahor", "LOC"),  # cuts "Lahore"
            span(text, "Mall Road", "LOC"),
            span(text, "Road", "ORG"),  # inside Mall Road: overlaps
            {"label": "LOC", "start": 19, "end": 26},  # starts on the space before Lahore
            {"label": "LOC", "start": 20, "end": 99},  # past the end
            {"label": "GPE", "start": 0, "end": 6},  # a label the field lacks
        ],
        "tone": "news",
        "gone": "x",
    }
    data, report = export([ExportEntry("it", "it", "text", given, text=text, annotator="ann")])
    reasons = [(n.field, n.kind, n.count, n.why.split(":")[0]) for n in report.not_held]
    assert ("", "annotator", 1, "left out") in reasons
    assert ("gone", "unknown", 1, "left out") in reasons
    assert ("tone", "choice", 1, "left out") in reasons
    lines = report.lines()
    assert any("1 span: left out: label 'GPE' is not one of the field's labels" in x for x in lines)
    assert any("1 span: left out: it ends past the end of the text (26" in x for x in lines)
    assert any("2 spans: left out: its start or end is not a token's edge" in x for x in lines)
    assert any("1 span: left out: it overlaps another span" in x for x in lines)
    assert "Lahore\tB-LOC\n'\tI-LOC\ns\tO\nMall\tB-LOC\nRoad\tI-LOC\n" in data.decode()


def test_a_label_with_white_space_cannot_be_a_tag() -> None:
    schema = schema_of({"name": "e", "kind": "spans", "labels": labels("New place", "LOC")})
    text = "in Lahore"
    given = {"e": [span(text, "Lahore", "New place")]}
    data, report = export([ExportEntry("it", "it", "text", given, text=text)], schema)
    assert "white space" in report.lines()[0]
    assert "Lahore\tO" in data.decode()


def test_items_without_text_or_tokens_are_reported_not_written() -> None:
    data, report = export(
        [
            ExportEntry("a", "a", "text", None, text=None),
            ExportEntry("b", "b", "text", None, text=" \n "),
            ExportEntry("c", "c", "text", None, text="ok"),
        ]
    )
    assert data == b"-DOCSTART-\tO\n\nok\tO\n\n"
    assert [(n.kind, n.examples) for n in report.not_held] == [("item", ["a"]), ("item", ["b"])]
    assert report.entries == 3 and report.items == 1


def test_a_label_two_spans_fields_share_is_reported_where_it_reads_back() -> None:
    schema = schema_of(
        {"name": "a", "kind": "spans", "labels": labels("X")},
        {"name": "b", "kind": "spans", "labels": labels("X")},
    )
    data, report = export(
        [
            ExportEntry(
                "it", "it", "text", {"b": [{"label": "X", "start": 0, "end": 2}]}, text="ab c"
            )
        ],
        schema,
    )
    assert "reads back there" in report.lines()[0]
    assert read(data, schema).answers["doc-1"] == {"a": [{"label": "X", "start": 0, "end": 2}]}


# -- what is read --------------------------------------------------------------------------------


def test_four_columns_spaces_and_an_id_on_the_document_line() -> None:
    data = (
        b"-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\n\n"
        b"-DOCSTART- (947testa CRICKET)\n\nPeter NNP B-NP B-PER\nBlackburn NNP I-NP I-PER\n"
    )
    result = read(data)
    assert result.problems == []
    assert result.texts == {"doc-1": "EU rejects", "947testa CRICKET": "Peter Blackburn"}
    assert result.answers["947testa CRICKET"] == {
        "entities": [{"label": "PER", "start": 0, "end": 15}]
    }


def test_an_iob1_file_reads_without_problems() -> None:
    # CoNLL-2003's original scheme: I- begins an entity, B- only between two of one label.
    data = (
        b"U.N. I-ORG\nofficial O\nEkeus I-PER\nheads O\nfor O\n"
        b"Baghdad I-LOC\nBonn I-LOC\nParis B-LOC\n"
    )
    result = read(data)
    assert result.problems == []
    got = covered(result.texts["doc-1"], result.answers["doc-1"]["entities"])
    assert got == [("ORG", "U.N."), ("PER", "Ekeus"), ("LOC", "Baghdad Bonn"), ("LOC", "Paris")]


def test_an_i_tag_that_begins_an_entity_in_an_iob2_file_is_reported() -> None:
    data = (
        b"-DOCSTART-\tO\n\nAli\tB-PER\nin\tO\nNew\tI-LOC\nYork\tI-LOC\n\n-DOCSTART-\tO\n\nok\tO\n"
    )
    result = read(data)
    assert problems(result) == [
        (
            "line 5",
            "I-LOC begins an entity after O; IOB2 begins one with B-LOC: read as its start",
            "doc-1",
        )
    ]
    assert covered(result.texts["doc-1"], result.incomplete["doc-1"]["entities"]) == [
        ("PER", "Ali"),
        ("LOC", "New York"),
    ]
    assert result.answers == {"doc-2": {}}


def test_bad_tags_labels_and_columns_get_a_problem_each_and_the_rest_is_kept() -> None:
    lines = [
        "-DOCSTART-\tO",
        "",
        "Ali\tB-PER",  # 3
        "Khan\tX-PER",  # 4 unknown tag
        "in\tB-",  # 5 no label
        "Lahore\tB-CITY",  # 6 a label no spans field has
        "city\tI-CITY",  # 7 continues it: no second problem
        "now\tO\textra",  # 8 three columns
        "alone",  # 9 one column
        "\tO",  # 10 no token
        "Asia\tB-LOC",
        "",
        "-DOCSTART-\tO",
        "",
        "Fine\tB-ORG",
    ]
    result = read("\n".join(lines).encode())
    got = {at: (message, item) for at, message, item in problems(result)}
    assert set(got) == {f"line {n}" for n in (4, 5, 6, 8, 9, 10)}
    assert all(item == "doc-1" for _, item in got.values())
    assert "'X-PER' is not an IOB2 tag" in got["line 4"][0]
    assert "'B-' is not an IOB2 tag" in got["line 5"][0]
    assert "no spans field has the label 'CITY'" in got["line 6"][0]
    assert "has 3 columns" in got["line 8"][0] and "has 1 column;" in got["line 9"][0]
    assert "no token" in got["line 10"][0]
    assert result.texts["doc-1"] == "Ali Khan in Lahore city Asia"
    assert covered(result.texts["doc-1"], result.incomplete["doc-1"]["entities"]) == [
        ("PER", "Ali"),
        ("LOC", "Asia"),
    ]
    assert result.answers == {"doc-2": {"entities": [{"label": "ORG", "start": 0, "end": 4}]}}


def test_a_truncated_file_loses_only_its_last_line_and_says_so() -> None:
    whole, _ = export(entries(answers()))
    cut = whole[: whole.index("اسلام".encode()) + 3]  # inside a letter's UTF-8 bytes
    result = read(cut)
    assert problems(result) == [
        ("line 14", "is not UTF-8 text (byte 3 of the line); it is left out", "doc-1")
    ]
    assert "doc-1" in result.incomplete
    cut = whole[: whole.rindex(b"here")]
    result = read(cut)  # cut at a line's end: nothing tells, and nothing is lost
    assert result.problems == [] and result.texts["doc-3"] == "Nothing"
    cut = whole[: whole.rindex(b"\tO\n.")]
    result = read(cut)
    assert [(message.split(";")[0], item) for _, message, item in problems(result)] == [
        ("has 1 column", "doc-3")
    ]


def test_a_huge_line_is_left_out_and_reading_goes_on() -> None:
    data = b"Ali\tB-PER\n" + b"x" * (conll_read.MAX_LINE_BYTES * 3) + b"\tO\nKhan\tI-PER\n\nok\tO\n"
    result = read(data)
    assert problems(result) == [("line 2", "is longer than 65536 bytes; it is left out", "doc-1")]
    assert result.texts == {"doc-1": "Ali Khan", "doc-2": "ok"}
    assert result.incomplete["doc-1"]["entities"] == [{"label": "PER", "start": 0, "end": 8}]


def test_a_file_of_something_else_is_read_no_further_after_100_problems() -> None:
    data = b"".join(b"not a conll line at all\n" for _ in range(1000))
    result = read(data)
    assert len(result.problems) == 101
    assert result.problems[-1].message.endswith("the rest of the file is not read")
    assert result.answers == {} and result.incomplete == {} and result.texts == {}


def test_a_file_too_large_is_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(conll_read, "MAX_FILE_BYTES", 20)
    result = read(b"Ali\tB-PER\n" * 3)
    assert [p.message for p in result.problems] == [
        "cannot be read: it is 30 bytes; at most 20 are read"
    ]


def test_a_damaged_archive_keeps_the_documents_read_from_it_apart() -> None:
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("a.conll", b"".join(b"w%d\tO\n\n" % i for i in range(2000)))
    damaged = bytearray(raw.getvalue())
    middle = len(damaged) // 3
    damaged[middle : middle + 40] = b"\x00" * 40
    result = CONLL.read(ZipSource(io.BytesIO(bytes(damaged))), SCHEMA)
    assert result.answers == {}
    assert any("cannot be read to its end" in p.message for p in result.problems)


def test_keys_stay_unique_when_ids_repeat() -> None:
    data = b"-DOCSTART- a\n\nx\tO\n\n-DOCSTART- a\n\ny\tO\n\n-DOCSTART- doc-3\n\nz\tO\n\nw\tO\n"
    result = read(data)
    assert result.texts == {"a": "x", "doc-2": "y", "doc-3": "z\nw"}
    assert problems(result) == [
        ("line 5", "-DOCSTART- names 'a', as an earlier document did: keyed doc-2", None)
    ]


def test_a_bom_and_windows_line_ends_are_read() -> None:
    result = read("\ufeffAli\tB-PER\r\nKhan\tI-PER\r\n\r\n".encode())
    assert result.problems == []
    assert result.answers == {"doc-1": {"entities": [{"label": "PER", "start": 0, "end": 8}]}}


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400) | st.text(max_size=400).map(str.encode))
def test_any_bytes_get_problems_never_an_exception(data: bytes) -> None:
    result = read(data)
    assert set(result.texts) == set(result.answers) | set(result.incomplete)


tag = st.sampled_from(["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-X", "I-", "B-"])
token_line = st.tuples(st.text(min_size=1, max_size=4), tag).map("\t".join)
lines = st.lists(token_line | st.sampled_from(["", "-DOCSTART-\tO", "-DOCSTART- id"]), max_size=30)


@settings(max_examples=300, deadline=None)
@given(lines)
def test_any_tag_sequence_imports_spans_on_whole_tokens(given_lines: list[str]) -> None:
    result = read("\n".join(given_lines).encode())
    for key, answer in {**result.answers, **result.incomplete}.items():
        text = result.texts[key]
        for s in answer.get("entities", []):
            assert 0 <= s["start"] < s["end"] <= len(text)
            assert s["start"] == 0 or text[s["start"] - 1] in " \n"
            assert s["end"] == len(text) or text[s["end"]] in " \n"
