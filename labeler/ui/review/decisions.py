"""Sending decisions without losing one: each goes out on the network pool; one the
task server could not take for a passing reason (offline, overloaded, a garbled answer)
waits and is sent again with backoff; one it refuses (reviewing one's own submission,
a submission that no longer exists) is reported with the server's reason.

A decision replaces the earlier one on the server, so sending it again is harmless; a
newer decision on the same submission replaces one still waiting here.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from labeler.client.errors import ApiError, BadResponse, Offline, RateLimited, ServerError
from labeler.client.reviewing import ReviewClient
from labeler.ui import messages
from labeler.ui.tasks import Runner

#: Seconds before the first retry of a waiting decision; doubles up to `MAX_RETRY_S`.
FIRST_RETRY_S = 2.0
MAX_RETRY_S = 60.0


@dataclass(frozen=True)
class Decision:
    """What the reviewer decided about one submission."""

    submission_id: str
    decision: str
    reason: str | None = None
    comment: str | None = None


def passing(error: BaseException) -> bool:
    """Whether sending again later may succeed."""
    if isinstance(error, Offline | RateLimited | ServerError | BadResponse):
        return True
    return isinstance(error, ApiError) and error.status == 401


class DecisionSender(QObject):
    """Signals (on the GUI thread): `sent(ReviewEntry)`, `waiting(Decision, message)`,
    `refused(Decision, message)`."""

    sent = Signal(object)
    waiting = Signal(object, str)
    refused = Signal(object, str)

    def __init__(self, runner: Runner, client: ReviewClient, parent: QObject | None = None):
        super().__init__(parent)
        self.runner = runner
        self.client = client
        self._waiting: dict[str, Decision] = {}
        self._in_flight: dict[str, Decision] = {}
        self._delay = FIRST_RETRY_S
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.retry)

    def send(self, decision: Decision) -> None:
        """Send a decision now (replacing one of the same submission still waiting)."""
        self._waiting.pop(decision.submission_id, None)
        self._in_flight[decision.submission_id] = decision
        self.runner.net(
            self.client.decide,
            decision.submission_id,
            decision.decision,
            decision.reason,
            decision.comment,
            done=lambda entry: self._done(decision, entry),
            failed=lambda error: self._failed(decision, error),
        )

    def unsent(self) -> int:
        """Decisions not yet held by the task server (on their way or waiting)."""
        return len(self._waiting) + len(self._in_flight)

    def waiting_decisions(self) -> list[Decision]:
        return list(self._waiting.values())

    def retry(self) -> None:
        """Send every waiting decision again now."""
        self._timer.stop()
        for decision in list(self._waiting.values()):
            self.send(decision)

    def _current(self, decision: Decision) -> bool:
        # A newer decision on the same submission makes this answer stale.
        return self._in_flight.get(decision.submission_id) is decision

    def _done(self, decision: Decision, entry: object) -> None:
        if not self._current(decision):
            return
        del self._in_flight[decision.submission_id]
        self._delay = FIRST_RETRY_S
        self.sent.emit(entry)

    def _failed(self, decision: Decision, error: BaseException) -> None:
        if not self._current(decision):
            return
        del self._in_flight[decision.submission_id]
        message = messages.error_text(error)
        if passing(error):
            self._waiting[decision.submission_id] = decision
            if not self._timer.isActive():
                self._timer.start(int(self._delay * 1000))
                self._delay = min(MAX_RETRY_S, self._delay * 2)
            self.waiting.emit(decision, message)
        else:
            self.refused.emit(decision, message)
