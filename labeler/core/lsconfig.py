"""Label Studio labeling configs (XML) carried over into our label schema.

`import_labelstudio(xml)` reads a config as Label Studio would (tag and attribute
names ignore case), maps what has an equivalent onto a schema document that
`parse_schema` accepts unchanged, and lists in plain English everything left out
or changed on the way. The XML is untrusted: defusedxml refuses DTDs, entities
and external references, and size, depth and element count are capped, so no
input can hang or exhaust the importer.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from xml.etree.ElementTree import Element

from labeler.core.digits import ascii_int
from labeler.core.i18n import QT_TRANSLATE_NOOP, Said, joined
from labeler.core.lscompare import ComparisonLayout, data_key
from labeler.core.lsxml import MAX_CONFIG_CHARS, LabelStudioConfigError, css_colour, parse_config
from labeler.core.problems import SchemaInvalid
from labeler.core.schema import MAX_FIELDS, parse_schema

__all__ = [
    "MAX_CONFIG_CHARS",
    "LabelStudioConfigError",
    "LabelStudioImport",
    "field_name",
    "import_labelstudio",
]

_TITLE = "Imported from Label Studio"

_OBJECTS = {
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
_UNSUPPORTED_OBJECTS = {
    "video": QT_TRANSLATE_NOOP("messages", "videos are not supported; left out"),
    "timeseries": QT_TRANSLATE_NOOP("messages", "time series are not supported; left out"),
    "table": QT_TRANSLATE_NOOP("messages", "tables are not supported; left out"),
    "pdf": QT_TRANSLATE_NOOP("messages", "PDF documents are not supported; left out"),
}
_REGION_TOOLS = {"rectangle": "boxes", "polygon": "polygons", "keypoint": "points"}
_LABELLED_TOOLS = {
    "rectanglelabels": "boxes",
    "polygonlabels": "polygons",
    "keypointlabels": "points",
}
_CONTROLS = {"choices", "labels", "hypertextlabels", "textarea", "rating", "pairwise", "ranker"}
_BRUSH = QT_TRANSLATE_NOOP("messages", "brush masks are not supported; left out")
_BITMASK = QT_TRANSLATE_NOOP("messages", "bitmask masks are not supported; left out")
_ELLIPSE = QT_TRANSLATE_NOOP(
    "messages", "ellipses are not supported (boxes or polygons can stand in); left out"
)
_VECTOR = QT_TRANSLATE_NOOP("messages", "vector shapes are not supported; left out")
_UNSUPPORTED_CONTROLS = {
    "relations": QT_TRANSLATE_NOOP(
        "messages", "relations between regions have no equivalent; left out"
    ),
    "brushlabels": _BRUSH,
    "brush": _BRUSH,
    "bitmasklabels": _BITMASK,
    "bitmask": _BITMASK,
    "magicwand": QT_TRANSLATE_NOOP("messages", "magic-wand masks are not supported; left out"),
    "ellipselabels": _ELLIPSE,
    "ellipse": _ELLIPSE,
    "vectorlabels": _VECTOR,
    "vector": _VECTOR,
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
_LABEL_AT = {
    "choice": QT_TRANSLATE_NOOP("messages", '{tag}, choice "{value}"'),
    "label": QT_TRANSLATE_NOOP("messages", '{tag}, label "{value}"'),
}
_NO_VALUE = {
    "choice": QT_TRANSLATE_NOOP("messages", "a choice without a value; left out"),
    "label": QT_TRANSLATE_NOOP("messages", "a label without a value; left out"),
}
_FROM_DATA = {
    "choice": QT_TRANSLATE_NOOP(
        "messages",
        "its choices come from each task's data, and a schema needs fixed ones; left out",
    ),
    "label": QT_TRANSLATE_NOOP(
        "messages",
        "its labels come from each task's data, and a schema needs fixed ones; left out",
    ),
}
_NONE_OF = {
    "choice": QT_TRANSLATE_NOOP("messages", "has no choices; left out"),
    "label": QT_TRANSLATE_NOOP("messages", "has no labels; left out"),
}
# What a hotkey already picks, for a later label that wants the same key.
_PICKED = {
    "choice": QT_TRANSLATE_NOOP("messages", 'choice "{value}" of field "{field}"'),
    "label": QT_TRANSLATE_NOOP("messages", 'label "{value}" of field "{field}"'),
}
# A `visibleWhen` on a choice: (picked, a choice named, a tag named) -> its words.
_CHOICE_CONDITIONS = {
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
_AT = QT_TRANSLATE_NOOP("messages", "{at}: {what}")
_CONTAINERS = {"view", "collapse", "panel"}
_SILENT = {"style", "script", "filter", "label", "choice", "relation", "shortcut"}
_CANONICAL = {
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
_RESERVED_HOTKEYS = {" ": "Space", "?": "?"}
#: A comparison's prompt is the Text of one of these names, else its first Text of data.
_PROMPT_NAMES = ("prompt", "query", "question", "instruction", "input")


@dataclass(frozen=True)
class LabelStudioImport:
    """What an import gives: a valid schema document and one line per thing not carried
    over, or changed on the way, naming the tag and its `name`."""

    schema: dict[str, Any]
    dropped: list[str]
    #: Where a comparison's tasks hold their prompt, candidates and conversation, and
    #: how its controls' results read (`lscompare`); None for other configs.
    layout: ComparisonLayout | None = None


def import_labelstudio(xml: str) -> LabelStudioImport:
    """Turn a Label Studio labeling config into a schema document.

    Raises `LabelStudioConfigError` for text that is not well-formed XML (or declares a
    DTD or entities, or is too big or too deep), a config without a supported object
    tag (Image, Text, HyperText, Audio, AudioPlus; List, Chat, Paragraphs of a
    comparison), one that shows media of more than one kind, and one from which no field
    can be carried over."""
    return _Importer(parse_config(xml)).run()


# -- parsing -------------------------------------------------------------------------


# -- the import ----------------------------------------------------------------------


@dataclass
class _Tag:
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


def _tag(element: Element, conditions: tuple[str, ...] = ()) -> _Tag:
    raw = element.tag if isinstance(element.tag, str) else ""
    local = raw.rsplit("}", 1)[-1]
    attrs = {k.rsplit("}", 1)[-1].lower(): v for k, v in element.attrib.items()}
    return _Tag(element, _CANONICAL.get(local.lower(), local), attrs, conditions)


@dataclass
class _Draft:
    """A field on its way into the schema."""

    source: _Tag
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


def _text_of(tag: _Tag) -> str:
    """A Header's or static Text's words: its `value`, else its text content."""
    value = tag.get("value")
    if value:
        return value
    return " ".join("".join(tag.element.itertext()).split())


def _is_static(tag: _Tag) -> bool:
    """A Text or HyperText that shows fixed words instead of an item's data."""
    if tag.key not in ("text", "hypertext"):
        return False
    if "value" in tag.attrs:
        return "$" not in tag.attrs["value"]
    return bool("".join(tag.element.itertext()).strip())


class _Importer:
    def __init__(self, root: Element) -> None:
        self.root = root
        self.order = {id(e): i for i, e in enumerate(root.iter())}
        self.lines: list[tuple[int, int, str]] = []
        self.instructions: list[str] = []
        self.drafts: list[_Draft] = []
        self.objects: dict[str, _Tag] = {}  # by name, the first of each name
        self.left: dict[int, Said] = {}  # id of each object left out -> why
        self.kept: _Tag | None = None
        self.media = ""
        self.labels_on: dict[str, list[_Tag]] = {}  # image name -> its <Labels>
        self.tools_on: dict[str, list[_Tag]] = {}  # image name -> its unlabelled tools
        self.layout: ComparisonLayout | None = None
        self.parts: dict[str, _Tag] = {}  # the objects a comparison is made of, by name
        self.compared: list[str] = []  # the names of the Texts a Pairwise compares
        self.rated: _Draft | None = None  # the criteria field of ratings on candidates

    def run(self) -> LabelStudioImport:
        events = list(self._walk(self.root, ()))
        self._find_layout(events)
        self._choose_media([t for kind, t in events if kind == "object"])
        for kind, t in events:
            if kind == "control" and t.key in ("labels", *_REGION_TOOLS):
                into = self.labels_on if t.key == "labels" else self.tools_on
                into.setdefault(self._target_of(t), []).append(t)
        self._convert(events)
        return self._finish()

    def _drop(self, t: _Tag, line: str) -> None:
        """Note a line about `t`; lines come out in document order."""
        self.lines.append((self.order.get(id(t.element), 0), len(self.lines), line))

    # Pass 1: document order, with the conditions of enclosing Views.
    def _walk(self, element: Element, conditions: tuple[str, ...]) -> Iterator[tuple[str, _Tag]]:
        t = _tag(element, conditions)
        if t.attrs.get("visiblewhen"):
            t.conditions = conditions = (*conditions, _condition(t))
        key = t.key
        if key == "header" or _is_static(t):
            yield ("header" if key == "header" else "static"), t
        elif key in _OBJECTS or key in _UNSUPPORTED_OBJECTS:
            yield "object", t
        elif key in _CONTROLS or key in _LABELLED_TOOLS or key in _REGION_TOOLS:
            yield "control", t
        elif key in _UNSUPPORTED_CONTROLS:
            self._drop(t, Said(_AT, at=t.ref(), what=Said(_UNSUPPORTED_CONTROLS[key])))
        elif key not in _SILENT:
            if element is not self.root and key not in _CONTAINERS:
                what = Said(
                    QT_TRANSLATE_NOOP(
                        "messages", "not a Label Studio tag this import knows; ignored"
                    )
                )
                self._drop(t, Said(_AT, at=t.ref(), what=what))
            if key == "panel" and t.get("value"):
                yield "header", t
            for child in element:
                if isinstance(child.tag, str):
                    yield from self._walk(child, conditions)

    def _find_layout(self, events: list[tuple[str, _Tag]]) -> None:
        """A comparison's parts: the Texts a Pairwise compares, a List, a Chat or
        Paragraphs; the prompt is the first other Text with task data."""
        objects = {t.get("name"): t for kind, t in events if kind == "object"}
        for kind, t in events:
            if kind == "control" and t.key == "pairwise" and not self.compared:
                names = self._targets(t)
                tags = [objects.get(n) for n in names]
                if len(set(names)) == 2 and all(x is not None and x.key == "text" for x in tags):
                    self.compared = names
        found = [t for t in objects.values() if t.key in ("list", "chat", "paragraphs")]
        if not self.compared and not found:
            return
        layout = self.layout = ComparisonLayout()
        for name in self.compared:
            self.parts[name] = objects[name]
            layout.candidates.append(data_key(objects[name].get("value")) or name)
        for t in found:
            key = data_key(t.get("value")) or t.get("name")
            if t.key == "list" and not layout.candidates and layout.candidate_list is None:
                layout.candidate_list = key
            elif t.key in ("chat", "paragraphs") and layout.conversation is None:
                layout.conversation = key
                layout.paragraphs = t.key == "paragraphs"
                layout.name_key = t.get("nameKey") or "author"
                layout.text_key = t.get("textKey") or "text"
            else:
                continue
            self.parts[t.get("name")] = t

    def _choose_media(self, objects: list[_Tag]) -> None:
        if self.layout is not None:
            texts = [
                t
                for t in objects
                if t.key == "text" and t.get("name") not in self.parts and data_key(t.get("value"))
            ]
            named = [t for t in texts if t.get("name").lower() in _PROMPT_NAMES]
            prompt = next(iter(named or texts), None)
            if prompt is not None:
                self.layout.text = data_key(prompt.get("value"))
            objects = [prompt or next(iter(self.parts.values()))] + [
                t for t in objects if t is not prompt
            ]
        supported = [t for t in objects if t.key in _OBJECTS]
        if not supported:
            shown = ", ".join(sorted({t.tag for t in objects}))
            if shown:
                raise LabelStudioConfigError(
                    Said(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "The Label Studio config has no object tag this import supports "
                            "(Image, Text, HyperText, Audio, AudioPlus, List, Chat or "
                            "Paragraphs); it shows {tags}.",
                        ),
                        tags=shown,
                    )
                )
            raise LabelStudioConfigError(
                Said(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "The Label Studio config has no object tag this import supports "
                        "(Image, Text, HyperText, Audio, AudioPlus, List, Chat or Paragraphs).",
                    )
                )
            )
        kinds = sorted({_OBJECTS[t.key] for t in supported})
        if len(kinds) > 1:
            tags = ", ".join(t.ref() for t in supported)
            raise LabelStudioConfigError(
                Said(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "The Label Studio config shows {kinds} together ({tags}); a schema "
                        "has one media kind.",
                    ),
                    kinds=_all_of(tuple(kinds)),
                    tags=tags,
                )
            )
        kept = self.kept = supported[0]
        self.media = kinds[0]
        for t in objects:
            self.objects.setdefault(t.get("name"), t)
            if t is kept or t.get("name") in self.parts and t is self.parts[t.get("name")]:
                continue
            if t.key in _OBJECTS:
                why = Said(
                    QT_TRANSLATE_NOOP(
                        "messages", "an item has one {media}; only {kept} is carried over"
                    ),
                    media=self.media,
                    kept=kept.ref(),
                )
            else:
                why = Said(_UNSUPPORTED_OBJECTS[t.key])
            self.left[id(t)] = why
        if kept.key == "hypertext":
            self.left[id(kept)] = Said(
                QT_TRANSLATE_NOOP(
                    "messages", "carried over as plain text; items hold text, not HTML"
                )
            )
        granularity = kept.get("granularity").lower()
        if granularity and granularity not in ("symbol", "char"):
            self.left[id(kept)] = Said(
                QT_TRANSLATE_NOOP(
                    "messages", 'granularity "{granularity}" ignored; spans are by character'
                ),
                granularity=granularity,
            )

    def _kept_name(self) -> str:
        assert self.kept is not None
        return self.kept.get("name")

    def _targets(self, t: _Tag) -> list[str]:
        return [n.strip() for n in t.get("toName").split(",") if n.strip()]

    def _target_of(self, t: _Tag) -> str:
        return next(iter(self._targets(t)), self._kept_name())

    # Pass 2: controls into drafts, headers into titles and instructions.
    def _convert(self, events: list[tuple[str, _Tag]]) -> None:
        pending: list[str] = []
        for kind, t in events:
            if kind == "header":
                text = _text_of(t)
                if "$" in t.get("value"):
                    what = Said(QT_TRANSLATE_NOOP("messages", "shows task data; left out"))
                    self._drop(t, Said(_AT, at=t.ref(_attr("value", text)), what=what))
                elif text:
                    pending.append(text)
            elif kind == "static":
                self.instructions += [*pending, _text_of(t)]
                pending = []
            elif kind == "object":
                if id(t) in self.left:
                    self._drop(t, Said(_AT, at=t.ref(), what=self.left[id(t)]))
                if t is self.kept:
                    self.instructions += pending
                pending = []  # the headers of an object left out go with it
            elif t.key in _REGION_TOOLS and self.labels_on.get(self._target_of(t)):
                continue  # its fields come with the <Labels> that names its labels
            else:
                drafts = self._control(t)
                title = pending.pop() if pending else None
                self.instructions += pending
                pending = []
                if drafts and drafts[0].title is None:
                    drafts[0].title = title
                self.drafts += drafts
        self.instructions += pending

    def _control(self, t: _Tag) -> list[_Draft]:
        key = t.key
        if t.flag("perRegion"):
            what = Said(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "answers per region have no equivalent (a region carries only its label); "
                    "left out",
                )
            )
            self._drop(t, Said(_AT, at=t.ref("perRegion"), what=what))
            return []
        region = key not in ("choices", "textarea", "rating")
        if (why := self._off_target(t, region)) is not None:
            left = Said(QT_TRANSLATE_NOOP("messages", "{why}; left out"), why=why)
            self._drop(t, Said(_AT, at=t.ref(), what=left))
            return []
        if key in ("pairwise", "ranker") or (key == "rating" and self._rates_candidates(t)):
            drafts = self._comparison(t)
        elif key == "choices":
            drafts = self._choices(t)
        elif key == "textarea":
            drafts = [self._draft(t, "transcript" if self.media == "audio" else "text")]
        elif key == "rating":
            drafts = [self._rating(t)]
        elif key in _REGION_TOOLS:
            drafts = self._tool(t)
        else:
            drafts = self._regions(t)
        if t.conditions and drafts:
            what = Said(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "shown in Label Studio {when}; here it is always shown, and optional",
                ),
                when=_all_of(t.conditions),
            )
            self._drop(t, Said(_AT, at=t.ref("visibleWhen"), what=what))
            for draft in drafts:
                draft.required = False
        return drafts

    def _rates_candidates(self, t: _Tag) -> bool:
        """A Rating of one compared Text, or per item of a List."""
        targets = self._targets(t)
        part = self.parts.get(targets[0]) if targets else None
        if part is None:
            return False
        return part.get("name") in self.compared or (part.key == "list" and t.flag("perItem"))

    def _comparison(self, t: _Tag) -> list[_Draft]:
        """Pairwise, Ranker and ratings of candidates (`lscompare`)."""
        targets = self._targets(t)
        part = self.parts.get(targets[0]) if targets else None
        name = t.get("name")
        if t.key == "pairwise":
            if targets != self.compared or len(self.parts) < 2:
                what = Said(
                    QT_TRANSLATE_NOOP("messages", "compares two Text objects here; left out")
                )
                self._drop(t, Said(_AT, at=t.ref(), what=what))
                return []
            draft = self._draft(t, "pairwise")
            draft.required = True
            draft.extra = {"tie": False, "strength": False}
            draft.reads[name] = ("pairwise",)
            what = Said(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "a pairwise field without tie or strength, as in Label Studio (the schema "
                    "can allow both)",
                )
            )
            self._drop(t, Said(_AT, at=t.ref(), what=what))
            return [draft]
        if t.key == "ranker":
            if part is None or part.key != "list":
                what = Said(QT_TRANSLATE_NOOP("messages", "ranks a List here; left out"))
                self._drop(t, Said(_AT, at=t.ref(), what=what))
                return []
            buckets = [_tag(c) for c in t.element if _tag(c).key == "bucket"]
            if buckets:
                draft = self._draft(t, "flags")
                draft.labels = [{"value": b.get("name")} for b in buckets if b.get("name")]
                draft.reads[name] = ("buckets",)
                what = Said(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "its Buckets sort the listed items into groups: a flags field, each "
                        "bucket a label an item may get",
                    )
                )
                self._drop(t, Said(_AT, at=t.ref(), what=what))
                return [draft] if draft.labels else []
            draft = self._draft(t, "ranking")
            draft.required = True
            draft.reads[name] = ("ranker",)
            return [draft]
        stars = self._rating(t).max or 5
        if part is not None and part.key == "list":
            draft = self._draft(t, "criteria")
            draft.extra = {"rows": "candidates", "min": 1, "max": stars}
            what = Said(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "a criteria field rating each listed item (its results in tasks are not "
                    "read: they are reported)",
                )
            )
            self._drop(t, Said(_AT, at=t.ref("perItem"), what=what))
            return [draft]
        letter = "ABCDEFGHIJ"[self.compared.index(targets[0])]
        if self.rated is None:
            draft = self.rated = self._draft(t, "criteria")
            draft.extra = {"rows": "candidates", "min": 1, "max": stars}
            draft.reads[name] = ("rating", letter)
            what = Said(
                QT_TRANSLATE_NOOP(
                    "messages", "rates candidate {letter}: a criteria field rating each candidate"
                ),
                letter=letter,
            )
            self._drop(t, Said(_AT, at=t.ref(), what=what))
            return [draft]
        if self.rated.extra["max"] != stars or name in self.rated.reads:
            what = Said(
                QT_TRANSLATE_NOOP(
                    "messages", "a second rating of the candidates on another scale; left out"
                )
            )
            self._drop(t, Said(_AT, at=t.ref(), what=what))
            return []
        self.rated.reads[name] = ("rating", letter)
        what = Said(
            QT_TRANSLATE_NOOP(
                "messages", "rates candidate {letter}, a row of the criteria field of {field}"
            ),
            letter=letter,
            field=self.rated.source.ref(),
        )
        self._drop(t, Said(_AT, at=t.ref(), what=what))
        return []

    def _off_target(self, t: _Tag, region: bool) -> Said | None:
        """Why a control does not fit the item's one media, or None when it does."""
        targets = self._targets(t)
        if not targets or self._kept_name() in targets or any(n in self.parts for n in targets):
            return None
        for name in targets:
            if name in self.objects:
                return Said(
                    QT_TRANSLATE_NOOP("messages", "labels {tag}, which is not carried over"),
                    tag=self.objects[name].ref(),
                )
        if not region:
            return None
        return Said(
            QT_TRANSLATE_NOOP("messages", 'toName "{name}" names no object'), name=targets[0]
        )

    def _draft(self, t: _Tag, kind: str) -> _Draft:
        headers = (_tag(c) for c in t.element)
        title = next((_text_of(h) for h in headers if h.key == "header"), None)
        return _Draft(t, t.get("name"), kind, required=t.flag("required"), title=title or None)

    def _choices(self, t: _Tag) -> list[_Draft]:
        multiple = t.get("choice").lower() == "multiple"
        draft = self._draft(t, "multichoice" if multiple else "choice")
        draft.labels = self._labels(t, "choice")
        return [draft] if draft.labels else []

    def _rating(self, t: _Tag) -> _Draft:
        draft = self._draft(t, "rating")
        raw = t.get("maxRating") or "5"
        stars = ascii_int(raw)
        draft.max = stars if stars is not None and 2 <= stars <= 100 else 5
        if stars != draft.max:
            what = Said(
                QT_TRANSLATE_NOOP(
                    "messages", "the most stars must be a whole number from 2 to 100; 5 used"
                )
            )
            self._drop(t, Said(_AT, at=t.ref(_attr("maxRating", raw)), what=what))
        return draft

    def _regions(self, t: _Tag) -> list[_Draft]:
        """Fields of a labels control: one, or one per drawing tool for <Labels> on an image."""
        key, name = t.key, t.get("name")
        fits = "image" if key in _LABELLED_TOOLS else "text" if key == "hypertextlabels" else ""
        if fits and self.media != fits:
            what = Said(
                QT_TRANSLATE_NOOP("messages", "needs {fits} media, not {media}; left out"),
                fits=fits,
                media=self.media,
            )
            self._drop(t, Said(_AT, at=t.ref(), what=what))
            return []
        if key in _LABELLED_TOOLS:
            kinds = [(_LABELLED_TOOLS[key], name)]
        elif self.media == "image":
            target = self._target_of(t)
            several = len(self.labels_on.get(target, [])) > 1
            tools = self.tools_on.get(target, [])
            kinds = [(_REGION_TOOLS[x.key], _joined(name, x.get("name"), several)) for x in tools]
            if not kinds:
                what = Said(
                    QT_TRANSLATE_NOOP(
                        "messages", "no Rectangle, Polygon or KeyPoint goes with it; left out"
                    )
                )
                self._drop(t, Said(_AT, at=t.ref(), what=what))
                return []
            names = ", ".join(f'"{n}"' for _, n in kinds)
            what = Said(
                QT_TRANSLATE_NOOP("messages", "its labels go to the region fields {names}"),
                names=names,
            )
            self._drop(t, Said(_AT, at=t.ref(), what=what))
        else:
            kinds = [("spans" if self.media == "text" else "segments", name)]
        labels = self._labels(t, "label")
        if not labels:
            return []
        if t.get("choice").lower() == "multiple":
            what = Said(QT_TRANSLATE_NOOP("messages", "a region gets one label here"))
            self._drop(t, Said(_AT, at=t.ref(_attr("choice", "multiple")), what=what))
        if t.get("maxUsages"):
            what = Said(QT_TRANSLATE_NOOP("messages", "limits on uses per item have no equivalent"))
            self._drop(t, Said(_AT, at=t.ref("maxUsages"), what=what))
        return [_Draft(t, n, kind, labels=[dict(lb) for lb in labels]) for kind, n in kinds]

    def _tool(self, t: _Tag) -> list[_Draft]:
        if self.media != "image":
            what = Said(
                QT_TRANSLATE_NOOP("messages", "needs {fits} media, not {media}; left out"),
                fits="image",
                media=self.media,
            )
            self._drop(t, Said(_AT, at=t.ref(), what=what))
            return []
        name = t.get("name") or t.key
        what = Said(
            QT_TRANSLATE_NOOP(
                "messages", 'regions without labels; carried over with one label, "{name}"'
            ),
            name=name,
        )
        self._drop(t, Said(_AT, at=t.ref(), what=what))
        return [_Draft(t, name, _REGION_TOOLS[t.key], labels=[{"value": name}])]

    def _labels(self, t: _Tag, child: str) -> list[dict[str, str]]:
        """The <Choice> or <Label> children of a control, as schema labels."""
        labels: list[dict[str, str]] = []
        for element in t.element.iter():
            c = _tag(element)
            if c.key != child:
                continue
            value = c.attrs.get("value") or "".join(element.itertext())
            at = Said(_LABEL_AT[child], tag=t.ref(), value=value)
            if not value.strip():
                self._drop(t, Said(_AT, at=t.ref(), what=Said(_NO_VALUE[child])))
                continue
            if any(label["value"] == value for label in labels):
                what = Said(QT_TRANSLATE_NOOP("messages", "appears twice; the second is left out"))
                self._drop(t, Said(_AT, at=at, what=what))
                continue
            label = {"value": value}
            if hotkey := c.attrs.get("hotkey", ""):
                label["hotkey"] = hotkey
            if background := c.get("background"):
                if (colour := css_colour(background)) is not None:
                    label["color"] = colour
                else:
                    what = Said(
                        QT_TRANSLATE_NOOP(
                            "messages", 'colour "{colour}" is not one we can read; left out'
                        ),
                        colour=background,
                    )
                    self._drop(t, Said(_AT, at=at, what=what))
            if (alias := c.get("alias")) and alias != value:
                what = Said(
                    QT_TRANSLATE_NOOP(
                        "messages", 'alias "{alias}" has no equivalent; answers store "{value}"'
                    ),
                    alias=alias,
                    value=value,
                )
                self._drop(t, Said(_AT, at=at, what=what))
            if c.flag("selected"):
                what = Said(
                    QT_TRANSLATE_NOOP(
                        "messages", "pre-selected in Label Studio; a prefill can propose it"
                    )
                )
                self._drop(t, Said(_AT, at=at, what=what))
            if hint := c.get("hint"):
                what = Said(
                    QT_TRANSLATE_NOOP("messages", 'hint "{hint}" is not shown; left out'),
                    hint=hint,
                )
                self._drop(t, Said(_AT, at=at, what=what))
            labels.append(label)
        if not labels:
            if t.get("value").startswith("$"):
                data = t.ref(_attr("value", t.get("value")))
                self._drop(t, Said(_AT, at=data, what=Said(_FROM_DATA[child])))
            else:
                self._drop(t, Said(_AT, at=t.ref(), what=Said(_NONE_OF[child])))
        return labels

    # Pass 3: names, hotkeys, the field cap, instructions.
    def _finish(self) -> LabelStudioImport:
        dropped = [line for _, _, line in sorted(self.lines)]
        if not self.drafts:
            why = joined(dropped[:3]) or Said(
                QT_TRANSLATE_NOOP("messages", "it has no control tags")
            )
            raise LabelStudioConfigError(
                Said(
                    QT_TRANSLATE_NOOP(
                        "messages", "No field could be carried over from this config ({why})."
                    ),
                    why=why,
                )
            )
        fields: list[dict[str, Any]] = []
        kept: list[_Draft] = []
        used: set[str] = set()
        hotkeys: dict[str, str] = {}
        for draft in self.drafts:
            t = draft.source
            if len(fields) == MAX_FIELDS:
                what = Said(
                    QT_TRANSLATE_NOOP(
                        "messages", "a schema holds at most {count} fields; left out"
                    ),
                    count=MAX_FIELDS,
                )
                self._drop(t, Said(_AT, at=t.ref(), what=what))
                continue
            name = _unique(field_name(draft.name or t.key), used)
            if name != draft.name:
                if draft.name:
                    what = Said(
                        QT_TRANSLATE_NOOP("messages", 'field named "{name}" (was "{was}")'),
                        name=name,
                        was=draft.name,
                    )
                else:
                    what = Said(
                        QT_TRANSLATE_NOOP("messages", 'field named "{name}" (was no name)'),
                        name=name,
                    )
                self._drop(t, Said(_AT, at=t.ref(), what=what))
            draft.name = name
            for label in draft.labels:
                self._hotkey(draft, label, hotkeys)
            fields.append(_field_json(draft))
            kept.append(draft)
        parts = list(dict.fromkeys(self.instructions))
        if titled := [f"- `{d.name}`: {d.title}" for d in kept if d.title]:
            parts.append("\n".join(titled))
        schema = {
            "title": _TITLE,
            "media": self.media,
            "instructions": "\n\n".join(parts),
            "fields": fields,
        }
        try:
            parse_schema(schema)
        except SchemaInvalid as exc:  # a gap in the mapping: say so rather than pass it on
            raise LabelStudioConfigError(
                Said(
                    QT_TRANSLATE_NOOP(
                        "messages", "The config could not be turned into a valid schema: {why}"
                    ),
                    why=str(exc),
                )
            ) from exc
        if self.layout is not None:
            for draft in kept:
                for control, how in draft.reads.items():
                    self.layout.results[control] = (how[0], draft.name, *how[1:])
        return LabelStudioImport(schema, [line for _, _, line in sorted(self.lines)], self.layout)

    def _hotkey(self, draft: _Draft, label: dict[str, str], taken: dict[str, str]) -> None:
        """Keep a label's hotkey when the schema can: one printable key, free, not reserved."""
        key = label.pop("hotkey", None)
        if key is None:
            return
        t = draft.source
        child = "choice" if t.key == "choices" else "label"
        at = Said(_LABEL_AT[child], tag=t.ref(), value=label["value"])
        if len(key) != 1 or not key.isprintable():
            why = Said(
                QT_TRANSLATE_NOOP(
                    "messages", 'hotkey "{key}" dropped; only single-key hotkeys are carried over'
                ),
                key=key,
            )
            self._drop(t, Said(_AT, at=at, what=why))
        elif key in _RESERVED_HOTKEYS:
            why = Said(
                QT_TRANSLATE_NOOP(
                    "messages", 'hotkey "{key}" dropped; {name} is reserved by the workbench'
                ),
                key=key,
                name=_RESERVED_HOTKEYS[key],
            )
            self._drop(t, Said(_AT, at=at, what=why))
        elif (other := taken.get(key.lower())) is not None:
            why = Said(
                QT_TRANSLATE_NOOP("messages", 'hotkey "{key}" dropped; it already picks {other}'),
                key=key,
                other=other,
            )
            self._drop(t, Said(_AT, at=at, what=why))
        else:
            taken[key.lower()] = Said(_PICKED[child], value=label["value"], field=draft.name or "")
            label["hotkey"] = key


def _attr(name: str, value: str) -> str:
    return f'{name}="{value}"'


def _joined(labels: str, tool: str, several: bool) -> str:
    """A region field's name: the tool's, or both names when several <Labels> share it."""
    return f"{labels}_{tool}" if several else tool


def _field_json(draft: _Draft) -> dict[str, Any]:
    out: dict[str, Any] = {"name": draft.name, "kind": draft.kind, "required": draft.required}
    if draft.labels:
        out["labels"] = draft.labels
    if draft.kind == "rating":
        out["min"], out["max"] = 1, draft.max
    out.update(draft.extra)
    return out


def _condition(t: _Tag) -> Said:
    """A `visibleWhen` condition in words: 'only when "Noisy" is picked in "other-props"'."""
    when = t.get("visibleWhen").lower()
    tag, choice, label = t.get("whenTagName"), t.get("whenChoiceValue"), t.get("whenLabelValue")
    if when in ("choice-selected", "choice-unselected"):
        picked = when == "choice-selected"
        template = _CHOICE_CONDITIONS[(picked, bool(choice), bool(tag))]
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


def _all_of(conditions: tuple[str, ...]) -> str:
    """Conditions (or media kinds) one after another: 'only when … and only while …'."""
    if len(conditions) == 1:
        return conditions[0]
    return Said(
        QT_TRANSLATE_NOOP("messages", "{first} and {rest}"),
        first=conditions[0],
        rest=_all_of(conditions[1:]),
    )


def field_name(raw: str) -> str:
    """A name that matches `^[a-z][a-z0-9_]{0,63}$`, derived from a Label Studio name."""
    folded = unicodedata.normalize("NFKD", raw).encode("ascii", "ignore").decode().lower()
    name = re.sub(r"[^a-z0-9]+", "_", folded).strip("_") or "field"
    if not name[0].isalpha():
        name = f"field_{name}"
    return name[:64].rstrip("_")


def _unique(name: str, used: set[str]) -> str:
    candidate, n = name, 1
    while candidate in used:
        n += 1
        suffix = f"_{n}"
        candidate = name[: 64 - len(suffix)] + suffix
    used.add(candidate)
    return candidate
