"""The workspaces of the window, by role, and the bar that switches between them.

An annotator sees Annotate and Dashboard; a reviewer adds Review and Analytics; a lead
adds Lead too. Alt+1… are the bar's buttons in the order shown, so Alt+4 is the fourth
button whatever the roles. A profile opens on the workspace of its main role (`home`).
The window builds each workspace the first time it is shown (for the profile that is
open) and drops them all when the profile closes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QWidget

from labeler.ui.i18n import translate

if TYPE_CHECKING:
    from labeler.client.workspace import Workspace
    from labeler.ui.tasks import Runner


@dataclass(frozen=True)
class WorkspaceKind:
    """One workspace: its key, title (English; `shown_title` as the bar shows it), and
    who may see it."""

    key: str
    title: str
    roles: frozenset[str]  # empty: everyone signed in

    def allowed(self, roles: Iterable[str]) -> bool:
        return not self.roles or bool(self.roles.intersection(roles))

    @property
    def shown_title(self) -> str:
        return translate("workspaces", self.title)


WORKSPACES: tuple[WorkspaceKind, ...] = (
    WorkspaceKind("annotate", QT_TRANSLATE_NOOP("workspaces", "Annotate"), frozenset()),
    WorkspaceKind("dashboard", QT_TRANSLATE_NOOP("workspaces", "Dashboard"), frozenset()),
    WorkspaceKind(
        "review",
        QT_TRANSLATE_NOOP("workspaces", "Review"),
        frozenset({"reviewer", "lead", "admin"}),
    ),
    WorkspaceKind("lead", QT_TRANSLATE_NOOP("workspaces", "Lead"), frozenset({"lead", "admin"})),
    WorkspaceKind(
        "analytics",
        QT_TRANSLATE_NOOP("workspaces", "Analytics"),
        frozenset({"reviewer", "lead", "admin"}),
    ),
)


def available(roles: Iterable[str]) -> list[WorkspaceKind]:
    """The workspaces a user with `roles` sees, in bar order."""
    held = set(roles)
    return [kind for kind in WORKSPACES if kind.allowed(held)]


def shortcut(position: int) -> str:
    """The key of the bar's button at `position` (0 is the first): Alt+1…Alt+9."""
    return f"Alt+{position + 1}"


def home(roles: Iterable[str]) -> str:
    """The workspace a profile opens on: Annotate for annotators, else Lead for leads and
    admins, Review for reviewers."""
    held = set(roles)
    if "annotator" in held or not held:
        return "annotate"
    if held & {"lead", "admin"}:
        return "lead"
    return "review" if "reviewer" in held else "annotate"


def build_space(
    key: str, runner: Runner, workspace: Workspace, username: str, report: Callable[[str], Any]
) -> QWidget:
    """The page of workspace `key` for the open profile (imported on first use)."""
    server = workspace.api
    if key == "dashboard":
        from labeler.ui.dashboard import DashboardPage

        return DashboardPage(runner, workspace)
    if key == "review":
        from labeler.ui.review import ReviewWorkspace

        return ReviewWorkspace(runner, server, username)
    if key == "lead":
        return _build_lead(runner, server, username, report)
    if key == "analytics":
        from labeler.ui.analytics import AnalyticsPage

        return AnalyticsPage(runner, server)
    raise KeyError(key)


def _build_lead(
    runner: Runner, server: Any, username: str, report: Callable[[str], Any]
) -> QWidget:
    """The lead workspace with the gold and import pages beside its own, kept on one
    project; the import page is `.importer` (the window cancels a running import when it
    closes)."""
    from labeler.ui.lead.assembly import LeadPages

    return LeadPages(runner, server, username, report)


class WorkspaceBar(QWidget):
    """A row of buttons, one per workspace the user may see; `chosen(key)` on a click.

    Keys reach it through the window's actions (Alt+1… by position); the buttons do not
    take focus,
    so the keyboard stays with the screen below."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workspaceBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # paint the dark bar
        self.setStyleSheet(
            "#workspaceBar { background: #2b2f36; }"
            "#workspaceBar QPushButton { color: #d7dae0; background: transparent;"
            " border: none; padding: 6px 14px; font-weight: 600; }"
            "#workspaceBar QPushButton:checked { color: #ffffff;"
            " border-bottom: 3px solid #4a9eff; }"
            "#workspaceBar QPushButton:hover { color: #ffffff; }"
            "#workspaceBar QLabel { color: #9aa0a8; padding: 0 12px; }"
        )
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(6, 0, 6, 0)
        self._row.setSpacing(0)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}
        self.who = QLabel(self)
        self._row.addStretch(1)
        self._row.addWidget(self.who)
        self.set_kinds([])

    def set_kinds(self, kinds: list[WorkspaceKind]) -> None:
        """Show one button per kind (the bar hides itself when there is one or none)."""
        for button in self.buttons.values():
            self._group.removeButton(button)
            button.deleteLater()
        self.buttons = {}
        for i, kind in enumerate(kinds):
            button = QPushButton(kind.shown_title, self)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            tip = self.tr("{workspace} ({key})")
            button.setToolTip(tip.format(workspace=kind.shown_title, key=shortcut(i)))
            button.clicked.connect(lambda _=False, key=kind.key: self.chosen.emit(key))
            self._group.addButton(button)
            self._row.insertWidget(i, button)
            self.buttons[kind.key] = button
        self.setVisible(len(kinds) > 1)

    def set_current(self, key: str | None) -> None:
        button = self.buttons.get(key or "")
        if button is not None:
            button.setChecked(True)
        else:
            checked = self._group.checkedButton()
            if checked is not None:
                self._group.setExclusive(False)
                checked.setChecked(False)
                self._group.setExclusive(True)

    def current(self) -> str | None:
        checked = self._group.checkedButton()
        return next((k for k, b in self.buttons.items() if b is checked), None)

    def set_who(self, text: str) -> None:
        self.who.setText(text)
