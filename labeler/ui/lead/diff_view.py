"""Differences between two schema versions, in words: the list the versions page shows,
and the question asked before a save makes a new version."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from labeler.core.problems import SchemaInvalid
from labeler.core.schema import parse_schema
from labeler.core.schemadiff import SchemaChange, _segments, _show, diff_schemas
from labeler.ui.i18n import translate
from labeler.ui.lead.words import kind_name

_MARKS = {"added": ("+", "#2e7d32"), "removed": ("−", "#c62828"), "changed": ("~", "#a15c00")}


#: The schema's keys as a change names them (others are named by their key).
_KEYS = {
    "title": QT_TRANSLATE_NOOP("lead.diff_view", "title"),
    "media": QT_TRANSLATE_NOOP("lead.diff_view", "media"),
    "kind": QT_TRANSLATE_NOOP("lead.diff_view", "kind"),
    "required": QT_TRANSLATE_NOOP("lead.diff_view", "required"),
    "min": QT_TRANSLATE_NOOP("lead.diff_view", "min"),
    "max": QT_TRANSLATE_NOOP("lead.diff_view", "max"),
    "max_count": QT_TRANSLATE_NOOP("lead.diff_view", "max count"),
    "hotkey": QT_TRANSLATE_NOOP("lead.diff_view", "hotkey"),
    "color": QT_TRANSLATE_NOOP("lead.diff_view", "colour"),
    "metric": QT_TRANSLATE_NOOP("lead.diff_view", "metric"),
    "threshold": QT_TRANSLATE_NOOP("lead.diff_view", "threshold"),
    "iou": QT_TRANSLATE_NOOP("lead.diff_view", "iou"),
    "radius": QT_TRANSLATE_NOOP("lead.diff_view", "radius"),
    "overlap": QT_TRANSLATE_NOOP("lead.diff_view", "overlap"),
}


def _key(key: str) -> str:
    if key in _KEYS:
        return translate("lead.diff_view", _KEYS[key])
    return key.replace("_", " ")


def _change(change: SchemaChange) -> str:
    """`"car" added`, `"c" → "v"`: what became of a value."""
    if change.kind == "added":
        return translate("lead.diff_view", "{value} added").format(value=_show(change.new))
    if change.kind == "removed":
        return translate("lead.diff_view", "{value} removed").format(value=_show(change.old))
    return translate("lead.diff_view", "{old} → {new}").format(
        old=_show(change.old), new=_show(change.new)
    )


def _happened(change: SchemaChange, added: str, removed: str, changed: str) -> str:
    """One of three sentences, by what happened (each already translated)."""
    return {"added": added, "removed": removed}.get(change.kind, changed)


def change_text(change: SchemaChange) -> str:
    """A change in the interface's language: in English what `SchemaChange.describe`
    says, e.g. `field "vehicle", label "car": hotkey "c" → "v"`."""
    parts = _segments(change.path)
    if parts == ["fields"]:
        return translate("lead.diff_view", "field order changed")
    if len(parts) == 1:
        if parts[0] == "instructions":
            return _happened(
                change,
                translate("lead.diff_view", "instructions added"),
                translate("lead.diff_view", "instructions removed"),
                translate("lead.diff_view", "instructions changed"),
            )
        return translate("lead.diff_view", "{key} {change}").format(
            key=_key(parts[0]), change=_change(change)
        )
    field, rest = _show(parts[1]), parts[2:]
    if not rest:
        new = change.new
        if change.kind == "added" and isinstance(new, Mapping) and "kind" in new:
            kind = new["kind"]
            return translate("lead.diff_view", "field {field} added ({kind})").format(
                field=field, kind=kind_name(kind) if isinstance(kind, str) else _show(kind)
            )
        return _happened(
            change,
            translate("lead.diff_view", "field {field} added"),
            translate("lead.diff_view", "field {field} removed"),
            translate("lead.diff_view", "field {field} changed"),
        ).format(field=field)
    if rest[0] == "labels" and len(rest) == 1:
        return translate("lead.diff_view", "field {field}: label order changed").format(field=field)
    if rest[0] == "labels" and len(rest) == 2:
        return _happened(
            change,
            translate("lead.diff_view", "field {field}: label {label} added"),
            translate("lead.diff_view", "field {field}: label {label} removed"),
            translate("lead.diff_view", "field {field}: label {label} changed"),
        ).format(field=field, label=_show(rest[1]))
    if rest[0] == "labels":
        return translate("lead.diff_view", "field {field}, label {label}: {key} {change}").format(
            field=field, label=_show(rest[1]), key=_key(rest[2]), change=_change(change)
        )
    if rest[0] == "gold" and len(rest) == 2:
        return translate("lead.diff_view", "field {field}: gold {key} {change}").format(
            field=field, key=_key(rest[1]), change=_change(change)
        )
    return translate("lead.diff_view", "field {field}: {key} {change}").format(
        field=field, key=_key(rest[0]), change=_change(change)
    )


def normalised(doc: dict[str, Any]) -> dict[str, Any]:
    """A document with every default filled in (when valid), so that a default written
    out on one side is no difference."""
    try:
        return parse_schema(doc).to_json()
    except SchemaInvalid:
        return doc


def changes_between(old: dict[str, Any], new: dict[str, Any]) -> list[SchemaChange]:
    """What changed from `old` to `new`, as `labeler.core.schemadiff` says it."""
    return list(diff_schemas(normalised(old), normalised(new)))


class ChangesList(QListWidget):
    """One line per change, marked added (+), removed (−) or changed (~)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Changes"))
        self.setWordWrap(True)

    def set_changes(self, changes: Sequence[SchemaChange], empty: str) -> None:
        self.clear()
        for change in changes:
            mark, color = _MARKS.get(change.kind, ("·", "#444444"))
            item = QListWidgetItem(f"{mark}  {change_text(change)}", self)
            item.setForeground(QBrush(QColor(color)))
            item.setToolTip(change.path)
        if not changes:
            item = QListWidgetItem(empty, self)
            item.setFlags(Qt.ItemFlag.NoItemFlags)

    def lines(self) -> list[str]:
        return [self.item(i).text() for i in range(self.count())]


class SaveQuestion(QDialog):
    """Before a save: the changes from the current version; Save makes the next one."""

    def __init__(
        self,
        changes: Sequence[SchemaChange],
        current: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save a new version of the schema"))
        self.resize(640, 420)
        heading = QLabel(
            self.tr(
                "Changes from version {v}, the current one. Batches already handed out "
                "keep version {v}; new batches get version {n}."
            ).format(v=current, n=current + 1),
            self,
        )
        heading.setWordWrap(True)
        self.changes = ChangesList(self)
        self.changes.set_changes(changes, self.tr("No changes."))
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("Save as version {n}").format(n=current + 1),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        buttons.addButton(self.tr("Keep editing"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.changes, 1)
        layout.addWidget(buttons)
        self.save_button.setDefault(True)
