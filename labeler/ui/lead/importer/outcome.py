"""The import page's list of what was not imported: a format's problems with its
annotation files, refused files and lines with the reason, and duplicates with what they
duplicate. Plain rows, sortable, copyable."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from labeler.client.importing import Duplicate, Refusal
from labeler.ui.pages.common import BAD, WARN

REFUSED, DUPLICATE, PROBLEM = "refused", "duplicate", "problem"
#: The source column of a problem that concerns the annotation files, not one item.
ANNOTATIONS = "annotation files"
COLUMNS = ("File or line", "Outcome", "Why")


class OutcomeTable(QTableWidget):
    """Rows of (source, outcome, reason); Ctrl+C copies the selected rows as text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.setObjectName("importOutcome")
        self.setHorizontalHeaderLabels(list(COLUMNS))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.setSortingEnabled(True)
        # In the order found until the lead sorts by a column.
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        head = self.horizontalHeader()
        head.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        head.resizeSection(0, 260)
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def show_outcome(
        self,
        refused: Iterable[Refusal],
        duplicates: Iterable[Duplicate],
        problems: Iterable[str] = (),
        item_problems: Mapping[str, tuple[str, ...]] | None = None,
    ) -> None:
        """Replace the rows: a format's problems (sentences naming their file), then
        refusals, then duplicates. A problem of an item taken with what could be read
        (`item_problems`, by source name) is listed under that item's name; the rest
        concern the annotation files."""
        by_item = item_problems or {}
        rest = Counter(p for ps in by_item.values() for p in ps)
        rows = []
        for p in problems:
            if rest[p] > 0:
                rest[p] -= 1  # listed below under its item
            else:
                rows.append((ANNOTATIONS, PROBLEM, p))
        rows += [(name, PROBLEM, p) for name, ps in by_item.items() for p in ps]
        rows += [(r.source, REFUSED, r.reason) for r in refused]
        for d in duplicates:
            why = f"the same content as {d.same_as}" if d.same_as else "already in the project"
            rows.append((d.source, DUPLICATE, why))
        self.setSortingEnabled(False)
        self.setRowCount(len(rows))
        for i, (source, outcome, reason) in enumerate(rows):
            colour = WARN if outcome == DUPLICATE else BAD
            cells = (source, outcome, reason)
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                if col == 1:
                    cell.setForeground(colour)
                self.setItem(i, col, cell)
        self.setSortingEnabled(True)

    def rows(self) -> list[tuple[str, str, str]]:
        """The rows as shown (for tests and copying)."""
        return [
            tuple(self.item(r, c).text() for c in range(len(COLUMNS)))  # type: ignore[misc]
            for r in range(self.rowCount())
        ]

    def copy_selected(self) -> None:
        """The selected rows (all when none) as tab-separated text on the clipboard."""
        chosen = sorted({i.row() for i in self.selectedIndexes()}) or range(self.rowCount())
        lines = ["\t".join(self.item(r, c).text() for c in range(len(COLUMNS))) for r in chosen]
        QGuiApplication.clipboard().setText("\n".join(lines))

    def keyPressEvent(self, event):  # type: ignore[no-untyped-def] # noqa: N802 (Qt)
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selected()
            return
        super().keyPressEvent(event)
