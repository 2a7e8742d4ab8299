"""The lease keeper: keeps the open project's work ahead of the annotator.

One thread, one step at a time, for the project the workbench has open:

1. heartbeats its batches that still have open items, every third of the project's
   lease time (between 5 s and 5 min), so leases do not run out while the app runs;
   a batch the server no longer knows (404, 409) leaves the queue;
2. prefetches: when fewer than one batch of items is open, leases another batch
   (a 204 means no work is left: asked again after `no_work_retry` seconds; a 403
   means a requirement is not met: not asked again until the project is reopened);
3. fetches each new schema version the batches name, so they open offline;
4. asks the media fetcher for the shown variant of every open item's media (its
   candidates' too).
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

from labeler.client.api import TaskServer
from labeler.client.connectivity import AuthGate, Connectivity
from labeler.client.downloads import MAX_ATTEMPTS, MediaFetcher
from labeler.client.errors import (
    ClientError,
    Conflict,
    Forbidden,
    NotFound,
    Offline,
    Unauthenticated,
)
from labeler.client.listener import SyncListener
from labeler.client.mediacache import shown_variant
from labeler.client.store import Store
from labeler.client.worker import IDLE, Worker
from labeler.client.workqueue import WorkQueue

RETRY = 15.0  # after a failure that is neither offline nor 401
MEDIA_RETRY = 20.0  # while some open item's media is missing


@dataclass(frozen=True)
class Focus:
    """The open project and how many items a batch holds."""

    project_id: str
    batch_size: int


def heartbeat_interval(lease_seconds: int) -> float:
    """How often a batch is heartbeated: a third of its lease, within 5 s … 5 min."""
    return max(5.0, min(lease_seconds / 3.0, 300.0))


class LeaseKeeper(Worker):
    """Heartbeats, prefetching and media requests for the open project."""

    name = "lease-keeper"

    def __init__(
        self,
        api: TaskServer,
        store: Store,
        work: WorkQueue,
        fetcher: MediaFetcher,
        listener: SyncListener,
        connectivity: Connectivity,
        auth: AuthGate,
        *,
        no_work_retry: float = 60.0,
    ) -> None:
        super().__init__(listener)
        self.api = api
        self.store = store
        self.work = work
        self.fetcher = fetcher
        self.connectivity = connectivity
        self.auth = auth
        self.no_work_retry = no_work_retry
        self._lock = threading.Lock()
        self._focus: Focus | None = None
        self._no_work_until = 0.0
        self._locked = False
        self._no_work = False
        self._problem = ""

    def focus(self, project_id: str | None, batch_size: int = 20) -> None:
        """Keep work ahead for this project (None: for none)."""
        with self._lock:
            self._focus = Focus(project_id, batch_size) if project_id else None
            self._no_work_until = 0.0
            self._no_work = False
            self._locked = False
        self.wake()

    @property
    def current(self) -> Focus | None:
        return self._focus

    @property
    def no_work(self) -> bool:
        """The server's last answer to a lease for the open project was that no item is
        left for this annotator (204). It holds while the server is asked again (every
        `no_work_retry` seconds) and gives the same answer, whatever else happens meanwhile
        (media arriving, a batch released), until a batch comes."""
        return self._no_work

    @property
    def locked(self) -> bool:
        return self._locked

    def step(self) -> float:
        focus = self._focus
        if focus is None:
            return IDLE
        if self.auth.needed or not self.connectivity.usable:
            return IDLE  # woken when the server or a token is back
        try:
            delay = self._heartbeats(focus)
            delay = min(delay, self._prefetch(focus))
            self._schemas(focus)
            self._problem = ""
        except Offline as exc:
            self.connectivity.lost(exc)
            return IDLE
        except Unauthenticated as exc:
            self.auth.lost(exc.message)
            return IDLE
        except ClientError as exc:
            if exc.message != self._problem:  # report a recurring failure once
                self._problem = exc.message
                self.listener.problem(exc.message)
            delay = RETRY
        if self._want_media(focus):
            delay = min(delay, MEDIA_RETRY)
        return delay

    def _heartbeats(self, focus: Focus) -> float:
        project = self.store.project(focus.project_id)
        interval = heartbeat_interval(project.lease_seconds if project else 1800)
        now = time.time()
        next_due = IDLE
        for batch in self.work.live_batches(focus.project_id):
            last = batch.heartbeat_at if batch.heartbeat_at is not None else batch.leased_at
            due = last + interval
            if due > now:
                next_due = min(next_due, due - now)
                continue
            try:
                expires = self.api.heartbeat(batch.id)
            except (NotFound, Conflict):
                self.work.released(batch.id)
                self.listener.items_changed(
                    focus.project_id, self.work.open_count(batch.project_id)
                )
                continue
            self.work.extended(batch.id, expires.timestamp())
            next_due = min(next_due, interval)
        return next_due

    def _prefetch(self, focus: Focus) -> float:
        if self._locked or time.time() < self._no_work_until:
            return IDLE  # not time to ask again
        if self.work.open_count(focus.project_id) >= focus.batch_size:
            return IDLE  # woken by the next submit
        try:
            batch = self.api.lease(focus.project_id, focus.batch_size)
        except (Forbidden, NotFound) as exc:
            self._locked = True
            reason = exc.locked_reason if isinstance(exc, Forbidden) else None
            self.listener.project_locked(focus.project_id, reason or exc.message, exc.said)
            return IDLE
        if batch is None:
            self._no_work_until = time.time() + self.no_work_retry
            if not self._no_work:  # told once, not at every retry
                self._no_work = True
                self.listener.no_more_work(focus.project_id)
            return self.no_work_retry
        self._no_work = False  # before the items are stored: who reads them first sees work
        self.work.add_batch(batch)
        self.listener.items_changed(focus.project_id, self.work.open_count(focus.project_id))
        return 0.0  # maybe still short of a batch (the server sent fewer items)

    def _schemas(self, focus: Focus) -> None:
        versions = {b.schema_version for b in self.work.live_batches(focus.project_id)}
        for version in sorted(versions):
            if self.store.schema(focus.project_id, version) is None:
                self.store.save_schema(focus.project_id, self.api.schema(focus.project_id, version))

    def _want_media(self, focus: Focus) -> bool:
        """Ask for every open item's shown media; True while some is still missing."""
        missing = False
        for stored in self.work.open_items(focus.project_id):
            item = stored.item
            medias = [item.media] if item.media is not None else []
            medias += item.candidate_media().values()  # a comparison's pictures or clips
            for media in medias:
                wanted = shown_variant(media)
                key = (wanted.sha256, wanted.variant)
                cache = self.fetcher.cache
                if cache.ready(*key) is None and cache.failures(*key) < MAX_ATTEMPTS:
                    missing = True
                    self.fetcher.want(wanted, focus.project_id)
        return missing
