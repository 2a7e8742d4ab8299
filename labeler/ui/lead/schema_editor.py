"""The schema editor: the schema's inputs, its fields and their labels as forms, the
problems found (checked on every change, a moment after typing stops), and the
annotator's view of the schema beside them.

Widgets ask for edits of one `SchemaDocument` (this class implements their `Edits`);
after each edit the views redraw from the document. Saving is the owner's: it listens
to `save_requested` and reports back with `set_busy`, `show_error` and
`show_server_problems`.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from labeler.core.lsconfig import LabelStudioImport
from labeler.core.problems import Problem
from labeler.core.schema import FIELD_KINDS, KIND_MEDIA, LABELLED_KINDS, MEDIA_KINDS, Schema
from labeler.ui import messages
from labeler.ui.actions import Action
from labeler.ui.i18n import paragraph, translate
from labeler.ui.lead.field_form import FieldForm
from labeler.ui.lead.field_list import FieldList
from labeler.ui.lead.json_view import JsonDialog
from labeler.ui.lead.lsimport import DROPPED_TITLE, NOTHING_DROPPED, LabelStudioDialog
from labeler.ui.lead.preview import EMPTY, SchemaPreview
from labeler.ui.lead.problems_view import ProblemList
from labeler.ui.lead.schema_head import SchemaHead
from labeler.ui.lead.schemacheck import Check, check_schema
from labeler.ui.lead.schemadoc import Edit, Path, SchemaDocument, path_text
from labeler.ui.lead.words import kind_title, media_word
from labeler.ui.messages import problem_text
from labeler.ui.pages.common import NoteLine, busy_bar
from labeler.ui.pinned import Pinned
from labeler.ui.tasks import Runner

CHECK_DELAY_MS = 250
_FIELD_PATH = re.compile(r"^fields\[(\d+)\](?:\.(.*))?$")


class SchemaEditor(QWidget):
    """Edits one schema document; see the module docstring."""

    #: Save was asked for (button or key) and the schema is valid.
    save_requested = Signal()
    #: The document changed (dirty state, validity).
    changed = Signal()

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.doc = SchemaDocument()
        self.fixed_media: str | None = None
        self.check: Check = check_schema({})
        self._server_problems: list[Problem] = []
        self._current = 0
        self._shown_schema: Any = None
        self._preview_note: str | None = None
        self._busy = False
        self._heading = ""

        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.undo_button = QPushButton(self.tr("Undo"), self)
        self.undo_button.clicked.connect(self.undo)
        self.redo_button = QPushButton(self.tr("Redo"), self)
        self.redo_button.clicked.connect(self.redo)
        self.ls_button = QPushButton(self.tr("Label Studio…"), self)
        self.ls_button.setToolTip(self.tr("Import a Label Studio config (Ctrl+I)"))
        self.ls_button.clicked.connect(self.import_labelstudio)
        self.json_button = QPushButton(self.tr("Edit as JSON…"), self)
        self.json_button.setToolTip(self.tr("Edit the schema as JSON (Ctrl+J)"))
        self.json_button.clicked.connect(self.edit_json)
        self.save_button = QPushButton(self.tr("Save new version"), self)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S): shows the changes first"))
        self.save_button.clicked.connect(self.request_save)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        for button in (
            self.undo_button,
            self.redo_button,
            self.ls_button,
            self.json_button,
            self.save_button,
        ):
            top.addWidget(button)
        self.busy = busy_bar(self)
        self.note = NoteLine(self)
        self.dropped = self._dropped_banner()

        self.head = SchemaHead(self)
        self.head.edited.connect(lambda key, value, merge: self.set((key,), value, merge=merge))
        self.head.typing_done.connect(self.end_merge)
        self.fields = FieldList(self)
        self.fields.current_changed.connect(self._pick_field)
        self.fields.add_requested.connect(self.add_field_menu)
        self.fields.remove_requested.connect(self.remove_field)
        self.fields.move_requested.connect(
            lambda i, to: self.move(("fields",), i, to, title=self.tr("Move a field"))
        )
        self.fields_note = QLabel(self)
        self.fields_note.setStyleSheet(
            "color: #c62828; background: #fdecea; border: 1px solid #f0b8b3;"
            " border-radius: 4px; padding: 3px 8px;"
        )
        self.fields_note.setWordWrap(True)
        self.fields_note.hide()
        fields_box = QGroupBox(self.tr("Fields"), self)
        fields_layout = QVBoxLayout(fields_box)
        fields_layout.addWidget(self.fields, 1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.head)
        left_layout.addWidget(fields_box, 1)

        # Over the foot of the field list: the list and its buttons never move for it.
        self._fields_pin = Pinned(self.fields_note, self.fields.list, "bottom")

        self.form = FieldForm(self, self)
        form_scroll = QScrollArea(self)
        form_scroll.setWidget(self.form)
        form_scroll.setWidgetResizable(True)
        form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.problems = ProblemList(self)
        self.problems.activated.connect(self.focus_path)

        # Scrolls only where the screen is too low for it all: the window never grows
        # past the screen for the schema's inputs and field list.
        left_scroll = QScrollArea(self)
        left_scroll.setWidget(left)
        left_scroll.setWidgetResizable(True)
        left_scroll.setFrameShape(QFrame.Shape.NoFrame)
        left_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        editing = QSplitter(Qt.Orientation.Horizontal, self)
        editing.addWidget(left_scroll)
        editing.addWidget(form_scroll)
        editing.setStretchFactor(0, 2)
        editing.setStretchFactor(1, 3)
        editing.setSizes([340, 490])
        work = QSplitter(Qt.Orientation.Vertical, self)
        work.addWidget(editing)
        work.addWidget(self.problems)
        work.setStretchFactor(0, 4)
        work.setStretchFactor(1, 1)
        self.preview = SchemaPreview(runner, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(work)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([830, 480])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(top)
        layout.addWidget(self.busy)
        layout.addWidget(self.note)
        layout.addWidget(self.dropped)
        layout.addWidget(self.splitter, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.validate)
        self.load({}, fixed_media=None, heading="")

    def _dropped_banner(self) -> QFrame:
        frame = QFrame(self)
        frame.setStyleSheet(
            "QFrame#dropped { background: #fff4e0; border: 1px solid #f0d4a8; border-radius: 4px; }"
        )
        frame.setObjectName("dropped")
        self.dropped_text = QLabel(frame)
        self.dropped_text.setWordWrap(True)
        self.dropped_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QPushButton(self.tr("Dismiss"), frame)
        close.clicked.connect(frame.hide)
        row = QHBoxLayout(frame)
        row.addWidget(self.dropped_text, 1)
        row.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        frame.hide()
        return frame

    # -- what the owner calls ------------------------------------------------------------

    def load(
        self,
        doc: dict[str, Any],
        *,
        fixed_media: str | None,
        heading: str,
        preview_note: str | None = None,
    ) -> None:
        """Edit `doc` from scratch (nothing unsaved, no history). `fixed_media` is the
        media of an existing project. The preview starts over from `doc` (never another
        schema shown before); `preview_note` replaces it until the first edit (a schema
        being read, no project)."""
        self.doc.load(doc)
        self.fixed_media = fixed_media
        self._server_problems = []
        self._current = 0
        self._heading = heading
        self._shown_schema = None
        self._preview_note = preview_note
        self.preview.clear(preview_note or translate("lead.preview", EMPTY))
        self.dropped.hide()
        self.note.clear_note()
        self._redraw()
        self.validate()

    def set_heading(self, text: str) -> None:
        self._heading = text
        self._update_buttons()

    def set_save_text(self, text: str) -> None:
        self.save_button.setText(text)

    def replace(self, doc: dict[str, Any], title: str) -> None:
        """Put a whole document in as one undoable step (an import, JSON, an old version)."""
        self._after(self.doc.replace(doc, title=title))

    def show_dropped(self, lines: list[str]) -> None:
        """Say what an import left out, until dismissed."""
        # Each line in the interface's language (the import keeps its words), read from
        # its start: it opens with the config's `<Tag>`, set apart.
        shown = (paragraph(messages.said(line)) for line in lines)
        items = "".join(f"<li>{_escape(line)}</li>" for line in shown)
        nothing = _escape(translate("lead.lsimport", NOTHING_DROPPED))
        body = f"<ul style='margin: 0'>{items}</ul>" if lines else f"<p>{nothing}</p>"
        title = self.tr("Imported from Label Studio. {what}:").format(
            what=translate("lead.lsimport", DROPPED_TITLE)
        )
        self.dropped_text.setText(f"<b>{_escape(title)}</b>{body}")
        self.dropped.show()

    def set_busy(self, busy: bool) -> None:
        """While a save runs: the bar moves and a second save waits."""
        self._busy = busy
        self.busy.setVisible(busy)
        self._update_buttons()

    def show_error(self, message: str) -> None:
        self.note.show_error(message)

    def show_notice(self, message: str) -> None:
        self.note.show_notice(message)

    def show_server_problems(self, problems: list[Problem]) -> None:
        """Problems the task server found; shown and marked until the next edit."""
        self._server_problems = list(problems)
        self._apply_check()
        if problems:
            self.focus_path(problems[0].path)

    @property
    def dirty(self) -> bool:
        return self.doc.dirty

    def document(self) -> dict[str, Any]:
        return self.doc.json()

    def actions(self) -> list[Action]:
        """The editor's keys (the workspace installs them while the editor shows)."""
        group = self.tr("Schema")
        return [
            Action("schema.add_field", self.tr("Add a field…"), ("Ctrl+Shift+F",),
                   self.add_field_menu, group, while_typing=True),
            Action("schema.add_label", self.tr("Add a label to the field"), ("Ctrl+L",),
                   self.form.add_label, group, while_typing=True),
            Action("schema.undo", self.tr("Undo a schema change"), ("Ctrl+Z",), self.undo,
                   group),
            Action("schema.redo", self.tr("Redo a schema change"), ("Ctrl+Shift+Z", "Ctrl+Y"),
                   self.redo, group),
            Action("schema.json", self.tr("Edit the schema as JSON…"), ("Ctrl+J",),
                   self.edit_json, group, while_typing=True),
            Action("schema.labelstudio", self.tr("Import a Label Studio config…"), ("Ctrl+I",),
                   self.import_labelstudio, group, while_typing=True),
            Action("schema.first_problem", self.tr("Go to the first problem"), ("F8",),
                   self.first_problem, group, while_typing=True),
            Action("schema.preview", self.tr("Put the keyboard in the preview"), ("F7",),
                   self.focus_preview, group, while_typing=True),
        ]  # fmt: skip

    # -- Edits (what the forms ask for) --------------------------------------------------

    # Each step is named here, in the interface's language, for the undo buttons' tips.

    def set(self, path: Path, value: Any, *, merge: bool = False, title: str = "") -> None:
        title = title or self.tr("Change {path}").format(path=path_text(path))
        self._after(self.doc.set(path, value, merge=merge, title=title))

    def insert(self, path: Path, index: int, value: Any, *, title: str = "") -> None:
        self._after(self.doc.insert(path, index, value, title=title or self.tr("Add")))

    def remove(self, path: Path, index: int, *, title: str = "") -> None:
        self._after(self.doc.remove(path, index, title=title or self.tr("Remove")))

    def move(self, path: Path, index: int, to: int, *, title: str = "") -> None:
        self._after(self.doc.move(path, index, to, title=title or self.tr("Move")))

    def end_merge(self) -> None:
        self.doc.end_merge()

    # -- commands ------------------------------------------------------------------------

    def undo(self) -> None:
        self._after(self.doc.undo())

    def redo(self) -> None:
        self._after(self.doc.redo())

    def add_field_menu(self) -> None:
        """The kinds that fit the media, to pick the new field's."""
        media = self.doc.get(("media",))
        menu = QMenu(self)
        for kind in FIELD_KINDS:
            if KIND_MEDIA[kind] in (None, media):
                menu.addAction(kind_title(kind), lambda k=kind: self.add_field(k))
        button = self.fields.add_button
        menu.popup(button.mapToGlobal(button.rect().bottomLeft()))
        menu.setActiveAction(menu.actions()[0])
        self._menu = menu

    def add_field(self, kind: str) -> None:
        """Append a field of `kind` with a free name, and put the keyboard on its name."""
        names = {f.get("name") for f in self.doc.fields()}
        n = 1
        while f"{kind}_{n}" in names:
            n += 1
        field: dict[str, Any] = {"name": f"{kind}_{n}", "kind": kind}
        if kind in LABELLED_KINDS:
            field["labels"] = []
        if kind == "rating":
            field.update({"min": 1, "max": 5})
        self.insert(("fields",), len(self.doc.fields()), field, title=self.tr("Add a field"))
        self.form.name.setFocus(Qt.FocusReason.OtherFocusReason)
        self.form.name.selectAll()

    def remove_field(self, index: int) -> None:
        name = self.doc.get(("fields", index, "name"))
        self.remove(("fields",), index, title=self.tr("Remove a field"))
        self.note.show_notice(
            self.tr("Removed the field '{name}'. Ctrl+Z brings it back.").format(name=name or "")
        )

    def edit_json(self) -> None:
        dialog = JsonDialog(self.doc.json(), self)
        dialog.applied.connect(lambda doc: self.replace(doc, self.tr("Edit as JSON")))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.json_dialog = dialog
        dialog.open()

    def import_labelstudio(self) -> None:
        dialog = LabelStudioDialog(self.runner, self)
        dialog.imported.connect(self.use_import)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.ls_dialog = dialog
        dialog.open()

    def use_import(self, result: LabelStudioImport) -> None:
        """Put an imported schema in (one undoable step) and say what it left out."""
        doc = dict(result.schema)
        if self.fixed_media is not None and doc.get("media") != self.fixed_media:
            self.note.show_error(
                self.tr(
                    "That config is for {m} items; this project's items are {f}. It is shown "
                    "so you can copy from it, but it cannot be saved here."
                ).format(m=media_word(str(doc.get("media"))), f=media_word(self.fixed_media))
            )
        self.replace(doc, self.tr("Import a Label Studio config"))
        self.show_dropped(list(result.dropped))

    def request_save(self) -> None:
        """Save, when valid; else the keyboard goes to the first problem."""
        self._timer.stop()
        self.validate()
        if self._busy:
            return
        if not self.check.ok:
            self.note.show_error(self.tr("Fix the problems listed below before saving."))
            self.first_problem()
            return
        self.save_requested.emit()

    def first_problem(self) -> None:
        problems = self._server_problems or list(self.check.problems)
        if problems:
            self.focus_path(problems[0].path)

    def focus_preview(self) -> None:
        self.preview.setFocus(Qt.FocusReason.OtherFocusReason)
        editor = self.preview.editor
        if editor is not None and editor.isVisible():
            editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_path(self, path: str) -> None:
        """Put the keyboard on the input of a problem's path."""
        match = _FIELD_PATH.match(path)
        if match is None:
            if path == "fields":
                self.fields.list.setFocus(Qt.FocusReason.OtherFocusReason)
            else:
                self.head.focus(path.split(".")[0] if path else "title")
            return
        index = int(match.group(1))
        if index < len(self.doc.fields()):
            self.fields.select(index)
            self._pick_field(index)
        self.form.focus_path(match.group(2) or "name")

    # -- inside --------------------------------------------------------------------------

    def _after(self, edit: Edit | None) -> None:
        if edit is None:
            return
        self._server_problems = []
        self._preview_note = None
        count = len(self.doc.fields())
        path = edit.path
        if edit.structural and len(path) == 2 and path[0] == "fields" and isinstance(path[1], int):
            self._current = path[1]  # a field added, moved or removed
        self._current = max(0, min(self._current, count - 1))
        self._redraw()
        self._timer.start()
        self.changed.emit()

    def _redraw(self) -> None:
        doc = self.doc.json()
        fields = self.doc.fields()
        self.head.show_doc(doc, self.fixed_media)
        current = self._current if fields else -1
        self.fields.set_fields(fields, current)
        media = doc.get("media") if isinstance(doc.get("media"), str) else None
        self.form.show_field(current, fields[current] if fields else {}, media)
        self._update_buttons()

    def _pick_field(self, index: int) -> None:
        if index < 0 or index == self.form.index:
            return
        self.doc.end_merge()
        self._current = index
        fields = self.doc.fields()
        media = self.doc.get(("media",))
        self.form.show_field(index, fields[index], media if isinstance(media, str) else None)
        self._apply_check()

    def validate(self) -> None:
        """Check the document now (the timer does it a moment after each edit)."""
        self.check = check_schema(self.doc.json(), fixed_media=self.fixed_media)
        self._apply_check()
        self._update_preview()
        self._update_buttons()
        self.changed.emit()

    def _update_preview(self) -> None:
        """The preview follows this document only: its valid schema, or its last one
        while it has problems, or nothing of it yet."""
        if self._preview_note is not None:
            return
        schema = self.check.schema or fieldless(self.doc.json(), self.check)
        if schema is not None:
            if schema != self._shown_schema:
                self._shown_schema = schema
                self.preview.set_schema(schema)
            else:
                self.preview.set_stale(False)
        elif self._shown_schema is None:
            self.preview.clear(translate("lead.preview", EMPTY))
        else:
            self.preview.set_stale(True)

    def _apply_check(self) -> None:
        marks = dict(self.check.marks)
        for problem in self._server_problems:
            marks.setdefault(problem.path, problem_text(problem))
        if self._server_problems:
            self.problems.set_problems(self._server_problems, self.tr("The task server says"))
        else:
            self.problems.set_problems(self.check.problems)
        self.head.mark({k: v for k, v in marks.items() if "." not in k and "[" not in k})
        self.fields_note.setText(marks.get("fields", ""))
        self.fields_note.setVisible("fields" in marks)
        self._fields_pin.place()
        by_field: dict[int, str] = {}
        relative: dict[str, str] = {}
        for path, message in marks.items():
            match = _FIELD_PATH.match(path)
            if match is None:
                continue
            index = int(match.group(1))
            by_field.setdefault(index, message)
            if index == self.form.index:
                relative.setdefault(match.group(2) or "name", message)
        self.fields.mark(by_field)
        self.form.mark(relative)

    def _update_buttons(self) -> None:
        self.undo_button.setEnabled(self.doc.can_undo)
        self.undo_button.setToolTip(self.tr("Undo: {t} (Ctrl+Z)").format(t=self.doc.undo_title()))
        self.redo_button.setEnabled(self.doc.can_redo)
        self.redo_button.setToolTip(self.tr("Redo: {t} (Ctrl+Y)").format(t=self.doc.redo_title()))
        self.save_button.setEnabled(not self._busy)
        heading = self._heading
        if self.doc.dirty and heading:
            heading = self.tr("{heading} · unsaved changes").format(heading=heading)
        self.heading.setText(heading)


def fieldless(doc: dict[str, Any], check: Check) -> Schema | None:
    """A schema whose only problem is having no fields yet (a blank start), as the schema
    it will be, to preview honestly: the item with nothing to answer. None otherwise."""
    if doc.get("fields") != [] or any(p.path != "fields" for p in check.problems):
        return None
    media = doc.get("media")
    title, instructions = doc.get("title") or "", doc.get("instructions") or ""
    if media not in MEDIA_KINDS or not isinstance(title, str) or not isinstance(instructions, str):
        return None
    return Schema(title, str(media), instructions, ())


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
