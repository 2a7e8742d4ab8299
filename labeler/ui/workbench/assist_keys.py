"""The assist's keys: the table of those that ask (rebindable, listed on the `?` sheet and
in the keymap editor), and the keys a proposal takes while one waits.

Enter, Escape and Tab are the workbench's (submit, back, the next region) but for a
proposal on screen: then an application event filter claims them before any shortcut
(Qt asks the focused widget first, in a ShortcutOverride event), wherever the keyboard is
on the labeling page but in a text box. They are listed as claimed actions: shown on the
`?` sheet, never rebound, in conflict with nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from labeler.ui.actions import Action
from labeler.ui.editor import ASSIST_HERE, ASSIST_ITEM, ASSIST_OUTLINE
from labeler.ui.i18n import translate
from labeler.ui.keymap import is_text_input

#: The keys that ask, by what they ask about (`labeler.ui.editor.MediaEditor.assist_targets`).
ASK_KEYS = {
    ASSIST_HERE: "Shift+Space",
    ASSIST_OUTLINE: "Ctrl+Shift+Space",
    ASSIST_ITEM: "Ctrl+Shift+A",
}

Key = Qt.Key
#: What a proposal takes: accept, reject (and stop waiting), next, previous.
CLAIMED = (Key.Key_Return, Key.Key_Enter, Key.Key_Escape, Key.Key_Tab, Key.Key_Backtab)


def assist_actions(offers: Callable[[str], bool], ask: Callable[[str], None]) -> list[Action]:
    """The keys that ask, those an installed assist answers (`offers`); with any, the
    claimed keys of a proposal."""
    group = translate("workbench.assist", "Assist")
    titles = {
        ASSIST_HERE: translate(
            "workbench.assist",
            "Ask the assist at the crosshair, or about the selected region "
            "(Alt+click: under the mouse)",
        ),
        ASSIST_OUTLINE: translate(
            "workbench.assist", "Ask the assist to outline the selected box as a polygon"
        ),
        ASSIST_ITEM: translate("workbench.assist", "Ask the assist about the whole item"),
    }
    actions = [
        Action(f"assist.{what}", titles[what], (ASK_KEYS[what],), lambda w=what: ask(w), group)
        for what in (ASSIST_HERE, ASSIST_OUTLINE, ASSIST_ITEM)
        if offers(what)
    ]
    if not actions:
        return []
    claimed = (
        (
            "accept",
            translate("workbench.assist", "Accept the proposal (the arrows move it first)"),
            ("Return",),  # notr: a key
        ),
        (
            "reject",
            translate(
                "workbench.assist", "Reject the proposal; while the assist works: stop waiting"
            ),
            ("Escape",),  # notr: a key
        ),
        ("next", translate("workbench.assist", "Next proposal"), ("Tab",)),
        ("previous", translate("workbench.assist", "Previous proposal"), ("Shift+Tab",)),
    )
    for name, title, keys in claimed:
        actions.append(Action(f"assist.{name}", title, keys, lambda: None, group, claimed=True))
    return actions


class ProposalKeys(QObject):
    """Claims the `CLAIMED` keys on `page` while `claim(True)`: `pressed(key)` gets them
    (Escape alone while no proposal waits, `waiting()` False: it stops a run)."""

    def __init__(
        self, page: QWidget, pressed: Callable[[int], None], waiting: Callable[[], bool]
    ) -> None:
        super().__init__(page)
        self._page, self._pressed, self._waiting = page, pressed, waiting
        self._on = False

    def claim(self, on: bool) -> None:
        """Claim the keys (a filter on the application only while there is something to
        claim them for: it sees every event of every widget)."""
        app = QApplication.instance()
        if app is None or on == self._on:
            return
        self._on = on
        if on:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        assert isinstance(event, QKeyEvent)
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)
        if key not in CLAIMED or not plain or (not self._waiting() and key != Key.Key_Escape):
            return False
        focus = QApplication.focusWidget()
        if focus is None or watched is not focus or not self._page.isAncestorOf(focus):
            return False  # each event once, where the keyboard is, on the labeling page
        if is_text_input(focus):
            return False
        event.accept()
        if kind == QEvent.Type.KeyPress:
            self._pressed(key)
        return True
