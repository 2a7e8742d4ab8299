"""The import page's list of what was not imported: a format's problems with its
annotation files, refused files and lines with the reason, and duplicates with what they
duplicate. Plain rows, sortable, copyable."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from labeler.client.importing import Duplicate, Refusal
from labeler.ui import messages
from labeler.ui.i18n import translate
from labeler.ui.lead.room import at_least_rows
from labeler.ui.pages.common import BAD, OK, WARN

CREATED, REFUSED, DUPLICATE, PROBLEM = "created", "refused", "duplicate", "problem"
#: What the outcome column says of each.
OUTCOMES = {
    CREATED: QT_TRANSLATE_NOOP("lead.importer.outcome", "created"),
    REFUSED: QT_TRANSLATE_NOOP("lead.importer.outcome", "refused"),
    DUPLICATE: QT_TRANSLATE_NOOP("lead.importer.outcome", "duplicate"),
    PROBLEM: QT_TRANSLATE_NOOP("lead.importer.outcome", "problem"),
}
COLUMNS = (
    QT_TRANSLATE_NOOP("lead.importer.outcome", "File or line"),
    QT_TRANSLATE_NOOP("lead.importer.outcome", "Outcome"),
    QT_TRANSLATE_NOOP("lead.importer.outcome", "Why"),
)


class OutcomeTable(QTableWidget):
    """Rows of (source, outcome, reason); Ctrl+C copies the selected rows as text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.setObjectName("importOutcome")
        self.setHorizontalHeaderLabels([translate("lead.importer.outcome", c) for c in COLUMNS])
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
        at_least_rows(self, 2)

    def show_outcome(
        self,
        refused: Iterable[Refusal],
        duplicates: Iterable[Duplicate],
        problems: Iterable[str] = (),
        item_problems: Mapping[str, tuple[str, ...]] | None = None,
        created: Iterable[tuple[str, str]] = (),
    ) -> None:
        """Replace the rows: the items an import created (`created`: their source names
        and ids, listed at once by the name they were imported from), then a format's
        problems (sentences naming their file), then refusals, then duplicates. A problem
        of an item taken with what could be read (`item_problems`, by source name) is
        listed under that item's name; the rest concern the annotation files."""
        by_item = item_problems or {}
        rest = Counter(p for ps in by_item.values() for p in ps)
        # The source column of a problem that concerns the annotation files, not one item.
        annotations = self.tr("annotation files")
        rows = [
            (source, CREATED, self.tr("item {id}").format(id=item_id[:8]))
            for source, item_id in created
        ]
        for p in problems:
            if rest[p] > 0:
                rest[p] -= 1  # listed below under its item
            else:
                rows.append((annotations, PROBLEM, messages.said(p)))
        rows += [(name, PROBLEM, messages.said(p)) for name, ps in by_item.items() for p in ps]
        rows += [(r.source, REFUSED, messages.said(r.reason)) for r in refused]
        for d in duplicates:
            if d.same_as:
                why = self.tr("the same content as {source}").format(source=d.same_as)
            else:
                why = self.tr("already in the project")
            rows.append((d.source, DUPLICATE, why))
        self.setSortingEnabled(False)
        self.setRowCount(len(rows))
        for i, (source, outcome, reason) in enumerate(rows):
            colour = {DUPLICATE: WARN, CREATED: OK}.get(outcome, BAD)
            cells = (source, translate("lead.importer.outcome", OUTCOMES[outcome]), reason)
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
