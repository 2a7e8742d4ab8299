"""Starting a new project: its name, and where its schema starts (blank, a template of
each media kind, or a Label Studio config). Nothing reaches the task server here: the
settings and the schema are checked in their pages, then created together."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from labeler.core.projectsettings import name_problem
from labeler.ui import messages
from labeler.ui.lead.templates import STARTS

LABEL_STUDIO = "labelstudio"
KEY_ROLE = Qt.ItemDataRole.UserRole


class NewProjectDialog(QDialog):
    """`chosen(name, start)`: `start` is a key of `templates.STARTS` or `LABEL_STUDIO`."""

    chosen = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New project"))
        self.resize(560, 460)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("Street scenes, March batch"))
        self.name.textEdited.connect(lambda _t: self.name_note.hide())
        self.name_note = QLabel(self)
        self.name_note.setStyleSheet("color: #c62828;")
        self.name_note.hide()
        self.starts = QListWidget(self)
        self.starts.setAccessibleName(self.tr("Start the schema from"))
        self.starts.setSpacing(3)
        for start in STARTS:
            text = f"{start.shown_title()}\n    {start.shown_description()}"
            item = QListWidgetItem(text, self.starts)
            item.setData(KEY_ROLE, start.key)
        item = QListWidgetItem(
            self.tr("A Label Studio config…\n    Open or paste its XML; you see what is left out."),
            self.starts,
        )
        item.setData(KEY_ROLE, LABEL_STUDIO)
        self.starts.setCurrentRow(0)
        self.starts.itemActivated.connect(lambda _i: self._continue())
        form = QFormLayout()
        name_label = QLabel(self.tr("Name"), self)
        name_label.setBuddy(self.name)
        form.addRow(name_label, self.name)
        form.addRow("", self.name_note)
        starts_label = QLabel(self.tr("Start the schema from"), self)
        starts_label.setBuddy(self.starts)
        buttons = QDialogButtonBox(self)
        self.continue_button = buttons.addButton(
            self.tr("Continue"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._continue)
        buttons.rejected.connect(self.reject)
        hint = QLabel(
            self.tr(
                "Next you check the settings and the schema; the project is created on the "
                "task server when you press Create project (Ctrl+S)."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(starts_label)
        layout.addWidget(self.starts, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.name.setFocus()

    def pick(self, key: str) -> None:
        """Select the start called `key` (for tests and for remembering the last one)."""
        for row in range(self.starts.count()):
            if self.starts.item(row).data(KEY_ROLE) == key:
                self.starts.setCurrentRow(row)

    def _continue(self) -> None:
        problem = name_problem(self.name.text())
        if problem is not None:
            self.name_note.setText(messages.said(problem))
            self.name_note.show()
            self.name.setFocus()
            return
        item = self.starts.currentItem()
        if item is None:
            return
        self.chosen.emit(self.name.text().strip(), item.data(KEY_ROLE))
        self.accept()
