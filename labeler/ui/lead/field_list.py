"""The fields of the schema under edit, as a list: add, remove and reorder by button or
key (Insert, Delete, Alt+Up, Alt+Down), fields with problems marked."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from labeler.ui.i18n import number, translate
from labeler.ui.lead.words import kind_name

BAD = QColor("#c62828")


def describe_field(raw: dict[str, Any], index: int) -> str:
    """`scene · choice · 3 labels` for the list."""
    name = raw.get("name") if isinstance(raw.get("name"), str) and raw.get("name") else None
    kind = raw.get("kind") if isinstance(raw.get("kind"), str) else "?"
    unnamed = translate("lead.field_list", "(field {n} has no name)").format(n=index + 1)
    parts = [name or unnamed, kind_name(str(kind))]
    labels = raw.get("labels")
    if isinstance(labels, list):
        parts.append(
            translate("lead.field_list", "1 label")
            if len(labels) == 1
            else translate("lead.field_list", "{n} labels").format(n=number(len(labels)))
        )
    if kind == "rating":
        parts.append(f"{raw.get('min', 1)}–{raw.get('max', 5)}")
    return "  ·  ".join(str(p) for p in parts)


class _List(QListWidget):
    """Insert, Delete, Alt+Up and Alt+Down act on the current field."""

    key_command = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt)
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        commands = {
            (Qt.Key.Key_Insert, False): "add",
            (Qt.Key.Key_Delete, False): "remove",
            (Qt.Key.Key_Up, True): "up",
            (Qt.Key.Key_Down, True): "down",
        }
        command = commands.get((Qt.Key(event.key()), bool(alt)))
        if command is None:
            super().keyPressEvent(event)
        else:
            self.key_command.emit(command)


class FieldList(QWidget):
    """Signals: `current_changed(index)`, `add_requested()`, `remove_requested(index)`,
    `move_requested(index, to)`."""

    current_changed = Signal(int)
    add_requested = Signal()
    remove_requested = Signal(int)
    move_requested = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = _List(self)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAccessibleName(self.tr("Fields"))
        self.list.currentRowChanged.connect(self.current_changed)
        self.list.currentRowChanged.connect(lambda _r: self._update_buttons())
        self._fields: list[dict[str, Any]] = []
        self._marks: dict[int, str] = {}
        self.list.key_command.connect(self._command)
        self.add_button = QPushButton(self.tr("Add field"), self)
        self.add_button.setToolTip(self.tr("Add a field (Insert in the list, Ctrl+Shift+F)"))
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setToolTip(self.tr("Remove the field (Delete in the list)"))
        self.up_button = QPushButton(self.tr("Up"), self)
        self.up_button.setToolTip(self.tr("Move the field up (Alt+Up)"))
        self.down_button = QPushButton(self.tr("Down"), self)
        self.down_button.setToolTip(self.tr("Move the field down (Alt+Down)"))
        self.add_button.clicked.connect(self.add_requested)
        self.remove_button.clicked.connect(lambda: self._command("remove"))
        self.up_button.clicked.connect(lambda: self._command("up"))
        self.down_button.clicked.connect(lambda: self._command("down"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setMinimumWidth(button.fontMetrics().horizontalAdvance(button.text()) + 16)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def set_fields(self, fields: list[dict[str, Any]], current: int) -> None:
        """Show `fields`, with `current` selected (clamped; -1 when there are none)."""
        self._fields = fields
        self.list.blockSignals(True)
        if self.list.count() != len(fields):
            self.list.clear()
            for _ in fields:
                QListWidgetItem(self.list)
        self._render()
        self.list.setCurrentRow(min(current, len(fields) - 1))
        self.list.blockSignals(False)
        self._update_buttons()

    def mark(self, problems: dict[int, str]) -> None:
        """Fields with problems (index → first message) in red, the message as a tip."""
        self._marks = problems
        self._render()

    def _render(self) -> None:
        for i, raw in enumerate(self._fields[: self.list.count()]):
            item = self.list.item(i)
            message = self._marks.get(i)
            text = describe_field(raw, i)
            text = f"⚠ {text}" if message else text
            if item.text() != text:
                item.setText(text)
            item.setForeground(QBrush(BAD) if message else QBrush())
            item.setToolTip(message or "")

    def current(self) -> int:
        return self.list.currentRow()

    def select(self, index: int) -> None:
        self.list.setCurrentRow(index)

    def _command(self, command: str) -> None:
        row = self.list.currentRow()
        if command == "add":
            self.add_requested.emit()
        elif row < 0:
            return
        elif command == "remove":
            self.remove_requested.emit(row)
        elif command == "up" and row > 0:
            self.move_requested.emit(row, row - 1)
        elif command == "down" and row + 1 < self.list.count():
            self.move_requested.emit(row, row + 1)

    def _update_buttons(self) -> None:
        row, count = self.list.currentRow(), self.list.count()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
