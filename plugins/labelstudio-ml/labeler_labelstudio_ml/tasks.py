"""What a backend is sent: the labeling config of the schema, one Label Studio task per
item, and for an assist the `context` of an interactive prediction.

A task is `{"id", "data": {<data key>: <the item>}}` as Label Studio sends it: a text
item's text itself, an image's or a recording's URL (`media.MediaServer`). The context
is the form Label Studio's interactive annotation gives (the one the Segment Anything
backends read): `{"result": [region]}`, a region in percent of the picture the backend
downloads, `original_width` and `original_height` its size in pixels, `is_positive`,
and the armed label under the region's type (`keypointlabels` for a click,
`rectanglelabels` for a box, `polygonlabels`, `labels` for a span or a segment).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from labeler.core.lsexport import OBJECT_TAGS, export_labelstudio
from labeler.core.lsxml import LabelStudioConfigError, parse_config
from labeler.core.plugins import ItemView, Prompt
from labeler.core.schema import Field, Schema
from labeler_labelstudio_ml.config import PREFIX
from labeler_labelstudio_ml.errors import TaskError

#: Label Studio's object tags that show each media kind, lower case.
_OBJECTS = {
    "image": ("image",),
    "text": ("text", "hypertext"),
    "audio": ("audio", "audioplus"),
}
#: The region type of a prompt's context, by the prompt and the field it is for.
_CLICK, _BOX, _POLYGON = "keypointlabels", "rectanglelabels", "polygonlabels"


@dataclass(frozen=True)
class LabelConfig:
    """The labeling config a backend is given, the name of its object tag (every
    region's `to_name`) and the key of the task data that object shows."""

    xml: str
    object_name: str
    data_key: str

    @property
    def project(self) -> str:
        """The project as Label Studio names it to a backend (`<id>.<timestamp>`),
        its id the config's digest: backends keep their state per id, and a changed
        schema is another project to them."""
        digest = hashlib.sha256(self.xml.encode()).hexdigest()[:16]
        return f"labeler-{digest}.0"


def label_config(schema: Schema, custom: str | None = None) -> LabelConfig:
    """The schema's own config (`labeler.core.lsexport`), or the lead's `custom` one
    with its object tag for the schema's media found."""
    if custom is None:
        made = export_labelstudio(schema)
        return LabelConfig(made.xml, made.object_name, made.data_key)
    try:
        root = parse_config(custom)
    except LabelStudioConfigError as exc:
        raise TaskError(f"{PREFIX}LABEL_CONFIG: {exc}") from None
    for element in root.iter():
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        value = element.get("value", "")
        name = element.get("name")
        if tag in _OBJECTS[schema.media] and name and value.startswith("$"):
            return LabelConfig(custom, name, value[1:])
    raise TaskError(
        f"{PREFIX}LABEL_CONFIG has no <{OBJECT_TAGS[schema.media]}> tag with a name and a "
        f'value such as "${schema.media}": it cannot show this project\'s items'
    )


def task(number: int, item: ItemView, config: LabelConfig, media_url: str | None) -> dict[str, Any]:
    """The Label Studio task of `item` (`number` its id in the request): its text, or
    the URL of its file (`media_url`), beside the item's own `data` (a backend may read
    more of a task than its object tag shows, as Label Studio sends every column)."""
    if item.media == "text":
        if item.text is None:
            raise TaskError("a text item without its text")
        value: str = item.text
    else:
        if media_url is None:
            raise TaskError("its file is not on this computer")
        value = media_url
    return {"id": number, "data": {**item.data, config.data_key: value}}


def served_size(item: ItemView) -> tuple[int, int] | None:
    """The size of the picture the backend downloads: the display variant's when the
    item has one (that is the file served), else the original's."""
    return item.display_size or item.size


def context(item: ItemView, f: Field, prompt: Prompt, config: LabelConfig) -> dict[str, Any] | None:
    """The interactive context of `prompt`, None for a prompt on the whole item."""
    if prompt.kind == "item":
        return None
    label = prompt.label or (f.labels[0].value if len(f.labels) == 1 else None)
    if label is None:
        raise TaskError(f"arm a label of field {f.name!r} first: the backend is told which")
    region: dict[str, Any] = {
        "id": "labeler-prompt",
        "from_name": f.name,
        "to_name": config.object_name,
        "origin": "manual",
        "is_positive": True,
    }
    if prompt.kind in ("span", "segment"):
        region.update(_span(item, prompt, label))
    else:
        region.update(_picture(item, prompt, label))
    return {"result": [region]}


def _span(item: ItemView, prompt: Prompt, label: str) -> dict[str, Any]:
    if prompt.start is None or prompt.end is None or prompt.start > prompt.end:
        raise TaskError(f"a {prompt.kind} prompt needs a start before its end")
    value: dict[str, Any] = {"start": prompt.start, "end": prompt.end, "labels": [label]}
    if prompt.kind == "span":
        text = item.text or ""
        start, end = int(prompt.start), int(prompt.end)
        if not 0 <= start <= end <= len(text):
            raise TaskError(f"the span {start}–{end} lies outside the text")
        value.update(start=start, end=end, text=text[start:end])
    return {"type": "labels", "value": value}


def _picture(item: ItemView, prompt: Prompt, label: str) -> dict[str, Any]:
    """A click, a box or a polygon in percent of the picture the backend sees."""
    if item.size is None:
        raise TaskError("the picture's size is unknown")
    width, height = item.size
    served = served_size(item) or item.size

    def percent(x: float, y: float) -> tuple[float, float]:
        return x * 100 / width, y * 100 / height

    needs = {"click": 1, "box": 2}.get(prompt.kind, 3)
    if len(prompt.points) < needs or (prompt.kind != "polygon" and len(prompt.points) != needs):
        raise TaskError(f"a {prompt.kind} prompt with {len(prompt.points)} points")
    corners = [percent(x, y) for x, y in prompt.points]
    region: dict[str, Any] = {"original_width": served[0], "original_height": served[1]}
    region["image_rotation"] = 0
    if prompt.kind == "click":
        (x, y), kind = corners[0], _CLICK
        value: dict[str, Any] = {"x": x, "y": y, "width": 100 / width}
    elif prompt.kind == "box":
        (x1, y1), (x2, y2) = corners
        kind = _BOX
        value = {"x": min(x1, x2), "y": min(y1, y2), "width": abs(x2 - x1)}
        value.update(height=abs(y2 - y1), rotation=0)
    else:
        kind = _POLYGON
        value = {"points": [[x, y] for x, y in corners], "closed": True}
    value[kind] = [label]
    region.update(type=kind, value=value)
    return region
