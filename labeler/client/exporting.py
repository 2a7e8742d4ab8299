"""Exporting a project in a format of the field: the report first, then the download.

`export_report` asks the task server what an export would hold and what its format could
not (`GET /projects/{id}/export/report`); `download_export` streams the export itself to
a file, atomically (a temp file beside it, renamed when whole). Network work: not for the
GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from labeler.client.api import TaskServer
from labeler.client.jsonread import Reader
from labeler.client.transport import Progress
from labeler.core.i18n import said_from_json

ANSWERS = ("accepted", "consensus", "gold", "all")
#: An export with its images may be large; the download stops past this.
MAX_EXPORT_BYTES = 1 << 40


@dataclass(frozen=True)
class ExportChoice:
    """What a lead asks for: a format by name, which answers, and the images with it."""

    format: str
    answers: str = "accepted"
    images: bool = False
    seed: int = 0
    val_fraction: float = 0.2

    def query(self) -> dict[str, str]:
        out = {"format": self.format, "answers": self.answers}
        if self.images:
            out["images"] = "true"
        if self.seed:
            out["seed"] = str(self.seed)
        if self.val_fraction != 0.2:
            out["val_fraction"] = repr(self.val_fraction)
        return out


@dataclass(frozen=True)
class ExportReport:
    """What an export holds and what its format could not (`lines`, one sentence each,
    its words kept when the server sent them: `labeler.core.i18n.Said`)."""

    format: str
    answers: str
    entries: int
    items: int
    lines: tuple[str, ...]

    @classmethod
    def parse(cls, body: Any) -> ExportReport:
        r = Reader(body, "export report")
        lines = r.get("lines").value
        if not isinstance(lines, list) or not all(isinstance(x, str) for x in lines):
            raise r.fail("must be a list of sentences", "lines")
        # Each line's words (`said`, a newer server's): a line keeps them (a `Said`) for
        # the workbench to say it in its language; one that does not fit is its English.
        said = body.get("said") if isinstance(body, dict) else None
        if isinstance(said, list) and len(said) == len(lines):
            lines = [said_from_json(s, line) or line for s, line in zip(said, lines, strict=True)]
        return cls(
            format=r.text("format"),
            answers=r.text("answers"),
            entries=r.integer("entries"),
            items=r.integer("items"),
            lines=tuple(lines),
        )

    def describe(self) -> str:
        """`1 204 items (1 210 answers) in COCO; 2 things it cannot hold`."""
        what = f"{self.items} items" if self.items != 1 else "1 item"
        if self.entries != self.items:
            what += f" ({self.entries} answers)"
        if not self.lines:
            return f"{what}; nothing is left out"
        n = len(self.lines)
        return f"{what}; {n} kind{'s' if n != 1 else ''} of thing left out (listed)"


def _path(project_id: str) -> str:
    return f"/projects/{quote(project_id, safe='')}/export"


def export_report(server: TaskServer, project_id: str, choice: ExportChoice) -> ExportReport:
    """The export report of `choice`: the server writes the export into nothing."""
    _, body = server.transport.call(
        "GET", f"{_path(project_id)}/report", params=choice.query(), idempotent=True
    )
    return ExportReport.parse(body)


def download_export(
    server: TaskServer,
    project_id: str,
    choice: ExportChoice,
    dest: Path,
    progress: Progress | None = None,
) -> Path:
    """Stream the export to `dest` (whole, or nothing on failure)."""
    url = server.transport.api_url(f"{_path(project_id)}?{urlencode(choice.query())}")
    return server.download(url, dest, max_bytes=MAX_EXPORT_BYTES, progress=progress)
