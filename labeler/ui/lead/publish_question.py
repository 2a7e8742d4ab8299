"""The question asked before a project is published with settings annotators would not
expect (no pay, a pool nobody can unlock): what they will see, then publish anyway or go
back. Enter and Escape go back (the safe answer); Alt+P, or Tab then Enter, publishes."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


class PublishQuestion(QMessageBox):
    """`accepted` when the lead publishes anyway; `rejected` when they go back."""

    def __init__(self, warnings: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Publish this project?"))
        self.setText(self.tr("{warnings} Publish anyway?").format(warnings=" ".join(warnings)))
        self.publish_button = self.addButton(
            self.tr("&Publish anyway"), QMessageBox.ButtonRole.AcceptRole
        )
        self.back_button = self.addButton(self.tr("&Go back"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.back_button)
        self.setEscapeButton(self.back_button)
