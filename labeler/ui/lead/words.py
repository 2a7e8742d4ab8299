"""Words of the lead's pages that several of them show: media kinds, field kinds, the
states of submissions and contests, the titles of formats that hold words, and dates.

The tables are built at import, before the translator is installed: their English is
marked with `QT_TRANSLATE_NOOP` and translated where it is shown, by these functions.
"""

from __future__ import annotations

import unicodedata
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QDateTime, QLocale, Qt, QTime

from labeler.core import formats
from labeler.ui.i18n import direction, locale, translate

_MEDIA = {
    "image": QT_TRANSLATE_NOOP("lead.words", "image"),
    "text": QT_TRANSLATE_NOOP("lead.words", "text"),
    "audio": QT_TRANSLATE_NOOP("lead.words", "audio"),
}
_MEDIA_PLURAL = {
    "image": QT_TRANSLATE_NOOP("lead.words", "Images"),
    "text": QT_TRANSLATE_NOOP("lead.words", "Texts"),
    "audio": QT_TRANSLATE_NOOP("lead.words", "Audio clips"),
}
_KINDS = {
    "choice": QT_TRANSLATE_NOOP("lead.words", "choice: one label"),
    "multichoice": QT_TRANSLATE_NOOP("lead.words", "multichoice: any labels"),
    "rating": QT_TRANSLATE_NOOP("lead.words", "rating: a number in a range"),
    "text": QT_TRANSLATE_NOOP("lead.words", "text: a short answer"),
    "boxes": QT_TRANSLATE_NOOP("lead.words", "boxes on the image"),
    "polygons": QT_TRANSLATE_NOOP("lead.words", "polygons on the image"),
    "points": QT_TRANSLATE_NOOP("lead.words", "points on the image"),
    "spans": QT_TRANSLATE_NOOP("lead.words", "spans of the text"),
    "segments": QT_TRANSLATE_NOOP("lead.words", "segments of the audio"),
    "transcript": QT_TRANSLATE_NOOP("lead.words", "transcript of the audio"),
    "pairwise": QT_TRANSLATE_NOOP("lead.words", "pairwise: A or B is better"),
    "ranking": QT_TRANSLATE_NOOP("lead.words", "ranking: candidates in order"),
    "criteria": QT_TRANSLATE_NOOP("lead.words", "criteria: rows rated on a scale"),
    "rationale": QT_TRANSLATE_NOOP("lead.words", "rationale: why, in words"),
    "flags": QT_TRANSLATE_NOOP("lead.words", "flags on candidates"),
    "record": QT_TRANSLATE_NOOP("lead.words", "record: confirm or correct each key"),
}
_KIND_NAMES = {
    "choice": QT_TRANSLATE_NOOP("lead.words", "choice"),
    "multichoice": QT_TRANSLATE_NOOP("lead.words", "multichoice"),
    "rating": QT_TRANSLATE_NOOP("lead.words", "rating"),
    "text": QT_TRANSLATE_NOOP("lead.words", "text"),
    "boxes": QT_TRANSLATE_NOOP("lead.words", "boxes"),
    "polygons": QT_TRANSLATE_NOOP("lead.words", "polygons"),
    "points": QT_TRANSLATE_NOOP("lead.words", "points"),
    "spans": QT_TRANSLATE_NOOP("lead.words", "spans"),
    "segments": QT_TRANSLATE_NOOP("lead.words", "segments"),
    "transcript": QT_TRANSLATE_NOOP("lead.words", "transcript"),
    "pairwise": QT_TRANSLATE_NOOP("lead.words", "pairwise"),
    "ranking": QT_TRANSLATE_NOOP("lead.words", "ranking"),
    "criteria": QT_TRANSLATE_NOOP("lead.words", "criteria"),
    "rationale": QT_TRANSLATE_NOOP("lead.words", "rationale"),
    "flags": QT_TRANSLATE_NOOP("lead.words", "flags"),
    "record": QT_TRANSLATE_NOOP("lead.words", "record"),
}
_STATUS = {
    "accepted": QT_TRANSLATE_NOOP("lead.words", "accepted"),
    "rejected": QT_TRANSLATE_NOOP("lead.words", "rejected"),
    "pending": QT_TRANSLATE_NOOP("lead.words", "pending"),
    "amended": QT_TRANSLATE_NOOP("lead.words", "amended"),
}
_CONTEST = {
    "open": QT_TRANSLATE_NOOP("lead.words", "open"),
    "upheld": QT_TRANSLATE_NOOP("lead.words", "upheld"),
    "dismissed": QT_TRANSLATE_NOOP("lead.words", "dismissed"),
    "closed": QT_TRANSLATE_NOOP("lead.words", "closed"),
}
#: Format titles with words in them (the rest are names, the same in every language).
_FORMAT_TITLES = {
    title: title
    for title in (
        QT_TRANSLATE_NOOP("lead.words", "COCO instances"),
        QT_TRANSLATE_NOOP("lead.words", "CSV (one row per answer)"),
        QT_TRANSLATE_NOOP("lead.words", "Audacity labels"),
        QT_TRANSLATE_NOOP("lead.words", "CVAT for images 1.1 XML"),
        QT_TRANSLATE_NOOP("lead.words", "Prompts with candidates (JSONL)"),
        QT_TRANSLATE_NOOP("lead.words", "Preference pairs JSONL (TRL: prompt, chosen, rejected)"),
        QT_TRANSLATE_NOOP("lead.words", "Rankings JSONL (Borda order, each annotator's ranking)"),
        QT_TRANSLATE_NOOP("lead.words", "Criteria ratings CSV (each annotator's, and the median)"),
    )
}


def _word(table: dict[str, str], key: str) -> str:
    """The word of `key`, or `key` itself when the table has none (a newer server's)."""
    return translate("lead.words", table[key]) if key in table else key


def media_word(media: str) -> str:
    """`image`, `text`, `audio`: one item's media kind."""
    return _word(_MEDIA, media)


def media_plural(media: str) -> str:
    """`Images`, `Texts`, `Audio clips`: the items of a project of that media."""
    return _word(_MEDIA_PLURAL, media)


def kind_title(kind: str) -> str:
    """A field kind with what it asks, as the kind box lists it."""
    return _word(_KINDS, kind)


def kind_name(kind: str) -> str:
    """A field kind in one word, as a field's line in a list says it."""
    return _word(_KIND_NAMES, kind)


def status_word(status: str) -> str:
    """A submission's status: accepted, rejected, pending."""
    return _word(_STATUS, status)


def contest_word(state: str) -> str:
    """A contest's state: open, upheld, dismissed."""
    return _word(_CONTEST, state)


def format_title(fmt: formats.Format) -> str:
    """A format's title in the interface's language (product names stay as they are)."""
    return _word(_FORMAT_TITLES, fmt.title)


def quoted_list(values: list[str]) -> str:
    """`'car'`, `'car' and 'bus'`, `'car', 'bus' and 'van'`."""
    shown = [translate("lead.words", "'{value}'").format(value=v) for v in values]
    if len(shown) == 1:
        return shown[0]
    return translate("lead.words", "{first} and {last}").format(
        first=translate("lead.words", ", ").join(shown[:-1]), last=shown[-1]
    )


def moment(when: datetime) -> str:
    """A date and time in this computer's time zone, written as the locale writes them."""
    local = when.astimezone()
    stamp = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    # The day as the locale writes it, the time on a 24-hour clock: "AM" beside the digits
    # read out of order in a right-to-left line.
    day = locale().toString(stamp.date(), QLocale.FormatType.ShortFormat)
    return translate("lead.words", "{day} {time}").format(
        day=day,
        time=stamp.time().toString("HH:mm"),  # notr: a time format
    )


def left_to_right(line: str) -> str:
    """`line` (English, a config's `<Tag>` first) laid out as it reads in a right-to-left
    list: a left-to-right mark before a leading `<` or quote keeps it at the line's start
    rather than at its end (a left-to-right interface needs none)."""
    if direction() == Qt.LayoutDirection.LeftToRight:
        return line
    for char in line:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return line if char == line[0] else "\u200e" + line
        if kind in ("R", "AL"):
            return line
    return line
