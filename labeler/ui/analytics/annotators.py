"""The annotator table of the analytics page: one row per annotator, sortable by any
column (numbers sort as numbers, unknowns last), and who needs a look said in words
in its own column, tinted as well, never by colour alone."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from labeler.client.analytics import AnnotatorFigures, Flag, flags, p_digits
from labeler.ui.analytics.chartkit import bar_percent, share, two_digits
from labeler.ui.i18n import number, translate
from labeler.ui.pages.common import BAD, BAD_TINT

Index = QModelIndex | QPersistentModelIndex

#: (title, tooltip) of each column.
COLUMNS: tuple[tuple[str, str], ...] = (
    (
        QT_TRANSLATE_NOOP("analytics.annotators", "Annotator"),
        QT_TRANSLATE_NOOP("analytics.annotators", "Username"),
    ),
    (
        QT_TRANSLATE_NOOP("analytics.annotators", "Needs a look"),
        QT_TRANSLATE_NOOP(
            "analytics.annotators", "Why this annotator's work needs a look, in words"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("analytics.annotators", "Submissions"),
        QT_TRANSLATE_NOOP("analytics.annotators", "Submissions to this project, skips included"),
    ),
    (
        QT_TRANSLATE_NOOP("analytics.annotators", "Gold"),
        QT_TRANSLATE_NOOP("analytics.annotators", "Gold answers passed of those answered"),
    ),
    (
        QT_TRANSLATE_NOOP("analytics.annotators", "Gold accuracy"),
        QT_TRANSLATE_NOOP("analytics.annotators", "Passed ÷ answered gold items"),
    ),
    (
        QT_TRANSLATE_NOOP("analytics.annotators", "95 % interval"),
        QT_TRANSLATE_NOOP(
            "analytics.annotators",
            "Where the true gold accuracy lies, with 95 % confidence (Wilson)",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("analytics.annotators", "Accepted"),
        QT_TRANSLATE_NOOP("analytics.annotators", "Accepted ÷ reviewed submissions"),
    ),
    (
        QT_TRANSLATE_NOOP("analytics.annotators", "Median time"),
        QT_TRANSLATE_NOOP("analytics.annotators", "Median active time per submission"),
    ),
    (
        QT_TRANSLATE_NOOP("analytics.annotators", "Too fast"),
        QT_TRANSLATE_NOOP(
            "analytics.annotators", "Submissions under the project's too-fast threshold"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("analytics.annotators", "Longest streak"),
        QT_TRANSLATE_NOOP(
            "analytics.annotators", "The longest streak of identical answers in a row"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("analytics.annotators", "Prefers A"),
        QT_TRANSLATE_NOOP(
            "analytics.annotators",
            "Of the preferences for a side (ties left out), the share for A, the candidate"
            " shown first; flagged from 20 preferences when an exact binomial test puts it"
            " away from half at p < 0.01",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("analytics.annotators", "Prefers longer"),
        QT_TRANSLATE_NOOP(
            "analytics.annotators",
            "Of the preferences between texts of different lengths, the share for the"
            " longer one (in characters); flagged as the share for A is",
        ),
    ),
)
#: The position and length bias columns (shown for projects with a pairwise field).
POSITION_COLUMN, LENGTH_COLUMN = 10, 11
#: A flag's short word for the table, by its kind.
FLAG_WORDS = {
    "accuracy": QT_TRANSLATE_NOOP("analytics.annotators", "below bar"),
    "too_fast": QT_TRANSLATE_NOOP("analytics.annotators", "too fast"),
    "streak": QT_TRANSLATE_NOOP("analytics.annotators", "same answers"),
}
#: A position or length flag's word, by the client's English word for it.
BIAS_WORDS = {
    "prefers A": QT_TRANSLATE_NOOP("analytics.annotators", "prefers A"),  # notr: the key
    "prefers B": QT_TRANSLATE_NOOP("analytics.annotators", "prefers B"),  # notr: the key
    "prefers longer": QT_TRANSLATE_NOOP(  # notr: the key
        "analytics.annotators", "prefers longer"
    ),
    "prefers shorter": QT_TRANSLATE_NOOP(  # notr: the key
        "analytics.annotators", "prefers shorter"
    ),
}
FLAGS_COLUMN = 1
#: The row's AnnotatorFigures.
FIGURES_ROLE = Qt.ItemDataRole.UserRole + 1
#: What a column sorts by.
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


def percent(value: float | None, digits: int = 1) -> str:
    return "—" if value is None else share(value, digits)


def seconds(ms: float | None) -> str:
    """Active time as `6.2 s`, `1 min 05 s`."""
    if ms is None:
        return "—"
    s = ms / 1000
    if s < 60:
        return translate("analytics.annotators", "{seconds} s").format(seconds=number(s, 1))
    return translate("analytics.annotators", "{minutes} min {seconds} s").format(
        minutes=number(int(s // 60)), seconds=two_digits(int(s % 60))
    )


def flag_word(flag: Flag) -> str:
    """A flag in a word or two, for the table."""
    word = FLAG_WORDS.get(flag.kind) or BIAS_WORDS.get(flag.word)
    return translate("analytics.annotators", word) if word else flag.word


def flag_text(flag: Flag, a: AnnotatorFigures, requirement: float | None) -> str:
    """Why `flag` was raised, in one sentence of the interface's language (the English is
    `labeler.client.analytics.flags`' own)."""
    ci = a.gold_accuracy_ci
    if flag.kind == "accuracy" and ci is not None and requirement is not None:
        return translate(
            "analytics.annotators",
            "Gold accuracy {low}–{high} (95 % interval over {answered}) is entirely below"
            " the {bar} requirement.",
        ).format(
            low=bar_percent(ci[0]),
            high=bar_percent(ci[1]),
            answered=number(a.gold_answered),
            bar=bar_percent(requirement),
        )
    if flag.kind == "too_fast" and a.submissions:
        fast = a.too_fast or 0
        return translate(
            "analytics.annotators",
            "{fast} of {submissions} submissions ({share}) were faster than the too-fast"
            " threshold.",
        ).format(
            fast=number(fast),
            submissions=number(a.submissions),
            share=bar_percent(fast / a.submissions),
        )
    bias = next((b for b in a.pairwise_bias if b.field == flag.field), None)
    if flag.kind == "position" and bias is not None and bias.preferences:
        side = "A" if flag.word.endswith("A") else "B"
        count = bias.prefers_a if side == "A" else bias.preferences - bias.prefers_a
        return translate(
            "analytics.annotators",
            "{field}: prefers {side} in {count} of {total} preferences ({share}); an exact"
            " binomial test gives p = {p}.",
        ).format(
            field=flag.field,
            side=side,
            count=number(count),
            total=number(bias.preferences),
            share=bar_percent(count / bias.preferences),
            p=_p(bias.position_p),
        )
    if flag.kind == "length" and bias is not None and bias.compared_lengths:
        longer = flag.word.endswith("longer")
        count = bias.prefers_longer if longer else bias.compared_lengths - bias.prefers_longer
        text = (
            translate(
                "analytics.annotators",
                "{field}: prefers the longer answer in {count} of {total} preferences"
                " ({share}); an exact binomial test gives p = {p}.",
            )
            if longer
            else translate(
                "analytics.annotators",
                "{field}: prefers the shorter answer in {count} of {total} preferences"
                " ({share}); an exact binomial test gives p = {p}.",
            )
        )
        return text.format(
            field=flag.field,
            count=number(count),
            total=number(bias.compared_lengths),
            share=bar_percent(count / bias.compared_lengths),
            p=_p(bias.length_p),
        )
    if flag.kind == "streak" and a.longest_streak is not None:
        return translate("analytics.annotators", "{count} identical answers in a row.").format(
            count=number(a.longest_streak)
        )
    return flag.text


def _p(value: float | None) -> str:
    """A p-value in two significant digits (`0.0031`), `—` without one."""
    if value is None:
        return "—"
    if value < 1e-4:
        return "< " + number(0.0001, 4)
    return number(value, p_digits(value))


def bias_cell(a: AnnotatorFigures, length: bool) -> tuple[str, Any]:
    """`85 % of 40` for each pairwise field (the field named when there are several)."""
    parts, first = [], None
    for b in a.pairwise_bias:
        share, total = (
            (b.longer_share, b.compared_lengths) if length else (b.a_share, b.preferences)
        )
        if share is None:
            continue
        text = translate("analytics.annotators", "{share} of {total}").format(
            share=percent(share, 0), total=number(total)
        )
        parts.append(f"{b.field}: {text}" if len(a.pairwise_bias) > 1 else text)
        first = share if first is None else first
    return (" · ".join(parts) or "—"), first


def cell(a: AnnotatorFigures, found: list[Flag], column: int) -> tuple[str, Any]:
    """A cell's text and the value it sorts by (None sorts last)."""
    ci = a.gold_accuracy_ci
    fast = None if a.too_fast is None or not a.submissions else a.too_fast / a.submissions
    if column == 0:
        return a.user, a.user.casefold()
    if column == FLAGS_COLUMN:
        return (", ".join(flag_word(f) for f in found) or "—"), -len(found)
    if column == 2:
        return number(a.submissions), a.submissions
    if column == 3:
        passed = "?" if a.gold_passed is None else number(a.gold_passed)
        of = translate("analytics.annotators", "{passed} of {answered}")
        text = of.format(passed=passed, answered=number(a.gold_answered))
        return (text if a.gold_answered else "—"), a.gold_answered
    if column == 4:
        return percent(a.gold_accuracy), a.gold_accuracy
    if column == 5:
        text = (
            "—"
            if ci is None
            else translate("analytics.annotators", "{low}–{high}").format(
                low=bar_percent(ci[0]), high=bar_percent(ci[1])
            )
        )
        return text, None if ci is None else ci[1]
    if column == 6:
        decided = a.accepted + a.rejected
        text = (
            "—"
            if a.acceptance_rate is None
            else translate("analytics.annotators", "{share} of {decided}").format(
                share=percent(a.acceptance_rate, 0), decided=number(decided)
            )
        )
        return text, a.acceptance_rate
    if column == 7:
        return seconds(a.median_active_ms), a.median_active_ms
    if column == 8:
        if a.too_fast is None:
            return "—", None
        return f"{number(a.too_fast)} ({percent(fast, 0)})", fast
    if column == POSITION_COLUMN:
        return bias_cell(a, length=False)
    if column == LENGTH_COLUMN:
        return bias_cell(a, length=True)
    text = "—" if a.longest_streak is None else number(a.longest_streak)
    return text, a.longest_streak


class AnnotatorModel(QAbstractTableModel):
    """Annotators with their flags against a requirement (None: no bar)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[AnnotatorFigures, list[Flag]]] = []
        self.requirement: float | None = None

    def set_annotators(self, annotators: list[AnnotatorFigures], requirement: float | None) -> None:
        self.beginResetModel()
        self.requirement = requirement
        self._rows = [(a, flags(a, requirement)) for a in annotators]
        self.endResetModel()

    def flags_of(self, row: int) -> list[Flag]:
        return self._rows[row][1]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt)
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802 (Qt)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("analytics.annotators", COLUMNS[section][0])
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate("analytics.annotators", COLUMNS[section][1])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        a, found = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return cell(a, found, column)[0]
        if role == SORT_ROLE:
            return cell(a, found, column)[1]
        if role == FIGURES_ROLE:
            return a
        if role == Qt.ItemDataRole.ToolTipRole and found:
            return "\n".join(flag_text(f, a, self.requirement) for f in found)
        if column == FLAGS_COLUMN and found:
            if role == Qt.ItemDataRole.BackgroundRole:
                return BAD_TINT
            if role == Qt.ItemDataRole.ForegroundRole:
                return BAD
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class SortProxy(QSortFilterProxyModel):
    """Sorts by `SORT_ROLE`; unknown values (None) always last."""

    def lessThan(self, left: Index, right: Index) -> bool:  # noqa: N802 (Qt)
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a is None or b is None:
            # None is "greater" ascending; Qt flips the result for descending order, so
            # keep unknowns at the end both ways.
            descending = self.sortOrder() == Qt.SortOrder.DescendingOrder
            return (a is not None) != descending if (a is None) != (b is None) else False
        return bool(a < b)


class AnnotatorTable(QTableView):
    """The sortable table; `current()` is the selected annotator."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model_ = AnnotatorModel(self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model_)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        head = self.horizontalHeader()
        head.setHighlightSections(False)
        # Qt's least width of a column grows with the font's height (Nastaliq's is tall).
        least = self.fontMetrics().horizontalAdvance("0000") + 12
        head.setMinimumSectionSize(min(head.minimumSectionSize(), least))
        head.setSectionsClickable(True)
        head.setSortIndicatorShown(True)
        for column in range(len(COLUMNS)):
            head.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(FLAGS_COLUMN, QHeaderView.ResizeMode.Stretch)
        head.setStretchLastSection(False)
        self.sortByColumn(FLAGS_COLUMN, Qt.SortOrder.AscendingOrder)

    def set_annotators(self, annotators: list[AnnotatorFigures], requirement: float | None) -> None:
        self.model_.set_annotators(annotators, requirement)
        comparing = any(a.pairwise_bias for a in annotators)
        for column in (POSITION_COLUMN, LENGTH_COLUMN):
            self.setColumnHidden(column, not comparing)
        if self.proxy.rowCount():
            # Not `selectRow`: right to left it selects nothing (it looks for a column at
            # the viewport's far edge and finds none).
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            self.selectionModel().setCurrentIndex(self.proxy.index(0, 0), flags)

    def current(self) -> tuple[AnnotatorFigures, list[Flag]] | None:
        index = self.currentIndex()
        if not index.isValid():
            return None
        source = self.proxy.mapToSource(index)
        return source.data(FIGURES_ROLE), self.model_.flags_of(source.row())

    def users_in_order(self) -> list[str]:
        """Usernames as the table shows them now."""
        return [
            self.proxy.index(row, 0).data(FIGURES_ROLE).user for row in range(self.proxy.rowCount())
        ]
