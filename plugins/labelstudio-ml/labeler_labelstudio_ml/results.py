"""What a backend proposes, in our answers: a Label Studio prediction read by the same
reader as Label Studio's own exports (`labeler.core.formats.labelstudio_read`), so each
result type maps as an import maps it and is checked as a stored answer is:

- `rectanglelabels` → boxes, `polygonlabels` → polygons, `keypointlabels` → points, in
  the original picture's pixels (the percent are of whatever size the backend saw);
- `labels` → spans (code points) on a text, segments (seconds) on a recording;
- `choices` → a choice or multichoice field, `rating` → a rating,
  `textarea` → a text or a transcript.

Whatever cannot be taken (a brush mask, a relation, a label the field lacks, a region
outside the picture) is a problem with its place in the prediction (`result[2]`), never
dropped in silence. A prediction's `score` (else the mean of its results' scores) is
its confidence; a result's own score is its region's.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from labeler.core.formats.base import Items, Size
from labeler.core.formats.labelstudio_read import read_labelstudio
from labeler.core.formats.streams import MemorySource
from labeler.core.lsconfig import field_name
from labeler.core.plugins import ItemView
from labeler.core.schema import Schema
from labeler_labelstudio_ml.brush import MASKED_KINDS, as_region

#: Field kinds whose answer is a list of regions (an assist proposes one of them).
REGION_KINDS = frozenset({"boxes", "polygons", "points", "spans", "segments"})
_FILE = "prediction.json"
_KEY = "item"
_PLACE = re.compile(r"^tasks\[0\]\.annotations\[0\]\.?")
_RESULT = re.compile(r"^result\[(\d+)\]")
#: A result's statement of the picture's size: the served copy's, not the original's.
_SIZES = ("original_width", "original_height")


@dataclass
class Read:
    """One prediction read: the answer made of what could be taken, the confidence,
    and one line per thing left out."""

    answer: dict[str, Any] = field(default_factory=dict)
    confidence: float | None = None
    problems: list[str] = field(default_factory=list)


def results_of(prediction: object, problems: list[str]) -> list[Any] | None:
    """The result list of a prediction (`{"result": [...]}`; a bare list is taken as
    one), None with the problem said when it has none."""
    if isinstance(prediction, list):
        return prediction
    if isinstance(prediction, dict) and isinstance(prediction.get("result"), list):
        return list(prediction["result"])
    problems.append("the prediction is not an object with a result list; nothing taken")
    return None


def score(value: object, at: str, problems: list[str]) -> float | None:
    """A score as a confidence in [0, 1]; a score outside it is said and not kept."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        problems.append(f"{at}score {value!r} is not a number; no confidence kept")
        return None
    if not 0 <= value <= 1:
        problems.append(f"{at}score {value:g} is outside 0 to 1; no confidence kept")
        return None
    return float(value)


def read_prediction(prediction: object, item: ItemView, schema: Schema) -> Read:
    """The answer a prediction gives `item` of `schema`, its confidence and problems."""
    out = Read()
    results = results_of(prediction, out.problems)
    if results is None:
        return out
    answer, out.problems = map_results(results, item, schema, out.problems)
    out.answer = answer
    given = prediction.get("score") if isinstance(prediction, dict) else None
    out.confidence = score(given, "", out.problems)
    if out.confidence is None and given is None:
        scores = [
            s
            for k, r in enumerate(results)
            if isinstance(r, dict)
            and (s := score(r.get("score"), f"result[{k}]: ", out.problems)) is not None
        ]
        out.confidence = sum(scores) / len(scores) if scores else None
    return out


def map_results(
    results: list[Any], item: ItemView, schema: Schema, problems: list[str] | None = None
) -> tuple[dict[str, Any], list[str]]:
    """The answer `results` make for `item`, with a line for each thing left out."""
    problems = list(problems or [])
    places, taken = [], []
    for k, result in enumerate(results):
        result = _unmasked(result, schema, f"result[{k}]: ", problems)
        if result is not None:
            places.append(k)
            taken.append(_unsized(result))
    task = {"id": 1, "data": {schema.media: _data(item)}, "annotations": [{"result": taken}]}
    source = MemorySource({_FILE: json.dumps(task).encode()})
    read = read_labelstudio(source, schema, _known(item))  # type: ignore[arg-type]
    key = "task-1" if schema.media == "text" else _KEY
    for problem in read.problems:
        place = _RESULT.sub(lambda m: f"result[{places[int(m[1])]}]", _PLACE.sub("", problem.at))
        problems.append(f"{place}: {problem.message}" if place else problem.message)
    return dict(read.answers.get(key) or read.incomplete.get(key) or {}), problems


def _unmasked(result: object, schema: Schema, at: str, problems: list[str]) -> object | None:
    """A brush mask for a polygons or boxes field as the region the field holds (None
    when it cannot be read, said); any other result as it is."""
    if not isinstance(result, dict) or str(result.get("type", "")).lower() != "brushlabels":
        return result
    name = result.get("from_name")
    named = [
        f for f in schema.fields if isinstance(name, str) and f.name in (name, field_name(name))
    ]
    if not named or named[0].kind not in MASKED_KINDS:
        return result
    region, said = as_region(result, named[0].kind)
    problems += [at + line for line in said]
    return region


def _data(item: ItemView) -> str:
    return item.text or "" if item.media == "text" else _KEY


def _known(item: ItemView) -> Items | None:
    """What the reader checks regions against: the picture's original size, the
    recording's duration (a text carries its own)."""
    if item.media == "image" and item.size is not None:
        return {_KEY: Size(*item.size)}
    if item.media == "audio":
        return {_KEY: item.duration}
    return None


def _unsized(result: object) -> object:
    """A result without its statement of the picture's size: the backend saw the copy
    it was sent (the display variant), and its percent are of any size alike."""
    if not isinstance(result, Mapping):
        return result
    return {k: v for k, v in result.items() if k not in _SIZES}
