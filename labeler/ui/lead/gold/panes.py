"""The gold page's lower panes: the selected item's submissions (one may be promoted to
gold) and the project's contests (Enter opens the contested item)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
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

from labeler.client.curation import Contest, Submission
from labeler.core.schema import Schema
from labeler.ui.pages.common import BAD, OK, WARN, clock

_STATUS_COLOURS = {"accepted": OK, "rejected": BAD, "pending": WARN}
_ONE = {
    "boxes": "box",
    "polygons": "polygon",
    "points": "point",
    "spans": "span",
    "segments": "segment",
}


def summarize(answer: dict[str, Any] | None, schema: Schema | None) -> str:
    """An answer in a line: `scene: rural · objects: 2 boxes · note: “blurry…”`."""
    if answer is None:
        return "skipped"
    parts = []
    for name, value in answer.items():
        kind = ""
        if schema is not None and name in {f.name for f in schema.fields}:
            kind = schema.field(name).kind
        if isinstance(value, list) and kind in _ONE:
            parts.append(f"{name}: {len(value)} {kind if len(value) != 1 else _ONE[kind]}")
        elif isinstance(value, list):
            parts.append(f"{name}: {', '.join(str(v) for v in value) or 'none'}")
        elif isinstance(value, str) and kind in ("text", "transcript"):
            short = value if len(value) <= 30 else value[:29] + "…"
            parts.append(f"{name}: “{short}”")
        else:
            parts.append(f"{name}: {value}")
    return " · ".join(parts) or "empty"


def _table(parent: QWidget, headers: Sequence[str], stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(list(headers))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.setShowGrid(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    head = table.horizontalHeader()
    head.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    for col in range(len(headers)):
        head.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
    head.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def _cell(text: str, colour: Any = None, tip: str | None = None) -> QTableWidgetItem:
    cell = QTableWidgetItem(text)
    cell.setToolTip(tip or text)
    if colour is not None:
        cell.setForeground(colour)
    return cell


class SubmissionsPane(QWidget):
    """The selected item's submissions. Selecting one previews its answer on the item
    (`preview(Submission | None)`); `promote_requested(Submission)` for an accepted one."""

    preview = Signal(object)
    promote_requested = Signal(object)

    HEADERS = ("Annotator", "Status", "Gold score", "Time", "Answer")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._subs: list[Submission] = []
        self._schema: Schema | None = None
        self.table = _table(self, self.HEADERS, 4)
        self.table.itemSelectionChanged.connect(self._selected)
        self.empty = QLabel(self.tr("No submissions to this item yet."), self)
        self.empty.setObjectName("muted")
        self.promote_button = QPushButton(self.tr("Make this answer the gold answer"), self)
        self.promote_button.clicked.connect(self.promote_selected)
        self.promote_button.setEnabled(False)
        self.hint = QLabel(self.tr("Only an accepted answer can become gold."), self)
        self.hint.setObjectName("muted")
        footer = QHBoxLayout()
        footer.addWidget(self.hint)
        footer.addStretch(1)
        footer.addWidget(self.promote_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(footer)
        self.show_submissions([], None)

    def show_submissions(self, subs: Sequence[Submission], schema: Schema | None) -> None:
        self._subs, self._schema = list(subs), schema
        self.table.setRowCount(len(self._subs))
        for i, sub in enumerate(self._subs):
            who = sub.user.username if sub.user else "—"
            score = "—" if sub.gold_score is None else f"{sub.gold_score:.2f}"
            answer = summarize(sub.answer, schema)
            if sub.answer is None and sub.skip_reason:
                answer = f"skipped: {sub.skip_reason}"
            cells = (
                _cell(who),
                _cell(sub.status, _STATUS_COLOURS.get(sub.status)),
                _cell(score),
                _cell(clock(sub.active_ms)),
                _cell(answer),
            )
            for col, cell in enumerate(cells):
                self.table.setItem(i, col, cell)
        self.table.setVisible(bool(self._subs))
        self.empty.setVisible(not self._subs)
        self._selected()

    def submissions(self) -> list[Submission]:
        return list(self._subs)

    def selected(self) -> Submission | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self._subs[min(rows)] if rows else None

    def select(self, row: int) -> None:
        self.table.selectRow(row)

    def promote_selected(self) -> None:
        sub = self.selected()
        if sub is not None and sub.promotable:
            self.promote_requested.emit(sub)

    def _selected(self) -> None:
        sub = self.selected()
        promotable = bool(sub and sub.promotable)
        self.promote_button.setEnabled(promotable)
        self.hint.setVisible(sub is not None and not promotable)
        self.preview.emit(sub)


class ContestsPane(QWidget):
    """The project's contests, open ones first; `item_requested(item_id)` on Enter or a
    double click."""

    item_requested = Signal(str)

    HEADERS = ("Item", "Annotator", "Reason", "Miss rate", "State")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._contests: list[Contest] = []
        self._names: dict[str, str] = {}
        self.table = _table(self, self.HEADERS, 2)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().resizeSection(0, 120)
        self.table.itemActivated.connect(lambda cell: self._open(cell.row()))
        self.table.itemSelectionChanged.connect(self._show_reason)
        self.reason = QLabel(self)
        self.reason.setWordWrap(True)
        self.reason.setTextFormat(Qt.TextFormat.PlainText)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty = QLabel(self.tr("No contests in this project."), self)
        self.empty.setObjectName("muted")
        self.open_button = QPushButton(self.tr("Open the contested item"), self)
        self.open_button.clicked.connect(self.open_selected)
        footer = QHBoxLayout()
        footer.addWidget(self.reason, 1)
        footer.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(footer)
        self.show_contests([])

    def set_names(self, names: Mapping[str, str]) -> None:
        """Describe items by id (those the item list knows); the rest show their id."""
        self._names.update(names)
        for i, c in enumerate(self._contests):
            cell = self.table.item(i, 0)
            if cell is not None and c.item_id in self._names:
                cell.setText(self._names[c.item_id])

    def show_contests(self, contests: Sequence[Contest]) -> None:
        """Show `contests`, open ones first."""
        self._contests = sorted(contests, key=lambda c: (not c.open,))
        self.table.setRowCount(len(self._contests))
        for i, c in enumerate(self._contests):
            rate = "—" if c.miss_rate is None else f"{c.miss_rate * 100:.0f}%"
            state = "open" if c.open else "closed"
            cells = (
                _cell(self._names.get(c.item_id) or c.item_id[:8], tip=f"item {c.item_id}"),
                _cell(c.user.username if c.user else "—"),
                _cell(c.reason, tip=c.reason[:2000]),
                _cell(rate),
                _cell(state, BAD if c.open else OK),
            )
            for col, cell in enumerate(cells):
                self.table.setItem(i, col, cell)
        self.table.setVisible(bool(self._contests))
        self.empty.setVisible(not self._contests)
        self.open_button.setVisible(bool(self._contests))
        self._show_reason()

    def _show_reason(self) -> None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        contest = self._contests[min(rows)] if rows else None
        self.reason.setText(f"“{contest.reason}”" if contest is not None else "")

    def contests(self) -> list[Contest]:
        return list(self._contests)

    def open_count(self) -> int:
        return sum(c.open for c in self._contests)

    def open_selected(self) -> None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        if rows:
            self._open(min(rows))
        elif self._contests:
            self._open(0)

    def _open(self, row: int) -> None:
        if 0 <= row < len(self._contests):
            self.item_requested.emit(self._contests[row].item_id)
