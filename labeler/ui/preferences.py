"""The workbench's settings dialog: the interface's language.

Every screen is built in one language: choosing another saves it and asks for the workbench
to restart in it, which closes the window as Quit does (the draft saved, the outbox on
disk) and builds a new one in the same process (`labeler.ui.app`), in the profile and
project in use. "As the system" follows the system locale at each start.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QVBoxLayout,
    QWidget,
)

from labeler.client.settings import LANGUAGES, Settings
from labeler.ui import i18n


class SettingsDialog(QDialog):
    """Edits `settings.language`; `saved` says the settings changed (the caller writes
    them), `restart` that the user wants the new language now."""

    saved = Signal()
    restart = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox(self)
        system = i18n.LANGUAGE_NAMES[i18n.system_language()]
        self.language.addItem(self.tr("As the system ({language})").format(language=system), None)
        for code in LANGUAGES:
            self.language.addItem(i18n.LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.language.currentIndexChanged.connect(self._language_changed)
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        # The dialog takes the size its words need, again when the note comes or goes: a
        # note shown after the first layout was cut at its top and bottom.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        self.note.setFixedWidth(self.fontMetrics().averageCharWidth() * 48)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self._language_changed()

    def chosen(self) -> str | None:
        value = self.language.currentData()
        return value if isinstance(value, str) else None

    def _language_changed(self) -> None:
        changes = i18n.chosen_language(self.chosen()) != i18n.language()
        self.note.setText(
            self.tr("The workbench restarts in the new language; your answers are kept.")
            if changes
            else ""
        )
        self.note.setVisible(changes)

    def _save(self) -> None:
        before = i18n.language()
        self.settings.language = self.chosen()
        self.saved.emit()
        self.accept()
        if i18n.chosen_language(self.settings.language) != before:
            self.restart.emit()
