"""The feedback bar at the bottom of the workbench: one line with time on the item,
pace, gold accuracy against the pool's requirement, today's earnings, uploads waiting
and the connection. It takes no focus: labeling keys never land here."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QWidget

from labeler.client.tally import Earnings, SkillTally, Tally
from labeler.ui.pages.common import (
    BAD,
    OK,
    WARN,
    WARN_TINT,
    ElidedLabel,
    accuracy_text,
    clock,
    money,
    requirement_text,
)

OFFLINE_TEXT = "Offline — answers are kept and upload when the server is back"
#: Gold answers before accuracy means much (the task server's `calibration_gold`).
CALIBRATION = 20

_LEVEL_STYLE = {
    "ok": f"color: {OK.name()}; font-weight: 600;",
    "warn": f"color: {WARN.name()}; font-weight: 600;",
    "bad": f"color: {BAD.name()};",
    "": "",
}


class _Clickable(QLabel):
    """A label that emits `clicked` when clickable (`set_clickable`)."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clickable = False

    def set_clickable(self, on: bool) -> None:
        self._clickable = on
        self.setCursor(Qt.CursorShape.PointingHandCursor if on else Qt.CursorShape.ArrowCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt)
        if self._clickable and event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)


def _set_level(label: QLabel, level: str, paint: bool = True) -> None:
    """Colour by `level` (`ok`, `warn`, `bad`, ``); the property lets tests read it."""
    if label.property("level") != level:
        label.setProperty("level", level)
        label.setStyleSheet(_LEVEL_STYLE[level] if paint else "")


def earnings_text(earnings: tuple[Earnings, ...]) -> str:
    """`Today 1.20 USD (+0.45 pending)`, one part per currency."""
    parts = []
    for e in earnings:
        part = money(e.accepted, e.currency)
        if e.pending:
            part += f" (+{money(e.pending, e.currency)} pending)"
        parts.append(part)
    return "Today " + ", ".join(parts) if parts else "Today —"


class FeedbackBar(QFrame):
    """One line of figures; `set_tally`, `set_requirement`, `set_item_time` feed it.

    Signals: `history_requested()` (a click on the uploads), `sign_in_requested()` (a
    click on "sign in again" while the task server wants a new sign-in).
    """

    history_requested = Signal()
    sign_in_requested = Signal()

    def __init__(self, parent: QWidget | None = None, calibration: int = CALIBRATION) -> None:
        super().__init__(parent)
        self.setObjectName("feedbackBar")
        self.setStyleSheet(
            "#feedbackBar { border-top: 1px solid palette(mid); background: palette(window); }"
        )
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._calibration = calibration
        self._min_accuracy: float | None = None
        self._tally: Tally | None = None
        self._skill: str | None = None
        self._time = (-1, False)

        self.time = QLabel(self)
        self.pace = QLabel(self)
        self.accuracy = QLabel(self)
        self.earnings = QLabel(self)
        self.connection = ElidedLabel(self)
        self.connection.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.connection.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.sign_in = _Clickable(self)
        self.sign_in.clicked.connect(self.sign_in_requested)
        self.uploads = _Clickable(self)
        self.uploads.clicked.connect(self.history_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 3, 10, 3)
        layout.setSpacing(18)
        for label in (self.time, self.pace, self.accuracy, self.earnings):
            layout.addWidget(label)
        layout.addWidget(self.connection, 1)
        layout.addWidget(self.sign_in)
        layout.addWidget(self.uploads)
        # One line of text and its padding, whatever the figures say.
        self.setFixedHeight(self.fontMetrics().height() + 10)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.set_item_time(0, False)
        self._refresh()

    # What the window calls

    def set_item_time(self, active_ms: int, paused: bool) -> None:
        """Active time on the current item (called every second or so)."""
        shown = (max(0, active_ms) // 1000, paused)
        if shown == self._time:
            return
        self._time = shown
        text = f"Item {clock(active_ms)}"
        self.time.setText(text + "  ❚❚ paused" if paused else text)
        self.time.setToolTip("Time counts while you work on the item; it pauses when you are idle.")
        _set_level(self.time, "warn" if paused else "")

    def set_requirement(self, min_accuracy: float | None, calibration: int | None = None) -> None:
        """The open project's required accuracy (None: no requirement) and how many gold
        answers count as calibration (the project's `calibration_gold`)."""
        self._min_accuracy = min_accuracy
        if calibration is not None:
            self._calibration = calibration
        self._show_accuracy()

    def set_tally(self, tally: Tally, skill: str | None) -> None:
        """New figures; `skill` is the open project's (None: no project open)."""
        self._tally, self._skill = tally, skill
        self._refresh()

    # Inside

    def _refresh(self) -> None:
        t = self._tally
        self._show_accuracy()
        if t is None:
            self.pace.setText("Pace —")
            self.earnings.setText("Today —")
            self.uploads.clear()
            self.connection.clear()
            self.sign_in.hide()
            return
        session = "—" if t.pace_session is None else f"{t.pace_session:.0f}/h"
        today = "—" if t.pace_today is None else f"{t.pace_today:.0f}/h"
        self.pace.setText(f"Pace {session} · today {today}")
        self.pace.setToolTip(
            f"Items per hour of active time: {t.items_session} this session, "
            f"{t.items_today} today in {clock(t.active_ms_today)} of active time."
        )
        self.earnings.setText(earnings_text(t.earnings_today))
        self.earnings.setToolTip(
            "Earned today for accepted answers; pending ones wait for review or upload."
        )
        self._show_uploads(t)
        self.connection.setText("" if t.online else OFFLINE_TEXT)
        self.connection.setToolTip("" if t.online else OFFLINE_TEXT)
        self.connection.setStyleSheet(
            ""
            if t.online
            else f"color: {WARN.name()}; background: {WARN_TINT.name()};"
            " border-radius: 3px; padding: 0 6px;"
        )
        self.sign_in.setVisible(t.auth_needed)
        self.sign_in.set_clickable(t.auth_needed)
        self.sign_in.setText("Signed out — <u>sign in again</u>")
        _set_level(self.sign_in, "bad" if t.auth_needed else "")

    def _show_uploads(self, t: Tally) -> None:
        parts = []
        if t.uploads_waiting:
            parts.append(f"{t.uploads_waiting} waiting to upload")
        if t.refused:  # only the refused part in red: waiting is normal
            parts.append(f'<span style="color: {BAD.name()}"><u>{t.refused} refused</u></span>')
        self.uploads.setText(" · ".join(parts) if parts else "All uploaded")
        self.uploads.set_clickable(bool(parts))
        self.uploads.setToolTip("Show them in the history" if parts else "")
        _set_level(self.uploads, "bad" if t.refused else "", paint=False)

    def _skill_tally(self) -> SkillTally | None:
        if self._tally is None or self._skill is None:
            return None
        return self._tally.skills.get(self._skill)

    def _show_accuracy(self) -> None:
        s, need = self._skill_tally(), self._min_accuracy
        needs = f" (needs {requirement_text(need)})" if need else ""
        if s is None or s.accuracy is None:
            self.accuracy.setText("Gold —")
            self.accuracy.setToolTip("No gold answers in this skill yet.")
            return _set_level(self.accuracy, "")
        if s.gold_answered < self._calibration:
            self.accuracy.setText(f"Gold calibrating {s.gold_answered}/{self._calibration}")
            self.accuracy.setToolTip(
                f"{s.gold_passed} of {s.gold_answered} gold answers passed in {s.skill}; "
                f"accuracy counts after {self._calibration}."
            )
            return _set_level(self.accuracy, "")
        mark = "≈" if s.estimated else ""
        self.accuracy.setText(f"Gold {mark}{accuracy_text(s.accuracy, need)}{needs}")
        self.accuracy.setToolTip(
            f"Accuracy in {s.skill} over your newest 50 gold answers"
            + (", estimated until the task server confirms it" if s.estimated else "")
            + "."
        )
        if need is None:
            _set_level(self.accuracy, "")
        else:
            _set_level(self.accuracy, "ok" if s.accuracy >= need - 1e-9 else "warn")
