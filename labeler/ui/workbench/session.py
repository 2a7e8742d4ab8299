"""Labeling one project: the item on screen, its draft, submitting and moving on.

The store and the network are reached only through the `Runner` (store worker, network
pool); this object reacts to their results and to the sync engine's signals on the GUI
thread. A submission is in the store, fsync'd, before the next item shows.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from labeler.client.activetime import ActiveClock
from labeler.client.trace import Trace
from labeler.client.workitem import WorkItem
from labeler.client.workspace import OpenProject, Workspace
from labeler.core.answers import validate_answer
from labeler.core.editing import EVERY_FIELD, REGION_KINDS, Change, Draft
from labeler.core.hotkeys import one_key_field
from labeler.core.problems import AnswerInvalid
from labeler.core.schema import Schema
from labeler.ui import messages
from labeler.ui.actions import Action
from labeler.ui.bridge import QtSyncListener
from labeler.ui.editor import PREPARING, MediaEditor, picture_box
from labeler.ui.itemdata import content
from labeler.ui.tasks import AHEAD, SHOWN, Runner
from labeler.ui.workbench.assisting import AssistFlow
from labeler.ui.workbench.checking import CheckFlow
from labeler.ui.workbench.goingback import GoingBack, cannot_correct
from labeler.ui.workbench.goldreview import GoldReview
from labeler.ui.workbench.keys import one_key_labels, session_actions
from labeler.ui.workbench.missing import given, joined, refusal
from labeler.ui.workbench.news import SyncNews
from labeler.ui.workbench.page import WorkbenchPage, editor_class
from labeler.ui.workbench.plugins import PluginShelf
from labeler.ui.workbench.queue import ItemQueue, Upcoming
from labeler.ui.workbench.skipping import SkipDialog, ask_skip
from labeler.ui.workbench.watching import ItemWatch, attentive

AUTOSAVE_MS = 700


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
        #: The clock of an item shown before its media: it starts when the media shows.
        self._clock_waiting: ActiveClock | None = None
        #: The active time spent on the item shown before it was shown this time (kept
        #: with its draft): its clock counts on from there.
        self._clock_from = 0
        self.project: OpenProject | None = None
        self.schema: Schema | None = None
        self.editor: MediaEditor | None = None
        self.queue = ItemQueue(self._prepare, self._schedule_prepare)
        self._box = (1920, 1080)  # what `_prepare` fits pictures into: see picture_box
        #: The editor class of the open project's media: what `_prepare` runs.
        self._editor_class: type[MediaEditor] = MediaEditor
        self.queue.on_prepared = self._on_prepared
        self.item: WorkItem | None = None
        self.draft: Draft | None = None
        self.started_at: datetime | None = None
        self._saved_revision = 0
        self.submitting = False
        self.gold_review = GoldReview(self)
        self.back = GoingBack(self, listener)
        self._wired: MediaEditor | None = None
        self.news = SyncNews(self, listener)
        self.skip_dialog: SkipDialog | None = None
        self.plugins: PluginShelf | None = None
        self.assists = AssistFlow(self)
        self.checks = CheckFlow(self)

        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_draft)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self.show_clock)

        # Through a method of this QObject: the connection ends with the session (GoldReview
        # is no QObject, and the listener outlives sessions).
        listener.gold_verdict_.connect(self._on_gold_verdict)
        page.form.changed.connect(self._on_changed)
        page.form.escaped.connect(self._escaped_in_form)
        self.watch = ItemWatch(self)
        self.watch.start()

    def set_plugins(self, plugins: PluginShelf) -> None:
        """The plugins to use (the window's, loaded after the first item): their assists'
        keys come once they are loaded."""
        self.plugins = self.assists.plugins = plugins
        plugins.loaded.connect(self.actions_changed)

    def _on_gold_verdict(self, submission_id: str, item_id: str, verdict: dict[str, Any]) -> None:
        self.gold_review.on_verdict(submission_id, item_id, verdict)

    # -- opening ------------------------------------------------------------------

    def open(self, project: OpenProject) -> None:
        """Show the project: its schema, then its first ready item."""
        # `close` stopped the watch: without it no paint is traced and the active clock
        # never hears a key.
        self.watch.start()
        self.back.reset()
        if self.project is None or self.project.project.id != project.project.id:
            self.gold_review.forget()
        self.project = project
        self.schema = project.schema
        # The first items start decoding now, while the editor is built (on the first
        # open, 10–40 ms of the GUI thread's time before the first picture).
        self._editor_class = editor_class(project.schema.media)
        self.queue.clear()
        self.queue.replace(
            [
                Upcoming(i, project.drafts.get(i.id), project.draft_times.get(i.id, 0))
                for i in project.items
            ]
        )
        self.editor = self.page.set_schema(project.schema, project.project.name)
        self.page.gold.set_schema(project.schema)
        if self._wired is not self.editor:
            self.editor.changed.connect(self._on_changed)
            self.editor.item_ready.connect(self._media_shown)
            if hasattr(self.editor, "original_wanted"):
                self.editor.original_wanted.connect(self._want_original)
            self.editor.assist_asked.connect(self.assists.ask_about)
            self._wired = self.editor
        self.editor.expect_items(project.items)
        self.news.opened()
        self._tick.start()
        self.actions_changed.emit()
        if self.queue.first_ready() is None:
            self.page.show_message(self.tr("Fetching items…"))
        self.show_next(None)

    def close(self) -> None:
        """Save the draft with the time spent on its item, and stop (the project stays
        leased until its leases run out)."""
        self.back.reset()
        self.assists.drop()
        self.save_draft(with_time=True)
        self._tick.stop()
        self.item = None
        self.watch.stop()

    # -- keys -----------------------------------------------------------------------

    def key_actions(self) -> list[Action]:
        """The labeling keys: labels from the schema, then submit, skip, undo, redo."""
        return session_actions(self)

    @property
    def _reviewing(self) -> bool:
        """A missed control item is shown instead of the current one."""
        return self.gold_review.reviewing is not None

    @property
    def elsewhere(self) -> bool:
        """Another item than the current one is on screen (an earlier or a missed one)."""
        return self._reviewing or self.back.active

    def pick_label(self, field: str, label: str) -> None:
        """A label hotkey: region labels go to the editor, the rest to the form; a lone
        required choice answers and submits at once."""
        if self.back.active:
            self.back.pick_label(field, label)
            return
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

    def choose_side(self, side: str, much: bool = False) -> None:
        """A pairwise key: the candidate on the `side` of the screen ("left", "right")
        is better (`much`: much better), or "tie"."""
        if self.draft is None or self._reviewing:
            return
        self.page.form.comparison.choose(side, much)

    def shown_candidates(self) -> list[str]:
        """The candidate keys of the item on screen (none before an item shows)."""
        return content.candidate_keys(self.page.form.shown_data)

    def focus_candidate(self, key: str) -> None:
        """Alt+letter: the flags go to candidate `key`."""
        if self.draft is not None and not self._reviewing:
            self.page.form.comparison.focus_candidate(key)

    def undo(self) -> None:
        """Undo on the item shown; with nothing left to undo right after a submit, bring
        the item just submitted back to correct it."""
        if self.back.active:
            self.back.undo()
            return
        if self._reviewing:
            return
        change = self.draft.undo() if self.draft is not None else None
        if change is not None:
            self._refresh(change)
        elif self.back.just_submitted and not self.submitting:
            self.back.back()

    def redo(self) -> None:
        if self.back.active:
            self.back.redo()
        elif self.draft is not None and not self._reviewing:
            self._refresh(self.draft.redo())

    def discard(self) -> None:
        """Back to the item as it came (its prefill, else empty) and forget its draft in
        the local store; one undo step, so Ctrl+Z brings the answer back (and saves it)."""
        item, draft = self.item, self.draft
        if self.back.active:
            self.status.emit(self.tr("Discard works on the current item: Esc goes back to it."))
            return
        if item is None or draft is None or self.submitting or self._reviewing:
            return
        change = draft.replace_answer(item.prefill if isinstance(item.prefill, dict) else {})
        if change is None:
            self.status.emit(self.tr("Nothing to discard: the item is as it came."))
            return
        self._refresh(change)
        self._autosave.stop()
        self._saved_revision = draft.revision
        self.queue.remember_draft(item.id, None, self.item_ms())
        self.runner.db(self.workspace.discard_draft, item.id)
        self.status.emit(self.tr("Draft discarded: {key} brings it back.").format(key="Ctrl+Z"))

    def apply_change(self, change: Change) -> None:
        """A change made to the draft outside the editor (an assist's proposal accepted):
        the editor and the form redraw it, and the draft saves."""
        self._refresh(change)

    def _refresh(self, change: Change | None) -> None:
        if change is None or self.editor is None:
            return
        if change.field == EVERY_FIELD and self.item is not None and self.draft is not None:
            self.assists.drop()  # the answer they were asked about is gone
            self.editor.show_item(self.item, self.draft, self.prepared_for(self.item))
            self.page.form.show_item(self.draft, self.item.data)
        else:
            self.editor.refresh(change)
            self.page.form.refresh(change)
        self._on_changed(change)

    # -- submitting -------------------------------------------------------------------

    def submit(self) -> None:
        """Check the answer (the schema, then the installed checks, whose warnings the
        annotator may submit past), store it durably (store worker), then show the next
        item; on an earlier item, send its correction."""
        if self.back.active:
            self.back.submit()
            return
        if self.item is None or self.draft is None or self.submitting or self._reviewing:
            return
        if self.checks.busy:
            return
        answer = self.draft.answer()
        # What only the workbench knows is left: a ranking's candidates not placed, a
        # record's keys not checked (a prefill proposes; it never confirms).
        left = self.page.form.comparison.unfinished()
        try:
            assert self.schema is not None
            validate_answer(self.schema, answer, self.item.context())
        except AnswerInvalid as exc:
            said = refusal(exc, left, self.schema, self.item.data)
            if not any(given(value) for value in answer.values()):
                # Nothing answered yet: no failed submission, just what answers the item.
                one_key = one_key_labels(self.schema, self.page.keys)
                self.page.show_nothing_to_send(
                    self.tr("{keys} answers this item and sends it").format(keys=one_key)
                    if one_key
                    else joined([line for _, line in said])
                )
                return
            self.page.show_refusal(said)
            return
        if left:
            self.page.show_refusal(refusal(None, left, self.schema, self.item.data))
            return
        item = self.item

        def send() -> None:
            if self.item is item and not self.submitting and not self.elsewhere:
                self._send(answer, None)

        self.checks.before_submit(answer, send)

    def skip(self) -> None:
        """Ask why (numbered reasons, a comment), then submit a skip of the item asked
        about (on an earlier item: correct it into one)."""
        earlier = self.back.shown
        item = earlier.item if earlier is not None else self.item
        if item is None or self.schema is None:
            return
        if earlier is not None and earlier.blocked is not None:
            self.status.emit(cannot_correct(earlier))
            return
        if earlier is None and (self.submitting or self._reviewing):
            return

        def skipped(reason: str) -> None:
            if earlier is not None:
                if self.back.shown is earlier:
                    self.back.skip(reason)
            elif self.item is item and not self.submitting and not self._reviewing:
                self._send(None, reason)

        self.skip_dialog = ask_skip(self.page, self.schema.media, item.media_error, skipped)

    def _send(self, answer: dict[str, Any] | None, skip_reason: str | None) -> None:
        item, started = self.item, self.started_at
        assert item is not None and started is not None
        self.submitting = True
        # A key before the last switch painted keeps the earlier start: the trace may
        # overstate a switch, never hide one.
        self.watch.asked()
        self.page.show_problems([])
        active_ms = self.clock.stop()
        self._autosave.stop()

        def stored(submission_id: str) -> None:
            self.submitting = False
            self.trace.submitted(item.id, submission_id)
            self.queue.mark_done(item.id)
            self.gold_review.submitted(item, answer)
            self.show_next(item.id)
            self.back.just_submitted = True  # Ctrl+Z now brings it back

        def failed(error: BaseException) -> None:
            self.submitting = False
            self.watch.asked_at = None
            self.clock.resume()
            self.page.show_problems([messages.error_text(error)])

        self.runner.db(
            lambda: self.workspace.submit(
                item, answer, skip_reason, started_at=started, active_ms=active_ms
            ),
            done=stored,
            failed=failed,
        )

    # -- showing items ------------------------------------------------------------------

    def show_next(self, after: str | None) -> None:
        """Show the next ready item after `after` (None: the first), or say why none is."""
        upcoming = self.queue.after(after) if after else self.queue.first_ready()
        if upcoming is None:
            self.item = None
            self.draft = None
            if self.news.locked:
                self.page.show_message(
                    self.tr("This project is locked: {reason}").format(reason=self.news.locked)
                )
            elif self.news.no_work and not len(self.queue):
                self.page.show_message(self.tr("No items left for you in this project. Thank you!"))
            else:
                self.page.show_message(self.tr("Fetching the next items…"))
            self.show_clock()
            return
        self._show(upcoming)

    def _show(self, upcoming: Upcoming) -> None:
        assert self.editor is not None and self.schema is not None
        item = upcoming.item
        self.watch.asked()
        base = upcoming.draft if upcoming.draft is not None else item.prefill
        self.item = item
        self.draft = Draft(self.schema, base if isinstance(base, dict) else None)
        self._saved_revision = self.draft.revision
        self.started_at = datetime.now(UTC)
        self.editor.show_item(item, self.draft, self.prepared_for(item))
        # Once the editor knows whether its media is still on its way; a draft brought
        # back goes on from the time already spent on it.
        self.new_clock(upcoming.active_ms)
        self.page.form.show_item(self.draft, item.data)
        notes = []
        if item.prefill:
            notes.append(self.tr("pre-filled: confirm or correct"))
        if item.media_error:
            notes.append(item.media_error)
        self.page.show_editor(len(self.queue), notes)
        self.page.focus_item()
        self.queue.prepare_ahead()
        self.watch.await_paint()

    @property
    def settled(self) -> bool:
        """An item is shown and painted, and no answer is being stored (what a person
        sees before the next key; drivers and tests wait for it)."""
        return (
            self.item is not None
            and not self.submitting
            and self.watch.asked_at is None
            and not self.watch.paint_pending
        )

    # -- drafts -------------------------------------------------------------------------

    def _on_changed(self, _change: object) -> None:
        self.clock.activity()
        if self.back.active:
            self.back.changed()
        else:
            self.back.just_submitted = False
        self.page.show_problems([])
        if self.draft is not None and self.draft.revision != self._saved_revision:
            self._autosave.start()

    def save_draft(self, with_time: bool = False) -> None:
        """Autosave the current item's draft now, if it changed (store worker), with the
        active time spent on the item so far; `with_time`: also when only the time did
        (the item leaves the screen unanswered: a quit, another project)."""
        if self.item is None or self.draft is None:
            return
        spent = self.item_ms()
        if self.draft.revision == self._saved_revision and not (with_time and spent > 0):
            return
        self._saved_revision = self.draft.revision
        answer = self.draft.kept()  # with a record's keys checked so far
        self.queue.remember_draft(self.item.id, answer, spent)
        self.runner.db(self.workspace.save_draft, self.item.id, answer, spent)

    def item_ms(self) -> int:
        """The active time spent on the current item so far, with what was spent on it
        before it was shown this time."""
        if self._clock_waiting is not None and self._clock_waiting is self.clock:
            return self._clock_from  # its media is not on screen yet: not begun again
        return self.clock.active_ms()

    # -- what the editor asks for ---------------------------------------------------------

    def _want_original(self, item_id: str) -> None:
        item = self.item
        if item is None or item.id != item_id:
            return

        def found(path: object) -> None:
            if path is not None and self.item is item and self.editor is not None:
                self.editor.set_original(path, item.id)  # type: ignore[attr-defined]

        self.runner.db(self.workspace.fetch_original, item, done=found)

    def _schedule_prepare(
        self, job: Callable[[], Any], done: Callable[[Any], object], shown: bool = False
    ) -> object:
        # Measured on the GUI thread: the box of the editor of this media kind, once built.
        editor = self.editor if isinstance(self.editor, self._editor_class) else None
        if not hasattr(self._editor_class, "prepare_box"):
            self._box = picture_box(editor or self.page)
        elif editor is not None and editor.isVisible():
            self._box = editor.prepare_box()  # type: ignore[attr-defined]
        else:  # not built or not shown yet (a message in its place): the place it takes
            self._box = self.page.editor_box()
        priority = SHOWN if shown else AHEAD
        # Preparing never raises; if it did, the editor waiting for it decodes it itself.
        return self.runner.decode(job, done=done, failed=lambda _: done(None), priority=priority)

    def _prepare(self, item: WorkItem) -> Any:
        """Runs on a decode worker, with the box measured on the GUI thread."""
        return self._editor_class.prepare(item, self._box)

    def prepared_for(self, item: WorkItem) -> Any:
        """What `show_item` gets for `item`: its prepared media, PREPARING while the
        queue's decode of it runs (one decode per item, whoever asks first), or None."""
        if self.queue.is_prepared(item.id):
            return self.queue.prepared(item.id)
        if item.display_path is None and item.media is not None:
            return None  # nothing to decode yet: the editor says why
        # Not begun: the queue's decode of it starts now, before anything prepared ahead,
        # and is the only one (prepare_ahead would otherwise start a second).
        self.queue.prepare_now(item)
        return PREPARING

    def _on_prepared(self, item_id: str) -> None:
        if self.editor is not None:  # shown while it was being prepared: it waits for it
            self.editor.take_prepared(item_id, self.queue.prepared(item_id))
        if self.item is None and not self.submitting and not self.elsewhere:
            self.show_next(None)

    # -- the current item again ---------------------------------------------------------

    def end_review(self) -> None:
        """Leave the earlier or the missed control item and return to the current one
        (else: Escape dismisses the gold banner); the problems line goes too."""
        self.page.show_problems([])
        if self.back.active:
            self.back.leave()
        elif self.editor is None or not self.gold_review.end():
            self.page.gold.dismiss()

    def _escaped_in_form(self) -> None:
        """Escape in a box of the missed control item's form (where the keyboard is when
        it shows) goes back at once, as its header says: nothing there is edited."""
        if self.gold_review.reviewing:
            self.end_review()
            self.page.focus_item()

    def show_current(self) -> None:
        """Show the current item again with its draft as it was left (after another item
        was looked at), or the next one."""
        assert self.editor is not None
        current = self.item
        if current is not None and self.draft is not None:
            self.editor.show_item(current, self.draft, self.prepared_for(current))
            self.page.form.show_item(self.draft, current.data)
            self.page.show_editor(len(self.queue), [])
        else:
            self.show_next(None)
        self.page.focus_item()

    # -- feedback -------------------------------------------------------------------------

    def new_clock(self, already_ms: int = 0) -> None:
        """Another item is on screen: its active time from zero (or from `already_ms`
        spent on it before), in the bar at once (the bar's tick would show the item
        before's time until the next second). Call it after the editor's `show_item`: an
        item whose media is still being decoded starts counting when the media shows,
        not before."""
        self.clock = ActiveClock(self.clock.idle_seconds)
        self.clock.focus(attentive())
        self._clock_from = max(0, already_ms)
        if self.editor is not None and self.editor.loading:
            self._clock_waiting = self.clock
        else:
            self._clock_waiting = None
            self.clock.start(already_ms=self._clock_from)
        self.show_clock()

    def _media_shown(self) -> None:
        if self._clock_waiting is not None and self._clock_waiting is self.clock:
            self._clock_waiting = None
            self.clock.start(already_ms=self._clock_from)
            self.show_clock()

    def show_clock(self) -> None:
        """The bar's item timer reads the clock now (no time when no item is shown)."""
        if self.item is None and not self.back.active:
            self.page.feedback.clear_item_time()
            return
        loading = self._clock_waiting is self.clock  # not paused: not begun
        shown = self.back.shown
        if shown is not None:
            # An earlier item: the time of its correction, which is sent with it, and
            # the time its answer took (which it keeps).
            self.page.feedback.set_correction_time(
                self.clock.active_ms(),
                self.clock.paused() and not loading,
                shown.spent_ms,
                shown.blocked is not None,
            )
            return
        self.page.feedback.set_item_time(self.item_ms(), self.clock.paused() and not loading)
