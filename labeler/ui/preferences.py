"""The workbench's settings dialog: the interface's language.

A language takes effect at the next start: every screen is built in one language, and a
window rebuilt half-way through labeling would lose the item on screen. So choosing one
saves it and offers to restart now (the draft is autosaved; the outbox is on disk) or
later. "As the system" follows the system locale at each start.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QProcess, QProcessEnvironment, Qt, Signal
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


def restart_command() -> tuple[str, list[str]]:
    """The program and arguments that start this workbench again as it was started: the
    bundle's own executable, or this Python with the same script and arguments."""
    if getattr(sys, "frozen", False):
        return sys.executable, sys.argv[1:]
    if sys.argv[0].endswith("__main__.py"):  # python -m labeler
        return sys.executable, ["-m", "labeler", *sys.argv[1:]]
    return sys.executable, list(sys.argv)


#: In the environment of a workbench started again: the profile that was open ("<user> on
#: <server URL>"), which it opens instead of the one its command line names (`labeler demo
#: --user lead` switched to demo with Ctrl+Shift+O comes back as demo).
RESUME_PROFILE = "LABELER_RESUME_PROFILE"


def start_again(profile: str | None = None) -> bool:
    """Start a new workbench process (the caller then closes this one), in `profile` when
    one is open."""
    program, arguments = restart_command()
    process = QProcess()
    process.setProgram(program)
    process.setArguments(arguments)
    environment = QProcessEnvironment.systemEnvironment()
    environment.remove(RESUME_PROFILE)
    if profile:
        environment.insert(RESUME_PROFILE, profile)
    process.setProcessEnvironment(environment)
    # PySide6 gives the instance's startDetached() as a bool (its pid out-parameter is
    # dropped); some bindings give (bool, pid).
    started = process.startDetached()
    return bool(started[0] if isinstance(started, tuple) else started)
