"""A pre-annotation run over a project on a task server, as a lead runs it.

The project's items are listed (`GET /projects/{id}/items`); those with an answer are
left as they are (their answers were given against their prefill), and so are those whose
prefill already answers a field of the model, unless `replace`. The others' pictures (the
display variant) come into the media cache a few ahead of the model, through the client's
own media fetch; the model runs on each in turn; each prefill keeps the fields of the
item's prefill the model does not propose, is checked as the task server will check it,
and goes with its confidence in chunks of `PUT /projects/{id}/prefill`. The server lists
back items answered in the meantime: they keep their prefill.

`cancel` (a `threading.Event`) stops the run after the item under way; what was proposed
is still sent. Nothing here prints: `report` is told of each item done.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from labeler.client.api import TaskServer
from labeler.client.curation import CuratedItem, CurationClient
from labeler.client.errors import ApiError, ChecksumMismatch, ClientError, NotFound
from labeler.core.answers import validate_answer
from labeler.core.plugins.api import ItemView, Prefill
from labeler.core.problems import AnswerInvalid
from labeler.core.schema import Field, Schema
from labeler_onnx_models.errors import ModelError
from labeler_onnx_models.model import Model
from labeler_onnx_models.preannotate import ModelPreAnnotator

#: Prefills sent in one request by default (the task server takes up to 10 000).
CHUNK = 100
#: Pictures fetched ahead of the model, and by how many threads.
AHEAD = 8
FETCHERS = 4


@dataclass
class Summary:
    """What a run did, for the lead."""

    items: int = 0
    answered: int = 0
    prefilled: int = 0
    run: int = 0
    proposed: int = 0
    updated: int = 0
    #: Items answered while the run went on: the server kept their prefill.
    kept: list[str] = field(default_factory=list)
    #: (item id, why) of the prefills the schema would refuse, not sent.
    refused: list[tuple[str, str]] = field(default_factory=list)
    #: (item id, why) of items the model could not be run on (a picture not fetched or
    #: not readable, an item without one).
    problems: list[tuple[str, str]] = field(default_factory=list)
    confidences: list[float] = field(default_factory=list)
    cancelled: bool = False
    seconds: float = 0.0

    @property
    def todo(self) -> int:
        """Items the run was to propose for."""
        return self.items - self.answered - self.prefilled


#: Told after each item the model ran on: (items done, items to do, the summary so far).
Report = Callable[[int, int, Summary], None]


def preannotate_project(
    server: TaskServer,
    project_id: str,
    model: Model,
    *,
    chunk: int = CHUNK,
    replace: bool = False,
    cancel: threading.Event | None = None,
    report: Report | None = None,
    media_dir: Path | None = None,
) -> Summary:
    """Run `model` over the project's items and send the prefills; the summary. A schema
    the model does not fit raises `ModelError` before anything is fetched; the server's
    refusals raise the client's `ClientError`s."""
    started = time.monotonic()
    cancel = cancel or threading.Event()
    schema = server.schema(project_id).schema
    if schema.media != "image":
        raise ModelError(f"project {project_id} holds {schema.media} items; a model reads pictures")
    fields = model.spec.check_schema(schema)
    curation = CurationClient(server, media_dir)
    summary = Summary()
    todo = _chosen(curation, project_id, fields, replace, summary)
    by_id = {c.id: c for c in todo}
    sender = _Sender(curation, project_id, schema, chunk, summary)

    def progress(done: int) -> bool:
        summary.run = done
        if report is not None:
            report(done, len(todo), summary)
        return not cancel.is_set()

    def problem(item_id: str, why: str) -> None:
        summary.problems.append((item_id, why))

    with ThreadPoolExecutor(FETCHERS, thread_name_prefix="onnx-fetch") as pool:
        views = _fetched(curation, todo, pool, summary, cancel)
        run = ModelPreAnnotator(model).annotate(
            views, schema, progress, cancel=cancel, on_problem=problem
        )
        try:
            for prefill in run:
                summary.proposed += 1
                sender.add(by_id[prefill.item_id], prefill)
        finally:
            cancel_pending = cancel.is_set()
            sender.flush()
    summary.cancelled = cancel_pending and summary.run < len(todo)
    summary.seconds = time.monotonic() - started
    return summary


def _chosen(
    curation: CurationClient,
    project_id: str,
    fields: dict[str, Field],
    replace: bool,
    summary: Summary,
) -> list[CuratedItem]:
    """The items to propose for, in creation order; the others counted."""
    out: list[CuratedItem] = []
    cursor: str | None = None
    while True:
        page = curation.items(project_id, limit=500, cursor=cursor)
        for entry in page.items:
            summary.items += 1
            prefill = entry.item.prefill or {}
            if entry.answers:
                summary.answered += 1
            elif not replace and any(prefill.get(name) is not None for name in fields):
                summary.prefilled += 1
            else:
                out.append(entry)
        cursor = page.next_cursor
        if cursor is None:
            return out


def _fetched(
    curation: CurationClient,
    todo: Sequence[CuratedItem],
    pool: ThreadPoolExecutor,
    summary: Summary,
    cancel: threading.Event,
) -> Iterator[ItemView]:
    """Each item as the plugin sees it, its picture fetched a few items ahead; an item
    whose picture cannot be had is a problem of the run, in its place."""
    pending: deque[tuple[CuratedItem, Future[Path] | None]] = deque()
    upcoming = iter(todo)

    def fill() -> None:
        while len(pending) < AHEAD and not cancel.is_set():
            entry = next(upcoming, None)
            if entry is None:
                return
            media = entry.item.media
            pending.append((entry, pool.submit(curation.media_path, media) if media else None))

    fill()
    try:
        while pending:
            entry, future = pending.popleft()
            fill()
            view = _view(entry, future, summary)
            if view is not None:
                yield view
    finally:
        for _, future in pending:
            if future is not None:
                future.cancel()


def _view(entry: CuratedItem, future: Future[Path] | None, summary: Summary) -> ItemView | None:
    media = entry.item.media
    if future is None or media is None:
        summary.problems.append((entry.id, "the item has no picture"))
        return None
    try:
        path = future.result()
    except (ChecksumMismatch, NotFound) as exc:  # this item's alone: the run goes on
        summary.problems.append((entry.id, f"its picture was not fetched: {exc}"))
        return None
    size = (media.width, media.height) if media.width and media.height else None
    shown = None
    if media.display_url and media.display_width and media.display_height:
        shown = (media.display_width, media.display_height)
    return ItemView(entry.id, "image", path, size, shown, data=entry.item.data)


class _Sender:
    """Prefills gathered and sent a chunk at a time, each merged with the fields of the
    item's prefill the model does not propose and checked as the server checks it."""

    def __init__(
        self,
        curation: CurationClient,
        project_id: str,
        schema: Schema,
        chunk: int,
        summary: Summary,
    ) -> None:
        self.curation = curation
        self.project_id = project_id
        self.schema = schema
        self.chunk = max(1, min(chunk, 10_000))
        self.summary = summary
        self.pending: list[Prefill] = []

    def add(self, entry: CuratedItem, prefill: Prefill) -> None:
        answer: dict[str, Any] = {**(entry.item.prefill or {}), **prefill.answer}
        try:
            answer = validate_answer(self.schema, answer, entry.item.context())
        except AnswerInvalid as exc:
            why = "; ".join(f"{p.path or 'answer'}: {p.message}" for p in exc.problems)
            self.summary.refused.append((entry.id, why))
            return
        self.pending.append(Prefill(entry.id, answer, prefill.confidence))
        if len(self.pending) >= self.chunk:
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        sent, self.pending = self.pending, []
        try:
            done = self.curation.put_prefill(self.project_id, sent)
        except ApiError:
            self.pending = sent  # unsent: the caller says so
            raise
        self.summary.updated += done.updated
        self.summary.kept += done.answered
        kept = set(done.answered)
        self.summary.confidences += [
            p.confidence for p in sent if p.confidence is not None and p.item_id not in kept
        ]


__all__ = ["CHUNK", "ClientError", "Report", "Summary", "preannotate_project"]
