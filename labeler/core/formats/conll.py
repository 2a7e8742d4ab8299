"""CoNLL-2003 / IOB2: one token per line with its tag, for text items with spans fields.

The export is one file, `annotations.conll`, UTF-8 without BOM, lines ending in `\\n`:

    -DOCSTART-<TAB>O
    <blank>
    TOKEN<TAB>TAG          one line per token, two columns
    …
    <blank>                after every sentence

Each export entry is a document, opened by `-DOCSTART-<TAB>O` (CoNLL-2003's document line
in two columns: a reader that takes every line as token and tag sees a token tagged `O`).
Tags are IOB2: `B-<label>` on an entity's first token, `I-<label>` on the others, `O`
elsewhere. Readers nobody here wrote (seqeval's `get_entities`, conllu) check it.

**Tokens** (`tokenize`): by code points of the item's text in memory (logical) order, so
right-to-left text such as Urdu is cut exactly as left-to-right text and nothing is ever
reordered for display. A token is a run of word characters (Unicode letters, marks,
numbers, connector punctuation such as `_`, and format characters such as the zero-width
non-joiner Urdu and Persian write inside words), or any other visible character alone
(`.` `,` `۔` `،` `؟`). White space, control characters, the zero-width space and the
bidirectional marks (LRM, RLM, ALM, embeddings and isolates) separate tokens and belong to
none. So Urdu's vowel marks stay inside their word, as do Devanagari's vowel signs, where
Python's `\\w` would split them off. Scripts written without spaces (Chinese, Thai) get one
token per run of letters.

**Sentences** are the text's lines: a line break (any that `str.splitlines` knows) between
two tokens ends a sentence, unless a span runs across it (an entity never spans two
sentences). Lines with no token give no sentence.

**Not held** (the report lists each): a span whose start or end is not a token's edge (it
cuts a token or starts on white space: spans are never moved), spans that overlap one
taken before (IOB2 gives each token one tag; spans are taken by start, the longer first,
in field order), a label with white space or a control character (no tag can hold it),
choice, multichoice, rating and text fields, the annotator (each submission is a document
of its own), items whose text is unknown or has no token.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from labeler.core.formats.base import ExportEntry, ExportReport, Format, WriteOptions
from labeler.core.formats.conll_read import DOCSTART, read_conll
from labeler.core.formats.regions import Owners, answered, regions
from labeler.core.formats.streams import Sink
from labeler.core.schema import Field, Schema

FILE_NAME = "annotations.conll"
#: The line that opens a document in what this module writes.
DOCSTART_LINE = f"{DOCSTART}\tO\n"
#: Line breaks that end a sentence: those `str.splitlines` splits at.
LINE_BREAKS = frozenset("\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029")
#: Invisible characters that separate tokens as white space does: the zero-width space
#: and the bidirectional marks, embeddings, overrides and isolates.
_SEPARATORS = frozenset("\u200b\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e") | frozenset(
    "\u2066\u2067\u2068\u2069"
)
_SPACE, _WORD, _ALONE = 0, 1, 2


@lru_cache(maxsize=8192)
def _class(ch: str) -> int:
    """Whether a code point separates tokens, belongs to a word, or is a token alone."""
    if ch.isspace() or ch in _SEPARATORS:
        return _SPACE
    category = unicodedata.category(ch)
    if category == "Cc":
        return _SPACE
    if category[0] in "LMN" or category in ("Pc", "Cf"):
        return _WORD
    return _ALONE


def tokenize(text: str) -> list[tuple[int, int]]:
    """The tokens of `text` as `(start, end)` code point offsets, in text order."""
    out: list[tuple[int, int]] = []
    start = -1
    for i, ch in enumerate(text):
        kind = _class(ch)
        if kind == _WORD:
            if start < 0:
                start = i
            continue
        if start >= 0:
            out.append((start, i))
            start = -1
        if kind == _ALONE:
            out.append((i, i + 1))
    if start >= 0:
        out.append((start, len(text)))
    return out


def tag_safe(label: str) -> bool:
    """Whether a label can stand in a tag column: no white space, no control character."""
    return all(_class(ch) != _SPACE for ch in label)


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    label: str
    field: Field


def write_conll(
    entries: Iterable[ExportEntry], schema: Schema, sink: Sink, options: WriteOptions
) -> ExportReport:
    """Write every entry with a text as a CoNLL document to `annotations.conll`."""
    report = ExportReport("conll")
    owners = Owners(schema)
    last_item: str | None = None
    with sink.open(FILE_NAME) as out:
        for entry in entries:
            report.entries += 1
            document = _document(entry, schema, owners, report)
            if document is None:
                continue
            if entry.item_id != last_item:
                report.items += 1
                last_item = entry.item_id
            out.write(document.encode("utf-8"))
    return report


def _document(
    entry: ExportEntry, schema: Schema, owners: Owners, report: ExportReport
) -> str | None:
    if entry.text is None:
        report.omit("", "item", "left out: its text is unknown", entry.item_id)
        return None
    tokens = tokenize(entry.text)
    if not tokens:
        report.omit("", "item", "left out: its text has no token", entry.item_id)
        return None
    if entry.annotator is not None:
        why = "left out: CoNLL has no place for it; each submission is a document of its own"
        report.omit("", "annotator", why, entry.item_id)
    tags = _tags(entry, tokens, _spans(entry, schema, owners, report), report)
    lines = [DOCSTART_LINE, "\n"]
    for sentence in _sentences(entry.text, tokens, tags):
        lines.extend(f"{entry.text[s:e]}\t{tags[i]}\n" for i, (s, e) in sentence)
        lines.append("\n")
    return "".join(lines)


def _spans(entry: ExportEntry, schema: Schema, owners: Owners, report: ExportReport) -> list[_Span]:
    """The well-formed spans of every spans field, by start, the longer first."""
    assert entry.text is not None
    out: list[_Span] = []
    for f in answered(entry, schema, report):
        if f.kind != "spans":
            report.omit(f.name, f.kind, "left out: CoNLL holds spans only", entry.item_id)
            continue
        for span in regions(entry, f, report):
            why = _unwritable(span, entry.text)
            if why is not None:
                report.omit(f.name, f.kind, f"left out: {why}", entry.item_id)
                continue
            owners.check(f, span["label"], entry.item_id, report)
            out.append(_Span(span["start"], span["end"], span["label"], f))
    out.sort(key=lambda s: (s.start, -s.end))
    return out


def _unwritable(span: dict[str, Any], text: str) -> str | None:
    if span["end"] > len(text):
        return f"it ends past the end of the text ({len(text)} characters)"
    if not tag_safe(span["label"]):
        return "its label has white space or a control character, which no tag can hold"
    return None


def _tags(
    entry: ExportEntry, tokens: list[tuple[int, int]], spans: list[_Span], report: ExportReport
) -> list[str]:
    """One IOB2 tag per token; spans that cut a token or overlap are reported instead."""
    starts = {s: i for i, (s, _) in enumerate(tokens)}
    ends = {e: i for i, (_, e) in enumerate(tokens)}
    tags = ["O"] * len(tokens)
    for span in spans:
        first, last = starts.get(span.start), ends.get(span.end)
        if first is None or last is None:
            why = (
                "left out: its start or end is not a token's edge (it cuts a token or lies "
                "on white space); IOB2 tags whole tokens, and spans are never moved"
            )
            report.omit(span.field.name, "spans", why, entry.item_id)
        elif any(tag != "O" for tag in tags[first : last + 1]):
            why = "left out: it overlaps another span, and IOB2 gives each token one tag"
            report.omit(span.field.name, "spans", why, entry.item_id)
        else:
            tags[first] = f"B-{span.label}"
            for i in range(first + 1, last + 1):
                tags[i] = f"I-{span.label}"
    return tags


def _sentences(
    text: str, tokens: list[tuple[int, int]], tags: list[str]
) -> Iterator[list[tuple[int, tuple[int, int]]]]:
    """The tokens, numbered, cut into sentences at line breaks no entity runs across."""
    sentence: list[tuple[int, tuple[int, int]]] = [(0, tokens[0])]
    for i in range(1, len(tokens)):
        gap = text[tokens[i - 1][1] : tokens[i][0]]
        if not tags[i].startswith("I-") and any(ch in LINE_BREAKS for ch in gap):
            yield sentence
            sentence = []
        sentence.append((i, tokens[i]))
    yield sentence


FORMAT = Format(
    name="conll",
    title="CoNLL-2003 (IOB2)",
    media=frozenset({"text"}),
    multi_file=False,
    file_name=FILE_NAME,
    writer=write_conll,
    reader=read_conll,
    holds=frozenset({"spans"}),
)
