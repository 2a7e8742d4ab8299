"""What the gold page does to end a contest: uphold it with the gold answer the editor
shows (checked against the schema first), uphold it by removing the item's gold (after
asking), or dismiss it with the reply (which must not be blank). The call runs on the
network pool; the page then shows the item's new verdicts, the items' figures and the
contests as the task server holds them."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from labeler.client.contesting import Contest, Resolution
from labeler.client.curation import Gold
from labeler.client.errors import Conflict, InvalidAnswer
from labeler.core.answers import validate_answer
from labeler.core.problems import AnswerInvalid
from labeler.ui.actions import Action

if TYPE_CHECKING:
    from labeler.ui.lead.gold.page import GoldPage

GROUP = "Gold"
NEEDS_REPLY = "A dismissal needs a reply: say why the gold answer stands."
REMOVE_QUESTION = (
    "Uphold this contest by removing the item's gold?\n\nThe item becomes a real item: its "
    "verdicts stop counting for the annotators' skills, the answers they rejected are "
    "accepted and paid, and every open contest on it is upheld."
)


def _who(contest: Contest) -> str:
    return contest.user.username if contest.user else "the annotator"


class ContestFlow:
    """The gold page's contest resolutions (see the module docstring) and their keys."""

    def __init__(self, page: GoldPage) -> None:
        self.page = page
        page.contests.reply_box.textChanged.connect(self._reply_typed)

    def _reply_typed(self) -> None:
        """A reply typed: the note asking for one has done its work."""
        page = self.page
        if page.contests.reply() and page.note.text() == page.tr(NEEDS_REPLY):
            page.note.clear_note()

    def actions(self) -> list[Action]:
        """Uphold, uphold by removing gold, dismiss, and the reply box: on the selected
        contest (the first open one is selected first when none is)."""
        act = partial(Action, group=GROUP)
        return [
            act(
                "gold.uphold",
                "Uphold the selected contest: save the gold answer shown",
                ("Ctrl+Shift+U",),
                partial(self._key, self.uphold),
                while_typing=True,
            ),
            act(
                "gold.uphold_remove",
                "Uphold the selected contest: remove the item's gold…",
                ("Ctrl+Shift+X",),
                partial(self._key, self.remove),
            ),
            act(
                "gold.dismiss",
                "Dismiss the selected contest with the reply",
                ("Ctrl+Shift+D",),
                partial(self._key, self.dismiss),
                while_typing=True,
            ),
            act("gold.reply", "Write the reply to the selected contest", ("Alt+Y",), self._reply),
        ]

    def _key(self, then: Callable[[Contest], None]) -> None:
        page = self.page
        page.show_contests()
        contest = page.contests.selected()
        if contest is not None and contest.open:
            then(contest)
            return
        first = next((c for c in page.contests.contests() if c.open), None)
        if first is None:
            page.note.show_notice(page.tr("No open contest in this project."))
        else:
            page.contests.select(first.id)  # the lead sees which one before it is ended

    def _reply(self) -> None:
        self.page.show_contests()
        self.page.contests.focus_reply()

    def uphold(self, contest: Contest) -> None:
        """Uphold with the editor's gold answer; first shows the contested item when
        the editor shows another one."""
        page = self.page
        edit = page.editor.edit
        if edit is None or edit.view.id != contest.item_id or page.schema is None:
            page.select_item(contest.item_id)
            page.note.show_notice(
                page.tr("Correct the contested item's gold answer, then uphold again.")
            )
            return
        answer = edit.answer()
        try:
            validate_answer(page.schema, answer, edit.view.context())
        except AnswerInvalid as exc:
            page.editor.show_problems([f"{p.path or 'answer'}: {p.message}" for p in exc.problems])
            return
        hint = page.editor.hint()
        reply = page.contests.reply() or None

        def done(result: Resolution) -> None:
            edit.stored(Gold(answer, hint or None))
            text = page.tr("Contest upheld: the answer of {who} is accepted and paid.")
            if result.rescored == 1:
                text += " " + page.tr("1 verdict was scored again.")
            elif result.rescored:
                text += " " + page.tr("{n} verdicts were scored again.").format(n=result.rescored)
            self._resolved(contest, text.format(who=_who(contest)))

        page._run(
            page.client.uphold,
            contest.id,
            answer,
            hint,
            reply,
            done=done,
            failed=self._failed,
            what="upholding",
        )

    def remove(self, contest: Contest, confirm: bool = True) -> None:
        """Uphold by removing the item's gold (after asking, unless `confirm` is False)."""
        page = self.page
        if confirm:
            asked = QMessageBox.question(page, page.tr("Remove gold"), page.tr(REMOVE_QUESTION))
            if asked != QMessageBox.StandardButton.Yes:
                return
        reply = page.contests.reply() or None

        def done(_: Resolution) -> None:
            edit = page._edits.get(contest.item_id)
            if edit is not None:
                page.gold_removed(edit)
            page.model.set_gold(contest.item_id, None, contests_resolved=True)
            text = page.tr("Contest upheld: the item is no longer gold; {who} is paid.")
            self._resolved(contest, text.format(who=_who(contest)))

        page._run(
            page.client.uphold_removing_gold,
            contest.id,
            reply,
            done=done,
            failed=self._failed,
            what="removing gold",
        )

    def dismiss(self, contest: Contest) -> None:
        """Dismiss with the reply typed in the pane."""
        page = self.page
        reply = page.contests.reply()
        if not reply:
            page.note.show_error(page.tr(NEEDS_REPLY))
            page.contests.focus_reply()
            return

        def done(_: Resolution) -> None:
            text = page.tr("Contest dismissed; {who} reads your reply in their history.")
            self._resolved(contest, text.format(who=_who(contest)))

        page._run(
            page.client.dismiss,
            contest.id,
            reply,
            done=done,
            failed=self._failed,
            what="dismissing",
        )

    def _resolved(self, contest: Contest, text: str) -> None:
        page = self.page
        page.contests.reply_box.clear()
        page.note.show_notice(text)
        if contest.item_id in page._edits:
            page._after_change(contest.item_id)  # its verdicts, the figures, the contests
        else:
            page.changed.emit()
            page.refresh()

    def _failed(self, error: BaseException) -> None:
        page = self.page
        if isinstance(error, InvalidAnswer) and error.problems:
            page.editor.show_problems([f"{p['path']}: {p['message']}" for p in error.problems])
            return
        if isinstance(error, Conflict):  # resolved meanwhile (another lead)
            page.note.show_error(page.tr("Not done: {e}").format(e=error))
            page.refresh()
            return
        page.note.show_error(page.tr("Not done: {e}").format(e=error))
