"""The settings page: the form of one project's settings with Save (or, for a new
project, Create) beside the note that says how it went."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from labeler.ui.lead.settings_form import SettingsForm
from labeler.ui.pages.common import NoteLine, busy_bar


class SettingsPage(QWidget):
    """`form` holds the settings; `save_requested` on Save (Ctrl+S)."""

    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.revert_button = QPushButton(self.tr("Undo changes"), self)
        self.revert_button.setToolTip(self.tr("Back to the settings as saved"))
        self.save_button = QPushButton(self.tr("Save settings"), self)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.clicked.connect(self.save_requested)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.revert_button)
        top.addWidget(self.save_button)
        self.busy = busy_bar(self)
        self.note = NoteLine(self)
        self.form = SettingsForm(self)
        self.revert_button.clicked.connect(self.revert)
        self.form.changed.connect(self._update)
        scroll = QScrollArea(self)
        scroll.setWidget(self.form)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: palette(placeholder-text); padding: 40px;")
        self.scroll = scroll
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(top)
        layout.addWidget(self.busy)
        layout.addWidget(self.note)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.empty, 1)
        self.set_empty(self.tr("Pick a project in Projects, or start a new one (Ctrl+N)."))

    def set_empty(self, message: str) -> None:
        """No project to show: say what to do instead."""
        self.heading.setText(self.tr("Settings"))
        self.empty.setText(message)
        self.empty.show()
        self.scroll.hide()
        self.save_button.setEnabled(False)
        self.revert_button.setEnabled(False)

    def show_form(self, heading: str, save_text: str) -> None:
        self.heading.setText(heading)
        self.save_button.setText(save_text)
        self.empty.hide()
        self.scroll.show()
        self.note.clear_note()
        self._update()

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.save_button.setEnabled(not busy)
        if busy:
            self.note.clear_note()

    def revert(self) -> None:
        self.form.revert()

    def _update(self) -> None:
        if self.scroll.isHidden():
            return
        self.save_button.setEnabled(True)
        self.revert_button.setEnabled(self.form.dirty)
