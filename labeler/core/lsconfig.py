"""Label Studio labeling configs (XML) carried over into our label schema.

`import_labelstudio(xml)` reads a config as Label Studio would (tag and attribute
names ignore case), maps what has an equivalent onto a schema document that
`parse_schema` accepts unchanged, and lists in plain English everything left out
or changed on the way. The XML is untrusted: defusedxml refuses DTDs, entities
and external references, and size, depth and element count are capped, so no
input can hang or exhaust the importer.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from xml.etree.ElementTree import Element

from labeler.core.digits import ascii_int
from labeler.core.i18n import QT_TRANSLATE_NOOP, Said, joined
from labeler.core.lscompare import ComparisonControls, ComparisonLayout, data_key
from labeler.core.lstags import (
    AT,
    CONTAINERS,
    CONTROLS,
    FROM_DATA,
    LABEL_AT,
    LABELLED_TOOLS,
    NO_VALUE,
    NONE_OF,
    OBJECTS,
    PICKED,
    PROMPT_NAMES,
    REGION_TOOLS,
    RESERVED_HOTKEYS,
    SILENT,
    UNSUPPORTED_CONTROLS,
    UNSUPPORTED_OBJECTS,
    Draft,
    Tag,
    all_of,
    attr,
    condition,
    field_name,
    is_static,
    tag_of,
    text_of,
    unique_name,
)
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


class _Importer(ComparisonControls):
    def __init__(self, root: Element) -> None:
        self.root = root
        self.order = {id(e): i for i, e in enumerate(root.iter())}
        self.lines: list[tuple[int, int, str]] = []
        self.instructions: list[str] = []
        self.drafts: list[Draft] = []
        self.objects: dict[str, Tag] = {}  # by name, the first of each name
        self.left: dict[int, Said] = {}  # id of each object left out -> why
        self.kept: Tag | None = None
        self.media = ""
        self.labels_on: dict[str, list[Tag]] = {}  # image name -> its <Labels>
        self.tools_on: dict[str, list[Tag]] = {}  # image name -> its unlabelled tools
        self.layout: ComparisonLayout | None = None
        self.parts: dict[str, Tag] = {}  # the objects a comparison is made of, by name
        self.compared: list[str] = []  # the names of the Texts a Pairwise compares
        self.rated: Draft | None = None  # the criteria field of ratings on candidates

    def run(self) -> LabelStudioImport:
        events = list(self._walk(self.root, ()))
        self.find_layout(events)
        self._choose_media([t for kind, t in events if kind == "object"])
        for kind, t in events:
            if kind == "control" and t.key in ("labels", *REGION_TOOLS):
                into = self.labels_on if t.key == "labels" else self.tools_on
                into.setdefault(self._target_of(t), []).append(t)
        self._convert(events)
        return self._finish()

    def _drop(self, t: Tag, line: str) -> None:
        """Note a line about `t`; lines come out in document order."""
        self.lines.append((self.order.get(id(t.element), 0), len(self.lines), line))

    # Pass 1: document order, with the conditions of enclosing Views.
    def _walk(self, element: Element, conditions: tuple[str, ...]) -> Iterator[tuple[str, Tag]]:
        t = tag_of(element, conditions)
        if t.attrs.get("visiblewhen"):
            t.conditions = conditions = (*conditions, condition(t))
        key = t.key
        if key == "header" or is_static(t):
            yield ("header" if key == "header" else "static"), t
        elif key in OBJECTS or key in UNSUPPORTED_OBJECTS:
            yield "object", t
        elif key in CONTROLS or key in LABELLED_TOOLS or key in REGION_TOOLS:
            yield "control", t
        elif key in UNSUPPORTED_CONTROLS:
            self._drop(t, Said(AT, at=t.ref(), what=Said(UNSUPPORTED_CONTROLS[key])))
        elif key not in SILENT:
            if element is not self.root and key not in CONTAINERS:
                what = Said(
                    QT_TRANSLATE_NOOP(
                        "messages", "not a Label Studio tag this import knows; ignored"
                    )
                )
                self._drop(t, Said(AT, at=t.ref(), what=what))
            if key == "panel" and t.get("value"):
                yield "header", t
            for child in element:
                if isinstance(child.tag, str):
                    yield from self._walk(child, conditions)

    def _choose_media(self, objects: list[Tag]) -> None:
        if self.layout is not None:
            texts = [
                t
                for t in objects
                if t.key == "text" and t.get("name") not in self.parts and data_key(t.get("value"))
            ]
            named = [t for t in texts if t.get("name").lower() in PROMPT_NAMES]
            prompt = next(iter(named or texts), None)
            if prompt is not None:
                self.layout.text = data_key(prompt.get("value"))
            objects = [prompt or next(iter(self.parts.values()))] + [
                t for t in objects if t is not prompt
            ]
        supported = [t for t in objects if t.key in OBJECTS]
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
        kinds = sorted({OBJECTS[t.key] for t in supported})
        if len(kinds) > 1:
            tags = ", ".join(t.ref() for t in supported)
            raise LabelStudioConfigError(
                Said(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "The Label Studio config shows {kinds} together ({tags}); a schema "
                        "has one media kind.",
                    ),
                    kinds=all_of(tuple(kinds)),
                    tags=tags,
                )
            )
        kept = self.kept = supported[0]
        self.media = kinds[0]
        for t in objects:
            self.objects.setdefault(t.get("name"), t)
            if t is kept or t.get("name") in self.parts and t is self.parts[t.get("name")]:
                continue
            if t.key in OBJECTS:
                why = Said(
                    QT_TRANSLATE_NOOP(
                        "messages", "an item has one {media}; only {kept} is carried over"
                    ),
                    media=self.media,
                    kept=kept.ref(),
                )
            else:
                why = Said(UNSUPPORTED_OBJECTS[t.key])
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

    def _targets(self, t: Tag) -> list[str]:
        return [n.strip() for n in t.get("toName").split(",") if n.strip()]

    def _target_of(self, t: Tag) -> str:
        return next(iter(self._targets(t)), self._kept_name())

    # Pass 2: controls into drafts, headers into titles and instructions.
    def _convert(self, events: list[tuple[str, Tag]]) -> None:
        pending: list[str] = []
        for kind, t in events:
            if kind == "header":
                text = text_of(t)
                if "$" in t.get("value"):
                    what = Said(QT_TRANSLATE_NOOP("messages", "shows task data; left out"))
                    self._drop(t, Said(AT, at=t.ref(attr("value", text)), what=what))
                elif text:
                    pending.append(text)
            elif kind == "static":
                self.instructions += [*pending, text_of(t)]
                pending = []
            elif kind == "object":
                if id(t) in self.left:
                    self._drop(t, Said(AT, at=t.ref(), what=self.left[id(t)]))
                if t is self.kept:
                    self.instructions += pending
                pending = []  # the headers of an object left out go with it
            elif t.key in REGION_TOOLS and self.labels_on.get(self._target_of(t)):
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

    def _control(self, t: Tag) -> list[Draft]:
        key = t.key
        if t.flag("perRegion"):
            what = Said(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "answers per region have no equivalent (a region carries only its label); "
                    "left out",
                )
            )
            self._drop(t, Said(AT, at=t.ref("perRegion"), what=what))
            return []
        region = key not in ("choices", "textarea", "rating")
        if (why := self._off_target(t, region)) is not None:
            left = Said(QT_TRANSLATE_NOOP("messages", "{why}; left out"), why=why)
            self._drop(t, Said(AT, at=t.ref(), what=left))
            return []
        if key in ("pairwise", "ranker") or (key == "rating" and self.rates_candidates(t)):
            drafts = self.comparison(t)
        elif key == "choices":
            drafts = self._choices(t)
        elif key == "textarea":
            drafts = [self._draft(t, "transcript" if self.media == "audio" else "text")]
        elif key == "rating":
            drafts = [self._rating(t)]
        elif key in REGION_TOOLS:
            drafts = self._tool(t)
        else:
            drafts = self._regions(t)
        if t.conditions and drafts:
            what = Said(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "shown in Label Studio {when}; here it is always shown, and optional",
                ),
                when=all_of(t.conditions),
            )
            self._drop(t, Said(AT, at=t.ref("visibleWhen"), what=what))
            for draft in drafts:
                draft.required = False
        return drafts

    def _off_target(self, t: Tag, region: bool) -> Said | None:
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

    def _draft(self, t: Tag, kind: str) -> Draft:
        headers = (tag_of(c) for c in t.element)
        title = next((text_of(h) for h in headers if h.key == "header"), None)
        return Draft(t, t.get("name"), kind, required=t.flag("required"), title=title or None)

    def _choices(self, t: Tag) -> list[Draft]:
        multiple = t.get("choice").lower() == "multiple"
        draft = self._draft(t, "multichoice" if multiple else "choice")
        draft.labels = self._labels(t, "choice")
        return [draft] if draft.labels else []

    def _rating(self, t: Tag) -> Draft:
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
            self._drop(t, Said(AT, at=t.ref(attr("maxRating", raw)), what=what))
        return draft

    def _regions(self, t: Tag) -> list[Draft]:
        """Fields of a labels control: one, or one per drawing tool for <Labels> on an image."""
        key, name = t.key, t.get("name")
        fits = "image" if key in LABELLED_TOOLS else "text" if key == "hypertextlabels" else ""
        if fits and self.media != fits:
            what = Said(
                QT_TRANSLATE_NOOP("messages", "needs {fits} media, not {media}; left out"),
                fits=fits,
                media=self.media,
            )
            self._drop(t, Said(AT, at=t.ref(), what=what))
            return []
        if key in LABELLED_TOOLS:
            kinds = [(LABELLED_TOOLS[key], name)]
        elif self.media == "image":
            target = self._target_of(t)
            several = len(self.labels_on.get(target, [])) > 1
            tools = self.tools_on.get(target, [])
            kinds = [(REGION_TOOLS[x.key], _joined(name, x.get("name"), several)) for x in tools]
            if not kinds:
                what = Said(
                    QT_TRANSLATE_NOOP(
                        "messages", "no Rectangle, Polygon or KeyPoint goes with it; left out"
                    )
                )
                self._drop(t, Said(AT, at=t.ref(), what=what))
                return []
            names = ", ".join(f'"{n}"' for _, n in kinds)
            what = Said(
                QT_TRANSLATE_NOOP("messages", "its labels go to the region fields {names}"),
                names=names,
            )
            self._drop(t, Said(AT, at=t.ref(), what=what))
        else:
            kinds = [("spans" if self.media == "text" else "segments", name)]
        labels = self._labels(t, "label")
        if not labels:
            return []
        if t.get("choice").lower() == "multiple":
            what = Said(QT_TRANSLATE_NOOP("messages", "a region gets one label here"))
            self._drop(t, Said(AT, at=t.ref(attr("choice", "multiple")), what=what))
        if t.get("maxUsages"):
            what = Said(QT_TRANSLATE_NOOP("messages", "limits on uses per item have no equivalent"))
            self._drop(t, Said(AT, at=t.ref("maxUsages"), what=what))
        return [Draft(t, n, kind, labels=[dict(lb) for lb in labels]) for kind, n in kinds]

    def _tool(self, t: Tag) -> list[Draft]:
        if self.media != "image":
            what = Said(
                QT_TRANSLATE_NOOP("messages", "needs {fits} media, not {media}; left out"),
                fits="image",
                media=self.media,
            )
            self._drop(t, Said(AT, at=t.ref(), what=what))
            return []
        name = t.get("name") or t.key
        what = Said(
            QT_TRANSLATE_NOOP(
                "messages", 'regions without labels; carried over with one label, "{name}"'
            ),
            name=name,
        )
        self._drop(t, Said(AT, at=t.ref(), what=what))
        return [Draft(t, name, REGION_TOOLS[t.key], labels=[{"value": name}])]

    def _labels(self, t: Tag, child: str) -> list[dict[str, str]]:
        """The <Choice> or <Label> children of a control, as schema labels."""
        labels: list[dict[str, str]] = []
        for element in t.element.iter():
            c = tag_of(element)
            if c.key != child:
                continue
            value = c.attrs.get("value") or "".join(element.itertext())
            at = Said(LABEL_AT[child], tag=t.ref(), value=value)
            if not value.strip():
                self._drop(t, Said(AT, at=t.ref(), what=Said(NO_VALUE[child])))
                continue
            if any(label["value"] == value for label in labels):
                what = Said(QT_TRANSLATE_NOOP("messages", "appears twice; the second is left out"))
                self._drop(t, Said(AT, at=at, what=what))
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
                    self._drop(t, Said(AT, at=at, what=what))
            if (alias := c.get("alias")) and alias != value:
                what = Said(
                    QT_TRANSLATE_NOOP(
                        "messages", 'alias "{alias}" has no equivalent; answers store "{value}"'
                    ),
                    alias=alias,
                    value=value,
                )
                self._drop(t, Said(AT, at=at, what=what))
            if c.flag("selected"):
                what = Said(
                    QT_TRANSLATE_NOOP(
                        "messages", "pre-selected in Label Studio; a prefill can propose it"
                    )
                )
                self._drop(t, Said(AT, at=at, what=what))
            if hint := c.get("hint"):
                what = Said(
                    QT_TRANSLATE_NOOP("messages", 'hint "{hint}" is not shown; left out'),
                    hint=hint,
                )
                self._drop(t, Said(AT, at=at, what=what))
            labels.append(label)
        if not labels:
            if t.get("value").startswith("$"):
                data = t.ref(attr("value", t.get("value")))
                self._drop(t, Said(AT, at=data, what=Said(FROM_DATA[child])))
            else:
                self._drop(t, Said(AT, at=t.ref(), what=Said(NONE_OF[child])))
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
        kept: list[Draft] = []
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
                self._drop(t, Said(AT, at=t.ref(), what=what))
                continue
            name = unique_name(field_name(draft.name or t.key), used)
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
                self._drop(t, Said(AT, at=t.ref(), what=what))
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

    def _hotkey(self, draft: Draft, label: dict[str, str], taken: dict[str, str]) -> None:
        """Keep a label's hotkey when the schema can: one printable key, free, not reserved."""
        key = label.pop("hotkey", None)
        if key is None:
            return
        t = draft.source
        child = "choice" if t.key == "choices" else "label"
        at = Said(LABEL_AT[child], tag=t.ref(), value=label["value"])
        if len(key) != 1 or not key.isprintable():
            why = Said(
                QT_TRANSLATE_NOOP(
                    "messages", 'hotkey "{key}" dropped; only single-key hotkeys are carried over'
                ),
                key=key,
            )
            self._drop(t, Said(AT, at=at, what=why))
        elif key in RESERVED_HOTKEYS:
            why = Said(
                QT_TRANSLATE_NOOP(
                    "messages", 'hotkey "{key}" dropped; {name} is reserved by the workbench'
                ),
                key=key,
                name=RESERVED_HOTKEYS[key],
            )
            self._drop(t, Said(AT, at=at, what=why))
        elif (other := taken.get(key.lower())) is not None:
            why = Said(
                QT_TRANSLATE_NOOP("messages", 'hotkey "{key}" dropped; it already picks {other}'),
                key=key,
                other=other,
            )
            self._drop(t, Said(AT, at=at, what=why))
        else:
            taken[key.lower()] = Said(PICKED[child], value=label["value"], field=draft.name or "")
            label["hotkey"] = key


def _joined(labels: str, tool: str, several: bool) -> str:
    """A region field's name: the tool's, or both names when several <Labels> share it."""
    return f"{labels}_{tool}" if several else tool


def _field_json(draft: Draft) -> dict[str, Any]:
    out: dict[str, Any] = {"name": draft.name, "kind": draft.kind, "required": draft.required}
    if draft.labels:
        out["labels"] = draft.labels
    if draft.kind == "rating":
        out["min"], out["max"] = 1, draft.max
    out.update(draft.extra)
    return out
