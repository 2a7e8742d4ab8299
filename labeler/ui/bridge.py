"""The sync engine's listener as Qt signals, delivered on the GUI thread.

The engine calls these methods from its worker threads; a signal emitted there reaches
slots of GUI-thread objects through Qt's queued connections. What the task server says
(a locked pool's reason, why a sign-in or an answer was refused) is worded in the
interface's language on the way (`labeler.ui.messages`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from labeler.client.listener import SyncListener
from labeler.client.wire import MessageCode
from labeler.ui import messages


class QtSyncListener(QObject, SyncListener):
    """Every `SyncListener` callback re-emitted as a signal of the same name + `_`."""

    connection_changed_ = Signal(bool)
    auth_required_ = Signal(str)
    token_renewed_ = Signal(str)
    items_changed_ = Signal(str, int)
    no_more_work_ = Signal(str)
    project_locked_ = Signal(str, str)
    media_progress_ = Signal(str, str, int, object)
    media_ready_ = Signal(str, str, object)
    media_failed_ = Signal(str, str, str)
    outbox_changed_ = Signal(object)
    submission_uploaded_ = Signal(str, str, str)
    submission_refused_ = Signal(str, str, str, str)
    gold_verdict_ = Signal(str, str, object)
    problem_ = Signal(str)
    #: The task server takes workbenches from a newer version on: what to do, in words.
    workbench_too_old_ = Signal(str)

    def connection_changed(self, online: bool) -> None:
        self.connection_changed_.emit(online)

    def auth_required(self, message: str) -> None:
        self.auth_required_.emit(messages.words(message))

    def token_renewed(self, token: str) -> None:
        self.token_renewed_.emit(token)

    def items_changed(self, project_id: str, open_items: int) -> None:
        self.items_changed_.emit(project_id, open_items)

    def no_more_work(self, project_id: str) -> None:
        self.no_more_work_.emit(project_id)

    def project_locked(self, project_id: str, reason: str, said: MessageCode | None = None) -> None:
        self.project_locked_.emit(project_id, messages.text(said, reason))

    def media_progress(self, sha256: str, variant: str, done: int, total: int | None) -> None:
        self.media_progress_.emit(sha256, variant, done, total)

    def media_ready(self, sha256: str, variant: str, path: Path) -> None:
        self.media_ready_.emit(sha256, variant, path)

    def media_failed(self, sha256: str, variant: str, message: str) -> None:
        self.media_failed_.emit(sha256, variant, message)

    def outbox_changed(self, counts: dict[str, int]) -> None:
        self.outbox_changed_.emit(dict(counts))

    def submission_uploaded(self, submission_id: str, item_id: str, status: str) -> None:
        self.submission_uploaded_.emit(submission_id, item_id, status)

    def submission_refused(self, submission_id: str, item_id: str, code: str, message: str) -> None:
        self.submission_refused_.emit(submission_id, item_id, code, messages.words(message))

    def gold_verdict(self, submission_id: str, item_id: str, verdict: dict[str, Any]) -> None:
        self.gold_verdict_.emit(submission_id, item_id, dict(verdict))

    def problem(self, message: str) -> None:
        self.problem_.emit(message)

    def workbench_too_old(self, needed: str, ours: str, download_url: str) -> None:
        self.workbench_too_old_.emit(messages.too_old_text(needed, ours, download_url or None))
