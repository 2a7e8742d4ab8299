"""The dashboard's lower panels: figures per project, why work was rejected (with the
newest comments), and the next private pool to unlock with what it still needs."""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import Qt
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

from labeler.client.dashboard import PoolGoal, ProjectFigures, Rejection
from labeler.client.history import MISSED
from labeler.ui.dashboard.tiles import amount, hours, pace
from labeler.ui.pages.common import accuracy_text, requirement_text, set_script_text

PROJECT_COLUMNS = (
    "Project",
    "Items",
    "Active",
    "Items/h",
    "Approved",
    "Pending",
    "Rejected",
    "Gold",
)
PROJECT_TIPS = (
    "The project",
    "Submissions, skips included",
    "Active time",
    "Items per hour of active time",
    "Earned: accepted work",
    "Earns once a reviewer accepts it",
    "Rejected submissions",
    "Gold answers passed of those answered",
)


def when(moment: datetime) -> str:
    """A moment in local time: `3 Mar 14:05`."""
    local = moment.astimezone()
    return f"{local.day} {local:%b %H:%M}"


class SortItem(QTableWidgetItem):
    """A cell that sorts by a number, not by its text."""

    def __init__(self, text: str, key: float) -> None:
        super().__init__(text)
        self.key = key
        self.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        if isinstance(other, SortItem):
            return self.key < other.key
        return super().__lt__(other)


class ProjectTable(QTableWidget):
    """One row per project the annotator worked on; sortable by any column."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(PROJECT_COLUMNS), parent)
        self.setHorizontalHeaderLabels(list(PROJECT_COLUMNS))
        for column, tip in enumerate(PROJECT_TIPS):
            header_item = self.horizontalHeaderItem(column)
            if header_item is not None:
                header_item.setToolTip(tip)
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

    def show_projects(self, rows: tuple[ProjectFigures, ...], currency: str | None) -> None:
        self.setSortingEnabled(False)
        self.setRowCount(len(rows))
        for r, p in enumerate(rows):
            f = p.figures
            m = f.money(currency) if currency else None
            name = QTableWidgetItem(p.name)
            name.setToolTip(f"{p.name} ({p.project_id})")
            gold = f"{f.gold_passed} of {f.gold_answered}" if f.gold_answered else "—"
            items = SortItem(f"{f.items} ({f.skips} skipped)" if f.skips else str(f.items), f.items)
            cells = [
                name,
                items,
                SortItem(hours(f.active_ms), f.active_ms),
                SortItem(pace(f.items_per_hour), f.items_per_hour or 0.0),
                SortItem(amount(m.approved, currency) if m else "—", float(m.approved) if m else 0),
                SortItem(amount(m.pending, currency) if m else "—", float(m.pending) if m else 0),
                SortItem(f"{f.rejected}", f.rejected),
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
        return "<p>Nothing of yours was rejected.</p>"
    parts = []
    for reason in reasons:
        times = "once" if reason.count == 1 else f"{reason.count} times"
        parts.append(
            f"<p style='margin-top:6px'><b>{escape(reason.reason)}</b> — {times}, "
            f"last {escape(when(reason.last_at))}</p>"
        )
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
                "Each one's hint and expected answer are in History."
                if reason.reason == MISSED
                else "No comment was given."
            )
            parts.append(f"<p style='margin-left:14px; margin-top:2px; color:#6b7280'>{note}</p>")
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
        self.count.setAccessibleName("Control items")
        self.accuracy.setAccessibleName("Accuracy")
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
        self.needs.setText(goal.text)
        req = goal.requirement
        need = max(req.min_gold, 1)
        self.count.setRange(0, need)
        self.count.setValue(min(goal.gold_answered, need))
        self.count_label.setText(f"Control items: {goal.gold_answered} of {req.min_gold} needed")
        self.accuracy.setRange(0, 1000)
        have = goal.accuracy
        self.accuracy.setValue(round(min(have or 0.0, 1.0) * 1000))
        bar = requirement_text(req.min_accuracy)
        self.accuracy_label.setText(
            f"Accuracy: {accuracy_text(have, req.min_accuracy)} of the {bar} needed"
            if have is not None
            else f"Accuracy: none yet; {bar} needed"
        )
        self.reason.setText(
            f"The task server says: {goal.locked_reason}" if goal.locked_reason else ""
        )
        self.reason.setVisible(bool(goal.locked_reason))
