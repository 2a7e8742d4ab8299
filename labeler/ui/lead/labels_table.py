"""The labels of one field as a table: value, hotkey and colour. Values and hotkeys are
typed in place (F2 or any key); the colour cell opens a colour picker (Enter or a
double click) and Delete clears it. Cells with problems are marked with the message."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from labeler.ui.lead.room import at_least_rows

VALUE, HOTKEY, COLOR = 0, 1, 2
KEYS = ("value", "hotkey", "color")
BAD_TINT = QColor("#fdecea")
#: Colours offered for a new label, in order (distinct on white and on photos).
PALETTE = (
    "#e6194b",
    "#3cb44b",
    "#4363d8",
    "#f58231",
    "#911eb4",
    "#42d4f4",
    "#f032e6",
    "#bfef45",
    "#469990",
    "#9a6324",
)


class _OneCharacter(QStyledItemDelegate):
    """Hotkeys are typed as one character."""

    def createEditor(  # noqa: N802 (Qt)
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setMaxLength(1)
        return editor


class _Table(QTableWidget):
    """Enter on a colour cell picks a colour and Delete clears one; Insert adds a label,
    Alt+Up and Alt+Down move one."""

    color_wanted = Signal(int)
    color_cleared = Signal(int)
    key_command = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt)
        row, column = self.currentRow(), self.currentColumn()
        key = event.key()
        alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        command = {
            (Qt.Key.Key_Insert, False): "add",
            (Qt.Key.Key_Up, True): "up",
            (Qt.Key.Key_Down, True): "down",
        }.get((Qt.Key(key), alt))
        if command is not None and self.state() != self.State.EditingState:
            self.key_command.emit(command)
            return
        if column == COLOR and row >= 0 and self.state() != self.State.EditingState:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
                self.color_wanted.emit(row)
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.color_cleared.emit(row)
                return
        super().keyPressEvent(event)


class LabelsTable(QWidget):
    """Edits `labels` of one field through `edit(key, row, value)` calls on the owner.

    Signals: `changed(row, key, value)` (value None clears a hotkey or colour),
    `add_requested()`, `remove_requested(row)`, `move_requested(row, to)`.
    """

    changed = Signal(int, str, object)
    add_requested = Signal()
    remove_requested = Signal(int)
    move_requested = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels: list[dict[str, Any]] = []
        self._marks: dict[tuple[int, int], str] = {}
        self._filling = False
        self.table = _Table(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Value"), self.tr("Hotkey"), self.tr("Colour")]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(VALUE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(HOTKEY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLOR, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setItemDelegateForColumn(HOTKEY, _OneCharacter(self.table))
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.table.setAccessibleName(self.tr("Labels"))
        # Three labels show however low the editor is; the form scrolls instead (in
        # Nastaliq the table was squeezed to one row).
        at_least_rows(self.table, 3)
        self.table.itemChanged.connect(self._item_changed)
        self.table.cellDoubleClicked.connect(self._double_clicked)
        self.table.color_wanted.connect(self.pick_color)
        self.table.color_cleared.connect(lambda row: self.changed.emit(row, "color", None))
        self.table.key_command.connect(
            lambda c: (
                self.add_requested.emit() if c == "add" else self._move(-1 if c == "up" else 1)
            )
        )

        self.add_button = QPushButton(self.tr("Add label"), self)
        self.add_button.setToolTip(self.tr("Add a label (Ctrl+L, or Insert in the table)"))
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.up_button = QPushButton(self.tr("Up"), self)
        self.up_button.setToolTip(self.tr("Move the label up (Alt+Up)"))
        self.down_button = QPushButton(self.tr("Down"), self)
        self.down_button.setToolTip(self.tr("Move the label down (Alt+Down)"))
        self.color_button = QPushButton(self.tr("Colour…"), self)
        self.color_button.setToolTip(self.tr("Pick the colour (Enter on a colour cell)"))
        self.add_button.clicked.connect(self.add_requested)
        self.remove_button.clicked.connect(self._remove)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.color_button.clicked.connect(lambda: self.pick_color(self.table.currentRow()))
        self.table.currentCellChanged.connect(lambda *_: self._update_buttons())
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.remove_button,
            self.up_button,
            self.down_button,
            self.color_button,
        ):
            button.setMinimumWidth(button.fontMetrics().horizontalAdvance(button.text()) + 16)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.color_dialog: QColorDialog | None = None
        self._update_buttons()

    # -- showing -------------------------------------------------------------------------

    def set_labels(self, labels: list[Any], current: int | None = None) -> None:
        """Show `labels` (non-objects show as empty rows); keeps the current cell."""
        self._labels = [lb if isinstance(lb, dict) else {} for lb in labels]
        row, column = self.table.currentRow(), max(0, self.table.currentColumn())
        self._filling = True
        if self.table.rowCount() != len(self._labels):
            self.table.setRowCount(len(self._labels))
        for r, label in enumerate(self._labels):
            for c, key in enumerate(KEYS):
                self._fill(r, c, label.get(key))
        self._filling = False
        self._paint_marks()
        if current is not None:
            row = current
        if self._labels:
            self.table.setCurrentCell(max(0, min(row, len(self._labels) - 1)), column)
        self._update_buttons()

    def mark(self, marks: dict[tuple[int, int], str]) -> None:
        """Cells with problems: (row, column) → message."""
        self._marks = marks
        self._paint_marks()

    def focus_cell(self, row: int, column: int) -> None:
        if 0 <= row < self.table.rowCount():
            self.table.setCurrentCell(row, column)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- colours -------------------------------------------------------------------------

    def pick_color(self, row: int) -> None:
        """Open the colour picker for `row` (not modal to the app: it is a sheet here)."""
        if not 0 <= row < len(self._labels):
            return
        current = self._labels[row].get("color")
        start = QColor(current) if isinstance(current, str) and QColor(current).isValid() else None
        dialog = QColorDialog(start or QColor(PALETTE[row % len(PALETTE)]), self)
        dialog.setWindowTitle(
            self.tr("Colour of '{v}'").format(v=self._labels[row].get("value", ""))
        )
        dialog.colorSelected.connect(lambda color: self.changed.emit(row, "color", color.name()))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.color_dialog = dialog
        dialog.open()

    # -- inside --------------------------------------------------------------------------

    def _fill(self, row: int, column: int, value: Any) -> None:
        text = value if isinstance(value, str) else ("" if value is None else str(value))
        item = self.table.item(row, column)
        if item is None:
            item = QTableWidgetItem()
            self.table.setItem(row, column, item)
        if column == COLOR:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            color = QColor(text) if text else None
            if color is not None and color.isValid():
                swatch = QPixmap(14, 14)
                swatch.fill(color)
                item.setIcon(swatch)
            else:
                item.setIcon(QPixmap())
            text = text or self.tr("none")
        if item.text() != text:
            item.setText(text)

    def _paint_marks(self) -> None:
        for r in range(self.table.rowCount()):
            for c in range(3):
                item = self.table.item(r, c)
                if item is None:
                    continue
                message = self._marks.get((r, c))
                item.setBackground(QBrush(BAD_TINT) if message else QBrush())
                item.setToolTip(message or "")

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() == COLOR:
            return
        key = KEYS[item.column()]
        text = item.text()
        if key == "hotkey":
            self.changed.emit(item.row(), key, text[:1] or None)
        else:
            self.changed.emit(item.row(), key, text)

    def _double_clicked(self, row: int, column: int) -> None:
        if column == COLOR:
            self.pick_color(row)

    def _remove(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.remove_requested.emit(row)

    def _move(self, step: int) -> None:
        row = self.table.currentRow()
        if 0 <= row and 0 <= row + step < self.table.rowCount():
            self.move_requested.emit(row, row + step)

    def _update_buttons(self) -> None:
        row, count = self.table.currentRow(), self.table.rowCount()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
        self.color_button.setEnabled(row >= 0)
