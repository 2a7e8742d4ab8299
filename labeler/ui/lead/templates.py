"""Where a new schema starts: blank, or a template of each media kind. Plain data, its
words marked for translation: a template's title and instructions come in the
interface's language (annotators read them), its field names and label values do not
(they are what answers hold)."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from labeler.ui.i18n import translate


@dataclass(frozen=True)
class Start:
    """One way to start a new project's schema."""

    key: str
    title: str
    description: str
    schema: dict[str, Any]

    def shown_title(self) -> str:
        return translate("lead.templates", self.title)

    def shown_description(self) -> str:
        return translate("lead.templates", self.description)


def blank(media: str) -> dict[str, Any]:
    """A schema with no fields yet (the editor lists what it still needs)."""
    return {"title": "", "media": media, "instructions": "", "fields": []}


_IMAGE = {
    "title": QT_TRANSLATE_NOOP("lead.templates", "Street scenes"),
    "media": "image",
    "instructions": QT_TRANSLATE_NOOP(
        "lead.templates",
        "Pick the kind of scene, then draw a box around every vehicle and person.",
    ),
    "fields": [
        {
            "name": "scene",
            "kind": "choice",
            "required": True,
            "labels": [
                {"value": "urban", "hotkey": "1"},
                {"value": "rural", "hotkey": "2"},
                {"value": "highway", "hotkey": "3"},
            ],
        },
        {
            "name": "objects",
            "kind": "boxes",
            "labels": [
                {"value": "car", "hotkey": "c", "color": "#e6194b"},
                {"value": "person", "hotkey": "p", "color": "#3cb44b"},
                {"value": "bicycle", "hotkey": "b", "color": "#4363d8"},
            ],
        },
    ],
}

_TEXT = {
    "title": QT_TRANSLATE_NOOP("lead.templates", "News sentiment and names"),
    "media": "text",
    "instructions": QT_TRANSLATE_NOOP(
        "lead.templates",
        "Mark the names of people, places and organisations, then pick the tone.",
    ),
    "fields": [
        {
            "name": "sentiment",
            "kind": "choice",
            "required": True,
            "labels": [
                {"value": "positive", "hotkey": "1"},
                {"value": "neutral", "hotkey": "2"},
                {"value": "negative", "hotkey": "3"},
            ],
        },
        {
            "name": "names",
            "kind": "spans",
            "labels": [
                {"value": "person", "hotkey": "p", "color": "#e6194b"},
                {"value": "place", "hotkey": "l", "color": "#3cb44b"},
                {"value": "organisation", "hotkey": "o", "color": "#4363d8"},
            ],
        },
    ],
}

_AUDIO = {
    "title": QT_TRANSLATE_NOOP("lead.templates", "Call segments and transcript"),
    "media": "audio",
    "instructions": QT_TRANSLATE_NOOP(
        "lead.templates",
        "Mark who speaks when, write what is said, and rate the sound quality.",
    ),
    "fields": [
        {
            "name": "speakers",
            "kind": "segments",
            "labels": [
                {"value": "agent", "hotkey": "a", "color": "#4363d8"},
                {"value": "customer", "hotkey": "c", "color": "#f58231"},
            ],
        },
        {"name": "transcript", "kind": "transcript", "required": True},
        {"name": "quality", "kind": "rating", "min": 1, "max": 5, "required": False},
    ],
}

#: Every way to start, in the order the new-project dialog lists them.
#: Every way to start, in the order the new-project dialog lists them (titles and
#: descriptions in English: `Start.shown_title`, `Start.shown_description` translate).
STARTS: tuple[Start, ...] = (
    Start(
        "blank-image",
        QT_TRANSLATE_NOOP("lead.templates", "Blank image schema"),
        QT_TRANSLATE_NOOP("lead.templates", "No fields yet; images."),
        blank("image"),
    ),
    Start(
        "blank-text",
        QT_TRANSLATE_NOOP("lead.templates", "Blank text schema"),
        QT_TRANSLATE_NOOP("lead.templates", "No fields yet; texts."),
        blank("text"),
    ),
    Start(
        "blank-audio",
        QT_TRANSLATE_NOOP("lead.templates", "Blank audio schema"),
        QT_TRANSLATE_NOOP("lead.templates", "No fields yet; audio clips."),
        blank("audio"),
    ),
    Start(
        "template-image",
        QT_TRANSLATE_NOOP("lead.templates", "Image template: street scenes"),
        QT_TRANSLATE_NOOP("lead.templates", "A scene choice and boxes for vehicles and people."),
        _IMAGE,
    ),
    Start(
        "template-text",
        QT_TRANSLATE_NOOP("lead.templates", "Text template: news sentiment and names"),
        QT_TRANSLATE_NOOP("lead.templates", "A sentiment choice and spans for names."),
        _TEXT,
    ),
    Start(
        "template-audio",
        QT_TRANSLATE_NOOP("lead.templates", "Audio template: call segments and transcript"),
        QT_TRANSLATE_NOOP("lead.templates", "Speaker segments, a transcript and a quality rating."),
        _AUDIO,
    ),
)


def start(key: str) -> dict[str, Any]:
    """A fresh copy of the schema of the start called `key`, its title and instructions
    in the interface's language."""
    for s in STARTS:
        if s.key == key:
            schema = copy.deepcopy(s.schema)
            for words in ("title", "instructions"):
                if schema.get(words):
                    schema[words] = translate("lead.templates", schema[words])
            return schema
    raise KeyError(key)
