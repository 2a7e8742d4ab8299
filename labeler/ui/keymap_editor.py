"""The keymap editor: pick an action, press its new key, see conflicts, save.

It edits the user's overrides (settings `keymap`), starting from the ones already
saved; overrides of actions not listed (other screens) are kept. Saving puts them in
`settings.keymap` and emits `saved`; writing the file is the caller's (off the GUI
thread if it likes), and so is giving the new keys to the screen's `Keymap`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from labeler.client.settings import Settings
from labeler.ui.actions import Action
from labeler.ui.keymap import (
    Resolution,
    describe,
    display_key,
    key_sequence,
    normalize_key,
    resolve,
)

_ID_ROLE = Qt.ItemDataRole.UserRole


class KeymapEditor(QDialog):
    """Rebind `actions`' keys and save them as overrides in `settings`."""

    #: The overrides saved (action id → keys), after `settings.keymap` was updated.
    saved = Signal(dict)

    def __init__(
        self, actions: Sequence[Action], settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self._actions = list(actions)
        self._by_id = {a.id: a for a in self._actions}
        self._titles = {a.id: a.title for a in self._actions}
        self._settings = settings
        self._pending = {k: list(v) for k, v in settings.keymap.items()}
        self._rows: dict[str, QTreeWidgetItem] = {}

        self._search = QLineEdit(placeholderText=self.tr("Search actions or keys"))
        self._search.setClearButtonEnabled(True)
        self._search.textChanged.connect(self._filter)
        self._tree = QTreeWidget()
        self._tree.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self._tree.setRootIsDecorated(False)
        self._tree.setUniformRowHeights(True)
        self._tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self._tree.currentItemChanged.connect(self._selected)

        self._chosen = QLabel()
        self._record = QKeySequenceEdit()
        self._record.setMaximumSequenceLength(1)  # one chord: done as soon as it is pressed
        self._record.setToolTip(self.tr("Click, then press the new key"))
        self._record.editingFinished.connect(self._recorded)
        self._unbind = QPushButton(self.tr("No key"))
        self._unbind.clicked.connect(lambda: self._set_keys(self._current(), []))
        self._reset = QPushButton(self.tr("Reset to default"))
        self._reset.clicked.connect(lambda: self._set_keys(self._current(), None))
        self._conflict = QLabel(wordWrap=True)
        self._conflict.setStyleSheet("color: #b45309;")

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        reset_all = buttons.addButton(self.tr("Reset all"), QDialogButtonBox.ButtonRole.ResetRole)
        reset_all.clicked.connect(self._reset_all)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self._save_button = buttons.button(QDialogButtonBox.StandardButton.Save)

        edit_row = QHBoxLayout()
        edit_row.addWidget(self._chosen, 1)
        edit_row.addWidget(self._record)
        edit_row.addWidget(self._unbind)
        edit_row.addWidget(self._reset)
        layout = QVBoxLayout(self)
        layout.addWidget(self._search)
        layout.addWidget(self._tree, 1)
        layout.addLayout(edit_row)
        layout.addWidget(self._conflict)
        layout.addWidget(buttons)

        self._fill()
        self._refresh()
        first = next(iter(self._rows), None)
        if first is not None:
            self.select(first)
        self.resize(560, 520)

    def overrides(self) -> dict[str, list[str]]:
        """The overrides as edited so far (not saved yet)."""
        return {k: list(v) for k, v in self._pending.items()}

    def select(self, action_id: str) -> None:
        """Make `action_id` the action whose key is being edited."""
        self._tree.setCurrentItem(self._rows[action_id])

    def save(self) -> None:
        """Put the edited overrides in the settings, emit `saved`, close."""
        self._settings.keymap = self.overrides()
        self.saved.emit(self.overrides())
        self.accept()

    def _fill(self) -> None:
        groups: dict[str, QTreeWidgetItem] = {}
        bold = QFont(self.font())
        bold.setBold(True)
        for action in self._actions:
            group = groups.get(action.group)
            if group is None:
                group = QTreeWidgetItem(self._tree, [action.group])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                group.setFont(0, bold)
                group.setFirstColumnSpanned(True)
                groups[action.group] = group
            row = QTreeWidgetItem(group, [action.title, ""])
            row.setData(0, _ID_ROLE, action.id)
            self._rows[action.id] = row
        self._tree.expandAll()

    def _current(self) -> str | None:
        item = self._tree.currentItem()
        return item.data(0, _ID_ROLE) if item is not None else None

    def _selected(self) -> None:
        action_id = self._current()
        enabled = action_id is not None
        for widget in (self._record, self._unbind, self._reset):
            widget.setEnabled(enabled)
        self._chosen.setText(self._titles.get(action_id, "") if action_id else "")
        self._record.blockSignals(True)  # showing a key is not recording one
        keys = self._effective().keys.get(action_id, ()) if action_id else ()
        self._record.setKeySequence(key_sequence(keys[0]) if keys else QKeySequence())
        self._record.blockSignals(False)
        self._show_conflicts()

    def _recorded(self) -> None:
        sequence = self._record.keySequence()
        key = normalize_key(sequence.toString(QKeySequence.SequenceFormat.PortableText))
        if key is not None:
            self._set_keys(self._current(), [key])

    def _set_keys(self, action_id: str | None, keys: list[str] | None) -> None:
        """Give an action keys (`[]`: none; None: its defaults)."""
        if action_id is None:
            return
        default = [normalize_key(k) for k in self._by_id[action_id].keys]
        if keys is None or keys == default:
            self._pending.pop(action_id, None)  # only differences are overrides
        else:
            self._pending[action_id] = keys
        self._refresh()
        self._selected()

    def _reset_all(self) -> None:
        for action_id in self._by_id:
            self._pending.pop(action_id, None)
        self._refresh()
        self._selected()

    def _effective(self) -> Resolution:
        return resolve(self._actions, self._pending)

    def _refresh(self) -> None:
        res = self._effective()
        in_conflict = {c.winner for c in res.conflicts} | {
            i for c in res.conflicts for i in c.losers
        }
        for action_id, row in self._rows.items():
            keys = res.keys.get(action_id, ())
            row.setText(1, "  ".join(display_key(k) for k in keys) or "—")
            font = row.font(0)
            font.setItalic(action_id in res.overridden)  # the user's own binding
            row.setFont(0, font)
            row.setFont(1, font)
            mark = "⚠ " if action_id in in_conflict else ""
            row.setText(0, mark + self._titles[action_id])
        self._filter(self._search.text())

    def _show_conflicts(self) -> None:
        action_id = self._current()
        lines = [
            describe(c, self._titles)
            for c in self._effective().conflicts
            if action_id in (c.winner, *c.losers)
        ]
        self._conflict.setText("\n".join(lines))
        self._conflict.setVisible(bool(lines))

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for i in range(self._tree.topLevelItemCount()):
            group = self._tree.topLevelItem(i)
            shown = 0
            for j in range(group.childCount()):
                row = group.child(j)
                hay = f"{row.text(0)} {row.text(1)} {group.text(0)}".casefold()
                row.setHidden(bool(needle) and needle not in hay)
                shown += not row.isHidden()
            group.setHidden(shown == 0)
