"""Label Studio's tags as the config import (`lsconfig`) reads them, and the words for
what becomes of each: which tags are objects, controls or left out (and why), a tag with
its attributes by lowercase name (`Tag`), a field on its way into the schema (`Draft`),
and a `visibleWhen` condition in words."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any
from xml.etree.ElementTree import Element

from labeler.core.i18n import QT_TRANSLATE_NOOP, Said

OBJECTS = {
    "image": "image",
    "text": "text",
    "hypertext": "text",
    "audio": "audio",
    "audioplus": "audio",
    # The parts of a comparison (`lscompare`): a ranked list, a chat, a dialogue.
    "list": "text",
    "chat": "text",
    "paragraphs": "text",
}
UNSUPPORTED_OBJECTS = {
    "video": QT_TRANSLATE_NOOP("messages", "videos are not supported; left out"),
    "timeseries": QT_TRANSLATE_NOOP("messages", "time series are not supported; left out"),
    "table": QT_TRANSLATE_NOOP("messages", "tables are not supported; left out"),
    "pdf": QT_TRANSLATE_NOOP("messages", "PDF documents are not supported; left out"),
}
REGION_TOOLS = {"rectangle": "boxes", "polygon": "polygons", "keypoint": "points"}
LABELLED_TOOLS = {
    "rectanglelabels": "boxes",
    "polygonlabels": "polygons",
    "keypointlabels": "points",
}
CONTROLS = {"choices", "labels", "hypertextlabels", "textarea", "rating", "pairwise", "ranker"}
BRUSH = QT_TRANSLATE_NOOP("messages", "brush masks are not supported; left out")
BITMASK = QT_TRANSLATE_NOOP("messages", "bitmask masks are not supported; left out")
ELLIPSE = QT_TRANSLATE_NOOP(
    "messages", "ellipses are not supported (boxes or polygons can stand in); left out"
)
VECTOR = QT_TRANSLATE_NOOP("messages", "vector shapes are not supported; left out")
UNSUPPORTED_CONTROLS = {
    "relations": QT_TRANSLATE_NOOP(
        "messages", "relations between regions have no equivalent; left out"
    ),
    "brushlabels": BRUSH,
    "brush": BRUSH,
    "bitmasklabels": BITMASK,
    "bitmask": BITMASK,
    "magicwand": QT_TRANSLATE_NOOP("messages", "magic-wand masks are not supported; left out"),
    "ellipselabels": ELLIPSE,
    "ellipse": ELLIPSE,
    "vectorlabels": VECTOR,
    "vector": VECTOR,
    "taxonomy": QT_TRANSLATE_NOOP(
        "messages", "taxonomies (nested labels) are not supported; left out"
    ),
    "number": QT_TRANSLATE_NOOP(
        "messages",
        "numbers have no field kind (a rating or text field can stand in); left out",
    ),
    "datetime": QT_TRANSLATE_NOOP(
        "messages",
        "dates and times have no field kind (a text field can stand in); left out",
    ),
    "videorectangle": QT_TRANSLATE_NOOP("messages", "video tracking is not supported; left out"),
    "timelinelabels": QT_TRANSLATE_NOOP("messages", "video timelines are not supported; left out"),
    "timeserieslabels": QT_TRANSLATE_NOOP("messages", "time series are not supported; left out"),
    "paragraphlabels": QT_TRANSLATE_NOOP(
        "messages", "dialogues (Paragraphs) are not supported; left out"
    ),
    "repeater": QT_TRANSLATE_NOOP("messages", "repeated blocks are not supported; left out"),
}
# A choice or label of a tag, as lines name it.
LABEL_AT = {
    "choice": QT_TRANSLATE_NOOP("messages", '{tag}, choice "{value}"'),
    "label": QT_TRANSLATE_NOOP("messages", '{tag}, label "{value}"'),
}
NO_VALUE = {
    "choice": QT_TRANSLATE_NOOP("messages", "a choice without a value; left out"),
    "label": QT_TRANSLATE_NOOP("messages", "a label without a value; left out"),
}
FROM_DATA = {
    "choice": QT_TRANSLATE_NOOP(
        "messages",
        "its choices come from each task's data, and a schema needs fixed ones; left out",
    ),
    "label": QT_TRANSLATE_NOOP(
        "messages",
        "its labels come from each task's data, and a schema needs fixed ones; left out",
    ),
}
NONE_OF = {
    "choice": QT_TRANSLATE_NOOP("messages", "has no choices; left out"),
    "label": QT_TRANSLATE_NOOP("messages", "has no labels; left out"),
}
# What a hotkey already picks, for a later label that wants the same key.
PICKED = {
    "choice": QT_TRANSLATE_NOOP("messages", 'choice "{value}" of field "{field}"'),
    "label": QT_TRANSLATE_NOOP("messages", 'label "{value}" of field "{field}"'),
}
# A `visibleWhen` on a choice: (picked, a choice named, a tag named) -> its words.
CHOICE_CONDITIONS = {
    (True, True, True): QT_TRANSLATE_NOOP("messages", 'only when "{choice}" is picked in "{tag}"'),
    (True, True, False): QT_TRANSLATE_NOOP("messages", 'only when "{choice}" is picked'),
    (True, False, True): QT_TRANSLATE_NOOP("messages", 'only when a choice is picked in "{tag}"'),
    (True, False, False): QT_TRANSLATE_NOOP("messages", "only when a choice is picked"),
    (False, True, True): QT_TRANSLATE_NOOP(
        "messages", 'only when "{choice}" is not picked in "{tag}"'
    ),
    (False, True, False): QT_TRANSLATE_NOOP("messages", 'only when "{choice}" is not picked'),
    (False, False, True): QT_TRANSLATE_NOOP(
        "messages", 'only when a choice is not picked in "{tag}"'
    ),
    (False, False, False): QT_TRANSLATE_NOOP("messages", "only when a choice is not picked"),
}
# A line about a tag: the tag as the config has it, then what became of it.
AT = QT_TRANSLATE_NOOP("messages", "{at}: {what}")
CONTAINERS = {"view", "collapse", "panel"}
SILENT = {"style", "script", "filter", "label", "choice", "relation", "shortcut"}
CANONICAL = {
    name.lower(): name
    for name in (
        "Image Text HyperText Audio AudioPlus Video TimeSeries Paragraphs Table PDF List Chat "
        "Choices Choice Labels Label HyperTextLabels RectangleLabels PolygonLabels KeyPointLabels "
        "Rectangle Polygon KeyPoint TextArea Rating Relations Relation BrushLabels Brush "
        "BitmaskLabels Bitmask MagicWand EllipseLabels Ellipse VectorLabels Vector Taxonomy "
        "Ranker Pairwise Number DateTime VideoRectangle TimelineLabels TimeSeriesLabels "
        "ParagraphLabels Repeater View Collapse Panel Header Style Script Filter Shortcut"
    ).split()
}
RESERVED_HOTKEYS = {" ": "Space", "?": "?"}
#: A comparison's prompt is the Text of one of these names, else its first Text of data.
PROMPT_NAMES = ("prompt", "query", "question", "instruction", "input")


@dataclass
class Tag:
    """One element as Label Studio reads it: canonical tag, attributes by lowercase name."""

    element: Element
    tag: str
    attrs: dict[str, str]
    conditions: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        return self.tag.lower()

    def get(self, name: str, default: str = "") -> str:
        return self.attrs.get(name.lower(), default).strip()

    def flag(self, name: str) -> bool:
        return self.get(name).lower() == "true"

    def ref(self, *extra: str) -> str:
        """`<Tag name="x" extra>` as the lines name it."""
        name = self.get("name")
        inner = " ".join([self.tag] + ([f'name="{name}"'] if name else []) + list(extra))
        return f"<{inner}>"


def tag_of(element: Element, conditions: tuple[str, ...] = ()) -> Tag:
    raw = element.tag if isinstance(element.tag, str) else ""
    local = raw.rsplit("}", 1)[-1]
    attrs = {k.rsplit("}", 1)[-1].lower(): v for k, v in element.attrib.items()}
    return Tag(element, CANONICAL.get(local.lower(), local), attrs, conditions)


@dataclass
class Draft:
    """A field on its way into the schema."""

    source: Tag
    name: str
    kind: str
    required: bool = False
    labels: list[dict[str, str]] = field(default_factory=list)
    max: int | None = None
    title: str | None = None
    #: The comparison kinds' own schema keys (`tie`, `rows`, …).
    extra: dict[str, Any] = field(default_factory=dict)
    #: The controls whose results answer this field, and how (`lscompare`).
    reads: dict[str, tuple[str, ...]] = field(default_factory=dict)


def text_of(tag: Tag) -> str:
    """A Header's or static Text's words: its `value`, else its text content."""
    value = tag.get("value")
    if value:
        return value
    return " ".join("".join(tag.element.itertext()).split())


def is_static(tag: Tag) -> bool:
    """A Text or HyperText that shows fixed words instead of an item's data."""
    if tag.key not in ("text", "hypertext"):
        return False
    if "value" in tag.attrs:
        return "$" not in tag.attrs["value"]
    return bool("".join(tag.element.itertext()).strip())


def attr(name: str, value: str) -> str:
    return f'{name}="{value}"'


def condition(t: Tag) -> Said:
    """A `visibleWhen` condition in words: 'only when "Noisy" is picked in "other-props"'."""
    when = t.get("visibleWhen").lower()
    tag, choice, label = t.get("whenTagName"), t.get("whenChoiceValue"), t.get("whenLabelValue")
    if when in ("choice-selected", "choice-unselected"):
        picked = when == "choice-selected"
        template = CHOICE_CONDITIONS[(picked, bool(choice), bool(tag))]
        return Said(template, choice=choice, tag=tag)
    if when == "region-selected":
        if label:
            return Said(
                QT_TRANSLATE_NOOP("messages", "only while a region labelled '{label}' is selected"),
                label=label,
            )
        return Said(QT_TRANSLATE_NOOP("messages", "only while a region is selected"))
    if when == "no-region-selected":
        return Said(QT_TRANSLATE_NOOP("messages", "only while no region is selected"))
    return Said(
        QT_TRANSLATE_NOOP("messages", "only under a condition (visibleWhen='{when}')"), when=when
    )


def all_of(conditions: tuple[str, ...]) -> str:
    """Conditions (or media kinds) one after another: 'only when … and only while …'."""
    if len(conditions) == 1:
        return conditions[0]
    return Said(
        QT_TRANSLATE_NOOP("messages", "{first} and {rest}"),
        first=conditions[0],
        rest=all_of(conditions[1:]),
    )


def field_name(raw: str) -> str:
    """A name that matches `^[a-z][a-z0-9_]{0,63}$`, derived from a Label Studio name."""
    folded = unicodedata.normalize("NFKD", raw).encode("ascii", "ignore").decode().lower()
    name = re.sub(r"[^a-z0-9]+", "_", folded).strip("_") or "field"
    if not name[0].isalpha():
        name = f"field_{name}"
    return name[:64].rstrip("_")


def unique_name(name: str, used: set[str]) -> str:
    candidate, n = name, 1
    while candidate in used:
        n += 1
        suffix = f"_{n}"
        candidate = name[: 64 - len(suffix)] + suffix
    used.add(candidate)
    return candidate
