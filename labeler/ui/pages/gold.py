"""The gold banner over the item: which item of the session a verdict is about, what a
missed gold item scored against what it needed, the hint, the expected answer on demand
and a way to contest. It never takes the keyboard: labeling keys keep going to the item
while it shows.

A verdict comes while the annotator is on a later item, so the banner names the item it is
about, and goes with the work: at the next answer a missed verdict becomes a small note
(`note`, for the screen's header row; a click or the expected-answer key brings the banner
back), which goes after `NOTE_ANSWERS` more; a passed verdict's note goes at the next
answer or after `PASSED_MS`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from labeler.client.history import CONTESTED, contest_refused
from labeler.core.schema import Schema
from labeler.ui import i18n, messages
from labeler.ui.i18n import translate
from labeler.ui.pages.common import (
    BAD,
    BAD_TINT,
    OK,
    OK_TINT,
    ElidedLabel,
    is_rtl,
    label_room,
    set_script_text,
)
from labeler.ui.pages.contest import ContestDialog, open_contest
from labeler.ui.pages.history_model import contest_words, score_figure, score_words

#: How long a passed verdict's note stays.
PASSED_MS = 4000
#: Answers a missed verdict's note stays for, after the banner became one.
NOTE_ANSWERS = 5

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


def missed_text(verdict: Mapping[str, Any], thresholds: Mapping[str, float], training: bool) -> str:
    """`Control item missed — score 0.42 (needs 0.80)` for a verdict of one field; with
    several, the item's score says it is the overall one and the failed fields follow
    with theirs, as the history shows the verdict: `… — score 0.75 overall · entities
    0.50 (needs 0.80)`."""
    if training:
        head = translate("pages.gold", "Training item missed")
    else:
        head = translate("pages.gold", "Control item missed")
    fields = verdict.get("fields")
    fields = fields if isinstance(fields, dict) else {}
    failed = [(n, f) for n, f in fields.items() if isinstance(f, dict) and f.get("passed") is False]
    overall = score_words(verdict)
    if len(fields) == 1 and failed:  # the field's score is the item's
        overall = ""
    parts = [translate("pages.gold", "score {score}").format(score=overall)] if overall else []
    for name, f in failed:
        score = _number(f.get("score"))
        need = _number(f.get("threshold"))
        need = need if need is not None else thresholds.get(name)
        text = score_figure(score) if score is not None else translate("pages.gold", "missed")
        if need is not None:
            text = translate("pages.gold", "{score} (needs {need})").format(
                score=text, need=score_figure(need)
            )
        if len(fields) > 1:
            parts.append(f"{name} {text}")
        else:
            parts.append(translate("pages.gold", "score {score}").format(score=text))
    return f"{head} — {' · '.join(parts)}" if parts else head


class GoldNote(ElidedLabel):
    """The banner's small form: one line, red, that a click turns back into the banner.
    It elides rather than widen the row it sits in."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("goldNote")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setStyleSheet(f"color: {BAD.name()};")
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt)
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class SessionItems:
    """The items answered since the project opened, numbered from 1 in order."""

    def __init__(self) -> None:
        self._numbers: dict[str, int] = {}

    @property
    def count(self) -> int:
        return len(self._numbers)

    def add(self, item_id: str) -> bool:
        """Number a newly answered item; False for one answered before (a correction)."""
        if item_id in self._numbers:
            return False
        self._numbers[item_id] = len(self._numbers) + 1
        return True

    def number(self, item_id: str) -> int | None:
        return self._numbers.get(item_id)

    def clear(self) -> None:
        self._numbers.clear()


def answers_since(number: int, answered: int) -> int:
    """How many answers came after item `number` of the session, of `answered` in all:
    the N of "answered N items ago" (item 3 of 5 answered: 2)."""
    return max(0, answered - number)


def about_text(number: int | None, answered: int) -> str:
    """Which item a verdict is about, and how many answers came after it: `Item 3 of
    this session, answered 2 items ago` (items 4 and 5 answered since)."""
    if number is None:
        return ""
    back = answers_since(number, answered)
    if back == 0:
        text = translate("pages.gold", "The item you just answered (item {number} of this session)")
    elif back == 1:
        text = translate("pages.gold", "Item {number} of this session, answered {back} item ago")
    else:
        text = translate("pages.gold", "Item {number} of this session, answered {back} items ago")
    return text.format(number=i18n.number(number), back=i18n.number(back))


class GoldFeedback(QFrame):
    """The banner; `show_verdict(submission_id, item_id, verdict, training)` fills it, and
    `answered(item_id)` hears each answer stored, which numbers the session's items and
    moves the banner on (see the module). `note` is the small form, for the header row.

    A failed verdict stays until `dismiss()` or its note goes; a passed one shows a short
    green note that hides itself. Signals: `show_expected_toggled(bool)`,
    `contest_requested(submission_id, reason)`, `dismissed()`. Thresholds per field come
    from the verdict when it has them, else from `set_schema` (the task server's verdict
    does not repeat them).
    """

    show_expected_toggled = Signal(bool)
    contest_requested = Signal(str, str)
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None, passed_ms: int = PASSED_MS) -> None:
        super().__init__(parent)
        self.setObjectName("goldBanner")
        self.setStyleSheet(_STYLE + label_room())
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._thresholds: dict[str, float] = {}
        self._submission_id: str | None = None
        self._item_id = ""
        self.contest_dialog: ContestDialog | None = None
        self._hide_timer = QTimer(self)
        self._hide_timer.setSingleShot(True)
        self._hide_timer.setInterval(passed_ms)
        self._hide_timer.timeout.connect(self.dismiss)
        self.items = SessionItems()
        #: "banner", "note" (a missed verdict after the next answer) or "" (nothing shown).
        self.state = ""
        self._shown_at = 0  # answers counted when the banner showed
        self._note_until = 0  # answers counted when the note goes
        self._passed = False
        self._training = False
        self._expected_key: str | None = None
        self._held = False
        self.note = GoldNote()
        self.note.clicked.connect(self.expand)
        self.note.hide()

        self.about = QLabel(self)
        self.about.setObjectName("goldAbout")
        self.about.setStyleSheet("color: #4a4a4a;")
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
        text.addWidget(self.about)
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

    def set_expected_key(self, key: str | None) -> None:
        """The key that shows the expected answer, as the user reads it (None: none)."""
        self._expected_key = key
        self.expected_button.setToolTip(
            self.tr("Show the item with the expected answer ({key})").format(key=key)
            if key
            else self.tr("Show the item with the expected answer")
        )
        self._show_note_text()

    def answered(self, item_id: str) -> None:
        """An answer was stored: the item gets its number in the session, and the banner
        moves on with the work (a correction of an earlier item moves nothing)."""
        if not self.items.add(item_id):
            return
        count = self.items.count
        if self.state == "banner" and count > self._shown_at:
            if self._passed:
                self.dismiss()
            else:
                self._collapse()
        elif self.state == "note":
            if count >= self._note_until:
                self.dismiss()
            else:
                self._show_note_text()

    def expand(self) -> None:
        """The note becomes the banner again, until the next answer."""
        if self.state != "note":
            return
        self.state = "banner"
        self._shown_at = self.items.count
        self.about.setText(self._about())
        self.note.hide()
        self.show()

    def hold(self, held: bool) -> None:
        """Another banner is over the item (an earlier item being corrected): meanwhile
        a missed verdict shows as its note in the header, a passed one not at all, so
        the two never stack over the item. Ending the hold shows nothing again."""
        self._held = held
        if held and self.state == "banner":
            self._step_aside()

    def _step_aside(self) -> None:
        if self._passed:
            self.dismiss()
        else:
            self._collapse()

    def toggle_expected(self) -> None:
        """The expected-answer key: the banner (back from its note) shows the item with
        the expected answer, or leaves it."""
        self.expand()
        if self.state == "banner" and not self.expected_button.isHidden():
            self.expected_button.toggle()

    def forget(self) -> None:
        """Another project: its items are not this one's, and no verdict shows."""
        self.dismiss()
        self.items.clear()

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
        self.state, self._passed, self._shown_at = "banner", passed, self.items.count
        self._training = training
        self.about.setText(self._about())
        self.about.setVisible(bool(self.about.text()))
        self.note.hide()
        frame, ink = _LOOK[passed]
        self.setStyleSheet(_STYLE + frame + label_room())
        self.title.setStyleSheet(f"color: {ink.name()}; font-weight: 600;")
        self.setProperty("passed", passed)
        hint = verdict.get("hint")
        hint = hint.strip() if isinstance(hint, str) else ""
        if passed:
            score = score_words(verdict)
            if training:
                head = self.tr("Training item correct")
            else:
                head = self.tr("Control item passed")
            if score:
                head = self.tr("{verdict} — score {score}").format(verdict=head, score=score)
            self.title.setText(head)
            self.hint.hide()
            self._hide_timer.start()
        else:
            self.title.setText(missed_text(verdict, self._thresholds, training))
            # "Hint:" only where it reads in the hint's direction (not before an Urdu hint
            # in an English interface).
            same = is_rtl(hint) == (i18n.direction() == Qt.LayoutDirection.RightToLeft)
            shown = self.tr("Hint: {hint}").format(hint=hint) if hint and same else hint
            set_script_text(self.hint, shown)
            self.hint.setVisible(bool(hint))
        self.expected_button.setVisible(not passed and verdict.get("expected") is not None)
        self.contest_button.setVisible(not passed and submission_id is not None)
        self.contest_button.setEnabled(True)
        self.contest_button.setText(self.tr("Contest…"))
        if self._held:
            self._step_aside()
        else:
            self.show()

    def contest_done(self, submission_id: str) -> None:
        """The task server took the contest: say so on the button."""
        if submission_id == self._submission_id:
            self.contest_button.setEnabled(False)
            self.contest_button.setText(contest_words(CONTESTED["open"]))

    def contest_failed(self, submission_id: str, error: BaseException) -> None:
        """A contest was not taken. Refused for good (409: contested already, nothing to
        contest), the button says why and stays off; otherwise (offline, …) the error
        shows under the verdict and the button may be pressed again."""
        if submission_id != self._submission_id:
            return
        refused = contest_refused(error)
        if refused is None:
            self.show_error(messages.error_text(error))
            return
        self.contest_button.setEnabled(False)
        self.contest_button.setText(contest_words(refused.label))

    def show_error(self, message: str) -> None:
        """A contest failed: say why under the verdict."""
        set_script_text(self.hint, message)
        self.hint.setStyleSheet(f"color: {BAD.name()};")
        self.hint.show()
        self.contest_button.setEnabled(True)

    def dismiss(self) -> None:
        """Hide the banner and its note (Escape from whoever owns the keyboard, the ×
        button, or the work moved on)."""
        self._hide_timer.stop()
        self._reset_expected()
        self.note.hide()
        shown = self.state != ""
        self.state = ""
        if shown or not self.isHidden():
            self.hide()
            self.dismissed.emit()

    @property
    def submission_id(self) -> str | None:
        return self._submission_id

    @property
    def showing_missed(self) -> bool:
        """A missed verdict shows, as the banner or as its note."""
        return self.state != "" and not self._passed

    # Inside

    def _about(self) -> str:
        return about_text(self.items.number(self._item_id), self.items.count)

    def _collapse(self) -> None:
        self._reset_expected()
        self.state = "note"
        self._note_until = self.items.count + NOTE_ANSWERS
        self.hide()
        self._show_note_text()
        self.note.show()

    def _show_note_text(self) -> None:
        """`⚠ Item 3 (2 items ago): control item missed · Ctrl+G or click to see it`."""
        number = self.items.number(self._item_id)
        if number is None:
            return
        back = answers_since(number, self.items.count)
        if back > 1:
            which = self.tr("Item {number} ({back} items ago)")
        elif back == 1:
            which = self.tr("Item {number} ({back} item ago)")
        else:
            which = self.tr("Item {number}")
        which = which.format(number=i18n.number(number), back=i18n.number(back))
        key = self._expected_key
        if self._training:
            text = (
                self.tr("⚠ {which}: training item missed · {key} or click to see it")
                if key
                else self.tr("⚠ {which}: training item missed · click to see it")
            )
        else:
            text = (
                self.tr("⚠ {which}: control item missed · {key} or click to see it")
                if key
                else self.tr("⚠ {which}: control item missed · click to see it")
            )
        self.note.setText(text.format(which=which, key=key))
        self.note.setToolTip(f"{self.note.text()}\n{self.title.text()}")

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
        number = self.items.number(self._item_id)
        if number is not None:
            what = self.tr("item {number} of this session").format(number=i18n.number(number))
        elif self._item_id:
            what = self.tr("item {id}").format(id=self._item_id[:8])
        else:
            what = self.tr("this item")
        self.contest_dialog = open_contest(self.window(), self._submission_id, what)
        self.contest_dialog.contested.connect(self._contested)

    def _contested(self, submission_id: str, reason: str) -> None:
        self.contest_button.setEnabled(False)  # until contest_done or show_error
        self.contest_button.setText(self.tr("Contesting…"))
        self.contest_requested.emit(submission_id, reason)
