"""The feedback bar at the bottom of the workbench: one line with time on the item,
pace, gold accuracy against the pool's requirement, today's earnings, uploads waiting
and the connection, with "Retry now" while offline. It takes no focus: labeling keys
never land here."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QWidget

from labeler.client.sync import RetryOutcome
from labeler.client.tally import Earnings, SkillTally, Tally
from labeler.ui import messages
from labeler.ui.i18n import number, translate
from labeler.ui.pages.common import (
    BAD,
    OK,
    OK_TINT,
    WARN,
    WARN_TINT,
    ElidedLabel,
    accuracy_text,
    clock,
    label_room,
    money,
    requirement_text,
)

#: Marked here, translated where shown (`translate("pages.feedback", …)`).
OFFLINE_TEXT = QT_TRANSLATE_NOOP(
    "pages.feedback", "Offline — answers are kept and upload when the server is back"
)
RETRY_TEXT = QT_TRANSLATE_NOOP("pages.feedback", "Retry now")
TRYING_TEXT = QT_TRANSLATE_NOOP("pages.feedback", "Trying the task server…")
#: How long what a "Retry now" found stays in the bar.
OUTCOME_MS = 10_000
_TINTED = "border-radius: 3px; padding: 0 6px;"
_CONNECTION_STYLE = {
    "warn": f"color: {WARN.name()}; background: {WARN_TINT.name()}; {_TINTED}",
    "ok": f"color: {OK.name()}; background: {OK_TINT.name()}; {_TINTED}",
    "": "",
}
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


def retry_text(outcome: RetryOutcome) -> str:
    """What a "Retry now" found, in one line: `Back online · 3 uploaded`,
    `Still offline: the task server cannot be reached (connection refused)`."""
    if not outcome.online:
        said = messages.error_text(outcome.error) if outcome.error else outcome.reason
        reason = (said or translate("pages.feedback", "no answer")).strip().rstrip(".")
        reason = reason[:1].lower() + reason[1:]
        return translate("pages.feedback", "Still offline: {reason}").format(reason=reason)
    if outcome.was_offline:
        parts = [translate("pages.feedback", "Back online")]
    else:
        parts = [translate("pages.feedback", "Online")]
    if outcome.uploaded:
        uploaded = translate("pages.feedback", "{count} uploaded")
        parts.append(uploaded.format(count=number(outcome.uploaded)))
    if outcome.refused:
        refused = translate("pages.feedback", "{count} refused")
        parts.append(refused.format(count=number(outcome.refused)))
    if outcome.waiting:
        waiting = translate("pages.feedback", "{count} still waiting to upload")
        parts.append(waiting.format(count=number(outcome.waiting)))
    if len(parts) == 1:
        parts.append(translate("pages.feedback", "all uploaded"))
    return " · ".join(parts)


def earnings_text(earnings: tuple[Earnings, ...]) -> str:
    """`Today 1.20 USD (+0.45 pending)`, one part per currency."""
    parts = []
    for e in earnings:
        part = money(e.accepted, e.currency)
        if e.pending:
            part = translate("pages.feedback", "{money} (+{pending} pending)").format(
                money=part, pending=money(e.pending, e.currency)
            )
        parts.append(part)
    if not parts:
        return translate("pages.feedback", "Today —")
    return translate("pages.feedback", "Today {money}").format(money=", ".join(parts))


class FeedbackBar(QFrame):
    """One line of figures; `set_tally`, `set_requirement`, `set_item_time` feed it.

    Signals: `history_requested()` (a click on the uploads), `sign_in_requested()` (a
    click on "sign in again" while the task server wants a new sign-in),
    `retry_requested()` (a click on "Retry now" while offline); `retry_started()` and
    `retry_finished(outcome)` say what the retry does.
    """

    history_requested = Signal()
    sign_in_requested = Signal()
    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None, calibration: int = CALIBRATION) -> None:
        super().__init__(parent)
        self.setObjectName("feedbackBar")
        self.setStyleSheet(
            "#feedbackBar { border-top: 1px solid palette(mid); background: palette(window); }"
            + label_room()
        )
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._calibration = calibration
        self._min_accuracy: float | None = None
        self._tally: Tally | None = None
        self._skill: str | None = None
        self._time: tuple[object, bool] = (-1, False)  # what the time label shows

        self.time = QLabel(self)
        self.pace = QLabel(self)
        self.accuracy = QLabel(self)
        self.earnings = QLabel(self)
        self.connection = ElidedLabel(self)
        self.connection.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.connection.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.retry = _Clickable(self)
        self.retry.setText(f"<u>{translate('pages.feedback', RETRY_TEXT)}</u>")
        self.retry.set_clickable(True)
        self.retry.clicked.connect(self.retry_requested)
        self._trying = False
        # What the last retry found: (text, level, the connection it describes).
        self._outcome: tuple[str, str, bool] | None = None
        self._outcome_timer = QTimer(self)
        self._outcome_timer.setSingleShot(True)
        self._outcome_timer.setInterval(OUTCOME_MS)
        self._outcome_timer.timeout.connect(self._outcome_expired)
        self.set_retry_key(None)
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
        layout.addWidget(self.retry)
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
        text = self.tr("Item {time}").format(time=clock(active_ms))
        self.time.setText(self._paused(text) if paused else text)
        self.time.setToolTip(
            self.tr("Time counts while you work on the item; it pauses when you are idle.")
        )
        _set_level(self.time, "warn" if paused else "")

    def set_correction_time(
        self, active_ms: int, paused: bool, earlier_ms: int, blocked: bool = False
    ) -> None:
        """An earlier item is shown: the time spent correcting it (sent with the
        correction, and counted in the pace) beside the time its answer took; for one
        that cannot be corrected (`blocked`), that time alone."""
        earlier = clock(earlier_ms)
        if blocked:
            shown: tuple[object, bool] = (earlier, False)
            text = self.tr("Item answered in {time}").format(time=earlier)
            tip = self.tr("The time your answer to this item took.")
        else:
            shown = (f"{max(0, active_ms) // 1000} {earlier}", paused)
            text = self.tr("Correction {time} · answered in {earlier}").format(
                time=clock(active_ms), earlier=earlier
            )
            tip = self.tr(
                "Time spent correcting counts too: it is sent with the correction. "
                "Your answer to this item took {earlier}."
            ).format(earlier=earlier)
        if shown == self._time:
            return
        self._time = shown
        self.time.setText(self._paused(text) if paused and not blocked else text)
        self.time.setToolTip(tip)
        _set_level(self.time, "warn" if paused and not blocked else "")

    def clear_item_time(self) -> None:
        """No item on screen: no time to show (not the last item's)."""
        self._time = (-1, False)
        self.time.setText(self.tr("Item —"))
        self.time.setToolTip("")
        _set_level(self.time, "")

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

    def set_retry_key(self, key: str | None) -> None:
        """The key of "Retry now" as the user reads it (None: no key)."""
        self.retry.setToolTip(
            self.tr("Ask the task server now and upload what waits ({key})").format(key=key)
            if key
            else self.tr("Ask the task server now and upload what waits")
        )

    def retry_started(self) -> None:
        """A "Retry now" is under way: say so until `retry_finished`."""
        self._trying = True
        self._outcome = None
        self._refresh()

    def retry_finished(self, outcome: RetryOutcome) -> None:
        """Say what the retry found, for a few seconds (or until the connection changes)."""
        self._trying = False
        level = "ok" if outcome.online else "warn"
        self._outcome = (retry_text(outcome), level, outcome.online)
        self._outcome_timer.start()
        if self._tally is not None and self._tally.online != outcome.online:
            # The figures were read before the retry: the retry knows better.
            self._tally = replace(self._tally, online=outcome.online)
        self._refresh()

    # Inside

    def _paused(self, text: str) -> str:
        return self.tr("{time}  ❚❚ paused").format(time=text)

    def _refresh(self) -> None:
        t = self._tally
        self._show_accuracy()
        if t is None:
            self.pace.setText(self.tr("Pace —"))
            self.earnings.setText(earnings_text(()))
            self.uploads.clear()
            self.connection.clear()
            self.retry.hide()
            self.sign_in.hide()
            return
        session, today = (self._per_hour(pace) for pace in (t.pace_session, t.pace_today))
        self.pace.setText(
            self.tr("Pace {session} · today {today}").format(session=session, today=today)
        )
        self.pace.setToolTip(
            self.tr(
                "Items per hour of active time: {session} this session, "
                "{today} today in {time} of active time."
            ).format(
                session=number(t.items_session),
                today=number(t.items_today),
                time=clock(t.active_ms_today),
            )
        )
        self.earnings.setText(earnings_text(t.earnings_today))
        self.earnings.setToolTip(
            self.tr("Earned today for accepted answers; pending ones wait for review or upload.")
        )
        self._show_uploads(t)
        self._show_connection(t)
        self.sign_in.setVisible(t.auth_needed)
        self.sign_in.set_clickable(t.auth_needed)
        self.sign_in.setText(self.tr("Signed out — <u>sign in again</u>"))
        _set_level(self.sign_in, "bad" if t.auth_needed else "")

    def _per_hour(self, pace: float | None) -> str:
        """`71/h`, or `—` before there is a pace."""
        return "—" if pace is None else self.tr("{count}/h").format(count=number(pace))

    def _show_connection(self, t: Tally) -> None:
        if self._outcome is not None and self._outcome[2] != t.online:
            self._outcome = None  # the connection changed since: that news is old
        if self._trying:
            text, level = translate("pages.feedback", TRYING_TEXT), "warn"
        elif self._outcome is not None:
            text, level, _ = self._outcome
        elif t.online:
            text, level = "", ""
        else:
            text, level = translate("pages.feedback", OFFLINE_TEXT), "warn"
        self.connection.setText(text)
        self.connection.setToolTip(text)
        if self.connection.property("level") != level:
            self.connection.setProperty("level", level)
            self.connection.setStyleSheet(_CONNECTION_STYLE[level])
        self.retry.setVisible(not t.online and not self._trying)

    def _outcome_expired(self) -> None:
        self._outcome = None
        self._refresh()

    def _show_uploads(self, t: Tally) -> None:
        parts = []
        if t.uploads_waiting:
            waiting = self.tr("{count} waiting to upload")
            parts.append(waiting.format(count=number(t.uploads_waiting)))
        if t.refused:  # only the refused part in red: waiting is normal
            refused = self.tr("{count} refused").format(count=number(t.refused))
            parts.append(f'<span style="color: {BAD.name()}"><u>{refused}</u></span>')
        self.uploads.setText(" · ".join(parts) if parts else self.tr("All uploaded"))
        self.uploads.set_clickable(bool(parts))
        self.uploads.setToolTip(self.tr("Show them in the history") if parts else "")
        _set_level(self.uploads, "bad" if t.refused else "", paint=False)

    def _skill_tally(self) -> SkillTally | None:
        if self._tally is None or self._skill is None:
            return None
        return self._tally.skills.get(self._skill)

    def _show_accuracy(self) -> None:
        s, need = self._skill_tally(), self._min_accuracy
        if s is None or s.accuracy is None:
            self.accuracy.setText(self.tr("Gold —"))
            self.accuracy.setToolTip(self.tr("No gold answers in this skill yet."))
            return _set_level(self.accuracy, "")
        if s.gold_answered < self._calibration:
            self.accuracy.setText(
                self.tr("Gold calibrating {answered}/{needed}").format(
                    answered=number(s.gold_answered), needed=number(self._calibration)
                )
            )
            self.accuracy.setToolTip(
                self.tr(
                    "{passed} of {answered} gold answers passed in {skill}; "
                    "accuracy counts after {needed}."
                ).format(
                    passed=number(s.gold_passed),
                    answered=number(s.gold_answered),
                    skill=s.skill,
                    needed=number(self._calibration),
                )
            )
            return _set_level(self.accuracy, "")
        shown = ("≈" if s.estimated else "") + accuracy_text(s.accuracy, need)
        if need:
            text = self.tr("Gold {accuracy} (needs {required})").format(
                accuracy=shown, required=requirement_text(need)
            )
        else:
            text = self.tr("Gold {accuracy}").format(accuracy=shown)
        self.accuracy.setText(text)
        if s.estimated:
            tip = self.tr(
                "Accuracy in {skill} over your newest 50 gold answers, estimated until the "
                "task server confirms it."
            )
        else:
            tip = self.tr("Accuracy in {skill} over your newest 50 gold answers.")
        self.accuracy.setToolTip(tip.format(skill=s.skill))
        if need is None:
            _set_level(self.accuracy, "")
        else:
            _set_level(self.accuracy, "ok" if s.accuracy >= need - 1e-9 else "warn")
