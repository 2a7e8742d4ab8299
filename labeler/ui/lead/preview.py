"""The annotator's view of a schema under edit: the real editor and fields form of its
media on a sample item, redrawn whenever the schema (valid again) changes. A schema with
no fields yet shows the sample item with nothing to answer, as annotators would see it;
`clear` shows no schema at all (one being read, or none valid yet).

The sample file is made and decoded on the runner's decode pool; the GUI thread only
shows what comes back. Label hotkeys and the editor's own keys work while the preview
has focus, as in the workbench.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from labeler.client.workitem import WorkItem
from labeler.core.editing import REGION_KINDS, Draft
from labeler.core.hotkeys import label_keys
from labeler.core.schema import Schema
from labeler.ui import messages
from labeler.ui.actions import Action
from labeler.ui.editor import MediaEditor, picture_box
from labeler.ui.fields import FieldsForm
from labeler.ui.i18n import translate
from labeler.ui.keymap import Keymap
from labeler.ui.lead.samples import SampleFiles, comparison_data
from labeler.ui.pages.common import busy_bar
from labeler.ui.pinned import Pinned
from labeler.ui.tasks import Runner
from labeler.ui.workbench.page import make_editor

EMPTY = QT_TRANSLATE_NOOP("lead.preview", "The preview appears once the schema is valid.")
STALE = QT_TRANSLATE_NOOP(
    "lead.preview", "Showing the last valid schema: fix the problems to see your changes here."
)
BLANK = QT_TRANSLATE_NOOP(
    "lead.preview",
    "No fields yet: annotators would see the item and nothing to answer. Add a field "
    "({key}) to see it here.",
)


class SchemaPreview(QWidget):
    """`set_schema(schema)` shows it (fields or none); `set_stale(True)` says the shown
    one is older; `clear(message)` shows none."""

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.schema: Schema | None = None
        self.editor: MediaEditor | None = None
        self.item: WorkItem | None = None
        self.draft: Draft | None = None
        self._media: str | None = None
        self._prepared: Any = None
        self._ticket = 0
        #: The sample items' files: they go when the window closes (`close_samples`), or
        #: with this widget.
        self.samples = SampleFiles()
        self.destroyed.connect(self.samples.close)

        title = QLabel(self.tr("Preview: what annotators see"), self)
        title.setStyleSheet("font-weight: 600;")
        self.reset_button = QPushButton(self.tr("Clear the sample answer"), self)
        self.reset_button.clicked.connect(self.reset_answer)
        self.reset_button.setEnabled(False)
        header = QHBoxLayout()
        header.addWidget(title, 1)
        header.addWidget(self.reset_button)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet(
            "color: #a15c00; background: #fff4e0; border-radius: 4px; padding: 4px 8px;"
        )
        self.note.hide()
        self.busy = busy_bar(self)
        self.message = QLabel(translate("lead.preview", EMPTY), self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: palette(placeholder-text); padding: 24px;")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.message)

        # The fields and the instructions scroll as one, as the labeling screen's answer
        # column does: a form's least height is all its fields, which in Nastaliq (a
        # comparison's flags, rationale…) pushed the schema editor, and with it the
        # window, past a 768-pixel screen.
        side = QWidget()
        self.form = FieldsForm(side, scrolls=False)
        self.form.changed.connect(lambda _c: self._answer_changed())
        self.instructions = QTextBrowser(side)
        self.instructions.setOpenExternalLinks(False)
        self.instructions.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.instructions.setMaximumHeight(70)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.form)
        side_layout.addWidget(self.instructions)
        side_layout.addStretch(1)
        self.side = QScrollArea(self)
        self.side.setWidget(side)
        self.side.setWidgetResizable(True)
        self.side.setFrameShape(QFrame.Shape.NoFrame)
        self.side.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([360, 260])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addWidget(self.busy)
        layout.addWidget(self.splitter, 1)
        self.keymap = Keymap(self)
        # Over the foot of the sample, not a row above it: the sample never jumps when a
        # problem appears or goes.
        self._note_pin = Pinned(self.note, self.stack, "bottom")

    # -- what the schema editor calls ----------------------------------------------------

    def set_schema(self, schema: Schema) -> None:
        """Show `schema` on the sample item of its media (made off the GUI thread once)."""
        self.schema = schema
        self.set_stale(False)
        if schema.media != self._media or self.item is None:
            self._load_sample(schema)
            return
        self._show()

    def set_stale(self, stale: bool) -> None:
        """Whether the schema shown is older than the one under edit (which has problems)."""
        text = ""
        if self.schema is not None and stale:
            text = translate("lead.preview", STALE)
        elif self.schema is not None and not self.schema.fields:
            text = translate("lead.preview", BLANK).format(key="Ctrl+Shift+F")
        self.note.setText(text)
        self.note.setVisible(bool(text))
        self._note_pin.place()  # a new text may need another height

    def clear(self, message: str) -> None:
        """Show no schema, and `message` instead (a sample on its way is dropped)."""
        self._ticket += 1
        self.busy.hide()
        self.schema = None
        self.draft = None
        self.message.setText(message)
        self.stack.setCurrentWidget(self.message)
        self.form.hide()
        self.instructions.clear()
        self.reset_button.setEnabled(False)
        self.set_stale(False)
        self.keymap.set_actions([])

    def reset_answer(self) -> None:
        """Start the sample answer over."""
        if self.schema is not None and self.item is not None:
            self._show()

    def key_actions(self) -> list[Action]:
        """Label hotkeys as the workbench binds them, then the editor's own keys."""
        actions: list[Action] = []
        if self.schema is None:
            return actions
        for key in label_keys(self.schema):
            actions.append(
                Action(
                    f"preview.label.{key.field}.{key.label}",  # notr: an action id
                    f"{key.label} ({key.field})",
                    (key.key,),
                    lambda k=key: self.pick_label(k.field, k.label),
                    group=self.tr("Preview"),
                )
            )
        if self.editor is not None:
            actions += self.editor.key_actions()
        return actions

    def pick_label(self, field: str, label: str) -> None:
        """A label hotkey in the preview: regions to the editor, the rest to the form."""
        if self.schema is None or self.draft is None:
            return
        if self.schema.field(field).kind in REGION_KINDS:
            if self.editor is not None:
                self.editor.pick_label(field, label)
        else:
            self.form.pick_label(field, label)

    def close_samples(self) -> None:
        """The window closes: the sample files go now, not at the end of the process."""
        self.samples.close()

    # -- inside ------------------------------------------------------------------------------

    def _load_sample(self, schema: Schema) -> None:
        self._ticket += 1
        ticket, media = self._ticket, schema.media
        self.busy.show()
        if self._media != media:
            self._swap_editor(media)
        editor_type = type(self.editor)
        dims = picture_box(self)

        samples = self.samples

        def make() -> tuple[WorkItem, Any]:
            item = samples.item(media)
            return item, editor_type.prepare(item, dims)

        def done(result: tuple[WorkItem, Any]) -> None:
            if ticket != self._ticket:
                return  # the media changed again meanwhile
            self.busy.hide()
            self.item, self._prepared = result
            self._show()

        def failed(error: BaseException) -> None:
            if ticket == self._ticket:
                self.busy.hide()
                self.message.setText(
                    self.tr("The sample item could not be made: {e}").format(
                        e=messages.error_text(error)
                    )
                )
                self.stack.setCurrentWidget(self.message)

        self.runner.decode(make, done=done, failed=failed)

    def _swap_editor(self, media: str) -> None:
        if self.editor is not None:
            self.stack.removeWidget(self.editor)
            self.editor.hide()
            self.editor.deleteLater()
        self.editor = make_editor(media)
        self.editor.changed.connect(lambda _c: self._answer_changed())
        self.stack.addWidget(self.editor)
        self._media = media
        self.item = None
        self._prepared = None

    def _show(self) -> None:
        schema, item, editor = self.schema, self.item, self.editor
        if schema is None or item is None or editor is None:
            return
        self.draft = Draft(schema)
        editor.set_schema(schema)
        self.form.set_schema(schema)
        # A comparison's fields show on sample candidates (a record's on a sample record).
        item = replace(item, data={**item.data, **comparison_data(schema)})
        editor.show_item(item, self.draft, self._prepared)
        self.form.show_item(self.draft, item.data)
        self.form.setVisible(bool(self.form.fields()))
        self.instructions.setMarkdown(schema.instructions or self.tr("No instructions yet."))
        self.stack.setCurrentWidget(editor)
        self.reset_button.setEnabled(False)
        self.keymap.set_actions(self.key_actions())

    def _answer_changed(self) -> None:
        self.reset_button.setEnabled(self.draft is not None and bool(self.draft.answer()))
