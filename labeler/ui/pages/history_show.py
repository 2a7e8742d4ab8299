"""What the window does to draw the history's selected submission: read it from the local
store at once (made on this computer), else ask the task server; compare it off the GUI
thread; then its media from the media cache, or when its download arrives, and a
comparison's candidates' pictures and clips as the review fetches them (`MediaLoader`).

Arrows move through the rows faster than a mobile link answers: one request to the task
server at a time, and when it answers only the row selected last is asked next. A result
for a row no longer selected is dropped (its server answer is kept for when it is
selected again).
"""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject

from labeler.client.errors import NotFound, Offline
from labeler.client.history import HistoryRow
from labeler.client.mediacache import shown_variant
from labeler.client.submitted import Submitted
from labeler.ui.messages import error_text
from labeler.ui.pages.history_item import OwnItemView, own_item
from labeler.ui.review.loading import LoadedItem
from labeler.ui.review.media import MediaLoader

#: Submissions read from the task server, kept for the session (most recent last).
KEEP = 200


def _drawn(row: HistoryRow | None) -> tuple[Any, ...]:
    """What of a row the drawing shows: another value draws it again."""
    if row is None:
        return ()
    return (row.submission_id, row.state, repr(row.gold), repr(row.review))


class SubmissionFlow(QObject):
    """Draws the selected row of `window.history` in its item view. The window gives:
    `workspace`, `runner`, `listener` (the sync engine's signals), `history` (the page)
    and `project_names`."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        page = window.history
        self.view: OwnItemView = page.item_view
        self.loader = MediaLoader(window.runner, None, self.view.side, self)
        self.loader.failed.connect(page.show_error)
        # A comparison's candidates' pictures and clips: fetched as the review fetches
        # them, their progress in the page's note.
        self.loader.progress.connect(page.show_progress)
        self.loader.busy.connect(page.media_busy)
        self.row: HistoryRow | None = None
        self.loaded: LoadedItem | None = None
        self._shown = 0  # each selection is one showing; late answers of others are dropped
        self._kept: OrderedDict[str, Submitted] = OrderedDict()
        self._workspace: Any = None  # whose submissions are kept
        self._asking: str | None = None  # the submission the task server is asked for
        self._next: HistoryRow | None = None  # the row to ask for when it answers
        self._media: tuple[str, str] | None = None  # (sha256, variant) awaited
        page.row_selected.connect(self.show)
        page.play_requested.connect(self.loader.toggle_playback)
        page.left.connect(self.loader.pause)
        window.listener.media_ready_.connect(self._media_ready)
        window.listener.media_failed_.connect(self._media_failed)

    def show(self, row: HistoryRow | None) -> None:
        """Draw `row` (None: nothing selected). News of the row drawn (a review, a verdict
        from the task server) draws it again over the old drawing, without a blank."""
        drawn = self.row
        news = row is not None and drawn is not None and row.submission_id == drawn.submission_id
        if news and _drawn(row) == _drawn(drawn):
            self.row = row
            return
        self._shown += 1
        self.row, self._media = row, None
        if not news:
            self.loaded = None
            self.loader.stop()
        workspace = self.window.workspace
        if workspace is not self._workspace:  # another profile: nothing of the last one
            self._workspace, self._asking, self._next = workspace, None, None
            self._kept.clear()
        if row is None or workspace is None:
            self.view.clear(self.tr("Select a submission to see its item and your answer."))
            return
        kept = self._kept.get(row.submission_id)
        if kept is not None:
            self._compare(row, kept, self._shown)
            return
        if not news:
            self.view.clear(self.tr("Reading your answer…"))
        shown = self._shown
        self.window.runner.db(
            workspace.local_submission,
            row.submission_id,
            done=lambda got: self._local(row, got, shown),
            failed=lambda e: self._failed(row, e, shown),
        )

    def _local(self, row: HistoryRow, got: Submitted | None, shown: int) -> None:
        if shown != self._shown:
            return
        if got is not None:
            self._compare(row, got, shown)
        elif self._asking is not None:
            # One request at a time: this row is asked for when the one under way answers.
            self._next = None if self._asking == row.submission_id else row
            self.view.clear(self.tr("Asking the task server for this submission…"))
        else:
            self._ask(row)

    def _ask(self, row: HistoryRow) -> None:
        workspace = self.window.workspace
        if workspace is None:
            return
        self._asking, self._next = row.submission_id, None
        if self.row is not None and row.submission_id == self.row.submission_id:
            self.view.clear(self.tr("Asking the task server for this submission…"))
        self.window.runner.net(
            workspace.submission,
            row.submission_id,
            done=lambda got: self._answered(workspace, row, got),
            failed=lambda e: self._answered(workspace, row, e),
        )

    def _answered(self, workspace: Any, row: HistoryRow, got: Submitted | BaseException) -> None:
        if workspace is not self._workspace:
            return  # asked for by the profile signed in before
        self._asking = None
        if isinstance(got, Submitted):
            self._keep(got)
        if self.row is not None and self.row.submission_id == row.submission_id:
            if isinstance(got, Submitted):
                self._compare(self.row, got, self._shown)
            else:
                self._failed(self.row, got, self._shown)
        waiting, self._next = self._next, None
        current = self.row  # the newest state of the row waiting, if it is still selected
        if waiting is not None and current is not None:
            if current.submission_id == waiting.submission_id:
                self._ask(current)

    def _keep(self, got: Submitted) -> None:
        self._kept[got.submission_id] = got
        self._kept.move_to_end(got.submission_id)
        while len(self._kept) > KEEP:
            self._kept.popitem(last=False)

    def _compare(self, row: HistoryRow, got: Submitted, shown: int) -> None:
        self.window.runner.decode(
            own_item,
            row,
            got,
            done=lambda loaded: self._draw(loaded, shown),
            failed=lambda e: self._failed(row, e, shown),
        )

    def _draw(self, loaded: LoadedItem, shown: int) -> None:
        if shown != self._shown:
            return
        self.loaded = loaded
        names = self.window.project_names
        self.view.show_item(loaded, names.get(loaded.project_id, loaded.project_id))
        media = loaded.detail.item.media
        workspace = self.window.workspace
        self.loader.candidate_source = workspace
        if media is None or workspace is None:
            # No media: says so for an image or a clip; the candidates' media is fetched.
            self.loader.load(loaded)
            return
        self.loader.load_candidates(loaded)
        self.window.runner.db(
            workspace.shown_media,
            media,
            loaded.project_id,
            done=lambda state: self._media_state(loaded, state, shown),
            failed=lambda e: self._failed(self.row, e, shown),
        )

    def _media_state(self, loaded: LoadedItem, state: Any, shown: int) -> None:
        if shown != self._shown:
            return
        media = loaded.detail.item.media
        if state.path is not None:
            self.loader.show_file(loaded, state.path)
        elif state.error is not None:
            self.view.media_message(
                self.tr("The media could not be fetched: {error}").format(error=state.error)
            )
        elif media is not None:
            wanted = shown_variant(media)
            self._media = (wanted.sha256, wanted.variant)
            online = self.window.workspace is not None and self.window.workspace.online
            picture = loaded.schema.media == "image"
            if online:
                text = (
                    self.tr("Fetching the picture…")
                    if picture
                    else self.tr("Fetching the recording…")
                )
            elif picture:
                text = self.tr(
                    "The picture is not on this computer yet: it comes when the task server"
                    " can be reached."
                )
            else:
                text = self.tr(
                    "The recording is not on this computer yet: it comes when the task server"
                    " can be reached."
                )
            self.view.media_message(text)

    def _media_ready(self, sha256: str, variant: str, path: object) -> None:
        if self.loaded is not None and self._media == (sha256, variant):
            self._media = None
            self.loader.show_file(self.loaded, Path(str(path)))

    def _media_failed(self, sha256: str, variant: str, message: str) -> None:
        if self.loaded is not None and self._media == (sha256, variant):
            self._media = None
            self.view.media_message(
                self.tr("The media could not be fetched: {error}").format(error=message)
            )

    def _failed(self, row: HistoryRow | None, error: BaseException, shown: int) -> None:
        if shown != self._shown or row is None:
            return
        if isinstance(error, Offline):
            text = self.tr(
                "This answer was not made on this computer: it shows when the task server"
                " can be reached."
            )
        elif isinstance(error, NotFound):
            text = self.tr("The task server no longer has this submission.")
        else:
            reason = error_text(error)
            text = self.tr("This submission cannot be shown: {reason}").format(reason=reason)
        self.view.clear(text)
