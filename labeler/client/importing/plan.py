"""What an item import will send: the plan made before anything is sent, its media files
and text rows, what it refuses and why, and `ImportProblem` for a source that cannot be
imported at all. `sources` makes plans from folders, CSV and JSONL files, `formatted` from
the annotation formats.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from labeler.core.figures import size

IMAGE_EXTENSIONS = frozenset(
    {".jpg", ".jpeg", ".jpe", ".png", ".webp", ".bmp", ".tif", ".tiff", ".gif", ".mpo"}
)
AUDIO_EXTENSIONS = frozenset({".wav", ".flac", ".ogg", ".oga", ".opus", ".mp3"})
EXTENSIONS = {"image": IMAGE_EXTENSIONS, "audio": AUDIO_EXTENSIONS}
#: The task server keeps an item's source name up to this many characters.
MAX_SOURCE_NAME = 1024


class ImportProblem(Exception):
    """The source cannot be imported at all; `message` says why and what to do."""

    def __init__(self, message: str, **params: Any) -> None:
        # Given `params`, `message` is a marked template with `{name}` for each (the
        # workbench words it in its language; see `ClientError`).
        text = message.format(**params) if params else message
        super().__init__(text)
        self.message = text
        self.template = message
        self.params: dict[str, Any] = params


@dataclass(frozen=True)
class Refusal:
    """Something not imported, and why: `source` is a file (relative to the folder) or
    a line (`line 7`)."""

    source: str
    reason: str


def source_name(text: str) -> str:
    """An item's source name as the task server stores it: bytes of a file name that are
    not UTF-8 shown as �, no NUL, at most MAX_SOURCE_NAME characters (the end kept: the
    file name is there)."""
    clean = text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    clean = clean.replace("\x00", "")
    return clean if len(clean) <= MAX_SOURCE_NAME else "…" + clean[-(MAX_SOURCE_NAME - 1) :]


@dataclass(frozen=True)
class MediaFile:
    """One image or audio file of a folder; `name` is also the item's source name."""

    path: Path
    name: str  # relative to the folder, with forward slashes
    kind: str  # image | audio
    size: int


@dataclass(frozen=True)
class TextRow:
    """One item of a CSV or JSONL file: where it starts, the item body to send, and the
    name the item keeps of where it came from (`reviews.csv:12`, or a JSONL line's own
    `source`)."""

    line: int
    item: dict[str, Any]
    source_name: str = ""

    @property
    def source(self) -> str:
        """Where the row is, for the lists of what was refused: `line 12`."""
        return f"line {self.line}"

    def body(self) -> dict[str, Any]:
        """The item as sent: its body and its source name."""
        return {**self.item, "source": self.source_name} if self.source_name else self.item


@dataclass(frozen=True)
class ImportPlan:
    """What an import of `source` into a project will send."""

    source: Path
    form: str  # folder | csv | jsonl, or a format's name
    project_id: str
    media: str  # the project's media kind
    files: tuple[MediaFile, ...] = ()
    rows: tuple[TextRow, ...] = ()
    refused: tuple[Refusal, ...] = ()
    #: Folder files that are neither image nor audio (by extension), left out.
    ignored: tuple[str, ...] = ()
    #: What goes with each media file besides it, by name: `prefill`, `gold` (a format's
    #: answers, `plan_format_import`).
    extras: Mapping[str, dict[str, Any]] = field(default_factory=dict)
    #: How a format's answers go in: prefill or gold.
    answers_as: str = "prefill"
    #: A format's problems as sentences: those that concern no one item (a file it could
    #: not read), and those of the items taken with what could be read (`take_incomplete`);
    #: the items refused for theirs are in `refused`.
    problems: tuple[str, ...] = ()
    #: The problems of the items taken with what could be read, by source name (each also
    #: in `problems`): a list can name the item each concerns.
    item_problems: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def total(self) -> int:
        """Files or rows to send."""
        return len(self.files) + len(self.rows)

    @property
    def bytes_total(self) -> int:
        return sum(f.size for f in self.files)

    def counts(self) -> dict[str, int]:
        """Counts by kind: `image`, `audio`, `text`, `gold`, `prefill`, `refused`, `ignored`."""
        out = {"image": 0, "audio": 0, "text": 0, "gold": 0, "prefill": 0}
        for f in self.files:
            out[f.kind] += 1
            extra = self.extras.get(f.name, {})
            out["gold"] += "gold" in extra
            out["prefill"] += "prefill" in extra
        for row in self.rows:
            out["text"] += 1
            out["gold"] += "gold" in row.item
            out["prefill"] += "prefill" in row.item
        out["refused"] = len(self.refused)
        out["ignored"] = len(self.ignored)
        return out

    def describe(self) -> str:
        """The plan in one sentence, e.g. "128 images (84.2 MB); 2 refused"."""
        c = self.counts()
        parts: list[str] = []
        if self.files:
            kind = "image" if c["image"] else "audio file"
            n = c["image"] or c["audio"]
            extra = [f"{c[k]} with {k}" for k in ("gold", "prefill") if c[k]]
            with_answers = f", {', '.join(extra)}" if extra else ""
            parts.append(f"{plural(n, kind)} ({megabytes(self.bytes_total)}{with_answers})")
        if self.rows:
            extra = [f"{c[k]} with {k}" for k in ("gold", "prefill") if c[k]]
            text = plural(c["text"], "text")
            parts.append(text + (f" ({', '.join(extra)})" if extra else ""))
        if not parts:
            parts.append("nothing to import")
        if c["refused"]:
            parts.append(f"{c['refused']} refused")
        if self.problems:
            parts.append(f"{plural(len(self.problems), 'problem')} with the annotations")
        if c["ignored"]:
            parts.append(f"{plural(c['ignored'], 'file')} of other kinds left out")
        return "; ".join(parts)


def plural(n: int, word: str) -> str:
    """`1 image`, `3 images`, `2 audio files`."""
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def megabytes(n: int) -> str:
    """A size in the fewest digits that say something: `34 KB`, `84.2 MB`."""
    return size(n)
