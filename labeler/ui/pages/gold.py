"""The gold banner above the item: what a missed gold item scored against what it
needed, the hint, the expected answer on demand and a way to contest. It never takes
the keyboard: labeling keys keep going to the item while it shows."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from labeler.client.history import CONTESTED, contest_refused
from labeler.core.schema import Schema
from labeler.ui.pages.common import BAD, BAD_TINT, OK, OK_TINT, is_rtl, set_script_text
from labeler.ui.pages.contest import ContestDialog, open_contest

#: How long a passed verdict's note stays.
PASSED_MS = 4000

_STYLE = """
QPushButton { padding: 3px 10px; }
QPushButton#dismiss { border: none; font-size: 13pt; padding: 0 6px; }
"""
# Set on the widgets themselves: a hidden banner is not re-polished by property changes.
_LOOK = {
    True: (
        f"#goldBanner {{ background: {OK_TINT.name()}; border: 1px solid #b9dcbb;"
        " border-radius: 6px; }",
        OK,
    ),
    False: (
        f"#goldBanner {{ background: {BAD_TINT.name()}; border: 1px solid #f3b8b3;"
        " border-radius: 6px; }",
        BAD,
    ),
}


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def missed_lines(
    verdict: Mapping[str, Any], thresholds: Mapping[str, float], training: bool
) -> list[str]:
    """`Control item missed — score 0.42 (needs 0.80)`, one line per failed field (the
    field named when the verdict has several)."""
    head = "Training item missed" if training else "Control item missed"
    fields = verdict.get("fields")
    fields = fields if isinstance(fields, dict) else {}
    failed = [(n, f) for n, f in fields.items() if isinstance(f, dict) and f.get("passed") is False]
    if not failed:  # no per-field detail: the item's score alone
        score = _number(verdict.get("score"))
        return [f"{head} — score {score:.2f}" if score is not None else head]
    lines = []
    for name, f in failed:
        score = _number(f.get("score"))
        need = _number(f.get("threshold"))
        need = need if need is not None else thresholds.get(name)
        text = f"score {score:.2f}" if score is not None else "missed"
        if need is not None:
            text += f" (needs {need:.2f})"
        if len(fields) > 1:
            text = f"{name}: {text}"
        lines.append(f"{head} — {text}")
    return lines


class GoldFeedback(QFrame):
    """The banner; `show_verdict(submission_id, item_id, verdict, training)` fills it.

    A failed verdict stays until `dismiss()`; a passed one shows a short green note that
    hides itself. Signals: `show_expected_toggled(bool)`, `contest_requested(submission_id,
    reason)`, `dismissed()`. Thresholds per field come from the verdict when it has them,
    else from `set_schema` (the task server's verdict does not repeat them).
    """

    show_expected_toggled = Signal(bool)
    contest_requested = Signal(str, str)
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None, passed_ms: int = PASSED_MS) -> None:
        super().__init__(parent)
        self.setObjectName("goldBanner")
        self.setStyleSheet(_STYLE)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._thresholds: dict[str, float] = {}
        self._submission_id: str | None = None
        self._item_id = ""
        self.contest_dialog: ContestDialog | None = None
        self._hide_timer = QTimer(self)
        self._hide_timer.setSingleShot(True)
        self._hide_timer.setInterval(passed_ms)
        self._hide_timer.timeout.connect(self.dismiss)

        self.title = QLabel(self)
        self.title.setObjectName("goldTitle")
        self.title.setWordWrap(True)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.expected_button = self._button(self.tr("Show expected"))
        self.expected_button.setCheckable(True)
        self.expected_button.toggled.connect(self._expected_toggled)
        self.contest_button = self._button(self.tr("Contest…"))
        self.contest_button.clicked.connect(self._contest)
        self.dismiss_button = self._button("×")
        self.dismiss_button.setObjectName("dismiss")
        self.dismiss_button.setToolTip(self.tr("Dismiss"))
        self.dismiss_button.clicked.connect(self.dismiss)

        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.title)
        text.addWidget(self.hint)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 8, 8)
        row.setSpacing(8)
        row.addLayout(text, 1)
        for button in (self.expected_button, self.contest_button, self.dismiss_button):
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def _button(self, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the item keeps the keyboard
        button.setAutoDefault(False)
        return button

    # What the window calls

    def set_schema(self, schema: Schema | None) -> None:
        """The open project's schema: each field's pass threshold."""
        self._thresholds = {f.name: f.gold.threshold for f in schema.fields} if schema else {}

    def set_thresholds(self, thresholds: Mapping[str, float]) -> None:
        self._thresholds = dict(thresholds)

    def show_verdict(
        self, submission_id: str | None, item_id: str, verdict: Mapping[str, Any], training: bool
    ) -> None:
        """Show a verdict: `passed`, `score`, `fields` {name: {score, passed}},
        `expected`, `hint`. `submission_id` None (a training item scored here) has
        nothing to contest."""
        self._hide_timer.stop()
        self._reset_expected()
        self._submission_id, self._item_id = submission_id, item_id
        passed = verdict.get("passed") is True
        frame, ink = _LOOK[passed]
        self.setStyleSheet(_STYLE + frame)
        self.title.setStyleSheet(f"color: {ink.name()}; font-weight: 600;")
        self.setProperty("passed", passed)
        hint = verdict.get("hint")
        hint = hint.strip() if isinstance(hint, str) else ""
        if passed:
            score = _number(verdict.get("score"))
            head = "Training item correct" if training else "Control item passed"
            self.title.setText(f"{head} — score {score:.2f}" if score is not None else head)
            self.hint.hide()
            self._hide_timer.start()
        else:
            self.title.setText("\n".join(missed_lines(verdict, self._thresholds, training)))
            set_script_text(self.hint, f"Hint: {hint}" if hint and not is_rtl(hint) else hint)
            self.hint.setVisible(bool(hint))
        self.expected_button.setVisible(not passed and verdict.get("expected") is not None)
        self.contest_button.setVisible(not passed and submission_id is not None)
        self.contest_button.setEnabled(True)
        self.contest_button.setText(self.tr("Contest…"))
        self.show()

    def contest_done(self, submission_id: str) -> None:
        """The task server took the contest: say so on the button."""
        if submission_id == self._submission_id:
            self.contest_button.setEnabled(False)
            self.contest_button.setText(self.tr(CONTESTED["open"]))

    def contest_failed(self, submission_id: str, error: BaseException) -> None:
        """A contest was not taken. Refused for good (409: contested already, nothing to
        contest), the button says why and stays off; otherwise (offline, …) the error
        shows under the verdict and the button may be pressed again."""
        if submission_id != self._submission_id:
            return
        refused = contest_refused(error)
        if refused is None:
            self.show_error(str(error))
            return
        self.contest_button.setEnabled(False)
        self.contest_button.setText(refused.label)

    def show_error(self, message: str) -> None:
        """A contest failed: say why under the verdict."""
        set_script_text(self.hint, message)
        self.hint.setStyleSheet(f"color: {BAD.name()};")
        self.hint.show()
        self.contest_button.setEnabled(True)

    def dismiss(self) -> None:
        """Hide the banner (Escape from whoever owns the keyboard, or the × button)."""
        self._hide_timer.stop()
        self._reset_expected()
        if self.isVisible():
            self.hide()
            self.dismissed.emit()

    @property
    def submission_id(self) -> str | None:
        return self._submission_id

    # Inside

    def _reset_expected(self) -> None:
        self.hint.setStyleSheet("")
        if self.expected_button.isChecked():
            self.expected_button.setChecked(False)  # emits False: the overlay goes

    def _expected_toggled(self, on: bool) -> None:
        self.expected_button.setText(self.tr("Hide expected") if on else self.tr("Show expected"))
        self.show_expected_toggled.emit(on)

    def _contest(self) -> None:
        if self._submission_id is None:
            return
        what = f"item {self._item_id[:8]}" if self._item_id else "this item"
        self.contest_dialog = open_contest(self.window(), self._submission_id, what)
        self.contest_dialog.contested.connect(self._contested)

    def _contested(self, submission_id: str, reason: str) -> None:
        self.contest_button.setEnabled(False)  # until contest_done or show_error
        self.contest_button.setText(self.tr("Contesting…"))
        self.contest_requested.emit(submission_id, reason)
