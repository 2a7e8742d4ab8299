"""What the window does for the project list and for opening a project in the workbench:
from the local store first when it is held there, then the server's own copy of it (a new
schema opens it again; a project no longer the user's goes back to the list, saying why)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from labeler.ui.i18n import translate
from labeler.ui.messages import error_text
from labeler.ui.workbench.session import LabelingSession

if TYPE_CHECKING:
    from labeler.ui.window import MainWindow


class ProjectFlow:
    """The project list and the project opened, for one window."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def refresh(self) -> None:
        """Read the project list again (the server's, or the local store's offline)."""
        w = self.window
        if w.workspace is None:
            return
        workspace = w.workspace
        w.projects.set_busy(True)

        def done(result: tuple[list[Any], Any, bool]) -> None:
            projects, me, online = result
            w.project_names = {p.id: p.name for p in projects}
            w.projects.set_busy(False)
            w.projects.set_projects(projects, offline=not online)
            w.projects.set_me(me)
            if me is not None:
                w._set_roles(me.user.roles)
            w.trace.event("projects_listed", count=len(projects), online=online)

        def read() -> tuple[list[Any], Any, bool]:
            projects = workspace.projects()
            return projects, workspace.me(), workspace.online

        w.runner.net(read, done=done, failed=self._projects_failed)

    def me_read(self, me: Any) -> None:
        w = self.window
        if me is not None and w.workspace is not None:
            w._set_roles(me.user.roles)

    def _projects_failed(self, error: BaseException) -> None:
        w = self.window
        w.projects.set_busy(False)
        w.projects.show_error(error_text(error))

    def open(self, project_id: str) -> None:
        """Open a project in the workbench (schema and items from the store worker)."""
        w = self.window
        if w.workspace is None or w.too_old.stop():
            return
        workspace = w.workspace
        if w.labeling is None:
            w.labeling = LabelingSession(
                w.workbench,
                w.runner,
                workspace,
                w.listener,
                w.trace,
                w.settings.idle_seconds,
            )
            w.labeling.actions_changed.connect(w._install_keys)
            w.labeling.set_plugins(w.plugins)
            w.labeling.first_item_shown.connect(w._first_item_shown)
            w.labeling.status.connect(w.show_status)
        w.workbench.show_message(translate("MainWindow", "Opening the project…"))
        w.pages.setCurrentWidget(w.workbench)
        key = w.account_flow.resume_key()
        if key is not None:  # the next start comes back into it
            w.settings.last_project[key] = project_id
        labeling = w.labeling

        def opened(project: Any) -> None:
            if w.too_old.stop():  # said while the project was on its way
                return
            w.trace_launch("project")
            w.project_names[project.project.id] = project.project.name
            labeling.open(project)
            w.workbench.feedback.set_requirement(_requirement(project.project))
            w.refresh_tally()

        def failed(error: BaseException) -> None:
            if w.labeling is not labeling or w.workspace is not workspace:
                return  # the annotator has moved on
            if w.too_old.stop():
                return
            w.pages.setCurrentWidget(w.projects)
            w.refresh_projects()
            w.projects.show_error(
                translate("MainWindow", "Could not open the project: {reason}").format(
                    reason=error_text(error)
                )
            )

        def held(project: Any) -> None:
            if project is None:  # not held here: the server is asked
                w.runner.net(workspace.open_project, project_id, done=opened, failed=failed)
                return
            opened(project)  # from the local store, before any network
            w.runner.net(
                workspace.refresh_project,
                project_id,
                done=lambda fresh: self._project_refreshed(labeling, fresh),
                failed=refresh_failed,
            )

        def refresh_failed(error: BaseException) -> None:
            from labeler.client.errors import Forbidden, NotFound

            if isinstance(error, (Forbidden, NotFound)):
                failed(error)  # no longer this annotator's: back to the list, saying why
            # Anything else (the server failing for a moment): work goes on from the store.

        # The store's reads wait for its writes queued before (a draft saved on leaving).
        w.runner.read(workspace.open_held_project, project_id, done=held, failed=failed)

    def _project_refreshed(self, labeling: LabelingSession, fresh: Any) -> None:
        """The server's project, after it was opened from the local store."""
        w = self.window
        shown = labeling.project
        if labeling is not w.labeling or shown is None or shown.project.id != fresh.id:
            return
        w.project_names[fresh.id] = fresh.name
        if fresh.schema_version != shown.schema_version:
            # A new schema: the draft is saved, then the project opens again with it.
            labeling.close()
            w.runner.db(lambda: None, done=lambda _: self._reopen(labeling, fresh.id))
            return
        labeling.project = replace(shown, project=fresh)
        w.workbench.feedback.set_requirement(_requirement(fresh))
        w.refresh_tally()

    def _reopen(self, labeling: LabelingSession, project_id: str) -> None:
        w = self.window
        if labeling is w.labeling and w.pages.currentWidget() is w.workbench:
            self.open(project_id)


def _requirement(project: Any) -> float | None:
    raw = getattr(project, "raw", {}) or {}
    requirement = raw.get("requirement") or {}
    value = requirement.get("min_accuracy") if isinstance(requirement, dict) else None
    return float(value) if isinstance(value, int | float) else None
