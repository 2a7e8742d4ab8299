"""The annotator's dashboard: today's figures as tiles, items and earnings per day,
gold accuracy over time against the pool being aimed at, figures per project, why work
was rejected, the next pool to unlock, and an export of one's whole history as CSV.

The whole history is read page after page on the runner's network pool (progress shown
as it comes); the figures are made there too; the CSV is written on the disk worker.
"""

from __future__ import annotations

import threading
import time
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from labeler.client import dashboard
from labeler.client.dashboard import Reading
from labeler.ui import files
from labeler.ui.actions import Action
from labeler.ui.analytics.chartkit import ChartPanel
from labeler.ui.dashboard.charts import (
    DAYS,
    EARNINGS,
    HOURS,
    ITEMS,
    PACE,
    accuracy_chart,
    days_chart,
)
from labeler.ui.dashboard.panels import PoolCard, ProjectTable, ReasonList
from labeler.ui.dashboard.tiles import Tiles
from labeler.ui.i18n import isolate, locale, number
from labeler.ui.keymap import Keymap, display_key
from labeler.ui.pages.common import PAGE_STYLE, NoteLine
from labeler.ui.tasks import Runner

#: Seconds after which showing the page reads the history again.
STALE_AFTER = 60.0
#: The least height of a chart with its caption, and of a lower panel, in pixels: below
#: it the page scrolls rather than squeeze them (Urdu's lines are much taller).
CHART_HEIGHT = 260
PANEL_HEIGHT = 150
EARNINGS_NOTE = QT_TRANSLATE_NOOP(
    "DashboardPage",
    "Only accepted work earns: pending work earns once a reviewer accepts it; rejected work, "
    "skips and submissions the task server refused earn nothing.",
)


def _is_money(choice: object) -> bool:
    """A per-day choice that shows earnings (in the main currency, or in one named)."""
    return isinstance(choice, str) and (choice == EARNINGS or choice.startswith(f"{EARNINGS}:"))


class _Progress(QObject):
    """Carries the count of submissions read from the worker to the GUI thread."""

    read = Signal(int)


class DashboardPage(QWidget):
    """See the module docstring. `source` is the annotator's `Workspace` (or anything with
    `history`, `projects` and `me`, such as a `TaskServer`). The window calls
    `activate()` when it shows the page and installs `keymap` (`actions()`)."""

    def __init__(self, runner: Runner, source: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(PAGE_STYLE)
        self.runner = runner
        self.source = source
        self.reading: Reading | None = None
        self.loaded_at = 0.0
        self.cap = dashboard.DEFAULT_CAP
        self._loading = False
        self._ticket = 0
        self._stop = threading.Event()
        stop = self._stop
        self.destroyed.connect(lambda *_: stop.set())
        self._progress = _Progress(self)
        self._progress.read.connect(self._read_so_far)

        heading = QLabel(self.tr("Dashboard"), self)
        heading.setObjectName("heading")
        self.status = QLabel(self)
        self.status.setObjectName("muted")
        self.export_button = QPushButton(self.tr("Export CSV…"), self)
        self.export_button.clicked.connect(self.export)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.clicked.connect(self.refresh)
        header = QHBoxLayout()
        header.addWidget(heading)
        header.addSpacing(12)
        header.addWidget(self.status, 1)
        header.addWidget(self.export_button)
        header.addWidget(self.refresh_button)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setMaximumHeight(16)
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.note = NoteLine(self)

        self.tiles = Tiles(self)
        self.earnings_note = QLabel(self.tr(EARNINGS_NOTE), self)
        self.earnings_note.setObjectName("muted")
        self.earnings_note.setWordWrap(True)

        self.days = ChartPanel(0, self)
        self.days_picker = QComboBox(self)
        self.days_picker.addItem(self.tr("Items"), ITEMS)
        self.days_picker.addItem(self.tr("Earnings"), EARNINGS)
        self.days_picker.addItem(self.tr("Active hours"), HOURS)
        self.days_picker.addItem(self.tr("Items per hour"), PACE)
        self.days_picker.setAccessibleName(self.tr("Per day, show"))
        self.days_picker.currentIndexChanged.connect(lambda _i: self._show_days())
        self.skill_picker = QComboBox(self)
        self.skill_picker.setAccessibleName(self.tr("Skill"))
        self.skill_picker.setMinimumContentsLength(18)
        self.skill_picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.skill_picker.currentIndexChanged.connect(lambda _i: self._show_accuracy())
        self.accuracy = ChartPanel(0, self)
        charts = QSplitter(Qt.Orientation.Horizontal, self)
        charts.addWidget(_titled(self.days, self.tr("Per day:"), self.days_picker, self))
        charts.addWidget(
            _titled(self.accuracy, self.tr("Gold accuracy in skill:"), self.skill_picker, self)
        )
        charts.setChildrenCollapsible(False)
        charts.setSizes([640, 640])

        self.project_table = ProjectTable(self)
        self.reasons = ReasonList(self)
        self.pool = PoolCard(self)
        lower = QSplitter(Qt.Orientation.Horizontal, self)
        lower.addWidget(_titled(self.project_table, self.tr("Your projects"), None, self))
        lower.addWidget(_titled(self.reasons, self.tr("Why work was rejected"), None, self))
        lower.addWidget(self.pool)
        lower.setChildrenCollapsible(False)
        lower.setSizes([720, 340, 280])

        body = QSplitter(Qt.Orientation.Vertical, self)
        body.addWidget(charts)
        body.addWidget(lower)
        body.setChildrenCollapsible(False)
        body.setSizes([300, 220])

        for chart in (self.days, self.accuracy):
            chart.setMinimumHeight(CHART_HEIGHT)
        for panel in (self.project_table, self.reasons, self.pool):
            panel.setMinimumHeight(PANEL_HEIGHT)
        content = QWidget(self)
        content.setObjectName("dashboardContent")
        content.setStyleSheet("#dashboardContent { background: transparent; }")
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addWidget(self.tiles)
        column.addWidget(self.earnings_note)
        column.addWidget(body, 1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.viewport().setAutoFillBackground(False)
        self.scroll.setWidget(content)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 10)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addWidget(self.progress)
        layout.addWidget(self.note)
        layout.addWidget(self.scroll, 1)

        self.keymap = Keymap(self)
        self.keymap.set_actions(self.actions())
        self._tips()
        self._show()

    # -- what the window calls -----------------------------------------------------------

    def actions(self) -> list[Action]:
        g = self.tr("Dashboard")
        return [
            Action("dashboard.refresh", self.tr("Read your history again"), ("F5",),
                   self.refresh, g),
            Action("dashboard.export", self.tr("Export your history as CSV…"), ("Ctrl+E",),
                   self.export, g),
            Action("dashboard.per_day", self.tr("Per day: items, earnings, hours, pace"),
                   ("Alt+D",), self.toggle_days, g),
            Action("dashboard.skill", self.tr("Pick the skill of the accuracy chart"),
                   ("Alt+S",), self.focus_skill, g),
            Action("dashboard.projects", self.tr("Go to your projects"), ("Alt+P",),
                   self.focus_projects, g),
            Action("dashboard.reasons", self.tr("Go to the rejection reasons"), ("Alt+R",),
                   self.focus_reasons, g),
        ]  # fmt: skip

    def activate(self) -> None:
        """The page is shown: read the history when it was never read or is stale."""
        if self.reading is None or time.monotonic() - self.loaded_at > STALE_AFTER:
            self.refresh()
        self.project_table.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- actions -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the whole history, the projects and `/me` again."""
        if self._loading:
            return
        self._loading = True
        self._ticket += 1
        ticket = self._ticket
        self.note.clear_note()
        self._busy(True)
        self._read_so_far(0)
        progress, stop, cap = self._progress, self._stop, self.cap
        self.runner.net(
            lambda: dashboard.read(
                self.source, cap=cap, progress=progress.read.emit, should_stop=stop.is_set
            ),
            done=lambda reading: self._read(ticket, reading),
            failed=lambda error: self._failed(ticket, error),
        )

    def export(self) -> None:
        """Ask where, then write the history read as CSV (on the disk worker)."""
        if self.reading is None or self._loading:
            self.note.show_notice(self.tr("Your history is still being read; export once it is."))
            return
        name = f"labeler-history-{date.today():%Y-%m-%d}.csv"  # notr: a file's name
        path = files.save_file_name(
            self, self.tr("Export your history"), name, self.tr("CSV files (*.csv)")
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """Write the history read to `path` (atomic) and say where it went."""
        reading = self.reading
        if reading is None:
            return
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
        self.export_button.setEnabled(False)
        self.note.show_notice(
            self.tr("Writing {count} submissions to {path}…").format(
                count=number(len(reading.loaded.entries)), path=isolate(str(path))
            )
        )
        self.runner.db(
            dashboard.export_csv,
            reading.loaded.entries,
            path,
            reading.projects,
            done=lambda rows: self._exported(path, rows),
            failed=lambda error: self._export_failed(path, error),
        )

    def toggle_days(self) -> None:
        picker = self.days_picker
        picker.setCurrentIndex((picker.currentIndex() + 1) % picker.count())
        self._focus(self.days_picker)

    def focus_skill(self) -> None:
        self._focus(self.skill_picker)

    def focus_projects(self) -> None:
        self._focus(self.project_table)

    def focus_reasons(self) -> None:
        self._focus(self.reasons)

    def _focus(self, widget: QWidget) -> None:
        """Give `widget` the keyboard and scroll the page to it (when the page scrolls)."""
        widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.scroll.ensureWidgetVisible(widget, 0, 0)

    # -- replies -----------------------------------------------------------------------------

    def _read_so_far(self, count: int) -> None:
        if not isValid(self):
            return
        self.progress.setFormat(
            self.tr("Reading your history… {count} submissions").format(count=number(count))
            if count
            else self.tr("Reading your history…")
        )

    def _read(self, ticket: int, reading: Reading) -> None:
        if not isValid(self) or ticket != self._ticket:
            return
        self._loading = False
        self._busy(False)
        self.reading = reading
        self.loaded_at = time.monotonic()
        problems = list(reading.problems)
        loaded = reading.loaded
        if not loaded.online:
            problems.insert(
                0, loaded.error or self.tr("Offline: showing what this workbench knows.")
            )
        if loaded.capped:
            problems.append(
                self.tr("Only your newest {count} submissions are counted.").format(
                    count=number(len(loaded.entries))
                )
            )
        if problems:
            self.note.show_notice(" ".join(problems))
        self._show()

    def _failed(self, ticket: int, error: BaseException) -> None:
        if not isValid(self) or ticket != self._ticket:
            return
        self._loading = False
        self._busy(False)
        text = (
            self.tr("Could not read your history: {why} The figures shown are from before.")
            if self.reading is not None
            else self.tr("Could not read your history: {why}")
        )
        self.note.show_error(text.format(why=_message(error)))

    def _exported(self, path: Path, rows: int) -> None:
        if not isValid(self):
            return
        self.export_button.setEnabled(True)
        self.note.show_notice(
            self.tr("Wrote {count} submissions to {path}.").format(
                count=number(rows), path=isolate(str(path))
            )
        )

    def _export_failed(self, path: Path, error: BaseException) -> None:
        if not isValid(self):
            return
        self.export_button.setEnabled(True)
        self.note.show_error(
            self.tr("Could not write {path}: {why}. Nothing was changed there.").format(
                path=isolate(str(path)), why=_message(error)
            )
        )

    # -- showing -----------------------------------------------------------------------------

    def _show(self) -> None:
        reading = self.reading
        self.export_button.setEnabled(reading is not None and not self._loading)
        if reading is None:
            self.status.setText(self.tr("Your history has not been read yet."))
            return
        d = reading.dashboard
        count = len(reading.loaded.entries)
        status = (
            self.tr("1 submission · read at {time}")
            if count == 1
            else self.tr("{count} submissions · read at {time}")
        )
        at = locale().toString(QTime.currentTime(), "HH:mm")  # notr: a time pattern
        self.status.setText(status.format(count=number(count), time=at))
        self.tiles.show_dashboard(d)
        names = {pid: p.name for pid, p in reading.projects.items()}
        self.project_table.show_projects(d.projects)
        self.reasons.show_reasons(d.rejections, names)
        self.pool.show_goal(d.goal, names)
        self._money_choices(d.currencies)
        self._show_days()
        shown = self.skill_picker.currentData()
        self.skill_picker.blockSignals(True)
        self.skill_picker.clear()
        for skill in d.skills:
            self.skill_picker.addItem(skill, skill)
        index = self.skill_picker.findData(shown) if shown else -1
        self.skill_picker.setCurrentIndex(max(index, 0) if d.skills else -1)
        self.skill_picker.setEnabled(bool(d.skills))
        self.skill_picker.blockSignals(False)
        self._show_accuracy()

    def _money_choices(self, currencies: tuple[str, ...]) -> None:
        """Earnings per day are shown in one currency at a time: "Earnings" for one, and a
        choice per currency when there are several (two are never stacked together)."""
        picker = self.days_picker
        if len(currencies) < 2:
            wanted = [(self.tr("Earnings"), EARNINGS)]
        else:
            each = self.tr("Earnings ({currency})")
            wanted = [(each.format(currency=c), f"{EARNINGS}:{c}") for c in currencies]
        places = [i for i in range(picker.count()) if _is_money(picker.itemData(i))]
        if [(picker.itemText(i), picker.itemData(i)) for i in places] == wanted:
            return
        shown = picker.currentData()
        picker.blockSignals(True)
        for i in reversed(places):
            picker.removeItem(i)
        for offset, (text, data) in enumerate(wanted):
            picker.insertItem(places[0] + offset, text, data)
        index = picker.findData(shown)
        if index < 0:  # the currency shown is gone: its place shows the first
            index = places[0] if _is_money(shown) else 0
        picker.setCurrentIndex(index)
        picker.blockSignals(False)

    def _show_days(self) -> None:
        if self.reading is None:
            return
        d = self.reading.dashboard
        span = dashboard.last_days(d.days, d.day, DAYS)
        what, currency = self.days_picker.currentData(), d.currency
        if isinstance(what, str) and what.startswith(f"{EARNINGS}:"):
            what, currency = what.split(":", 1)
        chart, caption = days_chart(span, d.day, what, currency)
        self.days.set_chart(chart, 0, caption)

    def _show_accuracy(self) -> None:
        if self.reading is None:
            return
        d = self.reading.dashboard
        skill = self.skill_picker.currentData()
        if not isinstance(skill, str):
            empty = self.tr("No gold answers yet: accuracy shows once you have some.")
            chart = accuracy_chart([], self.tr("your skills"), None, None)[0]
            self.accuracy.set_chart(chart, 0, empty)
            return
        pool = d.goal.name if d.goal is not None and d.goal.requirement.skill == skill else None
        chart, caption = accuracy_chart(
            d.series.get(skill, ()), skill, d.requirement.get(skill), pool
        )
        self.accuracy.set_chart(chart, 0, caption)

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.refresh_button.setEnabled(not busy)
        self.export_button.setEnabled(not busy and self.reading is not None)

    def _tips(self) -> None:
        for button, action in (
            (self.refresh_button, "dashboard.refresh"),
            (self.export_button, "dashboard.export"),
        ):
            keys = self.keymap.keys(action)
            title = next(a.title for a in self.actions() if a.id == action)
            button.setToolTip(title + (f" ({display_key(keys[0])})" if keys else ""))


def _titled(widget: QWidget, title: str, extra: QWidget | None, parent: QWidget) -> QWidget:
    """`widget` under a bold title, with `extra` (a picker) beside the title."""
    box = QWidget(parent)
    label = QLabel(title, box)
    label.setStyleSheet("font-weight: 600;")
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(label)
    if extra is not None:
        row.addWidget(extra)
    row.addStretch(1)
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 4, 0, 0)
    column.setSpacing(4)
    column.addLayout(row)
    column.addWidget(widget, 1)
    return box


def _message(error: BaseException) -> str:
    """What went wrong, in the sender's words (set apart in a right-to-left sentence)."""
    return isolate(str(getattr(error, "message", None) or error or type(error).__name__))
