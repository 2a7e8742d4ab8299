"""The queue panel: filters (project, annotator, status, gold or real items, gold score)
over the table of submissions to review, and the next page on demand.

It only shows and reports: `filters_changed(QueueFilters)` when the reviewer changes a
filter, `current_changed(row)` when the selected row changes, `more_requested()`.

A click on a filter leaves the keyboard where it was (the queue or a pane), and a choice
from a filter's list gives it back to the queue, so the review keys work on at once; a
filter reached by key (Alt+S, Tab) keeps the arrows until Escape.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from labeler.client.reviewing import ReviewPage
from labeler.ui.i18n import number
from labeler.ui.pages.common import ScriptDelegate
from labeler.ui.review.filters import GOLD_CHOICES, STATUS_CHOICES, QueueFilters
from labeler.ui.review.model import (
    COLUMNS,
    PROJECT_COLUMN,
    PROPOSAL_COLUMN,
    QueueModel,
    QueueRow,
)

ALL_PROJECTS = QT_TRANSLATE_NOOP("QueuePanel", "All projects")
EVERYONE = QT_TRANSLATE_NOOP("QueuePanel", "Everyone")
#: Spin boxes report every step of a held arrow key: wait this long before reloading.
SETTLE_MS = 350


class FilterBox(QComboBox):
    """A drop-down filter that a click does not focus and that says when a choice came
    from its list (`picked`), as against the arrows or the wheel on the closed box."""

    picked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._from_list = False
        self.activated.connect(self._activated)

    def showPopup(self) -> None:  # noqa: N802 (Qt)
        self._from_list = False
        super().showPopup()

    def hidePopup(self) -> None:  # noqa: N802 (Qt)
        # The list closes just before it reports the choice (if one was made).
        self._from_list = True
        super().hidePopup()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt)
        self._from_list = False
        super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt)
        self._from_list = False
        super().wheelEvent(event)

    def _activated(self, _index: int) -> None:
        if self._from_list:
            self._from_list = False
            self.picked.emit()


class QueuePanel(QWidget):
    """Filters and the queue table; see the module docstring."""

    filters_changed = Signal(object)
    current_changed = Signal(int)
    more_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewQueue")
        self._cursor: str | None = None
        self._quiet = False
        title = QLabel(self.tr("Review queue"), self)
        title.setObjectName("heading")

        self.project = FilterBox(self)
        self.project.addItem(self.tr(ALL_PROJECTS), None)
        self.annotator = FilterBox(self)
        self.annotator.addItem(self.tr(EVERYONE), None)
        self.status = FilterBox(self)
        for value, text in STATUS_CHOICES:
            self.status.addItem(self.tr(text), value)
        self.gold = FilterBox(self)
        for flag, text in GOLD_CHOICES:
            self.gold.addItem(self.tr(text), flag)
        # One short row, so the queue stays narrow and the panes get the width.
        self.scored = QCheckBox(self.tr("Gold score"), self)
        self.scored.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.scored.setAccessibleName(self.tr("Only gold scores from"))
        self.min_score = self._score_box(0.0)
        self.max_score = self._score_box(1.0)
        scores = QHBoxLayout()
        scores.setContentsMargins(0, 0, 0, 0)
        scores.addWidget(self.scored)
        scores.addWidget(self.min_score)
        scores.addWidget(QLabel(self.tr("to"), self))
        scores.addWidget(self.max_score)
        scores.addStretch(1)
        # Answers to the least certain proposals first: those are the likeliest wrong.
        self.confident = QCheckBox(self.tr("Proposal confidence at most"), self)
        self.confident.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.max_confidence = self._score_box(0.5)
        self.max_confidence.setAccessibleName(self.tr("Proposal confidence at most"))
        sure = QHBoxLayout()
        sure.setContentsMargins(0, 0, 0, 0)
        sure.addWidget(self.confident)
        sure.addWidget(self.max_confidence)
        sure.addStretch(1)

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Project"), self.project)
        form.addRow(self.tr("Annotator"), self.annotator)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Items"), self.gold)
        form.addRow(scores)
        form.addRow(sure)

        self.model = QueueModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("queueTable")
        self.table.setModel(self.model)
        self.table.setItemDelegate(ScriptDelegate(self.table))  # Urdu names read from the right
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        head = self.table.horizontalHeader()
        head.setHighlightSections(False)
        # Qt's least width of a column grows with the font's height: Nastaliq's tall lines
        # made every column 69 px and the queue scroll sideways. A clock's width is enough.
        least = self.fontMetrics().horizontalAdvance("0:00") + 12
        head.setMinimumSectionSize(min(head.minimumSectionSize(), least))
        head.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # Every column fits its contents but one that stretches and elides (the project,
        # else the annotator): a narrow queue never scrolls sideways.
        for col in range(len(COLUMNS)):
            head.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

        # Short words that wrap rather than cut when the queue is narrow: never widens it.
        self.count = QLabel(self)
        self.count.setObjectName("muted")
        self.count.setWordWrap(True)
        self.more_button = QPushButton(self.tr("Load more"), self)
        self.more_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.more_button.clicked.connect(self.load_more)
        self.more_button.hide()
        footer = QHBoxLayout()
        footer.addWidget(self.count, 1)
        footer.addWidget(self.more_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 6, 8)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addLayout(footer)

        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._emit_filters)
        for combo in (self.project, self.annotator, self.status, self.gold):
            combo.currentIndexChanged.connect(self._changed_now)
            combo.picked.connect(partial(self._picked, combo))
        self.scored.toggled.connect(self._scored_toggled)
        self.min_score.valueChanged.connect(self._changed_later)
        self.max_score.valueChanged.connect(self._changed_later)
        self.confident.toggled.connect(self._confident_toggled)
        self.max_confidence.valueChanged.connect(self._changed_later)
        self._scored_toggled(False)
        self._confident_toggled(False)
        self._show_project_column()
        self.table.setColumnHidden(PROPOSAL_COLUMN, True)
        self._update_count()

    def _score_box(self, value: float) -> QDoubleSpinBox:
        box = QDoubleSpinBox(self)
        box.setRange(0.0, 1.0)
        box.setSingleStep(0.05)
        box.setDecimals(2)
        box.setValue(value)
        box.setAccessibleName(self.tr("Gold score bound"))
        return box

    # -- what the workspace calls ----------------------------------------------------------

    def set_projects(self, projects: Sequence[tuple[str, str]]) -> None:
        """(id, name) of each project the reviewer may review."""
        keep = self.project.currentData()
        self._quiet = True
        self.project.clear()
        self.project.addItem(self.tr(ALL_PROJECTS), None)
        for project_id, name in projects:
            self.project.addItem(name, project_id)
        self.model.set_project_names(dict(projects))
        self._select(self.project, keep)
        self._show_project_column()
        self._quiet = False

    def set_annotators(self, usernames: Sequence[str]) -> None:
        """The annotators the filter offers (the project's, or those in the queue)."""
        keep = self.annotator.currentData()
        self._quiet = True
        self.annotator.clear()
        self.annotator.addItem(self.tr(EVERYONE), None)
        names = sorted(set(usernames) | ({keep} if keep else set()), key=str.casefold)
        for name in names:
            self.annotator.addItem(name, name)
        self._select(self.annotator, keep)
        self._quiet = False

    def set_filters(self, filters: QueueFilters) -> None:
        """Show `filters` without reporting a change (restoring remembered ones)."""
        self._quiet = True
        if filters.project_id is not None and self.project.findData(filters.project_id) < 0:
            self.project.addItem(filters.project_id, filters.project_id)
        self._select(self.project, filters.project_id)
        if filters.user is not None and self.annotator.findData(filters.user) < 0:
            self.annotator.addItem(filters.user, filters.user)
        self._select(self.annotator, filters.user)
        self._select(self.status, filters.status)
        self._select(self.gold, filters.gold)
        self.scored.setChecked(filters.scored)
        self.min_score.setValue(filters.min_gold_score or 0.0)
        self.max_score.setValue(1.0 if filters.max_gold_score is None else filters.max_gold_score)
        self._scored_toggled(filters.scored, report=False)
        confident = filters.max_confidence is not None
        self.confident.setChecked(confident)
        if filters.max_confidence is not None:
            self.max_confidence.setValue(filters.max_confidence)
        self._confident_toggled(confident, report=False)
        self._show_project_column()
        self._quiet = False

    def filters(self) -> QueueFilters:
        """The filters as the widgets show them."""
        scored = self.scored.isChecked()
        low, high = self.min_score.value(), self.max_score.value()
        return QueueFilters(
            project_id=self.project.currentData(),
            user=self.annotator.currentData(),
            status=self.status.currentData(),
            gold=self.gold.currentData(),
            min_gold_score=min(low, high) if scored else None,
            max_gold_score=max(low, high) if scored else None,
            max_confidence=self.max_confidence.value() if self.confident.isChecked() else None,
        )

    def set_page(self, page: ReviewPage, *, append: bool = False) -> None:
        """Show the first page (replacing the rows) or add the next one."""
        if append:
            self.model.append_entries(page.entries)
        else:
            self.model.set_entries(page.entries)
        # Without proposals the column would be empty on every row, and take room.
        self.table.setColumnHidden(PROPOSAL_COLUMN, not self.model.has_proposals())
        self._cursor = page.next_cursor
        self.more_button.setVisible(page.next_cursor is not None)
        self._update_count()

    @property
    def next_cursor(self) -> str | None:
        return self._cursor

    def select_row(self, row: int) -> None:
        """Make `row` the current and only selected row. Not `QTableView.selectRow`:
        right to left it looks for a column at the viewport's far edge, and in a queue
        whose columns scroll it finds none and selects nothing."""
        if 0 <= row < self.model.rowCount():
            index = self.model.index(row, 0)
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            self.table.selectionModel().setCurrentIndex(index, flags)
            self.table.scrollTo(index)

    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def current(self) -> QueueRow | None:
        return self.model.row_at(self.current_row())

    def load_more(self) -> None:
        if self._cursor is not None:
            self.more_requested.emit()

    def refresh_count(self) -> None:
        self._update_count()

    # -- inside -----------------------------------------------------------------------------

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(index if index >= 0 else 0)

    def _scored_toggled(self, on: bool, report: bool = True) -> None:
        self.min_score.setEnabled(on)
        self.max_score.setEnabled(on)
        if report:
            self._changed_now()

    def _confident_toggled(self, on: bool, report: bool = True) -> None:
        self.max_confidence.setEnabled(on)
        if report:
            self._changed_now()

    def _changed_now(self, *_: object) -> None:
        if not self._quiet:
            self._settle.stop()
            self._emit_filters()

    def _picked(self, box: FilterBox) -> None:
        # A box reached by key had the keyboard: the queue takes it back. After a click it
        # never left the queue or the pane that had it.
        if box.hasFocus():
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _changed_later(self, *_: object) -> None:
        if not self._quiet and (self.scored.isChecked() or self.confident.isChecked()):
            self._settle.start()

    def _emit_filters(self) -> None:
        self._show_project_column()
        self.filters_changed.emit(self.filters())

    def _show_project_column(self) -> None:
        # With one project chosen the column would repeat its name on every row.
        hidden = self.project.currentData() is not None
        self.table.setColumnHidden(PROJECT_COLUMN, hidden)
        head = self.table.horizontalHeader()
        stretch, fit = QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.ResizeToContents
        head.setSectionResizeMode(PROJECT_COLUMN, fit if hidden else stretch)
        head.setSectionResizeMode(0, stretch if hidden else fit)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_changed.emit(current.row() if current.isValid() else -1)

    def _update_count(self) -> None:
        total, left = self.model.rowCount(), self.model.pending_count()
        if not total:
            text = self.tr("Nothing to review with these filters")
        elif self._cursor:  # more to load: "so far" says the count is not the whole queue
            text = self.tr("{total} so far · {left} to decide")
        elif total == 1:
            text = self.tr("1 submission · {left} to decide")
        else:
            text = self.tr("{total} submissions · {left} to decide")
        self.count.setText(text.format(total=number(total), left=number(left)))
        tip = (
            self.tr(
                "{total} submissions listed, {left} still to decide (Load more lists the next ones)"
            )
            if self._cursor
            else self.tr("{total} submissions listed, {left} still to decide")
        )
        self.count.setToolTip(tip.format(total=number(total), left=number(left)))
