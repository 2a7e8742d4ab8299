"""What sends a record's answer, as the screen says it: in a record's form Enter confirms a
key and never sends, so the correction banner names the key that does (Ctrl+Enter), and
an Enter on a form whose keys are all checked says so rather than nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from labeler.client.workitem import MediaInfo, WorkItem
from labeler.ui.fields.record import RecordGroup
from tests.ui.labeling import open_labeling, picture

RECORD = {
    "title": "Shop signs",
    "media": "image",
    "fields": [{"name": "shop", "kind": "record", "keys": [{"value": "name"}, {"value": "city"}]}],
}


def _open(qtbot: QtBot, tmp_path: Path) -> tuple[Any, Any, Any, RecordGroup]:
    path = picture(tmp_path / "sign.png", 800, 600, 1)
    info = MediaInfo("0" * 64, "image/png", path.stat().st_size, "", 800, 600)
    record = {"name": "Ali Traders", "city": "Multan"}
    items = [
        WorkItem(f"item-{n}", "b1", "p1", 1, media=info, display_path=path, data={"record": record})
        for n in range(3)
    ]
    window, session, workspace = open_labeling(
        qtbot, "image", tmp_path, schema_json=RECORD, items=items
    )
    group = session.page.form.group("shop")
    assert isinstance(group, RecordGroup)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is group.boxes["name"])
    return window, session, workspace, group


def _enter(qtbot: QtBot, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, Qt.Key.Key_Return, modifier)


def test_an_enter_on_a_record_whose_keys_are_all_checked_says_what_sends_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Trial 17d F5: Enter on a finished form did nothing and said nothing."""
    window, session, workspace, group = _open(qtbot, tmp_path)
    _enter(qtbot)  # the name as shown
    assert window.status_line.text() == ""  # the city is still to check: Enter walks on
    _enter(qtbot)  # the city: every key checked
    assert group.unchecked() == []
    assert window.status_line.text() == "Every key is checked: Ctrl+Enter sends the answer."
    window.show_status("")
    _enter(qtbot)  # again, on the finished form: it says so again, and sends nothing
    assert window.status_line.text() == "Every key is checked: Ctrl+Enter sends the answer."
    assert workspace.sent == []
    _enter(qtbot, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(workspace.sent) == 1 and session.settled)


def test_the_correction_banner_of_a_record_names_the_key_that_sends_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Trial 17d F5: the banner said "Enter sends the correction", but Enter only
    confirmed the keys; Ctrl+Enter sends it."""
    window, session, workspace, group = _open(qtbot, tmp_path)
    _enter(qtbot)
    _enter(qtbot)
    _enter(qtbot, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(workspace.sent) == 1 and session.settled)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is group.boxes["name"])
    qtbot.keyClick(group.boxes["name"], Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: session.back.active)
    banner = session.page.correction.text()
    assert "Ctrl+Enter sends the correction" in banner
    group.boxes["name"].setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is group.boxes["name"])
    qtbot.keyClicks(group.boxes["name"], "Ali Traders & Sons")
    _enter(qtbot)
    assert window.status_line.text() == "Every key is checked: Ctrl+Enter sends the correction."
    assert len(workspace.sent) == 1
    _enter(qtbot, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not session.back.active)
    assert workspace.sent[-1].amends is not None
    assert workspace.sent[-1].answer == {"shop": {"name": "Ali Traders & Sons", "city": "Multan"}}


def test_in_urdu_the_banner_and_the_notice_name_ctrl_enter(
    qtbot: QtBot, tmp_path: Path, urdu: None
) -> None:
    window, session, workspace, group = _open(qtbot, tmp_path)
    _enter(qtbot)
    _enter(qtbot)
    assert window.status_line.text() == "ہر خانہ دیکھ لیا گیا: Ctrl+Enter سے جواب بھیجیں۔"
    _enter(qtbot, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(workspace.sent) == 1 and session.settled)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is group.boxes["name"])
    qtbot.keyClick(group.boxes["name"], Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: session.back.active)
    banner = session.page.correction.text()
    assert "Ctrl+Enter سے اصلاح بھیجیں" in banner and "Enter سے اصلاح" not in banner.replace(
        "Ctrl+Enter", ""
    )
