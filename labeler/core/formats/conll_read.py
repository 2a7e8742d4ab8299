"""Reading CoNLL-2003 / IOB2 files into text items and their spans (`conll` writes them).

Every member of the source is read as a CoNLL file (a zip of train, dev and test files
gives the documents of all three), UTF-8 with or without BOM, lines ending in `\\n` or
`\\r\\n`. A line is one of:

- a token: 2 columns, `TOKEN TAG`, or 4, CoNLL-2003's `TOKEN POS CHUNK TAG`, of which the
  last is taken; columns are split at tabs when the line has one, else at spaces (as
  CoNLL-2003's own files have them);
- blank: the sentence ends;
- `-DOCSTART-` in the first column: a document begins. What else the line holds, beside
  CoNLL-2003's placeholders `-X-` and `O`, is the document's id (`-DOCSTART- (947testa
  CRICKET)` gives `947testa CRICKET`). Outside any document (a file without `-DOCSTART-`,
  or the lines before the first one) each sentence is a document of its own.

Each document becomes one item, keyed by its id, else `doc-N` (N counts the documents of
the whole source, from 1). Its text is its tokens joined by one space, its sentences by
`\\n`; span offsets are code points into that text. So an export read back gives the same
tokens, sentences and tags, and exports again to the same bytes.

Tags are decoded as the CoNLL evaluation script does: `B-X` begins an entity, `I-X`
continues one of label X, and begins one otherwise. IOB2 begins every entity with `B-`, so
there an `I-X` that begins one is reported (and read as the start of an entity); a file
in which every entity that follows `O` begins with `I-` is IOB1, CoNLL-2003's original
scheme, and is read without a problem.

**Reported** (the document goes to `incomplete`): a tag that is not `O`, `B-label` or
`I-label` (its token is read as `O`), a label no spans field has, a line of another
number of columns, an empty token, a line that is not UTF-8 or longer than 64 KiB. After
100 such lines a file is read no further. A file larger than 64 MiB, or that cannot be
read to its end, is reported too.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import IO

from labeler.core.formats.base import ImportResult, Size, at_line
from labeler.core.formats.reading import AnswerBuilder
from labeler.core.formats.regions import first_field
from labeler.core.formats.streams import READ_ERRORS, Source, TooLarge
from labeler.core.i18n import QT_TRANSLATE_NOOP, Said
from labeler.core.jsonvalues import is_clean_str, short
from labeler.core.schema import Schema

DOCSTART = "-DOCSTART-"
#: What CoNLL-2003 puts in a `-DOCSTART-` line's other columns: no document id.
_PLACEHOLDERS = frozenset({"-X-", "O"})
#: The longest line read; a token line is a token and a tag.
MAX_LINE_BYTES = 1 << 16
#: The largest file read (CoNLL-2003's English training file is 3.3 MB).
MAX_FILE_BYTES = 64 << 20
#: Lines with a problem after which a file is read no further: it is not CoNLL.
MAX_LINE_PROBLEMS = 100
_BOM = b"\xef\xbb\xbf"

#: One token line: the token, its tag, its line number.
_Token = tuple[str, str, int]


class _Stop(Exception):
    """Too many lines with problems: the file is read no further."""


@dataclass
class _Document:
    line: int
    id: str | None
    explicit: bool
    sentences: list[list[_Token]] = field(default_factory=list)
    problems: list[tuple[int, str]] = field(default_factory=list)


@dataclass
class _Chunk:
    label: str
    first: int
    last: int
    line: int
    tag: str


def read_conll(source: Source, schema: Schema, images: Mapping[str, Size] | None) -> ImportResult:
    """Text items and their spans from CoNLL files; problems, never exceptions. `images`
    is not used: the files carry their items."""
    reader = _Reader(schema)
    for name in source.names():
        reader.file(source, name)
    result = reader.b.result()
    result.texts = reader.texts
    return result


class _Reader:
    def __init__(self, schema: Schema) -> None:
        self.schema = schema
        self.b = AnswerBuilder(schema)
        self.texts: dict[str, str] = {}
        self.documents = 0

    def file(self, source: Source, name: str) -> None:
        declared = source.size(name)
        if declared is not None and declared > MAX_FILE_BYTES:
            why = QT_TRANSLATE_NOOP(
                "messages", "cannot be read: it is {size} bytes; at most {limit} are read"
            )
            self.b.problem(name, "", Said(why, size=declared, limit=MAX_FILE_BYTES))
            return
        state = _File(self, name)
        try:
            with source.open(name) as stream:
                for number, raw in _lines(stream):
                    state.line(number, raw)
        except _Stop:
            pass
        except TooLarge as exc:
            why = exc.args[0] if exc.args and isinstance(exc.args[0], str) else str(exc)
            state.broken(Said(_TOO_LARGE, why=why))
        except READ_ERRORS as exc:
            state.broken(Said(_NOT_IN_ARCHIVE, error=str(exc)))
        state.finish()

    def key(self, document: _Document, file: str) -> str:
        """The item key of the next document: its id, else `doc-N`, never one taken."""
        self.documents += 1
        fallback = f"doc-{self.documents}"
        key = document.id or fallback
        if key in self.texts and document.id is not None:
            why = Said(_NAMED_TWICE, name=short(key), fallback=fallback)
            self.b.problem(file, at_line(document.line), why)
            key = fallback
        suffix = 1
        while key in self.texts:
            suffix += 1
            key = f"{fallback}-{suffix}"
        return key


def _lines(stream: IO[bytes]) -> Iterator[tuple[int, bytes | None]]:
    """Numbered lines, each at most `MAX_LINE_BYTES` (None for a longer one, skipped);
    `TooLarge` past `MAX_FILE_BYTES`."""
    total = 0
    number = 0
    while True:
        raw = stream.readline(MAX_LINE_BYTES + 1)
        if not raw:
            return
        number += 1
        total += len(raw)
        too_long = len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n")
        rest = raw if too_long else b""
        while rest and not rest.endswith(b"\n") and total <= MAX_FILE_BYTES:
            rest = stream.readline(MAX_LINE_BYTES + 1)
            total += len(rest)
        if total > MAX_FILE_BYTES:
            raise TooLarge(Said(_LARGER, limit=MAX_FILE_BYTES))
        yield number, None if too_long else raw


def _columns(body: str) -> list[str]:
    """A line's columns: split at tabs when it has one, else at runs of spaces."""
    if "\t" in body:
        columns = [c.strip(" ") for c in body.split("\t")]
        while columns and not columns[-1]:
            columns.pop()
        return columns
    return [c for c in body.split(" ") if c]


def _document_id(rest: list[str]) -> str | None:
    """The id a `-DOCSTART-` line gives besides CoNLL-2003's placeholders, if any."""
    words = [c for c in rest if c not in _PLACEHOLDERS]
    text = " ".join(words).strip()
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1].strip()
    return text if text and is_clean_str(text) else None


def _parse_tag(tag: str) -> tuple[str, str] | None:
    """`("B", "PER")` for `B-PER`, `("O", "")` for `O`; None for anything else."""
    if tag == "O":
        return "O", ""
    if len(tag) > 2 and tag[0] in "BI" and tag[1] == "-":
        return tag[0], tag[2:]
    return None


class _File:
    """One member being read: the document under way and what the file's tags say."""

    def __init__(self, reader: _Reader, name: str) -> None:
        self.reader = reader
        self.name = name
        self.document = _Document(1, None, explicit=False)
        self.sentence: list[_Token] = []
        self.keys: list[str] = []
        self.line_problems = 0
        #: `I-X` that begin an entity, per key: problems unless the file is IOB1.
        self.orphans: list[tuple[str, int, str]] = []
        #: Whether a `B-X` begins an entity after `O` or a sentence's start: IOB2.
        self.iob2 = False

    def line(self, number: int, raw: bytes | None) -> None:
        if raw is None:
            self.problem(number, Said(_LONG_LINE, limit=MAX_LINE_BYTES))
            return
        if number == 1 and raw.startswith(_BOM):
            raw = raw[len(_BOM) :]
        try:
            body = raw.decode("utf-8").rstrip("\r\n")
        except UnicodeDecodeError as exc:
            self.problem(number, Said(_NOT_UTF8, byte=exc.start + 1))
            return
        if not body.strip():
            self.end_sentence()
            return
        columns = _columns(body)
        if columns[0] == DOCSTART:
            self.end_sentence()
            self.emit()
            self.document = _Document(number, _document_id(columns[1:]), explicit=True)
            return
        if len(columns) not in (2, 4):
            self.problem(number, Said(_COLUMNS[len(columns) == 1], count=len(columns)))
            return
        token, tag = columns[0], columns[-1]
        if not token or not is_clean_str(token):
            self.problem(number, _NO_TOKEN)
            return
        self.sentence.append((token, sys.intern(tag), number))

    def problem(self, number: int, message: str) -> None:
        self.document.problems.append((number, message))
        self.line_problems += 1
        if self.line_problems >= MAX_LINE_PROBLEMS:
            why = Said(_TOO_MANY_PROBLEMS, count=MAX_LINE_PROBLEMS)
            self.document.problems.append((number, why))
            raise _Stop

    def broken(self, message: str) -> None:
        """The file stopped before its end: every document of it is kept apart."""
        self.document.problems.append((0, message))
        for key in self.keys:
            self.reader.b.problem(self.name, "", message, key)

    def end_sentence(self) -> None:
        if self.sentence:
            self.document.sentences.append(self.sentence)
            self.sentence = []
        if not self.document.explicit and (self.document.sentences or self.document.problems):
            self.emit()

    def finish(self) -> None:
        self.end_sentence()
        self.emit()
        if self.iob2:
            for key, number, message in self.orphans:
                self.reader.b.problem(self.name, at_line(number), message, key)

    def emit(self) -> None:
        """Turn the document read so far into an item (one without tokens into problems)."""
        document = self.document
        self.document = _Document(0, None, explicit=False)
        b = self.reader.b
        tokens = [token for sentence in document.sentences for token in sentence]
        if not tokens:
            for number, message in document.problems:
                b.problem(self.name, _at(number), message)
            return
        key = self.reader.key(document, self.name)
        self.keys.append(key)
        lines: list[str] = []
        offsets: list[tuple[int, int]] = []
        position = 0
        for sentence in document.sentences:
            words = [token for token, _, _ in sentence]
            for word in words:
                offsets.append((position, position + len(word)))
                position += len(word) + 1
            lines.append(" ".join(words))
        self.reader.texts[key] = "\n".join(lines)
        b.image(key, None)
        for number, message in document.problems:
            b.problem(self.name, _at(number), message, key)
        first = 0
        for sentence in document.sentences:
            for chunk in self.chunks(key, sentence, first):
                self.place(key, chunk, offsets)
            first += len(sentence)

    def chunks(self, key: str, sentence: list[_Token], first: int) -> Iterator[_Chunk]:
        """The entities of a sentence, as the CoNLL evaluation script reads its tags."""
        chunk: _Chunk | None = None
        before: str = Said(_SENTENCE_START)
        for i, (_, tag, number) in enumerate(sentence, start=first):
            parsed = _parse_tag(tag)
            if parsed is None:
                why = Said(_NOT_IOB2, tag=short(tag))
                self.reader.b.problem(self.name, at_line(number), why, key)
                parsed = ("O", "")
            kind, label = parsed
            if kind == "I" and chunk is not None and chunk.label == label:
                chunk.last = i
                before = tag
                continue
            if chunk is not None:
                yield chunk
                chunk = None
            if kind != "O":
                chunk = _Chunk(label, i, i, number, tag)
                if kind == "B" and not before.startswith(("B-", "I-")):
                    self.iob2 = True
                if kind == "I":
                    why = Said(_ORPHAN, label=label, before=before)
                    self.orphans.append((key, number, why))
            before = tag if kind != "O" else "O"
        if chunk is not None:
            yield chunk

    def place(self, key: str, chunk: _Chunk, offsets: list[tuple[int, int]]) -> None:
        f = first_field(self.reader.schema, "spans", chunk.label)
        at = at_line(chunk.line)
        if f is None:
            why = Said(_NO_SPANS_FIELD, tag=short(chunk.tag), label=short(chunk.label))
            self.reader.b.problem(self.name, at, why, key)
            return
        start, end = offsets[chunk.first][0], offsets[chunk.last][1]
        self.reader.b.region(
            key, f, {"label": chunk.label, "start": start, "end": end}, self.name, at
        )


def _at(number: int) -> str:
    return at_line(number) if number else ""


_TOO_LARGE = QT_TRANSLATE_NOOP("messages", "cannot be read to its end: it {why}")
_NOT_IN_ARCHIVE = QT_TRANSLATE_NOOP(
    "messages", "cannot be read to its end from the archive: {error}"
)
_NAMED_TWICE = QT_TRANSLATE_NOOP(
    "messages", "-DOCSTART- names {name}, as an earlier document did: keyed {fallback}"
)
_LARGER = QT_TRANSLATE_NOOP("messages", "is larger than {limit} bytes, the most that is read")
_LONG_LINE = QT_TRANSLATE_NOOP("messages", "is longer than {limit} bytes; it is left out")
_NOT_UTF8 = QT_TRANSLATE_NOOP(
    "messages", "is not UTF-8 text (byte {byte} of the line); it is left out"
)
_COLUMNS = {
    True: QT_TRANSLATE_NOOP(
        "messages",
        "has 1 column; a token line has 2 (token, tag) or 4 (token, POS, chunk, tag)",
    ),
    False: QT_TRANSLATE_NOOP(
        "messages",
        "has {count} columns; a token line has 2 (token, tag) or 4 (token, POS, chunk, tag)",
    ),
}
_NO_TOKEN = QT_TRANSLATE_NOOP(
    "messages", "has no token, or one with a NUL character; it is left out"
)
_TOO_MANY_PROBLEMS = QT_TRANSLATE_NOOP(
    "messages", "{count} lines have problems: the rest of the file is not read"
)
_SENTENCE_START = QT_TRANSLATE_NOOP("messages", "the sentence's start")
_NOT_IOB2 = QT_TRANSLATE_NOOP(
    "messages", "{tag} is not an IOB2 tag (O, B-label or I-label): read as O"
)
_ORPHAN = QT_TRANSLATE_NOOP(
    "messages",
    "I-{label} begins an entity after {before}; IOB2 begins one with B-{label}: read as its start",
)
_NO_SPANS_FIELD = QT_TRANSLATE_NOOP(
    "messages", "{tag}: no spans field has the label {label}; the entity is not imported"
)
