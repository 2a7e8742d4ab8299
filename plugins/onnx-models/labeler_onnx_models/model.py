"""An ONNX model loaded with its YAML, checked against it, and run on pictures.

`Model.load` reads the YAML, opens the ONNX file in ONNX Runtime (CPU) and checks at once
that the model's input and outputs are what the YAML says: one picture of three colours
in its layout, its size, a data type it can be given, outputs of the format's shape with
at least as many classes as the labels name. A mismatch is a `ModelMismatch` saying what
the model has and what the YAML says; a dimension the model leaves open is checked on the
first picture instead.

`Model.detect` and `Model.classify` give what the model found in one picture, by the
schema's labels, in the original's pixels (`labeler_onnx_models.decode`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from labeler_onnx_models import decode
from labeler_onnx_models.errors import ModelError, ModelMismatch
from labeler_onnx_models.picture import Picture
from labeler_onnx_models.preprocess import Affine, least_size, prepare
from labeler_onnx_models.spec import ModelSpec, read_spec

#: ONNX element types a picture can be given as.
_DTYPES = {"tensor(float)": np.float32, "tensor(float16)": np.float16, "tensor(uint8)": np.uint8}

Dim = int | str | None


@dataclass(frozen=True)
class Port:
    """An input or output of the model: its name and shape (None or a name: open)."""

    name: str
    shape: tuple[Dim, ...]

    def shown(self) -> str:
        dims = ", ".join(str(d) if isinstance(d, int) else "?" for d in self.shape)
        return f"{self.name!r} [{dims}]"


class Model:
    """An ONNX model and its YAML, checked against each other. Safe to share between
    threads (ONNX Runtime's sessions are)."""

    def __init__(self, spec: ModelSpec, session: Any) -> None:
        self.spec = spec
        self.session = session
        self.input = _input_port(spec, session)
        self.dtype = _input_dtype(spec, session, self.input)
        self.size = _input_size(spec, self.input)
        self.outputs = _output_ports(spec, session)
        self._check_outputs()

    @classmethod
    def load(cls, source: Path | str | ModelSpec, threads: int | None = None) -> Model:
        """The model of a YAML (or of a spec read already); `SpecError` for a bad YAML,
        `ModelError` for a file ONNX Runtime cannot load, `ModelMismatch` for a model that
        is not as the YAML says. `threads`: ONNX Runtime's threads (default: its own)."""
        spec = source if isinstance(source, ModelSpec) else read_spec(source)
        import onnxruntime as ort

        options = ort.SessionOptions()
        options.log_severity_level = 3  # its warnings about unused initialisers are noise here
        if threads:
            options.intra_op_num_threads = threads
        try:
            session = ort.InferenceSession(
                str(spec.model), options, providers=["CPUExecutionProvider"]
            )
        except Exception as exc:  # noqa: BLE001 - ONNX Runtime raises its own types
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise ModelError(f"{spec.source}: cannot load {spec.model.name}: {first}") from None
        return cls(spec, session)

    @property
    def title(self) -> str:
        return self.spec.title

    def least(self, picture_size: tuple[int, int]) -> tuple[int, int]:
        """The fewest pixels a picture of `picture_size` may be decoded at for the model."""
        return least_size(picture_size, self.size, self.spec.input)

    def detect(self, picture: Picture) -> decode.Detections:
        """What a detection model finds in `picture`, best first, in original pixels."""
        if self.spec.task != "detect":
            raise ModelError(f"{self.spec.source}: a {self.spec.task} model finds no boxes")
        outputs, affine = self._run(picture)
        return decode.detections(self.spec, outputs, self.size, affine, picture)

    def classify(self, picture: Picture) -> decode.Classification:
        """How probable each label of a classification model is for `picture`."""
        if self.spec.task != "classify":
            raise ModelError(f"{self.spec.source}: a {self.spec.task} model does not classify")
        outputs, _ = self._run(picture)
        return decode.classification(self.spec, outputs[0])

    def _run(self, picture: Picture) -> tuple[list[np.ndarray], Affine]:
        tensor, affine = prepare(picture, self.spec.input, self.size, np.dtype(self.dtype))
        names = [port.name for port in self.outputs]
        try:
            outputs = self.session.run(names, {self.input.name: tensor})
        except Exception as exc:  # noqa: BLE001 - ONNX Runtime raises its own types
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise ModelError(
                f"{self.spec.source}: the model failed on a picture: {first}"
            ) from None
        return [np.asarray(o) for o in outputs], affine

    def _check_outputs(self) -> None:
        spec = self.spec
        if spec.task == "classify":
            decode.check_classes(spec, self.outputs[0].shape, self.outputs[0].shown())
        elif spec.output.format in ("yolov8", "yolov5"):
            decode.yolo_axis(spec, self.outputs[0].shape, self.outputs[0].shown())
        else:
            decode.check_ssd(
                spec, [p.shape for p in self.outputs], [p.shown() for p in self.outputs]
            )


def _ports(values: Sequence[Any]) -> list[Port]:
    return [Port(v.name, tuple(d if isinstance(d, int) else None for d in v.shape)) for v in values]


def _mismatch(spec: ModelSpec, what: str) -> ModelMismatch:
    return ModelMismatch(f"{spec.source}: {spec.model.name} {what}")


def _input_port(spec: ModelSpec, session: Any) -> Port:
    inputs = _ports(session.get_inputs())
    names = ", ".join(p.shown() for p in inputs)
    if spec.input.name is not None:
        port = next((p for p in inputs if p.name == spec.input.name), None)
        if port is None:
            raise _mismatch(spec, f"has no input {spec.input.name!r} (input.name); it has {names}")
    elif len(inputs) != 1:
        raise _mismatch(spec, f"takes {len(inputs)} inputs ({names}): say which in input.name")
    else:
        port = inputs[0]
    if len(port.shape) != 4:
        raise _mismatch(
            spec, f"takes {port.shown()}; a picture is 4 dimensions (batch, height, width, colour)"
        )
    batch = port.shape[0]
    if isinstance(batch, int) and batch != 1:
        raise _mismatch(spec, f"takes batches of {batch} ({port.shown()}); pictures go one by one")
    nchw = spec.input.layout == "NCHW"
    channels, other = (port.shape[1], port.shape[3]) if nchw else (port.shape[3], port.shape[1])
    if isinstance(channels, int) and channels != 3:
        if other == 3:
            seems = "NHWC" if nchw else "NCHW"
            raise _mismatch(
                spec,
                f"takes {port.shown()}, laid out {seems}; the YAML says input.layout "
                f"{spec.input.layout}",
            )
        raise _mismatch(spec, f"takes {channels} colours ({port.shown()}); pictures have 3")
    return port


def _input_dtype(spec: ModelSpec, session: Any, port: Port) -> Any:
    kind = next(i.type for i in session.get_inputs() if i.name == port.name)
    if kind not in _DTYPES:
        known = ", ".join(_DTYPES)
        raise _mismatch(spec, f"takes {kind} ({port.shown()}); a picture can be given as {known}")
    dtype = _DTYPES[kind]
    given = [k for k in ("scale", "mean", "std") if getattr(spec.input, k) is not None]
    if dtype == np.uint8 and given:
        raise _mismatch(
            spec,
            f"takes bytes (uint8), the pixels as they are; input.{given[0]} does not apply",
        )
    return dtype


def _input_size(spec: ModelSpec, port: Port) -> tuple[int, int]:
    """(width, height) of the input: the YAML's, which must be the model's when fixed."""
    h, w = (port.shape[2], port.shape[3]) if spec.input.layout == "NCHW" else port.shape[1:3]
    fixed = (w, h) if isinstance(w, int) and isinstance(h, int) else None
    given = spec.input.size
    if given is None:
        if fixed is None:
            raise _mismatch(
                spec, f"takes pictures of any size ({port.shown()}): give input.size [w, h]"
            )
        return fixed
    for side, mine, theirs in (("width", given[0], w), ("height", given[1], h)):
        if isinstance(theirs, int) and theirs != mine:
            raise _mismatch(
                spec,
                f"takes a {side} of {theirs} px ({port.shown()}); the YAML's input.size says "
                f"{mine}",
            )
    return given


def _output_ports(spec: ModelSpec, session: Any) -> list[Port]:
    outputs = _ports(session.get_outputs())
    names = ", ".join(p.shown() for p in outputs)
    by_name = {p.name: p for p in outputs}
    out = spec.output
    if spec.output.format == "ssd":
        wanted = [out.boxes, out.scores, out.classes]
        if any(w is None for w in wanted):
            if len(outputs) < 3:
                raise _mismatch(
                    spec,
                    f"has {len(outputs)} outputs ({names}); an ssd model gives boxes, scores "
                    "and classes",
                )
            firsts = [p.name for p in outputs[:3]]
            wanted = [w if w is not None else firsts[i] for i, w in enumerate(wanted)]
    else:
        wanted = [out.name if out.name is not None else outputs[0].name]
    missing = [w for w in wanted if w not in by_name]
    if missing:
        raise _mismatch(spec, f"has no output {missing[0]!r}; it has {names}")
    return [by_name[str(w)] for w in wanted]
