"""Reading one member of a source for a reader: its bytes, its text, its XML, with every
way it can fail (too large, a damaged archive, not UTF-8, not well-formed) recorded as an
import problem of that member, so each reader says the same thing about the same failure.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from labeler.core.formats.reading import AnswerBuilder
from labeler.core.formats.streams import (
    MAX_MEMBER_BYTES,
    READ_ERRORS,
    Source,
    TooLarge,
    read_member,
)
from labeler.core.jsonvalues import short


def member_bytes(
    source: Source, name: str, b: AnswerBuilder, limit: int = MAX_MEMBER_BYTES
) -> bytes | None:
    """The member's bytes, or None with why recorded."""
    try:
        return read_member(source, name, limit)
    except TooLarge as exc:
        b.problem(name, "", f"cannot be read: it {exc}")
    except READ_ERRORS as exc:
        b.problem(name, "", f"cannot be read from the archive: {exc}")
    return None


def member_text(
    source: Source,
    name: str,
    b: AnswerBuilder,
    limit: int = MAX_MEMBER_BYTES,
    not_utf8: str = "is not UTF-8 text",
) -> str | None:
    """The member as UTF-8 text (a byte order mark left out), or None with why recorded;
    `not_utf8` is what is said of a file that is not UTF-8 (at the byte where it fails)."""
    data = member_bytes(source, name, b, limit)
    if data is None:
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        b.problem(name, f"byte {exc.start}", not_utf8)
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
        b.problem(name, f"line {line}", f"is not well-formed XML (column {column + 1})")
        return None
    except defusedxml.DefusedXmlException:
        b.problem(name, "", "declares a DTD or entities, which are not read")
        return None
    except RecursionError:
        b.problem(name, "", f"nests too deep to be {what}")
        return None
    if element.tag != root:
        b.problem(name, "", f"is not {what}: its root is <{short(element.tag)}>")
        return None
    return element
