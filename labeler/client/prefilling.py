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

The summary is a partition of the project's items (`Tally`): each is counted once, as
proposed, nothing proposed, skipped (answered, gold), failed or not reached, so the lead
can see where every item went; `why_nothing` says why a run proposed for none.
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
_NO_ITEMS = QT_TRANSLATE_NOOP(
    "messages", "The project has no items yet: import some, then run the pre-annotation."
)
_ALL_SKIPPED = QT_TRANSLATE_NOOP(
    "messages",
    "Every item is answered or a gold item, and those keep what they have: nothing is left "
    "to propose for. Pre-annotation is for items nobody has answered yet; import new items "
    "to pre-annotate them.",
)
_ALL_KEPT = QT_TRANSLATE_NOOP(
    "messages",
    "Every proposal came too late: annotators answered those items while the run went on, "
    "and answered items keep what they have.",
)
_NOTHING_FOUND = QT_TRANSLATE_NOOP(
    "messages",
    "It looked at {count} items and found nothing to propose in any: a model proposes only "
    "what it finds above its threshold, and an assist only what fits the schema's fields "
    "and labels. Check that it was made for this project's fields and labels (a model's "
    "labels, a quality field named after its flags), or lower the model's threshold.",
)
_NONE_FETCHED = QT_TRANSLATE_NOOP(
    "messages",
    "The items' media could not be fetched (problems below): check the connection to the "
    "task server and the media store, then run it again.",
)
_NONE_FIT = QT_TRANSLATE_NOOP(
    "messages",
    "Its proposals do not fit the schema (problems below): check that the model's or the "
    "backend's fields and labels are the project's.",
)
_CANCELLED_EARLY = QT_TRANSLATE_NOOP(
    "messages", "The run was cancelled before anything was proposed."
)


@dataclass
class RunSummary:
    """What a run did, for the lead. `items` (every item of the project read) is the sum
    of `updated` (got a proposal), `nothing` (the plugin looked and proposed nothing),
    `answered` (skipped: answers before the run, and `kept` by the server because answered
    meanwhile), `gold` (skipped), `failed` (a problem, listed in `problems` as (item id,
    why); `failed_media` of them because their media could not be fetched) and
    `not_reached` (the run was cancelled or stopped first). `todo` are the items it was
    to propose for, `done` those it reached: `todo - not_reached`."""

    items: int = 0
    answered: int = 0
    gold: int = 0
    todo: int = 0
    done: int = 0
    proposed: int = 0
    updated: int = 0
    nothing: int = 0
    failed: int = 0
    failed_media: int = 0
    not_reached: int = 0
    kept: list[str] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)
    problem_count: int = 0
    cancelled: bool = False

    @property
    def skipped(self) -> int:
        """Items left as they were: answered (before or during the run) or gold."""
        return self.answered + len(self.kept) + self.gold

    def partition(self) -> dict[str, int]:
        """Where each item went; the values add up to `items`."""
        return {
            "proposed": self.updated,
            "nothing": self.nothing,
            "answered": self.answered + len(self.kept),
            "gold": self.gold,
            "failed": self.failed,
            "not_reached": self.not_reached,
        }

    def problem(self, item_id: str, why: str) -> None:
        self.problem_count += 1
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append((item_id, why))


#: Told as the run goes: (items done, items to do).
Report = Callable[[int, int], None]


class Tally:
    """Each item of a run's `todo` (in order) followed to one outcome. The plugin is
    handed items (`handed`) and says how many it has done (`progress`): the first that
    many handed are reached. An item with a proposal taken for sending (`pending`) or a
    problem (`failed`) is reached too, even before the plugin counts it; `sent` settles
    what the server stored or kept. `close` writes the partition into the summary."""

    def __init__(self, todo: list[str]) -> None:
        self.todo = todo
        self.given: list[str] = []
        self.counted = 0
        self.reached: set[str] = set()
        self.outcome: dict[str, str] = {}

    @property
    def done(self) -> int:
        """Items reached so far (what progress shows)."""
        return len(self.reached)

    def handed(self, item_id: str) -> None:
        self.given.append(item_id)

    def progress(self, done: int) -> None:
        """The plugin has done `done` of the items handed to it."""
        done = min(done, len(self.given))
        if done > self.counted:
            self.reached.update(self.given[self.counted : done])
            self.counted = done

    def failed(self, item_id: str, media: bool = False) -> None:
        self.reached.add(item_id)
        if self.outcome.get(item_id) not in ("proposed", "kept"):
            self.outcome[item_id] = "media" if media else "failed"

    def pending(self, item_id: str) -> None:
        self.reached.add(item_id)
        self.outcome[item_id] = "pending"

    def sent(self, item_ids: list[str], kept: list[str]) -> None:
        """A chunk stored: those in `kept` were answered meanwhile and keep theirs."""
        keep = set(kept)
        for item_id in item_ids:
            self.outcome[item_id] = "kept" if item_id in keep else "proposed"

    def close(self, summary: RunSummary) -> None:
        """The counts of the todo items into `summary` (a proposal never sent is failed)."""
        counts = {"proposed": 0, "nothing": 0, "failed": 0, "media": 0, "not_reached": 0}
        kept = 0
        for item_id in self.todo:
            outcome = self.outcome.get(item_id)
            if outcome == "kept":
                kept += 1
            elif outcome in ("failed", "media", "pending"):
                counts["failed"] += 1
                counts["media"] += outcome == "media"
            elif outcome == "proposed":
                counts["proposed"] += 1
            elif item_id in self.reached:
                counts["nothing"] += 1
            else:
                counts["not_reached"] += 1
        summary.updated = counts["proposed"]
        summary.nothing = counts["nothing"]
        summary.failed = counts["failed"]
        summary.failed_media = counts["media"]
        summary.not_reached = counts["not_reached"]
        summary.done = len(self.todo) - summary.not_reached
        if kept != len(summary.kept):  # the server's list is the word on it
            summary.kept = [i for i in self.todo if self.outcome.get(i) == "kept"]


def why_nothing(summary: RunSummary) -> Said | None:
    """Why a run that ended proposed for no item (None when it proposed some, or when
    its only cause is a problem listed with the items): a sentence with what to do."""
    if summary.updated:
        return None
    if summary.items == 0:
        return Said(_NO_ITEMS)
    if summary.todo == 0:
        return Said(_ALL_SKIPPED)
    if summary.cancelled and summary.done == 0:
        return Said(_CANCELLED_EARLY)
    if summary.kept and not summary.nothing and not summary.failed:
        return Said(_ALL_KEPT)
    if summary.failed and summary.failed_media == summary.failed and not summary.nothing:
        return Said(_NONE_FETCHED)
    if summary.failed and not summary.failed_media and not summary.nothing:
        return Said(_NONE_FIT)
    if summary.nothing and not summary.failed:
        return Said(_NOTHING_FOUND, count=summary.nothing)
    return None


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
    tally = Tally([])
    sender = _Sender(curation, project_id, schema, chunk, summary, tally)
    try:
        todo = _unanswered(curation, project_id, summary, cancel)
        summary.todo = len(todo)
        tally.todo = [c.id for c in todo]
        if report is not None:
            report(0, len(todo))
        by_id = {c.id: c for c in todo}

        def progress(done: int) -> bool:
            tally.progress(done)
            if report is not None:
                report(tally.done, len(todo))
            return not cancel.is_set()

        views = _views(curation, todo, schema.media, summary, tally, cancel)
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
        tally.close(summary)
        raise RunFailed(exc, summary) from exc
    tally.close(summary)
    summary.cancelled = cancel.is_set() and summary.not_reached > 0
    return summary


def _unanswered(
    curation: CurationClient, project_id: str, summary: RunSummary, cancel: threading.Event
) -> list[CuratedItem]:
    """The project's real items without an answer, in creation order; the answered and
    the gold ones counted."""
    out: list[CuratedItem] = []
    cursor: str | None = None
    while not cancel.is_set():
        page = curation.items(project_id, limit=500, cursor=cursor)
        for entry in page.items:
            summary.items += 1
            if entry.gold is not None:
                summary.gold += 1
            elif entry.answers:
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
    tally: Tally,
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
            tally.handed(entry.id)
            yield ItemView(entry.id, media, text=item.text, data=item.data)
            continue
        try:
            path = curation.media_path(info)
        except (ChecksumMismatch, NotFound) as exc:
            summary.problem(entry.id, Said(_NOT_FETCHED, error=error_said(exc)))
            tally.failed(entry.id, media=True)
            continue
        size = (info.width, info.height) if info.width and info.height else None
        shown = None
        if info.display_url and info.display_width and info.display_height:
            shown = (info.display_width, info.display_height)
        tally.handed(entry.id)
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
        tally: Tally,
    ) -> None:
        self.curation = curation
        self.project_id = project_id
        self.schema = schema
        self.chunk = max(1, min(chunk, MAX_PREFILLS))
        self.summary = summary
        self.tally = tally
        self.pending: list[Prefill] = []

    def add(self, entry: CuratedItem, prefill: Prefill) -> None:
        confidence = prefill.confidence
        if confidence is not None and not 0.0 <= confidence <= 1.0:
            self.summary.problem(entry.id, Said(_CONFIDENCE, confidence=confidence))
            self.tally.failed(entry.id)
            return
        try:
            answer = validate_answer(
                self.schema, dict(prefill.answer), entry.item.context(), proposal=True
            )
        except AnswerInvalid as exc:
            why = joined([problem_said(p) for p in exc.problems])
            self.summary.problem(entry.id, Said(_DOES_NOT_FIT, why=why))
            self.tally.failed(entry.id)
            return
        self.pending.append(Prefill(entry.id, answer, confidence))
        self.tally.pending(entry.id)
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
        self.tally.sent([p.item_id for p in sent], list(done.answered))


__all__ = [
    "CHUNK",
    "Report",
    "RunFailed",
    "RunSummary",
    "Tally",
    "run_preannotation",
    "why_nothing",
]
