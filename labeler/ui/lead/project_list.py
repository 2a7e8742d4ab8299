"""The lead's project list: every project with its media, schema version, items, the
answers each item gets, its reward and whether it is open, private or for training.

Selecting a row (a click, or the arrows) picks the project every lead page shows; holding
an arrow picks only the row it stops on. Enter opens the settings of the project under
the cursor."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from labeler.client.leading import LeadProject
from labeler.ui.i18n import money, number, translate
from labeler.ui.lead.rows import select_row
from labeler.ui.lead.words import media_word
from labeler.ui.pages.common import (
    NoteLine,
    ScriptDelegate,
    busy_bar,
    requirement_text,
    script_font,
)

ID_ROLE = Qt.ItemDataRole.UserRole
#: Holding an arrow key in the list picks only the row it stops on.
SELECT_DELAY_MS = 150
COLUMNS = (
    QT_TRANSLATE_NOOP("lead.project_list", "Name"),
    QT_TRANSLATE_NOOP("lead.project_list", "Id"),
    QT_TRANSLATE_NOOP("lead.project_list", "Media"),
    QT_TRANSLATE_NOOP("lead.project_list", "Schema"),
    QT_TRANSLATE_NOOP("lead.project_list", "Items left"),
    QT_TRANSLATE_NOOP("lead.project_list", "Per item"),
    QT_TRANSLATE_NOOP("lead.project_list", "Reward"),
    QT_TRANSLATE_NOOP("lead.project_list", "Pool"),
)


def pool_text(project: LeadProject) -> str:
    """`open`, `closed`, `training`, `private: street-scenes ≥ 92% over 20 gold`."""
    parts = [] if project.active else [translate("lead.project_list", "closed")]
    if project.training:
        parts.append(translate("lead.project_list", "training"))
    req = project.requirement
    if req is not None:
        parts.append(
            translate("lead.project_list", "private: {skill} ≥ {accuracy} over {n} gold").format(
                skill=req.skill,
                accuracy=requirement_text(req.min_accuracy),
                n=number(req.min_gold),
            )
        )
    return translate("lead.project_list", ", ").join(parts) or translate(
        "lead.project_list", "open"
    )


def row_texts(project: LeadProject) -> list[str]:
    left = project.items_remaining
    total = project.items_total
    items = translate("lead.project_list", "{left} of {total}").format(
        left=number(left) if left is not None else "?",
        total=number(total) if total is not None else "?",
    )
    return [
        project.name,
        project.id,
        media_word(project.media),
        translate("lead.project_list", "v{version}").format(version=project.schema_version),
        items,
        number(project.overlap),
        money(project.reward.amount, project.reward.currency),
        pool_text(project),
    ]


class ProjectList(QWidget):
    """`set_projects`, `select`, `set_busy`, `show_error`; signals `new_requested()`,
    `refresh_requested()`, `settings_requested(id)`, `schema_requested(id)`,
    `export_requested(id)`, `preannotate_requested(id)`, and
    `chosen(id)` when the lead moves the selection (never for `set_projects`/`select`)."""

    chosen = Signal(str)
    new_requested = Signal()
    refresh_requested = Signal()
    settings_requested = Signal(str)
    schema_requested = Signal(str)
    export_requested = Signal(str)
    preannotate_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(self.tr("Projects"), self)
        heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.new_button = QPushButton(self.tr("New project…"), self)
        self.new_button.setToolTip(self.tr("New project (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_requested)
        self.settings_button = QPushButton(self.tr("Settings"), self)
        self.settings_button.setToolTip(self.tr("The settings of this project (Enter)"))
        self.settings_button.clicked.connect(lambda: self._emit(self.settings_requested))
        self.schema_button = QPushButton(self.tr("Schema"), self)
        self.schema_button.setToolTip(self.tr("The schema of this project"))
        self.schema_button.clicked.connect(lambda: self._emit(self.schema_requested))
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setToolTip(self.tr("Export this project's answers (Ctrl+Shift+S)"))
        self.export_button.clicked.connect(lambda: self._emit(self.export_requested))
        self.preannotate_button = QPushButton(self.tr("Pre-annotate…"), self)
        self.preannotate_button.setToolTip(
            self.tr("Propose answers for this project's items with a plugin (Ctrl+Shift+M)")
        )
        self.preannotate_button.clicked.connect(lambda: self._emit(self.preannotate_requested))
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setToolTip(self.tr("Refresh (F5)"))
        self.refresh_button.clicked.connect(self.refresh_requested)
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        for button in (
            self.new_button,
            self.settings_button,
            self.schema_button,
            self.export_button,
            self.preannotate_button,
            self.refresh_button,
        ):
            top.addWidget(button)
        self.busy = busy_bar(self)
        self.note = NoteLine(self)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels([translate("lead.project_list", c) for c in COLUMNS])
        self.table.setItemDelegate(ScriptDelegate(self.table))  # Urdu names read from the right
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAccessibleName(self.tr("Projects"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._activated)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self._quiet = False  # the list itself is moving the selection
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SELECT_DELAY_MS)
        self._timer.timeout.connect(self._settled)
        self.empty = QLabel(self.tr("No projects yet. New project (Ctrl+N) starts one."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: palette(placeholder-text); padding: 40px;")
        self.empty.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(top)
        layout.addWidget(self.busy)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        self._update_buttons()

    def set_projects(self, projects: list[LeadProject], current: str | None = None) -> None:
        """Show `projects`; keeps `current` (or the selected one) selected, unless the
        lead is moving the selection: their row stays, and is picked."""
        if self._timer.isActive():
            current = self.current_id() or current
        current = current or self.current_id()
        self._quiet = True
        self.table.setRowCount(len(projects))
        for row, project in enumerate(projects):
            for column, text in enumerate(row_texts(project)):
                item = QTableWidgetItem(text)
                item.setFont(script_font(self.table.font(), text))  # Urdu names
                if column == 0:
                    item.setData(ID_ROLE, project.id)
                if not project.active:
                    item.setForeground(self.palette().placeholderText())
                self.table.setItem(row, column, item)
        self.table.setVisible(bool(projects))
        self.empty.setVisible(not projects)
        rows = [r for r, p in enumerate(projects) if p.id == current]
        if projects:
            select_row(self.table, rows[0] if rows else 0)
        self._quiet = False
        self._update_buttons()

    def current_id(self) -> str | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return item.data(ID_ROLE) if item is not None else None

    def select(self, project_id: str | None) -> None:
        """Select the row of `project_id` (None: no row), without `chosen`; nothing
        while the lead's own pick is on its way (it wins)."""
        if self._timer.isActive():
            return
        self._quiet = True
        if project_id is None:
            self.table.clearSelection()
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(ID_ROLE) == project_id:
                select_row(self.table, row)
        self._quiet = False

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.refresh_button.setEnabled(not busy)
        if busy:
            self.note.clear_note()

    def show_error(self, message: str) -> None:
        self.note.show_error(message)

    def focus_list(self) -> None:
        target = self.table if self.table.isVisible() else self.new_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _emit(self, signal: Signal) -> None:  # type: ignore[type-arg]
        project_id = self.current_id()
        if project_id is not None:
            signal.emit(project_id)  # type: ignore[attr-defined]

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self._quiet:
            self._timer.start()

    def _settled(self) -> None:
        project_id = self.current_id()
        if project_id is not None:
            self.chosen.emit(project_id)

    def _activated(self, _index: QModelIndex) -> None:
        self._timer.stop()  # Enter opens the settings, which picks the project too
        self._emit(self.settings_requested)

    def _update_buttons(self) -> None:
        chosen = self.current_id() is not None
        self.settings_button.setEnabled(chosen)
        self.schema_button.setEnabled(chosen)
        self.export_button.setEnabled(chosen)
        self.preannotate_button.setEnabled(chosen)
