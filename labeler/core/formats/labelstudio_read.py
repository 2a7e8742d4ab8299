"""Reading Label Studio JSON exports (see `labeler.core.formats.labelstudio` for the shapes).

Every `.json` member is read: a list of tasks (one task object alone is read as a list of
one, as Label Studio imports it). A task's item is the value of `data` under the media's
name (`image`, `text`, `audio`), or its one text value when the config named it otherwise
(`$img`, `$ner`):

- an image or a clip is matched to the project's items by the file name at the end of
  that value: a URL's path, the `d` of Label Studio's local files (`/data/local-files/?d=
  photos/0001.jpg`), or an upload (`/data/upload/3/1a2b3c4d-0001.jpg`: Label Studio saves
  an upload as `<8 hex digits>-<its name>`, so `0001.jpg` is tried too);
- a text task carries its text: it goes to `ImportResult.texts`, under the key
  `task-<its id>` (`task-<its place>`, from 1, without one; `-2`, `-3` … added to a key
  taken already).

Of a task's annotations one answer is read into `answers`: the one marked `ground_truth`,
else the first; skipped ones (`was_cancelled`) are none. Its first prediction goes to
`predictions` (always prefill). What is left out of each file is said in one problem per
reason, with how many and where. A result's `from_name` is the field it answers (or that
name as a config import turns it into a field name: `kp-1` → `kp_1`); percent become
pixels of the image (6 decimals), with the project's size, else the result's
`original_width` and `original_height`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from labeler.core.formats.base import ImportProblem, ImportResult, Size
from labeler.core.formats.labelstudio_results import Result, whole
from labeler.core.formats.members import NOT_READ, member_json, member_text
from labeler.core.formats.paths import clean_path
from labeler.core.formats.reading import AnswerBuilder, ImageFiles
from labeler.core.formats.streams import Source
from labeler.core.i18n import QT_TRANSLATE_NOOP, Said
from labeler.core.jsonvalues import is_clean_str, is_int, short, type_name
from labeler.core.lscompare import (
    ComparisonLayout,
    pairwise_winner,
    ranker_ranks,
    task_parts,
)
from labeler.core.lsconfig import LabelStudioConfigError, import_labelstudio
from labeler.core.schema import Field, Schema

#: How many places left out of one reason a problem names.
_PLACES = 3
_IN_FILE = QT_TRANSLATE_NOOP("messages", "{file}, {at}")
_MUST_BE_A_LIST = QT_TRANSLATE_NOOP("messages", "must be a list, not {type}")
_NO_MEDIA_KEY = QT_TRANSLATE_NOOP(
    "messages", "data has no '{media}' and not one text to take instead (keys: {keys})"
)
_NO_MEDIA_KEY_NONE = QT_TRANSLATE_NOOP(
    "messages", "data has no '{media}' and not one text to take instead (keys: none)"
)
#: An annotation or prediction that is not one, by which.
_NO_RESULT_LIST = {
    "annotation": QT_TRANSLATE_NOOP(
        "messages", "must be an object with a result list; the annotation is left out"
    ),
    "prediction": QT_TRANSLATE_NOOP(
        "messages", "must be an object with a result list; the prediction is left out"
    ),
}
#: What a file leaves out, said once for all the places (`{count}` of them).
_SKIPPED = QT_TRANSLATE_NOOP("messages", "{count} annotations skipped in Label Studio: no answer")
_BESIDE = {
    "annotation": QT_TRANSLATE_NOOP(
        "messages",
        "{count} annotations beside the one read: one annotation per item is imported",
    ),
    "prediction": QT_TRANSLATE_NOOP(
        "messages",
        "{count} predictions beside the one read: one prediction per item is imported",
    ),
}
_URL = re.compile(r"[a-z][a-z0-9+.-]+://", re.IGNORECASE)
_UPLOAD = re.compile(r"/data/upload/[^/]+/(.+)")
_UPLOAD_PREFIX = re.compile(r"[0-9a-f]{8}-(.+)")


def media_names(value: str) -> list[str]:
    """The names a task's `data` value may give its file, the likeliest first: the path a
    URL or Label Studio's local files give, and an upload's name with and without the
    8-digit prefix Label Studio adds (`1a2b3c4d-0001.jpg`, then `0001.jpg`)."""
    if _URL.match(value):
        return [clean_path(unquote(urlsplit(value).path))]
    parts = urlsplit(value)
    if value.startswith("/data/") and parse_qs(parts.query).get("d"):
        return [clean_path(parse_qs(parts.query)["d"][0])]
    upload = _UPLOAD.fullmatch(unquote(parts.path)) if value.startswith("/data/upload/") else None
    if upload is None:
        return [clean_path(value)]
    name = clean_path(upload[1])
    bare = _UPLOAD_PREFIX.fullmatch(name.rsplit("/", 1)[-1])
    return [name, bare[1]] if bare else [name]


def read_labelstudio(
    source: Source, schema: Schema, images: Mapping[str, Size] | None
) -> ImportResult:
    """Answers, predictions and texts per item from Label Studio JSON; problems, never
    exceptions."""
    reader = _Reader(schema, images)
    reader.layout = _layout(source, reader.answers, schema)
    members = [n for n in source.names() if n.lower().endswith(".json")]
    if not members:
        why = QT_TRANSLATE_NOOP(
            "messages", "no JSON file to read: Label Studio exports tasks as .json"
        )
        reader.answers.problem("", "", why)
    for name in members:
        reader.file(source, name)
    return reader.result()


# The field kinds of a comparison, whose tasks need their config to be read.
_COMPARING = frozenset({"pairwise", "ranking", "flags"})


def _layout(source: Source, b: AnswerBuilder, schema: Schema) -> ComparisonLayout | None:
    """A comparison's layout from the labeling config beside the tasks (`config.xml`,
    as Label Studio JSON exports here hold it): which data keys hold the prompt, the
    candidates and the conversation. Tasks of a comparison without one are said once."""
    configs = [n for n in source.names() if n.lower().endswith(".xml")]
    for name in configs:
        text = member_text(source, name, b)
        if text is None:
            continue
        try:
            return import_labelstudio(text).layout
        except LabelStudioConfigError as exc:
            if not any(f.kind in _COMPARING for f in schema.fields):
                continue  # only a comparison's tasks need their config read
            why = QT_TRANSLATE_NOOP(
                "messages", "is not a Label Studio config this import reads: {error}"
            )
            b.problem(name, "", Said(why, error=str(exc)))
    if any(f.kind in _COMPARING for f in schema.fields):
        why = QT_TRANSLATE_NOOP(
            "messages",
            "the schema compares candidates, and no labeling config (config.xml) comes "
            "with the tasks to say which of their data keys are compared: put the config "
            "beside tasks.json (in one folder or zip)",
        )
        b.problem("", "", Said(why))
    return None


class _Reader:
    layout: ComparisonLayout | None = None

    def __init__(self, schema: Schema, images: Mapping[str, Size] | None) -> None:
        self.schema = schema
        self.answers = AnswerBuilder(schema)
        self.files = ImageFiles(self.answers, images)
        self.predicted = AnswerBuilder(schema)
        self.texts: dict[str, str] = {}
        self.data: dict[str, dict[str, Any]] = {}
        self.listed: dict[str, str] = {}
        # What a file leaves out for a reason (not an item's problem): where, per reason.
        self.left: dict[tuple[str, str], list[str]] = {}

    def result(self) -> ImportResult:
        out = self.answers.result()
        predicted = self.predicted.result()
        out.predictions = predicted.answers
        out.problems += predicted.problems
        out.texts = self.texts
        out.data = self.data
        for (file, why), places in self.left.items():
            some = ", ".join(places[:_PLACES]) + (", …" if len(places) > _PLACES else "")
            out.problems.append(ImportProblem(file, some, Said(why, count=len(places))))
        return out

    def file(self, source: Source, name: str) -> None:
        doc = member_json(source, name, self.answers, "Label Studio tasks")
        if doc is NOT_READ:
            return
        if isinstance(doc, dict) and "data" in doc:
            doc = [doc]
        if not isinstance(doc, list):
            why = QT_TRANSLATE_NOOP("messages", "must be a list of Label Studio tasks, not {type}")
            self.answers.problem(name, "", Said(why, type=type_name(doc)))
            return
        for i, task in enumerate(doc):
            _Task(self, name, i, task).read()

    def leave(self, file: str, at: str, why: str) -> None:
        """Note something of `file` left out for `why` (a template of `{count}`, how many
        places); one problem per reason says it."""
        self.left.setdefault((file, why), []).append(at)


class _Task:
    """One task: its item, the annotation read as its answer and its first prediction."""

    def __init__(self, reader: _Reader, file: str, i: int, raw: object) -> None:
        self.r = reader
        self.schema = reader.schema
        self.file = file
        self.i = i
        self.at = f"tasks[{i}]"
        self.raw = raw
        self.key = ""
        self.text: str | None = None
        self.size: Size | None = None
        self.duration: float | None = None
        self.ids: dict[str, str] = {}  # a List's item ids by candidate key

    def problem(self, at: str, message: str, item: str | None = None) -> None:
        self.r.answers.problem(self.file, at, message, item)

    def read(self) -> None:
        raw = self.raw
        if not isinstance(raw, dict):
            why = QT_TRANSLATE_NOOP("messages", "must be a task object, not {type}")
            self.problem(self.at, Said(why, type=type_name(raw)))
            return
        data = raw.get("data")
        if not isinstance(data, dict):
            why = QT_TRANSLATE_NOOP("messages", "has no data object: a task keeps its item in data")
            self.problem(self.at, why)
            return
        if not self._item(raw, data):
            return
        annotations = self._list(raw, "annotations" if "annotations" in raw else "completions")
        chosen = self._choose(annotations, "annotation", skip_cancelled=True)
        if chosen is not None:
            self._read_results(self.r.answers, *chosen)
        chosen = self._choose(self._list(raw, "predictions"), "prediction")
        if chosen is not None:
            self._read_results(self.r.predicted, *chosen)

    # -- the item ----------------------------------------------------------------------

    def _item(self, raw: dict[str, Any], data: dict[str, Any]) -> bool:
        if self.r.layout is not None:
            return self._compared(raw, data, self.r.layout)
        media = self.schema.media
        value = data.get(media)
        if value is None:
            texts = [v for v in data.values() if isinstance(v, str)]
            if len(texts) != 1:
                keys = ", ".join(short(k) for k in list(data)[:5])
                template = _NO_MEDIA_KEY if keys else _NO_MEDIA_KEY_NONE
                self.problem(f"{self.at}.data", Said(template, media=media, keys=keys))
                return False
            value = texts[0]
        if not is_clean_str(value) or not value.strip():
            why = QT_TRANSLATE_NOOP(
                "messages", "data's {media} must be a text without NUL, not {value}"
            )
            self.problem(f"{self.at}.data", Said(why, media=media, value=short(value)))
            return False
        key = self._text_key(raw, value) if media == "text" else self._media_key(value)
        if key is None:
            return False
        where = Said(_IN_FILE, file=self.file, at=self.at)
        first = self.r.listed.setdefault(key, where)
        if first != where:
            why = QT_TRANSLATE_NOOP("messages", "{value} is the item of {first} already")
            self.problem(self.at, Said(why, value=short(value), first=first), key)
            return False
        self.key = key
        if media == "text":
            self.text = self.r.texts[key] = value
        elif media == "audio":
            # The caller describes an audio item by its duration, not a size.
            known = self.r.files.size(key)
            self.duration = known if isinstance(known, (int, float)) else None
        else:
            self.size = self.r.files.size(key)
        return True

    def _compared(
        self, raw: dict[str, Any], data: dict[str, Any], layout: ComparisonLayout
    ) -> bool:
        """A comparison's item: its prompt, candidates and conversation (`lscompare`)."""
        parts = task_parts(layout, data)
        if parts.problem is not None:
            self.problem(f"{self.at}.data", parts.problem)
            return False
        key = self.key = self._text_key(raw, parts.text)
        self.r.listed[key] = f"{self.file}, {self.at}"
        self.text = self.r.texts[key] = parts.text
        self.r.data[key] = parts.data
        self.ids = parts.ids
        return True

    def _text_key(self, raw: dict[str, Any], text: str) -> str:
        """`task-<its id>` (`task-<its place>` without one), never a key taken already."""
        tid = raw.get("id")
        named = is_int(tid) or (is_clean_str(tid) and tid.strip() != "")
        key = base = f"task-{tid if named else self.i + 1}"
        n = 1
        while key in self.r.listed:
            n += 1
            key = f"{base}-{n}"
        if key != base:
            where = self.r.listed[base]
            why = QT_TRANSLATE_NOOP(
                "messages", "{base} is {where} already; this task is keyed {key}"
            )
            self.problem(self.at, Said(why, base=base, where=where, key=key))
        return key

    def _media_key(self, value: str) -> str | None:
        names = media_names(value)
        if not names[0]:
            why = QT_TRANSLATE_NOOP("messages", "{value} names no file")
            self.problem(f"{self.at}.data", Said(why, value=short(value)))
            return None
        return self.r.files.key(self.file, f"{self.at}.data", value, names)

    # -- annotations and predictions ---------------------------------------------------

    def _list(self, raw: dict[str, Any], key: str) -> list[Any]:
        value = raw.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            why = Said(_MUST_BE_A_LIST, type=type_name(value))
            self.problem(f"{self.at}.{key}", why, self.key)
            return []
        return value

    def _choose(
        self, entries: list[Any], noun: str, skip_cancelled: bool = False
    ) -> tuple[str, dict[str, Any]] | None:
        """The annotation (or prediction) to read: the ground truth, else the first; what
        else the task has is noted as left out."""
        usable: list[tuple[str, dict[str, Any]]] = []
        for j, entry in enumerate(entries):
            at = f"{self.at}.{noun}s[{j}]"
            if not isinstance(entry, dict) or not isinstance(entry.get("result"), list):
                self.problem(at, _NO_RESULT_LIST[noun])
            elif skip_cancelled and entry.get("was_cancelled") is True:
                self.r.leave(self.file, at, _SKIPPED)
            else:
                usable.append((at, entry))
        if not usable:
            return None
        truth = [u for u in usable if u[1].get("ground_truth") is True]
        chosen = (truth or usable)[0]
        for at, _ in usable:
            if at != chosen[0]:
                self.r.leave(self.file, at, _BESIDE[noun])
        return chosen

    def _read_results(self, builder: AnswerBuilder, at: str, entry: dict[str, Any]) -> None:
        results = entry["result"]
        size = self.size or self._stated_size(results)
        builder.item(self.key, size, self.text, self.duration)
        ratings: dict[str, dict[str, int]] = {}
        for k, result in enumerate(results):
            where = f"{at}.result[{k}]"
            if self.r.layout is not None and self._comparison_result(
                builder, where, result, ratings
            ):
                continue
            Result(self, builder, where, result, size).read()
        for name, rows in ratings.items():
            builder.value(self.key, self.schema.field(name), rows, self.file, at)

    def _comparison_result(
        self, b: AnswerBuilder, at: str, raw: object, ratings: dict[str, dict[str, int]]
    ) -> bool:
        """Read a Pairwise, Ranker or candidate Rating result; False for another."""
        assert self.r.layout is not None
        name = raw.get("from_name") if isinstance(raw, dict) else None
        how = self.r.layout.results.get(name) if isinstance(name, str) else None
        if how is None or not isinstance(raw, dict):
            return False
        f = next((x for x in self.schema.fields if x.name == how[1]), None)
        value = raw.get("value")
        if f is None:
            why = QT_TRANSLATE_NOOP("messages", "field {field} is not in the schema")
            b.problem(self.file, at, Said(why, field=repr(how[1])), self.key)
            return True
        if not isinstance(value, dict):
            why = QT_TRANSLATE_NOOP("messages", "value must be an object, not {type}")
            b.problem(self.file, at, Said(why, type=type_name(value)), self.key)
            return True
        if how[0] == "pairwise":
            winner = pairwise_winner(value)
            if winner is None:
                why = QT_TRANSLATE_NOOP("messages", "value.selected is neither left nor right")
                b.problem(self.file, at, Said(why), self.key)
            else:
                b.value(self.key, f, {"winner": winner}, self.file, at)
        elif how[0] in ("ranker", "buckets"):
            self._ranker(b, at, f, value, how[0] == "buckets", raw.get("from_name"))
        elif how[0] == "rating":
            stars = value.get("rating")
            if not is_int(stars):
                b.problem(
                    self.file,
                    at,
                    Said(
                        QT_TRANSLATE_NOOP(
                            "messages", "value.rating must be a whole number, not {value}"
                        ),
                        value=short(stars),
                    ),
                    self.key,
                )
            else:
                ratings.setdefault(f.name, {})[how[2]] = stars
        return True

    def _ranker(
        self, b: AnswerBuilder, at: str, f: Field, value: dict[str, Any], buckets: bool, name: Any
    ) -> None:
        if not buckets:
            ranks = ranker_ranks(value, str(name), self.ids)
            if isinstance(ranks, str):
                b.problem(self.file, at, ranks, self.key)
            else:
                b.value(self.key, f, ranks, self.file, at)
            return
        groups = value.get("ranker")
        if not isinstance(groups, dict):
            why = QT_TRANSLATE_NOOP("messages", "value.ranker must be an object of buckets")
            b.problem(self.file, at, Said(why), self.key)
            return
        by_id = {v: k for k, v in self.ids.items()}
        flags: dict[str, list[str]] = {}
        labels = f.label_values()
        for bucket, ids in groups.items():
            if bucket not in labels:
                continue  # Label Studio's own "_" column: the items in no bucket
            for item in ids if isinstance(ids, list) else []:
                key = by_id.get(str(item))
                if key is None:
                    b.problem(
                        self.file,
                        at,
                        Said(
                            QT_TRANSLATE_NOOP(
                                "messages",
                                "bucket {bucket} names {item}, which the task's list does not hold",
                            ),
                            bucket=short(bucket),
                            item=short(item),
                        ),
                        self.key,
                    )
                else:
                    flags.setdefault(key, []).append(bucket)
        b.value(self.key, f, flags, self.file, at)

    def _stated_size(self, results: list[Any]) -> Size | None:
        """Without the project's sizes: the first `original_width` and `original_height`
        the results give."""
        for result in results:
            if isinstance(result, dict):
                w, h = result.get("original_width"), result.get("original_height")
                if whole(w) and whole(h):
                    return Size(int(w), int(h))
        return None
