"""Formats of the field (COCO, YOLO, Pascal VOC, labelme, CVAT, CoNLL, CSV, WebVTT,
…): pure writers and readers, registered by name.

`FORMATS` is the one table; `register(fmt)` adds a format (a plugin adds its own the same
way), `get(name)` finds one. A format writes `ExportEntry`s to a `Sink` and returns an
`ExportReport` of what it could not hold; it reads a `Source` into an `ImportResult` of
answers per image and problems. Coordinates are the original image's pixels with its
EXIF orientation applied, never the display variant's.
"""

from __future__ import annotations

from labeler.core.formats.base import (
    ExportEntry,
    ExportReport,
    Format,
    FormatError,
    ImportProblem,
    ImportResult,
    NotHeld,
    Size,
    WriteOptions,
    default_file_name,
)
from labeler.core.formats.streams import (
    MemorySink,
    MemorySource,
    Sink,
    Source,
    StreamSink,
    ZipSink,
    ZipSource,
)

__all__ = [
    "FORMATS",
    "ExportEntry",
    "ExportReport",
    "Format",
    "FormatError",
    "ImportProblem",
    "ImportResult",
    "MemorySink",
    "MemorySource",
    "NotHeld",
    "Sink",
    "Size",
    "Source",
    "StreamSink",
    "WriteOptions",
    "ZipSink",
    "ZipSource",
    "default_file_name",
    "get",
    "register",
]

#: Every format by name, in the order they were registered.
FORMATS: dict[str, Format] = {}


def register(fmt: Format) -> Format:
    """Add `fmt` to `FORMATS`; a name taken already is refused, so no format is replaced
    in silence."""
    if fmt.name in FORMATS and FORMATS[fmt.name] is not fmt:
        raise FormatError(f"a format named {fmt.name!r} is registered already")
    FORMATS[fmt.name] = fmt
    return fmt


def get(name: str) -> Format:
    """The format called `name`; `FormatError` naming the known ones when there is none."""
    fmt = FORMATS.get(name)
    if fmt is None:
        known = ", ".join(sorted(FORMATS)) or "none"
        raise FormatError(f"no format is called {name!r}; the known formats are {known}")
    return fmt


def _register_builtins() -> None:
    from labeler.core.formats import (
        audacity,
        coco,
        conll,
        criteriacsv,
        csvfile,
        cvat,
        labelme,
        labelstudio,
        preferences,
        prompts,
        srt,
        voc,
        webvtt,
        yolo,
    )

    register(coco.FORMAT)
    register(yolo.DETECT)
    register(yolo.SEGMENT)
    register(voc.FORMAT)
    register(labelme.FORMAT)
    register(conll.FORMAT)
    register(csvfile.FORMAT)
    register(labelstudio.FORMAT)
    register(webvtt.FORMAT)
    register(srt.FORMAT)
    register(audacity.FORMAT)
    register(cvat.FORMAT)
    register(prompts.FORMAT)
    register(preferences.PREFERENCE_FORMAT)
    register(preferences.RANKING_FORMAT)
    register(criteriacsv.FORMAT)


_register_builtins()
