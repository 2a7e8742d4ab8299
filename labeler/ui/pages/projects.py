"""The projects page: what the annotator may work on, by keyboard. Up/Down pick a
project, Enter opens it (a locked private pool says why instead), F5 refreshes."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from labeler.client.wire import Earned, Me, Project
from labeler.ui.actions import Action
from labeler.ui.i18n import number, translate
from labeler.ui.keymap import Keymap, display_key
from labeler.ui.pages.common import (
    PAGE_STYLE,
    NoteLine,
    accuracy_text,
    busy_bar,
    label_room,
    money,
)
from labeler.ui.pages.project_cards import (
    PROJECT_ROLE,
    ProjectCardDelegate,
    ProjectListModel,
    locked_reason,
)

OFFLINE_BANNER = QT_TRANSLATE_NOOP(
    "ProjectsPage", "Offline — showing the projects known from last time"
)

_STYLE = (
    PAGE_STYLE
    + """
QListView { border: none; }
QListView:focus { outline: none; }
"""
)


def skill_names(projects: Iterable[Project]) -> dict[str, str]:
    """What to call each skill: the name of the one project that counts towards it (a
    skill is by default its project's id, `compare-answers`, which the annotator never
    sees); a skill several projects share keeps its own name, as does one of no project
    listed."""
    by_skill: dict[str, list[str]] = {}
    for p in projects:
        by_skill.setdefault(p.skill, []).append(p.name)
    return {skill: names[0] for skill, names in by_skill.items() if len(names) == 1}


def skills_summary(me: Me | None, projects: Iterable[Project] = ()) -> str:
    """`Gold accuracy: Street scenes 88.0% over 25 · …` (each skill by its project's
    name, `skill_names`), or empty without `/me`."""
    if me is None:
        return ""
    names = skill_names(projects)
    parts, fresh = [], []
    shown = sorted((names.get(skill, skill), info) for skill, info in me.skills.items())
    for skill, info in shown:
        if info.accuracy is None:
            fresh.append(skill)
        else:
            part = translate("pages.projects", "{skill} {accuracy} over {count}")
            parts.append(
                part.format(
                    skill=skill,
                    accuracy=accuracy_text(info.accuracy),
                    count=number(info.gold_answered),
                )
            )
    if fresh:
        none = translate("pages.projects", "none yet in {skills}")
        parts.append(none.format(skills=", ".join(fresh)))
    if parts:
        text = translate("pages.projects", "Gold accuracy: {skills}")
        text = text.format(skills="  ·  ".join(parts))
    else:
        text = translate("pages.projects", "No gold answers yet.")
    earned = [earned_text(e) for e in me.earned if e.approved or e.pending]
    if len(earned) == 1:
        text = translate("pages.projects", "{summary}    Earned: {money}").format(
            summary=text, money=earned[0]
        )
    elif earned:
        # One line per currency: amounts of two currencies are never added up.
        lines = [translate("pages.projects", "Earned: {money}").format(money=m) for m in earned]
        text = "\n".join([text, *lines])
    return text


def earned_text(e: Earned) -> str:
    """`3.38 USD approved, 12.00 USD pending`: one currency's earnings, each amount as the
    locale writes that currency's money."""
    approved = money(e.approved, e.currency)
    if e.pending:
        both = translate("pages.projects", "{approved} approved, {pending} pending")
        return both.format(approved=approved, pending=money(e.pending, e.currency))
    return translate("pages.projects", "{approved} approved").format(approved=approved)


class ProjectsPage(QWidget):
    """The project list with the annotator's skills; see the module docstring.

    `set_projects(projects, offline)`, `set_me(me)`, `set_busy`, `show_error`.
    Signals: `open_requested(project_id)`, `refresh_requested()`, `history_requested()`.
    The page's keys are in `keymap` (its own, covering the page; `set_overrides` for the
    user's keys) and `actions()`.
    """

    open_requested = Signal(str)
    refresh_requested = Signal()
    history_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(_STYLE + label_room())
        heading = QLabel(self.tr("Projects"), self)
        heading.setObjectName("heading")
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.clicked.connect(self.refresh_requested)
        self.history_button = QPushButton(self.tr("History"), self)
        self.history_button.clicked.connect(self.history_requested)
        for button in (self.refresh_button, self.history_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves the list focused
        header = QHBoxLayout()
        header.addWidget(heading)
        header.addStretch(1)
        header.addWidget(self.refresh_button)
        header.addWidget(self.history_button)

        self._me: Me | None = None
        self._projects: list[Project] = []
        self.skills = QLabel(self)
        self.skills.setObjectName("muted")
        self.skills.setWordWrap(True)
        self.skills.hide()
        self.banner = QLabel(self.tr(OFFLINE_BANNER), self)
        self.banner.setObjectName("banner")
        self.banner.hide()
        self.busy = busy_bar(self)
        self.note = NoteLine(self)

        self.model = ProjectListModel(self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setItemDelegate(ProjectCardDelegate(self.list))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)  # cards re-wrap on resize
        self.list.setUniformItemSizes(False)
        self.list.viewport().setAutoFillBackground(False)  # cards on the window colour
        self.list.activated.connect(self._activated)
        self.list.selectionModel().currentChanged.connect(lambda *_: self.note.clear_note())
        self.empty = QLabel(self.tr("No projects to work on yet. F5 looks again."), self)
        self.empty.setObjectName("muted")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        self.footer = QLabel(self)
        self.footer.setObjectName("muted")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 12)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self.skills)
        layout.addWidget(self.banner)
        layout.addWidget(self.busy)
        layout.addWidget(self.note)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.footer)

        self.keymap = Keymap(self)
        self.keymap.changed.connect(self._show_keys)
        self.keymap.set_actions(self.actions())

    def actions(self) -> list[Action]:
        """The page's keys (Enter on the list is the list's own)."""
        group = self.tr("Projects")
        return [
            Action(
                "projects.refresh",
                self.tr("Refresh projects"),
                ("F5",),
                self.refresh_requested.emit,
                group,
            ),
            Action(
                "projects.history",
                self.tr("Show history"),
                ("Ctrl+H",),
                self.history_requested.emit,
                group,
            ),
        ]

    # What the window calls

    def set_projects(self, projects: list[Project], offline: bool = False) -> None:
        """Show `projects`; `offline`: they are the ones known from last time."""
        current = self.current_project()
        self.model.set_projects(projects)
        self._projects = list(projects)
        self.set_me(self._me)  # its skills named by these projects' names
        self.banner.setVisible(offline)
        self.list.setVisible(bool(projects))
        self.empty.setVisible(not projects)
        row = self.model.row_of(current.id) if current else None
        if projects:
            self.list.setCurrentIndex(self.model.index(row or 0))
        if self.isVisible() and projects:
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_me(self, me: Me | None) -> None:
        """The user's skills (accuracy per skill) and earnings; None hides them."""
        self._me = me
        text = skills_summary(me, self._projects)
        self.skills.setText(text)
        self.skills.setVisible(bool(text))

    def set_busy(self, busy: bool) -> None:
        """While the list loads: the busy bar runs and refreshing waits."""
        self.busy.setVisible(busy)
        self.refresh_button.setEnabled(not busy)
        self.keymap.qaction("projects.refresh").setEnabled(not busy)
        if busy:
            self.note.clear_note()

    def show_error(self, message: str) -> None:
        self.note.show_error(message)

    def current_project(self) -> Project | None:
        index = self.list.currentIndex()
        return index.data(PROJECT_ROLE) if index.isValid() else None

    # Inside

    def _activated(self, index: QModelIndex) -> None:
        project: Project = index.data(PROJECT_ROLE)
        if project.eligible:
            self.open_requested.emit(project.id)
        else:
            self.note.show_notice(
                self.tr("{name} is locked: {reason}").format(
                    name=project.name, reason=locked_reason(project)
                )
            )

    def _show_keys(self) -> None:
        def key(action_id: str) -> str:
            keys = self.keymap.keys(action_id)
            return display_key(keys[0]) if keys else ""

        refresh, history = key("projects.refresh"), key("projects.history")
        self.refresh_button.setToolTip(self.tr("Refresh ({key})").format(key=refresh))
        self.history_button.setToolTip(self.tr("History ({key})").format(key=history))
        parts = [self.tr("{key} opens a project").format(key="Enter")]  # notr: a key
        if refresh:
            parts.append(self.tr("{key} refreshes").format(key=refresh))
        if history:
            parts.append(self.tr("{key} shows your history").format(key=history))
        self.footer.setText("  ·  ".join(parts))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt)
        super().showEvent(event)
        # Up, Down and Enter work at once.
        if self.model.rowCount() and not self.list.currentIndex().isValid():
            self.list.setCurrentIndex(self.model.index(0))
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)
