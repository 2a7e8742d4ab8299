"""What the gold page does to the gold set: save the draft as the item's gold answer
(checked against the schema first, and finished as an annotator's answer must be), make
an accepted submission's answer the gold answer, unmark an item as gold (after asking),
or drop the unsaved edits. Each call runs on the network pool; the page then shows the
item's new verdicts, the items' figures and the contests as the task server holds them."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QMessageBox

from labeler.client.curation import Gold, GoldSet, Submission
from labeler.client.errors import InvalidAnswer
from labeler.core.answers import validate_answer
from labeler.core.editing import Draft, all_checked
from labeler.core.problems import AnswerInvalid
from labeler.ui import messages
from labeler.ui.i18n import number, translate
from labeler.ui.lead.gold.editor import GoldEdit

if TYPE_CHECKING:
    from labeler.ui.lead.gold.page import GoldPage


class GoldChanges:
    """The gold page's changes to the gold set (see the module docstring)."""

    def __init__(self, page: GoldPage) -> None:
        self.page = page

    def save(self) -> None:
        """Check the draft, then store it as the item's gold answer with the hint."""
        page = self.page
        edit = page.editor.edit
        if edit is None or page.schema is None:
            return
        answer = edit.answer()
        if not edit.draft.answer():
            page.editor.show_problems(
                [
                    translate(
                        "GoldPage",
                        "Nothing is answered yet: answer at least one field to make the gold "
                        "answer.",
                    )
                ]
            )
            return
        # As for an annotator's submit: a record's keys each confirmed or corrected (a
        # prefill proposes; it never confirms), a ranking's candidates each placed.
        left = page.editor.form.comparison.unfinished()
        if left:
            page.editor.show_problems(
                [translate("GoldPage", "Not saved: the gold answer is not finished.")]
                + list(left.values())
            )
            return
        try:
            validate_answer(page.schema, answer, edit.view.context())
        except AnswerInvalid as exc:
            page.editor.show_answer_problems(exc.problems)
            return
        was_gold = edit.gold is not None
        self._change(
            partial(page.client.set_gold, edit.view.id, answer, page.editor.hint()),
            edit,
            translate("GoldPage", "Saved the gold answer.")
            if was_gold
            else translate("GoldPage", "The item is gold now."),
        )

    def start(self, gold: Gold | None, prefill: dict[str, Any] | None) -> dict[str, Any] | None:
        """Where an item's draft starts: its stored gold answer, whose record keys were
        confirmed when it was saved, else its prefill (every key still to check)."""
        page = self.page
        assert page.schema is not None
        return all_checked(page.schema, gold.answer) if gold is not None else prefill

    def unmark(self, confirm: bool = True) -> None:
        """Make the item real again (after asking, unless `confirm` is False)."""
        page = self.page
        edit = page.editor.edit
        if edit is None or edit.gold is None:
            return
        if confirm:
            question = translate(
                "GoldPage",
                "Unmark this item as gold?\n\nEarlier gold answers to it stop counting for the "
                "annotators' skills, the answers their verdicts rejected are accepted and paid, "
                "and its open contests are upheld.",
            )
            answer = QMessageBox.question(self.page, translate("GoldPage", "Unmark gold"), question)
            if answer != QMessageBox.StandardButton.Yes:
                return
        item_id = edit.view.id

        def done(_: object) -> None:
            self.removed(edit)
            page.model.set_gold(item_id, None, contests_resolved=True)
            page.note.show_notice(translate("GoldPage", "The item is no longer gold."))
            self.after_change(item_id)

        page._run(
            page.client.unset_gold,
            item_id,
            done=done,
            failure=translate("GoldPage", "The item is still gold: {e}"),
        )

    def removed(self, edit: GoldEdit) -> None:
        """The server no longer holds gold for `edit`'s item: its draft starts over from
        the prefill, and the editor shows that draft when it shows the item."""
        page = self.page
        edit.stored(None)
        if page.editor.edit is edit:
            page.editor.show_edit(edit, page.editor.title.text())

    def promote(self, sub: Submission | None = None) -> None:
        """Make an accepted submission's answer the gold answer (the selected one)."""
        page = self.page
        sub = sub if isinstance(sub, Submission) else page.submissions.selected()
        edit = page.editor.edit
        if sub is None or edit is None or page.schema is None or sub.item_id != edit.view.id:
            return
        if not sub.promotable:
            page.note.show_error(translate("GoldPage", "Only an accepted answer can become gold."))
            return
        who = sub.user.username if sub.user else translate("GoldPage", "an annotator")
        edit.draft = Draft(page.schema, all_checked(page.schema, sub.answer))
        page.editor.show_edit(edit, page.editor.title.text())
        self._change(
            partial(page.client.promote, sub, page.editor.hint()),
            edit,
            translate("GoldPage", "The answer of {who} is now the gold answer.").format(who=who),
        )

    def revert(self) -> None:
        """Drop the unsaved edits of the item shown."""
        page = self.page
        edit = page.editor.edit
        if edit is None or page.schema is None:
            return
        edit.draft = Draft(page.schema, self.start(edit.gold, edit.view.prefill))
        edit.hint = edit.gold.hint or "" if edit.gold else ""
        page.editor.show_edit(edit, page.editor.title.text())
        page._edit_changed()

    def _change(self, call: Any, edit: GoldEdit, message: str) -> None:
        page = self.page
        item_id = edit.view.id

        def done(result: GoldSet) -> None:
            edit.stored(result.gold)
            # Only the contests a correction settles are upheld: the list is read again.
            page.model.set_gold(item_id, result.gold, contests_resolved=False)
            said = [message]
            if result.rescored == 1:
                said.append(translate("GoldPage", "1 earlier verdict was scored again."))
            elif result.rescored:
                said.append(
                    translate("GoldPage", "{n} earlier verdicts were scored again.").format(
                        n=number(result.rescored)
                    )
                )
            if result.upheld:
                said.append(
                    translate("GoldPage", "Contests it settles, upheld: {n}.").format(
                        n=number(result.upheld)
                    )
                )
            page.note.show_notice(" ".join(said))
            self.after_change(item_id)

        def failed(error: BaseException) -> None:
            if isinstance(error, InvalidAnswer) and error.problems:
                page.editor.show_problems(
                    [f"{p['path']}: {messages.words(p['message'])}" for p in error.problems]
                )
            else:
                page.note.show_error(
                    translate("GoldPage", "Not saved: {e}").format(e=messages.error_text(error))
                )

        page._run(call, done=done, failed=failed)

    def after_change(self, item_id: str) -> None:
        page = self.page
        page.model.set_edited(item_id, page._edits[item_id].edited)
        page.editor.refresh_state()
        page.changed.emit()
        page._load(item_id)  # the verdicts of its submissions may have changed
        page.refresh()  # miss rates and the filters
