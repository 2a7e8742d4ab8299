"""The schema as JSON, for those who would rather type it: applied as one undoable edit,
and text that is not a JSON object is refused with the line and column."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from labeler.ui.i18n import number, translate
from labeler.ui.pages.common import NoteLine

MAX_CHARS = 2_000_000


def parse_json_object(text: str) -> tuple[dict[str, Any] | None, str, int]:
    """The object typed, or None, why not (with line and column) and where."""
    if len(text) > MAX_CHARS:
        why = translate("lead.json_view", "The text is over {n} characters.").format(
            n=number(MAX_CHARS)
        )
        return None, why, 0
    try:
        value = json.loads(text, parse_constant=_refuse)
    except json.JSONDecodeError as exc:
        why = translate(
            "lead.json_view", "Not JSON: {why} at line {line}, column {column}."
        ).format(why=exc.msg, line=exc.lineno, column=exc.colno)
        return None, why, exc.pos
    except (ValueError, RecursionError) as exc:
        return None, translate("lead.json_view", "Not JSON: {why}.").format(why=exc), 0
    if not isinstance(value, dict):
        why = translate(
            "lead.json_view",
            'A schema is a JSON object: { "title": …, "media": …, "fields": […] }.',
        )
        return None, why, 0
    return value, "", 0


def _refuse(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


class JsonDialog(QDialog):
    """Edit the document as text; `applied(dict)` on Apply (Ctrl+Enter) with valid JSON."""

    applied = Signal(dict)

    def __init__(self, doc: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit the schema as JSON"))
        self.resize(720, 620)
        hint = QLabel(
            self.tr(
                "The schema as the task server stores it. Apply replaces the form's "
                "content (Ctrl+Z in the editor brings it back)."
            ),
            self,
        )
        hint.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setPlainText(json.dumps(doc, indent=2, ensure_ascii=False))
        self.note = NoteLine(self)
        buttons = QDialogButtonBox(self)
        self.apply_button = buttons.addButton(
            self.tr("Apply"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.apply_button.setShortcut("Ctrl+Return")
        self.apply_button.setToolTip(self.tr("Apply (Ctrl+Enter)"))
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)

    def apply(self) -> None:
        value, why, where = parse_json_object(self.text.toPlainText())
        if value is None:
            self.note.show_error(why)
            cursor = self.text.textCursor()
            cursor.setPosition(min(where, len(self.text.toPlainText())))
            self.text.setTextCursor(cursor)
            self.text.setFocus()
            return
        self.applied.emit(value)
        self.accept()
