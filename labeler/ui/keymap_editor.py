"""The keymap editor: pick an action, press its new key, see conflicts, save.

It edits the user's overrides (settings `keymap`), starting from the ones already
saved; overrides of actions not listed (other screens) are kept. Saving puts them in
`settings.keymap` and emits `saved`; writing the file is the caller's (off the GUI
thread if it likes), and so is giving the new keys to the screen's `Keymap`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QKeySequence, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from labeler.client.settings import Settings
from labeler.ui.actions import Action, group_title
from labeler.ui.keymap import (
    Resolution,
    chord_caps,
    chords,
    describe,
    display_key,
    key_sequence,
    normalize_key,
    resolve,
)
from labeler.ui.pages.common import in_nastaliq

_ID_ROLE = Qt.ItemDataRole.UserRole
_KEYS_ROLE = Qt.ItemDataRole.UserRole + 1  # effective keys, portable spelling
_Index = QModelIndex | QPersistentModelIndex


class _KeycapDelegate(QStyledItemDelegate):
    """Draws a row's keys as keycaps, as the cheat sheet shows them: in a Latin face (a
    key's name is Latin in every language), from the start of the cell (its right edge
    right to left), always read left to right."""

    @staticmethod
    def _font(option: QStyleOptionViewItem) -> QFont:
        # The Urdu interface's Nastaliq has no Latin letters, and its lines are tall.
        if in_nastaliq(option.font):
            return QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
        return QFont(option.font)

    def _caps(self, index: _Index) -> list[str]:
        caps: list[str] = []
        for key in index.data(_KEYS_ROLE) or []:
            if caps:
                caps.append("/")
            for chord in chords(key_sequence(key)):
                caps.extend(chord_caps(chord))
        return caps or ["—"]

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        palette = opt.palette
        rect = opt.rect
        font = self._font(opt)
        fm = QFontMetrics(font)
        painter.save()
        painter.setFont(font)
        x = rect.left() + 4
        if opt.direction == Qt.LayoutDirection.RightToLeft:
            x = rect.right() - 4 - self._width(fm, index)
        height = min(rect.height() - 4, fm.height() + 4)
        top = rect.top() + (rect.height() - height) // 2
        for text in self._caps(index):
            width = fm.horizontalAdvance(text)
            if text in ("/", "—"):
                painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
                painter.drawText(QRect(x, top, width, height), Qt.AlignmentFlag.AlignCenter, text)
                x += width + 6
                continue
            cap = QRect(x, top, width + 10, height)
            painter.setPen(palette.color(QPalette.ColorRole.Mid))
            painter.setBrush(palette.color(QPalette.ColorRole.Base))
            painter.drawRoundedRect(cap, 3, 3)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(cap, Qt.AlignmentFlag.AlignCenter, text)
            x += cap.width() + 3
        painter.restore()

    def _width(self, fm: QFontMetrics, index: _Index) -> int:
        """The caps' width as `paint` lays them out."""
        return sum(
            fm.horizontalAdvance(t) + (6 if t in ("/", "—") else 13) for t in self._caps(index)
        )

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: N802
        fm = QFontMetrics(self._font(option))
        return QSize(self._width(fm, index) + 8, fm.height() + 8)


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
        self._groups: dict[str, QTreeWidgetItem] = {}

        self._search = QLineEdit(placeholderText=self.tr("Search actions or keys"))
        self._search.setClearButtonEnabled(True)
        self._search.textChanged.connect(self._filter)
        self._tree = QTreeWidget()
        self._tree.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self._tree.setRootIsDecorated(False)
        self._tree.setUniformRowHeights(True)
        self._tree.setItemDelegateForColumn(1, _KeycapDelegate(self._tree))
        self._tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        # The titles take what the keys leave (a stretched last column took half the width).
        self._tree.header().setStretchLastSection(False)
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
        legend = QLabel(self.tr("Italic: your own keys.  ⚠: two actions asked for one key."))
        legend.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(legend)
        layout.addWidget(buttons)

        self._fill()
        self._refresh()
        first = next(iter(self._rows), None)
        if first is not None:
            self.select(first)
        # As wide as the longest title and its keys need (Urdu titles are longer), within
        # reason: beyond that a title is cut with "…" and whole in the line under the tree.
        titles = max(
            (self.fontMetrics().horizontalAdvance(t) for t in self._titles.values()), default=0
        )
        wanted = titles + self._tree.sizeHintForColumn(1) + 120
        self.resize(min(960, max(600, wanted)), 640)

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
        groups = self._groups
        bold = QFont(self.font())
        bold.setBold(True)
        for action in self._actions:
            title = group_title(action.group)
            group = groups.get(title)
            if group is None:
                group = QTreeWidgetItem(self._tree, [title])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                group.setFont(0, bold)
                group.setFirstColumnSpanned(True)
                groups[title] = group
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
            row.setData(1, _KEYS_ROLE, list(keys))
            # For search (and screen readers); the delegate draws keycaps instead.
            row.setText(1, " / ".join(display_key(k) for k in keys))
            default = " / ".join(display_key(k) for k in self._by_id[action_id].keys)
            tip = self.tr("Default: {keys}").format(keys=default or self.tr("no key"))
            row.setToolTip(0, tip)
            row.setToolTip(1, tip)
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
        shown = dict.fromkeys(self._groups, 0)
        for action in self._actions:
            row = self._rows[action.id]
            hidden = bool(needle) and needle not in f"{row.text(0)} {row.text(1)}".casefold()
            row.setHidden(hidden)
            shown[group_title(action.group)] += not hidden
        for name, group in self._groups.items():
            group.setHidden(shown[name] == 0)
