"""A model's YAML: what the ONNX file is, what its classes are in the schema, and how a
picture becomes its input and its output becomes proposals (README.md, "The YAML").

`read_spec` checks every key and says every problem at once, each with where it is
(`input.size`, `labels.3`), so a lead fixes the file in one go. It needs neither NumPy nor
ONNX Runtime: `labeler plugins` can say a YAML is wrong without loading a model.
`ModelSpec.check_schema` checks the labels against a project's schema before any item.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from labeler.core.schema import Field, Schema
from labeler_onnx_models.errors import ModelError, SpecError

TASKS = ("detect", "classify")
#: Detection outputs: Ultralytics YOLOv8-style [N, 4+C], YOLOv5-style [N, 5+C], both
#: (cx, cy, w, h) then scores; SSD-style boxes, scores and classes as three outputs.
FORMATS = ("yolov8", "yolov5", "ssd")
LAYOUTS = ("NCHW", "NHWC")
COLOURS = ("RGB", "BGR")
#: letterbox: fit inside, pad the rest; stretch: fill, aspect not kept; crop: fill the
#: short side, cut the middle (and keep `crop_fraction` of it).
RESIZES = ("letterbox", "stretch", "crop")
COORDINATES = ("pixels", "normalized")
BOX_ORDERS = ("xyxy", "yxyx")
ACTIVATIONS = ("softmax", "sigmoid", "none")
#: The field kinds a task proposes for.
FIELD_KINDS = {"detect": ("boxes",), "classify": ("choice", "multichoice")}
MAX_SIDE = 8192
MAX_CLASSES = 100_000

_TOP_KEYS = {
    "title",
    "task",
    "model",
    "field",
    "labels",
    "input",
    "output",
    "score_threshold",
    "nms_iou",
    "max_boxes",
}
_INPUT_KEYS = {
    "name",
    "size",
    "layout",
    "colour",
    "scale",
    "mean",
    "std",
    "resize",
    "pad",
    "crop_fraction",
}
_OUTPUT_KEYS = {
    "format",
    "name",
    "num_classes",
    "coordinates",
    "boxes",
    "scores",
    "classes",
    "box_order",
    "activation",
}
_SSD_KEYS = {"boxes", "scores", "classes", "box_order"}
_DETECT_ONLY = {"format", "coordinates"} | _SSD_KEYS


@dataclass(frozen=True)
class Target:
    """Where one model class goes: a label of a field of the schema."""

    field: str
    label: str


@dataclass(frozen=True)
class InputSpec:
    """How a picture becomes the model's input. `size` is (width, height), None to take
    the model's own; `scale`, `mean`, `std` None for a model that takes bytes (uint8)
    or for the defaults (1/255, 0, 1) of a model that takes floats."""

    name: str | None
    size: tuple[int, int] | None
    layout: str
    colour: str
    scale: float | None
    mean: tuple[float, float, float] | None
    std: tuple[float, float, float] | None
    resize: str
    pad: int
    crop_fraction: float


@dataclass(frozen=True)
class OutputSpec:
    """How the model's output is read. For SSD, `boxes`, `scores` and `classes` name its
    three outputs (None: the first three, in that order); otherwise `name` names the one
    output read (None: the first). `num_classes` says how many classes a YOLO output
    has when its shape cannot tell."""

    format: str | None
    name: str | None
    num_classes: int | None
    coordinates: str
    boxes: str | None
    scores: str | None
    classes: str | None
    box_order: str
    activation: str


@dataclass(frozen=True)
class ModelSpec:
    """A model's YAML, checked."""

    source: Path
    title: str
    task: str
    model: Path
    labels: Mapping[int, Target]
    input: InputSpec
    output: OutputSpec
    score_threshold: float
    nms_iou: float | None
    max_boxes: int

    @property
    def fields(self) -> tuple[str, ...]:
        """The fields the model proposes for, in the order its labels name them."""
        return tuple(dict.fromkeys(t.field for t in self.labels.values()))

    @property
    def needed_classes(self) -> int:
        """The fewest classes the model must have: one past the highest index named."""
        return max(self.labels) + 1

    def check_schema(self, schema: Schema) -> dict[str, Field]:
        """The schema's fields the model proposes for, by name; `ModelError` listing
        every field or label of the YAML the schema lacks, or a field of a kind the task
        does not propose for."""
        problems: list[str] = []
        fields: dict[str, Field] = {}
        for name in self.fields:
            try:
                fields[name] = schema.field(name)
            except KeyError:
                problems.append(f"the schema has no field {name!r}")
                continue
            problems += self.field_problems(fields[name])
        if problems:
            raise ModelError(f"{self.source} does not fit the schema: " + "; ".join(problems))
        return fields

    def field_problems(self, field: Field) -> list[str]:
        """What keeps the model from proposing for `field`: its kind, labels it lacks."""
        kinds = FIELD_KINDS[self.task]
        if field.kind not in kinds:
            wanted = " or ".join(kinds)
            return [
                f"field {field.name!r} holds {field.kind}; a {self.task} model proposes {wanted}"
            ]
        values = field.label_values()
        return [
            f"labels.{index}: field {field.name!r} has no label {target.label!r}"
            for index, target in sorted(self.labels.items())
            if target.field == field.name and target.label not in values
        ]


def read_spec(path: Path | str) -> ModelSpec:
    """The checked spec of the YAML at `path`; `SpecError` says every problem."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        why = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise SpecError(path, [f"cannot read it: {why}"]) from None
    import yaml  # here, not at the top: the workbench loads the plugin at start (2 MB)

    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        what = getattr(exc, "problem", None) or str(exc)
        raise SpecError(path, [f"not YAML: {where}{what}"]) from None
    return parse_spec(raw, path)


def parse_spec(raw: object, path: Path) -> ModelSpec:
    """A decoded YAML document as a spec (`path` locates the model file and errors)."""
    r = _Reader(path)
    if not isinstance(raw, dict):
        raise SpecError(path, [f"must be a mapping of keys, not {_kind(raw)}"])
    r.unknown(raw, _TOP_KEYS, "")
    task = r.choice(raw, "task", TASKS, None)
    model = r.model_file(raw)
    labels = r.labels(raw)
    inputs = raw.get("input", {})
    outputs = raw.get("output", {})
    if not isinstance(inputs, dict):
        r.problem("input", f"must be a mapping, not {_kind(inputs)}")
        inputs = {}
    if not isinstance(outputs, dict):
        r.problem("output", f"must be a mapping, not {_kind(outputs)}")
        outputs = {}
    input_spec = r.input(inputs, task)
    output_spec = r.output(outputs, task)
    threshold = r.number(raw, "score_threshold", 0.25 if task == "detect" else 0.5, 0.0, 1.0)
    nms = raw.get("nms_iou", 0.45)
    if nms is not None:
        nms = r.number(raw, "nms_iou", 0.45, 0.0, 1.0, low_open=True)
    if task == "classify":
        for key in ("nms_iou", "max_boxes"):
            if key in raw:
                r.problem(key, "applies to detect models only")
    max_boxes = r.integer(raw, "max_boxes", 100, 1, 10_000)
    title = raw.get("title", path.stem)
    if not isinstance(title, str) or not title.strip():
        r.problem("title", "must be a text")
        title = path.stem
    if r.problems or task is None or model is None or not labels:
        raise SpecError(path, r.problems)
    return ModelSpec(
        source=path,
        title=title.strip(),
        task=task,
        model=model,
        labels=labels,
        input=input_spec,
        output=output_spec,
        score_threshold=threshold,
        nms_iou=nms,
        max_boxes=max_boxes,
    )


def _kind(value: object) -> str:
    if value is None:
        return "nothing"
    return {dict: "a mapping", list: "a list", str: "a text", bool: "true/false"}.get(
        type(value), f"a {type(value).__name__}"
    )


class _Reader:
    """Reads keys, collecting each problem with its place instead of stopping at one."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[str] = []

    def problem(self, where: str, what: str) -> None:
        self.problems.append(f"{where}: {what}")

    def unknown(self, raw: dict[Any, Any], keys: set[str], prefix: str) -> None:
        for key in raw:
            if key not in keys:
                known = ", ".join(sorted(keys))
                self.problem(f"{prefix}{key}", f"unknown key (known: {known})")

    def choice(
        self, raw: dict[str, Any], key: str, allowed: tuple[str, ...], default: str | None
    ) -> str | None:
        value = raw.get(key, default)
        if value is None:
            self.problem(key, f"is required: one of {', '.join(allowed)}")
            return None
        if value not in allowed:
            self.problem(key, f"must be one of {', '.join(allowed)}, not {value!r}")
            return default
        return str(value)

    def number(
        self,
        raw: dict[str, Any],
        key: str,
        default: float,
        low: float,
        high: float,
        *,
        where: str = "",
        low_open: bool = False,
    ) -> float:
        value = raw.get(key, default)
        ok = _is_number(value) and (low < value if low_open else low <= value) and value <= high
        if not ok:
            side = "above" if low_open else "from"
            self.problem(f"{where}{key}", f"must be a number {side} {low:g} to {high:g}")
            return default
        return float(value)

    def integer(
        self, raw: dict[str, Any], key: str, default: int, low: int, high: int, where: str = ""
    ) -> int:
        value = raw.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            self.problem(f"{where}{key}", f"must be a whole number from {low} to {high}")
            return default
        return value

    def name(self, raw: dict[str, Any], key: str, where: str) -> str | None:
        value = raw.get(key)
        if value is not None and (not isinstance(value, str) or not value):
            self.problem(f"{where}{key}", "must be the name of one of the model's inputs/outputs")
            return None
        return value

    def model_file(self, raw: dict[str, Any]) -> Path | None:
        value = raw.get("model")
        if not isinstance(value, str) or not value.strip():
            self.problem("model", "is required: the ONNX file, relative to this YAML")
            return None
        model = (self.path.parent / value).resolve()
        if not model.is_file():
            self.problem("model", f"no file {value!r} next to this YAML (looked for {model})")
            return None
        return model

    def labels(self, raw: dict[str, Any]) -> dict[int, Target]:
        """`labels`: index → label, or a list by index; each a label of `field` or a
        mapping `{label, field}`."""
        default_field = raw.get("field")
        if default_field is not None and (not isinstance(default_field, str) or not default_field):
            self.problem("field", "must be the name of a field of the schema")
            default_field = None
        given = raw.get("labels")
        if isinstance(given, list):
            entries: list[tuple[object, object]] = list(enumerate(given))
        elif isinstance(given, dict):
            entries = list(given.items())
        else:
            self.problem(
                "labels", "is required: model class index → the schema's label (or a list)"
            )
            return {}
        out: dict[int, Target] = {}
        for key, value in entries:
            index = _index(key)
            where = f"labels.{key}"
            if index is None:
                self.problem(where, f"a class index is a whole number from 0 to {MAX_CLASSES - 1}")
                continue
            if value is None:  # a class left out (a list's gap)
                continue
            target = self._target(value, default_field, where)
            if target is not None:
                if index in out:
                    self.problem(where, "names a class index twice")
                out[index] = target
        if not out and not any(p.startswith("labels") for p in self.problems):
            self.problem("labels", "names no class")
        return out

    def _target(self, value: object, default_field: str | None, where: str) -> Target | None:
        if isinstance(value, dict):
            self.unknown(value, {"label", "field"}, f"{where}.")
            label, field = value.get("label"), value.get("field", default_field)
        else:
            label, field = value, default_field
        if isinstance(label, int | float) and not isinstance(label, bool):
            label = str(label)  # a YAML number used as a label's value
        if not isinstance(label, str) or not label:
            self.problem(where, "must be a label's value (a text) or {label, field}")
            return None
        if not isinstance(field, str) or not field:
            self.problem(where, "says no field: give `field` at the top or {label, field}")
            return None
        return Target(field, label)

    def input(self, raw: dict[str, Any], task: str | None) -> InputSpec:
        at = "input."
        self.unknown(raw, _INPUT_KEYS, at)
        resize_default = "letterbox" if task == "detect" else "stretch"
        return InputSpec(
            name=self.name(raw, "name", at),
            size=self._size(raw.get("size")),
            layout=self.choice_at(raw, "layout", LAYOUTS, "NCHW", at),
            colour=self.choice_at(raw, "colour", COLOURS, "RGB", at),
            scale=self._scale(raw),
            mean=self._triple(raw, "mean", positive=False),
            std=self._triple(raw, "std", positive=True),
            resize=self.choice_at(raw, "resize", RESIZES, resize_default, at),
            pad=self.integer(raw, "pad", 114, 0, 255, at),
            crop_fraction=self.number(raw, "crop_fraction", 1.0, 0.0, 1.0, where=at, low_open=True),
        )

    def choice_at(
        self, raw: dict[str, Any], key: str, allowed: tuple[str, ...], default: str, at: str
    ) -> str:
        value = raw.get(key, default)
        if isinstance(value, str) and value.upper() in {a.upper() for a in allowed}:
            return next(a for a in allowed if a.upper() == value.upper())
        self.problem(f"{at}{key}", f"must be one of {', '.join(allowed)}, not {value!r}")
        return default

    def _size(self, value: object) -> tuple[int, int] | None:
        if value is None:
            return None
        sides = [value, value] if not isinstance(value, list) else value
        if len(sides) == 2 and all(
            isinstance(s, int) and not isinstance(s, bool) and 1 <= s <= MAX_SIDE for s in sides
        ):
            return int(str(sides[0])), int(str(sides[1]))
        self.problem("input.size", f"must be a side or [width, height], each 1 to {MAX_SIDE} px")
        return None

    def _scale(self, raw: dict[str, Any]) -> float | None:
        if "scale" not in raw:
            return None
        value = raw["scale"]
        if not _is_number(value) or value <= 0:
            self.problem("input.scale", "must be a number above 0 (1/255 is 0.00392156862745098)")
            return None
        return float(value)

    def _triple(
        self, raw: dict[str, Any], key: str, positive: bool
    ) -> tuple[float, float, float] | None:
        if key not in raw:
            return None
        value = raw[key]
        values = value if isinstance(value, list) else [value, value, value]
        good = len(values) == 3 and all(_is_number(v) and (v > 0 or not positive) for v in values)
        if not good:
            what = "numbers above 0" if positive else "numbers"
            self.problem(f"input.{key}", f"must be one number or three {what} (per colour)")
            return None
        return float(values[0]), float(values[1]), float(values[2])

    def output(self, raw: dict[str, Any], task: str | None) -> OutputSpec:
        at = "output."
        self.unknown(raw, _OUTPUT_KEYS, at)
        fmt: str | None = None
        if task == "detect":
            given = raw.get("format")
            if given not in FORMATS:
                self.problem(
                    "output.format",
                    f"is required for detect: one of {', '.join(FORMATS)}, not {given!r}",
                )
            else:
                fmt = str(given)
            if fmt != "ssd":
                for key in sorted(_SSD_KEYS & set(raw)):
                    self.problem(f"{at}{key}", "applies to the ssd format only")
            elif "name" in raw or "num_classes" in raw:
                self.problem(
                    at + ("name" if "name" in raw else "num_classes"),
                    "the ssd format names boxes, scores and classes instead",
                )
        elif task == "classify":
            for key in sorted(_DETECT_ONLY & set(raw)):
                self.problem(f"{at}{key}", "applies to detect models only")
        if task == "detect" and "activation" in raw:
            self.problem("output.activation", "applies to classify models only")
        num_classes = raw.get("num_classes")
        if num_classes is not None:
            num_classes = self.integer(raw, "num_classes", 1, 1, MAX_CLASSES, at)
        return OutputSpec(
            format=fmt,
            name=self.name(raw, "name", at),
            num_classes=num_classes,
            coordinates=self.choice_at(raw, "coordinates", COORDINATES, "pixels", at),
            boxes=self.name(raw, "boxes", at),
            scores=self.name(raw, "scores", at),
            classes=self.name(raw, "classes", at),
            box_order=self.choice_at(raw, "box_order", BOX_ORDERS, "xyxy", at),
            activation=self.choice_at(raw, "activation", ACTIVATIONS, "softmax", at),
        )


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _index(key: object) -> int | None:
    if isinstance(key, str) and key.strip().isdigit():
        key = int(key)
    if isinstance(key, int) and not isinstance(key, bool) and 0 <= key < MAX_CLASSES:
        return key
    return None
