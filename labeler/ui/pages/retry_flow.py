"""What the window does for "Retry now": ask the task server at once off the GUI thread,
upload what waits, and say what happened in the feedback bar (and in the status line
when the bar is not on screen)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from labeler.client.sync import RetryOutcome
from labeler.ui.actions import Action, general
from labeler.ui.i18n import translate
from labeler.ui.keymap import display_key
from labeler.ui.pages.feedback import TRYING_TEXT, retry_text

if TYPE_CHECKING:
    from labeler.ui.window import MainWindow

ACTION_ID = "app.retry_connection"


class RetryFlow:
    """One "Retry now" at a time, for one window: by the feedback bar's link or a key."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.busy = False
        self.bar = window.workbench.feedback
        self.bar.retry_requested.connect(self.retry)
        window.keymap.changed.connect(self._show_key)

    def action(self) -> Action:
        """The window-wide key (also while typing: it is no text)."""
        return Action(
            ACTION_ID,
            translate("pages.retry_flow", "Retry the connection now (upload what waits)"),
            ("Ctrl+Shift+R",),
            self.retry,
            group=general(),
            while_typing=True,
        )

    def retry(self) -> None:
        w = self.window
        if w.workspace is None or self.busy:
            return
        self.busy = True
        self.bar.retry_started()
        self._status(translate("pages.feedback", TRYING_TEXT))
        w.runner.net(w.workspace.retry_now, done=self._done, failed=self._failed)

    def _done(self, outcome: RetryOutcome) -> None:
        self.busy = False
        self.bar.retry_finished(outcome)
        self._status(retry_text(outcome))
        self.window.trace.event(
            "retry",
            online=outcome.online,
            uploaded=outcome.uploaded,
            waiting=outcome.waiting,
        )

    def _failed(self, error: BaseException) -> None:
        # Not a network failure (those are outcomes): the local store, say.
        outcome = RetryOutcome(False, True, str(error) or type(error).__name__, 0, 0, 0)
        self._done(outcome)

    def _status(self, text: str) -> None:
        """The status line says it where the feedback bar is not on screen."""
        if not self.bar.isVisible():
            self.window.show_status(text)

    def _show_key(self) -> None:
        keys = self.window.keymap.keys(ACTION_ID)
        self.bar.set_retry_key(display_key(keys[0]) if keys else None)
