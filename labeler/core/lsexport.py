"""Label Studio labeling configs (XML) made from a schema: the reverse of
`labeler.core.lsconfig`.

`export_labelstudio(schema)` writes the config a Label Studio project needs to show the
schema's items and take its answers, so that importing that config back
(`import_labelstudio`) gives the same media and fields: names, kinds, labels with their
hotkeys and colours, required flags, rating ranges starting at 1. What a config cannot
carry is listed as dropped lines, in the result and as a comment at the top of the XML.

One object tag shows the item (`<Image>`, `<Text>` or `<Audio>`, its data key the media's
name: `$image`, `$text`, `$audio`); one control per field follows, in schema order, its
`name` the field's, so a result's `from_name` is the field it answers:

- boxes, polygons, points: `<RectangleLabels>`, `<PolygonLabels>`, `<KeyPointLabels>`;
- spans (text) and segments (audio): `<Labels>`;
- choice, multichoice: `<Choices choice="single">`, `<Choices choice="multiple">`;
- rating: `<Rating maxRating="…">` (Label Studio's stars run from 1);
- text, transcript: `<TextArea>`.

A text schema's first pairwise field is a `<Pairwise>` of two `<Text>` objects showing the
item's candidates A and B (task data `candidate_a`, `candidate_b`); its first ranking
field, when it has no pairwise field, a `<Ranker>` of a `<List>` of the candidates (task
data `candidates`, each `{id: key, title, body: text}`), as Label Studio's templates do
(`labeler.core.lscompare` reads them back). Other comparison fields have no control.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from xml.etree.ElementTree import Element, SubElement, indent, tostring

from labeler.core.gold import default_gold_rule
from labeler.core.schema import Field, Schema

__all__ = ["OBJECT_TAGS", "LabelStudioConfig", "export_labelstudio"]

#: The object tag that shows an item of each media kind.
OBJECT_TAGS = {"image": "Image", "text": "Text", "audio": "Audio"}
#: The control tag of each field kind.
CONTROL_TAGS = {
    "boxes": "RectangleLabels",
    "polygons": "PolygonLabels",
    "points": "KeyPointLabels",
    "spans": "Labels",
    "segments": "Labels",
    "choice": "Choices",
    "multichoice": "Choices",
    "rating": "Rating",
    "text": "TextArea",
    "transcript": "TextArea",
}
#: Kinds whose Label Studio control takes `required` (its Labels tags have none).
_REQUIRABLE = frozenset({"choice", "multichoice", "rating", "text", "transcript"})
#: The most stars a Label Studio rating imported back here may have.
_MAX_STARS = 100


@dataclass(frozen=True)
class LabelStudioConfig:
    """A schema's Label Studio config: the XML, the object tag's name (every result's
    `to_name`), the key of the task data it shows, and one dropped line per thing of the
    schema the config cannot carry."""

    xml: str
    object_name: str
    data_key: str
    dropped: list[str]
    #: The comparison fields the config carries, by name: "pairwise" or "ranker".
    compared: dict[str, str] = field(default_factory=dict)
    #: The names (and data keys) of the `<Text>` objects of candidates A and B, and of
    #: the `<List>` of candidates.
    candidate_texts: tuple[str, str] = ("candidate_a", "candidate_b")
    candidate_list: str = "candidates"


def export_labelstudio(schema: Schema) -> LabelStudioConfig:
    """The Label Studio config of `schema`; what it cannot carry is in `dropped`."""
    data_key = schema.media
    object_name = _free_name(data_key, {f.name for f in schema.fields})
    root = Element("View")
    SubElement(root, OBJECT_TAGS[schema.media], name=object_name, value=f"${data_key}")
    dropped: list[str] = []
    if schema.title or schema.instructions:
        dropped.append(
            "the schema's title and instructions: Label Studio keeps them in the project's "
            "settings, not in its config"
        )
    taken = {f.name for f in schema.fields} | {object_name}
    texts = (_free_name("candidate_a", taken), _free_name("candidate_b", taken))
    listed = _free_name("candidates", taken)
    compared = _compared(schema)
    for f in schema.fields:
        if f.name in compared:
            dropped += _comparison(root, f, compared[f.name], texts, listed)
            continue
        if f.kind in ("pairwise", "ranking") and compared:
            carried = next(iter(compared))
            dropped.append(
                f"field {f.name!r}: the config compares the candidates by field {carried!r} "
                "already (Label Studio shows them as a pair or as a list, not both)"
            )
            continue
        if f.kind not in CONTROL_TAGS:  # the comparison kinds: no control of Label Studio's
            dropped.append(f"field {f.name!r}: Label Studio has no control for a {f.kind} field")
            continue
        _control(root, f, object_name, schema.media)
        dropped += _dropped(f, schema.media)
    indent(root, "  ")
    body = tostring(root, encoding="unicode")
    return LabelStudioConfig(
        _commented(body, dropped), object_name, data_key, dropped, compared, texts, listed
    )


def _compared(schema: Schema) -> dict[str, str]:
    """The comparison fields a config carries: a text schema's first pairwise field, else
    its first ranking field (Label Studio's comparison templates show one or the other)."""
    if schema.media != "text":
        return {}
    pairwise = next((f for f in schema.fields if f.kind == "pairwise"), None)
    if pairwise is not None:
        return {pairwise.name: "pairwise"}
    ranking = next((f for f in schema.fields if f.kind == "ranking"), None)
    return {ranking.name: "ranker"} if ranking is not None else {}


def _comparison(
    root: Element, f: Field, control: str, texts: tuple[str, str], listed: str
) -> list[str]:
    """The objects and control of a pairwise or ranking field; what they cannot carry."""
    if control == "pairwise":
        SubElement(root, "Pairwise", name=f.name, toName=",".join(texts))
        for name in texts:
            SubElement(root, "Text", name=name, value=f"${name}")
        at = f'<Pairwise name="{f.name}">'
        lines = []
        if f.tie:
            lines.append(f"{at}: a tie; Label Studio's Pairwise picks a side (ties are left out)")
        if f.strength:
            lines.append(f'{at}: "much better"; Label Studio\'s Pairwise has no strength')
        return lines
    SubElement(root, "List", name=listed, value=f"${listed}")
    SubElement(root, "Ranker", name=f.name, toName=listed)
    if f.ties:
        return [f'<Ranker name="{f.name}">: equal ranks; a Ranker orders (ties in key order)']
    return []


def rating_offset(f: Field) -> int:
    """What to add to a rating of `f` to get Label Studio's stars, which start at 1."""
    return 1 - (f.min if f.min is not None else 1)


def _free_name(wanted: str, taken: set[str]) -> str:
    """`wanted`, or `wanted_2`, `wanted_3`… when a field has that name: Label Studio needs
    every tag's name unique."""
    name, n = wanted, 1
    while name in taken:
        n += 1
        name = f"{wanted}_{n}"
    return name


def _control(root: Element, f: Field, object_name: str, media: str) -> None:
    tag = SubElement(root, CONTROL_TAGS[f.kind], name=f.name, toName=object_name)
    if f.kind in ("choice", "multichoice"):
        tag.set("choice", "multiple" if f.kind == "multichoice" else "single")
    if f.kind == "rating":
        tag.set("maxRating", str(_stars(f)))
    if f.required and f.kind in _REQUIRABLE:
        tag.set("required", "true")
    child = "Choice" if f.kind in ("choice", "multichoice") else "Label"
    for label in f.labels:
        element = SubElement(tag, child, value=label.value)
        if label.color is not None:
            element.set("background", label.color)
        if label.hotkey is not None:
            element.set("hotkey", label.hotkey)


def _stars(f: Field) -> int:
    low = f.min if f.min is not None else 1
    high = f.max if f.max is not None else 5
    return high - low + 1


def _dropped(f: Field, media: str) -> list[str]:
    """Lines for what of field `f` the config cannot carry."""
    at = f'<{CONTROL_TAGS[f.kind]} name="{f.name}">'
    lines: list[str] = []
    if f.required and f.kind not in _REQUIRABLE:
        lines.append(f"{at}: required; Label Studio's labels tags cannot require a region")
    if f.max_count is not None:
        lines.append(
            f"{at}: at most {f.max_count}; Label Studio limits uses per label "
            "(maxUsages), not per field"
        )
    if f.gold != default_gold_rule(f.kind):
        lines.append(f"{at}: its gold rule; Label Studio's config has none")
    if f.kind == "rating" and rating_offset(f) != 0:
        lines.append(
            f"{at}: ratings {f.min} to {f.max} are Label Studio's stars 1 to {_stars(f)}, "
            f"each shifted by {rating_offset(f):+d}; the config imports as 1 to {_stars(f)}"
        )
    if f.kind == "rating" and not 2 <= _stars(f) <= _MAX_STARS:
        lines.append(f"{at}: {_stars(f)} stars; the config imports with 5 (2 to 100 are read)")
    if f.kind == "text" and media == "audio":
        lines.append(f"{at}: a text field; on audio a TextArea imports as a transcript")
    return lines


def _commented(body: str, dropped: list[str]) -> str:
    """The XML with a comment saying what the config leaves out (`--` cannot be in one)."""
    if not dropped:
        return body + "\n"
    lines = "\n".join(f"  - {line}".replace("--", "- -") for line in dropped)
    return f"<!-- What this config does not carry of the schema:\n{lines}\n-->\n{body}\n"
