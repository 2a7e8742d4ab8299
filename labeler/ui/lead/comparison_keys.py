"""The comparison kinds' own settings in the field form: a pairwise field's tie and
"much better", a ranking's shared ranks, a criteria field's rows (named, or one per
candidate) and its scale's words, a rationale's least length and whether it is needed
only when the preference is close, a record field's keys.

Rows, a scale and keys are edited as lines of text: one per line, a row or key as
`value` or `value: words shown`. `lines_value` and `lines_text` turn one into the
other; the form asks for a document edit only when the lines mean something new, so
typing is never undone by the redraw."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QCheckBox, QPlainTextEdit, QSpinBox, QWidget

from labeler.ui.i18n import translate

#: The settings each comparison kind shows (the field form's row keys).
KIND_ROWS: dict[str, tuple[str, ...]] = {
    "pairwise": ("tie", "strength"),
    "ranking": ("ties",),
    "criteria": ("rows_by_candidate", "rows", "scale"),
    "rationale": ("when_close", "min_length"),
    "record": ("keys",),
}
ALL_ROWS = ("tie", "strength", "ties", "rows_by_candidate", "rows", "scale")
ALL_ROWS += ("when_close", "min_length", "keys")
#: `rows` of a criteria field with one row per candidate of the item.
CANDIDATE_ROWS = "candidates"
_SEPARATOR = ": "


def lines_value(text: str, *, named: bool) -> list[Any]:
    """Lines as a schema's list: `{"value", "text"?}` objects when `named` (rows, keys),
    else the lines' texts (a scale). Empty lines are left out."""
    out: list[Any] = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if not named:
            out.append(line)
            continue
        value, sep, words = line.partition(_SEPARATOR.strip())
        value, words = value.strip(), words.strip()
        out.append({"value": value, "text": words} if sep and words else {"value": value})
    return out


def lines_text(value: Any) -> str:
    """A schema's list of rows, keys or scale texts as lines (anything else: none)."""
    if not isinstance(value, list):
        return ""
    lines = []
    for one in value:
        if isinstance(one, str):
            lines.append(one)
        elif isinstance(one, dict) and isinstance(one.get("value"), str):
            words = one.get("text")
            lines.append(one["value"] + (_SEPARATOR + words if isinstance(words, str) else ""))
    return "\n".join(lines)


class LinesEdit(QPlainTextEdit):
    """Lines of text, `edited` on every change (the form merges them into one undo step)
    and `finished` when the keyboard leaves."""

    edited = Signal(str)
    finished = Signal()

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.textChanged.connect(lambda: self.edited.emit(self.toPlainText()))

    def show_lines(self, value: Any, *, named: bool) -> None:
        """Show `value` unless the lines already mean it (the caret stays put)."""
        if lines_value(self.toPlainText(), named=named) != (value or []):
            self.blockSignals(True)
            self.setPlainText(lines_text(value))
            self.blockSignals(False)

    def focusOutEvent(self, e: QFocusEvent) -> None:  # noqa: N802 (Qt)
        super().focusOutEvent(e)
        self.finished.emit()


class ComparisonInputs:
    """The inputs, made for the field form (which lays them out and wires them)."""

    def __init__(self, parent: QWidget) -> None:
        self.tie = QCheckBox(
            translate("lead.comparison_keys", "Annotators may call it a tie"), parent
        )
        self.strength = QCheckBox(
            translate("lead.comparison_keys", "Annotators may say “much better”"), parent
        )
        self.ties = QCheckBox(
            translate("lead.comparison_keys", "Candidates may share a rank"), parent
        )
        self.by_candidate = QCheckBox(
            translate("lead.comparison_keys", "One row per candidate of the item"), parent
        )
        self.rows = LinesEdit(
            translate("lead.comparison_keys", "One criterion a line: helpfulness: Helpfulness"),
            parent,
        )
        self.scale = LinesEdit(
            translate("lead.comparison_keys", "Optional: one word a point, lowest first"), parent
        )
        self.when_close = QCheckBox(
            translate(
                "lead.comparison_keys",
                "Only when the preference is close (a tie, or not much better)",
            ),
            parent,
        )
        self.min_length = QSpinBox(parent)
        self.min_length.setRange(0, 10_000)
        self.min_length.setSuffix(translate("lead.comparison_keys", " characters"))
        self.keys = LinesEdit(
            translate("lead.comparison_keys", "One key of the record a line: phone: Phone number"),
            parent,
        )

    def rows_and_titles(self, parent: QWidget) -> list[tuple[str, str, QWidget]]:
        """(row key, title, input) in the order the form shows them."""
        return [
            ("tie", translate("lead.comparison_keys", "Tie"), self.tie),
            ("strength", translate("lead.comparison_keys", "Much better"), self.strength),
            ("ties", translate("lead.comparison_keys", "Shared ranks"), self.ties),
            ("rows_by_candidate", translate("lead.comparison_keys", "Rows"), self.by_candidate),
            ("rows", "", self.rows),
            ("scale", translate("lead.comparison_keys", "Scale words"), self.scale),
            ("when_close", translate("lead.comparison_keys", "When"), self.when_close),
            ("min_length", translate("lead.comparison_keys", "At least"), self.min_length),
            ("keys", translate("lead.comparison_keys", "Record keys"), self.keys),
        ]

    def fill(self, kind: str | None, raw: dict[str, Any]) -> None:
        """Show `raw`'s settings (defaults where it has none)."""
        self.tie.setChecked(raw.get("tie") is not False)
        self.strength.setChecked(raw.get("strength") is not False)
        self.ties.setChecked(raw.get("ties") is True)
        rows = raw.get("rows")
        by_candidate = rows == CANDIDATE_ROWS
        self.by_candidate.setChecked(by_candidate)
        self.rows.setEnabled(not by_candidate)
        if not by_candidate:
            self.rows.show_lines(rows if isinstance(rows, list) else [], named=True)
        scale = raw.get("scale")
        self.scale.show_lines(scale if isinstance(scale, list) else [], named=False)
        self.when_close.setChecked(raw.get("required") == "when_close")
        length = raw.get("min_length")
        ok = isinstance(length, int) and not isinstance(length, bool)
        self.min_length.setValue(length if ok else 0)
        keys = raw.get("keys")
        self.keys.show_lines(keys if isinstance(keys, list) else [], named=True)
