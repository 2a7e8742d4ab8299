"""The history table's model: one row per submission, a state filter, and the texts
the table and the detail panel show. Refused and rejected rows say so in words and
colour; a missed gold answer says "failed" beside its score, and its contest's outcome;
the reward is money only for accepted work (pending until decided, unpaid once rejected)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from labeler.client.history import CONTESTED, HistoryRow
from labeler.ui.i18n import number, translate
from labeler.ui.messages import reason_words, review_words
from labeler.ui.pages.common import (
    BAD,
    BAD_TINT,
    OK,
    WARN,
    clock,
    has_arabic,
    moment_text,
    money,
    script_font,
    time_text,
)

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
#: The columns by their English titles (the header shows them translated).
COLUMNS = (
    QT_TRANSLATE_NOOP("pages.history_model", "Submitted"),
    QT_TRANSLATE_NOOP("pages.history_model", "Project"),
    QT_TRANSLATE_NOOP("pages.history_model", "Item"),
    QT_TRANSLATE_NOOP("pages.history_model", "State"),
    QT_TRANSLATE_NOOP("pages.history_model", "Reason"),
    QT_TRANSLATE_NOOP("pages.history_model", "Gold"),
    QT_TRANSLATE_NOOP("pages.history_model", "Reward"),
    QT_TRANSLATE_NOOP("pages.history_model", "Active"),
)
(
    SUBMITTED_COLUMN,
    PROJECT_COLUMN,
    ITEM_COLUMN,
    STATE_COLUMN,
    REASON_COLUMN,
    GOLD_COLUMN,
    REWARD_COLUMN,
    ACTIVE_COLUMN,
) = range(len(COLUMNS))

#: The filters, in order, and the states each shows (None: all); the names (English,
#: shown translated) name their keys' actions too (`history.filter_waiting`).
FILTERS: tuple[tuple[str, frozenset[str] | None], ...] = (
    (QT_TRANSLATE_NOOP("pages.history_model", "All"), None),
    (QT_TRANSLATE_NOOP("pages.history_model", "Waiting"), frozenset({"waiting", "uploading"})),
    (QT_TRANSLATE_NOOP("pages.history_model", "Refused"), frozenset({"refused"})),
    (QT_TRANSLATE_NOOP("pages.history_model", "Pending"), frozenset({"pending"})),
    (QT_TRANSLATE_NOOP("pages.history_model", "Accepted"), frozenset({"accepted"})),
    (QT_TRANSLATE_NOOP("pages.history_model", "Rejected"), frozenset({"rejected"})),
)
#: What each filter's key does, in the `?` sheet.
FILTER_TITLES = (
    QT_TRANSLATE_NOOP("pages.history_model", "Show all"),
    QT_TRANSLATE_NOOP("pages.history_model", "Show waiting"),
    QT_TRANSLATE_NOOP("pages.history_model", "Show refused"),
    QT_TRANSLATE_NOOP("pages.history_model", "Show pending"),
    QT_TRANSLATE_NOOP("pages.history_model", "Show accepted"),
    QT_TRANSLATE_NOOP("pages.history_model", "Show rejected"),
)
_STATES = {
    "waiting": QT_TRANSLATE_NOOP("pages.history_model", "Waiting to upload"),
    "uploading": QT_TRANSLATE_NOOP("pages.history_model", "Uploading"),
    "refused": QT_TRANSLATE_NOOP("pages.history_model", "✕ Refused"),
    "pending": QT_TRANSLATE_NOOP("pages.history_model", "Pending review"),
    "accepted": QT_TRANSLATE_NOOP("pages.history_model", "✓ Accepted"),
    "rejected": QT_TRANSLATE_NOOP("pages.history_model", "✕ Rejected"),
}
#: The contest button's words from `labeler.client.history` (`CONTESTED`, the refusals):
#: marked here, where they are shown, so `contest_words` finds them translated.
_CONTEST_WORDS = (
    QT_TRANSLATE_NOOP("pages.history_model", "Contested · open"),
    QT_TRANSLATE_NOOP("pages.history_model", "Contest upheld"),
    QT_TRANSLATE_NOOP("pages.history_model", "Contest dismissed"),
    QT_TRANSLATE_NOOP("pages.history_model", "Contest closed"),
    QT_TRANSLATE_NOOP("pages.history_model", "Contested"),
    QT_TRANSLATE_NOOP("pages.history_model", "Already contested"),
    QT_TRANSLATE_NOOP("pages.history_model", "Nothing to contest"),
    QT_TRANSLATE_NOOP("pages.history_model", "Not uploaded yet"),
    QT_TRANSLATE_NOOP("pages.history_model", "No longer gold"),
)
_MARKED = frozenset({"refused", "rejected"})


def local_time(moment: datetime, now: datetime | None = None) -> str:
    """`Today 14:05`, or `2026-03-02 14:05`, in the computer's time zone."""
    local = moment.astimezone()
    today = (now or datetime.now().astimezone()).date()
    if local.date() == today:
        return translate("pages.history_model", "Today {time}").format(time=time_text(moment))
    return moment_text(moment)


def column_title(column: int) -> str:
    """A column's title as the header shows it."""
    return translate("pages.history_model", COLUMNS[column])


def filter_name(index: int) -> str:
    """A filter's name as its button shows it."""
    return translate("pages.history_model", FILTERS[index][0])


def filter_title(index: int) -> str:
    """What a filter's key does, as the `?` sheet says it."""
    return translate("pages.history_model", FILTER_TITLES[index])


def contest_words(label: str) -> str:
    """A contest label of `labeler.client.history` in the interface's language."""
    return translate("pages.history_model", label)


def state_text(row: HistoryRow) -> str:
    """`✕ Refused`, `Pending review` and friends."""
    state = _STATES.get(row.state)
    return translate("pages.history_model", state) if state else row.state.capitalize()


def listed_reason(reason: str) -> str:
    """A reviewer's reason (sent in English, from the review's list) in this interface's
    words; any other as it is. Imported when first needed: the review's modules stay out
    of a launch straight into a project."""
    from labeler.ui.review.reject import reason_words as words

    return words(reason)


def reason_text(row: HistoryRow) -> str:
    """Why: the task server's refusal, the reviewer's reason and comment (or the
    verdict's "missed a control item"), and a resolved contest's outcome and reply."""
    if row.state == "refused":
        return reason_words(row) or translate("pages.history_model", "The task server refused it.")
    contest = row.contest
    if contest is not None and contest.state == "upheld":  # the lead agreed: nothing else
        if contest.reply:
            return translate("pages.history_model", "Contest upheld: {reply}").format(
                reply=contest.reply
            )
        return translate("pages.history_model", "Contest upheld")
    review = row.review or {}
    reason, comment = review_words(review)
    # A reviewer's reason is sent in English, from a list: read in this interface's words.
    reason = listed_reason(reason.strip()) if isinstance(reason, str) else None
    parts = [v.strip() for v in (reason, comment) if isinstance(v, str) and v.strip()]
    if not parts and row.reason and row.state == "rejected":
        parts.append(reason_words(row))
    if contest is not None and contest.state == "dismissed":
        if contest.reply:
            parts.append(
                translate("pages.history_model", "contest dismissed: {reply}").format(
                    reply=contest.reply
                )
            )
        else:
            parts.append(translate("pages.history_model", "contest dismissed"))
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
    figure = score_figure(score)
    return (
        translate("pages.history_model", "{score} overall").format(score=figure)
        if several
        else figure
    )


def score_figure(score: float) -> str:
    """A score as `0.42`, in the locale's digits."""
    return number(float(score), 2)


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
    if gold["passed"]:
        text = translate("pages.history_model", "passed {score}").format(score=score)
    else:
        text = translate("pages.history_model", "failed {score}").format(score=score)
    text = text.strip()  # without a score
    if row.upheld:
        if row.withdrawn:
            return translate("pages.history_model", "contest upheld · no longer gold")
        upheld = translate("pages.history_model", "contest upheld")
        return f"{text} · {upheld}" if gold["passed"] else upheld
    if row.contest is not None:
        state = row.contest.state  # one of wire.CONTEST_STATES
        return " · ".join(
            (text, translate("pages.history_model", _CONTEST_STATES.get(state, state)))
        )
    if contested:
        return " · ".join((text, translate("pages.history_model", "contested")))
    if row.withdrawn:
        return " · ".join((text, translate("pages.history_model", "withdrawn")))
    return text


#: A contest's state after a verdict, in the Gold column.
_CONTEST_STATES = {
    "open": QT_TRANSLATE_NOOP("pages.history_model", "contest open"),
    "upheld": QT_TRANSLATE_NOOP("pages.history_model", "contest upheld"),
    "dismissed": QT_TRANSLATE_NOOP("pages.history_model", "contest dismissed"),
    "closed": QT_TRANSLATE_NOOP("pages.history_model", "contest closed"),
}


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
        return translate("pages.history_model", "not paid")
    return translate("pages.history_model", "{money} pending").format(money=shown)


def can_contest(row: HistoryRow) -> bool:
    """A failed gold answer the task server has stored, still counting, not contested."""
    return row.contest_refusal() is None


def contest_label(row: HistoryRow, known: str | None = None) -> str | None:
    """What the contest button says instead of `Contest…` for `row`, or None when it can
    be contested. `known`: what this workbench learnt since the page was read (a contest
    it sent, or the task server's refusal of one)."""
    if row.contest is None and known is not None:
        return contest_words(known)
    refusal = row.contest_refusal()
    return contest_words(refusal) if refusal is not None else None


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
            return column_title(section)
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
        if col == SUBMITTED_COLUMN:
            return local_time(row.submitted_at)
        if col == PROJECT_COLUMN:
            return self.project_name(row.project_id)
        if col == ITEM_COLUMN:
            item = row.item_id[:8]
            if row.skipped:
                item = translate("pages.history_model", "{item} (skip)").format(item=item)
            if row.corrected_at is not None:
                item = translate("pages.history_model", "{item} · corrected").format(item=item)
            return item
        if col == STATE_COLUMN:
            return state_text(row)
        if col == REASON_COLUMN:
            return reason_text(row)
        if col == GOLD_COLUMN:
            return gold_text(row, row.submission_id in self.contested)
        if col == REWARD_COLUMN:
            return reward_text(row)
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
