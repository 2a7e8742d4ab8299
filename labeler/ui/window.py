"""The main window: sign-in, the project list, the workbench and the history, one at a
time, with one keymap built from the actions of the screen shown."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from labeler.client.credentials import TokenStore
from labeler.client.settings import Settings
from labeler.client.settings import save_settings as write_settings
from labeler.client.trace import Trace
from labeler.client.workspace import Workspace
from labeler.ui.account_flow import AccountFlow
from labeler.ui.actions import Action, general
from labeler.ui.bridge import QtSyncListener
from labeler.ui.cheatsheet import CheatSheet
from labeler.ui.keymap import Keymap
from labeler.ui.keymap_editor import KeymapEditor
from labeler.ui.pages.projects import ProjectsPage
from labeler.ui.pages.retry_flow import RetryFlow
from labeler.ui.pages.signin import CleartextBadge, SignInPage
from labeler.ui.pages.signin_again import SignInAgainFlow
from labeler.ui.project_flow import ProjectFlow
from labeler.ui.tasks import Runner
from labeler.ui.too_old import TooOldFlow
from labeler.ui.workbench.about import about_action, show_about
from labeler.ui.workbench.page import WorkbenchPage
from labeler.ui.workbench.plugins import PluginShelf
from labeler.ui.workbench.session import LabelingSession
from labeler.ui.workspaces import (
    WORKSPACES,
    WorkspaceBar,
    available,
    build_space,
    home,
    shortcut,
)

if TYPE_CHECKING:
    from labeler.ui.pages.history import HistoryPage
    from labeler.ui.pages.history_flow import HistoryFlow
    from labeler.ui.pages.history_show import SubmissionFlow

log = logging.getLogger(__name__)

#: A history on screen is read again this long after the outbox or the connection last
#: changed (a burst of uploads is one reading).
HISTORY_REREAD_MS = 500


class ScreenPages(QStackedWidget):
    """The window's pages, one at a time. A stack is as large as its largest page at
    least, shown or not: a page whose least size is past the screen (Nastaliq's lines are
    twice as tall as Latin ones) grew the window past it, and the status bar stayed below
    the screen's edge on every page after. The least size asked of the window is capped
    at the screen's available room less `chrome()` (what the window shows around the
    pages): a page too tall for it is squeezed, never the window grown."""

    def __init__(self, chrome: Callable[[], QSize]) -> None:
        super().__init__()
        self._chrome = chrome

    def room(self) -> QSize | None:
        """The most the pages can have of the window's screen (None: no screen)."""
        window = self.window()
        screen = window.screen()
        if screen is None:
            return None
        area = screen.availableGeometry().size()
        frame = window.frameGeometry().size() - window.geometry().size()
        return (area - frame - self._chrome()).expandedTo(QSize(0, 0))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt)
        hint = super().minimumSizeHint()
        room = self.room()
        return hint if room is None else hint.boundedTo(room)


@dataclass(frozen=True)
class Start:
    """How the window starts: a server and token (no dialog), maybe a project; `profile`
    (a window built again after a language change) opens that profile instead when its
    token is kept."""

    server_url: str | None = None
    token: str | None = None
    username: str | None = None
    project_id: str | None = None
    profile: str | None = None


class MainWindow(QMainWindow):
    """The workbench's one window."""

    #: The first item was painted (startup trace).
    first_item_shown = Signal()
    #: Closed to be built again in a new language, in the profile named ("" for none).
    restart_wanted = Signal(str)
    #: The window closed (its drafts saved, its workers stopped).
    closed = Signal()

    def __init__(
        self,
        settings: Settings,
        trace: Trace,
        runner: Runner | None = None,
        launched: float | None = None,
    ) -> None:
        super().__init__()
        self._launched = launched if launched is not None else time.perf_counter()
        self.setWindowTitle("labeler")  # notr: the product's name
        self.settings = settings
        self.trace = trace
        self.runner = runner or Runner(self)
        self.runner.problem.connect(self.show_status)
        #: The installed plugins: loaded once the first item shows (the start does not
        #: wait for them), or a few seconds after a start that shows none.
        self.plugins = PluginShelf(self.runner)
        self.first_item_shown.connect(self.plugins.load)
        self.plugins.loaded.connect(self._plugins_loaded)
        self.listener = QtSyncListener(self)
        self.workspace: Workspace | None = None
        self.labeling: LabelingSession | None = None
        self._pending_project: str | None = None
        self._started = False  # the first item was painted (`startup` traced)
        #: The project left for another workspace, which Annotate opens again.
        self._left_project: str | None = None
        self.project_names: dict[str, str] = {}

        self.signin = SignInPage()
        self.projects = ProjectsPage()
        self.workbench = WorkbenchPage()
        # Built when first shown: it brings the review panes, which a launch straight
        # into a project does not need before its first item.
        self._history: HistoryPage | None = None
        self._history_flows: tuple[HistoryFlow, SubmissionFlow] | None = None
        self.bar = WorkspaceBar()
        self.bar.chosen.connect(self.show_workspace)
        self.pages = ScreenPages(self._chrome)
        for page in (self.signin, self.projects, self.workbench):
            self.pages.addWidget(page)
        #: Workspaces besides Annotate, built when first shown: key -> page.
        self.spaces: dict[str, QWidget] = {}
        self._roles: tuple[str, ...] = ()
        self._annotate_page: QWidget = self.projects
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.bar)
        column.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.status_line = QLabel()
        self._status_page: QWidget | None = None
        self.statusBar().addWidget(self.status_line, 1)
        self.cleartext = CleartextBadge()
        self.statusBar().addPermanentWidget(self.cleartext)
        self.statusBar().setSizeGripEnabled(False)

        # Window-wide: the keys work while no widget has the focus too (the focused one
        # was hidden or disabled, as the answer form is on "No items left").
        self.keymap = Keymap(self, settings.keymap, Qt.ShortcutContext.WindowShortcut)
        self.cheatsheet = CheatSheet(self.keymap, self)

        self.account_flow = AccountFlow(self)
        self.project_flow = ProjectFlow(self)
        self.projects.open_requested.connect(self.open_project)
        self.projects.refresh_requested.connect(self.refresh_projects)
        self.projects.history_requested.connect(self.show_history)
        self.retry_flow = RetryFlow(self)
        self.signin_again = SignInAgainFlow(self)
        self.too_old = TooOldFlow(self)
        self.workbench.feedback.history_requested.connect(self.show_history)
        self.workbench.moved_on.connect(self._item_moved_on)
        self.listener.connection_changed_.connect(self._connection_changed)
        self.listener.outbox_changed_.connect(lambda _counts: self.refresh_tally())
        self.listener.outbox_changed_.connect(lambda _counts: self._history_changed())
        self._history_reread = QTimer(self)
        self._history_reread.setSingleShot(True)
        self._history_reread.setInterval(HISTORY_REREAD_MS)
        self._history_reread.timeout.connect(lambda: self.history_flow.refresh())
        self.listener.gold_verdict_.connect(lambda *_: self.refresh_tally())
        self.listener.auth_required_.connect(self._auth_required)
        self.listener.problem_.connect(self.show_status)
        self._tally_timer = QTimer(self)
        self._tally_timer.setInterval(5000)
        self._tally_timer.timeout.connect(self.refresh_tally)
        self.pages.currentChanged.connect(lambda _i: self._page_changed())
        self._install_keys()

    def _chrome(self) -> QSize:
        """What the window shows around its pages: the workspace bar and the status bar."""
        bar = self.bar.sizeHint() if self.bar.isVisibleTo(self) else QSize(0, 0)
        status = self.statusBar().sizeHint()
        return QSize(0, bar.height() + status.height())

    # -- starting ---------------------------------------------------------------------

    def start(self, start: Start) -> None:
        """Straight into a server (and project) when given, else the sign-in screen."""
        self.plugins.load_later()  # unless the first item brings them sooner
        self.account_flow.start(start)

    def workspace_opened(self) -> None:
        """The profile's workspace is open: into the project left open, else the list."""
        self._tally_timer.start()
        if self._pending_project:
            project_id, self._pending_project = self._pending_project, None
            self.open_project(project_id)
            assert self.workspace is not None
            self.runner.net(
                self.workspace.me, done=self.project_flow.me_read
            )  # the roles, for the bar
        else:
            self.refresh_projects()
            self.pages.setCurrentWidget(self.projects)

    def workspace_closed(self) -> Workspace | None:
        """Put away what shows the open profile's work; the workspace, to close."""
        if self.labeling is not None:
            self.labeling.close()
            self.labeling.deleteLater()
            self.labeling = None
        self.signin_again.close()
        self.too_old.reset()
        workspace, self.workspace = self.workspace, None
        self.cleartext.show_for(None)
        self._drop_spaces()
        self._tally_timer.stop()
        return workspace

    @property
    def account(self) -> tuple[str, str] | None:
        """The open profile: its server URL and username."""
        return self.account_flow.account

    @property
    def tokens(self) -> TokenStore:
        """Where the profiles' tokens are kept."""
        return self.account_flow.tokens

    def _first_item_shown(self) -> None:
        if not self._started:
            self._started = True
            self.trace.startup(round((time.perf_counter() - self._launched) * 1000, 1))
        self.first_item_shown.emit()

    def _plugins_loaded(self) -> None:
        entries = self.plugins.entries
        failed = [e.entry_point for e in entries if e.plugin is None]
        self.trace.event("plugins_loaded", count=len(entries), failed=failed)

    def trace_launch(self, step: str) -> None:
        if not self._started:  # the way to the first item only, not every project opened
            self.trace.launch(step, self._launched)

    # -- projects -----------------------------------------------------------------------

    def refresh_projects(self) -> None:
        """Read the project list again (the server's, or the local store's offline)."""
        self.project_flow.refresh()

    def open_project(self, project_id: str) -> None:
        """Open a project in the workbench (schema and items from the store worker)."""
        self.project_flow.open(project_id)

    def show_projects(self) -> None:
        if not self.may_leave():
            return
        self.account_flow.forget_resume()
        self._left_project = None
        if self.labeling is not None:
            self.labeling.close()
        if self.workspace is not None:
            self.runner.db(self.workspace.close_project)
        self.pages.setCurrentWidget(self.projects)
        self.refresh_projects()

    # -- workspaces ---------------------------------------------------------------------

    def _set_roles(self, roles: tuple[str, ...]) -> None:
        if roles == self._roles:
            return
        first = not self._roles
        self._roles = tuple(roles)
        self.bar.set_kinds(available(roles))
        self._page_changed()
        # A profile opens on its main role's workspace (a reviewer on Review); straight
        # into a project only when it may annotate there.
        page = self.pages.currentWidget()
        annotates = bool({"annotator", "admin"} & set(roles))
        if first and home(roles) != "annotate":
            if page is self.projects or (page is self.workbench and not annotates):
                self.show_workspace(home(roles))

    def show_workspace(self, key: str) -> None:
        """Alt+1… (the bar's buttons in order): Annotate (the project list, or the item
        being labeled), Dashboard, Review, Lead, Analytics — those the user's roles allow."""
        if self.workspace is None or key not in {k.key for k in available(self._roles)}:
            return
        if self.spaces.get(key) is not self.pages.currentWidget() and not self.may_leave():
            return
        if key == "annotate":
            left, self._left_project = self._left_project, None
            if left is not None and self._annotate_page is self.projects:
                self.open_project(left)  # back to its items, from the local store
            else:
                self.pages.setCurrentWidget(self._annotate_page)
            return
        if key != "dashboard" and self.too_old.stop():  # the dashboard only reads
            return
        page = self.spaces.get(key)
        if page is None:
            try:
                page = self._build_space(key)
            except Exception as exc:  # a broken screen must not take the window down
                log.exception("workspace %s could not be built", key)
                kind = next(k for k in WORKSPACES if k.key == key)
                self.show_status(
                    self.tr("Could not open {workspace}: {reason}").format(
                        workspace=kind.shown_title, reason=exc
                    )
                )
                return
            self.spaces[key] = page
            self.pages.addWidget(page)
        if self.pages.currentWidget() is self.workbench and self.labeling is not None:
            self.account_flow.forget_resume()
            project = self.labeling.project
            # Annotate (Alt+1) brings the annotator back to it.
            self._left_project = project.project.id if project is not None else None
            self.labeling.close()  # the draft is saved; the active clock stops
            self.runner.db(self.workspace.close_project)
            self._annotate_page = self.projects
            self.refresh_projects()
        self.pages.setCurrentWidget(page)
        activate = getattr(page, "activate", None)
        if callable(activate):
            activate()

    def _build_space(self, key: str) -> QWidget:
        assert self.workspace is not None and self.account is not None
        return build_space(key, self.runner, self.workspace, self.account[1], self.show_status)

    def may_leave(self) -> bool:
        """Whether the page shown may be left: a workspace with unsaved changes (the lead's
        schema editor) asks first."""
        page = self.pages.currentWidget()
        confirm = getattr(page, "confirm_leave", None)
        return page not in self.spaces.values() or not callable(confirm) or bool(confirm())

    def _drop_spaces(self) -> None:
        self._left_project = None  # another profile: its projects are others
        for page in self.spaces.values():
            self.pages.removeWidget(page)
            page.deleteLater()
        self.spaces = {}
        self._roles = ()
        self._annotate_page = self.projects
        self.bar.set_kinds([])

    def _page_changed(self) -> None:
        page = self.pages.currentWidget()
        if self._status_page is not None and self._status_page is not page:
            self.show_status("")  # it was about the screen left behind
        if page in (self.projects, self.workbench) or (page and page is self._history):
            self._annotate_page = page
            self.bar.set_current("annotate")
        else:
            key = next((k for k, p in self.spaces.items() if p is page), None)
            self.bar.set_current(key)
        self._install_keys()

    # -- history ------------------------------------------------------------------------

    @property
    def history(self) -> HistoryPage:
        """The history page (built the first time it is asked for)."""
        if self._history is None:
            from labeler.ui.pages.history import HistoryPage
            from labeler.ui.pages.history_flow import HistoryFlow
            from labeler.ui.pages.history_show import SubmissionFlow

            self._history = HistoryPage()
            self.pages.addWidget(self._history)
            # Both connect to the page, so they come once it is in place.
            self._history_flows = (HistoryFlow(self), SubmissionFlow(self))
        return self._history

    @property
    def history_flow(self) -> HistoryFlow:
        """What the window does for the history page."""
        self.history  # noqa: B018 (builds the page and its flows)
        assert self._history_flows is not None
        return self._history_flows[0]

    def show_history(self) -> None:
        if self.workspace is not None and self.may_leave():
            self.history_flow.show()

    # -- keys -----------------------------------------------------------------------------

    def window_actions(self) -> list[Action]:
        """Keys that work on every screen."""
        kinds = available(self._roles)
        group = general()
        return [
            Action(
                "app.cheatsheet",
                self.tr("Show every key of this screen"),
                ("?",),
                self.cheatsheet.toggle,
                group=group,
            ),
            Action(
                "app.projects",
                self.tr("Project list"),
                ("Ctrl+P",),
                self.show_projects,
                group=group,
            ),
            Action(
                "app.history",
                self.tr("Your submissions and their reviews"),
                ("Ctrl+H",),
                self.show_history,
                group=group,
            ),
            self.retry_flow.action(),
            self.signin_again.action(),
            Action("app.keymap", self.tr("Change keys…"), ("Ctrl+,",), self.edit_keys, group=group),
            Action(
                "app.settings",
                self.tr("Settings…"),
                ("Ctrl+Alt+S",),
                self.edit_settings,
                group=group,
            ),
            Action(
                "app.switch_profile",
                self.tr("Switch profile or server…"),
                ("Ctrl+Shift+O",),
                self.account_flow.switch_profile,
                group=group,
            ),
            Action(
                "app.sign_out",
                self.tr("Sign out (waiting uploads are kept)"),
                ("Ctrl+Shift+L",),
                self.account_flow.sign_out,
                group=group,
            ),
            about_action(lambda: show_about(self.plugins, self), group),
            Action("app.quit", self.tr("Quit"), ("Ctrl+Q",), self.close, group=group),
        ] + [
            Action(
                f"app.workspace.{kind.key}",
                self.tr("{workspace} workspace").format(workspace=kind.shown_title),
                (shortcut(position),),
                lambda key=kind.key: self.show_workspace(key),
                group=self.tr("Workspaces"),
            )
            for position, kind in enumerate(kinds)
            if len(kinds) > 1
        ]

    def _install_keys(self) -> None:
        page = self.pages.currentWidget()
        actions = self.window_actions()
        if page is self.workbench and self.labeling is not None:
            actions += self.labeling.key_actions()
        page_actions = getattr(page, "actions", None)
        if page in self.spaces.values() and callable(page_actions):
            actions += page_actions()
        page_keymap = getattr(page, "keymap", None)
        self.cheatsheet.set_page_keymap(page_keymap if isinstance(page_keymap, Keymap) else None)
        if page_keymap is not None:
            # The page's own keymap covers the page; a window-wide twin on the same key
            # would make Qt fire neither.
            page_keymap.set_overrides(self.settings.keymap)
            taken = {k for a in page_keymap.actions() for k in page_keymap.keys(a.id)}
            actions = [a for a in actions if not taken.intersection(a.keys)]
        self.keymap.set_actions(actions)
        if page is self.workbench and self.labeling is not None and self.labeling.schema:
            # Chips and legends name the keys in effect, the user's after a rebinding.
            self.workbench.show_keys(self.keymap.shown(self.labeling.schema))

    def all_actions(self) -> list[Action]:
        """Every key of the screen shown (window, page, labeling): the keymap editor's list."""
        page_keymap = getattr(self.pages.currentWidget(), "keymap", None)
        extra = page_keymap.actions() if page_keymap is not None else []
        return self.keymap.actions() + list(extra)

    def edit_keys(self) -> None:
        # A key a widget takes itself cannot be rebound.
        actions = [a for a in self.all_actions() if not a.claimed]
        editor = KeymapEditor(actions, self.settings, self)
        editor.saved.connect(lambda overrides: self._keys_saved(overrides))
        editor.open()

    def edit_settings(self) -> None:
        from labeler.ui.preferences import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        dialog.saved.connect(self.save_settings)
        dialog.restart.connect(self.account_flow.restart)
        dialog.open()

    def _keys_saved(self, overrides: dict[str, list[str]]) -> None:
        self.keymap.set_overrides(overrides)
        self._install_keys()
        self.save_settings()

    # -- status ---------------------------------------------------------------------------

    def show_status(self, message: str) -> None:
        """A line in the status bar about the screen shown; it goes when the screen does
        (on the labeling screen, when another item shows)."""
        self.status_line.setText(message)
        self._status_page = self.pages.currentWidget() if message else None

    def _item_moved_on(self) -> None:
        if self._status_page is self.workbench:
            self.show_status("")  # it was about the item shown before

    def _connection_changed(self, online: bool) -> None:
        self.trace.event("connection", online=online)
        self.show_status("")  # the feedback bar says offline, and what waits to upload
        self.refresh_tally()
        self._history_changed()
        dashboard = self.spaces.get("dashboard")
        if online and dashboard is not None and self.pages.currentWidget() is dashboard:
            # It says offline, showing what this workbench knows: read it again.
            dashboard.refresh()  # type: ignore[attr-defined]

    def _history_changed(self) -> None:
        """The connection or the outbox changed: a history on screen, which may say
        offline or show rows waiting to upload, is read again (once a burst settles)."""
        if self._history is not None and self.pages.currentWidget() is self._history:
            self._history_reread.start()

    def _auth_required(self, message: str) -> None:
        # The password is asked for over the window (SignInAgainFlow); the bar says why.
        self.refresh_tally()

    def refresh_tally(self) -> None:
        if self.workspace is None:
            return
        project = self.labeling.project if self.labeling else None
        skill = project.project.skill if project else None
        self.runner.read(self.workspace.tally, done=lambda t: self._tally_read(t, skill))

    def _tally_read(self, tally: Any, skill: str | None) -> None:
        self.workbench.feedback.set_tally(tally, skill)
        self.signin_again.tally_changed(tally)

    def save_settings(self) -> None:
        try:
            write_settings(self.settings)
        except OSError as exc:
            self.show_status(self.tr("Settings could not be saved: {reason}").format(reason=exc))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt)
        if not self.may_leave():
            event.ignore()
            return
        importer = getattr(self.spaces.get("lead"), "importer", None)
        if importer is not None and importer.busy:
            importer.cancel()  # stops between files; what was sent stays
        if self.labeling is not None:
            self.labeling.close()
        self.save_settings()
        workspace = self.workspace
        if workspace is not None:
            self.runner.db_after_reads(workspace.close)
        self.runner.shutdown(wait=True)
        for page in self.spaces.values():
            closing = getattr(page, "closing", None)
            if callable(closing):
                closing()  # what would otherwise outlive the window (files)
        super().closeEvent(event)
        self.closed.emit()


__all__ = ["MainWindow", "Start", "QWidget"]  # notr: names
