"""Assists and checks in the workbench window: a key asks, the proposal shows apart from
the answer, Enter accepts it as one undo step, Escape rejects it; a plugin that raises or
takes too long leaves a message in the status line and a window that works on. A check
warns before a submit: "Go back" keeps the item, "Submit anyway" sends it."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from labeler.core.editing import Change
from labeler.core.plugins import CheckWarning, Plugin, Proposal
from labeler.ui.workbench.checking import CheckDialog
from labeler.ui.workbench.plugins import PluginShelf
from tests.ui.labeling import open_labeling

SHIFT, CTRL = Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.ControlModifier

#: Boxes and polygons, each with labels of their own keys.
SCHEMA = {
    "title": "Outlines",
    "media": "image",
    "instructions": "## Outlines",
    "fields": [
        {
            "name": "objects",
            "kind": "boxes",
            "labels": [{"value": "car", "hotkey": "c"}, {"value": "bus", "hotkey": "b"}],
        },
        {
            "name": "outlines",
            "kind": "polygons",
            "labels": [{"value": "car", "hotkey": "o"}, {"value": "bus", "hotkey": "u"}],
        },
    ],
}


class Triangle:
    """A click → a triangle around it, 87 % sure; a box → the box 2 px smaller."""

    name = "triangle"
    title = "Triangle assist"
    media = frozenset({"image"})
    prompts = frozenset({"click", "box"})
    fields = frozenset({"polygons", "boxes"})

    def __init__(self) -> None:
        self.asked: list[Any] = []

    def propose(self, item: Any, field: Any, answer: Any, prompt: Any) -> list[Proposal]:
        self.asked.append((item, field.name, prompt))
        if prompt.kind == "box" and field.kind == "polygons":
            (x0, y0), (x1, y1) = prompt.points
            ring = [[x0 + 2, y0 + 2], [x1 - 2, y0 + 2], [x1 - 2, y1 - 2], [x0 + 2, y1 - 2]]
            return [Proposal(field.name, {"label": prompt.label, "points": ring}, 0.7)]
        if prompt.kind == "box":
            (x0, y0), (x1, y1) = prompt.points
            box = {
                "label": prompt.label,
                "x": x0 + 2,
                "y": y0 + 2,
                "w": x1 - x0 - 4,
                "h": y1 - y0 - 4,
            }
            return [Proposal(field.name, box, 0.5)]
        x, y = prompt.points[0]
        points = [[x - 20, y - 20], [x + 20, y - 20], [x, y + 20]]
        return [Proposal(field.name, {"label": prompt.label, "points": points}, 0.87)]


class Raising:
    name = "raising"
    title = "Broken assist"
    media = frozenset({"image"})
    prompts = frozenset({"click"})
    fields = frozenset({"polygons"})

    def propose(self, item: Any, field: Any, answer: Any, prompt: Any) -> list[Proposal]:
        raise ValueError("no model here")


class Slow:
    name = "slow"
    title = "Slow assist"
    media = frozenset({"image"})
    prompts = frozenset({"click"})
    fields = frozenset({"polygons"})

    def __init__(self) -> None:
        self.release = threading.Event()

    def propose(self, item: Any, field: Any, answer: Any, prompt: Any) -> list[Proposal]:
        self.release.wait(30)
        return []


def _open(qtbot: QtBot, tmp_path: Path, *assists: Any) -> tuple[Any, Any, Any]:
    window, session, workspace = open_labeling(qtbot, "image", tmp_path, 2, schema_json=SCHEMA)
    session.set_plugins(PluginShelf.of(window.runner, [Plugin("fake", assists=list(assists))]))
    session.actions_changed.emit()  # as the shelf's `loaded` does
    return window, session, workspace


def _press(qtbot: QtBot, key: Qt.Key, mods: Any = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, mods)


def test_a_click_proposes_a_polygon_that_enter_accepts_and_ctrl_z_takes_back(
    qtbot: QtBot, tmp_path: Path
) -> None:
    assist = Triangle()
    window, session, _ = _open(qtbot, tmp_path, assist)
    editor = session.editor
    _press(qtbot, Qt.Key.Key_O)  # arms the polygon tool with "car": the crosshair shows
    at = editor.keydraw.at
    assert at is not None
    _press(qtbot, Qt.Key.Key_Space, SHIFT)
    qtbot.waitUntil(lambda: session.assists.pending is not None)
    [(item, field, prompt)] = assist.asked
    assert (field, prompt.kind, prompt.points, prompt.label) == ("outlines", "click", (at,), "car")
    assert item.id == session.item.id and item.size == (1600, 1000) and item.path.exists()
    # Shown apart from the answer, which holds nothing yet; the note says what Enter does.
    assert session.draft.regions("outlines") == []
    shown = [i for i in editor.proposals._items if i.isVisible()]
    assert len(shown) == 1 and shown[0].current
    note = window.workbench.assist_note
    assert note.isVisible() and "Enter accepts" in note.text() and "87%" in note.text()

    _press(qtbot, Qt.Key.Key_Return)  # the proposal's, not the submit's
    [polygon] = session.draft.regions("outlines")
    assert polygon["label"] == "car" and len(polygon["points"]) == 3
    assert session.assists.pending is None and not note.isVisible()
    assert not any(i.isVisible() for i in editor.proposals._items)
    assert session.item.id == "item-0"  # nothing was submitted
    assert editor.layer.item(("outlines", 0)).isVisible()

    _press(qtbot, Qt.Key.Key_Z, CTRL)  # one undo step takes it away
    assert session.draft.regions("outlines") == []
    assert editor.layer.item(("outlines", 0)) is None


def test_escape_rejects_and_leaves_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    window, session, _ = _open(qtbot, tmp_path, Triangle())
    _press(qtbot, Qt.Key.Key_O)
    _press(qtbot, Qt.Key.Key_Space, SHIFT)
    qtbot.waitUntil(lambda: session.assists.pending is not None)
    _press(qtbot, Qt.Key.Key_Escape)
    assert session.assists.pending is None
    assert session.draft.answer() == {} and not session.draft.can_undo
    assert not window.workbench.assist_note.isVisible()
    # Escape was the proposal's: the crosshair still shows.
    assert session.editor.keydraw.shown


def test_arrows_move_the_proposal_before_it_is_accepted(qtbot: QtBot, tmp_path: Path) -> None:
    window, session, _ = _open(qtbot, tmp_path, Triangle())
    _press(qtbot, Qt.Key.Key_O)
    _press(qtbot, Qt.Key.Key_Space, SHIFT)
    qtbot.waitUntil(lambda: session.assists.pending is not None)
    before = session.assists.pending.proposal().value["points"]
    _press(qtbot, Qt.Key.Key_Right, SHIFT)
    _press(qtbot, Qt.Key.Key_Return)
    [polygon] = session.draft.regions("outlines")
    assert polygon["points"] == [[x + 10, y] for x, y in before]


def test_a_selected_box_is_tightened_in_place(qtbot: QtBot, tmp_path: Path) -> None:
    window, session, _ = _open(qtbot, tmp_path, Triangle())
    box = {"label": "bus", "x": 100, "y": 100, "w": 50, "h": 40}
    session.draft.add_region("objects", box)
    session.apply_change(session.draft.undo())
    session.apply_change(session.draft.redo())
    _press(qtbot, Qt.Key.Key_Tab)
    assert session.editor.selected == ("objects", 0)
    _press(qtbot, Qt.Key.Key_Space, SHIFT)
    qtbot.waitUntil(lambda: session.assists.pending is not None)
    _press(qtbot, Qt.Key.Key_Return)
    assert session.draft.regions("objects") == [{**box, "x": 102, "y": 102, "w": 46, "h": 36}]
    assert session.editor.selected == ("objects", 0)  # still selected: the arrows adjust it
    session.apply_change(session.draft.undo())
    assert session.draft.regions("objects") == [box]


def test_a_selected_box_is_outlined_as_a_polygon_and_stays(qtbot: QtBot, tmp_path: Path) -> None:
    window, session, _ = _open(qtbot, tmp_path, Triangle())
    box = {"label": "bus", "x": 100, "y": 100, "w": 50, "h": 40}
    session.draft.add_region("objects", box)
    session.apply_change(Change("objects"))
    _press(qtbot, Qt.Key.Key_Tab)
    _press(qtbot, Qt.Key.Key_Space, CTRL | SHIFT)
    qtbot.waitUntil(lambda: session.assists.pending is not None)
    _press(qtbot, Qt.Key.Key_Return)
    assert session.draft.regions("objects") == [box]
    [polygon] = session.draft.regions("outlines")
    assert polygon == {"label": "bus", "points": [[102, 102], [148, 102], [148, 138], [102, 138]]}


def test_discarding_the_draft_drops_the_proposal(qtbot: QtBot, tmp_path: Path) -> None:
    window, session, _ = _open(qtbot, tmp_path, Triangle())
    session.draft.add_region("objects", {"label": "bus", "x": 100, "y": 100, "w": 50, "h": 40})
    session.apply_change(Change("objects"))
    _press(qtbot, Qt.Key.Key_O)
    _press(qtbot, Qt.Key.Key_Space, SHIFT)
    qtbot.waitUntil(lambda: session.assists.pending is not None)
    session.discard()
    assert session.assists.pending is None and not window.workbench.assist_note.isVisible()


def test_alt_click_asks_under_the_mouse(qtbot: QtBot, tmp_path: Path) -> None:
    assist = Triangle()
    window, session, _ = _open(qtbot, tmp_path, assist)
    editor = session.editor
    editor.pick_label("outlines", "bus")
    canvas = editor.canvas
    spot = canvas.mapFromScene(400, 300)
    qtbot.mouseClick(
        canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.AltModifier, spot
    )
    qtbot.waitUntil(lambda: session.assists.pending is not None)
    ((x, y),) = assist.asked[0][2].points
    assert abs(x - 400) < 2 and abs(y - 300) < 2 and assist.asked[0][2].label == "bus"
    assert session.draft.answer() == {}  # the click drew nothing


def test_a_raising_assist_says_so_and_the_window_works_on(qtbot: QtBot, tmp_path: Path) -> None:
    window, session, workspace = _open(qtbot, tmp_path, Raising())
    _press(qtbot, Qt.Key.Key_O)
    _press(qtbot, Qt.Key.Key_Space, SHIFT)
    qtbot.waitUntil(lambda: "Broken assist failed: no model here" in window.status_line.text())
    assert session.assists.pending is None and not window.workbench.assist_note.isVisible()
    # Keys work as before: a label and Enter submit the item.
    _press(qtbot, Qt.Key.Key_Escape)  # the crosshair goes
    session.editor.pick_label("objects", "car")
    _press(qtbot, Qt.Key.Key_Insert)
    _press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(workspace.sent) == 1)


def test_a_slow_assist_is_given_up_on_with_a_message(qtbot: QtBot, tmp_path: Path) -> None:
    slow = Slow()
    window, session, workspace = _open(qtbot, tmp_path, slow)
    session.assists.seconds = 0.2
    _press(qtbot, Qt.Key.Key_O)
    _press(qtbot, Qt.Key.Key_Space, SHIFT)
    note = window.workbench.assist_note
    assert note.isVisible() and "Slow assist is working" in note.text()
    qtbot.waitUntil(lambda: "Slow assist took longer than 0.2 s" in window.status_line.text())
    assert not note.isVisible()
    slow.release.set()  # its answer, when it comes, is dropped
    _press(qtbot, Qt.Key.Key_Escape)
    session.editor.pick_label("objects", "car")
    _press(qtbot, Qt.Key.Key_Insert)
    _press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(workspace.sent) == 1)
    assert session.assists.pending is None


def test_escape_stops_waiting(qtbot: QtBot, tmp_path: Path) -> None:
    slow = Slow()
    window, session, _ = _open(qtbot, tmp_path, slow)
    _press(qtbot, Qt.Key.Key_O)
    _press(qtbot, Qt.Key.Key_Space, SHIFT)
    _press(qtbot, Qt.Key.Key_Escape)
    assert "Stopped waiting for Slow assist" in window.status_line.text()
    assert not window.workbench.assist_note.isVisible()
    assert session.editor.keydraw.shown  # that Escape was the assist's
    slow.release.set()


def test_the_keys_are_listed_only_with_an_assist(qtbot: QtBot, tmp_path: Path) -> None:
    window, session, _ = open_labeling(qtbot, "image", tmp_path, 1, schema_json=SCHEMA)
    assert not any(a.id.startswith("assist.") for a in window.keymap.actions())
    session.set_plugins(PluginShelf.of(window.runner, [Plugin("fake", assists=[Triangle()])]))
    session.actions_changed.emit()
    ids = {a.id: a for a in window.keymap.actions()}
    assert window.keymap.keys("assist.here") == ("Shift+Space",)
    assert window.keymap.keys("assist.outline") == ("Ctrl+Shift+Space",)
    assert "assist.item" not in ids  # no assist takes the whole item
    assert ids["assist.accept"].claimed and ids["assist.reject"].claimed
    assert not window.keymap.conflicts()
    titles = [t for _, rows in window.cheatsheet.sections() for t, _ in rows]
    assert any(t.startswith("Ask the assist at the crosshair") for t in titles)


class Tiny:
    """Warns about boxes under 10 px wide."""

    name = "tiny"
    title = "Tiny boxes"

    def check(self, item: Any, schema: Any, answer: Any) -> list[CheckWarning]:
        return [
            CheckWarning(f"only {box['w']} px wide", field="objects", index=i)
            for i, box in enumerate(answer.get("objects") or [])
            if box["w"] < 10
        ]


class BrokenCheck:
    name = "broken"
    title = "Broken check"

    def check(self, item: Any, schema: Any, answer: Any) -> list[CheckWarning]:
        raise RuntimeError("cannot look")


def _checked(qtbot: QtBot, tmp_path: Path, *checks: Any) -> tuple[Any, Any, Any]:
    window, session, workspace = open_labeling(qtbot, "image", tmp_path, 2, schema_json=SCHEMA)
    session.set_plugins(PluginShelf.of(window.runner, [Plugin("fake", checks=list(checks))]))
    boxes = [{"label": "car", "x": 10, "y": 10, "w": 40, "h": 40}]
    boxes.append({"label": "bus", "x": 100, "y": 100, "w": 4, "h": 40})
    for box in boxes:
        session.draft.add_region("objects", box)
    session.apply_change(Change("objects"))
    return window, session, workspace


def _dialog() -> CheckDialog | None:
    found = QApplication.activeModalWidget()
    return found if isinstance(found, CheckDialog) else None


def test_a_check_warns_and_go_back_keeps_the_item(qtbot: QtBot, tmp_path: Path) -> None:
    window, session, workspace = _checked(qtbot, tmp_path, Tiny())
    _press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _dialog() is not None)
    dialog = _dialog()
    assert dialog.lines.text().count("•") == 1
    assert "objects 2: only 4 px wide" in dialog.lines.text()
    assert dialog.submit_button.text() == "Submit anyway (Enter)"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # go back
    qtbot.waitUntil(lambda: _dialog() is None)
    assert workspace.sent == [] and session.item.id == "item-0"
    assert session.editor.selected == ("objects", 1)  # the box the warning names
    qtbot.waitUntil(session.editor.canvas.hasFocus)  # the keyboard is back on the item

    _press(qtbot, Qt.Key.Key_Return)  # again, and this time submit anyway
    qtbot.waitUntil(lambda: _dialog() is not None)
    qtbot.keyClick(_dialog(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(workspace.sent) == 1)
    assert len(workspace.sent[0].answer["objects"]) == 2


def test_a_broken_check_holds_nothing_back(qtbot: QtBot, tmp_path: Path) -> None:
    window, session, workspace = _checked(qtbot, tmp_path, BrokenCheck())
    _press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(workspace.sent) == 1)
    assert "Broken check failed: RuntimeError: cannot look" in window.status_line.text()
    assert _dialog() is None


def test_nothing_found_sends_at_once(qtbot: QtBot, tmp_path: Path) -> None:
    window, session, workspace = _checked(qtbot, tmp_path, Tiny())
    session.draft.remove_region("objects", 1)
    session.apply_change(Change("objects"))
    _press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(workspace.sent) == 1)
    assert _dialog() is None


class Entities:
    """A span → its words as a place; the whole text → every capitalised word, each a
    proposal of its own."""

    name = "entities"
    title = "Entity assist"
    media = frozenset({"text"})
    prompts = frozenset({"span", "item"})

    def propose(self, item: Any, field: Any, answer: Any, prompt: Any) -> list[Proposal]:
        if prompt.kind == "span":
            return [
                Proposal(field.name, {"label": "LOC", "start": prompt.start, "end": prompt.end})
            ]
        found, at = [], 0
        for word in item.text.split(" "):
            if word[:1].isupper():
                found.append(
                    Proposal(field.name, {"label": "ORG", "start": at, "end": at + len(word)}, 0.6)
                )
            at += len(word) + 1
        return found


def test_a_text_span_and_the_whole_text_by_the_same_keys(qtbot: QtBot, tmp_path: Path) -> None:
    window, session, _ = open_labeling(qtbot, "text", tmp_path, 1)
    session.set_plugins(PluginShelf.of(window.runner, [Plugin("fake", assists=[Entities()])]))
    session.actions_changed.emit()
    editor = session.editor
    text = session.item.text
    lahore = text.index("Lahore")
    editor.view.select_units(lahore, lahore + 6)
    _press(qtbot, Qt.Key.Key_Space, SHIFT)
    qtbot.waitUntil(lambda: session.assists.pending is not None)
    assert "LOC “Lahore”" in window.workbench.assist_note.text()
    assert [(s.start, s.end) for s in editor.expected_spans()] == [(lahore, lahore + 6)]
    _press(qtbot, Qt.Key.Key_Return)
    assert session.draft.regions("entities") == [
        {"label": "LOC", "start": lahore, "end": lahore + 6}
    ]
    assert editor.expected_spans() == []

    # The whole text: one proposal per word, gone through one by one.
    _press(qtbot, Qt.Key.Key_A, CTRL | SHIFT)
    qtbot.waitUntil(lambda: session.assists.pending is not None)
    pending = session.assists.pending
    words = len(pending.proposals)
    assert words >= 3 and "proposal 1 of" in window.workbench.assist_note.text()
    _press(qtbot, Qt.Key.Key_Tab)
    assert pending.current == 1
    taken = pending.proposal().value
    _press(qtbot, Qt.Key.Key_Return)
    assert session.draft.regions("entities")[-1] == taken
    assert len(pending.proposals) == words - 1  # the others still wait
    _press(qtbot, Qt.Key.Key_Escape)
    assert len(pending.proposals) == words - 2
    for _ in range(words - 2):
        _press(qtbot, Qt.Key.Key_Escape)
    assert session.assists.pending is None and len(session.draft.regions("entities")) == 2


def test_a_held_submit_key_does_not_go_past_the_warnings(qtbot: QtBot, tmp_path: Path) -> None:
    window, session, workspace = _checked(qtbot, tmp_path, Tiny())
    _press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _dialog() is not None)
    dialog = _dialog()
    held = QKeyEvent(
        QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r", True
    )
    QApplication.sendEvent(dialog.focusWidget() or dialog, held)
    qtbot.wait(50)
    assert _dialog() is dialog and workspace.sent == []
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # a press of its own
    qtbot.waitUntil(lambda: len(workspace.sent) == 1)


def test_in_urdu_the_note_and_the_status_read_from_the_right(
    qtbot: QtBot, tmp_path: Path, urdu: None
) -> None:
    # They open with the assist's name, in Latin: without a right-to-left mark the line
    # would run from the left.
    window, session, _ = _open(qtbot, tmp_path, Triangle())
    _press(qtbot, Qt.Key.Key_O)
    _press(qtbot, Qt.Key.Key_Space, SHIFT)
    qtbot.waitUntil(lambda: session.assists.pending is not None)
    note = window.workbench.assist_note.text()
    assert note.startswith("\u200f") and "Enter سے قبول کریں" in note
    _press(qtbot, Qt.Key.Key_Escape)
    session.assists.plugins = PluginShelf.of(window.runner, [Plugin("x", assists=[Raising()])])
    _press(qtbot, Qt.Key.Key_Space, SHIFT)
    qtbot.waitUntil(lambda: "ناکام رہی" in window.status_line.text())
    assert window.status_line.text().startswith("\u200f")
