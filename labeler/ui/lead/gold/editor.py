"""The gold editor: one item with the annotators' own tools (the media editor of the
project's kind and the fields form) on a `Draft`, so every change is one undo step, and
the hint annotators read when they miss the item.

Each item keeps its draft and hint while the lead looks at others (`GoldEdit`); an item
whose gold answer or hint differs from what the task server holds is "edited". The
editor never talks to the server: the page saves what `answer()` and `hint()` say.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from labeler.client.curation import Gold, ItemView
from labeler.client.workitem import WorkItem
from labeler.core.editing import REGION_KINDS, Change, Draft
from labeler.core.hotkeys import label_keys
from labeler.core.problems import Problem
from labeler.core.schema import Schema
from labeler.ui import messages
from labeler.ui.actions import Action
from labeler.ui.editor import MediaEditor
from labeler.ui.fields import FieldsForm
from labeler.ui.i18n import number, translate
from labeler.ui.lead.gold.keys import HostedKeys
from labeler.ui.lead.room import lines_high
from labeler.ui.workbench.page import make_editor

MAX_HINT_CHARS = 10_000
#: The hint box's height at most, in pixels (at least two lines show).
HINT_HEIGHT = 90
KEYS_NOTE = QT_TRANSLATE_NOOP(
    "lead.gold.editor",
    "Alt+E goes to the item, where the annotators' keys work: label keys, Insert adds a "
    "region, Tab selects one, arrows move it. Ctrl+Z undoes, Ctrl+S saves.",
)
_PROBLEM_STYLE = "background: #fdecea; color: #8a1c13; padding: 6px 10px; border-radius: 4px;"
_BADGE = {
    True: "color: #2e7d32; font-weight: 600;",
    False: "color: palette(placeholder-text); font-weight: 600;",
}


@dataclass
class GoldEdit:
    """An item under curation: what the server holds (`gold`) and the lead's draft."""

    view: ItemView
    item: WorkItem
    draft: Draft
    gold: Gold | None
    hint: str
    prepared: Any = None

    def answer(self) -> dict[str, Any]:
        """The gold answer to store. A region field with no regions stays in it as `[]`
        ("none here", scored) when the stored gold has the field, and in a new gold
        answer; a draft alone drops empty lists, which would leave the field unscored."""
        answer = self.draft.answer()
        schema = self.draft.schema
        regions = {f.name for f in schema.fields if f.kind in REGION_KINDS}
        keep = set(self.gold.answer) & regions if self.gold is not None else regions
        for name in sorted(keep - set(answer)):
            answer[name] = []
        return answer

    @property
    def edited(self) -> bool:
        """The answer or hint differ from the stored gold (for a real item: the draft
        differs from where it started, its prefill)."""
        if self.gold is None:
            return self.draft.answer() != _clean(self.view.prefill or {}) or bool(self.hint)
        return self.answer() != self.gold.answer or self.hint != (self.gold.hint or "")

    def stored(self, gold: Gold | None) -> None:
        """The server now holds `gold` for this item. Once its gold is removed the item is
        real again: the draft starts over from its prefill, with no hint (the old gold
        answer left in the draft would read as an edit not saved)."""
        was_gold, self.gold = self.gold is not None, gold
        if gold is not None:
            self.hint = gold.hint or ""
        elif was_gold:
            self.draft = Draft(self.draft.schema, self.view.prefill)
            self.hint = ""


def _clean(answer: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in answer.items() if v not in (None, [])}


class GoldEditor(QWidget):
    """Shows one `GoldEdit`; see the module docstring.

    Signals: `changed()` after any edit of the draft or hint; `save_requested()`,
    `unmark_requested()`, `revert_requested()` from its buttons; `original_wanted(item_id)`
    when the image editor wants the original file. Label hotkeys and the media editor's
    keys live in `keymap`, which covers this widget only (so the item table keeps its
    arrows) and gives way to the keys of the widgets hosting it.
    """

    changed = Signal()
    save_requested = Signal()
    unmark_requested = Signal()
    revert_requested = Signal()
    original_wanted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.schema: Schema | None = None
        self.editor: MediaEditor | None = None
        self.edit: GoldEdit | None = None
        self._media: str | None = None

        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.badge = QLabel(self)
        self.preview_note = QLabel(self)
        self.preview_note.setObjectName("muted")
        self.preview_note.hide()
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.preview_note)
        header.addSpacing(12)
        header.addWidget(self.badge)

        self.message = QLabel(self.tr("Choose an item to see its gold answer."), self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: palette(placeholder-text); padding: 24px;")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.message)

        # In the side column's scroll area: the form lays its fields out in full (a
        # scroll area of its own inside it showed a second scroll bar).
        self.form = FieldsForm(self, saves=True, scrolls=False)
        self.form.changed.connect(self._draft_changed)
        self.hint_box = QPlainTextEdit(self)
        self.hint_box.setPlaceholderText(
            self.tr("What annotators who miss this item read, e.g. what to look for.")
        )
        self.hint_box.setTabChangesFocus(True)
        # Five lines of Nastaliq left the gold answer's form no room (`room`).
        line = self.fontMetrics().height()
        self.hint_box.setMaximumHeight(lines_high(line, 5, HINT_HEIGHT) + 12)
        self.hint_box.textChanged.connect(self._hint_changed)
        self.hint_box.setAccessibleName(self.tr("Hint"))
        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(_PROBLEM_STYLE)
        self.problems.hide()
        self.save_button = QPushButton(self.tr("Save the gold answer"), self)
        self.save_button.clicked.connect(self.save_requested)
        self.unmark_button = QPushButton(self.tr("Unmark gold…"), self)
        self.unmark_button.clicked.connect(self.unmark_requested)
        self.revert_button = QPushButton(self.tr("Revert"), self)
        self.revert_button.clicked.connect(self.revert_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.unmark_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)

        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 0, 0, 0)
        self.form_title = QLabel(self.tr("Gold answer"), side)
        self.form_title.setStyleSheet("font-weight: 600;")
        hint_title = QLabel(self.tr("Hint"), side)
        hint_title.setStyleSheet("font-weight: 600;")
        side_layout.addWidget(self.form_title)
        side_layout.addWidget(self.form, 1)
        side_layout.addWidget(hint_title)
        side_layout.addWidget(self.hint_box)
        self.keys_note = QLabel(translate("lead.gold.editor", KEYS_NOTE), side)
        self.keys_note.setObjectName("muted")
        self.keys_note.setWordWrap(True)
        side_layout.addWidget(self.keys_note)
        side_layout.addStretch(0)  # takes the room when the schema has no form fields
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(side)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([500, 260])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(header)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.problems)
        layout.addLayout(buttons)
        self._keys = HostedKeys(self, self.key_actions)
        self.keymap = self._keys.keymap
        self._update()

    # -- schema and items ----------------------------------------------------------------

    def set_schema(self, schema: Schema) -> None:
        """The project's schema: the media editor of its kind and the form's fields.
        Drafts of another schema no longer apply: the item shown is cleared."""
        self.schema = schema
        if schema.media != self._media:
            if self.editor is not None:
                self.stack.removeWidget(self.editor)
                self.editor.hide()
                self.editor.deleteLater()
            self.editor = make_editor(schema.media)
            self.editor.changed.connect(self._draft_changed)
            if hasattr(self.editor, "original_wanted"):
                self.editor.original_wanted.connect(self.original_wanted)
            self.stack.addWidget(self.editor)
            self._media = schema.media
        self.editor.set_schema(schema)
        self.form.set_schema(schema)
        has_form = bool(self.form.fields())
        self.form.setVisible(has_form)
        self.form_title.setVisible(has_form)
        self.clear()

    def editor_type(self) -> type[MediaEditor] | None:
        return type(self.editor) if self.editor is not None else None

    def clear(self, message: str | None = None) -> None:
        """No item: a message instead, and nothing of the item shown before (its hint,
        a preview of an answer to it, its problems)."""
        self.edit = None
        self.title.setText("")
        self.badge.clear()
        self.show_problems([])
        self.show_preview(None)
        self.hint_box.blockSignals(True)
        self.hint_box.clear()
        self.hint_box.blockSignals(False)
        self.message.setText(message or self.tr("Choose an item to see its gold answer."))
        self.stack.setCurrentWidget(self.message)
        self._keys.refresh()
        self._update()

    def show_edit(self, edit: GoldEdit, title: str) -> None:
        """Edit `edit` (its draft and hint as they were left)."""
        assert self.editor is not None
        self.edit = edit
        self.title.setText(title)
        self.show_problems([])
        self.editor.show_item(edit.item, edit.draft, edit.prepared)
        self.form.show_item(edit.draft, edit.item.data)
        self.show_preview(None)
        self.hint_box.blockSignals(True)
        self.hint_box.setPlainText(edit.hint)
        self.hint_box.blockSignals(False)
        self.stack.setCurrentWidget(self.editor)
        self._keys.refresh()
        self._update()

    def set_original(self, path: Any, item_id: str) -> None:
        if self.editor is not None and hasattr(self.editor, "set_original"):
            self.editor.set_original(path, item_id)

    # -- what the page asks --------------------------------------------------------------

    def answer(self) -> dict[str, Any] | None:
        return self.edit.answer() if self.edit is not None else None

    def hint(self) -> str | None:
        """The hint as typed, trimmed; None when empty."""
        if self.edit is None:
            return None
        return self.edit.hint.strip() or None

    def undo(self) -> None:
        if self.edit is not None:
            self._refresh(self.edit.draft.undo())

    def redo(self) -> None:
        if self.edit is not None:
            self._refresh(self.edit.draft.redo())

    def show_preview(self, answer: dict[str, Any] | None, whose: str = "") -> None:
        """Draw another answer over the item (a submission being considered), or none."""
        if self.editor is not None and self.edit is not None:
            self.editor.show_expected(answer)
            self.form.show_expected(answer)
        shown = answer is not None and self.edit is not None
        self.preview_note.setText(
            self.tr("Dashed and marked: the answer of {who}").format(who=whose or "—")
            if shown
            else ""
        )
        self.preview_note.setVisible(shown)

    def show_problems(self, lines: list[str]) -> None:
        self.problems.setText("\n".join(lines))
        self.problems.setVisible(bool(lines))

    def show_answer_problems(self, problems: Iterable[Problem]) -> None:
        """An answer's problems, one line each: `path: message` (`answer: …` for the whole)."""
        whole = self.tr("answer")
        self.show_problems([f"{p.path or whole}: {messages.problem_text(p)}" for p in problems])

    def refresh_state(self) -> None:
        """The stored gold changed (saved, unmarked): buttons and badge follow."""
        self._update()

    def focus_editor(self) -> None:
        target = self.editor if self.edit is not None and self.editor is not None else None
        (target or self.stack).setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_hint(self) -> None:
        self.hint_box.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def key_actions(self) -> list[Action]:
        """Label hotkeys as annotators have them, then the media editor's own keys (none
        while no item is shown)."""
        if self.schema is None or self.editor is None or self.edit is None:
            return []
        actions = [
            Action(
                f"gold.label.{key.field}.{key.label}",  # notr: an action id
                f"{key.label} ({key.field})",
                (key.key,),
                lambda k=key: self.pick_label(k.field, k.label),
                group=self.tr("Gold answer"),
            )
            for key in label_keys(self.schema)
        ]
        return actions + self.editor.key_actions()

    def pick_label(self, field: str, label: str) -> None:
        """A label hotkey: regions to the media editor, the rest to the form."""
        if self.schema is None or self.edit is None:
            return
        if self.schema.field(field).kind in REGION_KINDS:
            if self.editor is not None:
                self.editor.pick_label(field, label)
        else:
            self.form.pick_label(field, label)

    # -- inside --------------------------------------------------------------------------

    def _refresh(self, change: Change | None) -> None:
        if change is None or self.editor is None:
            return
        self.editor.refresh(change)
        self.form.refresh(change)
        self._draft_changed(change)

    def _draft_changed(self, _change: object = None) -> None:
        self.show_problems([])
        self._update()
        self.changed.emit()

    def _hint_changed(self) -> None:
        if self.edit is None:
            return
        text = self.hint_box.toPlainText()
        if len(text) > MAX_HINT_CHARS:
            self.show_problems(
                [
                    self.tr("The hint is longer than {n} characters.").format(
                        n=number(MAX_HINT_CHARS)
                    )
                ]
            )
        self.edit.hint = text
        self._update()
        self.changed.emit()

    def _update(self) -> None:
        edit = self.edit
        shown = edit is not None
        gold = shown and edit is not None and edit.gold is not None
        edited = bool(edit and edit.edited)
        self.save_button.setText(
            self.tr("Save the gold answer") if gold else self.tr("Mark as gold")
        )
        self.save_button.setEnabled(shown and (edited or not gold))
        self.unmark_button.setEnabled(gold)
        self.revert_button.setEnabled(edited)
        self.hint_box.setEnabled(shown)
        if not shown:
            self.badge.clear()
            return
        if edited:
            text = (
                self.tr("gold · edited, not saved")
                if gold
                else self.tr("not gold · edited, not saved")
            )
        else:
            text = self.tr("gold") if gold else self.tr("not gold")
        self.badge.setText(text)
        self.badge.setStyleSheet(_BADGE[bool(gold)])
