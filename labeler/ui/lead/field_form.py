"""One field of the schema under edit as a form: name, kind, required, the kind's own
settings (a rating's range, a list's maximum count), its gold scoring rule, and its
labels. Every input asks the owner (`Edits`) for a document edit; the form redraws from
the document, and problems are shown under the input they concern."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from labeler.core.digits import ascii_int
from labeler.core.gold import KIND_METRICS, METRIC_PARAMS, default_gold_rule
from labeler.core.schema import FIELD_KINDS, KIND_MEDIA, LABELLED_KINDS, LIST_KINDS, RANGE_KINDS
from labeler.ui.lead.comparison_keys import (
    ALL_ROWS,
    CANDIDATE_ROWS,
    KIND_ROWS,
    ComparisonInputs,
    lines_value,
)
from labeler.ui.lead.labels_table import COLOR, HOTKEY, PALETTE, VALUE, LabelsTable
from labeler.ui.lead.schemadoc import Path
from labeler.ui.lead.words import kind_title
from labeler.ui.pinned import Pinned

REQUIRED_BY_DEFAULT = frozenset(
    {"choice", "rating", "transcript", "pairwise", "ranking", "criteria", "record"}
)
_INVALID = "border: 1px solid #c62828; border-radius: 3px;"
_MESSAGE = "color: #c62828;"
_FLOATING = (
    "color: #c62828; background: #fdecea; border: 1px solid #f0b8b3; border-radius: 4px;"
    " padding: 3px 8px;"
)


class ElidedNote(QLabel):
    """One line of text, cut with "…" when it does not fit, the whole of it as a tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setFixedHeight(self.fontMetrics().height() + 2)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt)
        self._full = text
        self.setToolTip(text)
        self._fit()

    def text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt)
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, self.width())
        super().setText(shown)


class Edits(Protocol):
    """What the form asks of its owner: edits of the schema document."""

    def set(self, path: Path, value: Any, *, merge: bool = False, title: str = "") -> None: ...
    def insert(self, path: Path, index: int, value: Any, *, title: str = "") -> None: ...
    def remove(self, path: Path, index: int, *, title: str = "") -> None: ...
    def move(self, path: Path, index: int, to: int, *, title: str = "") -> None: ...
    def end_merge(self) -> None: ...


def retyped(raw: dict[str, Any], kind: str) -> dict[str, Any]:
    """A field turned into another kind: what still applies is kept (name, labels for
    labelled kinds, max_count for list kinds), the rest dropped (a gold rule names a
    metric of the old kind)."""
    out: dict[str, Any] = {"name": raw.get("name", ""), "kind": kind}
    if "required" in raw:
        out["required"] = raw["required"]
    if kind in LABELLED_KINDS:
        labels = raw.get("labels")
        out["labels"] = labels if isinstance(labels, list) else []
    if kind in RANGE_KINDS:
        out["min"], out["max"] = 1, 5
    if kind == "criteria":
        out["rows"] = [{"value": "helpfulness"}, {"value": "accuracy"}]
    if kind == "record":
        out["keys"] = [{"value": "name"}]
    if kind in LIST_KINDS and raw.get("max_count") is not None:
        out["max_count"] = raw["max_count"]
    return out


class FieldForm(QWidget):
    """Shows field `index` of the document; `show_field`, `mark`, `focus_path`."""

    def __init__(self, edits: Edits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits = edits
        self.index = -1
        self.raw: dict[str, Any] = {}
        self._inputs: dict[str, QWidget] = {}
        self._notes: dict[str, QLabel] = {}
        self._rows: dict[str, tuple[QFormLayout, QWidget]] = {}

        self.name = QLineEdit(self)
        self.name.setPlaceholderText("scene_type")  # notr: a field name is an identifier
        self.name.textEdited.connect(lambda t: self._set(("name",), t, merge=True))
        self.name.editingFinished.connect(self.edits.end_merge)
        self.kind = QComboBox(self)
        self.kind.activated.connect(self._kind_picked)
        self.required = QCheckBox(self.tr("Annotators must answer it"), self)
        self.required.clicked.connect(lambda on: self._set(("required",), bool(on)))
        self.low = QSpinBox(self)
        self.high = QSpinBox(self)
        for box, key in ((self.low, "min"), (self.high, "max")):
            box.setRange(-1000, 1000)
            box.valueChanged.connect(lambda v, k=key: self._spin(k, v))
        self.max_count = QSpinBox(self)
        self.max_count.setRange(0, 100_000)
        self.max_count.setSpecialValueText(self.tr("no limit"))
        self.max_count.valueChanged.connect(lambda v: self._spin("max_count", v or None))

        field_box = QGroupBox(self.tr("Field"), self)
        self.form = QFormLayout(field_box)
        self._row(self.form, "name", self.tr("Name"), self.name)
        self._row(self.form, "kind", self.tr("Kind"), self.kind)
        self._row(self.form, "required", self.tr("Required"), self.required)
        self._row(self.form, "min", self.tr("Lowest rating"), self.low)
        self._row(self.form, "max", self.tr("Highest rating"), self.high)
        self._row(self.form, "max_count", self.tr("At most"), self.max_count)

        self.metric_box = QComboBox(self)
        self.metric_box.activated.connect(
            lambda _i: self._set(("gold", "metric"), self.metric_box.currentText())
        )
        self.threshold = QDoubleSpinBox(self)
        self.threshold.setRange(0.0, 1.0)
        self.threshold.setSingleStep(0.05)
        self.threshold.valueChanged.connect(lambda v: self._spin("gold.threshold", round(v, 4)))
        self.iou = QDoubleSpinBox(self)
        self.iou.setRange(0.05, 1.0)
        self.iou.setSingleStep(0.05)
        self.iou.valueChanged.connect(lambda v: self._spin("gold.iou", round(v, 4)))
        self.radius = QDoubleSpinBox(self)
        self.radius.setRange(0.5, 10_000.0)
        self.radius.setSuffix(self.tr(" px"))
        self.radius.valueChanged.connect(lambda v: self._spin("gold.radius", round(v, 2)))
        self.overlap = QCheckBox(self.tr("Overlapping spans of one label count as a match"))
        self.overlap.clicked.connect(lambda on: self._set(("gold", "overlap"), bool(on)))
        gold_box = QGroupBox(self.tr("Gold scoring"), self)
        self.gold_form = QFormLayout(gold_box)
        self._row(self.gold_form, "gold.metric", self.tr("Metric"), self.metric_box)
        self._row(self.gold_form, "gold.threshold", self.tr("Pass at"), self.threshold)
        self._row(self.gold_form, "gold.iou", self.tr("Overlap (IoU) for a match"), self.iou)
        self._row(self.gold_form, "gold.radius", self.tr("Distance for a match"), self.radius)
        self._row(self.gold_form, "gold.overlap", "", self.overlap)
        self.tolerance = QSpinBox(self)
        self.tolerance.setRange(0, 1000)
        self.tolerance.valueChanged.connect(lambda v: self._spin("gold.tolerance", v))
        self._row(self.gold_form, "gold.tolerance", self.tr("Off by at most"), self.tolerance)
        # A kind with no gold metric (a rationale) says so where the rule would be.
        self.no_gold = QLabel(self.tr("Not scored against gold: reviewers read it."), self)
        self.no_gold.setWordWrap(True)
        self.gold_form.addRow(self.no_gold)

        self.compare = ComparisonInputs(self)
        self.compare_box = QGroupBox(self.tr("Comparison"), self)
        self.compare_form = QFormLayout(self.compare_box)
        for key, text, widget in self.compare.rows_and_titles(self):
            self._row(self.compare_form, key, text, widget)
        c = self.compare
        c.tie.clicked.connect(lambda on: self._set(("tie",), bool(on)))
        c.strength.clicked.connect(lambda on: self._set(("strength",), bool(on)))
        c.ties.clicked.connect(lambda on: self._set(("ties",), bool(on)))
        c.by_candidate.clicked.connect(self._rows_by_candidate)
        c.rows.edited.connect(lambda t: self._lines("rows", t, named=True))
        c.scale.edited.connect(lambda t: self._lines("scale", t, named=False))
        c.keys.edited.connect(lambda t: self._lines("keys", t, named=True))
        for edit in (c.rows, c.scale, c.keys):
            edit.finished.connect(self.edits.end_merge)
        c.when_close.clicked.connect(
            lambda on: self._set(("required",), "when_close" if on else False)
        )
        c.min_length.valueChanged.connect(lambda v: self._spin("min_length", v))

        self.labels = LabelsTable(self)
        self.labels.changed.connect(self._label_changed)
        self.labels.add_requested.connect(self.add_label)
        self.labels.remove_requested.connect(
            lambda r: self.edits.remove(self._at("labels"), r, title=self.tr("Remove a label"))
        )
        self.labels.move_requested.connect(
            lambda r, to: self.edits.move(self._at("labels"), r, to, title=self.tr("Move a label"))
        )
        self.labels_box = QGroupBox(self.tr("Labels"), self)
        labels_layout = QVBoxLayout(self.labels_box)
        self.labels_note = QLabel(self.labels_box)
        self.labels_note.setStyleSheet(_FLOATING)
        self.labels_note.setWordWrap(True)
        self.labels_note.hide()
        labels_layout.addWidget(self.labels, 1)
        # Over the foot of the label table, not a row above it: the table and its buttons
        # stay where they are when a label's problem comes or goes.
        self._labels_pin = Pinned(self.labels_note, self.labels.table, "bottom")
        self._inputs["labels"], self._notes["labels"] = self.labels.table, self.labels_note

        self.empty = QLabel(self.tr("Add a field to the schema to edit it here."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: palette(placeholder-text); padding: 24px;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(field_box)
        layout.addWidget(self.compare_box)
        layout.addWidget(self.labels_box, 1)
        layout.addWidget(gold_box)
        self._boxes = (field_box, self.compare_box, self.labels_box, gold_box)
        self._filling = False
        self.show_field(-1, {}, None)

    def _row(self, form: QFormLayout, key: str, text: str, widget: QWidget) -> None:
        cell = QWidget(self)
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        if not isinstance(widget, QAbstractItemView):
            # A marked input (a red border) keeps the height it has unmarked.
            widget.setFixedHeight(widget.sizeHint().height())
        column.addWidget(widget)
        # One line kept for the input's problem whether there is one or not, so the rows
        # below never move when one comes or goes (the whole text is in the tooltip and
        # the problem list).
        note = ElidedNote(cell)
        note.setStyleSheet(_MESSAGE)
        column.addWidget(note)
        if text:
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, cell)
        else:
            form.addRow(cell)
        widget.setAccessibleName(text or key)
        self._inputs[key], self._notes[key] = widget, note
        self._rows[key] = (form, cell)

    # -- showing -------------------------------------------------------------------------

    def show_field(self, index: int, raw: dict[str, Any], media: str | None) -> None:
        """Show field `index` (-1: none) as the document has it now."""
        self.index, self.raw = index, raw
        for box in self._boxes:
            box.setVisible(index >= 0)
        self.empty.setVisible(index < 0)
        if index < 0:
            return
        self._filling = True
        kind = raw.get("kind") if raw.get("kind") in FIELD_KINDS else None
        name = raw.get("name") if isinstance(raw.get("name"), str) else ""
        if self.name.text() != name:
            self.name.setText(name)
        self._fill_kinds(kind, media)
        required = raw.get("required")
        default = kind in REQUIRED_BY_DEFAULT
        self.required.setChecked(required if isinstance(required, bool) else default)
        self.required.setEnabled(required != "when_close")
        rating = kind in RANGE_KINDS
        self._show_row("min", rating)
        self._show_row("max", rating)
        shown = KIND_ROWS.get(kind or "", ())
        self.compare_box.setVisible(bool(shown))
        for key in ALL_ROWS:
            self._show_row(key, key in shown)
        self.compare.fill(kind, raw)
        self.low.setValue(_int(raw.get("min"), 1))
        self.high.setValue(_int(raw.get("max"), 5))
        self._show_row("max_count", kind in LIST_KINDS)
        self.max_count.setValue(_int(raw.get("max_count"), 0))
        self._fill_gold(kind, raw.get("gold"))
        labelled = kind in LABELLED_KINDS
        self.labels_box.setVisible(labelled)
        if labelled:
            labels = raw.get("labels")
            self.labels.set_labels(labels if isinstance(labels, list) else [])
        self._filling = False

    def _fill_kinds(self, kind: str | None, media: str | None) -> None:
        kinds = [k for k in FIELD_KINDS if media is None or KIND_MEDIA[k] in (None, media)]
        if kind is not None and kind not in kinds:
            kinds.append(kind)  # shown, and marked by the check as not fitting the media
        wanted = [kind_title(k) for k in kinds]
        if [self.kind.itemText(i) for i in range(self.kind.count())] != wanted:
            self.kind.clear()
            for k in kinds:
                self.kind.addItem(kind_title(k), k)
        self.kind.setCurrentIndex(kinds.index(kind) if kind in kinds else -1)

    def _fill_gold(self, kind: str | None, gold: Any) -> None:
        gold = gold if isinstance(gold, dict) else {}
        keys = ("gold.metric", "gold.threshold", "gold.iou", "gold.radius", "gold.overlap")
        scored = kind is not None and bool(KIND_METRICS.get(kind))
        self.no_gold.setVisible(kind is not None and not scored)
        if kind is None or not scored:
            for key in (*keys, "gold.tolerance"):
                self._show_row(key, False)
            return
        rule = default_gold_rule(kind)
        metrics = list(KIND_METRICS[kind])
        metric = gold.get("metric") if gold.get("metric") in metrics else rule.metric
        if [self.metric_box.itemText(i) for i in range(self.metric_box.count())] != metrics:
            self.metric_box.clear()
            self.metric_box.addItems(metrics)
        self.metric_box.setCurrentText(metric)
        self._show_row("gold.metric", True)
        self._show_row("gold.threshold", True)
        self.threshold.setValue(_number(gold.get("threshold"), rule.threshold))
        params = METRIC_PARAMS.get(metric, {})
        self._show_row("gold.iou", "iou" in params)
        self.iou.setValue(_number(gold.get("iou"), params.get("iou", 0.5)))
        self._show_row("gold.radius", "radius" in params)
        self.radius.setValue(_number(gold.get("radius"), params.get("radius", 10.0)))
        self._show_row("gold.overlap", "overlap" in params)
        self.overlap.setChecked(gold.get("overlap") is True)
        self._show_row("gold.tolerance", "tolerance" in params)
        tolerance = gold.get("tolerance", params.get("tolerance", 1))
        self.tolerance.setValue(_int(tolerance, 1))

    def _show_row(self, key: str, visible: bool) -> None:
        form, cell = self._rows[key]
        form.setRowVisible(cell, visible)

    def mark(self, marks: dict[str, str]) -> None:
        """Problems of this field: paths relative to it (`name`, `labels[2].hotkey`)."""
        for key, widget in self._inputs.items():
            message = marks.get(key)
            if key != "labels":
                widget.setStyleSheet(_INVALID if message else "")
            widget.setToolTip(message or "")
            note = self._notes[key]
            note.setText(message or "")
            if key == "labels":
                note.setVisible(bool(message))
                self._labels_pin.place()
        cells: dict[tuple[int, int], str] = {}
        columns = {"value": VALUE, "hotkey": HOTKEY, "color": COLOR}
        for path, message in marks.items():
            if not path.startswith("labels["):
                continue
            row_text, _, rest = path[len("labels[") :].partition("]")
            row = ascii_int(row_text)
            if row is None:
                continue
            key = rest.removeprefix(".")
            for column in [columns[key]] if key in columns else [VALUE, HOTKEY, COLOR]:
                cells.setdefault((row, column), message)
        self.labels.mark(cells)

    def focus_path(self, relative: str) -> None:
        """Put the keyboard on the input of a path relative to this field."""
        if relative.startswith("labels["):
            row_text, _, rest = relative[len("labels[") :].partition("]")
            key = rest.removeprefix(".")
            column = {"hotkey": HOTKEY, "color": COLOR}.get(key, VALUE)
            self.labels.focus_cell(ascii_int(row_text) or 0, column)
            return
        key = relative if relative in self._inputs else relative.split(".")[0]
        widget = self._inputs.get(key, self.name)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- edits ---------------------------------------------------------------------------

    def add_label(self) -> None:
        """Append a label with a free value (and a colour for regions), ready to rename."""
        labels = self.raw.get("labels") if isinstance(self.raw.get("labels"), list) else []
        assert isinstance(labels, list)
        taken = {lb.get("value") for lb in labels if isinstance(lb, dict)}
        n = len(labels) + 1
        while f"label_{n}" in taken:
            n += 1
        label: dict[str, Any] = {"value": f"label_{n}"}
        if self.raw.get("kind") not in ("choice", "multichoice"):
            label["color"] = PALETTE[len(labels) % len(PALETTE)]
        self.edits.insert(self._at("labels"), len(labels), label, title=self.tr("Add a label"))
        self.labels.focus_cell(len(labels), VALUE)

    def _at(self, *keys: str | int) -> Path:
        return ("fields", self.index, *keys)

    def _set(self, keys: tuple[str, ...], value: Any, *, merge: bool = False) -> None:
        if not self._filling and self.index >= 0:
            title = self.tr("Change {key}").format(key=keys[-1])
            self.edits.set(self._at(*keys), value, merge=merge, title=title)

    def _spin(self, key: str, value: Any) -> None:
        self._set(tuple(key.split(".")), value, merge=True)

    def _lines(self, key: str, text: str, *, named: bool) -> None:
        value = lines_value(text, named=named)
        if key == "scale" and not value:
            value = None  # no words: the scale is left out, not empty
        if value != self.raw.get(key):
            self._set((key,), value, merge=True)

    def _rows_by_candidate(self, on: bool) -> None:
        rows = CANDIDATE_ROWS if on else [{"value": "helpfulness"}, {"value": "accuracy"}]
        self._set(("rows",), rows)

    def _kind_picked(self, row: int) -> None:
        kind = self.kind.itemData(row)
        if self._filling or self.index < 0 or kind == self.raw.get("kind"):
            return
        title = self.tr("Change the kind")
        self.edits.set(("fields", self.index), retyped(self.raw, kind), title=title)

    def _label_changed(self, row: int, key: str, value: Any) -> None:
        if self.index >= 0:
            title = self.tr("Change a label's {key}").format(key=key)
            self.edits.set(self._at("labels", row, key), value, title=title)


def _int(value: Any, default: int) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else default


def _number(value: Any, default: float) -> float:
    ok = isinstance(value, int | float) and not isinstance(value, bool)
    return float(value) if ok else float(default)
