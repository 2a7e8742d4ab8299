"""Labeling one project: the item on screen, its draft, submitting and moving on.

The store and the network are reached only through the `Runner` (store worker, network
pool); this object reacts to their results and to the sync engine's signals on the GUI
thread. A submission is in the store, fsync'd, before the next item shows.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QInputDialog, QWidget

from labeler.client.activetime import ActiveClock
from labeler.client.trace import Trace
from labeler.client.workitem import WorkItem
from labeler.client.workspace import OpenProject, Workspace
from labeler.core.answers import ItemContext, validate_answer
from labeler.core.editing import EVERY_FIELD, REGION_KINDS, Change, Draft
from labeler.core.hotkeys import label_keys, one_key_field
from labeler.core.problems import AnswerInvalid
from labeler.core.schema import Schema
from labeler.core.scoring import score_answer
from labeler.ui.actions import Action
from labeler.ui.bridge import QtSyncListener
from labeler.ui.editor import MediaEditor, picture_box
from labeler.ui.tasks import Runner
from labeler.ui.workbench.page import WorkbenchPage
from labeler.ui.workbench.queue import ItemQueue, Upcoming

AUTOSAVE_MS = 700
_RECENT = 30


class LabelingSession(QObject):
    """The controller of the workbench page for one open project."""

    #: The list of key actions changed (a new schema): the window re-installs its keymap.
    actions_changed = Signal()
    #: The first item was painted (for the startup trace).
    first_item_shown = Signal()
    status = Signal(str)

    def __init__(
        self,
        page: WorkbenchPage,
        runner: Runner,
        workspace: Workspace,
        listener: QtSyncListener,
        trace: Trace,
        idle_seconds: float = 30.0,
    ) -> None:
        super().__init__(page)
        self.page = page
        self.runner = runner
        self.workspace = workspace
        self.trace = trace
        self.clock = ActiveClock(idle_seconds)
        self.project: OpenProject | None = None
        self.schema: Schema | None = None
        self.editor: MediaEditor | None = None
        self.queue = ItemQueue(self._prepare, self._schedule_prepare)
        self._box = (1920, 1080)  # what `_prepare` fits pictures into: see picture_box
        self.queue.on_prepared = self._on_prepared
        self.item: WorkItem | None = None
        self.draft: Draft | None = None
        self.started_at: datetime | None = None
        self._saved_revision = 0
        self._submitting = False
        self._asked_at: float | None = None
        self._shown_any = False
        self._recent: dict[str, tuple[WorkItem, dict[str, Any] | None]] = {}
        self._reviewing: str | None = None
        self._verdict: tuple[str, dict[str, Any]] | None = None
        self._paint_pending = False
        self._wired: MediaEditor | None = None
        self._no_work = False
        self._locked: str | None = None

        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self._save_draft)
        self._reload = QTimer(self)
        self._reload.setSingleShot(True)
        self._reload.setInterval(50)
        self._reload.timeout.connect(self._read_items)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._update_clock)

        listener.items_changed_.connect(self._on_items_changed)
        listener.no_more_work_.connect(self._on_no_more_work)
        listener.project_locked_.connect(self._on_locked)
        listener.gold_verdict_.connect(self._on_gold_verdict)
        listener.submission_uploaded_.connect(self._on_uploaded)
        listener.media_ready_.connect(self._on_media_ready)
        listener.media_progress_.connect(self._on_media_progress)
        page.form.changed.connect(self._on_changed)
        page.gold.show_expected_toggled.connect(self._toggle_expected)
        page.gold.contest_requested.connect(self._contest)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    # -- opening ------------------------------------------------------------------

    def open(self, project: OpenProject) -> None:
        """Show the project: its schema, then its first ready item."""
        app = QApplication.instance()
        if app is not None:
            # `close` took the filter away: without it no paint is traced and the
            # active clock never hears a key.
            app.installEventFilter(self)
        if self.project is None or self.project.project.id != project.project.id:
            # What was answered in another project cannot be shown with this schema.
            self._recent.clear()
            self._verdict = None
            self.page.gold.hide()
        self.project = project
        self.schema = project.schema
        self.editor = self.page.set_schema(project.schema, project.project.name)
        self.page.gold.set_schema(project.schema)
        if self._wired is not self.editor:
            self.editor.changed.connect(self._on_changed)
            if hasattr(self.editor, "original_wanted"):
                self.editor.original_wanted.connect(self._want_original)
            self._wired = self.editor
        self.queue.clear()
        self.queue.replace([Upcoming(i, project.drafts.get(i.id)) for i in project.items])
        self._reload_items()
        self._tick.start()
        self.actions_changed.emit()
        if self.queue.first_ready() is None:
            self.page.show_message("Fetching items…")
        self._show_next(None)

    def close(self) -> None:
        """Save the draft and stop (the project stays leased until its leases run out)."""
        self._save_draft()
        self._tick.stop()
        self.item = None
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    # -- keys -----------------------------------------------------------------------

    def key_actions(self) -> list[Action]:
        """The labeling keys: labels from the schema, then submit, skip, undo, redo."""
        actions: list[Action] = []
        if self.schema is not None:
            for key in label_keys(self.schema):
                actions.append(
                    Action(
                        f"label.{key.field}.{key.label}",
                        f"{key.label} ({key.field})",
                        (key.key,),
                        lambda k=key: self.pick_label(k.field, k.label),
                        group="Labels",
                    )
                )
        actions += [
            Action(
                "item.submit",
                "Submit and show the next item",
                ("Return", "Enter"),
                self.submit,
                group="Item",
            ),
            Action(
                "item.submit_typing",
                "Submit (also while typing)",
                ("Ctrl+Return",),
                self.submit,
                group="Item",
                while_typing=True,
            ),
            Action(
                "item.skip",
                "Skip this item (with a reason)…",
                ("Ctrl+K",),
                self.skip,
                group="Item",
                while_typing=True,
            ),
            Action(
                "item.discard",
                "Discard this item's draft (Ctrl+Z brings it back)",
                ("Ctrl+Shift+Backspace",),
                self.discard,
                group="Item",
                while_typing=True,
            ),
            Action("edit.undo", "Undo", ("Ctrl+Z",), self.undo, group="Item", while_typing=True),
            Action(
                "edit.redo",
                "Redo",
                ("Ctrl+Shift+Z", "Ctrl+Y"),
                self.redo,
                group="Item",
                while_typing=True,
            ),
            Action(
                "gold.expected",
                "Show the expected answer of a missed control item",
                ("Ctrl+G",),
                self.toggle_expected,
                group="Item",
            ),
            Action(
                "gold.back", "Back to the current item", ("Escape",), self.end_review, group="Item"
            ),
        ]
        if self.editor is not None:
            actions += self.editor.key_actions()
        return actions

    def pick_label(self, field: str, label: str) -> None:
        """A label hotkey: region labels go to the editor, the rest to the form; a lone
        required choice answers and submits at once."""
        if self.draft is None or self.schema is None or self._reviewing:
            return
        kind = self.schema.field(field).kind
        if kind in REGION_KINDS:
            if self.editor is not None:
                self.editor.pick_label(field, label)
            return
        self.page.form.pick_label(field, label)
        only = one_key_field(self.schema)
        if only is not None and only.name == field:
            self.submit()

    def undo(self) -> None:
        if self.draft is not None and not self._reviewing:
            self._refresh(self.draft.undo())

    def redo(self) -> None:
        if self.draft is not None and not self._reviewing:
            self._refresh(self.draft.redo())

    def discard(self) -> None:
        """Back to the item as it came (its prefill, else empty) and forget its draft in
        the local store; one undo step, so Ctrl+Z brings the answer back (and saves it)."""
        item, draft = self.item, self.draft
        if item is None or draft is None or self._submitting or self._reviewing:
            return
        change = draft.replace_answer(item.prefill if isinstance(item.prefill, dict) else {})
        if change is None:
            self.status.emit("Nothing to discard: the item is as it came.")
            return
        self._refresh(change)
        self._autosave.stop()
        self._saved_revision = draft.revision
        self.queue.remember_draft(item.id, None)
        self.runner.db(self.workspace.discard_draft, item.id)
        self.status.emit("Draft discarded: Ctrl+Z brings it back.")

    def _refresh(self, change: Change | None) -> None:
        if change is None or self.editor is None:
            return
        if change.field == EVERY_FIELD and self.item is not None and self.draft is not None:
            self.editor.show_item(self.item, self.draft, self.queue.prepared(self.item.id))
            self.page.form.show_item(self.draft)
        else:
            self.editor.refresh(change)
            self.page.form.refresh(change)
        self._on_changed(change)

    # -- submitting -------------------------------------------------------------------

    def submit(self) -> None:
        """Check the answer, store it durably (store worker), then show the next item."""
        if self.item is None or self.draft is None or self._submitting or self._reviewing:
            return
        answer = self.draft.answer()
        try:
            assert self.schema is not None
            validate_answer(self.schema, answer, _context(self.item))
        except AnswerInvalid as exc:
            self.page.show_problems([f"{p.path or 'answer'}: {p.message}" for p in exc.problems])
            return
        self._send(answer, None)

    def skip(self) -> None:
        """Ask for a reason, then submit a skip."""
        if self.item is None or self._submitting or self._reviewing:
            return
        reason, ok = QInputDialog.getText(
            self.page, "Skip this item", "Why skip it? (the reviewer sees your reason)"
        )
        if ok and reason.strip():
            self._send(None, reason.strip())

    def _send(self, answer: dict[str, Any] | None, skip_reason: str | None) -> None:
        item, started = self.item, self.started_at
        assert item is not None and started is not None
        self._submitting = True
        if self._asked_at is None:
            # A key before the last switch painted keeps the earlier start: the trace may
            # overstate a switch, never hide one.
            self._asked_at = time.perf_counter()
        self.page.show_problems([])
        active_ms = self.clock.stop()
        self._autosave.stop()

        def stored(submission_id: str) -> None:
            self._submitting = False
            self.trace.submitted(item.id, submission_id)
            self._recent[item.id] = (item, answer)
            while len(self._recent) > _RECENT:
                self._recent.pop(next(iter(self._recent)))
            self.queue.mark_done(item.id)
            training = item.training
            if training is not None and answer is not None and self.schema is not None:
                verdict = score_answer(self.schema, answer, training.answer).to_json()
                verdict.update(expected=training.answer, hint=training.hint)
                self._verdict = (item.id, verdict)
                self.page.gold.show_verdict(None, item.id, verdict, True)
            self._show_next(item.id)

        def failed(error: BaseException) -> None:
            self._submitting = False
            self._asked_at = None
            self.clock.start()
            self.page.show_problems([str(error) or type(error).__name__])

        self.runner.db(
            lambda: self.workspace.submit(
                item, answer, skip_reason, started_at=started, active_ms=active_ms
            ),
            done=stored,
            failed=failed,
        )

    # -- showing items ------------------------------------------------------------------

    def _show_next(self, after: str | None) -> None:
        upcoming = self.queue.after(after) if after else self.queue.first_ready()
        if upcoming is None:
            self.item = None
            self.draft = None
            if self._locked:
                self.page.show_message(f"This project is locked: {self._locked}")
            elif self._no_work and not len(self.queue):
                self.page.show_message("No items left for you in this project. Thank you!")
            else:
                self.page.show_message("Fetching the next items…")
            return
        self._show(upcoming)

    def _show(self, upcoming: Upcoming) -> None:
        assert self.editor is not None and self.schema is not None
        item = upcoming.item
        if self._asked_at is None:
            self._asked_at = time.perf_counter()
        base = upcoming.draft if upcoming.draft is not None else item.prefill
        self.item = item
        self.draft = Draft(self.schema, base if isinstance(base, dict) else None)
        self._saved_revision = self.draft.revision
        self.started_at = datetime.now(UTC)
        self.clock = ActiveClock(self.clock.idle_seconds)
        self.clock.start()
        self.editor.show_item(item, self.draft, self.queue.prepared(item.id))
        self.page.form.show_item(self.draft)
        notes = []
        if item.prefill:
            notes.append("pre-filled: confirm or correct")
        if item.media_error:
            notes.append(item.media_error)
        self.page.show_editor(len(self.queue), notes)
        self.editor.setFocus()
        self.queue.prepare_ahead()
        self._await_paint()

    @property
    def settled(self) -> bool:
        """An item is shown and painted, and no answer is being stored (what a person
        sees before the next key; drivers and tests wait for it)."""
        return (
            self.item is not None
            and not self._submitting
            and self._asked_at is None
            and not self._paint_pending
        )

    def _await_paint(self) -> None:
        self._paint_pending = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        kind = event.type()
        if kind == QEvent.Type.Paint and self._paint_pending:
            if (
                isinstance(watched, QWidget)
                and self.editor is not None
                and (watched is self.editor or self.editor.isAncestorOf(watched))
            ):
                self._paint_pending = False
                QTimer.singleShot(0, self._painted)
        elif kind in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel):
            self.clock.activity()
        elif kind == QEvent.Type.ApplicationStateChange:
            self.clock.focus(QApplication.applicationState().name == "ApplicationActive")
        return False

    def _painted(self) -> None:
        if self.item is None:
            return
        if self._asked_at is not None:
            latency = (time.perf_counter() - self._asked_at) * 1000
            self.trace.item_shown(self.item.id, round(latency, 2))
            self._asked_at = None
        if not self._shown_any:
            self._shown_any = True
            self.first_item_shown.emit()

    # -- drafts -------------------------------------------------------------------------

    def _on_changed(self, _change: object) -> None:
        self.clock.activity()
        self.page.show_problems([])
        if self.draft is not None and self.draft.revision != self._saved_revision:
            self._autosave.start()

    def _save_draft(self) -> None:
        if self.item is None or self.draft is None:
            return
        if self.draft.revision == self._saved_revision:
            return
        self._saved_revision = self.draft.revision
        answer = self.draft.answer()
        self.queue.remember_draft(self.item.id, answer)
        self.runner.db(self.workspace.save_draft, self.item.id, answer)

    # -- the sync engine's news -----------------------------------------------------------

    def _reload_items(self) -> None:
        """Re-read the open items soon: a burst of media downloads makes one store read."""
        self._reload.start()

    def _read_items(self) -> None:
        def read() -> list[Upcoming]:
            items = self.workspace.open_items()
            drafts = self.workspace.drafts(items)
            return [Upcoming(i, drafts.get(i.id)) for i in items]

        self.runner.db(read, done=self._items_read)

    def _items_read(self, upcoming: list[Upcoming]) -> None:
        self.queue.replace(upcoming)
        if self.item is None and not self._submitting:
            self._show_next(None)
        elif self.item is not None:
            total = len(self.queue)
            self.page.progress.setText(f"{total} items ready")

    def _on_items_changed(self, project_id: str, _open: int) -> None:
        if self.project is not None and project_id == self.project.project.id:
            self._no_work = False
            self._reload_items()

    def _on_media_ready(self, _sha: str, variant: str, path: object) -> None:
        if variant != "original":
            self._reload_items()
            return
        if (
            self.item is not None
            and self.editor is not None
            and hasattr(self.editor, "set_original")
        ):
            media = self.item.media
            if media is not None and media.sha256 == _sha:
                self.editor.set_original(path, self.item.id)

    def _on_media_progress(self, _sha: str, variant: str, done: int, total: object) -> None:
        # Waiting for the first item: say how far its media has come.
        if self.item is not None or self._locked or variant == "original":
            return
        if isinstance(total, int) and total > 0:
            text = f"Fetching media… {done / 1e6:.1f} of {total / 1e6:.1f} MB"
        else:
            text = f"Fetching media… {done / 1e6:.1f} MB"
        self.page.show_message(text)

    def _want_original(self, item_id: str) -> None:
        item = self.item
        if item is None or item.id != item_id:
            return

        def found(path: object) -> None:
            if path is not None and self.item is item and self.editor is not None:
                self.editor.set_original(path, item.id)  # type: ignore[attr-defined]

        self.runner.db(self.workspace.fetch_original, item, done=found)

    def _schedule_prepare(self, job: Callable[[], Any], done: Callable[[Any], object]) -> object:
        self._box = picture_box(self.editor or self.page)  # measured on the GUI thread
        return self.runner.decode(job, done=done)

    def _prepare(self, item: WorkItem) -> Any:
        """Runs on a decode worker, with the box measured on the GUI thread."""
        assert self.editor is not None
        return type(self.editor).prepare(item, self._box)

    def _on_prepared(self, item_id: str) -> None:
        if self.item is None and not self._submitting:
            self._show_next(None)

    def _on_no_more_work(self, project_id: str) -> None:
        if self.project is not None and project_id == self.project.project.id:
            self._no_work = True
            if self.item is None:
                self._show_next(None)

    def _on_locked(self, project_id: str, reason: str) -> None:
        if self.project is not None and project_id == self.project.project.id:
            self._locked = reason
            if self.item is None:
                self._show_next(None)

    def _on_uploaded(self, submission_id: str, item_id: str, status: str) -> None:
        self.trace.uploaded(submission_id, item_id=item_id, status=status)

    # -- gold -----------------------------------------------------------------------------

    def _on_gold_verdict(self, submission_id: str, item_id: str, verdict: dict[str, Any]) -> None:
        passed = bool(verdict.get("passed"))
        if item_id not in self._recent:
            # An item of a project closed since (or long ago): its verdict is in the history.
            if not passed:
                self.status.emit(
                    "A control item answered earlier was missed: see your history (Ctrl+H)."
                )
            self.trace.gold_feedback(item_id, passed, submission_id=submission_id, shown=False)
            return
        self.trace.gold_feedback(item_id, passed, submission_id=submission_id)
        training = bool(self.project and self.project.project.training)
        if training:
            return  # already shown from the batch
        self._verdict = (item_id, verdict)
        self.page.gold.show_verdict(submission_id, item_id, verdict, False)

    def toggle_expected(self) -> None:
        """Show (or leave) the missed control item with its expected answer."""
        button = self.page.gold.expected_button
        if self.page.gold.isVisible() and button.isVisible():
            button.toggle()

    def _toggle_expected(self, on: bool) -> None:
        if not on:
            self.end_review()
            return
        if self._verdict is None:
            return
        item_id, verdict = self._verdict
        recent = self._recent.get(item_id)
        if recent is None or verdict is None or self.editor is None or self.schema is None:
            return
        item, answer = recent
        self._save_draft()
        self._reviewing = item.id
        draft = Draft(self.schema, answer)
        self.editor.show_item(item, draft, self.queue.prepared(item.id))
        self.editor.show_expected(verdict.get("expected"))
        self.page.form.show_item(draft)
        self.page.form.show_expected(verdict.get("expected"))
        self.page.show_editor(0, ["the missed control item — Esc goes back"])
        self.page.progress.setText("reviewing")

    def end_review(self) -> None:
        """Leave the missed control item and return to the current one (else: Escape
        dismisses the gold banner)."""
        if not self._reviewing or self.editor is None:
            self.page.gold.dismiss()
            return
        self._reviewing = None
        self.page.gold.expected_button.setChecked(False)
        self.editor.show_expected(None)
        self.page.form.show_expected(None)
        current = self.item
        if current is not None and self.draft is not None:
            self.editor.show_item(current, self.draft, self.queue.prepared(current.id))
            self.page.form.show_item(self.draft)
            self.page.show_editor(len(self.queue), [])
        else:
            self._show_next(None)
        self.editor.setFocus()

    def _contest(self, submission_id: str, reason: str) -> None:
        def done(_: object) -> None:
            self.page.gold.contest_done(submission_id)
            self.status.emit("Your contest was sent to the project's lead.")

        def failed(error: BaseException) -> None:
            self.page.gold.contest_failed(submission_id, error)

        self.runner.net(self.workspace.contest, submission_id, reason, done=done, failed=failed)

    # -- feedback -------------------------------------------------------------------------

    def _update_clock(self) -> None:
        self.page.feedback.set_item_time(self.clock.active_ms(), self.clock.paused())


def _context(item: WorkItem) -> ItemContext:
    media = item.media
    return ItemContext(
        text=item.text,
        width=media.width if media else None,
        height=media.height if media else None,
        duration=media.duration if media else None,
    )
