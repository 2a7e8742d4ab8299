"""The gold page: a project's items with their figures (all, gold, contested), the gold
editor for the selected item, its submissions (promote one to gold) and the project's
contests (uphold one with the gold answer shown or by removing the gold, or dismiss it
with a reply: `resolving.py`); what it does to the gold set is in `changing.py`.

Every call to the task server runs on the runner's network pool and every decode on its
decode pool; results come back to the GUI thread, where the page redraws what changed.
Widgets only show drafts: the server's gold changes through `CurationClient` calls.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from labeler.client.api import TaskServer
from labeler.client.curation import Contest, CurationClient, Submission
from labeler.client.wire import Project, SchemaVersion
from labeler.core.editing import Draft
from labeler.core.schema import Schema
from labeler.ui import messages
from labeler.ui.actions import Action
from labeler.ui.editor import picture_box
from labeler.ui.i18n import number, translate
from labeler.ui.keymap import display_key
from labeler.ui.lead.gold.changing import GoldChanges
from labeler.ui.lead.gold.contests import ContestsPane
from labeler.ui.lead.gold.editor import GoldEdit, GoldEditor
from labeler.ui.lead.gold.items import ItemList
from labeler.ui.lead.gold.keys import HostedKeys
from labeler.ui.lead.gold.loading import Loaded, item_title, load_item
from labeler.ui.lead.gold.model import describe_item
from labeler.ui.lead.gold.panes import SubmissionsPane
from labeler.ui.lead.gold.resolving import ContestFlow
from labeler.ui.lead.rows import select_row
from labeler.ui.pages.common import PAGE_STYLE, NoteSlot, busy_bar

#: (name, title, what its key says, gold, contested) of the table's filters; the name
#: makes the action's id.
# The rows of the item table kept in sight beside the tabs below it.
ITEM_ROWS = 4
# The tabs' height when the table's rows leave them more (a Latin screen).
TABS_HEIGHT = 300

FILTERS = (
    (
        "all",
        QT_TRANSLATE_NOOP("lead.gold.page", "All"),
        QT_TRANSLATE_NOOP("lead.gold.page", "Show all items"),
        None,
        None,
    ),
    (
        "gold",
        QT_TRANSLATE_NOOP("lead.gold.page", "Gold"),
        QT_TRANSLATE_NOOP("lead.gold.page", "Show gold items"),
        True,
        None,
    ),
    (
        "contested",
        QT_TRANSLATE_NOOP("lead.gold.page", "Contested"),
        QT_TRANSLATE_NOOP("lead.gold.page", "Show contested items"),
        None,
        True,
    ),
)
_STYLE = (
    PAGE_STYLE
    + """
QPushButton[filter="true"] { padding: 4px 12px; }
QPushButton[filter="true"]:checked { font-weight: 600; }
QTableView, QTableWidget { border: 1px solid palette(mid); }
QHeaderView::section { padding: 5px 6px; border: none; border-bottom: 1px solid palette(mid);
  background: palette(window); font-weight: 600; }
"""
)


class GoldPage(QWidget):
    """Curates one project's gold set; see the module docstring.

    `set_project(project)` shows a project; `refresh()`, `set_filter(i)`,
    `select_item(item_id)`, `save_gold()`, `unmark_gold()`, `revert()`, `promote()`.
    `changed()` is emitted when the gold set changed on the server. Keys: `keymap` (the
    page's), `editor.keymap` (label hotkeys and the media editor's keys, while the item
    has focus), both without the keys of the widgets hosting the page; `actions()` lists
    both with their defaults, for the cheat sheet and the keymap editor.
    """

    changed = Signal()
    #: An item was shown in the editor (its id), for hosts and tests.
    item_shown = Signal(str)

    def __init__(self, runner: Any, server: TaskServer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(_STYLE)
        self.runner = runner
        self.client = CurationClient(server)
        self.project: Project | None = None
        self.schema: Schema | None = None
        self.schema_version = 1
        self._filter = 0
        self._edits: dict[str, GoldEdit] = {}
        self._loaded: Loaded | None = None
        self._item_ticket = 0
        self._pending = 0
        self.changes = GoldChanges(self)

        self.heading = QLabel(self.tr("Gold set"), self)
        self.heading.setObjectName("heading")
        # What the page says floats in the header's spare width: a note never moves the
        # items or the editor below.
        self.note = NoteSlot(self)
        header = QHBoxLayout()
        header.addWidget(self.heading)
        header.addSpacing(12)
        header.addWidget(self.note, 1)
        header.addSpacing(12)
        self.filters = QButtonGroup(self)
        for i, (_, title, _, _, _) in enumerate(FILTERS):
            button = QPushButton(translate("lead.gold.page", title), self)
            button.setCheckable(True)
            button.setProperty("filter", True)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            bold = QFont(button.font())
            bold.setBold(True)  # the checked filter is bold: leave room for it
            button.setMinimumWidth(QFontMetrics(bold).horizontalAdvance(button.text()) + 32)
            self.filters.addButton(button, i)
            header.addWidget(button)
        self.filters.button(0).setChecked(True)
        self.filters.idClicked.connect(self.set_filter)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.refresh_button.clicked.connect(self.refresh)
        header.addSpacing(8)
        header.addWidget(self.refresh_button)
        self.busy = busy_bar(self)
        # Its row is kept while hidden: a call starting or ending moves nothing.
        policy = self.busy.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.busy.setSizePolicy(policy)

        self.items = ItemList(self._run, self)
        self.items.stopped_on.connect(self._load)
        self.items.emptied.connect(self._no_items)
        self.items.loaded.connect(self._name_contests)
        self.model, self.table = self.items.model, self.items.table

        self.submissions = SubmissionsPane(self)
        self.submissions.preview.connect(self._preview)
        self.submissions.promote_requested.connect(self.changes.promote)
        self.contests = ContestsPane(self)
        self.contests.item_requested.connect(self._contested_item)
        self.resolving = ContestFlow(self)
        self.contests.uphold_requested.connect(self.resolving.uphold)
        self.contests.remove_requested.connect(self.resolving.remove)
        self.contests.dismiss_requested.connect(self.resolving.dismiss)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.submissions, self.tr("Submissions"))
        self.tabs.addTab(self.contests, self.tr("Contests"))
        self.tabs.currentChanged.connect(lambda _i: self._preview(self._previewed()))
        left = QSplitter(Qt.Orientation.Vertical, self)
        left.addWidget(self.items)
        left.addWidget(self.tabs)
        left.setStretchFactor(0, 1)
        left.setStretchFactor(1, 1)
        self.left = left
        # The lead dragged the handle between the items and the tabs: keep their share.
        self._left_by_hand = False
        left.splitterMoved.connect(self._left_moved)
        left.installEventFilter(self)
        self.tabs.currentChanged.connect(lambda _i: self._share_left())
        left.setSizes([330, TABS_HEIGHT])

        self.editor = GoldEditor(self)
        self.editor.changed.connect(self._edit_changed)
        self.editor.save_requested.connect(self.changes.save)
        self.editor.unmark_requested.connect(self.changes.unmark)
        self.editor.revert_requested.connect(self.changes.revert)
        self.editor.original_wanted.connect(self._want_original)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([580, 760])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 10)
        layout.setSpacing(8)
        top = QVBoxLayout()
        top.setSpacing(4)
        top.addLayout(header)
        top.addWidget(self.busy)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        self._keys = HostedKeys(self, self.page_actions)
        self.keymap = self._keys.keymap
        self.keymap.changed.connect(self._show_keys)
        self._show_keys()

    # -- keys ------------------------------------------------------------------------------

    def page_actions(self) -> list[Action]:
        """The page's own keys (the item's keys are `editor.key_actions()`)."""
        act = partial(Action, group=self.tr("Gold"))
        out = [
            act(
                "gold.save",
                self.tr("Save the gold answer (or mark the item gold)"),
                ("Ctrl+S", "Ctrl+Return"),
                self.changes.save,
                while_typing=True,
            ),
            act(
                "gold.unmark",
                self.tr("Unmark the item as gold…"),
                ("Ctrl+Shift+G",),
                self.changes.unmark,
            ),
            act(
                "gold.promote",
                self.tr("Make the selected submission's answer the gold answer"),
                ("Ctrl+Shift+P",),
                self.changes.promote,
            ),
            act("gold.undo", self.tr("Undo"), ("Ctrl+Z",), self.undo),
            act("gold.redo", self.tr("Redo"), ("Ctrl+Shift+Z", "Ctrl+Y"), self.redo),
            act(
                "gold.refresh",
                self.tr("Refresh the items and contests"),
                ("F5", "Alt+R"),
                self.refresh,
            ),
            act("gold.more", self.tr("Load more items"), ("Ctrl+M",), self.items.load_more),
            act("gold.items", self.tr("Go to the item list"), ("Alt+L",), self._focus_table),
            act("gold.editor", self.tr("Go to the item"), ("Alt+E",), self.editor.focus_editor),
            act("gold.hint", self.tr("Edit the hint"), ("Alt+H",), self.editor.focus_hint),
            act(
                "gold.submissions",
                self.tr("Show the item's submissions"),
                ("Alt+S",),
                partial(self._show_tab, 0),
            ),
            act(
                "gold.contests",
                self.tr("Show the project's contests"),
                ("Alt+C",),
                partial(self._show_tab, 1),
            ),
        ]
        out += self.resolving.actions(self.tr("Gold"))
        for i, (name, _, title, _, _) in enumerate(FILTERS):
            out.append(
                act(
                    f"gold.filter_{name}",
                    translate("lead.gold.page", title),
                    # Alt+digits switch the window's workspaces.
                    (f"Ctrl+Alt+{i + 1}",),
                    partial(self.set_filter, i),
                )
            )
        return out

    def actions(self) -> list[Action]:
        """Every key of the page: its own, then the item's (labels, the media editor)."""
        return self.page_actions() + self.editor.key_actions()

    # -- projects and the item list ------------------------------------------------------

    def set_project(self, project: Project) -> None:
        """Show `project`: its schema, its items and its contests."""
        self.project = project
        self.heading.setText(self.tr("Gold set of {name}").format(name=project.name))
        self._filter = 0
        self.filters.button(0).setChecked(True)
        self._edits.clear()
        self._loaded = None
        self.items.clear()
        self.submissions.show_submissions([], None)
        self.contests.show_contests([])
        self.editor.clear(self.tr("Loading the project…"))
        self.note.clear_note()
        pid = project.id

        def got(schema: SchemaVersion) -> None:
            if self.project is None or self.project.id != pid:
                return
            self.schema, self.schema_version = schema.schema, schema.version
            self.editor.set_schema(schema.schema)
            self.refresh()

        self._run(
            self.client.server.schema,
            pid,
            done=got,
            failure=self.tr("Could not read the schema: {e}"),
        )

    def refresh(self) -> None:
        """Read the first page of items (in the current filter) and the contests again."""
        if self.project is None or self.schema is None:
            return
        _, _, _, gold, contested = FILTERS[self._filter]
        shown = self._loaded.detail.item.id if self._loaded else None
        self.items.load(self.client, self.project.id, gold, contested, keep=shown)
        self._load_contests()

    def set_filter(self, index: int) -> None:
        """All (0), gold (1) or contested (2) items."""
        self._filter = index
        self.filters.button(index).setChecked(True)
        self.refresh()

    def _name_contests(self) -> None:
        self.contests.set_names({r.id: describe_item(r) for r in self.model.rows()})

    def _no_items(self) -> None:
        self._loaded = None
        self.editor.clear(self.tr("No items here."))
        self.submissions.show_submissions([], self.schema)

    def _load_contests(self) -> None:
        if self.project is None:
            return
        self._run(
            self.client.contests,
            self.project.id,
            done=self._contests_read,
            failure=self.tr("Could not read the contests: {e}"),
        )

    def _contests_read(self, contests: list[Contest]) -> None:
        self.contests.show_contests(contests)
        self._name_contests()
        opened = self.contests.open_count()
        self.tabs.setTabText(
            1,
            self.tr("Contests ({n} open)").format(n=number(opened))
            if opened
            else self.tr("Contests"),
        )

    # -- the selected item -------------------------------------------------------------------

    def select_item(self, item_id: str) -> None:
        """Show an item in the editor (and select its row when it is listed)."""
        self.items.select(item_id)
        self._load(item_id)

    def _load(self, item_id: str) -> None:
        """Fetch an item (detail, media), prepare it off the GUI thread, then show it."""
        if self.schema is None:
            return
        self._item_ticket += 1
        ticket, version = self._item_ticket, self.schema_version
        if item_id not in self._edits:
            self.editor.clear(self.tr("Loading the item…"))

        def got(loaded: Loaded) -> None:
            if ticket == self._item_ticket:
                self._prepare(ticket, loaded)

        def failed(error: BaseException) -> None:
            if ticket == self._item_ticket:
                self._loaded = None
                self.editor.clear(
                    self.tr("Could not read the item: {e}").format(e=messages.error_text(error))
                )
                self.submissions.show_submissions([], self.schema)

        self._run(load_item, self.client, item_id, version, done=got, failed=failed)

    def _prepare(self, ticket: int, loaded: Loaded) -> None:
        edit = self._edits.get(loaded.item.id)
        editor_type = self.editor.editor_type()
        if (edit is not None and edit.prepared is not None) or editor_type is None:
            self._show_loaded(loaded, None)
            return
        dims = picture_box(self)

        def done(prepared: Any) -> None:
            if ticket == self._item_ticket:
                self._show_loaded(loaded, prepared)

        self.runner.decode(
            editor_type.prepare, loaded.item, dims, done=done, failed=lambda _e: done(None)
        )

    def _show_loaded(self, loaded: Loaded, prepared: Any) -> None:
        assert self.schema is not None
        self._loaded = loaded
        detail = loaded.detail
        edit = self._edits.get(detail.item.id)
        if edit is None:
            start = self.changes.start(detail.gold, detail.item.prefill)
            hint = detail.gold.hint or "" if detail.gold else ""
            edit = GoldEdit(
                detail.item, loaded.item, Draft(self.schema, start), detail.gold, hint, prepared
            )
            self._edits[detail.item.id] = edit
        elif not edit.edited and detail.gold != edit.gold:
            # Changed on the server meanwhile (another lead): start from what it holds now.
            start = self.changes.start(detail.gold, detail.item.prefill)
            edit.draft = Draft(self.schema, start)
            edit.stored(detail.gold)
        if prepared is not None:
            edit.prepared = prepared
        title = item_title(loaded)
        if loaded.item.media_error:
            title = f"{title} — {loaded.item.media_error}"
        self.editor.show_edit(edit, title)
        self.submissions.show_submissions(detail.submissions, self.schema)
        self.item_shown.emit(detail.item.id)

    def _want_original(self, item_id: str) -> None:
        loaded = self._loaded
        media = loaded.item.media if loaded is not None else None
        if media is None or loaded is None or loaded.item.id != item_id:
            return
        self.runner.net(
            self.client.media_path,
            media,
            original=True,
            done=lambda path: self.editor.set_original(path, item_id),
            failed=lambda e: self.note.show_error(str(e)),
        )

    # -- changing the gold set ---------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        """Gold answers or hints edited here and not saved yet."""
        return any(edit.edited for edit in self._edits.values())

    def unsaved_text(self) -> str:
        count = sum(1 for edit in self._edits.values() if edit.edited)
        if count == 1:
            return self.tr("1 edited gold answer")
        return self.tr("{n} edited gold answers").format(n=number(count))

    def save(self) -> None:
        """Ctrl+S from a host that keeps Ctrl+S for itself: save the gold answer."""
        self.changes.save()

    def undo(self) -> None:
        self.editor.undo()

    def redo(self) -> None:
        self.editor.redo()

    # -- inside --------------------------------------------------------------------------------

    def _run(self, fn: Any, *args: Any, done: Any, failed: Any = None, failure: str = "") -> None:
        """A call on the network pool with the busy bar; a failure goes to `failed`, else
        to the note line as `failure` says it (the error as `{e}`)."""
        self._pending += 1
        self.busy.show()

        def finish() -> None:
            self._pending -= 1
            self.busy.setVisible(self._pending > 0)

        def ok(result: Any) -> None:
            finish()
            done(result)

        def bad(error: BaseException) -> None:
            finish()
            if failed is not None:
                failed(error)
            else:
                said = failure or self.tr("Not done: {e}")
                self.note.show_error(said.format(e=messages.error_text(error)))

        self.runner.net(fn, *args, done=ok, failed=bad)

    def _edit_changed(self) -> None:
        edit = self.editor.edit
        if edit is not None:
            self.model.set_edited(edit.view.id, edit.edited)

    # -- room --------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        if watched is self.left and event.type() == QEvent.Type.Resize:
            self._share_left()
        return super().eventFilter(watched, event)

    def _left_moved(self) -> None:
        self._left_by_hand = True

    def _share_left(self) -> None:
        """Share the left column between the item table and the tabs below it: the table
        keeps `ITEM_ROWS` rows in sight (the tabs took a contest's room whichever tab was
        shown, and in Nastaliq left it two rows), the tabs the rest up to `TABS_HEIGHT`;
        the contests tab, shown, gets the room a selected contest needs (its reason, the
        reply box, the buttons overlapped the contests' table), the table giving way. A
        share the lead dragged stays as it is."""
        if self._left_by_hand:
            return
        total = self.left.height() - self.left.handleWidth()
        if total <= 0:
            return
        row = self.table.verticalHeader().defaultSectionSize()
        items = self.items.minimumSizeHint().height() + (ITEM_ROWS - 1) * row
        tabs = min(TABS_HEIGHT, total - items)
        if self.tabs.currentWidget() is self.contests:
            room = self.tabs.tabBar().sizeHint().height() + self.contests.room_needed()
            tabs = max(TABS_HEIGHT, room)
        self.left.setSizes([max(total - tabs, 0), tabs])

    def _preview(self, sub: Submission | None) -> None:
        on_tab = self.tabs.currentWidget() is self.submissions
        if sub is None or not on_tab:
            self.editor.show_preview(None)
            return
        self.editor.show_preview(sub.answer, sub.user.username if sub.user else "")

    def _previewed(self) -> Submission | None:
        return self.submissions.selected()

    def _contested_item(self, item_id: str) -> None:
        shown = self.editor.edit
        if shown is None or shown.view.id != item_id:
            self.select_item(item_id)

    def show_contests(self) -> None:
        """The contests tab, with the keyboard in its table."""
        self._show_tab(1)

    def _show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        pane = self.submissions if index == 0 else self.contests
        pane.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if pane.table.rowCount() and not pane.table.selectedIndexes():
            select_row(pane.table, 0)

    def _focus_table(self) -> None:
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _show_keys(self) -> None:
        for i, (name, _, _, _, _) in enumerate(FILTERS):
            keys = self.keymap.keys(f"gold.filter_{name}")
            self.filters.button(i).setToolTip(display_key(keys[0]) if keys else "")
        for button, action_id in (
            (self.refresh_button, "gold.refresh"),
            (self.editor.save_button, "gold.save"),
            (self.editor.unmark_button, "gold.unmark"),
            (self.submissions.promote_button, "gold.promote"),
            (self.items.more_button, "gold.more"),
            (self.contests.uphold_button, "gold.uphold"),
            (self.contests.remove_button, "gold.uphold_remove"),
            (self.contests.dismiss_button, "gold.dismiss"),
        ):
            keys = self.keymap.keys(action_id)
            button.setToolTip(display_key(keys[0]) if keys else "")
        self.editor.form.show_finish_key(self._save_key())

    def _save_key(self) -> str | None:
        """The key that saves the gold answer, as the record's legend names it: the first
        the lead gave it, else its first by default, Ctrl+S, which a hosting workspace
        keeping Ctrl+S for itself hands on to `save`."""
        overrides = self.keymap.overrides()
        if "gold.save" in overrides:
            keys: tuple[str, ...] = tuple(overrides["gold.save"])
        else:
            keys = next((a.keys for a in self.page_actions() if a.id == "gold.save"), ())
        return display_key(keys[0]) if keys else None
