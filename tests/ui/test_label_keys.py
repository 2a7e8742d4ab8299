"""Wherever the labeling screen names a key (answer chips, the text legend, the audio
status line and transcript hint), it names the key in effect: the user's, at once after
a rebinding in the keymap editor (Ctrl+,) and after a restart."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QKeySequenceEdit
from pytestqt.qtbot import QtBot

from labeler.client.settings import Settings
from labeler.ui.keymap_editor import KeymapEditor
from labeler.ui.window import MainWindow


def rebind(
    qtbot: QtBot,
    window: MainWindow,
    action_id: str,
    key: Qt.Key,
    mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """Ctrl+, then the action, its new key pressed, Save: as a user does it."""
    window.activateWindow()  # after an earlier editor closed
    qtbot.waitUntil(window.isActiveWindow)
    item = window.workbench.editor
    item = getattr(item, "waveform", item)  # where the keyboard is while labeling
    item.setFocus()
    qtbot.waitUntil(item.hasFocus)
    qtbot.keyClick(item, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.findChild(KeymapEditor) is not None)
    editor = window.findChild(KeymapEditor)
    assert editor is not None
    qtbot.waitUntil(editor.isVisible)
    editor.select(action_id)
    record = editor.findChild(QKeySequenceEdit)
    record.setFocus()
    qtbot.waitUntil(record.hasFocus)
    qtbot.keyClick(record, key, mods)
    with qtbot.waitSignal(editor.saved):
        editor.save()
    editor.deleteLater()
    qtbot.waitUntil(lambda: window.findChild(KeymapEditor) is None)


def test_an_answer_chip_shows_the_key_the_user_bound(qtbot: QtBot, labeling_window: Any) -> None:
    window = labeling_window("image")
    chip = window.workbench.form.group("scene").chips["urban"]
    assert chip.key == "1"
    wide = chip.sizeHint().width()
    rebind(qtbot, window, "label.scene.urban", Qt.Key.Key_U)
    assert chip.key == "u" and "(key u)" in chip.toolTip()
    assert window.keymap.keys("label.scene.urban") == ("U",)
    rebind(qtbot, window, "label.scene.urban", Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    assert chip.key == "Alt+U" and chip.sizeHint().width() > wide  # the badge grew
    assert window.workbench.form.group("scene").chips["rural"].key == "2"


def test_the_chip_shows_the_users_key_after_a_restart(qtbot: QtBot, labeling_window: Any) -> None:
    settings = Settings(keymap={"label.scene.urban": ["U"], "label.scene.rural": []})
    window = labeling_window("image", settings=settings)
    chips = window.workbench.form.group("scene").chips
    assert (chips["urban"].key, chips["rural"].key, chips["highway"].key) == ("u", None, "3")


def test_the_text_legend_and_chips_follow_a_rebinding(qtbot: QtBot, labeling_window: Any) -> None:
    window = labeling_window("text")
    legend = window.workbench.editor.legend._labels
    assert "<b>p</b>" in legend.text()
    rebind(qtbot, window, "label.entities.PER", Qt.Key.Key_X)
    assert "<b>x</b>" in legend.text() and "<b>p</b>" not in legend.text()
    rebind(qtbot, window, "text.next_span", Qt.Key.Key_F6)
    assert "F6 next span" in legend.text() and "Tab next span" not in legend.text()
    sentiment = window.workbench.form.group("sentiment").chips
    first = next(iter(sentiment))
    rebind(qtbot, window, f"label.sentiment.{first}", Qt.Key.Key_Z)
    assert sentiment[first].key == "z"


def test_the_audio_status_line_and_transcript_hint_follow_a_rebinding(
    qtbot: QtBot, labeling_window: Any
) -> None:
    window = labeling_window("audio")
    editor = window.workbench.editor
    state = editor.status.state
    assert "<b>s</b> speech" in state.text()
    rebind(qtbot, window, "label.regions.speech", Qt.Key.Key_Q)
    assert "<b>q</b> speech" in state.text() and "<b>s</b> speech" not in state.text()
    hint = editor.panels["transcript"].title
    assert "Alt+Left Back 1 s" in hint.text()
    rebind(qtbot, window, "audio.back_typing", Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)
    assert "Alt+J Back 1 s" in hint.text() and "Alt+Left" not in hint.text()
