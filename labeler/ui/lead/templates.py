"""Where a new schema starts: blank, or a template of each media kind. Plain data."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Start:
    """One way to start a new project's schema."""

    key: str
    title: str
    description: str
    schema: dict[str, Any]


def blank(media: str) -> dict[str, Any]:
    """A schema with no fields yet (the editor lists what it still needs)."""
    return {"title": "", "media": media, "instructions": "", "fields": []}


_IMAGE = {
    "title": "Street scenes",
    "media": "image",
    "instructions": "Pick the kind of scene, then draw a box around every vehicle and person.",
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
    "title": "News sentiment and names",
    "media": "text",
    "instructions": "Mark the names of people, places and organisations, then pick the tone.",
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
    "title": "Call segments and transcript",
    "media": "audio",
    "instructions": "Mark who speaks when, write what is said, and rate the sound quality.",
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
STARTS: tuple[Start, ...] = (
    Start("blank-image", "Blank image schema", "No fields yet; images.", blank("image")),
    Start("blank-text", "Blank text schema", "No fields yet; texts.", blank("text")),
    Start("blank-audio", "Blank audio schema", "No fields yet; audio clips.", blank("audio")),
    Start(
        "template-image",
        "Image template: street scenes",
        "A scene choice and boxes for vehicles and people.",
        _IMAGE,
    ),
    Start(
        "template-text",
        "Text template: news sentiment and names",
        "A sentiment choice and spans for names.",
        _TEXT,
    ),
    Start(
        "template-audio",
        "Audio template: call segments and transcript",
        "Speaker segments, a transcript and a quality rating.",
        _AUDIO,
    ),
)


def start(key: str) -> dict[str, Any]:
    """A fresh copy of the schema of the start called `key`."""
    for s in STARTS:
        if s.key == key:
            return copy.deepcopy(s.schema)
    raise KeyError(key)
