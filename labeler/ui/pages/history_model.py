"""The history table's model: one row per submission, a state filter, and the texts
the table and the detail panel show. Refused and rejected rows say so in words and
colour; a missed gold answer says "failed" beside its score, and its contest's outcome;
the reward is money only for accepted work (pending until decided, unpaid once rejected)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from labeler.client.history import CONTESTED, HistoryRow
from labeler.ui.pages.common import BAD, BAD_TINT, OK, WARN, clock, has_arabic, money, script_font

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("Submitted", "Project", "Item", "State", "Reason", "Gold", "Reward", "Active")
PROJECT_COLUMN = COLUMNS.index("Project")
REASON_COLUMN = COLUMNS.index("Reason")
STATE_COLUMN = COLUMNS.index("State")
GOLD_COLUMN = COLUMNS.index("Gold")

#: The filters, in order, and the states each shows (None: all).
FILTERS: tuple[tuple[str, frozenset[str] | None], ...] = (
    ("All", None),
    ("Waiting", frozenset({"waiting", "uploading"})),
    ("Refused", frozenset({"refused"})),
    ("Pending", frozenset({"pending"})),
    ("Accepted", frozenset({"accepted"})),
    ("Rejected", frozenset({"rejected"})),
)
_STATES = {
    "waiting": "Waiting to upload",
    "uploading": "Uploading",
    "refused": "✕ Refused",
    "pending": "Pending review",
    "accepted": "✓ Accepted",
    "rejected": "✕ Rejected",
}
_MARKED = frozenset({"refused", "rejected"})


def local_time(moment: datetime, now: datetime | None = None) -> str:
    """`Today 14:05`, or `2026-03-02 14:05`, in the computer's time zone."""
    local = moment.astimezone()
    today = (now or datetime.now().astimezone()).date()
    return local.strftime("Today %H:%M" if local.date() == today else "%Y-%m-%d %H:%M")


def state_text(row: HistoryRow) -> str:
    """`✕ Refused`, `Pending review` and friends."""
    return _STATES.get(row.state, row.state.capitalize())


def reason_text(row: HistoryRow) -> str:
    """Why: the task server's refusal, the reviewer's reason and comment (or the
    verdict's "missed a control item"), and a resolved contest's outcome and reply."""
    if row.state == "refused":
        return row.reason or "The task server refused it."
    contest = row.contest
    if contest is not None and contest.state == "upheld":  # the lead agreed: nothing else
        return "Contest upheld" + (f": {contest.reply}" if contest.reply else "")
    review = row.review or {}
    parts = [
        v.strip()
        for v in (review.get("reason"), review.get("comment"))
        if isinstance(v, str) and v.strip()
    ]
    if not parts and row.reason and row.state == "rejected":
        parts.append(row.reason)
    if contest is not None and contest.state == "dismissed":
        parts.append("contest dismissed" + (f": {contest.reply}" if contest.reply else ""))
    return " — ".join(parts)


def gold_missed(row: HistoryRow) -> bool:
    """A failed verdict that still stands (marked in red)."""
    return row.missed


def score_words(verdict: Mapping[str, Any]) -> str:
    """A verdict's score as the gold banner and the history write it: `0.42`, or `0.75
    overall` when it scored several fields (each field has a score of its own then, and
    the field that failed may show beside it); empty without a score."""
    score = verdict.get("score")
    if not isinstance(score, int | float) or isinstance(score, bool):
        return ""
    fields = verdict.get("fields")
    several = isinstance(fields, Mapping) and len(fields) > 1
    return f"{score:.2f} overall" if several else f"{score:.2f}"


def gold_text(row: HistoryRow, contested: bool = False) -> str:
    """`passed 1.00`, `failed 0.42` (`failed 0.75 overall` when several fields were
    scored), then the contest (`· contest open`, `· contest upheld`, `· contest
    dismissed`; `· contested` when only this workbench knows of it) or `· withdrawn` once
    the item is no longer gold; empty without a verdict. An upheld contest shows no
    failing score: the lead agreed, the answer is accepted (`contest upheld`, `contest
    upheld · no longer gold`, or the corrected pass before it)."""
    gold = row.gold
    if not isinstance(gold, dict) or not isinstance(gold.get("passed"), bool):
        return ""
    score = score_words(gold)
    text = ("passed" if gold["passed"] else "failed") + (f" {score}" if score else "")
    if row.upheld:
        if row.withdrawn:
            return "contest upheld · no longer gold"
        return f"{text} · contest upheld" if gold["passed"] else "contest upheld"
    if row.contest is not None:
        return f"{text} · contest {row.contest.state}"
    if contested:
        return text + " · contested"
    return text + " · withdrawn" if row.withdrawn else text


def reward_text(row: HistoryRow) -> str:
    """What the submission earns: the reward once accepted, `… pending` while it may
    still be (under review, or not uploaded yet), `not paid` once rejected or refused;
    empty for a skip or without a reward."""
    if row.skipped or row.reward is None or not row.reward.currency:
        return ""
    shown = money(row.reward.amount, row.reward.currency)
    if row.state == "accepted":
        return shown
    if row.state in ("rejected", "refused"):
        return "not paid"
    return f"{shown} pending"


def can_contest(row: HistoryRow) -> bool:
    """A failed gold answer the task server has stored, still counting, not contested."""
    return row.contest_refusal() is None


def contest_label(row: HistoryRow, known: str | None = None) -> str | None:
    """What the contest button says instead of `Contest…` for `row`, or None when it can
    be contested. `known`: what this workbench learnt since the page was read (a contest
    it sent, or the task server's refusal of one)."""
    if row.contest is None and known is not None:
        return known
    return row.contest_refusal()


class HistoryModel(QAbstractTableModel):
    """The history rows as loaded (first page, then `append`ed pages)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[HistoryRow] = []
        self._names: dict[str, str] = {}
        # Submission id -> what the contest button says, learnt since the page was read:
        # contests this workbench sent or was told exist, and other refusals.
        self.contested: dict[str, str] = {}
        self.refused: dict[str, str] = {}
        self._font = QFont()  # the table's, for Urdu cells (`set_font`)

    def set_font(self, font: QFont) -> None:
        self._font = QFont(font)

    def set_rows(self, rows: tuple[HistoryRow, ...] | list[HistoryRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def append_rows(self, rows: tuple[HistoryRow, ...] | list[HistoryRow]) -> None:
        known = {r.submission_id for r in self._rows}
        fresh = [r for r in rows if r.submission_id not in known]  # pages may overlap
        if fresh:
            n = len(self._rows)
            self.beginInsertRows(QModelIndex(), n, n + len(fresh) - 1)
            self._rows.extend(fresh)
            self.endInsertRows()

    def set_project_names(self, names: Mapping[str, str]) -> None:
        self._names = dict(names)
        self._changed_all()

    def mark_contested(self, submission_id: str, label: str = CONTESTED["open"]) -> None:
        self.contested[submission_id] = label
        self._changed_all()

    def mark_refused(self, submission_id: str, label: str) -> None:
        """The task server will not take a contest of it (not a counting miss)."""
        self.refused[submission_id] = label

    def known_label(self, submission_id: str) -> str | None:
        """What this workbench learnt about contesting a submission since the read."""
        return self.contested.get(submission_id) or self.refused.get(submission_id)

    def project_name(self, project_id: str) -> str:
        return self._names.get(project_id, project_id)

    def row(self, index: int) -> HistoryRow:
        return self._rows[index]

    def rows(self) -> list[HistoryRow]:
        return list(self._rows)

    def _changed_all(self) -> None:
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(COLUMNS) - 1)
            )

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        row, col = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, col)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.BackgroundRole and row.state in _MARKED:
            return BAD_TINT
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._ink(row, col)
        if role == Qt.ItemDataRole.FontRole and col in (PROJECT_COLUMN, REASON_COLUMN):
            text = self._text(row, col)
            return script_font(self._font, text, 1.1) if has_arabic(text) else None
        return None

    def _text(self, row: HistoryRow, col: int) -> str:
        match COLUMNS[col]:
            case "Submitted":
                return local_time(row.submitted_at)
            case "Project":
                return self.project_name(row.project_id)
            case "Item":
                corrected = " · corrected" if row.corrected_at is not None else ""
                return row.item_id[:8] + (" (skip)" if row.skipped else "") + corrected
            case "State":
                return state_text(row)
            case "Reason":
                return reason_text(row)
            case "Gold":
                return gold_text(row, row.submission_id in self.contested)
            case "Reward":
                return reward_text(row)
            case _:
                return clock(row.active_ms)

    def _ink(self, row: HistoryRow, col: int) -> QColor | None:
        if col == STATE_COLUMN:
            if row.state in _MARKED:
                return BAD
            if row.state == "accepted":
                return OK
            if row.state in ("waiting", "uploading"):
                return WARN
        if col == GOLD_COLUMN and gold_missed(row):
            return BAD
        if col == REASON_COLUMN and row.state in _MARKED:
            return BAD
        return None


class StateFilter(QSortFilterProxyModel):
    """Shows the rows whose state is in the chosen filter."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._states: frozenset[str] | None = None

    def set_states(self, states: frozenset[str] | None) -> None:
        self.beginFilterChange()
        self._states = states
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:  # noqa: N802
        if self._states is None:
            return True
        model = self.sourceModel()
        assert isinstance(model, HistoryModel)
        return model.row(source_row).state in self._states
