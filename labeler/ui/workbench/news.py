"""What the sync engine reports, as the labeling session hears it: items leased or
released, media arrived or on its way, no work left, a locked project, uploads.

Runs on the GUI thread (the engine's callbacks come as queued Qt signals); the store is
read on the store worker, and a burst of news makes one read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from labeler.core.figures import size
from labeler.ui.bridge import QtSyncListener
from labeler.ui.i18n import isolate
from labeler.ui.workbench.queue import Upcoming

if TYPE_CHECKING:
    from labeler.ui.workbench.session import LabelingSession


class SyncNews(QObject):
    """The engine's news for one labeling session."""

    def __init__(self, session: LabelingSession, listener: QtSyncListener) -> None:
        super().__init__(session)
        self.session = session
        #: The server said no work is left (read with the items: other news, such as media
        #: arriving, says nothing about it) / the project is locked (its reason).
        self.no_work = False
        self.locked: str | None = None
        self._reload = QTimer(self)
        self._reload.setSingleShot(True)
        self._reload.setInterval(50)
        self._reload.timeout.connect(self._read_items)
        listener.items_changed_.connect(self._on_items_changed)
        listener.no_more_work_.connect(self._on_no_more_work)
        listener.project_locked_.connect(self._on_locked)
        listener.submission_uploaded_.connect(self._on_uploaded)
        listener.media_ready_.connect(self._on_media_ready)
        listener.media_progress_.connect(self._on_media_progress)

    def opened(self) -> None:
        """A project was opened: whether its work is left is not known until the items
        are read (the sync engine asks the server again), whatever the last project's was."""
        self.no_work = False
        self.reload_items()

    def reload_items(self) -> None:
        """Re-read the open items soon: a burst of media downloads makes one store read."""
        self._reload.start()

    def _ours(self, project_id: str) -> bool:
        project = self.session.project
        return project is not None and project_id == project.project.id

    def _read_items(self) -> None:
        workspace = self.session.workspace

        def read() -> tuple[list[Upcoming], bool]:
            items = workspace.open_items()
            drafts, times = workspace.drafts(items), workspace.draft_times(items)
            upcoming = [Upcoming(i, drafts.get(i.id), times.get(i.id, 0)) for i in items]
            return upcoming, workspace.no_more_work()

        self.session.runner.read(read, done=self._items_read)

    def _items_read(self, read: tuple[list[Upcoming], bool]) -> None:
        session = self.session
        upcoming, self.no_work = read
        session.queue.replace(upcoming)
        if session.editor is not None:
            session.editor.expect_items([u.item for u in upcoming])
        if session.elsewhere:
            return  # the current item is chosen when the annotator comes back to it
        if session.item is None and not session.submitting:
            session.show_next(None)
        elif session.item is not None:
            session.page.show_ready(len(session.queue))

    def _on_items_changed(self, project_id: str, _open: int) -> None:
        if self._ours(project_id):
            self.reload_items()  # which says whether work is left

    def _on_media_ready(self, sha: str, variant: str, path: object) -> None:
        if variant != "original":
            self.reload_items()
            return
        session = self.session
        item, editor = session.item, session.editor
        if item is not None and editor is not None and hasattr(editor, "set_original"):
            media = item.media
            if media is not None and media.sha256 == sha and not session.elsewhere:
                editor.set_original(path, item.id)

    def _on_media_progress(self, _sha: str, variant: str, done: int, total: object) -> None:
        # Waiting for the first item: say how far its media has come.
        if self.session.item is not None or self.locked or variant == "original":
            return
        if isinstance(total, int) and total > 0:
            said = self.tr("Fetching media… {done} of {total}").format(
                done=isolate(size(done)), total=isolate(size(total))
            )
        else:
            said = self.tr("Fetching media… {done}").format(done=isolate(size(done)))
        self.session.page.show_message(said)

    def _on_no_more_work(self, project_id: str) -> None:
        if self._ours(project_id):
            self.no_work = True
            # A read under way may have begun before the server's answer: one more read
            # has the last word.
            self.reload_items()
            if self.session.item is None and not self.session.elsewhere:
                self.session.show_next(None)

    def _on_locked(self, project_id: str, reason: str) -> None:
        if self._ours(project_id):
            self.locked = reason
            if self.session.item is None and not self.session.elsewhere:
                self.session.show_next(None)

    def _on_uploaded(self, submission_id: str, item_id: str, status: str) -> None:
        self.session.trace.uploaded(submission_id, item_id=item_id, status=status)
