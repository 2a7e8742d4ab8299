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
    "video": "videos are",
    "timeseries": "time series are",
    "table": "tables are",
    "pdf": "PDF documents are",
}
_REGION_TOOLS = {"rectangle": "boxes", "polygon": "polygons", "keypoint": "points"}
_LABELLED_TOOLS = {
    "rectanglelabels": "boxes",
    "polygonlabels": "polygons",
    "keypointlabels": "points",
}
_CONTROLS = {"choices", "labels", "hypertextlabels", "textarea", "rating", "pairwise", "ranker"}
_UNSUPPORTED_CONTROLS = {
    "relations": "relations between regions have no equivalent",
    "brushlabels": "brush masks are not supported",
    "brush": "brush masks are not supported",
    "bitmasklabels": "bitmask masks are not supported",
    "bitmask": "bitmask masks are not supported",
    "magicwand": "magic-wand masks are not supported",
    "ellipselabels": "ellipses are not supported (boxes or polygons can stand in)",
    "ellipse": "ellipses are not supported (boxes or polygons can stand in)",
    "vectorlabels": "vector shapes are not supported",
    "vector": "vector shapes are not supported",
    "taxonomy": "taxonomies (nested labels) are not supported",
    "number": "numbers have no field kind (a rating or text field can stand in)",
    "datetime": "dates and times have no field kind (a text field can stand in)",
    "videorectangle": "video tracking is not supported",
    "timelinelabels": "video timelines are not supported",
    "timeserieslabels": "time series are not supported",
    "paragraphlabels": "dialogues (Paragraphs) are not supported",
    "repeater": "repeated blocks are not supported",
}
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
        self.left: dict[int, str] = {}  # id of each object left out -> why
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
            self._drop(t, f"{t.ref()}: {_UNSUPPORTED_CONTROLS[key]}; left out")
        elif key not in _SILENT:
            if element is not self.root and key not in _CONTAINERS:
                self._drop(t, f"{t.ref()}: not a Label Studio tag this import knows; ignored")
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
            raise LabelStudioConfigError(
                "The Label Studio config has no object tag this import supports "
                "(Image, Text, HyperText, Audio, AudioPlus, List, Chat or Paragraphs)"
                + (f"; it shows {shown}." if shown else ".")
            )
        kinds = sorted({_OBJECTS[t.key] for t in supported})
        if len(kinds) > 1:
            tags = ", ".join(t.ref() for t in supported)
            raise LabelStudioConfigError(
                f"The Label Studio config shows {' and '.join(kinds)} together ({tags}); "
                "a schema has one media kind."
            )
        kept = self.kept = supported[0]
        self.media = kinds[0]
        for t in objects:
            self.objects.setdefault(t.get("name"), t)
            if t is kept or t.get("name") in self.parts and t is self.parts[t.get("name")]:
                continue
            if t.key in _OBJECTS:
                why = f"an item has one {self.media}; only {kept.ref()} is carried over"
            else:
                why = f"{_UNSUPPORTED_OBJECTS[t.key]} not supported; left out"
            self.left[id(t)] = why
        if kept.key == "hypertext":
            self.left[id(kept)] = "carried over as plain text; items hold text, not HTML"
        granularity = kept.get("granularity").lower()
        if granularity and granularity not in ("symbol", "char"):
            self.left[id(kept)] = f'granularity "{granularity}" ignored; spans are by character'

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
                    self._drop(t, f"{t.ref(_attr('value', text))}: shows task data; left out")
                elif text:
                    pending.append(text)
            elif kind == "static":
                self.instructions += [*pending, _text_of(t)]
                pending = []
            elif kind == "object":
                if id(t) in self.left:
                    self._drop(t, f"{t.ref()}: {self.left[id(t)]}")
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
            self._drop(
                t,
                f"{t.ref('perRegion')}: answers per region have no equivalent "
                "(a region carries only its label); left out",
            )
            return []
        region = key not in ("choices", "textarea", "rating")
        if (why := self._off_target(t, region)) is not None:
            self._drop(t, f"{t.ref()}: {why}; left out")
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
            self._drop(
                t,
                f"{t.ref('visibleWhen')}: shown in Label Studio {' and '.join(t.conditions)}; "
                "here it is always shown, and optional",
            )
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
                self._drop(t, f"{t.ref()}: compares two Text objects here; left out")
                return []
            draft = self._draft(t, "pairwise")
            draft.required = True
            draft.extra = {"tie": False, "strength": False}
            draft.reads[name] = ("pairwise",)
            self._drop(
                t,
                f"{t.ref()}: a pairwise field without tie or strength, as in Label Studio "
                "(the schema can allow both)",
            )
            return [draft]
        if t.key == "ranker":
            if part is None or part.key != "list":
                self._drop(t, f"{t.ref()}: ranks a List here; left out")
                return []
            buckets = [_tag(c) for c in t.element if _tag(c).key == "bucket"]
            if buckets:
                draft = self._draft(t, "flags")
                draft.labels = [{"value": b.get("name")} for b in buckets if b.get("name")]
                draft.reads[name] = ("buckets",)
                self._drop(
                    t,
                    f"{t.ref()}: its Buckets sort the listed items into groups: a flags "
                    "field, each bucket a label an item may get",
                )
                return [draft] if draft.labels else []
            draft = self._draft(t, "ranking")
            draft.required = True
            draft.reads[name] = ("ranker",)
            return [draft]
        stars = self._rating(t).max or 5
        if part is not None and part.key == "list":
            draft = self._draft(t, "criteria")
            draft.extra = {"rows": "candidates", "min": 1, "max": stars}
            self._drop(
                t,
                f"{t.ref('perItem')}: a criteria field rating each listed item "
                "(its results in tasks are not read: they are reported)",
            )
            return [draft]
        letter = "ABCDEFGHIJ"[self.compared.index(targets[0])]
        if self.rated is None:
            draft = self.rated = self._draft(t, "criteria")
            draft.extra = {"rows": "candidates", "min": 1, "max": stars}
            draft.reads[name] = ("rating", letter)
            self._drop(
                t, f"{t.ref()}: rates candidate {letter}: a criteria field rating each candidate"
            )
            return [draft]
        if self.rated.extra["max"] != stars or name in self.rated.reads:
            self._drop(
                t, f"{t.ref()}: a second rating of the candidates on another scale; left out"
            )
            return []
        self.rated.reads[name] = ("rating", letter)
        self._drop(
            t,
            f"{t.ref()}: rates candidate {letter}, a row of the criteria field of "
            f"{self.rated.source.ref()}",
        )
        return []

    def _off_target(self, t: _Tag, region: bool) -> str | None:
        """Why a control does not fit the item's one media, or None when it does."""
        targets = self._targets(t)
        if not targets or self._kept_name() in targets or any(n in self.parts for n in targets):
            return None
        for name in targets:
            if name in self.objects:
                return f"labels {self.objects[name].ref()}, which is not carried over"
        return f'toName "{targets[0]}" names no object' if region else None

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
            self._drop(
                t,
                f"{t.ref(_attr('maxRating', raw))}: the most stars must be a whole number "
                "from 2 to 100; 5 used",
            )
        return draft

    def _regions(self, t: _Tag) -> list[_Draft]:
        """Fields of a labels control: one, or one per drawing tool for <Labels> on an image."""
        key, name = t.key, t.get("name")
        fits = "image" if key in _LABELLED_TOOLS else "text" if key == "hypertextlabels" else ""
        if fits and self.media != fits:
            self._drop(t, f"{t.ref()}: needs {fits} media, not {self.media}; left out")
            return []
        if key in _LABELLED_TOOLS:
            kinds = [(_LABELLED_TOOLS[key], name)]
        elif self.media == "image":
            target = self._target_of(t)
            several = len(self.labels_on.get(target, [])) > 1
            tools = self.tools_on.get(target, [])
            kinds = [(_REGION_TOOLS[x.key], _joined(name, x.get("name"), several)) for x in tools]
            if not kinds:
                self._drop(
                    t, f"{t.ref()}: no Rectangle, Polygon or KeyPoint goes with it; left out"
                )
                return []
            names = ", ".join(f'"{n}"' for _, n in kinds)
            self._drop(t, f"{t.ref()}: its labels go to the region fields {names}")
        else:
            kinds = [("spans" if self.media == "text" else "segments", name)]
        labels = self._labels(t, "label")
        if not labels:
            return []
        if t.get("choice").lower() == "multiple":
            self._drop(t, f"{t.ref(_attr('choice', 'multiple'))}: a region gets one label here")
        if t.get("maxUsages"):
            self._drop(t, f"{t.ref('maxUsages')}: limits on uses per item have no equivalent")
        return [_Draft(t, n, kind, labels=[dict(lb) for lb in labels]) for kind, n in kinds]

    def _tool(self, t: _Tag) -> list[_Draft]:
        if self.media != "image":
            self._drop(t, f"{t.ref()}: needs image media, not {self.media}; left out")
            return []
        name = t.get("name") or t.key
        self._drop(t, f'{t.ref()}: regions without labels; carried over with one label, "{name}"')
        return [_Draft(t, name, _REGION_TOOLS[t.key], labels=[{"value": name}])]

    def _labels(self, t: _Tag, child: str) -> list[dict[str, str]]:
        """The <Choice> or <Label> children of a control, as schema labels."""
        labels: list[dict[str, str]] = []
        for element in t.element.iter():
            c = _tag(element)
            if c.key != child:
                continue
            value = c.attrs.get("value") or "".join(element.itertext())
            at = f'{t.ref()}, {child} "{value}"'
            if not value.strip():
                self._drop(t, f"{t.ref()}: a {child} without a value; left out")
                continue
            if any(label["value"] == value for label in labels):
                self._drop(t, f"{at}: appears twice; the second is left out")
                continue
            label = {"value": value}
            if hotkey := c.attrs.get("hotkey", ""):
                label["hotkey"] = hotkey
            if background := c.get("background"):
                if (colour := css_colour(background)) is not None:
                    label["color"] = colour
                else:
                    self._drop(t, f'{at}: colour "{background}" is not one we can read; left out')
            if (alias := c.get("alias")) and alias != value:
                self._drop(t, f'{at}: alias "{alias}" has no equivalent; answers store "{value}"')
            if c.flag("selected"):
                self._drop(t, f"{at}: pre-selected in Label Studio; a prefill can propose it")
            if hint := c.get("hint"):
                self._drop(t, f'{at}: hint "{hint}" is not shown; left out')
            labels.append(label)
        if not labels:
            if t.get("value").startswith("$"):
                self._drop(
                    t,
                    f"{t.ref(_attr('value', t.get('value')))}: its {child}s come from each "
                    "task's data, and a schema needs fixed ones; left out",
                )
            else:
                self._drop(t, f"{t.ref()}: has no {child}s; left out")
        return labels

    # Pass 3: names, hotkeys, the field cap, instructions.
    def _finish(self) -> LabelStudioImport:
        dropped = [line for _, _, line in sorted(self.lines)]
        if not self.drafts:
            why = "; ".join(dropped[:3]) or "it has no control tags"
            raise LabelStudioConfigError(
                f"No field could be carried over from this config ({why})."
            )
        fields: list[dict[str, Any]] = []
        kept: list[_Draft] = []
        used: set[str] = set()
        hotkeys: dict[str, str] = {}
        for draft in self.drafts:
            t = draft.source
            if len(fields) == MAX_FIELDS:
                self._drop(t, f"{t.ref()}: a schema holds at most {MAX_FIELDS} fields; left out")
                continue
            name = _unique(field_name(draft.name or t.key), used)
            if name != draft.name:
                was = f'"{draft.name}"' if draft.name else "no name"
                self._drop(t, f'{t.ref()}: field named "{name}" (was {was})')
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
                f"The config could not be turned into a valid schema: {exc}"
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
        word = "choice" if t.key == "choices" else "label"
        at = f'{t.ref()}, {word} "{label["value"]}": hotkey "{key}" dropped'
        if len(key) != 1 or not key.isprintable():
            self._drop(t, f"{at}; only single-key hotkeys are carried over")
        elif key in _RESERVED_HOTKEYS:
            self._drop(t, f"{at}; {_RESERVED_HOTKEYS[key]} is reserved by the workbench")
        elif (other := taken.get(key.lower())) is not None:
            self._drop(t, f"{at}; it already picks {other}")
        else:
            taken[key.lower()] = f'{word} "{label["value"]}" of field "{draft.name}"'
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


def _condition(t: _Tag) -> str:
    """A `visibleWhen` condition in words: 'only when "Noisy" is picked in "other-props"'."""
    when = t.get("visibleWhen").lower()
    tag, choice, label = t.get("whenTagName"), t.get("whenChoiceValue"), t.get("whenLabelValue")
    where = f' in "{tag}"' if tag else ""
    if when in ("choice-selected", "choice-unselected"):
        what = f'"{choice}"' if choice else "a choice"
        verb = "is picked" if when == "choice-selected" else "is not picked"
        return f"only when {what} {verb}{where}"
    if when == "region-selected":
        return f"only while a region{f' labelled {label!r}' if label else ''} is selected"
    if when == "no-region-selected":
        return "only while no region is selected"
    return f"only under a condition (visibleWhen={when!r})"


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
