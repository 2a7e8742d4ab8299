"""Planning the import of a CSV or JSONL file of texts: one item per row or line, each
refused alone (named by its line) when it cannot be an item; only a file that cannot be
read at all (no header, not UTF-8, empty) raises `ImportProblem`.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from labeler.client.importing.plan import (
    ImportProblem,
    Refusal,
    TextRow,
    megabytes,
    source_name,
)
from labeler.core.answers import ItemContext, validate_answer
from labeler.core.i18n import QT_TRANSLATE_NOOP, Said, problem_said
from labeler.core.jsonvalues import stored_json_problem
from labeler.core.problems import AnswerInvalid
from labeler.core.schema import Schema

TABLE_SUFFIXES = frozenset({".csv", ".tsv"})
LINES_SUFFIXES = frozenset({".jsonl", ".ndjson"})
#: The protocol's limit on an item's text (characters).
MAX_TEXT_CHARS = 1 << 20
MAX_HINT_CHARS = 10_000
#: A CSV or JSONL file is read whole; past this it should be split.
MAX_SOURCE_BYTES = 512 << 20
_ITEM_KEYS = ("text", "data", "prefill", "gold", "source")

#: A CSV file the csv module cannot read on (its own words, in English, as `error`).
_CSV_BROKEN = QT_TRANSLATE_NOOP("messages", "{name}, line {line}: {error}.")


# -- CSV --------------------------------------------------------------------------------


def read_source(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_SOURCE_BYTES:
            raise ImportProblem(
                f"{path.name} is {megabytes(size)}; split it into files of at most "
                f"{megabytes(MAX_SOURCE_BYTES)}."
            )
        return path.read_bytes()
    except OSError as exc:
        raise ImportProblem(
            QT_TRANSLATE_NOOP("messages", "{name} cannot be read: {error}."),
            name=path.name,
            error=str(exc.strerror or exc),
        ) from None


def _decode(path: Path, raw: bytes) -> str:
    """UTF-8 (a byte-order mark is fine), or ImportProblem naming the first bad line."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        byte = raw[exc.start]
        raise ImportProblem(
            QT_TRANSLATE_NOOP(
                "messages",
                "{name} is not UTF-8 text: line {line}, column {column} has the byte {byte}."
                " Save the file as UTF-8 and choose it again.",
            ),
            name=path.name,
            line=line,
            column=column,
            byte=f"0x{byte:02X}",
        ) from None


def plan_table(
    path: Path, raw: bytes, delimiter: str | None
) -> tuple[list[TextRow], list[Refusal]]:
    text = _decode(path, raw)
    if not text.strip():
        raise ImportProblem(
            QT_TRANSLATE_NOOP(
                "messages",
                "{name} is empty: a CSV file needs a header row with a column named “text”,"
                " then one row per item.",
            ),
            name=path.name,
        )
    if delimiter is None:
        delimiter = _sniff(text)
    # Item texts may be up to 1 MiB; the csv module's default field limit is 128 KiB.
    csv.field_size_limit(max(csv.field_size_limit(), 4 * MAX_TEXT_CHARS))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except csv.Error as exc:
        raise ImportProblem(_CSV_BROKEN, name=path.name, line=1, error=str(exc)) from None
    names = [h.strip() for h in header]
    text_column = _text_column(path, names)
    rows: list[TextRow] = []
    refused: list[Refusal] = []
    line = reader.line_num + 1
    try:
        for values in reader:
            start, line = line, reader.line_num + 1
            if not any(v.strip() for v in values):
                continue
            where = f"line {start}"
            if len(values) != len(names):
                refused.append(
                    Refusal(
                        where,
                        Said(
                            QT_TRANSLATE_NOOP(
                                "messages", "has {count} values; the header has {columns} columns"
                            ),
                            count=len(values),
                            columns=len(names),
                        ),
                    )
                )
                continue
            problem = text_problem(values[text_column])
            if problem:
                refused.append(Refusal(where, problem))
                continue
            data = dict(zip(names, values, strict=True))
            del data[names[text_column]]
            problem = _stored_problem(data, _OTHER_COLUMNS)
            if problem:
                refused.append(Refusal(where, problem))
                continue
            item = {"text": values[text_column], "data": data}
            rows.append(TextRow(start, item, source_name(f"{path.name}:{start}")))
    except csv.Error as exc:
        raise ImportProblem(_CSV_BROKEN, name=path.name, line=line, error=str(exc)) from None
    return rows, refused


def _sniff(text: str) -> str:
    first = text.split("\n", 1)[0]
    try:
        return csv.Sniffer().sniff(first, delimiters=",;\t").delimiter
    except csv.Error:
        return ","


def _text_column(path: Path, names: list[str]) -> int:
    blank = [i + 1 for i, n in enumerate(names) if not n]
    if blank:
        raise ImportProblem(
            QT_TRANSLATE_NOOP(
                "messages",
                "{name}: column {column} of the header has no name; every column needs one.",
            ),
            name=path.name,
            column=blank[0],
        )
    lowered = [n.lower() for n in names]
    twice = sorted({n for n in lowered if lowered.count(n) > 1})
    if twice:
        raise ImportProblem(
            QT_TRANSLATE_NOOP("messages", "{name}: the header names the column “{column}” twice."),
            name=path.name,
            column=twice[0],
        )
    if "text" not in lowered:
        shown = ", ".join(names[:8])
        raise ImportProblem(
            QT_TRANSLATE_NOOP(
                "messages",
                "{name} has no column named “text” in its header (it has: {columns}). The first"
                " row must name the columns, one of them “text”.",
            ),
            name=path.name,
            columns=shown,
        )
    return lowered.index("text")


def text_problem(text: object) -> str | None:
    """Why `text` cannot be an item's text, or None."""
    if not isinstance(text, str):
        return "“text” must be a string"
    if not text.strip():
        return "the text is empty"
    if len(text) > MAX_TEXT_CHARS:
        return f"the text is longer than {MAX_TEXT_CHARS} characters"
    if "\x00" in text:
        return "the text holds a NUL character"
    return None


# -- JSONL ------------------------------------------------------------------------------


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def plan_lines(
    path: Path, raw: bytes, schema: Schema | None
) -> tuple[list[TextRow], list[Refusal]]:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    rows: list[TextRow] = []
    refused: list[Refusal] = []
    for number, chunk in enumerate(raw.split(b"\n"), start=1):
        if not chunk.strip():
            continue
        where = f"line {number}"
        try:
            value = json.loads(chunk.decode("utf-8"), parse_constant=_reject_constant)
        except UnicodeDecodeError as exc:
            refused.append(
                Refusal(
                    where,
                    Said(
                        QT_TRANSLATE_NOOP("messages", "is not UTF-8 (byte {byte})"),
                        byte=f"0x{chunk[exc.start]:02X}",
                    ),
                )
            )
            continue
        except (ValueError, RecursionError) as exc:
            refused.append(
                Refusal(
                    where,
                    Said(
                        QT_TRANSLATE_NOOP("messages", "is not JSON ({reason})"),
                        reason=_json_reason(exc),
                    ),
                )
            )
            continue
        item, problem = _line_item(value, schema)
        if problem is not None:
            refused.append(Refusal(where, problem))
        else:
            named = value.get("source") or f"{path.name}:{number}"
            rows.append(TextRow(number, item, source_name(named)))
    return rows, refused


def _json_reason(exc: BaseException) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return f"{exc.msg} at column {exc.colno}"
    return str(exc) or type(exc).__name__


def _line_item(value: Any, schema: Schema | None) -> tuple[dict[str, Any], str | None]:
    """The item of one JSONL line, or the reason it is refused."""
    if not isinstance(value, dict):
        return {}, 'must be an object such as {"text": "…"}'
    unknown = sorted(str(k) for k in value if k not in _ITEM_KEYS)
    if unknown:
        return {}, (
            f"unknown key “{unknown[0]}” (an item takes text, data, prefill, gold and source)"
        )
    source = value.get("source")
    if source is not None and (not isinstance(source, str) or not source.strip()):
        return {}, "“source” must be a name, such as the item's id where it came from"
    text = value.get("text")
    problem = text_problem(text)
    if problem:
        return {}, problem
    item: dict[str, Any] = {"text": text}
    data = value.get("data")
    if data is not None:
        if not isinstance(data, dict):
            return {}, "“data” must be an object"
        problem = _stored_problem(data, _DATA)
        if problem:
            return {}, problem
        item["data"] = data
    context = ItemContext(text=text)
    prefill = value.get("prefill")
    if prefill is not None:
        problem = _answer_problem(schema, prefill, context, "prefill")
        if problem:
            return {}, problem
        item["prefill"] = prefill
    gold = value.get("gold")
    if gold is not None:
        if not isinstance(gold, dict) or "answer" not in gold or set(gold) - {"answer", "hint"}:
            return {}, '“gold” must be {"answer": {…}, "hint": "…"}'
        hint = gold.get("hint")
        if hint is not None and (not isinstance(hint, str) or len(hint) > MAX_HINT_CHARS):
            return {}, f"the gold hint must be a string of at most {MAX_HINT_CHARS} characters"
        problem = _answer_problem(schema, gold["answer"], context, "gold answer")
        if problem:
            return {}, problem
        item["gold"] = {"answer": gold["answer"], "hint": hint}
    return item, None


def _answer_problem(
    schema: Schema | None, answer: object, context: ItemContext, what: str
) -> str | None:
    words = _ANSWER_WORDS[what]
    if not isinstance(answer, dict):
        return Said(words["object"])
    problem = _stored_problem(answer, words["the"])
    if problem:
        return problem
    if schema is None:
        return None  # the task server checks it
    try:
        validate_answer(schema, answer, context, proposal=True)
    except AnswerInvalid as exc:
        first = problem_said(exc.problems[0])
        more = len(exc.problems) - 1
        if more:
            return Said(words["unfit_more"], problem=first, more=more)
        return Said(words["unfit"], problem=first)
    return None


def _stored_problem(value: object, what: str) -> str | None:
    """Why the task server would not store `value` (too deep, too large), said of `what`
    (a marked name of it)."""
    problem = stored_json_problem(value)
    return None if problem is None else Said(_STORED, what=Said(what), problem=problem)


_STORED = QT_TRANSLATE_NOOP("messages", "{what} {problem}")
_OTHER_COLUMNS = QT_TRANSLATE_NOOP("messages", "the data of the other columns")
_DATA = QT_TRANSLATE_NOOP("messages", "“data”")
#: What is said of an item's prefill or gold answer that cannot go, by which it is.
_ANSWER_WORDS = {
    "prefill": {
        "the": QT_TRANSLATE_NOOP("messages", "the prefill"),
        "object": QT_TRANSLATE_NOOP(
            "messages", "the prefill must be an object keyed by field name"
        ),
        "unfit": QT_TRANSLATE_NOOP("messages", "the prefill does not fit the schema: {problem}"),
        "unfit_more": QT_TRANSLATE_NOOP(
            "messages", "the prefill does not fit the schema: {problem} (and {more} more)"
        ),
    },
    "gold answer": {
        "the": QT_TRANSLATE_NOOP("messages", "the gold answer"),
        "object": QT_TRANSLATE_NOOP(
            "messages", "the gold answer must be an object keyed by field name"
        ),
        "unfit": QT_TRANSLATE_NOOP(
            "messages", "the gold answer does not fit the schema: {problem}"
        ),
        "unfit_more": QT_TRANSLATE_NOOP(
            "messages", "the gold answer does not fit the schema: {problem} (and {more} more)"
        ),
    },
}
