"""The queue's table model: one row per submission, with the decision under way on it.

A row's status is the task server's (`pending`, `accepted`, `rejected`) until the
reviewer decides; then it says what is happening to the decision (being sent, waiting
for the connection, refused and why) until the server holds it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from labeler.client.reviewing import ReviewEntry
from labeler.ui.i18n import isolate, number, translate
from labeler.ui.pages.common import BAD, OK, WARN, clock
from labeler.ui.review.pane import skip_words
from labeler.ui.review.reject import reason_words

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
#: The columns, by their English names (which the header translates).
COLUMNS = (
    QT_TRANSLATE_NOOP("review.model", "Annotator"),
    QT_TRANSLATE_NOOP("review.model", "Project"),
    QT_TRANSLATE_NOOP("review.model", "Status"),
    QT_TRANSLATE_NOOP("review.model", "Gold"),
    QT_TRANSLATE_NOOP("review.model", "Proposal"),
    QT_TRANSLATE_NOOP("review.model", "Active"),
)
PROJECT_COLUMN = COLUMNS.index("Project")  # notr: a column's id
PROPOSAL_COLUMN = COLUMNS.index("Proposal")  # notr: a column's id
#: Headers narrower than their column's name where the queue is short of room (the
#: project's name needs it), and what each column is, for the header's tooltip.
_HEADERS = {
    "Active": QT_TRANSLATE_NOOP("review.model", "Time"),  # notr: keyed by column id
    "Proposal": QT_TRANSLATE_NOOP("review.model", "Conf."),  # notr: keyed by column id
}
_HEADER_TIPS = {
    "Gold": QT_TRANSLATE_NOOP(  # notr: keyed by column id
        "review.model", "The gold score of a control item's submission"
    ),
    "Active": QT_TRANSLATE_NOOP(  # notr: keyed by column id
        "review.model", "The annotator's active time on the item"
    ),
    "Proposal": QT_TRANSLATE_NOOP(  # notr: keyed by column id
        "review.model", "How confident the item's proposal (its prefill) was, from 0 to 1"
    ),
}
_STATUS = {
    "pending": QT_TRANSLATE_NOOP("review.model", "Pending"),
    "accepted": QT_TRANSLATE_NOOP("review.model", "✓ Accepted"),
    "rejected": QT_TRANSLATE_NOOP("review.model", "✕ Rejected"),
}
_DOING = {
    "accept": QT_TRANSLATE_NOOP("review.model", "Accepting…"),
    "reject": QT_TRANSLATE_NOOP("review.model", "Rejecting…"),
}
_WAITING = {
    "accept": QT_TRANSLATE_NOOP("review.model", "Accept waiting to send"),
    "reject": QT_TRANSLATE_NOOP("review.model", "Reject waiting to send"),
}
#: A decision in the row's tooltip (`Review: reject (Wrong label)`).
_DECIDED = {
    "accept": QT_TRANSLATE_NOOP("review.model", "accept"),
    "reject": QT_TRANSLATE_NOOP("review.model", "reject"),
}


@dataclass(frozen=True)
class QueueRow:
    """A queue entry and what the workbench is doing about it.

    `sending` is the decision (`accept`/`reject`) on its way or waiting to be sent,
    `waiting` True while it waits for the connection; `problem` why the task server
    refused the last decision.
    """

    entry: ReviewEntry
    sending: str | None = None
    waiting: bool = False
    problem: str | None = None

    @property
    def pending(self) -> bool:
        """Still to decide: pending at the server and no decision under way."""
        return self.entry.status == "pending" and self.sending is None

    def status_text(self) -> str:
        if self.sending is not None:
            return translate("review.model", (_WAITING if self.waiting else _DOING)[self.sending])
        if self.problem is not None:
            return translate("review.model", "Not saved")
        status = _STATUS.get(self.entry.status)
        return translate("review.model", status) if status else self.entry.status.capitalize()


class QueueModel(QAbstractTableModel):
    """Rows of the queue, in the task server's order (oldest first)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[QueueRow] = []
        self._names: dict[str, str] = {}

    # -- content ------------------------------------------------------------------------

    def set_entries(self, entries: tuple[ReviewEntry, ...] | list[ReviewEntry]) -> None:
        self.beginResetModel()
        self._rows = [QueueRow(e) for e in entries]
        self.endResetModel()

    def append_entries(self, entries: tuple[ReviewEntry, ...] | list[ReviewEntry]) -> None:
        known = {r.entry.id for r in self._rows}
        fresh = [QueueRow(e) for e in entries if e.id not in known]
        if not fresh:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
        self._rows.extend(fresh)
        self.endInsertRows()

    def set_project_names(self, names: dict[str, str]) -> None:
        """Project ids → names for the Project column."""
        self._names = dict(names)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, PROJECT_COLUMN), self.index(len(self._rows) - 1, PROJECT_COLUMN)
            )

    def row_at(self, row: int) -> QueueRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[QueueRow]:
        return list(self._rows)

    def find(self, submission_id: str) -> int:
        """The row of a submission, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.entry.id == submission_id), -1)

    def next_pending(self, after: int) -> int:
        """The first row after `after` still to decide, else the first before it; -1."""
        order = list(range(after + 1, len(self._rows))) + list(range(0, max(after, 0)))
        return next((i for i in order if self._rows[i].pending), -1)

    def has_proposals(self) -> bool:
        """Whether a row's item has a proposal with a confidence (else its column is idle)."""
        return any(r.entry.prefill_confidence is not None for r in self._rows)

    def pending_count(self) -> int:
        return sum(1 for r in self._rows if r.pending)

    # -- decisions ----------------------------------------------------------------------

    def mark_sending(self, submission_id: str, decision: str, waiting: bool = False) -> None:
        self._change(submission_id, sending=decision, waiting=waiting, problem=None)

    def mark_decided(self, entry: ReviewEntry) -> None:
        """The task server holds the decision: its answer replaces the entry (a decision's
        answer does not carry the item's prefill confidence: the queue's is kept)."""
        i = self.find(entry.id)
        if i >= 0 and entry.prefill_confidence is None:
            entry = replace(entry, prefill_confidence=self._rows[i].entry.prefill_confidence)
        self._change(entry.id, entry=entry, sending=None, waiting=False, problem=None)

    def mark_refused(self, submission_id: str, message: str) -> None:
        self._change(submission_id, sending=None, waiting=False, problem=message)

    def _change(self, submission_id: str, **changes: object) -> None:
        i = self.find(submission_id)
        if i < 0:
            return
        self._rows[i] = replace(self._rows[i], **changes)  # type: ignore[arg-type]
        self.dataChanged.emit(self.index(i, 0), self.index(i, len(COLUMNS) - 1))

    # -- QAbstractTableModel ------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        name = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("review.model", _HEADERS.get(name, name))
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = _HEADER_TIPS.get(name)
            return translate("review.model", tip) if tip else None
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        row = self.row_at(index.row())
        if row is None:
            return None
        entry, column = row.entry, COLUMNS[index.column()]
        if role == ENTRY_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "Annotator":
                return entry.user
            if column == "Project":
                return self._names.get(entry.project_id, entry.project_id)
            if column == "Status":
                return row.status_text()
            if column == "Gold":
                return "" if entry.gold_score is None else number(entry.gold_score, 2)
            if column == "Proposal":
                sure = entry.prefill_confidence
                return "" if sure is None else number(sure, 2)
            return clock(entry.active_ms)
        if role == Qt.ItemDataRole.ForegroundRole and column == "Status":
            return _status_color(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(row, self._names.get(entry.project_id, entry.project_id))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("Gold", "Proposal", "Active"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _status_color(row: QueueRow) -> QColor | None:
    if row.problem is not None:
        return BAD
    if row.sending is not None:
        return WARN
    return {"accepted": OK, "rejected": BAD}.get(row.entry.status)


def _tooltip(row: QueueRow, project: str) -> str:
    entry = row.entry
    lines = [
        translate("review.model", "Submission by {user}").format(user=entry.user),
        # The column may be too narrow to read it.
        translate("review.model", "Project: {project}").format(project=isolate(project)),
        translate("review.model", "Item: {item}").format(item=entry.item_id),
    ]
    if entry.is_gold:
        lines.append(translate("review.model", "Gold item"))
    if entry.prefill_confidence is not None:
        sure = number(entry.prefill_confidence, 2)
        lines.append(translate("review.model", "Proposal confidence: {n}").format(n=sure))
    if entry.answer is None:
        lines.append(skip_words(entry.skip_reason))
    if entry.review is not None:
        review = entry.review
        decided = _DECIDED.get(review.decision)
        decision = translate("review.model", decided) if decided else review.decision
        why = " — ".join(x for x in (reason_words(review.reason), review.comment) if x)
        lines.append(
            translate("review.model", "Review: {decision} ({why})").format(
                decision=decision, why=isolate(why)
            )
            if why
            else translate("review.model", "Review: {decision}").format(decision=decision)
        )
    if row.problem:
        problem = isolate(row.problem)
        lines.append(translate("review.model", "Not saved: {why}").format(why=problem))
    return "\n".join(lines)
