"""The confusion matrix of one field as a heat table: gold's label down the side, the
annotators' across the top, each cell its count and its share of the row, shaded by
count; the diagonal (annotators said what gold says) is in bold."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from labeler.client.analytics import Confusion, FieldStats
from labeler.core.quality import NO_LABEL
from labeler.ui.analytics.chartkit import share
from labeler.ui.i18n import isolate, number, translate

_EMPTY = QColor("#ffffff")
_FULL = QColor("#1f5fbf")
#: The kinds of field with a matrix, as the picker names them.
_KINDS = {
    "choice": QT_TRANSLATE_NOOP("analytics.confusion", "choice"),
    "multichoice": QT_TRANSLATE_NOOP("analytics.confusion", "multichoice"),
    "rating": QT_TRANSLATE_NOOP("analytics.confusion", "rating"),
}


def label_title(label: str) -> str:
    """A confusion label as shown: the label left out (`""`) is "(none)"."""
    return translate("analytics.confusion", "(none)") if label == NO_LABEL else label


def heat(count: int, largest: int) -> QColor:
    """White for 0 through to deep blue for the largest count."""
    if largest <= 0 or count <= 0:
        return QColor(_EMPTY)
    t = 0.12 + 0.88 * (count / largest) ** 0.7
    return QColor.fromRgbF(
        _EMPTY.redF() + (_FULL.redF() - _EMPTY.redF()) * t,
        _EMPTY.greenF() + (_FULL.greenF() - _EMPTY.greenF()) * t,
        _EMPTY.blueF() + (_FULL.blueF() - _EMPTY.blueF()) * t,
    )


def ink(background: QColor) -> QColor:
    """Black or white text, whichever reads on `background`."""
    return QColor("#ffffff") if background.lightnessF() < 0.55 else QColor("#1b1f24")


def cell_tip(confusion: Confusion, row: int, column: int) -> str:
    expected = label_title(confusion.labels[row])
    given = label_title(confusion.labels[column])
    count = confusion.matrix[row][column]
    total = confusion.row_total(row)
    if total:
        text = translate(
            "analytics.confusion",
            "Gold says “{expected}”, annotators said “{given}”: {count} ({share} of the answers"
            " to gold “{expected}”)",
        )
    else:
        text = translate(
            "analytics.confusion", "Gold says “{expected}”, annotators said “{given}”: {count}"
        )
    return text.format(
        expected=isolate(expected),
        given=isolate(given),
        count=number(count),
        share=share(count / total, 0) if total else "",
    )


class ConfusionTable(QTableWidget):
    """One field's matrix (see the module docstring)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(False)
        self.setShowGrid(True)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() * 2 + 8)
        self.horizontalHeader().setHighlightSections(False)
        self.verticalHeader().setHighlightSections(False)

    def show_confusion(self, confusion: Confusion) -> None:
        labels = [label_title(v) for v in confusion.labels]
        self.clear()
        self.setRowCount(len(labels))
        self.setColumnCount(len(labels))
        self.setHorizontalHeaderLabels(labels)
        gold = translate("analytics.confusion", "gold: {label}")
        self.setVerticalHeaderLabels([gold.format(label=v) for v in labels])
        # Centred with room on both sides: a Nastaliq word's first stroke reaches past
        # its advance and was cut at the header's edge.
        side = self.verticalHeader()
        side.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        side.setMinimumWidth(0)
        side.setMinimumWidth(side.sizeHint().width() + self.fontMetrics().height() // 2)
        largest = confusion.largest
        bold = QFont(self.font())
        bold.setBold(True)
        for r, row in enumerate(confusion.matrix):
            total = confusion.row_total(r)
            for c, count in enumerate(row):
                part = f"\n{share(count / total, 0)}" if total and count else ""
                item = QTableWidgetItem(f"{number(count)}{part}")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                background = heat(count, largest)
                item.setBackground(background)
                item.setForeground(ink(background))
                item.setToolTip(cell_tip(confusion, r, c))
                if r == c:
                    item.setFont(bold)
                self.setItem(r, c, item)
        head = self.horizontalHeader()
        few = len(labels) <= 8
        mode = QHeaderView.ResizeMode.Stretch if few else QHeaderView.ResizeMode.ResizeToContents
        head.setSectionResizeMode(mode)
        head.setMinimumSectionSize(56)


class ConfusionPanel(QWidget):
    """A field picker over the heat table, and what the table says in a sentence."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picker = QComboBox(self)
        self.picker.setAccessibleName(self.tr("Field"))
        self.picker.currentIndexChanged.connect(self._picked)
        label = QLabel(self.tr("Confusion with gold, field:"), self)
        label.setBuddy(self.picker)
        self.axes = QLabel(self.tr("Rows: what gold says · Columns: what annotators said"), self)
        self.axes.setObjectName("muted")
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.picker, 1)
        self.table = ConfusionTable(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setObjectName("muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.axes)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self._fields: list[FieldStats] = []

    def set_fields(self, fields: list[FieldStats]) -> None:
        """The fields with a matrix (choice, multichoice, rating); keeps the one shown."""
        shown = self.picker.currentText()
        self._fields = [f for f in fields if f.confusion is not None]
        self.picker.blockSignals(True)
        self.picker.clear()
        for f in self._fields:
            kind = _KINDS.get(f.kind)
            shown = translate("analytics.confusion", kind) if kind else f.kind
            self.picker.addItem(f"{f.name} ({shown})" if f.kind else f.name, f.name)
        self.picker.blockSignals(False)
        names = [self.picker.itemText(i) for i in range(self.picker.count())]
        self.picker.setCurrentIndex(names.index(shown) if shown in names else 0)
        self._picked()

    def show_field(self, name: str) -> None:
        index = self.picker.findData(name)
        if index >= 0:
            self.picker.setCurrentIndex(index)

    def _picked(self, *_: object) -> None:
        index = self.picker.currentIndex()
        has = 0 <= index < len(self._fields)
        self.table.setVisible(has)
        self.axes.setVisible(has)
        self.picker.setEnabled(bool(self._fields))
        if not has:
            self.table.clear()
            self.summary.setText(
                self.tr(
                    "No choice, multichoice or rating field to compare with gold in this project."
                )
            )
            return
        f = self._fields[index]
        assert f.confusion is not None
        self.table.show_confusion(f.confusion)
        agreed = f.confusion.agreed()
        if agreed is None:
            self.summary.setText(self.tr("Nobody has answered a gold item of this field yet."))
        else:
            text = (
                self.tr("{share} of {total} labels on gold items say what gold says.")
                if f.kind == "multichoice"
                else self.tr("{share} of {total} answers on gold items say what gold says.")
            ).format(share=share(agreed, 0), total=number(f.confusion.total))
            if NO_LABEL in f.confusion.labels:
                text += " " + self.tr("“{none}”: the label was left out.").format(
                    none=label_title(NO_LABEL)
                )
            self.summary.setText(text)
