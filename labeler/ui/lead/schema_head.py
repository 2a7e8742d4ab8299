"""The schema's own inputs: title, media and instructions (Markdown), with problems shown
under the input they concern."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from labeler.core.schema import MEDIA_KINDS
from labeler.ui.lead.words import media_plural

_INVALID = "border: 1px solid #c62828; border-radius: 3px;"
_MESSAGE = "color: #c62828;"


class SchemaHead(QGroupBox):
    """Signals `edited(key, value, merge)` for `title`, `media` and `instructions`, and
    `typing_done()` when an input loses focus."""

    edited = Signal(str, object, bool)
    typing_done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Schema"))
        self._filling = False
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(self.tr("Street scenes"))
        self.title_edit.textEdited.connect(lambda t: self.edited.emit("title", t, True))
        self.title_edit.editingFinished.connect(self.typing_done)
        self.media = QComboBox(self)
        for kind in MEDIA_KINDS:
            self.media.addItem(media_plural(kind), kind)
        self.media.activated.connect(
            lambda i: self.edited.emit("media", self.media.itemData(i), False)
        )
        self.instructions = QPlainTextEdit(self)
        self.instructions.setPlaceholderText(
            self.tr("Shown beside every item (Markdown): what to label and how.")
        )
        self.instructions.setTabChangesFocus(True)
        self.instructions.setFixedHeight(84)
        self.instructions.textChanged.connect(self._instructions_changed)
        self.inputs: dict[str, QWidget] = {
            "title": self.title_edit,
            "media": self.media,
            "instructions": self.instructions,
        }
        self.notes: dict[str, QLabel] = {}
        form = QFormLayout(self)
        # Title and media share a row: the editor's left column fits a 768-pixel screen
        # in Nastaliq, whose lines are twice as tall.
        title_row = QHBoxLayout()
        title_row.addWidget(self._cell("title"), 1)
        title_row.addWidget(self._label("media", self.tr("Media")))
        title_row.addWidget(self._cell("media"))
        title = self._label("title", self.tr("Title"))
        form.addRow(title, title_row)
        instructions = self._label("instructions", self.tr("Instructions"))
        instructions_cell = self._cell("instructions")
        form.addRow(instructions, instructions_cell)

    def _cell(self, key: str) -> QWidget:
        """An input with the line for its problem under it (hidden while it has none)."""
        cell = QWidget(self)
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(self.inputs[key])
        note = QLabel(cell)
        note.setStyleSheet(_MESSAGE)
        note.setWordWrap(True)
        note.hide()
        column.addWidget(note)
        self.notes[key] = note
        return cell

    def _label(self, key: str, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(self.inputs[key])
        self.inputs[key].setAccessibleName(text)
        return label

    def show_doc(self, doc: dict[str, Any], fixed_media: str | None) -> None:
        """Show the document's title, media and instructions (without moving a caret)."""
        self._filling = True
        title = doc.get("title") if isinstance(doc.get("title"), str) else ""
        if self.title_edit.text() != title:
            self.title_edit.setText(title)
            self.title_edit.setCursorPosition(0)  # a long title shows its start
        media = doc.get("media")
        self.media.setCurrentIndex(MEDIA_KINDS.index(media) if media in MEDIA_KINDS else -1)
        self.media.setEnabled(fixed_media is None)
        self.media.setToolTip(self._fixed() if fixed_media is not None else "")
        text = doc.get("instructions") if isinstance(doc.get("instructions"), str) else ""
        if self.instructions.toPlainText() != text:
            self.instructions.setPlainText(text)
        self._filling = False

    def mark(self, marks: dict[str, str]) -> None:
        for key, widget in self.inputs.items():
            message = marks.get(key)
            widget.setStyleSheet(_INVALID if message else "")
            fixed = key == "media" and not widget.isEnabled()
            widget.setToolTip(message or (self._fixed() if fixed else ""))
            self.notes[key].setText(message or "")
            self.notes[key].setVisible(bool(message))

    def _fixed(self) -> str:
        return self.tr("The media of a project cannot change.")

    def focus(self, key: str) -> None:
        self.inputs.get(key, self.title_edit).setFocus(Qt.FocusReason.OtherFocusReason)

    def _instructions_changed(self) -> None:
        if not self._filling:
            self.edited.emit("instructions", self.instructions.toPlainText(), True)
