"""The dashboard's lower panels: figures per project, why work was rejected (with the
newest comments), and the next private pool to unlock with what it still needs."""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QProgressBar,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from labeler.client.dashboard import Figures, PoolGoal, ProjectFigures, Rejection
from labeler.client.history import MISSED
from labeler.core.stats import SKILL_WINDOW
from labeler.ui.analytics.chartkit import bar_percent, share
from labeler.ui.dashboard.tiles import amount, hours, pace
from labeler.ui.i18n import isolate, locale, number, percent, translate
from labeler.ui.messages import locked_words
from labeler.ui.pages.common import set_script_text

PROJECT_COLUMNS = (
    QT_TRANSLATE_NOOP("dashboard.panels", "Project"),
    QT_TRANSLATE_NOOP("dashboard.panels", "Items"),
    QT_TRANSLATE_NOOP("dashboard.panels", "Active"),
    QT_TRANSLATE_NOOP("dashboard.panels", "Items/h"),
    QT_TRANSLATE_NOOP("dashboard.panels", "Approved"),
    QT_TRANSLATE_NOOP("dashboard.panels", "Pending"),
    QT_TRANSLATE_NOOP("dashboard.panels", "Rejected"),
    QT_TRANSLATE_NOOP("dashboard.panels", "Gold"),
)
PROJECT_TIPS = (
    QT_TRANSLATE_NOOP("dashboard.panels", "The project"),
    QT_TRANSLATE_NOOP("dashboard.panels", "Submissions, skips included"),
    QT_TRANSLATE_NOOP("dashboard.panels", "Active time"),
    QT_TRANSLATE_NOOP("dashboard.panels", "Items per hour of active time"),
    QT_TRANSLATE_NOOP("dashboard.panels", "Earned: accepted work"),
    QT_TRANSLATE_NOOP("dashboard.panels", "Earns once a reviewer accepts it"),
    QT_TRANSLATE_NOOP("dashboard.panels", "Rejected submissions"),
    QT_TRANSLATE_NOOP("dashboard.panels", "Gold answers passed of those answered"),
)
#: Where a rejection's reason is translated: the review's reject dialog marks its reasons,
#: and a missed control item's, under its class's name; "Other" is the shared dialog's.
#: (As `labeler.ui.review.reject.reason_words`, without loading the review here.)
_REASON_CONTEXTS = ("RejectDialog", "ReasonDialog")


def reason_words(reason: str) -> str:
    """A rejection's reason in the interface's language; one no dialog lists (an older
    workbench's, a server's words) as it was sent."""
    for context in _REASON_CONTEXTS:
        shown = translate(context, reason)
        if shown != reason:
            return shown
    return reason


def when(moment: datetime) -> str:
    """A moment in local time: `3 Mar 14:05`, the month in the locale's words."""
    local = moment.astimezone()
    shown = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return locale().toString(shown, "d MMM HH:mm")  # notr: a date pattern


def goal_words(goal: PoolGoal) -> str:
    """What a pool still needs, in one plain sentence of the interface's language (the
    same sentence as `labeler.client.unlock.goal_text` in English)."""
    answered, accuracy, more = goal.gold_answered, goal.accuracy, goal.more_gold
    bar = bar_percent(goal.requirement.min_accuracy)
    if accuracy is None or answered == 0:
        have = translate("dashboard.panels", "you have no control items yet")
    else:
        # Rounded down, so a shortfall never reads as the bar.
        at = percent(int(accuracy * 1000 + 1e-9) / 1000, 1)
        if answered > SKILL_WINDOW:
            have = translate(
                "dashboard.panels", "you are at {accuracy} over your last {window} of {answered}"
            )
        else:
            have = translate("dashboard.panels", "you are at {accuracy} over {answered}")
        have = have.format(accuracy=at, window=number(SKILL_WINDOW), answered=number(answered))
    if more == 0:
        return translate(
            "dashboard.panels", "You meet it now ({have}); refresh the project list."
        ).format(have=have)
    if goal.all_passed:
        if more == 1:
            need = (
                translate(
                    "dashboard.panels",
                    "About 1 more control item, all passed, to reach ≥ {bar}; {have}.",
                )
                if goal.estimated
                else translate(
                    "dashboard.panels", "1 more control item, all passed, to reach ≥ {bar}; {have}."
                )
            )
        else:
            need = (
                translate(
                    "dashboard.panels",
                    "About {count} more control items, all passed, to reach ≥ {bar}; {have}.",
                )
                if goal.estimated
                else translate(
                    "dashboard.panels",
                    "{count} more control items, all passed, to reach ≥ {bar}; {have}.",
                )
            )
    elif more == 1:
        need = translate("dashboard.panels", "1 more control item at ≥ {bar}; {have}.")
    else:
        need = translate("dashboard.panels", "{count} more control items at ≥ {bar}; {have}.")
    return need.format(count=number(more), bar=bar, have=have)


class SortItem(QTableWidgetItem):
    """A cell that sorts by a number, not by its text."""

    def __init__(self, text: str, key: float | tuple[str, float]) -> None:
        super().__init__(text)
        self.key = key
        self.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        if isinstance(other, SortItem):
            return self.key < other.key
        return super().__lt__(other)


def money_item(f: Figures, which: str) -> SortItem:
    """A cell of one kind of money (`approved`, `pending`) in each currency of `f`, `—`
    without any; sorted by currency, then amount: two currencies are not compared."""
    parts = [(c, getattr(m, which)) for c, m in sorted(f.earnings.items())]
    if not parts:
        return SortItem("—", ("", 0.0))
    text = "  ·  ".join(amount(value, c) for c, value in parts)
    return SortItem(text, (parts[0][0], float(parts[0][1])))


class ProjectTable(QTableWidget):
    """One row per project the annotator worked on; sortable by any column."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(PROJECT_COLUMNS), parent)
        self.setHorizontalHeaderLabels([translate("dashboard.panels", c) for c in PROJECT_COLUMNS])
        for column, tip in enumerate(PROJECT_TIPS):
            header_item = self.horizontalHeaderItem(column)
            if header_item is not None:
                header_item.setToolTip(translate("dashboard.panels", tip))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        head = self.horizontalHeader()
        head.setHighlightSections(False)
        # The figures take what they need and the project's name the rest, cut with … and
        # whole in its tooltip: a pane of 650 px shows every column without scrolling.
        head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        head.setMinimumSectionSize(48)
        head.setStretchLastSection(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setSortingEnabled(True)

    def show_projects(self, rows: tuple[ProjectFigures, ...]) -> None:
        """One row per project; its money in the currencies it paid in (one, unless the
        project changed its currency), never turned into another."""
        self.setSortingEnabled(False)
        self.setRowCount(len(rows))
        for r, p in enumerate(rows):
            f = p.figures
            name = QTableWidgetItem(p.name)
            name.setToolTip(f"{p.name} ({p.project_id})")
            gold = (
                self.tr("{passed} of {answered}").format(
                    passed=number(f.gold_passed), answered=number(f.gold_answered)
                )
                if f.gold_answered
                else "—"
            )
            count = (
                self.tr("{items} ({skips} skipped)").format(
                    items=number(f.items), skips=number(f.skips)
                )
                if f.skips
                else number(f.items)
            )
            items = SortItem(count, f.items)
            cells = [
                name,
                items,
                SortItem(hours(f.active_ms), f.active_ms),
                SortItem(pace(f.items_per_hour), f.items_per_hour or 0.0),
                money_item(f, "approved"),
                money_item(f, "pending"),
                SortItem(number(f.rejected), f.rejected),
                SortItem(gold, f.gold_accuracy if f.gold_accuracy is not None else -1.0),
            ]
            for c, item in enumerate(cells):
                self.setItem(r, c, item)
        self.setSortingEnabled(True)
        self.sortItems(1, Qt.SortOrder.DescendingOrder)


class ReasonList(QTextBrowser):
    """Rejection reasons, most frequent first, each with its newest comments; text that
    wraps, can be selected and scrolled by keyboard."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.document().setDocumentMargin(8)

    def show_reasons(self, reasons: tuple[Rejection, ...], names: dict[str, str]) -> None:
        self.setHtml(reasons_html(reasons, names))


def reasons_html(reasons: tuple[Rejection, ...], names: dict[str, str]) -> str:
    """The reasons as simple HTML (every text escaped)."""
    if not reasons:
        return "<p>{}</p>".format(
            escape(translate("dashboard.panels", "Nothing of yours was rejected."))
        )
    parts = []
    for reason in reasons:
        head = (
            translate("dashboard.panels", "{reason} — once, last {when}")
            if reason.count == 1
            else translate("dashboard.panels", "{reason} — {count} times, last {when}")
        )
        line = head.format(
            reason=f"<b>{isolate(escape(reason_words(reason.reason)))}</b>",
            count=number(reason.count),
            when=escape(when(reason.last_at)),
        )
        parts.append(f"<p style='margin-top:6px'>{line}</p>")
        for c in reason.comments:
            who = f" — {escape(c.reviewer)}" if c.reviewer else ""
            project = escape(names.get(c.project_id, c.project_id))
            parts.append(
                f"<p style='margin-left:14px; margin-top:2px'>“{escape(c.text)}”{who}"
                f"<br><span style='color:#6b7280'>{project}, {escape(when(c.at))}</span></p>"
            )
        if not reason.comments:
            # A missed control item is the verdict's, not a reviewer's: it has no comment,
            # but each one's hint and expected answer are in History.
            note = (
                translate("dashboard.panels", "Each one's hint and expected answer are in History.")
                if reason.reason == MISSED
                else translate("dashboard.panels", "No comment was given.")
            )
            parts.append(
                f"<p style='margin-left:14px; margin-top:2px; color:#6b7280'>{escape(note)}</p>"
            )
    return "".join(parts)


class PoolCard(QFrame):
    """The next private pool to unlock: its name, what it needs in words, and two bars
    (control items against the count needed, accuracy against the bar)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("poolCard")
        self.setStyleSheet(
            "#poolCard { background: palette(base); border: 1px solid palette(mid);"
            " border-radius: 6px; }"
        )
        self.heading = QLabel(self.tr("Next pool to unlock"), self)
        self.heading.setObjectName("tileTitle")
        self.heading.setStyleSheet("font-weight: 600; color: palette(placeholder-text);")
        self.name = QLabel(self)
        self.name.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.name.setWordWrap(True)
        self.needs = QLabel(self)
        self.needs.setWordWrap(True)
        self.count_label = QLabel(self)
        self.count = QProgressBar(self)
        self.accuracy_label = QLabel(self)
        self.accuracy = QProgressBar(self)
        for bar in (self.count, self.accuracy):
            bar.setTextVisible(False)
            bar.setFixedHeight(8)
        self.count.setAccessibleName(self.tr("Control items"))
        self.accuracy.setAccessibleName(self.tr("Accuracy"))
        self.reason = QLabel(self)
        self.reason.setObjectName("muted")
        self.reason.setStyleSheet("color: palette(placeholder-text);")
        self.reason.setWordWrap(True)
        # What does not fit the card's height scrolls rather than being drawn over.
        inside = QWidget(self)
        inside.setObjectName("poolCardInside")
        inside.setStyleSheet("#poolCardInside { background: transparent; }")
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.viewport().setAutoFillBackground(False)
        self.scroll.setWidget(inside)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(1, 1, 1, 1)
        outer.addWidget(self.scroll)
        column = QVBoxLayout(inside)
        column.setContentsMargins(11, 9, 11, 9)
        column.setSpacing(6)
        for widget in (
            self.heading,
            self.name,
            self.needs,
            self.count_label,
            self.count,
            self.accuracy_label,
            self.accuracy,
            self.reason,
        ):
            column.addWidget(widget)
        column.addStretch(1)

    def show_goal(self, goal: PoolGoal | None, names: dict[str, str]) -> None:
        shown = goal is not None
        for widget in (
            self.count_label,
            self.count,
            self.accuracy_label,
            self.accuracy,
            self.reason,
        ):
            widget.setVisible(shown)
        if goal is None:
            self.name.setText(self.tr("Nothing locked"))
            self.needs.setText(self.tr("Every private pool you can see is open to you."))
            return
        set_script_text(self.name, names.get(goal.project_id, goal.name))
        self.needs.setText(goal_words(goal))
        req = goal.requirement
        need = max(req.min_gold, 1)
        self.count.setRange(0, need)
        self.count.setValue(min(goal.gold_answered, need))
        self.count_label.setText(
            self.tr("Control items: {have} of {need} needed").format(
                have=number(goal.gold_answered), need=number(req.min_gold)
            )
        )
        self.accuracy.setRange(0, 1000)
        have = goal.accuracy
        self.accuracy.setValue(round(min(have or 0.0, 1.0) * 1000))
        bar = bar_percent(req.min_accuracy)
        self.accuracy_label.setText(
            self.tr("Accuracy: {have} of the {bar} needed").format(
                have=share(have, 1, req.min_accuracy), bar=bar
            )
            if have is not None
            else self.tr("Accuracy: none yet; {bar} needed").format(bar=bar)
        )
        self.reason.setText(
            self.tr("The task server says: {reason}").format(reason=isolate(locked_words(goal)))
            if goal.locked_reason
            else ""
        )
        self.reason.setVisible(bool(goal.locked_reason))
