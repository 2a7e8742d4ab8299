"""Label Studio JSON: a list of tasks with their annotations, and the labeling config the
schema maps to, so the pair loads into a Label Studio project as it is.

Two files, for a zip: `tasks.json` and `config.xml` (`labeler.core.lsexport`), the config
a project is created with before the tasks are imported into it. A task:

    {"id": 1, "data": {"image": "street/0001.jpg"}, "annotations": [...], "predictions": []}

`id` counts the tasks 1, 2, … in export order; `data` holds the item under the config's
data key: an image's or a clip's source name, a text's text. Each answer is an annotation
`{"id", "result": [...], "was_cancelled": false, "ground_truth": false}`, one per
submission when every submission is exported, the annotator in `labeler_annotator`
(Label Studio refuses a `completed_by` that is not one of its own users, and gives the
annotation to whoever imports it). Each result names its field in `from_name` and the
config's object tag in `to_name`, in Label Studio's own shapes:

- box: `rectanglelabels`, `value` {x, y, width, height, rotation 0} in percent of the
  original image, with `original_width`, `original_height` and `image_rotation` 0;
- polygon: `polygonlabels`, `value.points` [[x, y], …] in percent, `closed` true;
- point: `keypointlabels`, `value` {x, y, width} in percent (width: 1 px, its size);
- span: `labels`, `value` {start, end, text, labels}, offsets in code points (as Label
  Studio counts them);
- segment: `labels`, `value` {start, end, channel 0, labels}, in seconds;
- choice, multichoice: `choices`, `value.choices`;
- rating: `rating`, `value.rating` (stars from 1: see `lsexport.rating_offset`);
- text, transcript: `textarea`, `value.text` [the text].

Not held (the export report lists them): regions of an image whose size is unknown (no
percent without it), text items whose text is unknown, values the schema no longer has.
Images and clips are not written (asked for, the report says so for each item); `data`
names them by source name.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable
from typing import Any

from labeler.core.formats.base import ExportEntry, ExportReport, Format, Size, WriteOptions
from labeler.core.formats.labelstudio_read import read_labelstudio
from labeler.core.formats.preferences import candidates_of
from labeler.core.formats.regions import REGION_KINDS, answered, item_groups, regions
from labeler.core.formats.streams import Sink
from labeler.core.jsonvalues import is_clean_str, is_int, short
from labeler.core.lsexport import LabelStudioConfig, export_labelstudio, rating_offset
from labeler.core.schema import Field, Schema

NAME = "labelstudio"
TASKS = "tasks.json"
CONFIG = "config.xml"
#: The key that keeps an annotation's annotator (Label Studio ignores it).
ANNOTATOR_KEY = "labeler_annotator"
#: Why asking for the images brings none (tasks.json is one member, open while items stream).
NO_IMAGES = (
    "not in the zip: Label Studio tasks name their media by source name, for the project's "
    "storage to serve"
)
NO_PAIR = "candidates A and B left out of the task: the item has no two with text"
NO_LIST_TEXT = "candidates left out of the task: one of them has no text"
NO_TIE = "left out: a tie (Label Studio's Pairwise picks a side)"
NO_STRENGTH = "written as a plain choice: Label Studio's Pairwise has no 'much better'"
TIED_RANKS = "written in key order among equal ranks: a Ranker orders, it has no ties"
#: Why the answers of a field kind the config carries no control for are left out.
NO_CONTROL = "left out: the config has no Label Studio control for this field kind"
#: The result type of each field kind.
RESULT_TYPES = {
    "boxes": "rectanglelabels",
    "polygons": "polygonlabels",
    "points": "keypointlabels",
    "spans": "labels",
    "segments": "labels",
    "choice": "choices",
    "multichoice": "choices",
    "rating": "rating",
    "text": "textarea",
    "transcript": "textarea",
}


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _percent(value: float, side: int) -> float:
    return value * 100 / side


class _Writer:
    """One export: a task per item, streamed, then the config."""

    def __init__(self, schema: Schema, sink: Sink, options: WriteOptions) -> None:
        self.schema = schema
        self.sink = sink
        self.options = options
        self.config: LabelStudioConfig = export_labelstudio(schema)
        self.report = ExportReport(NAME)
        self.annotations = 0

    def run(self, entries: Iterable[ExportEntry]) -> ExportReport:
        with self.sink.open(TASKS) as raw, io.TextIOWrapper(raw, "utf-8", newline="\n") as out:
            out.write("[")
            for group in item_groups(entries, self.report):
                task = self._task(group)
                if task is not None:
                    out.write(("\n" if self.report.items == 1 else ",\n") + _dumps(task))
            out.write("\n]\n")
        with self.sink.open(CONFIG) as out:
            out.write(self.config.xml.encode("utf-8"))
        return self.report

    def _task(self, group: list[ExportEntry]) -> dict[str, Any] | None:
        first = group[0]
        if self.schema.media == "text":
            if first.text is None:
                why = "left out: its text is unknown, and a Label Studio task carries it"
                self.report.omit("", "item", why, first.item_id)
                return None
            shown: str = first.text
        else:
            shown = first.file_name
            if self.options.on_image is not None:
                self.report.omit("", "image", NO_IMAGES, first.item_id)
        self.report.items += 1
        annotations = []
        for entry in group:
            if entry.answer is not None:
                annotations.append(self._annotation(entry))
        data: dict[str, Any] = {self.config.data_key: shown}
        if self.config.compared:
            data.update(self._candidates(first))
        return {
            "id": self.report.items,
            "data": data,
            "annotations": annotations,
            "predictions": [],
        }

    def _candidates(self, entry: ExportEntry) -> dict[str, Any]:
        """The task data of a comparison: candidates A and B as texts (Pairwise), or all
        of them as a List's items (Ranker)."""
        texts = {k: c for k, c in candidates_of(entry).items() if isinstance(c.get("text"), str)}
        if "pairwise" in self.config.compared.values():
            if "A" not in texts or "B" not in texts:
                self.report.omit("", "item", NO_PAIR, entry.item_id)
                return {}
            a, b = self.config.candidate_texts
            return {a: texts["A"]["text"], b: texts["B"]["text"]}
        listed = []
        for key, c in candidates_of(entry).items():
            if key not in texts:
                self.report.omit("", "item", NO_LIST_TEXT, entry.item_id)
                return {}
            item = {"id": key, "body": c["text"]}
            if isinstance(c.get("title"), str):
                item["title"] = c["title"]
            listed.append(item)
        return {self.config.candidate_list: listed}

    def _annotation(self, entry: ExportEntry) -> dict[str, Any]:
        self.annotations += 1
        result: list[dict[str, Any]] = []
        for f in answered(entry, self.schema, self.report):
            if f.name in self.config.compared:
                result += self._compared(entry, f)
                continue
            if f.kind not in RESULT_TYPES:
                self.report.omit(f.name, f.kind, NO_CONTROL, entry.item_id)
                continue
            result += self._results(entry, f)
        annotation: dict[str, Any] = {
            "id": self.annotations,
            "result": result,
            "was_cancelled": False,
            "ground_truth": False,
        }
        if entry.annotator is not None:
            annotation[ANNOTATOR_KEY] = entry.annotator
        return annotation

    def _results(self, entry: ExportEntry, f: Field) -> list[dict[str, Any]]:
        if f.kind in REGION_KINDS:
            size = entry.size()
            if size is None:
                value = (entry.answer or {}).get(f.name)
                count = len(value) if isinstance(value, list) else 1
                why = "left out: the image size is unknown, so regions cannot be put in percent"
                self.report.omit(f.name, f.kind, why, entry.item_id, count)
                return []
            return [
                self._result(f, f"{f.name}-{n}", _region_value(f, region, size), size)
                for n, region in enumerate(regions(entry, f, self.report), start=1)
            ]
        if f.kind in ("spans", "segments"):
            return [
                self._result(f, f"{f.name}-{n}", _span_value(f, region, entry.text))
                for n, region in enumerate(regions(entry, f, self.report), start=1)
            ]
        value = _one_value(f, (entry.answer or {})[f.name])
        if isinstance(value, str):
            self.report.omit(f.name, f.kind, f"left out: {value}", entry.item_id)
            return []
        return [self._result(f, f.name, value)]

    def _compared(self, entry: ExportEntry, f: Field) -> list[dict[str, Any]]:
        """A Pairwise's side or a Ranker's order, as Label Studio writes them."""
        value = (entry.answer or {})[f.name]
        if f.kind == "pairwise":
            said = value.get("winner") if isinstance(value, dict) else None
            side = {"A": "left", "B": "right"}.get(str(said))
            if side is None:
                self.report.omit(f.name, f.kind, NO_TIE, entry.item_id)
                return []
            if isinstance(value, dict) and value.get("strength") == 2:
                self.report.omit(f.name, f.kind, NO_STRENGTH, entry.item_id)
            to_name = self.config.candidate_texts[0]
            return [self._comparison_result(f, to_name, "pairwise", {"selected": side})]
        ranks = {k: r for k, r in value.items() if is_int(r)} if isinstance(value, dict) else {}
        order = sorted(ranks, key=lambda k: (ranks[k], k))
        if len(set(ranks.values())) != len(ranks):
            self.report.omit(f.name, f.kind, TIED_RANKS, entry.item_id)
        to_name = self.config.candidate_list
        return [self._comparison_result(f, to_name, "ranker", {"ranker": {f.name: order}})]

    def _comparison_result(
        self, f: Field, to_name: str, kind: str, value: dict[str, Any]
    ) -> dict[str, Any]:
        return {"id": f.name, "type": kind, "from_name": f.name, "to_name": to_name, "value": value}

    def _result(
        self, f: Field, rid: str, value: dict[str, Any], size: Size | None = None
    ) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": rid,
            "type": RESULT_TYPES[f.kind],
            "from_name": f.name,
            "to_name": self.config.object_name,
        }
        if size is not None:
            out["original_width"] = size.width
            out["original_height"] = size.height
            out["image_rotation"] = 0
        out["value"] = value
        return out


def _region_value(f: Field, region: dict[str, Any], size: Size) -> dict[str, Any]:
    """A box, polygon or point in percent of the image, as Label Studio stores it."""
    w, h = size
    labels = {RESULT_TYPES[f.kind]: [region["label"]]}
    if f.kind == "boxes":
        return {
            "x": _percent(region["x"], w),
            "y": _percent(region["y"], h),
            "width": _percent(region["w"], w),
            "height": _percent(region["h"], h),
            "rotation": 0,
            **labels,
        }
    if f.kind == "polygons":
        points = [[_percent(x, w), _percent(y, h)] for x, y in region["points"]]
        return {"points": points, "closed": True, **labels}
    x, y = _percent(region["x"], w), _percent(region["y"], h)
    return {"x": x, "y": y, "width": 100 / w, **labels}


def _span_value(f: Field, region: dict[str, Any], text: str | None) -> dict[str, Any]:
    """A span (with the words it covers, when the text is known) or an audio segment."""
    start, end = region["start"], region["end"]
    if f.kind == "segments":
        return {"start": start, "end": end, "channel": 0, "labels": [region["label"]]}
    value: dict[str, Any] = {"start": start, "end": end}
    if text is not None:
        value["text"] = text[int(start) : int(end)]
    value["labels"] = [region["label"]]
    return value


def _one_value(f: Field, value: Any) -> dict[str, Any] | str:
    """The `value` of a choice, rating or text result, or why there is none."""
    labels = f.label_values()
    if f.kind == "choice":
        if not isinstance(value, str) or value not in labels:
            return f"{short(value)} is not one of the field's labels"
        return {"choices": [value]}
    if f.kind == "multichoice":
        known = isinstance(value, list) and all(isinstance(v, str) for v in value)
        if not known or not set(value) <= labels:
            return "not a list of the field's labels"
        return {"choices": list(value)}
    if f.kind == "rating":
        if not is_int(value):
            return "not a whole number"
        return {"rating": value + rating_offset(f)}
    if not is_clean_str(value):
        return "not a text"
    return {"text": [value]}


def write_labelstudio(
    entries: Iterable[ExportEntry], schema: Schema, sink: Sink, options: WriteOptions
) -> ExportReport:
    """Write `tasks.json` and `config.xml` of `entries` to `sink`."""
    return _Writer(schema, sink, options).run(entries)


FORMAT = Format(
    name=NAME,
    title="Label Studio JSON",
    media=frozenset({"image", "text", "audio"}),
    multi_file=True,
    file_name=TASKS,
    writer=write_labelstudio,
    reader=read_labelstudio,
    item_data=True,
    companions=(CONFIG,),
)
