"""Assists on the item shown: a key asks, a worker waits, proposals wait for a key.

A key (or Alt+click on a picture) asks the editor what the annotator points at (a
`Target`), picks the installed assist that takes it, and runs it on a thread of its own
within `ASSIST_SECONDS`, a note over the item saying so (Escape stops waiting). Its
proposals show over the item, set apart from the answer, until Enter accepts the current
one (an ordinary operation of the draft: one undo step), Escape rejects, and Tab goes to
the next. An assist that raises, answers nothing usable or runs out of time says so in
the status line, and the work goes on.

While something is pending, Enter, Escape and Tab are the assist's (`assist_keys`:
claimed before any shortcut), except in a text box.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt

from labeler.core.editing import REGION_KINDS
from labeler.ui.actions import Action
from labeler.ui.editor import ASSIST_HERE, ASSIST_ITEM, ASSIST_OUTLINE
from labeler.ui.i18n import isolate, number, paragraph, percent, translate
from labeler.ui.messages import said
from labeler.ui.workbench.assist_keys import ProposalKeys, assist_actions

if TYPE_CHECKING:
    from labeler.core.plugins import Assist
    from labeler.core.plugins.host import Pending, Target
    from labeler.ui.workbench.plugins import PluginShelf
    from labeler.ui.workbench.session import LabelingSession

log = logging.getLogger(__name__)

#: Seconds an assist may take before the workbench stops waiting for it.
ASSIST_SECONDS = 5.0
Key = Qt.Key


class AssistFlow(QObject):
    """The assists of one labeling session (`LabelingSession.assists`)."""

    def __init__(self, session: LabelingSession) -> None:
        super().__init__(session)
        self.session = session
        self.plugins: PluginShelf | None = None
        self.seconds = ASSIST_SECONDS
        self.pending: Pending | None = None
        #: The run waited for (its answer is dropped once another run, an item or a key
        #: has taken its place), and the title of its assist.
        self._running: object | None = None
        self._running_title = ""
        self._started = 0.0  # perf_counter at the run's start, for the trace
        self._keys = ProposalKeys(session.page, self._key, lambda: self.pending is not None)
        session.page.moved_on.connect(self.drop)

    # -- keys --------------------------------------------------------------------------

    def offers(self, what: str) -> bool:
        """Whether an installed assist answers a key of `what` for this schema."""
        schema, plugins = self.session.schema, self.plugins
        if schema is None or plugins is None or not plugins.ready:
            return False
        kinds = {f.kind for f in schema.fields}
        prompts = {
            ASSIST_HERE: ("click", "box", "polygon", "span", "segment"),
            ASSIST_OUTLINE: ("box",),
            ASSIST_ITEM: ("item",),
        }[what]
        if what == ASSIST_OUTLINE:
            if schema.media != "image" or not {"boxes", "polygons"} <= kinds:
                return False
            kinds = {"polygons"}
        elif what == ASSIST_HERE:
            kinds &= REGION_KINDS
        return any(plugins.fitting(schema.media, p, k) for p in prompts for k in kinds)

    def actions(self) -> list[Action]:
        """The assist's keys, those an installed assist answers here (`assist_keys`)."""
        return assist_actions(self.offers, self.ask)

    # -- asking --------------------------------------------------------------------------

    def ask(self, what: str) -> None:
        """A key: ask the assist that takes what the annotator points at."""
        editor = self.session.editor
        if editor is None or not self._may_ask():
            return
        targets = editor.assist_targets(what)
        if what == ASSIST_ITEM:
            targets += self._item_targets({t.field for t in targets})
        self.ask_about(targets)

    def _item_targets(self, taken: set[str]) -> list[Target]:
        """The whole item for each field an assist may propose for, in schema order."""
        from labeler.core.plugins.api import Prompt
        from labeler.core.plugins.host import LABEL_KINDS, Target

        schema = self.session.schema
        fields = schema.fields if schema is not None else ()
        return [
            Target(f.name, Prompt("item"))
            for f in fields
            if f.kind in REGION_KINDS | LABEL_KINDS and f.name not in taken
        ]

    def ask_about(self, targets: list[Target] | Target | None) -> None:
        """Ask the first of `targets` an installed assist takes (a mouse's `Target`)."""
        session = self.session
        if not self._may_ask():
            return
        if not isinstance(targets, list):
            targets = [targets] if targets is not None else []
        if not targets:
            self._say(
                translate(
                    "workbench.assist",
                    "Nothing to ask an assist about here: point at something first (a label "
                    "key and the crosshair, or select a region, some text or a segment).",
                )
            )
            return
        assert session.schema is not None and self.plugins is not None
        for target in targets:
            kind = session.schema.field(target.field).kind
            found = self.plugins.fitting(session.schema.media, target.prompt.kind, kind)
            if found:
                self._run(found[0], target)
                return
        self._say(
            translate("workbench.assist", "No installed assist answers here ({field}).").format(
                field=isolate(targets[0].field)
            )
        )

    def _may_ask(self) -> bool:
        session = self.session
        if self.plugins is None or not self.plugins.ready:
            self._say(translate("workbench.assist", "The assists are still loading."))
            return False
        if session.elsewhere:
            self._say(
                translate(
                    "workbench.assist", "Assists work on the current item: Esc goes back to it."
                )
            )
            return False
        return session.item is not None and session.draft is not None and not session.submitting

    def _run(self, assist: Assist, target: Target) -> None:
        session = self.session
        assert session.item is not None and session.draft is not None and session.schema
        self.drop()
        token = object()
        self._running, self._running_title = token, _title(assist)
        self._started = time.perf_counter()
        field = session.schema.field(target.field)
        view = session.item.plugin_view(session.schema.media)
        answer = session.draft.answer()
        self._note(
            translate("workbench.assist", "{assist} is working… Esc stops waiting.").format(
                assist=isolate(self._running_title)
            )
        )
        self._claim_keys(True)
        session.runner.limited(
            assist.propose,
            view,
            field,
            answer,
            target.prompt,
            seconds=self.seconds,
            done=lambda found: self._answered(token, target, found),
            failed=lambda error: self._failed(token, error),
            late=lambda: self._late(token),
        )

    # -- answers ---------------------------------------------------------------------------

    def _answered(self, token: object, target: Target, found: Any) -> None:
        if token is not self._running:
            return
        from labeler.core.plugins.api import Proposal
        from labeler.core.plugins.host import Pending, usable

        session, title = self.session, self._running_title
        self._stop_running()
        if session.item is None or session.schema is None:
            return
        proposals = [p for p in (found or []) if isinstance(p, Proposal)]
        kept, problems = usable(proposals, session.schema, target, session.item.context())
        self._trace("proposed" if kept else "nothing", title, len(kept), len(problems))
        for problem in problems:
            log.warning("assist %s: %s", title, problem)
        if not kept:
            if problems:
                text = translate(
                    "workbench.assist", "{assist} proposed nothing this field can hold."
                )
            else:
                text = translate("workbench.assist", "{assist} found nothing here.")
            self._say(text.format(assist=isolate(title)))
            return
        self.pending = Pending(target, kept, title)
        self._show()

    def _failed(self, token: object, error: BaseException) -> None:
        if token is not self._running:
            return
        title = self._running_title
        self._trace("failed", title)
        self._stop_running()
        log.warning("assist %s failed", title, exc_info=error)
        reason = str(error) or type(error).__name__
        self._say(
            translate("workbench.assist", "{assist} failed: {reason}").format(
                assist=isolate(title), reason=isolate(reason)
            )
        )

    def _late(self, token: object) -> None:
        if token is not self._running:
            return
        title = self._running_title
        self._trace("late", title)
        self._stop_running()
        self._say(
            translate(
                "workbench.assist",
                "{assist} took longer than {seconds} s: stopped waiting for it.",
            ).format(
                assist=isolate(title), seconds=number(self.seconds, 0 if self.seconds >= 1 else 1)
            )
        )

    def _trace(self, outcome: str, title: str, proposals: int = 0, left_out: int = 0) -> None:
        """An `assist` event: what came of a run and how long it took (drivers and
        benchmarks wait on it)."""
        ms = round((time.perf_counter() - self._started) * 1000, 1)
        fields = {"proposals": proposals, "left_out": left_out} if outcome != "late" else {}
        self.session.trace.event("assist", assist=title, outcome=outcome, ms=ms, **fields)

    def _stop_running(self) -> None:
        self._running = None
        self._note("")
        self._claim_keys(self.pending is not None)

    # -- proposals -------------------------------------------------------------------------

    def accept(self) -> None:
        """Enter: the current proposal into the draft (one undo step)."""
        from labeler.core.plugins.host import Refused

        session, pending = self.session, self.pending
        if pending is None or session.draft is None or session.editor is None:
            return
        field = pending.proposal().field
        try:
            change, index = pending.accept(session.draft)
        except Refused as exc:
            self._say(refused_text(exc))
            return
        session.apply_change(change)
        session.trace.event("assist_accepted", field=field, index=index)
        if index is not None and pending.target.replaces is not None:
            session.editor.select_region(field, index)  # it stood in for the selection
        self._after(pending)

    def reject(self) -> None:
        """Escape: the proposal goes (for the whole item: the current one)."""
        pending = self.pending
        if pending is not None:
            pending.reject()
            self._after(pending)

    def cycle(self, step: int) -> None:
        """Tab, Shift+Tab: the next or previous proposal."""
        if self.pending is not None:
            self.pending.cycle(step)
            self._show()

    def _after(self, pending: Pending) -> None:
        if pending.proposals:
            self._show()
        else:
            self.drop()

    def drop(self) -> None:
        """Forget the proposals and any run still waited for (another item shows)."""
        self.pending = None
        self._running = None
        if self.session.editor is not None:
            self.session.editor.show_proposals(None)
        self._note("")
        self._claim_keys(False)

    def _show(self) -> None:
        pending = self.pending
        if pending is None or self.session.editor is None:
            return
        self.session.editor.show_proposals(pending)
        item = self.session.item
        self._note(pending_text(pending, item.text if item is not None else None))
        self._claim_keys(True)

    def _say(self, text: str) -> None:
        """A line in the status bar, read from the right in Urdu (it may open with an
        assist's name in Latin)."""
        self.session.status.emit(paragraph(text))

    def _note(self, text: str) -> None:
        note = self.session.page.assist_note
        note.setText(paragraph(text))
        note.setVisible(bool(text))

    # -- keys while something is pending ---------------------------------------------------

    def _claim_keys(self, on: bool) -> None:
        self._keys.claim(on)

    def _key(self, key: int) -> None:
        """A key `ProposalKeys` claimed: Enter, Escape, Tab or Shift+Tab."""
        if self.pending is None:
            if key == Key.Key_Escape and self._running is not None:
                title = self._running_title
                self._trace("stopped", title)
                self._stop_running()
                self._say(
                    translate("workbench.assist", "Stopped waiting for {assist}.").format(
                        assist=isolate(title)
                    )
                )
            return
        if key in (Key.Key_Return, Key.Key_Enter):
            self.accept()
        elif key == Key.Key_Escape:
            self.reject()
        else:
            self.cycle(-1 if key == Key.Key_Backtab else 1)


def refused_text(refused: Any) -> str:
    """Why a proposal could not be accepted (`labeler.core.plugins.host.Refused`)."""
    if refused.why == "full":
        return translate("workbench.assist", "Not taken: {field} holds at most {count}.").format(
            field=isolate(refused.field), count=number(refused.max_count or 0)
        )
    return translate(
        "workbench.assist",
        "Not taken: the region the assist was asked about has changed since. Ask again.",
    )


def _title(assist: Assist) -> str:
    """An assist's title in the interface's language where the workbench has it (the
    shipped plugins'), else in the plugin's own words."""
    return said(str(getattr(assist, "title", "") or getattr(assist, "name", "") or "assist"))


def describe(value: dict[str, Any], text: str | None) -> str:
    """A proposed region in words where the item does not show it over itself: a span's
    words, a segment's times; else its label."""
    label = isolate(str(value.get("label", "")))
    start, end = value.get("start"), value.get("end")
    if not isinstance(start, int | float) or not isinstance(end, int | float):
        return label
    if text is not None and isinstance(start, int) and isinstance(end, int):
        return translate("workbench.assist", "{label} “{words}”").format(
            label=label, words=isolate(text[start:end])
        )
    return translate("workbench.assist", "{label} {start}–{end} s").format(
        label=label, start=number(start, 1), end=number(end, 1)
    )


def pending_text(pending: Pending, text: str | None = None) -> str:
    """The note over the item while proposals wait: what the current one is, and the
    keys that take it."""
    proposal = pending.proposal()
    what = describe(dict(proposal.value), text)
    if proposal.confidence is not None:
        what = translate("workbench.assist", "{label} ({confidence} sure)").format(
            label=what, confidence=percent(proposal.confidence)
        )
    count = len(pending.proposals)
    if count == 1:
        text = translate(
            "workbench.assist",
            "{assist} proposes {what}. {accept} accepts it, {reject} rejects it.",
        )
    else:
        text = translate(
            "workbench.assist",
            "{assist}: proposal {number} of {count}, {what}. {accept} accepts it, {reject} "
            "rejects it, {next} shows the next.",
        )
    return text.format(
        assist=isolate(pending.assist),
        what=what,
        number=number(pending.current + 1),
        count=number(count),
        accept="Enter",  # notr: a key
        reject="Esc",  # notr: a key
        next="Tab",  # notr: a key
    )
