"""Checking a schema under edit: `labeler.core.schema`'s problems, with hotkey clashes
named by their labels ("hotkey 2 is used by 'car' and 'bus'") and every clashing input
marked, not only the second one. The messages this module adds are in the interface's
language; the rest are `labeler.core.schema`'s.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from labeler.core.problems import Problem, SchemaInvalid
from labeler.core.schema import MEDIA_KINDS, Schema, parse_schema
from labeler.ui.i18n import translate
from labeler.ui.lead.words import media_word, quoted_list
from labeler.ui.messages import problem_text


@dataclass(frozen=True)
class Check:
    """The outcome of checking a document: the schema when valid, else the problems.

    `problems` is the list to show (one per problem); `marks` maps every path whose
    input should be marked to the message to show beside it (a clash marks each label).
    """

    schema: Schema | None
    problems: tuple[Problem, ...]
    marks: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.schema is not None


@dataclass(frozen=True)
class Holder:
    """A label that uses a hotkey: the path of its hotkey, its field and value, the key
    as typed."""

    path: str
    field: str
    value: str
    key: str


def hotkey_holders(doc: dict[str, Any]) -> dict[str, list[Holder]]:
    """Each hotkey (case folded, as the server compares them) → the labels using it, in
    schema order."""
    holders: dict[str, list[Holder]] = {}
    fields = doc.get("fields")
    for i, raw in enumerate(fields if isinstance(fields, list) else []):
        if not isinstance(raw, dict) or not isinstance(raw.get("labels"), list):
            continue
        name = raw.get("name")
        if not isinstance(name, str):
            name = translate("lead.schemacheck", "field {n}").format(n=i + 1)
        for j, label in enumerate(raw["labels"]):
            if not isinstance(label, dict):
                continue
            key = label.get("hotkey")
            if isinstance(key, str) and len(key) == 1:
                value = label["value"] if isinstance(label.get("value"), str) else "?"
                path = f"fields[{i}].labels[{j}].hotkey"
                holders.setdefault(key.lower(), []).append(Holder(path, name, value, key))
    return holders


def clash_message(holders: list[Holder]) -> str:
    """`hotkey 2 is used by 'car' and 'bus'` (field names added when the values alone
    would not tell the labels apart)."""
    values = [h.value for h in holders]
    if len(set(values)) < len(values):
        values = [
            translate("lead.schemacheck", "{label} in {field}").format(label=h.value, field=h.field)
            for h in holders
        ]
    return translate("lead.schemacheck", "hotkey {key} is used by {labels}").format(
        key=holders[0].key, labels=quoted_list(values)
    )


def check_schema(doc: object, *, fixed_media: str | None = None) -> Check:
    """Validate `doc` as the task server will; `fixed_media` is the media of an existing
    project (a schema cannot change it)."""
    problems: list[Problem] = []
    schema: Schema | None = None
    try:
        schema = parse_schema(doc)
    except SchemaInvalid as exc:
        problems = list(exc.problems)
    if isinstance(doc, dict) and fixed_media is not None:
        media = doc.get("media")
        if media in MEDIA_KINDS and media != fixed_media:
            message = translate(
                "lead.schemacheck", "must stay {media}, the media of this project"
            ).format(media=media_word(fixed_media))
            problems.insert(0, Problem("media", message))
            schema = None
    marks: dict[str, str] = {}
    if isinstance(doc, dict):
        clashes = {k: h for k, h in hotkey_holders(doc).items() if len(h) > 1}
        messages = {h.path: clash_message(held) for held in clashes.values() for h in held}
        named: list[Problem] = []
        for p in problems:
            if p.path in messages and "already used" in p.message:
                p = Problem(p.path, messages[p.path])
                if p.message in {q.message for q in named}:
                    continue  # one line per clash; every input is marked all the same
            named.append(p)
        problems = named
        marks.update(messages)
    for problem in problems:
        marks.setdefault(problem.path, problem_text(problem))
    return Check(schema, tuple(problems), marks)
