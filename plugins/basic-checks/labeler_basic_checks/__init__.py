"""Basic checks: what an annotator most often sends by mistake, said before the submit.

- `small-regions`: a box (or a polygon's extent) under `LABELER_CHECK_MIN_PX` pixels
  (default 4) on a side of the original picture: a slip of the mouse or a key, rarely
  an object;
- `cut-words`: a span that starts or ends inside a word of the text;
- `empty-transcript`: a transcript field left empty, or only spaces (an optional one
  left out too): a recording with nothing said in it is rare, a transcript forgotten
  is not.

Each is a `labeler.core.plugins.Check`; the annotator may submit all the same. Plain
Python: loading the plugin costs nothing.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Mapping, Sequence
from typing import Any

from labeler.core.i18n import QT_TRANSLATE_NOOP, Said
from labeler.core.plugins import CheckWarning, ItemView, Plugin
from labeler.core.schema import Schema

__all__ = ["CutWords", "EmptyTranscript", "SmallRegions", "min_px", "plugin"]

#: The default smallest side of a box, in original pixels.
MIN_PX = 4.0


def min_px() -> float:
    """The smallest side a box may have, from `LABELER_CHECK_MIN_PX` (else `MIN_PX`)."""
    raw = os.environ.get("LABELER_CHECK_MIN_PX", "")
    try:
        value = float(raw)
    except ValueError:
        return MIN_PX
    return value if value > 0 else MIN_PX


def _regions(answer: Mapping[str, Any], name: str) -> list[Any]:
    value = answer.get(name)
    return value if isinstance(value, list) else []


class SmallRegions:
    """Boxes and polygons too small to be an object."""

    name = "small-regions"
    title = QT_TRANSLATE_NOOP("messages", "Boxes and polygons too small to see")

    def check(
        self, item: ItemView, schema: Schema, answer: Mapping[str, Any]
    ) -> Sequence[CheckWarning]:
        limit = min_px()
        found = []
        for field in schema.fields:
            if field.kind not in ("boxes", "polygons"):
                continue
            for i, region in enumerate(_regions(answer, field.name)):
                w, h = _extent(field.kind, region)
                if min(w, h) < limit:
                    template = _TOO_SMALL["box" if field.kind == "boxes" else "polygon"]
                    said = Said(template, w=_px(w), h=_px(h), limit=_px(limit))
                    found.append(CheckWarning(said, field=field.name, index=i))
        return found


#: A region under the size limit, by what it is (the sizes as the file writes them).
_TOO_SMALL = {
    "box": QT_TRANSLATE_NOOP(
        "messages",
        "the box is {w} × {h} px, under {limit} px on a side: too small to be an object?",
    ),
    "polygon": QT_TRANSLATE_NOOP(
        "messages",
        "the polygon is {w} × {h} px, under {limit} px on a side: too small to be an object?",
    ),
}
#: A span that cuts a word, by which of its edges do.
_CUTS = {
    ("starts",): QT_TRANSLATE_NOOP("messages", "the span starts inside the word “{word}”"),
    ("ends",): QT_TRANSLATE_NOOP("messages", "the span ends inside the word “{word}”"),
    ("starts", "ends"): QT_TRANSLATE_NOOP(
        "messages", "the span starts and ends inside the word “{word}”"
    ),
}
_EMPTY = QT_TRANSLATE_NOOP("messages", "the transcript is empty")


def _extent(kind: str, region: Any) -> tuple[float, float]:
    if kind == "boxes":
        return float(region["w"]), float(region["h"])
    xs = [float(p[0]) for p in region["points"]]
    ys = [float(p[1]) for p in region["points"]]
    return max(xs) - min(xs), max(ys) - min(ys)


def _px(value: float) -> str:
    return f"{value:g}" if value == int(value) else f"{value:.1f}"


def _in_word(char: str) -> bool:
    """A letter, a digit or a mark (Urdu's vowel signs are marks inside words)."""
    return unicodedata.category(char)[0] in "LNM"


class CutWords:
    """Spans that start or end in the middle of a word."""

    name = "cut-words"
    title = QT_TRANSLATE_NOOP("messages", "Spans that cut a word")

    def check(
        self, item: ItemView, schema: Schema, answer: Mapping[str, Any]
    ) -> Sequence[CheckWarning]:
        text = item.text or ""
        found = []
        for field in schema.fields:
            if field.kind != "spans":
                continue
            for i, span in enumerate(_regions(answer, field.name)):
                start, end = int(span["start"]), int(span["end"])
                cut = [
                    edge
                    for edge, at in (("starts", start), ("ends", end))
                    if 0 < at < len(text) and _in_word(text[at - 1]) and _in_word(text[at])
                ]
                if cut:
                    word = _word_at(text, start if cut[0] == "starts" else end)
                    said = Said(_CUTS[tuple(cut)], word=word)
                    found.append(CheckWarning(said, field=field.name, index=i))
        return found


def _word_at(text: str, at: int) -> str:
    start, end = at, at
    while start > 0 and _in_word(text[start - 1]):
        start -= 1
    while end < len(text) and _in_word(text[end]):
        end += 1
    return text[start:end]


class EmptyTranscript:
    """A transcript left empty."""

    name = "empty-transcript"
    title = QT_TRANSLATE_NOOP("messages", "Empty transcripts")

    def check(
        self, item: ItemView, schema: Schema, answer: Mapping[str, Any]
    ) -> Sequence[CheckWarning]:
        found = []
        for field in schema.fields:
            value = answer.get(field.name)
            if field.kind == "transcript" and (not isinstance(value, str) or not value.strip()):
                found.append(CheckWarning(_EMPTY, field=field.name))
        return found


def plugin() -> Plugin:
    """The plugin: its three checks."""
    return Plugin(
        "basic-checks",
        QT_TRANSLATE_NOOP("messages", "Basic checks"),
        checks=[SmallRegions(), CutWords(), EmptyTranscript()],
    )
