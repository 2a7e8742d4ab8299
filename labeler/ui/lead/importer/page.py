"""The import page: choose a folder or a CSV/JSONL file, or a dataset in a format of the
field (COCO, YOLO, CoNLL, …) with its answers as prefill or gold; see the plan (with the
format's problems and the items it refuses); run the import with its progress (files,
bytes, the current file), cancel between files, and read what was not imported and why.

Planning reads the disk and the import talks to the task server: both run on the
runner's network pool; progress comes back as a queued signal. The page never changes
the project itself: `labeler.client.importing` does, and `imported` tells the host.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping
from concurrent.futures import Future
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from labeler.client.api import TaskServer
from labeler.client.importing import (
    Duplicate,
    ImportPlan,
    ImportProblem,
    ImportProgress,
    ImportSummary,
    Refusal,
    run_import,
)
from labeler.client.wire import Project, SchemaVersion
from labeler.core.schema import Schema
from labeler.ui import files, messages
from labeler.ui.actions import Action
from labeler.ui.keymap import display_key
from labeler.ui.lead.gold.keys import HostedKeys
from labeler.ui.lead.importer.formats import FormatRow
from labeler.ui.lead.importer.outcome import OutcomeTable
from labeler.ui.lead.importer.planning import (
    Basis,
    make_plan,
    plan_text,
    problems_text,
    progress_text,
    stage_text,
    summary_text,
    what_it_takes,
)
from labeler.ui.lead.words import format_title
from labeler.ui.pages.common import PAGE_STYLE, ElidedLabel, NoteLine, busy_bar

_STYLE = (
    PAGE_STYLE
    + """
QLabel#plan { background: palette(alternate-base); border: 1px solid palette(midlight);
  border-radius: 4px; padding: 8px 10px; }
QTableWidget { border: 1px solid palette(mid); }
QHeaderView::section { padding: 5px 6px; border: none; border-bottom: 1px solid palette(mid);
  background: palette(window); font-weight: 600; }
"""
)


class ImportPage(QWidget):
    """Imports items into one project; see the module docstring.

    `set_project(project)` picks the project; `set_schema_version(v)` says its schema
    changed; `set_source(path)` plans a folder or file (as the path field and the file
    dialogs do); `start()` (only the plan as made: else it plans again), `cancel()`,
    `refresh()`. `busy` is True
    while an import runs: a host closing should `cancel()` first. Signals:
    `imported(ImportSummary)` after every import, `planned(ImportPlan)`. Keys: `keymap`
    (its own, covering the page, without the keys its hosts bind) and `actions()`.
    """

    imported = Signal(object)
    planned = Signal(object)
    progressed = Signal(object)

    def __init__(self, runner: Any, server: TaskServer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(_STYLE)
        self.runner = runner
        self.server = server
        self.project: Project | None = None
        self.schema: Schema | None = None
        #: The version of the project's schema as last read or told (`set_schema_version`).
        self.schema_version: int | None = None
        self.plan: ImportPlan | None = None
        self._basis: Basis | None = None  # what the plan shown was made from
        self.summary: ImportSummary | None = None
        self._ticket = 0
        self._schema_job: Future[SchemaVersion] | None = None
        self._cancel = threading.Event()
        self._running = False
        self.progressed.connect(self._show_progress)

        self.heading = QLabel(self.tr("Import items"), self)
        self.heading.setObjectName("heading")
        self.takes = QLabel(self)
        self.takes.setObjectName("muted")
        self.takes.setWordWrap(True)

        self.formats = FormatRow(self)
        self.formats.changed.connect(self._choice_changed)
        self.path = QLineEdit(self)
        self.path.setPlaceholderText(self.tr("A folder, or a CSV or JSONL file — Enter checks it"))
        self.path.returnPressed.connect(lambda: self.set_source(self.path.text()))
        self.path.setAccessibleName(self.tr("Folder or file to import"))
        self.folder_button = QPushButton(self.tr("Choose a folder…"), self)
        self.folder_button.clicked.connect(self.choose_folder)
        self.file_button = QPushButton(self.tr("Choose a file…"), self)
        self.file_button.clicked.connect(self.choose_file)
        source_row = QHBoxLayout()
        source_row.addWidget(self.path, 1)
        source_row.addWidget(self.folder_button)
        source_row.addWidget(self.file_button)
        self.skip_existing = QCheckBox(
            self.tr("Leave out content the project already has (safe to run again)"), self
        )
        self.skip_existing.setChecked(True)

        self.planning = busy_bar(self)
        self.plan_label = QLabel(self.tr("Choose what to import to see the plan."), self)
        self.plan_label.setObjectName("plan")
        self.plan_label.setWordWrap(True)
        self.plan_label.setTextFormat(Qt.TextFormat.PlainText)  # file names, problems
        self.start_button = QPushButton(self.tr("Start the import"), self)
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)

        self.bar = QProgressBar(self)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(10)
        self.counts = QLabel(self)
        self.current = ElidedLabel(self)
        self.current.setObjectName("muted")
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.counts)
        progress_row.addSpacing(16)
        progress_row.addWidget(self.current, 1)
        self.note = NoteLine(self)
        self.outcome_title = QLabel(self.tr("Not imported"), self)
        self.outcome_title.setStyleSheet("font-weight: 600;")
        self.outcome = OutcomeTable(self)

        # The page scrolls where the screen is too low for it all (a plan, its progress
        # and the list of what was not imported, in Nastaliq): the window never grows
        # past the screen.
        body = QWidget(self)
        scroll = QScrollArea(self)
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.takes)
        layout.addWidget(self.formats)
        layout.addLayout(source_row)
        layout.addWidget(self.formats.annotations_row)
        layout.addWidget(self.skip_existing)
        layout.addWidget(self.planning)
        layout.addWidget(self.plan_label)
        layout.addLayout(buttons)
        layout.addWidget(self.bar)
        layout.addLayout(progress_row)
        layout.addWidget(self.note)
        layout.addWidget(self.outcome_title)
        layout.addWidget(self.outcome, 1)
        layout.addStretch(0)  # takes the room while the table is hidden

        # Tab goes as the rows read: format, answers as, the source, its annotations file.
        chain = (
            self.formats.format_box,
            self.formats.as_box,
            self.formats.incomplete,
            self.path,
            self.folder_button,
            self.file_button,
            self.formats.annotations,
            self.formats.annotations_button,
            self.skip_existing,
            self.start_button,
        )
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)
        self.setFocusProxy(self.formats.format_box)  # where the page's keyboard starts

        self._keys = HostedKeys(self, self.actions)
        self.keymap = self._keys.keymap
        self.keymap.changed.connect(self._show_keys)
        self._show_keys()
        self._set_progress_visible(False)
        self._update()

    def actions(self) -> list[Action]:
        """Choose the source, start, cancel (Ctrl chords: they work in the path field
        too)."""
        group = self.tr("Import")
        actions = [
            Action(
                "import.choose",
                self.tr("Choose what to import (a folder, or a CSV or JSONL file)…"),
                ("Ctrl+O",),
                self.choose,
                group,
            ),
            Action(
                "import.start", self.tr("Start the import"), ("Ctrl+Return",), self.start, group
            ),
            Action(
                "import.cancel",
                self.tr("Cancel the import (after the current file)"),
                ("Ctrl+.",),
                self.cancel,
                group,
            ),
        ]
        return [replace(a, while_typing=True) for a in actions]

    @property
    def busy(self) -> bool:
        """An import is running."""
        return self._running

    # -- what the host calls -----------------------------------------------------------------

    def set_project(self, project: Project) -> None:
        """Import into `project` (its schema is fetched to check JSONL answers here)."""
        if self._running:
            self.note.show_error(self.tr("Wait for the import to finish or cancel it first."))
            return
        self.project, self.schema, self.schema_version = project, None, None
        self.heading.setText(self.tr("Import items into {name}").format(name=project.name))
        self.formats.set_media(project.media)
        self._show_choice()
        self._forget_plan()
        self.plan_label.setText(self.tr("Choose what to import to see the plan."))
        self.note.clear_note()
        self._update()
        self.refresh()

    def set_schema_version(self, version: int) -> None:
        """The project's schema is at `version` now (a new one saved, or read in the
        project list): a plan made under another is made again."""
        if self.project is None or version == self.schema_version:
            return
        self.schema_version = version
        self.refresh()

    def refresh(self) -> None:
        """Read the project's schema again, and plan the source again (its files may have
        changed); F5 in the lead workspace."""
        if self.project is None or self._running:
            return
        pid = self.project.id

        def got(schema: SchemaVersion) -> None:
            if self.project is not None and self.project.id == pid:
                self.schema = schema.schema
                self._saw_schema_version(schema.version)
                self.formats.set_schema(schema.schema)

        self._schema_job = self.runner.net(
            self.server.schema, pid, done=got, failed=lambda _e: None
        )
        if self.path.text().strip():
            self.set_source(self.path.text())

    def set_source(self, path: str | Path) -> None:
        """Plan importing `path` (off the GUI thread); the plan shows when it is made."""
        text = str(path).strip()
        self.path.setText(text)
        if self.project is None or self._running or not text:
            return
        self._ticket += 1
        ticket, project, schema_job = self._ticket, self.project, self._schema_job
        choice = self.formats.choice()
        self._forget_plan()  # the last run's progress and outcome go with it
        self.plan_label.setText(self.tr("Looking at {path}…").format(path=text))
        self.note.clear_note()
        self.planning.show()
        self._update()

        def done(made: tuple[ImportPlan, int | None]) -> None:
            if ticket == self._ticket:
                self.planning.hide()
                plan, version = made
                if version is not None:  # the plan may come before the schema's own reply
                    self._saw_schema_version(version)
                self._planned(plan, Basis(text, choice, version))

        def failed(error: BaseException) -> None:
            if ticket != self._ticket:
                return
            self.planning.hide()
            message = (
                messages.worded(error.template, error.params, error.message)
                if isinstance(error, ImportProblem)
                else messages.error_text(error)
            )
            self.plan_label.setText(self.tr("Nothing to import."))
            self.note.show_error(message)
            self._update()

        self.runner.net(make_plan, text, project, schema_job, choice, done=done, failed=failed)

    def choose(self) -> None:
        """The file dialog the project takes: a folder of media, or a file of texts."""
        if self.project is not None and self.project.media == "text":
            self.choose_file()
        else:
            self.choose_folder()

    def choose_folder(self) -> None:
        if self._running or self.project is None or self.project.media == "text":
            return
        if self.project.media == "audio":
            title = self.tr("Choose a folder of audio files")
        else:
            title = self.tr("Choose a folder of image files")
        folder = files.existing_directory(self, title, self._start_dir())
        if folder:
            self.set_source(folder)

    def choose_file(self) -> None:
        if self._running or self.project is None or self.project.media != "text":
            return
        fmt = self.formats.format()
        if fmt is None:
            title = self.tr("Choose a CSV or JSONL file of texts")
            kinds = self.tr("Texts (*.csv *.tsv *.jsonl *.ndjson);;All files (*)")
        else:
            title = self.tr("Choose a {format} file").format(format=format_title(fmt))
            kinds = self.tr("All files (*)")
        name = files.open_file_name(self, title, self._start_dir(), kinds)
        if name:
            self.set_source(name)

    def start(self) -> None:
        """Run the plan shown (on the network pool), if it still fits what the page shows:
        else it is made again, and the lead is told why before starting."""
        plan, basis = self.plan, self._basis
        if plan is None or basis is None or self._running or not plan.total:
            return
        why = basis.stale(self._basis_now())
        if why:
            self._plan_again(why)
            return
        self._running = True
        self._cancel.clear()
        self.summary = None
        self.note.clear_note()
        self._show_outcome([], [])
        self._set_progress_visible(True)
        self.bar.setRange(0, 1000)
        self.bar.setValue(0)
        self.counts.setText(self.tr("Starting…"))
        self.current.clear()
        self._update()
        # The inputs are disabled now: the keyboard stays on the page (Ctrl+. cancels).
        self.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)
        skip = self.skip_existing.isChecked()
        self.runner.net(
            self._run, plan, basis.schema_version, skip, done=self._finished, failed=self._failed
        )

    def cancel(self) -> None:
        """Stop after the file at work; what was sent so far still becomes items."""
        if self._running and not self._cancel.is_set():
            self._cancel.set()
            self.current.setText(self.tr("Cancelling after the current file…"))
            self._update()

    # -- inside --------------------------------------------------------------------------------

    def _run(self, plan: ImportPlan, version: int | None, skip_existing: bool) -> ImportSummary:
        """On a worker thread: the import, reporting through a queued signal. The schema
        is read first: one saved since the plan was made (here or by another lead)
        stops it before anything is sent."""
        if version is not None:
            now = self.server.schema(plan.project_id).version
            if now != version:
                raise _StalePlan(now, version)

        def report(p: ImportProgress) -> None:
            try:
                self.progressed.emit(p)
            except RuntimeError:  # the page is gone: stop at the next file
                self._cancel.set()

        return run_import(
            self.server,
            plan,
            progress=report,
            cancelled=self._cancel.is_set,
            skip_existing=skip_existing,
        )

    def _planned(self, plan: ImportPlan, basis: Basis) -> None:
        self.plan, self._basis = plan, basis
        text = self.tr("Plan: {plan}.").format(plan=plan_text(plan))
        if plan.total:
            text += " " + self.tr("Nothing is sent until you start.")
        self.plan_label.setText(text + problems_text(plan.problems))
        self._show_outcome(plan.refused, [], plan.problems, plan.item_problems)
        self._update()
        self.planned.emit(plan)

    def _show_progress(self, p: ImportProgress) -> None:
        if not self._running:
            return
        if p.bytes_total:
            self.bar.setValue(round(1000 * p.bytes_done / p.bytes_total))
        elif p.total:
            self.bar.setValue(round(1000 * p.done / p.total))
        self.counts.setText(progress_text(p))
        if not self._cancel.is_set():
            self.current.setText(stage_text(p))

    def _finished(self, summary: ImportSummary) -> None:
        self._running = False
        self.summary = summary
        plan = self.plan
        if plan is not None and summary.not_done == 0:
            self.bar.setValue(1000)
        self.current.setText("")
        if summary.stopped:
            self.note.show_error(
                self.tr("The import stopped: {why} Run it again to send the rest.").format(
                    why=_with_stop(messages.said(summary.stopped))
                )
            )
        else:
            self.note.show_notice(summary_text(summary))
        self._show_outcome(
            summary.refused,
            summary.duplicates,
            plan.problems if plan is not None else (),
            plan.item_problems if plan is not None else None,
            tuple(zip(summary.created_sources, summary.item_ids, strict=False)),
        )
        self._update()
        self._focus_after_run()
        self.imported.emit(summary)

    def _show_outcome(
        self,
        refused: Iterable[Refusal],
        duplicates: Iterable[Duplicate],
        problems: Iterable[str] = (),
        item_problems: Mapping[str, tuple[str, ...]] | None = None,
        created: tuple[tuple[str, str], ...] = (),
    ) -> None:
        """The outcome table's rows (`OutcomeTable.show_outcome`), under a title that says
        whether the items created are listed too."""
        self.outcome.show_outcome(refused, duplicates, problems, item_problems, created)
        if created:
            self.outcome_title.setText(self.tr("What became of each file or line"))
        else:
            self.outcome_title.setText(self.tr("Not imported"))

    def _failed(self, error: BaseException) -> None:
        self._running = False
        self.current.setText("")
        if isinstance(error, _StalePlan):
            self._set_progress_visible(False)
            self.schema_version = error.now
            self._plan_again(
                self.tr(
                    "The project's schema is version {now} now; the plan was made under "
                    "version {was}."
                ).format(now=error.now, was=error.was)
            )
            self._focus_after_run()
            return
        self.note.show_error(self.tr("The import failed: {e}").format(e=messages.error_text(error)))
        self._update()
        self._focus_after_run()

    def _focus_after_run(self) -> None:
        """The cancel button is disabled again: the keyboard goes to Start (or the path)."""
        if self.cancel_button.hasFocus() or self.focusWidget() is None:
            target = self.start_button if self.start_button.isEnabled() else self.path
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _saw_schema_version(self, version: int) -> None:
        """Versions only grow: a reply read before a newer one arrived says nothing new."""
        if self.schema_version is None or version > self.schema_version:
            self.schema_version = version

    def _basis_now(self) -> Basis:
        """What a plan made now would be made from."""
        return Basis(self.path.text().strip(), self.formats.choice(), self.schema_version)

    def _plan_again(self, why: str) -> None:
        """Start was asked for with a plan that no longer fits: make it again (with the
        schema read again), and say why nothing was sent."""
        self.refresh()
        if self.path.text().strip():
            self.note.show_error(
                self.tr(
                    "{why} Nothing was sent: the plan is made again; check it and start."
                ).format(why=why)
            )

    def _forget_plan(self) -> None:
        """No plan, and nothing of the last run on screen (its progress and outcome)."""
        self.plan, self._basis, self.summary = None, None, None
        self._show_outcome([], [])
        self._set_progress_visible(False)

    def _choice_changed(self) -> None:
        """Another format, answers as, or annotations file: say what it takes, plan again."""
        self._show_choice()
        self._forget_plan()
        self._update()
        if self.path.text().strip():
            self.set_source(self.path.text())
        else:
            self.plan_label.setText(self.tr("Choose what to import to see the plan."))

    def _show_choice(self) -> None:
        if self.project is None:
            return
        media = self.project.media
        fmt = self.formats.format()
        self.takes.setText(what_it_takes(media, format_title(fmt) if fmt is not None else None))
        self.file_button.setVisible(media == "text")
        self.folder_button.setVisible(media != "text")
        if fmt is None:
            hint = self.tr("A folder, or a CSV or JSONL file — Enter checks it")
        elif media == "text":
            hint = self.tr("A {format} file — Enter checks it").format(format=format_title(fmt))
        else:
            hint = self.tr("The dataset's folder — Enter checks it")
        self.path.setPlaceholderText(hint)

    def _set_progress_visible(self, visible: bool) -> None:
        for widget in (self.bar, self.counts, self.current):
            widget.setVisible(visible)

    def _update(self) -> None:
        running = self._running
        ready = self.plan is not None and self.plan.total > 0 and self.project is not None
        self.start_button.setEnabled(ready and not running)
        self.cancel_button.setEnabled(running and not self._cancel.is_set())
        for widget in (
            self.formats,
            self.path,
            self.folder_button,
            self.file_button,
            self.skip_existing,
        ):
            widget.setEnabled(not running)
        self.outcome_title.setVisible(self.outcome.rowCount() > 0)
        self.outcome.setVisible(self.outcome.rowCount() > 0)

    def _start_dir(self) -> str:
        """Where the dialogs open: the path typed (a file's folder), else where the last
        dialog chose (`files.start`). No disk access for a typed path: a stat of a network
        path could hang the window."""
        text = self.path.text().strip()
        if not text:
            return files.start()
        path = Path(text).expanduser()
        return str(path.parent if path.suffix else path)

    def _show_keys(self) -> None:
        for button, action_id in (
            (self.folder_button, "import.choose"),
            (self.file_button, "import.choose"),
            (self.start_button, "import.start"),
            (self.cancel_button, "import.cancel"),
        ):
            keys = self.keymap.keys(action_id)
            button.setToolTip(display_key(keys[0]) if keys else "")


class _StalePlan(Exception):
    """The project's schema is at `now`, not at the plan's `was`: nothing was sent."""

    def __init__(self, now: int, was: int) -> None:
        super().__init__(f"the project's schema is version {now} now, not {was}")  # notr: a log
        self.now, self.was = now, was


def _with_stop(sentence: str) -> str:
    """`sentence` ending with a full stop (its own language's, if it has one)."""
    return sentence if sentence.endswith((".", "۔")) else sentence + "."
