"""A lead's pre-annotation run: a plugin's `PreAnnotator` over a project's items, its
proposals sent as the items' prefill with their confidence.

The items are read page by page (`GET /projects/{id}/items`); those with an answer
already are left (their answers were given against their prefill). Each other item's
media comes into the media cache (an image's display variant, with its original size so
the plugin proposes in original pixels) as the plugin asks for it; each proposal is
checked as the task server will check it and gathered, and `PUT /projects/{id}/prefill`
sends them a chunk at a time. The server lists back items answered meanwhile: they keep
their prefill.

`cancel` stops the run at the plugin's next progress call; what was proposed until then
is still sent, so nothing the lead waited for is lost. Nothing here is for the GUI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from labeler.client.api import TaskServer
from labeler.client.curation import MAX_PREFILLS, CuratedItem, CurationClient
from labeler.client.errors import ChecksumMismatch, ClientError, NotFound, error_said
from labeler.core.answers import validate_answer
from labeler.core.i18n import QT_TRANSLATE_NOOP, Said, joined, problem_said
from labeler.core.plugins.api import ItemView, PreAnnotator, Prefill
from labeler.core.problems import AnswerInvalid
from labeler.core.schema import Schema

#: Prefills sent in one request.
CHUNK = 100
#: Problems kept in a summary (the count goes on).
MAX_PROBLEMS = 1000
_NOT_FETCHED = QT_TRANSLATE_NOOP("messages", "its media was not fetched: {error}")
_CONFIDENCE = QT_TRANSLATE_NOOP("messages", "a confidence of {confidence} is not in [0, 1]")
_DOES_NOT_FIT = QT_TRANSLATE_NOOP("messages", "the proposal does not fit the schema: {why}")


@dataclass
class RunSummary:
    """What a run did, for the lead: items `updated`, items with answers left as they
    were (`answered` before the run, `kept` by the server because answered meanwhile),
    and `problems` as (item id or "", why)."""

    items: int = 0
    answered: int = 0
    todo: int = 0
    done: int = 0
    proposed: int = 0
    updated: int = 0
    kept: list[str] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)
    problem_count: int = 0
    cancelled: bool = False

    def problem(self, item_id: str, why: str) -> None:
        self.problem_count += 1
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append((item_id, why))


#: Told as the run goes: (items done, items to do).
Report = Callable[[int, int], None]


class RunFailed(Exception):
    """The run stopped on an error; `summary` holds what was done (and sent) before."""

    def __init__(self, error: BaseException, summary: RunSummary) -> None:
        super().__init__(str(error))
        self.error = error
        self.summary = summary


def run_preannotation(
    server: TaskServer,
    project_id: str,
    annotator: PreAnnotator,
    *,
    cancel: threading.Event | None = None,
    report: Report | None = None,
    chunk: int = CHUNK,
    media_dir: Path | None = None,
) -> RunSummary:
    """Run `annotator` over the project's items without answers and send its prefills;
    the summary. A project whose media the annotator does not take raises ValueError
    before anything is read; an error after that raises `RunFailed` with what was sent."""
    cancel = cancel or threading.Event()
    schema = server.schema(project_id).schema
    if schema.media not in annotator.media:
        raise ValueError(f"{annotator.name} does not take {schema.media} items")
    curation = CurationClient(server, media_dir)
    summary = RunSummary()
    sender = _Sender(curation, project_id, schema, chunk, summary)
    try:
        todo = _unanswered(curation, project_id, summary, cancel)
        summary.todo = len(todo)
        if report is not None:
            report(0, len(todo))
        by_id = {c.id: c for c in todo}

        def progress(done: int) -> bool:
            summary.done = min(done, len(todo))
            if report is not None:
                report(summary.done, len(todo))
            return not cancel.is_set()

        views = _views(curation, todo, schema.media, summary, cancel)
        for prefill in annotator.annotate(views, schema, progress):
            entry = by_id.get(prefill.item_id)
            if entry is None:
                continue  # not an item it was given
            summary.proposed += 1
            sender.add(entry, prefill)
            if cancel.is_set():
                break
        sender.flush()
    except Exception as exc:
        try:
            sender.flush()  # what was proposed is not lost
        except ClientError:
            pass
        raise RunFailed(exc, summary) from exc
    summary.cancelled = cancel.is_set() and summary.done < summary.todo
    return summary


def _unanswered(
    curation: CurationClient, project_id: str, summary: RunSummary, cancel: threading.Event
) -> list[CuratedItem]:
    """The project's items without an answer, in creation order; the others counted."""
    out: list[CuratedItem] = []
    cursor: str | None = None
    while not cancel.is_set():
        page = curation.items(project_id, gold=False, limit=500, cursor=cursor)
        for entry in page.items:
            summary.items += 1
            if entry.answers:
                summary.answered += 1
            else:
                out.append(entry)
        cursor = page.next_cursor
        if cursor is None:
            break
    return out


def _views(
    curation: CurationClient,
    todo: list[CuratedItem],
    media: Any,
    summary: RunSummary,
    cancel: threading.Event,
) -> Iterator[ItemView]:
    """Each item as a plugin sees it, its media fetched when the plugin asks for it; an
    item whose media cannot be had is a problem of the run, and the run goes on."""
    for entry in todo:
        if cancel.is_set():
            return
        item = entry.item
        info = item.media
        if info is None:
            yield ItemView(entry.id, media, text=item.text, data=item.data)
            continue
        try:
            path = curation.media_path(info)
        except (ChecksumMismatch, NotFound) as exc:
            summary.problem(entry.id, Said(_NOT_FETCHED, error=error_said(exc)))
            continue
        size = (info.width, info.height) if info.width and info.height else None
        shown = None
        if info.display_url and info.display_width and info.display_height:
            shown = (info.display_width, info.display_height)
        yield ItemView(
            entry.id,
            media,
            path,
            size,
            shown,
            text=item.text,
            duration=info.duration,
            data=item.data,
        )


class _Sender:
    """Prefills checked as the server checks them, gathered and sent a chunk at a time."""

    def __init__(
        self,
        curation: CurationClient,
        project_id: str,
        schema: Schema,
        chunk: int,
        summary: RunSummary,
    ) -> None:
        self.curation = curation
        self.project_id = project_id
        self.schema = schema
        self.chunk = max(1, min(chunk, MAX_PREFILLS))
        self.summary = summary
        self.pending: list[Prefill] = []

    def add(self, entry: CuratedItem, prefill: Prefill) -> None:
        confidence = prefill.confidence
        if confidence is not None and not 0.0 <= confidence <= 1.0:
            self.summary.problem(entry.id, Said(_CONFIDENCE, confidence=confidence))
            return
        try:
            answer = validate_answer(self.schema, dict(prefill.answer), entry.item.context())
        except AnswerInvalid as exc:
            why = joined([problem_said(p) for p in exc.problems])
            self.summary.problem(entry.id, Said(_DOES_NOT_FIT, why=why))
            return
        self.pending.append(Prefill(entry.id, answer, confidence))
        if len(self.pending) >= self.chunk:
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        sent = self.pending
        done = self.curation.put_prefill(self.project_id, sent)
        self.pending = []
        self.summary.updated += done.updated
        self.summary.kept += done.answered


__all__ = ["CHUNK", "Report", "RunFailed", "RunSummary", "run_preannotation"]
