"""The history page: the annotator's submissions, newest first, with what happened to
each (waiting, refused and why, pending, accepted, rejected and why, a contest and its
outcome), filters by state, the next page on demand and a contest for a missed gold
answer (the button says when a submission cannot be contested, before any reason).
Under the table, the selected submission's item with the annotator's answer drawn on it
(and a control item's expected answer beside it, the differences marked), and what
happened to it in words."""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QHideEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from labeler.client.history import ContestRefused, History, HistoryRow
from labeler.ui.actions import Action
from labeler.ui.i18n import number
from labeler.ui.keymap import Keymap, display_key
from labeler.ui.pages.common import (
    PAGE_STYLE,
    ElidedLabel,
    NoteSlot,
    RowsTable,
    ScriptDelegate,
    busy_bar,
    has_arabic,
    label_room,
    script_row_height,
    select_row,
)
from labeler.ui.pages.contest import ContestDialog, open_contest
from labeler.ui.pages.history_details import RowDetails
from labeler.ui.pages.history_item import ZOOM_STEP, OwnItemView
from labeler.ui.pages.history_model import (
    COLUMNS,
    FILTERS,
    PROJECT_COLUMN,
    REASON_COLUMN,
    ROW_ROLE,
    HistoryModel,
    StateFilter,
    contest_label,
    contest_words,
    filter_name,
    filter_title,
)

FILTER_PADDING = 12  # px each side of a filter button's text
#: Rows of the table in view over the item, and when the item is shown large (a part of
#: a row more says that the table goes on).
TABLE_ROWS, TABLE_ROWS_LARGE = 5.5, 1.5
#: The most of the page's height the table takes over the item (unless shown large). In
#: Urdu at 1366×768 that is three of Nastaliq's taller rows: at 0.46 it showed four, but
#: a comparison's candidates lost a line each and scrolled.
TABLE_SHARE = 0.4
#: The words beside the table and the item.
DETAILS_WIDTH = 300
OFFLINE_NOTE = QT_TRANSLATE_NOOP(
    "HistoryPage", "Offline — showing what this workbench knows; reviews may be out of date"
)
#: The project column is as wide as its names, up to this (a longer name is cut).
PROJECT_WIDTH = 200

_STYLE = (
    PAGE_STYLE
    + """
QPushButton[filter="true"] { padding: 4px 12px; }
QPushButton[filter="true"]:checked { font-weight: 600; }
QTableView { border: 1px solid palette(mid); }
QTableView::item { padding: 0 6px; border-bottom: 1px solid palette(midlight); }
QHeaderView::section {
  padding: 5px 6px; border: none; border-bottom: 1px solid palette(mid);
  background: palette(window); font-weight: 600;
}
QTextBrowser { border: 1px solid palette(mid); padding: 4px; }
"""
)


class HistoryPage(QWidget):
    """The submissions table, its filters and the selected row's details.

    `set_history(history)` shows a first page, `append(history)` the next; `set_busy`,
    `show_error`, `contest_done(submission_id)`, `contest_refused(submission_id, refused)`,
    `set_project_names(names)`. Signals:
    `more_requested(cursor)`, `contest_requested(submission_id, reason)`,
    `back_requested()` (Escape, Alt+Left), `row_selected(row or None)` when another
    submission (or a new state of it) is selected, `play_requested()`, `left()` when the
    page is hidden. `item_view` draws the selected submission's item. Keys are in
    `keymap` / `actions()`.
    """

    more_requested = Signal(str)
    contest_requested = Signal(str, str)
    back_requested = Signal()
    row_selected = Signal(object)
    play_requested = Signal()
    left = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(_STYLE + label_room())
        self._cursor: str | None = None
        self._busy = False
        self._media_busy = 0  # media downloads under way (`media_busy`)
        self._progress = False  # the note shows a download's progress
        self._selected: HistoryRow | None = None
        self._resetting = False
        self.contest_dialog: ContestDialog | None = None

        self.back_button = QPushButton(self.tr("← Back"), self)
        self.back_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.back_button.clicked.connect(self.back_requested)
        heading = QLabel(self.tr("History"), self)
        heading.setObjectName("heading")
        header = QHBoxLayout()
        header.addWidget(self.back_button)
        header.addSpacing(8)
        header.addWidget(heading)
        header.addSpacing(12)
        # Offline: said in the header's spare width (cut when short of room, whole in the
        # tooltip), whose place is kept while online, so the table never moves for it.
        self.offline = ElidedLabel(self.tr(OFFLINE_NOTE), self)
        self.offline.setObjectName("banner")
        self.offline.setToolTip(self.offline.text())
        offline_policy = self.offline.sizePolicy()
        offline_policy.setHorizontalPolicy(QSizePolicy.Policy.Expanding)
        offline_policy.setRetainSizeWhenHidden(True)
        self.offline.setSizePolicy(offline_policy)
        self.offline.hide()
        header.addWidget(self.offline, 1)
        header.addSpacing(12)
        self.filters = QButtonGroup(self)
        self.filters.setExclusive(True)
        for i in range(len(FILTERS)):
            button = QPushButton(filter_name(i), self)
            button.setCheckable(True)
            button.setProperty("filter", True)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            # Checked, its text is bold and wider: room for that, or "Rejected" is cut
            # to "Rejectec".
            bold = QFont(button.font())
            bold.setWeight(QFont.Weight.DemiBold)
            text = QFontMetrics(bold).horizontalAdvance(button.text())
            button.setMinimumWidth(text + 2 * FILTER_PADDING + 8)
            self.filters.addButton(button, i)
            header.addWidget(button)
        self.filters.button(0).setChecked(True)
        self.filters.idClicked.connect(self.set_filter)

        self.busy = busy_bar(self)
        busy_policy = self.busy.sizePolicy()
        busy_policy.setRetainSizeWhenHidden(True)  # a read starting or ending moves nothing
        self.busy.setSizePolicy(busy_policy)
        # What the page says (a contest sent, why not, a failed read) beside the buttons
        # it is about, in the footer's spare width.
        self.note = NoteSlot(self)

        self.model = HistoryModel(self)
        self.proxy = StateFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = RowsTable(self)
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(ScriptDelegate(self.table))  # Urdu reads from the right
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        head = self.table.horizontalHeader()
        head.setHighlightSections(False)
        head.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for col in range(len(COLUMNS)):
            head.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(PROJECT_COLUMN, QHeaderView.ResizeMode.Interactive)
        head.resizeSection(PROJECT_COLUMN, PROJECT_WIDTH)
        head.setSectionResizeMode(REASON_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.setShowGrid(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.model.set_font(self.table.font())
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.details = RowDetails(self)
        self.item_view = OwnItemView(self)
        # The table, and under it the item drawn with the answers; the words beside both,
        # the whole height (the reasons, the hint and the expected answer may be long).
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.item_view)
        # A few rows of the table; the room a window gains goes to the item.
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([self.table_height(TABLE_ROWS), 1000])
        self.splitter = splitter
        #: The reader moved the line between the table and the item: theirs is kept.
        self._dragged = False
        splitter.splitterMoved.connect(lambda *_: setattr(self, "_dragged", True))
        beside = QSplitter(Qt.Orientation.Horizontal, self)
        beside.setChildrenCollapsible(False)
        beside.addWidget(splitter)
        beside.addWidget(self.details)
        beside.setStretchFactor(0, 1)
        beside.setStretchFactor(1, 0)
        beside.setSizes([1000, DETAILS_WIDTH])
        if self.isRightToLeft():
            # A mirrored QSplitter places the widget at its right edge one pixel too far:
            # the table's right border would not show.
            splitter.setContentsMargins(0, 0, 1, 0)

        self.count = QLabel(self)
        self.count.setObjectName("muted")
        self.contest_button = QPushButton(self.tr("Contest…"), self)
        self.contest_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.contest_button.clicked.connect(self.contest_selected)
        self.more_button = QPushButton(self.tr("Load more"), self)
        self.more_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.more_button.clicked.connect(self.load_more)
        footer = QHBoxLayout()
        footer.addWidget(self.count)
        footer.addSpacing(12)
        footer.addWidget(self.note, 1)
        footer.addSpacing(12)
        footer.addWidget(self.contest_button)
        footer.addWidget(self.more_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self.busy)
        layout.addWidget(beside, 1)
        layout.addLayout(footer)

        self.keymap = Keymap(self)
        self.keymap.changed.connect(self._show_keys)
        self.keymap.set_actions(self.actions())
        self._update_buttons()

    def actions(self) -> list[Action]:
        """Back, contest, and one key per filter."""
        group = self.tr("History")
        out = [
            Action(
                "history.back",
                self.tr("Back"),
                ("Escape", "Alt+Left"),  # notr: keys
                self.back_requested.emit,
                group,
            ),
            Action(
                "history.contest",
                self.tr("Contest a failed gold verdict"),
                ("C",),
                self.contest_selected,
                group,
            ),
            Action("history.more", self.tr("Load more"), ("Ctrl+M",), self.load_more, group),
            Action(
                "history.zoom_in",
                self.tr("Zoom in on the item"),
                ("+", "="),
                lambda: self.item_view.zoom(ZOOM_STEP),
                group,
            ),
            Action(
                "history.zoom_out",
                self.tr("Zoom out of the item"),
                ("-",),
                lambda: self.item_view.zoom(1 / ZOOM_STEP),
                group,
            ),
            Action(
                "history.fit",
                self.tr("Fit the item in its room"),
                ("0",),
                self.item_view.fit,
                group,
            ),
            Action(
                "history.large",
                self.tr("Show the item large, or the table's rows again"),
                ("F",),
                self.toggle_large,
                group,
            ),
            Action(
                "history.pane",
                self.tr("Show your answer or the expected answer large, where one is"),
                ("E",),
                self.item_view.other_pane,
                group,
            ),
            Action(
                "history.play",
                self.tr("Play or pause the recording"),
                ("Space",),
                self.play_requested.emit,
                group,
            ),
        ]
        for i, (name, _) in enumerate(FILTERS):
            out.append(
                Action(
                    f"history.filter_{name.lower()}",
                    filter_title(i),
                    (f"Ctrl+Alt+{i + 1}",),  # Alt+digits switch workspaces
                    partial(self.set_filter, i),
                    group,
                )
            )
        return out

    # What the window calls

    def set_history(self, history: History) -> None:
        """Show a first page (replacing what is shown: the local store's part, then the
        server's); the selected submission stays selected while it is there."""
        kept = self.selected_row()
        self._resetting = True  # the selection passes through "none": not news
        try:
            self.model.set_rows(history.rows)
            self._took(history)
            if self.proxy.rowCount():
                select_row(self.table, self._row_of(kept.submission_id) if kept else 0)
        finally:
            self._resetting = False
        self._current_changed()

    def append(self, history: History) -> None:
        """Add the next page below what is shown."""
        self.model.append_rows(history.rows)
        self._took(history)

    def set_project_names(self, names: Mapping[str, str]) -> None:
        """Project ids → names for the Project column."""
        self.model.set_project_names(names)

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy or self._media_busy > 0)
        self._busy = busy
        if busy:
            self.note.clear_note()
        self._update_buttons()

    def show_error(self, message: str) -> None:
        self._progress = False
        self.note.show_error(message)
        self._update_buttons()

    def show_progress(self, text: str) -> None:
        """A download's progress in the note (a comparison's candidate's picture or clip);
        empty: it is done, the progress goes (what was said meanwhile stays)."""
        if text:
            self.note.show_notice(text)
        elif self._progress and self.note.kind == "notice":
            self.note.clear_note()
        self._progress = bool(text)

    def media_busy(self, step: int) -> None:
        """A media download starts (+1) or ends (−1): the busy bar shows while one runs."""
        self._media_busy = max(0, self._media_busy + step)
        self.busy.setVisible(self._busy or self._media_busy > 0)

    def contest_done(self, submission_id: str) -> None:
        """The task server took a contest."""
        self.model.mark_contested(submission_id)
        self._progress = False
        self.note.show_notice(self.tr("Contest sent. A lead will look at the gold answer."))
        self._current_changed()

    def contest_refused(self, submission_id: str, refused: ContestRefused) -> None:
        """The task server would not take a contest (409): say why, on the button too."""
        if refused.contest is not None or refused.why in ("already_contested", "conflict"):
            self.model.mark_contested(submission_id, refused.label)
        else:
            self.model.mark_refused(submission_id, refused.label)
        why = contest_words(refused.label)
        self._progress = False
        self.note.show_error(self.tr("Not sent: {why}.").format(why=why[:1].lower() + why[1:]))
        self._current_changed()

    def set_filter(self, index: int) -> None:
        """Show one state group (0: all) and keep a row selected."""
        self.filters.button(index).setChecked(True)
        self.proxy.set_states(FILTERS[index][1])
        if self.proxy.rowCount() and not self.table.currentIndex().isValid():
            select_row(self.table, 0)
        self.table.scrollTo(self.table.currentIndex())  # the row drawn under the table
        self._current_changed()

    def table_height(self, rows: float) -> int:
        """The table's height that shows `rows` rows under its header."""
        header = self.table.horizontalHeader().sizeHint().height()
        row = self.table.verticalHeader().defaultSectionSize()
        return int(header + rows * row + 2 * self.table.frameWidth())

    def table_room(self, total: int) -> int:
        """The table's height over the item, of `total` for both: `TABLE_ROWS` rows, but
        no more than `TABLE_SHARE` of it (Nastaliq's rows are twice as tall: five and a
        half of them took the item's room at 1366×768, and a comparison's candidates
        were cut in scrolling cards), nor fewer rows than with the item large and one."""
        rows = self.table_height(TABLE_ROWS)
        least = self.table_height(TABLE_ROWS_LARGE + 1)
        return max(least, min(rows, int(total * TABLE_SHARE)))

    def toggle_large(self) -> None:
        """Give the item the room of all but a few of the table's rows, or give it back."""
        sizes = self.splitter.sizes()
        total = sum(sizes)
        small = self.table_height(TABLE_ROWS_LARGE)
        table = self.table_room(total) if sizes[0] <= small else small
        self.splitter.setSizes([table, max(total - table, 1)])
        self.table.scrollTo(self.table.currentIndex())

    def selected_row(self) -> HistoryRow | None:
        index = self.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    # Inside

    def load_more(self) -> None:
        if self._cursor and not self._busy:
            self.more_requested.emit(self._cursor)

    def contest_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        refusal = self._refusal(row)
        if refusal is not None:  # said here, before any reason is typed
            text = self.tr("{why}: this submission cannot be contested.")
            self._progress = False
            self.note.show_notice(text.format(why=refusal))
            return
        what = self.tr("item {id}").format(id=row.item_id[:8])
        self.contest_dialog = open_contest(self, row.submission_id, what)
        self.contest_dialog.contested.connect(self.contest_requested)

    def _row_of(self, submission_id: str) -> int:
        """The shown row of a submission (0 when it is not shown)."""
        for r in range(self.proxy.rowCount()):
            row = self.proxy.index(r, 0).data(ROW_ROLE)
            if row is not None and row.submission_id == submission_id:
                return r
        return 0

    def _refusal(self, row: HistoryRow) -> str | None:
        return contest_label(row, self.model.known_label(row.submission_id))

    def _took(self, history: History) -> None:
        self._cursor = history.next_cursor
        self.offline.setVisible(not history.online)
        self._fit_columns()
        self._update_buttons()

    def _fit_columns(self) -> None:
        """The reason gets the room the other columns leave: the project column is as
        wide as its names (up to `PROJECT_WIDTH`); rows are tall enough for a name or a
        reason in Nastaliq when one is in Urdu."""
        names = self.table.sizeHintForColumn(PROJECT_COLUMN)
        if names > 0:
            self.table.horizontalHeader().resizeSection(PROJECT_COLUMN, min(PROJECT_WIDTH, names))
        height = self.fontMetrics().height() + 12
        model = self.model
        if any(
            has_arabic(model.index(r, c).data() or "")
            for r in range(model.rowCount())
            for c in (PROJECT_COLUMN, REASON_COLUMN)
        ):
            height = max(height, script_row_height(self.table.font()))
        rows = self.table.verticalHeader()
        if height == rows.defaultSectionSize():
            self._keep_item_room()
            return
        # The table keeps showing as many rows (a few, or fewer with the item large).
        sizes = self.splitter.sizes()
        large = sizes[0] <= self.table_height(TABLE_ROWS_LARGE)
        rows.setDefaultSectionSize(height)
        table = self.table_height(TABLE_ROWS_LARGE) if large else self.table_room(sum(sizes))
        self.splitter.setSizes([table, max(sum(sizes) - table, 1)])
        self._keep_item_room()

    def _current_changed(self, *_: QModelIndex) -> None:
        row = self.selected_row()
        name = self.model.project_name(row.project_id) if row else ""
        self.details.show_row(row, name, bool(row and row.submission_id in self.model.contested))
        self._update_buttons()
        if row != self._selected and not self._resetting:
            # Another submission, or news of it (a verdict, a review): draw it again.
            self._selected = row
            self.row_selected.emit(row)

    def _update_buttons(self) -> None:
        row = self.selected_row()
        refusal = self._refusal(row) if row is not None else None
        self.contest_button.setText(refusal or self.tr("Contest…"))
        self.contest_button.setEnabled(row is not None and refusal is None and not self._busy)
        self.more_button.setVisible(self._cursor is not None)
        self.more_button.setEnabled(not self._busy)
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if self._busy and not total:  # not "0 submissions" before anything was read
            self.count.setText(self.tr("Reading your submissions…"))
            return
        self.count.setText(self._count_text(shown, total, more=self._cursor is not None))

    def _count_text(self, shown: int, total: int, more: bool) -> str:
        """`12 submissions`, `3 of 12 submissions so far` (more pages to read)."""
        if shown == total:
            if more:
                text = (
                    self.tr("1 submission so far")
                    if total == 1
                    else self.tr("{total} submissions so far")
                )
            else:
                text = self.tr("1 submission") if total == 1 else self.tr("{total} submissions")
        elif more:
            text = (
                self.tr("{shown} of 1 submission so far")
                if total == 1
                else self.tr("{shown} of {total} submissions so far")
            )
        else:
            text = (
                self.tr("{shown} of 1 submission")
                if total == 1
                else self.tr("{shown} of {total} submissions")
            )
        return text.format(shown=number(shown), total=number(total))

    def _show_keys(self) -> None:
        for i in range(len(FILTERS)):
            keys = self.keymap.keys(f"history.filter_{FILTERS[i][0].lower()}")
            self.filters.button(i).setToolTip(display_key(keys[0]) if keys else "")
        keys = self.keymap.keys("history.contest")
        self.contest_button.setToolTip(
            self.tr("Contest the selected failed gold verdict ({key})").format(
                key=display_key(keys[0])
            )
            if keys
            else self.tr("Contest the selected failed gold verdict")
        )

    def _keep_item_room(self) -> None:
        """A low window, or taller rows: the table gives the item its room (`table_room`),
        unless the reader moved the line between them."""
        sizes = self.splitter.sizes()
        total = sum(sizes)
        if not self._dragged and total > 0 and sizes[0] > self.table_room(total):
            table = self.table_room(total)
            self.splitter.setSizes([table, total - table])

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt)
        super().resizeEvent(event)
        self._keep_item_room()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt)
        super().showEvent(event)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt)
        super().hideEvent(event)
        self.left.emit()  # a recording playing here stops
