"""Label schemas: the fields an answer has, and the rules that check a schema.

`parse_schema` turns a decoded JSON document into a `Schema`, or raises
`SchemaInvalid` naming every problem with its path. `Schema.to_json` gives the
normalised document back, with every default filled in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from labeler.core.gold import GoldRule, parse_gold_rule
from labeler.core.i18n import QT_TRANSLATE_NOOP
from labeler.core.jsonvalues import is_int, join, short, string_problem_at, type_name
from labeler.core.labels import RESERVED_KEYS, Hotkeys, Label, Row, parse_labels
from labeler.core.problems import Problem, SchemaInvalid
from labeler.core.schemakeys import ALL_KIND_KEYS, CANDIDATE_ROWS, WHEN_CLOSE, parse_kind_keys

__all__ = [
    "CANDIDATE_KINDS",
    "CANDIDATE_ROWS",
    "FIELD_KINDS",
    "KIND_MEDIA",
    "LABELLED_KINDS",
    "LIST_KINDS",
    "MAX_FIELDS",
    "MEDIA_KINDS",
    "RANGE_KINDS",
    "RESERVED_KEYS",
    "UNSCORED_KINDS",
    "WHEN_CLOSE",
    "Field",
    "GoldRule",
    "Label",
    "Row",
    "Schema",
    "parse_schema",
]

MEDIA_KINDS = ("image", "text", "audio")
FIELD_KINDS = (
    "choice",
    "multichoice",
    "rating",
    "text",
    "boxes",
    "polygons",
    "points",
    "spans",
    "segments",
    "transcript",
    "pairwise",
    "ranking",
    "criteria",
    "rationale",
    "flags",
    "record",
)
#: The media a field kind fits; None means any media.
KIND_MEDIA: dict[str, str | None] = {
    "choice": None,
    "multichoice": None,
    "rating": None,
    "text": None,
    "boxes": "image",
    "polygons": "image",
    "points": "image",
    "spans": "text",
    "segments": "audio",
    "transcript": "audio",
    "pairwise": None,
    "ranking": None,
    "criteria": None,
    "rationale": None,
    "flags": None,
    "record": None,
}
#: Kinds whose answer is a list (they may set `max_count`).
LIST_KINDS = frozenset({"multichoice", "boxes", "polygons", "points", "spans", "segments"})
#: Kinds that need `labels`.
LABELLED_KINDS = frozenset(
    {"choice", "multichoice", "boxes", "polygons", "points", "spans", "segments", "flags"}
)
#: Kinds that take `min` and `max` (integers, default 1 and 5).
RANGE_KINDS = frozenset({"rating", "criteria"})
#: Kinds that compare an item's candidates (`data.candidates`).
CANDIDATE_KINDS = frozenset({"pairwise", "ranking", "flags"})
#: Kinds that gold does not score.
UNSCORED_KINDS = frozenset({"rationale"})
_REQUIRED_BY_DEFAULT = frozenset(
    {"choice", "rating", "transcript", "pairwise", "ranking", "criteria", "record"}
)


MAX_FIELDS = 32
_NAME_RE = re.compile(r"[a-z][a-z0-9_]{0,63}")
_SCHEMA_KEYS = {"title", "media", "instructions", "fields", "version"}
_FIELD_KEYS = {
    "name",
    "kind",
    "required",
    "labels",
    "min",
    "max",
    "max_count",
    "gold",
    *ALL_KIND_KEYS,
}


@dataclass(frozen=True)
class Field:
    """One field of a schema. `min`/`max` are set for ratings and criteria only.

    The comparison kinds' own keys (PROTOCOL.md "Field kinds"): `tie` and `strength`
    (pairwise), `ties` (ranking), `rows` (criteria: its rows, or `CANDIDATE_ROWS` for
    one row per candidate of the item) and `scale` (criteria: one text per point from
    min to max, or empty), `min_length` (rationale), `keys` (record: the record's keys
    to verify). A rationale whose schema says `"required": "when_close"` has `required`
    False and `when_close` True: it is required only when the schema's pairwise answer
    is close (`labeler.core.answers.is_close`).
    """

    name: str
    kind: str
    required: bool
    labels: tuple[Label, ...]
    min: int | None
    max: int | None
    max_count: int | None
    gold: GoldRule
    tie: bool = True
    strength: bool = True
    ties: bool = False
    rows: tuple[Row, ...] | str = ()
    scale: tuple[str, ...] = ()
    min_length: int = 0
    when_close: bool = False
    keys: tuple[Row, ...] = ()

    def label_values(self) -> set[str]:
        """The values of this field's labels."""
        return {label.value for label in self.labels}

    def row_values(self) -> list[str] | None:
        """A criteria field's row values; None when its rows are the item's candidates."""
        if isinstance(self.rows, str):
            return None
        return [row.value for row in self.rows]

    def key_values(self) -> list[str]:
        """A record field's keys to verify, in order."""
        return [key.value for key in self.keys]

    def to_json(self) -> dict[str, Any]:
        """The normalised field object, defaults filled in."""
        required: bool | str = WHEN_CLOSE if self.when_close else self.required
        out: dict[str, Any] = {"name": self.name, "kind": self.kind, "required": required}
        if self.kind in LABELLED_KINDS:
            out["labels"] = [label.to_json() for label in self.labels]
        if self.kind in RANGE_KINDS:
            out["min"] = self.min
            out["max"] = self.max
        if self.max_count is not None:
            out["max_count"] = self.max_count
        if self.kind == "pairwise":
            out["tie"] = self.tie
            out["strength"] = self.strength
        elif self.kind == "ranking":
            out["ties"] = self.ties
        elif self.kind == "criteria":
            rows = self.rows
            out["rows"] = rows if isinstance(rows, str) else [row.to_json() for row in rows]
            if self.scale:
                out["scale"] = list(self.scale)
        elif self.kind == "rationale":
            out["min_length"] = self.min_length
        elif self.kind == "record":
            out["keys"] = [key.to_json() for key in self.keys]
        if self.kind not in UNSCORED_KINDS:
            out["gold"] = self.gold.to_json()
        return out


@dataclass(frozen=True)
class Schema:
    """A label schema: title, media kind, Markdown instructions and 1..32 fields."""

    title: str
    media: str
    instructions: str
    fields: tuple[Field, ...]

    def field(self, name: str) -> Field:
        """The field called `name`; KeyError when there is none."""
        for candidate in self.fields:
            if candidate.name == name:
                return candidate
        raise KeyError(name)

    def field_names(self) -> list[str]:
        """The names of the fields, in order."""
        return [f.name for f in self.fields]

    def to_json(self) -> dict[str, Any]:
        """The normalised schema document (`parse_schema(s.to_json()) == s`)."""
        return {
            "title": self.title,
            "media": self.media,
            "instructions": self.instructions,
            "fields": [f.to_json() for f in self.fields],
        }


def parse_schema(obj: object) -> Schema:
    """Validate a decoded schema document and build a `Schema`.

    Raises `SchemaInvalid` listing every problem found, each with its path
    (`fields[1].labels[0].hotkey`). A top-level `version` key is ignored: the
    server assigns versions. Never raises anything else for any JSON input.
    """
    problems: list[Problem] = []
    if not isinstance(obj, dict):
        raise SchemaInvalid(
            [
                Problem.of(
                    "",
                    QT_TRANSLATE_NOOP("messages", "schema must be an object, not {type}"),
                    type=type_name(obj),
                )
            ]
        )

    for key in obj:
        if key not in _SCHEMA_KEYS:
            problems.append(Problem(str(key), QT_TRANSLATE_NOOP("messages", "unknown key")))

    title = obj.get("title")
    if title is None:
        title = ""  # optional: the project's name says what the work is
    elif (why := string_problem_at("title", title)) is not None:
        problems.append(why)
        title = ""

    media = obj.get("media")
    if media not in MEDIA_KINDS:
        problems.append(
            Problem.of(
                "media",
                QT_TRANSLATE_NOOP("messages", "must be one of {choices}"),
                choices=", ".join(MEDIA_KINDS),
            )
        )
        media = None

    instructions = obj.get("instructions")
    if instructions is None:
        instructions = ""
    elif (why := string_problem_at("instructions", instructions)) is not None:
        problems.append(why)
        instructions = ""

    fields: list[Field] = []
    raw_fields = obj.get("fields")
    if not isinstance(raw_fields, list):
        problems.append(
            Problem.of(
                "fields",
                QT_TRANSLATE_NOOP("messages", "must be a list, not {type}"),
                type=type_name(raw_fields),
            )
        )
    elif not 1 <= len(raw_fields) <= MAX_FIELDS:
        problems.append(
            Problem.of(
                "fields",
                QT_TRANSLATE_NOOP("messages", "must hold 1 to {max} fields"),
                max=MAX_FIELDS,
            )
        )
    else:
        hotkeys = _NamedHotkeys(raw_fields)
        names: dict[str, str] = {}
        for i, raw in enumerate(raw_fields):
            path = join("fields", i)
            parsed = _parse_field(raw, path, media, hotkeys, problems)
            if parsed is None:
                continue
            if parsed.name in names:
                problems.append(
                    Problem.of(
                        join(path, "name"),
                        QT_TRANSLATE_NOOP("messages", "{name} is already used at {other}"),
                        name=repr(parsed.name),
                        other=names[parsed.name],
                    )
                )
            else:
                names[parsed.name] = join(path, "name")
            fields.append(parsed)
        if not any(f.kind == "pairwise" for f in fields):
            for parsed_field in fields:
                if parsed_field.when_close:
                    problems.append(_lonely_rationale(raw_fields, parsed_field.name))

    if problems:
        raise SchemaInvalid(problems)
    assert isinstance(title, str) and isinstance(media, str) and isinstance(instructions, str)
    return Schema(title, media, instructions, tuple(fields))


def _lonely_rationale(raw_fields: list[Any], name: str) -> Problem:
    """A rationale required `when_close` in a schema without a pairwise field."""
    index = next(
        i for i, raw in enumerate(raw_fields) if isinstance(raw, dict) and raw.get("name") == name
    )
    return Problem.of(
        join(join("fields", index), "required"),
        QT_TRANSLATE_NOOP("messages", "{when_close} needs a pairwise field in the schema"),
        when_close=repr(WHEN_CLOSE),
    )


class _NamedHotkeys(Hotkeys):
    """Hotkey clashes that name both fields and labels, not only the other path."""

    _AT = re.compile(r"fields\[(\d+)\]\.labels\[(\d+)\]\.hotkey")

    def __init__(self, raw_fields: list[Any]) -> None:
        super().__init__()
        self.raw_fields = raw_fields

    def claim(self, key: str, path: str, problems: list[Problem]) -> None:
        other = self.seen.get(key.lower())
        if other is None:
            super().claim(key, path, problems)
        else:
            problems.append(
                Problem.of(
                    path,
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "hotkey {key} of {who} is already used by {other_who} at {other}",
                    ),
                    key=repr(key),
                    who=self._who(path),
                    other_who=self._who(other),
                    other=other,
                )
            )

    def _who(self, path: str) -> str:
        """`field "vehicle", label "car"` for a label's hotkey path."""
        match = self._AT.fullmatch(path)
        if match is None:
            return path
        raw = self.raw_fields[int(match[1])]
        labels = raw.get("labels") if isinstance(raw, dict) else None
        label = labels[int(match[2])] if isinstance(labels, list) else None
        name = raw.get("name") if isinstance(raw, dict) else None
        value = label.get("value") if isinstance(label, dict) else None
        return f"field {short(name)}, label {short(value)}"


def _parse_field(
    raw: object, path: str, media: str | None, hotkeys: Hotkeys, problems: list[Problem]
) -> Field | None:
    """One field; None when it is too broken to build (problems are recorded)."""
    if not isinstance(raw, dict):
        problems.append(
            Problem.of(
                path,
                QT_TRANSLATE_NOOP("messages", "field must be an object, not {type}"),
                type=type_name(raw),
            )
        )
        return None
    for key in raw:
        if key not in _FIELD_KEYS:
            problems.append(
                Problem(join(path, str(key)), QT_TRANSLATE_NOOP("messages", "unknown key"))
            )

    name = raw.get("name")
    if not isinstance(name, str) or not _NAME_RE.fullmatch(name):
        problems.append(
            Problem.of(
                join(path, "name"),
                QT_TRANSLATE_NOOP("messages", "must match {pattern} (e.g. {example})"),
                pattern="^[a-z][a-z0-9_]{0,63}$",
                example="'scene'",
            )
        )
        name = None

    kind = raw.get("kind")
    if kind not in FIELD_KINDS:
        problems.append(
            Problem.of(
                join(path, "kind"),
                QT_TRANSLATE_NOOP("messages", "must be one of {choices}"),
                choices=", ".join(FIELD_KINDS),
            )
        )
        return None
    assert isinstance(kind, str)
    fits = KIND_MEDIA[kind]
    if fits is not None and media is not None and fits != media:
        problems.append(
            Problem.of(
                join(path, "kind"),
                QT_TRANSLATE_NOOP("messages", "{kind} fields need {fits} media, not {media}"),
                kind=kind,
                fits=fits,
                media=media,
            )
        )

    required = _opt(raw, "required", kind in _REQUIRED_BY_DEFAULT)
    when_close = kind == "rationale" and required == WHEN_CLOSE
    if when_close:
        required = False
    elif not isinstance(required, bool):
        template = (
            QT_TRANSLATE_NOOP("messages", "must be true, false or {when_close}")
            if kind == "rationale"
            else QT_TRANSLATE_NOOP("messages", "must be true or false")
        )
        problems.append(Problem.of(join(path, "required"), template, when_close=repr(WHEN_CLOSE)))
        required = kind in _REQUIRED_BY_DEFAULT

    labels: tuple[Label, ...] = ()
    where = join(path, "labels")
    if kind not in LABELLED_KINDS:
        if raw.get("labels") is not None:
            problems.append(
                Problem.of(
                    where, QT_TRANSLATE_NOOP("messages", "{kind} fields take no labels"), kind=kind
                )
            )
    else:
        labels = parse_labels(raw.get("labels"), kind, where, hotkeys, problems)
    low, high = _parse_range(kind, raw, path, problems)

    max_count = raw.get("max_count")
    if max_count is not None:
        if kind not in LIST_KINDS:
            problems.append(
                Problem.of(
                    join(path, "max_count"),
                    QT_TRANSLATE_NOOP("messages", "{kind} fields take no max_count"),
                    kind=kind,
                )
            )
            max_count = None
        elif not is_int(max_count) or max_count < 1:
            problems.append(
                Problem(
                    join(path, "max_count"),
                    QT_TRANSLATE_NOOP("messages", "must be a positive integer"),
                )
            )
            max_count = None

    span = None if low is None or high is None else high - low + 1
    own = parse_kind_keys(kind, raw, path, span, problems)
    if kind in UNSCORED_KINDS and raw.get("gold") is not None:
        problems.append(
            Problem.of(
                join(path, "gold"),
                QT_TRANSLATE_NOOP("messages", "{kind} fields are not scored against gold"),
                kind=kind,
            )
        )
    gold = parse_gold_rule(kind, raw.get("gold"), join(path, "gold"), problems)
    if name is None:
        return None
    return Field(
        name, kind, required, labels, low, high, max_count, gold, when_close=when_close, **own
    )


def _parse_range(
    kind: str, raw: dict[str, Any], path: str, problems: list[Problem]
) -> tuple[int | None, int | None]:
    if kind not in RANGE_KINDS:
        for key in ("min", "max"):
            if raw.get(key) is not None:
                problems.append(
                    Problem.of(
                        join(path, key),
                        QT_TRANSLATE_NOOP("messages", "{kind} fields take no {key}"),
                        kind=kind,
                        key=key,
                    )
                )
        return None, None
    low = _opt(raw, "min", 1)
    high = _opt(raw, "max", 5)
    ok = True
    for key, value in (("min", low), ("max", high)):
        if not is_int(value):
            problems.append(
                Problem(join(path, key), QT_TRANSLATE_NOOP("messages", "must be an integer"))
            )
            ok = False
    if not ok:
        return 1, 5
    assert isinstance(low, int) and isinstance(high, int)
    if low >= high:
        problems.append(
            Problem.of(
                join(path, "max"),
                QT_TRANSLATE_NOOP("messages", "must be greater than min ({min})"),
                min=low,
            )
        )
        return 1, 5
    return low, high


def _opt(raw: dict[str, Any], key: str, default: Any) -> Any:
    """An optional key's value; null counts as absent."""
    value = raw.get(key)
    return default if value is None else value
