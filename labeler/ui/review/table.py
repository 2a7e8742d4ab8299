"""The compact table under the panes: one row per field, one column per pane (and the
suggested consensus when the reference is gold). Values a submission shares with the
reference are tinted green, the others red: a comparison field's (a ranking, criteria,
flags, a record) red when any part differs, as its pane marks it, whatever its score;
region and transcript fields show their score against the reference."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
)

from labeler.core.consensus import REGION_KINDS, ItemComparison
from labeler.core.schema import Field, Schema
from labeler.ui.i18n import number, translate
from labeler.ui.pages.common import BAD_TINT, OK_TINT, ScriptDelegate, has_arabic, script_font
from labeler.ui.review.comparewords import WHOLE_KINDS, differs, short_words
from labeler.ui.review.marks import GOLD, PaneSpec, consensus_title
from labeler.ui.text.fonts import INTERFACE_FAMILY

#: Characters of a text answer shown in a cell (the whole text is in its tooltip).
CELL_CHARS = 60
# The tallest the table gets (its rows scroll past it).
MAX_HEIGHT = 220
_PASS_EPS = 1e-9
#: How many regions a field holds, in words: one, and more than one.
_COUNTS = {
    "boxes": (
        QT_TRANSLATE_NOOP("review.table", "1 box"),
        QT_TRANSLATE_NOOP("review.table", "{count} boxes"),
    ),
    "polygons": (
        QT_TRANSLATE_NOOP("review.table", "1 polygon"),
        QT_TRANSLATE_NOOP("review.table", "{count} polygons"),
    ),
    "points": (
        QT_TRANSLATE_NOOP("review.table", "1 point"),
        QT_TRANSLATE_NOOP("review.table", "{count} points"),
    ),
    "spans": (
        QT_TRANSLATE_NOOP("review.table", "1 span"),
        QT_TRANSLATE_NOOP("review.table", "{count} spans"),
    ),
    "segments": (
        QT_TRANSLATE_NOOP("review.table", "1 segment"),
        QT_TRANSLATE_NOOP("review.table", "{count} segments"),
    ),
}


def value_text(f: Field, value: Any) -> str:
    """A field's value in a few characters: `urban`, `night, rain`, `4`, `3 boxes`."""
    if value is None:
        return "—"
    words = short_words(f, value)
    if words is not None:
        return words if len(words) <= CELL_CHARS else words[: CELL_CHARS - 1] + "…"
    if f.kind in REGION_KINDS:
        n = len(value) if isinstance(value, list) else 0
        one, many = _COUNTS.get(f.kind, _COUNTS["segments"])
        return translate("review.table", one if n == 1 else many).format(count=number(n))
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or translate("review.table", "(none)")
    text = str(value)
    text = " ".join(text.split())
    return text if len(text) <= CELL_CHARS else text[: CELL_CHARS - 1] + "…"


def cell_text(f: Field, comparison: ItemComparison, spec: PaneSpec) -> str:
    """What a pane's column shows for one field."""
    compared = comparison.fields[f.name]
    if spec.is_reference:
        return value_text(f, compared.reference if spec.role != GOLD else _get(spec, f))
    if spec.answer is None:
        return translate("review.table", "skipped")
    value = spec.answer.get(f.name)
    score = compared.scores.get(spec.key)
    if f.kind in REGION_KINDS and score is not None:
        return f"{value_text(f, value)} · F1 {number(score, 2)}"
    if f.kind == "transcript" and spec.key in compared.transcripts:
        return f"WER {number(compared.transcripts[spec.key].wer, 2)}"
    return value_text(f, value)


def passed(f: Field, comparison: ItemComparison, spec: PaneSpec) -> bool | None:
    """Whether a submission's field reaches its gold threshold against the reference (a
    comparison field's: whether it agrees with it everywhere, `differs`); None for the
    reference itself, a skip, or a field with no reference."""
    if spec.is_reference:
        return None
    compared = comparison.fields[f.name]
    score = compared.scores.get(spec.key)
    if f.kind in WHOLE_KINDS and score is not None and spec.answer is not None:
        return not differs(f, spec.answer.get(f.name), compared.reference)
    return None if score is None else score >= f.gold.threshold - _PASS_EPS


def _get(spec: PaneSpec, f: Field) -> Any:
    return (spec.answer or {}).get(f.name)


class FieldsTable(QTableWidget):
    """Fields × panes; see the module docstring."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldsTable")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWordWrap(False)
        self.setItemDelegate(ScriptDelegate(self))  # Urdu values read from the right
        self.setShowGrid(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.horizontalHeader().setHighlightSections(False)
        self.verticalHeader().setHighlightSections(False)
        # As tall as its rows (up to `MAX_HEIGHT`); short of room, it scrolls down to its
        # header and one row, and the panes above keep the height they need.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.full_height = 0

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt)
        return QSize(super().sizeHint().width(), self.full_height)

    def least_height(self) -> int:
        """Its header and one row: the least it is shown at."""
        return self.minimumHeight()

    def show_item(self, schema: Schema, comparison: ItemComparison, specs: list[PaneSpec]) -> None:
        columns = list(specs)
        with_consensus = bool(specs) and specs[0].role == GOLD and comparison.has_consensus
        titles = [s.title for s in columns] + ([consensus_title()] if with_consensus else [])
        self.clear()
        self.setColumnCount(len(titles))
        self.setRowCount(len(schema.fields))
        self.setHorizontalHeaderLabels(titles)
        self.setVerticalHeaderLabels([f.name for f in schema.fields])
        for row, f in enumerate(schema.fields):
            for col, spec in enumerate(columns):
                item = self._cell(cell_text(f, comparison, spec))
                item.setToolTip(_tooltip(f, spec))
                ok = passed(f, comparison, spec)
                if ok is not None:
                    item.setBackground(OK_TINT if ok else BAD_TINT)
                self.setItem(row, col, item)
            if with_consensus:
                value = comparison.consensus.get(f.name)
                self.setItem(row, len(columns), self._cell(value_text(f, value)))
        head = self.horizontalHeader()
        for col in range(len(titles)):
            head.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        self.resizeRowsToContents()  # an Urdu row in Nastaliq is taller
        rows = sum(self.rowHeight(r) for r in range(self.rowCount()))
        first = self.rowHeight(0) if self.rowCount() else 0
        one = max(first, self.verticalHeader().defaultSectionSize())
        height = head.sizeHint().height() + max(rows, self.verticalHeader().defaultSectionSize())
        self.full_height = min(height + 4, MAX_HEIGHT)
        self.setMinimumHeight(min(head.sizeHint().height() + one + 4, self.full_height))
        self.setMaximumHeight(self.full_height)
        self.updateGeometry()

    def _cell(self, text: str) -> QTableWidgetItem:
        """A cell; Urdu in it reads in Nastaliq, as everywhere else (an Urdu interface's
        own font is Nastaliq already, with the Latin spaces the item text's face lacks)."""
        item = QTableWidgetItem(text)
        if has_arabic(text) and INTERFACE_FAMILY not in self.font().families():
            item.setFont(script_font(self.font(), text))
        return item


def _tooltip(f: Field, spec: PaneSpec) -> str:
    if spec.answer is None:
        return translate("review.table", "{name} skipped this item").format(name=spec.title)
    value = spec.answer.get(f.name)
    if isinstance(value, str) and len(value) > CELL_CHARS:
        return value
    return f"{spec.title}: {f.name}"
