"""The sync engine: the threads that keep a profile's store and its task server in step.

Threads (all daemons, all stopped by `stop()`):

- `labeler-uploader`: empties the outbox (`labeler.client.uploader`);
- `labeler-lease-keeper`: heartbeats, prefetching, schemas, media requests for the open
  project (`labeler.client.keeper`);
- `labeler-prober`: while the server is unreachable, probes `/health` with backoff
  (`labeler.client.connectivity`); when it answers again, the uploader forgets its
  backoff and everything that waited goes at once;
- `labeler-media_*`: a pool of 3 media downloads (`labeler.client.downloads`);
- `labeler-token-renewer`: renews the token before it expires (`labeler.client.renewal`).

They report through a `SyncListener`, from their own threads (see
`labeler.client.listener`). The engine never holds a lock while it calls the network
or the listener.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from labeler.client.api import TaskServer
from labeler.client.connectivity import AuthGate, Connectivity
from labeler.client.downloads import MediaFetcher
from labeler.client.errors import ClientError
from labeler.client.keeper import LeaseKeeper
from labeler.client.listener import SafeListener, SyncListener
from labeler.client.mediacache import MediaCache, original
from labeler.client.outbox import Outbox
from labeler.client.renewal import TokenRenewer
from labeler.client.store import Store
from labeler.client.uploader import Uploader
from labeler.client.workitem import MediaInfo
from labeler.client.workqueue import WorkQueue


@dataclass(frozen=True)
class RetryOutcome:
    """What a "Retry now" found. `online`: the server answered (else `reason` says
    why not); `was_offline`: it had been offline; `uploaded` and `refused`: items
    settled while it waited (an answer and its correction are one); `waiting`: items still
    not with the server."""

    online: bool
    was_offline: bool
    reason: str | None
    uploaded: int
    refused: int
    waiting: int
    #: The error behind `reason`, for the interface to word it in its language.
    error: ClientError | None = None


class SyncEngine:
    """Prefetch, media, uploads, heartbeats and connectivity for one profile."""

    def __init__(
        self,
        api: TaskServer,
        store: Store,
        media_root: Path,
        listener: SyncListener | None = None,
        *,
        media_workers: int = 3,
        bulk_size: int = 50,
        probe_first_delay: float = 0.5,
        probe_max_delay: float = 4.0,
        probe_busy_max_delay: float = 30.0,
        upload_backoff: float = 1.0,
        no_work_retry: float = 60.0,
    ) -> None:
        self.api = api
        self.store = store
        self.listener: SyncListener = SafeListener(listener)
        self.outbox = Outbox(store)
        self.work = WorkQueue(store)
        self.cache = MediaCache(store, media_root)
        self.connectivity = Connectivity(
            api,
            self.listener,
            first_delay=probe_first_delay,
            max_delay=probe_max_delay,
            busy_max_delay=probe_busy_max_delay,
        )
        self.auth = AuthGate(self.listener)
        self.fetcher = MediaFetcher(
            api,
            self.cache,
            self.listener,
            self.connectivity,
            self.auth,
            workers=media_workers,
            on_ready=self._media_arrived,
        )
        self.uploader = Uploader(
            api,
            store,
            self.outbox,
            self.listener,
            self.connectivity,
            self.auth,
            bulk_size=bulk_size,
            backoff=upload_backoff,
        )
        self.keeper = LeaseKeeper(
            api,
            store,
            self.work,
            self.fetcher,
            self.listener,
            self.connectivity,
            self.auth,
            no_work_retry=no_work_retry,
        )
        self.renewer = TokenRenewer(api, self.listener, self.connectivity, self.auth)
        self.connectivity.when_back(self._resume)
        self.auth.when_restored(self._resume)
        self._started = False

    def start(self) -> None:
        """Start the threads; uploads of a previous run resume at once."""
        if self._started:
            return
        self._started = True
        self.cache.clean_partials()
        self.connectivity.start()
        self.uploader.start()
        self.keeper.start()
        self.renewer.start()

    def stop(self, timeout: float = 10.0) -> None:
        """Stop the threads (a request under way may take up to its timeout)."""
        self.renewer.stop(timeout)
        self.keeper.stop(timeout)
        self.uploader.stop(timeout)
        self.connectivity.stop(timeout)
        self.fetcher.shutdown(wait=False)

    @property
    def online(self) -> bool:
        """False from the moment a call found the server unreachable until it answers."""
        return self.connectivity.online

    @property
    def auth_needed(self) -> bool:
        """True after a 401, until `set_token`."""
        return self.auth.needed

    def focus(self, project_id: str | None, batch_size: int = 20) -> None:
        """Keep work ahead for this project (None: stop prefetching)."""
        self.keeper.focus(project_id, batch_size)

    def nudge(self, settle: bool = False) -> None:
        """Something changed (a submit, the server is back): upload and prefetch now, or
        with `settle` in a moment (a submit: the window shows the next item first)."""
        self.uploader.wake(settle)
        self.keeper.wake(settle)

    def _resume(self) -> None:
        """The server or a token is back: everything that waited goes again, the
        uploads at once whatever backoff earlier failures had set."""
        self.fetcher.retry_deferred()
        self.uploader.resume()
        self.keeper.wake()
        self.renewer.wake()

    def set_token(self, token: str) -> None:
        """A new token after a 401: uploads and leasing resume."""
        self.api.token = token
        self.auth.restored()

    def probe_now(self) -> None:
        """Check the connection at once (a "try again" button)."""
        self.connectivity.probe_now()

    def retry_now(self, wait: float = 10.0) -> RetryOutcome:
        """Ask the server now, on this thread ("Retry now"); when it answers, upload at
        once (any backoff forgotten) and wait up to `wait` seconds for the outbox to
        settle. Blocks: call it off the GUI thread."""
        was_offline = not self.connectivity.online
        before = self.outbox.item_states()
        mark = self.uploader.steps_begun()
        error = self.connectivity.probe()
        if error is None:
            self.uploader.resume()
            self.keeper.wake()
            self.uploader.wait_idle(mark, wait)
        after = self.outbox.item_states()
        uploaded, refused = after.settled_since(before)
        return RetryOutcome(
            online=error is None,
            was_offline=was_offline,
            reason=None if error is None else error.message,
            error=error,
            uploaded=uploaded,
            refused=refused,
            waiting=len(after.unsent),
        )

    def fetch_original(self, media: MediaInfo, project_id: str | None = None) -> Path | None:
        """The original file of an image if cached; else start fetching it (reported
        by `media_ready(sha256, "original", path)`, also when asked while offline and
        the server comes back) and return None."""
        wanted = original(media)
        path = self.cache.ready(wanted.sha256, wanted.variant)
        if path is None:
            self.fetcher.want(wanted, project_id)
        return path

    def _media_arrived(self, project_id: str | None) -> None:
        if project_id is not None:
            self.listener.items_changed(project_id, self.work.open_count(project_id))
