"""Audacity labels: one `<stem>.txt` per audio item, the text file Audacity's Export
Labels writes, one label per segment.

Audacity's manual ("Importing and Exporting Labels") and its source (`LabelStruct::Export`
in `LabelTrack.cpp`) give the format: one line per label, start and end in seconds with 6
decimals (`%.6f`, C's `FLT_DIG`), then the label's text, separated by tabs:
`3.400000<TAB>6.100000<TAB>speech`. A point label has its start as its end. A line that
begins with a backslash continues the label before it with a frequency range.

Only segments are held: the labels of the schema's first segments field, one line each,
ordered by start, then end; times rounded half up to the microsecond as `timed` says.
The transcript and every other field are counted in the export report.

Reading takes what Audacity's own import takes (`LabelStruct::Import`): tab-separated
lines, times with `.` or `,` as decimal mark (older versions wrote the locale's), a label
that may hold spaces. **Reported, not imported**: a point label (a segment needs a
length), a line whose times are not numbers, a frequency range line (segments hold none).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

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

#: A time in seconds: digits with `.` or `,` as decimal mark, as Audacity reads them.
_SECONDS = re.compile(r"[+-]?(?:\d{1,15}(?:[.,]\d{0,30})?|[.,]\d{1,30})")


def render(cues: list[Cue]) -> bytes:
    """An Audacity label file of `cues`, segments all (it holds no transcript)."""
    return "".join(f"{cue.start:.6f}\t{cue.end:.6f}\t{cue.label}\n" for cue in cues).encode()


def _seconds(token: str) -> Decimal | None:
    if not _SECONDS.fullmatch(token):
        return None
    return Decimal(token.replace(",", "."))


def parse(text: str) -> Iterator[ReadCue | Trouble]:
    """The labels of an Audacity label file's text, and what is not one."""
    for number, line in enumerate(lines_of(text), start=1):
        if not line.strip():
            continue
        if line.startswith("\\"):
            why = QT_TRANSLATE_NOOP(
                "messages",
                "is a frequency range (a spectral selection), which segments do not hold: it is"
                " not imported",
            )
            yield Trouble(number, why)
            continue
        tokens = line.split("\t")
        start = _seconds(tokens[0].strip())
        if start is None:
            why = QT_TRANSLATE_NOOP("messages", "{token} is not a start time in seconds")
            yield Trouble(number, Said(why, token=short(tokens[0])))
            continue
        end = _seconds(tokens[1].strip()) if len(tokens) > 1 else None
        if end is None:
            why = QT_TRANSLATE_NOOP(
                "messages", "has one time only, a point label; a segment needs an end time too"
            )
            yield Trouble(number, why)
            continue
        label = "\t".join(tokens[2:])
        if not label:
            yield Trouble(number, QT_TRANSLATE_NOOP("messages", "has no label"))
            continue
        yield ReadCue(number, Cue(start, end, label))


STYLE = Style(
    name="audacity",
    noun="an Audacity label file",
    extension=".txt",
    places=6,
    transcript=False,
    render=render,
    parse=parse,
)


FORMAT = timed_format(STYLE, "Audacity labels")
