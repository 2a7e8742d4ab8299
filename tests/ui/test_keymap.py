"""Keys: actions fire on their keys, overrides rebind, typing is respected, conflicts are
reported, the cheat sheet shows effective keys and the keymap editor saves overrides."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from labeler.client.settings import Settings
from labeler.ui.actions import Action
from labeler.ui.cheatsheet import CheatSheet
from labeler.ui.keymap import Keymap, normalize_key, resolve
from labeler.ui.keymap_editor import KeymapEditor


class Screen(QWidget):
    """A host with a focusable non-text widget, a text box and a line edit."""

    def __init__(self) -> None:
        super().__init__()
        self.canvas = QListWidget()
        self.text = QPlainTextEdit()
        self.line = QLineEdit()
        layout = QVBoxLayout(self)
        for w in (self.canvas, self.text, self.line):
            layout.addWidget(w)
        self.fired: list[str] = []

    def action(self, id_: str, *keys: str, group: str = "General", typing: bool = False) -> Action:
        return Action(id_, id_.title(), keys, lambda: self.fired.append(id_), group, typing)


@pytest.fixture
def screen(qtbot) -> Screen:
    s = Screen()
    qtbot.addWidget(s)
    s.show()
    qtbot.waitExposed(s)
    s.activateWindow()
    qtbot.waitUntil(s.isActiveWindow)
    return s


def focus(qtbot, widget: QWidget) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def test_a_key_press_triggers_the_callback(qtbot, screen):
    keymap = Keymap(screen)
    keymap.set_actions([screen.action("next", "N"), screen.action("undo", "Ctrl+Z")])
    focus(qtbot, screen.canvas)
    qtbot.keyClick(screen.canvas, Qt.Key.Key_N)
    qtbot.keyClick(screen.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert screen.fired == ["next", "undo"]


def test_an_override_rebinds_at_runtime(qtbot, screen):
    keymap = Keymap(screen, overrides={"next": ["M"], "elsewhere.thing": ["X"]})
    keymap.set_actions([screen.action("next", "N")])
    focus(qtbot, screen.canvas)
    assert keymap.keys("next") == ("M",)
    qtbot.keyClick(screen.canvas, Qt.Key.Key_N)
    qtbot.keyClick(screen.canvas, Qt.Key.Key_M)
    assert screen.fired == ["next"]
    with qtbot.waitSignal(keymap.changed):
        keymap.rebind("next", ["Ctrl+J", "J"])
    qtbot.keyClick(screen.canvas, Qt.Key.Key_M)
    qtbot.keyClick(screen.canvas, Qt.Key.Key_J)
    assert screen.fired == ["next", "next"]
    keymap.rebind("next", None)  # back to the default
    qtbot.keyClick(screen.canvas, Qt.Key.Key_N)
    assert screen.fired == ["next"] * 3
    keymap.rebind("next", [])  # unbound
    qtbot.keyClick(screen.canvas, Qt.Key.Key_N)
    assert screen.fired == ["next"] * 3
    assert keymap.qaction("next").shortcuts() == []


@pytest.mark.parametrize("box", ["text", "line"])
def test_while_typing_keys_with_a_modifier_fire_unless_the_box_edits_with_them(qtbot, screen, box):
    keymap = Keymap(screen)
    keymap.set_actions(
        [
            screen.action("label.one", "1"),
            screen.action("play", "Space", typing=True),  # plain: text wins while typing
            screen.action("help", "?"),
            screen.action("undo", "Ctrl+Z"),  # the box's own undo
            screen.action("all", "Ctrl+A"),  # the box selects all
            screen.action("skip", "Ctrl+K"),  # no text box wants it: it fires
            screen.action("projects", "Ctrl+P"),
            screen.action("settings", "Ctrl+Alt+S"),
            screen.action("profile", "Ctrl+Shift+O"),
            screen.action("dashboard", "Alt+2"),
            screen.action("word", "Ctrl+Right"),  # the box moves by a word
            screen.action("seek", "Ctrl+Left", typing=True),  # claimed, fires all the same
            screen.action("submit", "Ctrl+Return", typing=True),
        ]
    )
    widget = getattr(screen, box)
    focus(qtbot, widget)
    qtbot.keyClicks(widget, "1 ?")
    assert screen.fired == []

    def typed() -> str:
        return widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()

    assert typed() == "1 ?"
    ctrl, alt, shift = (
        Qt.KeyboardModifier.ControlModifier,
        Qt.KeyboardModifier.AltModifier,
        Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.keyClick(widget, Qt.Key.Key_A, ctrl)
    qtbot.keyClick(widget, Qt.Key.Key_Right, ctrl)
    qtbot.keyClick(widget, Qt.Key.Key_Z, ctrl)  # the box's undo: the text is gone
    assert screen.fired == []
    assert typed() == ""
    qtbot.keyClick(widget, Qt.Key.Key_K, ctrl)
    qtbot.keyClick(widget, Qt.Key.Key_P, ctrl)
    qtbot.keyClick(widget, Qt.Key.Key_S, ctrl | alt)
    qtbot.keyClick(widget, Qt.Key.Key_O, ctrl | shift)
    qtbot.keyClick(widget, Qt.Key.Key_2, alt)
    assert screen.fired == ["skip", "projects", "settings", "profile", "dashboard"]
    qtbot.keyClick(widget, Qt.Key.Key_Left, ctrl)
    qtbot.keyClick(widget, Qt.Key.Key_Return, ctrl)
    assert screen.fired[-2:] == ["seek", "submit"]
    assert typed() == ""  # Alt+2 typed nothing
    # Outside the text box every key works again.
    del screen.fired[:]
    focus(qtbot, screen.canvas)
    for key in (Qt.Key.Key_1, Qt.Key.Key_Space, Qt.Key.Key_Question):
        qtbot.keyClick(screen.canvas, key)
    assert screen.fired == ["label.one", "play", "help"]


@pytest.mark.skipif(sys.platform == "darwin", reason="Option+key types characters on macOS")
@pytest.mark.parametrize("box", ["text", "line"])
def test_an_alt_key_with_nothing_on_it_types_nothing(qtbot, screen, box):
    keymap = Keymap(screen)
    keymap.set_actions([screen.action("dashboard", "Alt+2")])
    widget = getattr(screen, box)
    focus(qtbot, widget)
    qtbot.keyClicks(widget, "Corner")
    qtbot.keyClick(widget, Qt.Key.Key_9, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(widget, Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClicks(widget, "s")
    typed = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
    assert typed == "Corners"
    assert screen.fired == []


def test_window_wide_keys_work_while_nothing_has_the_focus(qtbot, screen):
    keymap = Keymap(screen, context=Qt.ShortcutContext.WindowShortcut)
    keymap.set_actions([screen.action("undo", "Ctrl+Z"), screen.action("projects", "Ctrl+P")])
    focus(qtbot, screen.line)
    screen.line.clearFocus()  # as when the answer form is disabled: no item is left
    qtbot.waitUntil(lambda: QApplication.focusWidget() is None)
    qtbot.keyClick(screen, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(screen, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert screen.fired == ["undo", "projects"]


def test_a_read_only_text_box_is_not_typing(qtbot, screen):
    screen.text.setReadOnly(True)
    keymap = Keymap(screen)
    keymap.set_actions([screen.action("label.one", "1")])
    focus(qtbot, screen.text)
    qtbot.keyClick(screen.text, Qt.Key.Key_1)
    assert screen.fired == ["label.one"]


def test_user_binding_wins_over_a_default_and_is_reported(qtbot, screen):
    keymap = Keymap(screen, overrides={"redo": ["Ctrl+Z"]})
    keymap.set_actions([screen.action("undo", "Ctrl+Z"), screen.action("redo", "Ctrl+Y")])
    (conflict,) = keymap.conflicts()
    assert (conflict.key, conflict.winner, conflict.losers) == ("Ctrl+Z", "redo", ("undo",))
    assert conflict.user_wins
    assert keymap.keys("undo") == ()
    focus(qtbot, screen.canvas)
    qtbot.keyClick(screen.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert screen.fired == ["redo"]


def test_two_defaults_on_one_key_fire_the_first_and_are_logged(qtbot, screen, caplog):
    keymap = Keymap(screen)
    with caplog.at_level(logging.WARNING, logger="labeler.ui.keymap"):
        keymap.set_actions([screen.action("box", "B"), screen.action("brush", "b")])
    assert [c.winner for c in keymap.conflicts()] == ["box"]
    assert not keymap.conflicts()[0].user_wins
    assert "no longer has it" in caplog.text
    focus(qtbot, screen.canvas)
    qtbot.keyClick(screen.canvas, Qt.Key.Key_B)
    assert screen.fired == ["box"]


def test_resolve_spells_keys_one_way_and_drops_invalid_ones():
    noop = lambda: None  # noqa: E731
    res = resolve(
        [Action("a", "A", ("ctrl+shift+k", "Nonsense+Q"), noop), Action("b", "B", ("F2",), noop)],
        {"b": ["f3", "F3"]},
    )
    assert res.keys == {"a": ("Ctrl+Shift+K",), "b": ("F3",)}
    assert res.invalid == (("a", "Nonsense+Q"),)
    assert res.overridden == {"b"}
    assert normalize_key("") is None


def test_keys_of_another_screen_do_not_leak(qtbot, screen):
    other = QWidget()
    qtbot.addWidget(other)
    Keymap(other).set_actions([Action("x", "X", ("X",), lambda: screen.fired.append("x"))])
    focus(qtbot, screen.canvas)
    qtbot.keyClick(screen.canvas, Qt.Key.Key_X)
    assert screen.fired == []


def cheat_sheet(qtbot, screen, overrides=None):
    keymap = Keymap(screen, overrides=overrides)
    sheet = CheatSheet(keymap, screen)
    keymap.set_actions(
        [
            screen.action("next", "N", group="Items"),
            screen.action("undo", "Ctrl+Z", "Alt+Backspace", group="Editing"),
            screen.action("redo", "Ctrl+Y", group="Editing"),
            # `?` toggles the sheet, as the main window's help action will.
            Action("help", "Keys", ("?",), sheet.toggle, "Help"),
        ]
    )
    return keymap, sheet


def test_the_cheat_sheet_lists_effective_keys_by_group(qtbot, screen):
    keymap, sheet = cheat_sheet(qtbot, screen, overrides={"redo": ["Ctrl+Shift+Z"]})
    assert sheet.sections() == [
        ("Items", [("Next", ("N",))]),
        ("Editing", [("Undo", ("Ctrl+Z", "Alt+Backspace")), ("Redo", ("Ctrl+Shift+Z",))]),
        ("Help", [("Keys", ("?",))]),
    ]
    focus(qtbot, screen.canvas)
    qtbot.keyClick(screen.canvas, Qt.Key.Key_Question)
    assert sheet.isVisible()
    caps = [w.text() for w in sheet.findChildren(QLabel, "keycap")]
    # One cap per modifier and key; a letter pressed alone in lower case, as chips show it.
    assert caps == ["n", "Ctrl", "Z", "Alt", "Backspace", "Ctrl", "Shift", "Z", "?"]
    assert sheet.geometry() == screen.rect()


def test_the_cheat_sheet_closes_on_escape_or_question_mark(qtbot, screen):
    keymap, sheet = cheat_sheet(qtbot, screen)
    focus(qtbot, screen.canvas)
    for key in (Qt.Key.Key_Escape, Qt.Key.Key_Question):
        qtbot.keyClick(screen.canvas, Qt.Key.Key_Question)
        assert sheet.isVisible() and sheet.hasFocus()
        qtbot.keyClick(sheet, Qt.Key.Key_N)  # no action fires under the sheet
        with qtbot.waitSignal(sheet.closed):
            qtbot.keyClick(sheet, key)
        assert not sheet.isVisible()
        assert screen.canvas.hasFocus()
    assert screen.fired == []


def test_the_editor_saves_an_override(qtbot, screen):
    settings = Settings(keymap={"other.screen": ["F9"]})
    actions = [
        screen.action("next", "N", group="Items"),
        screen.action("skip", "S", group="Items"),
        screen.action("undo", "Ctrl+Z", group="Editing"),
    ]
    editor = KeymapEditor(actions, settings)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.select("next")
    record = editor.findChild(QKeySequenceEdit)
    focus(qtbot, record)
    qtbot.keyClick(record, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert editor.overrides()["next"] == ["Ctrl+J"]
    with qtbot.waitSignal(editor.saved) as saved:
        editor.save()
    assert saved.args == [{"other.screen": ["F9"], "next": ["Ctrl+J"]}]
    assert settings.keymap == {"other.screen": ["F9"], "next": ["Ctrl+J"]}


def test_the_editor_shows_conflicts_and_resets_to_default(qtbot, screen):
    settings = Settings(keymap={"skip": ["Q"]})
    actions = [screen.action("next", "N"), screen.action("skip", "S")]
    editor = KeymapEditor(actions, settings)
    qtbot.addWidget(editor)
    editor.show()
    editor.select("skip")
    record = editor.findChild(QKeySequenceEdit)
    focus(qtbot, record)
    qtbot.keyClick(record, Qt.Key.Key_N)
    warning = next(w for w in editor.findChildren(QLabel) if "no longer has it" in w.text())
    assert warning.isVisible()
    assert "“Next”" in warning.text() and "“Skip”" in warning.text()
    buttons = {b.text(): b for b in editor.findChildren(QPushButton)}
    buttons["Reset to default"].click()
    assert editor.overrides() == {}
    assert not warning.isVisible()
    editor.select("next")
    buttons["No key"].click()
    assert editor.overrides() == {"next": []}


def test_the_open_cheat_sheet_follows_a_rebinding(qtbot, screen):
    keymap, sheet = cheat_sheet(qtbot, screen)
    sheet.show_sheet()
    keymap.rebind("next", ["Ctrl+N"])
    caps = [w.text() for w in sheet.findChildren(QLabel, "keycap") if not w.isHidden()]
    assert caps[:2] == ["Ctrl", "N"]


def test_a_text_box_deleted_while_focused_is_harmless(qtbot, screen):
    keymap = Keymap(screen)
    keymap.set_actions([screen.action("next", "N")])
    focus(qtbot, screen.line)
    screen.line.deleteLater()
    qtbot.waitUntil(lambda: screen.findChild(QLineEdit) is None)
    focus(qtbot, screen.canvas)
    qtbot.keyClick(screen.canvas, Qt.Key.Key_N)
    assert screen.fired == ["next"]


def test_the_editor_search_finds_actions_by_title_or_key(qtbot, screen):
    actions = [screen.action("next", "N", group="Items"), screen.action("undo", "Ctrl+Z")]
    editor = KeymapEditor(actions, Settings())
    qtbot.addWidget(editor)
    search = editor.findChild(QLineEdit)
    tree = editor.findChild(QTreeWidget)
    items, general = (tree.topLevelItem(i) for i in range(2))
    search.setText("ctrl+z")
    assert items.isHidden() and not general.isHidden()
    search.setText("NEX")
    assert not items.isHidden() and general.isHidden()
    search.clear()
    assert not items.isHidden() and not general.isHidden()
