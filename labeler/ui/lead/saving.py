"""Saving in the lead workspace: a new project, changed settings, a new schema version.

What is sent is checked here first; the answer is shown where the lead acted: problems
beside their inputs, anything else in the note of the page, with the changes kept.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt

from labeler.client.errors import ClientError
from labeler.client.leading import InvalidProject, LeadProject
from labeler.client.wire import SchemaVersion
from labeler.core.projectsettings import publish_warnings
from labeler.ui import messages
from labeler.ui.i18n import translate
from labeler.ui.lead.diff_view import SaveQuestion, changes_between
from labeler.ui.lead.publish_question import PublishQuestion

if TYPE_CHECKING:
    from labeler.ui.lead.workspace import LeadWorkspace


class Saves(QObject):
    """The saves of one `LeadWorkspace` (which owns the state they change)."""

    def __init__(self, ws: LeadWorkspace) -> None:
        super().__init__(ws)
        self.ws = ws
        self.save_question: SaveQuestion | None = None
        self.publish_question: PublishQuestion | None = None

    def create_project(self) -> None:
        """Send the new project (settings and schema) once both are valid here."""
        settings = self.ws.settings_page.form
        editor = self.ws.schema_editor
        if settings.problems():
            self.ws.show_page(self.ws.SETTINGS)
            self.ws.settings_page.note.show_error(self.tr("Fix the settings marked in red first."))
            widget = settings.first_invalid()
            if widget is not None:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        editor.validate()
        if not editor.check.ok:
            self.ws.show_page(self.ws.SCHEMA)
            editor.request_save()  # says what to fix and goes there
            return
        values = settings.values()
        doc = editor.document()
        self.after_asking(values, lambda: self._create(values, doc))

    def _create(self, values: dict[str, Any], doc: dict[str, Any]) -> None:
        values = dict(values)
        name = values.pop("name")
        self.ws.set_busy(True)

        def done(project: LeadProject) -> None:
            self.ws.set_busy(False)
            self.ws.new_name = None
            self.ws.banner.hide()
            self.ws.projects = [*self.ws.projects, project]
            self.ws.project_list.set_projects(self.ws.projects, project.id)
            self.ws.schema_editor.doc.mark_saved()
            self.ws.set_project(project, reload_schema=True)
            self.ws.project_selected.emit(project.id)
            self.ws.settings_page.note.show_notice(
                self.tr("Created {name} ({id}).").format(name=project.name, id=project.id)
            )
            self.ws.show_page(self.ws.SETTINGS)

        def failed(error: BaseException) -> None:
            self.ws.set_busy(False)
            self.refused(error, self.tr("The project was not created"))

        self.ws.runner.net(
            lambda: self.ws.client.create_project(name, doc, **values), done=done, failed=failed
        )

    def save_settings(self) -> None:
        """PATCH the settings that changed (after the local checks)."""
        if self.ws.new_name is not None:
            self.create_project()
            return
        project, form, page = self.ws.project, self.ws.settings_page.form, self.ws.settings_page
        if project is None:
            return
        if form.problems():
            page.note.show_error(self.tr("Fix the settings marked in red first."))
            widget = form.first_invalid()
            if widget is not None:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        changes = form.changes()
        if not changes:
            page.note.show_notice(self.tr("Nothing to save: the settings are as saved."))
            return
        self.after_asking(form.values(), lambda: self._patch(project, changes))

    def _patch(self, project: LeadProject, changes: dict[str, Any]) -> None:
        page = self.ws.settings_page
        page.set_busy(True)

        def done(changed: LeadProject) -> None:
            page.set_busy(False)
            self.ws.replace_project(changed)
            self.ws.set_project(changed, reload_schema=False)
            page.note.show_notice(self.tr("Settings saved."))

        def failed(error: BaseException) -> None:
            page.set_busy(False)
            self.refused(error, self.tr("The settings were not saved"))

        self.ws.runner.net(
            lambda: self.ws.client.update_project(project.id, **changes), done=done, failed=failed
        )

    def after_asking(self, values: dict[str, Any], send: Callable[[], None]) -> None:
        """Send at once, or once the lead agrees to publish settings annotators would not
        expect (`publish_warnings`); going back sends nothing and puts the keyboard on
        the first such setting."""
        current = self.ws.project.id if self.ws.project and self.ws.new_name is None else None
        gold_skills = {p.skill for p in self.ws.projects if not p.training and p.id != current}
        warnings = publish_warnings(values, gold_skills)
        if not warnings:
            send()
            return
        sentences = [warning_text(path, sentence, values) for path, sentence in warnings]
        question = PublishQuestion(sentences, self.ws)
        question.accepted.connect(send)
        question.rejected.connect(lambda: self._went_back(warnings[0][0]))
        question.finished.connect(lambda _r: question.deleteLater())
        self.publish_question = question
        question.open()

    def _went_back(self, path: str) -> None:
        self.ws.show_page(self.ws.SETTINGS)
        self.ws.settings_page.note.show_notice(
            self.tr("Nothing was sent. Change the settings, or save again to publish them.")
        )
        widget = self.ws.settings_page.form.inputs.get(path)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def save_schema(self) -> None:
        """Show the changes against the task server's current version, then save."""
        if self.ws.new_name is not None:
            self.create_project()
            return
        project, editor = self.ws.project, self.ws.schema_editor
        if project is None:
            return
        doc = editor.document()
        editor.set_busy(True)

        def compared(current: SchemaVersion) -> None:
            editor.set_busy(False)
            self.ws.versions.remember(project.id, current.version, current.raw)
            self.ws.stored_schemas[project.id] = current.schema
            changes = changes_between(current.raw, doc)
            if not changes:
                editor.doc.mark_saved()
                editor.show_notice(
                    self.tr("Nothing changed from version {v}: nothing to save.").format(
                        v=current.version
                    )
                )
                self.ws.schema_editor.changed.emit()
                return
            question = SaveQuestion(changes, current.version, self.ws)
            question.accepted.connect(lambda: self.put_schema(project, doc))
            question.finished.connect(lambda _r: question.deleteLater())
            self.save_question = question
            question.open()

        def failed(error: BaseException) -> None:
            editor.set_busy(False)
            editor.show_error(
                self.tr("The current version could not be read: {e}").format(e=say(error))
            )

        self.ws.runner.net(self.ws.client.schema, project.id, done=compared, failed=failed)

    def put_schema(self, project: LeadProject, doc: dict[str, Any]) -> None:
        editor = self.ws.schema_editor
        editor.set_busy(True)

        def done(stored: SchemaVersion) -> None:
            editor.set_busy(False)
            if editor.document() == doc:
                editor.doc.mark_saved()
            editor.set_heading(self.ws.schema_heading(stored))
            editor.show_notice(self.tr("Saved as version {v}.").format(v=stored.version))
            changed = dataclasses.replace(project, schema_version=stored.version)
            self.ws.replace_project(changed)
            if self.ws.project is not None and self.ws.project.id == project.id:
                self.ws.project = changed
            self.ws.versions.remember(project.id, stored.version, stored.raw)
            self.ws.stored_schemas[project.id] = stored.schema
            self.ws.versions.show_project(self.ws.client, project.id, project.name, stored.version)
            editor.changed.emit()

        def failed(error: BaseException) -> None:
            editor.set_busy(False)
            self.refused(error, self.tr("The schema was not saved"))

        self.ws.runner.net(self.ws.client.put_schema, project.id, doc, done=done, failed=failed)

    def refused(self, error: BaseException, what: str) -> None:
        """A failed save: problems to their inputs, anything else beside the action."""
        if isinstance(error, InvalidProject):
            settings = {p.path: messages.problem_text(p) for p in error.setting_problems}
            schema = error.schema_problems
            said = self.tr("{what}: {why}").format(what=what, why=say(error))
            if settings:
                self.ws.settings_page.form.show_problems(settings)
                self.ws.settings_page.note.show_error(said)
            if schema:
                self.ws.schema_editor.show_server_problems(schema)
                self.ws.schema_editor.show_error(said)
            if settings or schema:
                self.ws.show_page(self.ws.SETTINGS if settings else self.ws.SCHEMA)
                return
        on_schema = self.ws.tabs.currentIndex() == self.ws.SCHEMA
        note = self.ws.schema_editor if on_schema else self.ws.settings_page.note
        note.show_error(
            self.tr("{what}: {why} Your changes are kept.").format(what=what, why=say(error))
        )


def warning_text(path: str, sentence: str, values: dict[str, Any]) -> str:
    """A warning of `publish_warnings` in the interface's language, told apart by the
    setting it concerns (`sentence`, the English, for one this does not know)."""
    if path == "reward.amount":
        currency = str((values.get("reward") or {}).get("currency") or "").upper()
        if not currency:
            return translate(
                "lead.saving",
                "This project pays nothing per item. Annotators will see it as unpaid.",
            )
        return translate(
            "lead.saving",
            "This project pays 0 {currency} per item. Annotators will see it as unpaid.",
        ).format(currency=currency)
    if path == "requirement.skill":
        skill = str((values.get("requirement") or {}).get("skill") or "")
        return translate(
            "lead.saving",
            "Its requirement counts gold answers in “{skill}”, which no other project gives. "
            "Annotators will see it locked, with no way to unlock it.",
        ).format(skill=skill)
    return sentence


def say(error: BaseException) -> str:
    """An error as a sentence for a note."""
    if isinstance(error, ClientError):
        return messages.error_text(error)
    return str(error) or type(error).__name__
