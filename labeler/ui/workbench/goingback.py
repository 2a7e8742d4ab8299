"""Going back: the annotator brings earlier items back to correct their answers.

Ctrl+Z right after a submit, with nothing to undo on the new item, brings back the item
just submitted; the previous-item key walks back through the last items of the batches
held (`amending.RECENT`), the next-item key forward again to the current item, which keeps
its draft. A brought-back item says so above it; Enter (in a one-key project, a label key)
sends the correction (an amendment, through `Workspace.amend` on the store worker) and
returns to the current item, Escape returns without one. An item that cannot be corrected
(a gold verdict shown, a lease that ended, a refused answer) says why before any edit, and
takes none. A correction has its own active time.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject

from labeler.client.activetime import ActiveClock
from labeler.client.amending import GOLD_SHOWN, LEASE_ENDED, Answered
from labeler.client.history import refusal_said
from labeler.client.outbox import REFUSED
from labeler.core.answers import validate_answer
from labeler.core.editing import EVERY_FIELD, REGION_KINDS, Change, Draft, all_checked
from labeler.core.hotkeys import one_key_field
from labeler.core.problems import AnswerInvalid
from labeler.ui import messages
from labeler.ui.bridge import QtSyncListener
from labeler.ui.i18n import number, translate
from labeler.ui.workbench.keys import (
    NEXT_ITEM,
    PREVIOUS_ITEM,
    enter_named,
    key_text,
    one_key_labels,
)
from labeler.ui.workbench.missing import refusal
from labeler.ui.workbench.skipping import shown_reason

if TYPE_CHECKING:
    from labeler.ui.workbench.page import WorkbenchPage
    from labeler.ui.workbench.session import LabelingSession


class GoingBack(QObject):
    """The earlier items of one labeling session, and the correction of one of them."""

    def __init__(self, session: LabelingSession, listener: QtSyncListener) -> None:
        super().__init__(session)
        self.session = session
        self.page = session.page
        #: The answered items, newest first, as read when going back began.
        self.answered: list[Answered] = []
        #: Which of them is shown (0: the newest); None on the current item.
        self.index: int | None = None
        self.draft: Draft | None = None
        #: A submit happened and the item shown since was not changed: Ctrl+Z goes back.
        self.just_submitted = False
        self._started_at = datetime.now(UTC)
        self._parked: ActiveClock | None = None
        self._busy = False
        self._sent: set[str] = set()
        listener.submission_refused_.connect(self._on_refused)
        self.page.form.checked_all.connect(self._say_how_to_send)

    # -- where we are ---------------------------------------------------------------------

    @property
    def active(self) -> bool:
        """An earlier item is on screen instead of the current one."""
        return self.index is not None

    @property
    def shown(self) -> Answered | None:
        return self.answered[self.index] if self.index is not None else None

    # -- moving -----------------------------------------------------------------------------

    def back(self) -> None:
        """One item further back (the first time: the item submitted last)."""
        session = self.session
        if self._busy or session.submitting or session.schema is None:
            return
        if self.index is None:
            session.gold_review.end()
            self._busy = True
            session.runner.read(session.workspace.answered, done=self._read, failed=self._failed)
            return
        if self.index + 1 < len(self.answered):
            self._show(self.index + 1)
        else:
            n = len(self.answered)
            session.status.emit(
                self.tr("No earlier item: this is the only one you answered here.")
                if n == 1
                else self.tr(
                    "No earlier item: these are the last {count} you answered here."
                ).format(count=number(n))
            )

    def forward(self) -> None:
        """One item forward; from the newest, back to the current item."""
        if self._busy or self.index is None:
            if not self.active:
                self.session.status.emit(
                    self.tr("This is the current item: nothing comes after it.")
                )
            return
        if self.index == 0:
            self.leave()
        else:
            self._show(self.index - 1)

    def leave(self) -> None:
        """Back to the current item, its draft as it was left."""
        if self.index is None:
            return
        self.reset()
        self.session.show_current()
        current = self.session.item
        self.session.trace.event("current_again", item_id=current.id if current else None)

    def reset(self) -> None:
        """Forget the earlier item shown (another project opens, or the session closes)."""
        self.index = None
        self.draft = None
        self.just_submitted = False
        self.page.hide_correction()
        if self._parked is not None:
            self.session.clock = self._parked
            self._parked = None
            self.session.clock.focus(True)  # counts again from now
            self.session.show_clock()

    def _read(self, answered: list[Answered]) -> None:
        self._busy = False
        self.answered = answered
        if not answered:
            self.session.status.emit(
                self.tr("Nothing to go back to: no answered item of the batches you hold.")
            )
            return
        self._show(0)

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self.session.status.emit(
            self.tr("The earlier items could not be read: {error}").format(
                error=messages.error_text(error)
            )
        )

    def _show(self, index: int) -> None:
        session = self.session
        assert session.editor is not None and session.schema is not None
        if self.index is None:
            session.save_draft()
            self._parked = session.clock
            self._parked.focus(False)  # the current item's time stops while away
        self.index = index
        shown = self.answered[index]
        self.just_submitted = False
        if isinstance(shown.answer, dict):
            # The answer as it was sent: every record key confirmed or corrected by then.
            base: Any = all_checked(session.schema, shown.answer)
        else:
            base = shown.item.prefill
        self.draft = Draft(session.schema, base if isinstance(base, dict) else None)
        self._started_at = datetime.now(UTC)
        session.editor.show_item(shown.item, self.draft, session.prepared_for(shown.item))
        session.new_clock()
        self.page.form.show_item(self.draft, shown.item.data)
        self.page.show_editor(0, [])
        self.page.progress.setText(
            self.tr("correcting") if shown.blocked is None else self.tr("earlier item")
        )
        self.page.show_correction(self._banner(index, shown), shown.blocked is not None)
        self.page.focus_item()
        place = len(self.answered) - index
        blocked = shown.blocked is not None
        session.trace.event("earlier_shown", item_id=shown.item.id, place=place, blocked=blocked)

    def _banner(self, index: int, shown: Answered) -> str:
        n = len(self.answered)
        which = which_answer(n - index, n)
        moves = self.tr("{previous} / {next} move, Esc returns").format(
            previous=key_text(PREVIOUS_ITEM), next=key_text(NEXT_ITEM)
        )
        if shown.blocked is not None:
            return self.tr("{which} cannot be corrected: {why} {moves}.").format(
                which=which[0].upper() + which[1:], why=blocked_reason(shown), moves=moves
            )
        if shown.answer is None:
            return self.tr(
                "Correcting {which} (you skipped it: “{reason}”) — {keys} sends the"
                " correction, Esc returns"
            ).format(
                which=which,
                reason=shown_reason(shown.skip_reason)
                if shown.skip_reason
                else self.tr("no reason"),
                keys=self._sends(),
            )
        return self.tr("Correcting {which} — {keys} sends the correction, Esc returns").format(
            which=which, keys=self._sends()
        )

    def _sends(self) -> str:
        """What sends the correction, with the keys in effect: in a one-key project a
        label key does, at once ("1, 2 or 3"); elsewhere the submit key."""
        keys = self.page.keys
        one_key = one_key_labels(self.session.schema, keys)
        if one_key is not None:
            return one_key
        return sending_key(self.page)

    def _say_how_to_send(self) -> None:
        """Enter on a record whose keys are all checked: there it confirms and never
        sends (an Enter that did nothing said nothing), so the status line says what
        sends the answer shown, or its correction."""
        shown = self.shown
        if self.session.gold_review.reviewing or (shown is not None and shown.blocked):
            return  # nothing is sent from here: the screen says why already
        said = (
            self.tr("Every key is checked: {key} sends the correction.")
            if self.active
            else self.tr("Every key is checked: {key} sends the answer.")
        )
        self.session.status.emit(said.format(key=sending_key(self.page)))

    # -- editing the brought-back answer ------------------------------------------------------

    def _editable(self) -> bool:
        shown = self.shown
        if shown is None or self.draft is None or self._busy:
            return False
        if shown.blocked is not None:
            self.session.status.emit(cannot_correct(shown))
            return False
        return True

    def pick_label(self, field: str, label: str) -> None:
        session = self.session
        if not self._editable() or session.schema is None:
            return
        if session.schema.field(field).kind in REGION_KINDS:
            if session.editor is not None:
                session.editor.pick_label(field, label)
            return
        self.page.form.pick_label(field, label)
        only = one_key_field(session.schema)
        if only is not None and only.name == field:
            self.submit()

    def changed(self) -> None:
        """The editor or the form changed the brought-back answer: on one that cannot be
        corrected the change is taken back at once, and the screen says why."""
        shown = self.shown
        if shown is None or shown.blocked is None or self.draft is None:
            return
        while self.draft.can_undo:
            self._refresh(self.draft.undo())
        self.session.status.emit(cannot_correct(shown))

    def undo(self) -> None:
        if self._editable() and self.draft is not None:
            self._refresh(self.draft.undo())

    def redo(self) -> None:
        if self._editable() and self.draft is not None:
            self._refresh(self.draft.redo())

    def _refresh(self, change: Change | None) -> None:
        session, shown = self.session, self.shown
        if change is None or session.editor is None or self.draft is None or shown is None:
            return
        if change.field == EVERY_FIELD:
            session.editor.show_item(shown.item, self.draft, session.prepared_for(shown.item))
            self.page.form.show_item(self.draft, shown.item.data)
        else:
            session.editor.refresh(change)
            self.page.form.refresh(change)

    # -- sending the correction ------------------------------------------------------------

    def submit(self) -> None:
        """Check the corrected answer and send it (Enter)."""
        if not self._editable() or self.draft is None or self.session.schema is None:
            return
        shown = self.shown
        assert shown is not None
        answer = self.draft.answer()
        try:
            validate_answer(self.session.schema, answer, shown.item.context())
        except AnswerInvalid as exc:
            self.page.show_refusal(refusal(exc, {}, self.session.schema, shown.item.data))
            return
        self._send(answer, None)

    def skip(self, reason: str) -> None:
        """Correct the answer into a skip."""
        if self._editable():
            self._send(None, reason)

    def _send(self, answer: dict[str, Any] | None, skip_reason: str | None) -> None:
        shown, session = self.shown, self.session
        assert shown is not None
        self._busy = True
        self.page.show_problems([])
        active_ms = session.clock.stop()
        started = self._started_at

        def stored(submission_id: str) -> None:
            self._busy = False
            self._sent.add(submission_id)
            session.trace.amended(shown.item.id, submission_id)
            self.leave()
            # A skipped control item answered now gets its verdict, shown once the current item
            # is back: while the correction banner is up, a verdict only waits in the header.
            session.gold_review.submitted(shown.item, answer)
            # Said over the current item, once it is back: it goes when the next one shows.
            session.status.emit(self.tr("Correction saved: it replaces your earlier answer."))

        def failed(error: BaseException) -> None:
            self._busy = False
            session.clock.resume()
            self.page.show_problems([messages.error_text(error)])

        session.runner.db(
            lambda: session.workspace.amend(
                shown.entry.id,
                shown.item,
                answer,
                skip_reason,
                started_at=started,
                active_ms=active_ms,
            ),
            done=stored,
            failed=failed,
        )

    def _on_refused(self, submission_id: str, _item_id: str, _code: str, message: str) -> None:
        if submission_id in self._sent:
            self.session.status.emit(
                self.tr("Your correction was refused by the task server: {reason}").format(
                    reason=message
                )
            )


def which_answer(place: int, count: int) -> str:
    """Which of the `count` answers that can be brought back is shown, `place` counted
    from the oldest: "your last answer (9 of 9)", "your answer 3 of 9"."""
    if count == 1:
        return translate("workbench.goingback", "your last answer")
    if place == count:
        return translate("workbench.goingback", "your last answer ({place} of {count})").format(
            place=number(place), count=number(count)
        )
    return translate("workbench.goingback", "your answer {place} of {count}").format(
        place=number(place), count=number(count)
    )


#: Why an answer cannot be corrected, as the client says it (`amending.blocked`), in the
#: interface's words: the English is the client's own.
_BLOCKED = {
    GOLD_SHOWN: QT_TRANSLATE_NOOP(
        "workbench.goingback",
        "The answer to a control item cannot be changed once its verdict was shown.",
    ),
    LEASE_ENDED: QT_TRANSLATE_NOOP(
        "workbench.goingback",
        "The lease on this item has ended: it went back to the task server and its answer"
        " can no longer be changed.",
    ),
}


def blocked_reason(shown: Answered) -> str:
    """Why `shown` cannot be corrected, in the interface's language."""
    if shown.entry.state == REFUSED:
        said = messages.text(refusal_said(shown.entry), shown.entry.last_error)
        why = said or translate("workbench.goingback", "no reason given")
        return translate(
            "workbench.goingback",
            "The task server refused this answer ({reason}): there is nothing to correct.",
        ).format(reason=why)
    said = shown.blocked or ""
    return translate("workbench.goingback", _BLOCKED[said]) if said in _BLOCKED else said


def cannot_correct(shown: Answered) -> str:
    """What the status line says when `shown` is asked to change but cannot."""
    return translate("workbench.goingback", "This answer cannot be corrected: {reason}").format(
        reason=blocked_reason(shown)
    )


def sending_key(page: WorkbenchPage) -> str:
    """The key that sends the answer (or the correction) on `page`, with the keys in
    effect: the submit key, but where Enter confirms a record's key (and never sends),
    the one that sends while typing."""
    keys = page.keys
    action = "item.submit_typing" if page.form.enter_confirms() else "item.submit"
    submit = keys.action(action) if keys is not None else None
    if submit is None:
        typing = action == "item.submit_typing"
        submit = key_text("Ctrl+Return" if typing else "Return")  # notr: keys
    if submit == key_text("Enter"):  # the keypad's, as the main one is labelled
        submit = key_text("Return")  # notr: a key
    return enter_named(submit)
