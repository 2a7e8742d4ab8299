"""The analytics page (reviewers and leads): a project's figures at a glance.

A project picker; the annotator table (who needs a look first); charts of gold accuracy
with its interval against the requirement and of median active time against the
too-fast threshold; agreement per field and the confusion with gold of each choice,
multichoice and rating field. Every call runs on the runner's network pool with a busy
bar; an error is shown on the page and the figures already shown stay.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from labeler.client import analytics, wire
from labeler.client.analytics import Stats
from labeler.client.api import TaskServer
from labeler.ui.actions import Action
from labeler.ui.analytics.annotators import AnnotatorTable, flag_text, seconds
from labeler.ui.analytics.chartkit import ChartPanel, bar_percent
from labeler.ui.analytics.charts import accuracy_chart, agreement_chart, plural, time_chart
from labeler.ui.analytics.confusion import ConfusionPanel
from labeler.ui.analytics.proposals import proposals_text
from labeler.ui.i18n import isolate, number, translate
from labeler.ui.keymap import Keymap, display_key
from labeler.ui.pages.common import PAGE_STYLE, NoteLine, busy_bar
from labeler.ui.tasks import Runner

ANNOTATORS, CHARTS, FIELDS = range(3)
NO_PROJECTS = QT_TRANSLATE_NOOP("AnalyticsPage", "There is no project to show figures of yet.")


class AnalyticsPage(QWidget):
    """See the module docstring. The window calls `activate()` when it shows the page and
    installs `keymap` (its actions: `actions()`)."""

    def __init__(self, runner: Runner, server: TaskServer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(PAGE_STYLE)
        self.runner = runner
        self.server = server
        self.projects: list[wire.Project] = []
        self.stats: Stats | None = None
        self.requirement: float | None = None
        self._busy = 0
        self._ticket = 0

        heading = QLabel(self.tr("Analytics"), self)
        heading.setObjectName("heading")
        self.picker = QComboBox(self)
        self.picker.setAccessibleName(self.tr("Project"))
        self.picker.setMinimumContentsLength(28)
        self.picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.picker.activated.connect(lambda _i: self.load_stats())
        project_label = QLabel(self.tr("Project:"), self)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.clicked.connect(self.refresh)
        header = QHBoxLayout()
        header.addWidget(heading)
        header.addSpacing(16)
        header.addWidget(project_label)
        header.addWidget(self.picker)
        header.addStretch(1)
        header.addWidget(self.refresh_button)
        self.summary = QLabel(self)
        self.summary.setObjectName("muted")
        self.summary.setWordWrap(True)
        # How annotators treated the proposals, per field: hidden without prefill.
        self.proposals = QLabel(self)
        self.proposals.setObjectName("proposals")
        self.proposals.setWordWrap(True)
        self.proposals.setTextFormat(Qt.TextFormat.PlainText)
        self.proposals.hide()
        self.busy = busy_bar(self)
        self.note = NoteLine(self)

        self.table = AnnotatorTable(self)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_flags())
        self.flags = QLabel(self)
        self.flags.setWordWrap(True)
        self.flags.setTextFormat(Qt.TextFormat.PlainText)
        annotators = QWidget(self)
        column = QVBoxLayout(annotators)
        column.setContentsMargins(0, 6, 0, 0)
        column.addWidget(self.table, 1)
        column.addWidget(self.flags)

        self.accuracy = ChartPanel(72, self)
        self.times = ChartPanel(64, self)
        charts = QSplitter(Qt.Orientation.Horizontal, self)
        charts.addWidget(self.accuracy)
        charts.addWidget(self.times)
        charts.setChildrenCollapsible(False)

        self.agreement = ChartPanel(0, self)
        self.confusion = ConfusionPanel(self)
        fields = QSplitter(Qt.Orientation.Horizontal, self)
        fields.addWidget(self.agreement)
        fields.addWidget(self.confusion)
        fields.setChildrenCollapsible(False)
        fields.setSizes([560, 640])

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(annotators, self.tr("Annotators"))
        self.tabs.addTab(charts, self.tr("Quality charts"))
        self.tabs.addTab(fields, self.tr("Fields"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 10)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addWidget(self.summary)
        layout.addWidget(self.proposals)
        layout.addWidget(self.busy)
        layout.addWidget(self.note)
        layout.addWidget(self.tabs, 1)

        self.keymap = Keymap(self)
        self.keymap.set_actions(self.actions())
        self._tips()
        self._show_stats()

    # -- what the window calls -----------------------------------------------------------

    def actions(self) -> list[Action]:
        g = self.tr("Analytics")
        out = [
            Action("analytics.refresh", self.tr("Refresh the figures"), ("F5",), self.refresh,
                   g),
            Action("analytics.project", self.tr("Pick the project"), ("Alt+P",),
                   self.focus_picker, g),
            Action("analytics.field", self.tr("Pick the field of the confusion table"),
                   ("Alt+F",), self.focus_fields, g),
        ]  # fmt: skip
        for i in range(self.tabs.count()):
            out.append(
                Action(
                    f"analytics.page_{i + 1}",
                    self.tr("Show {page}").format(page=self.tabs.tabText(i)),
                    (f"Ctrl+{i + 1}",),
                    lambda i=i: self.show_tab(i),
                    g,
                )
            )
        return out

    def activate(self) -> None:
        """The page is shown: read the projects (again) and the figures of the one picked."""
        self.refresh()
        if self.tabs.currentIndex() == ANNOTATORS:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- actions -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the project list, then the figures of the project picked."""
        self._work(+1)
        self.runner.net(
            self.server.projects, done=self._projects_read, failed=self._projects_failed
        )

    def load_stats(self) -> None:
        """Read the figures of the project picked (F5 reads the list too)."""
        project_id = self.current_project()
        if project_id is None:
            return
        self._ticket += 1
        ticket = self._ticket
        self._work(+1)
        self.runner.net(
            analytics.fetch,
            self.server,
            project_id,
            done=lambda stats: self._stats_read(ticket, project_id, stats),
            failed=lambda error: self._stats_failed(ticket, project_id, error),
        )

    def current_project(self) -> str | None:
        data = self.picker.currentData()
        return data if isinstance(data, str) else None

    def show_project(self, project_id: str) -> None:
        """Pick a project and read its figures."""
        index = self.picker.findData(project_id)
        if index >= 0 and index != self.picker.currentIndex():
            self.picker.setCurrentIndex(index)
            self.load_stats()

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        if index == ANNOTATORS:
            self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        elif index == FIELDS:
            self.confusion.picker.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_picker(self) -> None:
        self.picker.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.picker.showPopup()

    def focus_fields(self) -> None:
        self.tabs.setCurrentIndex(FIELDS)
        self.confusion.picker.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- replies -----------------------------------------------------------------------------

    def _projects_read(self, projects: list[wire.Project]) -> None:
        self._work(-1)
        self.projects = sorted(projects, key=lambda p: p.name.casefold())
        shown = self.current_project()
        self.picker.blockSignals(True)
        self.picker.clear()
        for p in self.projects:
            self.picker.addItem(p.name, p.id)
            self.picker.setItemData(self.picker.count() - 1, p.id, Qt.ItemDataRole.ToolTipRole)
        self.picker.blockSignals(False)
        index = self.picker.findData(shown) if shown else -1
        if index < 0 and self.projects:
            # At first, the project with the most work done.
            busiest = max(self.projects, key=_work_done)
            index = self.picker.findData(busiest.id)
        self.picker.setCurrentIndex(index if self.projects else -1)
        if not self.projects:
            self.stats = None
            self._show_stats()
            self.note.show_notice(self.tr(NO_PROJECTS))
            return
        self.load_stats()

    def _projects_failed(self, error: BaseException) -> None:
        self._work(-1)
        self.note.show_error(
            self.tr("Could not read the project list: {why}").format(why=_message(error))
        )

    def _stats_read(self, ticket: int, project_id: str, stats: Stats) -> None:
        self._work(-1)
        if ticket != self._ticket:
            return  # another project was picked meanwhile
        self.note.clear_note()
        self.stats = stats
        self.requirement = analytics.project_requirement(self.projects, project_id)
        self._show_stats()

    def _stats_failed(self, ticket: int, project_id: str, error: BaseException) -> None:
        self._work(-1)
        if ticket != self._ticket:
            return
        name = next((p.name for p in self.projects if p.id == project_id), project_id)
        text = (
            self.tr(
                "Could not read the figures of {project}: {why} The figures shown are from before."
            )
            if self.stats is not None
            else self.tr("Could not read the figures of {project}: {why}")
        )
        self.note.show_error(text.format(project=isolate(name), why=_message(error)))

    # -- showing -----------------------------------------------------------------------------

    def _show_stats(self) -> None:
        stats = self.stats
        proposals = proposals_text(stats)
        self.proposals.setText(proposals)
        self.proposals.setVisible(bool(proposals))
        if stats is None:
            self.summary.setText(self.tr("Pick a project to see its figures."))
            self.table.set_annotators([], None)
            self.accuracy.set_chart(accuracy_chart([], None)[0], 0, "")
            self.times.set_chart(time_chart([], 2000)[0], 0, "")
            self.agreement.set_chart(agreement_chart([])[0], 0, "")
            self.confusion.set_fields([])
            self._show_flags()
            return
        self.summary.setText(summary_text(stats, self.requirement))
        self.table.set_annotators(list(stats.annotators), self.requirement)
        self.accuracy.set_chart(*accuracy_chart(stats.annotators, self.requirement))
        self.times.set_chart(*time_chart(stats.annotators, stats.too_fast_ms))
        self.agreement.set_chart(*agreement_chart(stats.fields))
        self.confusion.set_fields(list(stats.fields))
        self._show_flags()

    def _show_flags(self) -> None:
        current = self.table.current()
        if current is None:
            empty = self.stats is not None and not self.stats.annotators
            self.flags.setText(self.tr("Nobody has submitted anything here yet.") if empty else "")
            return
        figures, found = current
        if not found:
            self.flags.setText(
                self.tr("{user}: nothing that needs a look.").format(user=figures.user)
            )
            return
        why = " ".join(flag_text(f, figures, self.requirement) for f in found)
        self.flags.setText(self.tr("{user} needs a look: {why}").format(user=figures.user, why=why))

    def _work(self, step: int) -> None:
        self._busy = max(0, self._busy + step)
        self.busy.setVisible(self._busy > 0)
        self.refresh_button.setEnabled(self._busy == 0)

    def _tips(self) -> None:
        keys = self.keymap.keys("analytics.refresh")
        self.refresh_button.setToolTip(
            self.tr("Read the figures again") + (f" ({display_key(keys[0])})" if keys else "")
        )


def summary_text(stats: Stats, requirement: float | None) -> str:
    """The project's figures in one line."""
    done = (
        translate("analytics.page", "{done} of 1 item done")
        if stats.items_total == 1
        else translate("analytics.page", "{done} of {total} items done")
    )
    parts = [
        done.format(done=number(stats.items_done), total=number(stats.items_total)),
        plural(stats.submissions, "submission"),
        plural(len(stats.annotators), "annotator"),
    ]
    if stats.median_active_ms is not None:
        parts.append(
            translate("analytics.page", "median active time {time}").format(
                time=seconds(stats.median_active_ms)
            )
        )
    parts.append(
        translate("analytics.page", "too fast: under {time}").format(
            time=seconds(stats.too_fast_ms)
        )
    )
    parts.append(
        translate("analytics.page", "requirement {bar}").format(bar=bar_percent(requirement))
        if requirement is not None
        else translate("analytics.page", "no requirement")
    )
    return " · ".join(parts)


def _work_done(project: wire.Project) -> int:
    """Real items answered as often as the project wants (0 when the server does not
    say)."""
    total, remaining = project.items_total or 0, project.items_remaining
    return total - remaining if remaining is not None else 0


def _message(error: BaseException) -> str:
    """What went wrong, in the sender's words (set apart in a right-to-left sentence)."""
    text = getattr(error, "message", None) or str(error) or type(error).__name__
    return isolate(str(text))


__all__ = ["AnalyticsPage", "summary_text"]
