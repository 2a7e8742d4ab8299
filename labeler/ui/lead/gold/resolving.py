"""What the gold page does to end a contest: uphold it with the gold answer the editor
shows (checked against the schema first), uphold it by removing the item's gold (after
asking), or dismiss it with the reply (which must not be blank). The call runs on the
network pool; the page then shows the item's new verdicts, the items' figures and the
contests as the task server holds them."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QMessageBox

from labeler.client.contesting import Contest, Resolution
from labeler.client.curation import Gold
from labeler.client.errors import Conflict, InvalidAnswer
from labeler.core.answers import validate_answer
from labeler.core.problems import AnswerInvalid
from labeler.ui import messages
from labeler.ui.actions import Action
from labeler.ui.i18n import number, translate

if TYPE_CHECKING:
    from labeler.ui.lead.gold.page import GoldPage

NEEDS_REPLY = QT_TRANSLATE_NOOP(
    "lead.gold.resolving", "A dismissal needs a reply: say why the gold answer stands."
)


def _tr(text: str) -> str:
    return translate("lead.gold.resolving", text)


def _who(contest: Contest) -> str:
    return (
        contest.user.username if contest.user else translate("lead.gold.resolving", "the annotator")
    )


def _rescored(n: int) -> str:
    """What a resolution did to other verdicts, as a sentence to add ("" for none)."""
    if n == 1:
        return translate("lead.gold.resolving", "1 verdict was scored again.")
    if n:
        return translate("lead.gold.resolving", "{n} verdicts were scored again.").format(
            n=number(n)
        )
    return ""


class ContestFlow:
    """The gold page's contest resolutions (see the module docstring) and their keys."""

    def __init__(self, page: GoldPage) -> None:
        self.page = page
        page.contests.reply_box.textChanged.connect(self._reply_typed)

    def _reply_typed(self) -> None:
        """A reply typed: the note asking for one has done its work."""
        page = self.page
        if page.contests.reply() and page.note.text() == _tr(NEEDS_REPLY):
            page.note.clear_note()

    def actions(self, group: str) -> list[Action]:
        """Uphold, uphold by removing gold, dismiss, and the reply box: on the selected
        contest (the first open one is selected first when none is). `group`: the page's
        section of the cheat sheet."""
        act = partial(Action, group=group)
        return [
            act(
                "gold.uphold",
                translate(
                    "lead.gold.resolving", "Uphold the selected contest: save the gold answer shown"
                ),
                ("Ctrl+Shift+U",),
                partial(self._key, self.uphold),
                while_typing=True,
            ),
            act(
                "gold.uphold_remove",
                translate(
                    "lead.gold.resolving", "Uphold the selected contest: remove the item's gold…"
                ),
                ("Ctrl+Shift+X",),
                partial(self._key, self.remove),
            ),
            act(
                "gold.dismiss",
                translate("lead.gold.resolving", "Dismiss the selected contest with the reply"),
                ("Ctrl+Shift+D",),
                partial(self._key, self.dismiss),
                while_typing=True,
            ),
            act(
                "gold.reply",
                translate("lead.gold.resolving", "Write the reply to the selected contest"),
                ("Alt+Y",),
                self._reply,
            ),
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
            page.note.show_notice(
                translate("lead.gold.resolving", "No open contest in this project.")
            )
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
                translate(
                    "lead.gold.resolving",
                    "Correct the contested item's gold answer, then uphold again.",
                )
            )
            return
        answer = edit.answer()
        try:
            validate_answer(page.schema, answer, edit.view.context())
        except AnswerInvalid as exc:
            page.editor.show_answer_problems(exc.problems)
            return
        hint = page.editor.hint()
        reply = page.contests.reply() or None

        def done(result: Resolution) -> None:
            edit.stored(Gold(answer, hint or None))
            text = translate(
                "lead.gold.resolving", "Contest upheld: the answer of {who} is accepted and paid."
            ).format(who=_who(contest))
            self._resolved(contest, " ".join(filter(None, (text, _rescored(result.rescored)))))

        page._run(
            page.client.uphold,
            contest.id,
            answer,
            hint,
            reply,
            done=done,
            failed=self._failed,
        )

    def remove(self, contest: Contest, confirm: bool = True) -> None:
        """Uphold by removing the item's gold (after asking, unless `confirm` is False)."""
        page = self.page
        if confirm:
            question = translate(
                "lead.gold.resolving",
                "Uphold this contest by removing the item's gold?\n\nThe item becomes a real "
                "item: its verdicts stop counting for the annotators' skills, the answers they "
                "rejected are accepted and paid, and every open contest on it is upheld.",
            )
            asked = QMessageBox.question(
                page, translate("lead.gold.resolving", "Remove gold"), question
            )
            if asked != QMessageBox.StandardButton.Yes:
                return
        reply = page.contests.reply() or None

        def done(_: Resolution) -> None:
            edit = page._edits.get(contest.item_id)
            if edit is not None:
                page.changes.removed(edit)
            page.model.set_gold(contest.item_id, None, contests_resolved=True)
            text = translate(
                "lead.gold.resolving", "Contest upheld: the item is no longer gold; {who} is paid."
            )
            self._resolved(contest, text.format(who=_who(contest)))

        page._run(
            page.client.uphold_removing_gold,
            contest.id,
            reply,
            done=done,
            failed=self._failed,
        )

    def dismiss(self, contest: Contest) -> None:
        """Dismiss with the reply typed in the pane."""
        page = self.page
        reply = page.contests.reply()
        if not reply:
            page.note.show_error(_tr(NEEDS_REPLY))
            page.contests.focus_reply()
            return

        def done(_: Resolution) -> None:
            text = translate(
                "lead.gold.resolving",
                "Contest dismissed; {who} reads your reply in their history.",
            )
            self._resolved(contest, text.format(who=_who(contest)))

        page._run(
            page.client.dismiss,
            contest.id,
            reply,
            done=done,
            failed=self._failed,
        )

    def _resolved(self, contest: Contest, text: str) -> None:
        page = self.page
        page.contests.reply_box.clear()
        page.note.show_notice(text)
        if contest.item_id in page._edits:
            page.changes.after_change(contest.item_id)  # its verdicts, the figures, the contests
        else:
            page.changed.emit()
            page.refresh()

    def _failed(self, error: BaseException) -> None:
        page = self.page
        if isinstance(error, InvalidAnswer) and error.problems:
            page.editor.show_problems(
                [f"{p['path']}: {messages.words(p['message'])}" for p in error.problems]
            )
            return
        page.note.show_error(
            translate("lead.gold.resolving", "Not done: {e}").format(e=messages.error_text(error))
        )
        if isinstance(error, Conflict):  # resolved meanwhile (another lead)
            page.refresh()
