"""Label Studio configs: open an XML file or paste one, see the schema it makes and,
never silently, what could not be carried over; then use it in the schema editor.

Reading the file and converting run on the runner's decode pool (a config is untrusted
text); the dialog only shows the outcome.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from labeler.core.lsconfig import (
    MAX_CONFIG_CHARS,
    LabelStudioConfigError,
    LabelStudioImport,
    import_labelstudio,
)
from labeler.ui import files, messages
from labeler.ui.i18n import number, paragraph, translate
from labeler.ui.lead.field_list import describe_field
from labeler.ui.lead.words import media_word
from labeler.ui.pages.common import NoteLine, busy_bar
from labeler.ui.tasks import Runner

DROPPED_TITLE = QT_TRANSLATE_NOOP("lead.lsimport", "What could not be carried over")
NOTHING_DROPPED = QT_TRANSLATE_NOOP("lead.lsimport", "Everything in the config was carried over.")
MAX_FILE_BYTES = 4 * MAX_CONFIG_CHARS
PLACEHOLDER = """<View>
  <Image name="image" value="$image"/>
  <Choices name="scene" toName="image">
    <Choice value="urban"/>
    <Choice value="rural"/>
  </Choices>
</View>"""


def read_config(path: Path) -> str:
    """The text of a config file; ValueError with a sentence (for the lead, in the
    interface's language) when it cannot be one."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ValueError(
                translate(
                    "lead.lsimport", "{file} is {n} bytes: too big for a labeling config."
                ).format(file=path.name, n=number(size))
            )
        return path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValueError(
            translate("lead.lsimport", "{file} is not UTF-8 text.").format(file=path.name)
        ) from None
    except OSError as exc:
        raise ValueError(
            translate("lead.lsimport", "{file} cannot be read: {why}.").format(
                file=path.name, why=exc.strerror or exc
            )
        ) from None


def summary(schema: dict[str, object]) -> str:
    """`image schema · 2 fields: scene · choice · 2 labels; objects · boxes · 3 labels`."""
    fields = schema.get("fields")
    fields = fields if isinstance(fields, list) else []
    described = translate("lead.lsimport", "; ").join(
        describe_field(f, i) for i, f in enumerate(fields) if isinstance(f, dict)
    )
    media = media_word(str(schema.get("media", "?")))
    if len(fields) == 1:
        text = translate("lead.lsimport", "{media} schema · 1 field: {fields}")
    else:
        text = translate("lead.lsimport", "{media} schema · {n} fields: {fields}")
    return text.format(media=media, n=number(len(fields)), fields=described)


class XmlBox(QPlainTextEdit):
    """A box of XML, left to right in any interface language, its placeholder too.

    Qt draws a plain text edit's placeholder in the application's direction whatever the
    box's own: right to left it came out mirrored ("View>>") and lined up at the right. So
    the box paints its placeholder itself."""

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.placeholder = placeholder
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        option = self.document().defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.LeftToRight)
        self.document().setDefaultTextOption(option)
        self.setAccessibleDescription(placeholder)

    def paintEvent(self, e: QPaintEvent) -> None:  # noqa: N802 (Qt)
        super().paintEvent(e)
        if not self.document().isEmpty():
            return
        painter = QPainter(self.viewport())
        painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        painter.setPen(self.palette().placeholderText().color())
        margin = int(self.document().documentMargin())
        area = QRectF(self.viewport().rect().adjusted(margin, margin, 0, 0))
        flags = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
        painter.drawText(area, int(flags) | Qt.TextFlag.TextWordWrap, self.placeholder)
        painter.end()


class LabelStudioDialog(QDialog):
    """`imported(LabelStudioImport)` when the lead chooses to use the result."""

    imported = Signal(object)

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.converted: LabelStudioImport | None = None
        self._ticket = 0
        self.setWindowTitle(self.tr("Import a Label Studio config"))
        self.resize(760, 640)
        intro = QLabel(
            self.tr("Open a Label Studio labeling config (XML), or paste one below."), self
        )
        self.open_button = QPushButton(self.tr("Open file…"), self)
        self.open_button.setShortcut("Ctrl+O")
        self.open_button.setToolTip(self.tr("Open a config file (Ctrl+O)"))
        self.open_button.clicked.connect(self.choose_file)
        self.file_label = QLabel(self)
        self.file_label.setStyleSheet("color: palette(placeholder-text);")
        top = QHBoxLayout()
        top.addWidget(intro, 1)
        top.addWidget(self.file_label)
        top.addWidget(self.open_button)
        self.text = XmlBox(PLACEHOLDER, self)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setAccessibleName(self.tr("Label Studio config"))
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(400)
        self._debounce.timeout.connect(self.convert)
        self.text.textChanged.connect(self._debounce.start)
        self.busy = busy_bar(self)
        self.note = NoteLine(self)
        self.outcome = QLabel(self)
        self.outcome.setWordWrap(True)
        self.dropped_box = QGroupBox(translate("lead.lsimport", DROPPED_TITLE), self)
        self.dropped = QListWidget(self.dropped_box)
        self.dropped.setWordWrap(True)
        self.dropped.setAccessibleName(translate("lead.lsimport", DROPPED_TITLE))
        box_layout = QVBoxLayout(self.dropped_box)
        box_layout.addWidget(self.dropped)
        self.dropped_box.hide()
        buttons = QDialogButtonBox(self)
        self.use_button = buttons.addButton(
            self.tr("Use this schema"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.use_button.setEnabled(False)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._use)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.text, 3)
        layout.addWidget(self.busy)
        layout.addWidget(self.note)
        layout.addWidget(self.outcome)
        layout.addWidget(self.dropped_box, 2)
        layout.addWidget(buttons)

    # -- steps ---------------------------------------------------------------------------

    def choose_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Open a Label Studio config"), files.start())
        dialog.setNameFilters(
            [self.tr("Label Studio configs (*.xml *.txt)"), self.tr("All files (*)")]
        )
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        files.prepare(dialog)
        dialog.fileSelected.connect(files.remember)
        dialog.fileSelected.connect(lambda name: self.open_file(Path(name)))
        dialog.open()

    def open_file(self, path: Path) -> None:
        """Read `path` off the GUI thread and put its text in the box."""
        self.busy.show()
        self.note.clear_note()

        def done(text: str) -> None:
            self.busy.hide()
            self.file_label.setText(path.name)
            self.text.setPlainText(text)
            self._debounce.stop()
            self.convert()

        def failed(error: BaseException) -> None:
            self.busy.hide()
            self.note.show_error(messages.error_text(error))

        self.runner.decode(read_config, path, done=done, failed=failed)

    def convert(self) -> None:
        """Convert the text in the box (off the GUI thread); the outcome replaces the last."""
        xml = self.text.toPlainText()
        self._ticket += 1
        ticket = self._ticket
        self.use_button.setEnabled(False)
        if not xml.strip():
            self._show(None, "")
            return
        self.busy.show()

        def done(result: LabelStudioImport) -> None:
            if ticket == self._ticket:
                self._show(result, "")

        def failed(error: BaseException) -> None:
            if ticket != self._ticket:
                return
            if isinstance(error, LabelStudioConfigError):
                self._show(None, messages.error_text(error))
            else:
                self._show(
                    None,
                    self.tr("The config could not be read: {e}").format(
                        e=messages.error_text(error)
                    ),
                )

        self.runner.decode(import_labelstudio, xml, done=done, failed=failed)

    def _show(self, result: LabelStudioImport | None, error: str) -> None:
        self.busy.hide()
        self.converted = result
        self.use_button.setEnabled(result is not None)
        if error:
            self.note.show_error(error)
        else:
            self.note.clear_note()
        self.outcome.setText(summary(result.schema) if result else "")
        self.dropped.clear()
        self.dropped_box.setVisible(result is not None)
        if result is not None:
            # Each line in the interface's language, read from its start (it opens with
            # the config's `<Tag>`, set apart).
            dropped = [paragraph(messages.said(line)) for line in result.dropped]
            self.dropped.addItems(dropped or [translate("lead.lsimport", NOTHING_DROPPED)])

    def _use(self) -> None:
        if self.converted is not None:
            self.imported.emit(self.converted)
            self.accept()
