"""How the sync engine tells the workbench what happened.

Every callback is called FROM A WORKER THREAD of the sync engine (uploader, lease
keeper, connectivity prober, media downloads), never from the thread that made the
engine. A GUI wraps the listener into signals queued to its own thread. Callbacks must
return quickly and must not call back into the engine or the workspace on that thread;
an exception they raise is logged and swallowed, so a buggy view never stops uploads.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from labeler.client.wire import MessageCode

log = logging.getLogger(__name__)


class SyncListener:
    """Override the callbacks of interest; each default does nothing."""

    def connection_changed(self, online: bool) -> None:
        """The task server stopped answering (False) or answers again (True)."""

    def auth_required(self, message: str) -> None:
        """The server refused the token (401): uploads wait, the outbox is kept; sign in
        again and call `Workspace.set_token`."""

    def token_renewed(self, token: str) -> None:
        """The token was renewed and the new one is in use: keep it in place of the old one
        (which stops working once the new one has been used)."""

    def items_changed(self, project_id: str, open_items: int) -> None:
        """Items were leased, released, or their media arrived: `next_item()` may have
        something new. `open_items` is how many are leased and unanswered."""

    def no_more_work(self, project_id: str) -> None:
        """The server has no item left for this annotator (204); leasing retries later."""

    def project_locked(self, project_id: str, reason: str, said: MessageCode | None = None) -> None:
        """The project's requirement is not met (403); leasing stops for it. `said`: the
        reason as a message code, when the server gave one."""

    def media_progress(self, sha256: str, variant: str, done: int, total: int | None) -> None:
        """A media download advanced (`variant` is `display` or `original`)."""

    def media_ready(self, sha256: str, variant: str, path: Path) -> None:
        """A media file is verified and in the cache at `path`."""

    def media_failed(self, sha256: str, variant: str, message: str) -> None:
        """A media download failed for good (after retries): corrupt or refused."""

    def outbox_changed(self, counts: dict[str, int]) -> None:
        """The outbox changed; `counts` per state (waiting, uploading, uploaded, refused)."""

    def submission_uploaded(self, submission_id: str, item_id: str, status: str) -> None:
        """The server holds the submission (`status`: pending or accepted)."""

    def submission_refused(self, submission_id: str, item_id: str, code: str, message: str) -> None:
        """The server refused the submission for good; it stays in the outbox as
        `refused` with this message."""

    def gold_verdict(self, submission_id: str, item_id: str, verdict: dict[str, Any]) -> None:
        """The item was gold: the verdict (`passed`, `score`, `fields`, `expected`,
        `hint`) arrived with the upload."""

    def problem(self, message: str) -> None:
        """Something unexpected went wrong in a worker; it keeps going after a pause."""

    def workbench_too_old(self, needed: str, ours: str, download_url: str) -> None:
        """The task server takes workbenches from version `needed` on; this is `ours`
        (`download_url`: where to get a newer one, or ""). Nothing is uploaded, leased or
        fetched from it any more; what the local store holds stays."""


class SafeListener(SyncListener):
    """Forwards to a listener and keeps its exceptions away from the workers."""

    def __init__(self, inner: SyncListener | None) -> None:
        self.inner = inner or SyncListener()

    def __getattribute__(self, name: str) -> Any:
        if name.startswith("_") or name == "inner":
            return object.__getattribute__(self, name)
        target = getattr(object.__getattribute__(self, "inner"), name)
        if not callable(target):
            return target

        def call(*args: Any) -> None:
            try:
                target(*args)
            except Exception:
                log.exception("sync listener %s failed", name)

        return call
