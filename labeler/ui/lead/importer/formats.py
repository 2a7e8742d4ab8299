"""The import page's format choice: items only (a folder, a CSV or a JSONL file, as the page
always took) or a format of the field whose reader fits the project's media; how a format's
answers go in (prefill or gold); whether items with a problem go with what could be read of
them; and, for a dataset of images or audio, an annotations file apart from its folder (else
its annotation files are looked for inside the folder).

The row only says what the lead chose (`choice()`, `changed`); the page plans with it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from labeler.core import formats
from labeler.core.schema import Schema
from labeler.ui import files
from labeler.ui.i18n import translate
from labeler.ui.lead.words import format_title

#: The format box's first entry: items without answers in a format.
ITEMS_ONLY = ""
ITEMS_ONLY_TITLE = QT_TRANSLATE_NOOP("lead.importer.formats", "Items only (folder, CSV, JSONL)")
#: How a format's answers go in, as the lead reads it.
ANSWERS_AS = (
    (
        "prefill",
        QT_TRANSLATE_NOOP(
            "lead.importer.formats", "Prefill: proposals annotators confirm or correct"
        ),
    ),
    ("gold", QT_TRANSLATE_NOOP("lead.importer.formats", "Gold: control items' answers")),
)


def readable_formats(media: str, schema: Schema | None = None) -> list[formats.Format]:
    """The registered formats that read items of `media` (and, when the schema is known,
    that fill at least one of its fields: CoNLL only with a spans field, as the export
    dialog offers what holds some of them; the formats that read every kind, prompts with
    candidates among them, are always offered): those made for this media first (COCO
    before Label Studio for images), each group in the registry's order."""
    known = schema if schema is not None and schema.media == media else None
    fitting = [
        f
        for f in formats.FORMATS.values()
        if f.reader is not None
        and media in f.media
        and (known is None or (f.fits(known) and f.fields_held(known) != 0))
    ]
    return sorted(fitting, key=lambda f: len(f.media) > 1)


@dataclass(frozen=True)
class SourceChoice:
    """What the source is: `format` by name (ITEMS_ONLY for none), its answers as prefill
    or gold, an `annotations` file apart from the media folder ("": inside it), and
    whether items with a problem go with what could be read (`take_incomplete`)."""

    format: str = ITEMS_ONLY
    answers_as: str = "prefill"
    annotations: str = ""
    take_incomplete: bool = False


class FormatRow(QWidget):
    """The format and "Answers as" boxes; `annotations_row` (a widget of its own, placed by
    the page under the source) holds the annotations file. `changed` on every choice."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.media = "image"
        self.format_box = QComboBox(self)
        self.format_box.setAccessibleName(self.tr("Format"))
        self.format_box.currentIndexChanged.connect(self._format_changed)
        format_label = QLabel(self.tr("&Format"), self)
        format_label.setBuddy(self.format_box)
        self.as_box = QComboBox(self)
        self.as_box.setAccessibleName(self.tr("Answers as"))
        for value, title in ANSWERS_AS:
            self.as_box.addItem(translate("lead.importer.formats", title), value)
        self.as_box.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.as_label = QLabel(self.tr("&Answers as"), self)
        self.as_label.setBuddy(self.as_box)
        self.incomplete = QCheckBox(
            self.tr("Take items with a problem too, with what could be read"), self
        )
        self.incomplete.setToolTip(
            self.tr(
                "Without it an item whose answer has a problem is left out whole; each "
                "problem is listed either way."
            )
        )
        self.incomplete.toggled.connect(lambda _on: self.changed.emit())
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(format_label)
        row.addWidget(self.format_box)
        row.addSpacing(16)
        row.addWidget(self.as_label)
        row.addWidget(self.as_box)
        row.addSpacing(16)
        row.addWidget(self.incomplete)
        row.addStretch(1)

        self.annotations_row = QWidget(parent)
        self.annotations = QLineEdit(self.annotations_row)
        self.annotations.setPlaceholderText(
            self.tr("Looked for inside the folder; or choose the annotations file apart")
        )
        self.annotations.setAccessibleName(self.tr("Annotations file"))
        self.annotations.setClearButtonEnabled(True)
        self.annotations.editingFinished.connect(self._annotations_edited)
        self.annotations_button = QPushButton(self.tr("Annotations file…"), self.annotations_row)
        self.annotations_button.clicked.connect(self.choose_annotations)
        annotations_label = QLabel(self.tr("Annotations"), self.annotations_row)
        line = QHBoxLayout(self.annotations_row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(annotations_label)
        line.addWidget(self.annotations, 1)
        line.addWidget(self.annotations_button)
        self._last_annotations = ""
        self.set_media("image")

    def set_media(self, media: str) -> None:
        """Offer the formats that read `media`; back to items only."""
        self.media = media
        self._offer(readable_formats(media), ITEMS_ONLY)
        self.annotations.clear()
        self._last_annotations = ""
        self._show_parts()

    def set_schema(self, schema: Schema) -> None:
        """The project's schema, read: offer only the formats that fill some of its fields
        (not CoNLL for a comparison). The chosen format stays when it is still offered,
        else the choice goes back to items only (`changed`)."""
        chosen = self.format_box.currentData() or ITEMS_ONLY
        offered = readable_formats(self.media, schema)
        kept = chosen if chosen in {f.name for f in offered} else ITEMS_ONLY
        self._offer(offered, kept)
        if kept != chosen:
            self._format_changed(0)

    def _offer(self, offered: list[formats.Format], chosen: str) -> None:
        self.format_box.blockSignals(True)
        self.format_box.clear()
        self.format_box.addItem(translate("lead.importer.formats", ITEMS_ONLY_TITLE), ITEMS_ONLY)
        for fmt in offered:
            self.format_box.addItem(format_title(fmt), fmt.name)
        self.format_box.setCurrentIndex(max(0, self.format_box.findData(chosen)))
        self.format_box.blockSignals(False)

    def choice(self) -> SourceChoice:
        name = self.format_box.currentData() or ITEMS_ONLY
        if name == ITEMS_ONLY:
            return SourceChoice()
        annotations = self.annotations.text().strip() if self.media != "text" else ""
        return SourceChoice(
            name,
            self.as_box.currentData() or "prefill",
            annotations,
            self.incomplete.isChecked(),
        )

    def select(self, format_name: str, answers_as: str = "prefill") -> None:
        """Choose a format by name (and how its answers go in), as the boxes would."""
        self.as_box.setCurrentIndex(max(0, self.as_box.findData(answers_as)))
        self.format_box.setCurrentIndex(max(0, self.format_box.findData(format_name)))

    def format(self) -> formats.Format | None:
        """The chosen format; None for items only."""
        name = self.format_box.currentData() or ITEMS_ONLY
        return formats.FORMATS.get(name) if name else None

    def set_annotations(self, path: str) -> None:
        self.annotations.setText(path)
        self._annotations_edited()

    def choose_annotations(self) -> None:
        name = files.open_file_name(
            self,
            self.tr("Choose the annotations file"),
            "",
            self.tr("Annotation files ({patterns});;All files (*)").format(
                patterns="*.json *.xml *.yaml *.yml *.txt *.zip"  # notr: a file filter
            ),
        )
        if name:
            self.set_annotations(name)

    def setEnabled(self, enabled: bool) -> None:  # noqa: N802 (Qt)
        super().setEnabled(enabled)
        self.annotations_row.setEnabled(enabled)

    def _format_changed(self, _index: int) -> None:
        self._show_parts()
        self.changed.emit()

    def _annotations_edited(self) -> None:
        text = self.annotations.text().strip()
        if text != self._last_annotations:
            self._last_annotations = text
            self.changed.emit()

    def _show_parts(self) -> None:
        chosen = self.format() is not None
        self.as_label.setVisible(chosen)
        self.as_box.setVisible(chosen)
        self.incomplete.setVisible(chosen)
        self.annotations_row.setVisible(chosen and self.media != "text")
