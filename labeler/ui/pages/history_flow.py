"""What the window does for the history page: show what the local store knows at once,
merge the server's answer in when it comes, page it, send contests, and go back to where
the user came from."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from labeler.client.history import contest_refused
from labeler.ui.messages import error_text

if TYPE_CHECKING:
    from labeler.ui.window import MainWindow


class HistoryFlow:
    """The history page's traffic, for one window."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.came_from: QWidget | None = None
        # Each show is one reading; a late answer of an earlier one is dropped, and the
        # local store's part never replaces the server's answer that came first.
        self._reading = 0
        self._answered = 0
        page = window.history
        page.back_requested.connect(self.back)
        page.more_requested.connect(self.more)
        page.contest_requested.connect(self.contest)

    def show(self) -> None:
        w = self.window
        if w.workspace is None:
            return
        self.came_from = w.pages.currentWidget()
        w.pages.setCurrentWidget(w.history)
        self.refresh()

    def refresh(self) -> None:
        """Read the history again (the connection came back: what waited has gone up)."""
        w = self.window
        workspace = w.workspace
        if workspace is None:
            return
        w.history.set_busy(True)
        w.history.set_project_names(w.project_names)
        self._reading += 1
        reading = self._reading
        # The names of every project answered in: a start straight back into a project
        # (a restart, a language change) never read the list that names them.
        w.runner.net(workspace.projects, done=self._names, failed=lambda _e: None)
        # One store read, at once: the server may take a mobile link's timeout.
        w.runner.db(workspace.local_history, done=lambda h: self._local(h, reading))
        w.runner.net(
            workspace.history,
            done=lambda h: self._read(h, reading),
            failed=lambda e: self._read_failed(e, reading),
        )

    def _names(self, projects: list[Any]) -> None:
        w = self.window
        w.project_names.update({p.id: p.name for p in projects})
        w.history.set_project_names(w.project_names)

    def _local(self, history: Any, reading: int) -> None:
        if reading == self._reading and self._answered != reading:
            self.window.history.set_history(history)  # still busy: the server is asked

    def _read(self, history: Any, reading: int) -> None:
        if reading != self._reading:
            return
        self._answered = reading
        page = self.window.history
        page.set_busy(False)
        page.set_project_names(self.window.project_names)
        page.set_history(history)
        self.window.trace.event("history_listed", count=len(history.rows), online=history.online)

    def _read_failed(self, error: BaseException, reading: int) -> None:
        if reading == self._reading:
            self._answered = reading
            self.window.history.set_busy(False)
            self._failed(error)  # what the local store knows stays shown

    def more(self, cursor: str) -> None:
        workspace = self.window.workspace
        if workspace is not None:
            self.window.runner.net(
                lambda: workspace.history(cursor=cursor),
                done=self.window.history.append,
                failed=self._failed,
            )

    def contest(self, submission_id: str, reason: str) -> None:
        w = self.window
        if w.workspace is not None:
            w.runner.net(
                w.workspace.contest,
                submission_id,
                reason,
                done=lambda _r: w.history.contest_done(submission_id),
                failed=lambda e: self._contest_failed(submission_id, e),
            )

    def _contest_failed(self, submission_id: str, error: BaseException) -> None:
        refused = contest_refused(error)
        if refused is not None:  # final: the button says why from now on
            self.window.history.contest_refused(submission_id, refused)
        else:
            self._failed(error)

    def back(self) -> None:
        self.window.pages.setCurrentWidget(self.came_from or self.window.projects)

    def _failed(self, error: BaseException) -> None:
        self.window.history.show_error(error_text(error))
