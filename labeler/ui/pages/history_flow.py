"""What the window does for the history page: read the history off the GUI thread,
page it, send contests, and go back to where the user came from."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from labeler.ui.window import MainWindow


class HistoryFlow:
    """The history page's traffic, for one window."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.came_from: QWidget | None = None
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
        w.history.set_busy(True)
        w.runner.net(w.workspace.history, done=self._read, failed=self._failed)

    def _read(self, history: Any) -> None:
        page = self.window.history
        page.set_busy(False)
        page.set_project_names(self.window.project_names)
        page.set_history(history)

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
                failed=self._failed,
            )

    def back(self) -> None:
        self.window.pages.setCurrentWidget(self.came_from or self.window.projects)

    def _failed(self, error: BaseException) -> None:
        self.window.history.show_error(str(error))
