"""Running an import plan: media uploaded once per content, items created in chunks.

Files are hashed first: content met earlier in this import, or already used by an item
of the project, is a duplicate and is not sent again. Each new file goes to `POST /media`;
items go to `POST /projects/{id}/items` in chunks, each with its source name (the file's
path in the folder, or the file and line of a text); a server that does not know that
key gets the items without it. A file or row the server refuses is
listed with its reason and the rest carry on; a chunk the server refuses names its bad
items, which are dropped and the chunk sent again. Cancelling stops between files, and
what was uploaded so far still becomes items. Only losing the server stops an import.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import quote

from labeler.client.api import TaskServer
from labeler.client.curation import MAX_PAGE, CurationClient
from labeler.client.errors import (
    ApiError,
    ClientError,
    Forbidden,
    InvalidRequest,
    NotFound,
    TooLarge,
    Unprocessable,
    error_said,
)
from labeler.client.importing.plan import (
    ImportPlan,
    MediaFile,
    Refusal,
    TextRow,
    source_name,
)
from labeler.client.importing.upload import upload_media
from labeler.client.jsonread import Reader
from labeler.core.digits import ascii_int
from labeler.core.i18n import QT_TRANSLATE_NOOP, Said

#: Items per `POST /projects/{id}/items`.
CHUNK_ITEMS = 200
#: A chunk's JSON stays well under the protocol's 10 MiB body limit.
CHUNK_BYTES = 6 << 20
#: Progress is reported at most this often while a file uploads (seconds).
PROGRESS_INTERVAL = 0.1
_ITEM_PATH = "items["
_UNREADABLE = QT_TRANSLATE_NOOP("messages", "cannot be read: {error}")
_MAY_BE_CREATED = QT_TRANSLATE_NOOP(
    "messages", "{reason} ({count} items may or may not have been created)"
)
#: A file the task server reads as media of the other kind, by the project's media.
_READ_AS = {
    "image": QT_TRANSLATE_NOOP(
        "messages", "the server reads it as {mime}; this is an image project"
    ),
    "audio": QT_TRANSLATE_NOOP(
        "messages", "the server reads it as {mime}; this is an audio project"
    ),
}
_READ_AS_ANY = "the server reads it as {mime}; this is an {media} project"
#: Where in an item the task server found a problem, and the problem.
_ITEM_PROBLEM = QT_TRANSLATE_NOOP("messages", "{where}: {reason}")


@dataclass(frozen=True)
class ImportProgress:
    """How far an import is: files or rows handled of `total`, bytes sent, the current
    file or line, and items created so far."""

    done: int
    total: int
    bytes_done: int
    bytes_total: int
    current: str
    created: int
    stage: str  # checking | uploading | creating


@dataclass(frozen=True)
class Duplicate:
    """Content not imported again: the same as another file of this import, or as an
    item the project already holds (`same_as` is None)."""

    source: str
    same_as: str | None


@dataclass(frozen=True)
class ImportSummary:
    """What an import did."""

    created: int
    item_ids: tuple[str, ...]
    duplicates: tuple[Duplicate, ...]
    refused: tuple[Refusal, ...]
    uploaded: int  # distinct media files sent
    cancelled: bool
    #: Why the import stopped before the end (the server stopped answering), or None.
    stopped: str | None
    #: Files or rows never reached (cancelled or stopped).
    not_done: int
    # The name each created item was imported from (its source name), in the order of
    # `item_ids`: what the workbench lists once the import is done.
    created_sources: tuple[str, ...] = ()

    def describe(self) -> str:
        """The outcome in one sentence, for the command line (the workbench words its own)."""
        made = "s" if self.created != 1 else ""
        parts = [f"{self.created} item{made} created"]  # notr: the command line's
        if self.duplicates:
            n = len(self.duplicates)
            more = "s" if n != 1 else ""
            parts.append(f"{n} duplicate{more} left out")  # notr: the command line's
        if self.refused:
            parts.append(f"{len(self.refused)} refused")
        if self.cancelled:
            parts.append(f"cancelled with {self.not_done} not sent")  # notr: the command line's
        elif self.stopped:
            parts.append(f"stopped with {self.not_done} not sent")  # notr: the command line's
        return "; ".join(parts) + "."


ProgressFn = Callable[[ImportProgress], None]


@dataclass
class _Pending:
    source: str
    item: dict[str, Any]
    size: int


@dataclass
class _Run:
    server: TaskServer
    plan: ImportPlan
    progress: ProgressFn | None
    cancelled: Callable[[], bool]
    chunk_items: int
    done: int = 0
    bytes_done: int = 0
    current: str = ""
    created: list[str] = field(default_factory=list)
    created_sources: list[str] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)
    pending: list[_Pending] = field(default_factory=list)
    uploaded: int = 0
    stopped: str | None = None
    #: Items go with their source name until the server says it does not know the key.
    sends_source: bool = True
    _reported: float = 0.0

    def report(self, stage: str, *, force: bool = True, extra: int = 0) -> None:
        if self.progress is None:
            return
        now = time.monotonic()
        if not force and now - self._reported < PROGRESS_INTERVAL:
            return
        self._reported = now
        p = self.plan
        self.progress(
            ImportProgress(
                self.done,
                p.total,
                self.bytes_done + extra,
                p.bytes_total,
                self.current,
                len(self.created),
                stage,
            )
        )

    # -- items --------------------------------------------------------------------------

    def add(self, source: str, item: dict[str, Any]) -> None:
        if not self.sends_source:
            item = _without_source(item)
        size = len(json.dumps(item, ensure_ascii=True))
        if self.pending and sum(p.size for p in self.pending) + size > CHUNK_BYTES:
            self.flush()
        self.pending.append(_Pending(source, item, size))
        if len(self.pending) >= self.chunk_items:
            self.flush()

    def flush(self) -> None:
        """Create the pending items; drop the ones the server names as bad and retry."""
        chunk, self.pending = self.pending, []
        while chunk and self.stopped is None:
            self.report("creating")
            path = f"/projects/{_seg(self.plan.project_id)}/items"
            try:
                _, body = self.server.transport.call(
                    "POST", path, body={"items": [p.item for p in chunk]}, idempotent=False
                )
            except (Unprocessable, InvalidRequest) as exc:
                if self.sends_source and _source_unknown(exc):
                    # A server from before source names: the items go without them.
                    self.sends_source = False
                    chunk = [replace(p, item=_without_source(p.item)) for p in chunk]
                    continue
                bad = _bad_items(exc, len(chunk))
                if not bad:
                    self.refused += [Refusal(p.source, exc.words()) for p in chunk]
                    return
                self.refused += [Refusal(chunk[i].source, reason) for i, reason in bad.items()]
                chunk = [p for i, p in enumerate(chunk) if i not in bad]
                continue
            except ClientError as exc:
                self.stop(exc, len(chunk))
                return
            try:
                ids = [e.id("id") for e in _id_readers(body)]
            except ClientError as exc:
                self.stop(exc, len(chunk))
                return
            if len(ids) != len(chunk):
                self.stopped = QT_TRANSLATE_NOOP(
                    "messages", "The task server's answer did not list one id per item."
                )
                return
            self.created += ids
            self.created_sources += [p.item.get("source") or p.source for p in chunk]
            return

    def stop(self, exc: ClientError, waiting: int = 0) -> None:
        reason = error_said(exc)
        if waiting:
            self.stopped = Said(_MAY_BE_CREATED, reason=reason, count=waiting)
        else:
            self.stopped = reason

    # -- media --------------------------------------------------------------------------

    def media_file(self, f: MediaFile, seen: dict[str, str], existing: set[str]) -> None:
        self.current = f.name
        self.report("checking")
        try:
            sha = _file_sha256(f)
        except OSError as exc:
            self.refused.append(Refusal(f.name, Said(_UNREADABLE, error=exc.strerror or str(exc))))
            return
        if sha in seen:
            self.duplicates.append(Duplicate(f.name, seen[sha]))
            return
        if sha in existing:
            self.duplicates.append(Duplicate(f.name, None))
            return

        def sent(n: int, _size: int) -> None:
            self.report("uploading", force=False, extra=n)

        self.report("uploading")
        try:
            stored = upload_media(self.server, f.path, sent=sent)
        except OSError as exc:
            self.refused.append(Refusal(f.name, Said(_UNREADABLE, error=exc.strerror or str(exc))))
            return
        except (Unprocessable, TooLarge) as exc:
            self.refused.append(Refusal(f.name, exc.words()))
            return
        except ClientError as exc:
            self.stop(exc)
            return
        self.uploaded += 1
        if not stored.mime.startswith(f"{self.plan.media}/"):
            template = _READ_AS.get(self.plan.media, _READ_AS_ANY)
            reason = Said(template, mime=stored.mime, media=self.plan.media)
            self.refused.append(Refusal(f.name, reason))
            return
        seen[stored.sha256] = f.name
        extra = self.plan.extras.get(f.name, {})
        self.add(f.name, {"media": stored.sha256, "source": source_name(f.name), **extra})


def run_import(
    server: TaskServer,
    plan: ImportPlan,
    *,
    progress: ProgressFn | None = None,
    cancelled: Callable[[], bool] | None = None,
    skip_existing: bool = True,
    chunk_items: int = CHUNK_ITEMS,
) -> ImportSummary:
    """Run `plan` against the task server and say what happened.

    `progress` is called (from this thread) as files and chunks go; `cancelled` is asked
    between files and rows. With `skip_existing`, content the project already holds (the
    same media, or the same text and data) is left out as a duplicate, so running an
    import again after a cancel sends only the rest. Network work: not for the GUI thread.
    """
    run = _Run(server, plan, progress, cancelled or (lambda: False), max(1, chunk_items))
    run.refused += plan.refused
    run.report("checking")
    try:
        existing = _existing(server, plan) if skip_existing else set()
    except ClientError as exc:
        run.stop(exc)
        existing = set()
    was_cancelled = False
    seen: dict[str, str] = {}
    for f in plan.files:
        if run.stopped is not None:
            break
        if run.cancelled():
            was_cancelled = True
            break
        run.media_file(f, seen, existing)
        if run.stopped is not None:
            break
        run.done += 1
        run.bytes_done += f.size
    for row in plan.rows:
        if run.stopped is not None:
            break
        if run.cancelled():
            was_cancelled = True
            break
        run.current = row.source
        _text_row(run, row, seen, existing)
        run.done += 1
    if run.stopped is None:
        run.flush()
    run.current = ""
    run.report("creating")
    return ImportSummary(
        created=len(run.created),
        item_ids=tuple(run.created),
        duplicates=tuple(run.duplicates),
        refused=tuple(run.refused),
        uploaded=run.uploaded,
        cancelled=was_cancelled,
        stopped=run.stopped,
        not_done=plan.total - run.done,
        created_sources=tuple(run.created_sources),
    )


def _text_row(run: _Run, row: TextRow, seen: dict[str, str], existing: set[str]) -> None:
    key = text_key(row.item.get("text"), row.item.get("data"))
    if key in seen:
        run.duplicates.append(Duplicate(row.source, seen[key]))
    elif key in existing:
        run.duplicates.append(Duplicate(row.source, None))
    else:
        seen[key] = row.source
        run.add(row.source, row.body())
        run.report("creating", force=False)


def text_key(text: Any, data: Any) -> str:
    """What makes two text items the same: the text and the data."""
    return json.dumps([text, data or {}], sort_keys=True, ensure_ascii=False)


def _existing(server: TaskServer, plan: ImportPlan) -> set[str]:
    """The media SHA-256s (or text keys) of the project's items; empty when the server
    cannot list items (another server, an older one)."""
    client = CurationClient(server)
    keys: set[str] = set()
    cursor: str | None = None
    while True:
        try:
            page = client.items(plan.project_id, limit=MAX_PAGE, cursor=cursor)
        except (NotFound, InvalidRequest, Forbidden):
            return keys
        except ApiError as exc:
            if exc.status == 405:
                return keys
            raise
        for entry in page.items:
            item = entry.item
            if item.media is not None:
                keys.add(item.media.sha256)
            elif item.text is not None:
                keys.add(text_key(item.text, item.data))
        cursor = page.next_cursor
        if cursor is None:
            return keys


def _without_source(item: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in item.items() if k != "source"}


def _source_unknown(exc: ApiError) -> bool:
    """A 422 that says an item's `source` is an unknown key (other problems may be
    there too: they are read again once the items go without it)."""
    errors = exc.details.get("errors")
    if not isinstance(errors, list):
        return False
    return any(
        isinstance(e, dict)
        and str(e.get("path", "")).startswith(_ITEM_PATH)
        and str(e.get("path", "")).endswith("].source")
        and "unknown" in str(e.get("message", "")).lower()
        for e in errors
    )


def _bad_items(exc: ApiError, count: int) -> dict[int, str]:
    """The items a 422 names (`items[3].gold.answer.scene`), with their reasons."""
    errors = exc.details.get("errors")
    bad: dict[int, str] = {}
    if not isinstance(errors, list):
        return bad
    for entry in errors:
        if not isinstance(entry, dict):
            continue
        path, message = str(entry.get("path", "")), str(entry.get("message", ""))
        if not path.startswith(_ITEM_PATH) or "]" not in path:
            continue
        index_text, _, rest = path[len(_ITEM_PATH) :].partition("]")
        index = ascii_int(index_text)
        if index is None or not 0 <= index < count:
            continue
        where = rest.lstrip(".")
        reason = Said(_ITEM_PROBLEM, where=where, reason=message) if where else message
        bad.setdefault(index, reason)
    return bad


def _file_sha256(f: MediaFile) -> str:
    digest = hashlib.sha256()
    with open(f.path, "rb") as source:
        for block in iter(lambda: source.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _id_readers(body: Any) -> list[Reader]:
    """`{"ids": [...]}` as one Reader per id, each read with `.id("id")`."""
    entries = Reader(body, "import answer").entries("ids")
    return [Reader({"id": e.value}, e.what, e.path) for e in entries]


def _seg(value: str) -> str:
    return quote(value, safe="")
