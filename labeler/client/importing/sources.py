"""Planning an item import: what a folder, a CSV or a JSONL file holds for one project.

A plan is made before anything is sent: it lists the media files (by extension) or the
text rows, and what is refused already (an unreadable or empty file, a media file of the
other kind, a CSV row without text, a JSONL line that is not an item). Refusals are
named by file or line and never stop the rest; only a source that cannot be read at all
(no header, not UTF-8, empty) raises `ImportProblem`.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from labeler.core.answers import ItemContext, validate_answer
from labeler.core.figures import size
from labeler.core.i18n import QT_TRANSLATE_NOOP, Said, problem_said
from labeler.core.jsonvalues import stored_json_problem
from labeler.core.problems import AnswerInvalid
from labeler.core.schema import Schema

IMAGE_EXTENSIONS = frozenset(
    {".jpg", ".jpeg", ".jpe", ".png", ".webp", ".bmp", ".tif", ".tiff", ".gif", ".mpo"}
)
AUDIO_EXTENSIONS = frozenset({".wav", ".flac", ".ogg", ".oga", ".opus", ".mp3"})
EXTENSIONS = {"image": IMAGE_EXTENSIONS, "audio": AUDIO_EXTENSIONS}
TABLE_SUFFIXES = frozenset({".csv", ".tsv"})
LINES_SUFFIXES = frozenset({".jsonl", ".ndjson"})
#: The protocol's limit on an item's text (characters).
MAX_TEXT_CHARS = 1 << 20
MAX_HINT_CHARS = 10_000
#: A CSV or JSONL file is read whole; past this it should be split.
MAX_SOURCE_BYTES = 512 << 20
#: The task server keeps an item's source name up to this many characters.
MAX_SOURCE_NAME = 1024
_ITEM_KEYS = ("text", "data", "prefill", "gold", "source")


#: Why a file of the other media is left out of a folder, by the project's media.
_OTHER_MEDIA = {
    "image": QT_TRANSLATE_NOOP("messages", "an audio file; this is an image project"),
    "audio": QT_TRANSLATE_NOOP("messages", "an image file; this is an audio project"),
}
_OTHER_ANY = "an {other} file; this is an {media} project"
#: Why a folder gave nothing to import, by the project's media.
_NO_FILES = {
    "image": QT_TRANSLATE_NOOP("messages", "{folder} holds no image files (looked for {kinds})."),
    "audio": QT_TRANSLATE_NOOP("messages", "{folder} holds no audio files (looked for {kinds})."),
}
_NO_FILES_ANY = "{folder} holds no {media} files (looked for {kinds})."
#: A CSV or JSONL file given to a project of pictures or sounds.
_NOT_A_TABLE = {
    "image": QT_TRANSLATE_NOOP(
        "messages",
        "An image project takes a folder of image files; CSV and JSONL files hold texts, for"
        " text projects.",
    ),
    "audio": QT_TRANSLATE_NOOP(
        "messages",
        "An audio project takes a folder of audio files; CSV and JSONL files hold texts, for"
        " text projects.",
    ),
}
_NOT_A_TABLE_ANY = (
    "An {media} project takes a folder of {media} files; CSV and JSONL files hold texts, for"
    " text projects."
)


#: A CSV file the csv module cannot read on (its own words, in English, as `error`).
_CSV_BROKEN = QT_TRANSLATE_NOOP("messages", "{name}, line {line}: {error}.")


class ImportProblem(Exception):
    """The source cannot be imported at all; `message` says why and what to do."""

    def __init__(self, message: str, **params: Any) -> None:
        # Given `params`, `message` is a marked template with `{name}` for each (the
        # workbench words it in its language; see `ClientError`).
        text = message.format(**params) if params else message
        super().__init__(text)
        self.message = text
        self.template = message
        self.params: dict[str, Any] = params


@dataclass(frozen=True)
class Refusal:
    """Something not imported, and why: `source` is a file (relative to the folder) or
    a line (`line 7`)."""

    source: str
    reason: str


def source_name(text: str) -> str:
    """An item's source name as the task server stores it: bytes of a file name that are
    not UTF-8 shown as �, no NUL, at most MAX_SOURCE_NAME characters (the end kept: the
    file name is there)."""
    clean = text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    clean = clean.replace("\x00", "")
    return clean if len(clean) <= MAX_SOURCE_NAME else "…" + clean[-(MAX_SOURCE_NAME - 1) :]


@dataclass(frozen=True)
class MediaFile:
    """One image or audio file of a folder; `name` is also the item's source name."""

    path: Path
    name: str  # relative to the folder, with forward slashes
    kind: str  # image | audio
    size: int


@dataclass(frozen=True)
class TextRow:
    """One item of a CSV or JSONL file: where it starts, the item body to send, and the
    name the item keeps of where it came from (`reviews.csv:12`, or a JSONL line's own
    `source`)."""

    line: int
    item: dict[str, Any]
    source_name: str = ""

    @property
    def source(self) -> str:
        """Where the row is, for the lists of what was refused: `line 12`."""
        return f"line {self.line}"

    def body(self) -> dict[str, Any]:
        """The item as sent: its body and its source name."""
        return {**self.item, "source": self.source_name} if self.source_name else self.item


@dataclass(frozen=True)
class ImportPlan:
    """What an import of `source` into a project will send."""

    source: Path
    form: str  # folder | csv | jsonl, or a format's name
    project_id: str
    media: str  # the project's media kind
    files: tuple[MediaFile, ...] = ()
    rows: tuple[TextRow, ...] = ()
    refused: tuple[Refusal, ...] = ()
    #: Folder files that are neither image nor audio (by extension), left out.
    ignored: tuple[str, ...] = ()
    #: What goes with each media file besides it, by name: `prefill`, `gold` (a format's
    #: answers, `plan_format_import`).
    extras: Mapping[str, dict[str, Any]] = field(default_factory=dict)
    #: How a format's answers go in: prefill or gold.
    answers_as: str = "prefill"
    #: A format's problems as sentences: those that concern no one item (a file it could
    #: not read), and those of the items taken with what could be read (`take_incomplete`);
    #: the items refused for theirs are in `refused`.
    problems: tuple[str, ...] = ()
    #: The problems of the items taken with what could be read, by source name (each also
    #: in `problems`): a list can name the item each concerns.
    item_problems: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def total(self) -> int:
        """Files or rows to send."""
        return len(self.files) + len(self.rows)

    @property
    def bytes_total(self) -> int:
        return sum(f.size for f in self.files)

    def counts(self) -> dict[str, int]:
        """Counts by kind: `image`, `audio`, `text`, `gold`, `prefill`, `refused`, `ignored`."""
        out = {"image": 0, "audio": 0, "text": 0, "gold": 0, "prefill": 0}
        for f in self.files:
            out[f.kind] += 1
            extra = self.extras.get(f.name, {})
            out["gold"] += "gold" in extra
            out["prefill"] += "prefill" in extra
        for row in self.rows:
            out["text"] += 1
            out["gold"] += "gold" in row.item
            out["prefill"] += "prefill" in row.item
        out["refused"] = len(self.refused)
        out["ignored"] = len(self.ignored)
        return out

    def describe(self) -> str:
        """The plan in one sentence, e.g. "128 images (84.2 MB); 2 refused"."""
        c = self.counts()
        parts: list[str] = []
        if self.files:
            kind = "image" if c["image"] else "audio file"
            n = c["image"] or c["audio"]
            extra = [f"{c[k]} with {k}" for k in ("gold", "prefill") if c[k]]
            with_answers = f", {', '.join(extra)}" if extra else ""
            parts.append(f"{plural(n, kind)} ({megabytes(self.bytes_total)}{with_answers})")
        if self.rows:
            extra = [f"{c[k]} with {k}" for k in ("gold", "prefill") if c[k]]
            text = plural(c["text"], "text")
            parts.append(text + (f" ({', '.join(extra)})" if extra else ""))
        if not parts:
            parts.append("nothing to import")
        if c["refused"]:
            parts.append(f"{c['refused']} refused")
        if self.problems:
            parts.append(f"{plural(len(self.problems), 'problem')} with the annotations")
        if c["ignored"]:
            parts.append(f"{plural(c['ignored'], 'file')} of other kinds left out")
        return "; ".join(parts)


def plural(n: int, word: str) -> str:
    """`1 image`, `3 images`, `2 audio files`."""
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def megabytes(n: int) -> str:
    """A size in the fewest digits that say something: `34 KB`, `84.2 MB`."""
    return size(n)


def plan_import(
    source: Path | str, project_id: str, media: str, schema: Schema | None = None
) -> ImportPlan:
    """Plan importing `source` (a folder, a .csv/.tsv or a .jsonl file) into a project of
    `media` kind. With `schema`, prefill and gold answers of JSONL lines are checked here,
    so a wrong one refuses its line alone. Reads the disk: not for the GUI thread."""
    path = Path(source).expanduser()
    if not path.exists():
        raise ImportProblem(QT_TRANSLATE_NOOP("messages", "{path} does not exist."), path=str(path))
    if path.is_dir():
        if media == "text":
            raise ImportProblem(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "A text project takes a CSV or JSONL file (one text per row), not a folder.",
                )
            )
        return _plan_folder(path, project_id, media)
    suffix = path.suffix.lower()
    if suffix not in TABLE_SUFFIXES | LINES_SUFFIXES:
        raise ImportProblem(
            QT_TRANSLATE_NOOP(
                "messages",
                "{name} is neither a folder nor a CSV or JSONL file (.csv, .tsv, .jsonl).",
            ),
            name=path.name,
        )
    if media != "text":
        raise ImportProblem(
            _NOT_A_TABLE[media] if media in _NOT_A_TABLE else _NOT_A_TABLE_ANY, media=media
        )
    raw = _read_source(path)
    if suffix in TABLE_SUFFIXES:
        rows, refused = _plan_table(path, raw, "\t" if suffix == ".tsv" else None)
        form = "csv"
    else:
        rows, refused = _plan_lines(path, raw, schema)
        form = "jsonl"
    if not rows and not refused:
        raise ImportProblem(QT_TRANSLATE_NOOP("messages", "{name} holds no items."), name=path.name)
    return ImportPlan(path, form, project_id, media, rows=tuple(rows), refused=tuple(refused))


# -- folders ----------------------------------------------------------------------------


def _walk(root: Path) -> Iterator[Path]:
    """Every file under `root`, hidden files and folders left out, in a stable order."""
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(folder) / name


def _plan_folder(root: Path, project_id: str, media: str) -> ImportPlan:
    files: list[MediaFile] = []
    refused: list[Refusal] = []
    ignored: list[str] = []
    other = "audio" if media == "image" else "image"
    for path in _walk(root):
        name = path.relative_to(root).as_posix()
        suffix = path.suffix.lower()
        if suffix in EXTENSIONS[other]:
            refused.append(
                Refusal(name, _OTHER_MEDIA.get(media, Said(_OTHER_ANY, other=other, media=media)))
            )
            continue
        if suffix not in EXTENSIONS[media]:
            ignored.append(name)
            continue
        try:
            size = path.stat().st_size
        except OSError as exc:
            refused.append(
                Refusal(
                    name,
                    Said(
                        QT_TRANSLATE_NOOP("messages", "cannot be read: {error}"),
                        error=str(exc.strerror or exc),
                    ),
                )
            )
            continue
        if not path.is_file():
            continue
        if size == 0:
            refused.append(Refusal(name, QT_TRANSLATE_NOOP("messages", "the file is empty")))
            continue
        files.append(MediaFile(path, name, media, size))
    if not files and not refused:
        kinds = ", ".join(sorted(EXTENSIONS[media]))
        template = _NO_FILES.get(media, _NO_FILES_ANY)
        raise ImportProblem(template, folder=str(root), media=media, kinds=kinds)
    return ImportPlan(
        root,
        "folder",
        project_id,
        media,
        files=tuple(files),
        refused=tuple(refused),
        ignored=tuple(ignored),
    )


# -- CSV --------------------------------------------------------------------------------


def _read_source(path: Path) -> bytes:
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


def _plan_table(
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


def _plan_lines(
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
