"""Reading one member of a source for a reader: its bytes, its text, its XML, with every
way it can fail (too large, a damaged archive, not UTF-8, not well-formed) recorded as an
import problem of that member, so each reader says the same thing about the same failure.
"""

from __future__ import annotations

import json
import math
import re
import xml.etree.ElementTree as ET
from typing import Any

from labeler.core.formats.base import at_line
from labeler.core.formats.reading import AnswerBuilder
from labeler.core.formats.streams import (
    MAX_MEMBER_BYTES,
    READ_ERRORS,
    Source,
    TooLarge,
    read_member,
)
from labeler.core.i18n import QT_TRANSLATE_NOOP, Said
from labeler.core.jsonvalues import short

_TOO_LARGE = QT_TRANSLATE_NOOP("messages", "cannot be read: it {why}")
_NOT_IN_ARCHIVE = QT_TRANSLATE_NOOP("messages", "cannot be read from the archive: {error}")
_BYTE = QT_TRANSLATE_NOOP("messages", "byte {byte}")
_NOT_XML = QT_TRANSLATE_NOOP("messages", "is not well-formed XML (column {column})")
_TOO_DEEP = QT_TRANSLATE_NOOP("messages", "nests too deep to be {what}")
_OTHER_ROOT = QT_TRANSLATE_NOOP("messages", "is not {what}: its root is <{root}>")
_LINE_COLUMN = QT_TRANSLATE_NOOP("messages", "line {line}, column {column}")
_TRUNCATED = QT_TRANSLATE_NOOP("messages", "ends before its JSON does: the file looks truncated")
#: A file that is not JSON, and what the decoder said (in English: its own words).
NOT_JSON = QT_TRANSLATE_NOOP("messages", "is not valid JSON: {error}")
_JSON_TOO_DEEP = QT_TRANSLATE_NOOP("messages", "nests lists and objects too deep to be {what}")


def member_bytes(
    source: Source, name: str, b: AnswerBuilder, limit: int = MAX_MEMBER_BYTES
) -> bytes | None:
    """The member's bytes, or None with why recorded."""
    try:
        return read_member(source, name, limit)
    except TooLarge as exc:
        why = exc.args[0] if exc.args and isinstance(exc.args[0], str) else str(exc)
        b.problem(name, "", Said(_TOO_LARGE, why=why))
    except READ_ERRORS as exc:
        b.problem(name, "", Said(_NOT_IN_ARCHIVE, error=str(exc)))
    return None


def member_text(
    source: Source,
    name: str,
    b: AnswerBuilder,
    limit: int = MAX_MEMBER_BYTES,
    not_utf8: str = QT_TRANSLATE_NOOP("messages", "is not UTF-8 text"),
) -> str | None:
    """The member as UTF-8 text (a byte order mark left out), or None with why recorded;
    `not_utf8` is what is said of a file that is not UTF-8 (at the byte where it fails)."""
    data = member_bytes(source, name, b, limit)
    if data is None:
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        b.problem(name, Said(_BYTE, byte=exc.start), not_utf8)
        return None


def member_xml(
    source: Source, name: str, b: AnswerBuilder, limit: int, root: str, what: str
) -> ET.Element | None:
    """The member parsed as XML with defusedxml (no DTD, no entities, no external anything),
    its root element named `root`; or None with why recorded. `what` names the kind of file
    (`a VOC annotation`) in what is said of the wrong root and of nesting too deep."""
    import defusedxml
    import defusedxml.ElementTree as SafeET

    data = member_bytes(source, name, b, limit)
    if data is None:
        return None
    try:
        element = SafeET.fromstring(data)
    except ET.ParseError as exc:
        line, column = exc.position
        b.problem(name, at_line(line), Said(_NOT_XML, column=column + 1))
        return None
    except defusedxml.DefusedXmlException:
        b.problem(
            name,
            "",
            QT_TRANSLATE_NOOP("messages", "declares a DTD or entities, which are not read"),
        )
        return None
    except RecursionError:
        b.problem(name, "", Said(_TOO_DEEP, what=Said(what)))
        return None
    if element.tag != root:
        b.problem(name, "", Said(_OTHER_ROOT, what=Said(what), root=short(element.tag)))
        return None
    return element


#: What `member_json` gives for a member it could not read (its problem is recorded).
NOT_READ: Any = object()
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)


def member_json(
    source: Source, name: str, b: AnswerBuilder, what: str, limit: int = MAX_MEMBER_BYTES
) -> Any:
    """The member's decoded JSON, or `NOT_READ` with why recorded: as `member_text`, and
    truncated, not JSON, or nested too deep to be `what` (`COCO`). NaN and Infinity, which
    are not JSON, become numbers that fail every check."""
    not_utf8 = QT_TRANSLATE_NOOP("messages", "is not UTF-8 text, as JSON must be")
    text = member_text(source, name, b, limit, not_utf8=not_utf8)
    if text is None:
        return NOT_READ
    try:
        return json.loads(text, parse_constant=lambda _: math.nan)
    except json.JSONDecodeError as exc:
        at = Said(_LINE_COLUMN, line=exc.lineno, column=exc.colno)
        if _looks_truncated(text):
            b.problem(name, at, _TRUNCATED)
        else:
            b.problem(name, at, Said(NOT_JSON, error=exc.msg))
    except RecursionError:
        b.problem(name, "", Said(_JSON_TOO_DEEP, what=Said(what)))
    return NOT_READ


def _looks_truncated(text: str) -> bool:
    """Whether JSON that failed to parse stops inside a string, an object or a list."""
    rest = _STRING.sub("", text)
    if '"' in rest:
        return True  # a string left open
    return rest.count("{") + rest.count("[") > rest.count("}") + rest.count("]")
