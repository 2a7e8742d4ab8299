"""Actions on keys: one `Keymap` per screen turns its `Action` table into QActions.

Effective keys are the defaults with the user's overrides (settings `keymap`, by action
id) laid over them. Two actions on one key in one keymap is a conflict: the user's
binding wins over a default, else the earlier action wins; the loser drops that key and
the conflict is reported, never left to Qt (which would fire neither).

Typing: while a text box inside the screen has focus, a key without Ctrl, Alt or Meta
(a letter, a digit, Space; Enter, Escape, the arrows) is the box's and fires only a
`while_typing` action that is not a character. A key with Ctrl, Alt or Meta fires its
action unless the text box uses it itself (Ctrl+A/C/V/X/Z, Ctrl+Left: Qt asks the box
in a ShortcutOverride and it claims the keys it edits with); a `while_typing` action
fires even on those. The keymap puts an event filter on the focused text box and answers
that ShortcutOverride for its own keys. Alt with a character never types it into the box
(Alt+2 with nothing on it is not a "2" in a shop's name), except on macOS, where Option
types characters.
An open popup (a drop-down's list, a menu) takes every key, Escape included: arrows,
Enter and letters choose in it, never fire the screen's actions.

One keymap per screen: the main window gives it its own actions plus the current
editor's, so conflicts between them are found here too.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QKeySequenceEdit,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from shiboken6 import isValid

from labeler.core.hotkeys import label_keys
from labeler.core.schema import Schema
from labeler.ui.actions import Action
from labeler.ui.i18n import translate

log = logging.getLogger(__name__)

#: Set this dynamic property to True on a custom widget that takes typed text.
TEXT_INPUT_PROPERTY = "labeler_text_input"
_TEXT_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


def normalize_key(text: str) -> str | None:
    """The portable spelling of a key sequence ("ctrl+z" → "Ctrl+Z"); None if invalid."""
    seq = key_sequence(text.strip())
    if seq.isEmpty() or any(c.key() == Qt.Key.Key_unknown for c in chords(seq)):
        return None
    return seq.toString(QKeySequence.SequenceFormat.PortableText)


def key_sequence(key: str) -> QKeySequence:
    """The QKeySequence of a portable key string."""
    return QKeySequence.fromString(key, QKeySequence.SequenceFormat.PortableText)


def chords(seq: QKeySequence) -> list[QKeyCombination]:
    """The chords of a sequence ("Ctrl+K, Ctrl+C" has two)."""
    return [seq[i] for i in range(seq.count())]  # type: ignore[index] # stubs lack []


def display_key(key: str) -> str:
    """A key as this platform writes it (⌘Z on macOS)."""
    return key_sequence(key).toString(QKeySequence.SequenceFormat.NativeText)


def chord_caps(chord: QKeyCombination) -> list[str]:
    """One cap per modifier and one for the key: Ctrl+Shift+Z → Ctrl, Shift, Z. A letter
    pressed alone is in lower case, as chips show it (`s`, not `S`, which reads as
    Shift+S); with a modifier it keeps the capital shortcuts are written with."""
    native = QKeySequence.SequenceFormat.NativeText
    whole = QKeySequence(chord).toString(native)
    key = QKeySequence(QKeyCombination(chord.key())).toString(native)
    if whole == key and len(key) == 1:
        return [key.lower()]
    if not key or not whole.endswith(key):
        return [whole]
    prefix = whole[: len(whole) - len(key)]
    # "Ctrl+Shift+" here; "⌃⇧" on macOS, where modifiers are single symbols.
    mods = [m for m in prefix.split("+") if m] if "+" in prefix else list(prefix)
    return [*mods, key]


def label_action_id(field: str, label: str) -> str:
    """The id of the action a label's hotkey is on the labeling screen (the keymap
    editor saves the user's key for a label under it)."""
    return f"label.{field}.{label}"


def shown_label_key(key: str) -> str:
    """A label's key as chips and legends show it: as the platform writes it, a letter
    in lower case (it is pressed without Shift)."""
    text = display_key(key)
    return text.lower() if len(text) == 1 else text


@dataclass(frozen=True)
class ShownKeys:
    """The keys in effect on a screen, for the widgets that show them (chips, legends,
    hints): after the user's rebinding, not the defaults."""

    #: (field, label) → the label's key as shown; a label without a key is absent.
    labels: Mapping[tuple[str, str], str]
    #: action id → effective keys, portable spelling.
    actions: Mapping[str, tuple[str, ...]]

    def label(self, field: str, label: str) -> str | None:
        return self.labels.get((field, label))

    def action(self, action_id: str) -> str | None:
        """The first key of an action as the platform writes it (None: it has none)."""
        keys = self.actions.get(action_id, ())
        return display_key(keys[0]) if keys else None

    @staticmethod
    def defaults(schema: Schema, actions: Iterable[Action] = ()) -> ShownKeys:
        """The keys before any rebinding: the schema's (and the workbench's digits)."""
        labels = {(k.field, k.label): shown_label_key(k.key) for k in label_keys(schema)}
        return ShownKeys(labels, {a.id: a.keys for a in actions})


def is_plain_key(combination: QKeyCombination) -> bool:
    """Whether a key types text: a character with no Ctrl, Alt or Meta."""
    text_key = int(combination.key()) < int(Qt.Key.Key_Escape)  # below: Unicode characters
    return text_key and not (combination.keyboardModifiers() & _TEXT_MODIFIERS)


def is_alt_character(event: QKeyEvent) -> bool:
    """Whether `event` is Alt (without Ctrl: AltGr on Windows) with a character, which a
    text box would type although Alt+key is meant as a command. On macOS Option types
    characters (ø, ™), so it is text there."""
    if sys.platform == "darwin":
        return False
    mods = event.modifiers()
    alt = bool(mods & Qt.KeyboardModifier.AltModifier)
    ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
    text = event.text()
    return alt and not ctrl and bool(text) and text.isprintable()


@dataclass(frozen=True)
class Conflict:
    """Several actions asked for one key; `winner` keeps it, `losers` lose it."""

    key: str
    winner: str
    losers: tuple[str, ...]
    #: The winner's binding is the user's, the losers' (some at least) defaults.
    user_wins: bool


@dataclass(frozen=True)
class Resolution:
    """Effective keys after overrides and conflicts."""

    keys: dict[str, tuple[str, ...]]
    overridden: frozenset[str]
    conflicts: tuple[Conflict, ...]
    #: (action id, key text) pairs that are not key sequences.
    invalid: tuple[tuple[str, str], ...]


def resolve(actions: Sequence[Action], overrides: Mapping[str, Sequence[str]]) -> Resolution:
    """Lay `overrides` over the defaults of `actions` and settle who keeps each key."""
    wanted: dict[str, list[str]] = {}
    invalid: list[tuple[str, str]] = []
    claims: dict[str, list[str]] = {}
    overridden = frozenset(a.id for a in actions if a.id in overrides)
    for action in actions:
        keys = wanted.setdefault(action.id, [])
        texts = action.keys if action.claimed else overrides.get(action.id, action.keys)
        for text in texts:
            key = normalize_key(text)
            if key is None:
                invalid.append((action.id, text))
            elif key not in keys:
                keys.append(key)
                if not action.claimed:
                    claims.setdefault(key, []).append(action.id)
    conflicts: list[Conflict] = []
    lost: set[tuple[str, str]] = set()
    for key, ids in claims.items():
        if len(ids) < 2:
            continue
        by_user = [i for i in ids if i in overridden]
        winner = by_user[0] if by_user else ids[0]
        losers = tuple(i for i in ids if i != winner)
        lost.update((i, key) for i in losers)
        user_wins = bool(by_user) and any(i not in overridden for i in losers)
        conflicts.append(Conflict(key, winner, losers, user_wins))
    kept = {i: tuple(k for k in ks if (i, k) not in lost) for i, ks in wanted.items()}
    return Resolution(kept, overridden, tuple(conflicts), tuple(invalid))


def describe(conflict: Conflict, titles: Mapping[str, str]) -> str:
    """A conflict in words, for the keymap editor and the log."""
    losers = ", ".join(f"“{titles.get(i, i)}”" for i in conflict.losers)
    winner = titles.get(conflict.winner, conflict.winner)
    if len(conflict.losers) == 1:
        text = translate("keymap", "{key} does “{winner}”; {losers} no longer has it.")
    else:
        text = translate("keymap", "{key} does “{winner}”; {losers} no longer have it.")
    return text.format(key=display_key(conflict.key), winner=winner, losers=losers)


def is_text_input(widget: QWidget | None) -> bool:
    """Whether `widget` takes typed text (an editable line, text box, spin box...)."""
    if widget is None:
        return False
    if widget.property(TEXT_INPUT_PROPERTY):
        return True
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        return not widget.isReadOnly()
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    return isinstance(widget, QAbstractSpinBox)


def in_popup(widget: QWidget) -> bool:
    """Whether `widget` is inside a popup window (a drop-down's open list, a menu)."""
    return widget.window().windowType() == Qt.WindowType.Popup


class Keymap(QObject):
    """Installs one screen's actions on `host` as QActions with their effective keys."""

    #: Effective keys or conflicts changed (after `set_actions`, overrides, rebinding).
    changed = Signal()

    def __init__(
        self,
        host: QWidget,
        overrides: Mapping[str, Sequence[str]] | None = None,
        context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut,
    ) -> None:
        super().__init__(host)
        self._host = host
        self._context = context
        self._overrides: dict[str, list[str]] = {k: list(v) for k, v in (overrides or {}).items()}
        self._actions: list[Action] = []
        self._qactions: dict[str, QAction] = {}
        self._resolution = resolve([], {})
        self._chords: dict[int, Action] = {}  # first chord of each effective key → action
        self._filtered: QWidget | None = None
        app = QApplication.instance()
        assert isinstance(app, QApplication), "a Keymap needs a QApplication"
        app.focusChanged.connect(self._focus_changed)

    def set_actions(self, actions: Iterable[Action]) -> None:
        """Replace the screen's actions (a new screen, or another editor)."""
        for qaction in self._qactions.values():
            self._host.removeAction(qaction)
            qaction.deleteLater()
        self._actions = list(actions)
        self._qactions = {}
        for action in self._actions:
            qaction = QAction(action.title, self)
            qaction.setShortcutContext(self._context)
            qaction.triggered.connect(partial(self._fire, action))
            self._host.addAction(qaction)
            self._qactions[action.id] = qaction
        self._apply()
        self._focus_changed(None, QApplication.focusWidget())

    def set_overrides(self, overrides: Mapping[str, Sequence[str]]) -> None:
        """Use the user's keys (settings `keymap`); ids of other screens are ignored."""
        self._overrides = {k: list(v) for k, v in overrides.items()}
        self._apply()

    def rebind(self, action_id: str, keys: Sequence[str] | None) -> None:
        """Give one action the user's `keys` (`[]` unbinds, None resets to default)."""
        if keys is None:
            self._overrides.pop(action_id, None)
        else:
            self._overrides[action_id] = list(keys)
        self._apply()

    def actions(self) -> list[Action]:
        """The installed actions, in table order."""
        return list(self._actions)

    def overrides(self) -> dict[str, list[str]]:
        """The user's keys in use (a copy)."""
        return {k: list(v) for k, v in self._overrides.items()}

    def keys(self, action_id: str) -> tuple[str, ...]:
        """The effective keys of an action, portable spelling."""
        return self._resolution.keys.get(action_id, ())

    def shown(self, schema: Schema) -> ShownKeys:
        """The keys in effect for what a labeling screen of `schema` shows of them."""
        labels: dict[tuple[str, str], str] = {}
        for field in schema.fields:
            for label in field.labels:
                keys = self.keys(label_action_id(field.name, label.value))
                if keys:
                    labels[(field.name, label.value)] = shown_label_key(keys[0])
        return ShownKeys(labels, dict(self._resolution.keys))

    def conflicts(self) -> tuple[Conflict, ...]:
        """Keys several actions asked for, and who got them."""
        return self._resolution.conflicts

    def qaction(self, action_id: str) -> QAction:
        """The QAction of an action, for menus and toolbars."""
        return self._qactions[action_id]

    def _apply(self) -> None:
        res = resolve(self._actions, self._overrides)
        self._resolution = res
        self._chords = {}
        by_id = {a.id: a for a in self._actions}
        for action_id, keys in res.keys.items():
            if by_id[action_id].claimed:
                continue  # its widget takes the key: no shortcut
            seqs = [key_sequence(k) for k in keys]
            self._qactions[action_id].setShortcuts(seqs)
            for seq in seqs:
                self._chords.setdefault(chords(seq)[0].toCombined(), by_id[action_id])
        titles = {a.id: a.title for a in self._actions}
        for conflict in res.conflicts:
            if not conflict.user_wins:  # two defaults or two overrides: a table to fix
                log.warning("key conflict: %s", describe(conflict, titles))
        for action_id, text in res.invalid:
            log.warning("ignored key %r of %s: not a key sequence", text, action_id)
        self.changed.emit()

    def _fire(self, action: Action) -> None:
        action.callback()

    def _covers(self, widget: QWidget) -> bool:
        if self._context == Qt.ShortcutContext.ApplicationShortcut:
            return True
        if self._context == Qt.ShortcutContext.WindowShortcut:
            return widget.window() is self._host.window()
        # As Qt matches this context: up through plain widgets and popups, not windows.
        shown: QWidget | None = widget
        while shown is not None:
            if shown is self._host:
                return True
            if shown.isWindow() and shown.windowType() != Qt.WindowType.Popup:
                return False
            shown = shown.parentWidget()
        return False

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        # Filter only the focused text box: a filter on the whole application would put
        # Python on every event of every widget.
        if self._filtered is not None and isValid(self._filtered):
            self._filtered.removeEventFilter(self)
            self._filtered = None
        if new is not None and (is_text_input(new) or in_popup(new)) and self._covers(new):
            new.installEventFilter(self)
            self._filtered = new

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not isinstance(event, QKeyEvent):
            return False
        if isinstance(watched, QKeySequenceEdit) or isinstance(watched.parent(), QKeySequenceEdit):
            return False  # recording a key: it wants every key
        popup = isinstance(watched, QWidget) and in_popup(watched)
        if kind == QEvent.Type.KeyPress:
            # No shortcut took it: an Alt+character is a key with nothing on it, not text.
            return not popup and is_alt_character(event)
        action, chord = self._match(event)
        if action is None:
            return False  # not ours: the text box and Qt decide
        if popup:
            event.accept()  # the open list or menu gets the key
        elif action.while_typing and not is_plain_key(chord):
            event.ignore()  # fires even on a key the text box would claim (Ctrl+Left)
        elif not chord.keyboardModifiers() & _TEXT_MODIFIERS:
            event.accept()  # typing, or the box's Enter, Escape, arrows: the box gets it
        else:
            return False  # the text box claims the keys it edits with; any other fires
        return True

    def _match(self, event: QKeyEvent) -> tuple[Action | None, QKeyCombination]:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        chord = QKeyCombination(mods, Qt.Key(event.key()))
        found = self._chords.get(chord.toCombined())
        if found is None and mods & Qt.KeyboardModifier.ShiftModifier:
            # "?" is Shift+/ on most layouts; the binding says just "?".
            bare = QKeyCombination(mods & ~Qt.KeyboardModifier.ShiftModifier, chord.key())
            found = self._chords.get(bare.toCombined())
        return found, chord
