"""The review workspace: the queue on the left, the selected item's panes on the right
(a grid, or one large pane with a strip of thumbnails, by the media's shape), decisions by
keyboard.

A (accept) and R (reject, with a reason) decide the selected submission and move on to
the next one still pending; J / Down and K / Up step through the queue; Tab and
Shift+Tab show the next or previous pane large, V flips between one large pane and
all panes side by side. Every call to
the task server runs on the runner's network pool and every decode on its decoding
pool; what comes back for an item no longer shown is dropped. Errors go to the status
line, and a decision the server could not take yet waits and is sent again.
"""

from __future__ import annotations

from collections import OrderedDict
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from labeler.client.api import TaskServer
from labeler.client.reviewing import ReviewClient, ReviewEntry, ReviewPage
from labeler.ui import messages
from labeler.ui.actions import Action
from labeler.ui.i18n import isolate, number
from labeler.ui.keymap import TEXT_INPUT_PROPERTY, Keymap
from labeler.ui.pages.common import BAD, PAGE_STYLE, busy_bar
from labeler.ui.review.arrange import FOCUS
from labeler.ui.review.compare import SideBySide
from labeler.ui.review.decisions import Decision, DecisionSender
from labeler.ui.review.filters import QueueFilters, remember, remembered
from labeler.ui.review.keys import review_actions
from labeler.ui.review.loading import LoadedItem, SchemaCache, compare, fetch_item
from labeler.ui.review.media import MediaLoader
from labeler.ui.review.queue import QueuePanel
from labeler.ui.review.reject import RejectDialog, reasons_for
from labeler.ui.tasks import Runner

PAGE_SIZE = 50
#: Items kept loaded, so stepping back and forth costs no network.
CACHED_ITEMS = 16
ZOOM_STEP = 1.25
#: The queue's width at first: narrow, so the panes get most of a 1366 px window.
QUEUE_WIDTH = 310


class ReviewWorkspace(QWidget):
    """The review screen of a signed-in reviewer or lead.

    `actions()` lists its keys for the host's keymap and cheat sheet (`install_keys()`
    puts them on a keymap of its own instead); `activate()` loads the projects and the
    queue when the screen is shown. `status_changed(message)` repeats
    what the status line says, for a window that shows it elsewhere too.
    """

    status_changed = Signal(str)

    def __init__(
        self,
        runner: Runner,
        server: TaskServer,
        username: str,
        parent: QWidget | None = None,
        *,
        media_root: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reviewWorkspace")
        self.setStyleSheet(PAGE_STYLE)
        self.runner = runner
        self.server = server
        self.username = username
        self.client = ReviewClient(server, media_root)
        self.schemas = SchemaCache()
        self.decisions = DecisionSender(runner, self.client, self)
        self.reject_dialog: RejectDialog | None = None
        self._projects: dict[str, str] = {}
        self._items: OrderedDict[str, LoadedItem] = OrderedDict()
        self._decided: dict[str, ReviewEntry] = {}
        self._item_id: str | None = None
        self._generation = 0
        self._queue_generation = 0
        self._busy = 0
        self._select_after_load: str | None = None

        self.queue = QueuePanel(self)
        self.side = SideBySide(self)
        self.media = MediaLoader(runner, self.client, self.side, self)
        self.media.busy.connect(self._work)
        self.media.progress.connect(lambda text: self.progress.setText(text))
        self.media.failed.connect(lambda message: self.show_status(message, True))
        self.busy = busy_bar(self)
        self.progress = QLabel(self)
        self.progress.setObjectName("muted")
        self.status_line = QLabel(self)
        self.status_line.setObjectName("reviewStatus")
        self.status_line.setWordWrap(True)
        self.hints = QLabel(self)
        self.hints.setObjectName("muted")
        # One line under the panes: what happened on the left, the main keys on the right.
        bottom = QHBoxLayout()
        bottom.setContentsMargins(10, 0, 10, 4)
        bottom.addWidget(self.status_line, 1)
        bottom.addWidget(self.progress)
        bottom.addWidget(self.hints)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(0)
        right_layout.addWidget(self.busy)
        right_layout.addWidget(self.side, 1)
        right_layout.addLayout(bottom)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.queue)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([QUEUE_WIDTH, 1366 - QUEUE_WIDTH])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        # Focused filters take their own keys (arrows, letters); Escape comes back.
        for widget in self.queue.findChildren(QComboBox) + self.queue.findChildren(QAbstractButton):
            widget.setProperty(TEXT_INPUT_PROPERTY, True)
        self.queue.set_filters(remembered(server.server_url, username))
        self.queue.filters_changed.connect(self._filters_changed)
        self.queue.current_changed.connect(self._row_changed)
        self.queue.more_requested.connect(lambda: self.load_queue(append=True))
        self.decisions.sent.connect(self._decision_sent)
        self.decisions.waiting.connect(self._decision_waiting)
        self.decisions.refused.connect(self._decision_refused)
        self.own_keymap: Keymap | None = None
        self.hints.setText(
            self.tr("A accept · R reject · J/K next · Tab pane · V layout · ? every key")
        )

    # -- keys ---------------------------------------------------------------------------------

    def install_keys(self) -> Keymap:
        """Put `actions()` on a keymap of the workspace's own, for a host that does not
        add them to its keymap (the main window does)."""
        if self.own_keymap is None:
            self.own_keymap = Keymap(self)
            self.own_keymap.set_actions(self.actions())
        return self.own_keymap

    def actions(self) -> list[Action]:
        """Every key of the review workspace (`keys.py`)."""
        callbacks = {
            "accept": self.accept,
            "reject": self.reject,
            "next": self.next,
            "previous": self.previous,
            "zoom_in": self.zoom_in,
            "zoom_out": self.zoom_out,
            "fit": self.fit,
            "next_pane": partial(self.cycle_panes, 1),
            "previous_pane": partial(self.cycle_panes, -1),
            "layout": self.toggle_layout,
            "consensus": self.toggle_consensus,
            "play": self.play,
            "reload": self.load_queue,
            "more": self.queue.load_more,
            "retry": self.retry,
            "toggle_queue": self.toggle_queue,
            "to_queue": self.focus_queue,
        }
        queue = self.queue
        widgets = {
            "project": queue.project,
            "annotator": queue.annotator,
            "status": queue.status,
            "gold": queue.gold,
            "score": queue.scored,
        }
        return review_actions(callbacks, {k: partial(self._focus, w) for k, w in widgets.items()})

    def _focus(self, widget: QWidget) -> None:
        if self.splitter.sizes()[0] == 0:
            self.toggle_queue()
        widget.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_queue(self) -> None:
        self.queue.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- loading ------------------------------------------------------------------------------

    def activate(self) -> None:
        """The workspace is shown: load the projects and the queue."""
        self._work(+1)
        self.runner.net(self.server.projects, done=self._projects_read, failed=self._failed)
        self.load_queue()

    def _projects_read(self, projects: list[Any]) -> None:
        self._work(-1)
        self._projects = {p.id: p.name for p in projects}
        self.queue.set_projects([(p.id, p.name) for p in projects])
        self._load_annotators()

    def _load_annotators(self) -> None:
        project_id = self.queue.filters().project_id
        if project_id is None:
            return
        self.runner.net(
            self.client.stats,
            project_id,
            done=lambda stats: self.queue.set_annotators([a.user for a in stats.annotators]),
            failed=lambda e: self.show_status(
                self.tr("The annotators could not be listed: {why}").format(why=_message(e)), True
            ),
        )

    def load_queue(self, append: bool = False) -> None:
        """The queue's first page with the filters shown (or the next page)."""
        filters = self.queue.filters()
        cursor = self.queue.next_cursor if append else None
        if append and cursor is None:
            return
        self._queue_generation += 1
        generation = self._queue_generation
        self._work(+1)
        self.runner.net(
            partial(self.client.queue, **filters.query(), limit=PAGE_SIZE, cursor=cursor),
            done=lambda page: self._queue_read(generation, page, append),
            failed=lambda e: self._queue_failed(generation, e),
        )

    def _queue_read(self, generation: int, page: ReviewPage, append: bool) -> None:
        self._work(-1)
        if generation != self._queue_generation:
            return
        self.queue.set_page(page, append=append)
        for entry in page.entries:  # decisions made here that a stale page predates
            if entry.id in self._decided and entry.status == "pending":
                self.queue.model.mark_decided(self._decided[entry.id])
        if self.queue.filters().project_id is None:
            self.queue.set_annotators([r.entry.user for r in self.queue.model.rows()])
        if append:
            target = self.queue.model.next_pending(self.queue.current_row())
            if self._select_after_load is not None and target >= 0:
                self.queue.select_row(target)
            self._select_after_load = None
            return
        first = self.queue.model.next_pending(-1)
        if first >= 0:
            self.queue.select_row(first)
        elif self.queue.model.rowCount():
            self.queue.select_row(0)
        else:
            self._item_id = None
            self.side.clear(self.tr("Nothing to review with these filters."))

    def _queue_failed(self, generation: int, error: BaseException) -> None:
        self._work(-1)
        if generation == self._queue_generation:
            self.show_status(
                self.tr("The queue could not be loaded: {why}").format(why=_message(error)), True
            )

    def _filters_changed(self, filters: QueueFilters) -> None:
        remember(self.server.server_url, self.username, filters)
        self._load_annotators()
        self.load_queue()

    def _row_changed(self, row: int) -> None:
        queue_row = self.queue.model.row_at(row)
        if queue_row is None:
            return
        entry = queue_row.entry
        if entry.item_id == self._item_id and self.side.loaded is not None:
            self.side.set_current(entry.id)
            return
        self.show_item(entry)

    def show_item(self, entry: ReviewEntry) -> None:
        """Load (or take from the cache) the item of `entry` and show it."""
        self._generation += 1
        generation = self._generation
        self._item_id = entry.item_id
        self.media.stop()
        cached = self._items.get(entry.item_id)
        if cached is not None:
            self._items.move_to_end(entry.item_id)
            self._show_loaded(entry.id, cached)
            return
        self.side.clear(self.tr("Loading the item…"))
        self._work(+1)
        self.runner.net(
            fetch_item,
            self.client,
            self.schemas,
            entry.item_id,
            entry.project_id,
            done=lambda fetched: self._compare(generation, entry.id, fetched),
            failed=lambda e: self._item_failed(generation, e),
        )

    def _compare(self, generation: int, current: str, fetched: Any) -> None:
        if generation != self._generation:
            self._work(-1)
            return
        self.runner.decode(
            compare,
            fetched,
            done=lambda loaded: self._compared(generation, current, loaded),
            failed=lambda e: self._item_failed(generation, e),
        )

    def _compared(self, generation: int, current: str, loaded: LoadedItem) -> None:
        self._work(-1)
        self._items[loaded.detail.item.id] = loaded
        while len(self._items) > CACHED_ITEMS:
            self._items.popitem(last=False)
        if generation == self._generation:
            self._show_loaded(current, loaded)

    def _item_failed(self, generation: int, error: BaseException) -> None:
        self._work(-1)
        if generation == self._generation:
            self.side.clear(self.tr("This item could not be loaded."))
            self.show_status(
                self.tr("The item could not be loaded: {why}").format(why=_message(error)), True
            )

    def _show_loaded(self, current: str, loaded: LoadedItem) -> None:
        name = self._projects.get(loaded.project_id, loaded.project_id)
        self.side.show_item(loaded, name)
        for entry in self._decided.values():
            self.side.update_entry(entry)
        self.side.set_current(current)
        self.media.load(loaded)

    # -- decisions ----------------------------------------------------------------------------

    def accept(self) -> None:
        """Accept the selected submission and move on."""
        entry = self._decidable()
        if entry is not None:
            self._decide(Decision(entry.id, "accept"))

    def reject(self) -> None:
        """Ask why, then reject the selected submission and move on."""
        entry = self._decidable()
        if entry is None:
            return
        loaded = self._items.get(entry.item_id)
        dialog = RejectDialog(entry.user, self, reasons_for(loaded.schema if loaded else None))
        dialog.rejected_with.connect(
            lambda reason, comment: self._decide(
                Decision(entry.id, "reject", reason, comment or None)
            )
        )
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.reject_dialog = dialog
        dialog.open()

    def _decidable(self) -> ReviewEntry | None:
        row = self.queue.current()
        if row is None:
            self.show_status(self.tr("Select a submission in the queue first."), True)
            return None
        if row.entry.user == self.username:
            self.show_status(self.tr("You cannot review your own submission."), True)
            return None
        return row.entry

    def _decide(self, decision: Decision) -> None:
        self.queue.model.mark_sending(decision.submission_id, decision.decision)
        self.queue.refresh_count()
        self.decisions.send(decision)
        self._move_on()

    def _move_on(self) -> None:
        target = self.queue.model.next_pending(self.queue.current_row())
        if target >= 0:
            self.queue.select_row(target)
        elif self.queue.next_cursor is not None:
            self._select_after_load = "next"
            self.load_queue(append=True)
        else:
            self.show_status(self.tr("No submission left to decide with these filters."))

    def _decision_sent(self, entry: ReviewEntry) -> None:
        self._decided[entry.id] = entry
        self.queue.model.mark_decided(entry)
        self.queue.refresh_count()
        self.side.update_entry(entry)
        accepted = entry.status == "accepted"
        waiting = self.decisions.unsent()
        if accepted:
            done = self.tr("Accepted the submission by {user}.")
        else:
            done = self.tr("Rejected the submission by {user}.")
        if waiting == 1:
            done += " " + self.tr("1 decision still on its way.")
        elif waiting:
            done += " " + self.tr("{count} decisions still on their way.")
        self.show_status(done.format(user=entry.user, count=number(waiting)))

    def _decision_waiting(self, decision: Decision, message: str) -> None:
        self.queue.model.mark_sending(decision.submission_id, decision.decision, waiting=True)
        n = len(self.decisions.waiting_decisions())
        if n == 1:
            text = self.tr("1 decision not sent yet ({why}); sent again shortly ({key}: now).")
        else:
            text = self.tr(
                "{count} decisions not sent yet ({why}); sent again shortly ({key}: now)."
            )
        self.show_status(text.format(count=number(n), why=isolate(message), key="Ctrl+R"), True)

    def _decision_refused(self, decision: Decision, message: str) -> None:
        self.queue.model.mark_refused(decision.submission_id, message)
        self.queue.refresh_count()
        if decision.decision == "accept":
            text = self.tr("The accept was not saved: {why}")
        else:
            text = self.tr("The reject was not saved: {why}")
        self.show_status(text.format(why=isolate(message)), True)

    def retry(self) -> None:
        self.decisions.retry()

    # -- moving and looking ---------------------------------------------------------------------

    def next(self) -> None:
        row = self.queue.current_row()
        if row + 1 < self.queue.model.rowCount():
            self.queue.select_row(row + 1)
        elif self.queue.next_cursor is not None:
            self.load_queue(append=True)
        else:
            self.show_status(self.tr("This is the end of the queue."))

    def previous(self) -> None:
        row = self.queue.current_row()
        if row > 0:
            self.queue.select_row(row - 1)

    def zoom_in(self) -> None:
        self.side.zoom.zoom_by(ZOOM_STEP)
        self.side.times.zoom(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.side.zoom.zoom_by(1 / ZOOM_STEP)
        self.side.times.zoom(1 / ZOOM_STEP)

    def fit(self) -> None:
        self.side.zoom.fit()
        self.side.times.fit()

    def toggle_consensus(self) -> None:
        loaded = self.side.loaded
        if loaded is not None and not loaded.comparison.has_consensus:
            self.show_status(self.tr("No consensus to show: it needs two answers or more."))
            return
        if loaded is None or loaded.detail.gold is None:
            self.show_status(self.tr("This item has no gold: the reference pane is the consensus."))
            return
        shown = self.side.toggle_consensus()
        self.show_status(
            self.tr("Showing the suggested consensus.") if shown else self.tr("Showing gold.")
        )

    def cycle_panes(self, step: int) -> None:
        """Show the next (+1) or previous (−1) pane large."""
        if len(self.side.panes) < 2:
            self.show_status(self.tr("This item has one pane only."))
            return
        self.side.cycle(step)
        pane = self.side.shown_pane()
        if pane is not None:
            self.show_status(
                self.tr("Showing {pane} ({details}).").format(
                    pane=pane.spec.title, details=pane.info.text()
                )
            )

    def toggle_layout(self) -> None:
        """Flip between one large pane and all panes side by side (kept for next items)."""
        if not self.side.panes:
            return
        mode = self.side.toggle_layout()
        self.show_status(
            self.tr("One large pane: {next} and {previous} show the others.").format(
                next="Tab", previous="Shift+Tab"
            )
            if mode == FOCUS
            else self.tr("All panes side by side.")
        )

    def toggle_queue(self) -> None:
        sizes = self.splitter.sizes()
        self.queue.setVisible(not self.queue.isVisible())
        if self.queue.isVisible():
            self.splitter.setSizes([QUEUE_WIDTH, max(sizes[1] - QUEUE_WIDTH, 300)])

    def play(self) -> None:
        if not self.media.toggle_playback():
            self.show_status(self.tr("This item has no audio to play."))

    # -- status ---------------------------------------------------------------------------------

    def show_status(self, message: str, error: bool = False) -> None:
        self.status_line.setText(message)
        self.status_line.setStyleSheet(f"color: {BAD.name()};" if error else "")
        self.status_changed.emit(message)

    def _failed(self, error: BaseException) -> None:
        self._work(-1)
        self.show_status(
            self.tr("The projects could not be loaded: {why}").format(why=_message(error)), True
        )

    def _work(self, step: int) -> None:
        self._busy = max(0, self._busy + step)
        self.busy.setVisible(self._busy > 0)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt)
        super().showEvent(event)
        self.focus_queue()


def _message(error: BaseException) -> str:
    """What went wrong, in the sender's words (set apart in a right-to-left sentence)."""
    return isolate(messages.error_text(error))
