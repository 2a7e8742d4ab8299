"""SubRip (SRT): one `<stem>.srt` per audio item, its segments and transcript as cues.

Each cue is its number (1, 2, … in the file), a line of times `hh:mm:ss,ttt -->
hh:mm:ss,ttt`, its text and a blank line. SRT has no way to name a speaker or a class, so a
segment's label is WebVTT's voice span at the head of its text, `<v speech>`; the
transcript goes as `timed` says. SRT has no escapes either: text that reads as a tag is
counted in the export report (reading drops `<i>`, `<b>`, `<u>`, `<s>`, `<font …>` and
`{\\an8}`-style codes, the formatting SRT files carry).

Reading takes a block between blank lines as a cue: an optional number line, the times
(`.` is taken for `,`; what follows the end time, such as SRT's `X1:` box, is passed
over), then the text.
"""

from __future__ import annotations

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

#: `hh:mm:ss,ttt` (nine digits of hours at most are read).
_CLOCK = re.compile(r"(\d{1,9}):([0-5]\d):([0-5]\d)[,.](\d{3})")
_FORM = QT_TRANSLATE_NOOP("messages", "SRT writes hh:mm:ss,ttt")
_FORMATTING = re.compile(r"</?(?:b|i|u|s|font)(?:\s[^>]*)?>|\{\\[^}]*\}", re.IGNORECASE)


def _plain(text: str) -> str:
    """Cue text without its formatting tags."""
    return _FORMATTING.sub("", text)


def _times(line: str) -> tuple[Decimal, Decimal] | str:
    return timing_line(line, _CLOCK, _FORM)


def render(cues: list[Cue]) -> bytes:
    """An SRT file of `cues`."""
    parts = []
    for number, cue in enumerate(cues, start=1):
        times = f"{clock(cue.start, ',')} --> {clock(cue.end, ',')}"
        parts.append(f"{number}\n{times}\n{payload(cue, str)}\n")
    return "\n".join(parts).encode("utf-8")


def parse(text: str) -> Iterator[ReadCue | Trouble]:
    """The cues of an SRT file's text, and what is not a cue."""
    for at, block in blocks(lines_of(text), 0):
        marks = [j for j, line in enumerate(block) if "-->" in line]
        if not marks or marks[0] > 1:
            why = QT_TRANSLATE_NOOP(
                "messages",
                "{line} is not a cue: a cue is its number, then its times, start --> end",
            )
            yield Trouble(at + 1, Said(why, line=short(block[0])))
            continue
        yield from read_cue(block[marks[0] :], at + marks[0], _times, _plain)


STYLE = Style(
    name="srt",
    noun="an SRT file",
    extension=".srt",
    places=3,
    transcript=True,
    render=render,
    parse=parse,
)


FORMAT = timed_format(STYLE, "SubRip (SRT)")
