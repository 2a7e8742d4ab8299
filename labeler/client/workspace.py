"""The workspace: what the workbench calls to do an annotator's work, offline-first.

A `Workspace` is one signed-in profile (a server and a username): its local store, its
task-server client and its sync engine. Every method may touch the disk database, and
the ones that say so may call the network (with a timeout); none of them belongs on the
GUI thread. Run them on the GUI's one database worker; the engine's news arrives through
the `SyncListener` given to `open` (from the engine's own threads).
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from labeler.client import amending, paths, submitted, tally, wire
from labeler.client import history as hist
from labeler.client.api import TaskServer, normalize_server_url
from labeler.client.downloads import MAX_ATTEMPTS
from labeler.client.errors import ClientError, Offline, Unauthenticated
from labeler.client.jsonread import iso
from labeler.client.listener import SyncListener
from labeler.client.mediacache import ORIGINAL, shown_variant
from labeler.client.outbox import OutboxEntry
from labeler.client.reviewing import ReviewClient
from labeler.client.store import ProfileInfo, Store
from labeler.client.sync import RetryOutcome, SyncEngine
from labeler.client.transport import Progress
from labeler.client.workitem import MediaInfo, WorkItem
from labeler.core.answers import validate_answer
from labeler.core.schema import Schema

DEFAULT_BATCH_SIZE = 20


@dataclass(frozen=True)
class OpenProject:
    """A project ready to work on: its current schema, and the items already here."""

    project: wire.Project
    schema: Schema
    schema_version: int
    items: tuple[WorkItem, ...]
    #: The autosaved drafts of those items, by item id: the item on screen first of all
    #: must come back as it was left.
    drafts: Mapping[str, dict[str, Any]] = field(default_factory=dict)
    #: The active milliseconds already spent on those items, kept with their drafts.
    draft_times: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class MediaState:
    """Where a media file stands: `path` when cached, `error` when it failed for good,
    neither while it is on its way."""

    path: Path | None
    error: str | None


@dataclass(frozen=True)
class QueueStatus:
    """Where the open project's work stands (to tell "loading" from "no work left")."""

    open_items: int
    ready_items: int
    no_more_work: bool
    locked: bool


class Workspace:
    """The facade the workbench uses for one profile. Thread-safe; blocking (see above)."""

    def __init__(self, api: TaskServer, store: Store, engine: SyncEngine) -> None:
        self.api = api
        self.store = store
        self.engine = engine
        self.session_started = time.time()

    @classmethod
    def open(
        cls,
        server_url: str,
        username: str,
        token: str,
        *,
        listener: SyncListener | None = None,
        data_dir: Path | None = None,
        api_options: dict[str, Any] | None = None,
        engine_options: dict[str, Any] | None = None,
    ) -> Workspace:
        """Open (or create) the profile's store and start syncing. No network call is
        made here: the outbox of an earlier run starts uploading in the background."""
        url = normalize_server_url(server_url)
        root = data_dir or paths.data_dir()
        store = Store.open(paths.profile_path(root, url, username))
        try:
            store.set_profile(url, username)
            api = TaskServer(url, token, **(api_options or {}))
            media = paths.media_root(root)
            engine = SyncEngine(api, store, media, listener, **(engine_options or {}))
        except BaseException:
            store.close()
            raise
        workspace = cls(api, store, engine)
        engine.start()
        return workspace

    def close(self) -> None:
        """Stop syncing and close the store (waiting uploads resume at the next open)."""
        self.engine.stop()
        self.api.close()
        self.store.close()

    # Connection and account

    @property
    def online(self) -> bool:
        return self.engine.online

    @property
    def auth_needed(self) -> bool:
        return self.engine.auth_needed

    def profile(self) -> ProfileInfo | None:
        """Server URL, username and the last `/me` of this profile."""
        return self.store.profile()

    def set_token(self, token: str) -> None:
        """Use a new token (after `auth_required`); uploads resume."""
        self.engine.set_token(token)

    def sign_in_again(self, password: str) -> str:
        """Sign in with the profile's username (network); returns the new token."""
        info = self.store.profile()
        assert info is not None
        signed = self.api.sign_in(info.username, password)
        self.engine.set_token(signed.token)
        return signed.token

    def sign_out(self) -> None:
        """Revoke the token (network, best effort) and close. The outbox stays."""
        try:
            self.api.sign_out()
        except ClientError:
            pass
        self.close()

    def check_connection(self) -> None:
        """Probe the server now ("try again")."""
        self.engine.probe_now()

    def retry_now(self, wait: float = 10.0) -> RetryOutcome:
        """(network) Ask the server now and, when it answers, upload the outbox at once
        and wait up to `wait` seconds for it to settle ("Retry now")."""
        return self.engine.retry_now(wait)

    def me(self) -> wire.Me | None:
        """Roles, skills, earnings: fresh from the server, or the last known offline."""
        try:
            me = self.api.me()
        except (Offline, Unauthenticated) as exc:
            self._note(exc)
            info = self.store.profile()
            return info.me if info else None
        self.store.save_me(me)
        return me

    # Projects

    def projects(self) -> list[wire.Project]:
        """The projects the annotator may see (network; the cached list offline)."""
        try:
            projects = self.api.projects()
        except (Offline, Unauthenticated) as exc:
            self._note(exc)
            return self.store.projects()
        self.store.save_projects(projects)
        return projects

    def open_project(self, project_id: str, batch_size: int = DEFAULT_BATCH_SIZE) -> OpenProject:
        """Make `project_id` the project work is kept ahead for, and return it with its
        current schema and the items already leased (network when online; the cache
        offline). New items arrive in the background (`items_changed`)."""
        project = self._project(project_id)
        schema = self.schema(project_id, project.schema_version)
        return self._focused(project, schema, batch_size)

    def open_held_project(
        self, project_id: str, batch_size: int = DEFAULT_BATCH_SIZE
    ) -> OpenProject | None:
        """`open_project` from the local store alone, when it holds the project, its
        schema and items to answer (the server is not asked: the first item shows at once,
        whatever the network); else None, and nothing changes. `refresh_project` then
        checks the project with the server."""
        project = self.store.project(project_id)
        if project is None or not self.engine.work.open_count(project_id):
            return None
        cached = self.store.schema(project_id, project.schema_version)
        if cached is None:
            return None
        return self._focused(project, cached.schema, batch_size)

    def refresh_project(self, project_id: str) -> wire.Project:
        """The project as the server has it now (kept in the store), or as cached when
        the server cannot be reached."""
        return self._project(project_id)

    def _focused(self, project: wire.Project, schema: Schema, batch_size: int) -> OpenProject:
        self.engine.focus(project.id, batch_size)
        items = tuple(self.open_items())
        drafts, times = self.drafts(items), self.draft_times(items)
        return OpenProject(project, schema, project.schema_version, items, drafts, times)

    def close_project(self) -> None:
        """Stop keeping work ahead (leases run out unless the project is opened again)."""
        self.engine.focus(None)

    def release_project(self, project_id: str) -> int:
        """Give back the unanswered items of a project (network); returns how many."""
        released = 0
        for batch in self.engine.work.live_batches(project_id):
            self.api.release(batch.id)
            self.engine.work.released(batch.id)
            released += batch.open_items
        return released

    def schema(self, project_id: str, version: int) -> Schema:
        """A schema version (cached; fetched once when missing)."""
        cached = self.store.schema(project_id, version)
        if cached is None:
            cached = self.api.schema(project_id, version)
            self.store.save_schema(project_id, cached)
        return cached.schema

    def _project(self, project_id: str) -> wire.Project:
        try:
            project = self.api.project(project_id)
        except (Offline, Unauthenticated) as exc:
            self._note(exc)
            cached = self.store.project(project_id)
            if cached is None:
                raise
            return cached
        self.store.save_project(project)
        return project

    # Items

    def open_items(self) -> list[WorkItem]:
        """The open project's unanswered items in lease order, with local media paths."""
        return list(self._open_items())

    def _open_items(self) -> Iterator[WorkItem]:
        focus = self.engine.keeper.current
        if focus is None:
            return
        for stored in self.engine.work.open_items(focus.project_id):
            yield self._with_paths(stored.item)

    def next_item(self) -> WorkItem | None:
        """The first unanswered item whose media is here (or failed for good, see
        `WorkItem.media_error`), or None while waiting for items or media."""
        for item in self._open_items():
            if _ready(item):
                return item
        return None

    def no_more_work(self) -> bool:
        """The task server's last answer for the open project was that it has no item
        left for the annotator: once no open item is left, the project is done for them
        (no store read; read it after `open_items`: a batch is stored after this changes)."""
        return self.engine.keeper.no_work

    def queue_status(self) -> QueueStatus:
        """How much is leased and ready; whether the server said no work is left."""
        items = self.open_items()
        ready = sum(1 for i in items if _ready(i))
        keeper = self.engine.keeper
        return QueueStatus(len(items), ready, keeper.no_work, keeper.locked)

    def fetch_original(self, item: WorkItem) -> Path | None:
        """The original image (zoom past 100 %): its path if cached, else None and a
        download starts (`media_ready(sha256, "original", path)` when done)."""
        if item.media is None:
            return None
        return self.engine.fetch_original(item.media, item.project_id)

    def _with_paths(self, item: WorkItem) -> WorkItem:
        item = self._with_candidate_paths(item)
        if item.media is None:
            return item
        cache = self.engine.cache
        shown = shown_variant(item.media)
        display = cache.ready(shown.sha256, shown.variant)
        original = cache.ready(item.media.sha256, ORIGINAL)
        error = None
        if display is None:
            failures, message = cache.failure(shown.sha256, shown.variant)
            if failures >= MAX_ATTEMPTS:
                error = message or "The media could not be fetched."
        return replace(item, display_path=display, media_path=original, media_error=error)

    def _with_candidate_paths(self, item: WorkItem) -> WorkItem:
        """The files of the candidates' media that are here, and how many are awaited."""
        media = item.candidate_media()
        if not media:
            return item
        cache = self.engine.cache
        paths, missing = {}, 0
        for key, info in media.items():
            shown = shown_variant(info)
            path = cache.ready(shown.sha256, shown.variant)
            if path is not None:
                paths[key] = path
            elif cache.failure(shown.sha256, shown.variant)[0] < MAX_ATTEMPTS:
                missing += 1
        return replace(item, candidate_paths=paths, candidates_missing=missing)

    # Drafts and submissions

    def draft(self, item_id: str) -> dict[str, Any] | None:
        """The autosaved draft of an item, or None."""
        return self.store.draft(item_id)

    def save_draft(self, item_id: str, answer: dict[str, Any], active_ms: int = 0) -> None:
        """Autosave the answer being worked on, with the active time spent on its item so
        far (it comes back with the draft and counts into the submission's)."""
        self.store.save_draft(item_id, _plain(answer), active_ms)

    def drafts(self, items: Iterable[WorkItem]) -> dict[str, dict[str, Any]]:
        """The autosaved drafts of these items, by item id (one store read)."""
        return self.store.drafts([item.id for item in items])

    def draft_times(self, items: Iterable[WorkItem]) -> dict[str, int]:
        """The active milliseconds kept with these items' drafts, by item id."""
        return self.store.draft_times([item.id for item in items])

    def discard_draft(self, item_id: str) -> None:
        """Forget an item's draft: only this or a submit removes one."""
        self.store.discard_draft(item_id)

    def submit(
        self,
        item: WorkItem,
        answer: dict[str, Any] | None,
        skip_reason: str | None = None,
        *,
        started_at: datetime,
        active_ms: int,
    ) -> str:
        """Put a submission in the outbox, durably, and return its id.

        `answer` None is a skip and needs a `skip_reason`. The answer is checked against
        the item's (cached) schema first (`labeler.core.problems.AnswerInvalid`, nothing
        stored). No network call is made.
        When this returns, the submission is fsync'd to disk; it uploads in the
        background under this id, however many tries it takes. Raises AlreadySubmitted
        when the item was submitted before.
        """
        if answer is None and not (skip_reason or "").strip():
            raise ValueError("A skip needs a reason.")
        clean = self._checked(item, answer) if answer is not None else None
        body: dict[str, Any] = {
            "id": str(uuid.uuid4()),
            "batch_id": item.batch_id,
            "item_id": item.id,
            "schema_version": item.schema_version,
            "answer": clean,
            "started_at": iso(started_at),
            "submitted_at": iso(datetime.now(UTC)),
            "active_ms": max(0, int(active_ms)),
        }
        if skip_reason:
            body["skip_reason"] = skip_reason
        project = self.store.project(item.project_id)
        reward = project.reward if project else wire.Reward(amount=_ZERO, currency="")
        entry = self.engine.outbox.add(body, item.project_id, reward)
        self.engine.nudge(settle=True)
        return entry.id

    def answered(self, limit: int = amending.RECENT) -> list[amending.Answered]:
        """The open project's answered items of batches still held, newest first, with
        their newest submission: what the annotator may go back to. `blocked` says why
        one cannot be corrected. Local store only."""
        focus = self.engine.keeper.current
        if focus is None:
            return []
        found = amending.recent(self.store, focus.project_id, limit)
        return [replace(a, item=self._with_paths(a.item)) for a in found]

    def amend(
        self,
        submission_id: str,
        item: WorkItem,
        answer: dict[str, Any] | None,
        skip_reason: str | None = None,
        *,
        started_at: datetime,
        active_ms: int,
    ) -> str:
        """Correct the newest submission of an item (`answer` None: into a skip, which
        needs a reason), durably, and return the id that carries the answer now.

        The answer is checked like `submit`'s. An entry never sent is rewritten in place
        (the same id comes back: one upload); otherwise an amendment with a new id is
        queued behind it. `started_at` and `active_ms` are the correction's own. Raises
        NotAmendable (why) when it cannot be corrected. No network call is made.
        """
        if answer is None and not (skip_reason or "").strip():
            raise ValueError("A skip needs a reason.")
        clean = self._checked(item, answer) if answer is not None else None
        submitted = iso(datetime.now(UTC))
        spent = max(0, int(active_ms))

        def change(body: dict[str, Any], in_place: bool) -> dict[str, Any]:
            new = {k: v for k, v in body.items() if k not in ("answer", "skip_reason")}
            new.update(answer=clean, submitted_at=submitted)
            if skip_reason:
                new["skip_reason"] = skip_reason
            if in_place:  # the server will see one submission: both efforts are its time
                new["active_ms"] = int(body.get("active_ms") or 0) + spent
            else:
                new.update(
                    id=str(uuid.uuid4()),
                    amends=body["id"],
                    started_at=iso(started_at),
                    active_ms=spent,
                )
            return new

        entry = amending.amend(self.store, submission_id, change, item)
        self.engine.nudge(settle=True)
        return entry.id

    def _checked(self, item: WorkItem, answer: dict[str, Any]) -> dict[str, Any]:
        # The cached schema only: submitting never waits on the network.
        cached = self.store.schema(item.project_id, item.schema_version)
        if cached is None:
            return _plain(answer)  # the server checks it
        return _plain(validate_answer(cached.schema, answer, item.context()))

    def record(self, kind: str, item: WorkItem | None = None, **data: Any) -> None:
        """Store a timing event (`item_shown` with `latency_ms`, ...)."""
        self.store.record(
            kind,
            project_id=item.project_id if item else None,
            item_id=item.id if item else None,
            data=_plain(data) if data else None,
        )

    # What happened to submissions

    def outbox(self, states: tuple[str, ...] | None = None) -> list[OutboxEntry]:
        """Outbox entries (newest first), optionally only in some states."""
        return self.engine.outbox.entries(states)

    def history(
        self, limit: int = 50, cursor: str | None = None, project_id: str | None = None
    ) -> hist.History:
        """The history page (network when online): on the first page, submissions not
        uploaded yet and refused ones (with the reason) come first. When the server's
        part cannot be had, the outbox's entries stand in (`History.error` says why)."""
        local = self.engine.outbox.entries(project_id=project_id)
        offline = not self.engine.online
        try:
            # Believed offline: one try (the prober is watching), not the retries.
            page = self.api.history(
                limit=limit, cursor=cursor, project_id=project_id, retries=0 if offline else None
            )
        except ClientError as exc:
            # Whatever went wrong, what the outbox knows is still shown.
            self._note(exc)
            error = None if isinstance(exc, Offline) else exc.message
            return hist.merge(local, None, cursor is None, error)
        if offline:
            self.engine.probe_now()  # it answered: the prober confirms, the outbox goes
        self.engine.outbox.learn(page.entries)
        return hist.merge(local, page, cursor is None)

    def local_history(self, project_id: str | None = None) -> hist.History:
        """The history's first page from the local store alone, at once (no network):
        to show while `history` asks the server."""
        entries = self.engine.outbox.entries(project_id=project_id)
        return hist.local(entries, self.engine.online)

    def local_submission(self, submission_id: str) -> submitted.Submitted | None:
        """A submission made on this computer, with its item and schema, from the local
        store alone (None when the store lacks any of them)."""
        entry = self.engine.outbox.get(submission_id)
        if entry is None:
            return None
        stored = self.engine.work.item(entry.batch_id, entry.item_id)
        if stored is None:
            return None
        version = submitted.body_version(entry, stored.item.schema_version)
        schema = self.store.schema(entry.project_id, version)
        if schema is None:
            return None
        return submitted.from_outbox(entry, stored.item, schema.schema, version)

    def submission(self, submission_id: str) -> submitted.Submitted:
        """One of the user's submissions with its item and schema: from the local store
        when it was made here, else from the task server (network; `NotFound` when the
        server does not know it as this user's)."""
        local = self.local_submission(submission_id)
        if local is not None:
            return local
        try:
            got = self.api.submission(submission_id)
            schema = self.schema(got.entry.project_id, got.schema_version)
        except ClientError as exc:
            self._note(exc)
            raise
        return submitted.from_server(got, schema)

    def shown_media(self, media: MediaInfo, project_id: str | None = None) -> MediaState:
        """The file the workbench shows for `media` (an image's display variant, else the
        original): its path when cached; else why it cannot be had after every retry;
        else a download is asked for (when the server is back, if offline) and
        `media_ready` or `media_failed` will tell."""
        wanted = shown_variant(media)
        cache = self.engine.cache
        path = cache.ready(wanted.sha256, wanted.variant)
        if path is not None:
            return MediaState(path, None)
        failures, message = cache.failure(wanted.sha256, wanted.variant)
        if failures >= MAX_ATTEMPTS:
            return MediaState(None, message or "The media could not be fetched.")
        self.engine.fetcher.want(wanted, project_id)
        return MediaState(None, None)

    def media(self, media: MediaInfo, *, progress: Progress | None = None) -> Path:
        """The file the workbench shows for `media`, downloaded into the media cache now
        when it is not there yet (network, with its `progress`): a comparison's
        candidates' pictures and clips in the history, fetched as the review fetches
        them."""
        try:
            return ReviewClient(self.api, self.engine.cache.root).media(media, progress=progress)
        except ClientError as exc:
            self._note(exc)
            raise

    def contest(self, submission_id: str, reason: str) -> dict[str, Any]:
        """Object to a failed gold verdict (network)."""
        return self.api.contest(submission_id, reason)

    def tally(self) -> tally.Tally:
        """The feedback-bar figures (local store only)."""
        return tally.compute(
            self.engine.outbox,
            self.store.profile(),
            session_started=self.session_started,
            online=self.engine.online,
            auth_needed=self.engine.auth_needed,
        )

    def _note(self, exc: ClientError) -> None:
        """A facade call found the server gone or the token refused: tell the engine."""
        if isinstance(exc, Offline):
            self.engine.connectivity.lost(exc)
        elif isinstance(exc, Unauthenticated):
            self.engine.auth.lost(exc.message)


_ZERO = Decimal(0)


def _ready(item: WorkItem) -> bool:
    """Whether an item can be shown: no media, media here, or media failed for good (its
    candidates' too)."""
    if item.candidates_missing:
        return False  # a comparison shows once its candidates' pictures or clips are here
    return item.media is None or item.display_path is not None or item.media_error is not None


def _plain(value: Any) -> Any:
    """A plain JSON copy (refuses NaN, sets, objects): what is stored is what is sent."""
    try:
        return json.loads(json.dumps(value, allow_nan=False))
    except (TypeError, ValueError) as exc:
        raise ValueError(f"not JSON: {exc}") from None
