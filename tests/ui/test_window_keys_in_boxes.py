"""The window-wide keys (Ctrl+P, Alt+digit, Ctrl+Z) in the real window wherever the
keyboard is: in a record field's line, in the rationale box, and on the screen left once
no item is shown (the answer form disabled, nothing focused)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from labeler.client.workitem import MediaInfo, WorkItem
from labeler.ui.fields.record import RecordGroup
from labeler.ui.window import MainWindow
from labeler.ui.workspaces import available
from tests.ui.labeling import open_labeling, picture
from tests.ui.test_workbench_compare import PAIRWISE, RECORD, _items, _two

CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


def _record_window(qtbot: QtBot, tmp_path: Path) -> tuple[MainWindow, Any, QWidget]:
    path = picture(tmp_path / "sign.png", 800, 600, 1)
    info = MediaInfo("0" * 64, "image/png", path.stat().st_size, "", 800, 600)
    record = {"name": "Fresh Fruits Corner", "city": "Multan"}
    items = [
        WorkItem("item-0", "b1", "p1", 1, media=info, display_path=path, data={"record": record})
    ]
    window, session, _workspace = open_labeling(
        qtbot, "image", tmp_path, schema_json=RECORD, items=items
    )
    group = session.page.form.group("shop")
    assert isinstance(group, RecordGroup)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is group.boxes["name"])
    return window, session, group.boxes["name"]


def _rationale_window(qtbot: QtBot, tmp_path: Path) -> tuple[MainWindow, Any, QWidget]:
    items = _items([_two("Lahore.", "Karachi.")])
    window, session, _workspace = open_labeling(
        qtbot, "text", tmp_path, schema_json=PAIRWISE, items=items
    )
    why = session.page.form.group("why")
    why.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is why.box)
    return window, session, why.box


def _text(box: Any) -> str:
    return box.text() if hasattr(box, "text") else box.toPlainText()


BOXES = {"record": _record_window, "rationale": _rationale_window}


@pytest.mark.parametrize("box_kind", list(BOXES))
def test_ctrl_p_in_a_text_box_opens_the_project_list(
    qtbot: QtBot, tmp_path: Path, box_kind: str
) -> None:
    window, _session, box = BOXES[box_kind](qtbot, tmp_path)
    before = _text(box)
    qtbot.keyClick(box, Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.projects)
    assert _text(box) == before


@pytest.mark.parametrize("box_kind", list(BOXES))
def test_alt_digit_in_a_text_box_switches_workspace_and_types_nothing(
    qtbot: QtBot, tmp_path: Path, box_kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, session, box = BOXES[box_kind](qtbot, tmp_path)
    shown: list[str] = []
    monkeypatch.setattr(window, "show_workspace", shown.append)
    window._set_roles(("annotator", "reviewer"))  # Annotate, Dashboard, Review: Alt+1…3
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box)
    before = _text(box)
    qtbot.keyClick(box, Qt.Key.Key_2, ALT)
    assert shown == [available(("annotator", "reviewer"))[1].key]
    qtbot.keyClick(box, Qt.Key.Key_9, ALT)  # nothing on it: still not a "9"
    assert _text(box) == before
    qtbot.keyClick(box, Qt.Key.Key_End)  # a record's value is selected on arrival
    qtbot.keyClicks(box, "s")  # typing still types
    assert _text(box) == before + "s"


def test_on_the_screen_after_the_last_item_ctrl_z_brings_it_back(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window, session, workspace = open_labeling(
        qtbot, "text", tmp_path, schema_json=PAIRWISE, items=_items([_two("Yes", "No")])
    )
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(workspace.sent) == 1 and session.item is None)
    assert window.workbench.message.isVisible()
    assert not session.page.form.isEnabled()
    target = QApplication.focusWidget() or window  # nothing focused: the window gets keys
    qtbot.keyClick(target, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: session.back.shown is not None)
    assert session.back.shown.item.id == "item-0"
    assert window.workbench.stack.currentWidget() is not window.workbench.message
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, Qt.Key.Key_H, CTRL)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.projects)
