"""The lead's export dialog: a project's answers out in a format of the field (or JSONL).

The lead chooses the format (the registered writers that fit the project's media, and
JSONL), which answers (accepted, the suggested consensus, gold, every submission), the
media files with it (a format of several files only), and where the file goes. The export
report comes first, asked again whenever the choice changes: how many items, and each
thing the format cannot hold. Download then streams the export to the file with its bytes
counted; Cancel stops it and leaves nothing behind (the download is atomic).

Both calls run on the runner's network pool; progress comes back as a queued signal.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from labeler.client.api import TaskServer
from labeler.client.exporting import ExportChoice, ExportReport, download_export, export_report
from labeler.core import formats
from labeler.core.figures import size as human_size
from labeler.core.schema import Schema
from labeler.ui import files, messages
from labeler.ui.i18n import number, translate
from labeler.ui.lead.saving import say
from labeler.ui.lead.words import format_title, left_to_right
from labeler.ui.pages.common import PAGE_STYLE, NoteLine, busy_bar
from labeler.ui.tasks import Runner

JSONL = "jsonl"
JSONL_TITLE = QT_TRANSLATE_NOOP("lead.exporter", "JSONL (each item with its accepted answers)")
#: What is exported, as the lead reads it (`ExportChoice.answers`).
ANSWERS = (
    ("accepted", QT_TRANSLATE_NOOP("lead.exporter", "Accepted answers")),
    ("consensus", QT_TRANSLATE_NOOP("lead.exporter", "Suggested consensus")),
    ("gold", QT_TRANSLATE_NOOP("lead.exporter", "Gold answers")),
    ("all", QT_TRANSLATE_NOOP("lead.exporter", "Every submission")),
)
#: The report is asked this long after the last change of the choice (a lead scrolling
#: through the formats asks for one report, not one per format passed).
REPORT_DELAY_MS = 250


class ExportCancelled(Exception):
    """Raised from the download's progress callback when the lead cancels."""


def writable_formats(media: str, schema: Schema | None = None) -> list[formats.Format]:
    """The registered formats that write items of `media` (and, when the schema is known,
    that fit it and hold at least one of its fields: preference pairs only for a schema
    with a pairwise field, CoNLL only with a spans field): those made for this media
    first (WebVTT before CSV for audio), each group in the registry's order."""
    known = schema if schema is not None and schema.media == media else None
    fitting = [
        f
        for f in formats.FORMATS.values()
        if f.writer is not None
        and media in f.media
        and (known is None or (f.fits(known) and f.fields_held(known) != 0))
    ]
    return sorted(fitting, key=lambda f: len(f.media) > 1)


def default_format(offered: list[formats.Format], schema: Schema | None) -> str:
    """The format the dialog opens on: of the formats made for some field kinds, the one
    that holds the most of `schema`'s fields (preference pairs for a pairwise schema,
    CoNLL for spans, COCO for boxes), the first listed among equals; when none holds any,
    the first format that writes every kind (CSV); JSONL when nothing else is offered."""
    if schema is not None:
        held = [(f.fields_held(schema), n, f.name) for n, f in enumerate(offered)]
        best = max((h for h in held if h[0]), key=lambda h: (h[0], -h[1]), default=None)
        if best is not None:
            return best[2]
    general = next((f.name for f in offered if not f.held_kinds()), None)
    if schema is not None and general is not None:
        return general
    return offered[0].name if offered else JSONL


def file_stem(name: str) -> str:
    """A project's name as a file name's start: letters and digits kept (any script),
    the rest as single dashes."""
    out = "".join(c if c.isalnum() else "-" for c in name.strip())
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-") or "project"


def suffix_of(choice: ExportChoice) -> str:
    """`.zip` for a format of several files or an export with its media, else the suffix
    of the format's one file (`.json` for COCO), `.jsonl` for JSONL."""
    if choice.format == JSONL:
        return ".jsonl"
    fmt = formats.FORMATS.get(choice.format)
    if fmt is None or fmt.multi_file or choice.images:
        return ".zip"
    return Path(fmt.file_name).suffix or ".txt"


def report_text(report: ExportReport) -> str:
    """`1,204 items (1,210 answers); nothing is left out.`: the report in a sentence."""
    items, entries, kinds = report.items, report.entries, len(report.lines)
    if items == 1:
        what = translate("lead.exporter", "1 item")
    else:
        what = translate("lead.exporter", "{n} items").format(n=number(items))
    if entries != items:
        what = translate("lead.exporter", "{items} ({n} answers)").format(
            items=what, n=number(entries)
        )
    if not kinds:
        return translate("lead.exporter", "{what}; nothing is left out.").format(what=what)
    if kinds == 1:
        return translate("lead.exporter", "{what}; 1 kind of thing left out (listed).").format(
            what=what
        )
    return translate("lead.exporter", "{what}; {n} kinds of thing left out (listed).").format(
        what=what, n=number(kinds)
    )


def default_name(project_name: str, choice: ExportChoice) -> str:
    """`Street-scenes-coco.json`, `Street-scenes-yolo-detect.zip`."""
    return f"{file_stem(project_name)}-{choice.format}{suffix_of(choice)}"


class ExportDialog(QDialog):
    """Exports one project; see the module docstring.

    `reported(ExportReport | None)` when a report is shown (None: JSONL, which has none),
    `exported(Path)` when the file is whole. `busy` while a download runs: closing then
    cancels it first.
    """

    reported = Signal(object)
    exported = Signal(object)
    progressed = Signal(int, object)

    def __init__(
        self,
        runner: Runner,
        server: TaskServer,
        project_id: str,
        project_name: str,
        media: str,
        parent: QWidget | None = None,
        schema: Schema | None = None,
    ) -> None:
        super().__init__(parent)
        self.setStyleSheet(PAGE_STYLE)
        self.runner = runner
        self.server = server
        self.project_id, self.project_name, self.media = project_id, project_name, media
        self.report: ExportReport | None = None
        self._ticket = 0
        self._cancel = threading.Event()
        self._running = False
        self._close_when_done = False
        self._named_by_lead = False
        self.progressed.connect(self._show_progress)
        self.setWindowTitle(self.tr("Export {name}").format(name=project_name))
        self.resize(720, 520)

        heading = QLabel(self.tr("Export {name}").format(name=project_name), self)
        heading.setObjectName("heading")
        self.format_box = QComboBox(self)
        offered = writable_formats(media, schema)
        for fmt in offered:
            self.format_box.addItem(format_title(fmt), fmt.name)
        self.format_box.addItem(translate("lead.exporter", JSONL_TITLE), JSONL)
        fitting = schema if schema is not None and schema.media == media else None
        self.format_box.setCurrentIndex(
            max(0, self.format_box.findData(default_format(offered, fitting)))
        )
        self.answers_box = QComboBox(self)
        for value, title in ANSWERS:
            self.answers_box.addItem(translate("lead.exporter", title), value)
        with_media = (
            self.tr("With the images (in the zip)")
            if media == "image"
            else self.tr("With the audio files (in the zip)")
        )
        self.images = QCheckBox(with_media, self)
        self.dest = QLineEdit(self)
        self.dest.setAccessibleName(self.tr("File to write"))
        self.dest_button = QPushButton(self.tr("Choose…"), self)
        self.dest_button.clicked.connect(self.choose_dest)
        dest_row = QHBoxLayout()
        dest_row.addWidget(self.dest, 1)
        dest_row.addWidget(self.dest_button)
        form = QFormLayout()
        form.addRow(self.tr("&Format"), self.format_box)
        form.addRow(self.tr("&What"), self.answers_box)
        form.addRow("", self.images)
        dest_label = QLabel(self.tr("&Save to"), self)
        dest_label.setBuddy(self.dest)  # a row of a layout gets no buddy of its own
        form.addRow(dest_label, dest_row)

        self.checking = busy_bar(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("plan")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet(
            "QLabel { background: palette(alternate-base); border: 1px solid palette(midlight);"
            " border-radius: 4px; padding: 8px 10px; }"
        )
        self.lines_title = QLabel(self.tr("What the export leaves out"), self)
        self.lines_title.setStyleSheet("font-weight: 600;")
        self.lines = QListWidget(self)
        self.lines.setWordWrap(True)
        self.lines.setSpacing(3)
        self.lines.setAlternatingRowColors(True)
        self.lines.setAccessibleName(self.tr("What the export leaves out"))
        self.bar = QProgressBar(self)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(10)
        self.written = QLabel(self)
        self.note = NoteLine(self)

        self.download_button = QPushButton(self.tr("Download"), self)
        self.download_button.setDefault(True)
        self.download_button.setToolTip(self.tr("Download (Ctrl+Enter)"))
        self.download_button.setShortcut("Ctrl+Return")
        self.download_button.clicked.connect(self.download)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setToolTip(self.tr("Cancel the download, or close (Esc)"))
        self.cancel_button.clicked.connect(self.cancel_or_close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.download_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.checking)
        layout.addWidget(self.summary)
        layout.addWidget(self.lines_title)
        layout.addWidget(self.lines, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.written)
        layout.addWidget(self.note)
        layout.addStretch(0)
        layout.addLayout(buttons)

        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(REPORT_DELAY_MS)
        self._later.timeout.connect(self.check)
        self.format_box.currentIndexChanged.connect(self._choice_changed)
        self.answers_box.currentIndexChanged.connect(self._choice_changed)
        self.images.toggled.connect(self._choice_changed)
        self.dest.textEdited.connect(self._dest_edited)
        self._set_progress_visible(False)
        self._show_choice()
        self.check()

    # -- what the lead does ----------------------------------------------------------------

    def choice(self) -> ExportChoice:
        name = self.format_box.currentData() or JSONL
        if name == JSONL:
            return ExportChoice(JSONL)
        images = self.images.isVisibleTo(self) and self.images.isChecked()
        return ExportChoice(name, self.answers_box.currentData() or "accepted", images)

    def select(self, format_name: str, answers: str = "accepted", images: bool = False) -> None:
        """Choose as the boxes would (the report is asked again)."""
        self.answers_box.setCurrentIndex(max(0, self.answers_box.findData(answers)))
        self.format_box.setCurrentIndex(max(0, self.format_box.findData(format_name)))
        self.images.setChecked(images)

    @property
    def busy(self) -> bool:
        """A download is running."""
        return self._running

    def check(self) -> None:
        """Ask for the export report of the choice shown (off the GUI thread)."""
        self._later.stop()
        ticket, choice = self._forget_report(), self.choice()
        if choice.format == JSONL:
            self.reported.emit(None)
            return

        def done(report: ExportReport) -> None:
            if ticket == self._ticket:
                self._reported(report)

        def failed(error: BaseException) -> None:
            if ticket != self._ticket:
                return
            self.checking.hide()
            self.summary.setText(self.tr("The export report could not be read."))
            self.note.show_error(say(error))
            self._update()

        self.runner.net(
            export_report, self.server, self.project_id, choice, done=done, failed=failed
        )

    def _forget_report(self) -> int:
        """The report shown is no longer the choice's: drop it (a report on its way is
        ignored when it comes) and say what comes next. The new ticket."""
        self._ticket += 1
        self.report = None
        self.lines.clear()
        self._show_lines(False)
        self.note.clear_note()
        if self.choice().format == JSONL:
            self.checking.hide()
            self.summary.setText(
                self.tr(
                    "JSONL holds every item with its accepted answers as the task server "
                    "stores them: nothing is left out."
                )
            )
        else:
            self.checking.show()
            self.summary.setText(self.tr("Reading the project to see what the export holds…"))
        self._update()
        return self._ticket

    def choose_dest(self) -> None:
        path = files.save_file_name(
            self, self.tr("Export to"), self.dest.text(), self.tr("All files (*)")
        )
        if path:
            self.dest.setText(path)
            self._named_by_lead = True
            self._update()

    def download(self) -> None:
        """Stream the export to the file named (on the network pool)."""
        if not self._ready() or self._running:
            return
        dest = Path(self.dest.text().strip()).expanduser()
        self._running = True
        self._cancel.clear()
        self.note.clear_note()
        self._set_progress_visible(True)
        self.bar.setRange(0, 0)  # until a size is announced
        self.written.setText(self.tr("Starting…"))
        self._update()
        # Download is disabled now: the keyboard goes to Cancel (Esc cancels too).
        self.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)
        choice = self.choice()
        self.runner.net(
            self._download,
            choice,
            dest,
            done=self._finished,
            failed=self._failed,
        )

    def cancel_or_close(self) -> None:
        """Cancel the download running, else close."""
        if self._running:
            self.cancel()
        else:
            self.reject()

    def cancel(self) -> None:
        """Stop the download at its next chunk; nothing is left behind."""
        if self._running and not self._cancel.is_set():
            self._cancel.set()
            self.written.setText(self.tr("Cancelling…"))
            self._update()

    def reject(self) -> None:
        """Esc or closing: a running download is cancelled first, then the dialog goes."""
        if self._running:
            self._close_when_done = True
            self.cancel()
            return
        super().reject()

    # -- inside ----------------------------------------------------------------------------

    def _download(self, choice: ExportChoice, dest: Path) -> Path:
        """On a worker: the download, reporting bytes through a queued signal."""

        def progress(done: int, total: int | None) -> None:
            if self._cancel.is_set():
                raise ExportCancelled
            try:
                self.progressed.emit(done, total)
            except RuntimeError:  # the dialog is gone
                raise ExportCancelled from None

        return download_export(self.server, self.project_id, choice, dest, progress)

    def _reported(self, report: ExportReport) -> None:
        self.checking.hide()
        self.note.clear_note()
        self.report = report
        self.summary.setText(report_text(report))
        self.lines.addItems([left_to_right(messages.said(line)) for line in report.lines])
        self._show_lines(bool(report.lines))
        self._update()
        self.reported.emit(report)

    def _show_progress(self, done: int, total: int | None) -> None:
        if not self._running or self._cancel.is_set():
            return
        if total:
            self.bar.setRange(0, 1000)
            self.bar.setValue(round(1000 * min(done, total) / total))
            self.written.setText(
                self.tr("{done} of {total} written").format(
                    done=human_size(done), total=human_size(total)
                )
            )
        else:
            self.written.setText(self.tr("{done} written").format(done=human_size(done)))

    def _finished(self, path: Path) -> None:
        self._running = False
        self.bar.setRange(0, 1000)
        self.bar.setValue(1000)
        size = human_size(path.stat().st_size) if path.exists() else ""
        self.written.setText(self.tr("{size} written").format(size=size) if size else "")
        self.note.show_notice(self.tr("Saved to {path}").format(path=path))
        self._update()
        self.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)  # now Close
        self.exported.emit(path)
        if self._close_when_done:
            super().reject()

    def _failed(self, error: BaseException) -> None:
        self._running = False
        self._set_progress_visible(False)
        if isinstance(error, ExportCancelled):
            self.note.show_notice(self.tr("Cancelled: nothing was written."))
        else:
            self.note.show_error(self.tr("The export failed: {e}").format(e=say(error)))
        self._update()
        self.download_button.setFocus(Qt.FocusReason.OtherFocusReason)
        if self._close_when_done:
            super().reject()

    def _choice_changed(self) -> None:
        self._show_choice()
        self._forget_report()  # Download waits for the new choice's report
        self._later.start()

    def _show_choice(self) -> None:
        choice = self.choice()
        fmt = formats.FORMATS.get(choice.format)
        self.answers_box.setEnabled(choice.format != JSONL)
        if choice.format == JSONL:
            self.answers_box.setCurrentIndex(0)
        self.images.setVisible(fmt is not None and fmt.multi_file and self.media != "text")
        if not self._named_by_lead:
            self.dest.setText(str(self._folder() / default_name(self.project_name, self.choice())))
        else:
            path = Path(self.dest.text().strip())
            suffix = suffix_of(self.choice())
            if path.name and path.suffix.lower() != suffix:
                self.dest.setText(str(path.with_suffix(suffix)))
        self._update()

    def _dest_edited(self, _text: str) -> None:
        self._named_by_lead = True
        self._update()

    def _folder(self) -> Path:
        """Where the file goes by default: the folder named already, else Documents."""
        current = self.dest.text().strip()
        if current:
            return Path(current).expanduser().parent
        return files.start_folder()

    def _ready(self) -> bool:
        """A file is named and the report of the choice shown is in (JSONL has none)."""
        if not self.dest.text().strip():
            return False
        return self.choice().format == JSONL or self.report is not None

    def _show_lines(self, shown: bool) -> None:
        self.lines_title.setVisible(shown)
        self.lines.setVisible(shown)

    def _set_progress_visible(self, visible: bool) -> None:
        self.bar.setVisible(visible)
        self.written.setVisible(visible)

    def _update(self) -> None:
        running = self._running
        self.download_button.setEnabled(self._ready() and not running)
        self.cancel_button.setText(self.tr("Cancel download") if running else self.tr("Close"))
        self.cancel_button.setEnabled(not (running and self._cancel.is_set()))
        for widget in (self.format_box, self.answers_box, self.images, self.dest, self.dest_button):
            widget.setEnabled(not running)
        if not running:
            self.answers_box.setEnabled(self.choice().format != JSONL)
