"""Selecting a table's row in either direction.

`QTableView.selectRow` looks for the row's first column at the viewport's leading edge,
and in a right-to-left view asks the header for the column at `viewport.width()`, one
pixel past its end: none, so nothing is selected (Qt 6.11). In Urdu the lead's tables
then started with no row chosen and their buttons disabled. `select_row` selects through
the selection model, which has no edge to miss.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QTableView


def select_row(table: QTableView, row: int) -> None:
    """Make `row` the current, selected row of `table` (as `selectRow` does left to right)."""
    model, selection = table.model(), table.selectionModel()
    if model is None or selection is None or not 0 <= row < model.rowCount():
        return
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
    selection.setCurrentIndex(model.index(row, 0), flags | QItemSelectionModel.SelectionFlag.Rows)
