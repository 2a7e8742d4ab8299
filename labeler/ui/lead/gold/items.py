"""The gold page's item list: the table of a project's items in one filter, a page at a
time, and which item the lead stopped on (holding an arrow key loads only the last)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from labeler.client.curation import CurationClient, ItemPage
from labeler.ui.i18n import number
from labeler.ui.lead.gold.model import (
    COLUMNS,
    ITEM,
    ITEM_ROLE,
    ItemsModel,
    SortProxy,
    column_title,
)
from labeler.ui.lead.room import at_least_rows
from labeler.ui.lead.rows import select_row
from labeler.ui.pages.common import ScriptDelegate, script_row_height

PAGE_SIZE = 200
#: Holding an arrow key in the table loads only the row it stops on.
SELECT_DELAY_MS = 150

#: How the list calls the server: `run(fn, *args, done=..., failure=...)` off the GUI thread
#: (`failure`: what the page says if it fails, with the error as `{e}`).
Run = Callable[..., None]


class ItemList(QWidget):
    """`load(client, project_id, gold, contested, keep)` reads a first page; `load_more()`
    the next. `stopped_on(item_id)` says which row the lead settled on; `emptied()` that
    the view has no items; `loaded()` that a page arrived."""

    stopped_on = Signal(str)
    emptied = Signal()
    #: A page of items arrived.
    loaded = Signal()

    def __init__(self, run: Run, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._run = run
        self._query: tuple[CurationClient, str, bool | None, bool | None] | None = None
        self._cursor: str | None = None
        self._ticket = 0
        self._shown: str | None = None

        self.model = ItemsModel(self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(ScriptDelegate(self.table))  # Urdu items read from the right
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ITEM, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.model.set_font(self.table.font())
        self.model.modelReset.connect(self._fit_rows)
        self.model.rowsInserted.connect(self._fit_rows)
        self._fit_rows()
        at_least_rows(self.table, 1)
        head = self.table.horizontalHeader()
        head.setHighlightSections(False)
        # Figures in narrow columns: the item's description gets the room.
        for col in range(len(COLUMNS)):
            head.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            head.resizeSection(col, self.fontMetrics().horizontalAdvance(column_title(col)) + 28)
        head.setSectionResizeMode(ITEM, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.count = QLabel(self)
        self.count.setObjectName("muted")
        self.more_button = QPushButton(self.tr("Load more"), self)
        self.more_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.more_button.clicked.connect(self.load_more)
        footer = QHBoxLayout()
        footer.addWidget(self.count, 1)
        footer.addWidget(self.more_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(footer)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SELECT_DELAY_MS)
        self._timer.timeout.connect(self._settled)
        self._update()

    def load(
        self,
        client: CurationClient,
        project_id: str,
        gold: bool | None,
        contested: bool | None,
        keep: str | None = None,
    ) -> None:
        """Read the first page; the row of `keep` (the item shown) stays selected."""
        self._query = (client, project_id, gold, contested)
        self._ticket += 1
        self._shown = keep
        ticket = self._ticket

        def got(page: ItemPage) -> None:
            if ticket == self._ticket:
                self._show_page(page, append=False)

        failure = self.tr("Could not read the items: {e}")
        self._run(client.items, project_id, gold, contested, PAGE_SIZE, done=got, failure=failure)

    def load_more(self) -> None:
        if self._query is None or self._cursor is None:
            return
        client, project_id, gold, contested = self._query
        ticket, cursor = self._ticket, self._cursor

        def got(page: ItemPage) -> None:
            if ticket == self._ticket:
                self._show_page(page, append=True)

        self._run(client.items, project_id, gold, contested, PAGE_SIZE, cursor, done=got,
                  failure=self.tr("Could not read more items: {e}"))  # fmt: skip

    def clear(self) -> None:
        self._ticket += 1
        self._query, self._cursor, self._shown = None, None, None
        self.model.set_rows([])
        self.model.forget_edits()
        self._update()

    def select(self, item_id: str) -> bool:
        """Select the row of an item (False when it is not listed); `stopped_on` is not
        emitted for it: the caller shows the item."""
        self._shown = item_id
        row = self.model.row_of(item_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    @property
    def has_more(self) -> bool:
        return self._cursor is not None

    def _show_page(self, page: ItemPage, append: bool) -> None:
        if append:
            self.model.append_rows(list(page.items))
        else:
            self.model.set_rows(list(page.items))
        self._cursor = page.next_cursor
        kept = self._shown is not None and self.select(self._shown)
        if not kept and not append and self.proxy.rowCount():
            select_row(self.table, 0)
        elif not kept and not self.proxy.rowCount():
            self.emptied.emit()
        self._update()
        self.loaded.emit()

    def _fit_rows(self) -> None:
        """Rows of one height, tall enough for Nastaliq when an item is in Urdu."""
        height = self.fontMetrics().height() + 10
        if self.model.has_script():
            height = max(height, script_row_height(self.table.font()))
        self.table.verticalHeader().setDefaultSectionSize(height)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._timer.start()

    def _settled(self) -> None:
        index = self.table.currentIndex()
        row: Any = index.data(ITEM_ROLE) if index.isValid() else None
        if row is not None and row.id != self._shown:
            self._shown = row.id
            self.stopped_on.emit(row.id)

    def _update(self) -> None:
        total, more = self.model.rowCount(), self._cursor is not None
        if not total:
            text = self.tr("No items in this view.")
        elif total == 1:
            text = self.tr("1 item so far") if more else self.tr("1 item")
        elif more:
            text = self.tr("{n} items so far").format(n=number(total))
        else:
            text = self.tr("{n} items").format(n=number(total))
        self.count.setText(text)
        self.more_button.setVisible(self._cursor is not None)
