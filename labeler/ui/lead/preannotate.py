"""Pre-annotation of a project from the lead workspace (Ctrl+Shift+M): an installed
plugin's pre-annotation, picked from those that take the project's media, run over the
project's items without answers, its proposals sent as their prefill with a confidence.

The plugins are discovered and the run goes on the runner's network pool, never on the
GUI thread; progress comes back as a queued signal. Cancel stops the run at the
plugin's next step and what was proposed is still sent. The summary says how many items
got a proposal (or why none did) and where every other item went, each item counted
once; Esc or closing the window during a run cancels it and shows that summary.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from labeler.client.api import TaskServer
from labeler.client.prefilling import RunFailed, RunSummary, run_preannotation, why_nothing
from labeler.core.i18n import Said
from labeler.core.plugins import PreAnnotator, loaded_plugins
from labeler.ui import messages
from labeler.ui.i18n import isolate, number, translate
from labeler.ui.lead.saving import say
from labeler.ui.lead.words import left_to_right
from labeler.ui.pages.common import PAGE_STYLE, NoteLine, busy_bar
from labeler.ui.tasks import Runner


def discover_preannotators() -> list[tuple[str, PreAnnotator]]:
    """(plugin title, pre-annotation) of every installed plugin; for a worker thread
    (discovery imports the plugins)."""
    out = []
    for entry in loaded_plugins():
        plugin = entry.plugin
        if plugin is not None:
            out += [(plugin.title or plugin.name, p) for p in plugin.preannotators]
    return out


def summary_text(summary: RunSummary) -> str:
    """What a run did, in sentences: how many got a proposal (or why none did), then
    where every item went, each counted once, and how far a cancelled run came."""
    if summary.updated:
        parts = [
            translate("lead.preannotate", "1 item got a proposal.")
            if summary.updated == 1
            else translate("lead.preannotate", "{n} items got a proposal.").format(
                n=number(summary.updated)
            )
        ]
    else:
        parts = [translate("lead.preannotate", "No item got a proposal.")]
        why = why_nothing(summary)
        if why is not None:
            parts.append(messages.said(why))
    if summary.items:
        parts.append(breakdown_text(summary))
    if summary.cancelled:
        parts.append(
            translate(
                "lead.preannotate",
                "Cancelled after {done} of {total} items; the proposals made were sent.",
            ).format(done=number(summary.done), total=number(summary.todo))
            if summary.updated
            else translate("lead.preannotate", "Cancelled after {done} of {total} items.").format(
                done=number(summary.done), total=number(summary.todo)
            )
        )
    return " ".join(parts)


def breakdown_text(summary: RunSummary) -> str:
    """`Of the 40 items: got a proposal 12; skipped, gold 10; …` — the parts that are not
    zero, which add up to the items read."""
    words = {
        "proposed": translate("lead.preannotate", "got a proposal: {n}"),
        "nothing": translate("lead.preannotate", "nothing proposed: {n}"),
        "answered": translate("lead.preannotate", "skipped, answered: {n}"),
        "gold": translate("lead.preannotate", "skipped, gold: {n}"),
        "failed": translate("lead.preannotate", "failed (problems below): {n}"),
        "not_reached": translate("lead.preannotate", "not reached: {n}"),
    }
    shown = [
        words[kind].format(n=number(count)) for kind, count in summary.partition().items() if count
    ]
    line = (
        translate("lead.preannotate", "Of the 1 item: {parts}.")
        if summary.items == 1
        else translate("lead.preannotate", "Of the {total} items: {parts}.")
    )
    return line.format(
        total=number(summary.items),
        parts=translate("lead.preannotate", "; ", "between the parts of a list").join(shown),
    )


class PreannotateDialog(QDialog):
    """See the module docstring. `finished_run(RunSummary)` when a run ends (cancelled
    too), with what it sent."""

    progressed = Signal(int, int)
    finished_run = Signal(object)

    def __init__(
        self,
        runner: Runner,
        server: TaskServer,
        project_id: str,
        project_name: str,
        media: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setStyleSheet(PAGE_STYLE)
        self.runner = runner
        self.server = server
        self.project_id, self.project_name, self.media = project_id, project_name, media
        self.summary: RunSummary | None = None
        self._cancel = threading.Event()
        self._running = False
        self._found: list[tuple[str, PreAnnotator]] = []
        self.progressed.connect(self._show_progress)
        title = self.tr("Pre-annotate {name}").format(name=project_name)
        self.setWindowTitle(title)
        self.resize(760, 580)  # room for Nastaliq's taller lines and a few problems

        heading = QLabel(title, self)
        heading.setObjectName("heading")
        self.explain = QLabel(
            self.tr(
                "A plugin proposes answers for the items nobody has answered yet; annotators "
                "see them as prefill to confirm or correct. Items with answers keep theirs."
            ),
            self,
        )
        self.explain.setWordWrap(True)
        self.plugin_box = QComboBox(self)
        self.plugin_box.setAccessibleName(self.tr("Pre-annotation"))
        form = QFormLayout()
        form.addRow(self.tr("&Pre-annotation"), self.plugin_box)
        self.loading = busy_bar(self)
        self.bar = QProgressBar(self)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(10)
        self.done_label = QLabel(self)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        # Room at the sides: the keshan of a line's first ک or گ in Nastaliq reaches out
        # beyond its advance, and was cut off at the label's edge ("کسی" read "لسی").
        side = self.fontMetrics().averageCharWidth()
        self.result.setContentsMargins(side, 0, side, 0)
        self.problems_title = QLabel(self.tr("Problems"), self)
        self.problems_title.setStyleSheet("font-weight: 600;")
        self.problems = QListWidget(self)
        self.problems.setWordWrap(True)
        self.problems.setAccessibleName(self.tr("Problems"))
        self.problems.setMinimumHeight(4 * self.fontMetrics().lineSpacing())
        self.note = NoteLine(self)

        self.run_button = QPushButton(self.tr("Run"), self)
        self.run_button.setDefault(True)
        self.run_button.setToolTip(self.tr("Run over the project (Ctrl+Enter)"))
        self.run_button.setShortcut("Ctrl+Return")
        self.run_button.clicked.connect(self.run)
        self.cancel_button = QPushButton(self.tr("Close"), self)
        self.cancel_button.setToolTip(self.tr("Cancel the run, or close (Esc)"))
        self.cancel_button.clicked.connect(self.cancel_or_close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(self.explain)
        layout.addLayout(form)
        layout.addWidget(self.loading)
        layout.addWidget(self.bar)
        layout.addWidget(self.done_label)
        layout.addWidget(self.result)
        layout.addWidget(self.problems_title)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.note)
        layout.addStretch(0)
        layout.addLayout(buttons)
        self._show_problems([])
        self._set_running(False)
        self.run_button.setEnabled(False)
        self.bar.hide()
        self.loading.show()  # until the plugins are discovered
        self.runner.net(discover_preannotators, done=self._found_plugins, failed=self._not_found)

    # -- what the workspace and the keys call -----------------------------------------------

    def run(self) -> None:
        """Run the pre-annotation picked over the project (Ctrl+Enter)."""
        index = self.plugin_box.currentIndex()
        if self._running or not 0 <= index < len(self._found):
            return
        annotator = self._found[index][1]
        self._cancel.clear()
        self.summary = None
        self.result.clear()
        self.note.clear_note()
        self._show_problems([])
        self.bar.setRange(0, 0)
        self.bar.show()
        self.done_label.setText(self.tr("Reading the project's items…"))
        self._set_running(True)
        self.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.runner.net(self._run, annotator, done=self._finished, failed=self._failed)

    def cancel_or_close(self) -> None:
        """Cancel the run going on, else close."""
        if self._running:
            self.cancel()
        else:
            self.reject()

    def cancel(self) -> None:
        """Stop the run at the plugin's next step; what it proposed is still sent."""
        if self._running and not self._cancel.is_set():
            self._cancel.set()
            self.done_label.setText(self.tr("Cancelling: sending what was proposed…"))
            self.cancel_button.setEnabled(False)

    def reject(self) -> None:
        """Esc or closing the window: a run going on is cancelled (nothing asked, what it
        proposed is sent) and the dialog stays for its summary; the next Esc closes."""
        if self._running:
            self.cancel()
            return
        super().reject()

    @property
    def running(self) -> bool:
        return self._running

    # -- inside ------------------------------------------------------------------------------

    def _run(self, annotator: PreAnnotator) -> RunSummary:
        """On a worker: the run, reporting through a queued signal."""

        def report(done: int, total: int) -> None:
            try:
                self.progressed.emit(done, total)
            except RuntimeError:  # the dialog is gone: stop
                self._cancel.set()

        return run_preannotation(
            self.server, self.project_id, annotator, cancel=self._cancel, report=report
        )

    def _found_plugins(self, found: list[tuple[str, PreAnnotator]]) -> None:
        self.loading.hide()
        self._found = [(t, p) for t, p in found if self.media in p.media]
        for plugin_title, annotator in self._found:
            self.plugin_box.addItem(
                self.tr("{title} ({plugin})").format(
                    title=messages.said(annotator.title or annotator.name),
                    plugin=messages.said(plugin_title),
                ),
                annotator.name,
            )
        if not self._found:
            self.note.show_error(
                self.tr(
                    "No installed plugin offers pre-annotation of {media} items; "
                    "docs/plugins.md says how to add one."
                ).format(media=_media_words(self.media))
            )
        self.run_button.setEnabled(bool(self._found))
        if self._found:
            self.plugin_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def _not_found(self, error: BaseException) -> None:
        self.loading.hide()
        self.note.show_error(
            self.tr("The plugins could not be read: {why}").format(why=isolate(say(error)))
        )

    def _show_progress(self, done: int, total: int) -> None:
        if not self._running or self._cancel.is_set():
            return
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, total))
        self.done_label.setText(
            self.tr("{done} of {total} items").format(done=number(done), total=number(total))
        )

    def _finished(self, summary: RunSummary) -> None:
        self._ended(summary)
        self.finished_run.emit(summary)

    def _failed(self, error: BaseException) -> None:
        summary = error.summary if isinstance(error, RunFailed) else None
        cause = error.error if isinstance(error, RunFailed) else error
        self._ended(summary)
        why = _error_words(cause)
        self.note.show_error(
            self.tr("The run stopped: {why}").format(why=why)
            if summary is None or not summary.updated
            else self.tr("The run stopped: {why} The proposals made before were sent.").format(
                why=why
            )
        )
        if summary is not None:
            self.finished_run.emit(summary)

    def _ended(self, summary: RunSummary | None) -> None:
        self._set_running(False)
        self.summary = summary
        self.bar.hide()
        self.done_label.clear()
        if summary is not None:
            self.result.setText(summary_text(summary))
            self._show_problems(summary.problems)
        self.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_problems(self, problems: list[tuple[str, str]]) -> None:
        self.problems.clear()
        for item_id, why in problems:
            said = messages.said(why)
            line = self.tr("Item {id}: {why}").format(id=item_id, why=said) if item_id else said
            self.problems.addItem(left_to_right(line))
        self.problems_title.setVisible(bool(problems))
        self.problems.setVisible(bool(problems))

    def _set_running(self, running: bool) -> None:
        self._running = running
        self.plugin_box.setEnabled(not running)
        self.run_button.setEnabled(not running and bool(self._found))
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Cancel") if running else self.tr("Close"))


def _error_words(error: BaseException) -> str:
    """An error as a sentence ending in a full stop (inside the isolated English of a
    plugin, so it stays at its end in Urdu), in the interface's language when a plugin
    raised it with marked words (`Said`)."""
    first = error.args[0] if len(error.args) == 1 else None
    if isinstance(first, Said):
        return messages.said(first)
    words = say(error).rstrip()
    return isolate(words if words.endswith((".", "!", "?", "۔", "…")) else words + ".")


def _media_words(media: str) -> str:
    words: dict[str, Any] = {
        "image": translate("lead.preannotate", "image"),
        "text": translate("lead.preannotate", "text"),
        "audio": translate("lead.preannotate", "audio"),
    }
    return str(words.get(media, media))


__all__ = ["PreannotateDialog", "breakdown_text", "discover_preannotators", "summary_text"]
