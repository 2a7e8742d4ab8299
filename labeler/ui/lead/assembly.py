"""The lead workspace as the window shows it: its own pages, with the gold and import pages
beside them, kept on one project.

The project picked in the workspace (a click or the arrows in Projects, Enter, a new one
created) opens in the gold and import pages; only the newest pick is shown when several
are read at once. Items an import created show at once wherever items are listed: the
gold page's list and the project list's counts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from labeler.client.api import TaskServer
from labeler.client.importing import ImportSummary
from labeler.client.leading import LeadProject
from labeler.client.wire import Project
from labeler.ui.actions import Action
from labeler.ui.lead.gold import GoldPage
from labeler.ui.lead.importer import ImportPage
from labeler.ui.lead.workspace import LeadWorkspace
from labeler.ui.tasks import Runner


class LeadPages(LeadWorkspace):
    """A `LeadWorkspace` hosting `gold` (a `GoldPage`) and `importer` (an `ImportPage`;
    the window cancels a running import when it closes)."""

    def __init__(
        self, runner: Runner, server: TaskServer, username: str, report: Callable[[str], Any]
    ) -> None:
        super().__init__(runner, server, username)
        self.server = server
        self.report = report
        self.gold = GoldPage(runner, server)
        self.importer = ImportPage(runner, server)
        self.add_page(self.tr("Gold"), self.gold)
        self.add_page(self.tr("Import"), self.importer)
        self._pick = 0
        self.project_selected.connect(self._open_hosted)
        self.importer.imported.connect(self._imported)

    def actions(self) -> list[Action]:
        """The workspace's keys, and the import page's while it is shown: listed in the
        `?` sheet with the rest (the page's own keymap then gives them up to this one)."""
        actions = super().actions()
        importer = getattr(self, "importer", None)  # None while the workspace is built
        if importer is not None and self.tabs.currentWidget() is importer:
            actions += importer.actions()
        return actions

    def set_project(self, project: LeadProject, *, reload_schema: bool) -> None:
        super().set_project(project, reload_schema=reload_schema)
        self._schema_version_is(project)

    def replace_project(self, project: LeadProject) -> None:
        """A newer copy (a new schema version saved): the import page plans again."""
        super().replace_project(project)
        self._schema_version_is(project)

    def _schema_version_is(self, project: LeadProject) -> None:
        """The import page's plan was checked against one version of the schema: it is
        told of a newer one of its project, to make the plan again."""
        shown = self.importer.project
        if shown is not None and shown.id == project.id:
            self.importer.set_schema_version(project.schema_version)

    def _open_hosted(self, project_id: str) -> None:
        self._pick += 1
        pick = self._pick

        def read(project: Project) -> None:
            if pick == self._pick:  # a newer pick is on its way: it wins
                self.gold.set_project(project)
                self.importer.set_project(project)

        def failed(error: BaseException) -> None:
            if pick == self._pick:
                self.report(str(error) or type(error).__name__)

        self.runner.net(self.server.project, project_id, done=read, failed=failed)

    def _imported(self, summary: ImportSummary) -> None:
        """New items: the lists that show them read them again."""
        if not summary.created:
            return
        self.refresh()  # the items counts of the project list
        target = self.importer.project
        shown = self.gold.project
        if target is not None and shown is not None and shown.id == target.id:
            self.gold.refresh()
