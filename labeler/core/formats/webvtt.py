"""WebVTT: one `<stem>.vtt` per audio item, its segments and transcript as cues.

Written as the W3C's WebVTT spec has it: `WEBVTT`, then one cue per block, each a line
of times `hh:mm:ss.ttt --> hh:mm:ss.ttt` and its text, with `&`, `<` and `>` written as
`&amp;`, `&lt;` and `&gt;`. A segment's label is the voice span that opens its cue's text,
`<v speech>`; the transcript goes as `timed` says (paired with the segments line by line,
or one cue of its own). No cue identifier, setting, style or region is written.

Reading follows the spec's parser where it matters here: a line with `-->` starts a cue
(an identifier may come before it), hours may be left out (`mm:ss.ttt`), a blank line
ends a cue, and so does a line with `-->`; `NOTE`, `STYLE` and `REGION` blocks, cue
settings and identifiers are passed over. Tags in the text (`<i>`, `<c.yellow>`,
`<00:00:01.000>`) are dropped and character references (`&amp;`) read.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from decimal import Decimal

from labeler.core.formats.subtitles import blocks, clock, payload, read_cue, timing_line
from labeler.core.formats.timed import (
    Cue,
    ReadCue,
    Style,
    Trouble,
    lines_of,
    timed_format,
)
from labeler.core.i18n import QT_TRANSLATE_NOOP, Said
from labeler.core.jsonvalues import short

#: `hh:mm:ss.ttt`, hours of two digits or more and optional (nine at most are read).
_CLOCK = re.compile(r"(?:(\d{2,9}):)?([0-5]\d):([0-5]\d)\.(\d{3})")
_FORM = QT_TRANSLATE_NOOP("messages", "WebVTT writes hh:mm:ss.ttt, hours optional")
_HEADER = re.compile(r"WEBVTT(?:[ \t].*)?")
_PASSED_OVER = re.compile(r"(?:NOTE|STYLE|REGION)(?:[ \t].*)?")
_TAG = re.compile(r"<[^>]*(?:>|$)")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _plain(text: str) -> str:
    """Cue text without its tags, character references read."""
    return html.unescape(_TAG.sub("", text))


def _times(line: str) -> tuple[Decimal, Decimal] | str:
    return timing_line(line, _CLOCK, _FORM)


def render(cues: list[Cue]) -> bytes:
    """A WebVTT file of `cues`."""
    parts = ["WEBVTT\n"]
    for cue in cues:
        times = f"{clock(cue.start, '.')} --> {clock(cue.end, '.')}"
        parts.append(f"\n{times}\n{payload(cue, _escape)}\n")
    return "".join(parts).encode("utf-8")


def parse(text: str) -> Iterator[ReadCue | Trouble]:
    """The cues of a WebVTT file's text, and what is not a cue."""
    lines = lines_of(text)
    if not _HEADER.fullmatch(lines[0]):
        why = QT_TRANSLATE_NOOP("messages", "{line} is not WebVTT's first line: WEBVTT")
        yield Trouble(1, Said(why, line=short(lines[0])))
        return
    header = 0
    while header < len(lines) and lines[header].strip():
        header += 1
    for at, block in blocks(lines, header):
        if "-->" not in block[0] and _PASSED_OVER.fullmatch(block[0]):
            continue
        marks = [j for j, line in enumerate(block) if "-->" in line]
        if not marks or marks[0] > 1:
            why = QT_TRANSLATE_NOOP(
                "messages",
                "{line} is not a cue: its times, start --> end, must be its first or second line",
            )
            yield Trouble(at + 1, Said(why, line=short(block[0])))
            continue
        for k, j in enumerate(marks):
            end = marks[k + 1] if k + 1 < len(marks) else len(block)
            yield from read_cue(block[j:end], at + j, _times, _plain)


STYLE = Style(
    name="webvtt",
    noun="a WebVTT file",
    extension=".vtt",
    places=3,
    transcript=True,
    render=render,
    parse=parse,
)


FORMAT = timed_format(STYLE, "WebVTT")
