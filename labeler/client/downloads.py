"""Media downloads on a small thread pool, each verified before it counts as ready.

A file is asked for at most once at a time. Offline and 401 pause nothing here (the
lease keeper asks again later); a corrupt or refused file counts as a failure, and
after `MAX_ATTEMPTS` failures it is reported (`media_failed`) and not asked for again.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from labeler.client.api import TaskServer
from labeler.client.connectivity import AuthGate, Connectivity
from labeler.client.errors import ClientError, Offline, Unauthenticated
from labeler.client.listener import SyncListener
from labeler.client.mediacache import DISPLAY, MAX_DISPLAY_BYTES, MediaCache, Wanted

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 3
PROGRESS_STEP = 256 * 1024  # report progress at most every 256 KiB (and at the end)


class MediaFetcher:
    """Downloads media files into the cache, a few at a time."""

    def __init__(
        self,
        api: TaskServer,
        cache: MediaCache,
        listener: SyncListener,
        connectivity: Connectivity,
        auth: AuthGate,
        *,
        workers: int = 3,
        on_ready: Callable[[str | None], None] | None = None,
    ) -> None:
        self.api = api
        self.cache = cache
        self.listener = listener
        self.connectivity = connectivity
        self.auth = auth
        self.on_ready = on_ready
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="labeler-media")
        self._lock = threading.Lock()
        self._busy: set[tuple[str, str]] = set()
        self._deferred: dict[tuple[str, str], tuple[Wanted, str | None]] = {}
        self._closed = False

    def want(self, wanted: Wanted, project_id: str | None = None) -> bool:
        """Fetch a file unless it is being fetched, ready, or has failed for good.
        Returns True when a download was started."""
        key = (wanted.sha256, wanted.variant)
        if self.auth.needed or not self.connectivity.usable:
            with self._lock:  # asked again when the server or a token is back
                self._deferred[key] = (wanted, project_id)
            return False
        if self.cache.ready(*key) or self.cache.failures(*key) >= MAX_ATTEMPTS:
            return False
        with self._lock:
            if self._closed or key in self._busy:
                return False
            self._busy.add(key)
        self._pool.submit(self._fetch, wanted, project_id)
        return True

    def retry_deferred(self) -> None:
        """Ask again for the files wanted while offline or signed out."""
        with self._lock:
            deferred, self._deferred = list(self._deferred.values()), {}
        for wanted, project_id in deferred:
            self.want(wanted, project_id)

    def busy(self) -> int:
        """How many downloads are under way or queued."""
        with self._lock:
            return len(self._busy)

    def shutdown(self, wait: bool = True) -> None:
        """Stop taking work; with `wait`, let the running downloads end."""
        with self._lock:
            self._closed = True
        self._pool.shutdown(wait=wait, cancel_futures=True)

    def _fetch(self, wanted: Wanted, project_id: str | None) -> None:
        key = (wanted.sha256, wanted.variant)
        try:
            path = self.cache.adopt(wanted)
            if path is None:
                path = self.api.download(
                    wanted.url,
                    self.cache.file_for(*key),
                    sha256=wanted.sha256 if wanted.verify_sha else None,
                    size=wanted.size,
                    max_bytes=MAX_DISPLAY_BYTES if wanted.variant == DISPLAY else 1 << 34,
                    progress=self._progress(wanted),
                )
                self.cache.mark_ready(*key, path)
        except Offline as exc:
            self.connectivity.lost(exc)
            return
        except Unauthenticated as exc:
            self.auth.lost(exc.message)
            return
        except (ClientError, OSError) as exc:
            message = getattr(exc, "message", None) or str(exc)
            if self.cache.mark_failed(*key, message) >= MAX_ATTEMPTS:
                self.listener.media_failed(wanted.sha256, wanted.variant, message)
            return
        except Exception as exc:  # a bug must not vanish inside the pool
            log.exception("media download failed")
            self.listener.problem(f"media download: {exc}")
            return
        finally:
            with self._lock:
                self._busy.discard(key)
        self.listener.media_ready(wanted.sha256, wanted.variant, path)
        if self.on_ready is not None:
            self.on_ready(project_id)

    def _progress(self, wanted: Wanted) -> Callable[[int, int | None], None]:
        last = [-PROGRESS_STEP]

        def report(done: int, total: int | None) -> None:
            if done - last[0] >= PROGRESS_STEP or done == total:
                last[0] = done
                self.listener.media_progress(wanted.sha256, wanted.variant, done, total)

        return report
