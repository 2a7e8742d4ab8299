"""Differences between two schema versions, in words: the list the versions page shows,
and the question asked before a save makes a new version."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from labeler.core.problems import SchemaInvalid
from labeler.core.schema import parse_schema
from labeler.core.schemadiff import SchemaChange, diff_schemas

_MARKS = {"added": ("+", "#2e7d32"), "removed": ("−", "#c62828"), "changed": ("~", "#a15c00")}


def normalised(doc: dict[str, Any]) -> dict[str, Any]:
    """A document with every default filled in (when valid), so that a default written
    out on one side is no difference."""
    try:
        return parse_schema(doc).to_json()
    except SchemaInvalid:
        return doc


def changes_between(old: dict[str, Any], new: dict[str, Any]) -> list[SchemaChange]:
    """What changed from `old` to `new`, as `labeler.core.schemadiff` says it."""
    return list(diff_schemas(normalised(old), normalised(new)))


class ChangesList(QListWidget):
    """One line per change, marked added (+), removed (−) or changed (~)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Changes"))
        self.setWordWrap(True)

    def set_changes(self, changes: Sequence[SchemaChange], empty: str) -> None:
        self.clear()
        for change in changes:
            mark, color = _MARKS.get(change.kind, ("·", "#444444"))
            item = QListWidgetItem(f"{mark}  {change.describe()}", self)
            item.setForeground(QBrush(QColor(color)))
            item.setToolTip(change.path)
        if not changes:
            item = QListWidgetItem(empty, self)
            item.setFlags(Qt.ItemFlag.NoItemFlags)

    def lines(self) -> list[str]:
        return [self.item(i).text() for i in range(self.count())]


class SaveQuestion(QDialog):
    """Before a save: the changes from the current version; Save makes the next one."""

    def __init__(
        self,
        changes: Sequence[SchemaChange],
        current: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save a new version of the schema"))
        self.resize(640, 420)
        heading = QLabel(
            self.tr(
                "Changes from version {v}, the current one. Batches already handed out "
                "keep version {v}; new batches get version {n}."
            ).format(v=current, n=current + 1),
            self,
        )
        heading.setWordWrap(True)
        self.changes = ChangesList(self)
        self.changes.set_changes(changes, self.tr("No changes."))
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("Save as version {n}").format(n=current + 1),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        buttons.addButton(self.tr("Keep editing"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.changes, 1)
        layout.addWidget(buttons)
        self.save_button.setDefault(True)
