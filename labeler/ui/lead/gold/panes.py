"""The gold page's submissions pane: the selected item's submissions (one may be promoted
to gold), and the table helpers the contests pane (`contests.py`) shares."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
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

from labeler.client.curation import Submission
from labeler.core.schema import Schema
from labeler.ui.i18n import label_words, number, translate
from labeler.ui.lead.room import at_least_rows
from labeler.ui.lead.rows import select_row
from labeler.ui.lead.words import status_word
from labeler.ui.pages.common import (
    BAD,
    CELL_SCALE,
    OK,
    WARN,
    ScriptDelegate,
    clock,
    has_arabic,
    script_font,
    script_row_height,
)
from labeler.ui.review.comparewords import COMPARISON_KINDS, shape_words, short_words

_STATUS_COLOURS = {"accepted": OK, "rejected": BAD, "pending": WARN}
#: How many regions of a kind an answer holds: (one, several).
_COUNTS = {
    "boxes": (
        QT_TRANSLATE_NOOP("lead.gold.panes", "1 box"),
        QT_TRANSLATE_NOOP("lead.gold.panes", "{n} boxes"),
    ),
    "polygons": (
        QT_TRANSLATE_NOOP("lead.gold.panes", "1 polygon"),
        QT_TRANSLATE_NOOP("lead.gold.panes", "{n} polygons"),
    ),
    "points": (
        QT_TRANSLATE_NOOP("lead.gold.panes", "1 point"),
        QT_TRANSLATE_NOOP("lead.gold.panes", "{n} points"),
    ),
    "spans": (
        QT_TRANSLATE_NOOP("lead.gold.panes", "1 span"),
        QT_TRANSLATE_NOOP("lead.gold.panes", "{n} spans"),
    ),
    "segments": (
        QT_TRANSLATE_NOOP("lead.gold.panes", "1 segment"),
        QT_TRANSLATE_NOOP("lead.gold.panes", "{n} segments"),
    ),
}
HEADERS = (
    QT_TRANSLATE_NOOP("lead.gold.panes", "Annotator"),
    QT_TRANSLATE_NOOP("lead.gold.panes", "Status"),
    QT_TRANSLATE_NOOP("lead.gold.panes", "Gold score"),
    QT_TRANSLATE_NOOP("lead.gold.panes", "Time"),
    QT_TRANSLATE_NOOP("lead.gold.panes", "Answer"),
)


def _regions(kind: str, count: int) -> str:
    one, several = _COUNTS[kind]
    if count == 1:
        return translate("lead.gold.panes", one)
    return translate("lead.gold.panes", several).format(n=number(count))


def summarize(answer: dict[str, Any] | None, schema: Schema | None) -> str:
    """An answer in a line: `scene: rural · objects: 2 boxes · note: “blurry…”`."""
    if answer is None:
        return translate("lead.gold.panes", "skipped")
    parts = []
    for name, value in answer.items():
        kind = ""
        if schema is not None and name in {f.name for f in schema.fields}:
            kind = schema.field(name).kind
        compared = short_words(schema.field(name), value) if kind in COMPARISON_KINDS else None
        if compared is not None:
            said = compared  # as History and Review word it: "prefers B, much better"
        elif isinstance(value, dict) and (shaped := shape_words(value)) is not None:
            said = shaped
        elif isinstance(value, list) and kind in _COUNTS:
            said = _regions(kind, len(value))
        elif isinstance(value, list):
            listed = translate("lead.gold.panes", ", ").join(label_words(str(v)) for v in value)
            said = listed or translate("lead.gold.panes", "none")
        elif isinstance(value, str) and kind in ("text", "transcript", "rationale"):
            short = value if len(value) <= 30 else value[:29] + "…"
            said = translate("lead.gold.panes", "“{text}”").format(text=short)
        elif isinstance(value, str) and kind == "choice":
            said = label_words(value)
        else:
            said = str(value)
        parts.append(translate("lead.gold.panes", "{name}: {value}").format(name=name, value=said))
    return " · ".join(parts) or translate("lead.gold.panes", "empty")


def make_table(parent: QWidget, headers: Sequence[str], stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(list(headers))
    table.setItemDelegate(ScriptDelegate(table))  # Urdu cells read from the right
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
    at_least_rows(table, 1)
    return table


def cell(text: str, colour: Any = None, tip: str | None = None) -> QTableWidgetItem:
    cell = QTableWidgetItem(text)
    cell.setToolTip(tip or text)
    if colour is not None:
        cell.setForeground(colour)
    return cell


def fit_script(table: QTableWidget) -> None:
    """Urdu in the table's cells in Nastaliq, as the workbench draws it, and the rows
    holding some tall enough for it (the others keep the table's row height)."""
    base, tall = table.font(), script_row_height(table.font())
    plain = table.verticalHeader().defaultSectionSize()
    for row in range(table.rowCount()):
        script = False
        for col in range(table.columnCount()):
            item = table.item(row, col)
            if item is not None and has_arabic(item.text()):
                item.setFont(script_font(base, item.text(), CELL_SCALE))
                script = True
            elif item is not None:
                item.setFont(base)
        table.setRowHeight(row, max(plain, tall) if script else plain)


class SubmissionsPane(QWidget):
    """The selected item's submissions. Selecting one previews its answer on the item
    (`preview(Submission | None)`); `promote_requested(Submission)` for an accepted one."""

    preview = Signal(object)
    promote_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._subs: list[Submission] = []
        self._schema: Schema | None = None
        self.table = make_table(self, [translate("lead.gold.panes", h) for h in HEADERS], 4)
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
            score = "—" if sub.gold_score is None else number(sub.gold_score, 2)
            answer = summarize(sub.answer, schema)
            if sub.answer is None and sub.skip_reason:
                answer = self.tr("skipped: {reason}").format(reason=sub.skip_reason)
            cells = (
                cell(who),
                cell(status_word(sub.status), _STATUS_COLOURS.get(sub.status)),
                cell(score),
                cell(clock(sub.active_ms)),
                cell(answer),
            )
            for col, item in enumerate(cells):
                self.table.setItem(i, col, item)
        fit_script(self.table)
        self.table.setVisible(bool(self._subs))
        self.empty.setVisible(not self._subs)
        self._selected()

    def submissions(self) -> list[Submission]:
        return list(self._subs)

    def selected(self) -> Submission | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self._subs[min(rows)] if rows else None

    def select(self, row: int) -> None:
        select_row(self.table, row)

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
