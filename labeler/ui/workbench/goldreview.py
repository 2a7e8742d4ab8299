"""A missed control item looked at again: its verdict in the banner, the item with the
answer that was given and the expected one beside it, and the contest.

The item on screen keeps its draft while the missed one is shown; Escape (or the banner's
button) goes back to it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from labeler.client.workitem import WorkItem
from labeler.core.editing import Draft, all_checked
from labeler.core.scoring import score_answer
from labeler.ui.i18n import translate

if TYPE_CHECKING:
    from labeler.ui.workbench.session import LabelingSession

#: Recently submitted items kept to show a missed one again.
RECENT = 30


class GoldReview:
    """The gold side of one labeling session."""

    def __init__(self, session: LabelingSession) -> None:
        self.session = session
        self.page = session.page
        self._recent: dict[str, tuple[WorkItem, dict[str, Any] | None]] = {}
        self._verdict: tuple[str, dict[str, Any]] | None = None
        #: The id of the missed item shown, or None.
        self.reviewing: str | None = None
        self.page.gold.show_expected_toggled.connect(self._toggle_expected)
        self.page.gold.contest_requested.connect(self._contest)

    def forget(self) -> None:
        """Another project: what was answered in it cannot be shown with its schema."""
        self._recent.clear()
        self._verdict = None
        self.page.gold.forget()

    def submitted(self, item: WorkItem, answer: dict[str, Any] | None) -> None:
        """An answer was stored: keep it to show again; a training item's verdict shows
        at once (its answer came with the batch)."""
        self.page.gold.answered(item.id)
        self._recent[item.id] = (item, answer)
        while len(self._recent) > RECENT:
            self._recent.pop(next(iter(self._recent)))
        schema = self.session.schema
        training = item.training
        if training is not None and answer is not None and schema is not None:
            verdict = score_answer(schema, answer, training.answer).to_json()
            verdict.update(expected=training.answer, hint=training.hint)
            self._verdict = (item.id, verdict)
            self.page.gold.show_verdict(None, item.id, verdict, True)

    def on_verdict(self, submission_id: str, item_id: str, verdict: dict[str, Any]) -> None:
        """A verdict came back with an upload."""
        session = self.session
        passed = bool(verdict.get("passed"))
        if item_id not in self._recent:
            # An item of a project closed since (or long ago): its verdict is in the history.
            if not passed:
                session.status.emit(
                    translate(
                        "workbench.goldreview",
                        "A control item answered earlier was missed: see your history ({key}).",
                    ).format(key="Ctrl+H")
                )
            session.trace.gold_feedback(item_id, passed, submission_id=submission_id, shown=False)
            return
        session.trace.gold_feedback(item_id, passed, submission_id=submission_id)
        project = session.project
        if project is not None and project.project.training:
            return  # already shown from the batch
        if passed and self.page.gold.showing_missed:
            # Verdicts of answers made offline come together when the outbox uploads: a
            # passed one never takes the place of a missed one still to be seen.
            return
        self._verdict = (item_id, verdict)
        self.page.gold.show_verdict(submission_id, item_id, verdict, False)

    def toggle_expected(self) -> None:
        """Show (or leave) the missed control item with its expected answer, also from
        the banner's note."""
        self.page.gold.toggle_expected()

    def _toggle_expected(self, on: bool) -> None:
        if not on:
            self.end()
            return
        session = self.session
        if self._verdict is None:
            return
        item_id, verdict = self._verdict
        recent = self._recent.get(item_id)
        if recent is None or verdict is None or session.editor is None or session.schema is None:
            return
        if session.back.active:
            session.back.leave()
        item, answer = recent
        session.save_draft()
        self.reviewing = item.id
        # The answer as it was sent: every record key confirmed or corrected by then.
        draft = Draft(session.schema, all_checked(session.schema, answer))
        session.editor.show_item(item, draft, session.prepared_for(item))
        session.editor.show_expected(verdict.get("expected"))
        self.page.form.show_item(draft, item.data)
        self.page.form.show_expected(verdict.get("expected"))
        self.page.show_editor(
            0, [translate("workbench.goldreview", "the missed control item — Esc goes back")]
        )
        self.page.progress.setText(translate("workbench.goldreview", "reviewing"))
        # Nothing is answered here: the keyboard goes to the candidates (↑/↓, PgUp/PgDn,
        # as the hint above them says), else it stays where it was.
        session.editor.focus_candidates()

    def end(self) -> bool:
        """Leave the missed control item for the current one; False when none was shown."""
        session = self.session
        if not self.reviewing or session.editor is None:
            return False
        self.reviewing = None
        self.page.gold.expected_button.setChecked(False)
        session.editor.show_expected(None)
        self.page.form.show_expected(None)
        session.show_current()
        return True

    def _contest(self, submission_id: str, reason: str) -> None:
        session = self.session

        def done(_: object) -> None:
            self.page.gold.contest_done(submission_id)
            session.status.emit(
                translate("workbench.goldreview", "Your contest was sent to the project's lead.")
            )

        def failed(error: BaseException) -> None:
            self.page.gold.contest_failed(submission_id, error)

        session.runner.net(
            session.workspace.contest, submission_id, reason, done=done, failed=failed
        )
