"""A hosted page's keymap that gives way to its hosts' keys.

The lead's pages live inside hosts with keymaps of their own (the lead workspace, the
main window), each covering its children. Two actions on one key in overlapping scopes
make Qt fire neither, so a page drops from its own actions every key a host already
binds, and looks again whenever it is shown or a host's keys change. The page's
`actions()` keep their defaults: the cheat sheet and the keymap editor see them all.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from labeler.ui.actions import Action
from labeler.ui.keymap import Keymap, normalize_key


def host_keymaps(widget: QWidget) -> list[Keymap]:
    """The keymaps of the widgets above `widget` (a `keymap` attribute, as pages have)."""
    found: list[Keymap] = []
    parent = widget.parentWidget()
    while parent is not None:
        keymap = getattr(parent, "keymap", None)
        if isinstance(keymap, Keymap):
            found.append(keymap)
        parent = parent.parentWidget()
    return found


def taken_keys(keymaps: list[Keymap]) -> set[str]:
    """Every effective key of these keymaps, in the portable spelling."""
    return {key for km in keymaps for action in km.actions() for key in km.keys(action.id)}


def without(actions: list[Action], taken: set[str]) -> list[Action]:
    """`actions` with the keys in `taken` dropped."""
    out = []
    for action in actions:
        keys = tuple(k for k in action.keys if (normalize_key(k) or k) not in taken)
        out.append(action if keys == action.keys else replace(action, keys=keys))
    return out


class HostedKeys(QObject):
    """The keymap of `page` built from `actions()`, minus the keys its hosts bind.

    `keymap` is the page's `Keymap`; call `refresh()` after `actions()` changes (a new
    schema). A page shown on its own keeps every key.
    """

    def __init__(self, page: QWidget, actions: Callable[[], list[Action]]) -> None:
        super().__init__(page)
        self.page = page
        self.keymap = Keymap(page)
        self._actions = actions
        self._watched: list[Keymap] = []
        page.installEventFilter(self)
        self.refresh()

    def refresh(self) -> None:
        hosts = host_keymaps(self.page)
        for keymap in hosts:
            if keymap not in self._watched:
                self._watched.append(keymap)
                keymap.changed.connect(self._host_changed)
        self.keymap.set_actions(without(self._actions(), taken_keys(hosts)))

    def _host_changed(self) -> None:
        if self.page.isVisible():
            self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        if watched is self.page and event.type() == QEvent.Type.Show:
            self.refresh()
        return False
