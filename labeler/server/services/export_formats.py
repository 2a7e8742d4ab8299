"""Exports in the field's formats (`labeler.core.formats`), streamed as they are written.

A format's writer pushes bytes into a sink; a response pulls them. The writer runs on its
own thread, in its own read transaction, into a bounded queue of chunks the response
reads from, so a project of 100 000 items streams with flat memory and the first bytes
leave before the last item is read. A client that goes away stops the writer at its next
chunk.

A format of several files, or any export with its images, comes as a zip that ends with
`export-report.json`: what the format could not hold. A one-file format comes as that
file; its report is `GET /projects/{id}/export/report`, which runs the same export into
nothing and answers the report (and the plan a lead sees before downloading).
"""

from __future__ import annotations

import io
import json
import queue
import shutil
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from sqlalchemy import select

from labeler.core import formats
from labeler.core.formats import ExportEntry, ExportReport, Sink, StreamSink, WriteOptions, ZipSink
from labeler.core.formats.base import FormatError
from labeler.core.i18n import said_json
from labeler.core.schema import Schema
from labeler.server.db import Database
from labeler.server.models import Item, Project
from labeler.server.services import export_entries
from labeler.server.services.answerable import Viewer
from labeler.server.services.export_entries import Selection
from labeler.server.services.media_store import media_path
from labeler.server.services.payload import invalid
from labeler.server.services.projects import get_project, get_schema

#: The member a zipped export ends with.
REPORT_MEMBER = "export-report.json"
#: Bytes per chunk handed to the response, and how many chunks may wait.
CHUNK_BYTES = 256 << 10
QUEUE_CHUNKS = 16
#: How many items' media are remembered until their image is written (on_image).
_MEDIA_MEMORY = 1000
_TYPES = {
    ".json": "application/json",
    ".csv": "text/csv; charset=utf-8",
    ".xml": "application/xml",
    ".txt": "text/plain; charset=utf-8",
    ".conll": "text/plain; charset=utf-8",
    ".jsonl": "application/x-ndjson",
    ".vtt": "text/vtt; charset=utf-8",
    ".srt": "text/plain; charset=utf-8",
}


@dataclass(frozen=True)
class ExportRequest:
    """What a lead asked for: a registered format's name, which answers, whether the
    images come too, and a split's seed and validation share where the format has one."""

    format: str
    answers: str = "accepted"
    images: bool = False
    seed: int = 0
    val_fraction: float = 0.2

    def check(self, media: str, schema: Schema | None = None) -> formats.Format:
        """The format, or 400 saying why this request cannot be served (with the
        project's `schema`: a format for some field kinds needs one of them)."""
        if self.answers not in export_entries.ANSWERS:
            raise invalid("answers", f"must be one of {', '.join(export_entries.ANSWERS)}")
        try:
            fmt = formats.get(self.format)
        except FormatError:
            names = ", ".join(["jsonl", *formats.FORMATS])
            raise invalid("format", f"must be one of {names}") from None
        if fmt.writer is None:
            raise invalid("format", f"{fmt.title} is read only; it cannot be exported")
        if media not in fmt.media:
            kinds = " and ".join(sorted(fmt.media))
            raise invalid("format", f"{fmt.title} holds {kinds} items; this project has {media}")
        if schema is not None and not fmt.fits(schema):
            raise invalid("format", fmt.lacking())
        if self.images and not fmt.multi_file:
            raise invalid("images", f"{fmt.title} is one file; its images cannot come with it")
        if self.images and media == "text":
            raise invalid("images", "a text project has no images to export")
        try:
            self.options()
        except FormatError as exc:
            raise invalid("val_fraction", str(exc)) from None
        return fmt

    def options(
        self, on_image: Callable[[ExportEntry, str, Sink], None] | None = None
    ) -> WriteOptions:
        return WriteOptions(seed=self.seed, val_fraction=self.val_fraction, on_image=on_image)

    def zipped(self, fmt: formats.Format) -> bool:
        """Whether the export comes as a zip."""
        return fmt.multi_file or self.images


@dataclass(frozen=True)
class ExportStream:
    """A started export: its bytes, content type and file name."""

    chunks: Iterator[bytes]
    media_type: str
    filename: str


def file_stem(project_id: str) -> str:
    """A project's id as a plain ASCII file name (ids are the lead's choice)."""
    stem = "".join(c if c.isascii() and (c.isalnum() or c in "-_.") else "_" for c in project_id)
    return stem or "export"


def prepare(database: Database, project_id: str, request: ExportRequest) -> formats.Format:
    """Check the request against the project before anything streams (404, 400)."""
    with database.transaction(write=False) as session:
        project = get_project(session, project_id)
        schema = get_schema(session, project.id, project.schema_version)
        return request.check(project.media, schema)


def report(
    database: Database, project_id: str, viewer: Viewer, request: ExportRequest
) -> dict[str, Any]:
    """The export report of `request`, from writing it into nothing: what would be
    exported and what the format could not hold."""
    fmt = prepare(database, project_id, request)
    result = _write(database, project_id, viewer, request, fmt, _NullSink(), media_dir=None)
    return _report_json(database, result, request)


def _report_json(
    database: Database, result: ExportReport, request: ExportRequest
) -> dict[str, Any]:
    """The report's wire form; its sentences name example items by their source names
    (what a lead knows them by), `not_held` keeps their ids."""
    names = _source_names(database, result.example_ids())
    out = result.to_json()
    lines = result.lines(names)
    out["lines"] = [str(line) for line in lines]
    # Each line's words, for a workbench to say it in its own language.
    out["said"] = [said_json(line) for line in lines]
    out["answers"] = request.answers
    return out


def _source_names(database: Database, ids: set[str]) -> dict[str, str]:
    if not ids:
        return {}
    with database.transaction(write=False) as session:
        rows = session.execute(select(Item.id, Item.source).where(Item.id.in_(ids)))
        return {item_id: source for item_id, source in rows if source}


def stream(
    database: Database, media_dir: Path, project_id: str, viewer: Viewer, request: ExportRequest
) -> ExportStream:
    """Start writing `request` on its own thread; the chunks come as they are written."""
    fmt = prepare(database, project_id, request)
    stem = f"{file_stem(project_id)}-{fmt.name}"
    pipe = _Pipe()

    def produce() -> None:
        if request.zipped(fmt):
            with ZipSink(pipe) as sink:
                done = _write(database, project_id, viewer, request, fmt, sink, media_dir)
                with sink.open(REPORT_MEMBER) as out:
                    body = _report_json(database, done, request)
                    out.write(json.dumps(body, ensure_ascii=False, indent=1).encode() + b"\n")
        else:
            _write(database, project_id, viewer, request, fmt, StreamSink(pipe), media_dir)

    pipe.start(produce)
    if request.zipped(fmt):
        return ExportStream(pipe.chunks(), "application/zip", f"{stem}.zip")
    suffix = Path(fmt.file_name).suffix
    kind = _TYPES.get(suffix, "application/octet-stream")
    return ExportStream(pipe.chunks(), kind, f"{stem}{suffix}")


def _write(
    database: Database,
    project_id: str,
    viewer: Viewer,
    request: ExportRequest,
    fmt: formats.Format,
    sink: Sink,
    media_dir: Path | None,
) -> ExportReport:
    selection = Selection(request.answers, votes=fmt.votes, with_data=fmt.item_data)
    with database.transaction(write=False) as session:
        project: Project = get_project(session, project_id)
        schema = get_schema(session, project.id, project.schema_version)
        shas: OrderedDict[str, str] = OrderedDict()
        on_image = None
        if request.images and media_dir is not None:
            on_image = _image_writer(media_dir, shas)
        export_entries.withheld(session, project, viewer, selection)
        entries = export_entries.entries(session, project, schema, viewer, selection)
        done = fmt.write(_remember(entries, shas), schema, sink, request.options(on_image))
    selection.note(done)
    return done


def _remember(
    entries: Iterator[tuple[ExportEntry, str | None]], shas: OrderedDict[str, str]
) -> Iterator[ExportEntry]:
    """The entries, remembering each item's media until its image is written."""
    for entry, sha in entries:
        if sha is not None:
            shas[entry.item_id] = sha
            if len(shas) > _MEDIA_MEMORY:
                shas.popitem(last=False)
        yield entry


def _image_writer(
    media_dir: Path, shas: OrderedDict[str, str]
) -> Callable[[ExportEntry, str, Sink], None]:
    def write_image(entry: ExportEntry, member: str, sink: Sink) -> None:
        sha = shas.pop(entry.item_id, None)
        if sha is None:
            return
        with media_path(media_dir, sha).open("rb") as src, sink.open(member) as out:
            shutil.copyfileobj(src, out, CHUNK_BYTES)

    return write_image


class _NullSink:
    """Members written into nothing (an export's dry run)."""

    def open(self, name: str) -> IO[bytes]:
        return _Discard()


class _Discard(io.RawIOBase):
    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        return len(data)


class _Cancelled(Exception):
    """The reader went away; the writer stops."""


class _Pipe(io.RawIOBase):
    """A binary stream whose writes become chunks of a bounded queue, read by `chunks()`.

    It cannot seek or tell, so zipfile writes its members with data descriptors, as it
    does on any stream (zip readers take them).
    """

    _END = object()

    def __init__(self) -> None:
        super().__init__()
        self._queue: queue.Queue[object] = queue.Queue(QUEUE_CHUNKS)
        self._buffer = bytearray()
        self._cancelled = threading.Event()

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        if self._cancelled.is_set():
            raise _Cancelled
        self._buffer += data
        if len(self._buffer) >= CHUNK_BYTES:
            self._put(bytes(self._buffer))
            self._buffer.clear()
        return len(data)

    def _put(self, item: object) -> None:
        while not self._cancelled.is_set():
            try:
                self._queue.put(item, timeout=0.5)
                return
            except queue.Full:
                continue
        raise _Cancelled

    def start(self, produce: Callable[[], None]) -> None:
        """Run `produce` (which writes to this pipe) on its own thread."""

        def run() -> None:
            try:
                produce()
                if self._buffer:
                    self._put(bytes(self._buffer))
                self._put(self._END)
            except _Cancelled:
                return
            except BaseException as exc:  # handed to the reader, which raises it
                try:
                    self._put(exc)
                except _Cancelled:
                    return

        threading.Thread(target=run, name="export", daemon=True).start()

    def chunks(self) -> Iterator[bytes]:
        """The written bytes, chunk by chunk; closing this early stops the writer."""
        try:
            while True:
                item = self._queue.get()
                if item is self._END:
                    return
                if isinstance(item, BaseException):
                    raise item
                assert isinstance(item, bytes)
                yield item
        finally:
            self._cancelled.set()
