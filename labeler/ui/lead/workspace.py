"""The lead's workspace: projects, a project's settings, its schema and the schema's
versions, one tab each, and the pages other parts add beside them (`add_page`); the
project's export (Ctrl+Shift+S) and pre-annotation (Ctrl+Shift+M) open a dialog over
them.

Every call to the task server runs on the runner's network pool; the pages show
progress while it runs and the outcome beside the button that asked. Unsaved settings
or schema changes survive a failed save, and leaving them (another project, a new one)
asks first.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from labeler.client.api import TaskServer
from labeler.client.leading import LeadClient, LeadProject
from labeler.client.wire import SchemaVersion
from labeler.core.lsconfig import LabelStudioImport
from labeler.core.schema import Schema
from labeler.ui.actions import Action
from labeler.ui.i18n import translate
from labeler.ui.keymap import Keymap
from labeler.ui.lead import templates
from labeler.ui.lead.exporter import ExportDialog
from labeler.ui.lead.lsimport import LabelStudioDialog
from labeler.ui.lead.new_project import LABEL_STUDIO, NewProjectDialog
from labeler.ui.lead.preannotate import PreannotateDialog
from labeler.ui.lead.project_list import ProjectList
from labeler.ui.lead.saving import Saves, say
from labeler.ui.lead.schema_editor import SchemaEditor
from labeler.ui.lead.settings_page import SettingsPage
from labeler.ui.lead.versions import VersionsPage
from labeler.ui.tasks import Runner

PROJECTS, SETTINGS, SCHEMA, VERSIONS = range(4)
NO_PROJECT = QT_TRANSLATE_NOOP(
    "lead.workspace", "Pick a project in Projects, or start a new one (Ctrl+N)."
)
_BANNER = (
    "color: #a15c00; background: #fff4e0; border: 1px solid #f0d4a8;"
    " border-radius: 4px; padding: 6px 10px;"
)


class LeadWorkspace(QWidget):
    """What a lead works in; see the module docstring.

    `project_selected(project_id)` tells the added pages which project is being worked
    on. The window calls `activate()` when it shows the workspace, `confirm_leave()`
    before it leaves it, and installs `keymap` (its actions: `actions()`).
    """

    project_selected = Signal(str)
    PROJECTS, SETTINGS, SCHEMA, VERSIONS = PROJECTS, SETTINGS, SCHEMA, VERSIONS

    def __init__(
        self,
        runner: Runner,
        server: TaskServer,
        username: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.client = LeadClient(server)
        self.username = username
        self.projects: list[LeadProject] = []
        self.project: LeadProject | None = None
        self.new_name: str | None = None  # a project being made, not on the server yet
        self._loaded = False
        self._schema_ticket = 0
        #: The stored schema of each project read (by id), for what fits it.
        self.stored_schemas: dict[str, Schema] = {}
        self.export_dialog: ExportDialog | None = None
        self.preannotate_dialog: PreannotateDialog | None = None

        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(_BANNER)
        self.banner.hide()
        self.project_list = ProjectList(self)
        self.settings_page = SettingsPage(self)
        self.schema_editor = SchemaEditor(runner, self)
        self.versions = VersionsPage(runner, self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.project_list, self.tr("Projects"))
        self.tabs.addTab(self.settings_page, self.tr("Settings"))
        self.tabs.addTab(self.schema_editor, self.tr("Schema"))
        self.tabs.addTab(self.versions, self.tr("Versions"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)

        self.project_list.chosen.connect(self.choose_project)
        self.project_list.new_requested.connect(self.new_project)
        self.project_list.refresh_requested.connect(self.refresh)
        self.project_list.settings_requested.connect(lambda pid: self.open_project(pid, SETTINGS))
        self.project_list.schema_requested.connect(lambda pid: self.open_project(pid, SCHEMA))
        self.project_list.export_requested.connect(self._export_requested)
        self.project_list.preannotate_requested.connect(self._preannotate_requested)
        self.settings_page.save_requested.connect(self.save_settings)
        self.schema_editor.save_requested.connect(self.save_schema)
        self.versions.load_requested.connect(self._version_to_editor)
        self.settings_page.form.changed.connect(self._mark_tabs)
        self.schema_editor.changed.connect(self._mark_tabs)
        self.saves = Saves(self)
        self.keymap = Keymap(self)
        self.keymap.set_actions(self.actions())
        self._show_nothing()

    # -- what the window calls -----------------------------------------------------------

    def actions(self) -> list[Action]:
        """The workspace's keys: its own, the pages', then those of the page shown."""
        group = self.tr("Lead")
        actions = [
            Action("lead.new_project", self.tr("New project…"), ("Ctrl+N",), self.new_project,
                   group, while_typing=True),
            Action("lead.save", self.tr("Save (Create for a new project)"), ("Ctrl+S",),
                   self.save, group, while_typing=True),
            Action("lead.refresh", self.tr("Refresh the page shown"), ("F5",), self.refresh_page,
                   group, while_typing=True),
            Action("lead.export", self.tr("Export the project's answers…"), ("Ctrl+Shift+S",),
                   self.export_project, group, while_typing=True),
            Action("lead.preannotate", self.tr("Pre-annotate the project…"), ("Ctrl+Shift+M",),
                   self.preannotate_project, group, while_typing=True),
        ]  # fmt: skip
        for i in range(min(self.tabs.count(), 9)):
            actions.append(
                Action(
                    f"lead.page_{i + 1}",
                    self.tr("Show {page}").format(page=self.tabs.tabText(i)),
                    (f"Ctrl+{i + 1}",),
                    lambda i=i: self.show_page(i),
                    group,
                    while_typing=True,
                )
            )
        if self.tabs.currentIndex() == SCHEMA:
            actions += self.schema_editor.actions()
        return actions

    def activate(self) -> None:
        """The workspace is shown: the project list is read (again)."""
        self.refresh()
        if self.tabs.currentIndex() == PROJECTS:
            self.project_list.focus_list()

    def closing(self) -> None:
        """The window closes: the schema preview's sample files go with it."""
        self.schema_editor.preview.close_samples()

    def add_page(self, title: str, widget: QWidget) -> None:
        """Host another page beside these (gold, import); it gets its Ctrl+number key."""
        self.tabs.addTab(widget, title)
        self.keymap.set_actions(self.actions())

    def current_project(self) -> LeadProject | None:
        """The project being worked on (None before one is picked, or while making one)."""
        return self.project

    def has_unsaved_changes(self) -> bool:
        if self.new_name is not None or self._hosted_unsaved():
            return True
        return self.project is not None and (
            self.settings_page.form.dirty or self.schema_editor.dirty
        )

    def _hosted_unsaved(self) -> list[str]:
        """What the pages hosted beside these (gold) hold unsaved, in words."""
        out = []
        for i in range(self.tabs.count()):
            page = self.tabs.widget(i)
            unsaved = getattr(page, "has_unsaved_changes", None)
            if callable(unsaved) and unsaved():
                describe = getattr(page, "unsaved_text", None)
                out.append(describe() if callable(describe) else self.tabs.tabText(i))
        return out

    def confirm_leave(self) -> bool:
        """True when nothing is unsaved, or the lead agrees to drop it."""
        if not self.has_unsaved_changes():
            return True
        return self.ask_discard(self._unsaved_text())

    def ask_discard(self, text: str) -> bool:
        """Ask whether to drop unsaved changes (a test may replace this)."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved changes"), text, parent=self)
        discard = box.addButton(self.tr("Discard changes"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is discard

    def show_page(self, index: int) -> None:
        """Show a page and put the keyboard on its first input."""
        if not 0 <= index < self.tabs.count():
            return
        self.tabs.setCurrentIndex(index)
        targets: dict[int, QWidget] = {
            SETTINGS: self.settings_page.form.name,
            SCHEMA: self.schema_editor.fields.list,
            VERSIONS: self.versions.list,
        }
        if index == PROJECTS:
            self.project_list.focus_list()
            return
        target = targets.get(index)
        if target is None or not target.isEnabled() or not target.isVisibleTo(self):
            widget = self.tabs.widget(index)
            target = widget.focusProxy() or widget
            focus = widget.nextInFocusChain()
            if widget.focusProxy() is None and focus is not None and widget.isAncestorOf(focus):
                target = focus  # a hosted page names its first input by its focus proxy
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- projects ------------------------------------------------------------------------

    def refresh_page(self) -> None:
        """F5: read again what the page shown holds. Projects and settings: the project
        list; the schema: the stored schema too, unless it has unsaved changes (kept);
        versions: the version list; a hosted page (gold, import): its own `refresh()`."""
        page = self.tabs.currentIndex()
        if page in (PROJECTS, SETTINGS):
            self.refresh()
        elif page == SCHEMA:
            self.refresh()
            if self.project is not None and self.new_name is None:
                if self.schema_editor.dirty:
                    self.schema_editor.show_notice(
                        self.tr(
                            "Your unsaved changes are kept: save them, or undo them, to read "
                            "the stored schema again."
                        )
                    )
                else:
                    self._load_schema(self.project)
        elif page == VERSIONS:
            self.refresh(then=self._show_versions)
        else:
            hosted = getattr(self.tabs.currentWidget(), "refresh", None)
            if callable(hosted):
                hosted()

    def _show_versions(self) -> None:
        if self.project is not None and self.new_name is None:
            project = self.project
            self.versions.show_project(
                self.client, project.id, project.name, project.schema_version
            )

    def refresh(self, then: Callable[[], object] | None = None) -> None:
        """Read the project list again (then call `then()`, when given)."""
        self.project_list.set_busy(True)

        def done(projects: list[LeadProject]) -> None:
            self.project_list.set_busy(False)
            self._loaded = True
            self.projects = projects
            current = self.project.id if self.project else None
            self.project_list.set_projects(projects, current)
            if self.project is not None:
                fresh = next((p for p in projects if p.id == self.project.id), None)
                if fresh is not None and not self.settings_page.form.dirty:
                    self.set_project(fresh, reload_schema=False)
            elif projects and self.new_name is None:
                # Every page shows a project from the start: the first, until one is picked.
                self.set_project(projects[0], reload_schema=True)
                self.project_selected.emit(projects[0].id)
            if then is not None:
                then()

        def failed(error: BaseException) -> None:
            self.project_list.set_busy(False)
            self.project_list.show_error(
                self.tr("The projects could not be read: {e}").format(e=say(error))
            )

        self.runner.net(self.client.projects, done=done, failed=failed)

    def open_project(self, project_id: str, page: int = SETTINGS) -> None:
        """Work on a project and show one of its pages (asks before dropping unsaved
        changes of another)."""
        if self.choose_project(project_id):
            self.show_page(page)

    def choose_project(self, project_id: str) -> bool:
        """Make `project_id` the project every page shows (settings, schema, versions and
        the hosted pages), staying on the page shown; asks before dropping unsaved changes
        of another, and puts the list back when the lead keeps them. True when it is the
        project worked on now."""
        project = next((p for p in self.projects if p.id == project_id), None)
        if project is None:
            return False
        same = self.project is not None and self.project.id == project_id and self.new_name is None
        if same:
            return True
        if not self.confirm_leave():
            self.project_list.select(self.project.id if self.project else None)
            return False
        self.new_name = None
        self.banner.hide()
        self.set_project(project, reload_schema=True)
        self.project_selected.emit(project_id)
        return True

    def set_project(self, project: LeadProject, *, reload_schema: bool) -> None:
        """Show `project` in the settings (and read its schema and versions again)."""
        self.project = project
        self.project_list.select(project.id)
        form = self.settings_page.form
        form.set_project(project, self._skills())
        self.settings_page.show_form(
            self.tr("Settings of {name}").format(name=project.name), self.tr("Save settings")
        )
        self.schema_editor.set_save_text(self.tr("Save new version"))
        if reload_schema:
            self._load_schema(project)
            self.versions.show_project(
                self.client, project.id, project.name, project.schema_version
            )

    def _load_schema(self, project: LeadProject) -> None:
        editor = self.schema_editor
        reading = self.tr("Reading the schema…")
        editor.load({}, fixed_media=project.media, heading=reading, preview_note=reading)
        editor.setEnabled(False)  # nothing to edit until the schema is here
        editor.set_busy(True)
        self._schema_ticket += 1
        ticket = self._schema_ticket

        def done(stored: SchemaVersion) -> None:
            if ticket != self._schema_ticket:
                return
            editor.set_busy(False)
            editor.setEnabled(True)
            editor.load(stored.raw, fixed_media=project.media, heading=self.schema_heading(stored))
            self.versions.remember(project.id, stored.version, stored.raw)
            self.stored_schemas[project.id] = stored.schema

        def failed(error: BaseException) -> None:
            if ticket == self._schema_ticket:
                editor.set_busy(False)
                editor.preview.clear(self.tr("The schema could not be read."))
                editor.show_error(
                    self.tr(
                        "The schema could not be read: {e} Open the project again to retry."
                    ).format(e=say(error))
                )

        self.runner.net(self.client.schema, project.id, done=done, failed=failed)

    def schema_heading(self, stored: SchemaVersion) -> str:
        """`Schema of Street scenes · version 3`."""
        name = self.project.name if self.project else ""
        return self.tr("Schema of {name} · version {v}").format(name=name, v=stored.version)

    def _skills(self) -> list[str]:
        skills = {p.skill for p in self.projects}
        skills |= {p.requirement.skill for p in self.projects if p.requirement}
        return sorted(skills)

    def _show_nothing(self) -> None:
        nothing = translate("lead.workspace", NO_PROJECT)
        self.settings_page.set_empty(nothing)
        self.versions.clear_project(nothing)
        self.schema_editor.load(
            templates.blank("image"), fixed_media=None, heading=nothing, preview_note=nothing
        )
        self.schema_editor.setEnabled(False)

    # -- export --------------------------------------------------------------------------

    def export_project(self) -> None:
        """Ctrl+Shift+S: the export dialog of the project worked on (one at a time)."""
        project = self.project
        if project is None or self.new_name is not None:
            self.show_page(PROJECTS)
            self.project_list.show_error(self.tr("Pick a project to export."))
            return
        if self.export_dialog is not None:
            self.export_dialog.raise_()
            self.export_dialog.activateWindow()
            return
        dialog = ExportDialog(
            self.runner,
            self.client.server,
            project.id,
            project.name,
            project.media,
            self,
            # Formats that fit the stored schema only (when it has been read): preference
            # pairs for a pairwise field, not for every text project.
            schema=self.stored_schemas.get(project.id),
        )
        before = QApplication.focusWidget()
        dialog.finished.connect(lambda _r: self._export_closed(dialog, before))
        self.export_dialog = dialog
        dialog.open()

    def preannotate_project(self) -> None:
        """Ctrl+Shift+M: the pre-annotation dialog of the project worked on (one at a time)."""
        project = self.project
        if project is None or self.new_name is not None:
            self.show_page(PROJECTS)
            self.project_list.show_error(self.tr("Pick a project to pre-annotate."))
            return
        if self.preannotate_dialog is not None:
            self.preannotate_dialog.raise_()
            self.preannotate_dialog.activateWindow()
            return
        dialog = PreannotateDialog(
            self.runner, self.client.server, project.id, project.name, project.media, self
        )
        before = QApplication.focusWidget()
        dialog.finished.connect(lambda _r: self._preannotate_closed(dialog, before))
        self.preannotate_dialog = dialog
        dialog.open()

    def _preannotate_requested(self, project_id: str) -> None:
        if self.choose_project(project_id):
            self.preannotate_project()

    def _preannotate_closed(self, dialog: PreannotateDialog, before: QWidget | None) -> None:
        if self.preannotate_dialog is dialog:
            self.preannotate_dialog = None
        self._export_closed(dialog, before)  # type: ignore[arg-type]

    def _export_requested(self, project_id: str) -> None:
        if self.choose_project(project_id):
            self.export_project()

    def _export_closed(self, dialog: ExportDialog, before: QWidget | None) -> None:
        """The keyboard goes back where it was before the dialog (the project list, so
        F5 and the arrows work again). The window is made active again first: closing
        the dialog leaves no window active, and the keys would go nowhere."""
        if self.export_dialog is dialog:
            self.export_dialog = None
        dialog.deleteLater()
        self.window().activateWindow()
        if before is not None and isValid(before) and before.isVisible() and before.isEnabled():
            before.setFocus(Qt.FocusReason.PopupFocusReason)
        elif self.tabs.currentIndex() == PROJECTS:
            self.project_list.focus_list()

    # -- a new project -------------------------------------------------------------------

    def new_project(self) -> None:
        """Ask for a name and a start; the project is made on Create."""
        dialog = NewProjectDialog(self)
        dialog.chosen.connect(self._start_new)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.new_dialog = dialog
        dialog.open()

    def _start_new(self, name: str, start: str) -> None:
        if not self.confirm_leave():
            return
        if start == LABEL_STUDIO:
            dialog = LabelStudioDialog(self.runner, self)
            dialog.imported.connect(lambda result: self.begin_new(name, result))
            dialog.finished.connect(lambda _r: dialog.deleteLater())
            self.ls_dialog = dialog
            dialog.open()
        else:
            self.begin_new(name, templates.start(start))

    def begin_new(self, name: str, schema: dict[str, Any] | LabelStudioImport) -> None:
        """Edit a new project called `name` from `schema` (a document, or an import
        whose left-out parts are shown)."""
        doc = schema.schema if isinstance(schema, LabelStudioImport) else schema
        self.new_name = name
        self.project = None
        self.project_list.table.clearSelection()
        doc = dict(doc)
        if not doc.get("title") or isinstance(schema, LabelStudioImport):
            doc["title"] = name  # an import's title only says where it came from
        self.settings_page.form.set_new(name, self._skills())
        self.settings_page.show_form(self.tr("New project"), self.tr("Create project"))
        self.schema_editor.setEnabled(True)
        self.schema_editor.load(doc, fixed_media=None, heading=self.tr("Schema of the new project"))
        self.schema_editor.set_save_text(self.tr("Create project"))
        if isinstance(schema, LabelStudioImport):
            self.schema_editor.show_dropped(list(schema.dropped))
        self.versions.clear_project(self.tr("A new project has no versions yet."))
        self.banner.setText(
            self.tr(
                "New project “{name}”: not on the task server yet. Check its settings and "
                "schema, then Create project (Ctrl+S)."
            ).format(name=name)
        )
        self.banner.show()
        self.show_page(SCHEMA)

    # -- saving --------------------------------------------------------------------------

    def save(self) -> None:
        """Ctrl+S: save what the page shown holds (create a new project)."""
        page = self.tabs.currentIndex()
        if self.new_name is not None and page in (SETTINGS, SCHEMA):
            if page == SCHEMA:
                self.schema_editor.request_save()
            else:
                self.create_project()
        elif page == SETTINGS:
            self.save_settings()
        elif page == SCHEMA:
            self.schema_editor.request_save()
        else:
            hosted = getattr(self.tabs.currentWidget(), "save", None)
            if callable(hosted):
                hosted()  # a page hosted beside these (gold): Ctrl+S saves there too

    def create_project(self) -> None:
        """Send the new project (settings and schema) once both are valid here."""
        self.saves.create_project()

    def save_settings(self) -> None:
        """PATCH the settings that changed (a new project: create it)."""
        self.saves.save_settings()

    def save_schema(self) -> None:
        """Show the changes against the current version, then save a new one."""
        self.saves.save_schema()

    def set_busy(self, busy: bool) -> None:
        """While a project is being created: both pages wait."""
        self.settings_page.set_busy(busy)
        self.schema_editor.set_busy(busy)

    def replace_project(self, project: LeadProject) -> None:
        """Put the task server's newer copy of a project in the list."""
        self.projects = [project if p.id == project.id else p for p in self.projects]
        self.project_list.set_projects(self.projects, project.id)

    def _version_to_editor(self, version: int, doc: dict[str, Any]) -> None:
        self.schema_editor.replace(doc, self.tr("Put version {v} back").format(v=version))
        self.schema_editor.show_notice(
            self.tr("Version {v} is in the editor; save to make it the current version.").format(
                v=version
            )
        )
        self.show_page(SCHEMA)

    # -- inside --------------------------------------------------------------------------

    def _tab_changed(self, _index: int) -> None:
        self.keymap.set_actions(self.actions())

    def _mark_tabs(self) -> None:
        """A dot after the title of a page with unsaved changes."""
        editing = self.project is not None or self.new_name is not None
        for index, title, dirty in (
            (SETTINGS, self.tr("Settings"), self.settings_page.form.dirty),
            (SCHEMA, self.tr("Schema"), self.schema_editor.dirty),
        ):
            self.tabs.setTabText(index, f"{title} •" if editing and dirty else title)

    def _unsaved_text(self) -> str:
        if self.new_name is not None:
            return self.tr("The new project “{n}” is not created yet. Drop it?").format(
                n=self.new_name
            )
        settings, schema = self.settings_page.form.dirty, self.schema_editor.dirty
        hosted = self.tr(", ").join(self._hosted_unsaved())
        name = self.project.name if self.project else ""
        if not (settings or schema):
            return self.tr("{name} has unsaved changes: {what}. Drop them?").format(
                name=name, what=hosted
            )
        if settings and schema:
            what = self.tr("settings and schema")
        else:
            what = self.tr("settings") if settings else self.tr("schema")
        if hosted:
            text = self.tr("{name} has unsaved {what} changes, and {hosted}. Drop them?")
        else:
            text = self.tr("{name} has unsaved {what} changes. Drop them?")
        return text.format(name=name, what=what, hosted=hosted)
