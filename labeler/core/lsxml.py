"""Reading a Label Studio config safely, and its colour values.

The XML is untrusted: defusedxml refuses DTDs, entities and external references, and
size, depth and element count are capped, so no input can hang or exhaust the reader.
`labeler.core.lsconfig` maps what is read onto a schema.
"""

from __future__ import annotations

import io
import re
from xml.etree.ElementTree import Element, ParseError

import webcolors
from defusedxml import DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden
from defusedxml.ElementTree import iterparse

from labeler.core.i18n import QT_TRANSLATE_NOOP, Said

#: Real configs are a few kilobytes; anything past this is refused outright.
MAX_CONFIG_CHARS = 1_000_000
_MAX_DEPTH = 100
_MAX_ELEMENTS = 20_000
_RGB_RE = re.compile(r"rgba?\(\s*([^)]*)\)")


class LabelStudioConfigError(ValueError):
    """A Label Studio config that cannot be imported; the message says why."""


def parse_config(xml: str) -> Element:
    """The root element of `xml`, or `LabelStudioConfigError` saying why not."""
    if not isinstance(xml, str):
        raise LabelStudioConfigError(
            QT_TRANSLATE_NOOP("messages", "A Label Studio config must be given as text.")
        )
    if not xml.strip():
        raise LabelStudioConfigError(
            QT_TRANSLATE_NOOP("messages", "The Label Studio config is empty.")
        )
    if len(xml) > MAX_CONFIG_CHARS:
        raise LabelStudioConfigError(
            Said(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The Label Studio config is {size} million characters long; a config may"
                    " have at most {limit} million.",
                ),
                size=f"{len(xml) / 1e6:.1f}",
                limit=MAX_CONFIG_CHARS // 1_000_000,
            )
        )
    try:
        data = xml.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise LabelStudioConfigError(
            QT_TRANSLATE_NOOP(
                "messages", "The Label Studio config holds characters that are not valid Unicode."
            )
        ) from exc
    root: Element | None = None
    depth = count = 0
    try:
        for event, element in iterparse(io.BytesIO(data), ("start", "end"), forbid_dtd=True):
            if event == "end":
                depth -= 1
                continue
            root = element if root is None else root
            depth += 1
            count += 1
            if depth > _MAX_DEPTH:
                raise LabelStudioConfigError(
                    Said(
                        QT_TRANSLATE_NOOP(
                            "messages", "The Label Studio config nests tags more than {depth} deep."
                        ),
                        depth=_MAX_DEPTH,
                    )
                )
            if count > _MAX_ELEMENTS:
                raise LabelStudioConfigError(
                    Said(
                        QT_TRANSLATE_NOOP(
                            "messages", "The Label Studio config has more than {count} tags."
                        ),
                        count=_MAX_ELEMENTS,
                    )
                )
    except DTDForbidden as exc:
        raise LabelStudioConfigError(
            QT_TRANSLATE_NOOP(
                "messages",
                "The Label Studio config declares a document type (<!DOCTYPE>); configs never"
                " need one, and it is refused for safety.",
            )
        ) from exc
    except (EntitiesForbidden, ExternalReferenceForbidden) as exc:
        raise LabelStudioConfigError(
            QT_TRANSLATE_NOOP(
                "messages",
                "The Label Studio config declares entities or external references; configs"
                " never need them, and they are refused for safety.",
            )
        ) from exc
    except ParseError as exc:
        reason = str(exc).split(":")[0]
        line, column = getattr(exc, "position", (0, -1))
        raise LabelStudioConfigError(
            Said(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The Label Studio config is not well-formed XML: {error} at line {line},"
                    " column {column}.",
                ),
                error=reason,
                line=line,
                column=column + 1,
            )
        ) from exc
    assert root is not None
    return root


def css_colour(raw: str) -> str | None:
    """`#rrggbb` for a CSS colour (hex, rgb()/rgba(), or a name), or None."""
    text = raw.strip().lower()
    try:
        if text.startswith("#"):
            return str(webcolors.normalize_hex(text[:7] if len(text) in (7, 9) else text))
        if match := _RGB_RE.fullmatch(text):
            parts = [p.strip() for p in match.group(1).replace("/", ",").split(",")]
            channels = [_channel(p) for p in parts[:3]]
            if len(parts) not in (3, 4) or None in channels:
                return None
            return "#" + "".join(f"{c:02x}" for c in channels if c is not None)
        return str(webcolors.name_to_hex(text))
    except ValueError:
        return None


def _channel(part: str) -> int | None:
    try:
        value = float(part[:-1]) * 2.55 if part.endswith("%") else float(part)
    except ValueError:
        return None
    return round(value) if 0 <= value <= 255 else None
