"""What WebVTT and SRT share: clock times to the millisecond, cue blocks between blank
lines, and a cue's text whose leading voice span `<v label>` is its segment's label.

WebVTT's voice span (`<v Roger Bingham>`) names who speaks a cue; here it names the
segment's label, speaker or not. SRT has no such syntax and no escapes; it takes WebVTT's
voice span as it is, which players that do not know it may show as text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from decimal import Decimal

from labeler.core.formats.timed import Cue, ReadCue, Trouble, lines_of
from labeler.core.i18n import QT_TRANSLATE_NOOP, Said
from labeler.core.jsonvalues import short

#: `<v label>` or `<v.class label>`: the voice span that opens a cue's text.
_VOICE = re.compile(r"<v(?:\.[^\s.>]+)*[ \t\f]+([^>]*)>")
_ANY_VOICE = re.compile(r"<v[\s.>]")
_END_VOICE = re.compile(r"</v>")
_TIMING = re.compile(r"(\S+)[ \t]*-->[ \t]*(\S+)(?:[ \t].*)?")


def clock(value: Decimal, separator: str) -> str:
    """`hh:mm:ss.ttt` (WebVTT, separator `.`) or `hh:mm:ss,ttt` (SRT, `,`) of a time in
    seconds already rounded to the millisecond; hours take more digits when they need."""
    hours, rest = divmod(int(value * 1000), 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    whole, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{whole:02d}{separator}{millis:03d}"


def read_clock(text: str, pattern: re.Pattern[str]) -> Decimal | None:
    """The seconds of a clock time `pattern` matches (groups: hours or None, minutes,
    seconds, milliseconds), exactly; None when it does not match."""
    match = pattern.fullmatch(text)
    if match is None:
        return None
    hours, minutes, whole, millis = (int(g or 0) for g in match.groups())
    return Decimal((hours * 3600 + minutes * 60 + whole) * 1000 + millis).scaleb(-3)


def timing_line(line: str, pattern: re.Pattern[str], form: str) -> tuple[Decimal, Decimal] | str:
    """A cue's start and end from its line of times (settings after them are not read);
    why not, when the line or a time in it is malformed."""
    match = _TIMING.fullmatch(line.strip())
    if match is None:
        why = QT_TRANSLATE_NOOP("messages", "{line} is not a line of times: start --> end")
        return Said(why, line=short(line))
    times = [read_clock(token, pattern) for token in match.groups()]
    for token, value in zip(match.groups(), times, strict=True):
        if value is None:
            return Said(
                QT_TRANSLATE_NOOP("messages", "{token} is not a time: {form}"),
                token=short(token),
                form=Said(form),
            )
    start, end = times
    assert start is not None and end is not None
    return start, end


def cue_text(payload: list[str], strip_tags: Callable[[str], str]) -> tuple[str | None, str] | str:
    """A cue's label (its voice, None without one) and its text, tags stripped by
    `strip_tags`, lines that hold nothing left out; why not, when it has several voices."""
    joined = "\n".join(payload)
    if len(_ANY_VOICE.findall(joined)) > 1:
        return QT_TRANSLATE_NOOP(
            "messages", "has several voices, and a cue is one segment: nothing of it is imported"
        )
    label = None
    match = _VOICE.search(joined)
    if match is not None:
        label = strip_tags(match[1]).strip()
        joined = joined[: match.start()] + joined[match.end() :]
        joined = _END_VOICE.sub("", joined)
    lines = [strip_tags(line) for line in lines_of(joined)]
    return label, "\n".join(line for line in lines if line.strip())


def payload(cue: Cue, escape: Callable[[str], str]) -> str:
    """A cue's text as written: its voice span, then its text, both escaped by `escape`."""
    voice = f"<v {escape(cue.label)}>" if cue.label is not None else ""
    return voice + escape(cue.text)


def blocks(lines: list[str], first: int) -> Iterator[tuple[int, list[str]]]:
    """The blocks of lines between blank ones from line index `first` on, with the index
    of each block's first line; a line of spaces only counts as blank."""
    i, n = first, len(lines)
    while True:
        while i < n and not lines[i].strip():
            i += 1
        if i >= n:
            return
        start = i
        while i < n and lines[i].strip():
            i += 1
        yield start, lines[start:i]


def read_cue(
    block: list[str],
    at: int,
    times: Callable[[str], tuple[Decimal, Decimal] | str],
    strip_tags: Callable[[str], str],
) -> Iterator[ReadCue | Trouble]:
    """The cue of a block whose line of times is `block[0]` (index `at` in the file)."""
    when = times(block[0])
    if isinstance(when, str):
        yield Trouble(at + 1, when)
        return
    text = cue_text(block[1:], strip_tags)
    if isinstance(text, str):
        yield Trouble(at + 1, text)
        return
    yield ReadCue(at + 1, Cue(when[0], when[1], text[0], text[1]))
